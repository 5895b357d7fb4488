// What a cache entry is named after, through the bundled action (dist/main
// then dist/post) against the local cache service, the way the runner runs
// it: a uv upgrade misses the old uv's entry (and never restores it, since
// its bucket layout is not the new uv's) and saves its own; `prune-cache:
// false` after a pruned save gets its own unpruned entry instead of the
// pruned one forever; `save-cache: default-branch` saves on the default
// branch only; setup-uv's cache on the same dir is said once; uv's own
// `cache-dir` in uv.toml places the cache, after UV_CACHE_DIR, and so does the
// runner's own (user or system) uv.toml where the workspace sets nothing.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createActionFixture, type ActionFixture, type JobResult } from '../helpers/action-e2e.js';
import { startCacheServer, type CacheServer } from '../helpers/cache-server.js';
import { UV_OLDEST_VERSION, UV_VERSION, uvBin } from '../helpers/tools.js';
import { installedPackages } from '../helpers/uv-workspace.js';

let fx: ActionFixture;
let base: string;
let head: string;

beforeAll(async () => {
  fx = await createActionFixture({
    workspace: {
      members: [
        { name: 'core', path: 'packages/core', dependencies: ['wheeldep'] },
        { name: 'api', path: 'packages/api', dependencies: ['core', 'srcdep'] },
      ],
    },
    // A pre-built wheel (which `uv cache prune --ci` drops) and an sdist (whose built wheel it keeps).
    wheels: [{ name: 'wheeldep', version: '1.0.0', payloadBytes: 20_000 }],
    sdists: [{ name: 'srcdep', version: '2.0.0' }],
    // Locked by the oldest uv, so both uvs sync the same lock.
    lockWith: uvBin(UV_OLDEST_VERSION),
  });
  base = await fx.repo.rev();
  head = await fx.commit('api: change', { 'packages/api/src/api/handlers.py': 'def handle():\n    return 1\n' });
});

afterAll(async () => {
  await fx?.remove();
});

const INPUTS = { 'sync-args': '--locked' };

function warnings(job: JobResult): string[] {
  return job.annotations.filter((a) => a.command === 'warning').map((a) => a.message);
}

function finalizedKeys(server: CacheServer): string[] {
  return server.entries().filter((e) => e.finalized).map((e) => e.key);
}

async function job(server: CacheServer | undefined, options: { uvVersion?: string; inputs?: Record<string, string>; env?: Record<string, string | undefined> } = {}): Promise<JobResult> {
  const result = await fx.runJob({
    cacheServer: server,
    event: await fx.pushEvent(base, head),
    ref: head,
    uvVersion: options.uvVersion,
    inputs: { ...INPUTS, ...options.inputs },
    env: options.env,
  });
  expect(result.main.code, result.log).toBe(0);
  expect(result.post?.code, result.log).toBe(0);
  return result;
}

describe('a uv upgrade', () => {
  let server: CacheServer;
  beforeAll(async () => {
    server = await startCacheServer();
  });
  afterAll(async () => {
    await server?.close();
  });

  it(`misses the ${UV_OLDEST_VERSION} entry (never restores it) and saves its own under ${UV_VERSION}`, async () => {
    const old = await job(server, { uvVersion: UV_OLDEST_VERSION });
    expect(old.main.outputs['uv-version']).toBe(UV_OLDEST_VERSION);
    const oldKey = old.main.outputs['cache-key']!;
    expect(oldKey).toContain(`-uv${UV_OLDEST_VERSION}-`);
    expect(finalizedKeys(server)).toEqual([oldKey]);

    // The same commit again on the old uv: an exact hit, as before.
    const again = await job(server, { uvVersion: UV_OLDEST_VERSION });
    expect(again.main.outputs['cache-hit']).toBe('true');

    const upgraded = await job(server, { uvVersion: UV_VERSION });
    expect(upgraded.main.outputs['uv-version']).toBe(UV_VERSION);
    const newKey = upgraded.main.outputs['cache-key']!;
    expect(newKey).toContain(`-uv${UV_VERSION}-`);
    // Same lock, same members, same everything but uv: still a miss, with no restore key reaching the old entry.
    expect(newKey.replace(`-uv${UV_VERSION}-`, `-uv${UV_OLDEST_VERSION}-`)).toBe(oldKey);
    expect(upgraded.main.outputs['cache-hit']).toBe('false');
    expect(upgraded.main.outputs['cache-matched-key']).toBe('');
    expect(upgraded.main.summary).toMatch(/Restore \| ❌ miss/);
    expect(installedPackages(upgraded.venv)).toEqual(['api', 'core', 'srcdep', 'wheeldep']);
    // Post saved the new uv's entry beside the old one.
    expect(upgraded.post!.stdout).toMatch(/uv cache prune --ci/);
    expect(finalizedKeys(server)).toEqual([oldKey, newKey]);
    expect(upgraded.post!.summary).toContain(newKey);

    // And the next job on the new uv hits it exactly.
    const next = await job(server, { uvVersion: UV_VERSION });
    expect(next.main.outputs['cache-hit']).toBe('true');
    expect(next.main.outputs['cache-matched-key']).toBe(newKey);
  });
});

