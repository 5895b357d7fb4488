// The one place that starts child processes (uv, git, tar, zstd, Python).
// Every call is an argv array and no shell, so a member name, branch or path
// holding `$(...)`, quotes or newlines is only ever data; a bare program name
// is resolved from PATH first (executable.ts), never from the working
// directory. Output is captured
// (bounded: a runaway child cannot fill the memory) and, for uv, streamed line
// by line to the caller; a timeout ends the child. A non-zero exit is a
// result, not an exception: each caller decides what it means.
//
// Not @actions/exec: it has no timeout, no output bound and no way to end a
// stuck child, and it writes the command line to stdout itself; those are
// what the callers here need.
import type { ChildProcess } from 'node:child_process';
import { closeSync, openSync, readFileSync, unlinkSync } from 'node:fs';
import { constants, tmpdir } from 'node:os';
import path from 'node:path';
import { builtin } from './builtin.js';
import { ExecutableNotFound, resolveExecutable, windowsSystemProgram } from './executable.js';

export interface RunOptions {
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  onStdoutLine?: (line: string) => void;
  /**
   * Takes stdout as raw bytes instead (it is then neither captured nor split
   * into lines); the child waits while a returned promise is pending. A throw
   * or rejection ends the child (SIGKILL) and becomes runProcess's rejection.
   */
  onStdoutData?: (chunk: Buffer) => void | Promise<void>;
  onStderrLine?: (line: string) => void;
  /** End the child after this long (0 or absent: no limit). */
  timeoutMs?: number;
  /**
   * At the timeout, end the child's whole process tree, not just the child
   * (uv's build backends and their compilers): on POSIX the child then runs
   * as the leader of a process group of its own, and the signal goes to the group.
   */
  killTree?: boolean;
  /** The signal sent at the timeout; SIGTERM is followed by SIGKILL after killGraceMs. */
  killSignal?: 'SIGTERM' | 'SIGKILL';
  killGraceMs?: number;
  /** Keep at most this many characters of each stream (the rest is dropped and `truncated` set). */
  maxOutput?: number;
  /** Called with the child's process id once it started (to log it, or to stop it from outside). */
  onSpawn?: (pid: number) => void;
  /**
   * Gives the child a stdin to write to (else it reads nothing): called
   * once, right after the start. A write after the child stopped reading is
   * dropped, not an error: its exit status says what happened.
   */
  onStdin?: (stdin: NodeJS.WritableStream) => void;
}

export interface RunResult {
  /** Exit code; when the child was killed, 128 + the signal number (as a shell reports it). */
  code: number;
  /** Set when the child ended by a signal (after a timeout, or killed from outside). */
  signal?: string;
  /** The runner itself ended the child because timeoutMs passed. */
  timedOut?: boolean;
  /** A stream went over maxOutput and was cut. */
  truncated?: boolean;
  stdout: string;
  stderr: string;
  durationMs: number;
}

/** The child could not be started at all (no such file, not executable, cwd missing). */
export class SpawnError extends Error {
  constructor(
    readonly file: string,
    readonly code: string | undefined,
    message: string,
  ) {
    super(message);
  }
}

const DEFAULT_MAX_OUTPUT = 256 * 1024 * 1024;

/** The absolute path a program name runs from (the child's PATH is searched); not found is a SpawnError. */
function programPath(file: string, env: NodeJS.ProcessEnv | undefined): string {
  try {
    return resolveExecutable(file, { env: env ?? process.env });
  } catch (error) {
    if (error instanceof ExecutableNotFound) throw new SpawnError(file, 'ENOENT', error.message);
    throw error;
  }
}

/**
 * The longest partial line held back: a child that writes without a line
 * break (a progress bar, a binary dump) must not grow it without bound, so
 * past this it is handed over as a line of its own.
 */
const MAX_PENDING_LINE = 1024 * 1024;

/** Splits a stream into lines for a callback, holding back a partial last line (up to MAX_PENDING_LINE). */
function lineSplitter(onLine?: (line: string) => void): { push(chunk: string): void; end(): void } {
  let pending = '';
  return {
    push(chunk) {
      if (!onLine) return;
      pending += chunk;
      const lines = pending.split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) onLine(line.replace(/\r$/, ''));
      while (pending.length > MAX_PENDING_LINE) {
        onLine(pending.slice(0, MAX_PENDING_LINE));
        pending = pending.slice(MAX_PENDING_LINE);
      }
    },
    end() {
      if (onLine && pending !== '') onLine(pending.replace(/\r$/, ''));
      pending = '';
    },
  };
}

