// Member → member edges: the union of what the pyproject files declare and
// what uv.lock records. The lock matters because metadata can be dynamic
// (e.g. dependencies injected by a build hook) and only uv's build of the
// project sees it; the pyproject side matters when the lock is missing or
// stale.
import path from 'node:path';
import type { Lock } from './lockfile.js';
import { ownEntry, type MemberSource, type Pyproject } from './pyproject.js';
import { parseRequirement } from './requirements.js';
import type { Edge, EdgeKind } from './types.js';
import { compareStrings } from '../text.js';

/** Brings an absolute path to the letter case it is stored in; given only on a case-insensitive file system (disk-case.ts). */
export type StoredCase = (absPath: string) => string;

export interface GraphMember {
  name: string;
  /** Absolute directory. */
  dir: string;
  pyproject: Pyproject;
}

/**
 * Does `source` make the requirement resolve to the member at `targetDir`?
 * `workspace = true` does; so does a `path` that points at the member's
 * directory. `declaredIn` is the directory of the pyproject.toml that holds
 * the source, against which uv resolves its relative paths.
 */
function pointsAtMember(sources: MemberSource[] | undefined, declaredIn: string, targetDir: string, storedCase?: StoredCase): boolean {
  if (!sources) return false;
  // Resolved only for a `path` source: most are `workspace = true` (one per edge of thousands).
  let target: string | undefined;
  return sources.some((s) => {
    if (s.workspace) return true;
    if (s.path === undefined) return false;
    target ??= path.resolve(targetDir);
    const resolved = path.resolve(declaredIn, s.path);
    // `path = "../Core"` opens `core` on a case-insensitive file system, where member directories are in the stored case.
    return resolved === target || storedCase?.(resolved) === target;
  });
}

/** Resolves a dependency group, following `{include-group = ...}` (cycles end the walk). */
function groupRequirements(pyproject: Pyproject, group: string, seen = new Set<string>()): string[] {
  if (seen.has(group)) return [];
  seen.add(group);
  const out: string[] = [];
  for (const item of ownEntry(pyproject.dependencyGroups, group) ?? []) {
    if ('requirement' in item) out.push(item.requirement);
    else out.push(...groupRequirements(pyproject, item.includeGroup, seen));
  }
  return out;
}

/** Every requirement list of a pyproject, with the edge kind it gives. */
function requirementLists(pyproject: Pyproject): [EdgeKind, string[]][] {
  const lists: [EdgeKind, string[]][] = [['runtime', pyproject.dependencies]];
  for (const [extra, reqs] of Object.entries(pyproject.optionalDependencies)) lists.push([`extra:${extra}`, reqs]);
  for (const group of Object.keys(pyproject.dependencyGroups)) lists.push([`group:${group}`, groupRequirements(pyproject, group)]);
  // uv treats legacy dev-dependencies as part of the `dev` group.
  if (pyproject.devDependencies) lists.push(['group:dev', pyproject.devDependencies]);
  return lists;
}

class EdgeSet {
  /** Edges by `from`: a member names few others, so a short list beats a composite string key per edge. */
  private readonly byFrom = new Map<string, Edge[]>();

  add(from: string, to: string, kind: EdgeKind, extras: string[], origin: Edge['origin']): void {
    // `pkg[a,b]` inside pkg (the common `all = ["pkg[a,b]"]`) switches on pkg's
    // own extras: the install closure needs it, so it is kept; a plain
    // self-reference says nothing. `members` never lists a member as its own
    // dependency (directDependencies filters these).
    if (from === to && extras.length === 0) return;
    let list = this.byFrom.get(from);
    if (!list) this.byFrom.set(from, (list = []));
    const existing = list.find((e) => e.to === to && e.kind === kind);
    if (!existing) {
      // Most edges ask for no extra, or one: no Set, no sort.
      list.push({ from, to, kind, extras: extras.length < 2 ? extras.slice() : [...new Set(extras)].sort(), origin });
      return;
    }
    // The same requirement under different markers asks for the union of extras
    // (seen from both the pyproject and the lock, usually the same ones).
    if (extras.some((x) => !existing.extras.includes(x))) existing.extras = [...new Set([...existing.extras, ...extras])].sort();
    if (origin === 'pyproject') existing.origin = 'pyproject';
  }

