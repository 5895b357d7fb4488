// hatchling's wheel (hatchling/builders/wheel.py default_file_selection_options, builders/config.py)
// and its editable install (wheel.py build_editable: `dev-mode-dirs` on sys.path when set; else the
// directory above each selected top-level package or module, or with `dev-mode-exact` those
// packages and modules themselves, mapped by the `editables` finder).
import { compileGitignore, clean, isTable, parent, shipped, strs, tbl, under, whole, type Surface, type Table } from './model.js';
import { normalizeName } from '../names.js';

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

export function hatchling(pyproject: Table, files: string[]): Surface {
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
  // The VCS ignore file hatchling reads beside pyproject.toml excludes files from the wheel.
  if (get('ignore-vcs') !== true) for (const f of ['.gitignore', '.hgignore']) metaFiles.add(f);
  const roots = (onlyInclude.length > 0 ? onlyInclude : packages).map(clean);
  const included = include.length > 0 ? compileGitignore(include) : undefined;
  const excluded = compileGitignore(exclude);
  const forcedRoots = [...forced.keys()];
  const nothingSelected = roots.length === 0 && !included;
  const selects = (rel: string) => {
    if (nothingSelected) return false;
    // `only-include` (and `packages`, its shortcut) walks just those paths and
    // ignores `include` patterns there (hatchling's recurse_explicit_files):
    // `exclude` alone filters them.
    if (roots.length > 0) return roots.some((r) => under(r, rel)) && !excluded(rel);
    if (included && !included(rel)) return false;
    return !excluded(rel);
  };
  const ships = (rel: string) => metaFiles.has(rel) || forcedRoots.some((r) => under(r, rel)) || selects(rel);
  const devModeDirs = strs(get('dev-mode-dirs')) ?? [];
  if (devModeDirs.length > 0) return shipped(B, ships, devModeDirs.map(clean));
  const sources = sourcesOf(get('sources'), packages);
  return shipped(B, ships, editableExposure(files.filter((f) => f.endsWith('.py') && selects(f)), sources, get('dev-mode-exact') === true));
}

/** hatchling's `sources` (prefix → replacement, sorted), with the parent directory of each `packages` entry stripped. */
function sourcesOf(raw: unknown, packages: string[]): [string, string][] {
  const out = new Map<string, string>();
  const dir = (p: string) => (clean(p) === '' ? '' : `${clean(p)}/`);
  if (Array.isArray(raw)) for (const src of strs(raw) ?? []) out.set(dir(src), '');
  else if (isTable(raw)) for (const [src, to] of Object.entries(raw)) if (typeof to === 'string') out.set(src === '' ? '' : dir(src), dir(to));
  for (const p of packages.map(clean)) if (parent(p) !== '' && !out.has(dir(p))) out.set(dir(parent(p)), '');
  return [...out].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

/**
 * What build_editable_detection exposes, from the selected `.py` files: for
 * each, its top-level package or module in the wheel and where that lies in
 * the project; the directory above it goes on sys.path (or, with
 * `dev-mode-exact`, the package or module itself is mapped).
 */
function editableExposure(selectedPy: string[], sources: [string, string][], exact: boolean): string[] {
  const distributionPath = (rel: string) => {
    for (const [src, to] of sources) {
      if (src === '') return to + rel;
      if (rel.startsWith(src)) return to + rel.slice(src.length);
    }
    return rel;
  };
  const exposed = new Set<string>();
  for (const rel of selectedPy) {
    const parts = rel.split('/');
    const dist = distributionPath(rel);
    if (parts.length === 1 || dist === rel) exposed.add(parts.length === 1 ? rel : parts[0]!);
    else {
      const top = dist.split('/')[0]!;
      const at = rel.indexOf(dist);
      // hatchling refuses a dev-mode install when a source rewrite adds a prefix: say the whole member, never less.
      exposed.add(at < 0 ? '' : `${rel.slice(0, at)}${top}`);
    }
  }
  return exact ? [...exposed] : [...exposed].map(parent);
}
