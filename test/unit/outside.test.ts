// Inputs of members outside their own directories, read when the workspace
// is loaded (path sources, symlink targets, the [tool.uv-workspace-sync]
// table), and what the engine makes of them: the members that use them are
// affected with a reason naming the input, their dependents follow, and a
// path nobody claims is listed as unowned.
import { mkdirSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { computeAffected } from '../../src/affected/engine.js';
import { reasonsText } from '../../src/affected/reasons.js';
import { UserError } from '../../src/errors.js';
import { loadWorkspace } from '../../src/workspace/index.js';
import { startListStaged } from '../../src/workspace/symlink-listing.js';
import { project, tempTrees, type Tree } from '../fixtures/workspaces/tree.js';
import { git } from '../helpers/git.js';

const makeTree = tempTrees();

const ROOT = '[tool.uv.workspace]\nmembers = ["libs/*", "apps/*"]\n';
/** core ← api ← web, and a lone tool. */
const BASE: Tree = {
  'libs/core/pyproject.toml': project('core'),
  'libs/api/pyproject.toml': project('api', 'dependencies = ["core"]\n[tool.uv.sources]\ncore = { workspace = true }\n'),
  'apps/web/pyproject.toml': project('web', 'dependencies = ["api"]\n[tool.uv.sources]\napi = { workspace = true }\n'),
  'apps/tool/pyproject.toml': project('tool'),
};

function load(tree: Tree, root = ROOT) {
  const dir = makeTree({ 'pyproject.toml': root, ...BASE, ...tree });
  return { dir, ws: loadWorkspace('.', dir) };
}

const affected = (ws: ReturnType<typeof load>['ws'], paths: string[]) => computeAffected(ws, { paths });
const names = (a: ReturnType<typeof affected>) => a.members.map((m) => m.name);
const why = (a: ReturnType<typeof affected>, name: string) => reasonsText(a.members.find((m) => m.name === name)?.reasons ?? []);

describe('path sources outside the workspace members', () => {
  it('a vendored directory is an input of the member that names it; its dependents follow; the reason names the source', () => {
    const { ws } = load({
      'libs/core/pyproject.toml': project('core', 'dependencies = ["vendored-x"]\n[tool.uv.sources]\nvendored-x = { path = "../../vendor/x", editable = true }\n'),
      'vendor/x/pyproject.toml': project('vendored-x'),
    });
    expect(ws.inputs).toEqual([{ member: 'core', kind: 'path-source', package: 'vendored-x', path: 'vendor/x' }]);
    const a = affected(ws, ['vendor/x/src/x/__init__.py']);
    expect(names(a)).toEqual(['api', 'core', 'web']);
    expect(why(a, 'core')).toEqual(['path source vendored-x (vendor/x): vendor/x/src/x/__init__.py changed']);
    expect(why(a, 'web')).toEqual(['depends on core via api']);
    expect(a.unowned).toEqual([]);
  });

  it('a wheel or an sdist file is an input; a member directory named by path is an edge, not an input', () => {
    const { ws } = load({
      'libs/core/pyproject.toml': project('core', 'dependencies = ["x", "y"]\n[tool.uv.sources]\nx = { path = "../../dist/x-1.0-py3-none-any.whl" }\ny = { path = "../../dist/y-1.0.tar.gz" }\n'),
      'apps/tool/pyproject.toml': project('tool', 'dependencies = ["core"]\n[tool.uv.sources]\ncore = { path = "../../libs/core" }\n'),
    });
    expect(ws.inputs?.map((i) => (i.kind === 'path-source' ? `${i.member}:${i.path}` : ''))).toEqual(['core:dist/x-1.0-py3-none-any.whl', 'core:dist/y-1.0.tar.gz']);
    expect(names(affected(ws, ['dist/y-1.0.tar.gz']))).toEqual(['api', 'core', 'tool', 'web']);
    // Another wheel beside it is no input of anyone.
    const other = affected(ws, ['dist/z-1.0-py3-none-any.whl']);
    expect(names(other)).toEqual([]);
    expect(other.unowned).toEqual(['dist/z-1.0-py3-none-any.whl']);
  });

  it("the root's path sources count for the members that name the package and do not source it themselves", () => {
    const { ws } = load(
      {
        'libs/api/pyproject.toml': project('api', 'dependencies = ["core", "shared"]\n[tool.uv.sources]\ncore = { workspace = true }\n'),
        'apps/tool/pyproject.toml': project('tool', 'dependencies = ["shared"]\n[tool.uv.sources]\nshared = { path = "../../third_party/shared-fork" }\n'),
      },
      `${ROOT}\n[tool.uv.sources]\nshared = { path = "third_party/shared" }\n`,
    );
    expect(names(affected(ws, ['third_party/shared/setup.py']))).toEqual(['api', 'web']);
    expect(names(affected(ws, ['third_party/shared-fork/setup.py']))).toEqual(['tool']);
  });

  it("follows the path sources of a vendored project's own pyproject.toml, and ignores paths outside the repository", () => {
    const { ws } = load({
      'libs/core/pyproject.toml': project('core', 'dependencies = ["x"]\n[tool.uv.sources]\nx = { path = "../../vendor/x" }\nfar = { path = "../../../../elsewhere/far" }\n'),
      'vendor/x/pyproject.toml': project('x', 'dependencies = ["y"]\n[tool.uv.sources]\ny = { path = "../y" }\n'),
      'vendor/y/pyproject.toml': project('y'),
    });
    expect(ws.inputs?.map((i) => (i.kind === 'path-source' ? `${i.package}:${i.path}` : ''))).toEqual(['x:vendor/x', 'y:vendor/y']);
    expect(why(affected(ws, ['vendor/y/y.py']), 'core')).toEqual(['path source y (vendor/y): vendor/y/y.py changed']);
  });

  it('a git submodule named by path: its gitlink changing affects the member', () => {
    const { ws } = load({ 'libs/core/pyproject.toml': project('core', '[tool.uv.sources]\nsub = { path = "../../modules/sub" }\n') });
    // git diff reports a submodule's new commit as the gitlink path itself.
    expect(names(affected(ws, ['modules/sub']))).toEqual(['api', 'core', 'web']);
  });
});

describe('symlinks inside a member that point outside it', () => {
  function withLinks() {
    const dir = makeTree({ 'pyproject.toml': ROOT, ...BASE, 'shared/data/table.csv': 'a,b\n', 'libs/core/src/core/local.txt': 'x\n' });
    mkdirSync(path.join(dir, 'libs/core/src/core'), { recursive: true });
    symlinkSync('../../../../shared/data', path.join(dir, 'libs/core/src/core/data'));
    symlinkSync('local.txt', path.join(dir, 'libs/core/src/core/same.txt'));
    symlinkSync('../../libs/core/gone.txt', path.join(dir, 'apps/tool/dangling-inside-core'));
    return dir;
  }

  it('in a git work tree: the target is an input of the member; a link within the member is not', async () => {
    const dir = withLinks();
    await git(dir, 'init', '-q', '-b', 'main');
    await git(dir, 'add', '-A');
    const ws = loadWorkspace('.', dir);
    // A dangling link counts where it would point (here: into another member).
    expect(ws.inputs).toEqual([
      { member: 'core', kind: 'symlink', link: 'libs/core/src/core/data', path: 'shared/data' },
      { member: 'tool', kind: 'symlink', link: 'apps/tool/dangling-inside-core', path: 'libs/core/gone.txt' },
    ]);
    const a = affected(ws, ['shared/data/table.csv']);
    expect(names(a)).toEqual(['api', 'core', 'web']);
    expect(why(a, 'core')).toEqual(['symlink libs/core/src/core/data -> shared/data: shared/data/table.csv changed']);
    expect(why(affected(ws, ['libs/core/gone.txt']), 'tool')).toEqual(['symlink apps/tool/dangling-inside-core -> libs/core/gone.txt: libs/core/gone.txt changed']);
  });

  it('listed early, as the action starts git before the load: the load takes that answer, once', async () => {
    const dir = withLinks();
    await git(dir, 'init', '-q', '-b', 'main');
    await git(dir, 'add', '-A');
    const direct = loadWorkspace('.', dir).inputs;
    expect(direct).toHaveLength(2);
    await startListStaged(dir);
    // Staged after the early listing: the load answers from the early one (so it was taken, and equals git's own)...
    symlinkSync('../../../../shared', path.join(dir, 'libs/core/src/core/late'));
    await git(dir, 'add', '-A');
    expect(loadWorkspace('.', dir).inputs).toEqual(direct);
    // ...and only once: the next load asks git itself.
    expect(loadWorkspace('.', dir).inputs).toContainEqual({ member: 'core', kind: 'symlink', link: 'libs/core/src/core/late', path: 'shared' });
  });

  it('outside a git work tree symlinks are not looked for, and a change under a target no member owns is still said', () => {
    const ws = loadWorkspace('.', withLinks());
    expect(ws.inputs).toBeUndefined();
    expect(affected(ws, ['shared/data/table.csv']).unowned).toEqual(['shared/data/table.csv']);
  });
});

describe('the [tool.uv-workspace-sync] table', () => {
  it('member inputs are globs relative to the member; the root adds global and ignore globs relative to itself', () => {
    const { ws } = load(
      {
        'libs/api/pyproject.toml': project('api', 'dependencies = ["core"]\n[tool.uv.sources]\ncore = { workspace = true }\n[tool.uv-workspace-sync]\ninputs = ["../*/provider.yaml", "!../core/provider.yaml"]\n'),
      },
      `${ROOT}\n[tool.uv-workspace-sync]\nglobal = ["ci/*.sh"]\nignore = ["**/*.md"]\n`,
    );
    expect(ws.declared).toEqual({ file: 'pyproject.toml', global: ['ci/*.sh'], ignore: ['**/*.md'] });
    expect(ws.inputs).toEqual([{ member: 'api', kind: 'declared', declared: '../*/provider.yaml', glob: 'libs/*/provider.yaml', except: ['libs/core/provider.yaml'] }]);
    const a = affected(ws, ['libs/tool2/provider.yaml']);
    expect(names(a)).toEqual(['api', 'web']);
    expect(why(a, 'api')).toEqual(['input ../*/provider.yaml: libs/tool2/provider.yaml changed']);
    // A member's glob never claims what it owns: that is its own change.
    expect(why(affected(ws, ['libs/api/provider.yaml']), 'api')).toEqual(['changed: libs/api/provider.yaml']);
    // The member's `!` glob takes a file back: core owns it, api does not claim it.
    expect(names(affected(ws, ['libs/core/provider.yaml']))).toEqual(['api', 'core', 'web']);
    expect(why(affected(ws, ['libs/core/provider.yaml']), 'api')).toEqual(['depends on core (runtime)']);
    const g = affected(ws, ['ci/build.sh', 'docs/guide.md']);
    expect(g.all).toBe(true);
    expect(reasonsText(g.allReasons)).toEqual(['global: ci/build.sh changed (global in pyproject.toml)']);
    expect(g.unowned).toEqual([]);
  });

  it('the inputs of the same name add to the table', () => {
    const { ws } = load({}, `${ROOT}\n[tool.uv-workspace-sync]\nignore = ["docs/**"]\n`);
    const a = computeAffected(ws, { paths: ['docs/a.txt', 'notes/b.txt', 'ci/x.sh'], ignore: ['notes/**'], global: ['ci/**'] });
    expect(reasonsText(a.allReasons)).toEqual(['global: ci/x.sh changed (global input)']);
    expect(a.unowned).toEqual([]);
  });

  it.each([
    ['an unknown key', `[tool.uv-workspace-sync]\nglobals = ["x"]\n`, 'pyproject.toml: unknown key `globals` in [tool.uv-workspace-sync]'],
    ['a value that is no list of strings', `[tool.uv-workspace-sync]\nglobal = "ci/**"\n`, 'pyproject.toml: `tool.uv-workspace-sync.global` must be a list of strings'],
    ['inputs in a virtual root', `[tool.uv-workspace-sync]\ninputs = ["x"]\n`, 'pyproject.toml: `tool.uv-workspace-sync.inputs` is read only in a workspace member (this virtual root is none)'],
    ['a glob that leaves the repository', `[tool.uv-workspace-sync]\nglobal = ["../x"]\n`, 'pyproject.toml: `tool.uv-workspace-sync.global`: `../x` leaves the repository'],
  ])('%s in the root is one error naming the file and the key', (_title, table, message) => {
    const dir = makeTree({ 'pyproject.toml': `${ROOT}${table}`, ...BASE });
    expect(() => loadWorkspace('.', dir)).toThrow(UserError);
    expect(() => loadWorkspace('.', dir)).toThrow(message);
  });

  it.each([
    ['global in a member', 'global = ["x"]', 'libs/core/pyproject.toml: `tool.uv-workspace-sync.global` is read only in the workspace root (pyproject.toml)'],
    ['`..` after a wildcard', 'inputs = ["*/../x"]', 'libs/core/pyproject.toml: `tool.uv-workspace-sync.inputs`: `*/../x` has `..` after a wildcard, which cannot be resolved'],
    ['a wrong type in inputs', 'inputs = [1]', 'libs/core/pyproject.toml: `tool.uv-workspace-sync.inputs` must be a list of strings'],
  ])('%s is one error naming the file and the key', (_title, line, message) => {
    const dir = makeTree({ 'pyproject.toml': ROOT, ...BASE, 'libs/core/pyproject.toml': project('core', `[tool.uv-workspace-sync]\n${line}\n`) });
    expect(() => loadWorkspace('.', dir)).toThrow(message);
  });
});

describe('reasons are complete', () => {
  it('a changed member that installs another changed member lists both its own change and the dependency', () => {
    const { ws } = load({});
    const a = affected(ws, ['libs/core/src/core/x.py', 'libs/api/src/api/y.py']);
    expect(why(a, 'api')).toEqual(['changed: libs/api/src/api/y.py', 'depends on core (runtime)']);
    // Nearest first.
    expect(why(a, 'web')).toEqual(['depends on api (runtime)', 'depends on core via api']);
  });

  it('lists the nearest few changed members, then how many more', () => {
    const libs: Tree = {};
    const deps = ['a', 'b', 'c', 'd', 'e'];
    for (const d of deps) libs[`libs/${d}/pyproject.toml`] = project(d);
    libs['apps/tool/pyproject.toml'] = project('tool', `dependencies = [${deps.map((d) => `"${d}"`).join(', ')}]\n[tool.uv.sources]\n${deps.map((d) => `${d} = { workspace = true }`).join('\n')}\n`);
    const { ws } = load(libs);
    const a = affected(ws, deps.map((d) => `libs/${d}/x.py`));
    expect(why(a, 'tool')).toEqual(['depends on a (runtime)', 'depends on b (runtime)', 'depends on c (runtime)', 'depends on 2 more changed members']);
  });
});
