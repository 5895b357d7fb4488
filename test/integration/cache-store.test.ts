// The real @actions/cache client (v6) against a local server speaking the
// same protocols: cache service v2 (twirp JSON + Azure blob PUT/GET) and v1
// (GitHub Enterprise Server's REST API).
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import { connect, type AddressInfo, type Socket } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, onTestFinished, test } from 'vitest';
import { cacheKey } from '../../src/cache/key.js';
import { restoreCache } from '../../src/cache/restore.js';
import { saveCache } from '../../src/cache/save.js';
import type { Log } from '../../src/log.js';
import { setEnv, startCacheServer, type CacheServer } from '../helpers/cache-server.js';
import { readSyncArgs } from '../../src/workspace/selection.js';

interface Logged {
  level: 'info' | 'warning' | 'notice';
  message: string;
}

let root: string;
let cacheDir: string;
let server: CacheServer;
let restoreEnv: () => void;
let logged: Logged[];
let log: Log;

const LOCK = 'a'.repeat(64);
const base = {
  platform: 'linux',
  arch: 'x64',
  os: { name: 'ubuntu', release: '24.04' },
  python: { implementation: 'cpython', version: '3.11' },
  uvVersion: '0.13.9',
  lockHash: LOCK,
  syncArgs: readSyncArgs([]),
  pruned: true,
  suffix: '',
};

/** A uv-cache-like tree: CACHEDIR.TAG plus incompressible files, so a truncated archive dies mid-extraction. */
function fillCache(dir: string, label: string): Record<string, string> {
  const files: Record<string, string> = { 'CACHEDIR.TAG': 'Signature: 8a477f597d28d172789f06886806bc55\n' };
  for (let i = 0; i < 6; i++) files[`archive-v0/${label}-${i}/data.bin`] = `${label}\n${randomBytes(150_000).toString('base64')}`;
  for (const [rel, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    writeFileSync(path.join(dir, rel), content);
  }
  return files;
}

function readTree(dir: string): Record<string, string> {
  if (!existsSync(dir)) return {};
  const out: Record<string, string> = {};
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const full = path.join(entry.parentPath, entry.name);
    out[path.relative(dir, full).split(path.sep).join('/')] = readFileSync(full, 'utf8');
  }
  return out;
}

function warnings(): string[] {
  return logged.filter((l) => l.level === 'warning').map((l) => l.message);
}

beforeEach(async () => {
  root = mkdtempSync(path.join(os.tmpdir(), 'uvws-cache-store-'));
  const workspace = path.join(root, 'work', 'repo');
  const runnerTemp = path.join(root, 'work', '_temp');
  mkdirSync(workspace, { recursive: true });
  mkdirSync(runnerTemp, { recursive: true });
  cacheDir = path.join(runnerTemp, 'uv-cache');
  server = await startCacheServer();
  restoreEnv = setEnv({ ...server.env, GITHUB_WORKSPACE: workspace, RUNNER_TEMP: runnerTemp, ACTIONS_CACHE_MODE: undefined, RUNNER_DEBUG: undefined });
  logged = [];
  log = {
    info: (message) => logged.push({ level: 'info', message }),
    warning: (message) => logged.push({ level: 'warning', message }),
    notice: (message) => logged.push({ level: 'notice', message }),
  };
});

afterEach(async () => {
  restoreEnv();
  await server.close();
  rmSync(root, { recursive: true, force: true });
});

