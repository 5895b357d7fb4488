// A member's shipped surface: the files its build backend puts in the wheel
// (import packages and modules, metadata files) plus the build configuration
// that shapes the wheel. A change off the surface (tests, docs, examples, CI)
// cannot change what another member's `uv sync` installs, so it affects the
// member alone. Pure: the parsed pyproject.toml and the member's file list
// (member-relative, `/`-separated) in, rules out. The rules are prefixes and
// globs rather than a file set, so a deleted or new file is judged too.
//
// Each backend follows its own documented defaults, checked against its
// source (versions pinned in scripts/setup.mjs, wheels built in
// test/integration/surface-wheels.test.ts). Anything this module does not
// understand (an unknown backend, setup.py, a build hook or script that runs
// user code) makes the whole member directory the surface: never too little.
import { compileGlob, type PathMatcher } from './globs.js';
import { normalizeName } from './names.js';

type Table = Record<string, unknown>;

export type Surface =
  /** Every file of the member ships (today's rule); `why` says what was not understood. */
  | { kind: 'whole'; backend: string; why: string }
  /** Only files for which `ships` holds (or build configuration) can change an installed wheel. */
  | { kind: 'shipped'; backend: string; ships: PathMatcher }
  /** uv does not build or install the member itself (no build system, `tool.uv.package = false`). */
  | { kind: 'unpackaged'; why: string };

/** Build configuration: always on the surface, whatever the backend (member-relative). */
const CONFIG_FILES = new Set(['pyproject.toml', 'setup.py', 'setup.cfg', 'hatch_build.py', 'MANIFEST.in', 'build.py', 'pdm_build.py']);
/** License files backends pick up by default (hatchling, setuptools, flit, pdm): they land in `.dist-info`. */
const LICENSE_DEFAULT = /^(LICEN[CS]E|COPYING|NOTICE|AUTHORS)[^/]*$/;

function isTable(v: unknown): v is Table {
  return v !== null && typeof v === 'object' && !Array.isArray(v) && !(v instanceof Date);
}
function tbl(parent: unknown, ...keys: string[]): Table | undefined {
  let cur: unknown = parent;
  for (const k of keys) {
    if (!isTable(cur)) return undefined;
    cur = cur[k];
  }
  return isTable(cur) ? cur : undefined;
}
function strs(v: unknown): string[] | undefined {
  if (v === undefined) return undefined;
  if (typeof v === 'string') return [v];
  return Array.isArray(v) && v.every((x) => typeof x === 'string') ? (v as string[]) : undefined;
}
/** What clean() would change: a `\\`, an empty or `.` component, a leading or trailing `/`. */
const UNCLEAN = /\\|\/\/|(^|\/)\.(\/|$)|^\/|\/$/;

/** `a/./b/` → `a/b`; `.` and `` → ``. */
function clean(p: string): string {
  // Most paths (git's, the walk's) are clean already: no split and join for each.
  if (!UNCLEAN.test(p)) return p;
  return p
    .replace(/\\/g, '/')
    .split('/')
    .filter((c) => c !== '' && c !== '.')
    .join('/');
}
const under = (dir: string, rel: string) => dir === '' || rel === dir || rel.startsWith(`${dir}/`);
const parent = (rel: string) => (rel.includes('/') ? rel.slice(0, rel.lastIndexOf('/')) : '');
const isIdentifier = (s: string) => /^[A-Za-z_][A-Za-z0-9_]*$/.test(s);

/** Directories that hold at least one file, derived from the file list (git tracks no empty directory). */
function dirsOf(files: string[]): Set<string> {
  const out = new Set<string>();
  for (const f of files) for (let d = parent(f); d !== '' && !out.has(d); d = parent(d)) out.add(d);
  return out;
}

/** Metadata files named in `[project]` (readme, license) end up in the wheel's `.dist-info`. */
function metadataFiles(project: Table | undefined): PathMatcher {
  const exact = new Set<string>();
  const globs: PathMatcher[] = [];
  const readme = project?.readme;
  if (typeof readme === 'string') exact.add(clean(readme));
  else if (isTable(readme) && typeof readme.file === 'string') exact.add(clean(readme.file));
  const license = project?.license;
  if (isTable(license) && typeof license.file === 'string') exact.add(clean(license.file));
  for (const g of strs(project?.['license-files']) ?? []) globs.push(compileGlob(clean(g)));
  return (rel) => exact.has(rel) || LICENSE_DEFAULT.test(rel) || globs.some((m) => m(rel));
}

