// Workspace objects for the affected-engine tests: readable builders for unit
// tests and a seeded random generator for property tests. (Real workspaces
// come from loadWorkspace on the corpus.)
import path from 'node:path';
import { rng } from '../../scripts/lib/rng.mjs';
import type { Edge, EdgeKind, Member, Workspace } from '../../src/workspace/types.js';

export interface MemberSpec {
  name: string;
  path: string;
  isRoot?: boolean;
  defaultGroups?: string[] | 'all';
  extras?: string[];
  groups?: string[];
}

/** `'api -> core'`, `'api -> core[openai]'`, `'api -extra:llm-> core'`, `'api -group:dev-> testing'`. */
function edge(spec: string): Edge {
  const m = /^(\S+)\s+-(?:(\S+)-)?>\s+([^\s[]+)(?:\[([^\]]*)\])?$/.exec(spec.trim());
  if (!m) throw new Error(`bad edge spec: ${spec}`);
  return {
    from: m[1]!,
    to: m[3]!,
    kind: (m[2] ?? 'runtime') as EdgeKind,
    extras: m[4] ? m[4].split(',').map((e) => e.trim()).sort() : [],
    origin: 'pyproject',
  };
}

export function workspace(opts: { rootPath?: string; virtualRoot?: boolean; members: MemberSpec[]; edges?: (Edge | string)[] }): Workspace {
  const repoRoot = '/repo';
  const rootPath = opts.rootPath ?? '.';
  const members: Member[] = opts.members
    .map((m) => ({
      name: m.name,
      path: m.path,
      dir: path.posix.join(repoRoot, m.path),
      isRoot: m.isRoot ?? false,
      defaultGroups: m.defaultGroups ?? ['dev'],
      extras: m.extras ?? [],
      groups: m.groups ?? [],
    }))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return {
    repoRoot,
    root: path.posix.join(repoRoot, rootPath),
    rootPath,
    virtualRoot: opts.virtualRoot ?? !members.some((m) => m.isRoot),
    members,
    edges: (opts.edges ?? []).map((e) => (typeof e === 'string' ? edge(e) : e)),
    warnings: [],
  };
}

/** Small deterministic PRNG (mulberry32), so a failing property prints a seed that reproduces it. */
export { rng };

const EXTRAS = ['a', 'b', 'c'];
const GROUPS = ['dev', 'test', 'docs'];

/**
 * A random workspace: `size` members, some nested inside others (and inside a
 * project root), extras and groups on each, random default groups, and edges
 * of every kind in both directions (so cycles through extras and groups are
 * common), including a member asking extras of itself.
 */
export function randomWorkspace(seed: number, size: number): Workspace {
  const r = rng(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(r() * list.length)]!;
  const subset = <T>(list: readonly T[], p: number): T[] => list.filter(() => r() < p);
  const rootPath = r() < 0.3 ? 'py' : '.';
  const hasRootProject = r() < 0.5;
  const specs: MemberSpec[] = [];
  if (hasRootProject) specs.push({ name: 'root', path: rootPath, isRoot: true });
  for (let i = 0; i < size; i++) {
    const parent = specs.length > 0 && r() < 0.25 ? pick(specs) : undefined;
    const base = parent ? parent.path : rootPath;
    const dir = r() < 0.5 ? `libs/m${i}` : `m${i}`;
    specs.push({ name: `m${i}`, path: base === '.' ? dir : `${base}/${dir}` });
  }
  for (const s of specs) {
    s.extras = subset(EXTRAS, 0.4);
    s.groups = subset(GROUPS, 0.4);
    s.defaultGroups = pick<string[] | 'all'>([['dev'], ['dev'], [], ['dev', 'test'], 'all']);
  }
  const edges: Edge[] = [];
  const seen = new Set<string>();
  const nEdges = Math.floor(size * (1 + r() * 2));
  for (let k = 0; k < nEdges; k++) {
    const from = pick(specs);
    // Mostly "downhill" (acyclic runtime core), sometimes anywhere: cycles.
    const to = r() < 0.05 ? from : pick(specs);
    const kinds: EdgeKind[] = ['runtime', 'runtime', ...from.extras!.map((e) => `extra:${e}` as EdgeKind), ...from.groups!.map((g) => `group:${g}` as EdgeKind)];
    const kind = pick(kinds);
    const extras = [...new Set([...subset(to.extras!, 0.3), ...(r() < 0.05 ? ['undeclared'] : [])])].sort();
    if (to === from && extras.length === 0) continue; // a bare self-reference is not an edge
    const key = `${from.name}|${to.name}|${kind}|${extras.join(',')}`;
    if (seen.has(key)) continue;
    seen.add(key);
    edges.push({ from: from.name, to: to.name, kind, extras, origin: r() < 0.5 ? 'pyproject' : 'lock' });
  }
  return workspace({ rootPath, virtualRoot: !hasRootProject, members: specs, edges });
}
