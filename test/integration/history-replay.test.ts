// A replayed history against what the environments really see. A generated
// workspace (every build backend that needs no Rust, src and flat layouts,
// runtime and dev-group edges, airflow's devel-common) is synced once by the
// real uv, editable as uv installs members; the venv's own interpreter then
// says which files of each member it can see (a module some dotted name
// imports as that file, or a file in a directory imported as a package), and
// `uv export --package Y` says which members Y's sync installs. A git history
// of generated commits (1 to 3 changed files each, seeded) is replayed: for
// every commit, the members whose environment can see a changed file (its
// owner, and every member that installs an owner of a file the venv sees)
// must all be selected by the default (`dependents: shipped`, editable-aware),
// which selects no more than `dependents: any`; and on some commits it
// selects fewer (the gain kept where it is sound).
import { appendFileSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { computeAffected } from '../../src/affected/engine.js';
import { loadWorkspace } from '../../src/workspace/index.js';
import { filesByMember, listFiles, loadSurfaces } from '../../src/workspace/member-files.js';
import type { Workspace } from '../../src/workspace/types.js';
import { rng } from '../../scripts/lib/rng.mjs';
import { backendUv, probeVenv, wheelhouse, writeBackendWorkspace, type BackendMember } from '../helpers/backend-workspace.js';
import { createSandbox, type Repo, type Sandbox } from '../helpers/git.js';

const tmp = mkdtempSync(path.join(os.tmpdir(), 'history-replay-'));
let sandbox: Sandbox | undefined;
afterAll(async () => {
  await sandbox?.remove();
  rmSync(tmp, { recursive: true, force: true });
});

const common = (mod: string) => [`tests/test_${mod}.py`, `tests/data_${mod}.json`, `docs/conf_${mod}.py`, 'docs/index.md', 'README.md'];
const MEMBERS: BackendMember[] = [
  { backend: 'hatchling', name: 'base-src', files: ['src/base_src/__init__.py', 'src/base_src/core.py', 'src/base_src/data.json', 'src/docs_base/conf.py', ...common('base_src')] },
  { backend: 'setuptools', name: 'base-flat', files: ['base_flat/__init__.py', 'base_flat/util.py', 'tools/lint_base.py', ...common('base_flat')] },
  {
    backend: 'hatchling',
    name: 'devel-common',
    toml: '[tool.hatch.build.targets.wheel]\npackages = ["src/tests_common"]\n',
    files: ['src/tests_common/__init__.py', 'src/tests_common/plugin.py', 'src/docs/provider_conf.py', ...common('devel_common')],
  },
  { backend: 'uv_build', name: 'mid', dependencies: ['base-src', 'base-flat'], files: ['src/mid/__init__.py', 'src/mid/api.py', ...common('mid')] },
  { backend: 'flit', name: 'util-flat', files: ['util_flat/__init__.py', ...common('util_flat')] },
  {
    backend: 'poetry',
    name: 'app',
    dependencies: ['mid', 'util-flat'],
    groups: { dev: ['devel-common'] },
    files: ['src/app/__init__.py', 'src/app/main.py', ...common('app')],
  },
  { backend: 'pdm', name: 'tool', dependencies: ['base-src'], files: ['src/tool/__init__.py', 'src/tool/cli.py', ...common('tool')] },
  { backend: 'hatchling', name: 'lonely', files: ['src/lonely/__init__.py', ...common('lonely')] },
];
const COMMITS = 40;

const ready = existsSync(wheelhouse);
if (!ready && process.env.CI) throw new Error(`${wheelhouse} is missing: run node scripts/setup.mjs`);

describe.skipIf(!ready)('replayed history: the default selects every member whose environment sees a change', () => {
  let repo: Repo;
  let ws: Workspace;
  let commits: string[];
  /** Files (repository-relative) some environment that installs their member can see. */
  let visible: Set<string>;
  /** Member → the members its `uv sync --package` installs (itself excluded). */
  let installs: Map<string, Set<string>>;

  beforeAll(async () => {
    sandbox = await createSandbox();
    repo = await sandbox.repo();
    writeBackendWorkspace(repo.dir, MEMBERS);
    writeFileSync(path.join(repo.dir, '.gitignore'), '.venv/\n');
    backendUv(['lock'], repo.dir, tmp);
    await repo.commit('workspace');
    // The history: the cases that matter first (a file only the editable install exposes, a flat
    // layout's tests, a src layout's tests), then commits of 1 to 3 files of the members (never
    // their pyproject.toml), seeded.
    const files = listFiles(repo.dir).filter((f) => f.startsWith('m/') && !f.endsWith('/pyproject.toml'));
    const first = [['m/devel-common/src/docs/provider_conf.py'], ['m/base-flat/tests/test_base_flat.py'], ['m/base-src/tests/test_base_src.py', 'm/mid/docs/index.md']];
    const next = rng(26);
    commits = [await repo.rev()];
    for (let i = 0; i < COMMITS; i++) {
      const changed = first[i] ?? Array.from({ length: 1 + Math.floor(next() * 3) }, () => files[Math.floor(next() * files.length)]!);
      for (const f of changed) appendFileSync(path.join(repo.dir, f), `# ${i}\n`);
      await repo.commit(`change ${i}`);
      commits.push(await repo.rev());
    }
    ws = loadWorkspace(repo.dir, repo.dir);
    // The oracle: one editable sync of every member, and what its venv sees.
    backendUv(['sync', '--all-packages', '--frozen'], repo.dir, tmp);
    const seen = probeVenv(repo.dir, files.map((f) => path.join(repo.dir, f)), tmp);
    visible = new Set(files.filter((f) => seen.visible.has(path.join(repo.dir, f))));
    installs = new Map(
      ws.members.map((m) => {
        const out = backendUv(['export', '--package', m.name, '--frozen', '--no-hashes', '--no-header'], repo.dir, tmp);
        const paths = out.split('\n').flatMap((l) => (l.startsWith('-e ./') ? [l.slice('-e ./'.length).trim()] : []));
        return [m.name, new Set(ws.members.filter((o) => o.name !== m.name && paths.includes(o.path)).map((o) => o.name))];
      }),
    );
  }, 20 * 60_000);

  it('the oracle sees what a src layout hides and a flat layout exposes', () => {
    expect(visible.has('m/devel-common/src/docs/provider_conf.py')).toBe(true);
    expect(visible.has('m/base-src/src/base_src/data.json')).toBe(true);
    expect(visible.has('m/base-src/tests/test_base_src.py')).toBe(false);
    expect(visible.has('m/util-flat/tests/test_util_flat.py')).toBe(true);
    expect([...installs.get('app')!].sort()).toEqual(['base-flat', 'base-src', 'devel-common', 'mid', 'util-flat']);
  });

  it(`for each of ${COMMITS} commits: every member whose environment sees a changed file is selected, and no more than dependents: any selects`, async () => {
    const rows: { commit: number; paths: string[]; must: string[]; shipped: string[]; any: string[] }[] = [];
    for (let i = 1; i < commits.length; i++) {
      const paths = (await repo.git('diff', '--name-only', commits[i - 1]!, commits[i]!)).split('\n').filter((p) => p !== '');
      const owners = filesByMember(ws, paths);
      const ownerOf = (p: string) => ws.members.find((m) => owners.get(m.name)!.includes(p.slice(m.path.length + 1)))?.name;
      const must = new Set<string>();
      for (const p of paths) {
        const owner = ownerOf(p);
        if (owner === undefined) continue;
        must.add(owner);
        if (visible.has(p)) for (const [y, set] of installs) if (set.has(owner)) must.add(y);
      }
      const names = (a: ReturnType<typeof computeAffected>) => a.members.map((m) => m.name);
      const shipped = names(computeAffected(ws, { paths, surfaces: loadSurfaces(ws, paths) }));
      const any = names(computeAffected(ws, { paths }));
      rows.push({ commit: i, paths, must: [...must].sort(), shipped, any });
    }
    for (const r of rows) {
      expect(r.shipped, `commit ${r.commit} (${r.paths.join(', ')}): the default misses a member that sees the change`).toEqual(expect.arrayContaining(r.must));
      expect(r.any, `commit ${r.commit}: dependents: any`).toEqual(expect.arrayContaining(r.shipped));
    }
    // The gain: commits whose changes no other environment sees select fewer members than `any`.
    expect(rows.filter((r) => r.shipped.length < r.any.length).length).toBeGreaterThan(0);
    const share = (k: 'shipped' | 'any') => rows.reduce((a, r) => a + r[k].length, 0) / rows.length / MEMBERS.length;
    console.info(`history-replay: ${rows.length} commits, default selects ${(100 * share('shipped')).toFixed(1)}% of the members on average, dependents: any ${(100 * share('any')).toFixed(1)}%`);
  });
});