/** One output stream: captured up to the bound, and split into lines for the callback. */
function collector(max: number, onLine?: (line: string) => void) {
  const chunks: string[] = [];
  let size = 0;
  let truncated = false;
  const lines = lineSplitter(onLine);
  return {
    push(chunk: string) {
      lines.push(chunk);
      if (size >= max) {
        truncated = true;
        return;
      }
      const kept = chunk.length > max - size ? chunk.slice(0, max - size) : chunk;
      truncated ||= kept.length < chunk.length;
      chunks.push(kept);
      size += kept.length;
    },
    end: () => lines.end(),
    text: () => chunks.join(''),
    get truncated() {
      return truncated;
    },
  };
}

/**
 * What ends a child and every process it started, where the child's own end
 * does not: on Windows `child.kill` is TerminateProcess on the child alone, so
 * uv's build backends and Python would live on holding the venv's files.
 * taskkill comes from System32, never from PATH. Elsewhere undefined: a
 * signal to the child, or to its process group (`killTree`).
 */
export function treeKillCommand(pid: number, platform: NodeJS.Platform = process.platform, env: NodeJS.ProcessEnv = process.env): { file: string; args: string[] } | undefined {
  if (platform !== 'win32') return undefined;
  return { file: windowsSystemProgram('taskkill.exe', env), args: ['/T', '/F', '/PID', String(pid)] };
}

/**
 * Ends the child: with its tree on Windows (taskkill; the child alone when
 * taskkill cannot), with its process group elsewhere when `group` (the child
 * and everything it started that did not leave the group), else the child.
 */
function stop(child: ChildProcess, signal: NodeJS.Signals, group = false): void {
  const command = child.pid === undefined ? undefined : treeKillCommand(child.pid);
  if (command) {
    runProcess(command.file, command.args, { timeoutMs: 30_000, maxOutput: 64 * 1024 })
      .then((result) => result.code === 0 || child.kill(signal))
      .catch(() => child.kill(signal));
    return;
  }
  if (group && child.pid !== undefined) {
    try {
      process.kill(-child.pid, signal);
      return;
    } catch {
      // The group is gone already (every member exited): nothing left to end.
    }
  }
  child.kill(signal);
}

/**
 * Ends the child at the timeout; returns a function that cancels the timers
 * and says whether it fired. With `group`, a SIGKILL already due still goes
 * out after the child closed: a grandchild that ignored SIGTERM is still there.
 */
function deadline(kill: (signal: NodeJS.Signals) => void, options: RunOptions, group = false): { cancel(): void; fired(): boolean } {
  let fired = false;
  let killTimer: NodeJS.Timeout | undefined;
  const signal = options.killSignal ?? 'SIGTERM';
  const timer = options.timeoutMs
    ? setTimeout(() => {
        fired = true;
        kill(signal);
        // A child normally exits on SIGTERM at once; a stuck one must not hold the job.
        if (signal === 'SIGTERM') killTimer = setTimeout(() => kill('SIGKILL'), options.killGraceMs ?? 5_000);
      }, options.timeoutMs)
    : undefined;
  return {
    cancel() {
      clearTimeout(timer);
      if (!group) clearTimeout(killTimer);
    },
    fired: () => fired,
  };
}

/** Feeds stdout to `consume` chunk by chunk, pausing the child while it works; its first error kills the child. */
function streamStdout(stream: NodeJS.ReadableStream, consume: (chunk: Buffer) => void | Promise<void>, kill: () => void): { failure(): { error: unknown } | undefined } {
  let failed: { error: unknown } | undefined;
  stream.on('data', (chunk: Buffer) => {
    if (failed) return;
    const fail = (error: unknown) => {
      failed ??= { error };
      kill();
    };
    try {
      const pending = consume(chunk);
      if (!pending) return;
      stream.pause();
      pending.then(() => stream.resume(), fail);
    } catch (error) {
      fail(error);
    }
  });
  return { failure: () => failed };
}