describe('prune-cache: false after a pruned save', () => {
  let server: CacheServer;
  beforeAll(async () => {
    server = await startCacheServer();
  });
  afterAll(async () => {
    await server?.close();
  });

  it('gets and saves an unpruned entry, whose exact hit then downloads nothing', async () => {
    const pruned = await job(server);
    const prunedKey = pruned.main.outputs['cache-key']!;
    expect(prunedKey).toMatch(/-pruned-[0-9a-f]{12}$/);
    expect(pruned.post!.stdout).toMatch(/uv cache prune --ci/);
    expect(finalizedKeys(server)).toEqual([prunedKey]);

    // An exact hit on the pruned entry still downloads the pre-built wheel prune dropped.
    const prunedHit = await job(server);
    expect(prunedHit.main.outputs['cache-hit']).toBe('true');
    expect(prunedHit.downloads).toBeGreaterThan(0);

    const full = await job(server, { inputs: { 'prune-cache': 'false' } });
    const fullKey = full.main.outputs['cache-key']!;
    expect(fullKey).toBe(prunedKey.replace(/-pruned-([0-9a-f]{12})$/, '-full-$1'));
    // Not an exact hit: the pruned entry is only a starting point (same lock), and a new entry is saved, unpruned.
    expect(full.main.outputs['cache-hit']).toBe('false');
    expect(full.main.outputs['cache-matched-key']).toBe(prunedKey);
    expect(full.post!.stdout).not.toMatch(/uv cache prune/);
    expect(finalizedKeys(server)).toEqual([prunedKey, fullKey]);

    const fullHit = await job(server, { inputs: { 'prune-cache': 'false' } });
    expect(fullHit.main.outputs['cache-hit']).toBe('true');
    expect(fullHit.main.outputs['cache-matched-key']).toBe(fullKey);
    expect(fullHit.downloads).toBe(0);
    expect(installedPackages(fullHit.venv)).toEqual(['api', 'core', 'srcdep', 'wheeldep']);
    expect(finalizedKeys(server)).toHaveLength(2);
  });
});