describe('restore and save through @actions/cache', () => {
  test('miss, then save, then an exact hit, then a restore-key hit for other members', async () => {
    const web = cacheKey({ ...base, members: ['web'] });
    const first = await restoreCache({ dir: cacheDir, primaryKey: web.key, restoreKeys: web.restoreKeys, log });
    expect(first).toEqual({ hit: 'miss' });
    expect(warnings()).toEqual([]);

    const files = fillCache(cacheDir, 'web');
    const saved = await saveCache({ paths: [cacheDir], key: web.key, log });
    expect(saved).toMatchObject({ saved: true });
    expect(server.entries().map((e) => [e.key, e.finalized])).toEqual([[web.key, true]]);
    // The size the budget reports is the archive the service stored.
    expect(saved.sizeBytes).toBe(server.entries()[0]!.sizeBytes);

    rmSync(cacheDir, { recursive: true });
    const exact = await restoreCache({ dir: cacheDir, primaryKey: web.key, restoreKeys: web.restoreKeys, log });
    expect(exact).toEqual({ hit: 'exact', matchedKey: web.key });
    expect(readTree(cacheDir)).toEqual(files);

    // Another member set on the same lock falls back to the first restore key.
    rmSync(cacheDir, { recursive: true });
    const api = cacheKey({ ...base, members: ['api'] });
    const partial = await restoreCache({ dir: cacheDir, primaryKey: api.key, restoreKeys: api.restoreKeys, log });
    expect(partial).toEqual({ hit: 'partial', matchedKey: web.key });
    expect(readTree(cacheDir)).toEqual(files);

    // A different lock on the same platform still restores (the last restore key)...
    rmSync(cacheDir, { recursive: true });
    const newLock = cacheKey({ ...base, lockHash: 'b'.repeat(64), members: ['web'] });
    expect(await restoreCache({ dir: cacheDir, primaryKey: newLock.key, restoreKeys: newLock.restoreKeys, log })).toEqual({ hit: 'partial', matchedKey: web.key });
    // ...but another Python or another suffix never does.
    rmSync(cacheDir, { recursive: true });
    for (const other of [cacheKey({ ...base, python: { implementation: 'cpython', version: '3.12' }, members: ['web'] }), cacheKey({ ...base, suffix: 'gpu', members: ['web'] })]) {
      expect(await restoreCache({ dir: cacheDir, primaryKey: other.key, restoreKeys: other.restoreKeys, log })).toEqual({ hit: 'miss' });
    }
    expect(readTree(cacheDir)).toEqual({});
    expect(warnings()).toEqual([]);
  });

  test('two matrix legs syncing different members save and restore their own caches', async () => {
    const legs = [cacheKey({ ...base, members: ['core', 'web'] }), cacheKey({ ...base, members: ['api'] })];
    expect(legs[0]!.key).not.toBe(legs[1]!.key);
    const contents: Record<string, string>[] = [];
    for (const [i, leg] of legs.entries()) {
      rmSync(cacheDir, { recursive: true, force: true });
      contents.push(fillCache(cacheDir, `leg${i}`));
      expect(await saveCache({ paths: [cacheDir], key: leg.key, log })).toMatchObject({ saved: true });
    }
    for (const [i, leg] of legs.entries()) {
      rmSync(cacheDir, { recursive: true, force: true });
      expect(await restoreCache({ dir: cacheDir, primaryKey: leg.key, restoreKeys: leg.restoreKeys, log })).toEqual({ hit: 'exact', matchedKey: leg.key });
      expect(readTree(cacheDir)).toEqual(contents[i]);
    }
    expect(warnings()).toEqual([]);
  });

});