  /** Sorted by from, to, kind: the few edges of each `from` sorted apart, not thousands with a three-key comparison each. */
  list(): Edge[] {
    const out: Edge[] = [];
    // Code-unit order, as compareStrings orders.
    for (const from of [...this.byFrom.keys()].sort()) {
      const edges = this.byFrom.get(from)!;
      if (edges.length > 1) edges.sort((a, b) => compareStrings(a.to, b.to) || compareStrings(a.kind, b.kind));
      for (const edge of edges) out.push(edge);
    }
    return out;
  }
}

/**
 * parseRequirement, once per distinct text: the same requirement strings
 * (`core[openai]>=1`, `pytest`) recur across the members of a workspace.
 */
function requirementParser(): (text: string) => ReturnType<typeof parseRequirement> {
  const seen = new Map<string, ReturnType<typeof parseRequirement>>();
  return (text) => {
    if (seen.has(text)) return seen.get(text);
    const req = parseRequirement(text);
    seen.set(text, req);
    return req;
  };
}

/** Edges declared in the members' pyproject.toml files. */
export function pyprojectEdges(members: GraphMember[], root: { dir: string; pyproject: Pyproject }, into = new EdgeSet(), storedCase?: StoredCase): EdgeSet {
  const byName = new Map(members.map((m) => [m.name, m]));
  const parse = requirementParser();
  for (const member of members) {
    for (const [kind, reqs] of requirementLists(member.pyproject)) {
      for (const text of reqs) {
        const req = parse(text);
        if (!req) continue;
        const target = byName.get(req.name);
        if (!target) continue;
        // uv lowers a member's own sources first and falls back to the root's.
        const own = ownEntry(member.pyproject.sources, req.name);
        const isMember = own
          ? pointsAtMember(own, member.dir, target.dir, storedCase)
          : pointsAtMember(ownEntry(root.pyproject.sources, req.name), root.dir, target.dir, storedCase);
        if (isMember) into.add(member.name, req.name, kind, req.extras, 'pyproject');
      }
    }
  }
  return into;
}

/** Lock sources of workspace members: uv writes them as editable, virtual or directory. */
function isLocalSource(source: string): boolean {
  return source.startsWith('editable=') || source.startsWith('virtual=') || source.startsWith('directory=') || source.startsWith('path=');
}

/** Edges recorded in uv.lock between members of `[manifest].members` that are members here. */
function lockEdges(memberNames: Set<string>, lock: Lock, into = new EdgeSet()): EdgeSet {
  const manifest = new Set(lock.members);
  const isMember = (name: string): boolean => memberNames.has(name) && manifest.has(name);
  for (const pkg of lock.packages) {
    if (!isMember(pkg.name) || !isLocalSource(pkg.source)) continue;
    for (const dep of pkg.dependencies) if (isMember(dep.name)) into.add(pkg.name, dep.name, 'runtime', dep.extras, 'lock');
    for (const [extra, deps] of Object.entries(pkg.optionalDependencies)) {
      for (const dep of deps) if (isMember(dep.name)) into.add(pkg.name, dep.name, `extra:${extra}`, dep.extras, 'lock');
    }
    for (const [group, deps] of Object.entries(pkg.devDependencies)) {
      for (const dep of deps) if (isMember(dep.name)) into.add(pkg.name, dep.name, `group:${group}`, dep.extras, 'lock');
    }
  }
  return into;
}

/**
 * Edges of a virtual root's `[dependency-groups]` to members (`from` is ''):
 * uv installs a root group for `uv sync --package Y --group G` when Y has no
 * group G. Root requirements resolve through the root's own sources.
 */
export function rootGroupEdges(members: GraphMember[], root: { dir: string; pyproject: Pyproject }, storedCase?: StoredCase): Edge[] {
  const byName = new Map(members.map((m) => [m.name, m]));
  const set = new EdgeSet();
  for (const [kind, reqs] of requirementLists(root.pyproject)) {
    if (!kind.startsWith('group:')) continue;
    for (const text of reqs) {
      const req = parseRequirement(text);
      const target = req && byName.get(req.name);
      if (req && target && pointsAtMember(ownEntry(root.pyproject.sources, req.name), root.dir, target.dir, storedCase)) set.add('', req.name, kind, req.extras, 'pyproject');
    }
  }
  return set.list();
}

/** The union of pyproject and lock edges, deduplicated and sorted. */
export function buildEdges(members: GraphMember[], root: { dir: string; pyproject: Pyproject }, lock?: Lock, storedCase?: StoredCase): Edge[] {
  const set = pyprojectEdges(members, root, new EdgeSet(), storedCase);
  if (lock) lockEdges(new Set(members.map((m) => m.name)), lock, set);
  return set.list();
}
