// The affected-members engine (pure). Owned by the affected-engine helper;
// these types are the contract the report and the shells rely on.
import { parseLock, type Lock } from '../workspace/lockfile.js';
import type { Workspace } from '../workspace/types.js';
import { compileGlobs } from '../workspace/globs.js';
import { dependentsOf, installGraph, type DependencyPath } from '../workspace/closure.js';
import { attributeLockChange } from '../workspace/lockdiff.js';
import { NO_SYNC_ARGS, type SyncArgs } from '../workspace/selection.js';
import { formatError } from '../errors.js';
import type { LockPackageChange, Reason } from './reasons.js';

export type { Reason } from './reasons.js';
import { onSurface, type Surface } from '../workspace/surface.js';
import { by } from '../text.js';

export interface AffectedMember {
  name: string;
  /** Member directory relative to the repository root (`.` for the root). */
  path: string;
  /** Why, as data; `reasonsText` (reasons.ts) gives the words (`changed: libs/core/src/x.py`, `depends on core (runtime)`). */
  reasons: Reason[];
}

export interface Affected {
  /** Every member is affected (a global trigger, an unreadable base lock, no history...). */
  all: boolean;
  /** Why `all` is true. */
  allReasons: Reason[];
  /** Affected members sorted by name (all members when `all`). */
  members: AffectedMember[];
  /**
   * For each member whose own files changed: every other member its change
   * affects, i.e. every member that installs it when the change ships
   * something (none when it ships nothing), whether or not that one changed
   * too (sorted), and for those that did change, how (so a picture can draw
   * the edge). Absent when `all`.
   */
  pulledIn?: Record<string, { member: string; changed: boolean; reason?: Extract<Reason, { kind: 'dependency' }> }[]>;
}


export { installClosure } from '../workspace/closure.js';

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
  syncArgs?: SyncArgs;
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
/** How many package changes a member's reasons list before `and N more`. */
const MAX_LOCK_REASONS = 3;

const join = (dir: string, file: string) => (dir === '.' ? file : `${dir}/${file}`);

function normalizePath(p: string): string {
  let out = p.trim();
  if (out.includes('\\')) out = out.replace(/\\/g, '/');
  while (out.startsWith('./')) out = out.slice(2);
  return out.endsWith('/') ? out.replace(/\/+$/, '') : out;
}

function listed(paths: string[]): { paths: string[]; more: number } {
  return { paths: paths.slice(0, MAX_LISTED), more: Math.max(0, paths.length - MAX_LISTED) };
}