describe('what a real uv cache holds restores', () => {
  test('a cache dir whose path holds a space and non-ASCII letters saves and restores (in the C locale too)', async () => {
    const undo = setEnv({ LC_ALL: 'C' });
    onTestFinished(undo);
    const k = cacheKey({ ...base, members: ['web'] });
    const dir = path.join(root, 'work', 'Café cache', 'uv cache');
    const files = fillCache(dir, 'web');
    expect(await saveCache({ paths: [dir], key: k.key, log })).toMatchObject({ saved: true });
    rmSync(dir, { recursive: true });
    expect(await restoreCache({ dir: dir, primaryKey: k.key, restoreKeys: k.restoreKeys, log })).toEqual({ hit: 'exact', matchedKey: k.key });
    expect(readTree(dir)).toEqual(files);
    expect(warnings()).toEqual([]);
  });

  test("a build environment's interpreter link to the system python survives the round trip; a link elsewhere outside discards the archive", async () => {
    const k = cacheKey({ ...base, members: ['web'] });
    const files = fillCache(cacheDir, 'web');
    mkdirSync(path.join(cacheDir, 'builds-v0', '.tmpAbC', 'bin'), { recursive: true });
    symlinkSync('/usr/bin/python3', path.join(cacheDir, 'builds-v0', '.tmpAbC', 'bin', 'python'));
    symlinkSync('python', path.join(cacheDir, 'builds-v0', '.tmpAbC', 'bin', 'python3'));
    await saveCache({ paths: [cacheDir], key: k.key, log });
    rmSync(cacheDir, { recursive: true });
    expect(await restoreCache({ dir: cacheDir, primaryKey: k.key, restoreKeys: k.restoreKeys, log })).toEqual({ hit: 'exact', matchedKey: k.key });
    expect(readlinkSync(path.join(cacheDir, 'builds-v0', '.tmpAbC', 'bin', 'python'))).toBe('/usr/bin/python3');
    expect(readTree(cacheDir)).toMatchObject(files);

    const other = cacheKey({ ...base, members: ['api'] });
    symlinkSync(root, path.join(cacheDir, 'wheels-v5'));
    await saveCache({ paths: [cacheDir], key: other.key, log });
    rmSync(cacheDir, { recursive: true });
    const result = await restoreCache({ dir: cacheDir, primaryKey: other.key, restoreKeys: [], log });
    expect(result.hit).toBe('error');
    expect(result.warning).toMatch(/a symlink pointing outside .*wheels-v5 ->/);
    expect(existsSync(cacheDir) ? readdirSync(cacheDir) : []).toEqual([]);
  });
});

describe('cache service trouble is a warning, never a failure', () => {
  test('500 twice on lookup: the lookup is retried and the restore succeeds', async () => {
    const k = cacheKey({ ...base, members: ['web'] });
    const files = fillCache(cacheDir, 'web');
    await saveCache({ paths: [cacheDir], key: k.key, log });
    rmSync(cacheDir, { recursive: true });
    server.fail({ route: 'GetCacheEntryDownloadURL', status: 500, times: 2 });
    const result = await restoreCache({ dir: cacheDir, primaryKey: k.key, restoreKeys: k.restoreKeys, log });
    expect(result).toEqual({ hit: 'exact', matchedKey: k.key });
    expect(readTree(cacheDir)).toEqual(files);
    expect(server.requests.filter((r) => r.route === 'GetCacheEntryDownloadURL').map((r) => r.status)).toEqual([500, 500, 200]);
    expect(warnings()).toEqual([]);
  });

  test('503 once on reserve: the save retries and lands', async () => {
    const k = cacheKey({ ...base, members: ['web'] });
    fillCache(cacheDir, 'web');
    server.fail({ route: 'CreateCacheEntry', status: 503 });
    expect(await saveCache({ paths: [cacheDir], key: k.key, log })).toMatchObject({ saved: true });
    expect(server.requests.filter((r) => r.route === 'CreateCacheEntry').map((r) => r.status)).toEqual([503, 200]);
  });

  test('503 on every attempt: restore gives up with one warning and the job goes on', async () => {
    const k = cacheKey({ ...base, members: ['web'] });
    server.fail({ route: 'GetCacheEntryDownloadURL', status: 503, times: 100 });
    const result = await restoreCache({ dir: cacheDir, primaryKey: k.key, restoreKeys: k.restoreKeys, log });
    expect(result.hit).toBe('error');
    expect(result.warning).toMatch(/not restored, continuing without it: .*503/);
    expect(warnings()).toEqual([result.warning]);
    // Retried as the client does: 5 attempts, then it gives up.
    expect(server.requests.filter((r) => r.route === 'GetCacheEntryDownloadURL')).toHaveLength(5);
  });

  test('429 is not retried: one request, a warning', async () => {
    const k = cacheKey({ ...base, members: ['web'] });
    server.fail({ route: 'GetCacheEntryDownloadURL', status: 429, retryAfter: '60' });
    const result = await restoreCache({ dir: cacheDir, primaryKey: k.key, restoreKeys: k.restoreKeys, log });
    expect(result.hit).toBe('error');
    expect(result.warning).toMatch(/rate limit/i);
    expect(server.requests).toHaveLength(1);

    fillCache(cacheDir, 'web');
    server.fail({ route: 'CreateCacheEntry', status: 429 });
    const saved = await saveCache({ paths: [cacheDir], key: k.key, log });
    expect(saved.saved).toBe(false);
    expect(saved.reason).toMatch(/not saved/);
    expect(warnings()).toHaveLength(2);
  });

  test('a refused connection: restore and save both warn and return', async () => {
    const k = cacheKey({ ...base, members: ['web'] });
    await server.close();
    const restored = await restoreCache({ dir: cacheDir, primaryKey: k.key, restoreKeys: k.restoreKeys, log });
    expect(restored.hit).toBe('error');
    expect(restored.warning).toMatch(/ECONNREFUSED|connect/i);
    fillCache(cacheDir, 'web');
    const saved = await saveCache({ paths: [cacheDir], key: k.key, log });
    expect(saved.saved).toBe(false);
    expect(saved.reason).toMatch(/ECONNREFUSED|connect/i);
    expect(warnings()).toHaveLength(2);
  });

  test('no cache service in this job (ACTIONS_RESULTS_URL unset): not tried, said why, no request', async () => {
    const undo = setEnv({ ACTIONS_RESULTS_URL: undefined });
    try {
      const k = cacheKey({ ...base, members: ['web'] });
      const result = await restoreCache({ dir: cacheDir, primaryKey: k.key, restoreKeys: k.restoreKeys, log });
      expect(result.hit).toBe('unavailable');
      expect(result.warning).toMatch(/ACTIONS_RESULTS_URL/);
    } finally {
      undo();
    }
    expect(server.requests).toHaveLength(0);
  });
});

