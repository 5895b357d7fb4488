// A member's shipped surface: the files its build backend puts in the wheel
// (import packages and modules, metadata files) plus the build configuration
// that shapes the wheel. A change off the surface (tests, docs, examples, CI)
// cannot change what another member's `uv sync` installs, so it affects the
// member alone. Pure: the parsed pyproject.toml and the member's file list
// (member-relative, `/`-separated) in, rules out. The rules are prefixes and
// globs rather than a file set, so a deleted or new file is judged too.
//
// Each backend follows its own documented defaults, checked against its
// source (versions pinned in scripts/build-backends.txt, wheels built in
// test/integration/surface-wheels.test.ts); its rules live in
// surface/<backend>.ts, the shared model and helpers in surface/model.ts. Anything this module does not
// understand (an unknown backend, setup.py, a build hook or script that runs
// user code) makes the whole member directory the surface: never too little.
import { flit } from './surface/flit.js';
import { hatchling } from './surface/hatchling.js';
import { maturin } from './surface/maturin.js';
import { CONFIG_FILES, clean, dirsOf, metadataFiles, tbl, whole, type DirTree, type Surface, type Table } from './surface/model.js';
import { pdm } from './surface/pdm.js';
import { poetry } from './surface/poetry.js';
import { setuptools } from './surface/setuptools.js';
import { uvBuild } from './surface/uv-build.js';

export type { Surface } from './surface/model.js';

/** Which backend builds the member, from `build-system.build-backend`. */
function backendOf(pyproject: Table): string | undefined {
  const b = tbl(pyproject, 'build-system')?.['build-backend'];
  return typeof b === 'string' ? b.trim() : undefined;
}

/**
 * A member's files as the rules read them, when listing them all costs more
 * than some rules need (a walk of the disk): uv_build only asks whether its
 * module directory holds a file.
 */
export interface MemberTree {
  /** The member's files, relative to its directory. */
  files(): string[];
  /** Whether any of files() lies below `rel` (a clean member-relative directory): the same answer as the list gives. */
  hasDir(rel: string): boolean;
}

/**
 * Whether computeSurface asks no more of the member's files than
 * MemberTree.hasDir (uv_build, or a member uv does not build): then a cheap
 * listing that may answer yes is worth trying before the whole one.
 */
export function asksOnlyForDirectories(pyproject: Table): boolean {
  if (tbl(pyproject, 'tool', 'uv')?.package === false) return true;
  return tbl(pyproject, 'build-system') !== undefined && backendOf(pyproject) === 'uv_build';
}

/**
 * The member's shipped surface. `pyproject` is the parsed pyproject.toml,
 * `files` the member's tracked files relative to its directory (a list, or a
 * MemberTree that lists them on demand).
 */
export function computeSurface(pyproject: Table, files: string[] | MemberTree): Surface {
  const uvTool = tbl(pyproject, 'tool', 'uv');
  const buildSystem = tbl(pyproject, 'build-system');
  // uv neither builds nor installs such a member, not even for a member that depends on it (checked with uv 0.13.9).
  if (uvTool?.package === false) return { kind: 'unpackaged', why: '`tool.uv.package = false`' };
  // Without [build-system], uv still builds the member when another member
  // depends on it, with setuptools' legacy backend (checked with uv 0.13.9).
  const backend = (buildSystem && backendOf(pyproject)) || 'setuptools.build_meta:__legacy__';
  if (backend === 'uv_build') return finish(pyproject, uvBuild(pyproject, treeOf(files)));
  const list = (Array.isArray(files) ? files : files.files()).map(clean).filter((f) => f !== '');
  let inner: Surface;
  if (backend === 'hatchling.build') inner = hatchling(pyproject, list);
  else if (backend === 'setuptools.build_meta' || backend === 'setuptools.build_meta:__legacy__') inner = setuptools(pyproject, list, backend);
  else if (backend === 'flit_core.buildapi') inner = flit(pyproject, list);
  else if (backend === 'poetry.core.masonry.api') inner = poetry(pyproject, list);
  else if (backend === 'pdm.backend') inner = pdm(pyproject, list);
  else if (backend === 'maturin') inner = maturin(pyproject, list);
  else return whole(backend, `build backend \`${backend}\` is not one this tool reads`);
  return finish(pyproject, inner);
}

/** A backend's surface plus what every backend ships: build configuration and the metadata files. */
function finish(pyproject: Table, inner: Surface): Surface {
  if (inner.kind !== 'shipped') return inner;
  const meta = metadataFiles(tbl(pyproject, 'project'));
  const ships = inner.ships;
  return { kind: 'shipped', backend: inner.backend, ships: (rel) => CONFIG_FILES.has(rel) || meta(rel) || ships(rel) };
}

/** The directories holding a file, from a raw file list (cleaned as computeSurface cleans it): what MemberTree.hasDir answers. */
export function dirsOfFiles(files: string[]): Set<string> {
  return dirsOf(files.map(clean).filter((f) => f !== ''));
}

/** A file list as a MemberTree (clean paths; directories derived once, on the first question). */
function treeOf(files: string[] | MemberTree): DirTree {
  let list: string[] | undefined;
  let dirs: Set<string> | undefined;
  const allDirs = () => (dirs ??= dirsOf((list ??= (Array.isArray(files) ? files : files.files()).map(clean).filter((f) => f !== ''))));
  return { hasDir: Array.isArray(files) ? (rel) => allDirs().has(rel) : (rel) => files.hasDir(rel), dirs: allDirs };
}

/** Whether a member-relative path is on the surface. */
export function onSurface(surface: Surface, rel: string): boolean {
  if (surface.kind === 'whole') return true;
  const p = clean(rel);
  // The member directory itself (a submodule's gitlink): anything in it may have changed.
  if (p === '') return true;
  if (surface.kind === 'unpackaged') return CONFIG_FILES.has(p);
  return surface.ships(p);
}
