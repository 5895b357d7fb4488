// maturin's wheel: Python sources from `python-source` (default the project root) in
// the package named by `module-name` (its first component); the Rust crate is
// compiled into the extension, so every Rust source and Cargo file is shipped.
import { compileGlob, type PathMatcher } from '../globs.js';
import { normalizeName } from '../names.js';
import { clean, isTable, tbl, under, type Surface, type Table } from './model.js';

export function maturin(pyproject: Table, files: string[]): Surface {
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