/**
 * Gitignore-style patterns (hatchling's include/exclude): a pattern without
 * an inner `/` matches at any depth, a leading `/` or inner `/` anchors it,
 * a match on a directory covers everything below, `!` re-includes, last match wins.
 */
export function compileGitignore(patterns: string[]): PathMatcher {
  const rules = patterns
    .map((raw) => raw.trim())
    .filter((p) => p !== '' && !p.startsWith('#'))
    .map((p) => {
      const negate = p.startsWith('!');
      let body = negate ? p.slice(1) : p;
      const trailing = body.endsWith('/');
      body = body.replace(/\/+$/, '');
      const anchored = body.startsWith('/') || body.includes('/');
      body = body.replace(/^\/+/, '');
      const base = anchored ? body : `**/${body}`;
      // A directory match covers what is below; a trailing `/` matches directories only.
      const self = compileGlob(base);
      const below = compileGlob(`${base}/**`);
      const match: PathMatcher = trailing ? (rel) => below(rel) && !self(rel) : (rel) => self(rel) || below(rel);
      return { negate, match };
    });
  return (rel) => {
    let hit = false;
    for (const r of rules) if (r.match(rel)) hit = !r.negate;
    return hit;
  };
}

/** Reasons quote pyproject text (untrusted): keep them one bounded line. */
const bounded = (text: string) => {
  const line = text.replace(/\s+/g, ' ');
  return line.length > 200 ? `${line.slice(0, 199)}…` : line;
};
const whole = (backend: string, why: string): Surface => ({ kind: 'whole', backend: bounded(backend), why: bounded(why) });

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
function treeOf(files: string[] | MemberTree): { hasDir(rel: string): boolean; dirs(): Set<string> } {
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

// ---------------------------------------------------------------------------
// hatchling (hatchling/builders/wheel.py default_file_selection_options, builders/config.py)

/** Without include/packages/only-include, hatchling ships the package or module named after the project. */
function hatchDefaultSelection(pyproject: Table, files: string[]): { packages: string[]; onlyInclude: string[] } | undefined {
  const project = tbl(pyproject, 'project');
  const raw = typeof project?.name === 'string' ? project.name : '';
  const norm = (s: string) => s.replace(/[^\w.]+/gu, '_');
  const present = new Set(files);
  for (const name of [norm(raw), norm(normalizeName(raw))]) {
    if (name === '') continue;
    if (present.has(`${name}/__init__.py`)) return { packages: [name], onlyInclude: [] };
    if (present.has(`src/${name}/__init__.py`)) return { packages: [`src/${name}`], onlyInclude: [] };
    if (present.has(`${name}.py`)) return { packages: [], onlyInclude: [`${name}.py`] };
    const ns = files.filter((f) => f.split('/').length === 3 && f.endsWith(`/${name}/__init__.py`));
    if (ns.length === 1) return { packages: [ns[0]!.split('/')[0]!], onlyInclude: [] };
  }
  return undefined;
}

/**
 * Files that version sources and metadata hooks read (`tool.hatch.version.path`,
 * hatch-requirements-txt's `files`, fancy-pypi-readme fragments...) shape the
 * wheel's metadata: any string in their configuration naming a member file.
 */
function hatchMetadataFiles(pyproject: Table, files: string[]): Set<string> {
  const fileSet = new Set(files);
  const metaFiles = new Set<string>();
  const collect = (v: unknown): void => {
    if (typeof v === 'string') {
      if (fileSet.has(clean(v))) metaFiles.add(clean(v));
    } else if (Array.isArray(v)) v.forEach(collect);
    else if (isTable(v)) Object.values(v).forEach(collect);
  };
  collect(tbl(pyproject, 'tool', 'hatch', 'version'));
  collect(tbl(pyproject, 'tool', 'hatch', 'metadata', 'hooks'));
  return metaFiles;
}

function hatchling(pyproject: Table, files: string[]): Surface {
  const B = 'hatchling';
  const build = tbl(pyproject, 'tool', 'hatch', 'build') ?? {};
  const wheel = tbl(build, 'targets', 'wheel') ?? {};
  const get = (key: string): unknown => (key in wheel ? wheel[key] : build[key]);
  const hooks = new Set([...Object.keys(tbl(build, 'hooks') ?? {}), ...Object.keys(tbl(wheel, 'hooks') ?? {})]);
  // `vcs` only writes a version file from git; any other hook runs code that may ship any file.
  for (const h of hooks) if (h !== 'vcs') return whole(B, `hatch build hook \`${h}\` can add any file to the wheel`);
  const exclude = strs(get('exclude')) ?? [];
  let include = strs(get('include')) ?? [];
  let packages = strs(get('packages')) ?? [];
  let onlyInclude = strs(get('only-include')) ?? [];
  const forced = new Map<string, string>();
  for (const key of ['force-include', 'shared-data', 'shared-scripts', 'extra-metadata']) {
    for (const [src] of Object.entries(tbl(wheel, key) ?? (key === 'force-include' ? tbl(build, key) : undefined) ?? {})) forced.set(clean(src), key);
  }
  if (include.length === 0 && packages.length === 0 && onlyInclude.length === 0) {
    const found = hatchDefaultSelection(pyproject, files);
    if (!found && forced.size === 0 && get('bypass-selection') !== true) {
      const project = tbl(pyproject, 'project');
      return whole(B, `hatchling finds no package named after project \`${typeof project?.name === 'string' ? project.name : ''}\` (it would fail to build)`);
    }
    if (found) ({ packages, onlyInclude } = found);
    include = [];
  }
  const metaFiles = hatchMetadataFiles(pyproject, files);
  const roots = (onlyInclude.length > 0 ? onlyInclude : packages).map(clean);
  const included = include.length > 0 ? compileGitignore(include) : undefined;
  const excluded = compileGitignore(exclude);
  const forcedRoots = [...forced.keys()];
  const nothingSelected = roots.length === 0 && !included;
  return {
    kind: 'shipped',
    backend: B,
    ships: (rel) => {
      if (metaFiles.has(rel) || forcedRoots.some((r) => under(r, rel))) return true;
      if (nothingSelected) return false;
      // `only-include` (and `packages`, its shortcut) walks just those paths and
      // ignores `include` patterns there (hatchling's recurse_explicit_files):
      // `exclude` alone filters them.
      if (roots.length > 0) return roots.some((r) => under(r, rel)) && !excluded(rel);
      if (included && !included(rel)) return false;
      return !excluded(rel);
    },
  };
}

// ---------------------------------------------------------------------------
// setuptools (setuptools/discovery.py, config/pyprojecttoml.py, command/build_py.py)

const FLAT_EXCLUDE_PACKAGES = [
  'ci', 'bin', 'debian', 'doc', 'docs', 'documentation', 'manpages', 'news', 'newsfragments', 'changelog', 'test', 'tests',
  'unit_test', 'unit_tests', 'example', 'examples', 'scripts', 'tools', 'util', 'utils', 'python', 'build', 'dist', 'venv',
  'env', 'requirements', 'tasks', 'fabfile', 'site_scons', 'benchmark', 'benchmarks', 'exercise', 'exercises', 'htmlcov', '[._]*',
].flatMap((p) => [p, `${p}.*`]);
const FLAT_EXCLUDE_MODULES = [
  'setup', 'conftest', 'test', 'tests', 'example', 'examples', 'build', 'toxfile', 'noxfile', 'pavement', 'dodo', 'tasks',
  'fabfile', '[Ss][Cc]onstruct', 'conanfile', 'manage', 'benchmark', 'benchmarks', 'exercise', 'exercises', '[._]*',
];

/** Python's fnmatchcase: `*` matches anything, dots included. */
function fnmatch(pattern: string): (name: string) => boolean {
  let src = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (c === '*') src += '.*';
    else if (c === '?') src += '.';
    else if (c === '[') {
      const end = pattern.indexOf(']', i + 2);
      if (end < 0) src += '\\[';
      else {
        let body = pattern.slice(i + 1, end);
        if (body.startsWith('!')) body = `^${body.slice(1)}`;
        src += `[${body.replace(/\\/g, '\\\\')}]`;
        i = end;
      }
    } else src += c.replace(/[.+^${}()|\\]/g, '\\$&');
  }
  const re = new RegExp(`^${src}$`, 's');
  return (name) => re.test(name);
}
const anyOf = (patterns: string[]) => {
  const ms = patterns.map(fnmatch);
  return (name: string) => ms.some((m) => m(name));
};

