// The wheel part of the surface (src/workspace/surface.ts, with --no-editable) against the backends
// themselves: for each backend and several layouts, build the real wheel with
// uv (offline, backends from .tools/backends, see scripts/setup.mjs) and check
// that the files the surface says ship are exactly the wheel's files, mapped
// back to their source paths. maturin compiles a crate with no dependencies
// with the machine's cargo (left out, with a warning, where there is none).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { listFiles } from '../../src/workspace/member-files.js';
import { parseToml } from '../../src/workspace/pyproject.js';
import { computeSurface, onSurface } from '../../src/workspace/surface.js';
import { hasCargo, hasMaturin, MATURIN_BIN, SYSTEMS, wheelhouse } from '../helpers/backend-workspace.js';
import { uvBin, uvTestEnv } from '../helpers/tools.js';

const tmp = mkdtempSync(path.join(os.tmpdir(), 'surface-wheels-'));
const cacheDir = path.join(tmp, 'uv-cache');
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const BACKENDS = SYSTEMS;
if (!hasCargo || !hasMaturin) console.warn(`surface-wheels: maturin layouts left out (${hasCargo ? 'no maturin wheel in .tools/backends: run node scripts/setup.mjs' : 'no cargo on PATH'})`);
const MATURIN = `[tool.maturin]\n${MATURIN_BIN}`;

interface Layout {
  backend: keyof typeof BACKENDS;
  layout: string;
  name: string;
  /** Extra pyproject.toml text (tool tables). */
  toml?: string;
  files: string[];
}

// Every layout carries files no backend ships by default (tests, docs,
// examples, CI config), so a surface that is too wide fails as surely as one
// that is too narrow.
const NOISE = ['tests/test_core.py', 'tests/conftest.py', 'docs/index.md', 'docs/conf.py', 'examples/demo.py', '.github/workflows/ci.yml', 'README.md'];

