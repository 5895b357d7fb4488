// The surface against what a real `uv sync` installs: for every build backend
// (offline, from .tools/backends; maturin compiles with cargo) and src and
// flat layouts, one workspace is synced, editable as uv installs workspace
// members by default. Then, per member:
//   - the paths the install makes importable (the `.pth` lines and the
//     editable finders' maps the backends wrote into site-packages) are the
//     surface's `importable` paths;
//   - every Python file of the member is importable from the venv (asked of
//     the venv's own interpreter: some dotted name finds that very file)
//     exactly when it is on the computed surface.
// With `--no-editable` nothing of a member is importable from its directory,
// and the surface is the wheel's.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadWorkspace } from '../../src/workspace/index.js';
import { listFiles, loadSurfaces } from '../../src/workspace/member-files.js';
import { readSyncArgs } from '../../src/workspace/selection.js';
import { computeSurface, onSurface, type Surface } from '../../src/workspace/surface.js';
import { parseToml } from '../../src/workspace/pyproject.js';
import {
  backendPyproject,
  backendUv,
  hasCargo,
  hasMaturin,
  MATURIN_BIN as MATURIN,
  probeVenv,
  wheelhouse,
  writeBackendWorkspace,
  type BackendMember,
} from '../helpers/backend-workspace.js';