describe('damaged archives never leave a half-extracted cache', () => {
  // The archive is decompressed and its headers checked, then extracted into a staging
  // dir; only a complete, checked extraction is moved into the cache dir, so a damaged
  // one changes nothing.
  test('a truncated archive: the restore is discarded and the cache dir is empty', async () => {
    const k = cacheKey({ ...base, members: ['web'] });
    fillCache(cacheDir, 'web');
    await saveCache({ paths: [cacheDir], key: k.key, log });
    rmSync(cacheDir, { recursive: true });
    server.damage(k.key, 'truncate');
    const result = await restoreCache({ dir: cacheDir, primaryKey: k.key, restoreKeys: k.restoreKeys, log });
    expect(result.hit).toBe('error');
    expect(result.warning).toMatch(/^the uv cache was not restored, continuing without it: zstd -d: .*premature end; nothing was extracted$/);
    expect(readTree(cacheDir)).toEqual({});
    expect(warnings()).toEqual([result.warning]);
  });

  test('a garbled archive over an existing uv cache: the existing cache is left as it was, never mixed', async () => {
    const k = cacheKey({ ...base, members: ['web'] });
    fillCache(cacheDir, 'web');
    await saveCache({ paths: [cacheDir], key: k.key, log });
    rmSync(cacheDir, { recursive: true });
    const older = fillCache(cacheDir, 'older'); // a uv cache already there (self-hosted runner), marked by CACHEDIR.TAG
    server.damage(k.key, 'garble');
    const result = await restoreCache({ dir: cacheDir, primaryKey: k.key, restoreKeys: k.restoreKeys, log });
    expect(result.hit).toBe('error');
    expect(readTree(cacheDir)).toEqual(older);
  });

  test('a lookup that fails leaves an existing uv cache untouched', async () => {
    const k = cacheKey({ ...base, members: ['web'] });
    const older = fillCache(cacheDir, 'older');
    server.fail({ route: 'GetCacheEntryDownloadURL', status: 429 });
    const result = await restoreCache({ dir: cacheDir, primaryKey: k.key, restoreKeys: k.restoreKeys, log });
    expect(result.hit).toBe('error');
    expect(result.warning).not.toMatch(/emptied/);
    expect(readTree(cacheDir)).toEqual(older);
  });

  test('a blob the store no longer has (404): the client extracts an empty download, which fails, and nothing is left', async () => {
    const k = cacheKey({ ...base, members: ['web'] });
    fillCache(cacheDir, 'web');
    await saveCache({ paths: [cacheDir], key: k.key, log });
    rmSync(cacheDir, { recursive: true });
    server.fail({ route: 'blob:head', status: 404 });
    server.fail({ route: 'blob:get', status: 404 });
    const result = await restoreCache({ dir: cacheDir, primaryKey: k.key, restoreKeys: k.restoreKeys, log });
    expect(result.hit).toBe('error');
    expect(readTree(cacheDir)).toEqual({});
  });

  test('a dir that is not a uv cache is left alone', async () => {
    const k = cacheKey({ ...base, members: ['web'] });
    fillCache(cacheDir, 'web');
    await saveCache({ paths: [cacheDir], key: k.key, log });
    rmSync(cacheDir, { recursive: true });
    mkdirSync(cacheDir);
    writeFileSync(path.join(cacheDir, 'keep.txt'), 'not uv');
    server.damage(k.key, 'truncate');
    const result = await restoreCache({ dir: cacheDir, primaryKey: k.key, restoreKeys: k.restoreKeys, log });
    expect(result.hit).toBe('error');
    expect(result.warning).toMatch(/nothing was extracted/);
    expect(readTree(cacheDir)).toEqual({ 'keep.txt': 'not uv' });
  });
});

