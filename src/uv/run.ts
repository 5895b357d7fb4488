// The only place that starts uv. Arguments are an argv array (no shell, so
// member names and sync-args are never re-split or interpreted). Output is
// streamed line by line to the caller (the log) and also captured whole for
// parsing. A non-zero exit is a result, not an exception: the caller decides.
import { spawn } from 'node:child_process';
import { constants } from 'node:os';
import { performance } from 'node:perf_hooks';
import { UserError } from '../errors.js';

export interface RunUvOptions {
  cwd: string;
  env: NodeJS.ProcessEnv;
  onStderrLine?: (line: string) => void;
  onStdoutLine?: (line: string) => void;
  /** Kill uv after this long (SIGTERM, then SIGKILL after killGraceMs). No limit by default. */
  timeoutMs?: number;
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

/** Splits a byte stream into lines for a callback, holding back a partial last line. */
function lineSplitter(onLine?: (line: string) => void): { push(chunk: string): void; end(): void } {
  let pending = '';
  return {
    push(chunk) {
      if (!onLine) return;
      pending += chunk;
      const lines = pending.split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) onLine(line.replace(/\r$/, ''));
    },
    end() {
      if (onLine && pending !== '') onLine(pending.replace(/\r$/, ''));
      pending = '';
    },
  };
}

/** Runs `uv <args>`; resolves with the exit status and output, whatever it is. */
export function runUv(uvPath: string, args: readonly string[], options: RunUvOptions): Promise<RunUvResult> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(uvPath, [...args], { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'] });
    if (child.pid !== undefined) options.onSpawn?.(child.pid);
    const stdout: string[] = [];
    const stderr: string[] = [];
    const outLines = lineSplitter(options.onStdoutLine);
    const errLines = lineSplitter(options.onStderrLine);
    child.stdout.setEncoding('utf8');
    child.stderr.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      stdout.push(chunk);
      outLines.push(chunk);
    });
    child.stderr.on('data', (chunk: string) => {
      stderr.push(chunk);
      errLines.push(chunk);
    });

    let timedOut = false;
    let killTimer: NodeJS.Timeout | undefined;
    const timer =
      options.timeoutMs === undefined
        ? undefined
        : setTimeout(() => {
            timedOut = true;
            child.kill('SIGTERM');
            // uv normally exits on SIGTERM at once; a stuck child must not hold the job.
            killTimer = setTimeout(() => child.kill('SIGKILL'), options.killGraceMs ?? 5_000);
          }, options.timeoutMs);

    child.on('error', (error: NodeJS.ErrnoException) => {
      clearTimeout(timer);
      clearTimeout(killTimer);
      reject(
        new UserError(
          `could not run uv at ${uvPath}: ${error.code === 'ENOENT' ? 'no such file' : error.message}`,
          'add astral-sh/setup-uv before this step, or put uv on PATH',
        ),
      );
    });
    // A killed uv can leave a grandchild (a build backend, `uv run`'s
    // program) holding the pipes open; do not wait for it forever.
    child.on('exit', () => {
      setTimeout(() => {
        child.stdout.destroy();
        child.stderr.destroy();
      }, 2_000).unref();
    });
    // 'close' (not 'exit') so that all output has been read.
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      clearTimeout(killTimer);
      outLines.end();
      errLines.end();
      const signalNumber = signal ? (constants.signals as Record<string, number>)[signal] ?? 0 : 0;
      resolve({
        code: code ?? 128 + signalNumber,
        ...(signal ? { signal } : {}),
        ...(timedOut ? { timedOut } : {}),
        stdout: stdout.join(''),
        stderr: stderr.join(''),
        durationMs: performance.now() - started,
      });
    });
  });
}
