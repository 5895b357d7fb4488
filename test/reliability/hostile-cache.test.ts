// A compromised cache service and an unlucky runner against the cache path,
// through the bundled action (dist/main then dist/post, as the runner runs
// them) and the local cache service with fault injection: crafted archives
// (symlink chains, FIFOs and devices, hard links, setuid modes, a zstd bomb;
// test/helpers/cache-archives.ts), redirects to another host, service error
// messages that try to forge workflow commands, and a RUNNER_TEMP that is
// read-only or full (a tmpfs mounted for the test; skipped with the reason
// where mounting is not allowed).
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, lstatSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { workflowCommands, type StepResult } from '../../scripts/lib/runner.mjs';
import { archivePrefix } from '../../src/cache/archive.js';
import { createActionFixture, type ActionFixture, type JobResult } from '../helpers/action-e2e.js';
import { craftArchive, zeroBomb, type CraftedEntry } from '../helpers/cache-archives.js';
import { cacheServerPool, type CacheServer } from '../helpers/cache-server.js';
import { installedPackages } from '../helpers/uv-workspace.js';
import { ABC_FIXTURE, HOSTILE_CACHE } from './cases.js';
import { caseRows, commandMessages, writeResults } from './record.js';

let fx: ActionFixture;
const caches = cacheServerPool();
const passed = new Set<string>();
const TAG = randomBytes(4).toString('hex');
const INPUTS = { packages: 'a', 'sync-args': '--locked' };
const SIGNATURE = 'Signature: 8a477f597d28d172789f06886806bc55\n';
const TWIRP = 'twirp/github.actions.results.api.v1.CacheService';

beforeAll(async () => {
  fx = await createActionFixture(ABC_FIXTURE);
});

afterAll(async () => {
  await caches.closeAll();
  await fx?.remove();
  writeResults('hostile-cache', { rows: caseRows(HOSTILE_CACHE, passed) });
});

function warningsOf(...steps: (StepResult | undefined)[]): string[] {
  return steps.flatMap((step) => commandMessages(step, 'warning'));
}

/** A first job that saves the uv cache; its key and cache dir, which the next job restores into. */
async function savedEntry(cache: CacheServer, inputs: Record<string, string> = INPUTS): Promise<{ key: string; cacheDir: string; prefix: string }> {
  const first = await fx.runJob({ cacheServer: cache, inputs });
  expect(first.main.code, first.log).toBe(0);
  expect(first.post?.code, first.log).toBe(0);
  const key = first.main.outputs['cache-key']!;
  expect(cache.entries().filter((e) => e.finalized).map((e) => e.key)).toEqual([key]);
  const cacheDir = first.main.outputs['cache-dir']!;
  return { key, cacheDir, prefix: archivePrefix(cacheDir) };
}

/** The crafted archive replaces the saved one; the next job restores it. */
async function restoreCrafted(cache: CacheServer, key: string, archive: Buffer, post = true): Promise<JobResult> {
  cache.replace(key, archive);
  return fx.runJob({ cacheServer: cache, inputs: INPUTS, post });
}

/** The archive was refused whole with `why`, nothing of it kept, and the sync ran without it. */
function expectDiscarded(job: JobResult, why: RegExp): void {
  expect(job.main.code, job.log).toBe(0);
  expect(job.main.outputs['cache-hit']).toBe('false');
  const warnings = warningsOf(job.main);
  expect(warnings, job.log).toEqual([expect.stringMatching(/^the uv cache was not restored, continuing without it: /)]);
  expect(warnings[0]).toMatch(why);
  expect(warnings[0]).toMatch(/; the archive was discarded and nothing was extracted$/);
  expect(readdirSync(job.main.outputs['cache-dir']!).some((n) => n.startsWith('.uvws-restore'))).toBe(false);
  expect(installedPackages(job.venv)).toEqual(['a', 'tiny']);
}

const base = (prefix: string): CraftedEntry[] => [
  { name: `${prefix}/`, type: 'dir' },
  { name: `${prefix}/CACHEDIR.TAG`, type: 'file', content: SIGNATURE },
];