describe('behind a proxy', () => {
  /** A forward proxy on loopback: it records each request line (tunnels too, as the client opens them) and passes it on to the cache server. */
  async function forwardProxy(): Promise<{ url: string; seen: string[]; close(): Promise<void> }> {
    const seen: string[] = [];
    const target = new URL(server.url);
    const proxy = http.createServer((req, res) => {
      seen.push(`${req.method} ${req.url}`);
      const url = new URL(req.url ?? '/');
      const upstream = http.request({ host: target.hostname, port: target.port, path: `${url.pathname}${url.search}`, method: req.method, headers: req.headers }, (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      });
      upstream.on('error', () => res.destroy());
      req.pipe(upstream);
    });
    proxy.on('connect', (req: http.IncomingMessage, client: Socket, head: Buffer) => {
      seen.push(`${req.method} ${req.url}`);
      const upstream = connect(Number(target.port), target.hostname, () => {
        client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
        upstream.write(head);
        upstream.pipe(client);
        client.pipe(upstream);
      });
      upstream.on('error', () => client.destroy());
      client.on('error', () => upstream.destroy());
    });
    await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
    const { port } = proxy.address() as AddressInfo;
    return { url: `http://127.0.0.1:${port}`, seen, close: () => new Promise((resolve) => proxy.close(() => resolve())) };
  }

  test("with http_proxy set the restore goes through the proxy (the client's rules); without, straight to the service", async () => {
    const web = cacheKey({ ...base, members: ['web'] });
    const files = fillCache(cacheDir, 'web');
    expect(await saveCache({ paths: [cacheDir], key: web.key, log })).toMatchObject({ saved: true });
    const proxy = await forwardProxy();
    onTestFinished(() => proxy.close());
    // The service under a name the client does not take for loopback (it never proxies those).
    const named = server.url.replace('127.0.0.1', '[::ffff:7f00:1]');
    const undo = setEnv({ http_proxy: proxy.url, ACTIONS_RESULTS_URL: named });
    try {
      rmSync(cacheDir, { recursive: true });
      expect(await restoreCache({ dir: cacheDir, primaryKey: web.key, restoreKeys: web.restoreKeys, log })).toEqual({ hit: 'exact', matchedKey: web.key });
      expect(readTree(cacheDir)).toEqual(files);
      expect(proxy.seen).toContainEqual(expect.stringMatching(/^CONNECT \[::ffff:7f00:1\]:\d+$/));
    } finally {
      undo();
    }
    const before = proxy.seen.length;
    const direct = setEnv({ ACTIONS_RESULTS_URL: named });
    try {
      rmSync(cacheDir, { recursive: true });
      expect(await restoreCache({ dir: cacheDir, primaryKey: web.key, restoreKeys: web.restoreKeys, log })).toEqual({ hit: 'exact', matchedKey: web.key });
      expect(proxy.seen.length).toBe(before);
    } finally {
      direct();
    }
    expect(warnings()).toEqual([]);
  });
});