/** setuptools' PackageFinder walk: `where`-relative dotted names and their directories. */
function findPackages(
  dirs: Set<string>,
  where: string,
  include: (n: string) => boolean,
  exclude: (n: string) => boolean,
  excludeList: string[],
  looksLike: (dir: string, name: string) => boolean,
): Map<string, string> {
  const out = new Map<string, string>();
  const byParent = new Map<string, string[]>();
  for (const d of dirs) {
    const list = byParent.get(parent(d));
    if (list) list.push(d);
    else byParent.set(parent(d), [d]);
  }
  const children = (d: string) => byParent.get(d) ?? [];
  const walk = (d: string, prefix: string) => {
    for (const child of children(d).sort()) {
      const base = child.slice(child.lastIndexOf('/') + 1);
      const name = prefix ? `${prefix}.${base}` : base;
      if (base.includes('.') || base === '__pycache__' || !looksLike(child, name)) continue;
      if (include(name) && !exclude(name)) out.set(name, child);
      if (excludeList.includes(`${name}*`) || excludeList.includes(`${name}.*`)) continue;
      walk(child, name);
    }
  };
  walk(where, '');
  return out;
}

/** `tool.setuptools.packages`: a list, or `find` options. Returns why it cannot be read, if it cannot. */
function listedPackages(rawPackages: unknown, dirs: Set<string>, fileSet: Set<string>, pathOf: (name: string) => string, packages: Map<string, string>): string | undefined {
  if (Array.isArray(rawPackages)) {
    for (const p of rawPackages) if (typeof p === 'string') packages.set(p, pathOf(p));
    return undefined;
  }
  if (!(isTable(rawPackages) && isTable(rawPackages.find))) return '`tool.setuptools.packages` is neither a list nor `find`';
  const find = rawPackages.find;
  const wheres = (strs(find.where) ?? ['.']).map(clean);
  const includes = strs(find.include) ?? ['*'];
  const excludes = strs(find.exclude) ?? [];
  const namespaces = find.namespaces !== false;
  for (const where of wheres) {
    const found = findPackages(dirs, where, anyOf(includes), anyOf([...excludes, 'ez_setup', '*__pycache__']), excludes, (d) => namespaces || fileSet.has(`${d}/__init__.py`));
    for (const [n, d] of found) packages.set(n, d);
  }
  return undefined;
}

