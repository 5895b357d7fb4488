// skip-passed and mode: record through dist/, against the local cache service,
// the way one job uses them: sync (skip-passed) → tests → record the members
// that ran. A recorded run makes the next run on the same commit skip every
// member; a change to one member runs that member and its dependents only.
// Every job here runs without an event, so detection alone would mark every
// member: what narrows the work is the markers.
import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createActionFixture, type ActionFixture, type JobResult } from '../helpers/action-e2e.js';
import { startCacheServer, type CacheServer } from '../helpers/cache-server.js';
import { passedMarkerKeys } from '../helpers/markers.js';
import { installedPackages } from '../helpers/uv-workspace.js';

let fx: ActionFixture;
let server: CacheServer;

beforeAll(async () => {
  fx = await createActionFixture({
    workspace: {
      members: [
        { name: 'core', path: 'packages/core' },
        { name: 'api', path: 'packages/api', dependencies: ['core'] },
        { name: 'web', path: 'packages/web', dependencies: ['api'] },
        { name: 'tools', path: 'packages/tools' },
      ],
    },
    wheels: [],
    files: { 'README.md': '# monorepo\n', 'packages/api/tests/test_api.py': 'def test():\n    pass\n' },
  });
  server = await startCacheServer();
}, 120_000);

afterAll(async () => {
  await server?.close();
  await fx?.remove();
});

const SYNC = { 'skip-passed': 'true', 'sync-args': '--locked' };
const ALL = ['api', 'core', 'tools', 'web'];

/** The record step after the tests, in the same job (same checkout and environment). */
async function record(job: JobResult, extra: { eventName?: string } = {}): Promise<JobResult> {
  return fx.runJob({ checkout: job.checkout, cacheServer: server, post: false, eventName: extra.eventName, inputs: { mode: 'record', packages: job.main.outputs.members!, 'skip-passed': 'true' } });
}

const markerKeys = () => passedMarkerKeys(server);

const synced = (job: JobResult) => (existsSync(job.venv) ? installedPackages(job.venv).filter((p) => ALL.includes(p)).sort() : []);

