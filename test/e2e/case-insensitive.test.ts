// A workspace on a case-insensitive file system for real (a FUSE mount with
// the lookup of Windows and default macOS, test/helpers/case-insensitive-fs),
// reached through names typed in another letter case: the repository
// directory, `working-directory` / --workspace, a `members` glob and a
// `[tool.uv.sources]` path. The file system opens all of them, git prints the
// stored case, and the answer must be the one the stored spelling gives:
// before member paths took the stored case, nothing was ever affected here.
import { execFile, execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { cliIn } from '../helpers/cli.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { diskCase, isCaseInsensitive } from '../../src/workspace/disk-case.js';
import { runOnRepo } from '../helpers/action-e2e.js';
import { mountCaseInsensitive, type CaseInsensitiveView } from '../helpers/case-insensitive-fs.js';
import { git } from '../helpers/git.js';
import { distDir } from '../helpers/tools.js';
import { project } from '../fixtures/workspaces/tree.js';

const FILES: Record<string, string> = {
  // `Packages/*`: the directory is `packages`. uv's glob asks the file system for a literal component.
  'py/pyproject.toml': '[tool.uv.workspace]\nmembers = ["Packages/*"]\n\n[tool.uv.sources]\ncore = { workspace = true }\n',
  'py/packages/core/pyproject.toml': project('core'),
  'py/packages/core/src/core/__init__.py': '',
  // A path source typed in another case than the directory: still the member `core`.
  'py/packages/api/pyproject.toml': project('api', 'dependencies = ["core"]\n\n[tool.uv.sources]\ncore = { path = "../Core", editable = true }\n'),
  'py/packages/api/src/api/__init__.py': '',
  'py/packages/docs/pyproject.toml': project('docs'),
  'README.md': '# mono\n',
};
const CHANGED = 'py/packages/core/src/core/__init__.py';

let tmp: string;
let view: CaseInsensitiveView | undefined;

beforeAll(async () => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'uvws-ci-'));
  const repo = path.join(tmp, 'backing', 'Mono');
  for (const [rel, text] of Object.entries(FILES)) {
    mkdirSync(path.dirname(path.join(repo, rel)), { recursive: true });
    writeFileSync(path.join(repo, rel), text);
  }
  await git(repo, 'init', '-q', '-b', 'main');
  await git(repo, 'add', '-A');
  await git(repo, 'commit', '-q', '-m', 'workspace');
  view = await mountCaseInsensitive(path.join(tmp, 'backing'));
}, 60_000);

afterAll(async () => {
  await view?.unmount();
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});


