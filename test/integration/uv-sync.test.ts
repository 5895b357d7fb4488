// The uv module against real uv on real workspaces, offline from a loopback
// index: the planned sync installs exactly the affected members and what they
// need, a warm cache means no downloads, the oldest uv takes the per-member
// --inexact path, failures come back parsed, and prune never blocks.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseUvOutput } from '../../src/uv/output.js';
import { pruneCache } from '../../src/uv/prune.js';
import { runUv } from '../../src/uv/run.js';
import { planSync } from '../../src/uv/sync.js';
import { UV_OLDEST_VERSION, UV_VERSION, uvBin, uvTestEnv } from '../helpers/tools.js';
import { indexEnv, installedPackages, makeWorkspace, uvBuildRequirement, type WorkspaceSpec } from '../helpers/uv-workspace.js';
import { buildSdist, buildWheel, serveIndex, type ServedIndex } from '../helpers/wheels.js';
import { readSyncArgs } from '../../src/workspace/selection.js';

const spec: WorkspaceSpec = {
  members: [
    { name: 'app', path: 'packages/app', dependencies: ['lib', 'tiny-dep[fast]'] },
    { name: 'lib', path: 'packages/lib', dependencies: ['srcpkg'] },
    { name: 'other', path: 'packages/other', dependencies: ['unused'] },
    { name: 'solo', path: 'packages/solo', dependencies: ['lonely'] },
  ],
};
// A program for `uv run` that stays up until uv goes away (so killing uv
// leaves no orphan behind), saying `started` once it runs.
const WHILE_UV_LIVES = 'import os, sys, time\np = os.getppid()\nprint("started", flush=True)\nprint("started", file=sys.stderr, flush=True)\nwhile os.getppid() == p: time.sleep(0.05)';
const APP_AND_OTHER = ['app', 'big-payload', 'lib', 'other', 'srcpkg', 'tiny-dep', 'unused'];

let tmp: string;
let index: ServedIndex;

beforeAll(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'uvws-sync-'));
  const wheels = path.join(tmp, 'wheels');
  await buildWheel(wheels, { name: 'tiny-dep', version: '1.0.0', extras: { fast: ['big-payload>=2'] } });
  await buildWheel(wheels, { name: 'big-payload', version: '2.0.0', payloadBytes: 100_000, files: 2 });
  await buildWheel(wheels, { name: 'unused', version: '0.1.0' });
  await buildWheel(wheels, { name: 'lonely', version: '3.0.0' });
  await buildSdist(wheels, { name: 'srcpkg', version: '1.0', buildRequires: uvBuildRequirement() });
  index = await serveIndex(wheels);
});
afterAll(async () => {
  await index?.close();
  if (tmp) await rm(tmp, { recursive: true, force: true });
});

async function lockedWorkspace(name: string, version: string, extra: Partial<WorkspaceSpec> = {}) {
  const dir = path.join(tmp, name);
  await makeWorkspace(dir, { ...spec, ...extra });
  const env = indexEnv(index.url, { UV_CACHE_DIR: path.join(tmp, `${name}-cache`) });
  const lock = await runUv(uvBin(version), ['lock'], { cwd: dir, env });
  expect(lock.code, lock.stderr).toBe(0);
  return { dir, env, venv: path.join(dir, '.venv') };
}

async function runPlan(version: string, members: string[], dir: string, env: NodeJS.ProcessEnv) {
  const plan = planSync({ members, syncArgs: readSyncArgs([]), uvVersion: version, debug: false });
  let stderr = '';
  const lines: string[] = [];
  for (const args of plan.invocations) {
    const result = await runUv(uvBin(version), args, { cwd: dir, env, onStderrLine: (l) => lines.push(l) });
    stderr += result.stderr;
    expect(result.code, result.stderr).toBe(0);
  }
  return { plan, stderr, lines, report: parseUvOutput(stderr) };
}

