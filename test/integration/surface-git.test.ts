// In a git work tree, loadSurfaces asks git about the changed members'
// directories only (when they are few), so that `--others` does not walk the
// whole repository. The surfaces must be the ones the listing of the whole
// workspace gives: tracked files, untracked ones, ignored ones left out,
// nested members, and directory names that would be globs to git.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadWorkspace } from '../../src/workspace/index.js';
import { listFiles, loadSurfaces } from '../../src/workspace/member-files.js';
import { onSurface } from '../../src/workspace/surface.js';

const temps: string[] = [];
afterAll(() => {
  for (const t of temps) fs.rmSync(t, { recursive: true, force: true });
});

const uvBuild = (name: string) => `[project]\nname = "${name}"\nversion = "1"\n[build-system]\nrequires = ["uv_build"]\nbuild-backend = "uv_build"\n`;
const hatch = (name: string) => `[project]\nname = "${name}"\nversion = "1"\n[build-system]\nrequires = ["hatchling"]\nbuild-backend = "hatchling.build"\n`;

function write(root: string, files: Record<string, string>): void {
  for (const [rel, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
    fs.writeFileSync(path.join(root, rel), text);
  }
}

const git = (cwd: string, ...args: string[]) => execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@t', ...args], { cwd, stdio: 'pipe' });

describe('surfaces in a git work tree, asking git about the changed members only', () => {
  // With a hatchling member among them, git lists everything at once; with
  // uv_build members only, the index is asked first and the whole listing
  // only for the directories it does not show (untracked modules).
  it.each([
    ['with a hatchling member', ['tracked', 'ignored', 'hatched', 'x[1]', 'outer', 'untracked']],
    ['uv_build members only', ['tracked', 'ignored', 'x[1]', 'outer', 'untracked']],
  ])('%s: equal those of the listing of the whole workspace', (_what, dirs) => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'uvws-git-'));
    temps.push(root);
    write(root, {
      'pyproject.toml': '[tool.uv.workspace]\nmembers = ["packages/*", "packages/outer/src/outer/inner"]\n',
      '.gitignore': 'build/\n*.log\n',
      'packages/tracked/pyproject.toml': uvBuild('tracked'),
      'packages/tracked/src/tracked/__init__.py': '',
      'packages/ignored/pyproject.toml': uvBuild('ignored'),
      'packages/ignored/src/ignored/run.log': '',
      'packages/hatched/pyproject.toml': hatch('hatched'),
      'packages/hatched/hatched/__init__.py': '',
      'packages/x[1]/pyproject.toml': uvBuild('x1'),
      'packages/x1/pyproject.toml': uvBuild('x1-other'),
      'packages/x1/src/x1/__init__.py': '',
      'packages/outer/pyproject.toml': uvBuild('outer'),
      'packages/outer/src/outer/inner/pyproject.toml': uvBuild('inner'),
      'packages/outer/src/outer/inner/src/inner/__init__.py': '',
      'docs/index.md': '',
    });
    git(root, 'init', '-q');
    git(root, 'add', '-A');
    git(root, 'commit', '-qm', 'base');
    // Untracked (not ignored) files count: a new module, a module in a directory named like a glob.
    write(root, { 'packages/untracked/pyproject.toml': uvBuild('untracked'), 'packages/untracked/src/untracked/__init__.py': '', 'packages/x[1]/src/x1/__init__.py': '' });
    const ws = loadWorkspace('.', root);
    const changed = dirs.map((d) => `packages/${d}/pyproject.toml`);
    const got = loadSurfaces(ws, changed);
    const want = loadSurfaces(ws, changed, listFiles(root));
    expect([...got.keys()].sort()).toEqual(dirs.map((d) => d.replace(/\W/g, '')).sort());
    const probes = ['src/tracked/a.py', 'src/ignored/a.py', 'hatched/a.py', 'src/x1/a.py', 'src/outer/a.py', 'src/untracked/a.py', 'docs/x.md'];
    for (const [name, surface] of got) {
      expect(surface.kind, name).toBe(want.get(name)!.kind);
      for (const p of probes) expect(onSurface(surface, p), `${name}: ${p}`).toBe(onSurface(want.get(name)!, p));
    }
    // What the cases are: found through untracked files, or not found (only an ignored file, only a nested member).
    const kinds: Record<string, string> = { tracked: 'shipped', ignored: 'whole', hatched: 'shipped', x1: 'shipped', outer: 'whole', untracked: 'shipped' };
    expect(Object.fromEntries([...got].map(([name, s]) => [name, s.kind]))).toEqual(Object.fromEntries([...got.keys()].map((name) => [name, kinds[name]])));
  });
});
