import { describe, expect, it } from 'vitest';
import { reasonLines, reasonsText } from '../../src/affected/reasons.js';
import { computeAffected, installClosure, type Affected } from '../../src/affected/engine.js';
import { workspace } from '../helpers/gen-workspace.js';
import { readSyncArgs } from '../../src/workspace/selection.js';

const names = (a: Affected) => a.members.map((m) => m.name);
const reasonsOf = (a: Affected, name: string) => {
  const member = a.members.find((m) => m.name === name);
  return member && reasonsText(member.reasons);
};

// libs/core, libs/core2 (a sibling whose name starts with "core"), an api that
// asks core for its `openai` extra, an app nested inside api, and docs that
// only uses api in its dev group.
const ws = workspace({
  members: [
    { name: 'core', path: 'libs/core', extras: ['openai'] },
    { name: 'core2', path: 'libs/core2' },
    { name: 'llm', path: 'libs/llm' },
    { name: 'api', path: 'services/api', extras: ['full'], groups: ['dev'] },
    { name: 'app', path: 'services/api/app' },
    { name: 'docs', path: 'docs', groups: ['dev'] },
  ],
  edges: ['api -> core[openai]', 'core -extra:openai-> llm', 'app -> api', 'docs -group:dev-> api', 'api -extra:full-> core2', 'api -group:dev-> core2'],
});

describe('ownership', () => {
  it('compares directories component by component: libs/core2 is not inside libs/core', () => {
    const a = computeAffected(ws, { paths: ['libs/core2/src/x.py'] });
    expect(a.all).toBe(false);
    // api installs core2 through its own dev group; app gets api without api's dev group.
    expect(names(a)).toEqual(['api', 'core2']);
  });

  it('gives a nested member what it holds, and its parent what is left', () => {
    expect(names(computeAffected(ws, { paths: ['services/api/app/main.py'] }))).toEqual(['app']);
    expect(names(computeAffected(ws, { paths: ['services/api/handlers.py'] }))).toEqual(['api', 'app', 'docs']);
  });

  it('a virtual root owns nothing; files outside every member affect nothing, and are listed as unowned', () => {
    const a = computeAffected(ws, { paths: ['README.md', 'scripts/release.sh', 'services/README.md'] });
    expect(a).toEqual({ all: false, allReasons: [], members: [], unowned: ['README.md', 'scripts/release.sh', 'services/README.md'] });
  });

  it('a project root owns what no deeper member owns, but only below the workspace root', () => {
    const sub = workspace({
      rootPath: 'python',
      members: [
        { name: 'root', path: 'python', isRoot: true },
        { name: 'lib', path: 'python/packages/lib' },
      ],
      edges: ['root -> lib'],
    });
    expect(names(computeAffected(sub, { paths: ['python/src/root/cli.py'] }))).toEqual(['root']);
    expect(names(computeAffected(sub, { paths: ['python/packages/lib/x.py'] }))).toEqual(['lib', 'root']);
    expect(names(computeAffected(sub, { paths: ['docs/index.md', 'pythonic/x.py'] }))).toEqual([]);
    const top = workspace({ members: [{ name: 'root', path: '.', isRoot: true }, { name: 'lib', path: 'lib' }] });
    expect(names(computeAffected(top, { paths: ['README.md'] }))).toEqual(['root']);
  });
});

