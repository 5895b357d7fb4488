// The post step stops before loading the rest of its bundle when main left
// it nothing to do. Shown through dist/post as the runner runs it: a copy of
// the entry file alone, without the chunks it would load to prune and save,
// still finishes every "nothing to do" case, and says the same as before.
import { copyFileSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { runStep } from '../../scripts/lib/runner.mjs';
import { STATE_KEY } from '../../src/action/state.js';
import { distDir } from '../helpers/tools.js';

const full = path.join(distDir(), 'post');
const lone = mkdtempSync(path.join(os.tmpdir(), 'uvws-post-entry-'));
for (const file of ['index.js', 'package.json']) copyFileSync(path.join(full, file), path.join(lone, file));
afterAll(() => rmSync(lone, { recursive: true, force: true }));

const exactHit = {
  syncSucceeded: true,
  cacheDir: '/nonexistent/uv-cache',
  cacheKey: 'uv-workspace-sync-v1-k',
  cacheLockPrefix: 'uv-workspace-sync-v1-',
  exactHit: true,
  skipSaveReason: 'not saving the uv cache: it was restored from an exact key match, which cannot change',
};

async function post(dir: string, state: object | undefined, inputs: Record<string, string> = {}) {
  return runStep(path.join(dir, 'index.js'), { inputs, state: state ? { [STATE_KEY]: JSON.stringify(state) } : {}, cwd: os.tmpdir() });
}

describe('post with nothing to do loads nothing but its entry', () => {
  test('the entry holds the gate alone: its chunks are where the cache client is', () => {
    expect(readdirSync(full).filter((f) => /^\d+\.index\.js$/.test(f)).length).toBeGreaterThan(0);
  });

  test('an exact hit: one line saying why, no summary, exit 0', async () => {
    const r = await post(lone, exactHit);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('Not saving the uv cache: it was restored from an exact key match, which cannot change.\n');
    expect(r.summary).toBe('');
  });

  test('a failed sync says so; cache: false says nothing', async () => {
    const failed = await post(lone, { syncSucceeded: false, exactHit: false, skipSaveReason: 'not saving the uv cache: uv sync failed' });
    expect(failed.stdout).toBe('Not saving the uv cache: uv sync failed.\n');
    const noCache = await post(lone, { syncSucceeded: true, exactHit: false, cacheDir: '/x' });
    expect([noCache.code, noCache.stdout, noCache.stderr]).toEqual([0, '', '']);
  });

  test('detect and record modes are silent; a main that stopped early is said once', async () => {
    for (const mode of ['detect', 'record']) expect((await post(lone, undefined, { mode })).stdout).toBe('');
    expect((await post(lone, undefined, { mode: 'sync' })).stdout).toBe('uv-workspace-sync: main did not reach uv sync; nothing to prune or save.\n');
    // A state from another version, or garbage, is no state.
    const r = await runStep(path.join(lone, 'index.js'), { state: { [STATE_KEY]: '{"syncSucceeded":"yes"' }, cwd: os.tmpdir() });
    expect(r.stdout).toMatch(/main did not reach uv sync/);
  });

  test('a reason carrying a workflow command is printed as text', async () => {
    const r = await post(lone, { ...exactHit, skipSaveReason: 'not saving the uv cache on a x\n::error::forged event' });
    expect(r.stdout.split('\n').filter((l) => /^\s*::/.test(l))).toEqual([]);
    expect(r.stdout).toContain('forged');
  });

  test('a planned save needs the rest of the bundle: the lone entry cannot do it, the full one does', async () => {
    const planned = { ...exactHit, exactHit: false, skipSaveReason: undefined };
    expect((await post(lone, planned)).code).not.toBe(0);
    const r = await post(full, planned, { 'prune-cache': 'false' });
    expect(r.code).toBe(0);
    // No cache service in this environment: the save is a warning, never a failure.
    expect(r.stdout).toMatch(/::warning::|Save uv cache/);
  });
});
