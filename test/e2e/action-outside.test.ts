// Inputs outside the members, through the bundled action (dist/main as the
// runner runs it, `mode: detect`), one push per case on one real git history
// with a real uv.lock: a vendored path source, a git submodule as a path
// source, a member's declared inputs, a symlink's target, a local wheel
// rebuilt with the same name and version,
// paths nobody owns (the `unowned` output, the notice, the summary), the root
// table's `global` and `ignore`, and complete reasons. For each case: the
// member set, the reason, `unowned`, and that exactly the affected members'
// fingerprints move.
import { symlinkSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runUv } from '../../src/uv/run.js';
import { createActionFixture, type ActionFixture, type JobResult } from '../helpers/action-e2e.js';
import { git, type Repo } from '../helpers/git.js';
import { UV_VERSION, uvBin } from '../helpers/tools.js';
import { indexEnv, uvBuildRequirement } from '../helpers/uv-workspace.js';
import { buildWheel } from '../helpers/wheels.js';

const WHEEL = 'dist/wheelpkg-1.0-py3-none-any.whl';
const UV_BUILD = `[build-system]\nrequires = ["${uvBuildRequirement()}"]\nbuild-backend = "uv_build"\n`;

let fx: ActionFixture;
/** The repository core's submodule `modules/sub` comes from. */
let sub: Repo;
/** The cases in the order of their commits; each is the push from the one before. */
const ORDER = ['base', 'vendor', 'config', 'assets', 'wheel', 'tests', 'ci', 'both', 'submodule'];
/** Commits by case. */
const commits: Record<string, string> = {};
const jobs: Record<string, JobResult> = {};

async function relock(...args: string[]): Promise<void> {
  const lock = await runUv(uvBin(UV_VERSION), ['lock', ...args], { cwd: fx.repo.dir, env: indexEnv(fx.index.url, { UV_CACHE_DIR: path.join(fx.root, 'lock-cache') }) });
  if (lock.code !== 0) throw new Error(`uv lock failed:\n${lock.stderr}`);
}

/** Writes the wheel `dist/wheelpkg-1.0-…` (its bytes depend on `payload`). */
async function wheel(payload: number): Promise<void> {
  await buildWheel(path.join(fx.repo.dir, 'dist'), { name: 'wheelpkg', version: '1.0', payloadBytes: payload });
}