describe('dependents follow what uv sync --package installs', () => {
  it('follows an extra that a dependent asks for, with the path in the reason', () => {
    const a = computeAffected(ws, { paths: ['libs/llm/llm.py'] });
    expect(names(a)).toEqual(['api', 'app', 'docs', 'llm']);
    expect(reasonsOf(a, 'llm')).toEqual(['changed: libs/llm/llm.py']);
    expect(reasonsOf(a, 'docs')).toEqual(['depends on llm via api']);
    expect(reasonsOf(a, 'api')).toEqual(['depends on llm via core[openai]']);
    expect(reasonsOf(a, 'app')).toEqual(['depends on llm via api']);
  });

  it("does not follow a member's unrequested extras or the dev groups of its dependencies", () => {
    // core2 is in api's `full` extra and api's dev group: app (runtime on api) gets neither.
    expect(names(computeAffected(ws, { paths: ['libs/core2/x.py'] }))).not.toContain('app');
    // docs has api in its own dev group, which uv installs for docs.
    expect(reasonsOf(computeAffected(ws, { paths: ['services/api/x.py'] }), 'docs')).toEqual(['depends on api (group dev)']);
  });

  it('sync-args widen or narrow the target part of the closure', () => {
    expect([...installClosure(ws, 'api')].sort()).toEqual(['api', 'core', 'core2', 'llm']);
    expect([...installClosure(ws, 'api', readSyncArgs(['--no-dev']))].sort()).toEqual(['api', 'core', 'llm']);
    expect([...installClosure(ws, 'api', readSyncArgs(['--no-dev', '--extra', 'full']))].sort()).toEqual(['api', 'core', 'core2', 'llm']);
    expect([...installClosure(ws, 'api', readSyncArgs(['--no-dev', '--all-extras', '--no-extra', 'full']))].sort()).toEqual(['api', 'core', 'llm']);
    expect([...installClosure(ws, 'docs', readSyncArgs(['--no-default-groups']))].sort()).toEqual(['docs']);
    expect([...installClosure(ws, 'docs', readSyncArgs(['--only-group=dev']))].sort()).toEqual(['api', 'core', 'docs', 'llm']);
    // --all-extras applies to the target only: app still gets api without `full`.
    expect([...installClosure(ws, 'app', readSyncArgs(['--all-extras']))].sort()).toEqual(['api', 'app', 'core', 'llm']);
    const a = computeAffected(ws, { paths: ['libs/core2/x.py'], syncArgs: readSyncArgs(['--no-dev', '--extra', 'full']) });
    expect(reasonsOf(a, 'api')).toEqual(['depends on core2 (extra full)']);
  });

  it('handles cycles through extras and groups without special cases', () => {
    const cyc = workspace({
      members: [
        { name: 'a', path: 'a', extras: ['x'] },
        { name: 'b', path: 'b', groups: ['dev'] },
        { name: 'c', path: 'c' },
      ],
      edges: ['a -> b', 'b -> a[x]', 'a -extra:x-> c', 'c -group:dev-> a', 'b -group:dev-> c'],
    });
    expect([...installClosure(cyc, 'a')].sort()).toEqual(['a', 'b', 'c']);
    // c's own dev group pulls a in, and a the rest.
    expect([...installClosure(cyc, 'c')].sort()).toEqual(['a', 'b', 'c']);
    expect([...installClosure(cyc, 'c', readSyncArgs(['--no-dev']))].sort()).toEqual(['c']);
    expect(names(computeAffected(cyc, { paths: ['c/x.py'] }))).toEqual(['a', 'b', 'c']);
    expect(names(computeAffected(cyc, { paths: ['a/x.py'], syncArgs: readSyncArgs(['--no-dev']) }))).toEqual(['a', 'b']);
  });

  it("uses the workspace root's group for an explicit --group the target lacks, never for defaults", () => {
    const rooted = workspace({
      members: [
        { name: 'root', path: '.', isRoot: true, groups: ['dev', 'lint'] },
        { name: 'tools', path: 'tools' },
        { name: 'svc', path: 'svc', groups: ['dev'] },
      ],
      edges: ['root -group:lint-> tools', 'root -group:dev-> tools'],
    });
    expect([...installClosure(rooted, 'svc')].sort()).toEqual(['svc']);
    expect([...installClosure(rooted, 'svc', readSyncArgs(['--group', 'lint']))].sort()).toEqual(['svc', 'tools']);
    // svc declares dev itself, so the root's dev is not used.
    expect([...installClosure(rooted, 'svc', readSyncArgs(['--group', 'dev']))].sort()).toEqual(['svc']);
    expect([...installClosure(rooted, 'svc', readSyncArgs(['--all-groups', '--no-group', 'lint']))].sort()).toEqual(['svc']);
  });
});

describe('global triggers and ignore', () => {
  it('the workspace root pyproject.toml, .python-version and uv.toml affect every member', () => {
    const sub = workspace({ rootPath: 'py', members: [{ name: 'a', path: 'py/a' }, { name: 'b', path: 'py/b' }] });
    const a = computeAffected(sub, { paths: ['py/.python-version', 'py/a/x.py'] });
    expect(a.all).toBe(true);
    expect(reasonsText(a.allReasons)).toEqual(['global: py/.python-version changed']);
    expect(a.members.map((m) => ({ ...m, reasons: reasonsText(m.reasons) }))).toEqual([
      { name: 'a', path: 'py/a', reasons: ['global: py/.python-version changed', 'changed: py/a/x.py'] },
      { name: 'b', path: 'py/b', reasons: ['global: py/.python-version changed'] },
    ]);
    // pyproject.toml at the repository root is not the workspace root's.
    expect(computeAffected(sub, { paths: ['pyproject.toml'] }).all).toBe(false);
  });

  it('user globs: ignore drops paths first, global marks everything', () => {
    const a = computeAffected(ws, { paths: ['libs/core/README.md', 'ci/build.sh'], ignore: ['**/*.md'], global: ['ci/**'] });
    expect(reasonsText(a.allReasons)).toEqual(['global: ci/build.sh changed (global input)']);
    expect(reasonsOf(a, 'core')).toEqual(['global: ci/build.sh changed (global input)']);
    const b = computeAffected(ws, { paths: ['libs/core/README.md', 'ci/build.sh'], ignore: ['**/*.md', 'ci/**'], global: ['ci/**'] });
    // Ignored paths are dropped, not unowned.
    expect(b).toEqual({ all: false, allReasons: [], members: [], unowned: [] });
  });

  it('lists the first few changed paths, then a count', () => {
    const paths = ['e', 'a', 'c', 'b', 'd'].map((f) => `libs/core2/${f}.py`);
    expect(reasonsOf(computeAffected(ws, { paths }), 'core2')).toEqual([
      'changed: libs/core2/a.py',
      'changed: libs/core2/b.py',
      'changed: libs/core2/c.py',
      'changed: and 2 more files',
    ]);
  });
});

