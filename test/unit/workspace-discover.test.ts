// Member discovery rules, on small workspaces written to temp dirs.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { UserError } from '../../src/errors.js';
import { loadWorkspace } from '../../src/workspace/index.js';
import { nodeFs } from '../../src/workspace/discover.js';
import { loadPyproject, ownEntry } from '../../src/workspace/pyproject.js';
import { project, tempTrees, type Tree } from '../fixtures/workspaces/tree.js';

const makeTree = tempTrees();

function load(tree: Tree, dir = '.', lockFile?: string) {
  return loadWorkspace(dir, makeTree(tree), lockFile ? { lockFile } : {});
}

function loadError(tree: Tree, dir = '.'): UserError {
  try {
    load(tree, dir);
  } catch (error) {
    expect(error).toBeInstanceOf(UserError);
    return error as UserError;
  }
  throw new Error('expected a UserError');
}

const members = (ws: ReturnType<typeof load>) => ws.members.map((m) => [m.name, m.path]);

const virtualRoot = (globs: string[], exclude: string[] = []): string =>
  `[tool.uv.workspace]\nmembers = ${JSON.stringify(globs)}\nexclude = ${JSON.stringify(exclude)}\n`;

describe('workspace discovery', () => {
  it('lists each directory once for all the members globs (one pass over the tree)', () => {
    const root = makeTree({
      'pyproject.toml': virtualRoot(['packages/*', 'packages/*/plugins/*', 'packages/a']),
      'packages/a/pyproject.toml': project('a'),
      'packages/a/plugins/p1/pyproject.toml': project('p1'),
      'packages/b/pyproject.toml': project('b'),
    });
    const listed: string[] = [];
    const counting = { ...nodeFs, list: (dir: string) => (listed.push(path.relative(root, dir) || '.'), nodeFs.list(dir)) };
    const ws = loadWorkspace('.', root, { fs: counting });
    expect(ws.members.map((m) => m.name)).toEqual(['a', 'b', 'p1']);
    expect(listed.sort()).toEqual([...new Set(listed)].sort());
    expect(listed).toContain('packages');
  });

  it('virtual root: members from globs, names normalised, root owns nothing', () => {
    const ws = load({
      'pyproject.toml': virtualRoot(['packages/*']),
      'packages/a/pyproject.toml': project('My_Pkg.A'),
      'packages/b/pyproject.toml': project('b'),
    });
    expect(ws.virtualRoot).toBe(true);
    expect(ws.rootPath).toBe('.');
    expect(members(ws)).toEqual([
      ['b', 'packages/b'],
      ['my-pkg-a', 'packages/a'],
    ]);
    expect(ws.members.every((m) => !m.isRoot)).toBe(true);
  });

  it('project root is itself a member at "."', () => {
    const ws = load({
      'pyproject.toml': project('app', virtualRoot(['libs/*'])),
      'libs/core/pyproject.toml': project('core'),
    });
    expect(ws.virtualRoot).toBe(false);
    expect(members(ws)).toEqual([
      ['app', '.'],
      ['core', 'libs/core'],
    ]);
    expect(ws.members.find((m) => m.name === 'app')!.isRoot).toBe(true);
  });

  it('ignores matched files, skips hidden and empty directories, keeps hidden ones with a pyproject.toml', () => {
    const ws = load({
      'pyproject.toml': virtualRoot(['packages/*']),
      'packages/a/pyproject.toml': project('a'),
      'packages/README.md': 'not a member',
      'packages/.cache/data.bin': 'x',
      'packages/.hidden-member/pyproject.toml': project('hidden-member'),
      'packages/empty/': '',
    });
    expect(members(ws)).toEqual([
      ['a', 'packages/a'],
      ['hidden-member', 'packages/.hidden-member'],
    ]);
  });

  it('exclude applies to the path relative to the root, with * crossing / as in uv', () => {
    const ws = load({
      'pyproject.toml': virtualRoot(['packages/*', 'packages/b/nested'], ['packages/b*']),
      'packages/a/pyproject.toml': project('a'),
      'packages/b/notes.txt': 'no pyproject, but excluded',
      'packages/b/nested/pyproject.toml': project('nested'),
    });
    expect(members(ws)).toEqual([['a', 'packages/a']]);
  });

  it('drops members with tool.uv.managed = false', () => {
    const ws = load({
      'pyproject.toml': virtualRoot(['packages/*']),
      'packages/a/pyproject.toml': project('a'),
      'packages/legacy/pyproject.toml': project('legacy', '[tool.uv]\nmanaged = false\n'),
    });
    expect(members(ws)).toEqual([['a', 'packages/a']]);
  });

  it('nested members (examples inside a member) and ** globs', () => {
    const ws = load({
      'pyproject.toml': project('sdk', virtualRoot(['examples/**/servers/*'])),
      'examples/servers/one/pyproject.toml': project('one'),
      'examples/deep/x/servers/two/pyproject.toml': project('two'),
    });
    expect(members(ws)).toEqual([
      ['one', 'examples/servers/one'],
      ['sdk', '.'],
      ['two', 'examples/deep/x/servers/two'],
    ]);
  });

  it('root in a subdirectory: paths stay relative to the repository root; a member dir finds its root', () => {
    const tree: Tree = {
      'README.md': '',
      'python/pyproject.toml': virtualRoot(['packages/*']),
      'python/packages/core/pyproject.toml': project('core'),
      'python/packages/ext/pyproject.toml': project('ext'),
    };
    for (const dir of ['python', 'python/packages/core', 'python/packages']) {
      const ws = load(tree, dir);
      expect(ws.rootPath).toBe('python');
      expect(members(ws)).toEqual([
        ['core', 'python/packages/core'],
        ['ext', 'python/packages/ext'],
      ]);
    }
  });

  it('a glob that matches nothing is a warning, not an error', () => {
    const ws = load({
      'pyproject.toml': project('app', virtualRoot(['toto', 'libs/*'])),
    });
    expect(members(ws)).toEqual([['app', '.']]);
    expect(ws.warnings).toHaveLength(2);
    expect(ws.warnings[0]).toContain('`toto`');
    expect(ws.warnings[0]).toContain('pyproject.toml');
  });

  it('reads default groups, extras and groups per member', () => {
    const ws = load({
      'pyproject.toml': virtualRoot(['p/*']),
      'p/a/pyproject.toml': project(
        'a',
        '[project.optional-dependencies]\nFast_IO = ["x"]\n[dependency-groups]\nLint = ["ruff"]\n[tool.uv]\ndefault-groups = ["lint", "Docs"]\n',
      ),
      'p/b/pyproject.toml': project('b', '[tool.uv]\ndev-dependencies = ["pytest"]\ndefault-groups = "all"\n'),
      'p/c/pyproject.toml': project('c'),
    });
    const [a, b, c] = ws.members;
    expect(a).toMatchObject({ extras: ['fast-io'], groups: ['lint'], defaultGroups: ['docs', 'lint'] });
    expect(b).toMatchObject({ extras: [], groups: ['dev'], defaultGroups: 'all' });
    expect(c).toMatchObject({ extras: [], groups: [], defaultGroups: ['dev'] });
  });

  it('pyproject files outside the members are never read', () => {
    const ws = load({
      'pyproject.toml': virtualRoot(['lib/*']),
      'lib/a/pyproject.toml': project('a'),
      'templates/{{cookiecutter.name}}/pyproject.toml': '[project]\nname = {{ cookiecutter.name }}\n',
    });
    expect(members(ws)).toEqual([['a', 'lib/a']]);
  });
});

