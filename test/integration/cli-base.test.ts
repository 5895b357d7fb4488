// `uv-workspace-sync affected --base REF` on a real git repository: the same
// detection as the action (git diff, then the install closure).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run.js';
import { memberPyproject as pyproject } from '../helpers/fixtures.js';
import { createSandbox, type Repo, type Sandbox } from '../helpers/git.js';

async function cli(cwd: string, ...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, { cwd, stdout: { write: (t: string) => (stdout += t) }, stderr: { write: (t: string) => (stderr += t) } });
  return { code, stdout, stderr };
}

describe('affected --base', () => {
  let sandbox: Sandbox;
  let repo: Repo;
  let base: string;

  beforeAll(async () => {
    sandbox = await createSandbox();
    repo = await sandbox.repo();
    base = await repo.commit('workspace', {
      'py/pyproject.toml': '[tool.uv.workspace]\nmembers = ["libs/*"]\n',
      'py/libs/core/pyproject.toml': pyproject('core'),
      'py/libs/api/pyproject.toml': pyproject('api', ['core'], ['core']),
      'py/libs/tool/pyproject.toml': pyproject('tool'),
      'README.md': 'hello\n',
    });
    await repo.commit('touch core', { 'py/libs/core/src/core/x.py': 'x = 1\n', 'README.md': 'hello again\n' });
  });
  afterAll(() => sandbox.remove());

  it('diffs base...HEAD and follows dependents', async () => {
    const { code, stdout } = await cli(repo.dir, 'affected', '--workspace', 'py', '--base', base, '--json');
    expect(code).toBe(0);
    const result = JSON.parse(stdout) as { all: boolean; members: { name: string; path: string; reasons: string[] }[] };
    expect(result.all).toBe(false);
    expect(result.members.map((m) => [m.name, m.path])).toEqual([
      ['api', 'py/libs/api'],
      ['core', 'py/libs/core'],
    ]);
    expect(result.members[1]!.reasons.join(' ')).toContain('py/libs/core/src/core/x.py');
    expect(result.members[0]!.reasons.join(' ')).toContain('core');
  });

  it('says which commits it compared in the table', async () => {
    const { code, stdout } = await cli(repo.dir, 'affected', '--workspace', 'py', '--base', base);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^changes: .*git/m);
    expect(stdout).toMatch(/2 of 3 members affected/);
  });

  it("an unknown ref is one clean error with git's own message, and nothing is fetched", async () => {
    const { code, stdout, stderr } = await cli(repo.dir, 'affected', '--workspace', 'py', '--base', 'no-such-ref', '--json');
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toBe(
      "error: --base no-such-ref: git: fatal: bad revision 'no-such-ref' (base 'no-such-ref' is not a commit, branch or tag in this clone, and fetching is off)\n" +
        'hint: give a commit, branch or tag that this clone has (e.g. origin/main), or add --fetch to fetch it from origin\n',
    );
  });

  it("with --fetch it asks origin, and says git's first reason, not the advice after it", async () => {
    // No `origin` here: git's fetch prints two `fatal:` lines and advice
    // ("Please make sure you have the correct access rights / and the repository exists.");
    // the user gets git's first reason, not the advice's last line glued to our sentence.
    const { code, stdout, stderr } = await cli(repo.dir, 'affected', '--workspace', 'py', '--base', 'no-such-ref', '--fetch', '--json');
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toBe(
      "error: --base no-such-ref: git: fatal: 'origin' does not appear to be a git repository (base 'no-such-ref' is not a commit, branch or tag here or on origin)\n" +
        'hint: give a commit, branch or tag that this clone has (e.g. origin/main)\n',
    );
  });

  it('gives the same answer from the workspace directory and from a member directory as from the root', async () => {
    const fromRoot = await cli(repo.dir, 'affected', '--workspace', 'py', '--base', base, '--json');
    const fromWorkspace = await cli(`${repo.dir}/py`, 'affected', '--base', base, '--json');
    const fromMember = await cli(`${repo.dir}/py/libs/tool`, 'affected', '--workspace', '../..', '--base', base, '--json');
    expect(fromRoot.code).toBe(0);
    expect(JSON.parse(fromRoot.stdout).members.map((m: { name: string }) => m.name)).toEqual(['api', 'core']);
    expect(fromWorkspace.stdout).toBe(fromRoot.stdout);
    expect(fromMember.stdout).toBe(fromRoot.stdout);
  });
});
