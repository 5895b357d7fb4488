// The files of each member and, from them, each member's shipped surface
// (surface.ts). The one IO step: the file list comes from `git ls-files`
// (tracked plus untracked-but-not-ignored, so a new file counts) and, outside
// a git work tree, from a directory walk.
import fs from 'node:fs';
import path from 'node:path';
import { formatError } from '../errors.js';
import { runProcessSync } from '../process.js';
import { parseToml } from './pyproject.js';
import { computeSurface, type Surface } from './surface.js';
import type { Workspace } from './types.js';

/** Directories a walk never enters: they hold no source a build ships. */
const WALK_SKIP = new Set(['.git', '.venv', 'node_modules', '__pycache__', '.tox', '.nox', '.mypy_cache', '.pytest_cache', '.ruff_cache']);

function walk(absDir: string, prefix: string, out: string[]): void {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(absDir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const e of entries) {
    const rel = prefix ? `${prefix}/${e.name}` : e.name;
    if (e.isDirectory()) {
      if (!WALK_SKIP.has(e.name)) walk(path.join(absDir, e.name), rel, out);
    } else out.push(rel);
  }
}

/** Files below `absDir`, relative to it and `/`-separated. */
export function listFiles(absDir: string): string[] {
  const out = runProcessSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', '-z', '--', '.'], { cwd: absDir, maxOutput: 256 * 1024 * 1024 });
  if (out !== undefined) return out.toString('utf8').split('\0').filter((f) => f !== '');
  // Not a git work tree (or no git): every file on disk.
  const files: string[] = [];
  walk(absDir, '', files);
  return files;
}

/**
 * Each member's files, relative to the member directory: a file belongs to
 * the deepest member directory that holds it (the same rule as ownership).
 * `files` are relative to the workspace root.
 */
export function filesByMember(ws: Workspace, files: string[]): Map<string, string[]> {
  const rootRel = (p: string) => {
    const rel = path.posix.relative(ws.rootPath === '.' ? '' : ws.rootPath, p === '.' ? '' : p);
    return rel;
  };
  const byDir = new Map(ws.members.map((m) => [rootRel(m.path), m.name]));
  const out = new Map<string, string[]>(ws.members.map((m) => [m.name, []]));
  for (const f of files) {
    for (let dir = f; ; ) {
      const cut = dir.lastIndexOf('/');
      dir = cut < 0 ? '' : dir.slice(0, cut);
      const name = byDir.get(dir);
      if (name !== undefined) {
        out.get(name)!.push(dir === '' ? f : f.slice(dir.length + 1));
        break;
      }
      if (dir === '') break;
    }
  }
  return out;
}

/**
 * Every member's shipped surface, by name. `changed` (repository-relative)
 * joins the file list: a deleted file still counts for the backend's
 * discovery, so deleting a member's only module is a shipped change. A
 * pyproject.toml that cannot be read here (it was read once already by
 * loadWorkspace) makes that member's whole directory its surface rather than
 * failing the run.
 */
export function loadSurfaces(ws: Workspace, changed: string[] = [], files?: string[]): Map<string, Surface> {
  const prefix = ws.rootPath === '.' ? '' : `${ws.rootPath}/`;
  const extra = changed.filter((p) => p.startsWith(prefix)).map((p) => p.slice(prefix.length));
  // Only members that own a changed path need a surface (all of them when no change is given).
  const owners = new Set([...filesByMember(ws, extra)].filter(([, list]) => list.length > 0).map(([name]) => name));
  const wanted = changed.length === 0 ? ws.members : ws.members.filter((m) => owners.has(m.name));
  const out = new Map<string, Surface>();
  if (wanted.length === 0) return out;
  const perMember = filesByMember(ws, [...new Set([...(files ?? listFiles(ws.root)), ...extra])]);
  for (const m of wanted) {
    let surface: Surface;
    try {
      const file = path.join(m.dir, 'pyproject.toml');
      surface = computeSurface(parseToml(fs.readFileSync(file, 'utf8'), path.posix.join(m.path, 'pyproject.toml')), perMember.get(m.name) ?? []);
    } catch (error) {
      surface = { kind: 'whole', backend: 'unknown', why: `its pyproject.toml could not be read: ${formatError(error)}` };
    }
    out.set(m.name, surface);
  }
  return out;
}
