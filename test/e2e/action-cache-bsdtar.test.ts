// The restore and save round trip with bsdtar as `tar` (macOS's /usr/bin/tar
// and Windows' System32\tar.exe are bsdtar), through dist/ as the runner runs
// it, with the real @actions/cache client and the local cache service: the
// first job saves (the client runs `tar`), the next restores (this action runs
// `tar`). `tar` on PATH is a wrapper that records each call and runs
// /usr/bin/bsdtar (Debian's libarchive-tools), so the test knows bsdtar did
// both halves.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createActionFixture, type ActionFixture } from '../helpers/action-e2e.js';
import { cacheServerPool } from '../helpers/cache-server.js';
import { nodeBinaries } from '../helpers/tools.js';
import { installedPackages } from '../helpers/uv-workspace.js';
import { ABC_FIXTURE } from '../reliability/cases.js';

const BSDTAR = '/usr/bin/bsdtar';
const bsdtar = existsSync(BSDTAR);
if (!bsdtar) console.warn(`skipping the bsdtar round trip: ${BSDTAR} does not exist (Debian: apt-get install libarchive-tools)`);

let fx: ActionFixture;
const caches = cacheServerPool();

beforeAll(async () => {
  if (bsdtar) fx = await createActionFixture(ABC_FIXTURE);
});

afterAll(async () => {
  await caches.closeAll();
  await fx?.remove();
});

describe.skipIf(!bsdtar).each(nodeBinaries())('bsdtar as tar, under $name', ({ name, bin: node }) => {
  it('a saved cache restores as an exact hit, both halves run by bsdtar', async () => {
    const bin = path.join(fx.root, `bsdtar-bin-${name.replace(/\W+/g, '-')}`);
    const calls = path.join(bin, 'tar-calls.txt');
    await mkdir(bin, { recursive: true });
    writeFileSync(path.join(bin, 'tar'), `#!/bin/sh\nprintf '%s\\n' "$*" >> '${calls}'\nexec ${BSDTAR} "$@"\n`, { mode: 0o755 });
    const env = { PATH: `${bin}${path.delimiter}${fx.jobEnv({ workspace: fx.repo.dir, runnerTemp: fx.root }).PATH}` };
    const inputs = { packages: 'a', 'sync-args': '--locked' };
    const cache = await caches.start();

    const first = await fx.runJob({ cacheServer: cache, inputs, env, node });
    expect(first.main.code, first.log).toBe(0);
    expect(first.post?.code, first.log).toBe(0);
    const key = first.main.outputs['cache-key']!;
    expect(cache.entries().filter((e) => e.finalized).map((e) => e.key), first.log).toEqual([key]);

    const second = await fx.runJob({ cacheServer: cache, inputs, env, node });
    expect(second.main.code, second.log).toBe(0);
    expect(second.annotations.filter((a) => a.command === 'warning'), second.log).toEqual([]);
    expect(second.main.outputs['cache-hit']).toBe('true');
    expect(second.main.outputs['cache-matched-key']).toBe(key);
    expect(second.main.stdout).toContain('Cache extracted with tar (bsdtar)');
    expect(installedPackages(second.venv)).toEqual(['a', 'tiny']);

    const log = readFileSync(calls, 'utf8').split('\n');
    expect(log.some((line) => line.startsWith('--posix -cf ')), 'the client saved with bsdtar').toBe(true);
    expect(log.some((line) => line.startsWith('-xf ') && line.includes('--no-same-permissions')), 'the restore extracted with bsdtar').toBe(true);
  });
});
