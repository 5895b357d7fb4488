// Restore of the uv cache (main) and lookups of marker entries (skip-passed):
// one directory, spoken to the cache service directly (service.ts, v1 and v2)
// and extracted safely (archive.ts), so this path never loads @actions/cache
// (most of the bundle) and the client's `tar -P`, which trusts the archive,
// never runs on a restore. Saves go through the client: cache/save.ts.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { formatError } from '../errors.js';
import type { Log } from '../log.js';
import { compressionMethod, extractArchive, UnsafeArchiveError } from './archive.js';
import { chooseTar, type CompressionMethod, type Tar } from './archive-tools.js';
import { cacheVersion, DEFAULT_CACHE_DEADLINE_MS, DeadlineError, download, lookup, serviceMissing, serviceVersion } from './service.js';

let probed: { path: string | undefined; method?: Promise<CompressionMethod>; tar?: Promise<Tar> } | undefined;

/** What was asked of the tools on this PATH (a test may change it between restores). */
function probes(): NonNullable<typeof probed> {
  if (!probed || probed.path !== process.env.PATH) probed = { path: process.env.PATH };
  return probed;
}

const methodProbe = () => (probes().method ??= compressionMethod());
const tarProbe = () => (probes().tar ??= chooseTar());

/**
 * Asks now what a restore will ask (the compression method the entry was
 * saved with, the tar that extracts it), each a child process asked once:
 * started as soon as a restore is likely, they answer while git and uv run.
 */
export function restoreTools(): void {
  methodProbe();
  tarProbe();
}

export interface RestoreResult {
  /** `unavailable`: this job has no cache service (a run outside GitHub's runners); nothing was tried. */
  hit: 'exact' | 'partial' | 'miss' | 'error' | 'unavailable';
  matchedKey?: string;
  /** Set when `hit` is `error` (what went wrong, already logged as a warning) or `unavailable` (why). */
  warning?: string;
}

/**
 * Restores the cache into `dir`. Never throws: a service or archive problem
 * is `hit: 'error'` with a warning (already logged), and the job goes on
 * without a cache. The lookup (cache service v2 on github.com, v1 on GitHub
 * Enterprise Server) and the download run under `deadlineMs`, and the
 * archive is extracted by archive.ts, which writes nothing outside the cache
 * dir; an archive with an entry that would escape is discarded.
 */
export async function restoreCache(opts: {
  dir: string;
  primaryKey: string;
  restoreKeys: string[];
  log: Log;
  deadlineMs?: number;
  /** Only ask whether an entry exists (skip-passed markers): nothing is downloaded. */
  lookupOnly?: boolean;
}): Promise<RestoreResult> {
  const { dir, primaryKey, restoreKeys, log } = opts;
  const deadlineMs = opts.deadlineMs ?? DEFAULT_CACHE_DEADLINE_MS;
  const missing = serviceMissing();
  if (missing) {
    // Not a fault of the service: there is none to ask (GitHub always sets it on its runners).
    log.info(`not restoring the uv cache: ${missing}`);
    return { hit: 'unavailable', warning: missing };
  }
  return restoreSafely(dir, primaryKey, restoreKeys, log, deadlineMs, opts.lookupOnly ?? false);
}

async function restoreSafely(dir: string, primaryKey: string, restoreKeys: string[], log: Log, deadlineMs: number, lookupOnly: boolean): Promise<RestoreResult> {
  const until = Date.now() + deadlineMs;
  const left = () => Math.max(1, until - Date.now());
  const fail = (why: string): RestoreResult => {
    const warning = `the uv cache was not restored, continuing without it: ${why}`;
    log.warning(warning);
    return { hit: 'error', warning };
  };
  const method = await methodProbe();
  let found: Awaited<ReturnType<typeof lookup>>;
  try {
    found = await lookup({ service: serviceVersion(), key: primaryKey, restoreKeys, version: cacheVersion([dir], method), timeoutMs: left() });
  } catch (error) {
    return fail(error instanceof DeadlineError ? `${error.message} ('cache-timeout' is ${Math.round(deadlineMs / 1000)} s)` : formatError(error));
  }
  if (!found) return { hit: 'miss' };
  if (lookupOnly) return { hit: found.matchedKey === primaryKey ? 'exact' : 'partial', matchedKey: found.matchedKey };
  log.info(`Cache hit for ${found.matchedKey === primaryKey ? '' : 'restore-key: '}${found.matchedKey}`);
  const temp = process.env.RUNNER_TEMP || os.tmpdir();
  let tmp: string | undefined;
  try {
    // A full or read-only RUNNER_TEMP is trouble for the cache only: the sync runs without it.
    tmp = await mkdtemp(path.join(temp, 'uvws-archive-')).catch((error: unknown) => {
      throw new Error(`could not make a temp dir for the archive in ${temp} (RUNNER_TEMP): ${formatError(error)}`);
    });
    const archive = path.join(tmp, method === 'gzip' ? 'cache.tgz' : 'cache.tzst');
    const bytes = await download(found.url, archive, left());
    log.info(`Cache size: ~${Math.round(bytes / (1024 * 1024))} MB (${bytes} B)`);
    const tar = await extractArchive({ archive, cacheDir: dir, method, tar: tarProbe(), timeoutMs: left() });
    log.info(`Cache extracted with ${tar.file} (${tar.kind === 'gnu' ? 'GNU tar' : 'bsdtar'})`);
  } catch (error) {
    if (error instanceof UnsafeArchiveError) return fail(`${error.message}; the archive was discarded and nothing was extracted`);
    const why = error instanceof DeadlineError ? `${error.message} ('cache-timeout' is ${Math.round(deadlineMs / 1000)} s)` : formatError(error);
    return fail(`${why}; nothing was extracted`);
  } finally {
    if (tmp) await rm(tmp, { recursive: true, force: true });
  }
  return { hit: found.matchedKey === primaryKey ? 'exact' : 'partial', matchedKey: found.matchedKey };
}
