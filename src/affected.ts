// The affected-members engine (pure). Owned by the affected-engine helper;
// these types are the contract the report and the shells rely on.
import { parseLock, type Lock } from './workspace/lockfile.js';
import type { Workspace } from './workspace/types.js';
import { compileGlobs } from './workspace/globs.js';
import { dependentsOf, installGraph, type DependencyPath } from './workspace/closure.js';
import { attributeLockChange } from './workspace/lockdiff.js';
import { parseSyncSelection } from './sync-args.js';
import { formatError } from './errors.js';
import { onSurface, type Surface } from './workspace/surface.js';

export interface AffectedMember {
  name: string;
  /** Member directory relative to the repository root (`.` for the root). */
  path: string;
  /** Human-readable reasons, e.g. `changed: libs/core/src/x.py`, `depends on core (runtime)`, `uv.lock: numpy 1.26.4 -> 2.0.0`. */
  reasons: string[];
}

export interface Affected {
  /** Every member is affected (a global trigger, an unreadable base lock, no history...). */
  all: boolean;
  /** Why `all` is true. */
  allReasons: string[];
  /** Affected members sorted by name (all members when `all`). */
  members: AffectedMember[];
}


export { installClosure } from './workspace/closure.js';

export interface AffectedInput {
  /** Changed paths, relative to the repository root. */
  paths: string[];
  /** User globs (`ignore`, `global` inputs), matched against repository-relative paths. */
  ignore?: string[];
  global?: string[];
  /**
   * uv.lock text at base and head, when uv.lock is among the paths.
   * `base` undefined: no readable lock at base (every member is affected);
   * `head` undefined: the lock was deleted.
   */
  lock?: { base: string | undefined; head: string | undefined };
  /** `uv sync` arguments: extras and group flags widen or narrow the install closure. */
  syncArgs?: string[];
  /**
   * Each member's shipped surface (workspace/surface.ts), by name. A change
   * off a member's surface affects that member alone. Undefined (`dependents:
   * any`): every change in a member reaches the members that install it.
   */
  surfaces?: Map<string, Surface>;
}

/** Files in the workspace root that configure every member's environment. */
const ROOT_TRIGGERS = ['pyproject.toml', '.python-version', 'uv.toml'];
/** How many paths a reason list names before `and N more`. */
const MAX_LISTED = 3;

const join = (dir: string, file: string) => (dir === '.' ? file : `${dir}/${file}`);

function normalizePath(p: string): string {
  let out = p.trim();
  if (out.includes('\\')) out = out.replace(/\\/g, '/');
  while (out.startsWith('./')) out = out.slice(2);
  return out.endsWith('/') ? out.replace(/\/+$/, '') : out;
}

function listed(prefix: string, paths: string[], more: (n: number) => string): string[] {
  const reasons = paths.slice(0, MAX_LISTED).map((p) => `${prefix}${p}`);
  if (paths.length > MAX_LISTED) reasons.push(more(paths.length - MAX_LISTED));
  return reasons;
}

function dependencyReason(d: DependencyPath): string {
  if (d.hop === d.target && d.hopExtra === '') {
    const how = d.via.kind === 'runtime' ? 'runtime' : d.via.kind === 'extra' ? `extra ${d.via.extra}` : `group ${d.via.group}`;
    return `depends on ${d.target} (${how})`;
  }
  return `depends on ${d.target} via ${d.hop}${d.hopExtra ? `[${d.hopExtra}]` : ''}`;
}

/** Member-relative form of a repository-relative path inside the member. */
function memberRelative(memberPath: string, p: string): string {
  return memberPath === '.' ? p : p.slice(memberPath.length + 1);
}

/** Whether any of a member's changed paths is on its shipped surface (no surfaces: every path is). */
function shipsAny(member: { name: string; path: string }, changed: string[], surfaces: Map<string, Surface> | undefined): boolean {
  const surface = surfaces?.get(member.name);
  if (!surface) return true;
  return changed.some((p) => onSurface(surface, memberRelative(member.path, p)));
}

/**
 * The one place that words the surface decision for a changed member: why
 * its dependents are not affected (nothing it ships changed), or why they
 * are although the surface could not be narrowed (whole directory).
 */
export function surfaceReason(surface: Surface | undefined, ships: boolean, reachesOthers: boolean): string | undefined {
  if (!surface) return undefined;
  if (!ships) {
    return surface.kind === 'unpackaged'
      ? `not shipped: uv installs no files of this member in other members (${surface.why})`
      : 'not shipped (tests/docs only): no other member installs these paths';
  }
  if (surface.kind === 'whole' && reachesOthers) return `whole directory counts as shipped: ${surface.why}`;
  return undefined;
}

type LockOutcome = { all: string } | { members: Map<string, string[]> };

