// The surface rules that real wheels and installs do not check (hooks and
// setup.py run code; configurations the integration tests do not build), and
// the engine's decision: a change off a member's surface affects that member
// alone. `wheelOf` reads the wheel's surface alone (`--no-editable`).
import { describe, expect, it } from 'vitest';
import { computeAffected, surfaceReason } from '../../src/affected/engine.js';
import { reasonsText } from '../../src/affected/reasons.js';
import { parseToml } from '../../src/workspace/pyproject.js';
import { computeSurface, onSurface, type Surface } from '../../src/workspace/surface.js';
import { compileGitignore } from '../../src/workspace/surface/model.js';
import { workspace } from '../helpers/gen-workspace.js';

const surfaceOf = (toml: string, files: string[]): Surface => computeSurface(parseToml(toml, 'pyproject.toml'), files);
const wheelOf = (toml: string, files: string[]): Surface => computeSurface(parseToml(toml, 'pyproject.toml'), files, { editable: false });
const shipped = (s: Surface, files: string[]) => files.filter((f) => onSurface(s, f));
const system = (requires: string, backend: string) => `[build-system]\nrequires = ["${requires}"]\nbuild-backend = "${backend}"\n`;

describe('maturin (layouts the integration tests do not build)', () => {
  const files = ['Cargo.toml', 'Cargo.lock', 'src/lib.rs', 'src/util/mod.rs', 'build.rs', 'python/fastx/__init__.py', 'python/fastx/helpers.py', 'tests/test_x.py', 'docs/index.md', 'README.md'];
  it('mixed layout: python-source package, every Rust source and Cargo file', () => {
    const s = wheelOf(`[project]\nname = "fastx"\nversion = "1"\n${system('maturin>=1,<2', 'maturin')}[tool.maturin]\npython-source = "python"\nmodule-name = "fastx._core"\n`, files);
    expect(shipped(s, files)).toEqual(['Cargo.toml', 'Cargo.lock', 'src/lib.rs', 'src/util/mod.rs', 'build.rs', 'python/fastx/__init__.py', 'python/fastx/helpers.py']);
  });
  it('pure Rust: only the crate', () => {
    const s = surfaceOf(`[project]\nname = "rx"\nversion = "1"\n${system('maturin', 'maturin')}`, ['Cargo.toml', 'src/lib.rs', 'tests/test_rx.py', 'rx_notes.md']);
    // No Python package: the editable install adds no path either.
    expect(shipped(s, ['Cargo.toml', 'src/lib.rs', 'tests/test_rx.py', 'rx_notes.md'])).toEqual(['Cargo.toml', 'src/lib.rs']);
  });
  it("rerun's shape: python-packages without a package named after the module ship, and the python directory is importable", () => {
    const toml = `[project]\nname = "rerun-sdk"\nversion = "1"\n${system('maturin', 'maturin')}[tool.maturin]\nmodule-name = "rerun_bindings"\npython-packages = ["rerun_sdk/rerun", "rerun_sdk/rerun_cli"]\n`;
    const files = ['Cargo.toml', 'src/lib.rs', 'rerun_sdk/rerun/__init__.py', 'rerun_sdk/rerun/log.py', 'rerun_sdk/rerun_cli/__main__.py', 'rerun_sdk/other/x.py', 'tests/test_log.py'];
    expect(shipped(wheelOf(toml, files), files)).toEqual(['Cargo.toml', 'src/lib.rs', 'rerun_sdk/rerun/__init__.py', 'rerun_sdk/rerun/log.py', 'rerun_sdk/rerun_cli/__main__.py']);
    // python-source is the project directory: its editable `.pth` makes every file importable.
    expect(shipped(surfaceOf(toml, files), files)).toEqual(files);
  });
  it("the module name from the Cargo manifest's [lib] name, read when pyproject.toml does not give it", () => {
    const toml = `[project]\nname = "fast-x"\nversion = "1"\n${system('maturin', 'maturin')}[tool.maturin]\npython-source = "python"\n`;
    const files = ['Cargo.toml', 'src/lib.rs', 'python/fastlib/__init__.py', 'python/notes.md'];
    const read = (rel: string) => (rel === 'Cargo.toml' ? '[package]\nname = "fast-x"\n[lib]\nname = "fastlib"\n' : undefined);
    const s = computeSurface(parseToml(toml, 'pyproject.toml'), files, { editable: false, readFile: read });
    expect(shipped(s, files)).toEqual(['Cargo.toml', 'src/lib.rs', 'python/fastlib/__init__.py']);
    const unreadable = computeSurface(parseToml(toml, 'pyproject.toml'), files, { readFile: () => 'not = [toml' });
    expect(unreadable.kind).toBe('whole');
  });
});

