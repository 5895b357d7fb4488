// The job summary, annotations and matrix that dist/ writes on workspaces the
// size of real monorepos, in `mode: detect` (no uv, no cache service): the
// livekit/agents corpus (83 members, read in place and committed to a temp
// repository) and a generated Airflow-size one (109 members). Also: notices
// that name dependents which changed too, shards weighed by uv.lock, and
// outputs that are all set when main fails before it knows anything.
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createActionFixture, expandMatrix, runOnRepo, type ActionFixture } from '../helpers/action-e2e.js';
import { corpusFiles, memberPyproject } from '../helpers/fixtures.js';
import { createSandbox, type Sandbox } from '../helpers/git.js';
import { corpusDir } from '../helpers/tools.js';
import { OUTPUT_NAMES } from '../../src/report/outputs.js';

const corpus = corpusDir();
const livekit = corpus && path.join(corpus, 'livekit__agents');

/** A member whose dependencies are all members. */
const pyproject = (name: string, deps: string[]) => memberPyproject(name, deps, deps);

/** An Airflow-shaped workspace: a core, a task SDK on it, 100 providers on the SDK, a few tools. */
function airflowLike(): Record<string, string> {
  const files: Record<string, string> = {
    'pyproject.toml': '[project]\nname = "apache-airflow"\nversion = "3.0.0"\ndependencies = ["apache-airflow-core", "apache-airflow-task-sdk"]\n\n[tool.uv.sources]\napache-airflow-core = { workspace = true }\napache-airflow-task-sdk = { workspace = true }\n\n[tool.uv.workspace]\nmembers = ["airflow-core", "task-sdk", "providers/*", "dev/*"]\n',
    'airflow-core/pyproject.toml': pyproject('apache-airflow-core', []),
    'task-sdk/pyproject.toml': pyproject('apache-airflow-task-sdk', ['apache-airflow-core']),
  };
  for (let i = 0; i < 100; i++) {
    const name = `apache-airflow-providers-p${String(i).padStart(3, '0')}`;
    files[`providers/p${String(i).padStart(3, '0')}/pyproject.toml`] = pyproject(name, ['apache-airflow-task-sdk']);
  }
  for (const tool of ['breeze', 'docs-tools', 'helm-tests', 'kubernetes-tests', 'system-tests', 'devel-common']) {
    files[`dev/${tool}/pyproject.toml`] = pyproject(tool, []);
  }
  return files;
}

let sandbox: Sandbox;
beforeAll(async () => {
  sandbox = await createSandbox();
});
afterAll(async () => {
  await sandbox?.remove();
});

