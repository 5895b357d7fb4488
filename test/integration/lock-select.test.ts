// The uv.lock fast path (lockfile.ts: only the members' entries, each parsed
// on its own) against one parse of the whole lock, on locks uv writes for
// generated workspaces of the bench's shape (hubs, extras asking extras,
// dev groups), whatever subset of entries is asked for.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { planWorkspace, writeWorkspace } from '../../bench/lib/gen-workspace.mjs';
import { parseLock } from '../../src/workspace/lockfile.js';
import { uvBin, uvTestEnv } from '../helpers/tools.js';

const temps: string[] = [];
afterAll(() => {
  for (const t of temps) rmSync(t, { recursive: true, force: true });
});

describe('parseLock with only some packages, on generated locks', () => {
  it.each([
    [40, 1],
    [300, 2],
  ])('%i members (seed %i): every selection reads what the full parse reads', async (n, seed) => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'uvws-lock-'));
    temps.push(dir);
    await writeWorkspace(dir, planWorkspace(n, seed));
    execFileSync(uvBin(), ['lock', '--offline'], { cwd: dir, env: uvTestEnv({ UV_CACHE_DIR: path.join(dir, '.uv-cache') }), stdio: 'ignore' });
    const text = readFileSync(path.join(dir, 'uv.lock'), 'utf8');
    const full = parseLock(text, 'uv.lock');
    expect(full.packages.length).toBe(n);
    const selections: ((name: string) => boolean)[] = [() => true, () => false, (name) => name.length % 2 === 1, (name) => name.startsWith('hub-'), (name) => name === 'testing'];
    for (const only of selections) {
      expect(parseLock(text, 'uv.lock', only)).toEqual({ ...full, packages: full.packages.filter((p) => only(p.name)) });
    }
  });
});
