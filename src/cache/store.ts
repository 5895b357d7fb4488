// Restore (in main) and save (in post) of the uv cache. A restore of the one
// cache dir speaks to the cache service itself (service.ts, v1 and v2) and
// extracts safely (archive.ts); saves, and a restore of several paths, go
// through @actions/cache. For those, a thin adapter: the client already
// swallows service errors, but it reports them only as log lines (some as
// red `::error::` annotations) and returns the same `undefined` for "no
// cache" and "the service failed". So each call runs with its log lines
// captured: failures become one warning of ours, never an error, and a
// restore that died while extracting is told apart from a miss, so the
// half-extracted cache dir can be emptied.
import { AsyncLocalStorage } from 'node:async_hooks';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import * as cache from '@actions/cache';
import { formatError } from '../errors.js';
import type { Log } from '../log.js';
import { logText } from '../report/escape.js';
import { compressionMethod, extractArchive, UnsafeArchiveError } from './archive.js';
import { cacheVersion, DeadlineError, download, lookup, serviceVersion, withDeadline } from './service.js';

export interface RestoreResult {
  /** `unavailable`: this job has no cache service (a run outside GitHub's runners); nothing was tried. */
  hit: 'exact' | 'partial' | 'miss' | 'error' | 'unavailable';
  matchedKey?: string;
  /** Set when `hit` is `error` (what went wrong, already logged as a warning) or `unavailable` (why). */
  warning?: string;
}

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
    // The client echoes what the service sent (matched keys, error bodies): neutralised like
    // every other line of ours, except the client's own `::debug::`/`::group::` commands.
    const safe = text
      .split('\n')
      .map((line) => (line === '' || /^::[a-z-]+( [^:]*)?::/.test(line) ? line : logText(line.replace(/\r$/, ''))))
      .join('\n');
    return write(safe, ...rest.filter((r) => typeof r === 'function'));
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

function serviceMissing(): string | undefined {
  if (cache.isFeatureAvailable()) return undefined;
  return 'the GitHub cache service is not available to this job (ACTIONS_RESULTS_URL is not set; GitHub sets it on its runners)';
}

async function isEmptyDir(dir: string): Promise<boolean> {
  try {
    return (await readdir(dir)).length === 0;
  } catch {
    return true; // missing counts as empty: everything in it later came from the restore
  }
}

async function emptyDir(dir: string): Promise<void> {
  const names = await readdir(dir).catch(() => [] as string[]);
  await Promise.all(names.map((name) => rm(path.join(dir, name), { recursive: true, force: true })));
}

// ---------------------------------------------------------------------------

/** Restore and save each give up after this long by default (the `cache-timeout` input). */
const DEFAULT_CACHE_DEADLINE_MS = 5 * 60_000;

/**
 * Restores the cache into `paths`. Never throws: a service or archive problem
 * is `hit: 'error'` with a warning (already logged), and the job goes on
 * without a cache. The lookup (cache service v2 on github.com, v1 on GitHub
 * Enterprise Server) and the download run here under `deadlineMs` and the
 * archive is extracted by archive.ts, which writes nothing outside the cache
 * dir; an archive with an entry that would escape is discarded. Only several
 * paths at once (no caller of the action does that) go through the client's
 * own restore, whose `tar -P` trusts the archive.
 */
export async function restoreCache(opts: {
  paths: string[];
  primaryKey: string;
  restoreKeys: string[];
  log: Log;
  deadlineMs?: number;
  /** Only ask whether an entry exists (skip-passed markers): nothing is downloaded. */
  lookupOnly?: boolean;
}): Promise<RestoreResult> {
  const { paths, primaryKey, restoreKeys, log } = opts;
  const deadlineMs = opts.deadlineMs ?? DEFAULT_CACHE_DEADLINE_MS;
  const missing = serviceMissing();
  if (missing) {
    // Not a fault of the service: there is none to ask (GitHub always sets it on its runners).
    log.info(`not restoring the uv cache: ${missing}`);
    return { hit: 'unavailable', warning: missing };
  }
  const lookupOnly = opts.lookupOnly ?? false;
  // archive.ts checks entries against the one prefix of a single cache dir.
  if (paths.length === 1) return restoreSafely(paths[0]!, primaryKey, restoreKeys, log, deadlineMs, lookupOnly);
  return restoreWithClient(paths, primaryKey, restoreKeys, log, deadlineMs, lookupOnly);
}

