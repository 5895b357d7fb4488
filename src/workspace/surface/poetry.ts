// poetry-core's wheel (poetry/core/masonry/utils/module.py, factory.py: packages ship in
// sdist and wheel by default, `include` entries only in the sdist) and its editable
// install (builders/wheel.py _add_pth: one `.pth` line per package's `from` directory).
import { compileGlob, type PathMatcher } from '../globs.js';
import { normalizeName } from '../names.js';
import { clean, dirsOf, isTable, shipped, strs, tbl, under, whole, type Surface, type Table } from './model.js';

function wheelFormat(format: unknown, fallback: string[]): boolean {
  const list = strs(format) ?? fallback;
  return list.includes('wheel');
}

/** poetry's own package when `packages` names none for the wheel: `<name>` or `<name>.py`, else under `src/`. */
function defaultPackage(pyproject: Table, tp: Table, dirs: Set<string>, fileSet: Set<string>): string | { why: string } {
  const project = tbl(pyproject, 'project');
  const raw = typeof tp.name === 'string' ? tp.name : typeof project?.name === 'string' ? project.name : '';
  const mod = normalizeName(raw).replace(/-/g, '_');
  const hits = [mod, `src/${mod}`].flatMap((base) => [dirs.has(base) ? base : '', fileSet.has(`${base}.py`) ? `${base}.py` : '']).filter((x) => x !== '');
  // poetry looks at the flat layout first and falls back to src/.
  const flat = hits.filter((h) => !h.startsWith('src/'));
  const chosen = flat.length > 0 ? flat : hits;
  if (chosen.length !== 1) return { why: chosen.length === 0 ? `no file or folder for package \`${mod}\`` : `both a package and a module named \`${mod}\`` };
  return chosen[0]!;
}

export function poetry(pyproject: Table, files: string[]): Surface {
  const B = 'poetry-core';
  const tp = tbl(pyproject, 'tool', 'poetry') ?? {};
  const buildScript = tbl(tp, 'build')?.script ?? (typeof tp.build === 'string' ? tp.build : undefined);
  if (buildScript !== undefined) return whole(B, `poetry build script \`${String(buildScript)}\` can add any file to the wheel`);
  const matchers: PathMatcher[] = [];
  const pth: string[] = [];
  const dirs = dirsOf(files);
  const entries = Array.isArray(tp.packages) ? tp.packages : [];
  for (const e of entries) {
    if (!isTable(e) || typeof e.include !== 'string') return whole(B, '`tool.poetry.packages` entry without `include`');
    if (!wheelFormat(e.format, ['sdist', 'wheel'])) continue;
    const from = typeof e.from === 'string' ? clean(e.from) : '';
    const glob = compileGlob(clean(`${from}/${e.include}`));
    // A matched directory ships everything below it; a matched file ships itself.
    const roots = [...dirs, ...files].filter((p) => glob(p));
    matchers.push((rel) => roots.some((r) => under(r, rel)) || glob(rel));
    pth.push(from);
  }
  // No package for the wheel (none listed, or only sdist ones): poetry's Module finds its own.
  if (pth.length === 0) {
    const root = defaultPackage(pyproject, tp, dirs, new Set(files));
    if (typeof root !== 'string') return whole(B, root.why);
    matchers.push((rel) => under(root, rel));
    pth.push(root.startsWith('src/') ? 'src' : '');
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
  const ships = (rel: string) => !/(^|\/)__pycache__(\/|$)|\.pyc$/.test(rel) && matchers.some((m) => m(rel)) && !excludeGlobs.some((m) => m(rel));
  return shipped(B, ships, pth);
}
