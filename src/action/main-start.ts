// What the main step does first, before the rest of its bundle is loaded:
// read the inputs and start asking uv (its version, the Python it picks), so
// that those child processes answer on the other core while Node compiles
// and loads the step (src/main.ts imports the rest only after this).
import { copyEnv } from '../env.js';
import { parseConfig, type Config } from '../inputs.js';
import { probeUv, type UvMachine } from '../uv/machine.js';
import { startListStaged } from '../workspace/symlink-listing.js';
import { sameProbe, type EarlyProbe } from './early-probe.js';
import type { RunnerIO } from './io.js';

/**
 * Whether this step computes the fingerprints: where something reads them
 * (`skip-passed`, `mode: record`) or the `fingerprints` input asks for the
 * output. They hash every tracked file and the whole uv.lock, most of what
 * a warm step spends of its own, so a step that reads none skips them (and,
 * in `mode: detect`, the uv and Python probes they name).
 */
export function fingerprintsNeeded(config: Pick<Config, 'skipPassed' | 'mode' | 'fingerprints'>): boolean {
  return config.skipPassed || config.mode === 'record' || config.fingerprints;
}

export interface MainStart {
  config: Config;
  /** uv's environment: the step's, with UV_PYTHON from the python-version input. */
  env: NodeJS.ProcessEnv;
  /**
   * uv and its Python asked from the working directory (the workspace root
   * unless it names a member: then asked again once the workspace is known).
   * Undefined for a detect step that computes no fingerprints: it needs no
   * uv at all. Its rejection is handled here; whoever awaits it sees it.
   */
  probe?: Promise<UvMachine>;
}

/**
 * Parses the inputs (a UserError when they are wrong) and starts the uv
 * probe, or takes over `early` (src/main.ts) when it asked the same.
 */
export function startMain(io: Pick<RunnerIO, 'env' | 'cwd' | 'getInput'>, early?: EarlyProbe): MainStart {
  const repoRoot = io.env.GITHUB_WORKSPACE || io.cwd;
  const config = parseConfig((name) => io.getInput(name), repoRoot, io.env);
  // The workspace load's one git child, answered while the rest of the step loads (workspace/symlink-listing.ts).
  void startListStaged(config.workingDirectory);
  // Copied as the platform names variables: on Windows the runner spells PATH `Path`.
  const env = copyEnv(io.env, config.pythonVersion ? { UV_PYTHON: config.pythonVersion } : {});
  const wanted = config.mode === 'sync' || fingerprintsNeeded(config);
  const probe = !wanted ? undefined : early && sameProbe(early, config) ? early.probe : probeUv(config.workingDirectory, env, config.syncArgs.python);
  probe?.catch(() => {});
  return { config, env, probe };
}