const LAYOUTS: Layout[] = [
  // hatchling
  { backend: 'hatchling', layout: 'src', name: 'hs-pkg', files: ['src/hs_pkg/__init__.py', 'src/hs_pkg/core.py', 'src/hs_pkg/data.json', 'src/hs_pkg/sub/__init__.py'] },
  { backend: 'hatchling', layout: 'flat', name: 'hf', files: ['hf/__init__.py', 'hf/sub/x.py', 'scripts/tool.py'] },
  { backend: 'hatchling', layout: 'single module', name: 'hmod', files: ['hmod.py', 'helper.py'] },
  { backend: 'hatchling', layout: 'namespace', name: 'hns', files: ['acme/hns/__init__.py', 'acme/hns/m.py'] },
  {
    backend: 'hatchling',
    layout: 'explicit packages + exclude',
    name: 'hx',
    toml: '[tool.hatch.build.targets.wheel]\npackages = ["lib/hx"]\nexclude = ["*_test.py"]\n',
    files: ['lib/hx/__init__.py', 'lib/hx/a.py', 'lib/hx/a_test.py', 'lib/other.py'],
  },
  {
    backend: 'hatchling',
    layout: 'only-include',
    name: 'hoi',
    toml: '[tool.hatch.build.targets.wheel]\nonly-include = ["pkga", "tool.py"]\n',
    files: ['pkga/__init__.py', 'pkga/x.txt', 'tool.py', 'other.py'],
  },
  {
    backend: 'hatchling',
    layout: 'include patterns',
    name: 'hinc',
    toml: '[tool.hatch.build.targets.wheel]\ninclude = ["/hinc", "!*.md"]\n',
    files: ['hinc/__init__.py', 'hinc/NOTES.md', 'hinc/deep/y.py'],
  },
  {
    // livekit-agents' shape: `include` beside `packages` does not narrow what `packages` ships.
    backend: 'hatchling',
    layout: 'packages beside include patterns',
    name: 'hpi',
    toml: '[tool.hatch.build.targets.wheel]\npackages = ["hpi"]\ninclude = ["hpi/data/*"]\n',
    files: ['hpi/__init__.py', 'hpi/mod.py', 'hpi/data/x.json', 'hpi/sub/__init__.py', 'docs/index.md'],
  },
  // setuptools
  { backend: 'setuptools', layout: 'src', name: 'ss', files: ['src/ss/__init__.py', 'src/ss/m.py', 'src/ss/data.txt', 'src/ss/sub/z.py', 'src/standalone.py'] },
  { backend: 'setuptools', layout: 'flat', name: 'sf', files: ['sf/__init__.py', 'sf/sub/x.py', 'sf/notes.txt', 'tools/lint.py'] },
  { backend: 'setuptools', layout: 'single module', name: 'smod', files: ['smod.py', 'noxfile.py'] },
  {
    backend: 'setuptools',
    layout: 'namespace via packages.find',
    name: 'snsp',
    toml: '[tool.setuptools.packages.find]\nwhere = ["src"]\ninclude = ["acme*"]\n',
    files: ['src/acme/snsp/__init__.py', 'src/acme/snsp/m.py', 'src/other/x.py'],
  },
  {
    backend: 'setuptools',
    layout: 'explicit packages + package-dir + package-data',
    name: 'sx',
    toml: '[tool.setuptools]\npackages = ["sx", "sx.sub"]\npy-modules = ["helper"]\npackage-dir = { "" = "lib" }\n[tool.setuptools.package-data]\nsx = ["*.json"]\n',
    files: ['lib/sx/__init__.py', 'lib/sx/cfg.json', 'lib/sx/cfg.txt', 'lib/sx/sub/y.py', 'lib/sx/unlisted/z.py', 'lib/helper.py', 'lib/nothelper.py'],
  },
  {
    backend: 'setuptools',
    layout: 'MANIFEST.in package data',
    name: 'sman',
    files: ['sman/__init__.py', 'sman/data/table.csv', 'MANIFEST.in'],
  },
  // flit_core
  { backend: 'flit', layout: 'flat', name: 'ff', files: ['ff/__init__.py', 'ff/data.txt', 'ff/sub/q.py'] },
  { backend: 'flit', layout: 'src', name: 'fs', files: ['src/fs/__init__.py', 'src/fs/m.py'] },
  { backend: 'flit', layout: 'single module', name: 'fmod', files: ['fmod.py', 'other.py'] },
  { backend: 'flit', layout: 'namespace module name', name: 'fns', toml: '[tool.flit.module]\nname = "acme.fns"\n', files: ['acme/fns/__init__.py', 'acme/fns/k.py', 'acme/unrelated.py'] },
  // uv_build
  { backend: 'uv_build', layout: 'src (default)', name: 'ub', files: ['src/ub/__init__.py', 'src/ub/m.py', 'src/ub/res.txt', 'src/notmine/x.py'] },
  { backend: 'uv_build', layout: 'flat (module-root = "")', name: 'ubf', toml: '[tool.uv.build-backend]\nmodule-root = ""\n', files: ['ubf/__init__.py', 'ubf/k.py'] },
  {
    backend: 'uv_build',
    layout: 'namespace (dotted module-name)',
    name: 'ubns',
    toml: '[tool.uv.build-backend]\nmodule-name = "acme.ubns"\n',
    files: ['src/acme/ubns/__init__.py', 'src/acme/ubns/q.py', 'src/acme/other.py'],
  },
  // poetry-core
  { backend: 'poetry', layout: 'flat (default)', name: 'pf', files: ['pf/__init__.py', 'pf/m.py', 'pf/data.txt'] },
  { backend: 'poetry', layout: 'src (default)', name: 'psrc', files: ['src/psrc/__init__.py', 'src/psrc/m.py'] },
  { backend: 'poetry', layout: 'single module', name: 'pmod', files: ['pmod.py', 'other.py'] },
  {
    backend: 'poetry',
    layout: 'explicit packages from + include',
    name: 'px',
    toml: '[tool.poetry]\npackages = [{ include = "pxa", from = "lib" }, { include = "pxb" }]\ninclude = [{ path = "extra.txt", format = "wheel" }, "sdist_only.txt"]\nexclude = ["pxb/skip.py"]\n',
    files: ['lib/pxa/__init__.py', 'pxb/__init__.py', 'pxb/skip.py', 'extra.txt', 'sdist_only.txt'],
  },
  // pdm-backend
  { backend: 'pdm', layout: 'src (default)', name: 'pds', files: ['src/pds/__init__.py', 'src/pds/m.py', 'src/pds/data.txt', 'src/two/__init__.py'] },
  { backend: 'pdm', layout: 'flat (default)', name: 'pdf', files: ['pdf/__init__.py', 'pdf/sub/x.py', 'notapkg/x.py'] },
  { backend: 'pdm', layout: 'single module', name: 'pdmod', files: ['pdmod.py'] },
  {
    backend: 'pdm',
    layout: 'includes + excludes',
    name: 'pdx',
    toml: '[tool.pdm.build]\nincludes = ["mypkg/", "tool.py"]\nexcludes = ["mypkg/secret.py"]\n',
    files: ['mypkg/__init__.py', 'mypkg/secret.py', 'mypkg/ok.py', 'tool.py', 'other.py'],
  },
  // maturin: the module's package and python-packages under python-source; the Rust sources compile into the binary.
  ...(hasCargo && hasMaturin
    ? [
        {
          backend: 'maturin',
          layout: 'python-source + python-packages',
          name: 'mw',
          toml: `${MATURIN}python-source = "python"\nmodule-name = "mw"\npython-packages = ["mw_extra"]\n`,
          files: ['python/mw/__init__.py', 'python/mw/core.py', 'python/mw_extra/__init__.py', 'python/other/x.py', 'Cargo.toml', 'src/main.rs'],
        },
        {
          backend: 'maturin',
          layout: "python-packages only (rerun's shape)",
          name: 'mr',
          toml: `${MATURIN}python-packages = ["sdk/mr_pkg"]\n`,
          files: ['sdk/mr_pkg/__init__.py', 'sdk/mr_pkg/log.py', 'sdk/unlisted/x.py', 'Cargo.toml', 'src/main.rs'],
        },
      ] satisfies Layout[]
    : []),
];

