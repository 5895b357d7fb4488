// A picture of why (pure): a Mermaid flowchart of the members whose own files
// changed and the dependents they pull in, each edge labelled with the kind of
// dependency. GitHub renders ```mermaid blocks in job summaries. Past a size a
// person can read, dependents that hang off the same member the same way fold
// into one node per top-level directory ("72 members in livekit-plugins/").
import type { AffectedMember } from '../affected/engine.js';
import { isOwnChange, type Reason } from '../affected/reasons.js';
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
  const d = r.dependency;
  const kind = d.kind === 'runtime' ? 'runtime' : d.kind === 'extra' ? `extra ${d.extra}` : `group ${d.group}`;
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

/**
 * The ```mermaid block, or undefined when there is nothing to draw (no
 * dependent) or too much even after folding.
 */
export function mermaidGraph(input: GraphInput): string | undefined {
  const changed = input.members.filter((m) => m.reasons.some(isOwnChange)).map((m) => m.name);
  const changedSet = new Set(changed);
  const paths = new Map(input.members.map((m) => [m.name, m.path]));
  const edges = collectEdges(input, changedSet);
  if (edges.length === 0) return undefined;
  const { folded, foldNodes } = foldLeaves(edges, changedSet, paths);

  const ids = new Map<string, string>();
  const nodeLines: string[] = [];
  const node = (name: string): string => {
    const fold = folded.get(name);
    if (fold) return fold;
    let id = ids.get(name);
    if (!id) {
      id = `m${ids.size}`;
      ids.set(name, id);
      nodeLines.push(`  ${id}["${label(name)}"]${changedSet.has(name) ? ':::changed' : ''}`);
    }
    return id;
  };
  for (const name of [...changed].sort()) node(name);
  const edgeLines = new Set<string>();
  for (const e of [...edges].sort(by((e) => e.from + e.to))) {
    edgeLines.add(`  ${node(e.from)} -->|${label(e.label)}| ${node(e.to)}`);
  }
  if (ids.size + foldNodes.length > MAX_GRAPH_NODES) return undefined;
  return [
    '```mermaid',
    'graph LR',
    ...nodeLines,
    ...foldNodes.map((f) => `  ${f.id}["${label(f.text)}"]`),
    ...edgeLines,
    '  classDef changed fill:#fff8c5,stroke:#9a6700,stroke-width:2px',
    '```',
  ].join('\n');
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