describe('skip-passed with markers recorded by mode: record', () => {
  let first: JobResult;

  it('a first run finds no markers, syncs every member, and the record step saves one marker per member', async () => {
    first = await fx.runJob({ cacheServer: server, inputs: SYNC });
    expect(first.main.code, first.log).toBe(0);
    expect(JSON.parse(first.main.outputs.members!)).toEqual(ALL);
    expect(JSON.parse(first.main.outputs.skipped!)).toEqual({});
    const fingerprints = JSON.parse(first.main.outputs.fingerprints!) as Record<string, string>;
    expect(Object.keys(fingerprints)).toEqual(ALL);
    expect(synced(first)).toEqual(ALL);

    const rec = await record(first);
    expect(rec.main.code, rec.log).toBe(0);
    // The record step computes the same fingerprints after the sync and the tests.
    expect(JSON.parse(rec.main.outputs.fingerprints!)).toEqual(fingerprints);
    const keys = markerKeys();
    expect(keys).toHaveLength(4);
    for (const name of ALL) expect(keys.some((k) => k.includes(`-${name}-${fingerprints[name]}-main`))).toBe(true);
    // Tiny: a marker holds one small JSON file.
    for (const e of server.entries().filter((e) => e.key.startsWith('uv-ws-passed-'))) expect(e.sizeBytes ?? 0).toBeLessThan(1024);
    expect(rec.annotations.filter((a) => a.command === 'warning' || a.command === 'error')).toEqual([]);
  });

  it('a second run on the same commit skips every member and syncs nothing', async () => {
    const second = await fx.runJob({ cacheServer: server, inputs: SYNC });
    expect(second.main.code, second.log).toBe(0);
    expect(JSON.parse(second.main.outputs.members!)).toEqual([]);
    expect(second.main.outputs['any-affected']).toBe('false');
    expect(JSON.parse(second.main.outputs.matrix!)).toEqual({ include: [] });
    const skipped = JSON.parse(second.main.outputs.skipped!) as Record<string, string>;
    expect(Object.keys(skipped)).toEqual(ALL);
    const fingerprints = JSON.parse(first.main.outputs.fingerprints!) as Record<string, string>;
    for (const name of ALL) expect(skipped[name]).toBe(`passed at ${fingerprints[name]!.slice(0, 12)} on main`);
    expect(second.log).not.toMatch(/\buv sync\b.*--package/);
    expect(existsSync(second.venv)).toBe(false);
    // The job summary says why each member was skipped.
    for (const name of ALL) expect(second.main.summary).toContain(`skipped ${name}: passed at ${fingerprints[name]!.slice(0, 12)} on main`);
    expect(second.annotations.filter((a) => a.command === 'warning' || a.command === 'error')).toEqual([]);
  });

  it('mode detect drops passed members from the matrix too', async () => {
    const detect = await fx.runJob({ cacheServer: server, post: false, inputs: { ...SYNC, mode: 'detect' } });
    expect(detect.main.code, detect.log).toBe(0);
    expect(JSON.parse(detect.main.outputs.matrix!)).toEqual({ include: [] });
    expect(JSON.parse(detect.main.outputs.fingerprints!)).toEqual(JSON.parse(first.main.outputs.fingerprints!));
  });

  it('a change to one member runs that member and its dependents only', async () => {
    // A tests-only change reaches no other member's environment: api alone runs, web's fingerprint stays.
    await fx.commit('api: tests', { 'packages/api/tests/test_api.py': 'def test():\n    assert True\n' });
    const testsOnly = await fx.runJob({ cacheServer: server, post: false, inputs: { ...SYNC, mode: 'detect' } });
    expect(testsOnly.main.code, testsOnly.log).toBe(0);
    expect(JSON.parse(testsOnly.main.outputs.members!)).toEqual(['api']);
    expect(Object.keys(JSON.parse(testsOnly.main.outputs.skipped!) as Record<string, string>)).toEqual(['core', 'tools', 'web']);
    // A change to what api ships reaches web, which installs it.
    await fx.commit('api: change', { 'packages/api/src/api/x.py': 'x = 1\n' });
    const third = await fx.runJob({ cacheServer: server, inputs: SYNC });
    expect(third.main.code, third.log).toBe(0);
    expect(JSON.parse(third.main.outputs.members!)).toEqual(['api', 'web']);
    expect(Object.keys(JSON.parse(third.main.outputs.skipped!) as Record<string, string>)).toEqual(['core', 'tools']);
    // api's sync installs core as its dependency; tools is not synced at all.
    expect(synced(third)).toEqual(['api', 'core', 'web']);
    const before = JSON.parse(first.main.outputs.fingerprints!) as Record<string, string>;
    const after = JSON.parse(third.main.outputs.fingerprints!) as Record<string, string>;
    expect(ALL.filter((m) => before[m] !== after[m])).toEqual(['api', 'web']);

    // Recording on an event where a fork's code could write the cache saves nothing.
    const untrusted = await record(third, { eventName: 'pull_request_target' });
    expect(untrusted.main.code, untrusted.log).toBe(0);
    expect(untrusted.log).toContain('not saving passed markers on a pull_request_target event');
    expect(markerKeys()).toHaveLength(4);
    const rec = await record(third);
    expect(rec.main.code, rec.log).toBe(0);
    expect(markerKeys()).toHaveLength(6);
    const fourth = await fx.runJob({ cacheServer: server, inputs: SYNC });
    expect(JSON.parse(fourth.main.outputs.members!)).toEqual([]);
  });

  it('cache trouble never fails the job: no cache service skips nothing and records nothing, with one warning each', async () => {
    const job = await fx.runJob({ inputs: SYNC });
    expect(job.main.code, job.log).toBe(0);
    expect(JSON.parse(job.main.outputs.members!)).toEqual(ALL);
    expect(JSON.parse(job.main.outputs.skipped!)).toEqual({});
    const lookups = job.annotations.filter((a) => a.command === 'warning' && a.message.includes('passed markers could not be looked up'));
    expect(lookups).toHaveLength(1);
    expect(lookups[0]!.message).toContain('(4 of them)');
    const rec = await fx.runJob({ checkout: job.checkout, post: false, inputs: { mode: 'record', packages: 'all' } });
    expect(rec.main.code, rec.log).toBe(0);
    expect(rec.annotations.filter((a) => a.command === 'warning').map((a) => a.message)).toEqual([
      expect.stringMatching(/^mode record: some passed markers were not saved \(4 of them\): the marker was not saved: the GitHub cache service is not available/),
    ]);
  });
});

describe('on GitHub Enterprise Server (cache service v1)', () => {
  it('markers recorded through the v1 API make the next run skip every member, asked by lookup alone', async () => {
    const ghes = await startCacheServer({ service: 'v1' });
    try {
      const first = await fx.runJob({ cacheServer: ghes, inputs: SYNC });
      expect(first.main.code, first.log).toBe(0);
      expect(JSON.parse(first.main.outputs.members!)).toEqual(ALL);
      const rec = await fx.runJob({ checkout: first.checkout, cacheServer: ghes, post: false, inputs: { mode: 'record', packages: first.main.outputs.members!, 'skip-passed': 'true' } });
      expect(rec.main.code, rec.log).toBe(0);
      expect(ghes.entries().filter((e) => e.finalized && e.key.startsWith('uv-ws-passed-'))).toHaveLength(4);

      const downloadsBefore = ghes.requests.filter((r) => r.route === 'blob:get').length;
      const second = await fx.runJob({ cacheServer: ghes, post: false, inputs: SYNC });
      expect(second.main.code, second.log).toBe(0);
      expect(JSON.parse(second.main.outputs.members!)).toEqual([]);
      expect(Object.keys(JSON.parse(second.main.outputs.skipped!) as Record<string, string>)).toEqual(ALL);
      expect(second.annotations.filter((a) => a.command === 'warning' || a.command === 'error')).toEqual([]);
      // The markers were looked up, never downloaded.
      expect(ghes.requests.filter((r) => r.route === 'blob:get')).toHaveLength(downloadsBefore);
      expect(ghes.requests.some((r) => !r.route.startsWith('v1:') && !r.route.startsWith('blob:'))).toBe(false);
    } finally {
      await ghes.close();
    }
  });
});
