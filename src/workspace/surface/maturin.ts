// maturin's wheel and editable install (maturin src/project_layout.rs, module_writer):
// the Python package named by the module name's first component and the
// `python-packages`, all under the python directory (`python-source`, else
// `src` for a python-first layout with `rust/Cargo.toml`, else the project
// directory); the Rust crate is compiled into the extension, so every Rust
// source and Cargo file is shipped. The editable install writes one `.pth`
// holding the python directory when there is any Python package at all.
import { compileGlob, type PathMatcher } from '../globs.js';
import { normalizeName } from '../names.js';
import { parseToml } from '../pyproject.js';
import { clean, isTable, shipped, strs, tbl, under, whole, type Surface, type Table } from './model.js';

/** Reads a member file (member-relative) when the rules need one beyond pyproject.toml; undefined when absent. */
export type ReadMemberFile = (rel: string) => string | undefined;

/**
 * The module name as maturin resolves it: `tool.maturin.module-name`, then the
 * Cargo manifest's `[lib] name`, then `project.name`, then the crate's name.
 * Undefined when the manifest names the module but cannot be read.
 */
function moduleNameOf(mt: Table, project: Table | undefined, manifest: string, read: ReadMemberFile | undefined): string | undefined {
  if (typeof mt['module-name'] === 'string') return mt['module-name'];
  const projectName = typeof project?.name === 'string' ? project.name : undefined;
  if (!read) return projectName ?? '';
  let cargo: Table;
  try {
    const text = read(manifest);
    if (text === undefined) return projectName ?? '';
    cargo = parseToml(text, manifest);
  } catch {
    return undefined;
  }
  const lib = tbl(cargo, 'lib')?.name;
  const crate = tbl(cargo, 'package')?.name;
  return typeof lib === 'string' ? lib : (projectName ?? (typeof crate === 'string' ? crate : ''));
}

/** The python directory (maturin's python_root), member-relative. */
function pythonDir(mt: Table, project: Table | undefined, packages: string[], has: (rel: string) => boolean): string {
  if (typeof mt['python-source'] === 'string') return clean(mt['python-source']);
  const importName = typeof project?.name === 'string' ? project.name.replace(/-/g, '_') : undefined;
  if (importName === undefined || !has('rust/Cargo.toml')) return '';
  return [importName, ...packages].some((p) => has(`src/${p}/__init__.py`)) ? 'src' : '';
}

export function maturin(pyproject: Table, files: string[], read?: ReadMemberFile): Surface {
  const B = 'maturin';
  const mt = tbl(pyproject, 'tool', 'maturin') ?? {};
  const project = tbl(pyproject, 'project');
  const fileSet = new Set(files);
  const has = (rel: string) => fileSet.has(rel);
  const packages = (strs(mt['python-packages']) ?? []).map(clean).filter((p) => p !== '');
  const pyDir = pythonDir(mt, project, packages, has);
  const manifest = typeof mt['manifest-path'] === 'string' ? clean(mt['manifest-path']) : has('rust/Cargo.toml') && !has('Cargo.toml') ? 'rust/Cargo.toml' : 'Cargo.toml';
  const moduleName = moduleNameOf(mt, project, manifest, read);
  if (moduleName === undefined) return whole(B, `${manifest} could not be read for the module name`);
  const pkg = clean(`${pyDir}/${moduleName.split('.')[0]}`);
  // The Python package is a directory there, unless it is a Rust crate with no __init__.py (a pure Rust project).
  const mixed = moduleName !== '' && files.some((f) => under(pkg, f) && f !== pkg) && !(has(`${pkg}/Cargo.toml`) && !has(`${pkg}/__init__.py`));
  const roots = [...(mixed ? [pkg] : []), ...packages.map((p) => clean(`${pyDir}/${p}`))];
  const includes: PathMatcher[] = [];
  for (const i of Array.isArray(mt.include) ? mt.include : []) {
    const p = typeof i === 'string' ? i : isTable(i) && typeof i.path === 'string' ? i.path : undefined;
    if (p !== undefined) includes.push(compileGlob(clean(p)));
  }
  const dataDirs = typeof mt.data === 'string' ? [clean(mt.data)] : [`${moduleName}.data`, `${normalizeName(typeof project?.name === 'string' ? project.name : '').replace(/-/g, '_')}.data`];
  // Without a Python package, a stub beside Cargo.toml named after the extension becomes the package's __init__.pyi.
  const stub = mixed ? undefined : `${moduleName.split('.').pop()}.pyi`;
  const ships = (rel: string) =>
    /(^|\/)(Cargo\.toml|Cargo\.lock|build\.rs)$|\.rs$|(^|\/)\.cargo\//.test(rel) ||
    rel === stub ||
    roots.some((r) => under(r, rel)) ||
    dataDirs.some((d) => under(d, rel)) ||
    includes.some((m) => m(rel));
  return shipped(B, ships, roots.length > 0 ? [pyDir] : []);
}
