// From a change set to the affected members: shared by the action and the
// CLI, so `uv-workspace-sync affected` previews exactly what the action does.
import { realpathSync } from 'node:fs';
import path from 'node:path';
import { computeAffected, type Affected, type Reason } from './engine.js';
import type { ChangeSet, WatchedText } from '../changes/types.js';
import type { Workspace } from '../workspace/types.js';
import { loadSurfaces } from '../workspace/member-files.js';
import { entryKinds, nameOf, parentOf, type EntryKind } from '../workspace/entry-kinds.js';
import { isNormal, joinNormal } from '../workspace/normal-path.js';
import type { Dependents } from '../inputs.js';
import type { SyncArgs } from '../workspace/selection.js';
import { posixRelative, sortedStrings } from '../text.js';

export interface DetectionOptions {
  repoRoot: string;
  ignore: string[];
  global: string[];
  syncArgs: SyncArgs;
  /** `shipped` (default): only changes on a member's surface (what it ships, what its editable install exposes) reach its dependents; `any`: every change does. */
  dependents?: Dependents;
}

/** Every member, each with the one reason the whole workspace is affected. */
function allMembers(ws: Workspace, reason: Reason): Affected {
  return { all: true, allReasons: [reason], members: ws.members.map((m) => ({ name: m.name, path: m.path, reasons: [reason] })) };
}

function lockRelOf(ws: Workspace, repoRoot: string): string | undefined {
  return ws.lockPath ? posixRelative(repoRoot, ws.lockPath) : undefined;
}

/** The files whose base and head texts the engine needs from the change set (DetectOptions.watch): uv.lock. */
export function watchedFiles(ws: Workspace, repoRoot: string): string[] {
  const lockRel = lockRelOf(ws, repoRoot);
  return lockRel ? [lockRel] : [];
}

/**
 * uv.lock at base and head when the change touched it, for the lock
 * attribution, as the change set carries them (changes/detect.ts). Base is
 * undefined when git has no base (an explicit file list), which the engine
 * treats as "every member"; so is a change set that does not carry the lock.
 */
function lockTexts(ws: Workspace, change: ChangeSet, paths: readonly string[], repoRoot: string): WatchedText | undefined {
  const lockRel = lockRelOf(ws, repoRoot);
  if (!lockRel || !paths.includes(lockRel)) return undefined;
  return change.watched?.[lockRel];
}

/** A member reached through a symlink: where git sees its files, and the path the member has. */
export interface LinkAlias {
  /** Repository-relative real directory (`vendor/linked`). */
  target: string;
  /** The member's path (`packages/linked`). */
  link: string;
}

function realOr(p: string): string {
  try {
    return realpathSync(p);
  } catch {
    return p;
  }
}

/**
 * realpath for many directories that share parents: a directory that is no
 * symlink has its parent's real path plus its own name, so each costs one
 * look at its kind (a shared parent is listed once) and each parent is
 * resolved once (instead of an lstat of every component of every member's path).
 */
function realpaths(kinds: (abs: string) => EntryKind): (dir: string) => string {
  const known = new Map<string, string>();
  const real = (dir: string): string => {
    let out = known.get(dir);
    if (out !== undefined) return out;
    const parent = parentOf(dir);
    const kind = kinds(dir);
    // A link, or gone: realOr decides, as before.
    if (kind === 'link' || kind === 'missing' || parent === dir) out = realOr(dir);
    else {
      const realParent = real(parent);
      // Nothing on the way is a link (the parent is its own real path): a
      // normal directory is its own real path too, the very string, so the
      // caller's comparison with the member's path is one pointer test.
      // Otherwise normal paths (members' directories are) are joined by concatenation: no path.join for each of thousands of members.
      out = realParent === parent && path.sep === '/' && isNormal(dir) ? dir : joinNormal(realParent, nameOf(dir));
    }
    known.set(dir, out);
    return out;
  };
  return real;
}

/**
 * Members whose directory is (or lies under) a symlink: git records the
 * link as one entry and the files under the link's target, so a change to
 * `vendor/linked/x.py` must reach the member `packages/linked` that the link
 * makes. Targets outside the repository are not git's to report.
 */
function linkAliases(ws: Workspace): LinkAlias[] {
  const real = realpaths(entryKinds(ws.members.map((m) => m.dir)));
  const realRepo = real(ws.repoRoot);
  const out: LinkAlias[] = [];
  for (const member of ws.members) {
    const resolved = real(member.dir);
    // Where the member would really be if nothing on its way were a link (the member's own path, unless the repository root is a link).
    const expected = realRepo === ws.repoRoot ? member.dir : path.join(realRepo, path.relative(ws.repoRoot, member.dir));
    if (resolved === expected) continue;
    const rel = posixRelative(realRepo, resolved);
    if (rel === '' || rel.startsWith('..') || path.isAbsolute(rel)) continue;
    out.push({ target: rel, link: member.path });
  }
  return out;
}

/** The changed paths plus, for each under a link's target, the same path under the link. Never fewer. */
function withLinkAliases(paths: readonly string[], aliases: readonly LinkAlias[]): string[] {
  if (aliases.length === 0) return [...paths];
  const out = new Set(paths);
  for (const p of paths) {
    for (const { target, link } of aliases) {
      if (p !== target && !p.startsWith(`${target}/`)) continue;
      const rest = p.slice(target.length).replace(/^\//, '');
      out.add(link === '.' ? rest || p : rest ? `${link}/${rest}` : link);
    }
  }
  return sortedStrings(out);
}

export async function affectedFromChanges(ws: Workspace, change: ChangeSet, options: DetectionOptions): Promise<Affected> {
  if (change.all) return allMembers(ws, { kind: 'no-base', why: change.allReason ?? 'every member (no change list)' });
  const aliases = linkAliases(ws);
  const paths = withLinkAliases(change.paths, aliases);
  const affected = computeAffected(ws, {
    paths,
    ignore: options.ignore,
    global: options.global,
    lock: lockTexts(ws, change, paths, options.repoRoot),
    syncArgs: options.syncArgs,
    ...((options.dependents ?? 'shipped') === 'shipped' && change.paths.length > 0 ? { surfaces: loadSurfaces(ws, change.paths, undefined, options.syncArgs) } : {}),
  });
  // A path under a member link's target is that member's, under its other name.
  if (aliases.length > 0 && affected.unowned) affected.unowned = affected.unowned.filter((p) => !aliases.some(({ target }) => p === target || p.startsWith(`${target}/`)));
  return affected;
}
