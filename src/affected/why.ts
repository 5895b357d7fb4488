// Why one member is affected, or why not (pure): the `why` command's answer.
// The affected engine names the nearest few changed members a member
// installs; here every one of them gets its whole chain, hop by hop, from
// the member that changed to the member asked about.
import type { Affected } from './engine.js';
import type { Reason } from './reasons.js';
import { closureOf, installChain, installGraph, type ChainHop } from '../workspace/closure.js';
import type { SyncArgs } from '../workspace/selection.js';
import type { Workspace } from '../workspace/types.js';

/** A changed member the asked member installs, with what changed in it and how it gets installed. */
export interface Chain {
  /** The member whose own files or inputs changed. */
  changed: string;
  /** Its reasons about files: `changed`, `input`, and the surface note. */
  reasons: Reason[];
  /** From the asked member to `changed`: each hop one member installing the next. */
  hops: ChainHop[];
}

export type WhyAnswer =
  | {
      member: string;
      path: string;
      affected: true;
      /** Its own reasons: its files, its inputs, uv.lock, global triggers, every-member reasons. */
      reasons: Reason[];
      /** One per changed member its sync installs, nearest first. */
      chains: Chain[];
    }
  | {
      member: string;
      path: string;
      affected: false;
      /** How many changed paths were read (after detection). */
      changed: number;
      /** The other members its sync installs. */
      installs: string[];
      /** Changed members it installs whose changes reach no other member (their surface note says why). */
      offSurface: { member: string; reasons: Reason[] }[];
      /** Changed members its sync does not install. */
      elsewhere: string[];
    };

const FILE_REASONS = new Set<Reason['kind']>(['changed', 'input', 'off-surface', 'importable', 'whole-surface']);

/** A changed member is a cause for the members that install it when its change reaches them: an input's, or one on its surface. */
function isCause(reasons: readonly Reason[]): boolean {
  return reasons.some((r) => r.kind === 'input') || (reasons.some((r) => r.kind === 'changed') && !reasons.some((r) => r.kind === 'off-surface'));
}

/** Members whose own files or inputs changed, with those reasons. */
function changedMembers(affected: Affected): Map<string, Reason[]> {
  const out = new Map<string, Reason[]>();
  for (const m of affected.members) {
    const own = m.reasons.filter((r) => FILE_REASONS.has(r.kind));
    if (own.some((r) => r.kind === 'changed' || r.kind === 'input')) out.set(m.name, own);
  }
  return out;
}

/** The answer for `name` (a member of `ws`), from the affected result of the same change and sync arguments. */
export function whyMember(ws: Workspace, affected: Affected, name: string, changedPaths: number, syncArgs?: SyncArgs): WhyAnswer {
  const member = ws.members.find((m) => m.name === name)!;
  const graph = installGraph(ws, syncArgs);
  const self = graph.index.get(name)!;
  const installs = [...closureOf(graph, self)].filter((m) => m !== name).sort();
  const changed = changedMembers(affected);
  const found = affected.members.find((m) => m.name === name);
  if (!found) {
    const offSurface = installs.filter((m) => changed.has(m)).map((m) => ({ member: m, reasons: changed.get(m)! }));
    const elsewhere = [...changed.keys()].filter((m) => m !== name && !installs.includes(m)).sort();
    return { member: name, path: member.path, affected: false, changed: changedPaths, installs, offSurface, elsewhere };
  }
  const chains: Chain[] = [];
  for (const [other, reasons] of changed) {
    if (other === name || !isCause(reasons)) continue;
    const hops = installChain(graph, self, graph.index.get(other)!);
    if (hops) chains.push({ changed: other, reasons, hops });
  }
  chains.sort((a, b) => a.hops.length - b.hops.length || (a.changed < b.changed ? -1 : 1));
  const reasons = found.reasons.filter((r) => r.kind !== 'dependency' && r.kind !== 'dependency-more');
  return { member: name, path: member.path, affected: true, reasons, chains };
}
