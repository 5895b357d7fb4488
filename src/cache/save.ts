// Save of the uv cache (post) and of marker entries (record mode), through
// @actions/cache. A thin adapter: the client already swallows service
// errors, but it reports them only as log lines (some as red `::error::`
// annotations) and returns the same `undefined` for "no cache" and "the
// service failed". So each call runs with its log lines captured: failures
// become one warning of ours, never an error. Restores do not come here
// (cache/restore.ts), so main never loads the client.
import { AsyncLocalStorage } from 'node:async_hooks';
import { existsSync } from 'node:fs';
import path from 'node:path';
import * as cache from '@actions/cache';
import { BearerCredentialHandler } from '@actions/http-client/lib/auth';
import type { Log } from '../log.js';
import { logText } from '../report/escape.js';
import { DEFAULT_CACHE_DEADLINE_MS, DeadlineError, serviceMissing, serviceVersion, withDeadline } from './service.js';

export interface SaveResult {
  saved: boolean;
  /** The upload was given up at the deadline and may still be in flight: end the process when done. */
  abandoned?: boolean;
  /** One line for the log and summary. */
  reason: string;
  /** Size of the uploaded archive, from the client's `File Size:` debug line, when it printed one. */
  sizeBytes?: number;
}

// ---------------------------------------------------------------------------
// Capturing the client's log lines, per call (AsyncLocalStorage follows the
// call into its HTTP callbacks and child processes, so two calls in flight do
// not see each other's lines).

interface Captured {
  /** `::warning::` / `::error::` / `::notice::` commands, unescaped; not printed. */
  annotations: { level: string; message: string }[];
  /** Every other line the client printed (also passed through to the log). */
  lines: string[];
}

const current = new AsyncLocalStorage<Captured>();
let hooked = false;

function unescapeCommandData(text: string): string {
  return text.replace(/%0D/gi, '\r').replace(/%0A/gi, '\n').replace(/%25/g, '%');
}

/**
 * A chunk the client wrote through @actions/core as one of the commands it
 * issues: core writes each command in one call and escapes its data, so a
 * real one never holds a raw line break.
 */
const CORE_COMMAND = /^::(debug|group|endgroup|add-mask)(?: [^\r\n:]*)?::[^\r\n]*\r?\n?$/;

/**
 * What reaches the log of a chunk the client printed. Its info lines echo
 * what the service sent (matched keys, error bodies, once per retry): one
 * info call is one chunk, printed as one neutralised line, so a line break
 * in a service message followed by `::add-mask::` or `::stop-commands::`
 * shows as `\n` and starts no command.
 */
function passThrough(text: string): string {
  if (CORE_COMMAND.test(text)) return text;
  const eol = /\r?\n$/.exec(text)?.[0] ?? '';
  return `${logText(text.slice(0, text.length - eol.length))}${eol}`;
}

function hookStdout(): void {
  if (hooked) return;
  hooked = true;
  const write = process.stdout.write.bind(process.stdout) as (...args: unknown[]) => boolean;
  process.stdout.write = ((chunk: unknown, ...rest: unknown[]) => {
    const captured = current.getStore();
    if (!captured) return write(chunk, ...rest);
    const text = typeof chunk === 'string' ? chunk : Buffer.from(chunk as Uint8Array).toString('utf8');
    const command = /^::(warning|error|notice)(?: [^:]*)?::(.*?)\r?\n?$/s.exec(text);
    if (command) {
      captured.annotations.push({ level: command[1]!, message: unescapeCommandData(command[2]!) });
      const callback = rest.find((r) => typeof r === 'function') as (() => void) | undefined;
      callback?.();
      return true;
    }
    captured.lines.push(...text.split(/\r?\n/).filter((line) => line !== ''));
    return write(passThrough(text), ...rest.filter((r) => typeof r === 'function'));
  }) as typeof process.stdout.write;
}

async function captureOutput<T>(fn: () => Promise<T>): Promise<{ value?: T; thrown?: unknown; captured: Captured }> {
  hookStdout();
  const captured: Captured = { annotations: [], lines: [] };
  try {
    const value = await current.run(captured, fn);
    return { value, captured };
  } catch (thrown) {
    return { thrown, captured };
  }
}

function failureText(captured: Captured, prefix: string): string | undefined {
  const problems = captured.annotations.filter((a) => a.level === 'warning' || a.level === 'error').map((a) => a.message);
  if (problems.length === 0) return undefined;
  // The client's summary line ("Failed to restore: ...") says the most; other warnings add detail.
  const main = problems.find((p) => p.startsWith(prefix)) ?? problems[problems.length - 1]!;
  const others = problems.filter((p) => p !== main);
  return [main, ...others].join('; ');
}

/** `host:port` of the cache service this job's token is for, as the client's requests name it. */
function serviceHost(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const raw = serviceVersion(env) === 'v2' ? env.ACTIONS_RESULTS_URL : env.ACTIONS_CACHE_URL || env.ACTIONS_RESULTS_URL;
  if (!raw || !URL.canParse(raw)) return undefined;
  const url = new URL(raw);
  return `${url.hostname}:${url.port || (url.protocol === 'https:' ? '443' : '80')}`;
}