describe(`uv ${UV_VERSION}: one sync for the affected members`, () => {
  it('installs exactly the affected members and their dependencies; a warm cache downloads nothing', async () => {
    const { dir, env, venv } = await lockedWorkspace('pinned', UV_VERSION);
    const first = await runPlan(UV_VERSION, ['other', 'app'], dir, env);
    expect(first.plan.invocations).toEqual([['sync', '--package', 'app', '--package', 'other']]);
    expect(first.plan.note).toBeUndefined();
    expect(installedPackages(venv)).toEqual(APP_AND_OTHER);
    expect(first.report.installed.map((s) => s.split('==')[0]).sort()).toEqual(APP_AND_OTHER);
    expect(first.report.built).toContain('srcpkg==1.0');
    // Streaming saw the same lines that were captured.
    expect(first.lines.join('\n')).toBe(first.stderr.replace(/\n$/, ''));
    const downloadsAfterFirst = index.downloads();
    expect(downloadsAfterFirst).toBeGreaterThan(0);

    // Same cache, fresh venv (a new job after the cache was restored).
    await rm(venv, { recursive: true, force: true });
    const second = await runPlan(UV_VERSION, ['app', 'other'], dir, env);
    expect(index.downloads()).toBe(downloadsAfterFirst);
    expect(second.stderr).not.toMatch(/Download/);
    expect(second.report.built).not.toContain('srcpkg==1.0');
    expect(installedPackages(venv)).toEqual(APP_AND_OTHER);
  });

  it('a failing sync gives a non-zero exit and a parsed error', async () => {
    const { dir, env } = await lockedWorkspace('failing', UV_VERSION);
    const pyproject = path.join(dir, 'packages', 'solo', 'pyproject.toml');
    await writeFile(pyproject, (await readFile(pyproject, 'utf8')).replace('["lonely"]', '["lonely>=9"]'));
    const [args] = planSync({ members: ['solo'], syncArgs: readSyncArgs([]), uvVersion: UV_VERSION, debug: false }).invocations;
    const result = await runUv(uvBin(), args!, { cwd: dir, env });
    expect(result.code).not.toBe(0);
    expect(result.signal).toBeUndefined();
    const report = parseUvOutput(result.stderr, { exitCode: result.code });
    expect(report.errorDetails?.[0]?.message).toBe('No solution found when resolving dependencies');
    expect(report.errorDetails?.[0]?.causes.join(' ')).toMatch(/lonely>=9/);
  });
});

describe(`uv ${UV_OLDEST_VERSION}: per-member --inexact fallback`, () => {
  it('syncs member by member and ends with both members installed', async () => {
    const { dir, env, venv } = await lockedWorkspace('oldest', UV_OLDEST_VERSION);
    const { plan, report } = await runPlan(UV_OLDEST_VERSION, ['other', 'app'], dir, env);
    expect(plan.invocations).toEqual([
      ['sync', '--inexact', '--package', 'app'],
      ['sync', '--inexact', '--package', 'other'],
    ]);
    expect(plan.note).toContain('--inexact');
    expect(installedPackages(venv)).toEqual(APP_AND_OTHER);
    expect(report.phases.filter((p) => p.verb === 'Resolved')).toHaveLength(2);
    expect(report.removed).toEqual([]);
  });

  it('the repeated --package that newer uv takes is refused by this one (why the fallback exists)', async () => {
    const { dir, env } = await lockedWorkspace('oldest-repeated', UV_OLDEST_VERSION);
    const [args] = planSync({ members: ['app', 'other'], syncArgs: readSyncArgs([]), uvVersion: UV_VERSION, debug: false }).invocations;
    const result = await runUv(uvBin(UV_OLDEST_VERSION), args!, { cwd: dir, env });
    expect(result.code).toBe(2);
    expect(parseUvOutput(result.stderr).errors[0]).toMatch(/'--package <PACKAGE>' cannot be used multiple times/);
  });
});

