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
  let path: string | undefined;
  let problem: unknown;
  try {
    path = findUv(env);
  } catch (error) {
    problem = error;
  }
  // `uv python find` needs uv's path, not its version: both run at once, not
  // one after the other, and `uv python find`, the slow one (main waits for
  // it on a warm hit), starts first.
  const python = pythonForKey(path ?? 'uv', workspaceRoot, env, request);
  const version = path === undefined ? undefined : uvVersion(path, env);
  // Both awaited below (a failed version becomes the problem); a rejection must not go unhandled while the other runs.
  for (const p of [version, python]) p?.catch(() => {});
  let uv: UvMachine['uv'];
  if (path !== undefined && version) {
    try {
      uv = { path, version: await version };
    } catch (error) {
      problem = error;
    }
  }
  return { ...(uv ? { uv } : { problem }), python: await python };
}
