// setuptools' wheel (setuptools/discovery.py, config/pyprojecttoml.py, command/build_py.py)
// and its editable install (command/editable_wheel.py _select_strategy: `editable_mode`
// strict links the wheel's files; a package-dir of `""` alone, or compat mode, puts that
// directory on sys.path; otherwise a finder maps the top-level packages and modules).
import { compileGlob, type PathMatcher } from '../globs.js';
import { normalizeName } from '../names.js';
import { clean, dirsOf, isIdentifier, isTable, parent, shipped, strs, tbl, under, whole, type Surface, type Table } from './model.js';
import { ANY, char, compileNode, lit, seq, star, type GlobNode } from '../glob-nfa.js';

const FLAT_EXCLUDE_PACKAGES = [
  'ci', 'bin', 'debian', 'doc', 'docs', 'documentation', 'manpages', 'news', 'newsfragments', 'changelog', 'test', 'tests',
  'unit_test', 'unit_tests', 'example', 'examples', 'scripts', 'tools', 'util', 'utils', 'python', 'build', 'dist', 'venv',
  'env', 'requirements', 'tasks', 'fabfile', 'site_scons', 'benchmark', 'benchmarks', 'exercise', 'exercises', 'htmlcov', '[._]*',
].flatMap((p) => [p, `${p}.*`]);
const FLAT_EXCLUDE_MODULES = [
  'setup', 'conftest', 'test', 'tests', 'example', 'examples', 'build', 'toxfile', 'noxfile', 'pavement', 'dodo', 'tasks',
  'fabfile', '[Ss][Cc]onstruct', 'conanfile', 'manage', 'benchmark', 'benchmarks', 'exercise', 'exercises', '[._]*',
];

/**
 * Python's fnmatchcase: `*` matches anything, dots included. The patterns
 * come from a member's pyproject.toml (a pull request's), so they compile to
 * the one non-backtracking automaton (glob-nfa.ts), never a regular expression.
 */
function fnmatch(pattern: string): (name: string) => boolean {
  const parts: GlobNode[] = [];
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (c === '*') parts.push(star(char(ANY)));
    else if (c === '?') parts.push(char(ANY));
    else if (c === '[' && pattern.indexOf(']', i + 2) >= 0) {
      const end = pattern.indexOf(']', i + 2);
      parts.push(char(charClass(pattern.slice(i + 1, end))));
      i = end;
    } else parts.push(lit(c));
  }
  return compileNode(seq(...parts));
}

