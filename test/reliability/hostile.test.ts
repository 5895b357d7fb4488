// Hostile input and hostile services through the bundled action (dist/main
// then dist/post, as the runner runs them) and the bundled CLI: a pull
// request controls file names and pyproject files; a compromised or hanging
// cache service controls what is restored and when. The injection checks read
// the raw stdout a runner parses; the traversal checks serve archives made
// with real tar + zstd from the local cache service.
import { execFileSync, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import net from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runStep, workflowCommands, type StepResult } from '../../scripts/lib/runner.mjs';
import { archivePrefix } from '../../src/cache/archive.js';
import { createActionFixture, type ActionFixture, type JobResult } from '../helpers/action-e2e.js';
import { cacheServerPool, type CacheServer } from '../helpers/cache-server.js';
import { GIT_ENV } from '../helpers/git.js';
import { distDir } from '../helpers/tools.js';
import { installedPackages } from '../helpers/uv-workspace.js';
import { ABC_FIXTURE, HOSTILE } from './cases.js';
import { caseRows, commandMessages, writeResults } from './record.js';

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
  writeResults('hostile', { rows: caseRows(HOSTILE, passed) });
});

/** The commands this action itself issues; anything else on a line start was forged. */
const OWN_COMMANDS = /^::(group|endgroup|add-matcher|remove-matcher|warning|error|notice|debug)( [^:]*)?::/;

/** What a runner would act on in `stdout`: nothing but the action's own commands, none from hostile text. */
function expectNoForgedCommands(stdout: string): void {
  for (const line of stdout.split('\n')) {
    const trimmed = line.trimStart();
    // The runner parses a line as a `::` command first; only other lines are read for a legacy `##[` one.
    if (trimmed.startsWith('::')) expect(trimmed, 'a workflow command the action did not mean to issue').toMatch(OWN_COMMANDS);
    else expect(line, 'a legacy ##[ command').not.toContain('##[');
  }
  const commands = workflowCommands(stdout);
  expect(commands.filter((c) => c.command === 'add-mask' || c.command === 'stop-commands')).toEqual([]);
  expect(commands.filter((c) => c.props.title === 'forged')).toEqual([]);
}

function warningsOf(...steps: (StepResult | undefined)[]): string[] {
  return steps.flatMap((step) => commandMessages(step, 'warning'));
}

async function eventFile(name: string, payload: unknown): Promise<string> {
  const file = path.join(fx.root, `event-${name}.json`);
  await writeFile(file, JSON.stringify(payload));
  return file;
}

function git(args: string[], env: NodeJS.ProcessEnv = {}, input?: string): string {
  return execFileSync('git', args, { cwd: fx.repo.dir, input, env: { ...GIT_ENV, ...env } })
    .toString()
    .trim();
}

