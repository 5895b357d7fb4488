// A picture of why (pure): a Mermaid flowchart of the members whose own files
// changed and the dependents they pull in, each edge labelled with the kind of
// dependency. GitHub renders ```mermaid blocks in job summaries. Past a size a
// person can read, dependents that hang off the same member the same way fold
// into one node per top-level directory ("72 members in livekit-plugins/").
import type { AffectedMember } from '../affected/engine.js';
import { isOwnChange, viaText, type Reason } from '../affected/reasons.js';
import { commonDirectory } from './matrix.js';
import { by } from '../text.js';

/** Leaves of one parent with one label fold into one node from this many on. */
const FOLD_LEAVES_AT = 4;
/** Past this many nodes the graph is not drawn: it would not be read. */
export const MAX_GRAPH_NODES = 40;

type Dependency = Extract<Reason, { kind: 'dependency' }>;

interface Edge {
  from: string;
  to: string;
  label: string;
}

function kindLabel(r: Dependency): string {
  const kind = viaText(r.dependency);
  return r.via?.extra ? `${kind}, ${r.via.extra}` : kind;
}

/** Mermaid label text: member names and paths are untrusted, so only plain characters pass. */
function label(text: string): string {
  return text.replace(/[^A-Za-z0-9 ._/+,-]/g, '_');
}

export interface GraphInput {
  /** Affected members with their reasons. */
  members: readonly AffectedMember[];
  /** Affected.pulledIn: dependents of each changed member, changed ones with how. */
  pulledIn?: Record<string, { member: string; changed: boolean; reason?: Dependency }[]>;
}

/** Nodes (ids `m<i>` for members, `f<i>` for folds) and labelled edges between ids, in drawing order. */
export interface Picture {
  nodes: { id: string; text: string; changed: boolean }[];
  edges: { from: string; to: string; label: string }[];
}

/**
 * The picture of a change: the members whose own files changed and the
 * dependents they pull in, leaves folded. `isolated`: also every other
 * affected member, unlinked (the CLI's `graph --affected` draws them all;
 * the summary draws only what explains a dependency).
 */
export function affectedPicture(input: GraphInput, isolated = false): Picture {
  const changed = input.members.filter((m) => m.reasons.some(isOwnChange)).map((m) => m.name);
  const changedSet = new Set(changed);
  const paths = new Map(input.members.map((m) => [m.name, m.path]));
  const edges = collectEdges(input, changedSet);
  const { folded, foldNodes } = foldLeaves(edges, changedSet, paths);
  const ids = new Map<string, string>();
  const nodes: Picture['nodes'] = [];
  const node = (name: string): string => {
    const fold = folded.get(name);
    if (fold) return fold;
    let id = ids.get(name);
    if (!id) {
      id = `m${ids.size}`;
      ids.set(name, id);
      nodes.push({ id, text: name, changed: changedSet.has(name) });
    }
    return id;
  };
  for (const name of [...changed].sort()) node(name);
  const lines = new Map<string, Picture['edges'][number]>();
  for (const e of [...edges].sort(by((e) => e.from + e.to))) {
    const edge = { from: node(e.from), to: node(e.to), label: e.label };
    lines.set(`${edge.from} ${edge.to} ${edge.label}`, edge);
  }
  if (isolated) for (const m of input.members) node(m.name);
  return { nodes: [...nodes, ...foldNodes.map((f) => ({ id: f.id, text: f.text, changed: false }))], edges: [...lines.values()] };
}

/** The workspace itself: every member, an arrow from each to the members it names, labelled with how (runtime, extra NAME, group NAME). */
export function workspacePicture(members: readonly string[], edges: readonly { from: string; to: string; label: string }[]): Picture {
  const ids = new Map(members.map((name, i) => [name, `m${i}`]));
  const labels = new Map<string, string[]>();
  for (const e of edges) {
    const key = `${e.from}\0${e.to}`;
    labels.set(key, [...(labels.get(key) ?? []), e.label]);
  }
  return {
    nodes: members.map((name) => ({ id: ids.get(name)!, text: name, changed: false })),
    edges: [...labels].map(([key, list]) => {
      const [from, to] = key.split('\0');
      return { from: ids.get(from!)!, to: ids.get(to!)!, label: list.join(', ') };
    }),
  };
}

