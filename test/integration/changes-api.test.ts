// The GitHub REST API paths of change detection, against a local HTTP server
// on 127.0.0.1: a pull request's files when git cannot reach its history, and
// `base: last-success` for pushes to a long-lived branch.
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { detectChanges, type DetectOptions } from '../../src/changes/detect.js';
import { createSandbox, type Repo, type Sandbox } from '../helpers/git.js';
import { startGitHubApi, type FakeGitHub, type FakeGitHubData, type FakeRun } from '../helpers/github-api-server.js';

const TOKEN = 'ghs_secret-token-for-tests';

let box: Sandbox;
let server: FakeGitHub | undefined;
let logs: string[];

beforeEach(async () => {
  box = await createSandbox();
  logs = [];
});
afterEach(async () => {
  await server?.close();
  server = undefined;
  await box.remove();
});

const log = { info: (m: string) => logs.push(m), warning: (m: string) => logs.push(`warning: ${m}`) };

async function serve(data: Omit<FakeGitHubData, 'token'>): Promise<FakeGitHub> {
  server = await startGitHubApi({ token: TOKEN, repository: 'octo/mono', ...data });
  return server;
}

async function run(repo: Repo, eventName: string, payload: unknown, extra: Partial<DetectOptions> = {}) {
  const eventPath = path.join(box.root, 'event.json');
  await writeFile(eventPath, JSON.stringify(payload));
  return detectChanges({ repoRoot: repo.dir, eventName, eventPath, log, ...extra });
}

function api(extra: Partial<NonNullable<DetectOptions['api']>> = {}): NonNullable<DetectOptions['api']> {
  return { token: TOKEN, url: server!.url, repository: 'octo/mono', ...extra };
}

/** A depth-1 PR checkout whose origin has gone away: git cannot fetch the base. */
async function unreachablePullRequest(): Promise<{ ci: Repo; base: string; head: string }> {
  const src = await box.repo('src');
  const base = await src.commit('base', { 'packages/a/pyproject.toml': '[project]\nname = "a"\n' });
  const head = await src.commit('change', { 'packages/a/x.py': 'x\n' });
  const origin = await box.remote(src);
  const ci = await box.checkout(origin, head);
  await ci.git('remote', 'set-url', 'origin', `${origin.url}-gone`);
  return { ci, base, head };
}

function prPayload(number: number, base: string, head: string, changedFiles?: number) {
  return { number, pull_request: { number, base: { sha: base }, head: { sha: head }, ...(changedFiles ? { changed_files: changedFiles } : {}) } };
}

describe("a pull request's files from the API", () => {
  it('lists every page when git cannot fetch the base, renames giving both paths', async () => {
    const { ci, base, head } = await unreachablePullRequest();
    const files = Array.from({ length: 230 }, (_, i) => `packages/p${i}/file ${i}.py`);
    await serve({ pulls: { 7: [...files, { filename: 'packages/new/name.py', previous_filename: 'packages/old/name.py', status: 'renamed' }] } });

    const result = await run(ci, 'pull_request', prPayload(7, base, head), { api: api() });

    expect(result).toMatchObject({ source: 'api', all: false, warnings: [] });
    expect(result.paths).toHaveLength(232);
    expect(result.paths).toEqual(expect.arrayContaining(['packages/p229/file 229.py', 'packages/new/name.py', 'packages/old/name.py']));
    expect(result.description).toContain('pull_request #7: 231 files from the GitHub API');
    expect(result.description).toContain(`base commit ${base.slice(0, 7)} is not in the clone`);
    const pages = server!.requests.filter((r) => r.path === '/repos/octo/mono/pulls/7/files');
    expect(pages.map((r) => r.query.page ?? '1')).toEqual(['1', '2', '3']);
    expect(pages.every((r) => r.authorized)).toBe(true);
    expect(JSON.stringify(result) + logs.join('\n')).not.toContain(TOKEN);
  });

  it("falls back to every member past the API's 3000-file limit", async () => {
    const { ci, base, head } = await unreachablePullRequest();
    await serve({ pulls: { 8: Array.from({ length: 3100 }, (_, i) => `f${i}.py`) } });

    const result = await run(ci, 'pull_request', prPayload(8, base, head), { api: api() });

    expect(result).toMatchObject({ source: 'none', all: true, paths: [] });
    expect(result.allReason).toContain('3000');
    expect(result.warnings).toHaveLength(1);
  });

  it('does not ask the API when the event already says the PR has more than 3000 files', async () => {
    const { ci, base, head } = await unreachablePullRequest();
    await serve({ pulls: { 9: ['a.py'] } });

    const result = await run(ci, 'pull_request', prPayload(9, base, head, 4500), { api: api() });

    expect(result).toMatchObject({ source: 'none', all: true });
    expect(result.allReason).toContain('4500 files');
    expect(server!.requests).toEqual([]);
  });

  it('falls back to every member with a warning when the API fails or there is no token', async () => {
    const { ci, base, head } = await unreachablePullRequest();
    await serve({ pulls: { 7: ['a.py'] }, failWith: 502 });

    const failed = await run(ci, 'pull_request', prPayload(7, base, head), { api: api() });
    expect(failed).toMatchObject({ source: 'none', all: true });
    expect(failed.warnings[0]).toContain('the GitHub API did not list the pull request');

    const noToken = await run(ci, 'pull_request', prPayload(7, base, head), { api: api({ token: '' }) });
    expect(noToken).toMatchObject({ source: 'none', all: true });
    expect(noToken.warnings[0]).toContain('no github-token');
  });

  it('prefers git when it can reach the history: the API is not asked', async () => {
    const src = await box.repo('src');
    const base = await src.commit('base', { 'a.py': '1' });
    const head = await src.commit('change', { 'b.py': '2' });
    const ci = await box.checkout(await box.remote(src), head);
    await serve({ pulls: { 7: ['wrong.py'] } });

    const result = await run(ci, 'pull_request', prPayload(7, base, head), { api: api() });

    expect(result).toMatchObject({ source: 'git', paths: ['b.py'] });
    expect(server!.requests).toEqual([]);
  });
});