describe('hostile text never reaches the runner or a terminal as a command', () => {
  it('log-injection: file names with a newline then workflow commands, matched by a global glob, in mode: detect', async () => {
    const names = [
      `docs/x\n::add-mask::secret-${TAG}\n.md`,
      `docs/y\n::stop-commands::stoptoken${TAG}\n.md`,
      `packages/a/src/a/z\n::warning title=forged::pwned-${TAG}\n.py`,
      `docs/z##[error]legacy-${TAG}.md`,
    ];
    const base = git(['rev-parse', 'main']);
    const blob = git(['hash-object', '-w', '--stdin'], {}, 'x\n');
    const indexEnv = { GIT_INDEX_FILE: path.join(fx.root, `hostile-index-${TAG}`) };
    git(['read-tree', 'main'], indexEnv);
    git(['update-index', '-z', '--index-info'], indexEnv, names.map((f) => `100644 ${blob}\t${f}\0`).join(''));
    const tree = git(['write-tree'], indexEnv);
    const head = git(['commit-tree', tree, '-p', base, '-m', 'hostile names']);
    git(['update-ref', 'refs/heads/hostile', head]);
    git(['push', '-q', '--force', fx.origin.dir, 'refs/heads/hostile:refs/heads/hostile']);
    const event = await eventFile('hostile-push', { ref: 'refs/heads/hostile', before: base, after: head, forced: false, repository: { default_branch: 'main' } });

    const job = await fx.runJob({ ref: 'refs/heads/hostile', event, inputs: { mode: 'detect', global: 'docs/**' }, env: { GITHUB_REF_NAME: 'hostile' } });
    expect(job.main.code, job.log).toBe(0);
    expect(job.main.outputs.all, job.main.outputs.reasons).toBe('true');
    expectNoForgedCommands(job.main.stdout);
    expectNoForgedCommands(job.post?.stdout ?? '');
    // The names are in the log, readable and inert: the newline shown as \n, on one line.
    expect(job.main.stdout).toContain(`docs/x\\n::add-mask::secret-${TAG}\\n.md`);
    passed.add('log-injection');
  });

  it('cli-terminal-escapes: the bundled CLI prints no escape sequence, control character or workflow command from paths', async () => {
    const checkout = await fx.sandbox.checkout(fx.origin, 'refs/heads/main', { depth: 1, name: `cli-${TAG}` });
    const paths = [
      'packages/a/src/a/\x1b]0;pwned-title\x07.py',
      'packages/a/\x1b[2J\x1b[H.py',
      'packages/c/a\x00b.py',
      'packages/c/\u009b31mred.py',
      'packages/c/x\u2028::error::injected.py',
      'packages/c/y',
      '::error::injected-line',
    ];
    const cli = path.join(distDir(), 'cli', 'index.js');
    for (const json of [false, true]) {
      const run = spawnSync(process.execPath, [cli, 'affected', '--files', '-', ...(json ? ['--json'] : [])], { cwd: checkout.dir, input: paths.join('\n'), encoding: 'utf8' });
      expect(run.status, run.stderr).toBe(0);
      const out = run.stdout + run.stderr;
      expect(out).not.toMatch(/[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028]/);
      for (const line of out.split('\n')) expect(line.trimStart()).not.toMatch(/^::/);
      if (json) {
        const parsed = JSON.parse(run.stdout) as { members: { name: string; reasons: string[] }[] };
        // The JSON carries the names exactly; only their encoding is escaped.
        expect(parsed.members.flatMap((m) => m.reasons).join('\n')).toContain('packages/c/a\x00b.py');
      } else {
        expect(run.stdout).toContain('packages/c/a\\x00b.py');
      }
    }
    passed.add('cli-terminal-escapes');
  });
});

/** A tar archive (PAX, like the client's) of exactly these members, zstd-compressed with the real zstd. */
function craftArchive(name: string, members: { name: string; type: 'file' | 'dir' | 'symlink'; content?: string; target?: string }[]): Buffer {
  const dir = path.join(fx.root, `crafted-${name}`);
  const spec = path.join(fx.root, `crafted-${name}.json`);
  mkdirSync(dir, { recursive: true });
  writeFileSync(spec, JSON.stringify(members));
  const script = `
import json, sys, tarfile, io
members = json.load(open(sys.argv[1]))
with tarfile.open(sys.argv[2], 'w', format=tarfile.PAX_FORMAT) as tar:
    for m in members:
        info = tarfile.TarInfo(m['name'])
        if m['type'] == 'dir':
            info.type = tarfile.DIRTYPE; info.mode = 0o755
            tar.addfile(info)
        elif m['type'] == 'symlink':
            info.type = tarfile.SYMTYPE; info.linkname = m['target']
            tar.addfile(info)
        else:
            data = m.get('content', '').encode()
            info.size = len(data); info.mode = 0o644
            tar.addfile(info, io.BytesIO(data))
`;
  const tarPath = path.join(dir, 'cache.tar');
  execFileSync('python3', ['-c', script, spec, tarPath]);
  // Proof the names are in the archive as written (tar -P shows them raw).
  const listed = execFileSync('tar', ['-tPf', tarPath]).toString();
  for (const m of members) expect(listed).toContain(m.name.replace(/\/$/, ''));
  execFileSync('zstd', ['-q', '-f', tarPath, '-o', `${tarPath}.zst`]);
  return readFileSync(`${tarPath}.zst`);
}

