// uv.lock attribution (pure): which members does a lock change reach?
//
// A member is affected by a lock change exactly when the set of packages
// `uv sync --package <member>` installs differs between the two locks, where a
// package is its (name, version, source). That set is read from the lock's own
// graph, starting at the member's lock entry: its `dependencies`, the
// `optional-dependencies` of every extra asked of a package on the way, the
// member's selected extras and its own selected `dev-dependencies` groups.
// A virtual root's groups (`[manifest.dependency-groups]`) are not followed:
// the lock keeps them as requirements, not as resolved packages.
// Markers are ignored: a package locked for any platform counts, which can
// only mark more members, never fewer.
import type { Lock, LockDependency } from './lockfile.js';
import type { Member } from './types.js';
import { groupSelected, rootGroupSelected, selectedExtras, type SyncSelection } from './selection.js';
import { forEachReachable } from './reach.js';
import { ownEntry } from './pyproject.js';

interface LockGraph {
  lock: Lock;
  byName: Map<string, number[]>;
  /** State → package index; states 0..packages-1 are the packages themselves, then (package, extra) states. */
  pkgOf: number[];
  out: number[][];
  /** The (package, extra) state, made on first use. */
  extraState: (pkg: number, extra: string) => number;
  /** States a list of lock dependencies leads to. */
  resolve: (deps: readonly LockDependency[]) => number[];
  /** Gives every state made since the last call its edges (which may make more). */
  settle: () => void;
  identity: string[];
}

/** Lock entries by package name (a forked lock has several per name). */
function entriesByName(lock: Lock): Map<string, number[]> {
  const byName = new Map<string, number[]>();
  lock.packages.forEach((p, i) => {
    const list = byName.get(p.name);
    if (list) list.push(i);
    else byName.set(p.name, [i]);
  });
  return byName;
}

function buildLockGraph(lock: Lock): LockGraph {
  const byName = entriesByName(lock);
  const pkgOf = lock.packages.map((_, i) => i);
  const extraOf: string[] = lock.packages.map(() => '');
  const out: number[][] = lock.packages.map(() => []);
  const extraIds = new Map<string, number>();
  const pending: number[] = [];

  const extraState = (pkg: number, extra: string): number => {
    const key = `${pkg}\0${extra}`;
    let id = extraIds.get(key);
    if (id === undefined) {
      id = pkgOf.length;
      pkgOf.push(pkg);
      extraOf.push(extra);
      out.push([]);
      extraIds.set(key, id);
      pending.push(id);
    }
    return id;
  };
  const resolve = (deps: readonly LockDependency[]): number[] => {
    const targets: number[] = [];
    for (const dep of deps) {
      for (const id of byName.get(dep.name) ?? []) {
        const pkg = lock.packages[id]!;
        // Forked locks name the exact version (and source) a dependency uses.
        if (dep.version !== undefined && pkg.version !== dep.version) continue;
        if (dep.source !== undefined && pkg.source !== dep.source) continue;
        targets.push(id);
        for (const e of dep.extras) targets.push(extraState(id, e));
      }
    }
    return targets;
  };
  const settle = () => {
    while (pending.length > 0) {
      const s = pending.pop()!;
      const pkg = lock.packages[pkgOf[s]!]!;
      // Installing an extra installs the package itself.
      out[s] = [pkgOf[s]!, ...resolve(ownEntry(pkg.optionalDependencies, extraOf[s]!) ?? [])];
    }
  };
  lock.packages.forEach((p, i) => {
    out[i] = resolve(p.dependencies);
  });
  settle();
  // A local file's hash is part of what is installed: a rebuild with the same name and version is another install.
  const identity = lock.packages.map((p) => `${p.name}\0${p.version ?? ''}\0${p.source}${p.hash === undefined ? '' : `\0${p.hash}`}`);
  return { lock, byName, pkgOf, out, extraState, resolve, settle, identity };
}

/** The lock entry of a workspace member: the local (editable, virtual, directory) one when names repeat. */
function memberPackage(g: LockGraph, name: string): number | undefined {
  const ids = g.byName.get(name) ?? [];
  return ids.find((id) => !/^(registry|url|git)=/.test(g.lock.packages[id]!.source)) ?? ids[0];
}

/** Identities (`name\0version\0source`) of what `uv sync --package member` installs according to this lock. */
function memberClosure(g: LockGraph, member: Member, sel: SyncSelection, rootName: string | undefined): Set<string> {
  const result = new Set<string>();
  const root = memberPackage(g, member.name);
  if (root === undefined) return result;
  const pkg = g.lock.packages[root]!;
  const starts: number[] = [];
  if (!sel.onlyGroups) starts.push(root);
  const extras = selectedExtras(sel, { ...member, extras: Object.keys(pkg.optionalDependencies) });
  for (const e of extras) starts.push(g.extraState(root, e));
  for (const [group, deps] of Object.entries(pkg.devDependencies)) {
    if (groupSelected(sel, member, group)) starts.push(...g.resolve(deps));
  }
  // Explicitly asked groups the member lacks come from a project root (see selection.ts).
  const rootPkg = rootName !== undefined && rootName !== member.name ? memberPackage(g, rootName) : undefined;
  if (rootPkg !== undefined) {
    for (const [group, deps] of Object.entries(g.lock.packages[rootPkg]!.devDependencies)) {
      if (!(group in pkg.devDependencies) && !member.groups.includes(group) && rootGroupSelected(sel, group)) starts.push(...g.resolve(deps));
    }
  }
  g.settle();
  forEachReachable(g.out, starts, (s) => result.add(g.identity[g.pkgOf[s]!]!));
  return result;
}

