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
import type { Member, Workspace } from './types.js';
import { parsedPyproject } from './index.js';

/** Directories a walk never enters: they hold no source a build ships. */
const WALK_SKIP = new Set(['.git', '.venv', 'node_modules', '__pycache__', '.tox', '.nox', '.mypy_cache', '.pytest_cache', '.ruff_cache']);

/**
 * Which directories a walk enters, relative to the walked root: the wanted
 * members' directories and everything below them (`inside`), and the
 * directories above them (`above`), whose loose files the root member may
 * own. Any other directory holds files of unwanted members only.
 */
interface WalkScope {
  wanted: ReadonlySet<string>;
  above: ReadonlySet<string>;
}

function walk(absDir: string, prefix: string, out: string[], scope: WalkScope | undefined, inside: boolean): void {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(absDir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const e of entries) {
    const rel = prefix ? `${prefix}/${e.name}` : e.name;
    if (!e.isDirectory()) out.push(rel);
    else if (WALK_SKIP.has(e.name)) continue;
    else if (inside || scope!.wanted.has(rel)) walk(path.join(absDir, e.name), rel, out, scope, true);
    else if (scope!.above.has(rel)) walk(path.join(absDir, e.name), rel, out, scope, false);
  }
}

/** The scope of a walk for the members at `dirs` (relative to the walked root, '' for the root itself). */
function scopeFor(dirs: readonly string[]): WalkScope {
  const above = new Set<string>();
  for (const d of dirs) for (let cut = d.lastIndexOf('/'); cut > 0; cut = d.lastIndexOf('/', cut - 1)) above.add(d.slice(0, cut));
  return { wanted: new Set(dirs), above };
}

/**
 * Could git see a work tree at `absDir`? Only with a `.git` there or above
 * (or git's own variables pointing elsewhere); without one, spawning git can
 * only fail, and costs more than the walk it would save.
 */
function mayBeGitWorkTree(absDir: string): boolean {
  // The one environment read here: git itself honours these before any `.git`.
  if (process.env.GIT_DIR !== undefined || process.env.GIT_WORK_TREE !== undefined) return true;
  for (let dir = absDir; ; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, '.git'))) return true;
    if (path.dirname(dir) === dir) return false;
  }
}

/**
 * Files below `absDir`, relative to it and `/`-separated. Outside a git work
 * tree, a walk; with `only` (directories relative to `absDir`), one that
 * enters just those directories, what is below them and what is above them.
 */
export function listFiles(absDir: string, only?: readonly string[]): string[] {
  if (mayBeGitWorkTree(absDir)) {
    const out = runProcessSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', '-z', '--', '.'], { cwd: absDir, maxOutput: 256 * 1024 * 1024 });
    if (out !== undefined) return out.toString('utf8').split('\0').filter((f) => f !== '');
  }
  // Not a git work tree (or no git): the files on disk.
  const files: string[] = [];
  const scope = only && !only.includes('') ? scopeFor(only) : undefined;
  walk(absDir, '', files, scope, scope === undefined);
  return files;
}

/** A repository-relative member path relative to the workspace root ('' for the root). */
function rootRelative(ws: Workspace, p: string): string {
  return path.posix.relative(ws.rootPath === '.' ? '' : ws.rootPath, p === '.' ? '' : p);
}

/**
 * Each member's files, relative to the member directory: a file belongs to
 * the deepest member directory that holds it (the same rule as ownership).
 * `files` are relative to the workspace root.
 */
export function filesByMember(ws: Workspace, files: string[]): Map<string, string[]> {
  const byDir = new Map(ws.members.map((m) => [rootRelative(ws, m.path), m.name]));
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
  const listed = files ?? listFiles(ws.root, wanted.map((m) => rootRelative(ws, m.path)));
  const perMember = filesByMember(ws, extra.length === 0 ? listed : [...new Set([...listed, ...extra])]);
  for (const m of wanted) out.set(m.name, surfaceOf(ws, m, perMember.get(m.name) ?? []));
  return out;
}

/** One member's surface, from the pyproject.toml loadWorkspace parsed (read again only for a workspace loaded otherwise). */
function surfaceOf(ws: Workspace, m: Member, files: string[]): Surface {
  try {
    const table = parsedPyproject(ws, m.name) ?? parseToml(fs.readFileSync(path.join(m.dir, 'pyproject.toml'), 'utf8'), path.posix.join(m.path, 'pyproject.toml'));
    return computeSurface(table, files);
  } catch (error) {
    return { kind: 'whole', backend: 'unknown', why: `its pyproject.toml could not be read: ${formatError(error)}` };
  }
}