beforeAll(async () => {
  fx = await createActionFixture({
    workspace: {
      memberGlobs: ['libs/*', 'apps/*'],
      members: [
        { name: 'core', path: 'libs/core', dependencies: ['vendored'], extraToml: '[tool.uv.sources]\nvendored = { path = "../../vendor/vendored" }\n' },
        { name: 'api', path: 'libs/api', dependencies: ['core'], extraToml: '[tool.uv-workspace-sync]\ninputs = ["../../shared/config/*.yaml"]\n' },
        { name: 'web', path: 'apps/web', dependencies: ['api'] },
        { name: 'tool', path: 'apps/tool' },
        { name: 'app', path: 'apps/app', dependencies: ['tool'] },
        { name: 'lone', path: 'apps/lone' },
      ],
      rootExtraToml: '[tool.uv-workspace-sync]\nglobal = ["ci/*.cfg"]\nignore = ["**/*.md"]\n',
    },
    wheels: [],
    files: {
      'vendor/vendored/pyproject.toml': `[project]\nname = "vendored"\nversion = "0.1.0"\nrequires-python = ">=3.8"\n\n${UV_BUILD}`,
      'vendor/vendored/src/vendored/__init__.py': '',
      'shared/config/a.yaml': 'a: 1\n',
      'shared/assets/logo.txt': 'logo\n',
      'tests/test_integration.py': 'def test(): pass\n',
      'ci/build.cfg': 'x\n',
    },
  });
  // web reads shared assets through a link inside its package; tool installs a wheel kept in the repository.
  symlinkSync('../../../../shared/assets', path.join(fx.repo.dir, 'apps/web/src/web/assets'));
  await wheel(10);
  const tool = path.join(fx.repo.dir, 'apps/tool/pyproject.toml');
  const toolToml = (await readFile(tool, 'utf8')).replace('dependencies = []', 'dependencies = ["wheelpkg"]');
  await fx.repo.commit('tool: a local wheel', { 'apps/tool/pyproject.toml': `${toolToml}\n[tool.uv.sources]\nwheelpkg = { path = "../../${WHEEL}" }\n` });
  // core also installs a project kept in a git submodule.
  sub = await fx.sandbox.repo('sub');
  await sub.commit('subpkg', { 'pyproject.toml': `[project]\nname = "subpkg"\nversion = "0.1.0"\nrequires-python = ">=3.8"\n\n${UV_BUILD}`, 'src/subpkg/__init__.py': '' });
  await git(fx.repo.dir, '-c', 'protocol.file.allow=always', 'submodule', 'add', '-q', sub.dir, 'modules/sub');
  const core = path.join(fx.repo.dir, 'libs/core/pyproject.toml');
  const coreToml = (await readFile(core, 'utf8')).replace('dependencies = ["vendored"]', 'dependencies = ["vendored", "subpkg"]').replace('[tool.uv.sources]\n', '[tool.uv.sources]\nsubpkg = { path = "../../modules/sub" }\n');
  await fx.repo.commit('core: a project in a submodule', { 'libs/core/pyproject.toml': coreToml });
  await relock();
  commits.base = await fx.commit('lock the local wheel', {});
  commits.vendor = await fx.commit('vendor: change', { 'vendor/vendored/src/vendored/__init__.py': 'X = 1\n' });
  commits.config = await fx.commit('config: change', { 'shared/config/b.yaml': 'b: 2\n' });
  commits.assets = await fx.commit('assets: change', { 'shared/assets/logo.txt': 'new logo\n' });
  await wheel(20);
  await relock('--upgrade-package', 'wheelpkg');
  commits.wheel = await fx.commit('wheelpkg: rebuilt, same version', {});
  commits.tests = await fx.commit('top-level tests and a readme', { 'tests/test_integration.py': 'def test(): assert 1\n', 'README.md': '# x\n' });
  commits.ci = await fx.commit('ci: change', { 'ci/build.cfg': 'y\n' });
  commits.both = await fx.commit('core and api', { 'libs/core/src/core/x.py': 'X = 1\n', 'libs/api/src/api/y.py': 'Y = 1\n' });
  await sub.commit('subpkg: change', { 'src/subpkg/__init__.py': 'S = 1\n' });
  await git(path.join(fx.repo.dir, 'modules/sub'), '-c', 'protocol.file.allow=always', 'pull', '-q', 'origin', 'main');
  commits.submodule = await fx.commit('submodule: new commit', {});
  jobs.base = await fx.runJob({ uvVersion: null, post: false, ref: commits.base, inputs: { mode: 'detect', 'changed-files': '[]', fingerprints: 'true' } });
  for (let i = 1; i < ORDER.length; i++) {
    const [before, after] = [commits[ORDER[i - 1]!]!, commits[ORDER[i]!]!];
    jobs[ORDER[i]!] = await fx.runJob({ uvVersion: null, post: false, ref: after, event: await fx.pushEvent(before, after), inputs: { mode: 'detect', fingerprints: 'true' } });
  }
}, 900_000);

afterAll(async () => {
  await fx?.remove();
});

function outputs(name: string) {
  const job = jobs[name]!;
  expect(job.main.code, job.log).toBe(0);
  const o = job.main.outputs;
  return {
    members: JSON.parse(o.members!) as string[],
    reasons: JSON.parse(o.reasons!) as Record<string, string[]>,
    unowned: JSON.parse(o.unowned!) as string[],
    fingerprints: JSON.parse(o.fingerprints!) as Record<string, string>,
  };
}

/** Members whose fingerprint moved between the push before this case and this one. */
function moved(name: string): string[] {
  const before = outputs(ORDER[ORDER.indexOf(name) - 1]!).fingerprints;
  const after = outputs(name).fingerprints;
  expect(Object.keys(after).sort()).toEqual(['api', 'app', 'core', 'lone', 'tool', 'web']);
  return Object.keys(after).filter((m) => before[m] !== after[m]).sort();
}

