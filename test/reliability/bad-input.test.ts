// The bad-input table (issue #7), one data-driven test per row of cases.ts:
// each mistake is run the way a user makes it — the CLI in-process, the
// bundled action (dist/main then dist/post, as the runner runs them), or
// parseConfig — and must end in exactly one line that names the file, input
// or member, with a hint, no stack trace and the right exit code. Rows that
// must not fail show their outcome instead: every member with a warning, or
// exactly the members a change affects (never "none").
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { chmod, mkdir, rm, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { workflowCommands } from '../../scripts/lib/runner.mjs';
import { renderBadInputs, type BadInputResult } from '../../scripts/troubleshooting.mjs';
import { runCli } from '../../src/cli/run.js';
import { formatError, UserError } from '../../src/errors.js';
import { parseConfig } from '../../src/inputs.js';
import { createActionFixture, type ActionFixture, type JobOptions } from '../helpers/action-e2e.js';
import { BAD_INPUTS, BASE_WORKSPACE, FAULTS, HOSTILE, HOSTILE_CACHE, HOSTILE_INPUTS, UNTRUSTED, type BadInputCase } from './cases.js';
import { normalizeMessage, TROUBLESHOOTING, unescapeCommand, writeResults } from './record.js';
import { GIT_ENV } from '../helpers/git.js';

let fx: ActionFixture;
let mainSha: string;
const results = new Map<string, BadInputResult>();

function gitIn(cwd: string, args: string[], input?: Buffer | string): string {
  return execFileSync('git', args, { cwd, env: GIT_ENV, input, maxBuffer: 256 * 1024 * 1024 }).toString('utf8').trim();
}

/**
 * A branch on origin whose commit (on top of main) adds `paths`, all holding
 * one blob — written with git plumbing, so 100,000 paths cost no files on disk.
 */
function branchAdding(branch: string, paths: Buffer[]): string {
  const dir = fx.repo.dir;
  const blob = gitIn(dir, ['hash-object', '-w', '--stdin'], 'data\n');
  const index = path.join(fx.root, `index-${branch}`);
  const env = { ...GIT_ENV, GIT_INDEX_FILE: index };
  execFileSync('git', ['read-tree', 'main'], { cwd: dir, env });
  const lines = Buffer.concat(paths.flatMap((p) => [Buffer.from(`100644 ${blob}\t`), p, Buffer.from('\0')]));
  execFileSync('git', ['update-index', '-z', '--index-info'], { cwd: dir, env, input: lines, maxBuffer: 256 * 1024 * 1024 });
  const tree = execFileSync('git', ['write-tree'], { cwd: dir, env }).toString().trim();
  const commit = gitIn(dir, ['commit-tree', tree, '-p', 'main', '-m', `add ${paths.length} paths`]);
  gitIn(dir, ['update-ref', `refs/heads/${branch}`, commit]);
  gitIn(dir, ['push', '-q', '--force', fx.origin.dir, `refs/heads/${branch}:refs/heads/${branch}`]);
  return commit;
}

async function pushEvent(name: string, ref: string, before: string, after: string): Promise<string> {
  const file = path.join(fx.root, `event-${name}.json`);
  await writeFile(file, JSON.stringify({ ref, before, after, forced: false, repository: { default_branch: 'main' } }));
  return file;
}

function pathWithoutUv(): string {
  return (process.env.PATH ?? '')
    .split(path.delimiter)
    .filter((dir) => dir && !existsSync(path.join(dir, 'uv')))
    .join(path.delimiter);
}

async function fakeUv(name: string, script: string): Promise<string> {
  const dir = path.join(fx.root, `fake-${name}`);
  await mkdir(dir, { recursive: true });
  await writeFile(path.join(dir, 'uv'), `#!/bin/sh\n${script}\n`);
  await chmod(path.join(dir, 'uv'), 0o755);
  return dir;
}

/** Job options (and files to write) that a row's `setup` asks for. */
async function prepare(c: BadInputCase, checkout: string): Promise<Partial<JobOptions> & { inputs?: Record<string, string> }> {
  switch (c.setup) {
    case undefined:
      return {};
    case 'no-uv':
      return { uvVersion: null };
    case 'fake-uv-old':
      return { uvVersion: null, env: { PATH: `${await fakeUv('old', 'echo "uv 0.4.30 (c6b35a5 2024-11-04)"')}${path.delimiter}${pathWithoutUv()}` } };
    case 'fake-uv-garbage':
      return { uvVersion: null, env: { PATH: `${await fakeUv('garbage', 'echo "usage: uv [-h]"')}${path.delimiter}${pathWithoutUv()}` } };
    case 'no-git':
      await rm(path.join(checkout, '.git'), { recursive: true, force: true });
      return { event: await pushEvent('no-git', 'refs/heads/main', mainSha, mainSha) };
    case 'event-not-json': {
      const file = path.join(fx.root, 'event-not-json.json');
      await writeFile(file, '{"ref": "refs/heads/main", "before": ');
      return { event: file, eventName: 'push' };
    }
    case 'event-missing':
      return { event: path.join(fx.root, 'no-such-event.json'), eventName: 'pull_request' };
    case 'event-empty-object': {
      const file = path.join(fx.root, 'event-empty.json');
      await writeFile(file, '{}');
      return { event: file, eventName: 'pull_request' };
    }
    case 'push-100k-paths': {
      const paths = Array.from({ length: 100_000 }, (_, i) => Buffer.from(`packages/core/src/core/data/${String(i).padStart(6, '0')}.txt`));
      const sha = branchAdding('big', paths);
      return { event: await pushEvent('big', 'refs/heads/big', mainSha, sha) };
    }
    case 'push-non-utf8-path': {
      const name = Buffer.concat([Buffer.from('packages/tools/data-'), Buffer.from([0xff, 0xfe, 0xe9]), Buffer.from('.txt')]);
      const sha = branchAdding('odd', [name]);
      return { event: await pushEvent('odd', 'refs/heads/odd', mainSha, sha) };
    }
    case 'files-long-path': {
      const long = `packages/api/src/api/${`${'d'.repeat(199)}/`.repeat(15)}x.py`;
      expect(long.length).toBeGreaterThan(3000);
      return { inputs: { 'changed-files': long } };
    }
    case 'files-100k': {
      const lines = Array.from({ length: 100_000 }, (_, i) => `packages/tools/gen/${i}.py`);
      await writeFile(path.join(checkout, 'changed.txt'), `${lines.join('\n')}\n`);
      return {};
    }
    case 'pyproject-dev-zero': {
      const file = path.join(checkout, 'packages', 'api', 'pyproject.toml');
      await rm(file);
      await symlink('/dev/zero', file);
      return {};
    }
    case 'lock-fifo':
      await rm(path.join(checkout, 'uv.lock'));
      execFileSync('mkfifo', [path.join(checkout, 'uv.lock')]);
      return {};
    case 'working-directory-symlink-outside': {
      const outside = path.join(fx.root, 'outside-ws');
      await mkdir(outside, { recursive: true });
      await writeFile(path.join(outside, 'pyproject.toml'), '[project]\nname = "outside"\nversion = "0"\n');
      await symlink(outside, path.join(checkout, 'ws'));
      return {};
    }
    case 'uv-is-a-directory': {
      const dir = path.join(fx.root, 'uv-dir-on-path');
      await mkdir(path.join(dir, 'uv'), { recursive: true });
      return { uvVersion: null, env: { PATH: `${dir}${path.delimiter}${pathWithoutUv()}` } };
    }
    default:
      throw new Error(`unknown setup ${String(c.setup)}`);
  }
}

async function applyFiles(checkout: string, files: Record<string, string | null> = {}): Promise<void> {
  for (const [file, content] of Object.entries(files)) {
    const target = path.join(checkout, file);
    if (content === null) await rm(target, { recursive: true, force: true });
    else {
      await mkdir(path.dirname(target), { recursive: true });
      await writeFile(target, content);
    }
  }
}

const STACK = /^\s+at /m;

function record(c: BadInputCase, line: string, dirs: Record<string, string>): void {
  results.set(c.id, { id: c.id, did: c.did, how: c.how, outcome: c.outcome, line: normalizeMessage(line, dirs) });
}

async function runActionCase(c: BadInputCase): Promise<void> {
  const checkout = await fx.sandbox.checkout(fx.origin, 'refs/heads/main', { depth: 1, name: `case-${c.id}` });
  await applyFiles(checkout.dir, c.files);
  const extra = await prepare(c, checkout.dir);
  const job = await fx.runJob({ ...extra, checkout, inputs: { ...c.inputs, ...extra.inputs }, env: { ...c.env, ...extra.env } });
  const dirs = { [checkout.dir]: '<checkout>', [fx.root]: '<tmp>', [fx.sandbox.root]: '<tmp>' };
  const post = job.post!;
  const everything = [job.main.stdout, job.main.stderr, post.stdout, post.stderr].join('\n');
  expect(everything, 'no stack trace').not.toMatch(STACK);
  // The post step runs after a failed main too; it must never add an error of its own.
  expect(post.code).toBe(0);
  expect(workflowCommands(post.stdout).filter((cmd) => cmd.command === 'error')).toEqual([]);
  expect(job.main.summary.length, 'job summaries are capped at 1 MiB').toBeLessThan(1024 * 1024);

  const errors = workflowCommands(job.main.stdout).filter((cmd) => cmd.command === 'error');
  const warnings = workflowCommands(job.main.stdout).filter((cmd) => cmd.command === 'warning').map((cmd) => unescapeCommand(cmd.message));
  if (c.outcome === 'error') {
    expect(job.main.code).toBe(1);
    expect(errors, job.main.stdout).toHaveLength(1);
    const line = unescapeCommand(errors[0]!.message);
    expect(line).not.toContain('\n');
    expect(line).toMatch(c.message!);
    expect(line).toContain(c.names!);
    expect(line).toMatch(/\(hint: .+\)$/);
    record(c, line, dirs);
    return;
  }
  expect(job.main.code, job.log).toBe(0);
  expect(errors, job.main.stdout).toEqual([]);
  const members = JSON.parse(job.main.outputs.members!) as string[];
  if (c.outcome === 'all') {
    expect(job.main.outputs.all).toBe('true');
    expect(members).toEqual(['api', 'cli', 'core', 'tools']);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(c.message!);
    expect(warnings[0]).toContain(c.names!);
    record(c, `warning: ${warnings[0]!} → all=true`, dirs);
    return;
  }
  expect(members).toEqual(c.members);
  expect(job.main.outputs['any-affected']).toBe('true');
  if (c.message) {
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(c.message);
    expect(warnings[0]).toContain(c.names!);
    record(c, `warning: ${warnings[0]!} → members ${members.join(', ')}`, dirs);
  } else {
    expect(warnings).toEqual([]);
    record(c, `no error; members ${members.join(', ')}`, dirs);
  }
}

async function runCliCase(c: BadInputCase): Promise<void> {
  const checkout = await fx.sandbox.checkout(fx.origin, 'refs/heads/main', { depth: 1, name: `case-${c.id}` });
  await applyFiles(checkout.dir, c.files);
  await prepare(c, checkout.dir);
  let stdout = '';
  let stderr = '';
  const code = await runCli(c.args!, { cwd: checkout.dir, stdout: { write: (t: string) => (stdout += t) }, stderr: { write: (t: string) => (stderr += t) } });
  const dirs = { [checkout.dir]: '<checkout>', [fx.root]: '<tmp>' };
  expect(stdout + stderr, 'no stack trace').not.toMatch(STACK);
  if (c.outcome === 'members') {
    expect(code, stderr).toBe(0);
    const out = JSON.parse(stdout) as { all: boolean; members: { name: string }[] };
    expect(out.all).toBe(false);
    expect(out.members.map((m) => m.name)).toEqual(c.members);
    record(c, `no error; members ${c.members!.join(', ')}`, dirs);
    return;
  }
  expect(code).toBe(c.outcome === 'usage' ? 2 : 1);
  expect(stdout).toBe('');
  const lines = stderr.split('\n').filter(Boolean);
  const errors = lines.filter((l) => l.startsWith('error: '));
  expect(errors, stderr).toHaveLength(1);
  expect(lines[0]).toBe(errors[0]);
  const hints = lines.filter((l) => l.startsWith('hint: '));
  expect(hints, 'one hint line').toHaveLength(1);
  expect(lines).toHaveLength(2);
  const message = errors[0]!.slice('error: '.length);
  expect(message).toMatch(c.message!);
  expect(message).toContain(c.names!);
  record(c, `error: ${message}\n${hints[0]!}`, dirs);
}

async function runConfigCase(c: BadInputCase): Promise<void> {
  const repoRoot = fx.repo.dir;
  let thrown: unknown;
  try {
    parseConfig((name) => c.inputs?.[name] ?? '', repoRoot, c.env);
  } catch (error) {
    thrown = error;
  }
  expect(thrown).toBeInstanceOf(UserError);
  const error = thrown as UserError;
  expect(error.hint, 'a hint').toBeTruthy();
  const line = formatError(error);
  expect(line).not.toContain('\n');
  expect(line).toMatch(c.message!);
  expect(line).toContain(c.names!);
  record(c, line, { [repoRoot]: '<checkout>' });
}

beforeAll(async () => {
  fx = await createActionFixture({ workspace: BASE_WORKSPACE, wheels: [] });
  mainSha = await fx.repo.rev();
});

afterAll(async () => {
  if (results.size > 0) {
    writeResults('bad-input', {
      cases: BAD_INPUTS.length,
      passed: results.size,
      rows: BAD_INPUTS.filter((c) => results.has(c.id)).map((c) => results.get(c.id)),
    });
  }
  await fx?.remove();
});

describe('the table itself', () => {
  it('has at least 40 rows with unique ids, each saying what it expects', () => {
    expect(BAD_INPUTS.length).toBeGreaterThanOrEqual(40);
    expect(new Set(BAD_INPUTS.map((c) => c.id)).size).toBe(BAD_INPUTS.length);
    for (const c of BAD_INPUTS) {
      if (c.outcome === 'members') expect(c.members, c.id).toBeDefined();
      else expect([c.message, c.names], c.id).not.toContain(undefined);
      if (c.how === 'cli') expect(c.args, c.id).toBeDefined();
      if (c.how === 'config') expect(c.outcome, c.id).toBe('error');
    }
  });
});

describe.concurrent('bad input', () => {
  for (const c of BAD_INPUTS) {
    it(`${c.id}: ${c.did} (${c.how})`, async () => {
      if (c.how === 'action') await runActionCase(c);
      else if (c.how === 'cli') await runCliCase(c);
      else await runConfigCase(c);
    });
  }
});

describe('docs/troubleshooting.md', () => {
  it('lists every row with the message it really gets (regenerate: node scripts/troubleshooting.mjs)', () => {
    // Only meaningful when every row ran (not under -t filtering).
    if (results.size !== BAD_INPUTS.length) return;
    const doc = readFileSync(TROUBLESHOOTING, 'utf8');
    const table = renderBadInputs(BAD_INPUTS.map((c) => results.get(c.id)!));
    expect(doc, 'docs/troubleshooting.md is stale: run the reliability tests, then node scripts/troubleshooting.mjs').toContain(table);
    for (const row of [...FAULTS, ...UNTRUSTED, ...HOSTILE, ...HOSTILE_CACHE, ...HOSTILE_INPUTS]) expect(doc, `docs/troubleshooting.md lacks ${row.id}`).toContain(`| \`${row.id}\` | ${row.did} |`);
    expect(doc).toMatch(
      new RegExp(
        `\\*\\*Reliability:\\*\\* ${BAD_INPUTS.length} bad inputs tried, .*; \\d+ of ${FAULTS.length} injected faults survived; .*; ${HOSTILE.length + HOSTILE_CACHE.length + HOSTILE_INPUTS.length} hostile-input checks passed .*; 0 caches lost\\.`,
      ),
    );
    // The README states the same figure (scripts/troubleshooting.mjs --check also fails when a figure drops).
    const figure = /\*\*Reliability:\*\*.*/.exec(doc)![0];
    expect(readFileSync(path.join(TROUBLESHOOTING, '..', '..', 'README.md'), 'utf8')).toContain(`> ${figure}`);
  });
});