function bundle(cwd: string, args: string[], stdin: string): Promise<{ code: number; stdout: string; stderr: string }> {
  const env = { PATH: process.env.PATH, HOME: tmp, NO_COLOR: '1', GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1' };
  return new Promise((resolve) => {
    const child = execFile(process.execPath, [path.join(distDir(), 'cli', 'index.js'), ...args], { cwd, env, encoding: 'utf8' }, (error, stdout, stderr) => {
      resolve({ code: error ? ((error as { code?: number }).code ?? 1) : 0, stdout, stderr });
    });
    child.stdin!.end(stdin);
  });
}

const affectedMembers = [
  { name: 'api', path: 'py/packages/api' },
  { name: 'core', path: 'py/packages/core' },
];

describe('a case-insensitive file system, names typed in another case', () => {
  it('the mount is case-insensitive and case-preserving, as NTFS and APFS are', ({ skip }) => {
    if (!view) return skip();
    // The checks below mean something only if the wrong case really opens the directory.
    expect(execFileSync('ls', [path.join(view.dir, 'MONO', 'PY', 'PACKAGES')], { encoding: 'utf8' })).toBe('api\ncore\ndocs\n');
    expect(execFileSync('ls', [path.join(view.dir, 'mono')], { encoding: 'utf8' })).toBe('README.md\npy\n');
  });

  it('disk-case.ts asks the file system: the mount is case-insensitive, the backing directory is not', ({ skip }) => {
    if (!view) return skip();
    expect(isCaseInsensitive(path.join(view.dir, 'Mono'))).toBe(true);
    expect(isCaseInsensitive(path.join(tmp, 'backing', 'Mono'))).toBe(false);
    expect(diskCase(path.join(view.dir, 'MONO', 'PY', 'Packages', 'CORE', 'src', 'gone.py'))).toBe(path.join(view.dir, 'Mono', 'py', 'packages', 'core', 'src', 'gone.py'));
    // Where the file system does not find a name, nothing is made up: the typed case stays.
    expect(diskCase(path.join(tmp, 'backing', 'MONO', 'PY'))).toBe(path.join(tmp, 'backing', 'MONO', 'PY'));
  });

  it('CLI members: paths in the stored case, from a wrong-case directory, --workspace and members glob', async ({ skip }) => {
    if (!view) return skip();
    const result = await cliIn(path.join(view.dir, 'MONO'), ['members', '--workspace', 'PY', '--json']);
    expect(result.stderr).toBe('');
    expect(JSON.parse(result.stdout)).toEqual([
      { name: 'api', path: 'py/packages/api', dependencies: ['core'], edges: [{ to: 'core', kind: 'runtime' }] },
      { name: 'core', path: 'py/packages/core', dependencies: [], edges: [] },
      { name: 'docs', path: 'py/packages/docs', dependencies: [], edges: [] },
    ]);
  });

  it('CLI affected: a change git prints owns its member, and the path source is an edge', async ({ skip }) => {
    if (!view) return skip();
    const result = await cliIn(path.join(view.dir, 'MONO'), ['affected', '--workspace', 'PY', '--files', '-', '--json'], `${CHANGED}\n`);
    expect(result.code, result.stderr).toBe(0);
    const answer = JSON.parse(result.stdout) as { all: boolean; members: { name: string; path: string }[] };
    expect(answer.all).toBe(false);
    expect(answer.members.map(({ name, path }) => ({ name, path }))).toEqual(affectedMembers);
  });

  it('CLI affected: a changed path typed in another case, relative or absolute, is the file the file system opens', async ({ skip }) => {
    if (!view) return skip();
    const typed = ['PY/Packages/CORE/src/core/__init__.py', path.join(view.dir, 'MONO', 'Py', 'packages', 'Api', 'src', 'api', '__init__.py')];
    const result = await cliIn(path.join(view.dir, 'mono'), ['affected', '--workspace', 'py', '--files', '-', '--json'], `${typed.join('\n')}\n`);
    expect(result.code, result.stderr).toBe(0);
    expect((JSON.parse(result.stdout) as { members: { name: string; path: string }[] }).members.map(({ name, path }) => ({ name, path }))).toEqual(affectedMembers);
  });

  it('CLI fingerprints: the same from wrong-case names as from the stored ones', async ({ skip }) => {
    if (!view) return skip();
    const typed = await cliIn(path.join(view.dir, 'MONO'), ['fingerprints', '--workspace', 'PY', '--json']);
    const stored = await cliIn(path.join(view.dir, 'Mono'), ['fingerprints', '--workspace', 'py', '--json']);
    expect(typed.code, typed.stderr).toBe(0);
    expect(Object.keys(JSON.parse(typed.stdout) as object)).toEqual(['api', 'core', 'docs']);
    expect(typed.stdout).toBe(stored.stdout);
  });

  it('the bundled CLI (dist/cli) gives the same answer', async ({ skip }) => {
    if (!view) return skip();
    const result = await bundle(path.join(view.dir, 'mONO'), ['affected', '--workspace', 'Py', '--files', '-', '--json'], `${CHANGED}\n`);
    expect(result.code, result.stderr).toBe(0);
    expect((JSON.parse(result.stdout) as { members: { name: string; path: string }[] }).members.map(({ name, path }) => ({ name, path }))).toEqual(affectedMembers);
  });

  it('the action (dist/main, mode: detect) with `working-directory: PY` gives the members and their matrix paths', async ({ skip }) => {
    if (!view) return skip();
    const job = await runOnRepo({
      repoDir: path.join(view.dir, 'Mono'),
      inputs: { mode: 'detect', 'working-directory': 'PY', 'changed-files': CHANGED, cache: 'false' },
      post: false,
    });
    expect(job.main.code, job.main.stdout + job.main.stderr).toBe(0);
    expect(JSON.parse(job.main.outputs.members!)).toEqual(['api', 'core']);
    expect(JSON.parse(job.main.outputs.paths!)).toEqual(['py/packages/api', 'py/packages/core']);
  });
});
