// `uv-workspace-sync members`: every member, with the members it names and
// how (runtime, extra NAME, group NAME), so livekit-agents' ~70 optional
// plugins read as extras, not as a cycle with their runtime dependency on it.
import { safeJson } from '../report/escape.js';
import { viaText, type Via } from '../affected/reasons.js';
import { directDependencies } from '../workspace/index.js';
import type { Edge, Workspace } from '../workspace/types.js';
import type { MembersArgs } from './args.js';
import { load, repoRootOf, type CliIO } from './context.js';
import { renderTable, tableWidth, type ListCell } from './table.js';
import { compareStrings } from '../text.js';

/** One edge of a member, as --format json gives it: `kind` and its name as in a reason's `dependency`, plus the extras asked of the target. */
export type MemberEdge = { to: string; extras?: string[] } & Via;

function edgeVia(kind: Edge['kind']): Via {
  if (kind === 'runtime') return { kind: 'runtime' };
  return kind.startsWith('extra:') ? { kind: 'extra', extra: kind.slice(6) } : { kind: 'group', group: kind.slice(6) };
}

const KIND_ORDER = { runtime: 0, extra: 1, group: 2 } as const;

/** The member's own edges to other members: runtime first, then extras, then groups, each by name. */
export function memberEdges(ws: Workspace, name: string): MemberEdge[] {
  const out = new Map<string, MemberEdge>();
  for (const e of ws.edges) {
    if (e.from !== name || e.to === name) continue;
    const key = `${e.to}\0${e.kind}`;
    const known = out.get(key);
    const extras = [...new Set([...(known?.extras ?? []), ...e.extras])].sort(compareStrings);
    out.set(key, { to: e.to, ...edgeVia(e.kind), ...(extras.length > 0 ? { extras } : {}) });
  }
  const label = (e: MemberEdge) => (e.kind === 'extra' ? e.extra : e.kind === 'group' ? e.group : '');
  return [...out.values()].sort((a, b) => KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || compareStrings(label(a), label(b)) || compareStrings(a.to, b.to));
}

export async function members(args: MembersArgs, io: CliIO): Promise<void> {
  const ws = load(args, io, await repoRootOf(io));
  const list = ws.members.map((m) => ({ name: m.name, path: m.path, dependencies: directDependencies(ws, m.name), edges: memberEdges(ws, m.name) }));
  if (args.format === 'json') {
    io.stdout.write(`${safeJson(list, 2)}\n`);
    return;
  }
  if (args.format === 'names') {
    for (const m of list) io.stdout.write(`${m.name}\n`);
    return;
  }
  const rows = list.map((m): [string, string, ListCell] => [
    m.name,
    m.path,
    { items: m.edges.map((e) => `${e.to}${e.extras ? `[${e.extras.join(',')}]` : ''} (${viaText(e)})`), noun: '', separator: ', ', empty: '-' },
  ]);
  io.stdout.write(`${renderTable(['MEMBER', 'PATH', 'DEPENDS ON (members)'], rows, tableWidth(io.columns))}\n`);
  io.stdout.write(`${list.length} member${list.length === 1 ? '' : 's'} in workspace ${ws.rootPath}${ws.virtualRoot ? ' (virtual root)' : ''}\n`);
}
