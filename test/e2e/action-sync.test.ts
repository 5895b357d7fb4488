// The bundled action, main then post, as the runner runs it under Node 20 and
// Node 24: a push to a real repository, the real pinned uv against a loopback
// index, the real @actions/cache client against the local cache service.
// First job: miss → one sync of the affected members → prune → save. Second
// job on a fresh checkout: exact hit, nothing downloaded, nothing saved.
// Third job, other members: restored from the first job's entry by restore key.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createActionFixture, type ActionFixture, type JobResult } from '../helpers/action-e2e.js';
import { startCacheServer, type CacheServer } from '../helpers/cache-server.js';
import { nodeBinaries, UV_VERSION } from '../helpers/tools.js';
import { installedPackages } from '../helpers/uv-workspace.js';

let fx: ActionFixture;
let base: string;
let apiChange: string;
let toolsChange: string;

beforeAll(async () => {
  fx = await createActionFixture({
    workspace: {
      members: [
        { name: 'core', path: 'packages/core', dependencies: ['tiny-dep'] },
        { name: 'api', path: 'packages/api', dependencies: ['core', 'srcdep'] },
        { name: 'web', path: 'packages/web', dependencies: ['api', 'webdep'] },
        { name: 'tools', path: 'packages/tools', dependencies: ['lonely'] },
      ],
    },
    wheels: [],
    sdists: [
      { name: 'tiny-dep', version: '1.0.0' },
      { name: 'srcdep', version: '2.0.0' },
      { name: 'webdep', version: '0.3.0' },
      { name: 'lonely', version: '3.0.0' },
    ],
    files: { 'README.md': '# monorepo\n' },
  });
  base = await fx.repo.rev();
  apiChange = await fx.commit('api: change', { 'packages/api/src/api/handlers.py': 'def handle():\n    return 1\n' });
  toolsChange = await fx.commit('tools: change', { 'packages/tools/src/tools/cli.py': 'def main():\n    pass\n' });
});

afterAll(async () => {
  await fx?.remove();
});

const API_CLOSURE = ['api', 'core', 'srcdep', 'tiny-dep', 'web', 'webdep'];
const INPUTS = { 'sync-args': '--locked' };

function messages(job: JobResult, command: string): string[] {
  return job.annotations.filter((a) => a.command === command).map((a) => a.message);
}