/** Mermaid flowchart text (no code fence). */
export function mermaidText(p: Picture): string {
  return [
    'graph LR',
    ...p.nodes.map((n) => `  ${n.id}["${label(n.text)}"]${n.changed ? ':::changed' : ''}`),
    ...p.edges.map((e) => `  ${e.from} -->|${label(e.label)}| ${e.to}`),
    ...(p.nodes.some((n) => n.changed) ? ['  classDef changed fill:#fff8c5,stroke:#9a6700,stroke-width:2px'] : []),
  ].join('\n');
}

/** Graphviz DOT text: the same nodes and edges; labels pass the same filter, so no quote or brace of a name ends one. */
export function dotText(p: Picture): string {
  return [
    'digraph workspace {',
    '  rankdir=LR;',
    '  node [shape=box];',
    ...p.nodes.map((n) => `  ${n.id} [label="${label(n.text)}"${n.changed ? ', style=filled, fillcolor="#fff8c5"' : ''}];`),
    ...p.edges.map((e) => `  ${e.from} -> ${e.to} [label="${label(e.label)}"];`),
    '}',
  ].join('\n');
}

/**
 * The ```mermaid block, or undefined when there is nothing to draw (no
 * dependent) or too much even after folding.
 */
export function mermaidGraph(input: GraphInput): string | undefined {
  const picture = affectedPicture(input);
  if (picture.edges.length === 0 || picture.nodes.length > MAX_GRAPH_NODES) return undefined;
  return ['```mermaid', mermaidText(picture), '```'].join('\n');
}

/** One edge per dependent, from the member it reaches the change through. */
function collectEdges(input: GraphInput, changedSet: ReadonlySet<string>): Edge[] {
  const edges: Edge[] = [];
  for (const m of input.members) {
    if (changedSet.has(m.name)) continue;
    const dep = m.reasons.find((r): r is Dependency => r.kind === 'dependency');
    if (dep) edges.push({ from: dep.via?.member ?? dep.on, to: m.name, label: kindLabel(dep) });
  }
  // A changed member that installs another changed member: the shared walk stops at changed members, so ask pulledIn.
  for (const [on, dependents] of Object.entries(input.pulledIn ?? {})) {
    for (const d of dependents) {
      if (d.changed && d.reason) edges.push({ from: d.reason.via?.member ?? on, to: d.member, label: kindLabel(d.reason) });
    }
  }
  return edges;
}

/** Leaves (nodes nothing hangs off) with one parent, one label and one top-level directory become one node. */
function foldLeaves(edges: Edge[], changedSet: ReadonlySet<string>, paths: ReadonlyMap<string, string>) {
  const parents = new Set(edges.map((e) => e.from));
  const groups = new Map<string, Edge[]>();
  for (const e of edges) {
    if (parents.has(e.to) || changedSet.has(e.to)) continue;
    const key = `${e.from}\0${e.label}\0${(paths.get(e.to) ?? '').split('/')[0]}`;
    groups.set(key, [...(groups.get(key) ?? []), e]);
  }
  const folded = new Map<string, string>(); // member → fold node id
  const foldNodes: { id: string; text: string }[] = [];
  for (const [, group] of groups) {
    if (group.length < FOLD_LEAVES_AT) continue;
    const id = `f${foldNodes.length}`;
    const dir = commonDirectory(group.map((e) => paths.get(e.to) ?? '.'));
    foldNodes.push({ id, text: `${group.length} members${dir === '.' ? '' : ` in ${dir}/`}` });
    for (const e of group) folded.set(e.to, id);
  }
  return { folded, foldNodes };
}
