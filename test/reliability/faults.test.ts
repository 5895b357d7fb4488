// Faults injected into real runs of the bundled action (dist/main then
// dist/post, as the runner runs them) on a real git checkout, with real uv, a
// loopback package index and a local cache service. Each fault must end with
// the right outcome: a killed sync fails the step and saves nothing; cache
// trouble is a warning and the job stays green; a race for a key loses no
// cache. (The store-level cache faults are in test/integration/cache-store.test.ts;
// here they go through the action's own wiring.)
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { runPost, type PostResult } from '../../scripts/lib/runner.mjs';
import { closedPortUrl, createActionFixture, type ActionFixture, type JobResult } from '../helpers/action-e2e.js';
import { cacheServerPool, type CacheServer } from '../helpers/cache-server.js';
import { distDir, uvBin, uvTestEnv } from '../helpers/tools.js';
import { installedPackages } from '../helpers/uv-workspace.js';
import { FAULTS } from './cases.js';
import { caseRows, commandMessages, writeResults } from './record.js';

let fx: ActionFixture;
const caches = cacheServerPool();
const passed = new Set<string>();
let cachesLost = 0;

beforeAll(async () => {
  fx = await createActionFixture({
    workspace: {
      members: [
        { name: 'a', path: 'packages/a', dependencies: ['tiny'] },
        { name: 'b', path: 'packages/b', dependencies: ['a'] },
        { name: 'c', path: 'packages/c', dependencies: ['other'] },
      ],
      memberGlobs: ['packages/*'],
    },
    wheels: [
      { name: 'tiny', version: '1.0.0', payloadBytes: 20_000, files: 4 },
      { name: 'other', version: '1.0.0' },
    ],
  });
});

afterAll(async () => {
  await caches.closeAll();
  await fx?.remove();
  writeResults('faults', {
    cachesLost,
    rows: caseRows(FAULTS, passed),
  });
});

function noStackTrace(job: JobResult): void {
  expect(job.log).not.toMatch(/^\s+at /m);
}

/** The post step of `job`, run separately (after something happened in between), as the runner would. */
function postOf(job: JobResult, inputs: Record<string, string>, cacheServer: CacheServer): Promise<PostResult> {
  const baseEnv = fx.jobEnv({ workspace: job.checkout.dir, runnerTemp: job.runnerTemp, cacheServer });
  return runPost(path.join(distDir(), 'post', 'index.js'), job.main, { inputs: { 'github-token': '', ...inputs }, baseEnv, cwd: job.checkout.dir });
}

/** A saved entry must stay restorable: counted in the README figure. */
function expectSaved(s: CacheServer, key: string): void {
  const entry = s.entries().find((e) => e.key === key && e.finalized);
  if (!entry) cachesLost++;
  expect(entry, `cache entry ${key}`).toBeDefined();
}