describe.each(nodeBinaries())('round trip under $name', ({ bin }) => {
  let server: CacheServer;
  let first: JobResult;

  beforeAll(async () => {
    server = await startCacheServer();
  });
  afterAll(async () => {
    await server?.close();
  });

  it('first job: cache miss, one sync of the affected members, prune, save', async () => {
    first = await fx.runJob({ node: bin, cacheServer: server, event: await fx.pushEvent(base, apiChange), ref: apiChange, inputs: INPUTS });
    const { main, post } = first;
    expect(main.code, first.log).toBe(0);
    expect(post!.code, first.log).toBe(0);

    expect(JSON.parse(main.outputs.members!)).toEqual(['api', 'web']);
    expect(JSON.parse(main.outputs.matrix!)).toEqual({
      include: [
        { package: 'api', path: 'packages/api' },
        { package: 'web', path: 'packages/web' },
      ],
    });
    expect(main.outputs['cache-hit']).toBe('false');
    expect(main.outputs['cache-matched-key']).toBe('');
    expect(main.outputs['cache-key']).toMatch(/^uv-ws-v2-linux-/);
    expect(main.outputs['link-mode']).toBe('hardlink');
    expect(main.outputs['uv-version']).toBe(UV_VERSION);

    // One `uv sync` with both members; the venv holds them and what they need, not `tools`.
    expect(main.stdout).toMatch(/uv sync --package api --package web --locked/);
    expect(installedPackages(first.venv)).toEqual(API_CLOSURE);

    // Later steps get the cache dir, which sits on the venv's filesystem under RUNNER_TEMP.
    const cacheDir = main.exportedEnv.UV_CACHE_DIR!;
    expect(cacheDir).toBe(main.outputs['cache-dir']);
    expect(path.dirname(cacheDir)).toBe(first.runnerTemp);
    expect(existsSync(path.join(cacheDir, 'CACHEDIR.TAG'))).toBe(true);

    expect(main.summary).toContain('api');
    expect(main.summary).toContain('web');
    expect(main.summary).toMatch(/Restore \| ❌ miss/);
    expect(main.summary).toMatch(/\| <b>web<\/b> \| .* \| ✅ synced \|/);
    expect(first.log).not.toMatch(/Failed to hardlink/);
    // uv's own note on sdists built on a miss is expected; nothing about the cache or links.
    expect(messages(first, 'warning').filter((m) => !/from source/.test(m))).toEqual([]);
    expect(messages(first, 'error')).toEqual([]);

    // Post pruned with --ci and saved under the key main computed.
    expect(post!.stdout).toMatch(/uv cache prune --ci/);
    // uv's own prune output is in the group (not an empty one), and the summary's figures agree: one byte measure, uv's file count.
    expect(post!.stdout).toMatch(/^::group::uv cache prune --ci\n(?:(?!::endgroup::).*\n)*.*Removed \d+ files/m);
    expect(post!.summary).toMatch(/uv removed \d+ files; the cache went from [\d.]+ \w+ to [\d.]+ \w+ on disk, [\d.]+ \w+ freed/);
    expect(post!.summary).toContain('<summary>uv cache prune output</summary>');
    const saved = server.entries().filter((e) => e.finalized);
    expect(saved.map((e) => e.key)).toEqual([main.outputs['cache-key']]);
    expect(post!.summary).toContain(main.outputs['cache-key']!);
  });

  it('second job, same change on a fresh checkout: exact hit, no download, no second save', async () => {
    expect(first, 'needs the first job').toBeDefined();
    const second = await fx.runJob({ node: bin, cacheServer: server, event: await fx.pushEvent(base, apiChange), ref: apiChange, inputs: INPUTS });
    expect(second.main.code, second.log).toBe(0);
    expect(second.post!.code, second.log).toBe(0);
    expect(second.main.outputs['cache-key']).toBe(first.main.outputs['cache-key']);
    expect(second.main.outputs['cache-hit']).toBe('true');
    expect(second.main.outputs['cache-matched-key']).toBe(first.main.outputs['cache-key']);
    expect(installedPackages(second.venv)).toEqual(API_CLOSURE);
    expect(second.downloads).toBe(0);
    expect(second.log).not.toMatch(/Failed to hardlink/);
    expect(messages(second, 'warning')).toEqual([]);
    // Nothing is uploaded, so nothing is pruned: the restored cache stays whole for the next steps;
    // main says why, and the runner does not start post.
    expect(second.post!.skipped).toBe(true);
    expect(second.log).not.toMatch(/uv cache prune/);
    expect(second.main.stdout).toMatch(/Not saving the uv cache: it was restored from an exact key match/);
    expect(server.entries()).toHaveLength(1);
    expect(server.requests.filter((r) => r.route === 'CreateCacheEntry')).toHaveLength(1);
  });

  it('a change to another member restores the first entry by restore key and saves its own', async () => {
    expect(first, 'needs the first job').toBeDefined();
    const other = await fx.runJob({ node: bin, cacheServer: server, event: await fx.pushEvent(apiChange, toolsChange), ref: toolsChange, inputs: INPUTS });
    expect(other.main.code, other.log).toBe(0);
    expect(other.post!.code, other.log).toBe(0);
    expect(JSON.parse(other.main.outputs.members!)).toEqual(['tools']);
    expect(other.main.outputs['cache-key']).not.toBe(first.main.outputs['cache-key']);
    expect(other.main.outputs['cache-hit']).toBe('false');
    expect(other.main.outputs['cache-matched-key']).toBe(first.main.outputs['cache-key']);
    expect(installedPackages(other.venv)).toEqual(['lonely', 'tools']);
    expect(
      server
        .entries()
        .filter((e) => e.finalized)
        .map((e) => e.key)
        .sort(),
    ).toEqual([first.main.outputs['cache-key'], other.main.outputs['cache-key']].sort());
  });
});
