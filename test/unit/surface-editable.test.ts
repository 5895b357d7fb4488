// How `uv sync` installs a member (editable unless `--no-editable`, with the
// backend settings it passes) and what each backend's editable install makes
// importable, for configurations the real installs of
// test/integration/surface-editable.test.ts do not cover.
import { describe, expect, it } from 'vitest';
import { parseToml } from '../../src/workspace/pyproject.js';
import { configSettingsFor, installsEditable, readSyncArgs } from '../../src/workspace/selection.js';
import { computeSurface, onSurface, reachOf, type Surface, type SurfaceOptions } from '../../src/workspace/surface.js';

const system = (requires: string, backend: string) => `[build-system]\nrequires = ["${requires}"]\nbuild-backend = "${backend}"\n`;
const surfaceOf = (toml: string, files: string[], options?: SurfaceOptions): Surface => computeSurface(parseToml(toml, 'pyproject.toml'), files, options);
const importable = (s: Surface) => (s.kind === 'shipped' ? [...s.importable.paths].sort() : s.kind);

describe('sync-args: --no-editable and the backend settings', () => {
  it('--no-editable installs every member from its wheel; --no-editable-package the named ones', () => {
    expect(installsEditable(readSyncArgs([]), 'core')).toBe(true);
    expect(installsEditable(readSyncArgs(['--locked', '--no-editable']), 'core')).toBe(false);
    const some = readSyncArgs(['--no-editable-package', 'Core_Lib', '--no-editable-package=other']);
    expect([installsEditable(some, 'core-lib'), installsEditable(some, 'other'), installsEditable(some, 'api')]).toEqual([false, false, true]);
    // After `--` the words are not flags.
    expect(installsEditable(readSyncArgs(['--', '--no-editable']), 'core')).toBe(true);
  });
  it('-C in its spellings, and --config-settings-package for one member, over the workspace settings', () => {
    const args = readSyncArgs(['-C', 'a=1', '-Cb=2', '--config-setting=c=3', '--config-settings', 'd=4', '--config-settings-package', 'Core:editable_mode=strict']);
    expect(configSettingsFor(args, 'api')).toEqual({ a: '1', b: '2', c: '3', d: '4' });
    const fromConfig = { all: { editable_mode: 'compat', a: '0' }, byPackage: new Map([['api', { editable_mode: 'lenient' }]]) };
    expect(configSettingsFor(args, 'core', fromConfig)).toEqual({ editable_mode: 'strict', a: '1', b: '2', c: '3', d: '4' });
    expect(configSettingsFor(args, 'api', fromConfig).editable_mode).toBe('lenient');
  });
});