describe('save-cache: default-branch', () => {
  let server: CacheServer;
  beforeAll(async () => {
    server = await startCacheServer();
  });
  afterAll(async () => {
    await server?.close();
  });

  it('a feature branch restores but does not save; the default branch saves, and the post summary counts the entries', async () => {
    const inputs = { 'save-cache': 'default-branch' };
    const feature = await job(server, { inputs, env: { GITHUB_REF: 'refs/heads/feature', GITHUB_REF_NAME: 'feature' } });
    expect(feature.main.stdout).toMatch(/Not saving the uv cache: 'save-cache' is default-branch/);
    expect(finalizedKeys(server)).toEqual([]);
    // Main decided and says so in its summary; post has nothing to add, and the runner does not start it.
    expect(feature.main.summary).toMatch(/\| Save \| Not saving the uv cache: &#39;save-cache&#39; is default-branch/);
    expect(feature.post!.skipped).toBe(true);

    const main = await job(server, { inputs, env: { GITHUB_REF: 'refs/heads/main' } });
    expect(finalizedKeys(server)).toEqual([main.main.outputs['cache-key']]);
    expect(main.main.summary).toMatch(/\| Save \| by the post step, under the key above, after <code>uv cache prune --ci<\/code> \|/);
    // The API is unreachable in tests, so the count is what this run saw, and says so.
    expect(main.post!.summary).toMatch(/Budget: at least 1 cache entry for this <code>uv\.lock<\/code>/);
    expect(main.post!.summary).toMatch(/Saved under <code>[^<]+<\/code> \(\d/);
  });
});

describe('beside setup-uv', () => {
  it("says once that setup-uv's cache dir would be uploaded twice, and how to turn one off", async () => {
    const setupUvDir = path.join(fx.sandbox.root, 'work', '_temp', 'setup-uv-cache');
    const result = await job(undefined, { env: { UV_CACHE_DIR: setupUvDir } });
    const twice = warnings(result).filter((w) => w.includes('setup-uv'));
    expect(twice).toHaveLength(1);
    expect(twice[0]).toContain(setupUvDir);
    expect(twice[0]).toContain("'enable-cache: false'");
    expect(result.main.outputs['cache-dir']).toBe(setupUvDir);
    // With this action's cache off, only setup-uv uploads: nothing to say.
    const off = await job(undefined, { inputs: { cache: 'false' }, env: { UV_CACHE_DIR: setupUvDir } });
    expect(warnings(off).filter((w) => w.includes('setup-uv'))).toEqual([]);
  });
});

describe("uv's own cache-dir setting", () => {
  it('places the cache where uv.toml says, after UV_CACHE_DIR, and says why', async () => {
    const pinned = await fx.commit('pin the uv cache', { 'uv.toml': 'cache-dir = "pinned-uv-cache"\n' });
    const event = await fx.pushEvent(head, pinned);
    const run = (env?: Record<string, string>) => fx.runJob({ event, ref: pinned, inputs: { ...INPUTS, cache: 'false' }, env });
    const fromConfig = await run();
    expect(fromConfig.main.code, fromConfig.log).toBe(0);
    expect(fromConfig.main.outputs['cache-dir']).toBe(path.join(fromConfig.checkout.dir, 'pinned-uv-cache'));
    expect(fromConfig.main.exportedEnv.UV_CACHE_DIR).toBe(fromConfig.main.outputs['cache-dir']);
    expect(fromConfig.main.stdout).toContain('set by cache-dir in uv.toml');
    expect(installedPackages(fromConfig.venv)).toContain('wheeldep');
    // UV_CACHE_DIR comes first, as for uv.
    const envDir = path.join(fx.sandbox.root, 'work', '_temp', 'env-cache');
    const fromEnv = await run({ UV_CACHE_DIR: envDir });
    expect(fromEnv.main.code, fromEnv.log).toBe(0);
    expect(fromEnv.main.outputs['cache-dir']).toBe(envDir);
  });
});

describe("the runner's own uv.toml (user and system), which uv reads after the workspace's", () => {
  it("places the cache where the user's uv.toml says (XDG_CONFIG_HOME) when the workspace sets no cache-dir, naming the file", async () => {
    const xdg = path.join(fx.sandbox.root, 'runner-config');
    const pinned = path.join(fx.sandbox.root, 'work', '_temp', 'runner-pinned-cache');
    await mkdir(path.join(xdg, 'uv'), { recursive: true });
    await writeFile(path.join(xdg, 'uv', 'uv.toml'), `cache-dir = ${JSON.stringify(pinned)}\n`);
    const result = await job(undefined, { inputs: { cache: 'false' }, env: { UV_NO_CONFIG: undefined, XDG_CONFIG_HOME: xdg } });
    expect(result.main.code, result.log).toBe(0);
    expect(result.main.outputs['cache-dir']).toBe(pinned);
    expect(result.main.stdout).toContain(`set by cache-dir in ${path.join(xdg, 'uv', 'uv.toml')}`);
    expect(installedPackages(result.venv)).toContain('wheeldep');
    // Under UV_NO_CONFIG uv reads no uv.toml, and the action places the cache itself.
    const ignored = await job(undefined, { inputs: { cache: 'false' }, env: { UV_NO_CONFIG: '1', XDG_CONFIG_HOME: xdg } });
    expect(ignored.main.code, ignored.log).toBe(0);
    expect(ignored.main.outputs['cache-dir']).not.toBe(pinned);
  });

  it("no-cache = true in the system's uv.toml (XDG_CONFIG_DIRS): nothing restored or saved, and the notice names the file", async () => {
    const server = await startCacheServer();
    try {
      const sys = path.join(fx.sandbox.root, 'system-config');
      await mkdir(path.join(sys, 'uv'), { recursive: true });
      await writeFile(path.join(sys, 'uv', 'uv.toml'), 'no-cache = true\n');
      const result = await job(server, { env: { UV_NO_CONFIG: undefined, XDG_CONFIG_DIRS: `${path.join(fx.sandbox.root, 'empty')}:${sys}` } });
      expect(result.main.code, result.log).toBe(0);
      expect(server.requests).toEqual([]);
      const notices = result.annotations.filter((a) => a.command === 'notice' && a.message.includes('not restoring or saving the uv cache'));
      expect(notices.map((n) => n.message)).toEqual([expect.stringContaining(`${path.join(sys, 'uv', 'uv.toml')} says no-cache = true`)]);
    } finally {
      await server.close();
    }
  });
});

describe('uv told to use no cache', () => {
  let server: CacheServer;
  beforeAll(async () => {
    server = await startCacheServer();
  });
  afterAll(async () => {
    await server?.close();
  });

  it('UV_NO_CACHE=1 (or --no-cache in sync-args): no request to the cache service, no prune, one notice saying why', async () => {
    for (const options of [{ env: { UV_NO_CACHE: '1' } }, { inputs: { 'sync-args': '--locked -nq' } }]) {
      const before = server.requests.length;
      const result = await job(server, options);
      expect(server.requests.length, JSON.stringify(options)).toBe(before);
      expect(installedPackages(result.venv)).toEqual(['api', 'core', 'srcdep', 'wheeldep']);
      const notices = result.annotations.filter((a) => a.command === 'notice' && a.message.includes('not restoring or saving the uv cache'));
      expect(notices, JSON.stringify(options)).toHaveLength(1);
      expect(notices[0]!.message).toMatch(options.env ? /UV_NO_CACHE=1 is in the step's environment/ : /'-nq' \(--no-cache\) is in sync-args/);
      expect(result.main.outputs['cache-key']).toBe('');
      expect(result.post!.stdout).not.toMatch(/uv cache prune/);
    }
    expect(finalizedKeys(server)).toEqual([]);
  });

  it("uv.toml's no-cache = true too, which no flag or variable turns off again in uv; not under UV_NO_CONFIG, which makes uv read no uv.toml", async () => {
    const off = await fx.commit('uv: no cache', { 'uv.toml': 'no-cache = true\n' });
    const event = await fx.pushEvent(head, off);
    const before = server.requests.length;
    // The test environment sets UV_NO_CONFIG (no user config on the test machine): this job reads the workspace's uv.toml.
    const result = await fx.runJob({ cacheServer: server, event, ref: off, inputs: INPUTS, env: { UV_NO_CACHE: '0', UV_NO_CONFIG: undefined } });
    expect(result.main.code, result.log).toBe(0);
    expect(server.requests.length).toBe(before);
    const notices = result.annotations.filter((a) => a.command === 'notice' && a.message.includes('not restoring or saving the uv cache'));
    expect(notices.map((n) => n.message)).toEqual([expect.stringContaining('uv.toml says no-cache = true')]);
    expect(finalizedKeys(server)).toEqual([]);
    const ignored = await fx.runJob({ cacheServer: server, event, ref: off, inputs: INPUTS, env: { UV_NO_CONFIG: '1' } });
    expect(ignored.main.code, ignored.log).toBe(0);
    expect(server.requests.length).toBeGreaterThan(before);
    expect(finalizedKeys(server)).toHaveLength(1);
  });
});