const tmp = mkdtempSync(path.join(os.tmpdir(), 'surface-editable-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

interface Member extends BackendMember {
  /** What the install makes importable, member-relative (`''` the member directory): the expectation written down, checked against the venv too. */
  importable: string[];
}

/** Files no backend ships: named after the member, so no two members' files share a dotted name. */
const noise = (name: string) => {
  const mod = name.replace(/-/g, '_');
  return [`tests/test_${mod}.py`, `docs/conf_${mod}.py`, `examples/demo_${mod}.py`, `scripts/tool_${mod}.py`, 'README.md', 'docs/index.md'];
};

const MEMBERS: Member[] = [
  // hatchling: the directory above each selected top-level package goes on sys.path.
  { backend: 'hatchling', name: 'hs-src', files: ['src/hs_src/__init__.py', 'src/hs_src/core.py', 'src/extra_hs/helper.py'], importable: ['src'] },
  { backend: 'hatchling', name: 'hf-flat', files: ['hf_flat/__init__.py', 'hf_flat/sub/x.py'], importable: [''] },
  { backend: 'hatchling', name: 'hmod', files: ['hmod.py'], importable: [''] },
  {
    // Airflow's devel-common: the wheel ships tests_common alone, the editable install exposes all of src/.
    backend: 'hatchling',
    name: 'devel-common',
    toml: '[tool.hatch.build.targets.wheel]\npackages = ["src/tests_common"]\n',
    files: ['src/tests_common/__init__.py', 'src/tests_common/pytest_plugin.py', 'src/docs/provider_conf.py'],
    importable: ['src'],
  },
  {
    backend: 'hatchling',
    name: 'hdev',
    toml: '[tool.hatch.build.targets.wheel]\npackages = ["lib/hdev"]\ndev-mode-dirs = ["lib", "tools"]\n',
    files: ['lib/hdev/__init__.py', 'lib/other_hdev/x.py', 'tools/helper_hdev.py'],
    importable: ['lib', 'tools'],
  },
  // The editables finder needs `editables` at run time: uv reads the static dependencies, not the editable wheel's, so the project lists it.
  { backend: 'hatchling', name: 'hexact', toml: '[tool.hatch.build.targets.wheel]\ndev-mode-exact = true\n', dependencies: ['editables'], files: ['hexact/__init__.py', 'hexact/sub/y.py'], importable: ['hexact'] },
  {
    // Kiln's app/desktop shape: only-include of one file at the root: the root goes on sys.path.
    backend: 'hatchling',
    name: 'honly',
    toml: '[tool.hatch.build.targets.wheel]\nonly-include = ["__init__.py"]\n',
    files: ['__init__.py', 'studio_honly/server.py'],
    importable: [''],
  },
  { backend: 'hatchling', name: 'hbypass', toml: '[tool.hatch.build.targets.wheel]\nbypass-selection = true\n', files: ['lib_hbypass/x.py'], importable: [] },
  // setuptools: a static .pth for src layouts and package-dir "", a finder for flat ones; strict and compat modes.
  { backend: 'setuptools', name: 'ss-src', files: ['src/ss_src/__init__.py', 'src/ss_src/m.py', 'src/standalone_ss.py', 'src/extra_ss/helper.py'], importable: ['src'] },
  { backend: 'setuptools', name: 'sf-flat', files: ['sf_flat/__init__.py', 'sf_flat/sub/x.py', 'tools/lint_sf.py'], importable: ['sf_flat'] },
  { backend: 'setuptools', name: 'smod', files: ['smod.py', 'noxfile.py'], importable: ['smod.py'] },
  { backend: 'setuptools', name: 'spd', toml: '[tool.setuptools]\npackage-dir = { "" = "lib" }\n', files: ['lib/spd/__init__.py', 'lib/other_spd/x.py'], importable: ['lib'] },
  { backend: 'setuptools', name: 'st-compat', files: ['st_compat/__init__.py', 'tools/lint_compat.py'], importable: [''] },
  { backend: 'setuptools', name: 'st-strict', files: ['st_strict/__init__.py', 'st_strict/m.py'], importable: [] },
  // Set in the workspace root's `[tool.uv]` rather than on the command line.
  { backend: 'setuptools', name: 'st-root', files: ['st_root/__init__.py', 'tools/lint_root.py'], importable: [''] },
  // flit_core: the directory holding the module.
  { backend: 'flit', name: 'fl-src', files: ['src/fl_src/__init__.py', 'src/extra_fl/helper.py'], importable: ['src'] },
  { backend: 'flit', name: 'fl-flat', files: ['fl_flat/__init__.py'], importable: [''] },
  // uv_build: module-root.
  { backend: 'uv_build', name: 'ub-src', files: ['src/ub_src/__init__.py', 'src/extra_ub/helper.py'], importable: ['src'] },
  { backend: 'uv_build', name: 'ub-flat', toml: '[tool.uv.build-backend]\nmodule-root = ""\n', files: ['ub_flat/__init__.py'], importable: [''] },
  // poetry-core: each package's `from` directory.
  { backend: 'poetry', name: 'po-src', files: ['src/po_src/__init__.py', 'src/extra_po/helper.py'], importable: ['src'] },
  { backend: 'poetry', name: 'po-flat', files: ['po_flat/__init__.py'], importable: [''] },
  // pdm-backend: package-dir on sys.path, or the `editables` map.
  { backend: 'pdm', name: 'pd-src', files: ['src/pd_src/__init__.py', 'src/extra_pd/helper.py'], importable: ['src'] },
  { backend: 'pdm', name: 'pd-flat', files: ['pd_flat/__init__.py'], importable: [''] },
  { backend: 'pdm', name: 'pd-edit', toml: '[tool.pdm.build]\neditable-backend = "editables"\n', dependencies: ['editables'], files: ['pd_edit/__init__.py', 'pd_edit/sub/z.py'], importable: ['pd_edit'] },
  // maturin: the python directory when there is a Python package.
  ...(hasCargo && hasMaturin
    ? ([
        { backend: 'maturin', name: 'mt-mixed', toml: `[tool.maturin]\n${MATURIN}python-source = "python"\nmodule-name = "mt_mixed"\n`, files: ['python/mt_mixed/__init__.py', 'python/extra_mt/helper.py', 'Cargo.toml', 'src/main.rs'], importable: ['python'] },
        { backend: 'maturin', name: 'mt-pkgs', toml: `[tool.maturin]\n${MATURIN}python-packages = ["pkgs_mt"]\n`, files: ['pkgs_mt/__init__.py', 'Cargo.toml', 'src/main.rs'], importable: [''] },
        { backend: 'maturin', name: 'mt-rust', toml: `[tool.maturin]\n${MATURIN}`, files: ['Cargo.toml', 'src/main.rs'], importable: [] },
      ] satisfies Member[])
    : []),
];

/** Per-member backend settings, passed as uv passes them (the same words the action's `sync-args` would hold). */
const SYNC_ARGS = ['--config-settings-package', 'st-compat:editable_mode=compat', '--config-settings-package', 'st-strict:editable_mode=strict'];
const ROOT_UV_SETTINGS = '[tool.uv]\nconfig-settings-package = { st-root = { editable_mode = "compat" } }\n';

const pyproject = (m: Member) => backendPyproject(m);
const withNoise = (members: Member[]) => members.map((m) => ({ ...m, files: [...m.files, ...noise(m.name)] }));
const sync = (root: string, args: string[]) => backendUv(['sync', '--all-packages', ...args], root, tmp);
const probe = (root: string, files: string[]) => probeVenv(root, files, tmp);

/** Member-relative form of an absolute path inside the member's directory, or undefined. */
function inside(memberDir: string, abs: string): string | undefined {
  const rel = path.relative(memberDir, abs);
  if (rel.startsWith('..') || path.isAbsolute(rel)) return undefined;
  return rel.split(path.sep).join('/');
}

/** The member's files, listed before the sync (a build leaves `target/` and `build/` behind). */
function memberFiles(root: string, name: string): string[] {
  const prefix = `m/${name}/`;
  return listFiles(root)
    .filter((f) => f.startsWith(prefix))
    .map((f) => f.slice(prefix.length));
}

const ready = existsSync(wheelhouse);
if (!ready && process.env.CI) throw new Error(`${wheelhouse} is missing: run node scripts/setup.mjs`);

describe.skipIf(!ready)('surface = what the editable install makes importable, plus the wheel', () => {
  const root = path.join(tmp, 'editable');
  let surfaces: Map<string, Surface>;
  let venv: ReturnType<typeof probe>;
  let files: Map<string, string[]>;

  beforeAll(() => {
    if (!hasCargo) console.warn('surface-editable: no cargo on PATH, maturin members left out');
    else if (!hasMaturin) console.warn(`surface-editable: no maturin wheel in ${wheelhouse} (run node scripts/setup.mjs), maturin members left out`);
    writeBackendWorkspace(root, withNoise(MEMBERS), ROOT_UV_SETTINGS);
    files = new Map(MEMBERS.map((m) => [m.name, memberFiles(root, m.name)]));
    const ws = loadWorkspace(root, root);
    surfaces = loadSurfaces(ws, [], listFiles(root), readSyncArgs(SYNC_ARGS));
    sync(root, SYNC_ARGS);
    const allPy = MEMBERS.flatMap((m) => files.get(m.name)!.filter((f) => f.endsWith('.py')).map((f) => path.join(root, 'm', m.name, f)));
    venv = probe(root, allPy);
  }, 20 * 60_000);

  it.each(MEMBERS.map((m) => [`${m.backend}: ${m.name}`, m] as const))('%s', (_title, m) => {
    const dir = path.join(root, 'm', m.name);
    const surface = surfaces.get(m.name)!;
    expect(surface.kind, JSON.stringify(surface)).toBe('shipped');
    if (surface.kind !== 'shipped') return;
    // What the install wrote (setuptools' strict mode links the wheel's files from build/: no source path is exposed).
    const written = venv.exposed.flatMap((p) => inside(dir, p) ?? []).filter((p) => !p.startsWith('build/__editable__'));
    expect([...new Set(written)].sort(), 'paths the install made importable').toEqual([...m.importable].sort());
    expect([...surface.importable.paths].sort(), 'importable paths of the computed surface').toEqual([...m.importable].sort());
    // Each Python file is on the surface exactly when the venv imports it from the member's directory or the wheel ships it.
    const wheel = computeSurface(parseToml(pyproject(m), 'pyproject.toml'), files.get(m.name)!, { editable: false });
    const py = files.get(m.name)!.filter((f) => f.endsWith('.py'));
    const want = py.filter((f) => venv.importable.has(path.join(dir, f)) || onSurface(wheel, f));
    expect(py.filter((f) => onSurface(surface, f)), 'on the surface').toEqual(want);
  });
});

describe.skipIf(!ready)('--no-editable: the wheel alone', () => {
  it('nothing is importable from the member directories, and the surface is the wheel surface', () => {
    const root = path.join(tmp, 'no-editable');
    const members = MEMBERS.filter((m) => ['devel-common', 'sf-flat', 'ub-flat'].includes(m.name));
    writeBackendWorkspace(root, withNoise(members), ROOT_UV_SETTINGS);
    const args = ['--no-editable'];
    const ws = loadWorkspace(root, root);
    const surfaces = loadSurfaces(ws, [], listFiles(root), readSyncArgs(args));
    sync(root, args);
    const allPy = members.flatMap((m) => memberFiles(root, m.name).filter((f) => f.endsWith('.py')).map((f) => path.join(root, 'm', m.name, f)));
    const venv = probe(root, allPy);
    expect(venv.importable.size).toBe(0);
    for (const m of members) {
      const surface = surfaces.get(m.name)!;
      const wheel = computeSurface(parseToml(pyproject(m), 'pyproject.toml'), memberFiles(root, m.name), { editable: false });
      expect(surface.kind === 'shipped' && surface.importable).toEqual({ editable: false, paths: [] });
      const list = memberFiles(root, m.name);
      expect(list.filter((f) => onSurface(surface, f)), m.name).toEqual(list.filter((f) => onSurface(wheel, f)));
      expect(onSurface(surface, noise(m.name)[0]!), m.name).toBe(false);
    }
  }, 20 * 60_000);
});