/** The body of a `[...]` class as fnmatch reads it: a leading `!` negates, `a-z` is a range. */
function charClass(body: string): (code: number) => boolean {
  const negate = body.startsWith('!');
  const chars = negate ? body.slice(1) : body;
  const ranges: [number, number][] = [];
  for (let i = 0; i < chars.length; i++) {
    const lo = chars.charCodeAt(i);
    if (chars[i + 1] === '-' && i + 2 < chars.length) {
      ranges.push([lo, chars.charCodeAt(i + 2)]);
      i += 2;
    } else ranges.push([lo, lo]);
  }
  return (code) => ranges.some(([lo, hi]) => code >= lo && code <= hi) !== negate;
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

/**
 * `tool.setuptools.packages`: a list, or `find` options. Returns why it cannot
 * be read, if it cannot. `find` fills package-dir as setuptools'
 * expand.find_packages does: one `where` other than the project directory
 * becomes `""`'s directory, several give each top-level package its own.
 */
function listedPackages(rawPackages: unknown, dirs: Set<string>, fileSet: Set<string>, layout: Layout): string | undefined {
  if (Array.isArray(rawPackages)) {
    for (const p of rawPackages) if (typeof p === 'string') layout.packages.set(p, pathOf(layout.packageDir, p));
    return undefined;
  }
  if (!(isTable(rawPackages) && isTable(rawPackages.find))) return '`tool.setuptools.packages` is neither a list nor `find`';
  const find = rawPackages.find;
  const wheres = [...new Set((strs(find.where) ?? ['.']).map(clean))];
  const includes = strs(find.include) ?? ['*'];
  const excludes = strs(find.exclude) ?? [];
  const namespaces = find.namespaces !== false;
  if (wheres.length === 1 && wheres[0] !== '') layout.packageDir[''] ??= wheres[0]!;
  for (const where of wheres) {
    const found = findPackages(dirs, where, anyOf(includes), anyOf([...excludes, 'ez_setup', '*__pycache__']), excludes, (d) => namespaces || fileSet.has(`${d}/__init__.py`));
    for (const [n, d] of found) layout.packages.set(n, d);
    if (found.size > 0 && where !== '' && layout.packageDir[''] !== where) {
      for (const [n, d] of found) if (!n.includes('.')) layout.packageDir[n] = d;
    }
  }
  return undefined;
}

/**
 * setuptools' automatic discovery: explicit package-dir, then src-layout,
 * then flat-layout. Returns why setuptools would refuse to build, if it would.
 */
function discoverPackages(files: string[], dirs: Set<string>, layout: Layout): string | undefined {
  const { packageDir, packages, modules } = layout;
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
    packageDir[''] = src;
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
  for (const m of mods) layout.topModules.add(m);
  return undefined;
}

/** What setuptools builds from: packages (dotted name → directory), module files, and package-dir as configuration and discovery leave it. */
interface Layout {
  packages: Map<string, string>;
  modules: Set<string>;
  /** Files of the modules without a dot in their name: the ones an editable finder maps. */
  topModules: Set<string>;
  packageDir: Record<string, string>;
}

/** Directory of a dotted package name through `package-dir` (setuptools' find_package_path). */
function pathOf(packageDir: Record<string, string>, name: string): string {
  const parts = name.split('.');
  for (let i = parts.length; i > 0; i--) {
    const key = parts.slice(0, i).join('.');
    if (key in packageDir) return clean([packageDir[key]!, ...parts.slice(i)].join('/'));
  }
  return clean([packageDir[''] ?? '', ...parts].join('/'));
}

/** The packages and modules setuptools builds, or why it would not build (or this tool cannot tell). */
function layoutOf(st: Table, files: string[], dirs: Set<string>, fileSet: Set<string>): Layout | string {
  const layout: Layout = { packages: new Map(), modules: new Set(), topModules: new Set(), packageDir: {} };
  for (const [k, v] of Object.entries(tbl(st, 'package-dir') ?? {})) if (typeof v === 'string') layout.packageDir[k] = clean(v);
  const rawPackages = st.packages;
  const rawModules = strs(st['py-modules']);
  const chosen = rawPackages !== undefined ? listedPackages(rawPackages, dirs, fileSet, layout) : undefined;
  if (chosen) return chosen;
  for (const m of rawModules ?? []) {
    const file = `${pathOf(layout.packageDir, m)}.py`;
    layout.modules.add(file);
    if (!m.includes('.')) layout.topModules.add(file);
  }
  if (rawPackages === undefined && rawModules === undefined) return discoverPackages(files, dirs, layout) ?? layout;
  return layout;
}

export function setuptools(pyproject: Table, files: string[], settings: Readonly<Record<string, string>> = {}): Surface {
  const B = 'setuptools';
  const fileSet = new Set(files);
  if (fileSet.has('setup.py')) return whole(B, 'setup.py can choose the packages in code');
  if (fileSet.has('setup.cfg')) return whole(B, 'setup.cfg may list the packages (not read)');
  const st = tbl(pyproject, 'tool', 'setuptools') ?? {};
  if (st['ext-modules'] !== undefined) return whole(B, '`tool.setuptools.ext-modules` compiles sources this tool does not trace');
  const dirs = dirsOf(files);
  const layout = layoutOf(st, files, dirs, fileSet);
  if (typeof layout === 'string') return whole(B, layout);
  const { packages, modules } = layout;
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
  const ships = (rel: string) => {
    if (modules.has(rel) || dataFiles.has(rel) || dynamic.has(rel)) return true;
    if (rel.endsWith('.py') && pkgDirs.has(parent(rel))) return true;
    if (manifestAll && pkgDirList.some((d) => under(d, rel) && d !== rel)) return true;
    return packageData.some((p) => p.glob(rel));
  };
  return shipped(B, ships, editableExposure(layout, settings['editable-mode'] ?? settings.editable_mode));
}

/** What the editable strategy setuptools picks for `editable_mode` (config setting; lenient by default) exposes. */
function editableExposure(layout: Layout, mode: string | undefined): string[] {
  const m = (mode ?? '').toLowerCase();
  // strict: a tree of links to the wheel's own files, nothing more.
  if (m === 'strict') return [];
  const keys = Object.keys(layout.packageDir);
  // compat (and a mode setuptools would refuse: never narrower) puts package-dir's `""` on sys.path, the project directory by default.
  if ((m !== '' && m !== 'lenient') || (keys.length === 1 && keys[0] === '')) return [layout.packageDir[''] ?? ''];
  // lenient: the finder maps each package that is not where its parent would put it, and each top-level module.
  const pkgs = [...layout.packages];
  const nested = ([name, dir]: [string, string]) =>
    pkgs.some(([other, otherDir]) => other !== name && name.startsWith(`${other}.`) && dir === clean([otherDir, ...name.slice(other.length + 1).split('.')].join('/')));
  return [...pkgs.filter((p) => !nested(p)).map(([, dir]) => dir), ...layout.topModules];
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