/**
 * setuptools' automatic discovery: explicit package-dir, then src-layout,
 * then flat-layout. Returns why setuptools would refuse to build, if it would.
 */
function discoverPackages(files: string[], dirs: Set<string>, packageDir: Record<string, string>, packages: Map<string, string>, modules: Set<string>): string | undefined {
  const explicit = Object.entries(packageDir).filter(([k]) => k !== '');
  const src = packageDir[''] ?? 'src';
  if (explicit.length > 0) {
    for (const [pkg, dir] of explicit) {
      packages.set(pkg, dir);
      for (const [n, d] of findPackages(dirs, dir, () => true, anyOf(['ez_setup', '*__pycache__']), [], () => true)) packages.set(`${pkg}.${n}`, d);
    }
    return undefined;
  }
  if (dirs.has(src)) {
    for (const [n, d] of findPackages(dirs, src, () => true, anyOf(['ez_setup', '*__pycache__']), [], () => true)) packages.set(n, d);
    for (const f of files) if (parent(f) === src && f.endsWith('.py') && isIdentifier(f.slice(src.length + 1, -3))) modules.add(f);
    return undefined;
  }
  const flatExclude = anyOf(FLAT_EXCLUDE_PACKAGES);
  const found = findPackages(dirs, '', () => true, flatExclude, FLAT_EXCLUDE_PACKAGES, (_d, name) => {
    const parts = name.split('.');
    return (isIdentifier(parts[0]!) || parts[0]!.endsWith('-stubs')) && parts.slice(1).every(isIdentifier);
  });
  const top = [...found.keys()].filter((n) => !n.includes('.') && !n.endsWith('-stubs'));
  if (top.length > 1) return `setuptools finds several top-level packages in a flat layout (${top.slice(0, 3).join(', ')}) and would refuse to build`;
  if (top.length === 1) {
    for (const [n, d] of found) packages.set(n, d);
    return undefined;
  }
  const modExclude = anyOf(FLAT_EXCLUDE_MODULES);
  const mods = files.filter((f) => !f.includes('/') && f.endsWith('.py') && isIdentifier(f.slice(0, -3)) && !modExclude(f.slice(0, -3)));
  if (mods.length > 1) return `setuptools finds several top-level modules in a flat layout (${mods.slice(0, 3).join(', ')}) and would refuse to build`;
  for (const m of mods) modules.add(m);
  return undefined;
}

