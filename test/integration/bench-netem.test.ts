// The bench's network (bench/lib/netem.mjs): a proxy that must carry every
// byte of a job, not just its first request. The cache service hands out
// signed URLs naming its own address; unless the proxy rewrites them, the
// archive itself would bypass the limits the bench says it measured.
import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { startNetem, type Netem } from '../../bench/lib/netem.mjs';
import { restoreCache } from '../../src/cache/restore.js';
import { saveCache } from '../../src/cache/save.js';
import type { Log } from '../../src/log.js';
import { setEnv, startCacheServer, type CacheServer } from '../helpers/cache-server.js';

const log: Log = { info: () => {}, warning: () => {}, notice: () => {} };
const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');

let root: string;
let proxy: Netem | undefined;
let cleanups: (() => unknown)[];

beforeEach(() => {
  root = mkdtempSync(path.join(os.tmpdir(), 'uvws-netem-'));
  cleanups = [];
});

afterEach(async () => {
  for (const c of cleanups.reverse()) await c();
  await proxy?.close();
  proxy = undefined;
  rmSync(root, { recursive: true, force: true });
});

describe('bench network proxy', () => {
  test('a cache save and restore move the whole archive through the proxy, both ways', async () => {
    const server: CacheServer = await startCacheServer();
    cleanups.push(() => server.close());
    proxy = await startNetem(server.url, { downMBps: 50, upMBps: 50, latencyMs: 5 });
    const workspace = path.join(root, 'work', 'repo');
    const runnerTemp = path.join(root, 'work', '_temp');
    mkdirSync(workspace, { recursive: true });
    mkdirSync(runnerTemp, { recursive: true });
    cleanups.push(setEnv({ ...server.env, ACTIONS_RESULTS_URL: proxy.url, GITHUB_WORKSPACE: workspace, RUNNER_TEMP: runnerTemp, ACTIONS_CACHE_MODE: undefined, RUNNER_DEBUG: undefined }));
    const cacheDir = path.join(runnerTemp, 'uv-cache');
    mkdirSync(path.join(cacheDir, 'wheels'), { recursive: true });
    writeFileSync(path.join(cacheDir, 'CACHEDIR.TAG'), 'Signature: 8a477f597d28d172789f06886806bc55\n');
    // Incompressible, so the archive is about as big as the file.
    const data = randomBytes(2_000_000);
    writeFileSync(path.join(cacheDir, 'wheels', 'big.bin'), data);

    expect(await saveCache({ paths: [cacheDir], key: 'netem-1', log })).toMatchObject({ saved: true });
    expect(proxy.stats.up.bytes).toBeGreaterThan(2_000_000);

    rmSync(cacheDir, { recursive: true, force: true });
    proxy.resetStats();
    expect(await restoreCache({ dir: cacheDir, primaryKey: 'netem-1', restoreKeys: [], log })).toMatchObject({ hit: 'exact' });
    expect(sha(readFileSync(path.join(cacheDir, 'wheels', 'big.bin')))).toBe(sha(data));
    expect(proxy.stats.down.bytes).toBeGreaterThan(2_000_000);
  });

  test('bodies arrive whole under a limit, latency and per-connection buckets, and after a retarget', async () => {
    const body = randomBytes(3_000_000);
    const echo = http.createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const got = Buffer.concat(chunks);
        res.writeHead(200, { 'content-type': 'application/octet-stream', 'x-got': sha(got) });
        res.end(req.method === 'PUT' ? got : body);
      });
    });
    await new Promise<void>((resolve) => echo.listen(0, '127.0.0.1', resolve));
    cleanups.push(() => new Promise((resolve) => echo.close(resolve)));
    const other = http.createServer((_req, res) => res.end('other'));
    await new Promise<void>((resolve) => other.listen(0, '127.0.0.1', resolve));
    cleanups.push(() => new Promise((resolve) => other.close(resolve)));
    const url = (s: http.Server) => `http://127.0.0.1:${(s.address() as AddressInfo).port}/`;

    proxy = await startNetem(url(echo), { downMBps: 40, upMBps: 40, latencyMs: 10, bucket: 'connection' });
    const got = Buffer.from(await (await fetch(`${proxy.url}x`)).arrayBuffer());
    expect(sha(got)).toBe(sha(body));
    const up = randomBytes(1_500_000);
    const put = await fetch(`${proxy.url}x`, { method: 'PUT', body: up });
    expect(put.headers.get('x-got')).toBe(sha(up));
    expect(sha(Buffer.from(await put.arrayBuffer()))).toBe(sha(up));
    expect(proxy.stats.down.bytes).toBe(body.length + up.length);

    proxy.set({ downMBps: 100, latencyMs: 0 });
    proxy.retarget(url(other));
    expect(await (await fetch(`${proxy.url}y`)).text()).toBe('other');
  });
});