describe('saving races with another job', () => {
  test('two jobs save the same key at once: one saves, the other gets a notice, not a warning', async () => {
    const k = cacheKey({ ...base, members: ['web'] });
    // Both jobs use the same path, as two runners do (the cache version hashes the paths).
    fillCache(cacheDir, 'web');
    const results = await Promise.all([saveCache({ paths: [cacheDir], key: k.key, log }), saveCache({ paths: [cacheDir], key: k.key, log })]);
    expect(results.map((r) => r.saved).sort()).toEqual([false, true]);
    const lost = results.find((r) => !r.saved)!;
    expect(lost.reason).toMatch(/another job already saved/);
    expect(logged.filter((l) => l.level === 'notice').map((l) => l.message)).toEqual([lost.reason]);
    expect(warnings()).toEqual([]);
    expect(server.requests.filter((r) => r.route === 'CreateCacheEntry').map((r) => r.status).sort()).toEqual([200, 409]);
  });

  test('saving a key that already exists is a notice', async () => {
    const k = cacheKey({ ...base, members: ['web'] });
    fillCache(cacheDir, 'web');
    expect((await saveCache({ paths: [cacheDir], key: k.key, log })).saved).toBe(true);
    const again = await saveCache({ paths: [cacheDir], key: k.key, log });
    expect(again).toMatchObject({ saved: false });
    expect(again.reason).toMatch(/another job/);
    expect(warnings()).toEqual([]);
  });

  test('a missing cache dir saves nothing and asks the service nothing', async () => {
    const result = await saveCache({ paths: [cacheDir], key: cacheKey({ ...base, members: 'all' }).key, log });
    expect(result).toMatchObject({ saved: false });
    expect(result.reason).toMatch(/does not exist/);
    expect(server.requests).toHaveLength(0);
  });
});