function attributeLock(ws: Workspace, lockRel: string, input: AffectedInput): LockOutcome {
  if (!input.lock) return { all: `${lockRel} changed (lock at base not available)` };
  if (input.lock.head === undefined) return { all: `${lockRel} was removed` };
  if (input.lock.base === undefined) return { all: `${lockRel} changed (no readable lock at base)` };
  let base: Lock;
  let head: Lock;
  try {
    base = parseLock(input.lock.base, `${lockRel} at base`);
  } catch (error) {
    return { all: `${lockRel} at base could not be read: ${formatError(error)}` };
  }
  try {
    head = parseLock(input.lock.head, lockRel);
  } catch (error) {
    return { all: `${lockRel} could not be read: ${formatError(error)}` };
  }
  return { members: attributeLockChange(base, head, ws.members, parseSyncSelection(input.syncArgs)) };
}

/**
 * Which members a change affects, and why. Pure: everything it needs is in
 * `ws` and `input`. See DESIGN.md "Semantics that users rely on".
 *
 * Ownership follows uv's model of a project: a member is its directory, so a
 * path belongs to the deepest member directory that contains it (component by
 * component). A project root's package is built from the workspace root, so
 * the root owns what no deeper member owns, but only below the workspace
 * root; paths outside the workspace root (and, with a virtual root, outside
 * every member) affect nothing.
 */
export function computeAffected(ws: Workspace, input: AffectedInput): Affected {
  const ignored = input.ignore && input.ignore.length > 0 ? compileGlobs(input.ignore) : undefined;
  const globalMatch = input.global && input.global.length > 0 ? compileGlobs(input.global) : undefined;
  const paths = [...new Set(input.paths.map(normalizePath).filter((p) => p !== '' && !(ignored && ignored(p))))].sort();

  const allReasons: string[] = [];
  const rootTriggers = new Set(ROOT_TRIGGERS.map((f) => join(ws.rootPath, f)));
  allReasons.push(...listed('global: ', paths.filter((p) => rootTriggers.has(p)).map((p) => `${p} changed`), (n) => `global: and ${n} more`));
  if (globalMatch) {
    const hits = paths.filter((p) => !rootTriggers.has(p) && globalMatch(p));
    allReasons.push(...listed('global: ', hits.map((p) => `${p} changed (global input)`), (n) => `global: and ${n} more files (global input)`));
  }

  const lockRel = join(ws.rootPath, 'uv.lock');
  let lockReasons = new Map<string, string[]>();
  if (paths.includes(lockRel)) {
    const outcome = attributeLock(ws, lockRel, input);
    if ('all' in outcome) allReasons.push(outcome.all);
    else lockReasons = outcome.members;
  }

  // Ownership: deepest member directory that is a prefix of the path.
  const byPath = new Map(ws.members.map((m, i) => [m.path, i]));
  const rootMember = ws.virtualRoot ? undefined : ws.members.findIndex((m) => m.isRoot);
  const owned = new Map<number, string[]>();
  for (const p of paths) {
    if (p === lockRel) continue;
    // The path itself (a submodule gitlink is a member directory), then each parent directory.
    let owner = byPath.get(p);
    for (let cut = p.lastIndexOf('/'); owner === undefined && cut > 0; cut = p.lastIndexOf('/', cut - 1)) owner = byPath.get(p.slice(0, cut));
    if (owner === undefined && rootMember !== undefined && rootMember >= 0 && ws.rootPath === '.') owner = rootMember;
    if (owner === undefined) continue;
    let list = owned.get(owner);
    if (!list) owned.set(owner, (list = []));
    list.push(p);
  }

  const graph = installGraph(ws, input.syncArgs ?? []);
  const shipping = [...owned.keys()].filter((i) => shipsAny(ws.members[i]!, owned.get(i)!, input.surfaces));
  const dependents = dependentsOf(graph, shipping);
  const shippingSet = new Set(shipping);
  const reached = new Set([...dependents.values()].map((d) => d.target));
  const all = allReasons.length > 0;
  const members: AffectedMember[] = [];
  ws.members.forEach((m, i) => {
    const reasons: string[] = [...(all ? allReasons : []), ...(lockReasons.get(m.name) ?? [])];
    const changed = owned.get(i);
    if (changed) {
      reasons.push(...listed('changed: ', changed, (n) => `changed: and ${n} more files`));
      const note = surfaceReason(input.surfaces?.get(m.name), shippingSet.has(i), reached.has(m.name));
      if (note) reasons.push(note);
    }
    const dep = dependents.get(m.name);
    if (dep) reasons.push(dependencyReason(dep));
    if (all || reasons.length > 0) members.push({ name: m.name, path: m.path, reasons });
  });
  members.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return { all, allReasons, members };
}
