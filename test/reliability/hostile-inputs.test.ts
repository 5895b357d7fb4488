// Hostile input, round three (issue #22, the items outside the cache archive):
// through the bundled action (dist/main then dist/post, as the runner runs
// them) and the bundled CLI. Passed markers follow the uv cache's save gate;
// globs follow picomatch and never backtrack; the GitHub API and uv sync
// have deadlines; uv's prune output is escaped; the runner's own files
// failing is one error; annotations stay within what GitHub shows; the
// pull-request notice names only dependents it really pulls in; the CLI
// reads --files through the bounded reader.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { chmod, mkdir, writeFile } from 'node:fs/promises';
import net from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runStep, workflowCommands, type StepResult } from '../../scripts/lib/runner.mjs';
import { createActionFixture, type ActionFixture } from '../helpers/action-e2e.js';
import { cacheServerPool, type CacheServer } from '../helpers/cache-server.js';
import { distDir, UV_VERSION, uvBin, uvPathDir } from '../helpers/tools.js';
import { ABC_FIXTURE, HOSTILE_INPUTS } from './cases.js';
import { caseRows, commandMessages, writeResults } from './record.js';

let fx: ActionFixture;
const caches = cacheServerPool();
const passed = new Set<string>();

beforeAll(async () => {
  fx = await createActionFixture(ABC_FIXTURE);
});

afterAll(async () => {
  await caches.closeAll();
  await fx?.remove();
  writeResults('hostile-inputs', { rows: caseRows(HOSTILE_INPUTS, passed) });
});

async function eventFile(name: string, payload: unknown): Promise<string> {
  const file = path.join(fx.root, `event-${name}.json`);
  await writeFile(file, JSON.stringify(payload));
  return file;
}

function noStackTrace(...steps: (StepResult | undefined)[]): void {
  for (const step of steps) expect(`${step?.stdout ?? ''}\n${step?.stderr ?? ''}`).not.toMatch(/^\s+at /m);
}

function markersIn(cache: CacheServer): string[] {
  return cache
    .entries()
    .filter((e) => e.finalized && e.key.startsWith('uv-ws-passed-'))
    .map((e) => e.key);
}

/** A directory with a `uv` that runs `script` for the commands it names and the real uv for the rest. */
async function wrappedUv(name: string, script: string): Promise<string> {
  const dir = path.join(fx.root, `uv-${name}`);
  await mkdir(dir, { recursive: true });
  await writeFile(path.join(dir, 'uv'), `#!/bin/sh\n${script}\nexec '${uvBin(UV_VERSION)}' "$@"\n`);
  await chmod(path.join(dir, 'uv'), 0o755);
  return `${dir}${path.delimiter}${uvPathDir(UV_VERSION)}${path.delimiter}${process.env.PATH}`;
}