describe('what the editable install makes importable', () => {
  const setuptools = `[project]\nname = "sf"\n${system('setuptools', 'setuptools.build_meta')}`;
  const flat = ['sf/__init__.py', 'sf/sub/x.py', 'tools/lint.py', 'conftest.py'];
  it('setuptools: editable_mode from the config settings (lenient finder, compat directory, strict wheel)', () => {
    expect(importable(surfaceOf(setuptools, flat))).toEqual(['sf']);
    expect(importable(surfaceOf(setuptools, flat, { configSettings: { editable_mode: 'compat' } }))).toEqual(['']);
    expect(importable(surfaceOf(setuptools, flat, { configSettings: { 'editable-mode': 'STRICT' } }))).toEqual([]);
    // A mode setuptools would refuse is read as the widest one, never narrower.
    expect(importable(surfaceOf(setuptools, flat, { configSettings: { editable_mode: 'sloppy' } }))).toEqual(['']);
  });
  it('setuptools: packages.find with one `where` is a src layout (a static .pth); several give a finder', () => {
    const one = `${setuptools}[tool.setuptools.packages.find]\nwhere = ["lib"]\n`;
    expect(importable(surfaceOf(one, ['lib/a/__init__.py', 'lib/b/__init__.py', 'lib/notes/x.py']))).toEqual(['lib']);
    const two = `${setuptools}[tool.setuptools.packages.find]\nwhere = ["lib", "ext"]\n`;
    expect(importable(surfaceOf(two, ['lib/a/__init__.py', 'lib/a/sub/__init__.py', 'ext/b/__init__.py']))).toEqual(['ext/b', 'lib/a']);
  });
  it('setuptools: explicit packages in a flat layout map each top-level package, and py-modules their file', () => {
    const toml = `${setuptools}[tool.setuptools]\npackages = ["sf", "sf.sub", "other"]\npy-modules = ["helper", "sf.extra"]\n`;
    expect(importable(surfaceOf(toml, ['sf/__init__.py', 'sf/sub/__init__.py', 'other/__init__.py', 'helper.py', 'sf/extra.py']))).toEqual(['helper.py', 'other', 'sf']);
  });
  it('hatchling: `sources` rewrites decide the directory on sys.path', () => {
    const toml = `[project]\nname = "a"\n${system('hatchling', 'hatchling.build')}[tool.hatch.build.targets.wheel]\ninclude = ["lib/a"]\nsources = ["lib"]\n`;
    expect(importable(surfaceOf(toml, ['lib/a/__init__.py', 'lib/b/x.py']))).toEqual(['lib']);
    // Without the rewrite, `lib` itself is the top-level package: the project directory goes on sys.path.
    const bare = `[project]\nname = "a"\n${system('hatchling', 'hatchling.build')}[tool.hatch.build.targets.wheel]\ninclude = ["lib/a"]\n`;
    expect(importable(surfaceOf(bare, ['lib/a/__init__.py', 'lib/b/x.py']))).toEqual(['']);
  });
  it('hatchling: dev-mode-dirs replace the detection; bypass-selection alone exposes nothing', () => {
    const dirs = `[project]\nname = "a"\n${system('hatchling', 'hatchling.build')}[tool.hatch.build]\ndev-mode-dirs = [".", "src"]\n`;
    expect(importable(surfaceOf(dirs, ['src/a/__init__.py']))).toEqual(['', 'src']);
    const bypass = `[project]\nname = "a"\n${system('hatchling', 'hatchling.build')}[tool.hatch.build.targets.wheel]\nbypass-selection = true\n`;
    const s = surfaceOf(bypass, ['lib/x.py', 'tests/test_x.py']);
    expect(importable(s)).toEqual([]);
    expect(onSurface(s, 'lib/x.py')).toBe(false);
  });
  it('pdm: the `editables` backend maps top-level packages, else modules, else falls back to the .pth', () => {
    const pdm = (extra = '') => `[project]\nname = "p"\n${system('pdm-backend', 'pdm.backend')}[tool.pdm.build]\neditable-backend = "editables"\n${extra}`;
    expect(importable(surfaceOf(pdm(), ['src/p/__init__.py', 'src/p/sub/__init__.py', 'src/tests/__init__.py']))).toEqual(['src/p']);
    expect(importable(surfaceOf(pdm(), ['p.py', 'q.py', 'tests/test_p.py']))).toEqual(['p.py', 'q.py']);
    expect(importable(surfaceOf(pdm(), ['src/ns/p/__init__.py']))).toEqual(['src']);
    expect(importable(surfaceOf(pdm('includes = ["p/"]\n'), ['p/__init__.py']))).toEqual(['']);
  });
  it('poetry: a package listed for the sdist alone leaves poetry to find its own, and that one is exposed', () => {
    const toml = `[project]\nname = "pp"\n${system('poetry-core', 'poetry.core.masonry.api')}[tool.poetry]\npackages = [{ include = "extra", format = "sdist" }]\n`;
    const s = surfaceOf(toml, ['src/pp/__init__.py', 'extra/x.py']);
    expect(importable(s)).toEqual(['src']);
    expect(onSurface(s, 'extra/x.py')).toBe(false);
  });
  it('--no-editable: nothing importable, only the wheel; the reach of a path says which', () => {
    const toml = `[project]\nname = "devel-common"\n${system('hatchling', 'hatchling.build')}[tool.hatch.build.targets.wheel]\npackages = ["src/tests_common"]\n`;
    const files = ['src/tests_common/__init__.py', 'src/docs/provider_conf.py', 'tests/test_x.py'];
    const editable = surfaceOf(toml, files);
    expect(files.map((f) => reachOf(editable, f))).toEqual(['shipped', 'importable', undefined]);
    const wheel = surfaceOf(toml, files, { editable: false });
    expect(wheel.kind === 'shipped' && wheel.importable).toEqual({ editable: false, paths: [] });
    expect(files.map((f) => reachOf(wheel, f))).toEqual(['shipped', undefined, undefined]);
  });
});
