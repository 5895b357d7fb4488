// The cache key's IO pieces against real things: the Python uv finds (real
// uv, real interpreter), this machine's os-release, uv's own cache-dir
// setting read from a real workspace and honoured by the placement, and the
// budget read from a REST endpoint on loopback shaped like GitHub's
// `GET /repos/{owner}/{repo}/actions/caches`.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import http from 'node:http';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listLockEntries } from '../../src/cache/budget.js';
import { osIdentity, parseOsRelease } from '../../src/cache/os-release.js';
import { chooseCacheDir } from '../../src/cache/placement.js';
import { cacheDirFromConfigText, readUvConfig } from '../../src/cache/uv-config.js';
import { pythonForKey } from '../../src/uv/python.js';
import { uvBin, uvTestEnv } from '../helpers/tools.js';

/** `cache-dir` as a sync's prep reads it from the workspace root's files (action/sync-prep.ts). */
async function configuredCacheDir(workspaceRoot: string) {
  const { uvToml, pyproject } = await readUvConfig(workspaceRoot);
  return cacheDirFromConfigText(uvToml, pyproject);
}

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'uvws-identity-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('pythonForKey with the real uv', () => {
  it('names the implementation and minor version of the interpreter uv finds, and follows a --python request', async () => {
    const env = uvTestEnv();
    const found = await pythonForKey(uvBin(), dir, env);
    expect(found.implementation).toBe('cpython');
    expect(found.version).toMatch(/^3\.\d+t?$/);
    // The same interpreter asked for by version gives the same piece.
    expect(await pythonForKey(uvBin(), dir, env, found.version)).toEqual(found);
    // A request uv cannot satisfy offline falls back to the request itself: the key still differs.
    expect(await pythonForKey(uvBin(), dir, env, '3.99')).toEqual({ implementation: 'cpython', version: '3.99' });
  });

  it('takes UV_PYTHON as uv sync does (uv python find alone ignores it), a --python request first', async () => {
    const env = uvTestEnv();
    expect(await pythonForKey(uvBin(), dir, { ...env, UV_PYTHON: '3.99' })).toEqual({ implementation: 'cpython', version: '3.99' });
    const found = await pythonForKey(uvBin(), dir, env);
    expect(await pythonForKey(uvBin(), dir, { ...env, UV_PYTHON: '3.99' }, found.version)).toEqual(found);
  });

  it('an interpreter path uv does not find names the path and what uv said, where the interpreter at a real path is asked', async () => {
    const env = uvTestEnv();
    const missing = path.join(dir, 'opt', 'python', 'bin', 'python3');
    const notFound = await pythonForKey(uvBin(), dir, { ...env, UV_PYTHON: missing });
    expect(notFound).toMatchObject({ implementation: 'unknown', version: 'unknown', pathNotFound: { request: missing } });
    expect(notFound.pathNotFound!.uvSays).toMatch(/^error: .*No interpreter found.*python3/);
    const real = execFileSync(uvBin(), ['python', 'find'], { cwd: dir, env, encoding: 'utf8' }).trim();
    expect(await pythonForKey(uvBin(), dir, { ...env, UV_PYTHON: real })).toEqual(await pythonForKey(uvBin(), dir, env));
  });
});

describe("pythonForKey's question to the interpreter", () => {
  /**
   * An interpreter wrapping the real one: `prelude` runs before the probe
   * (to fake a build uv may find), and `refuse` is a flag it fails on (as
   * an interpreter that cannot start isolated would). A uv that finds it.
   */
  async function fakeInterpreter(name: string, prelude: string, refuse?: string) {
    const real = execFileSync(uvBin(), ['python', 'find'], { cwd: dir, env: uvTestEnv(), encoding: 'utf8' }).trim();
    const python = path.join(dir, `${name}-python`);
    const uv = path.join(dir, `${name}-uv`);
    const calls = path.join(dir, `${name}-calls`);
    await writeFile(
      python,
      `#!/bin/sh\necho "$*" >> ${JSON.stringify(calls)}\n${refuse ? `case " $* " in *" ${refuse} "*) exit 2;; esac\n` : ''}` +
        `for a; do code="$a"; done\nexec ${JSON.stringify(real)} -c ${JSON.stringify(prelude)}'\n'"$code"\n`,
      { mode: 0o755 },
    );
    await writeFile(uv, `#!/bin/sh\necho ${JSON.stringify(python)}\n`, { mode: 0o755 });
    return { uv, calls: () => readFileSync(calls, 'utf8').trim().split('\n') };
  }

  it('reads free-threading from the ABI flags, from sysconfig where sys has none, and asks isolated first', async () => {
    const threaded = await fakeInterpreter('threaded', 'import sys; sys.abiflags = "t"');
    expect(await pythonForKey(threaded.uv, dir, uvTestEnv())).toEqual({ implementation: 'cpython', version: expect.stringMatching(/^3\.\d+t$/) });
    expect(threaded.calls()).toEqual([expect.stringMatching(/^-I -S -c /)]);
    const noFlags = await fakeInterpreter('noflags', 'import sys, sysconfig; del sys.abiflags; sysconfig.get_config_var = lambda name: 1 if name == "Py_GIL_DISABLED" else None');
    expect((await pythonForKey(noFlags.uv, dir, uvTestEnv())).version).toMatch(/^3\.\d+t$/);
    const plain = await fakeInterpreter('plain', 'pass');
    expect((await pythonForKey(plain.uv, dir, uvTestEnv())).version).toMatch(/^3\.\d+$/);
  });

  it('asks plainly an interpreter that cannot start isolated', async () => {
    const strict = await fakeInterpreter('strict', 'pass', '-I');
    expect(await pythonForKey(strict.uv, dir, uvTestEnv())).toEqual({ implementation: 'cpython', version: expect.stringMatching(/^3\.\d+$/) });
    expect(strict.calls()).toEqual([expect.stringMatching(/^-I -S -c /), expect.stringMatching(/^-c /)]);
  });
});

