// poetry-core's wheel (poetry/core/masonry/utils/module.py, factory.py: packages ship in
// sdist and wheel by default, `include` entries only in the sdist).
import { compileGlob, type PathMatcher } from '../globs.js';
import { normalizeName } from '../names.js';
import { clean, dirsOf, isTable, strs, tbl, under, whole, type Surface, type Table } from './model.js';

function wheelFormat(format: unknown, fallback: string[]): boolean {
  const list = strs(format) ?? fallback;
  return list.includes('wheel');
}

export function poetry(pyproject: Table, files: string[]): Surface {
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
