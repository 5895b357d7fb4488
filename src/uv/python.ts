// Which Python the venv will use, for the cache key: wheels differ per
// interpreter (implementation, minor version, free-threading), so a cache made
// for CPython 3.12 is mostly dead weight for 3.11 or PyPy. The patch version
// is left out on purpose: wheels are tagged by minor version, and a runner
// image bumping 3.12.4 to 3.12.5 must not throw every cache away.
import path from 'node:path';
import { runProcess } from '../process.js';
import { readBoundedText } from '../read-file.js';
import { UserError } from '../errors.js';

export interface PythonIdentity {
  /** `sys.implementation.name`: `cpython`, `pypy`, `graalpy`. */
  implementation: string;
  /** `3.12`, or `3.13t` for a free-threaded build. */
  version: string;
  /**
   * Set when the request names an interpreter by path (`/opt/python/bin/python3`)
   * that uv does not find there: uv sync, which never downloads a Python for
   * a path, fails on it the same way. uv's own line, for an error naming
   * where the request came from.
   */
  pathNotFound?: { request: string; uvSays: string };
}

/** A probe's whole result (stderr too), or undefined when it could not start. */
function probe(file: string, args: string[], cwd: string, env: NodeJS.ProcessEnv) {
  return runProcess(file, args, { cwd, env, timeoutMs: 60_000, maxOutput: 1024 * 1024 }).catch(() => undefined);
}

/** The trimmed stdout of a probe that ran and succeeded, else undefined (the key then says less, never wrong). */
function succeeded(result: Awaited<ReturnType<typeof probe>>): string | undefined {
  return result && result.code === 0 && !result.timedOut ? result.stdout.trim() : undefined;
}

async function run(file: string, args: string[], cwd: string, env: NodeJS.ProcessEnv): Promise<string | undefined> {
  return succeeded(await probe(file, args, cwd, env));
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
  // `uv python find` does not read UV_PYTHON (uv 0.13.9) while `uv sync`
  // does (it is `--python`'s variable), so the request is passed as uv sync
  // would take it: `--python` from sync-args first, then UV_PYTHON.
  const wanted = request ?? (env.UV_PYTHON?.trim() || undefined);
  const found = await probe(uvPath, ['python', 'find', ...(wanted ? [wanted] : [])], workspaceRoot, env);
  const interpreter = succeeded(found);
  if (interpreter) {
    const out = await askInterpreter(interpreter, workspaceRoot, env);
    const m = out && /^(\S+) (\d+\.\d+t?)$/.exec(out);
    if (m) return { implementation: m[1]!.toLowerCase(), version: m[2]! };
  }
  const requested = wanted ?? readBoundedText(path.join(workspaceRoot, '.python-version'), '.python-version', 64 * 1024);
  const fallback = (requested && pythonFromRequest(requested)) || { implementation: 'unknown', version: 'unknown' };
  // A path uv ran and did not find is the sync's own failure to come (uv/machine.ts callers say it); a uv that did not run says nothing.
  if (wanted && isInterpreterPath(wanted) && found && !found.timedOut && found.code !== 0) {
    const uvSays = found.stderr.split(/\r?\n/).map((l) => l.trim()).find((l) => l.startsWith('error:')) ?? `uv python find exited with ${found.code}`;
    return { ...fallback, pathNotFound: { request: wanted, uvSays: uvSays.slice(0, 500) } };
  }
  return fallback;
}

/** Whether a Python request names an interpreter by path (as uv reads requests: a separator makes it a path). */
function isInterpreterPath(request: string): boolean {
  return /[\\/]/.test(request) || request.startsWith('~');
}

/**
 * The one line for a Python path uv does not find, naming where the request
 * came from as uv sync takes it: `--python` in sync-args, else the
 * `python-version` input (which the action exports as UV_PYTHON), else a
 * UV_PYTHON of the step's environment.
 */
export function pythonPathError(notFound: NonNullable<PythonIdentity['pathNotFound']>, from: { syncArgsPython?: string; pythonVersionInput?: string }): UserError {
  const source = from.syncArgsPython
    ? `input 'sync-args' asks for --python ${from.syncArgsPython}`
    : from.pythonVersionInput
      ? `input 'python-version' is '${from.pythonVersionInput}'`
      : `UV_PYTHON=${notFound.request} is in the step's environment`;
  return new UserError(
    `${source}, but uv finds no interpreter at that path (${notFound.uvSays})`,
    'give the path of an interpreter that exists on this runner, or a version such as 3.12: uv never downloads a Python for a path, so uv sync would fail the same way',
  );
}
