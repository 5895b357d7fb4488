// uv_build's wheel (uv-build-backend settings.rs: module-root "src", module-name from the
// project name) and its editable install (wheel.rs build_editable: a `.pth` holding module-root).
import { normalizeName } from '../names.js';
import { clean, shipped, strs, tbl, under, whole, type DirTree, type Surface, type Table } from './model.js';

export function uvBuild(pyproject: Table, tree: DirTree): Surface {
  const B = 'uv_build';
  const settings = tbl(pyproject, 'tool', 'uv', 'build-backend') ?? {};
  const project = tbl(pyproject, 'project');
  const root = clean(typeof settings['module-root'] === 'string' ? settings['module-root'] : 'src');
  const configured = strs(settings['module-name']);
  const raw = typeof project?.name === 'string' ? project.name : '';
  const names = configured ?? [normalizeName(raw).replace(/-/g, '_').replace(/_stubs$/, '-stubs')];
  const modules: string[] = [];
  for (const n of names) {
    const rel = clean(`${root}/${n.replace(/\./g, '/')}`);
    // uv_build also accepts a module directory whose name differs only in case.
    const hit = tree.hasDir(rel) ? rel : [...tree.dirs()].find((d) => d.toLowerCase() === rel.toLowerCase());
    if (!hit) return whole(B, `uv_build finds no module directory \`${rel}\``);
    modules.push(hit);
  }
  const dataRoots: string[] = [];
  for (const v of Object.values(tbl(settings, 'data') ?? {})) if (typeof v === 'string') dataRoots.push(clean(v));
  const defaultExcludes = settings['default-excludes'] !== false;
  const ships = (rel: string) => {
    if (dataRoots.some((d) => under(d, rel))) return true;
    if (!modules.some((m) => under(m, rel))) return false;
    return !(defaultExcludes && /(^|\/)__pycache__(\/|$)|\.py[co]$/.test(rel));
  };
  return shipped(B, ships, [root]);
}
