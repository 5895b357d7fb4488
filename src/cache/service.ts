// The restore half of GitHub's cache service, spoken directly so that the
// lookup and the download run under our deadline and the archive reaches our
// safe extraction (archive.ts) instead of the client's `tar -P`. Both
// protocols are spoken: v2 (the twirp API every github.com runner uses) and
// v1 (the REST API of GitHub Enterprise Server). The requests are the ones
// @actions/cache 6.3 sends (same version hash), so entries it saved are
// found. Behind a proxy HTTP goes through @actions/http-client, which honours
// the runner's proxy settings like the client does; without one, through
// node's own http (http.ts).
import { createHash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import type { OutgoingHttpHeaders } from 'node:http';
import { directTransport, proxyConfigured, USER_AGENT, type HttpResponse, type HttpTransport } from './http.js';
import type { CompressionMethod } from './archive-tools.js';

const SERVICE = 'github.actions.results.api.v1.CacheService';

/** The entry version @actions/cache computes (its getCacheVersion, salt 1.0). */
export function cacheVersion(paths: string[], method: CompressionMethod, platform: NodeJS.Platform = process.platform): string {
  const components = [...paths, method];
  if (platform === 'win32') components.push('windows-only');
  components.push('1.0');
  return createHash('sha256').update(components.join('|')).digest('hex');
}

export type ServiceVersion = 'v1' | 'v2';

/** The protocol the client would use: v2 on github.com and ghe.com, v1 on GitHub Enterprise Server. */
export function serviceVersion(env: NodeJS.ProcessEnv = process.env): ServiceVersion {
  const host = new URL(env.GITHUB_SERVER_URL || 'https://github.com').hostname.trimEnd().toUpperCase();
  const ghes = host !== 'GITHUB.COM' && !host.endsWith('.GHE.COM') && !host.endsWith('.LOCALHOST');
  return !ghes && env.ACTIONS_CACHE_SERVICE_V2 ? 'v2' : 'v1';
}

/** Why this job has no cache service to talk to, or undefined when it has one (the client's isFeatureAvailable). */
export function serviceMissing(env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (serviceVersion(env) === 'v2' ? env.ACTIONS_RESULTS_URL : env.ACTIONS_CACHE_URL) return undefined;
  return 'the GitHub cache service is not available to this job (ACTIONS_RESULTS_URL is not set; GitHub sets it on its runners)';
}

/** Restore and save each give up after this long by default (the `cache-timeout` input). */
export const DEFAULT_CACHE_DEADLINE_MS = 5 * 60_000;

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

interface LookupRequest {
  key: string;
  restoreKeys: string[];
  version: string;
  timeoutMs: number;
}

/**
 * The entry for `key` (else the first restore key that matches); undefined
 * when nothing matches. Throws on any service trouble. Like the client on
 * v2: 5xx and dropped connections are retried (5 attempts, backoff from 1 s),
 * a 429 is not; unlike it, all of it stays inside `timeoutMs`. v1 gets the
 * same policy (its client tries twice, 5 s apart).
 */
export async function lookup(opts: LookupRequest & { service: ServiceVersion }): Promise<Lookup | undefined> {
  const once = opts.service === 'v2' ? lookupOnceV2 : lookupOnceV1;
  const until = Date.now() + opts.timeoutMs;
  for (let attempt = 1; ; attempt++) {
    try {
      return await once({ ...opts, timeoutMs: Math.max(1, until - Date.now()) });
    } catch (error) {
      const wait = 1000 * 1.5 ** (attempt - 1);
      if (!(error instanceof ServiceError) || !error.retryable || attempt >= 5 || Date.now() + wait >= until) throw error;
      await sleep(wait);
    }
  }
}

/**
 * node's own HTTP (http.ts), or @actions/http-client, loaded only where the
 * runner sets a proxy, with the client's proxy rules. `request` never
 * follows a redirect (requestWithToken does, below); `get` does.
 */
async function transport(socketTimeout: number): Promise<HttpTransport> {
  if (!proxyConfigured(process.env)) return directTransport(socketTimeout);
  const { HttpClient } = await import('@actions/http-client');
  const requests = new HttpClient(USER_AGENT, [], { socketTimeout, allowRetries: false, allowRedirects: false });
  const downloads = new HttpClient(USER_AGENT, [], { socketTimeout });
  return {
    request: (verb, url, body, headers) => requests.request(verb, url, body, headers),
    get: (url) => downloads.get(url),
    dispose() {
      requests.dispose();
      downloads.dispose();
    },
  };
}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const MAX_REDIRECTS = 5;

/**
 * Sends one request, following redirects here rather than in the HTTP
 * client: its credential handler adds the runtime token to every request,
 * the redirected ones included, wherever they go. The token goes only to the
 * origin (scheme, host, port) it was issued for; a redirect elsewhere is
 * followed without it, and never from https to http.
 */
async function requestWithToken(http: HttpTransport, verb: 'GET' | 'POST', url: string, body: string | null, headers: OutgoingHttpHeaders): Promise<HttpResponse> {
  const origin = new URL(url).origin;
  const token = process.env.ACTIONS_RUNTIME_TOKEN ?? '';
  let current = new URL(url);
  for (let hops = 0; ; hops++) {
    const response = await http.request(verb, current.href, body, current.origin === origin ? { ...headers, Authorization: `Bearer ${token}` } : headers);
    const location = response.message.headers.location;
    if (!REDIRECTS.has(response.message.statusCode ?? 0) || !location) return response;
    await response.readBody();
    const next = new URL(location, current);
    if (hops >= MAX_REDIRECTS) throw new ServiceError(`the cache service redirected the lookup more than ${MAX_REDIRECTS} times`, false);
    if (current.protocol === 'https:' && next.protocol !== 'https:') throw new ServiceError(`the cache service redirected the lookup from https to ${next.protocol}`, false);
    current = next;
  }
}

/** One request of a lookup: its status and body, with the service's trouble as ServiceErrors. */
async function send(timeoutMs: number, verb: 'GET' | 'POST', url: string, body: string | null, headers: OutgoingHttpHeaders): Promise<{ status: number; text: string }> {
  const http = await transport(Math.max(1000, timeoutMs));
  try {
    const response = await withDeadline(requestWithToken(http, verb, url, body, headers), timeoutMs, 'the cache lookup').catch((error: unknown) => {
      const code = (error as NodeJS.ErrnoException).code;
      if (error instanceof DeadlineError || error instanceof ServiceError) throw error;
      throw new ServiceError(`the cache lookup failed: ${(error as Error).message}`, code === 'ECONNRESET' || code === 'EPIPE');
    });
    const text = await withDeadline(response.readBody(), timeoutMs, 'the cache lookup');
    const status = response.message.statusCode ?? 0;
    if (status === 429) {
      const after = response.message.headers['retry-after'];
      throw new ServiceError(`the cache service is rate limiting this repository (429${after ? `, retry after ${after} s` : ''})`, false);
    }
    if (status < 200 || status > 299) throw new ServiceError(`the cache service answered ${status} to the lookup: ${text.slice(0, 200)}`, status >= 500);
    return { status, text };
  } finally {
    http.dispose();
  }
}

/** v2: twirp GetCacheEntryDownloadURL. */
async function lookupOnceV2(opts: LookupRequest): Promise<Lookup | undefined> {
  const url = new URL(`/twirp/${SERVICE}/GetCacheEntryDownloadURL`, process.env.ACTIONS_RESULTS_URL ?? '').href;
  const body = JSON.stringify({ key: opts.key, restore_keys: opts.restoreKeys, version: opts.version });
  const { text } = await send(opts.timeoutMs, 'POST', url, body, { 'Content-Type': 'application/json' });
  const parsed = JSON.parse(text) as { ok?: boolean; signed_download_url?: string; matched_key?: string };
  if (!parsed.ok || !parsed.signed_download_url || !parsed.matched_key) return undefined;
  return { matchedKey: parsed.matched_key, url: parsed.signed_download_url };
}

/**
 * v1 (GitHub Enterprise Server): `GET _apis/artifactcache/cache`, the primary
 * key and the restore keys comma-joined in one query; 204 is a miss.
 */
async function lookupOnceV1(opts: LookupRequest): Promise<Lookup | undefined> {
  // Appended, not resolved: on GHES the base URL carries a path of its own (as the client builds it).
  const base = process.env.ACTIONS_CACHE_URL || process.env.ACTIONS_RESULTS_URL || '';
  const url = `${base}_apis/artifactcache/cache?keys=${encodeURIComponent([opts.key, ...opts.restoreKeys].join(','))}&version=${opts.version}`;
  const { status, text } = await send(opts.timeoutMs, 'GET', url, null, { Accept: 'application/json;api-version=6.0-preview.1' });
  if (status === 204) return undefined;
  const parsed = JSON.parse(text) as { archiveLocation?: string; cacheKey?: string };
  // The client gives up on an entry without a location too ("Cache not found."); not a miss, the service misbehaves.
  if (!parsed.archiveLocation || !parsed.cacheKey) throw new ServiceError('the cache service answered the lookup without an archive location or key', false);
  return { matchedKey: parsed.cacheKey, url: parsed.archiveLocation };
}

/** Downloads `url` to `file` within `timeoutMs`. */
export async function download(url: string, file: string, timeoutMs: number): Promise<number> {
  const http = await transport(Math.max(1000, timeoutMs));
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