describe('osIdentity on this machine', () => {
  it('is os-release ID and VERSION_ID on Linux', async () => {
    if (process.platform !== 'linux') return;
    const fields = parseOsRelease(readFileSync('/etc/os-release', 'utf8'));
    expect(await osIdentity()).toEqual({ name: fields.ID, release: fields.VERSION_ID ?? fields.BUILD_ID ?? 'unknown' });
  });
});

describe("uv's cache-dir setting decides the placement after the input and UV_CACHE_DIR", () => {
  it('reads [tool.uv] cache-dir, resolves it against the workspace root, and says where it came from', async () => {
    const ws = path.join(dir, 'ws');
    await mkdir(ws, { recursive: true });
    await writeFile(path.join(ws, 'pyproject.toml'), '[project]\nname = "x"\nversion = "0"\n\n[tool.uv]\ncache-dir = "pinned-cache"\n');
    const config = await configuredCacheDir(ws);
    expect(config).toEqual({ dir: 'pinned-cache', file: 'pyproject.toml' });
    const venvDir = path.join(ws, '.venv');
    const fromConfig = await chooseCacheDir({ workspaceRoot: ws, venvDir, runnerTemp: path.join(dir, 'temp'), configCacheDir: config });
    expect(fromConfig.dir).toBe(path.join(ws, 'pinned-cache'));
    expect(fromConfig.reason).toBe('set by cache-dir in pyproject.toml');
    // UV_CACHE_DIR and the input come first, as for uv itself.
    const env = await chooseCacheDir({ workspaceRoot: ws, venvDir, envCacheDir: path.join(dir, 'env-cache'), configCacheDir: config });
    expect(env.dir).toBe(path.join(dir, 'env-cache'));
    const input = await chooseCacheDir({ workspaceRoot: ws, venvDir, inputCacheDir: 'input-cache', envCacheDir: path.join(dir, 'env-cache'), configCacheDir: config });
    expect(input.dir).toBe(path.join(ws, 'input-cache'));
    // uv.toml beside it wins.
    await writeFile(path.join(ws, 'uv.toml'), 'cache-dir = "~/uv-toml-cache"\n');
    expect(await configuredCacheDir(ws)).toEqual({ dir: '~/uv-toml-cache', file: 'uv.toml' });
    const home = await chooseCacheDir({ workspaceRoot: ws, venvDir, configCacheDir: await configuredCacheDir(ws), homeDir: path.join(dir, 'home') });
    expect(home.dir).toBe(path.join(dir, 'home', 'uv-toml-cache'));
    expect(home.reason).toBe('set by cache-dir in uv.toml');
  });
});

describe('listLockEntries against a REST endpoint on loopback', () => {
  const prefix = 'uv-ws-v2-linux-x64-ubuntu-24.04-cpython-3.12-uv0.13.9-aaaaaaaaaaaa-';
  let server: http.Server;
  let url: string;
  const asked: string[] = [];
  let status = 200;
  beforeAll(async () => {
    // 150 entries of this lock over two pages (GitHub's per_page cap is 100), one of another lock.
    const all = [
      ...Array.from({ length: 150 }, (_, i) => ({ key: `${prefix}default-pruned-m${i}`, size_in_bytes: 1000, ref: 'refs/heads/main' })),
      { key: 'uv-ws-v2-linux-x64-ubuntu-24.04-cpython-3.12-uv0.13.9-bbbbbbbbbbbb-default-pruned-m0', size_in_bytes: 5, ref: 'refs/heads/main' },
    ];
    server = http.createServer((req, res) => {
      const u = new URL(req.url ?? '/', 'http://x');
      asked.push(`${req.headers.authorization} ${u.pathname}?${u.searchParams.toString()}`);
      if (status !== 200) {
        res.writeHead(status, { 'Content-Type': 'application/json' });
        res.end('{"message":"Resource not accessible by integration"}');
        return;
      }
      const key = u.searchParams.get('key') ?? '';
      const page = Number(u.searchParams.get('page') ?? '1');
      const perPage = Number(u.searchParams.get('per_page') ?? '30');
      const matching = all.filter((c) => c.key.startsWith(key));
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify({ total_count: matching.length, actions_caches: matching.slice((page - 1) * perPage, page * perPage) }));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  it('counts every entry of the lock across pages, with their size, plus the one just saved', async () => {
    const budget = await listLockEntries({ apiUrl: url, repository: 'o/r', token: 't0k', lockPrefix: prefix, savedKey: `${prefix}sNEW-full-m9`, savedBytes: 77 });
    expect(budget).toEqual({ entries: 151, bytes: 150 * 1000 + 77, source: 'service' });
    expect(asked[0]).toBe(`Bearer t0k /repos/o/r/actions/caches?key=${encodeURIComponent(prefix)}&per_page=100&page=1`);
    expect(asked).toHaveLength(2);
  });

  it('gives up quietly (undefined) without a token or when the token may not read caches', async () => {
    expect(await listLockEntries({ apiUrl: url, repository: 'o/r', token: '', lockPrefix: prefix })).toBeUndefined();
    status = 403;
    expect(await listLockEntries({ apiUrl: url, repository: 'o/r', token: 't0k', lockPrefix: prefix })).toBeUndefined();
    status = 200;
    expect(await listLockEntries({ apiUrl: 'http://127.0.0.1:1', repository: 'o/r', token: 't0k', lockPrefix: prefix })).toBeUndefined();
  });
});
