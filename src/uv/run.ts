// Running uv: through the one process runner (src/process.ts), so arguments
// are an argv array (member names and sync-args are never re-split or
// interpreted) and output is streamed line by line to the caller (the log)
// and also captured for parsing. A non-zero exit is a result, not an
// exception: the caller decides. A uv that cannot be started is the user's to fix.
import { UserError } from '../errors.js';
import { runProcess, SpawnError } from '../process.js';

export interface RunUvOptions {
  cwd: string;
  env: NodeJS.ProcessEnv;
  onStderrLine?: (line: string) => void;
  onStdoutLine?: (line: string) => void;
  /** Kill uv after this long (SIGTERM, then SIGKILL after killGraceMs). No limit by default. */
  timeoutMs?: number;
  /** At the timeout, end uv's whole process tree (its build backends too), not only uv. */
  killTree?: boolean;
  killGraceMs?: number;
  /** Called with uv's process id once it started (to log it, or to stop it from outside). */
  onSpawn?: (pid: number) => void;
}

export interface RunUvResult {
  /** Exit code; when uv was killed, 128 + the signal number (as a shell reports it). */
  code: number;
  /** Set when uv ended by a signal (e.g. `SIGTERM` after a timeout, or killed from outside). */
  signal?: string;
  /** True when runUv itself killed uv because timeoutMs passed. */
  timedOut?: boolean;
  stdout: string;
  stderr: string;
  durationMs: number;
}

/** Runs `uv <args>`; resolves with the exit status and output, whatever it is. */
export async function runUv(uvPath: string, args: readonly string[], options: RunUvOptions): Promise<RunUvResult> {
  try {
    const { truncated: _truncated, ...result } = await runProcess(uvPath, args, options);
    return result;
  } catch (error) {
    if (!(error instanceof SpawnError)) throw error;
    throw new UserError(`could not run uv at ${uvPath}: ${error.message}`, 'add astral-sh/setup-uv before this step, or put uv on PATH');
  }
}
