// uv and the Python it picks for the workspace, asked once per step: the
// member fingerprints and the cache key name the same interpreter, and
// `uv python find` (slow where a Python manager's shims sit on PATH) runs once.
import { pythonForKey, type PythonIdentity } from './python.js';
import { findUv, uvVersion } from './version.js';

export interface UvMachine {
  /** The uv first on PATH, when it runs; otherwise `problem` says why. */
  uv?: { path: string; version: string };
  problem?: unknown;
  python: PythonIdentity;
}

/**
 * `env` is the environment uv will run in (UV_PYTHON from the
 * python-version input included); `request` is a `--python` from sync-args.
 * Without uv the Python falls back to the request (pythonForKey).
 */
export async function probeUv(workspaceRoot: string, env: NodeJS.ProcessEnv, request?: string): Promise<UvMachine> {
  let uv: UvMachine['uv'];
  let problem: unknown;
  try {
    const path = findUv(env);
    uv = { path, version: await uvVersion(path, env) };
  } catch (error) {
    problem = error;
  }
  const python = await pythonForKey(uv?.path ?? 'uv', workspaceRoot, env, request);
  return { ...(uv ? { uv } : { problem }), python };
}