describe('a compromised cache service', () => {
  const inputs = { packages: 'a', 'sync-args': '--locked' };

  async function savedEntry(cache: CacheServer): Promise<{ key: string; cacheDir: string }> {
    const first = await fx.runJob({ cacheServer: cache, inputs });
    expect(first.main.code, first.log).toBe(0);
    expect(first.post?.code).toBe(0);
    const key = first.main.outputs['cache-key']!;
    expect(cache.entries().filter((e) => e.finalized).map((e) => e.key)).toEqual([key]);
    return { key, cacheDir: first.main.outputs['cache-dir']! };
  }

  function expectDiscarded(job: JobResult): void {
    expect(job.main.code, job.log).toBe(0);
    expect(job.main.outputs['cache-hit']).toBe('false');
    const warnings = warningsOf(job.main);
    expect(warnings.some((w) => /^the uv cache was not restored, continuing without it: the archive has (an entry|a symlink)/.test(w)), warnings.join('\n')).toBe(true);
    expect(installedPackages(job.venv)).toEqual(['a', 'tiny']);
  }

  /** Serves, under `key`, an archive whose entries climb out of the cache dir; returns the check that nothing landed. */
  function serveTraversal(cache: CacheServer, key: string, cacheDir: string, name: string): (job: JobResult) => void {
    const prefix = archivePrefix(cacheDir);
    const checkoutDir = path.join(fx.sandbox.root, 'work', 'monorepo', 'monorepo');
    const absolute = path.join(fx.root, `abs-escape-${name}-${TAG}.txt`);
    // From the cache dir (<sandbox>/work/_temp/uv-cache), ../../monorepo/monorepo is the next job's checkout.
    cache.replace(
      key,
      craftArchive(name, [
        { name: `${prefix}/`, type: 'dir' },
        { name: `${prefix}/CACHEDIR.TAG`, type: 'file', content: 'Signature: 8a477f597d28d172789f06886806bc55\n' },
        { name: `${prefix}/../../monorepo/monorepo/pyproject.toml`, type: 'file', content: 'PWNED\n' },
        { name: `${prefix}/../../monorepo/monorepo/.github/workflows/ci.yml`, type: 'file', content: 'PWNED\n' },
        { name: absolute, type: 'file', content: 'PWNED\n' },
        { name: `../escape-rel-${name}-${TAG}.txt`, type: 'file', content: 'PWNED\n' },
      ]),
    );
    return (job) => {
      expectDiscarded(job);
      expect(readFileSync(path.join(checkoutDir, 'pyproject.toml'), 'utf8')).toBe(execFileSync('git', ['show', 'HEAD:pyproject.toml'], { cwd: checkoutDir }).toString());
      expect(existsSync(path.join(checkoutDir, '.github'))).toBe(false);
      expect(existsSync(absolute)).toBe(false);
      expect(existsSync(path.join(fx.sandbox.root, 'work', 'monorepo', `escape-rel-${name}-${TAG}.txt`))).toBe(false);
      expect(existsSync(path.join(fx.sandbox.root, 'work', `escape-rel-${name}-${TAG}.txt`))).toBe(false);
      // Nothing of the archive reached the cache dir either (the sync filled it afresh).
      expect(readdirSync(job.main.outputs['cache-dir']!).some((n) => n.startsWith('.uvws-restore'))).toBe(false);
    };
  }

  it('restore-traversal: entries with ../ and absolute paths are refused before anything is written', async () => {
    const cache = await caches.start();
    const { key, cacheDir } = await savedEntry(cache);
    const expectNothingEscaped = serveTraversal(cache, key, cacheDir, 'traversal');
    expectNothingEscaped(await fx.runJob({ cacheServer: cache, inputs }));
    passed.add('restore-traversal');
  });

  it('restore-traversal-ghes: on GitHub Enterprise Server (cache service v1) a saved cache restores, and a traversal archive is refused the same way', async () => {
    const cache = await caches.start({ service: 'v1' });
    const { key, cacheDir } = await savedEntry(cache);
    const hit = await fx.runJob({ cacheServer: cache, inputs });
    expect(hit.main.code, hit.log).toBe(0);
    expect(hit.main.outputs['cache-hit']).toBe('true');
    expect(hit.main.outputs['cache-matched-key']).toBe(key);
    expect(installedPackages(hit.venv)).toEqual(['a', 'tiny']);
    expect(warningsOf(hit.main)).toEqual([]);
    expect(hit.main.stdout).toMatch(/Not saving the uv cache: it was restored from an exact key match/);
    expect(hit.post!.skipped).toBe(true);
    // The hit was downloaded and extracted, not just looked up.
    expect(cache.requests.filter((r) => r.route === 'blob:get').map((r) => r.status)).toEqual([200]);

    const expectNothingEscaped = serveTraversal(cache, key, cacheDir, 'traversal-ghes');
    expectNothingEscaped(await fx.runJob({ cacheServer: cache, inputs }));
    // Every request went to the v1 API (or the storage behind it), none to github.com's twirp API.
    expect([...new Set(cache.requests.map((r) => r.route))].sort()).toEqual(['blob:get', 'v1:commit', 'v1:lookup', 'v1:reserve', 'v1:upload']);
    passed.add('restore-traversal-ghes');
  });

  it('restore-symlink-escape: a symlink out of the cache dir, and a file written through it, are refused', async () => {
    const cache = await caches.start();
    const { key, cacheDir } = await savedEntry(cache);
    const prefix = archivePrefix(cacheDir);
    const outside = path.join(fx.root, `outside-${TAG}`);
    await mkdir(outside, { recursive: true });
    cache.replace(
      key,
      craftArchive('symlink', [
        { name: `${prefix}/`, type: 'dir' },
        { name: `${prefix}/CACHEDIR.TAG`, type: 'file', content: 'Signature: 8a477f597d28d172789f06886806bc55\n' },
        { name: `${prefix}/evil`, type: 'symlink', target: outside },
        { name: `${prefix}/evil/pwned.txt`, type: 'file', content: 'PWNED\n' },
        { name: `${prefix}/up`, type: 'symlink', target: '../../..' },
      ]),
    );
    const job = await fx.runJob({ cacheServer: cache, inputs });
    expect(job.main.code, job.log).toBe(0);
    expect(job.main.outputs['cache-hit']).toBe('false');
    expect(warningsOf(job.main).some((w) => /^the uv cache was not restored, continuing without it: /.test(w))).toBe(true);
    expect(readdirSync(outside)).toEqual([]);
    expect(existsSync(path.join(job.main.outputs['cache-dir']!, 'evil'))).toBe(false);
    expect(existsSync(path.join(job.main.outputs['cache-dir']!, 'up'))).toBe(false);
    expect(installedPackages(job.venv)).toEqual(['a', 'tiny']);
    passed.add('restore-symlink-escape');
  });
});

