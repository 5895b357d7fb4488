// Which Python the venv will use, for the cache key: wheels differ per
// interpreter (implementation, minor version, free-threading), so a cache made
// for CPython 3.12 is mostly dead weight for 3.11 or PyPy. The patch version
// is left out on purpose: wheels are tagged by minor version, and a runner
// image bumping 3.12.4 to 3.12.5 must not throw every cache away.
import path from 'node:path';
import { runProcess } from '../process.js';
import { readBoundedText } from '../read-file.js';

export interface PythonIdentity {
  /** `sys.implementation.name`: `cpython`, `pypy`, `graalpy`. */
  implementation: string;
  /** `3.12`, or `3.13t` for a free-threaded build. */
  version: string;
}

/** The trimmed stdout of a probe, or undefined when it could not run or failed (the key then says less, never wrong). */
async function run(file: string, args: string[], cwd: string, env: NodeJS.ProcessEnv): Promise<string | undefined> {
  const result = await runProcess(file, args, { cwd, env, timeoutMs: 60_000, maxOutput: 1024 * 1024 }).catch(() => undefined);
  return result && result.code === 0 && !result.timedOut ? result.stdout.trim() : undefined;
}

/**
 * Implementation, minor version and free-threading, from `sys` alone: a
 * free-threaded build has `t` in its ABI flags (PEP 703). `sysconfig` (12 ms
 * to import on 3.12) only where `sys.abiflags` is missing (Windows before 3.14).
 */
const PROBE =
  'import sys; f = getattr(sys, "abiflags", None); t = ("t" in f) if f is not None else __import__("sysconfig").get_config_var("Py_GIL_DISABLED"); print(sys.implementation.name, "%d.%d%s" % (sys.version_info[0], sys.version_info[1], "t" if t else ""))';

/**
 * The probe's answer. `-I -S` (isolated, no `site`) halves the interpreter's
 * start, the probe needs nothing site adds; an interpreter that cannot start
 * so (one that needs PYTHONHOME, which -I ignores) is asked plainly.
 */
async function askInterpreter(interpreter: string, cwd: string, env: NodeJS.ProcessEnv): Promise<string | undefined> {
  return (await run(interpreter, ['-I', '-S', '-c', PROBE], cwd, env)) ?? (await run(interpreter, ['-c', PROBE], cwd, env));
}

/** `cpython@3.12`, `pypy3.10`, `3.13t`, `>=3.11` → what the request pins, as far as it does. */
export function pythonFromRequest(request: string): PythonIdentity | undefined {
  const m = /^\s*(cpython|pypy|graalpy|python|cp|pp)?[@-]?(?:[<>=~!]=?)?\s*(\d+\.\d+)(?:\.\d+)?(t?)/i.exec(request);
  if (!m) return undefined;
  const impl = (m[1] ?? '').toLowerCase();
  const implementation = impl === 'pypy' || impl === 'pp' ? 'pypy' : impl === 'graalpy' ? 'graalpy' : 'cpython';
  return { implementation, version: `${m[2]}${m[3] ?? ''}` };
}

/**
 * The interpreter uv would pick for the workspace (it honours a `--python`
 * request from sync-args, then UV_PYTHON, `.python-version` and
 * `requires-python`), asked from that interpreter itself; falls back to the
 * request (`--python`, the `python-version` input or `.python-version`), else
 * `unknown` — a key that is merely less precise, never a failure.
 */
export async function pythonForKey(uvPath: string, workspaceRoot: string, env: NodeJS.ProcessEnv, request?: string): Promise<PythonIdentity> {
  const interpreter = await run(uvPath, ['python', 'find', ...(request ? [request] : [])], workspaceRoot, env);
  if (interpreter) {
    const out = await askInterpreter(interpreter, workspaceRoot, env);
    const m = out && /^(\S+) (\d+\.\d+t?)$/.exec(out);
    if (m) return { implementation: m[1]!.toLowerCase(), version: m[2]! };
  }
  const requested = request ?? env.UV_PYTHON ?? readBoundedText(path.join(workspaceRoot, '.python-version'), '.python-version', 64 * 1024);
  return (requested && pythonFromRequest(requested)) || { implementation: 'unknown', version: 'unknown' };
}
