// livekit/agents (the corpus, read in place and committed to a temp
// repository) keeps its tests in a top-level tests/ under a virtual root: a
// push that only edits tests there affects no member. Through the bundled
// action and the bundled CLI, that is said, never dropped: the `unowned`
// output, a notice naming the paths, the summary's line, the CLI's text and
// its --json.
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runOnRepo } from '../helpers/action-e2e.js';
import { corpusFiles } from '../helpers/fixtures.js';
import { createSandbox, type Repo, type Sandbox } from '../helpers/git.js';
import { corpusDir, distDir } from '../helpers/tools.js';

const corpus = corpusDir();
const livekit = corpus && path.join(corpus, 'livekit__agents');

let sandbox: Sandbox;
let repo: Repo;
let base: string;
let head: string;
/** Real paths of livekit's top-level tests/ (FILES.txt). */
let edited: string[];

beforeAll(async () => {
  if (!livekit) return;
  sandbox = await createSandbox();
  repo = await sandbox.repo('livekit');
  base = await repo.commit('workspace', corpusFiles(livekit, ['pyproject.toml', 'uv.lock', '.python-version']));
  const tests = readFileSync(path.join(livekit, 'FILES.txt'), 'utf8')
    .split('\n')
    .filter((f) => /^tests\/test_[a-z_]+\.py$/.test(f));
  expect(tests.length).toBeGreaterThan(20);
  edited = tests.slice(0, 12);
  head = await repo.commit('tests only', Object.fromEntries(edited.map((f) => [f, 'def test(): pass\n'])));
});

afterAll(async () => {
  await sandbox?.remove();
});

function cli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [path.join(distDir(), 'cli', 'index.js'), ...args], { cwd: repo.dir, encoding: 'utf8' }, (error, stdout, stderr) => {
      resolve({ code: error ? ((error as { code?: number }).code ?? 1) : 0, stdout, stderr });
    });
  });
}

describe.skipIf(!livekit)('livekit/agents: a push that only edits its top-level tests/', () => {
  it('the action affects no member, and says which paths no member owns', async () => {
    const job = await runOnRepo({ repoDir: repo.dir, inputs: { mode: 'detect' }, event: { before: base, after: head }, post: false });
    expect(job.main.code, job.main.stdout).toBe(0);
    expect(JSON.parse(job.main.outputs.members!)).toEqual([]);
    expect(JSON.parse(job.main.outputs.unowned!)).toEqual([...edited].sort());
    const notice = job.annotations.find((a) => a.command === 'notice' && a.props.title === 'Not owned by any member');
    // Ten named, then how many more.
    expect(notice?.message).toMatch(new RegExp(`^12 changed paths are not owned by any member and affect none: ${[...edited].sort().slice(0, 10).join(', ')} and 2 more; if a member uses them, claim them in the \`global\` input`));
    expect(job.main.summary).toContain('<b>Not owned by any member:</b> <code>tests/test&#95;');
    expect(job.main.summary).toContain('and 2 more (12 changed paths that affect no member;');
  });

  it('the CLI says it too, in its text and in --json', async () => {
    const text = await cli(['affected', '--base', base, '--head', head]);
    expect(text.code, text.stderr).toBe(0);
    expect(text.stdout).toContain('no member is affected (12 changed paths)\n');
    expect(text.stdout).toContain(`not owned by any member (12): ${[...edited].sort().slice(0, 10).join(', ')} and 2 more\n`);
    expect(text.stdout).toContain('hint: these paths affect no member; if a member uses them, claim them in --global, or in a [tool.uv-workspace-sync] table');
    const json = await cli(['affected', '--base', base, '--head', head, '--json']);
    expect(JSON.parse(json.stdout)).toMatchObject({ all: false, members: [], unowned: [...edited].sort(), changed: [...edited].sort() });
  });

  it('claimed in `global`, they affect every member instead, and nothing is unowned', async () => {
    const job = await runOnRepo({ repoDir: repo.dir, inputs: { mode: 'detect', global: 'tests/**' }, event: { before: base, after: head }, post: false });
    expect(job.main.outputs.all).toBe('true');
    expect(JSON.parse(job.main.outputs.unowned!)).toEqual([]);
  });
});