describe('a hanging cache service', () => {
  it('service-hangs: restore and save each give up at the deadline with a warning; both steps green', async () => {
    const sockets = new Set<net.Socket>();
    const hang = net.createServer((socket) => {
      sockets.add(socket); // accept, read, never answer
      socket.on('error', () => undefined);
    });
    await new Promise<void>((resolve) => hang.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(hang.address() as net.AddressInfo).port}/`;
    try {
      const job = await fx.runJob({
        inputs: { packages: 'a', 'sync-args': '--locked', 'cache-timeout': '3' },
        env: { ACTIONS_CACHE_SERVICE_V2: 'true', ACTIONS_RESULTS_URL: url, ACTIONS_RUNTIME_TOKEN: 'token', GITHUB_SERVER_URL: 'https://github.com' },
      });
      expect(job.main.code, job.log).toBe(0);
      expect(job.post?.code, job.log).toBe(0);
      expect(sockets.size, 'the service was reached').toBeGreaterThan(0);
      expect(warningsOf(job.main)).toEqual([expect.stringMatching(/^the uv cache was not restored, continuing without it: the cache lookup did not finish within 3 s \('cache-timeout' is 3 s\)/)]);
      expect(warningsOf(job.post)).toEqual([expect.stringMatching(/^the uv cache was not saved: the cache upload did not finish within 3 s/)]);
      expect(installedPackages(job.venv)).toEqual(['a', 'tiny']);
    } finally {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => hang.close(() => resolve()));
    }
    passed.add('service-hangs');
  });
});

describe('which events and runners use the cache', () => {
  const inputs = { packages: 'a', 'sync-args': '--locked' };

  it('no-cache-risky-events: pull_request_target, workflow_run, release and tag pushes neither restore nor save', async () => {
    const cache = await caches.start();
    const sha = await fx.repo.rev();
    const runs = [
      { eventName: 'pull_request_target', payload: { number: 3, pull_request: { number: 3, base: { sha, ref: 'main' }, head: { sha, ref: 'fork' } } }, ref: 'refs/heads/main', says: 'on a pull_request_target event' },
      { eventName: 'workflow_run', payload: { workflow_run: { head_sha: sha, head_branch: 'fork' } }, ref: 'refs/heads/main', says: 'on a workflow_run event' },
      { eventName: 'release', payload: { release: { tag_name: 'v1' } }, ref: 'refs/tags/v1', says: 'on a release event' },
      { eventName: 'push', payload: { ref: 'refs/tags/v1', before: sha, after: sha }, ref: 'refs/tags/v1', says: 'on a tag push' },
    ];
    for (const run of runs) {
      const event = await eventFile(`risky-${run.eventName}`, run.payload);
      const job = await fx.runJob({ cacheServer: cache, event, eventName: run.eventName, inputs, env: { GITHUB_REF: run.ref } });
      expect(job.main.code, job.log).toBe(0);
      expect(job.post?.code).toBe(0);
      expect(job.main.stdout).toContain(`not restoring or saving the uv cache ${run.says}`);
      expect(job.main.outputs['cache-hit']).toBe('false');
      expect(installedPackages(job.venv)).toEqual(['a', 'tiny']);
    }
    expect(cache.requests).toEqual([]);
    passed.add('no-cache-risky-events');
  });

  it('save-allow-list: an issue_comment run restores but does not save, and says so', async () => {
    const cache = await caches.start();
    const push = await fx.runJob({ cacheServer: cache, inputs });
    expect(push.post?.code, push.log).toBe(0);
    expect(cache.entries().filter((e) => e.finalized), push.log).toHaveLength(1);
    const saved = cache.entries().filter((e) => e.finalized);
    expect(saved).toHaveLength(1);
    const event = await eventFile('comment', { issue: { number: 4 }, comment: { body: '/test' } });
    const job = await fx.runJob({ cacheServer: cache, event, eventName: 'issue_comment', inputs: { ...inputs, packages: 'b' } });
    expect(job.main.code, job.log).toBe(0);
    expect(job.main.outputs['cache-matched-key'], 'restored from the push').toBe(saved[0]!.key);
    expect(job.post?.skipped, job.log).toBe(true);
    expect(job.main.stdout).toContain("Not saving the uv cache on an issue_comment event: 'save-cache: auto' saves only on push, pull_request, merge_group, schedule, workflow_dispatch");
    expect(cache.entries().filter((e) => e.finalized)).toHaveLength(1);
    passed.add('save-allow-list');
  });

  it('cache-auto-self-hosted: no GitHub cache on a self-hosted runner, said once', async () => {
    const cache = await caches.start();
    const job = await fx.runJob({ cacheServer: cache, inputs, env: { RUNNER_ENVIRONMENT: 'self-hosted' } });
    expect(job.main.code, job.log).toBe(0);
    expect(job.post?.code).toBe(0);
    expect(job.main.stdout.split('not using the GitHub cache: this is not a GitHub-hosted runner').length - 1).toBe(1);
    expect(cache.requests).toEqual([]);
    expect(installedPackages(job.venv)).toEqual(['a', 'tiny']);
    passed.add('cache-auto-self-hosted');
  });
});

describe('the runner around the step', () => {
  const inputs = { packages: 'a', 'sync-args': '--locked' };
  it('summary-unwritable: a summary that cannot be written is a warning, not a failed step', async () => {
    const checkout = await fx.sandbox.checkout(fx.origin, 'refs/heads/main', { depth: 1, name: `summary-${TAG}` });
    const baseEnv = fx.jobEnv({ workspace: checkout.dir, runnerTemp: path.join(fx.root, 'summary-temp') });
    const main = await runStep(path.join(distDir(), 'main', 'index.js'), {
      inputs: { 'github-token': '', mode: 'detect', packages: 'a' },
      baseEnv,
      env: { GITHUB_STEP_SUMMARY: path.join(fx.root, 'no-such-dir', 'summary.md') },
      cwd: checkout.dir,
    });
    expect(main.code, main.stdout + main.stderr).toBe(0);
    expect(commandMessages(main, 'error')).toEqual([]);
    expect(commandMessages(main, 'warning')).toEqual([expect.stringMatching(/^the job summary was not written: GITHUB_STEP_SUMMARY \(.*no-such-dir\/summary\.md\) cannot be written: ENOENT$/)]);
    expect(main.outputs.members).toBe('["a"]');
    passed.add('summary-unwritable');
  });

  it('workspace-path-with-space: the cache saves from a checkout whose path holds a space, and restores', async () => {
    const cache = await caches.start();
    const first = await fx.runJob({ cacheServer: cache, inputs, checkout: await fx.sandbox.checkout(fx.origin, 'refs/heads/main', { depth: 1, name: `with space ${TAG}/one` }) });
    expect(first.main.code, first.log).toBe(0);
    expect(first.checkout.dir).toContain(' ');
    expect(warningsOf(first.main, first.post)).toEqual([]);
    expect(cache.entries().filter((e) => e.finalized).map((e) => e.key)).toEqual([first.main.outputs['cache-key']]);
    const second = await fx.runJob({ cacheServer: cache, inputs, checkout: await fx.sandbox.checkout(fx.origin, 'refs/heads/main', { depth: 1, name: `with space ${TAG}/two` }) });
    expect(second.main.outputs['cache-hit']).toBe('true');
    expect(installedPackages(second.venv)).toEqual(['a', 'tiny']);
    passed.add('workspace-path-with-space');
  });
});