describe('uv.lock', () => {
  const lock = (numpy: string) => `version = 1
revision = 3
requires-python = ">=3.11"

[manifest]
members = ["api", "app", "core", "core2", "docs", "llm"]

[[package]]
name = "core"
version = "0.1.0"
source = { editable = "libs/core" }

[package.optional-dependencies]
openai = [{ name = "llm" }]

[[package]]
name = "llm"
version = "0.1.0"
source = { editable = "libs/llm" }
dependencies = [{ name = "numpy" }]

[[package]]
name = "numpy"
version = "${numpy}"
source = { registry = "https://pypi.org/simple" }

[[package]]
name = "api"
version = "0.1.0"
source = { editable = "services/api" }
dependencies = [{ name = "core", extra = ["openai"] }]

[[package]]
name = "app"
version = "0.1.0"
source = { editable = "services/api/app" }
dependencies = [{ name = "api" }]

[[package]]
name = "core2"
version = "0.1.0"
source = { editable = "libs/core2" }

[[package]]
name = "docs"
version = "0.1.0"
source = { editable = "docs" }
`;

  it('marks exactly the members whose installed packages changed', () => {
    const a = computeAffected(ws, { paths: ['uv.lock'], lock: { base: lock('1.26.4'), head: lock('2.0.0') } });
    expect(a.all).toBe(false);
    expect(a.members.map((m) => [m.name, reasonsText(m.reasons)])).toEqual([
      ['api', ['uv.lock: numpy 1.26.4 -> 2.0.0']],
      ['app', ['uv.lock: numpy 1.26.4 -> 2.0.0']],
      ['llm', ['uv.lock: numpy 1.26.4 -> 2.0.0']],
    ]);
    // core installs llm only through its `openai` extra, which `uv sync --package core` does not ask for.
    expect(names(computeAffected(ws, { paths: ['uv.lock'], lock: { base: lock('1'), head: lock('1') } }))).toEqual([]);
  });

  it('a local wheel or sdist rebuilt with the same name and version is a lock change of the members that install it', () => {
    const local = (wheel: string, sdist: string) =>
      lock('1').replace(
        'dependencies = [{ name = "numpy" }]',
        'dependencies = [{ name = "numpy" }, { name = "w" }, { name = "s" }]',
      ) +
      `
[[package]]
name = "w"
version = "1.0"
source = { path = "dist/w-1.0-py3-none-any.whl" }
wheels = [
    { filename = "w-1.0-py3-none-any.whl", hash = "sha256:${wheel}" },
]

[[package]]
name = "s"
version = "2.0"
source = { path = "dist/s-2.0.tar.gz" }
sdist = { hash = "sha256:${sdist}" }
`;
    const wheel = computeAffected(ws, { paths: ['uv.lock'], lock: { base: local('aa', 'cc'), head: local('bb', 'cc') } });
    expect(wheel.members.map((m) => [m.name, reasonsText(m.reasons)])).toEqual([
      ['api', ["uv.lock: w 1.0 rebuilt (the local file's hash changed)"]],
      ['app', ["uv.lock: w 1.0 rebuilt (the local file's hash changed)"]],
      ['llm', ["uv.lock: w 1.0 rebuilt (the local file's hash changed)"]],
    ]);
    const sdist = computeAffected(ws, { paths: ['uv.lock'], lock: { base: local('aa', 'cc'), head: local('aa', 'dd') } });
    expect(reasonsOf(sdist, 'llm')).toEqual(["uv.lock: s 2.0 rebuilt (the local file's hash changed)"]);
    expect(names(computeAffected(ws, { paths: ['uv.lock'], lock: { base: local('aa', 'cc'), head: local('aa', 'cc') } }))).toEqual([]);
  });

  it('falls back to every member when the lock at base cannot be used', () => {
    expect(computeAffected(ws, { paths: ['uv.lock'] }).allReasons.flatMap((r) => reasonLines(r))).toEqual(['uv.lock changed (lock at base not available)']);
    expect(computeAffected(ws, { paths: ['uv.lock'], lock: { base: undefined, head: lock('1') } }).allReasons.flatMap((r) => reasonLines(r))).toEqual([
      'uv.lock changed (no readable lock at base)',
    ]);
    const broken = computeAffected(ws, { paths: ['uv.lock'], lock: { base: '<<<<<<< HEAD\n', head: lock('1') } });
    expect(broken.all).toBe(true);
    expect(reasonsText(broken.allReasons)[0]).toMatch(/^uv\.lock at base could not be read: uv\.lock at base:1: invalid TOML/);
    expect(broken.members).toHaveLength(ws.members.length);
  });
});
