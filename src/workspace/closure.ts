// The install closure: which members `uv sync --package Y` installs.
//
// The graph is over install states, not members, because what uv installs of
// a member depends on the extras asked of it:
//   root(Y)   the sync of Y itself: Y, its selected extras, its selected groups
//   base(X)   X is installed: its runtime dependencies follow
//   X[e]      extra e of X is installed: X itself and the extra's dependencies
// Groups are only ever followed from root(Y): uv installs the groups of the
// package it syncs, never those of the members it pulls in. Cycles (through
// extras, groups or plain runtime deps) need no special case: every walk marks
// what it has seen.
import { groupSelected, NO_SYNC_ARGS, rootGroupSelected, selectedExtras, type SyncArgs, type SyncSelection } from './selection.js';
import type { Edge, Workspace } from './types.js';
import { forEachReachable } from './reach.js';

/** How root(Y) or a state reaches the next one; used to explain a dependency. */
export type Via = { kind: 'runtime' } | { kind: 'extra'; extra: string } | { kind: 'group'; group: string };

export interface InstallGraph {
  /** Member names in workspace order; member i has root state i and base state n + i. */
  names: string[];
  index: Map<string, number>;
  /** State → member index. */
  memberOf: number[];
  /** State → extra name (`''` for root and base states). */
  extraOf: string[];
  /** Forward adjacency (state → states), deduplicated, in a deterministic order. */
  out: number[][];
  /** Reverse adjacency. */
  in: number[][];
  /** `member * names.length + to` → the (first) selected group through which root(member) reaches `to` (a number: no key string for each of thousands of group edges). */
  rootGroups: Map<number, string>;
}

const rootState = (g: InstallGraph, member: number): number => member;
const baseState = (g: InstallGraph, member: number): number => g.names.length + member;

/** Builds the state graph for a workspace and the install selection of `sync-args`. */
function buildInstallGraph(ws: Workspace, syncArgs: SyncArgs): InstallGraph {
  return buildWithSelection(ws, syncArgs.selection);
}

/**
 * The states of the graph: root(i) and base(i) for each member i, then one
 * state per (member, extra) made on first use; `out` holds the edges.
 */
function newStates(n: number) {
  const memberOf: number[] = [];
  const extraOf: string[] = [];
  for (let i = 0; i < 2 * n; i++) {
    memberOf.push(i % n);
    extraOf.push('');
  }
  const extraIds = new Map<string, number>();
  const out: number[][] = [];
  for (let i = 0; i < 2 * n; i++) out.push([]);
  const extraState = (member: number, extra: string): number => {
    const key = `${member}\0${extra}`;
    let id = extraIds.get(key);
    if (id === undefined) {
      id = memberOf.length;
      memberOf.push(member);
      extraOf.push(extra);
      extraIds.set(key, id);
      // Installing X[e] installs X.
      out.push([n + member]);
    }
    return id;
  };
  const link = (from: number, to: number, extras: readonly string[]) => {
    out[from]!.push(n + to);
    for (const e of extras) out[from]!.push(extraState(to, e));
  };
  return { memberOf, extraOf, out, extraState, link };
}

/**
 * Each list deduplicated in place (the builder's own arrays, compacted:
 * not a copy of each of thousands), keeping first-seen order
 * (deterministic), and the reverse edges.
 */
function finishEdges(out: number[][]): { out: number[][]; in: number[][] } {
  const stamp = new Int32Array(out.length).fill(-1);
  const inArr: number[][] = [];
  for (let from = 0; from < out.length; from++) {
    inArr.push([]);
    const list = out[from]!;
    let kept = 0;
    for (const to of list) {
      if (stamp[to] !== from) {
        stamp[to] = from;
        list[kept++] = to;
      }
    }
    list.length = kept;
  }
  for (let from = 0; from < out.length; from++) for (const to of out[from]!) inArr[to]!.push(from);
  return { out, in: inArr };
}