describe('whole directory when the configuration is not understood', () => {
  it('an unknown backend, setup.py, a hatch build hook, a poetry build script, a pdm hook', () => {
    const cases: [string, string[], RegExp][] = [
      [`[project]\nname = "a"\n${system('scikit-build-core', 'scikit_build_core.build')}`, ['a/__init__.py'], /scikit_build_core\.build/],
      [`[project]\nname = "a"\n${system('setuptools', 'setuptools.build_meta')}`, ['setup.py', 'a/__init__.py'], /setup\.py/],
      [`[project]\nname = "a"\n${system('hatchling', 'hatchling.build')}[tool.hatch.build.hooks.custom]\n`, ['a/__init__.py', 'hatch_build.py'], /hook `custom`/],
      [`[project]\nname = "a"\n${system('poetry-core', 'poetry.core.masonry.api')}[tool.poetry.build]\nscript = "build.py"\n`, ['a/__init__.py'], /build script/],
      [`[project]\nname = "a"\n${system('pdm-backend', 'pdm.backend')}`, ['a/__init__.py', 'pdm_build.py'], /pdm build hook/],
      [`[project]\nname = "a"\n${system('hatchling', 'hatchling.build')}`, ['lib/code.py'], /finds no package/],
    ];
    for (const [toml, files, why] of cases) {
      const s = surfaceOf(toml, files);
      expect(s.kind, toml).toBe('whole');
      if (s.kind === 'whole') expect(s.why).toMatch(why);
      expect(onSurface(s, 'tests/test_a.py')).toBe(true);
    }
  });
  it('setuptools flat layout with two top-level packages (setuptools refuses to build)', () => {
    const s = surfaceOf(`[project]\nname = "a"\n${system('setuptools', 'setuptools.build_meta')}`, ['a/__init__.py', 'data/x.py']);
    expect(s.kind).toBe('whole');
  });
});

describe('build configuration and metadata are always on the surface', () => {
  it('pyproject.toml, build files, the readme and license files', () => {
    const s = wheelOf(`[project]\nname = "a"\nreadme = "docs/README.rst"\nlicense-files = ["licenses/*"]\n${system('hatchling', 'hatchling.build')}`, ['a/__init__.py']);
    for (const f of ['pyproject.toml', 'setup.cfg', 'MANIFEST.in', 'docs/README.rst', 'LICENSE', 'licenses/MIT.txt']) expect(onSurface(s, f), f).toBe(true);
    for (const f of ['docs/index.md', 'README.md', 'tests/test_a.py', 'noxfile.py']) expect(onSurface(s, f), f).toBe(false);
  });
  it('license-files in every form: PEP 639 globs, and the older table of globs or paths', () => {
    const base = `[project]\nname = "a"\n`;
    const end = `${system('hatchling', 'hatchling.build')}[tool.hatch.build.targets.wheel]\npackages = ["src/a"]\n`;
    const files = ['src/a/__init__.py', 'licenses/MIT.txt', 'third_party/LICENSE.zlib', 'docs/x.md'];
    expect(shipped(wheelOf(`${base}license-files = { globs = ["licenses/*", "third_party/LICENSE*"] }\n${end}`, files), files)).toEqual(['src/a/__init__.py', 'licenses/MIT.txt', 'third_party/LICENSE.zlib']);
    expect(shipped(wheelOf(`${base}license-files = { paths = ["licenses/MIT.txt"] }\n${end}`, files), files)).toEqual(['src/a/__init__.py', 'licenses/MIT.txt']);
  });
  it("hatchling: the .gitignore beside pyproject.toml (which excludes files from the wheel) unless ignore-vcs", () => {
    const toml = `[project]\nname = "a"\n${system('hatchling', 'hatchling.build')}[tool.hatch.build.targets.wheel]\npackages = ["src/a"]\n`;
    expect(onSurface(wheelOf(toml, ['src/a/__init__.py', '.gitignore']), '.gitignore')).toBe(true);
    expect(onSurface(wheelOf(`${toml}ignore-vcs = true\n`, ['src/a/__init__.py', '.gitignore']), '.gitignore')).toBe(false);
    expect(onSurface(wheelOf(toml, ['src/a/__init__.py', 'docs/.gitignore']), 'docs/.gitignore')).toBe(false);
  });
  it('hatchling force-include sources ship whatever the selection', () => {
    const s = wheelOf(`[project]\nname = "a"\n${system('hatchling', 'hatchling.build')}[tool.hatch.build.targets.wheel.force-include]\n"assets/logo.png" = "a/logo.png"\n`, ['a/__init__.py', 'assets/logo.png']);
    expect(shipped(s, ['a/__init__.py', 'assets/logo.png', 'assets/other.png'])).toEqual(['a/__init__.py', 'assets/logo.png']);
  });
  it('hatchling: files that the version source and metadata hooks read', () => {
    const toml = `[project]\nname = "a"\ndynamic = ["version", "dependencies"]\n${system('hatchling', 'hatchling.build')}[tool.hatch.version]\npath = "VERSION.txt"\npattern = "(?P<version>.+)"\n[tool.hatch.metadata.hooks.requirements_txt]\nfiles = ["requirements/base.txt"]\n`;
    const files = ['a/__init__.py', 'VERSION.txt', 'requirements/base.txt', 'requirements/dev.txt'];
    expect(shipped(wheelOf(toml, files), files)).toEqual(['a/__init__.py', 'VERSION.txt', 'requirements/base.txt']);
  });
  it('the member directory itself (a submodule gitlink) is on the surface', () => {
    expect(onSurface(surfaceOf(`[project]\nname = "a"\n${system('hatchling', 'hatchling.build')}`, ['a/__init__.py']), '')).toBe(true);
  });
  it('without [build-system] uv builds with setuptools (legacy): auto-discovery and its editable finder apply', () => {
    const s = surfaceOf('[project]\nname = "a"\n', ['a/__init__.py', 'tests/test_a.py']);
    expect(s.kind).toBe('shipped');
    expect(shipped(s, ['a/__init__.py', 'tests/test_a.py'])).toEqual(['a/__init__.py']);
  });
  it('tool.uv.package = false: nothing but the pyproject reaches another member', () => {
    const s = surfaceOf(`[project]\nname = "a"\n${system('hatchling', 'hatchling.build')}[tool.uv]\npackage = false\n`, ['a/__init__.py']);
    expect(s.kind).toBe('unpackaged');
    expect(shipped(s, ['a/__init__.py', 'pyproject.toml'])).toEqual(['pyproject.toml']);
  });
});

