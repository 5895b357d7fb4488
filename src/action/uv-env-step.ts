// What main says about the uv settings it found in the step's environment
// (src/uv-settings.ts) and about a Python path uv does not find, kept out of
// main-run.ts, which only calls these.
import { noCacheFromConfigText, type UvConfigTexts } from '../cache/uv-config.js';
import type { Config } from '../inputs.js';
import { syncSettings } from '../sync-args.js';
import type { UvMachine } from '../uv/machine.js';
import { pythonPathError } from '../uv/python.js';
import { noCacheNotice } from '../uv-settings.js';
import type { Journal } from './journal.js';

/**
 * The uv settings of the step's environment, said in the log and the
 * summary, and the Config the rest of the step reads. A variable that only
 * some uv versions read waits for uv's version (only then), so the detection
 * reads what this uv will do: the settings are read again for that version
 * into a new Config, the parsed one stays as it was.
 */
export async function uvEnvStep(parsed: Config, env: NodeJS.ProcessEnv, probe: Promise<UvMachine> | undefined, journal: Journal): Promise<Config> {
  let config = parsed;
  if (parsed.uvEnv.versionDependent.length > 0 && probe) {
    const version = (await probe.catch(() => undefined))?.uv?.version;
    if (version) config = { ...parsed, ...syncSettings(parsed.syncArgs.argv, env, version) };
  }
  for (const note of config.uvEnv.notes) journal.note(note);
  for (const warning of config.uvEnv.warnings) journal.warning(warning, { title: 'uv setting in the environment' });
  return config;
}

/** A step that runs no sync (detect, record) goes on with a Python path uv does not find, saying so: its fingerprints name Python 'unknown'. */
export function warnPythonNotFound(config: Config, probe: UvMachine | undefined, journal: Journal): void {
  const notFound = probe?.python.pathNotFound;
  if (!notFound) return;
  const problem = pythonPathError(notFound, { syncArgsPython: config.syncArgs.python, pythonVersionInput: config.pythonVersion });
  journal.warning(`${problem.message}: the fingerprints name Python 'unknown'`, { title: 'Python not found' });
}

/**
 * Why uv uses no cache in this sync, or undefined: UV_NO_CACHE or
 * `--no-cache` (src/uv-settings.ts), else `no-cache = true` in the
 * workspace's uv settings or the user's or the system's uv.toml (as the
 * sync's prep read them), which uv ORs
 * with them (unless it reads none: UV_NO_CONFIG, `--no-config`).
 */
export async function noCacheReason(config: Config, uvConfig: Promise<UvConfigTexts>): Promise<string | undefined> {
  if (config.uvEnv.noCache) return config.uvEnv.noCache;
  if (config.uvEnv.ignoresConfig) return undefined;
  const { uvToml, pyproject, outer } = await uvConfig;
  const file = noCacheFromConfigText(uvToml, pyproject, outer);
  return file && noCacheNotice(`${file === 'pyproject.toml' ? "pyproject.toml's [tool.uv]" : file} says no-cache = true`);
}
