// hatchling's wheel (hatchling/builders/wheel.py default_file_selection_options, builders/config.py).
import { compileGitignore, clean, isTable, strs, tbl, under, whole, type Surface, type Table } from './model.js';
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