/** Versions of a package's lock entries (`(dynamic)` when the lock records none), deduplicated and sorted. */
function versions(ids: string[]): string[] {
  return [...new Set(ids.map((id) => id.split('\0')[1] || '(dynamic)'))].sort();
}

/** What changed for one member between two locks: its membership, or the packages it installs (sorted by name). */
export interface MemberLockChange {
  membership?: 'added' | 'removed';
  /** `rebuilt`: the same name, version and source, with another local file hash. */
  packages: { package: string; base: string[]; head: string[]; rebuilt?: true }[];
}

/** Identities without a local file's hash. */
const withoutHash = (ids: readonly string[]) => [...new Set(ids.map((id) => id.split('\0').slice(0, 3).join('\0')))].sort().join('\n');

/**
 * Members (of `members`, the workspace at head) whose installed packages
 * differ between the base and head locks, with each changed package and its
 * versions on both sides (the affected engine turns them into reasons).
 */
export function attributeLockChange(base: Lock, head: Lock, members: readonly Member[], sel: SyncSelection): Map<string, MemberLockChange> {
  const bg = buildLockGraph(base);
  const hg = buildLockGraph(head);
  const baseMembers = new Set(base.members);
  const headMembers = new Set(head.members);
  const result = new Map<string, MemberLockChange>();
  const rootName = members.find((m) => m.isRoot)?.name;
  for (const member of members) {
    if (headMembers.has(member.name) !== baseMembers.has(member.name)) {
      result.set(member.name, { membership: headMembers.has(member.name) ? 'added' : 'removed', packages: [] });
      continue;
    }
    const b = memberClosure(bg, member, sel, rootName);
    const h = memberClosure(hg, member, sel, rootName);
    if (b.size === h.size && [...b].every((id) => h.has(id))) continue;
    const byName = new Map<string, { base: string[]; head: string[] }>();
    const entry = (id: string) => {
      const name = id.slice(0, id.indexOf('\0'));
      let e = byName.get(name);
      if (!e) byName.set(name, (e = { base: [], head: [] }));
      return e;
    };
    for (const id of b) if (!h.has(id)) entry(id).base.push(id);
    for (const id of h) if (!b.has(id)) entry(id).head.push(id);
    // A name present on both sides but changed only on one (a fork added) still lists both sides.
    for (const [name, e] of byName) {
      for (const id of b) if (h.has(id) && id.startsWith(`${name}\0`)) e.base.push(id), e.head.push(id);
    }
    const names = [...byName.keys()].sort();
    result.set(member.name, {
      packages: names.map((name) => {
        const { base: b, head: h } = byName.get(name)!;
        return { package: name, base: versions(b), head: versions(h), ...(withoutHash(b) === withoutHash(h) ? { rebuilt: true as const } : {}) };
      }),
    });
  }
  return result;
}

/** What one member installs according to a lock, for its fingerprint. */
export interface LockedClosure {
  /** The lock lists the member in `[manifest].members`. */
  listed: boolean;
  /** `name\0version\0source` of every package `uv sync --package <member>` installs, sorted. */
  packages: string[];
}

/**
 * Each member's locked closure: the same sets `attributeLockChange` compares,
 * so a fingerprint over them changes exactly when lock attribution marks the member.
 */
export function lockedClosures(lock: Lock, members: readonly Member[], sel: SyncSelection): Map<string, LockedClosure> {
  const listed = new Set(lock.members);
  const result = new Map<string, LockedClosure>();
  for (const [name, closure] of closuresIn(lock, members, sel, () => true)) {
    result.set(name, { listed: listed.has(name), packages: [...closure].sort() });
  }
  return result;
}

/**
 * How many packages (members and third-party, as the lock pins them)
 * `uv sync --package m` installs, for each of `names`: what a matrix leg
 * that syncs `m` pays for.
 */
export function lockedClosureSizes(lock: Lock, members: readonly Member[], names: readonly string[], sel: SyncSelection): Map<string, number> {
  const wanted = new Set(names);
  const sizes = new Map<string, number>();
  for (const [name, closure] of closuresIn(lock, members, sel, (m) => wanted.has(m.name))) sizes.set(name, closure.size);
  return sizes;
}

/** The locked closure of each member `wanted` picks, by name: one graph, one walk per member. */
function closuresIn(lock: Lock, members: readonly Member[], sel: SyncSelection, wanted: (m: Member) => boolean): Map<string, Set<string>> {
  const g = buildLockGraph(lock);
  const rootName = members.find((m) => m.isRoot)?.name;
  const out = new Map<string, Set<string>>();
  for (const member of members) if (wanted(member)) out.set(member.name, memberClosure(g, member, sel, rootName));
  return out;
}
