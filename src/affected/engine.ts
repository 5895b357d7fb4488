// The affected-members engine (pure). Owned by the affected-engine helper;
// these types are the contract the report and the shells rely on.
import { parseLock, type Lock } from '../workspace/lockfile.js';
import type { Workspace } from '../workspace/types.js';
import { compileGlobs } from '../workspace/globs.js';
import { causeWalker, dependentsOf, hasInstallers, installGraph, type DependencyPath, type InstallGraph } from '../workspace/closure.js';
import { effectiveGlobs } from '../workspace/outside.js';
import { claimPaths, join, listed } from './claims.js';
import { attributeLockChange } from '../workspace/lockdiff.js';
import { NO_SYNC_ARGS, type SyncArgs } from '../workspace/selection.js';
import { formatError } from '../errors.js';
import type { LockPackageChange, Reason } from './reasons.js';

export type { Reason } from './reasons.js';
import { reachOf, type Surface } from '../workspace/surface.js';
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
   * Changed paths inside the repository that no member owns, no input of a
   * member claims and no global trigger names (after `ignore`), sorted: they
   * affect no member, and the report says so. Absent when no change list was
   * read (the `packages` input, no base).
   */
  unowned?: string[];
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
  /** User globs (`ignore`, `global` inputs), matched against repository-relative paths; the root's `[tool.uv-workspace-sync]` globs add to them. */
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
   * Each member's surface (workspace/surface.ts), by name. A change
   * off a member's surface affects that member alone. Undefined (`dependents:
   * any`): every change in a member reaches the members that install it.
   */
  surfaces?: Map<string, Surface>;
}

/** How many changed members a member's reasons name before `and N more` (nearest first). */
const MAX_DEPENDENCY_REASONS = 3;
/** How many package changes a member's reasons list before `and N more`. */
const MAX_LOCK_REASONS = 3;

function normalizePath(p: string): string {
  // A `\` stays: it is part of a name on Linux and macOS, and paths.ts has
  // already read a typed one as a separator where that is what it means.
  let out = p.trim();
  while (out.startsWith('./')) out = out.slice(2);
  return out.endsWith('/') ? out.replace(/\/+$/, '') : out;
}

function dependencyReason(d: DependencyPath): Extract<Reason, { kind: 'dependency' }> {
  const direct = d.hop === d.target && d.hopExtra === '';
  return { kind: 'dependency', on: d.target, dependency: d.via, ...(direct ? {} : { via: { member: d.hop, extra: d.hopExtra } }) };
}

/** Member-relative form of a repository-relative path inside the member. */
function memberRelative(memberPath: string, p: string): string {
  return memberPath === '.' ? p : p.slice(memberPath.length + 1);
}

/**
 * How a member's changed paths reach the members that install it: some ship,
 * some are importable through its editable install only, or none reaches
 * them (no surfaces: every path ships).
 */
function reachAny(member: { name: string; path: string }, changed: string[], surfaces: Map<string, Surface> | undefined): Reach {
  const surface = surfaces?.get(member.name);
  if (!surface) return 'shipped';
  let reach: Reach;
  for (const p of changed) {
    const r = reachOf(surface, memberRelative(member.path, p));
    if (r === 'shipped') return r;
    reach ??= r;
  }
  return reach;
}
type Reach = ReturnType<typeof reachOf>;

/**
 * The one place that decides the surface reason of a changed member: why
 * its dependents are not affected (nothing it ships or exposes changed),
 * why they are although nothing it ships changed (its editable install
 * exposes the files), or why they are although the surface could not be
 * narrowed (whole directory).
 */
export function surfaceReason(surface: Surface | undefined, reach: Reach, reachesOthers: boolean, memberPath = '.'): Reason | undefined {
  if (!surface) return undefined;
  if (reach === undefined) {
    if (surface.kind === 'unpackaged') return { kind: 'off-surface', editable: true, unpackaged: surface.why };
    return { kind: 'off-surface', editable: surface.kind !== 'shipped' || surface.importable.editable };
  }
  if (reach === 'importable' && surface.kind === 'shipped' && reachesOthers) {
    const paths = surface.importable.paths.map((p) => (p === '' ? memberPath : join(memberPath, p)));
    return { kind: 'importable', ...listed(paths) };
  }
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
 * root. A path no member owns can still be an input of members (a path
 * source, a symlink's target, a declared input: workspace/outside.ts); one
 * that nothing claims affects nothing, and is listed in `unowned`.
 */
export function computeAffected(ws: Workspace, input: AffectedInput): Affected {
  const { ignore } = effectiveGlobs(ws, input);
  const ignored = ignore.length > 0 ? compileGlobs(ignore) : undefined;
  const paths = [...new Set(input.paths.map(normalizePath).filter((p) => p !== '' && !(ignored && ignored(p))))].sort();
  const lockRel = join(ws.rootPath, 'uv.lock');
  const claims = claimPaths(ws, paths, { global: input.global ?? [], lockRel });
  const allReasons: Reason[] = [...claims.global];
  let lockReasons = new Map<string, Reason[]>();
  if (paths.includes(lockRel)) {
    const outcome = attributeLock(ws, lockRel, input);
    if ('all' in outcome) allReasons.push(outcome.all);
    else lockReasons = outcome.members;
  }
  const { owned } = claims;
  const graph = installGraph(ws, input.syncArgs);
  // Causes reach the members that install them: a change on the surface (shipped or importable), or an input's.
  const reach = new Map([...owned.keys()].map((i) => [i, reachAny(ws.members[i]!, owned.get(i)!, input.surfaces)]));
  const shipping = [...owned.keys()].filter((i) => reach.get(i) !== undefined);
  const causes = [...new Set([...shipping, ...claims.inputs.keys()])].sort((a, b) => a - b);
  const deps = dependencyReasons(graph, causes);
  const all = allReasons.length > 0;
  const members: AffectedMember[] = [];
  ws.members.forEach((m, i) => {
    const changed = owned.get(i);
    // Most members of a large workspace have no reason at all: nothing is made for them.
    if (!all && !changed && !claims.inputs.has(i) && !deps.has(i) && !lockReasons.has(m.name)) return;
    const reasons: Reason[] = [...(all ? allReasons : []), ...(lockReasons.get(m.name) ?? [])];
    if (changed) {
      reasons.push({ kind: 'changed', ...listed(changed) });
      const note = surfaceReason(input.surfaces?.get(m.name), reach.get(i), hasInstallers(graph, i), m.path);
      if (note) reasons.push(note);
    }
    reasons.push(...(claims.inputs.get(i) ?? []), ...(deps.get(i) ?? []));
    if (all || reasons.length > 0) members.push({ name: m.name, path: m.path, reasons });
  });
  members.sort(by((m) => m.name));
  const result: Affected = { all, allReasons, members, unowned: claims.unowned };
  const direct = [...new Set([...owned.keys(), ...claims.inputs.keys()])].sort((a, b) => a - b);
  if (all || direct.length === 0) return result;
  // Up to MAX_PULLED_IN walks that only the action's summary and annotations
  // read: made on first read, so `affected` on the command line never makes them.
  let walked: Affected['pulledIn'];
  Object.defineProperty(result, 'pulledIn', { enumerable: true, configurable: true, get: () => (walked ??= pulledIn(graph, ws, direct, new Set(causes))) });
  return result;
}

/**
 * Every member that installs a cause (and every cause that installs
 * another), each with the changed members it installs: the nearest few as
 * reasons, then how many more. Which members: one shared reverse walk from
 * all causes; their reasons: one walk over each one's own install closure.
 */
function dependencyReasons(graph: InstallGraph, causes: readonly number[]): Map<number, Reason[]> {
  const reasons = new Map<number, Reason[]>();
  if (causes.length === 0) return reasons;
  const isCause = new Uint8Array(graph.names.length);
  for (const c of causes) isCause[c] = 1;
  const walk = causeWalker(graph, isCause, MAX_DEPENDENCY_REASONS);
  const dependents = [...dependentsOf(graph, causes).keys()].map((name) => graph.index.get(name)!);
  for (const y of [...causes, ...dependents]) {
    const { nearest, total } = walk(y);
    if (total === 0) continue;
    const list: Reason[] = nearest.map(dependencyReason);
    if (total > nearest.length) list.push({ kind: 'dependency-more', members: total - nearest.length });
    reasons.set(y, list);
  }
  return reasons;
}

/** How many changed members get their own walk for `pulledIn`; notices and the picture show fewer. */
const MAX_PULLED_IN = 100;

// One walk per changed member, so a dependent that changed too is still
// named as a dependent (the shared walk above stops at changed members). A
// member whose change reaches no one (it ships nothing, and no input of it
// changed) pulls in no one: its dependents are not affected by it, whatever
// the graph says.
function pulledIn(graph: InstallGraph, ws: Workspace, changed: readonly number[], causes: ReadonlySet<number>): NonNullable<Affected['pulledIn']> {
  const out: NonNullable<Affected['pulledIn']> = {};
  const changedNames = new Set(changed.map((i) => ws.members[i]!.name));
  for (const c of [...changed].sort((a, b) => a - b).slice(0, MAX_PULLED_IN)) {
    const paths = causes.has(c) ? dependentsOf(graph, [c]) : new Map<string, DependencyPath>();
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