describe('base: last-success', () => {
  function successfulRun(id: number, sha: string, extra: Partial<FakeRun> = {}): FakeRun {
    return {
      id,
      workflow_id: 100,
      workflow_file: 'ci.yml',
      head_branch: 'main',
      head_sha: sha,
      event: 'push',
      status: 'completed',
      conclusion: 'success',
      created_at: `2026-01-0${id % 10}T00:00:00Z`,
      ...extra,
    };
  }

  /** main: good (CI green) → broke (CI red, member a) → next (member b): the push of `next` must still cover a. */
  async function brokenThenPushed() {
    const src = await box.repo('src');
    const good = await src.commit('good', { 'packages/a/x.py': '1', 'packages/b/y.py': '1' });
    const broke = await src.commit('break a', { 'packages/a/x.py': '2' });
    const next = await src.commit('change b', { 'packages/b/y.py': '2' });
    const ci = await box.checkout(await box.remote(src), 'refs/heads/main');
    const payload = { ref: 'refs/heads/main', before: broke, after: next, forced: false, repository: { default_branch: 'main' } };
    return { ci, good, broke, next, payload };
  }

  it('diffs against the head of the last successful run of the same workflow on the branch', async () => {
    const { ci, good, broke, next, payload } = await brokenThenPushed();
    await serve({
      runs: [
        successfulRun(1, good),
        successfulRun(2, broke, { conclusion: 'failure' }),
        successfulRun(3, broke, { head_branch: 'other' }),
        successfulRun(4, broke, { workflow_id: 101, workflow_file: 'docs.yml' }),
      ],
    });

    const result = await run(ci, 'push', payload, { base: 'last-success', api: api({ workflowRef: 'octo/mono/.github/workflows/ci.yml@refs/heads/main', ref: 'main' }) });

    expect(result).toMatchObject({ source: 'git', all: false, base: good, head: next, warnings: [] });
    expect(result.paths).toEqual(['packages/a/x.py', 'packages/b/y.py']);
    expect(result.description).toContain('last successful run 1');
    expect(result.description).toContain(`fetched last successful ${good.slice(0, 7)} at depth 1`);
    const listing = server!.requests.find((r) => r.path.endsWith('/runs') && r.path.includes('/workflows/'));
    expect(listing?.path).toBe('/repos/octo/mono/actions/workflows/ci.yml/runs');
    expect(listing?.query).toMatchObject({ branch: 'main', status: 'success', event: 'push' });
  });

  it('finds the workflow through GITHUB_RUN_ID when GITHUB_WORKFLOW_REF is absent', async () => {
    const { ci, good, next, payload } = await brokenThenPushed();
    await serve({ runs: [successfulRun(1, good), successfulRun(5, next, { status: 'in_progress', conclusion: null })] });

    const result = await run(ci, 'push', payload, { base: 'last-success', api: api({ runId: '5' }) });

    expect(result).toMatchObject({ base: good, head: next });
    expect(server!.requests.map((r) => r.path)).toEqual(['/repos/octo/mono/actions/runs/5', '/repos/octo/mono/actions/workflows/100/runs']);
  });

  it("falls back to the push's before when the workflow never succeeded on the branch", async () => {
    const { ci, broke, next, payload } = await brokenThenPushed();
    await serve({ runs: [successfulRun(2, broke, { conclusion: 'failure' })] });

    const result = await run(ci, 'push', payload, { base: 'last-success', api: api({ workflowRef: 'octo/mono/.github/workflows/ci.yml@refs/heads/main' }) });

    expect(result).toMatchObject({ source: 'git', base: broke, head: next, paths: ['packages/b/y.py'], warnings: [] });
    expect(logs.some((l) => l.includes('no successful run of this workflow on main'))).toBe(true);
  });

  it("falls back to before with a warning when the API cannot be asked", async () => {
    const { ci, broke, payload } = await brokenThenPushed();
    await serve({ failWith: 500 });

    const result = await run(ci, 'push', payload, { base: 'last-success', api: api({ workflowRef: 'octo/mono/.github/workflows/ci.yml@refs/heads/main' }) });

    expect(result).toMatchObject({ source: 'git', base: broke, paths: ['packages/b/y.py'] });
    expect(result.warnings).toHaveLength(1);
    expect(result.warnings[0]).toContain("base 'last-success'");
    expect(result.warnings[0]).not.toContain(TOKEN);
  });
});