/**
 * node:child_process, loaded when a first child starts: loading it costs
 * more (8-12 ms) than most of what a CLI run outside git does, and
 * `affected --files` there starts no child at all.
 */
const childProcess = () => builtin<typeof import('node:child_process')>('node:child_process');

/** Starts the child, its stdin handed to `onStdin` when there is one. */
function start(file: string, args: readonly string[], options: RunOptions, group: boolean) {
  const program = programPath(file, options.env);
  const spawnOptions = { cwd: options.cwd, env: options.env, detached: group };
  const { spawn } = childProcess();
  const child = options.onStdin ? spawn(program, [...args], { ...spawnOptions, stdio: 'pipe' }) : spawn(program, [...args], { ...spawnOptions, stdio: ['ignore', 'pipe', 'pipe'] });
  if (child.pid !== undefined) options.onSpawn?.(child.pid);
  if (options.onStdin && child.stdin) {
    // EPIPE once the child has exited or closed its stdin; the exit status is the answer.
    child.stdin.on('error', () => {});
    options.onStdin(child.stdin);
  }
  return child;
}

/**
 * Runs `file args`; resolves with the exit status and output, whatever it is;
 * rejects with SpawnError, or with what `onStdoutData` threw.
 */
export function runProcess(file: string, args: readonly string[], options: RunOptions = {}): Promise<RunResult> {
  // The global `performance` (node:perf_hooks' own), set up on first use rather than with the bundle.
  const started = performance.now();
  const max = options.maxOutput ?? DEFAULT_MAX_OUTPUT;
  return new Promise((resolve, reject) => {
    const group = options.killTree === true && process.platform !== 'win32';
    const child = start(file, args, options, group);
    const stdout = collector(max, options.onStdoutLine);
    const stderr = collector(max, options.onStderrLine);
    const raw = options.onStdoutData ? streamStdout(child.stdout, options.onStdoutData, () => stop(child, 'SIGKILL', group)) : undefined;
    if (!raw) {
      child.stdout.setEncoding('utf8');
      child.stdout.on('data', (chunk: string) => stdout.push(chunk));
    }
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => stderr.push(chunk));
    const timer = deadline((signal) => stop(child, signal, group), options, group);
    child.on('error', (error: NodeJS.ErrnoException) => {
      timer.cancel();
      reject(new SpawnError(file, error.code, error.code === 'ENOENT' ? 'no such file' : error.message));
    });
    // A killed child can leave a grandchild (a build backend, `uv run`'s
    // program) holding the pipes open; do not wait for it forever. (Raw
    // stdout is left to its consumer, which may still be writing the last
    // chunks the child wrote before it exited.)
    child.on('exit', () => {
      setTimeout(() => {
        if (!raw) child.stdout.destroy();
        child.stderr.destroy();
      }, 2_000).unref();
    });
    // 'close' (not 'exit') so that all output has been read.
    child.on('close', (code, signal) => {
      timer.cancel();
      stdout.end();
      stderr.end();
      const failure = raw?.failure();
      if (failure) {
        reject(failure.error);
        return;
      }
      const signalNumber = signal ? ((constants.signals as Record<string, number>)[signal] ?? 0) : 0;
      resolve({
        code: code ?? 128 + signalNumber,
        ...(signal ? { signal } : {}),
        ...(timer.fired() ? { timedOut: true } : {}),
        ...(stdout.truncated || stderr.truncated ? { truncated: true } : {}),
        stdout: stdout.text(),
        stderr: stderr.text(),
        durationMs: performance.now() - started,
      });
    });
  });
}

type SyncOptions = { cwd?: string; maxOutput?: number };

/** What runProcessSync's answer depends on: the program as named, its arguments, its directory and the output bound. */
function syncKey(file: string, args: readonly string[], options: SyncOptions): string {
  return JSON.stringify([file, args, options.cwd ?? '', options.maxOutput ?? DEFAULT_MAX_OUTPUT]);
}

/** A child started early (startProcessSync): where its stdout goes, and its exit, once it is in (undefined: it failed). */
interface EarlyChild {
  /** Its stdout: a file of its own in the temp directory. */
  file: string;
  exited?: { ok: boolean };
  /** While it runs: stopped at exit if no caller took it (every child here ends with the step). */
  child?: ChildProcess;
}