function dependencyReason(d: DependencyPath): Extract<Reason, { kind: 'dependency' }> {
  const direct = d.hop === d.target && d.hopExtra === '';
  return { kind: 'dependency', on: d.target, dependency: d.via, ...(direct ? {} : { via: { member: d.hop, extra: d.hopExtra } }) };
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
 * The one place that decides the surface reason of a changed member: why
 * its dependents are not affected (nothing it ships changed), or why they
 * are although the surface could not be narrowed (whole directory).
 */
export function surfaceReason(surface: Surface | undefined, ships: boolean, reachesOthers: boolean): Reason | undefined {
  if (!surface) return undefined;
  if (!ships) return surface.kind === 'unpackaged' ? { kind: 'not-shipped', unpackaged: surface.why } : { kind: 'not-shipped' };
  if (surface.kind === 'whole' && reachesOthers) return { kind: 'whole-surface', why: surface.why };
  return undefined;
}

type LockOutcome = { all: Reason } | { members: Map<string, Reason[]> };

function attributeLock(ws: Workspace, lockRel: string, input: AffectedInput): LockOutcome {
  const unattributed = (problem: Extract<Reason, { kind: 'lock-unattributed' }>['problem'], error?: unknown): LockOutcome => ({
    all: { kind: 'lock-unattributed', file: lockRel, problem, ...(error === undefined ? {} : { error: formatError(error) }) },
  });
  if (!input.lock) return unattributed('no-base-input');
  if (input.lock.head === undefined) return unattributed('removed');
  if (input.lock.base === undefined) return unattributed('no-base-lock');
  let base: Lock;
  let head: Lock;
  try {
    base = parseLock(input.lock.base, `${lockRel} at base`);
  } catch (error) {
    return unattributed('base-unreadable', error);
  }
  try {
    head = parseLock(input.lock.head, lockRel);
  } catch (error) {
    return unattributed('head-unreadable', error);
  }
  const changes = attributeLockChange(base, head, ws.members, (input.syncArgs ?? NO_SYNC_ARGS).selection);
  return { members: new Map([...changes].map(([name, change]) => [name, lockReasons(change)])) };
}

/**
 * Which members a change affects, and why. Pure: everything it needs is in
 * `ws` and `input`. The README's "What counts as affected" is the contract.
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

  const allReasons: Reason[] = [];
  const rootTriggers = new Set(ROOT_TRIGGERS.map((f) => join(ws.rootPath, f)));
  const rootHits = paths.filter((p) => rootTriggers.has(p));
  if (rootHits.length > 0) allReasons.push({ kind: 'global', source: 'root', ...listed(rootHits) });
  if (globalMatch) {
    const hits = paths.filter((p) => !rootTriggers.has(p) && globalMatch(p));
    if (hits.length > 0) allReasons.push({ kind: 'global', source: 'input', ...listed(hits) });
  }

  const lockRel = join(ws.rootPath, 'uv.lock');
  let lockReasons = new Map<string, Reason[]>();
  if (paths.includes(lockRel)) {
    const outcome = attributeLock(ws, lockRel, input);
    if ('all' in outcome) allReasons.push(outcome.all);
    else lockReasons = outcome.members;
  }

  const owned = ownedPaths(ws, paths, lockRel);

  const graph = installGraph(ws, input.syncArgs);
  const shipping = [...owned.keys()].filter((i) => shipsAny(ws.members[i]!, owned.get(i)!, input.surfaces));
  const dependents = dependentsOf(graph, shipping);
  const shippingSet = new Set(shipping);
  const reached = new Set([...dependents.values()].map((d) => d.target));
  const all = allReasons.length > 0;
  const members: AffectedMember[] = [];
  ws.members.forEach((m, i) => {
    const reasons: Reason[] = [...(all ? allReasons : []), ...(lockReasons.get(m.name) ?? [])];
    const changed = owned.get(i);
    if (changed) {
      reasons.push({ kind: 'changed', ...listed(changed) });
      const note = surfaceReason(input.surfaces?.get(m.name), shippingSet.has(i), reached.has(m.name));
      if (note) reasons.push(note);
    }
    const dep = dependents.get(m.name);
    if (dep) reasons.push(dependencyReason(dep));
    if (all || reasons.length > 0) members.push({ name: m.name, path: m.path, reasons });
  });
  members.sort(by((m) => m.name));
  const result: Affected = { all, allReasons, members };
  if (all || owned.size === 0) return result;
  // Up to MAX_PULLED_IN walks that only the action's summary and annotations
  // read: made on first read, so `affected` on the command line never makes them.
  let walked: Affected['pulledIn'];
  Object.defineProperty(result, 'pulledIn', {
    enumerable: true,
    configurable: true,
    get: () => (walked ??= pulledIn(graph, ws, [...owned.keys()], shippingSet)),
  });
  return result;
}

/**
 * Changed paths by owning member index: the deepest member directory that is
 * a prefix of the path (uv.lock is attributed separately, never owned).
 */
function ownedPaths(ws: Workspace, paths: readonly string[], lockRel: string): Map<number, string[]> {
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
  return owned;
}

/** How many changed members get their own walk for `pulledIn`; notices and the picture show fewer. */
const MAX_PULLED_IN = 100;

// One walk per changed member, so a dependent that changed too is still
// named as a dependent (the shared walk above stops at changed members). A
// member whose change ships nothing pulls in no one: its dependents are not
// affected by it, whatever the graph says.
function pulledIn(graph: ReturnType<typeof installGraph>, ws: Workspace, changed: number[], shipping: ReadonlySet<number>): NonNullable<Affected['pulledIn']> {
  const out: NonNullable<Affected['pulledIn']> = {};
  const changedNames = new Set(changed.map((i) => ws.members[i]!.name));
  for (const c of [...changed].sort((a, b) => a - b).slice(0, MAX_PULLED_IN)) {
    const paths = shipping.has(c) ? dependentsOf(graph, [c]) : new Map<string, DependencyPath>();
    out[ws.members[c]!.name] = [...paths.keys()].sort().map((member) =>
      changedNames.has(member) ? { member, changed: true, reason: dependencyReason(paths.get(member)!) } : { member, changed: false },
    );
  }
  return out;
}

/** One reason per changed package, the first few, then how many more. */
function lockReasons(change: { membership?: 'added' | 'removed'; packages: LockPackageChange[] }): Reason[] {
  if (change.membership) return [{ kind: 'lock-membership', added: change.membership === 'added' }];
  const reasons: Reason[] = change.packages.slice(0, MAX_LOCK_REASONS).map((c) => ({ kind: 'lock', change: c }));
  if (change.packages.length > MAX_LOCK_REASONS) reasons.push({ kind: 'lock-more', packages: change.packages.length - MAX_LOCK_REASONS });
  return reasons;
}
