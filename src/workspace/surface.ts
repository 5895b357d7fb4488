// A member's surface: what of its files reaches the environments of the
// members whose `uv sync --package` installs it. That is the files its build
// backend puts in the wheel (import packages and modules, metadata files),
// the build configuration that shapes the wheel, and, since uv installs
// workspace members editable by default, every file under what the editable
// install makes importable (the directories its `.pth` puts on sys.path, or
// the packages its editable finder maps). A change off the surface is neither
// shipped nor importable: it cannot change another member's environment, so
// it affects the member alone. Pure: the parsed pyproject.toml and the
// member's file list (member-relative, `/`-separated) in, rules out. The
// rules are prefixes and globs rather than a file set, so a deleted or new
// file is judged too.
//
// Each backend follows its own documented defaults, checked against its
// source (versions pinned in scripts/build-backends.txt; wheels built in
// test/integration/surface-wheels.test.ts, editable installs made by a real
// `uv sync` in test/integration/surface-editable.test.ts); its rules live in
// surface/<backend>.ts, the shared model and helpers in surface/model.ts.
// Anything this module does not understand (an unknown backend, setup.py, a
// build hook or script that runs user code) makes the whole member directory
// the surface: never too little.
import { flit } from './surface/flit.js';
import { hatchling } from './surface/hatchling.js';
import { maturin, type ReadMemberFile } from './surface/maturin.js';
import { CONFIG_FILES, clean, dirsOf, metadataFiles, tbl, under, whole, type DirTree, type Surface, type Table } from './surface/model.js';
import { pdm } from './surface/pdm.js';
import { poetry } from './surface/poetry.js';
import { setuptools } from './surface/setuptools.js';
import { uvBuild } from './surface/uv-build.js';

export type { Importable, Surface } from './surface/model.js';

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

/** How the member is installed, for the parts of its surface that depend on it. */
export interface SurfaceOptions {
  /** uv installs the member editable: its default for workspace members; false with `--no-editable`. Default true. */
  editable?: boolean;
  /** The PEP 517 config settings uv passes to the member's build backend (setuptools reads `editable_mode`). */
  configSettings?: Readonly<Record<string, string>>;
  /** Reads another member file a rule needs (maturin's Cargo manifest); without it, such rules take the pyproject.toml alone. */
  readFile?: ReadMemberFile;
}

type Backend = (pyproject: Table, files: string[], options: SurfaceOptions) => Surface;
const BACKENDS = new Map<string, Backend>([
  ['hatchling.build', (p, f) => hatchling(p, f)],
  ['setuptools.build_meta', (p, f, o) => setuptools(p, f, o.configSettings)],
  ['setuptools.build_meta:__legacy__', (p, f, o) => setuptools(p, f, o.configSettings)],
  ['flit_core.buildapi', (p, f) => flit(p, f)],
  ['poetry.core.masonry.api', (p, f) => poetry(p, f)],
  ['pdm.backend', (p, f) => pdm(p, f)],
  ['maturin', (p, f, o) => maturin(p, f, o.readFile)],
]);

/**
 * The member's surface. `pyproject` is the parsed pyproject.toml, `files`
 * the member's tracked files relative to its directory (a list, or a
 * MemberTree that lists them on demand).
 */
export function computeSurface(pyproject: Table, files: string[] | MemberTree, options: SurfaceOptions = {}): Surface {
  const uvTool = tbl(pyproject, 'tool', 'uv');
  const buildSystem = tbl(pyproject, 'build-system');
  // uv neither builds nor installs such a member, not even for a member that depends on it (checked with uv 0.13.9).
  if (uvTool?.package === false) return { kind: 'unpackaged', why: '`tool.uv.package = false`' };
  // Without [build-system], uv still builds the member when another member
  // depends on it, with setuptools' legacy backend (checked with uv 0.13.9).
  const backend = (buildSystem && backendOf(pyproject)) || 'setuptools.build_meta:__legacy__';
  if (backend === 'uv_build') return finish(pyproject, uvBuild(pyproject, treeOf(files)), options);
  const rules = BACKENDS.get(backend);
  if (!rules) return whole(backend, `build backend \`${backend}\` is not one this tool reads`);
  const list = (Array.isArray(files) ? files : files.files()).map(clean).filter((f) => f !== '');
  return finish(pyproject, rules(pyproject, list, options), options);
}

/** A backend's surface plus what every backend ships (build configuration, metadata files), importable only when installed editable. */
function finish(pyproject: Table, inner: Surface, options: SurfaceOptions): Surface {
  if (inner.kind !== 'shipped') return inner;
  const meta = metadataFiles(tbl(pyproject, 'project'));
  const ships = inner.ships;
  const importable = options.editable === false ? { editable: false, paths: [] } : inner.importable;
  return { kind: 'shipped', backend: inner.backend, ships: (rel) => CONFIG_FILES.has(rel) || meta(rel) || ships(rel), importable };
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

/**
 * How a member-relative path reaches the members that install this one: it
 * ships (in the wheel, or as build configuration), it is importable only
 * through the editable install, or it does not reach them (undefined).
 */
export function reachOf(surface: Surface, rel: string): 'shipped' | 'importable' | undefined {
  if (surface.kind === 'whole') return 'shipped';
  const p = clean(rel);
  // The member directory itself (a submodule's gitlink): anything in it may have changed.
  if (p === '') return 'shipped';
  if (surface.kind === 'unpackaged') return CONFIG_FILES.has(p) ? 'shipped' : undefined;
  if (surface.ships(p)) return 'shipped';
  return surface.importable.paths.some((r) => under(r, p)) ? 'importable' : undefined;
}

/** Whether a member-relative path is on the surface. */
export function onSurface(surface: Surface, rel: string): boolean {
  return reachOf(surface, rel) !== undefined;
}