/** A server that accepts connections and never answers; closing it ends what still waits on it. */
async function silentServer(): Promise<{ url: string; connections: () => number; close(): Promise<void> }> {
  const sockets = new Set<net.Socket>();
  let connections = 0;
  const server = net.createServer((socket) => {
    connections++;
    sockets.add(socket);
    socket.on('error', () => undefined);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as net.AddressInfo).port}`,
    connections: () => connections,
    async close() {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

describe('mode: record saves passed markers exactly where the uv cache would be saved', () => {
  const record = { mode: 'record', packages: 'a' };

  it('record-follows-save-gate: no marker on pull_request_target, workflow_run, release, a tag push, with cache: false, or on a self-hosted runner, even with save-cache: true', async () => {
    const cache = await caches.start();
    const sha = await fx.repo.rev();
    const runs = [
      { eventName: 'pull_request_target', payload: { number: 3, pull_request: { number: 3, base: { sha, ref: 'main' }, head: { sha, ref: 'fork' } } }, ref: 'refs/heads/main', says: /not saving passed markers on a pull_request_target event/ },
      { eventName: 'workflow_run', payload: { workflow_run: { head_sha: sha, head_branch: 'fork' } }, ref: 'refs/heads/main', says: /not saving passed markers on a workflow_run event/ },
      { eventName: 'release', payload: { release: { tag_name: 'v1' } }, ref: 'refs/tags/v1', says: /not saving passed markers on a release event/ },
      { eventName: 'push', payload: { ref: 'refs/tags/v1', before: sha, after: sha }, ref: 'refs/tags/v1', says: /not saving passed markers on a tag push/ },
      { eventName: 'push', payload: { ref: 'refs/heads/main', before: sha, after: sha }, ref: 'refs/heads/main', inputs: { cache: 'false' }, says: /not saving passed markers: 'cache' is false/ },
      { eventName: 'push', payload: { ref: 'refs/heads/main', before: sha, after: sha }, ref: 'refs/heads/main', env: { RUNNER_ENVIRONMENT: 'self-hosted' }, says: /not saving passed markers: this is not a GitHub-hosted runner/ },
    ];
    for (const [i, run] of runs.entries()) {
      const event = await eventFile(`record-${i}`, run.payload);
      const job = await fx.runJob({ cacheServer: cache, event, eventName: run.eventName, inputs: { ...record, 'save-cache': 'true', ...(run.inputs ?? {}) }, env: { GITHUB_REF: run.ref, ...(run.env ?? {}) } });
      expect(job.main.code, job.log).toBe(0);
      expect(markersIn(cache), `${run.eventName} ${run.ref}`).toEqual([]);
      expect(job.main.stdout, run.eventName).toMatch(run.says);
    }
    // Where the uv cache saves, so do the markers: the check above can see a save.
    const event = await eventFile('record-push', { ref: 'refs/heads/main', before: sha, after: sha });
    const push = await fx.runJob({ cacheServer: cache, event, inputs: { ...record, 'save-cache': 'true' }, env: { GITHUB_REF: 'refs/heads/main' } });
    expect(push.main.code, push.log).toBe(0);
    expect(markersIn(cache)).toHaveLength(1);
    passed.add('record-follows-save-gate');
  });

  it('record-default-branch: with save-cache: default-branch, a push to the default branch records; a push to another branch does not', async () => {
    const cache = await caches.start();
    const sha = await fx.repo.rev();
    const inputs = { ...record, 'save-cache': 'default-branch' };
    const other = await eventFile('record-feature', { ref: 'refs/heads/feature', before: sha, after: sha, repository: { default_branch: 'main' } });
    const feature = await fx.runJob({ cacheServer: cache, event: other, inputs, env: { GITHUB_REF: 'refs/heads/feature', GITHUB_REF_NAME: 'feature' } });
    expect(feature.main.code, feature.log).toBe(0);
    expect(feature.main.stdout).toMatch(/not saving passed markers: 'save-cache' is default-branch and this job does not run for the default branch/);
    expect(markersIn(cache)).toEqual([]);
    const main = await eventFile('record-main', { ref: 'refs/heads/main', before: sha, after: sha, repository: { default_branch: 'main' } });
    const job = await fx.runJob({ cacheServer: cache, event: main, inputs, env: { GITHUB_REF: 'refs/heads/main' } });
    expect(job.main.code, job.log).toBe(0);
    expect(markersIn(cache)).toEqual([expect.stringMatching(/^uv-ws-passed-v1-a-[0-9a-f]{64}-main$/)]);
    expect(job.main.stdout).toMatch(/recorded a as passed at [0-9a-f]{12}/);
    passed.add('record-default-branch');
  });
});

describe('globs', () => {
  it('globs-picomatch: `**/**/conftest.py` in global and `**/**` in ignore match as picomatch matches them', async () => {
    const job = await fx.runJob({
      post: false,
      inputs: {
        mode: 'detect',
        global: '**/**/conftest.py',
        ignore: 'packages/a/**/**/*.gen.py',
        'changed-files': 'packages/c/tests/deep/conftest.py\npackages/a/src/a/x/y/z.gen.py',
      },
    });
    expect(job.main.code, job.log).toBe(0);
    expect(job.main.outputs.all, job.main.outputs.reasons).toBe('true');
    expect(JSON.parse(job.main.outputs.reasons!).a).toEqual(['global: packages/c/tests/deep/conftest.py changed (global input)']);
    passed.add('globs-picomatch');
  });

  it('globs-no-backtracking: `{a,b}` twenty times, and thirty `*a` parts against a 3,000-character name, finish', async () => {
    const long = 'a'.repeat(3_000);
    const job = await fx.runJob({
      post: false,
      inputs: {
        mode: 'detect',
        ignore: `${'{a,b}'.repeat(20)}/**`,
        global: `${'*a'.repeat(30)}b`,
        'changed-files': `${long}\n${'ab'.repeat(10)}/x.py\npackages/c/src/c/y.py`,
      },
    });
    expect(job.main.code, job.log).toBe(0);
    expect(job.main.outputs.all).toBe('false');
    expect(JSON.parse(job.main.outputs.members!)).toEqual(['c']);
    passed.add('globs-no-backtracking');
  });
});