function setuptools(pyproject: Table, files: string[], backend: string): Surface {
  const B = 'setuptools';
  const fileSet = new Set(files);
  if (fileSet.has('setup.py')) return whole(B, 'setup.py can choose the packages in code');
  if (fileSet.has('setup.cfg')) return whole(B, 'setup.cfg may list the packages (not read)');
  const st = tbl(pyproject, 'tool', 'setuptools') ?? {};
  if (st['ext-modules'] !== undefined) return whole(B, '`tool.setuptools.ext-modules` compiles sources this tool does not trace');
  const dirs = dirsOf(files);
  const packageDir: Record<string, string> = {};
  for (const [k, v] of Object.entries(tbl(st, 'package-dir') ?? {})) if (typeof v === 'string') packageDir[k] = clean(v);
  /** Directory of a dotted package name through `package-dir` (setuptools' find_package_path). */
  const pathOf = (name: string): string => {
    const parts = name.split('.');
    for (let i = parts.length; i > 0; i--) {
      const key = parts.slice(0, i).join('.');
      if (key in packageDir) return clean([packageDir[key]!, ...parts.slice(i)].join('/'));
    }
    return clean([packageDir[''] ?? '', ...parts].join('/'));
  };
  const packages = new Map<string, string>(); // dotted name → directory
  const modules = new Set<string>(); // module files
  const rawPackages = st.packages;
  const rawModules = strs(st['py-modules']);
  const chosen = rawPackages !== undefined ? listedPackages(rawPackages, dirs, fileSet, pathOf, packages) : undefined;
  if (chosen) return whole(B, chosen);
  for (const m of rawModules ?? []) modules.add(`${pathOf(m)}.py`);
  if (rawPackages === undefined && rawModules === undefined) {
    const refused = discoverPackages(files, dirs, packageDir, packages, modules);
    if (refused) return whole(B, refused);
  }
  // Package data: with include-package-data (the default for pyproject
  // configuration) every file under a package that the sdist manifest holds
  // ships; the manifest is all tracked files with setuptools-scm and is
  // written by MANIFEST.in otherwise, which this tool does not evaluate.
  const requires = (strs(tbl(pyproject, 'build-system')?.requires) ?? []).map((r) => normalizeName(r.split(/[<>=!~;[ ]/)[0]!));
  const manifestAll = st['include-package-data'] !== false && (fileSet.has('MANIFEST.in') || requires.includes('setuptools-scm'));
  const packageData: { dir: string; glob: PathMatcher }[] = [];
  for (const [pkg, globs] of Object.entries(tbl(st, 'package-data') ?? {})) {
    const targets = pkg === '*' || pkg === '' ? [...packages.values()] : packages.has(pkg) ? [packages.get(pkg)!] : [];
    for (const dir of targets) for (const g of strs(globs) ?? []) packageData.push({ dir, glob: compileGlob(clean(`${dir}/${g}`)) });
  }
  const dataFiles = new Set<string>();
  for (const v of Object.values(tbl(st, 'data-files') ?? {})) for (const f of strs(v) ?? []) dataFiles.add(clean(f));
  const dynamic = dynamicFiles(tbl(st, 'dynamic'));
  const pkgDirs = new Set(packages.values());
  const pkgDirList = [...pkgDirs];
  return {
    kind: 'shipped',
    backend: B,
    ships: (rel) => {
      if (modules.has(rel) || dataFiles.has(rel) || dynamic.has(rel)) return true;
      if (rel.endsWith('.py') && pkgDirs.has(parent(rel))) return true;
      if (manifestAll && pkgDirList.some((d) => under(d, rel) && d !== rel)) return true;
      return packageData.some((p) => p.glob(rel));
    },
  };
}

/** Files that `tool.setuptools.dynamic` reads into the metadata (`{file = ...}`). */
function dynamicFiles(dynamic: Table | undefined): Set<string> {
  const out = new Set<string>();
  const visit = (v: unknown) => {
    if (isTable(v)) {
      for (const f of strs(v.file) ?? []) out.add(clean(f));
      for (const x of Object.values(v)) if (isTable(x)) visit(x);
    }
  };
  visit(dynamic);
  return out;
}

// ---------------------------------------------------------------------------
// flit_core (flit_core/common.py Module, config.py)

function flit(pyproject: Table, files: string[]): Surface {
  const B = 'flit_core';
  const flitTool = tbl(pyproject, 'tool', 'flit');
  const project = tbl(pyproject, 'project');
  const configured = tbl(flitTool, 'module')?.name ?? tbl(flitTool, 'metadata')?.module;
  const name = typeof configured === 'string' ? configured : typeof project?.name === 'string' ? project.name.replace(/-/g, '_') : undefined;
  if (!name) return whole(B, 'flit module name not found');
  const asPath = name.replace(/\./g, '/');
  const dirs = dirsOf(files);
  const fileSet = new Set(files);
  const candidates = [
    { path: asPath, dir: true },
    { path: `${asPath}.py`, dir: false },
    { path: `src/${asPath}`, dir: true },
    { path: `src/${asPath}.py`, dir: false },
  ].filter((c) => (c.dir ? dirs.has(c.path) : fileSet.has(c.path)));
  if (candidates.length !== 1) return whole(B, candidates.length === 0 ? `no file or folder for flit module \`${name}\`` : `several candidates for flit module \`${name}\``);
  const mod = candidates[0]!;
  const dataDir = tbl(flitTool, 'external-data')?.directory;
  const data = typeof dataDir === 'string' ? clean(dataDir) : undefined;
  return {
    kind: 'shipped',
    backend: B,
    ships: (rel) => (data !== undefined && under(data, rel)) || (mod.dir ? under(mod.path, rel) && !/(^|\/)__pycache__(\/|$)|\.pyc$/.test(rel) : rel === mod.path),
  };
}

// ---------------------------------------------------------------------------
// uv_build (uv-build-backend settings.rs: module-root "src", module-name from the project name)

function uvBuild(pyproject: Table, tree: ReturnType<typeof treeOf>): Surface {
  const B = 'uv_build';
  const settings = tbl(pyproject, 'tool', 'uv', 'build-backend') ?? {};
  const project = tbl(pyproject, 'project');
  const root = clean(typeof settings['module-root'] === 'string' ? settings['module-root'] : 'src');
  const configured = strs(settings['module-name']);
  const raw = typeof project?.name === 'string' ? project.name : '';
  const names = configured ?? [normalizeName(raw).replace(/-/g, '_').replace(/_stubs$/, '-stubs')];
  const modules: string[] = [];
  for (const n of names) {
    const rel = clean(`${root}/${n.replace(/\./g, '/')}`);
    // uv_build also accepts a module directory whose name differs only in case.
    const hit = tree.hasDir(rel) ? rel : [...tree.dirs()].find((d) => d.toLowerCase() === rel.toLowerCase());
    if (!hit) return whole(B, `uv_build finds no module directory \`${rel}\``);
    modules.push(hit);
  }
  const dataRoots: string[] = [];
  for (const v of Object.values(tbl(settings, 'data') ?? {})) if (typeof v === 'string') dataRoots.push(clean(v));
  const defaultExcludes = settings['default-excludes'] !== false;
  return {
    kind: 'shipped',
    backend: B,
    ships: (rel) => {
      if (dataRoots.some((d) => under(d, rel))) return true;
      if (!modules.some((m) => under(m, rel))) return false;
      return !(defaultExcludes && /(^|\/)__pycache__(\/|$)|\.py[co]$/.test(rel));
    },
  };
}

// ---------------------------------------------------------------------------
// poetry-core (poetry/core/masonry/utils/module.py, factory.py: packages ship in
// sdist and wheel by default, `include` entries only in the sdist)

function wheelFormat(format: unknown, fallback: string[]): boolean {
  const list = strs(format) ?? fallback;
  return list.includes('wheel');
}

function poetry(pyproject: Table, files: string[]): Surface {
  const B = 'poetry-core';
  const tp = tbl(pyproject, 'tool', 'poetry') ?? {};
  const buildScript = tbl(tp, 'build')?.script ?? (typeof tp.build === 'string' ? tp.build : undefined);
  if (buildScript !== undefined) return whole(B, `poetry build script \`${String(buildScript)}\` can add any file to the wheel`);
  const matchers: PathMatcher[] = [];
  const dirs = dirsOf(files);
  const fileSet = new Set(files);
  const entries = Array.isArray(tp.packages) ? tp.packages : undefined;
  if (entries) {
    for (const e of entries) {
      if (!isTable(e) || typeof e.include !== 'string') return whole(B, '`tool.poetry.packages` entry without `include`');
      if (!wheelFormat(e.format, ['sdist', 'wheel'])) continue;
      const from = typeof e.from === 'string' ? clean(e.from) : '';
      const glob = compileGlob(clean(`${from}/${e.include}`));
      // A matched directory ships everything below it; a matched file ships itself.
      const roots = [...dirs, ...files].filter((p) => glob(p));
      matchers.push((rel) => roots.some((r) => under(r, rel)) || glob(rel));
    }
  } else {
    const project = tbl(pyproject, 'project');
    const raw = typeof tp.name === 'string' ? tp.name : typeof project?.name === 'string' ? project.name : '';
    const mod = normalizeName(raw).replace(/-/g, '_');
    const hits = [mod, `src/${mod}`].flatMap((base) => [dirs.has(base) ? base : '', fileSet.has(`${base}.py`) ? `${base}.py` : '']).filter((x) => x !== '');
    // poetry looks at the flat layout first and falls back to src/.
    const flat = hits.filter((h) => !h.startsWith('src/'));
    const chosen = flat.length > 0 ? flat : hits;
    if (chosen.length !== 1) return whole(B, chosen.length === 0 ? `no file or folder for package \`${mod}\`` : `both a package and a module named \`${mod}\``);
    const root = chosen[0]!;
    matchers.push((rel) => under(root, rel));
  }
  for (const inc of Array.isArray(tp.include) ? tp.include : []) {
    const path = typeof inc === 'string' ? inc : isTable(inc) && typeof inc.path === 'string' ? inc.path : undefined;
    if (path === undefined) continue;
    if (!wheelFormat(isTable(inc) ? inc.format : undefined, ['sdist'])) continue;
    const glob = compileGlob(clean(path));
    const roots = [...dirs, ...files].filter((p) => glob(p));
    matchers.push((rel) => roots.some((r) => under(r, rel)) || glob(rel));
  }
  const excludeGlobs = (strs(tp.exclude) ?? []).map((g) => compileGlob(clean(g)));
  return {
    kind: 'shipped',
    backend: B,
    ships: (rel) => !/(^|\/)__pycache__(\/|$)|\.pyc$/.test(rel) && matchers.some((m) => m(rel)) && !excludeGlobs.some((m) => m(rel)),
  };
}

// ---------------------------------------------------------------------------
// pdm-backend (pdm/backend/base.py _get_include_and_exclude, config.py package_dir)

function pdm(pyproject: Table, files: string[]): Surface {
  const B = 'pdm-backend';
  const build = tbl(pyproject, 'tool', 'pdm', 'build') ?? {};
  const fileSet = new Set(files);
  if (fileSet.has('pdm_build.py') || build['custom-hook'] !== undefined) return whole(B, 'a pdm build hook can add any file to the wheel');
  if (build['run-setuptools'] === true) return whole(B, '`run-setuptools` runs build.py');
  const includes = strs(build.includes) ?? [];
  const excludes = strs(build.excludes) ?? [];
  const dirs = dirsOf(files);
  let packageDir: string;
  if (typeof build['package-dir'] === 'string') packageDir = clean(build['package-dir']);
  else {
    const srcIncluded = includes.some((p) => clean(p) === 'src' || clean(p).startsWith('src/'));
    packageDir = ((dirs.has('src') && includes.length === 0) || srcIncluded) && !excludes.includes('src') && !excludes.includes('src/') ? 'src' : '';
  }
  const inc: PathMatcher[] = [];
  const addGlob = (pattern: string) => {
    const glob = compileGlob(clean(pattern));
    const roots = [...dirs, ...files].filter((p) => glob(p));
    inc.push((rel) => roots.some((r) => under(r, rel)) || glob(rel));
  };
  if (includes.length === 0) {
    const top = [...dirs].filter(
      (d) => parent(d) === packageDir && !/(^|\/)(__pycache__|__pypackages__)$/.test(d) && (fileSet.has(`${d}/__init__.py`) || (d.endsWith('-stubs') && fileSet.has(`${d}/__init__.pyi`))),
    );
    if (top.length > 0) for (const d of top) inc.push((rel) => under(d, rel));
    else inc.push((rel) => parent(rel) === packageDir && rel.endsWith('.py'));
  } else for (const p of includes) addGlob(p);
  // source-includes (default `tests`) go to the sdist only.
  const exc = [...excludes, ...(strs(build['source-includes']) ?? ['tests']), '.pdm-build'].map((g) => {
    const glob = compileGlob(clean(g));
    return (rel: string) => glob(rel) || compileGlob(`${clean(g)}/**`)(rel);
  });
  return {
    kind: 'shipped',
    backend: B,
    ships: (rel) => !rel.endsWith('.pyc') && inc.some((m) => m(rel)) && !exc.some((m) => m(rel)),
  };
}

// ---------------------------------------------------------------------------
// maturin: Python sources from `python-source` (default the project root) in
// the package named by `module-name` (its first component); the Rust crate is
// compiled into the extension, so every Rust source and Cargo file is shipped.
// Not built in tests (needs a Rust toolchain); unit-tested against maturin's
// documented project layout.

function maturin(pyproject: Table, files: string[]): Surface {
  const B = 'maturin';
  const mt = tbl(pyproject, 'tool', 'maturin') ?? {};
  const project = tbl(pyproject, 'project');
  const pySource = clean(typeof mt['python-source'] === 'string' ? mt['python-source'] : '');
  const moduleName = typeof mt['module-name'] === 'string' ? mt['module-name'] : typeof project?.name === 'string' ? project.name.replace(/-/g, '_') : '';
  const pkg = clean(`${pySource}/${moduleName.split('.')[0]}`);
  const fileSet = new Set(files);
  // A mixed Rust/Python project has `<python-source>/<package>/__init__.py`; otherwise the wheel holds only the extension.
  const mixed = moduleName !== '' && fileSet.has(`${pkg}/__init__.py`);
  const includes: PathMatcher[] = [];
  for (const i of Array.isArray(mt.include) ? mt.include : []) {
    const p = typeof i === 'string' ? i : isTable(i) && typeof i.path === 'string' ? i.path : undefined;
    if (p !== undefined) includes.push(compileGlob(clean(p)));
  }
  const dataDir = typeof mt.data === 'string' ? clean(mt.data) : `${normalizeName(typeof project?.name === 'string' ? project.name : '').replace(/-/g, '_')}.data`;
  return {
    kind: 'shipped',
    backend: B,
    ships: (rel) =>
      /(^|\/)(Cargo\.toml|Cargo\.lock|build\.rs)$|\.rs$|(^|\/)\.cargo\//.test(rel) ||
      (mixed && under(pkg, rel)) ||
      under(dataDir, rel) ||
      includes.some((m) => m(rel)),
  };
}
