// The restore half of GitHub's cache service (v2, the twirp API every
// github.com runner uses), spoken directly so that the lookup and the
// download run under our deadline and the archive reaches our safe
// extraction (archive.ts) instead of the client's `tar -P`. The request is
// the one @actions/cache 6.3 sends (same version hash), so entries it saved
// are found. HTTP goes through @actions/http-client, which honours the
// runner's proxy settings like the client does.
import { createHash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import { HttpClient } from '@actions/http-client';
import { BearerCredentialHandler } from '@actions/http-client/lib/auth';
import type { CompressionMethod } from './archive.js';

const SERVICE = 'github.actions.results.api.v1.CacheService';

/** The entry version @actions/cache computes (its getCacheVersion, salt 1.0). */
export function cacheVersion(paths: string[], method: CompressionMethod, platform: NodeJS.Platform = process.platform): string {
  const components = [...paths, method];
  if (platform === 'win32') components.push('windows-only');
  components.push('1.0');
  return createHash('sha256').update(components.join('|')).digest('hex');
}

/** The protocol the client would use: v2 on github.com and ghe.com, v1 on GitHub Enterprise Server. */
export function serviceVersion(env: NodeJS.ProcessEnv = process.env): 'v1' | 'v2' {
  const host = new URL(env.GITHUB_SERVER_URL || 'https://github.com').hostname.trimEnd().toUpperCase();
  const ghes = host !== 'GITHUB.COM' && !host.endsWith('.GHE.COM') && !host.endsWith('.LOCALHOST');
  return !ghes && env.ACTIONS_CACHE_SERVICE_V2 ? 'v2' : 'v1';
}

export class DeadlineError extends Error {}

/** Rejects with a DeadlineError after `ms`; the timer does not keep the process alive. */
export function withDeadline<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new DeadlineError(`${what} did not finish within ${Math.round(ms / 1000)} s`)), Math.max(0, ms));
    timer.unref();
  });
  return Promise.race([promise, deadline]).finally(() => clearTimeout(timer));
}

function client(timeoutMs: number): HttpClient {
  const token = process.env.ACTIONS_RUNTIME_TOKEN ?? '';
  return new HttpClient('uv-workspace-sync', [new BearerCredentialHandler(token)], { socketTimeout: Math.max(1000, timeoutMs), allowRetries: false });
}

export interface Lookup {
  matchedKey: string;
  url: string;
}

class ServiceError extends Error {
  constructor(
    message: string,
    readonly retryable: boolean,
  ) {
    super(message);
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * GetCacheEntryDownloadURL; undefined when nothing matches. Throws on any
 * service trouble. Like the client: 5xx and dropped connections are retried
 * (5 attempts, backoff from 1 s), a 429 is not; unlike it, all of it stays
 * inside `timeoutMs`.
 */
export async function lookup(opts: { key: string; restoreKeys: string[]; version: string; timeoutMs: number }): Promise<Lookup | undefined> {
  const until = Date.now() + opts.timeoutMs;
  for (let attempt = 1; ; attempt++) {
    try {
      return await lookupOnce({ ...opts, timeoutMs: Math.max(1, until - Date.now()) });
    } catch (error) {
      const wait = 1000 * 1.5 ** (attempt - 1);
      if (!(error instanceof ServiceError) || !error.retryable || attempt >= 5 || Date.now() + wait >= until) throw error;
      await sleep(wait);
    }
  }
}

async function lookupOnce(opts: { key: string; restoreKeys: string[]; version: string; timeoutMs: number }): Promise<Lookup | undefined> {
  const base = process.env.ACTIONS_RESULTS_URL ?? '';
  const url = new URL(`/twirp/${SERVICE}/GetCacheEntryDownloadURL`, base).href;
  const http = client(opts.timeoutMs);
  try {
    const body = JSON.stringify({ key: opts.key, restore_keys: opts.restoreKeys, version: opts.version });
    const response = await withDeadline(http.post(url, body, { 'Content-Type': 'application/json' }), opts.timeoutMs, 'the cache lookup').catch((error: unknown) => {
      const code = (error as NodeJS.ErrnoException).code;
      throw error instanceof DeadlineError ? error : new ServiceError(`the cache lookup failed: ${(error as Error).message}`, code === 'ECONNRESET' || code === 'EPIPE');
    });
    const text = await withDeadline(response.readBody(), opts.timeoutMs, 'the cache lookup');
    const status = response.message.statusCode ?? 0;
    if (status === 429) {
      const after = response.message.headers['retry-after'];
      throw new ServiceError(`the cache service is rate limiting this repository (429${after ? `, retry after ${after} s` : ''})`, false);
    }
    if (status < 200 || status > 299) throw new ServiceError(`the cache service answered ${status} to the lookup: ${text.slice(0, 200)}`, status >= 500);
    const parsed = JSON.parse(text) as { ok?: boolean; signed_download_url?: string; matched_key?: string };
    if (!parsed.ok || !parsed.signed_download_url || !parsed.matched_key) return undefined;
    return { matchedKey: parsed.matched_key, url: parsed.signed_download_url };
  } finally {
    http.dispose();
  }
}

/** Downloads `url` to `file` within `timeoutMs`. */
export async function download(url: string, file: string, timeoutMs: number): Promise<number> {
  const http = new HttpClient('uv-workspace-sync', [], { socketTimeout: Math.max(1000, timeoutMs) });
  try {
    const response = await withDeadline(http.get(url), timeoutMs, 'the cache download');
    const status = response.message.statusCode ?? 0;
    if (status !== 200) {
      response.message.resume();
      throw new Error(`the cache storage answered ${status} to the download`);
    }
    const out = createWriteStream(file);
    let bytes = 0;
    response.message.on('data', (chunk: Buffer) => (bytes += chunk.length));
    await withDeadline(pipeline(response.message, out), timeoutMs, 'the cache download').catch((error: unknown) => {
      response.message.destroy();
      out.destroy();
      throw error;
    });
    const expected = Number(response.message.headers['content-length'] ?? bytes);
    if (bytes !== expected) throw new Error(`the cache download ended after ${bytes} of ${expected} bytes`);
    return bytes;
  } finally {
    http.dispose();
  }
}
