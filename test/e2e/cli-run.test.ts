// `uv-workspace-sync run` from dist/, on a laptop's terms: a git repository
// with a uv workspace whose members' tests pass or fail, the real uv on PATH.
// --sync syncs the members first; each member's output is printed whole
// under a header with its status; a table ends it; the exit status is 1 when
// any member failed; --base narrows to what a change affects.
import { execFile } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSandbox, type Repo, type Sandbox } from '../helpers/git.js';
import { distDir, uvPathDir } from '../helpers/tools.js';
import { makeWorkspace } from '../helpers/uv-workspace.js';
import { runUv } from '../../src/uv/run.js';

let sandbox: Sandbox;
let repo: Repo;

const TEST = (member: string, body: string) => `import os, unittest\n\nclass T(unittest.TestCase):\n    def test_${member}(self):\n        print("${member}: in", os.environ["UVWS_MEMBER_PATH"])\n${body}`;

function env(): NodeJS.ProcessEnv {
  return {
    PATH: `${uvPathDir()}${path.delimiter}${process.env.PATH}`,
    HOME: sandbox.root,
    UV_PYTHON_DOWNLOADS: 'never',
    UV_PYTHON: 'python3',
    UV_OFFLINE: '1',
    UV_NO_CONFIG: '1',
    UV_NO_PROGRESS: '1',
    UV_CACHE_DIR: path.join(sandbox.root, 'uv-cache'),
    NO_COLOR: '1',
    GIT_CONFIG_GLOBAL: '/dev/null',
    GIT_CONFIG_NOSYSTEM: '1',
  };
}

function cli(args: string[], cwd = repo.dir): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [path.join(distDir(), 'cli', 'index.js'), ...args], { cwd, env: env(), encoding: 'utf8', timeout: 240_000 }, (error, stdout, stderr) => {
      resolve({ code: error ? ((error as { code?: number }).code ?? 1) : 0, stdout, stderr });
    });
  });
}

beforeAll(async () => {
  sandbox = await createSandbox();
  repo = await sandbox.repo('mono');
  await makeWorkspace(repo.dir, {
    members: [
      { name: 'core', path: 'packages/core' },
      { name: 'api', path: 'packages/api', dependencies: ['core'] },
      { name: 'bad', path: 'packages/bad' },
    ],
  });
  const lock = await runUv(path.join(uvPathDir(), 'uv'), ['lock'], { cwd: repo.dir, env: env() });
  expect(lock.code, lock.stderr).toBe(0);
  await repo.commit('workspace', {
    '.gitignore': '.venv/\n__pycache__/\n',
    'packages/core/tests/test_core.py': TEST('core', '        print("::error::forged")\n'),
    'packages/api/tests/test_api.py': TEST('api', '        import core\n'),
    'packages/bad/tests/test_bad.py': TEST('bad', '        self.assertEqual(1, 2, "bad is bad")\n'),
  });
}, 120_000);

afterAll(async () => {
  await sandbox?.remove();
});

const COMMAND = ['--', 'python', '-m', 'unittest', 'discover', '-s', 'tests'];

describe('uv-workspace-sync run', () => {
  it('syncs, runs every member, prints each whole under its header, and exits 1 when one failed', async () => {
    const result = await cli(['run', '--sync', '--parallel', '2', ...COMMAND]);
    expect(result.code, result.stderr).toBe(1);
    expect(result.stderr).toContain('$ uv sync --package api --package bad --package core');
    const headers = [...result.stdout.matchAll(/^── (✅|❌|⏱️) (\S+) (.*)$/gm)].map((m) => `${m[1]} ${m[2]}`);
    expect(headers.sort()).toEqual(['✅ api', '✅ core', '❌ bad']);
    // A member's lines follow its own header.
    const afterHeader = (member: string) => result.stdout.split(/^── /m).find((block) => block.includes(` ${member} `))!;
    expect(afterHeader('bad')).toContain('AssertionError: 1 != 2 : bad is bad');
    expect(afterHeader('core')).toContain('core: in packages/core');
    // On a terminal no line starts a workflow command.
    expect(result.stdout).not.toMatch(/^::error::forged/m);
    expect(result.stdout).toMatch(/MEMBER\s+RESULT\s+SECONDS/);
    expect(result.stdout).toMatch(/^bad\s+failed\s+\d+\.\d$/m);
    expect(result.stdout).toMatch(/2 passed, 1 failed in .*, 2 at a time/);
  });

  it('runs only what a change affects with --base, exiting 0 when all of it passed; --json prints the results', async () => {
    const base = await repo.rev();
    await repo.commit('core: change', { 'packages/core/src/core/x.py': 'X = 1\n' });
    const result = await cli(['run', '--base', base, '--json', ...COMMAND]);
    expect(result.code, result.stderr).toBe(0);
    const json = JSON.parse(result.stdout) as { passed: string[]; failed: string[]; results: Record<string, { status: string }> };
    expect(json.passed).toEqual(['api', 'core']);
    expect(json.failed).toEqual([]);
    expect(Object.keys(json.results)).toEqual(['api', 'core']);
    // The members' output went to stderr, so stdout is the JSON alone.
    expect(result.stderr).toContain('core: in packages/core');
  });

  it('says so when nothing is affected, and needs the command after --', async () => {
    const head = await repo.rev();
    const nothing = await cli(['run', '--base', head, ...COMMAND]);
    expect(nothing).toMatchObject({ code: 0 });
    expect(nothing.stderr).toContain('no member is affected: nothing to run');
    const usage = await cli(['run', '--base', head]);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain("error: 'run' needs the command after --");
  });
});