/** runProcessSync answers started early, by syncKey. */
const early = new Map<string, EarlyChild>();
let cleanupSet = false;

/** Removes an early child's output file (a leftover in the temp directory is harmless), and stops it if it still runs. */
function discard(child: EarlyChild): void {
  if (!child.exited) child.child?.kill();
  try {
    unlinkSync(child.file);
  } catch {
    // nothing to do
  }
}

/** The answer an early child gives runProcessSync: its stdout, unless it failed or wrote more than `max` bytes. */
function answerOf(child: EarlyChild, max: number): Buffer | undefined {
  try {
    const out = child.exited?.ok ? readFileSync(child.file) : undefined;
    return out && out.length <= max ? out : undefined;
  } catch {
    return undefined;
  } finally {
    discard(child);
  }
}

/**
 * A new file name in the temp directory, for one early child's stdout. One
 * file opened exclusively (`wx`: never one that is there, nor a symlink
 * planted in its place) and readable by this user alone, rather than a
 * private directory holding it: mkdtemp and a recursive removal cost main
 * several milliseconds of a warm step where an open and an unlink cost a
 * tenth of one.
 */
function earlyFile(): string {
  // Math.random, not node:crypto, which the CLI (it loads this module too) loads only to hash: `wx` refuses whatever is there already.
  return path.join(tmpdir(), `uvws-early-${process.pid}-${Math.random().toString(36).slice(2)}`);
}

/**
 * Starts now, without blocking the event loop, what a later runProcessSync
 * with the same arguments asks (a synchronous caller, such as the workspace
 * load, whose inputs are known before it runs), so that it answers on
 * another core meanwhile. Its stdout goes to a file, not a pipe: a busy
 * main thread would read a pipe only between its tasks, 64 KiB at a time,
 * and git would wait for it. runProcessSync takes the answer if the child
 * has exited by then (once: a second call runs the child again) and else
 * runs the child itself. The answer is what runProcessSync would return:
 * stdout as bytes, undefined when the child could not start, failed, or
 * printed more than maxOutput bytes. Resolves, never rejects, once the
 * child has exited.
 */
export function startProcessSync(file: string, args: readonly string[], options: SyncOptions = {}): Promise<void> {
  const key = syncKey(file, args, options);
  const previous = early.get(key);
  if (previous) discard(previous);
  let child: EarlyChild;
  let fd: number;
  try {
    child = { file: earlyFile() };
    fd = openSync(child.file, 'wx', 0o600);
  } catch {
    // No temp directory to write to: runProcessSync runs the child itself.
    return Promise.resolve();
  }
  // One that no caller took (the workspace was not where it was expected) leaves no file behind.
  if (!cleanupSet) process.once('exit', () => early.forEach(discard));
  cleanupSet = true;
  early.set(key, child);
  return new Promise((resolve) => {
    const settle = (ok: boolean) => {
      child.exited ??= { ok };
      resolve();
    };
    try {
      const started = childProcess().spawn(programPath(file, undefined), [...args], { cwd: options.cwd, stdio: ['ignore', fd, 'ignore'] });
      child.child = started;
      started.on('error', () => settle(false));
      started.on('exit', (code) => settle(code === 0));
    } catch {
      settle(false);
    } finally {
      closeSync(fd);
    }
  });
}

/**
 * The same for the few synchronous callers (the workspace model is loaded
 * synchronously): stdout only, as bytes; undefined when the child could not
 * start, failed, or printed more than maxOutput bytes.
 */
export function runProcessSync(file: string, args: readonly string[], options: SyncOptions = {}): Buffer | undefined {
  if (early.size > 0) {
    const key = syncKey(file, args, options);
    const started = early.get(key);
    early.delete(key);
    if (started?.exited) return answerOf(started, options.maxOutput ?? DEFAULT_MAX_OUTPUT);
    if (started) discard(started);
  }
  let program: string;
  try {
    program = programPath(file, undefined);
  } catch {
    return undefined;
  }
  const result = childProcess().spawnSync(program, [...args], { cwd: options.cwd, stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: options.maxOutput ?? DEFAULT_MAX_OUTPUT });
  if (result.error || result.status !== 0) return undefined;
  return result.stdout;
}
