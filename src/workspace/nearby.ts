// Where a workspace is, when there is none where one was asked for: many
// repositories keep theirs one level down (microsoft/agent-framework in
// `python/`), and the user is owed its path, not a riddle. The look is
// bounded: two levels down, a few hundred directories, hidden and vendored
// directories skipped, files read bounded.
import path from 'node:path';
import { nodeFs, type FsReader } from './discover.js';
import { loadPyproject } from './pyproject.js';

/** How deep below the directory the look goes. */
const MAX_DEPTH = 2;
/** How many directories it opens at most. */
const MAX_DIRS = 400;
/** Directories that hold other people's projects, or none: never a workspace of this repository. */
const SKIP = new Set(['node_modules', '__pycache__', 'site-packages', 'venv', 'dist', 'build']);

function hasWorkspace(fsr: FsReader, dir: string): boolean {
  const text = fsr.readText(path.join(dir, 'pyproject.toml'));
  if (text === undefined) return false;
  try {
    return loadPyproject(text, 'pyproject.toml').workspace !== undefined;
  } catch {
    return false; // a template or a broken file: not the workspace we point at
  }
}

/**
 * Directories one or two levels below `dir` whose pyproject.toml has
 * `[tool.uv.workspace]`, nearest first, then by name; a workspace's own
 * members are not looked into.
 */
export function nearbyWorkspaces(dir: string, fsr: FsReader = nodeFs): string[] {
  const found: string[] = [];
  let opened = 0;
  let level = [dir];
  for (let depth = 1; depth <= MAX_DEPTH && level.length > 0; depth++) {
    const next: string[] = [];
    for (const parent of level) {
      if (opened++ >= MAX_DIRS) return found;
      const entries = (fsr.list(parent) ?? []).filter((e) => e.isDir && !e.isSymlink && !e.name.startsWith('.') && !SKIP.has(e.name));
      for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
        const child = path.join(parent, entry.name);
        if (hasWorkspace(fsr, child)) found.push(child);
        else next.push(child);
      }
    }
    level = next;
  }
  return found;
}
