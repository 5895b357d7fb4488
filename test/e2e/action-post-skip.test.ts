// The post step costs a job a step even when it has nothing to do, so main
// tells the runner when it has (src/action/post-skip.ts) and action.yml's
// post-if skips it. The jobs here run as the runner runs them: the harness
// (scripts/lib/runner.mjs runPost) evaluates action.yml's post-if with
// GitHub's own expression engine against the job's environment after main.
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runPost, runStep } from '../../scripts/lib/runner.mjs';
import { createActionFixture, STEP_NAME, type ActionFixture, type JobResult } from '../helpers/action-e2e.js';
import { startCacheServer, type CacheServer } from '../helpers/cache-server.js';
import { distDir } from '../helpers/tools.js';

let fx: ActionFixture;
let server: CacheServer;
let base: string;
let head: string;

beforeAll(async () => {
  fx = await createActionFixture({
    workspace: { members: [{ name: 'core', path: 'packages/core', dependencies: ['wheeldep'] }, { name: 'api', path: 'packages/api', dependencies: ['core'] }] },
    wheels: [{ name: 'wheeldep', version: '1.0.0' }],
  });
  base = await fx.repo.rev();
  head = await fx.commit('api: change', { 'packages/api/src/api/handlers.py': 'def handle():\n    return 1\n' });
  server = await startCacheServer();
});

afterAll(async () => {
  await server?.close();
  await fx?.remove();
});

const VARIABLE = 'UV_WORKSPACE_SYNC_SKIP_POST';

async function job(inputs: Record<string, string> = {}, options: { post?: boolean; env?: Record<string, string>; checkout?: JobResult['checkout'] } = {}): Promise<JobResult> {
  const result = await fx.runJob({ cacheServer: server, event: await fx.pushEvent(base, head), ref: head, inputs: { 'sync-args': '--locked', ...inputs }, ...options });
  expect(result.main.code, result.log).toBe(0);
  return result;
}

describe('post-if', () => {
  it('runs post when it saves, and skips it on the exact hit that follows, where main says why', async () => {
    const first = await job();
    expect(first.main.outputs['cache-hit']).toBe('false');
    expect(first.main.exportedEnv[VARIABLE]).toBe(`[!${STEP_NAME}]`);
    expect(first.post?.skipped).toBe(false);
    expect(first.post?.stdout).toContain('saved the uv cache under key');

    const second = await job();
    expect(second.main.outputs['cache-hit']).toBe('true');
    expect(second.main.exportedEnv[VARIABLE]).toBe(`[${STEP_NAME}]`);
    expect(second.post?.skipped, second.log).toBe(true);
    expect(second.main.stdout).toContain('Not saving the uv cache: it was restored from an exact key match, which cannot change.');
  });

  it('mode: detect never starts post', async () => {
    const detect = await job({ mode: 'detect' });
    expect(detect.post?.skipped, detect.log).toBe(true);
  });

  it('two uses in one job: each post runs or not by its own main, whatever the order', async () => {
    // `b` has an entry (an exact hit later); `a` has none, so its post must run and save.
    await job({ 'cache-key-suffix': 'b' });
    const a = await job({ 'cache-key-suffix': 'a' }, { post: false });
    const bName = `${STEP_NAME}_2`;
    const b = await job({ 'cache-key-suffix': 'b' }, { post: false, checkout: a.checkout, env: { ...a.main.exportedEnv, GITHUB_ACTION: bName } });
    expect(b.main.outputs['cache-hit']).toBe('true');
    const jobEnv = { ...fx.jobEnv({ workspace: a.checkout.dir, runnerTemp: a.runnerTemp, cacheServer: server }), ...a.main.exportedEnv, ...b.main.exportedEnv };
    expect(jobEnv[VARIABLE]).toBe(`[!${STEP_NAME}][${bName}]`);
    const entry = path.join(distDir(), 'post', 'index.js');
    const saved = () => server.entries().filter((e) => e.finalized).length;
    const before = saved();
    // Posts run in reverse order, with the job's environment as it is at the end.
    const bPost = await runPost(entry, b.main, { inputs: { 'cache-key-suffix': 'b' }, jobEnv: { ...jobEnv, GITHUB_ACTION: bName }, cwd: a.checkout.dir });
    const aPost = await runPost(entry, a.main, { inputs: { 'cache-key-suffix': 'a' }, jobEnv, cwd: a.checkout.dir });
    expect(bPost.skipped).toBe(true);
    expect(aPost.skipped).toBe(false);
    expect(aPost.stdout).toContain('saved the uv cache under key');
    expect(saved()).toBe(before + 1);
  });

  it('a later step with the same name that needs post cannot be skipped by an earlier one that did not', async () => {
    // Composite actions may give two steps one name: the one that needs post wins, in either order.
    const hit = await job({ 'cache-key-suffix': 'b' }, { post: false });
    expect(hit.main.exportedEnv[VARIABLE]).toBe(`[${STEP_NAME}]`);
    const miss = await job({ 'cache-key-suffix': 'c' }, { post: false, checkout: hit.checkout, env: hit.main.exportedEnv });
    expect(miss.main.exportedEnv[VARIABLE]).toBe(`[!${STEP_NAME}]`);
    const again = await runStep(path.join(distDir(), 'main', 'index.js'), {
      inputs: { 'github-token': '', 'sync-args': '--locked', 'cache-key-suffix': 'b' },
      baseEnv: { ...fx.jobEnv({ workspace: hit.checkout.dir, runnerTemp: hit.runnerTemp, cacheServer: server, event: await fx.pushEvent(base, head) }), ...miss.main.exportedEnv },
      cwd: hit.checkout.dir,
    });
    expect(again.code, again.stdout).toBe(0);
    // Unchanged: the earlier `[!name]` keeps every post of that name running.
    expect(again.exportedEnv[VARIABLE]).toBeUndefined();
  });
});
