// Member → member edges from pyproject files and uv.lock, and the requirement parser.
import { describe, expect, it } from 'vitest';
import { loadWorkspace, directDependencies } from '../../src/workspace/index.js';
import { parseRequirement } from '../../src/workspace/requirements.js';
import { project, tempTrees, type Tree } from '../fixtures/workspaces/tree.js';

const makeTree = tempTrees();

function load(tree: Tree) {
  return loadWorkspace('.', makeTree(tree));
}

const edges = (ws: ReturnType<typeof load>) => ws.edges.map((e) => `${e.from} -> ${e.to} ${e.kind}${e.extras.length ? ` [${e.extras.join(',')}]` : ''} (${e.origin})`);

describe('parseRequirement', () => {
  it('reads the name and extras, nothing else', () => {
    expect(parseRequirement("core[openai, X_y] >=1; python_version<'3.12'")).toEqual({ name: 'core', extras: ['openai', 'x-y'] });
    expect(parseRequirement('Core.Lib @ file:///tmp/core')).toEqual({ name: 'core-lib', extras: [] });
    expect(parseRequirement('pkg==1.0')).toEqual({ name: 'pkg', extras: [] });
    expect(parseRequirement('  spaced [a]  ')).toEqual({ name: 'spaced', extras: ['a'] });
    expect(parseRequirement('pkg[a,a]')).toEqual({ name: 'pkg', extras: ['a'] });
    expect(parseRequirement('-e .')).toBeUndefined();
    expect(parseRequirement('broken[')).toBeUndefined();
  });
});

const root = (members: string, sources = ''): string => `[tool.uv.workspace]\nmembers = ${members}\n[tool.uv.sources]\n${sources}`;

describe('pyproject edges', () => {
  it('every kind, with the extras asked of the target; sources from the member or the root', () => {
    const ws = load({
      'pyproject.toml': root('["libs/*"]', 'core = { workspace = true }\nutil = { workspace = true }\n'),
      'libs/core/pyproject.toml': project('core', '[project.optional-dependencies]\nfast = ["core[speed]", "util"]\nspeed = []\n'),
      'libs/util/pyproject.toml': project('util'),
      'libs/api/pyproject.toml': project(
        'api',
        [
          'dependencies = ["Core[Fast] >= 1", "requests"]',
          '[dependency-groups]',
          'test = ["util", {include-group = "lint"}]',
          'lint = ["ruff"]',
          'all = [{include-group = "test"}, {include-group = "all"}]',
          '[tool.uv]',
          'dev-dependencies = ["util"]',
        ].join('\n'),
      ),
    });
    expect(edges(ws)).toEqual([
      'api -> core runtime [fast] (pyproject)',
      'api -> util group:all (pyproject)',
      'api -> util group:dev (pyproject)',
      'api -> util group:test (pyproject)',
      // `core[speed]` inside core switches on core's own extra: kept for the install closure...
      'core -> core extra:fast [speed] (pyproject)',
      'core -> util extra:fast (pyproject)',
    ]);
    // ...but a member never lists itself as a dependency.
    expect(directDependencies(ws, 'core')).toEqual(['util']);
    expect(directDependencies(ws, 'api')).toEqual(['core', 'util']);
    expect(directDependencies(ws, 'util')).toEqual([]);
  });

  it('a member named without a workspace source is not an edge; a path source to a member dir is', () => {
    const ws = load({
      'pyproject.toml': root('["libs/*"]'),
      'libs/a/pyproject.toml': project('a', 'dependencies = ["b", "c"]\n[tool.uv.sources]\nc = { path = "../c", editable = true }\n'),
      'libs/b/pyproject.toml': project('b'),
      'libs/c/pyproject.toml': project('c'),
      'libs/d/pyproject.toml': project('d', 'dependencies = ["c"]\n[tool.uv.sources]\nc = { path = "../elsewhere" }\n'),
    });
    expect(edges(ws)).toEqual(['a -> c runtime (pyproject)']);
  });

  it('the member own sources win over the root ones', () => {
    const ws = load({
      'pyproject.toml': root('["libs/*"]', 'b = { workspace = true }\n'),
      'libs/a/pyproject.toml': project('a', 'dependencies = ["b"]\n[tool.uv.sources]\nb = { index = "internal" }\n'),
      'libs/b/pyproject.toml': project('b'),
    });
    expect(edges(ws)).toEqual([]);
  });
});

describe('uv.lock edges', () => {
  const lock = (body: string): string => `version = 1\nrevision = 3\nrequires-python = ">=3.11"\n\n[manifest]\nmembers = ["a", "b", "gone"]\n\n${body}`;

  it('adds what only the lock knows (dynamic metadata), merges extras, and ignores names that are not members here', () => {
    const ws = load({
      'pyproject.toml': root('["libs/*"]', 'b = { workspace = true }\n'),
      'libs/a/pyproject.toml': project('a', 'dynamic = ["dependencies"]\n[project.optional-dependencies]\nx = ["b"]\n'),
      'libs/b/pyproject.toml': project('b'),
      'uv.lock': lock(
        [
          '[[package]]\nname = "a"\nversion = "0.1.0"\nsource = { editable = "libs/a" }',
          'dependencies = [{ name = "b", extra = ["fast"] }, { name = "gone" }, { name = "requests" }]',
          '[package.optional-dependencies]\nx = [{ name = "b", extra = ["slow"] }, { name = "a", extra = ["x"] }]',
          '[package.dev-dependencies]\ndev = [{ name = "b" }]',
          '',
          '[[package]]\nname = "b"\nversion = "0.1.0"\nsource = { editable = "libs/b" }',
          '',
          '[[package]]\nname = "requests"\nversion = "2.0"\nsource = { registry = "https://pypi.org/simple" }\ndependencies = [{ name = "a" }]',
        ].join('\n'),
      ),
    });
    expect(ws.lockPath).toMatch(/uv\.lock$/);
    expect(edges(ws)).toEqual([
      // `a[x]` inside a's own extra x: a self-edge that carries extras, kept for the install closure.
      'a -> a extra:x [x] (lock)',
      'a -> b extra:x [slow] (pyproject)',
      'a -> b group:dev (lock)',
      'a -> b runtime [fast] (lock)',
    ]);
    expect(directDependencies(ws, 'a')).toEqual(['b']);
  });
});

describe("names that are Object.prototype's", () => {
  // A member, extra or group named `constructor` once found Object.prototype's
  // own in the records keyed by names from the file: an internal error.
  it('a member, an extra and a group named `constructor`: edges as for any other name', () => {
    const ws = load({
      'pyproject.toml': root('["libs/*"]', 'constructor = { workspace = true }\n'),
      'libs/constructor/pyproject.toml': project('constructor', '[project.optional-dependencies]\nconstructor = []\n'),
      'libs/a/pyproject.toml': project(
        'a',
        ['dependencies = ["constructor[constructor]"]', '[project.optional-dependencies]', 'constructor = ["constructor"]', '[dependency-groups]', 'constructor = ["constructor"]', 'tostring = [{include-group = "constructor"}]'].join('\n'),
      ),
      'libs/b/pyproject.toml': project('b', 'dependencies = ["valueOf"]\n[tool.uv.sources]\nhasOwnProperty = { workspace = true }\n'),
    });
    expect(edges(ws)).toEqual([
      'a -> constructor extra:constructor (pyproject)',
      'a -> constructor group:constructor (pyproject)',
      'a -> constructor group:tostring (pyproject)',
      'a -> constructor runtime [constructor] (pyproject)',
    ]);
  });
});