describe('crafted archives', () => {
  it('restore-symlink-chain: links are resolved through each other, as the OS resolves them', async () => {
    const cache = await caches.start();
    const { key, cacheDir, prefix } = await savedEntry(cache);
    // From the cache dir (<work>/_temp/uv-cache), d1/d2/l2 is the cache dir and ../../victim is <work>/victim.
    const victim = path.join(path.dirname(path.dirname(cacheDir)), `victim-${TAG}`);
    mkdirSync(victim, { recursive: true });
    const job = await restoreCrafted(
      cache,
      key,
      craftArchive([
        ...base(prefix),
        { name: `${prefix}/d1/d2/l2`, type: 'symlink', target: '../..' },
        { name: `${prefix}/archive-v0`, type: 'symlink', target: `d1/d2/l2/../../victim-${TAG}` },
      ]),
    );
    expectDiscarded(job, new RegExp(`the archive has a symlink pointing outside .*: "archive-v0 -> d1/d2/l2/\\.\\./\\.\\./victim-${TAG}"`));
    // uv unpacked the wheel it downloaded into the cache dir, not through the link.
    expect(readdirSync(victim)).toEqual([]);
    expect(lstatSync(path.join(job.main.outputs['cache-dir']!, 'archive-v0')).isDirectory()).toBe(true);
    passed.add('restore-symlink-chain');
  });

  it('restore-special-files: a FIFO, a character device, a block device refuse the whole archive', async () => {
    const cache = await caches.start();
    const { key, prefix } = await savedEntry(cache);
    const fifo = await restoreCrafted(cache, key, craftArchive([...base(prefix), { name: `${prefix}/archive-v0/pipe`, type: 'fifo' }]));
    expectDiscarded(fifo, /the archive has a named pipe \(FIFO\), which a cache never holds: ".*\/archive-v0\/pipe"/);
    expect(existsSync(path.join(fifo.main.outputs['cache-dir']!, 'archive-v0', 'pipe'))).toBe(false);
    const devices = await restoreCrafted(
      cache,
      key,
      craftArchive([...base(prefix), { name: `${prefix}/archive-v0/null`, type: 'chardev' }, { name: `${prefix}/archive-v0/disk`, type: 'blockdev' }]),
    );
    expectDiscarded(devices, /the archive has a character device, which a cache never holds: ".*\/archive-v0\/null"/);
    expect(existsSync(path.join(devices.main.outputs['cache-dir']!, 'archive-v0', 'null'))).toBe(false);
    passed.add('restore-special-files');
  });

  it('restore-hard-links: hard links out of the cache dir, or to a symlink, refuse the whole archive', async () => {
    const cache = await caches.start();
    const { key, prefix } = await savedEntry(cache);
    // From the cache dir, ../../monorepo/monorepo is the next job's checkout.
    const cases: [CraftedEntry[], RegExp][] = [
      [[{ name: `${prefix}/h`, type: 'hardlink', target: '/etc/passwd' }], /the archive has a hard link to outside .*: ".*\/h" -> "\/etc\/passwd"/],
      [[{ name: `${prefix}/h`, type: 'hardlink', target: `${prefix}/../../monorepo/monorepo/pyproject.toml` }], /the archive has a hard link to outside .*pyproject\.toml"/],
      [
        [
          { name: `${prefix}/l`, type: 'symlink', target: '../../monorepo/monorepo/pyproject.toml' },
          { name: `${prefix}/h`, type: 'hardlink', target: `${prefix}/l` },
        ],
        /the archive has a hard link to something that is not a file before it in the archive: ".*\/h" -> ".*\/l"/,
      ],
    ];
    for (const [entries, why] of cases) {
      const job = await restoreCrafted(cache, key, craftArchive([...base(prefix), ...entries]));
      expectDiscarded(job, why);
      expect(statSync(path.join(job.checkout.dir, 'pyproject.toml')).nlink).toBe(1);
    }
    passed.add('restore-hard-links');
  });

  it('restore-modes: setuid, setgid, sticky and world-writable bits are masked', async () => {
    const cache = await caches.start();
    const { key, prefix } = await savedEntry(cache);
    const job = await restoreCrafted(
      cache,
      key,
      craftArchive([
        ...base(prefix),
        { name: `${prefix}/archive-v0/x/`, type: 'dir', mode: 0o1777 },
        { name: `${prefix}/archive-v0/x/run`, type: 'file', content: '#!/bin/sh\n', mode: 0o6755 },
        { name: `${prefix}/archive-v0/x/open`, type: 'file', content: 'x\n', mode: 0o666 },
      ]),
      false,
    );
    expect(job.main.code, job.log).toBe(0);
    expect(job.main.outputs['cache-hit']).toBe('true');
    const dir = path.join(job.main.outputs['cache-dir']!, 'archive-v0', 'x');
    const mode = (file: string) => (statSync(file).mode & 0o7777).toString(8);
    expect([mode(dir), mode(path.join(dir, 'run')), mode(path.join(dir, 'open'))]).toEqual(['755', '755', '644']);
    passed.add('restore-modes');
  });

  it('restore-bomb: a 104 KB archive of 3 GiB of zeros is refused at 1 GiB', async () => {
    const cache = await caches.start();
    const { key, prefix } = await savedEntry(cache);
    const bomb = zeroBomb(`${prefix}/archive-v0/zeros.bin`, 3 * 1024 ** 3);
    expect(bomb.length).toBeLessThan(120_000);
    const job = await restoreCrafted(cache, key, bomb, false);
    expectDiscarded(job, /the archive extracts to more than 1\.0 GiB, the most a restore takes \(100 times the downloaded size, at least 1 GiB\)/);
    expect(existsSync(path.join(job.main.outputs['cache-dir']!, 'archive-v0', 'zeros.bin'))).toBe(false);
    expect(readdirSync(job.runnerTemp).filter((n) => n.startsWith('uvws-archive-'))).toEqual([]);
    passed.add('restore-bomb');
  });
});

/** Mounts a tmpfs at `dir` with `options`; false (and the reason printed) where this runner may not mount. */
function mountTmpfs(dir: string, options: string): boolean {
  mkdirSync(dir, { recursive: true });
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', options, 'tmpfs', dir], { stdio: 'pipe' });
    return true;
  } catch (error) {
    console.warn(`skipping runner-temp-trouble: cannot mount a tmpfs here (${String((error as { stderr?: Buffer }).stderr ?? error).trim()})`);
    return false;
  }
}

