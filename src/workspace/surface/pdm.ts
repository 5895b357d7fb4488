// pdm-backend's wheel (pdm/backend/base.py _get_include_and_exclude, config.py package_dir)
// and its editable install (editable.py: `editable-backend = "path"`, the default, puts
// package-dir on sys.path; `"editables"` maps the top-level packages or modules instead).
import { compileGlob, type PathMatcher } from '../globs.js';
import { clean, dirsOf, parent, shipped, strs, tbl, under, whole, type Surface, type Table } from './model.js';

export function pdm(pyproject: Table, files: string[]): Surface {
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
    const below = compileGlob(`${clean(g)}/**`);
    return (rel: string) => glob(rel) || below(rel);
  });
  const ships = (rel: string) => !rel.endsWith('.pyc') && inc.some((m) => m(rel)) && !exc.some((m) => m(rel));
  const mapped = build['editable-backend'] === 'editables' && includes.length === 0 ? editablesMap(files, dirs, packageDir) : [];
  return shipped(B, ships, mapped.length > 0 ? mapped : [packageDir]);
}

/**
 * What the `editables` backend maps (convert_package_paths without
 * `includes`): the top-level packages under package-dir (a directory with
 * `__init__.py`, `tests` excepted), else its top-level modules. Empty when
 * nothing can be mapped (a namespace package): pdm then falls back to the `.pth`.
 * With `includes`, the `.pth` directory is taken: never narrower than the map.
 */
function editablesMap(files: string[], dirs: Set<string>, packageDir: string): string[] {
  const fileSet = new Set(files);
  const name = (d: string) => d.slice(packageDir === '' ? 0 : packageDir.length + 1);
  const packages = [...dirs].filter((d) => under(packageDir, d) && d !== packageDir && fileSet.has(`${d}/__init__.py`) && !/^tests(\/|$)/.test(name(d)));
  if (packages.length > 0) return packages.filter((d) => parent(d) === packageDir && !name(d).includes('.'));
  return files.filter((f) => parent(f) === packageDir && f.endsWith('.py') && !name(f).slice(0, -3).includes('.'));
}