describe('discovery errors name the file and say what to do', () => {
  it('a matched directory without pyproject.toml: uv wording', () => {
    const error = loadError({
      'pyproject.toml': virtualRoot(['packages/*']),
      'packages/a/pyproject.toml': project('a'),
      'packages/docs/index.md': '# docs',
    });
    expect(error.message).toBe('Workspace member `packages/docs` is missing a `pyproject.toml` (matches: `packages/*`)');
    expect(error.hint).toContain('exclude');
  });

  it('invalid TOML in the root and in a member: file and line', () => {
    const root = loadError({ 'pyproject.toml': '[tool.uv.workspace]\nmembers = ["a"\n' });
    expect(root.message).toMatch(/^pyproject\.toml:\d+: invalid TOML: /);
    const member = loadError({
      'pyproject.toml': virtualRoot(['packages/*']),
      'packages/a/pyproject.toml': '[project]\nname = "a"\nversion = 0.1.0"\n',
    });
    expect(member.message).toMatch(/^packages\/a\/pyproject\.toml:3: invalid TOML: /);
    expect(member.message).not.toContain('\n');
  });

  it('a member without [project]', () => {
    const error = loadError({ 'pyproject.toml': virtualRoot(['a']), 'a/pyproject.toml': '[tool.ruff]\n' });
    expect(error.message).toContain('No `project` table found in: `a/pyproject.toml`');
  });

  it('missing workspace directory, no pyproject.toml, no [project] and no [tool.uv.workspace]', () => {
    expect(loadError({ 'README.md': '' }, 'nope').message).toBe("workspace directory 'nope' does not exist");
    expect(loadError({ 'src/x.py': '' }, 'src').message).toContain("no pyproject.toml in 'src'");
    expect(loadError({ 'pyproject.toml': '[tool.ruff]\n' }).message).toBe('pyproject.toml has no [tool.uv.workspace] table, and no workspace above it includes it');
  });

  it('a single project without [tool.uv.workspace] is a workspace of one, as uv sees it', () => {
    // `uv lock` in such a project locks it alone (checked with uv 0.13.9: `source = { virtual = "." }`).
    const single = load({ 'pyproject.toml': project('Solo'), 'src/solo/__init__.py': '' });
    expect(members(single)).toEqual([['solo', '.']]);
    expect(single.virtualRoot).toBe(false);
    // A project under a workspace that does not list it stands alone too.
    const notListed = load({ 'pyproject.toml': virtualRoot(['libs/*']), 'libs/a/pyproject.toml': project('a'), 'tools/x/pyproject.toml': project('x') }, 'tools/x');
    expect(members(notListed)).toEqual([['x', 'tools/x']]);
    expect(notListed.rootPath).toBe('tools/x');
  });

  it('symlinked member directories are members under `*` and `**`, as uv 0.13 finds them; a link cycle ends', () => {
    // Checked with uv 0.13.9 (`uv lock`): `packages/**` and `packages/*` both list the member
    // behind `packages/linked -> ../vendor/linked`, and `**` descends into a linked directory.
    for (const glob of ['packages/*', 'packages/**']) {
      const dir = makeTree({
        'pyproject.toml': virtualRoot([glob]),
        'packages/real/pyproject.toml': project('real'),
        'vendor/linked/pyproject.toml': project('linked'),
      });
      fs.symlinkSync('../vendor/linked', path.join(dir, 'packages', 'linked'));
      const ws = loadWorkspace('.', dir);
      expect(members(ws), glob).toEqual([
        ['linked', 'packages/linked'],
        ['real', 'packages/real'],
      ]);
    }
    const dir = makeTree({
      'pyproject.toml': virtualRoot(['packages/**/pkg']),
      'packages/deep/pkg/pyproject.toml': project('deep'),
      'vendor/inner/pkg/pyproject.toml': project('inner'),
    });
    fs.symlinkSync('../../vendor', path.join(dir, 'packages', 'deep', 'v'));
    fs.symlinkSync('..', path.join(dir, 'packages', 'deep', 'loop'));
    expect(members(loadWorkspace('.', dir))).toEqual([
      ['deep', 'packages/deep/pkg'],
      ['inner', 'packages/deep/v/inner/pkg'],
    ]);
  });

  it('two members with the same name', () => {
    const error = loadError({
      'pyproject.toml': virtualRoot(['a', 'b']),
      'a/pyproject.toml': project('same'),
      'b/pyproject.toml': project('Same'),
    });
    expect(error.message).toBe('Two workspace members are both named `same`: `a` and `b`');
  });

  it('an invalid members glob', () => {
    const error = loadError({ 'pyproject.toml': virtualRoot(['packages/a**']) });
    expect(error.message).toContain('pyproject.toml: invalid glob in `tool.uv.workspace.members`');
  });

  it('a lock this reader does not know, and a missing --lock file', () => {
    const tree = { 'pyproject.toml': virtualRoot(['a']), 'a/pyproject.toml': project('a'), 'uv.lock': 'version = 2\nrevision = 1\n' };
    const error = loadError(tree);
    expect(error.message).toBe('uv.lock: lock version 2 is not supported (this action reads version 1)');
    const dir = makeTree({ 'pyproject.toml': virtualRoot(['a']), 'a/pyproject.toml': project('a') });
    expect(() => loadWorkspace('.', dir, { lockFile: 'other.lock' })).toThrow("lock file 'other.lock' does not exist");
  });
});