describe('the runner around the cache', () => {
  it('runner-temp-trouble: a read-only or full RUNNER_TEMP is a warning, and the sync runs', async (ctx) => {
    const mounts = { 'read-only': 'ro,size=1m', full: 'size=1m,nr_inodes=2' } as const;
    for (const [kind, options] of Object.entries(mounts)) {
      const temp = path.join(fx.root, `temp-${kind}-${TAG}`);
      if (!mountTmpfs(temp, options)) return ctx.skip();
      try {
        if (kind === 'full') writeFileSync(path.join(temp, 'filler'), ''); // the last inode
        const cache = await caches.start();
        // The entry is saved from a cache-dir outside RUNNER_TEMP, so the next job finds it and needs RUNNER_TEMP for the download.
        const inputs = { ...INPUTS, 'cache-dir': path.join(fx.root, `cache-${kind}-${TAG}`) };
        await savedEntry(cache, inputs);
        const code = kind === 'full' ? 'ENOSPC' : 'EROFS';
        const job = await fx.runJob({ cacheServer: cache, inputs: { ...inputs, 'skip-passed': 'true' }, env: { RUNNER_TEMP: temp } });
        expect(job.main.code, job.log).toBe(0);
        expect(job.post?.code, job.log).toBe(0);
        expect(warningsOf(job.main), job.log).toEqual([
          expect.stringMatching(new RegExp(`^the uv cache was not restored, continuing without it: could not make a temp dir for the archive in ${temp} \\(RUNNER_TEMP\\): ${code}: .*; nothing was extracted$`)),
        ]);
        expect(job.main.stdout).toContain('skip-passed: 0 of 1 affected members already passed');
        expect(installedPackages(job.venv)).toEqual(['a', 'tiny']);
        // Without a cache-dir the cache is placed elsewhere than RUNNER_TEMP, and the job is green.
        const placed = await fx.runJob({ cacheServer: cache, inputs: INPUTS, env: { RUNNER_TEMP: temp } });
        expect(placed.main.code, placed.log).toBe(0);
        expect(placed.post?.code, placed.log).toBe(0);
        expect(placed.main.outputs['cache-dir']!.startsWith(temp)).toBe(false);
        expect(installedPackages(placed.venv)).toEqual(['a', 'tiny']);
      } finally {
        execFileSync('umount', [temp]);
      }
    }
    passed.add('runner-temp-trouble');
  });
});