describe('inputs outside the members, through dist', () => {
  it('a vendored path source: the member that names it and its dependents, the reason naming the source', () => {
    const o = outputs('vendor');
    expect(o.members).toEqual(['api', 'core', 'web']);
    expect(o.reasons.core).toEqual(['path source vendored (vendor/vendored): vendor/vendored/src/vendored/__init__.py changed']);
    expect(o.reasons.web).toEqual(['depends on core via api']);
    expect(o.unowned).toEqual([]);
    expect(moved('vendor')).toEqual(o.members);
  });

  it("a member's declared inputs (`../../shared/config/*.yaml`)", () => {
    const o = outputs('config');
    expect(o.members).toEqual(['api', 'web']);
    expect(o.reasons.api).toEqual(['input ../../shared/config/*.yaml: shared/config/b.yaml changed']);
    expect(o.unowned).toEqual([]);
    expect(moved('config')).toEqual(o.members);
  });

  it("a symlink inside a member: its target's files", () => {
    const o = outputs('assets');
    expect(o.members).toEqual(['web']);
    expect(o.reasons.web).toEqual(['symlink apps/web/src/web/assets -> shared/assets: shared/assets/logo.txt changed']);
    expect(moved('assets')).toEqual(o.members);
  });

  it('a local wheel rebuilt with the same name and version: a lock change of every member that installs it', () => {
    const o = outputs('wheel');
    expect(o.members).toEqual(['app', 'tool']);
    expect(o.reasons.tool).toEqual([
      "uv.lock: wheelpkg 1.0 rebuilt (the local file's hash changed)",
      `path source wheelpkg (${WHEEL}): ${WHEEL} changed`,
    ]);
    expect(o.reasons.app).toEqual(["uv.lock: wheelpkg 1.0 rebuilt (the local file's hash changed)", 'depends on tool (runtime)']);
    expect(moved('wheel')).toEqual(o.members);
  });

  it('paths no member owns are said: the unowned output, a notice naming them with the hint, the summary; `ignore` still drops', () => {
    const o = outputs('tests');
    const job = jobs.tests!;
    expect(o.members).toEqual([]);
    expect(o.unowned).toEqual(['tests/test_integration.py']);
    const notice = job.annotations.find((a) => a.command === 'notice' && a.props.title === 'Not owned by any member');
    expect(notice?.message).toBe(
      '1 changed path is not owned by any member and affects none: tests/test_integration.py; if a member uses them, claim them in the `global` input, or in a [tool.uv-workspace-sync] table: `inputs` in the member that uses them, `global` in the workspace root.',
    );
    expect(job.main.summary).toContain('<b>Not owned by any member:</b> <code>tests/test&#95;integration.py</code> (1 changed path that affects no member;');
    expect(moved('tests')).toEqual([]);
  });

  it("the root table's `global`: every member, said with the file that declares it", () => {
    const o = outputs('ci');
    expect(o.members).toEqual(['api', 'app', 'core', 'lone', 'tool', 'web']);
    expect(o.reasons.lone).toEqual(['global: ci/build.cfg changed (global in pyproject.toml)']);
    expect(o.unowned).toEqual([]);
    expect(moved('ci')).toEqual(o.members);
  });

  it('a git submodule named as a path source: its new commit', () => {
    const o = outputs('submodule');
    expect(o.members).toEqual(['api', 'core', 'web']);
    expect(o.reasons.core).toEqual(['path source subpkg (modules/sub): modules/sub changed']);
    expect(o.unowned).toEqual([]);
    expect(moved('submodule')).toEqual(o.members);
  });

  it('a member that changed and installs another changed member lists both reasons', () => {
    const o = outputs('both');
    expect(o.members).toEqual(['api', 'core', 'web']);
    expect(o.reasons.api).toEqual(['changed: libs/api/src/api/y.py', 'depends on core (runtime)']);
    expect(o.reasons.web).toEqual(['depends on api (runtime)', 'depends on core via api']);
    expect(moved('both')).toEqual(o.members);
  });
});