describe('pyproject records', () => {
  // Thousands are read per run: one shape for all keeps the code that reads them monomorphic. A getter
  // per record (to make `file` lazily) or fields added only when present gave them many hidden classes.
  it('have one shape whatever the file holds: every field their own, `file` a plain string', () => {
    const texts = [
      '[project]\nname = "a"\n',
      '[tool.uv.workspace]\nmembers = ["x/*"]\n',
      '[project]\nname = "b"\ndependencies = ["a"]\n[tool.uv]\ndev-dependencies = ["c"]\nmanaged = false\n[tool.uv.sources]\na = { workspace = true }\n',
    ];
    const shapes = new Set(texts.map((t) => Object.keys(loadPyproject(t, 'p/pyproject.toml')).join(',')));
    expect(shapes.size).toBe(1);
    expect(Object.getOwnPropertyDescriptor(loadPyproject(texts[0]!, 'p/pyproject.toml'), 'file')).toMatchObject({ value: 'p/pyproject.toml', enumerable: true });
  });

  it('keep sources named like what Object.prototype holds apart from it', () => {
    const p = loadPyproject('[project]\nname = "a"\n[tool.uv.sources]\nconstructor = { workspace = true }\nb = { path = "../b" }\n', 'a/pyproject.toml');
    expect(ownEntry(p.sources, 'constructor')).toEqual([{ workspace: true }]);
    expect(ownEntry(p.sources, 'toString')).toBeUndefined();
    expect(Object.keys(p.sources)).toEqual(['constructor', 'b']);
    expect(ownEntry(p.sources, 'b')).toEqual([{ workspace: false, path: '../b' }]);
  });
});
