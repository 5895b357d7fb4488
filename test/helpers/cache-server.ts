// A local stand-in for GitHub's cache service, so tests run the real
// @actions/cache client end to end. v2 (github.com): the twirp JSON API
// (github.actions.results.api.v1.CacheService) hands out signed URLs, and the
// same server plays Azure Blob Storage behind them (Put Blob / Put Block /
// Put Block List, Get Blob Properties, ranged Get Blob). v1 (GitHub
// Enterprise Server): the REST API under `<ACTIONS_CACHE_URL>_apis/artifactcache/`
// (lookup, reserve, chunked PATCH upload, commit), whose lookup hands out a
// download URL into the same blob store. Both APIs are always served; `env`
// picks the one the client and the action use. Tests inject faults:
// status codes for N requests (with a service error message of their
// choosing), redirects (to another host: the server answers under any name,
// e.g. `localhost` for `127.0.0.1`, and records which host and whether the
// runtime token came with each request), a stored archive truncated, garbled
// or replaced by a crafted one (test/helpers/cache-archives.ts), a refused
// connection (close the server).
import { randomUUID } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';

const SERVICE = 'github.actions.results.api.v1.CacheService';
const ACCOUNT = 'devstoreaccount1';
const CONTAINER = 'actions-cache';
const TOKEN = 'test-runtime-token';

export type TwirpMethod = 'GetCacheEntryDownloadURL' | 'CreateCacheEntry' | 'FinalizeCacheEntryUpload';
export type V1Route = 'v1:lookup' | 'v1:reserve' | 'v1:upload' | 'v1:commit';
export type Route = TwirpMethod | V1Route | 'blob:put' | 'blob:head' | 'blob:get';

export interface Fault {
  route: Route;
  /** HTTP status to answer with instead of serving the request. */
  status: number;
  /** How many matching requests fail (default 1). */
  times?: number;
  /** `Retry-After` header value (seconds), for 429. */
  retryAfter?: string;
  /** Twirp error body message. */
  message?: string;
  /** With a 3xx status: where the redirect points (absolute URL). */
  location?: string;
}

export interface CacheEntry {
  key: string;
  version: string;
  blobId: string;
  finalized: boolean;
  sizeBytes?: number;
  /** Creation order; "most recent" wins among prefix matches, as on GitHub. */
  seq: number;
}

export interface RequestRecord {
  route: Route | 'unknown';
  status: number;
  /** The twirp or v1 JSON request body (parsed); for a v1 lookup, its query (`keys`, `version`). */
  body?: Record<string, unknown>;
  /** The Host header the request came with (`127.0.0.1:port`, or another name a redirect used). */
  host?: string;
  /** Whether it carried an `Authorization` header (the runtime token). */
  authorized?: boolean;
}

export interface CacheServer {
  /** The protocol `env` selects. */
  service: 'v1' | 'v2';
  /** Base URL, as the runner puts it in ACTIONS_RESULTS_URL (trailing slash). */
  url: string;
  /** The env vars @actions/cache reads to talk to this server. */
  env: Record<string, string>;
  entries(): CacheEntry[];
  requests: RequestRecord[];
  /** Queue a fault; faults apply in the order given, each for `times` requests. */
  fail(fault: Fault): void;
  /** Damage the stored archive of a finalized entry. */
  damage(key: string, how: 'truncate' | 'garble'): void;
  /** Replace the stored archive of a finalized entry (a crafted archive, as a compromised service would serve). */
  replace(key: string, archive: Buffer): void;
  close(): Promise<void>;
}

/** The headers a fault answers with: `Retry-After`, and `Location` for a redirect. */
function faultHeaders(fault: Fault): Record<string, string> {
  return { ...(fault.retryAfter ? { 'Retry-After': fault.retryAfter } : {}), ...(fault.location ? { Location: fault.location } : {}) };
}

function twirpError(res: http.ServerResponse, status: number, code: string, msg: string, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'Content-Type': 'application/json', ...headers });
  res.end(JSON.stringify({ code, msg }));
}

const TWIRP_CODES: Record<number, string> = {
  400: 'invalid_argument',
  401: 'unauthenticated',
  403: 'permission_denied',
  404: 'not_found',
  409: 'already_exists',
  429: 'resource_exhausted',
  500: 'internal',
  501: 'unimplemented',
  502: 'unavailable',
  503: 'unavailable',
  504: 'deadline_exceeded',
};

