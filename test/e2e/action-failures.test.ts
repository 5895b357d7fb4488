// The bundled action when things go wrong, run as the runner runs it (Node 20
// only; the round trip covers Node 24): a sync uv cannot satisfy fails the job
// with uv's own error and saves nothing; a broken or absent cache service is a
// warning and the sync still runs; the oldest supported uv falls back to one
// `--inexact` sync per member.
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ActionFixture, JobResult } from '../helpers/action-e2e.js';
import { startCacheServer, type Route } from '../helpers/cache-server.js';
import { createBrokenToolsFixture } from '../helpers/fixtures.js';
import { UV_OLDEST_VERSION } from '../helpers/tools.js';
import { installedPackages } from '../helpers/uv-workspace.js';

let fx: ActionFixture;
let base: string;
let apiChange: string;
let broken: string;

beforeAll(async () => {
  ({ fx, base, apiChange, broken } = await createBrokenToolsFixture());
});

afterAll(async () => {
  await fx?.remove();
});

const API_CLOSURE = ['api', 'core', 'tiny-dep', 'web', 'webdep'];
const ALL_ROUTES: Route[] = ['GetCacheEntryDownloadURL', 'CreateCacheEntry', 'FinalizeCacheEntryUpload', 'blob:put', 'blob:head', 'blob:get'];

function annotations(job: JobResult, command: string): string[] {
  return job.annotations.filter((a) => a.command === command).map((a) => a.message);
}

describe('a sync uv cannot satisfy', () => {
  it('fails main with an ::error carrying uv’s error, shows it in the summary, and post saves nothing', async () => {
    const server = await startCacheServer();
    try {
      const job = await fx.runJob({ cacheServer: server, event: await fx.pushEvent(apiChange, broken), ref: broken });
      expect(JSON.parse(job.main.outputs.members!)).toEqual(['tools']);
      expect(job.main.code, job.log).not.toBe(0);
      const errors = annotations(job, 'error');
      // uv's own words, as it printed them, are in an annotation...
      expect(job.main.stdout).toMatch(/No solution found when resolving dependencies/);
      expect(errors.some((m) => /No solution found when resolving dependencies/.test(m) && /lonely/.test(m)), errors.join('\n')).toBe(true);
      // ...and the step fails saying so.
      expect(errors.some((m) => /uv sync failed with exit code/.test(m)), errors.join('\n')).toBe(true);
      expect(job.main.summary).toMatch(/No solution found when resolving dependencies/);
      expect(job.main.summary).toMatch(/lonely/);
      // The member row says the sync failed, not ✅.
      expect(job.main.summary).toContain('| <b>tools</b> | <code>packages/tools</code> | ✅ | changed: packages/tools/pyproject.toml | ❌ failed |');
      expect(job.main.summary).not.toContain('✅ synced');

      // No cache built by a failed sync is saved: main says so, and the runner does not start post (post-if).
      expect(job.post!.skipped, job.log).toBe(true);
      expect(job.main.stdout).toMatch(/Not saving the uv cache: uv sync failed/);
      expect(server.requests.filter((r) => r.route === 'CreateCacheEntry')).toEqual([]);
      expect(server.entries()).toEqual([]);
    } finally {
      await server.close();
    }
  });
});