async function restoreSafely(dir: string, primaryKey: string, restoreKeys: string[], log: Log, deadlineMs: number, lookupOnly: boolean): Promise<RestoreResult> {
  const until = Date.now() + deadlineMs;
  const left = () => Math.max(1, until - Date.now());
  const fail = (why: string): RestoreResult => {
    const warning = `the uv cache was not restored, continuing without it: ${why}`;
    log.warning(warning);
    return { hit: 'error', warning };
  };
  const method = await compressionMethod();
  let found: Awaited<ReturnType<typeof lookup>>;
  try {
    found = await lookup({ service: serviceVersion(), key: primaryKey, restoreKeys, version: cacheVersion([dir], method), timeoutMs: left() });
  } catch (error) {
    return fail(error instanceof DeadlineError ? `${error.message} ('cache-timeout' is ${Math.round(deadlineMs / 1000)} s)` : formatError(error));
  }
  if (!found) return { hit: 'miss' };
  if (lookupOnly) return { hit: found.matchedKey === primaryKey ? 'exact' : 'partial', matchedKey: found.matchedKey };
  log.info(`Cache hit for ${found.matchedKey === primaryKey ? '' : 'restore-key: '}${found.matchedKey}`);
  const tmp = await mkdtemp(path.join(process.env.RUNNER_TEMP || os.tmpdir(), 'uvws-archive-'));
  try {
    const archive = path.join(tmp, method === 'gzip' ? 'cache.tgz' : 'cache.tzst');
    const bytes = await download(found.url, archive, left());
    log.info(`Cache size: ~${Math.round(bytes / (1024 * 1024))} MB (${bytes} B)`);
    await extractArchive({ archive, cacheDir: dir, method, timeoutMs: left() });
  } catch (error) {
    if (error instanceof UnsafeArchiveError) return fail(`${error.message}; the archive was discarded and nothing was extracted`);
    const why = error instanceof DeadlineError ? `${error.message} ('cache-timeout' is ${Math.round(deadlineMs / 1000)} s)` : formatError(error);
    return fail(`${why}; nothing was extracted`);
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }
  return { hit: found.matchedKey === primaryKey ? 'exact' : 'partial', matchedKey: found.matchedKey };
}

async function restoreWithClient(paths: string[], primaryKey: string, restoreKeys: string[], log: Log, deadlineMs: number, lookupOnly: boolean): Promise<RestoreResult> {
  // Decided before the restore: a failed extraction may itself have written a CACHEDIR.TAG.
  const disposable = await Promise.all(paths.map(async (dir) => (await isEmptyDir(dir)) || existsSync(path.join(dir, 'CACHEDIR.TAG'))));
  const options = { timeoutInMs: Math.min(deadlineMs, 30_000), segmentTimeoutInMs: deadlineMs, ...(lookupOnly ? { lookupOnly: true } : {}) };
  // saveCache archives relative to the filesystem root; the client extracts relative to GITHUB_WORKSPACE.
  const savedWorkspace = process.env.GITHUB_WORKSPACE;
  process.env.GITHUB_WORKSPACE = path.parse(path.resolve(paths[0]!)).root;
  const { value: matchedKey, thrown, captured } = await captureOutput(() =>
    withDeadline(cache.restoreCache(paths.map((p) => path.resolve(p)), primaryKey, restoreKeys, options), deadlineMs, 'the cache restore'),
  ).finally(() => {
    if (savedWorkspace === undefined) delete process.env.GITHUB_WORKSPACE;
    else process.env.GITHUB_WORKSPACE = savedWorkspace;
  });
  if (matchedKey) {
    return { hit: matchedKey === primaryKey ? 'exact' : 'partial', matchedKey };
  }
  const failure = thrown !== undefined ? (thrown instanceof Error ? thrown.message : String(thrown)) : failureText(captured, 'Failed to restore');
  if (failure === undefined) return { hit: 'miss' };

  // Only once tar ran (@actions/exec echoes it as `[command]... -xf ...`) can anything be half-extracted;
  // a failed lookup or download leaves an older cache in the dir intact.
  const extracting = captured.lines.some((line) => line.startsWith('[command]') && / -xf /.test(line));
  const notes: string[] = [];
  if (extracting) {
    for (const [i, dir] of paths.entries()) {
      if (disposable[i]) {
        await emptyDir(dir);
        notes.push(`emptied ${dir} so no half-extracted entries remain`);
      } else {
        notes.push(`${dir} may hold half-extracted files; run 'uv cache clean' if uv misbehaves`);
      }
    }
  }
  const warning = `the uv cache was not restored, continuing without it: ${failure}${notes.length ? ` (${notes.join('; ')})` : ''}`;
  log.warning(warning);
  return { hit: 'error', warning };
}

/**
 * The client runs tar with `-C $GITHUB_WORKSPACE` inside one command string
 * it splits on spaces, so a workspace path with a space fails every save
 * ("tar exit code 2"). Archiving relative to the filesystem root avoids
 * that, and it is the one layout restoreSafely accepts (archive.ts archivePrefix).
 */
async function uploadFromRoot(paths: string[], first: string, key: string, deadlineMs: number) {
  const root = path.parse(path.resolve(first)).root;
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
