// Outside a git work tree, loadSurfaces reads each changed member's own
// directory, and for uv_build only its module directory (member-files.ts
// diskTree). The surfaces must be the ones the file list of a walk of the
// whole workspace root gives (the reference: loadSurfaces with that list),
// through the cases where the two could part: nested members, symlinked and
// skipped directories, module directories with no file of their own, and a
// deleted module that only the change list still names.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadWorkspace } from '../../src/workspace/index.js';
import { listFiles, loadSurfaces } from '../../src/workspace/member-files.js';
import { onSurface, type Surface } from '../../src/workspace/surface.js';

const temps: string[] = [];
afterAll(() => {
  for (const t of temps) fs.rmSync(t, { recursive: true, force: true });
});

const uvBuild = (name: string, extra = '') => `[project]\nname = "${name}"\nversion = "1"\n[build-system]\nrequires = ["uv_build"]\nbuild-backend = "uv_build"\n${extra}`;
const hatch = (name: string) => `[project]\nname = "${name}"\nversion = "1"\n[build-system]\nrequires = ["hatchling"]\nbuild-backend = "hatchling.build"\n`;

function write(root: string, files: Record<string, string>): void {
  for (const [rel, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
    fs.writeFileSync(path.join(root, rel), text);
  }
}

/** The tree: member name → what its surface must be. */
function makeTree(): { root: string; expected: Record<string, Surface['kind']> } {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'uvws-disk-'));
  temps.push(root);
  write(root, {
    'pyproject.toml': '[tool.uv.workspace]\nmembers = ["packages/*", "packages/outer/src/outer/inner", "packages/f/src/f/nested", "packages/j/src/j", "linked"]\n',
    'packages/a/pyproject.toml': uvBuild('a'),
    'packages/a/src/a/__init__.py': '',
    'packages/a/tests/test_a.py': '',
    'packages/b/pyproject.toml': uvBuild('b'),
    'packages/c/pyproject.toml': uvBuild('c'),
    'packages/c/src/c/__pycache__/x.cpython-312.pyc': '',
    'shared/d/__init__.py': '',
    'packages/d/pyproject.toml': uvBuild('d'),
    'packages/e/pyproject.toml': uvBuild('e', '[tool.uv.build-backend]\nmodule-root = ""\nmodule-name = "e_mod"\n'),
    'packages/e/e_mod/sub/deep.py': '',
    'packages/outer/pyproject.toml': uvBuild('outer'),
    'packages/outer/src/outer/__init__.py': '',
    'packages/outer/src/outer/inner/pyproject.toml': uvBuild('inner'),
    'packages/outer/src/outer/inner/src/inner/__init__.py': '',
    'packages/f/pyproject.toml': uvBuild('f'),
    'packages/f/src/f/nested/pyproject.toml': uvBuild('nested'),
    'packages/f/src/f/nested/src/nested/__init__.py': '',
    'packages/g/pyproject.toml': uvBuild('g'),
    'packages/g/README.md': '',
    'packages/h/pyproject.toml': hatch('h'),
    'packages/h/h/__init__.py': '',
    'packages/h/docs/index.md': '',
    'packages/l/pyproject.toml': uvBuild('l', '[tool.uv.build-backend]\nmodule-root = "../../shared"\nmodule-name = "d"\n'),
    'packages/n/pyproject.toml': uvBuild('n', '[tool.uv.build-backend]\nmodule-root = ""\nmodule-name = ""\n'),
    'packages/n/n.py': '',
    'packages/j/pyproject.toml': uvBuild('j'),
    'packages/j/src/j/pyproject.toml': uvBuild('j-inner'),
    'packages/j/src/j/__init__.py': '',
    'packages/i/pyproject.toml': uvBuild('i', '[tool.uv.build-backend]\nmodule-root = ".venv"\n'),
    'packages/i/.venv/i/__init__.py': '',
    'real-k/pyproject.toml': uvBuild('k'),
    'real-k/src/k/__init__.py': '',
    'real-linked/pyproject.toml': uvBuild('linked'),
    'real-linked/src/linked/__init__.py': '',
  });
  fs.mkdirSync(path.join(root, 'packages/b/src/b'), { recursive: true });
  fs.mkdirSync(path.join(root, 'packages/d/src'), { recursive: true });
  fs.symlinkSync('../../../shared/d', path.join(root, 'packages/d/src/d'));
  fs.symlinkSync('real-linked', path.join(root, 'linked'));
  fs.symlinkSync('../real-k', path.join(root, 'packages/k'));
  const expected: Record<string, Surface['kind']> = {
    a: 'shipped', // its module directory holds a file
    b: 'whole', // an empty module directory
    c: 'whole', // only __pycache__, which no walk enters
    d: 'whole', // a symlinked module directory, which no walk follows
    e: 'shipped', // module-root "": the file is two levels down
    outer: 'shipped',
    inner: 'shipped',
    f: 'whole', // its module directory holds only a nested member
    nested: 'shipped',
    g: 'shipped', // deleted module, named by the change list below
    h: 'shipped',
    i: 'whole', // module-root .venv: skipped
    j: 'whole', // its module directory is another member's directory
    l: 'whole', // module-root outside the member: no file of its own there
    n: 'whole', // an empty module name: the member directory itself is no module directory
    'j-inner': 'whole', // it has no src/j_inner
    linked: 'whole', // reached through a symlink: the walk from the root never gets there
    k: 'whole', // the same, among enough members of packages/ that it is listed rather than lstat'ed
  };
  return { root, expected };
}

describe('surfaces from the disk, member by member', () => {
  it('equal those of the whole walk, member by member and for every path', () => {
    const { root, expected } = makeTree();
    const ws = loadWorkspace('.', root);
    expect(ws.members.map((m) => m.name).sort()).toEqual(Object.keys(expected).sort());
    const changed = [...ws.members.map((m) => `${m.path}/pyproject.toml`), 'packages/g/src/g/__init__.py'];
    const fromDisk = loadSurfaces(ws, changed);
    const reference = loadSurfaces(ws, changed, listFiles(root));
    const probes = ['src/a/__init__.py', 'src/b/x.py', 'src/c/x.py', 'src/d/__init__.py', 'e_mod/sub/deep.py', 'src/outer/__init__.py', 'src/f/y.py', 'src/g/__init__.py', 'h/__init__.py', 'docs/index.md', 'tests/test_a.py', '.venv/i/__init__.py', 'src/linked/__init__.py', 'README.md'];
    for (const m of ws.members) {
      const [got, want] = [fromDisk.get(m.name)!, reference.get(m.name)!];
      expect(got.kind, m.name).toBe(want.kind);
      expect(got.kind, m.name).toBe(expected[m.name]);
      for (const p of probes) expect(onSurface(got, p), `${m.name}: ${p}`).toBe(onSurface(want, p));
    }
  });
});