async function readBody(req: http.IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

function parseRange(header: string | undefined, size: number): { start: number; end: number } | undefined {
  const match = header && /^bytes=(\d+)-(\d*)$/.exec(header.trim());
  if (!match) return undefined;
  const start = Number(match[1]);
  const end = match[2] ? Math.min(Number(match[2]), size - 1) : size - 1;
  return { start, end };
}

/** Where the v1 API lives under the server: GHES's ACTIONS_CACHE_URL carries a path of its own too. */
const V1_PREFIX = '/_services/cache/';

export async function startCacheServer(options: { service?: 'v1' | 'v2' } = {}): Promise<CacheServer> {
  const service = options.service ?? 'v2';
  const entries: CacheEntry[] = [];
  const blobs = new Map<string, Buffer>();
  const staged = new Map<string, Map<string, Buffer>>();
  const faults: (Fault & { left: number })[] = [];
  const log: RequestRecord[] = [];
  let seq = 0;
  let base = '';

  /** The next fault for `route`; a redirect does not apply to the host it redirects to (or it would loop). */
  function takeFault(route: Route, host: string | undefined): Fault | undefined {
    const fault = faults.find((f) => f.route === route && f.left > 0 && !(f.location && new URL(f.location).host === host));
    if (!fault) return undefined;
    fault.left--;
    return fault;
  }

  /** GitHub's documented order: for the key, then each restore key, an exact match, else the newest prefix match. */
  function findEntry(keys: string[], version: string): CacheEntry | undefined {
    const candidates = entries.filter((e) => e.finalized && e.version === version).sort((a, b) => b.seq - a.seq);
    for (const wanted of keys) {
      const hit = candidates.find((e) => e.key === wanted) ?? candidates.find((e) => e.key.startsWith(wanted));
      if (hit) return hit;
    }
    return undefined;
  }

  const downloadUrl = (entry: CacheEntry) => `${base}${ACCOUNT}/${CONTAINER}/${entry.blobId}?sig=read`;

  function handleTwirp(method: string, body: Record<string, unknown>, res: http.ServerResponse): number {
    const key = String(body.key ?? '');
    const version = String(body.version ?? '');
    switch (method) {
      case 'GetCacheEntryDownloadURL': {
        const restoreKeys = Array.isArray(body.restore_keys) ? (body.restore_keys as string[]) : [];
        const hit = findEntry([key, ...restoreKeys], version);
        if (hit) return json(res, { ok: true, signed_download_url: downloadUrl(hit), matched_key: hit.key });
        return json(res, { ok: false, signed_download_url: '', matched_key: '' });
      }
      case 'CreateCacheEntry': {
        if (entries.some((e) => e.key === key && e.version === version)) {
          twirpError(res, 409, 'already_exists', 'cache entry with the same key, version, and scope already exists');
          return 409;
        }
        const entry: CacheEntry = { key, version, blobId: randomUUID(), finalized: false, seq: ++seq };
        entries.push(entry);
        return json(res, { ok: true, signed_upload_url: `${base}${ACCOUNT}/${CONTAINER}/${entry.blobId}?sig=write` });
      }
      case 'FinalizeCacheEntryUpload': {
        const entry = entries.find((e) => e.key === key && e.version === version && !e.finalized);
        if (!entry || !blobs.has(entry.blobId)) {
          twirpError(res, 404, 'not_found', `no upload in progress for key ${key}`);
          return 404;
        }
        entry.finalized = true;
        entry.sizeBytes = Number(body.size_bytes ?? blobs.get(entry.blobId)!.length);
        return json(res, { ok: true, entry_id: String(entry.seq) });
      }
      default:
        twirpError(res, 404, 'bad_route', `no such method ${method}`);
        return 404;
    }
  }

  function json(res: http.ServerResponse, body: unknown, status = 200): number {
    res.writeHead(status, { 'Content-Type': 'application/json' });
    res.end(JSON.stringify(body));
    return status;
  }

  /** v1 errors carry `{ message }`, which the client's typed responses surface. */
  function v1Error(res: http.ServerResponse, status: number, message: string, headers: Record<string, string> = {}): number {
    res.writeHead(status, { 'Content-Type': 'application/json', ...headers });
    res.end(JSON.stringify({ $id: '1', message }));
    return status;
  }

  function noContent(res: http.ServerResponse): number {
    res.writeHead(204);
    res.end();
    return 204;
  }

  /** The v1 API: lookup, reserve, one PATCH per chunk (at its Content-Range offset), commit. */
  async function handleV1(route: V1Route, req: http.IncomingMessage, res: http.ServerResponse, url: URL, id: number | undefined): Promise<{ status: number; body?: Record<string, unknown> }> {
    if (route === 'v1:lookup') {
      const keys = (url.searchParams.get('keys') ?? '').split(',');
      const version = url.searchParams.get('version') ?? '';
      const body = { keys: url.searchParams.get('keys') ?? '', version };
      const hit = findEntry(keys, version);
      if (!hit) return { status: noContent(res), body };
      const status = json(res, { scope: 'refs/heads/main', cacheKey: hit.key, cacheVersion: hit.version, creationTime: new Date().toISOString(), archiveLocation: downloadUrl(hit) });
      return { status, body };
    }
    const raw = await readBody(req);
    if (route === 'v1:upload') {
      const entry = entries.find((e) => e.seq === id && !e.finalized);
      const range = /^bytes (\d+)-(\d+)\/\*$/.exec(String(req.headers['content-range'] ?? ''));
      if (!entry || !range) return { status: v1Error(res, 400, `no upload in progress for cache ${id} or a bad Content-Range`) };
      const chunks = staged.get(entry.blobId) ?? new Map<string, Buffer>();
      chunks.set(range[1]!, raw);
      staged.set(entry.blobId, chunks);
      return { status: noContent(res) };
    }
    const body = raw.length ? (JSON.parse(raw.toString('utf8')) as Record<string, unknown>) : {};
    if (route === 'v1:reserve') {
      const key = String(body.key ?? '');
      const version = String(body.version ?? '');
      if (entries.some((e) => e.key === key && e.version === version)) {
        return { status: v1Error(res, 409, `Cache already exists. Scope: refs/heads/main, Key: ${key}, Version: ${version}`), body };
      }
      const entry: CacheEntry = { key, version, blobId: randomUUID(), finalized: false, seq: ++seq };
      entries.push(entry);
      return { status: json(res, { cacheId: entry.seq }, 201), body };
    }
    // v1:commit: the chunks, in offset order, become the blob.
    const entry = entries.find((e) => e.seq === id && !e.finalized);
    if (!entry) return { status: v1Error(res, 404, `no upload in progress for cache ${id}`), body };
    const chunks = [...(staged.get(entry.blobId) ?? new Map<string, Buffer>()).entries()].sort((a, b) => Number(a[0]) - Number(b[0]));
    const blob = Buffer.concat(chunks.map(([, chunk]) => chunk));
    if (blob.length !== Number(body.size)) return { status: v1Error(res, 400, `committed size ${String(body.size)} but uploaded ${blob.length} bytes`), body };
    blobs.set(entry.blobId, blob);
    staged.delete(entry.blobId);
    entry.finalized = true;
    entry.sizeBytes = blob.length;
    return { status: noContent(res), body };
  }

  function v1Route(method: string | undefined, pathname: string): { route: V1Route; id?: number } | undefined {
    const rest = pathname.startsWith(`${V1_PREFIX}_apis/artifactcache/`) ? pathname.slice(`${V1_PREFIX}_apis/artifactcache/`.length) : undefined;
    if (rest === undefined) return undefined;
    if (rest === 'cache' && method === 'GET') return { route: 'v1:lookup' };
    if (rest === 'caches' && method === 'POST') return { route: 'v1:reserve' };
    const id = /^caches\/(\d+)$/.exec(rest);
    if (id && method === 'PATCH') return { route: 'v1:upload', id: Number(id[1]) };
    if (id && method === 'POST') return { route: 'v1:commit', id: Number(id[1]) };
    return undefined;
  }

  async function handleBlob(req: http.IncomingMessage, res: http.ServerResponse, blobId: string, url: URL): Promise<[Route, number]> {
    const common = { 'x-ms-request-id': randomUUID(), 'x-ms-version': '2024-11-04', 'Last-Modified': new Date().toUTCString(), ETag: `"${blobId}"` };
    if (req.method === 'PUT') {
      const body = await readBody(req);
      const comp = url.searchParams.get('comp');
      if (comp === 'block') {
        const blocks = staged.get(blobId) ?? new Map<string, Buffer>();
        blocks.set(url.searchParams.get('blockid') ?? '', body);
        staged.set(blobId, blocks);
      } else if (comp === 'blocklist') {
        const ids = [...body.toString('utf8').matchAll(/<(?:Latest|Uncommitted|Committed)>([^<]*)<\//g)].map((m) => m[1]!);
        const blocks = staged.get(blobId) ?? new Map<string, Buffer>();
        blobs.set(blobId, Buffer.concat(ids.map((id) => blocks.get(id) ?? Buffer.alloc(0))));
        staged.delete(blobId);
      } else {
        blobs.set(blobId, body);
      }
      res.writeHead(201, { ...common, 'Content-Length': '0', 'x-ms-request-server-encrypted': 'true' });
      res.end();
      return ['blob:put', 201];
    }
    const blob = blobs.get(blobId);
    const route: Route = req.method === 'HEAD' ? 'blob:head' : 'blob:get';
    if (!blob) {
      res.writeHead(404, { ...common, 'x-ms-error-code': 'BlobNotFound', 'Content-Length': '0' });
      res.end();
      return [route, 404];
    }
    const headers = { ...common, 'Content-Type': 'application/octet-stream', 'x-ms-blob-type': 'BlockBlob', 'Accept-Ranges': 'bytes' };
    if (req.method === 'HEAD') {
      res.writeHead(200, { ...headers, 'Content-Length': String(blob.length) });
      res.end();
      return [route, 200];
    }
    const range = parseRange((req.headers['x-ms-range'] as string | undefined) ?? req.headers.range, blob.length);
    if (range) {
      const part = blob.subarray(range.start, range.end + 1);
      res.writeHead(206, { ...headers, 'Content-Length': String(part.length), 'Content-Range': `bytes ${range.start}-${range.end}/${blob.length}` });
      res.end(part);
      return [route, 206];
    }
    res.writeHead(200, { ...headers, 'Content-Length': String(blob.length) });
    res.end(blob);
    return [route, 200];
  }

  const server = http.createServer((req, res) => {
    const seen = { host: req.headers.host, authorized: req.headers.authorization !== undefined };
    const requests = { push: (record: RequestRecord) => log.push({ ...record, ...seen }) };
    void (async () => {
      const url = new URL(req.url ?? '/', base);
      const twirp = new RegExp(`^/twirp/${SERVICE.replace(/\./g, '\\.')}/(\\w+)$`).exec(url.pathname);
      const blob = new RegExp(`^/${ACCOUNT}/${CONTAINER}/([\\w-]+)$`).exec(url.pathname);
      const v1 = v1Route(req.method, url.pathname);
      try {
        if (v1) {
          if (req.headers.authorization !== `Bearer ${TOKEN}`) {
            await readBody(req);
            requests.push({ route: v1.route, status: v1Error(res, 401, 'missing or wrong bearer token') });
            return;
          }
          const fault = takeFault(v1.route, req.headers.host);
          if (fault) {
            await readBody(req);
            requests.push({ route: v1.route, status: v1Error(res, fault.status, fault.message ?? `injected ${fault.status}`, faultHeaders(fault)) });
            return;
          }
          const { status, body } = await handleV1(v1.route, req, res, url, v1.id);
          requests.push({ route: v1.route, status, ...(body ? { body } : {}) });
          return;
        }
        if (twirp && req.method === 'POST') {
          const method = twirp[1]!;
          const raw = await readBody(req);
          const body = raw.length ? (JSON.parse(raw.toString('utf8')) as Record<string, unknown>) : {};
          const route = method as TwirpMethod;
          if (req.headers.authorization !== `Bearer ${TOKEN}`) {
            twirpError(res, 401, 'unauthenticated', 'missing or wrong bearer token');
            requests.push({ route, status: 401, body });
            return;
          }
          const fault = takeFault(route, req.headers.host);
          if (fault) {
            twirpError(res, fault.status, TWIRP_CODES[fault.status] ?? 'unknown', fault.message ?? `injected ${fault.status}`, faultHeaders(fault));
            requests.push({ route, status: fault.status, body });
            return;
          }
          const status = handleTwirp(method, body, res);
          requests.push({ route, status, body });
          return;
        }
        if (blob) {
          const route: Route = req.method === 'PUT' ? 'blob:put' : req.method === 'HEAD' ? 'blob:head' : 'blob:get';
          const fault = takeFault(route, req.headers.host);
          if (fault) {
            await readBody(req);
            res.writeHead(fault.status, { 'x-ms-error-code': 'InjectedFault', 'Content-Length': '0', ...faultHeaders(fault) });
            res.end();
            requests.push({ route, status: fault.status });
            return;
          }
          const [served, status] = await handleBlob(req, res, blob[1]!, url);
          requests.push({ route: served, status });
          return;
        }
        res.writeHead(404);
        res.end();
        requests.push({ route: 'unknown', status: 404 });
      } catch (error) {
        if (!res.headersSent) twirpError(res, 500, 'internal', String(error));
        else res.destroy();
        requests.push({ route: 'unknown', status: 500 });
      }
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  base = `http://127.0.0.1:${port}/`;

  let closed = false;
  return {
    service,
    url: base,
    env:
      service === 'v2'
        ? {
            ACTIONS_CACHE_SERVICE_V2: 'true',
            ACTIONS_RESULTS_URL: base,
            ACTIONS_RUNTIME_TOKEN: TOKEN,
            // Anything but github.com / *.ghe.com makes the client fall back to the v1 protocol.
            GITHUB_SERVER_URL: 'https://github.com',
          }
        : {
            // As a GitHub Enterprise Server runner sees it: no v2 flag, no results URL, its own host.
            ACTIONS_CACHE_URL: `${base}${V1_PREFIX.slice(1)}`,
            ACTIONS_RUNTIME_TOKEN: TOKEN,
            GITHUB_SERVER_URL: 'https://ghes.example.com',
          },
    entries: () => entries.map((e) => ({ ...e })),
    requests: log,
    fail(fault) {
      faults.push({ ...fault, left: fault.times ?? 1 });
    },
    damage(key, how) {
      const entry = entries.find((e) => e.key === key && e.finalized);
      const blob = entry && blobs.get(entry.blobId);
      if (!entry || !blob) throw new Error(`no saved entry for key ${key}`);
      if (how === 'truncate') {
        blobs.set(entry.blobId, blob.subarray(0, Math.floor(blob.length / 2)));
      } else {
        const garbled = Buffer.from(blob);
        // Keep the zstd frame header so decompression starts, then fails mid-stream.
        for (let i = 64; i < garbled.length; i += 7) garbled[i] = garbled[i]! ^ 0x5a;
        blobs.set(entry.blobId, garbled);
      }
    },
    replace(key, archive) {
      const entry = entries.find((e) => e.key === key && e.finalized);
      if (!entry) throw new Error(`no saved entry for key ${key}`);
      blobs.set(entry.blobId, archive);
    },
    async close() {
      if (closed) return;
      closed = true;
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/**
 * Sets env vars for the duration of a test (the @actions/cache client reads
 * them at call time) and returns a function restoring the previous values.
 * Keys mapped to undefined are removed.
 */
export function setEnv(vars: Record<string, string | undefined>): () => void {
  const saved = new Map<string, string | undefined>();
  for (const [name, value] of Object.entries(vars)) {
    saved.set(name, process.env[name]);
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
  return () => {
    for (const [name, value] of saved) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  };
}

/**
 * Cache servers a test file starts as its tests need them (a fresh one per
 * test keeps one test's entries and faults from another's), closed together
 * in afterAll.
 */
export function cacheServerPool(): { start(options?: Parameters<typeof startCacheServer>[0]): Promise<CacheServer>; closeAll(): Promise<void> } {
  const servers: CacheServer[] = [];
  return {
    async start(options) {
      const s = await startCacheServer(options);
      servers.push(s);
      return s;
    },
    async closeAll() {
      for (const server of servers) await server.close();
    },
  };
}
