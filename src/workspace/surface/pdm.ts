// pdm-backend's wheel (pdm/backend/base.py _get_include_and_exclude, config.py package_dir).
import { compileGlob, type PathMatcher } from '../globs.js';
import { clean, dirsOf, parent, strs, tbl, under, whole, type Surface, type Table } from './model.js';

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
    return (rel: string) => glob(rel) || compileGlob(`${clean(g)}/**`)(rel);
  });
  return {
    kind: 'shipped',
    backend: B,
    ships: (rel) => !rel.endsWith('.pyc') && inc.some((m) => m(rel)) && !exc.some((m) => m(rel)),
  };
}