describe('a hostile cache service', () => {
  it('token-redirect: a 307 to another host never carries the runtime token there (restore, skip-passed lookups, save)', async () => {
    const cache = await caches.start();
    // The same server under another name: a redirect there is one to another host.
    const elsewhere = cache.url.replace('127.0.0.1', 'localhost');
    for (const method of ['GetCacheEntryDownloadURL', 'CreateCacheEntry'] as const) {
      cache.fail({ route: method, status: 307, location: `${elsewhere}${TWIRP}/${method}`, times: 100 });
    }
    const job = await fx.runJob({ cacheServer: cache, inputs: { ...INPUTS, 'skip-passed': 'true' } });
    expect(job.main.code, job.log).toBe(0);
    expect(job.post?.code, job.log).toBe(0);
    expect(installedPackages(job.venv)).toEqual(['a', 'tiny']);
    const redirected = cache.requests.filter((r) => r.host?.startsWith('localhost:'));
    // The restore's lookup, the marker lookup and the client's save each followed the redirect.
    expect(redirected.filter((r) => r.route === 'GetCacheEntryDownloadURL').length).toBeGreaterThanOrEqual(2);
    expect(redirected.filter((r) => r.route === 'CreateCacheEntry').length).toBeGreaterThanOrEqual(1);
    expect(redirected.filter((r) => r.authorized)).toEqual([]);
    // The service's own host still got the token.
    expect(cache.requests.filter((r) => r.host?.startsWith('127.0.0.1:')).every((r) => r.authorized)).toBe(true);
    expect(cache.entries().filter((e) => e.finalized)).toEqual([]);
    passed.add('token-redirect');
  });

  it("save-error-injection: a service error message with a newline and workflow commands is printed escaped, once per retry", async () => {
    const cache = await caches.start();
    const message = `boom\n::add-mask::secret-${TAG}\n::stop-commands::stop-${TAG}\n::warning title=forged::pwned`;
    cache.fail({ route: 'CreateCacheEntry', status: 500, times: 2, message });
    const job = await fx.runJob({ cacheServer: cache, inputs: INPUTS });
    expect(job.main.code, job.log).toBe(0);
    expect(job.post?.code, job.log).toBe(0);
    const post = job.post!.stdout;
    const commands = workflowCommands(post);
    // (The client masks the signature of each signed URL it gets: `::add-mask::write` here; those are its own.)
    expect(commands.filter((c) => c.command === 'stop-commands' || (c.command === 'add-mask' && c.message.includes(TAG)))).toEqual([]);
    expect(commands.filter((c) => c.props.title === 'forged')).toEqual([]);
    for (const line of post.split('\n')) {
      if (line.trimStart().startsWith('::')) expect(line.trimStart()).toMatch(/^::((group|endgroup|debug|warning|notice|error)( [^:]*)?::|add-mask::write$)/);
    }
    // The retry lines are there, one per failed attempt, the message on one line.
    expect(post.split('\n').filter((l) => l.startsWith('Attempt ') && l.includes(`boom\\n::add-mask::secret-${TAG}`))).toHaveLength(2);
    expect(cache.entries().filter((e) => e.finalized).map((e) => e.key)).toEqual([job.main.outputs['cache-key']]);
    passed.add('save-error-injection');
  });
});
