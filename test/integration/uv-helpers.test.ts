// The offline fixtures themselves: wheels from wheels.ts served on loopback
// and a workspace from uv-workspace.ts must lock and sync with real uv.
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UV_OLDEST_VERSION, uvBin } from '../helpers/tools.js';
import { indexEnv, installedPackages, makeWorkspace } from '../helpers/uv-workspace.js';
import { buildWheel, serveIndex, type ServedIndex } from '../helpers/wheels.js';

const run = promisify(execFile);

describe('offline wheel index and workspace helpers', () => {
  let tmp: string;
  let index: ServedIndex;

  beforeAll(async () => {
    tmp = await mkdtemp(path.join(os.tmpdir(), 'uvws-helpers-'));
    const wheels = path.join(tmp, 'wheels');
    await buildWheel(wheels, { name: 'Tiny.Dep', version: '1.0.0', extras: { fast: ['big-payload>=2'] } });
    await buildWheel(wheels, { name: 'big_payload', version: '2.0.0', payloadBytes: 300_000, files: 3 });
    await buildWheel(wheels, { name: 'unused', version: '0.1.0' });
    index = await serveIndex(wheels);
  });
  afterAll(async () => {
    await index?.close();
    if (tmp) await rm(tmp, { recursive: true, force: true });
  });

  it('locks from the loopback index and syncs one member with its closure only', async () => {
    const ws = path.join(tmp, 'ws');
    await makeWorkspace(ws, {
      members: [
        { name: 'app', path: 'packages/app', dependencies: ['lib-core', 'tiny-dep[fast]'] },
        { name: 'lib-core', path: 'packages/lib-core' },
        { name: 'other', path: 'packages/other', dependencies: ['unused'] },
      ],
    });
    const env = indexEnv(index.url, { UV_CACHE_DIR: path.join(tmp, 'cache') });
    await run(uvBin(), ['lock'], { cwd: ws, env });
    const { stderr } = await run(uvBin(), ['sync', '--package', 'app'], { cwd: ws, env });
    expect(stderr).toContain('+ big-payload==2.0.0');
    expect(installedPackages(path.join(ws, '.venv'))).toEqual(['app', 'big-payload', 'lib-core', 'tiny-dep']);
    expect(index.downloads()).toBe(2);
  });

  it('works with the oldest supported uv too (its bundled uv_build builds the members)', async () => {
    const ws = path.join(tmp, 'ws-old');
    await makeWorkspace(ws, {
      members: [
        { name: 'root-app', path: '.', dependencies: ['lib'] },
        { name: 'lib', path: 'lib', dependencies: ['unused'] },
      ],
    });
    const env = indexEnv(index.url, { UV_CACHE_DIR: path.join(tmp, 'cache-old') });
    await run(uvBin(UV_OLDEST_VERSION), ['lock'], { cwd: ws, env });
    await run(uvBin(UV_OLDEST_VERSION), ['sync', '--package', 'lib'], { cwd: ws, env });
    expect(installedPackages(path.join(ws, '.venv'))).toEqual(['lib', 'unused']);
  });
});