describe('cache service trouble never fails the job', () => {
  it('500 on every call: main and post exit 0 with a warning each, and the sync ran', async () => {
    const server = await startCacheServer();
    try {
      for (const route of ALL_ROUTES) server.fail({ route, status: 500, times: 1000 });
      const job = await fx.runJob({ cacheServer: server, event: await fx.pushEvent(base, apiChange), ref: apiChange, inputs: { 'sync-args': '--locked' } });
      expect(job.main.code, job.log).toBe(0);
      expect(job.post!.code, job.log).toBe(0);
      expect(installedPackages(job.venv)).toEqual(API_CLOSURE);
      expect(job.main.outputs['cache-hit']).toBe('false');
      const warnings = annotations(job, 'warning');
      expect(warnings.some((m) => /not restored.*500/.test(m)), warnings.join('\n')).toBe(true);
      expect(warnings.some((m) => /not saved.*500/.test(m)), warnings.join('\n')).toBe(true);
      expect(annotations(job, 'error')).toEqual([]);
      // The service really was asked, and refused every time.
      expect(server.requests.length).toBeGreaterThan(0);
      expect(server.requests.every((r) => r.status === 500)).toBe(true);
    } finally {
      await server.close();
    }
  });

  it('connection refused (the service is gone): main and post exit 0 with a warning each, and the sync ran', async () => {
    const server = await startCacheServer();
    await server.close();
    const job = await fx.runJob({ cacheServer: server, event: await fx.pushEvent(base, apiChange), ref: apiChange, inputs: { 'sync-args': '--locked' } });
    expect(job.main.code, job.log).toBe(0);
    expect(job.post!.code, job.log).toBe(0);
    expect(installedPackages(job.venv)).toEqual(API_CLOSURE);
    const warnings = annotations(job, 'warning');
    expect(warnings.some((m) => /not restored.*(ECONNREFUSED|connect)/i.test(m)), warnings.join('\n')).toBe(true);
    expect(warnings.some((m) => /not saved.*(ECONNREFUSED|connect)/i.test(m)), warnings.join('\n')).toBe(true);
    expect(annotations(job, 'error')).toEqual([]);
    // The summary says the restore failed and why, not "miss".
    expect(job.main.summary).toMatch(/\| Restore \| ⚠️ error: [^|\n]*(ECONNREFUSED|connect)[^|\n]* \|/i);
    expect(job.main.summary).not.toMatch(/❌ miss/);
  });
});

describe(`the oldest supported uv (${UV_OLDEST_VERSION})`, () => {
  it('syncs the two affected members one by one with --inexact, says so, and both end up in the venv', async () => {
    const server = await startCacheServer();
    try {
      const job = await fx.runJob({ cacheServer: server, uvVersion: UV_OLDEST_VERSION, event: await fx.pushEvent(base, apiChange), ref: apiChange });
      expect(job.main.code, job.log).toBe(0);
      expect(job.post!.code, job.log).toBe(0);
      expect(job.main.outputs['uv-version']).toBe(UV_OLDEST_VERSION);
      expect(JSON.parse(job.main.outputs.members!)).toEqual(['api', 'web']);
      expect(job.main.stdout).toMatch(/synced one by one with --inexact/);
      expect(job.main.stdout).toMatch(/uv sync --inexact --package api/);
      expect(job.main.stdout).toMatch(/uv sync --inexact --package web/);
      expect(job.main.summary).toMatch(/--inexact/);
      expect(installedPackages(job.venv)).toEqual(API_CLOSURE);
      expect(job.log).not.toMatch(/Failed to hardlink/);
      // The cache built by the old uv is saved like any other.
      expect(server.entries().map((e) => e.key)).toEqual([job.main.outputs['cache-key']]);
    } finally {
      await server.close();
    }
  });
});

describe('a cache-dir on another filesystem than the venv', () => {
  it.skipIf(!existsSync('/dev/shm'))('syncs by copying, and says so once in the log and in the summary, with the fix', async () => {
    const cacheDir = await mkdtemp('/dev/shm/uvws-e2e-cache-');
    try {
      const job = await fx.runJob({ event: await fx.pushEvent(base, apiChange), ref: apiChange, inputs: { 'cache-dir': cacheDir, cache: 'false' } });
      expect(job.main.code, job.log).toBe(0);
      expect(installedPackages(job.venv)).toEqual(API_CLOSURE);
      const warnings = annotations(job, 'warning');
      const placement = warnings.filter((m) => m.includes(cacheDir));
      expect(placement, warnings.join('\n')).toHaveLength(1);
      expect(placement[0]).toMatch(/cannot be linked into .*copies every file.*hint:/);
      expect(job.main.outputs['link-mode']).toBe('copy');
      // uv's own per-install warning is not repeated: the action exported UV_LINK_MODE=copy.
      expect(job.log).not.toMatch(/Failed to hardlink/);
      expect(job.main.summary).toContain(cacheDir);
      expect(job.main.summary).toMatch(/cannot be linked into/);
    } finally {
      await rm(cacheDir, { recursive: true, force: true });
    }
  });
});