function pyproject(l: Layout): string {
  const [req, backend] = BACKENDS[l.backend];
  return `[project]\nname = "${l.name}"\nversion = "0.1.0"\ndescription = "surface test"\n\n[build-system]\nrequires = ["${req}"]\nbuild-backend = "${backend}"\n\n${l.toml ?? ''}`;
}

function materialise(l: Layout, dir: string): void {
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'pyproject.toml'), pyproject(l));
  for (const f of [...l.files, ...NOISE]) {
    mkdirSync(path.dirname(path.join(dir, f)), { recursive: true });
    const text =
      f === 'MANIFEST.in'
        ? 'recursive-include sman *.csv\n'
        : f === 'Cargo.toml'
          ? `[package]\nname = "${l.name}"\nversion = "0.1.0"\nedition = "2021"\n\n[[bin]]\nname = "${l.name}"\npath = "src/main.rs"\n`
          : f.endsWith('.rs')
            ? 'fn main() {}\n'
            : f.endsWith('.py')
              ? '"""A module."""\nx = 1\n'
              : 'data\n';
    writeFileSync(path.join(dir, f), text);
  }
}

/** Entries of the built wheel, without its `.dist-info`. */
function wheelEntries(wheel: string): string[] {
  const out = execFileSync('python3', ['-c', 'import sys, zipfile; print("\\n".join(zipfile.ZipFile(sys.argv[1]).namelist()))', wheel], { encoding: 'utf8' });
  return out
    .split('\n')
    .filter((e) => e !== '' && !e.endsWith('/') && !e.split('/')[0]!.endsWith('.dist-info'))
    .filter((e) => !e.endsWith('.pth')) // none expected; kept out in case a backend adds one
    .filter((e) => !/^[^/]+\.data\/scripts\//.test(e)); // maturin's compiled binary: no one source file
}

/** The one source file a wheel entry came from: the same path, or the only file ending in `/<entry>`. */
function sourceOf(entry: string, files: string[]): string {
  const hits = files.filter((f) => f === entry || f.endsWith(`/${entry}`));
  if (hits.length !== 1) throw new Error(`wheel entry ${entry} maps to ${hits.length} source files: ${hits.join(', ')}`);
  return hits[0]!;
}

const ready = existsSync(wheelhouse);
if (!ready && process.env.CI) throw new Error(`${wheelhouse} is missing: run node scripts/setup.mjs`);

describe.skipIf(!ready)('shipped surface = the wheel the backend builds', () => {
  it.each(LAYOUTS.map((l) => [`${l.backend}: ${l.layout}`, l] as const))('%s', (_title, l) => {
    const dir = path.join(tmp, `${l.backend}-${l.name}`);
    materialise(l, dir);
    const files = listFiles(dir).sort();
    // The wheel alone: what `uv sync --no-editable` installs (surface-editable.test.ts checks the editable install).
    const surface = computeSurface(parseToml(pyproject(l), `${l.name}/pyproject.toml`), files, { editable: false });
    expect(surface.kind, JSON.stringify(surface)).toBe('shipped');

    const outDir = path.join(tmp, `out-${l.backend}-${l.name}`);
    execFileSync(uvBin(), ['build', '--wheel', '--offline', '--no-index', '--find-links', wheelhouse, '--cache-dir', cacheDir, '-o', outDir, dir], {
      env: uvTestEnv(),
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    const wheel = readdirSync(outDir).find((f) => f.endsWith('.whl'));
    expect(wheel).toBeDefined();
    const shippedByWheel = wheelEntries(path.join(outDir, wheel!))
      .map((e) => sourceOf(e, files))
      .sort();
    // Build configuration, metadata files and Rust sources are on the surface but are not wheel payload.
    const payload = files.filter((f) => onSurface(surface, f) && !['pyproject.toml', 'README.md', 'MANIFEST.in', 'Cargo.toml'].includes(f) && !f.endsWith('.rs')).sort();
    expect(payload).toEqual(shippedByWheel);
    // What the surface leaves out includes the tests and docs of the layout.
    for (const f of ['tests/test_core.py', 'docs/index.md', 'examples/demo.py']) expect(onSurface(surface, f), f).toBe(false);
  });
});