describe('deadlines', () => {
  it('api-deadline: a GitHub API that never answers holds neither the pull-request files fallback nor base: last-success past 30 s', async () => {
    const api = await silentServer();
    try {
      const base = await fx.repo.rev();
      const pr = await eventFile('api-pr', { number: 5, pull_request: { number: 5, title: 't', base: { sha: base, ref: 'main' }, head: { sha: 'f'.repeat(40), ref: 'x' } } });
      const checkout = await fx.sandbox.checkout(fx.origin, 'refs/heads/main', { depth: 1, name: 'api-pr' });
      // No history to diff: the pull request's files can only come from the API.
      execFileSync('rm', ['-rf', path.join(checkout.dir, '.git')]);
      const files = await fx.runJob({ checkout, post: false, event: pr, eventName: 'pull_request', inputs: { mode: 'detect', 'github-token': 'token' }, env: { GITHUB_API_URL: api.url } });
      expect(files.main.code, files.log).toBe(0);
      expect(files.main.outputs.all).toBe('true');
      expect(commandMessages(files.main, 'warning')).toEqual([expect.stringMatching(/the GitHub API did not list the pull request's files: the GitHub API did not answer within 30 s\); treating every member as affected$/)]);

      const head = await fx.commit('c: change', { 'packages/c/src/c/z.py': 'Z = 1\n' });
      const push = await fx.pushEvent(base, head);
      const last = await fx.runJob({
        post: false,
        depth: 0,
        event: push,
        inputs: { mode: 'detect', base: 'last-success', 'github-token': 'token' },
        env: { GITHUB_API_URL: api.url, GITHUB_WORKFLOW_REF: 'example/monorepo/.github/workflows/ci.yml@refs/heads/main', GITHUB_REF: 'refs/heads/main' },
      });
      expect(last.main.code, last.log).toBe(0);
      expect(commandMessages(last.main, 'warning')).toEqual([
        "base 'last-success': the GitHub API did not list this workflow's runs: the GitHub API did not answer within 30 s; comparing with the event's own base instead",
      ]);
      expect(JSON.parse(last.main.outputs.members!)).toEqual(['c']);
      expect(api.connections(), 'the API was asked').toBeGreaterThanOrEqual(2);
    } finally {
      await api.close();
    }
    passed.add('api-deadline');
  }, 240_000);

  it('sync-timeout: a build that never ends is stopped with uv at the deadline, the step fails with one error, nothing is saved', async () => {
    const cache = await caches.start();
    const checkout = await fx.sandbox.checkout(fx.origin, 'refs/heads/main', { depth: 1, name: 'hung' });
    const hung = path.join(checkout.dir, 'packages', 'hung');
    await mkdir(path.join(hung, '_build'), { recursive: true });
    await writeFile(
      path.join(hung, 'pyproject.toml'),
      '[project]\nname = "hung"\nversion = "0.1.0"\nrequires-python = ">=3.8"\ndependencies = []\n\n[build-system]\nrequires = []\nbuild-backend = "hung_backend"\nbackend-path = ["_build"]\n',
    );
    const marker = path.join(fx.root, 'hung-build');
    await writeFile(
      path.join(hung, '_build', 'hung_backend.py'),
      `import os, time\ndef _hang(*args, **kwargs):\n    with open(os.environ["UVWS_HUNG_MARKER"], "w") as f:\n        f.write(f"{os.getpid()} {os.getppid()}")\n    time.sleep(600)\ndef get_requires_for_build_editable(config_settings=None):\n    return []\nget_requires_for_build_wheel = get_requires_for_build_editable\nbuild_editable = build_wheel = _hang\n`,
    );
    let pids: number[] = [];
    try {
      const job = await fx.runJob({ checkout, cacheServer: cache, inputs: { packages: 'hung', 'sync-timeout': '0.1' }, env: { UVWS_HUNG_MARKER: marker } });
      pids = readFileSync(marker, 'utf8').split(' ').map(Number);
      noStackTrace(job.main, job.post);
      expect(job.main.code).toBe(1);
      expect(commandMessages(job.main, 'error')).toEqual([
        "uv sync did not finish within 6.0s ('sync-timeout' is 0.1 minutes): uv and the processes it started were stopped; raise 'sync-timeout' if the sync needs longer, or see uv's output above for what it was waiting on",
      ]);
      // The build backend (uv's child) and uv are gone, not left behind.
      for (const pid of pids) expect(existsSync(`/proc/${pid}`) && !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, 'utf8')), `process ${pid} still runs`).toBe(false);
      expect(job.post?.skipped, job.log).toBe(true);
      expect(job.main.stdout).toContain('Not saving the uv cache: uv sync failed.');
      expect(cache.entries()).toEqual([]);
    } finally {
      // Only what this test's build started, by its id.
      for (const pid of pids) if (existsSync(`/proc/${pid}`)) process.kill(pid, 'SIGKILL');
    }
    passed.add('sync-timeout');
  });
});

describe('text from uv and the runner', () => {
  it('prune-output-escaped: workflow commands and OSC 8 links in uv cache prune\'s output do not reach the runner', async () => {
    const cache = await caches.start();
    const forged = "printf 'Pruning cache at: x\\n::add-mask::secret\\n::warning title=forged::pwned\\n\\033]8;;https://evil.example\\033\\\\click\\033]8;;\\033\\\\\\n##[error]legacy\\n'";
    const PATH = await wrappedUv('prune', `if [ "$1" = cache ] && [ "$2" = prune ]; then ${forged}; exit 0; fi`);
    const job = await fx.runJob({ cacheServer: cache, inputs: { packages: 'a', 'sync-args': '--locked' }, env: { PATH } });
    expect(job.main.code, job.log).toBe(0);
    expect(job.post?.code, job.log).toBe(0);
    const post = job.post!.stdout;
    expect(post).toContain('Pruning cache at: x');
    // Shown, readable and inert (the cache client's own `::add-mask::` for its upload URL is the action's, not uv's).
    expect(post).toContain('\u2060::add-mask::secret');
    for (const line of post.split('\n')) expect(line).not.toContain('##[error]');
    expect(post).not.toContain('\x1b]8');
    expect(workflowCommands(post).filter((c) => c.props.title === 'forged' || (c.command === 'add-mask' && c.message === 'secret'))).toEqual([]);
    passed.add('prune-output-escaped');
  });

  it('runner-files-unwritable: an unwritable GITHUB_OUTPUT, GITHUB_ENV or GITHUB_STATE ends the step with one error naming it, no stack trace', async () => {
    const checkout = await fx.sandbox.checkout(fx.origin, 'refs/heads/main', { depth: 1, name: 'unwritable' });
    const baseEnv = fx.jobEnv({ workspace: checkout.dir, runnerTemp: path.join(fx.root, 'unwritable-temp') });
    await mkdir(path.join(fx.root, 'unwritable-temp'), { recursive: true });
    const gone = path.join(fx.root, 'no-such-dir');
    for (const [variable, inputs] of [
      ['GITHUB_OUTPUT', { mode: 'detect', packages: 'a' }],
      ['GITHUB_ENV', { packages: 'a', cache: 'false' }],
      ['GITHUB_STATE', { packages: 'a', cache: 'false' }],
    ] as const) {
      const main = await runStep(path.join(distDir(), 'main', 'index.js'), {
        inputs: { 'github-token': '', ...inputs },
        baseEnv,
        env: { [variable]: path.join(gone, variable.toLowerCase()) },
        cwd: checkout.dir,
      });
      noStackTrace(main);
      expect(main.code, `${variable}: ${main.stdout}${main.stderr}`).toBe(1);
      expect(commandMessages(main, 'error')).toEqual([
        `${variable} (${path.join(gone, variable.toLowerCase())}) cannot be written: ENOENT (hint: the runner gives each step a writable ${variable}; check that no earlier step removed it, changed ${variable} or made its directory read-only)`,
      ]);
    }
    passed.add('runner-files-unwritable');
  });
});

describe('annotations stay within what GitHub shows (10 of each kind per step)', () => {
  it('annotations-capped-warnings: 100,000 members globs that match nothing give 10 warnings, the last saying how many more', async () => {
    const checkout = await fx.sandbox.checkout(fx.origin, 'refs/heads/main', { depth: 1, name: 'many-globs' });
    const globs = Array.from({ length: 100_000 }, (_, i) => `"gone/m${i}"`).join(', ');
    await writeFile(path.join(checkout.dir, 'pyproject.toml'), `[tool.uv.workspace]\nmembers = ["packages/*", ${globs}]\n`);
    const job = await fx.runJob({ checkout, post: false, inputs: { mode: 'detect', 'changed-files': 'packages/a/src/a/x.py' } });
    expect(job.main.code, job.log.slice(0, 2000)).toBe(0);
    const warnings = commandMessages(job.main, 'warning');
    expect(warnings).toHaveLength(10);
    expect(warnings.at(-1)).toBe("99,991 more warnings than GitHub shows in one step: the first 100 in the log above as 'warning: …' lines, the other 99,891 not printed.");
    expect(job.main.stdout.length).toBeLessThan(1024 * 1024);
    expect(JSON.parse(job.main.outputs.members!)).toEqual(['a', 'b']);
    passed.add('annotations-capped-warnings');
  });

  it('annotations-capped-errors: 20,000 uv error lines give 10 errors: 8 of uv\'s, the step\'s failure, and how many more', async () => {
    const PATH = await wrappedUv('errors', `if [ "$1" = sync ]; then i=0; while [ $i -lt 20000 ]; do echo "error: broken $i" >&2; i=$((i+1)); done; exit 2; fi`);
    const job = await fx.runJob({ post: false, inputs: { packages: 'a', cache: 'false' }, env: { PATH } });
    expect(job.main.code).toBe(1);
    const errors = commandMessages(job.main, 'error');
    expect(errors).toHaveLength(10);
    expect(errors.slice(0, 8).every((e) => /^broken \d+/.test(e)), errors.join('\n')).toBe(true);
    expect(errors[8]).toMatch(/^uv sync failed with exit code 2/);
    expect(errors[9]).toMatch(/^[\d,]+ more errors than GitHub shows in one step: the first 100 in the log above as 'error: …' lines, the other [\d,]+ not printed\.$/);
    passed.add('annotations-capped-errors');
  });
});

describe('what the pull request is told', () => {
  it('notice-not-shipped: a change that ships nothing pulls in no dependent, and the notice says why', async () => {
    const tests = await fx.runJob({ post: false, inputs: { mode: 'detect', 'changed-files': 'packages/a/tests/test_a.py' } });
    expect(tests.main.code, tests.log).toBe(0);
    expect(JSON.parse(tests.main.outputs.members!)).toEqual(['a']);
    expect(commandMessages(tests.main, 'notice')).toEqual(["a changed (1 file); not shipped, not importable: no other member's environment installs or imports these paths."]);
    const shipped = await fx.runJob({ post: false, inputs: { mode: 'detect', 'changed-files': 'packages/a/src/a/__init__.py' } });
    expect(JSON.parse(shipped.main.outputs.members!)).toEqual(['a', 'b']);
    expect(commandMessages(shipped.main, 'notice')).toEqual(['a changed (1 file); it pulls in 1 dependent: b.']);
    passed.add('notice-not-shipped');
  });
});

describe('the CLI', () => {
  it('cli-files-bounded: --files /dev/zero and --files naming a FIFO end at once in one error, never a hang', async () => {
    const checkout = await fx.sandbox.checkout(fx.origin, 'refs/heads/main', { depth: 1, name: 'cli-files' });
    const fifo = path.join(fx.root, 'changed.fifo');
    execFileSync('mkfifo', [fifo]);
    const cli = path.join(distDir(), 'cli', 'index.js');
    for (const [file, kind] of [
      ['/dev/zero', 'a character device'],
      [fifo, 'a named pipe'],
    ] as const) {
      const run = spawnSync(process.execPath, [cli, 'affected', '--files', file], { cwd: checkout.dir, encoding: 'utf8', timeout: 20_000 });
      expect(run.signal, `${file}: still reading after 20 s`).toBeNull();
      expect(run.status).toBe(1);
      expect(run.stderr).toBe(`error: --files: '${file}' is ${kind}, not a regular file; refusing to read it\nhint: pass a regular file listing changed paths, one per line (or - for standard input)\n`);
    }
    passed.add('cli-files-bounded');
  });
});