function buildWithSelection(ws: Workspace, sel: SyncSelection): InstallGraph {
  const names = ws.members.map((m) => m.name);
  const n = names.length;
  const index = new Map(names.map((name, i) => [name, i]));
  const { memberOf, extraOf, out, extraState, link } = newStates(n);

  const rootGroups = new Map<number, string>();
  const byFrom = new Map<string, Edge[]>();
  for (const edge of ws.edges) {
    let list = byFrom.get(edge.from);
    if (!list) byFrom.set(edge.from, (list = []));
    list.push(edge);
  }

  // The workspace root's group edges, for targets that lack the group (see selection.ts).
  const rootMember = ws.members.find((m) => m.isRoot);
  const rootGroupEdges = [...(ws.rootGroupEdges ?? []), ...(rootMember ? (byFrom.get(rootMember.name) ?? []) : [])].filter((e) =>
    e.kind.startsWith('group:'),
  );
  const recordGroup = (i: number, to: number, group: string) => {
    const key = i * n + to;
    const known = rootGroups.get(key);
    if (known === undefined || group < known) rootGroups.set(key, group);
  };

  for (let i = 0; i < n; i++) {
    const member = ws.members[i]!;
    if (!member.isRoot) {
      for (const edge of rootGroupEdges) {
        const group = edge.kind.slice(6);
        const to = index.get(edge.to);
        if (to === undefined || member.groups.includes(group) || !rootGroupSelected(sel, group)) continue;
        link(i, to, edge.extras);
        recordGroup(i, to, group);
      }
    }
    if (!sel.onlyGroups) out[i]!.push(n + i);
    for (const e of selectedExtras(sel, member)) out[i]!.push(extraState(i, e));
    for (const edge of byFrom.get(member.name) ?? []) {
      const to = index.get(edge.to);
      if (to === undefined) continue; // a lock edge to a member missing from the checkout
      if (edge.kind === 'runtime') link(n + i, to, edge.extras);
      else if (edge.kind.startsWith('extra:')) link(extraState(i, edge.kind.slice(6)), to, edge.extras);
      else {
        const group = edge.kind.slice(6);
        if (!groupSelected(sel, member, group)) continue;
        link(i, to, edge.extras);
        recordGroup(i, to, group);
      }
    }
  }
  return { names, index, memberOf, extraOf, ...finishEdges(out), rootGroups };
}

const graphCache = new WeakMap<Workspace, Map<string, InstallGraph>>();

/** The graph for (ws, syncArgs), built once per workspace object and argument list. */
export function installGraph(ws: Workspace, syncArgs: SyncArgs = NO_SYNC_ARGS): InstallGraph {
  let perArgs = graphCache.get(ws);
  if (!perArgs) graphCache.set(ws, (perArgs = new Map()));
  const key = syncArgs.words.join('\0');
  let g = perArgs.get(key);
  if (!g) perArgs.set(key, (g = buildInstallGraph(ws, syncArgs)));
  return g;
}

/** Members reached from root(member), including the member itself. */
export function closureOf(g: InstallGraph, member: number): Set<string> {
  const members = new Set<string>([g.names[member]!]);
  forEachReachable(g.out, [rootState(g, member)], (s) => members.add(g.names[g.memberOf[s]!]!));
  return members;
}

/**
 * The members `uv sync --package <member>` installs (the member included),
 * given the `uv sync` arguments. Throws for a name that is not a member.
 */
export function installClosure(ws: Workspace, member: string, syncArgs: SyncArgs = NO_SYNC_ARGS): Set<string> {
  const g = installGraph(ws, syncArgs);
  const i = g.index.get(member);
  if (i === undefined) throw new Error(`installClosure: '${member}' is not a member of the workspace at ${ws.rootPath}`);
  return closureOf(g, i);
}

/** How one dependent reaches the nearest changed member. */
export interface DependencyPath {
  /** The changed member. */
  target: string;
  /** The first member after the dependent on the way, with the extra asked of it (`''` for none). */
  hop: string;
  hopExtra: string;
  /** How the dependent reaches `hop`. */
  via: Via;
}

/**
 * Every member whose install closure contains one of `changed` (member
 * indices), each with the path to the nearest changed member. One reverse
 * breadth-first walk from all changed members at once: linear in the graph,
 * however many paths changed. Changed members themselves are not in the result.
 */
export function dependentsOf(g: InstallGraph, changed: readonly number[]): Map<string, DependencyPath> {
  const n = g.names.length;
  // next[s] is the state one step closer to a changed member.
  const next = new Int32Array(g.out.length).fill(-2);
  const queue: number[] = [];
  const isChanged = new Uint8Array(n);
  for (const c of [...changed].sort((a, b) => a - b)) {
    isChanged[c] = 1;
    const s = baseState(g, c);
    if (next[s] === -2) {
      next[s] = -1;
      queue.push(s);
    }
  }
  for (let head = 0; head < queue.length; head++) {
    const s = queue[head]!;
    for (const p of g.in[s]!) {
      if (next[p] === -2) {
        next[p] = s;
        queue.push(p);
      }
    }
  }
  const result = new Map<string, DependencyPath>();
  for (let y = 0; y < n; y++) {
    if (isChanged[y] || next[y]! === -2) continue;
    // Walk from root(y) past y's own states to the first state of another member.
    let prev = y;
    let s = next[y]!;
    while (s >= 0 && g.memberOf[s] === y) {
      prev = s;
      s = next[s]!;
    }
    if (s < 0) continue; // cannot happen: y is not changed
    const hopMember = g.memberOf[s]!;
    let target = s;
    while (next[target]! >= 0) target = next[target]!;
    const hop = g.names[hopMember]!;
    result.set(g.names[y]!, {
      target: g.names[g.memberOf[target]!]!,
      hop,
      hopExtra: g.extraOf[s]!,
      via: describeVia(g, y, prev, hopMember),
    });
  }
  return result;
}