describe('summary at the size of real monorepos (mode: detect)', () => {
  it.skipIf(!livekit)('livekit/agents, one change in livekit-agents: folded rows, a graph, under 8 KB, and a silent post', async () => {
    const repo = await sandbox.repo('livekit');
    const base = await repo.commit('workspace', corpusFiles(livekit!, ['pyproject.toml', 'uv.lock', '.python-version']));
    const head = await repo.commit('agents: change', { 'livekit-agents/livekit/agents/job.py': 'X = 1\n' });
    const job = await runOnRepo({ repoDir: repo.dir, inputs: { mode: 'detect' }, event: { before: base, after: head } });
    expect(job.main.code, job.main.stdout).toBe(0);
    const members = JSON.parse(job.main.outputs.members!) as string[];
    expect(members.length, job.main.outputs.reasons).toBeGreaterThan(60);
    const summary = job.main.summary;
    expect(Buffer.byteLength(summary), summary).toBeLessThan(8 * 1024);
    // One row stands for the dependents that share their reason, their names collapsed.
    const folded = new RegExp(`<details><summary><b>(\\d+) members</b></summary>[^|]*\\| <code>livekit-plugins</code> \\| ✅ \\| depend on livekit-agents \\(runtime\\)`);
    expect(summary).toMatch(folded);
    expect(Number(folded.exec(summary)![1])).toBeGreaterThan(50);
    // The graph: the changed member and the folded plugins, the edge labelled with its kind.
    expect(summary).toMatch(/```mermaid\ngraph LR\n {2}m0\["livekit-agents"\]:::changed/);
    expect(summary).toMatch(/f\d\["\d+ members in livekit-plugins\/"\]/);
    expect(summary).toMatch(/m0 -->\|runtime\| f\d/);
    // The notice caps its list of dependents.
    const notice = job.annotations.find((a) => a.command === 'notice' && /livekit-agents changed/.test(a.message));
    expect(notice?.message).toMatch(/it pulls in \d+ dependents: (?:[a-z0-9-]+, ){9}[a-z0-9-]+ and \d+ more\./);
    // Detect mode has nothing to prune or save, and its post step says nothing.
    expect(job.post!.code).toBe(0);
    expect(job.post!.stdout.trim()).toBe('');
  });

  it('an Airflow-size workspace (109 members), one change in the core: under 8 KB', async () => {
    const repo = await sandbox.repo('airflow');
    const base = await repo.commit('workspace', airflowLike());
    const head = await repo.commit('core: change', { 'airflow-core/src/airflow/models.py': 'X = 1\n' });
    const job = await runOnRepo({ repoDir: repo.dir, inputs: { mode: 'detect' }, event: { before: base, after: head }, post: false });
    expect(job.main.code, job.main.stdout).toBe(0);
    expect(JSON.parse(job.main.outputs.members!)).toHaveLength(103);
    const summary = job.main.summary;
    expect(summary).toContain('103 of 109 members affected');
    expect(Buffer.byteLength(summary), summary).toBeLessThan(8 * 1024);
    expect(summary).toMatch(/<b>100 members<\/b>.*\| <code>providers<\/code> \| ✅ \| depend on apache-airflow-core via apache-airflow-task-sdk \|/);
    expect(summary).toContain('<details><summary>6 unaffected members</summary>');
    expect(summary).toContain('m0 -->|runtime| m');
  });
});

describe('past GitHub\'s limits', () => {
  it('7,000 members, every one affected: 256 shards said in the log, a summary under 1 MiB, outputs under 1 MB', async () => {
    const repo = await sandbox.repo('huge');
    // No background `git gc` still writing when the sandbox is removed.
    await repo.git('config', 'gc.auto', '0');
    const files: Record<string, string> = { 'pyproject.toml': '[tool.uv.workspace]\nmembers = ["pkgs/*/*"]\n' };
    for (let i = 0; i < 7000; i++) files[`pkgs/g${i % 70}/member-${i}/pyproject.toml`] = pyproject(`member-${i}`, []);
    const base = await repo.commit('workspace', files);
    const head = await repo.commit('python', { '.python-version': '3.12\n' });
    const job = await runOnRepo({ repoDir: repo.dir, inputs: { mode: 'detect' }, event: { before: base, after: head }, post: false });
    expect(job.main.code, job.main.stderr).toBe(0);
    expect(job.main.stdout).toMatch(/7000 affected members would make more matrix legs than GitHub's limit of 256: the matrix is sharded into 256 legs/);
    expect(expandMatrix(job.main.outputs.matrix!)).toHaveLength(256);
    expect(Buffer.byteLength(job.main.summary)).toBeLessThan(1024 * 1024);
    const outputsSize = Object.entries(job.main.outputs).reduce((n, [k, v]) => n + 2 * (k.length + v.length), 0);
    expect(outputsSize).toBeLessThan(1024 * 1024);
    expect(job.main.outputs.count).toBe('7000');
    console.log(`7,000 members: summary ${Buffer.byteLength(job.main.summary)} bytes, outputs ${outputsSize} bytes (UTF-16), main ${Math.round(job.main.durationMs)} ms`);
  }, 120_000);
});

describe('notices name dependents whether or not they changed too', () => {
  it('core and api both changed: the notice on core names api, marked as changed too', async () => {
    const repo = await sandbox.repo('notices');
    const base = await repo.commit('workspace', {
      'pyproject.toml': '[tool.uv.workspace]\nmembers = ["libs/*"]\n',
      'libs/core/pyproject.toml': pyproject('core', []),
      'libs/api/pyproject.toml': pyproject('api', ['core']),
      'libs/web/pyproject.toml': pyproject('web', ['api']),
      'libs/solo/pyproject.toml': pyproject('solo', []),
    });
    const head = await repo.commit('core and api', { 'libs/core/core/x.py': 'X = 1\n', 'libs/api/api/y.py': 'Y = 1\n', 'libs/solo/solo/z.py': 'Z = 1\n' });
    const job = await runOnRepo({ repoDir: repo.dir, inputs: { mode: 'detect' }, event: { before: base, after: head }, post: false });
    expect(job.main.code, job.main.stdout).toBe(0);
    const notices = job.annotations.filter((a) => a.command === 'notice').map((a) => a.message);
    expect(notices).toEqual([
      'api changed (1 file); it pulls in 1 dependent: web.',
      'core changed (1 file); it pulls in 2 dependents: api (changed too), web.',
      'solo changed (1 file); no other member depends on it.',
    ]);
    // The picture draws core → api although both changed.
    expect(job.main.summary).toMatch(/m\d -->\|runtime\| m\d/);
  });
});

describe('every output is set when main fails early', () => {
  it('a bad input: the step fails with one line, and every output has its empty value', async () => {
    const repo = await sandbox.repo('bad-input');
    await repo.commit('workspace', { 'pyproject.toml': pyproject('solo', []) });
    const job = await runOnRepo({ repoDir: repo.dir, inputs: { mode: 'detect', shards: 'many' } });
    expect(job.main.code).not.toBe(0);
    expect(Object.keys(job.main.outputs).sort()).toEqual([...OUTPUT_NAMES].sort());
    expect(job.main.outputs).toMatchObject({ members: '[]', matrix: '{"include":[]}', count: '0', 'any-affected': 'false', 'cache-hit': 'false' });
  });
});

describe('shards are balanced by what uv.lock installs', () => {
  let fx: ActionFixture;
  beforeAll(async () => {
    // heavy installs six third-party packages; the three light members none.
    fx = await createActionFixture({
      workspace: {
        members: [
          { name: 'heavy', path: 'packages/heavy', dependencies: ['w1', 'w2', 'w3', 'w4', 'w5', 'w6'] },
          { name: 'light-a', path: 'packages/light-a' },
          { name: 'light-b', path: 'packages/light-b' },
          { name: 'light-c', path: 'tools/light-c' },
        ],
      },
      wheels: ['w1', 'w2', 'w3', 'w4', 'w5', 'w6'].map((name) => ({ name, version: '1.0.0' })),
    });
  });
  afterAll(async () => {
    await fx?.remove();
  });

  it('puts the member with the big locked closure alone, and each leg carries its members’ paths', async () => {
    const base = await fx.repo.rev();
    const head = await fx.commit('all four', {
      'packages/heavy/src/heavy/x.py': 'X = 1\n',
      'packages/light-a/src/light_a/x.py': 'X = 1\n',
      'packages/light-b/src/light_b/x.py': 'X = 1\n',
      'tools/light-c/src/light_c/x.py': 'X = 1\n',
    });
    const job = await fx.runJob({ event: await fx.pushEvent(base, head), ref: head, uvVersion: null, inputs: { mode: 'detect', shards: '2' } });
    expect(job.main.code, job.log).toBe(0);
    // Counting workspace members, every member weighs 1 and the legs would be two and two.
    const legs = JSON.parse(job.main.outputs.matrix!).include as { package: string; path: string; paths: string[] }[];
    expect(legs).toEqual([
      { package: 'heavy', path: 'packages/heavy', paths: ['packages/heavy'] },
      { package: 'light-a light-b light-c', path: '.', paths: ['packages/light-a', 'packages/light-b', 'tools/light-c'] },
    ]);
    expect(expandMatrix(job.main.outputs.matrix!)).toHaveLength(2);
  });
});