describe('gitignore-style patterns (hatchling include/exclude)', () => {
  it('unanchored names match at any depth, anchored ones from the root, a directory covers its contents, ! re-includes', () => {
    const m = compileGitignore(['*.md', '/build', 'cache/', '!keep.md']);
    expect(['a/b/x.md', 'build/x.py', 'src/cache/y', 'keep.md', 'src/build/x.py', 'cache'].map(m)).toEqual([true, true, true, false, false, false]);
  });
});

describe('affected: a change off the surface affects its member alone', () => {
  const ws = workspace({
    members: [
      { name: 'core', path: 'libs/core' },
      { name: 'api', path: 'apps/api' },
    ],
    edges: ['api -> core'],
  });
  // core's wheel ships src/core; its editable install puts src/ on sys.path.
  const coreShips: Surface = { kind: 'shipped', backend: 'hatchling', ships: (rel) => rel.startsWith('src/core/') || rel === 'pyproject.toml', importable: { editable: true, paths: ['src'] } };
  const surfaces = new Map<string, Surface>([['core', coreShips]]);
  const view = (paths: string[], s?: Map<string, Surface>) => computeAffected(ws, { paths, ...(s ? { surfaces: s } : {}) }).members.map((m) => [m.name, reasonsText(m.reasons)]);

  it('neither shipped nor importable: the owner alone, with the reason', () => {
    expect(view(['libs/core/tests/test_x.py', 'libs/core/docs/a.md'], surfaces)).toEqual([
      ['core', ['changed: libs/core/docs/a.md', 'changed: libs/core/tests/test_x.py', "not shipped, not importable: no other member's environment installs or imports these paths"]],
    ]);
  });
  it('not shipped but importable through the editable install: the dependents too, with the reason', () => {
    expect(view(['libs/core/src/docs/provider_conf.py'], surfaces)).toEqual([
      ['api', ['depends on core (runtime)']],
      ['core', ['changed: libs/core/src/docs/provider_conf.py', 'not shipped but importable: the editable install exposes libs/core/src to the members that install it']],
    ]);
  });
  it('installed with --no-editable: only what the wheel ships reaches the dependents', () => {
    const wheelOnly = new Map<string, Surface>([['core', { ...coreShips, importable: { editable: false, paths: [] } }]]);
    expect(view(['libs/core/src/docs/provider_conf.py'], wheelOnly)).toEqual([
      ['core', ['changed: libs/core/src/docs/provider_conf.py', "not shipped: no other member's environment installs these paths (members installed with --no-editable)"]],
    ]);
  });
  it('a shipped path (or its pyproject) reaches the dependents as before', () => {
    expect(view(['libs/core/src/core/x.py', 'libs/core/tests/t.py'], surfaces)).toEqual(view(['libs/core/src/core/x.py', 'libs/core/tests/t.py']));
    expect(view(['libs/core/pyproject.toml'], surfaces).map(([n]) => n)).toEqual(['api', 'core']);
  });
  it('without surfaces (dependents: any) every change reaches the dependents', () => {
    expect(view(['libs/core/tests/test_x.py']).map(([n]) => n)).toEqual(['api', 'core']);
  });
  it('a whole-directory surface says why when it reaches other members', () => {
    const whole = new Map<string, Surface>([['core', { kind: 'whole', backend: 'x', why: 'build backend `x` is not one this tool reads' }]]);
    expect(view(['libs/core/tests/test_x.py'], whole)).toEqual([
      ['api', ['depends on core (runtime)']],
      ['core', ['changed: libs/core/tests/test_x.py', 'whole directory counts as shipped: build backend `x` is not one this tool reads']],
    ]);
    expect(surfaceReason(undefined, undefined, false)).toBeUndefined();
  });
});
