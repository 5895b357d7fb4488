// uv's own `cache-dir` setting in the workspace root (else in the user's or
// the system's uv.toml), which uv (and setup-uv) honour after `--cache-dir`
// and UV_CACHE_DIR: a project or runner that pins its cache there expects it
// used, so the action places the cache there too. And its `no-cache`, which
// makes a restored cache go unread.
import path from 'node:path';
import { readBoundedText } from '../read-file.js';
import { readOuterConfigs, type OuterConfigPaths, type OuterConfigs } from './uv-config-files.js';
import { parse } from 'smol-toml';
import { parseTomlFast } from '../workspace/toml-fast.js';

export interface ConfiguredCacheDir {
  /** The value as written (relative to the workspace root, `~` allowed). */
  dir: string;
  /** `uv.toml` or `pyproject.toml` (the workspace's), or the path of the user's or the system's uv.toml, for the log. */
  file: string;
}

/**
 * Pure: the value of uv setting `key` as uv finds it in the workspace root:
 * in uv.toml when there is one (uv then ignores [tool.uv], and warns, even if
 * uv.toml lacks the key), else in pyproject.toml's `[tool.uv]`. An
 * unparsable file counts as unset: uv reports a broken config itself, and
 * the action just does not use it.
 */
function projectSetting(uvToml: string | undefined, pyproject: string | undefined, key: string): { value: unknown; file: string } | undefined {
  if (uvToml !== undefined) return { value: readToml(uvToml, (doc) => doc[key]), file: 'uv.toml' };
  if (pyproject === undefined) return undefined;
  return { value: readToml(pyproject, (doc) => ((doc.tool as Record<string, unknown> | undefined)?.uv as Record<string, unknown> | undefined)?.[key]), file: 'pyproject.toml' };
}

function readToml(text: string, pick: (doc: Record<string, unknown>) => unknown): unknown {
  try {
    // The fast reader gives smol-toml's document or gives up (then smol-toml decides, errors
    // included): most root pyproject.toml files are in its subset, and smol-toml, cold, took
    // about 3 ms of main's busy thread on the livekit root. Prototype-less tables as smol-toml
    // makes them, since `key` is looked up in them.
    return pick(parseTomlFast(text) ?? (parse(text) as Record<string, unknown>));
  } catch {
    return undefined;
  }
}

/**
 * Pure: setting `key` as uv merges its config files: the workspace's own
 * (projectSetting), else the user's uv.toml, else the system's; the first
 * that sets the key decides (uv's `combine`), with a `false` as much as a
 * `true`.
 */
function configSetting(uvToml: string | undefined, pyproject: string | undefined, outer: OuterConfigs, key: string): { value: unknown; file: string } | undefined {
  const project = projectSetting(uvToml, pyproject, key);
  if (project?.value !== undefined) return project;
  for (const file of [outer.user, outer.system]) {
    const value = file && readToml(file.text, (doc) => doc[key]);
    if (value !== undefined) return { value, file: file!.path };
  }
  return project;
}

/** Pure: `cache-dir` from the texts of uv.toml and pyproject.toml (uv.toml wins, as uv decides), else of the user's or the system's uv.toml. Unparsable files count as unset. */
export function cacheDirFromConfigText(uvToml: string | undefined, pyproject: string | undefined, outer: OuterConfigs = {}): ConfiguredCacheDir | undefined {
  const found = configSetting(uvToml, pyproject, outer, 'cache-dir');
  return found && typeof found.value === 'string' && found.value.trim() !== '' ? { dir: found.value.trim(), file: found.file } : undefined;
}

/**
 * Pure: whether uv's `no-cache = true` is set in uv.toml, else (without a
 * uv.toml, as uv reads them) in pyproject.toml's `[tool.uv]`, else in the
 * user's or the system's uv.toml, and in which. uv ORs it with `--no-cache`
 * and UV_NO_CACHE: no flag or variable turns it off again. Unparsable files
 * count as unset (uv reports them itself).
 */
export function noCacheFromConfigText(uvToml: string | undefined, pyproject: string | undefined, outer: OuterConfigs = {}): string | undefined {
  // Most files never name the key: no parse for them (a root pyproject.toml takes about 1 ms).
  if (![uvToml ?? pyproject, outer.user?.text, outer.system?.text].some((text) => text?.includes('no-cache'))) return undefined;
  const found = configSetting(uvToml, pyproject, outer, 'no-cache');
  return found?.value === true ? found.file : undefined;
}

/** The texts of `<workspaceRoot>/uv.toml` and its pyproject.toml (undefined where missing), and the user's and the system's uv.toml, which uv reads its settings from. */
export interface UvConfigTexts {
  uvToml: string | undefined;
  pyproject: string | undefined;
  outer: OuterConfigs;
}

/**
 * Reads the workspace's uv settings files, and the user's and the system's
 * where uv reads them (`outer`, uv-config-files.ts; undefined where it reads
 * none), once for everything a sync takes from them (`cache-dir`,
 * `no-cache`). A workspace file that cannot be read (too large, not a
 * regular file) is the promise's rejection.
 */
export async function readUvConfig(workspaceRoot: string, outer?: OuterConfigPaths): Promise<UvConfigTexts> {
  const text = (name: string) => readBoundedText(path.join(workspaceRoot, name), name);
  return { uvToml: text('uv.toml'), pyproject: text('pyproject.toml'), outer: outer ? readOuterConfigs(outer) : {} };
}