describe('cache: false (the self-hosted setup)', () => {
  it('still shows where the cache is and why, and that the restore was not tried', async () => {
    const job = await fx.runJob({ event: await fx.pushEvent(base, apiChange), ref: apiChange, inputs: { cache: 'false', 'sync-args': '--locked' } });
    expect(job.main.code, job.log).toBe(0);
    const summary = job.main.summary;
    expect(summary).toMatch(/\| Directory \| <code>[^<]+<\/code> \|/);
    expect(summary).toMatch(/\| Placement \| [^|\n]+ \|/);
    expect(summary).toMatch(/\| Restore \| not tried: the cache input is false/);
    expect(summary).not.toMatch(/\| Key \|/);
    // Nothing to prune or save, and the post step says nothing of it in the summary.
    expect(job.post!.code).toBe(0);
    expect(job.post!.summary).toBe('');
  });
});

describe('nothing affected in sync mode', () => {
  it('the summary says the restore was not tried and why, not "miss"', async () => {
    const server = await startCacheServer();
    try {
      const before = await fx.repo.rev();
      const docs = await fx.commit('docs', { 'NOTES.md': '# notes\n' });
      const job = await fx.runJob({ cacheServer: server, event: await fx.pushEvent(before, docs), ref: docs });
      expect(job.main.code, job.log).toBe(0);
      expect(job.main.outputs['any-affected']).toBe('false');
      expect(job.main.summary).toMatch(/\| Restore \| not tried: no member is affected, so nothing is synced \|/);
      expect(job.main.summary).not.toMatch(/miss/);
      expect(server.requests).toEqual([]);
    } finally {
      await server.close();
    }
  });
});

describe('an exact hit that still downloads', () => {
  it('says why: prune --ci dropped the pre-built wheels before the save', async () => {
    const server = await startCacheServer();
    try {
      const inputs = { 'sync-args': '--locked' };
      const first = await fx.runJob({ cacheServer: server, event: await fx.pushEvent(base, apiChange), ref: apiChange, inputs });
      expect(first.main.code, first.log).toBe(0);
      expect(server.entries()).toHaveLength(1);
      const second = await fx.runJob({ cacheServer: server, event: await fx.pushEvent(base, apiChange), ref: apiChange, inputs });
      expect(second.main.code, second.log).toBe(0);
      expect(second.main.outputs['cache-hit']).toBe('true');
      // The wheels are fetched again from the index although the key hit exactly...
      expect(second.downloads).toBeGreaterThan(0);
      // ...and the summary says so, with the reason.
      expect(second.main.summary).toMatch(/\| Restore \| ✅ hit \(exact key\), yet uv prepared \d+ distributions?: <code>uv cache prune --ci<\/code> .*drops pre-built wheels/);
    } finally {
      await server.close();
    }
  });
});

describe('debug and the runner environment', () => {
  it('RUNNER_DEBUG=1 turns on debug: uv runs with -v, its log is printed once, and no problem matcher outlives main', async () => {
    const job = await fx.runJob({ event: await fx.pushEvent(base, apiChange), ref: apiChange, inputs: { cache: 'false' }, env: { RUNNER_DEBUG: '1' } });
    expect(job.main.code, job.log).toBe(0);
    expect(job.main.stdout).toMatch(/^::group::uv sync --package api --package web -v$/m);
    const debugLines = job.main.stdout.split('\n').filter((line) => /^DEBUG /.test(line));
    expect(debugLines.length).toBeGreaterThan(0);
    // Each of uv's lines once: no second copy of the raw log.
    expect(new Set(debugLines).size).toBeGreaterThan(debugLines.length * 0.9);
    expect(job.main.stdout).not.toMatch(/raw log/);
    const added = job.annotations.filter((a) => a.command === 'add-matcher').length;
    const removed = job.annotations.filter((a) => a.command === 'remove-matcher').map((a) => a.props.owner);
    expect(added).toBe(0);
    expect(removed).toEqual(['uv', 'uv-diagnostic', 'uv-locked']);
  });
});