/**
 * A walk per member over what its sync installs, for the reasons: the
 * members of `isCause` (by index) that `uv sync --package <y>` installs,
 * other than y: the nearest `limit` with the path to each, and how many in
 * all. One breadth-first walk over y's install closure; the buffers are
 * shared between the calls.
 */
export function causeWalker(g: InstallGraph, isCause: Uint8Array, limit: number): (y: number) => { nearest: DependencyPath[]; total: number } {
  const states = g.out.length;
  const seen = new Int32Array(states);
  // For a state reached: the first state of another member on the way to it, and y's own state before that.
  const hop = new Int32Array(states);
  const from = new Int32Array(states);
  const queue = new Int32Array(states);
  let walk = 0;
  return (y) => {
    const nearest: DependencyPath[] = [];
    let total = 0;
    let tail = 0;
    walk++;
    seen[rootState(g, y)] = walk;
    hop[rootState(g, y)] = -1;
    queue[tail++] = rootState(g, y);
    for (let head = 0; head < tail; head++) {
      const s = queue[head]!;
      for (const t of g.out[s]!) {
        if (seen[t] === walk) continue;
        seen[t] = walk;
        queue[tail++] = t;
        const m = g.memberOf[t]!;
        // Still y's own states (its root, base, extras): no hop yet; the first other member's state is the hop.
        const leaving = hop[s] === -1;
        hop[t] = m === y ? -1 : leaving ? t : hop[s]!;
        from[t] = leaving ? s : from[s]!;
        if (m === y || !isCause[m] || t !== baseState(g, m)) continue;
        if (++total > limit) continue;
        const h = hop[t]!;
        nearest.push({ target: g.names[m]!, hop: g.names[g.memberOf[h]!]!, hopExtra: g.extraOf[h]!, via: describeVia(g, y, from[t]!, g.memberOf[h]!) });
      }
    }
    return { nearest, total };
  };
}

/** One hop of an install chain: `member`'s sync (or install) installs `installs` (with `extra` asked of it), through an edge of this kind. */
export interface ChainHop {
  member: string;
  installs: string;
  extra: string;
  via: Via;
}

/**
 * How `uv sync --package <from>` comes to install `to` (member indices): the
 * hops of one shortest path through the install states, from `from` on;
 * undefined when it does not install it.
 */
export function installChain(g: InstallGraph, from: number, to: number): ChainHop[] | undefined {
  const parent = new Int32Array(g.out.length).fill(-2);
  const start = rootState(g, from);
  parent[start] = -1;
  const queue = [start];
  for (let head = 0; head < queue.length && parent[baseState(g, to)] === -2; head++) {
    for (const t of g.out[queue[head]!]!) {
      if (parent[t] !== -2) continue;
      parent[t] = queue[head]!;
      queue.push(t);
    }
  }
  if (parent[baseState(g, to)] === -2) return undefined;
  const states: number[] = [];
  for (let s = baseState(g, to); s >= 0; s = parent[s]!) states.unshift(s);
  const hops: ChainHop[] = [];
  // A hop where the member changes; the state left is the holder's own (its base, an extra, or its root).
  for (let i = 1; i < states.length; i++) {
    const [a, b] = [states[i - 1]!, states[i]!];
    const [ma, mb] = [g.memberOf[a]!, g.memberOf[b]!];
    if (ma === mb) continue;
    hops.push({ member: g.names[ma]!, installs: g.names[mb]!, extra: g.extraOf[b]!, via: describeVia(g, ma, a, mb) });
  }
  return hops;
}

/** Does another member's sync install `member` (directly, or through an extra asked of it)? */
export function hasInstallers(g: InstallGraph, member: number): boolean {
  for (const s of g.in[baseState(g, member)]!) {
    if (g.memberOf[s] !== member) return true;
    // An extra of the member installs it; who asks for the extra?
    if (s !== rootState(g, member) && s !== baseState(g, member) && g.in[s]!.some((p) => g.memberOf[p] !== member)) return true;
  }
  return false;
}

// The kind of y's own edge that leads to the hop.
function describeVia(g: InstallGraph, y: number, from: number, hop: number): Via {
  if (from === baseState(g, y)) return { kind: 'runtime' };
  if (from !== rootState(g, y)) return { kind: 'extra', extra: g.extraOf[from]! };
  // A group edge was the shortest way, but a runtime edge is the plainer story.
  if (g.out[baseState(g, y)]!.includes(baseState(g, hop))) return { kind: 'runtime' };
  return { kind: 'group', group: g.rootGroups.get(y * g.names.length + hop) ?? '' };
}
