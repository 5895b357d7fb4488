// Untrusted events through the bundled action: no cache saved on
// pull_request_target / workflow_run unless asked; a pull request whose file
// names, branch and title are hostile executes nothing, injects no workflow
// command and renders escaped; the github-token never shows anywhere, even
// when the API fails with debug logging on; and src/ starts no shell.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { workflowCommands } from '../../scripts/lib/runner.mjs';
import { createActionFixture, type ActionFixture, type JobResult } from '../helpers/action-e2e.js';
import { cacheServerPool, type CacheServer } from '../helpers/cache-server.js';
import { startGitHubApi } from '../helpers/github-api-server.js';
import { projectRoot } from '../helpers/tools.js';
import { installedPackages } from '../helpers/uv-workspace.js';
import { ABC_FIXTURE, UNTRUSTED } from './cases.js';
import { caseRows, commandMessages, unescapeCommand, writeResults } from './record.js';

let fx: ActionFixture;
const caches = cacheServerPool();
const passed = new Set<string>();
const TAG = randomBytes(4).toString('hex');

beforeAll(async () => {
  fx = await createActionFixture(ABC_FIXTURE);
});

afterAll(async () => {
  await caches.closeAll();
  await fx?.remove();
  writeResults('untrusted', {
    cachesLost: 0,
    rows: caseRows(UNTRUSTED, passed),
  });
});

async function eventFile(name: string, payload: unknown): Promise<string> {
  const file = path.join(fx.root, `event-${name}.json`);
  await writeFile(file, JSON.stringify(payload));
  return file;
}

describe('save policy on untrusted events', () => {
  const inputs = { 'changed-files': 'packages/a/src/a/__init__.py', 'sync-args': '--locked' };

  async function prTargetJob(cache: CacheServer, extra: Record<string, string> = {}): Promise<JobResult> {
    const base = await fx.repo.rev();
    const event = await eventFile('prt', { number: 3, pull_request: { number: 3, title: 'fork PR', base: { sha: base, ref: 'main' }, head: { sha: base, ref: 'fork' } } });
    return fx.runJob({ cacheServer: cache, event, eventName: 'pull_request_target', inputs: { ...inputs, ...extra } });
  }

  it('pull-request-target-no-save: a pull_request_target run neither restores nor saves by default (as setup-uv)', async () => {
    const cache = await caches.start();
    // A trusted push saved the cache for another member set first.
    const trusted = await fx.runJob({ cacheServer: cache, inputs: { 'changed-files': 'packages/c/src/c/__init__.py' } });
    expect(trusted.post?.code).toBe(0);
    expect(cache.entries()).toHaveLength(1);
    const before = cache.requests.length;

    const job = await prTargetJob(cache);
    expect(job.main.code, job.log).toBe(0);
    expect(JSON.parse(job.main.outputs.members!)).toEqual(['a', 'b']);
    expect(job.main.outputs['cache-hit']).toBe('false');
    expect(job.main.outputs['cache-matched-key']).toBe('');
    expect(installedPackages(job.venv)).toEqual(['a', 'b', 'tiny']);
    expect(job.post?.code).toBe(0);
    expect(job.main.stdout).toContain("not restoring or saving the uv cache on a pull_request_target event, which runs in the base repository's cache scope where a poisoned cache could reach trusted runs (set 'cache: true' to use it anyway)");
    expect(cache.requests.length, 'not one request to the cache service').toBe(before);
    expect(cache.entries()).toHaveLength(1);
    passed.add('pull-request-target-no-save');
  });

  it('workflow-run-no-save: a workflow_run run does not save by default', async () => {
    const cache = await caches.start();
    const event = await eventFile('wr', { action: 'completed', workflow_run: { head_branch: 'fork-branch', head_sha: await fx.repo.rev() } });
    const job = await fx.runJob({ cacheServer: cache, event, eventName: 'workflow_run', inputs });
    expect(job.main.code, job.log).toBe(0);
    expect(job.post?.code).toBe(0);
    expect(job.main.stdout).toContain('not restoring or saving the uv cache on a workflow_run event');
    expect(cache.requests.filter((r) => r.route === 'CreateCacheEntry')).toEqual([]);
    expect(cache.entries()).toEqual([]);
    passed.add('workflow-run-no-save');
  });

  it('save-cache-true-overrides: cache: true with save-cache: true saves on pull_request_target', async () => {
    const cache = await caches.start();
    const job = await prTargetJob(cache, { cache: 'true', 'save-cache': 'true' });
    expect(job.main.code, job.log).toBe(0);
    expect(job.post?.code).toBe(0);
    expect(cache.entries().filter((e) => e.finalized).map((e) => e.key)).toEqual([job.main.outputs['cache-key']]);
    passed.add('save-cache-true-overrides');
  });
});

