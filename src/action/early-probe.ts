// The uv probe (`uv --version`, `uv python find`), started by src/main.ts
// before the inputs' parser and the runner's code are even loaded: on a warm
// step `uv python find` is the longest wait of main, so every millisecond it
// starts sooner is one the step ends sooner. It is asked with what the
// inputs would give it only when that is plain from their raw values (the
// default working directory, the python-version input as given); startMain
// uses it only when the parsed inputs ask exactly the same (sameProbe), and
// asks again otherwise, so a wrong guess costs a wasted probe, never a wrong answer.
import path from 'node:path';
import { copyEnv } from '../env.js';
import { probeUv, type UvMachine } from '../uv/machine.js';
import { inputFromEnv } from './input-env.js';

export interface EarlyProbe {
  /** The directory uv was asked from. */
  root: string;
  /** UV_PYTHON in uv's environment (the python-version input), if any. */
  pythonVersion: string | undefined;
  /** probeUv's answer; asked without a `--python` request. Its rejection is handled here. */
  probe: Promise<UvMachine>;
}

/**
 * Starts the probe of a sync step in the default working directory;
 * undefined for any other (a detect step may need no uv at all, and a
 * working directory is asked from only once parseConfig has checked that it
 * stays inside GITHUB_WORKSPACE).
 */
export function startEarlyProbe(env: NodeJS.ProcessEnv, cwd: string): EarlyProbe | undefined {
  const mode = inputFromEnv(env, 'mode');
  const dir = inputFromEnv(env, 'working-directory');
  if ((mode !== '' && mode !== 'sync') || (dir !== '' && dir !== '.')) return undefined;
  const root = path.resolve(env.GITHUB_WORKSPACE || cwd);
  const pythonVersion = inputFromEnv(env, 'python-version') || undefined;
  const probe = probeUv(root, copyEnv(env, pythonVersion ? { UV_PYTHON: pythonVersion } : {}));
  probe.catch(() => {});
  return { root, pythonVersion, probe };
}

/** Whether `early` asked what startMain would ask for these inputs: the same directory, UV_PYTHON and `--python` request. */
export function sameProbe(early: EarlyProbe, config: { workingDirectory: string; pythonVersion: string | undefined; syncArgs: { python?: string } }): boolean {
  return early.root === config.workingDirectory && early.pythonVersion === config.pythonVersion && config.syncArgs.python === undefined;
}