describe('GitHub Enterprise Server (cache service v1): restored through the same safe extraction', () => {
  beforeEach(async () => {
    await server.close();
    server = await startCacheServer({ service: 'v1' });
    const undo = setEnv({ ACTIONS_CACHE_SERVICE_V2: undefined, ACTIONS_RESULTS_URL: undefined, ...server.env });
    const outer = restoreEnv;
    restoreEnv = () => {
      undo();
      outer();
    };
  });

  const v1Routes = () => [...new Set(server.requests.map((r) => r.route))].sort();

  test('miss, then a save by the client, then an exact hit and a restore-key hit, all over the v1 API', async () => {
    const web = cacheKey({ ...base, members: ['web'] });
    expect(await restoreCache({ dir: cacheDir, primaryKey: web.key, restoreKeys: web.restoreKeys, log })).toEqual({ hit: 'miss' });
    // One lookup carries the key and the restore keys, comma-joined, as the client sends them.
    expect(server.requests[0]).toMatchObject({ route: 'v1:lookup', status: 204, body: { keys: [web.key, ...web.restoreKeys].join(',') } });
    const files = fillCache(cacheDir, 'web');
    expect(await saveCache({ paths: [cacheDir], key: web.key, log })).toMatchObject({ saved: true });
    rmSync(cacheDir, { recursive: true });

    expect(await restoreCache({ dir: cacheDir, primaryKey: web.key, restoreKeys: web.restoreKeys, log })).toEqual({ hit: 'exact', matchedKey: web.key });
    expect(readTree(cacheDir)).toEqual(files);
    const api = cacheKey({ ...base, members: ['api'] });
    rmSync(cacheDir, { recursive: true });
    expect(await restoreCache({ dir: cacheDir, primaryKey: api.key, restoreKeys: api.restoreKeys, log })).toEqual({ hit: 'partial', matchedKey: web.key });
    expect(readTree(cacheDir)).toEqual(files);
    expect(warnings()).toEqual([]);
    expect(v1Routes()).toEqual(['blob:get', 'v1:commit', 'v1:lookup', 'v1:reserve', 'v1:upload']);
    expect(process.env.GITHUB_WORKSPACE).toBe(path.join(root, 'work', 'repo'));
  });

  test('lookupOnly (skip-passed markers) answers from the lookup and downloads nothing', async () => {
    const k = cacheKey({ ...base, members: ['web'] });
    fillCache(cacheDir, 'web');
    await saveCache({ paths: [cacheDir], key: k.key, log });
    rmSync(cacheDir, { recursive: true });
    expect(await restoreCache({ dir: cacheDir, primaryKey: k.key, restoreKeys: [], log, lookupOnly: true })).toEqual({ hit: 'exact', matchedKey: k.key });
    expect(await restoreCache({ dir: cacheDir, primaryKey: `${k.key}-other`, restoreKeys: [], log, lookupOnly: true })).toEqual({ hit: 'miss' });
    expect(server.requests.filter((r) => r.route === 'blob:get')).toEqual([]);
    expect(existsSync(cacheDir)).toBe(false);
  });

  test('an archive with a symlink out of the cache dir is discarded: nothing is extracted, one warning', async () => {
    const k = cacheKey({ ...base, members: ['web'] });
    fillCache(cacheDir, 'web');
    const outside = path.join(root, 'outside');
    mkdirSync(outside);
    symlinkSync(outside, path.join(cacheDir, 'wheels-v5'));
    await saveCache({ paths: [cacheDir], key: k.key, log });
    rmSync(cacheDir, { recursive: true });
    const result = await restoreCache({ dir: cacheDir, primaryKey: k.key, restoreKeys: [], log });
    expect(result.hit).toBe('error');
    expect(result.warning).toMatch(/a symlink pointing outside .*wheels-v5 ->/);
    expect(warnings()).toEqual([result.warning]);
    expect(existsSync(cacheDir) ? readdirSync(cacheDir) : []).toEqual([]);
    expect(readdirSync(outside)).toEqual([]);
  });

  test('500 twice on the lookup: retried, and the restore succeeds; a 403 is one warning', async () => {
    const k = cacheKey({ ...base, members: ['web'] });
    const files = fillCache(cacheDir, 'web');
    await saveCache({ paths: [cacheDir], key: k.key, log });
    rmSync(cacheDir, { recursive: true });
    server.fail({ route: 'v1:lookup', status: 500, times: 2 });
    expect(await restoreCache({ dir: cacheDir, primaryKey: k.key, restoreKeys: k.restoreKeys, log })).toEqual({ hit: 'exact', matchedKey: k.key });
    expect(readTree(cacheDir)).toEqual(files);
    expect(server.requests.filter((r) => r.route === 'v1:lookup').map((r) => r.status)).toEqual([500, 500, 200]);

    server.fail({ route: 'v1:lookup', status: 403, message: 'cache read denied: policy' });
    const denied = await restoreCache({ dir: cacheDir, primaryKey: k.key, restoreKeys: k.restoreKeys, log });
    expect(denied.hit).toBe('error');
    expect(denied.warning).toMatch(/answered 403 to the lookup: .*cache read denied: policy/);
    expect(readTree(cacheDir)).toEqual(files);
  });

  test('saving a key that already exists is a notice', async () => {
    const k = cacheKey({ ...base, members: ['web'] });
    fillCache(cacheDir, 'web');
    expect((await saveCache({ paths: [cacheDir], key: k.key, log })).saved).toBe(true);
    const again = await saveCache({ paths: [cacheDir], key: k.key, log });
    expect(again).toMatchObject({ saved: false });
    expect(again.reason).toMatch(/another job/);
    expect(warnings()).toEqual([]);
    expect(server.requests.filter((r) => r.route === 'v1:reserve').map((r) => r.status)).toEqual([201, 409]);
  });
});