describe('a pull request with hostile names', () => {
  // Names a careless action would hand to a shell or print as a workflow command.
  const fileNames = [
    `$(touch pwned-${TAG})`,
    `\`touch pwned-${TAG}\``,
    `x; touch pwned-${TAG}`,
    `line\n::error::injected-${TAG}`,
    `%0A::warning::encoded-${TAG}`,
    '<img src=x onerror=alert(1)>',
    '| @here #1 *bold* [link](javascript:alert(1)) ~~x~~',
  ].map((name) => `packages/a/src/a/${name}.py`);
  const marker = path.join(os.tmpdir(), `uvws-pwned-${TAG}`);
  const branch = `feat/\`id\`;$(touch\${IFS}${marker})`;
  const title = `::error::title-injected $(touch ${marker}) \`touch ${marker}\`\n::warning::x <script>alert(1)</script>`;

  let base: string;
  let head: string;

  beforeAll(() => {
    const dir = fx.repo.dir;
    const git = (args: string[], env: NodeJS.ProcessEnv = {}, input?: Buffer | string) =>
      execFileSync('git', args, {
        cwd: dir,
        input,
        env: { ...process.env, GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1', GIT_AUTHOR_NAME: 'Mallory', GIT_AUTHOR_EMAIL: 'm@example.com', GIT_COMMITTER_NAME: 'Mallory', GIT_COMMITTER_EMAIL: 'm@example.com', ...env },
      })
        .toString()
        .trim();
    execFileSync('git', ['check-ref-format', '--branch', branch]);
    base = git(['rev-parse', 'main']);
    const blob = git(['hash-object', '-w', '--stdin'], {}, 'X = 1\n');
    const indexEnv = { GIT_INDEX_FILE: path.join(fx.root, 'hostile-index') };
    git(['read-tree', 'main'], indexEnv);
    git(['update-index', '-z', '--index-info'], indexEnv, fileNames.map((f) => `100644 ${blob}\t${f}\0`).join(''));
    const tree = git(['write-tree'], indexEnv);
    head = git(['commit-tree', tree, '-p', base, '-m', title]);
    // GitHub's test merge of the pull request: the base tip, then the PR head.
    const merge = git(['commit-tree', tree, '-p', base, '-p', head, '-m', `Merge ${head} into ${base}`]);
    git(['update-ref', `refs/heads/${branch}`, head]);
    git(['update-ref', 'refs/pull/9/head', head]);
    git(['update-ref', 'refs/pull/9/merge', merge]);
    git(['push', '-q', '--force', fx.origin.dir, `refs/heads/${branch}:refs/heads/${branch}`, 'refs/pull/9/head:refs/pull/9/head', 'refs/pull/9/merge:refs/pull/9/merge']);
  });

  function pwned(): string[] {
    const found: string[] = [];
    if (existsSync(marker)) found.push(marker);
    for (const dir of [fx.root, fx.sandbox.root, process.cwd()]) {
      for (const entry of entriesBelow(dir)) {
        if (path.basename(entry).startsWith(`pwned-${TAG}`)) found.push(entry);
      }
    }
    return found;
  }

  // Every path below `dir` but inside the installed tools: node_modules, .git, and
  // .tools, whose Wine prefix links drive z: to / (a walk there reads the machine).
  function entriesBelow(dir: string): string[] {
    const out: string[] = [];
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      out.push(full);
      if (entry.isDirectory() && !['node_modules', '.git', '.tools'].includes(entry.name)) out.push(...entriesBelow(full));
    }
    return out;
  }

  function expectInert(job: JobResult): void {
    expect(pwned(), 'nothing was executed').toEqual([]);
    for (const step of [job.main, job.post]) {
      if (!step) continue;
      const cmds = workflowCommands(step.stdout);
      expect(new Set(cmds.map((c) => c.command)), 'only the commands the action itself issues').toEqual(
        new Set(cmds.map((c) => c.command).filter((c) => ['group', 'endgroup', 'notice', 'debug', 'add-matcher', 'remove-matcher', 'add-mask'].includes(c))),
      );
      expect(commandMessages(step, 'error')).toEqual([]);
      expect(commandMessages(step, 'warning')).toEqual([]);
      for (const line of `${step.stdout}\n${step.stderr}`.split('\n')) {
        expect(line, 'no line starts a workflow command from a name').not.toMatch(/^::(error|warning)::(injected|encoded|title)/);
      }
      expect(step.summary).not.toMatch(/<img|<script|::error::|\$\(touch|`touch|@here/);
    }
  }

  it('hostile-names: nothing executed, no injected command, escaped summary (pull_request on the merge commit, then a push of the branch)', async () => {
    const cache = await caches.start();
    const event = await eventFile('hostile-pr', {
      number: 9,
      pull_request: { number: 9, title, body: title, base: { sha: base, ref: 'main' }, head: { sha: head, ref: branch }, changed_files: fileNames.length },
    });
    const checkout = await fx.sandbox.checkout(fx.origin, 'refs/pull/9/merge', { depth: 1, name: 'hostile-pr' });
    const pr = await fx.runJob({
      checkout,
      cacheServer: cache,
      event,
      eventName: 'pull_request',
      inputs: { 'sync-args': '--locked' },
      env: { GITHUB_HEAD_REF: branch, GITHUB_BASE_REF: 'main', GITHUB_REF_NAME: '9/merge' },
    });
    expect(pr.main.code, pr.log).toBe(0);
    expect(JSON.parse(pr.main.outputs.members!)).toEqual(['a', 'b']);
    expect(installedPackages(pr.venv)).toEqual(['a', 'b', 'tiny']);
    expectInert(pr);
    // Exactly the annotation the action means to make, its file property escaped by @actions/core.
    const notices = workflowCommands(pr.main.stdout).filter((c) => c.command === 'notice');
    expect(notices.map((n) => unescapeCommand(n.message))).toEqual([`a changed (${fileNames.length} files); it pulls in 1 dependent: b.`]);
    expect(notices[0]!.props.file).not.toContain('\n');
    expect(pr.main.summary).toContain('&lt;img src=x onerror=alert(1)&gt;');
    // The names are data: the outputs carry them exactly (for `env:`, never `run:` interpolation).
    expect(Object.values(JSON.parse(pr.main.outputs.reasons!) as Record<string, string[]>).flat().join('\n')).toContain(`changed: ${fileNames[0]}`);

    const pushEvent = await eventFile('hostile-push', { ref: `refs/heads/${branch}`, before: base, after: head, forced: false, repository: { default_branch: 'main' } });
    const push = await fx.runJob({ ref: `refs/heads/${branch}`, event: pushEvent, inputs: { mode: 'detect' }, env: { GITHUB_REF_NAME: branch } });
    expect(push.main.code, push.log).toBe(0);
    expect(JSON.parse(push.main.outputs.members!)).toEqual(['a', 'b']);
    expect(push.main.summary).toContain('&#36;(touch&#36;{IFS}');
    expectInert(push);
    passed.add('hostile-names');
  });
});

describe('the github-token', () => {
  it('token-never-printed: never printed, even when the API fails with debug logging on; only read calls', async () => {
    const token = `ghs_${randomBytes(18).toString('hex')}`;
    const api = await startGitHubApi({ token, pulls: { 5: ['packages/c/src/c/__init__.py'] }, failWith: 500 });
    try {
      const base = await fx.repo.rev();
      const event = await eventFile('token', { number: 5, pull_request: { number: 5, title: 't', base: { sha: base, ref: 'main' }, head: { sha: 'f'.repeat(40), ref: 'x' } } });
      const run = async () => {
        const checkout = await fx.sandbox.checkout(fx.origin, 'refs/heads/main', { depth: 1, name: `token-${api.requests.length}` });
        // No git history to diff (a downloaded archive): the pull request's files come from the API.
        await rm(path.join(checkout.dir, '.git'), { recursive: true, force: true });
        return fx.runJob({
          checkout,
          event,
          eventName: 'pull_request',
          inputs: { mode: 'detect', 'github-token': token },
          env: { GITHUB_API_URL: api.url, GITHUB_REPOSITORY: 'octo/mono', RUNNER_DEBUG: '1', ACTIONS_STEP_DEBUG: 'true' },
        });
      };
      const seen: string[] = [];
      const failed = await run();
      expect(failed.main.outputs.all).toBe('true');
      expect(commandMessages(failed.main, 'warning')).toEqual([expect.stringContaining("the GitHub API did not list the pull request's files")]);
      seen.push(JSON.stringify(failed));

      api.data.failWith = undefined;
      api.data.token = 'another-token';
      const refused = await run();
      expect(refused.main.outputs.all).toBe('true');
      seen.push(JSON.stringify(refused));

      api.data.token = token;
      const listed = await run();
      expect(listed.main.outputs.all).toBe('false');
      expect(JSON.parse(listed.main.outputs.members!)).toEqual(['c']);
      seen.push(JSON.stringify(listed));

      for (const [i, text] of seen.entries()) expect(text.includes(token), `run ${i + 1} printed the token`).toBe(false);
      expect(api.requests.length).toBeGreaterThanOrEqual(3);
      expect(api.requests.every((r) => r.method === 'GET')).toBe(true);
      expect(api.requests.some((r) => r.authorized), 'the token was sent to the API').toBe(true);
    } finally {
      await api.close();
    }
    passed.add('token-never-printed');
  });
});

describe('no shell', () => {
  it('no-shell: every child process in src/ is an argv array', () => {
    const files = readdirSync(path.join(projectRoot, 'src'), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'));
    expect(files.length).toBeGreaterThan(20);
    const offenders: string[] = [];
    for (const file of files) {
      const text = readFileSync(path.join(projectRoot, 'src', file), 'utf8');
      if (/\bshell\s*:\s*(true|['"`])/.test(text)) offenders.push(`${file}: shell option`);
      for (const m of text.matchAll(/import\s*\{([^}]*)\}\s*from\s*['"](?:node:)?child_process['"]/g)) {
        if (/\b(exec|execSync)\b(?!\w)/.test(m[1]!.replace(/\bexecFile(Sync)?\b/g, ''))) offenders.push(`${file}: imports exec/execSync, which run a shell`);
      }
      if (/\bchild_process\.(exec|execSync)\(/.test(text)) offenders.push(`${file}: child_process.exec runs a shell`);
    }
    expect(offenders).toEqual([]);
    passed.add('no-shell');
  });
});