let confined = false;

/**
 * The client's HTTP client runs its credential handler on every request it
 * sends, the ones a redirect sends elsewhere included, so a redirect from
 * the cache service to another host would carry the runtime token there.
 * The handler is made to add the token only to requests for the service's
 * own host and port (restores speak to the service directly: service.ts).
 */
function confineToken(): void {
  if (confined) return;
  confined = true;
  const handler = BearerCredentialHandler.prototype;
  const addToken = handler.prepareRequest;
  handler.prepareRequest = function (this: BearerCredentialHandler, options) {
    if (`${options.host}:${options.port}` === serviceHost()) addToken.call(this, options);
  };
}

/**
 * The client runs tar with `-C $GITHUB_WORKSPACE` inside one command string
 * it splits on spaces, so a workspace path with a space fails every save
 * ("tar exit code 2"). Archiving relative to the filesystem root avoids
 * that, and it is the one layout restoreSafely accepts (archive.ts archivePrefix).
 */
async function uploadFromRoot(paths: string[], first: string, key: string, deadlineMs: number) {
  const root = path.parse(path.resolve(first)).root;
  confineToken();
  const savedWorkspace = process.env.GITHUB_WORKSPACE;
  process.env.GITHUB_WORKSPACE = root;
  // Paths go to the client as given: the service versions an entry by these
  // strings, and lookups (restoreSafely, skip-passed markers) pass the same ones.
  return captureOutput(() => withDeadline(cache.saveCache(paths, key), deadlineMs, 'the cache upload')).finally(() => {
    if (savedWorkspace === undefined) delete process.env.GITHUB_WORKSPACE;
    else process.env.GITHUB_WORKSPACE = savedWorkspace;
  });
}

/**
 * The client reports every failed reservation as "another job may be
 * creating this cache"; only its debug line tells a real conflict (409, as
 * GitHub answers a taken key: a notice) from an outage (a warning).
 */
function reservationFailure(lines: readonly string[], key: string): { conflict: boolean; reason: string } | undefined {
  if (!lines.some((line) => line.startsWith('Failed to save: Unable to reserve cache'))) return undefined;
  const detailLine = lines.find((line) => line.startsWith('::debug::Failed to reserve cache:'));
  const detail = detailLine ? unescapeCommandData(detailLine.slice('::debug::Failed to reserve cache:'.length)).trim() : '';
  if (detail === '' || /\(409\)|already exists/i.test(detail)) {
    return { conflict: true, reason: `another job already saved (or is saving) the uv cache under key ${key}; nothing to do` };
  }
  return { conflict: false, reason: `the uv cache was not saved: ${detail.replace(/^Error: /, '')}` };
}

/**
 * Saves `paths` under `key`. Never throws. Another job having saved (or
 * saving) the same key is normal in a matrix and is a notice, not a warning;
 * any other failure is a warning.
 */
export async function saveCache(opts: { paths: string[]; key: string; log: Log; deadlineMs?: number }): Promise<SaveResult> {
  const { paths, key, log } = opts;
  const deadlineMs = opts.deadlineMs ?? DEFAULT_CACHE_DEADLINE_MS;
  const notice = (message: string) => (log.notice ?? log.info)(message);
  const missing = serviceMissing();
  if (missing) {
    const reason = `the uv cache was not saved: ${missing}`;
    log.warning(reason);
    return { saved: false, reason };
  }
  const present = paths.filter((p) => existsSync(p));
  if (present.length === 0) {
    const reason = `nothing to save: ${paths.join(', ')} does not exist`;
    log.info(reason);
    return { saved: false, reason };
  }
  const { value: id, thrown, captured } = await uploadFromRoot(paths, present[0]!, key, deadlineMs);
  if (thrown instanceof DeadlineError) {
    const reason = `the uv cache was not saved: ${thrown.message} ('cache-timeout' is ${Math.round(deadlineMs / 1000)} s)`;
    log.warning(reason);
    return { saved: false, reason, abandoned: true };
  }
  if (thrown === undefined && typeof id === 'number' && id !== -1) {
    const reason = `saved the uv cache under key ${key}`;
    log.info(reason);
    const size = captured.lines.map((line) => /^::debug::File Size: (\d+)\s*$/.exec(line)?.[1]).find((n) => n !== undefined);
    return size === undefined ? { saved: true, reason } : { saved: true, reason, sizeBytes: Number(size) };
  }
  const reserved = thrown === undefined ? reservationFailure(captured.lines, key) : undefined;
  if (reserved) {
    if (reserved.conflict) notice(reserved.reason);
    else log.warning(reserved.reason);
    return { saved: false, reason: reserved.reason };
  }
  const skipped = captured.lines.find((line) => line.startsWith('Cache save skipped'));
  if (thrown === undefined && skipped) {
    log.info(skipped);
    return { saved: false, reason: skipped };
  }
  const failure =
    thrown !== undefined ? (thrown instanceof Error ? thrown.message : String(thrown)) : (failureText(captured, 'Failed to save') ?? 'the cache service did not accept it');
  const reason = `the uv cache was not saved: ${failure}`;
  log.warning(reason);
  return { saved: false, reason };
}