describe('runUv', () => {
  it('stops uv after the timeout and reports it instead of throwing', async () => {
    const result = await runUv(uvBin(), ['run', '--no-project', 'python3', '-c', WHILE_UV_LIVES], {
      cwd: tmp,
      env: uvTestEnv({ UV_CACHE_DIR: path.join(tmp, 'run-cache') }),
      timeoutMs: 1_500,
    });
    expect(result.timedOut).toBe(true);
    // `uv run` forwards SIGTERM to its program and exits with its status (143)
    // rather than dying by the signal itself; both read as 128 + 15.
    expect(result.code).toBe(128 + 15);
    expect(result.stderr).toContain('started');
  });

  it('reports a uv killed by a signal from outside', async () => {
    let pid: number | undefined;
    const pending = runUv(uvBin(), ['run', '--no-project', 'python3', '-c', WHILE_UV_LIVES], {
      cwd: tmp,
      env: uvTestEnv({ UV_CACHE_DIR: path.join(tmp, 'run-cache') }),
      onSpawn: (p) => (pid = p),
      onStderrLine: (line) => line === 'started' && process.kill(pid!, 'SIGKILL'),
    });
    const result = await pending;
    expect(result).toMatchObject({ signal: 'SIGKILL', code: 128 + 9 });
    expect(result.timedOut).toBeUndefined();
  });

  it('does not hang when uv exits but something it started still holds the output pipes', async () => {
    const fake = path.join(tmp, 'uv-leaves-a-child');
    // The background sleep inherits stdout/stderr and ends by itself, after
    // this test's own time limit: waiting for the pipes to close would fail it.
    await writeFile(fake, '#!/bin/sh\nsleep 30 &\necho "error: gave up" >&2\nexit 3\n', { mode: 0o755 });
    const result = await runUv(fake, ['sync'], { cwd: tmp, env: uvTestEnv() });
    expect(result).toMatchObject({ code: 3, stderr: 'error: gave up\n' });
  }, 20_000);

  it('captures stdout separately and rejects with a UserError when uv does not exist', async () => {
    const version = await runUv(uvBin(), ['--version'], { cwd: tmp, env: uvTestEnv() });
    expect(version).toMatchObject({ code: 0, stderr: '' });
    expect(version.stdout).toMatch(new RegExp(`^uv ${UV_VERSION.replace(/\./g, '\\.')}`));
    await expect(runUv(path.join(tmp, 'no-such-uv'), ['--version'], { cwd: tmp, env: uvTestEnv() })).rejects.toMatchObject({
      name: 'UserError',
      message: expect.stringContaining('no-such-uv'),
    });
  });
});

describe('pruneCache', () => {
  let holder: ChildProcess | undefined;
  afterAll(() => {
    if (holder?.pid && holder.exitCode === null) holder.kill('SIGKILL');
  });

  it('prunes a used cache with --force on the pinned uv and without it on the oldest', async () => {
    const { dir, env } = await lockedWorkspace('prune', UV_VERSION);
    await runPlan(UV_VERSION, ['app'], dir, env);
    const pinned = await pruneCache(uvBin(), { cacheDir: env.UV_CACHE_DIR!, env: uvTestEnv() });
    expect(pinned).toMatchObject({ ok: true, args: ['cache', 'prune', '--ci', '--force', '--cache-dir', env.UV_CACHE_DIR] });
    expect(pinned.report?.pruned?.files).toBeGreaterThan(0);

    const old = await lockedWorkspace('prune-old', UV_OLDEST_VERSION);
    await runPlan(UV_OLDEST_VERSION, ['app'], old.dir, old.env);
    const oldest = await pruneCache(uvBin(UV_OLDEST_VERSION), { cacheDir: old.env.UV_CACHE_DIR!, env: uvTestEnv() });
    expect(oldest).toMatchObject({ ok: true, args: ['cache', 'prune', '--ci', '--cache-dir', old.env.UV_CACHE_DIR] });
  });

  it('a failing prune is a warning, not an error', async () => {
    // uv 0.8.0 fails to prune a cache it never wrote sdists to.
    const empty = await mkdtemp(path.join(tmp, 'empty-cache-'));
    // Marked as a uv cache, or prune would not run on it at all.
    await writeFile(path.join(empty, 'CACHEDIR.TAG'), 'Signature: 8a477f597d28d172789f06886806bc55\n');
    const result = await pruneCache(uvBin(UV_OLDEST_VERSION), { cacheDir: empty, env: uvTestEnv(), uvVersion: UV_OLDEST_VERSION });
    expect(result.ok).toBe(false);
    expect(result.warning).toMatch(/^uv cache prune --ci failed, the cache is saved unpruned: Failed to prune cache/);
  });

  it('gives up with a warning when another uv holds the cache, and --force does not wait', async () => {
    const cacheDir = path.join(tmp, 'held-cache');
    holder = spawn(uvBin(), ['run', '--no-project', 'python3', '-c', WHILE_UV_LIVES], {
      cwd: tmp,
      env: uvTestEnv({ UV_CACHE_DIR: cacheDir }),
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    await new Promise<void>((resolve, reject) => {
      holder!.stdout!.on('data', (d: Buffer) => d.toString().includes('started') && resolve());
      holder!.on('exit', () => reject(new Error('the uv run holding the cache exited early')));
    });
    const waited = await pruneCache(uvBin(), { cacheDir, env: uvTestEnv(), force: false, timeoutMs: 1_500 });
    expect(waited.ok).toBe(false);
    expect(waited.warning).toMatch(/did not finish within 2 s: another uv process is still using the cache/);
    const forced = await pruneCache(uvBin(), { cacheDir, env: uvTestEnv(), timeoutMs: 30_000 });
    expect(forced.ok).toBe(true);
    holder.kill('SIGKILL');
  });
});
