// The workspace model in one call: discovery, uv.lock, edges. Everything else
// (the action, the CLI, the affected engine) starts from loadWorkspace.
import path from 'node:path';
import { UserError } from '../errors.js';
import { discoverWorkspace, nodeFs, repoRelative, type FsReader } from './discover.js';
import { buildEdges, rootGroupEdges } from './graph.js';
import { parseLock, type Lock } from './lockfile.js';
import type { Member, Workspace } from './types.js';
import { loadOutside } from './outside-load.js';
import { by } from '../text.js';

export type { FsReader } from './discover.js';

export interface LoadOptions {
  /** uv.lock at another path (absolute, or relative to the repository root); default `<workspace root>/uv.lock`, optional. */
  lockFile?: string;
  fs?: FsReader;
}

/**
 * Each loaded workspace's parsed member pyproject.toml files, by member name:
 * the surface step (member-files.ts) reads them again otherwise. Kept beside
 * the Workspace rather than in it, so the model stays the facts it states.
 */
const tables = new WeakMap<Workspace, ReadonlyMap<string, Record<string, unknown>>>();

/** The parsed pyproject.toml of a member of a workspace loadWorkspace returned (undefined for any other). */
export function parsedPyproject(ws: Workspace, name: string): Record<string, unknown> | undefined {
  return tables.get(ws)?.get(name);
}

/** The lock to read: --lock when given (it must exist), else <workspace root>/uv.lock when there is one. */
function readLock(lockFile: string | undefined, absRepo: string, root: string, fsr: FsReader, onlyMembers: (name: string) => boolean): { lock?: Lock; lockPath?: string } {
  if (lockFile !== undefined) {
    const lockPath = fsr.diskCase?.(path.resolve(absRepo, lockFile)) ?? path.resolve(absRepo, lockFile);
    const text = fsr.readText(lockPath);
    if (text === undefined) {
      throw new UserError(`lock file '${repoRelative(absRepo, lockPath)}' does not exist`, 'pass the path of the uv.lock to read, or drop --lock to use <workspace root>/uv.lock');
    }
    return { lock: parseLock(text, repoRelative(absRepo, lockPath), onlyMembers), lockPath };
  }
  const candidate = path.join(root, 'uv.lock');
  const text = fsr.readText(candidate);
  // No lock is fine: the pyproject files alone still give the graph.
  if (text === undefined) return {};
  return { lock: parseLock(text, repoRelative(absRepo, candidate), onlyMembers), lockPath: candidate };
}

/**
 * A lock naming members this checkout lacks is stale (a member was removed
 * without `uv lock`) or the member is not checked out; the lock's edges to
 * them are dropped, so say it rather than guess.
 */
function staleLockWarning(lock: Lock, lockPath: string, members: readonly Member[], absRepo: string): string | undefined {
  const present = new Set(members.map((m) => m.name));
  const gone = lock.members.filter((name) => !present.has(name));
  if (gone.length === 0) return undefined;
  return `${repoRelative(absRepo, lockPath)} lists ${gone.length === 1 ? 'member' : 'members'} ${gone.map((n) => `\`${n}\``).join(', ')} that ${gone.length === 1 ? 'is' : 'are'} not in this checkout of the workspace; if ${gone.length === 1 ? 'it was' : 'they were'} removed, run \`uv lock\` and commit uv.lock`;
}

/**
 * Loads the uv workspace that `dir` (absolute, or relative to `repoRoot`)
 * belongs to. Every problem a user can cause is a UserError naming the file.
 */
export function loadWorkspace(dir: string, repoRoot: string, options: LoadOptions = {}): Workspace {
  const fsr = options.fs ?? nodeFs;
  // In the letter case the file system stores (disk-case.ts), as member directories are.
  const absRepo = fsr.diskCase?.(path.resolve(repoRoot)) ?? path.resolve(repoRoot);
  const discovered = discoverWorkspace(path.resolve(absRepo, dir), absRepo, fsr);
  const { root } = discovered;

  // Only the members' own lock entries give edges (graph.ts lockEdges).
  const memberNames = new Set(discovered.members.map((m) => m.pyproject.name!));
  const onlyMembers = (name: string): boolean => memberNames.has(name);
  const { lock, lockPath } = readLock(options.lockFile, absRepo, root, fsr, onlyMembers);

  const graphMembers = discovered.members.map((m) => ({ name: m.pyproject.name!, dir: m.dir, pyproject: m.pyproject }));
  const edges = buildEdges(graphMembers, { dir: root, pyproject: discovered.rootPyproject }, lock, discovered.storedCase);

  const members: Member[] = discovered.members.map((m) => {
    const p = m.pyproject;
    const groups = new Set(Object.keys(p.dependencyGroups));
    if (p.devDependencies) groups.add('dev');
    return {
      name: p.name!,
      path: repoRelative(absRepo, m.dir),
      dir: m.dir,
      isRoot: m.isRoot,
      defaultGroups: p.defaultGroups,
      extras: Object.keys(p.optionalDependencies).sort(),
      groups: [...groups].sort(),
    };
  });
  members.sort(by((m) => m.name));

  const warnings = [...discovered.warnings];
  const stale = lock && lockPath ? staleLockWarning(lock, lockPath, members, absRepo) : undefined;
  if (stale) warnings.push(stale);

  const ws: Workspace = {
    repoRoot: absRepo,
    root,
    rootPath: repoRelative(absRepo, root),
    virtualRoot: !discovered.rootPyproject.hasProject,
    members,
    edges,
    warnings,
  };
  if (ws.virtualRoot) {
    const groupEdges = rootGroupEdges(graphMembers, { dir: root, pyproject: discovered.rootPyproject }, discovered.storedCase);
    if (groupEdges.length > 0) ws.rootGroupEdges = groupEdges;
  }
  if (lockPath) ws.lockPath = lockPath;
  Object.assign(ws, loadOutside(ws, discovered.members, { dir: root, pyproject: discovered.rootPyproject }, fsr, options.fs === undefined));
  tables.set(ws, new Map(discovered.members.flatMap((m) => (m.pyproject.table ? [[m.pyproject.name!, m.pyproject.table] as const] : []))));
  return ws;
}

/** Names of the members `name` names directly, in any edge kind, sorted. */
export function directDependencies(ws: Workspace, name: string): string[] {
  return [...new Set(ws.edges.filter((e) => e.from === name && e.to !== name).map((e) => e.to))].sort();
}
