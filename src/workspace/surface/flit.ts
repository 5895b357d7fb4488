// flit_core's wheel (flit_core/common.py Module, config.py) and its editable
// install (wheel.py add_pth: one `.pth` line, the directory holding the module).
import { clean, dirsOf, shipped, tbl, under, whole, type Surface, type Table } from './model.js';

export function flit(pyproject: Table, files: string[]): Surface {
  const B = 'flit_core';
  const flitTool = tbl(pyproject, 'tool', 'flit');
  const project = tbl(pyproject, 'project');
  const configured = tbl(flitTool, 'module')?.name ?? tbl(flitTool, 'metadata')?.module;
  const name = typeof configured === 'string' ? configured : typeof project?.name === 'string' ? project.name.replace(/-/g, '_') : undefined;
  if (!name) return whole(B, 'flit module name not found');
  const asPath = name.replace(/\./g, '/');
  const dirs = dirsOf(files);
  const fileSet = new Set(files);
  const candidates = [
    { path: asPath, dir: true },
    { path: `${asPath}.py`, dir: false },
    { path: `src/${asPath}`, dir: true },
    { path: `src/${asPath}.py`, dir: false },
  ].filter((c) => (c.dir ? dirs.has(c.path) : fileSet.has(c.path)));
  if (candidates.length !== 1) return whole(B, candidates.length === 0 ? `no file or folder for flit module \`${name}\`` : `several candidates for flit module \`${name}\``);
  const mod = candidates[0]!;
  const dataDir = tbl(flitTool, 'external-data')?.directory;
  const data = typeof dataDir === 'string' ? clean(dataDir) : undefined;
  const ships = (rel: string) => (data !== undefined && under(data, rel)) || (mod.dir ? under(mod.path, rel) && !/(^|\/)__pycache__(\/|$)|\.pyc$/.test(rel) : rel === mod.path);
  // The module's source_dir: `src` for a src layout, the project directory otherwise.
  return shipped(B, ships, [mod.path.startsWith('src/') ? 'src' : '']);
}