async function waitFor<T>(what: string, probe: () => T | undefined, timeoutMs = 90_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = probe();
    if (value !== undefined) return value;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

// A build backend that never finishes: it records its parent (uv) and waits
// until that parent is gone, so killing uv leaves nothing behind.
const SLOW_BACKEND = `import os, time
def _wait(*args, **kwargs):
    with open(os.environ["UVWS_SLOW_BUILD_MARKER"], "w") as f:
        f.write(str(os.getppid()))
    parent, deadline = os.getppid(), time.time() + 120
    while os.getppid() == parent and time.time() < deadline:
        time.sleep(0.05)
    raise SystemExit(1)
def get_requires_for_build_editable(config_settings=None):
    return []
def get_requires_for_build_wheel(config_settings=None):
    return []
build_editable = build_wheel = _wait
`;

describe('faults through the action', () => {
  let holder: ChildProcess | undefined;
  afterEach(() => {
    if (holder?.pid && holder.exitCode === null) holder.kill('SIGKILL');
    holder = undefined;
  });

  it('uv-sync-killed: uv sync killed mid-way fails the step with one error, and post saves nothing', async () => {
    const cache = await caches.start();
    const checkout = await fx.sandbox.checkout(fx.origin, 'refs/heads/main', { depth: 1, name: 'killed' });
    const slow = path.join(checkout.dir, 'packages', 'slow');
    await mkdir(path.join(slow, '_build'), { recursive: true });
    await writeFile(
      path.join(slow, 'pyproject.toml'),
      '[project]\nname = "slow"\nversion = "0.1.0"\nrequires-python = ">=3.8"\ndependencies = []\n\n[build-system]\nrequires = []\nbuild-backend = "slow_backend"\nbackend-path = ["_build"]\n',
    );
    await writeFile(path.join(slow, '_build', 'slow_backend.py'), SLOW_BACKEND);
    const marker = path.join(fx.root, 'slow-build-parent');
    const pending = fx.runJob({ checkout, cacheServer: cache, inputs: { packages: 'slow' }, env: { UVWS_SLOW_BUILD_MARKER: marker } });
    const uvPid = await waitFor('the slow build to start', () => (existsSync(marker) ? Number(readFileSync(marker, 'utf8')) || undefined : undefined));
    // Only ever the uv this job started, by its id.
    expect(readFileSync(`/proc/${uvPid}/comm`, 'utf8').trim()).toBe('uv');
    process.kill(uvPid, 'SIGKILL');
    const job = await pending;

    noStackTrace(job);
    expect(job.main.code).toBe(1);
    expect(commandMessages(job.main, 'error')).toEqual(['uv sync was killed by SIGKILL']);
    // Post has nothing to do after a failed sync: main says why, and the runner does not start post.
    expect(job.post?.skipped, job.log).toBe(true);
    expect(job.main.stdout).toContain('Not saving the uv cache: uv sync failed.');
    expect(cache.requests.filter((r) => r.route === 'CreateCacheEntry' || r.route === 'blob:put')).toEqual([]);
    expect(cache.entries()).toEqual([]);
    passed.add('uv-sync-killed');
  });

  it('shallow-fetch-fails: git cannot fetch the base in a shallow clone, so every member is synced with one warning', async () => {
    const cache = await caches.start();
    const base = await fx.repo.rev();
    const head = await fx.commit('b: change', { 'packages/b/src/b/extra.py': 'X = 1\n' });
    const checkout = await fx.sandbox.checkout(fx.origin, 'refs/heads/main', { depth: 1, name: 'shallow' });
    // origin is gone (a deleted fork, an expired credential): every fetch fails.
    await checkout.git('remote', 'set-url', 'origin', path.join(fx.root, 'gone.git'));
    const job = await fx.runJob({ checkout, cacheServer: cache, event: await fx.pushEvent(base, head), inputs: { 'sync-args': '--locked' } });

    noStackTrace(job);
    expect(job.main.code, job.log).toBe(0);
    expect(job.main.outputs.all).toBe('true');
    expect(JSON.parse(job.main.outputs.members!)).toEqual(['a', 'b', 'c']);
    const warnings = commandMessages(job.main, 'warning');
    expect(warnings).toHaveLength(1);
    // git's own reason first, then ours (one line).
    expect(warnings[0]).toMatch(/^could not list the changed files \(git: fatal: .+ \(the before commit [0-9a-f]{7} is not in the clone and could not be fetched from origin\)\); treating every member as affected$/);
    expect(installedPackages(job.venv)).toEqual(['a', 'b', 'c', 'other', 'tiny']);
    expect(job.post?.code).toBe(0);
    expectSaved(cache, job.main.outputs['cache-key']!);
    passed.add('shallow-fetch-fails');
  });

  it('prune-blocked: post prunes with --force while another uv holds the cache, and saves', async () => {
    const cache = await caches.start();
    const cacheDir = path.join(fx.root, 'held-cache');
    const inputs = { packages: 'a', 'cache-dir': cacheDir, 'cache-key-suffix': 'prune' };
    const job = await fx.runJob({ cacheServer: cache, inputs, post: false });
    expect(job.main.code, job.log).toBe(0);

    // A program under `uv run` keeps the cache in use until it is killed.
    holder = spawn(uvBin(), ['run', '--no-project', 'python3', '-c', 'import sys, time\nprint("started", flush=True)\ntime.sleep(110)'], {
      cwd: fx.root,
      env: uvTestEnv({ UV_CACHE_DIR: cacheDir }),
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    await new Promise<void>((resolve, reject) => {
      holder!.stdout!.on('data', (d: Buffer) => d.toString().includes('started') && resolve());
      holder!.on('exit', () => reject(new Error('the uv run holding the cache exited early')));
    });
    const post = await postOf(job, inputs, cache);
    expect(holder.exitCode, 'the holder was still running during the prune').toBeNull();

    expect(post.code).toBe(0);
    expect(post.stdout).not.toMatch(/^\s+at /m);
    // uv 0.13.9 prunes with --force, so it does not wait for the holder; a wait would have timed out the test.
    expect(post.stdout).toContain('::group::uv cache prune --ci');
    expect(commandMessages(post, 'warning')).toEqual([]);
    expect(commandMessages(post, 'error')).toEqual([]);
    expectSaved(cache, job.main.outputs['cache-key']!);
    passed.add('prune-blocked');
  });

  for (const how of ['garble', 'truncate'] as const) {
    const id = how === 'garble' ? 'restore-corrupt' : 'restore-truncated';
    it(`${id}: a ${how}d archive is discarded before anything reaches the cache dir, and the sync still succeeds`, async () => {
      const cache = await caches.start();
      const inputs = { packages: 'a', 'cache-key-suffix': how, 'sync-args': '--locked' };
      const first = await fx.runJob({ cacheServer: cache, inputs });
      expect(first.main.code, first.log).toBe(0);
      const key = first.main.outputs['cache-key']!;
      expectSaved(cache, key);
      cache.damage(key, how);

      const second = await fx.runJob({ cacheServer: cache, inputs });
      noStackTrace(second);
      expect(second.main.code, second.log).toBe(0);
      const cacheDir = second.main.outputs['cache-dir']!;
      const warnings = commandMessages(second.main, 'warning');
      expect(warnings).toHaveLength(1);
      expect(warnings[0]).toContain('the uv cache was not restored, continuing without it:');
      expect(warnings[0]).toMatch(/; nothing was extracted$/);
      // Listed, then extracted into a staging dir that is removed on failure: not one file of the archive is there.
      expect(readdirSync(cacheDir).some((n) => n.startsWith('.uvws-restore'))).toBe(false);
      expect(second.main.outputs['cache-hit']).toBe('false');
      // Decided before uv ran, so uv never saw a half-extracted entry.
      const stdout = second.main.stdout;
      expect(stdout.indexOf('::warning::the uv cache was not restored')).toBeLessThan(stdout.indexOf('::group::uv sync'));
      expect(installedPackages(second.venv)).toEqual(['a', 'tiny']);
      expect(second.downloads, 'packages fetched again: nothing came from the bad archive').toBeGreaterThan(0);
      expect(second.post?.code).toBe(0);
      expect(commandMessages(second.post, 'error')).toEqual([]);
      passed.add(id);
    });
  }

  it('save-race: two jobs saving one key at once; one saves, the other gets a notice, and the entry restores', async () => {
    const cache = await caches.start();
    // Two jobs whose caches sit at the same path (the service's entry version
    // hashes it, as on two hosted runners): their posts race for one key.
    // (Pruning is off: two prunes of one directory at once would trip over each other's deletions.)
    const inputs = { packages: 'b', 'cache-key-suffix': 'race', 'cache-dir': path.join(fx.root, 'race-cache'), 'prune-cache': 'false' };
    const jobs: JobResult[] = [];
    for (const name of ['race-1', 'race-2']) {
      const checkout = await fx.sandbox.checkout(fx.origin, 'refs/heads/main', { depth: 1, name });
      const job = await fx.runJob({ checkout, cacheServer: cache, inputs, post: false });
      expect(job.main.code, job.log).toBe(0);
      jobs.push(job);
    }
    const key = jobs[0]!.main.outputs['cache-key']!;
    expect(jobs[1]!.main.outputs['cache-key']).toBe(key);
    const posts = await Promise.all(jobs.map((job) => postOf(job, inputs, cache)));
    for (const post of posts) {
      expect(post.code).toBe(0);
      expect(commandMessages(post, 'error')).toEqual([]);
      expect(commandMessages(post, 'warning')).toEqual([]);
    }
    const notices = posts.flatMap((post) => commandMessages(post, 'notice'));
    expect(notices).toEqual([`another job already saved (or is saving) the uv cache under key ${key}; nothing to do`]);
    expect(posts.filter((post) => post.stdout.includes(`saved the uv cache under key ${key}`))).toHaveLength(1);
    expect(cache.entries().filter((e) => e.key === key && e.finalized)).toHaveLength(1);

    const third = await fx.runJob({ cacheServer: cache, inputs, post: false });
    if (third.main.outputs['cache-hit'] !== 'true') cachesLost++;
    expect(third.main.outputs['cache-hit']).toBe('true');
    passed.add('save-race');
  });

  it('service-503: a 503 from the cache service on restore is retried, and the cache is restored', async () => {
    const cache = await caches.start();
    const inputs = { packages: 'c', 'cache-key-suffix': '503' };
    const first = await fx.runJob({ cacheServer: cache, inputs });
    expect(first.post?.code).toBe(0);
    const key = first.main.outputs['cache-key']!;
    expectSaved(cache, key);
    cache.fail({ route: 'GetCacheEntryDownloadURL', status: 503 });
    const job = await fx.runJob({ cacheServer: cache, inputs });
    noStackTrace(job);
    expect(job.main.code, job.log).toBe(0);
    expect(cache.requests.filter((r) => r.route === 'GetCacheEntryDownloadURL').map((r) => r.status).slice(-2)).toEqual([503, 200]);
    expect(commandMessages(job.main, 'warning')).toEqual([]);
    if (job.main.outputs['cache-hit'] !== 'true') cachesLost++;
    expect(job.main.outputs['cache-hit']).toBe('true');
    expect(installedPackages(job.venv)).toEqual(['c', 'other']);
    expect(job.post?.code).toBe(0);
    passed.add('service-503');
  });

  it('service-refused: a cache service that refuses connections is a warning in main and post; nothing fails', async () => {
    const cache = await caches.start();
    const job = await fx.runJob({ cacheServer: cache, env: { ACTIONS_RESULTS_URL: await closedPortUrl() }, inputs: { packages: 'c', 'cache-key-suffix': 'refused' } });
    noStackTrace(job);
    expect(job.main.code, job.log).toBe(0);
    expect(job.post?.code).toBe(0);
    expect(commandMessages(job.main, 'warning')).toEqual([expect.stringMatching(/^the uv cache was not restored, continuing without it: .*ECONNREFUSED/)]);
    expect(commandMessages(job.post, 'warning')).toEqual([expect.stringMatching(/^the uv cache was not saved: /)]);
    expect([...commandMessages(job.main, 'error'), ...commandMessages(job.post, 'error')]).toEqual([]);
    expect(installedPackages(job.venv)).toEqual(['c', 'other']);
    passed.add('service-refused');
  });

  it('every fault in the table was run', async () => {
    const source = await readFile(new URL(import.meta.url), 'utf8');
    for (const fault of FAULTS) expect(source, fault.id).toMatch(new RegExp(`(it\\(|const id = .*)'?${fault.id}`));
  });
});
