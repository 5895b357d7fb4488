// setuptools' wheel (setuptools/discovery.py, config/pyprojecttoml.py, command/build_py.py).
import { compileGlob, type PathMatcher } from '../globs.js';
import { normalizeName } from '../names.js';
import { clean, dirsOf, isIdentifier, isTable, parent, strs, tbl, under, whole, type Surface, type Table } from './model.js';

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

export function setuptools(pyproject: Table, files: string[], backend: string): Surface {
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
