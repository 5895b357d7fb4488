// Who claims each changed path (pure): the global triggers (every member),
// the member that owns it (its directory), the members whose inputs outside
// their directories hold it (path sources, symlink targets, declared
// inputs), and what nobody claims: the unowned paths, which affect no member
// and are always said.
import { compileGlobs } from '../workspace/globs.js';
import { memberOwner } from '../workspace/ownership.js';
import { inputClaims } from '../workspace/outside.js';
import type { MemberInput, Workspace } from '../workspace/types.js';
import type { InputSource, Reason } from './reasons.js';
import { compareStrings } from '../text.js';

/** Files in the workspace root that configure every member's environment. */
const ROOT_TRIGGERS = ['pyproject.toml', '.python-version', 'uv.toml'];
/** How many paths a reason list names before `and N more`. */
const MAX_LISTED = 3;

export const join = (dir: string, file: string) => (dir === '.' ? file : `${dir}/${file}`);

export function listed(paths: string[]): { paths: string[]; more: number } {
  return { paths: paths.slice(0, MAX_LISTED), more: Math.max(0, paths.length - MAX_LISTED) };
}

export interface PathClaims {
  /** Reasons that affect every member: root triggers, `global` globs (input and table). */
  global: Reason[];
  /** Changed paths by owning member index (uv.lock is attributed separately, never owned). */
  owned: Map<number, string[]>;
  /** Input reasons by member index, one per input whose files changed. */
  inputs: Map<number, Reason[]>;
  /** Changed paths that no member owns, no input claims and no global trigger names (sorted). */
  unowned: string[];
}

/** The global reasons, and the set of paths they name. */
function globalClaims(ws: Workspace, paths: readonly string[], inputGlobal: readonly string[]): { reasons: Reason[]; named: Set<string> } {
  const reasons: Reason[] = [];
  const named = new Set<string>();
  const take = (hits: string[], reason: (l: { paths: string[]; more: number }) => Reason) => {
    if (hits.length === 0) return;
    reasons.push(reason(listed(hits)));
    for (const p of hits) named.add(p);
  };
  const rootTriggers = new Set(ROOT_TRIGGERS.map((f) => join(ws.rootPath, f)));
  take(
    paths.filter((p) => rootTriggers.has(p)),
    (l) => ({ kind: 'global', source: 'root', ...l }),
  );
  const input = inputGlobal.length > 0 ? compileGlobs([...inputGlobal]) : undefined;
  if (input) take(paths.filter((p) => !named.has(p) && input(p)), (l) => ({ kind: 'global', source: 'input', ...l }));
  const declared = ws.declared && ws.declared.global.length > 0 ? compileGlobs(ws.declared.global) : undefined;
  if (declared) take(paths.filter((p) => !named.has(p) && declared(p)), (l) => ({ kind: 'global', source: 'table', file: ws.declared!.file, ...l }));
  return { reasons, named };
}

function sourceOf(i: MemberInput): InputSource {
  if (i.kind === 'path-source') return { kind: 'path-source', package: i.package, path: i.path };
  if (i.kind === 'symlink') return { kind: 'symlink', link: i.link, path: i.path };
  return { kind: 'declared', declared: i.declared };
}

/** One reason per input of a member whose files changed, in the order of the inputs (an entry whose braces gave several globs is one input). */
function inputReasons(ws: Workspace, hits: Map<MemberInput, string[]>): Map<number, Reason[]> {
  const index = new Map(ws.members.map((m, i) => [m.name, i]));
  const grouped = new Map<string, { member: number; input: InputSource; paths: Set<string> }>();
  for (const input of ws.inputs ?? []) {
    const paths = hits.get(input);
    const member = index.get(input.member);
    if (!paths || member === undefined) continue;
    const source = sourceOf(input);
    const key = JSON.stringify([member, source]);
    const group = grouped.get(key) ?? { member, input: source, paths: new Set<string>() };
    for (const p of paths) group.paths.add(p);
    grouped.set(key, group);
  }
  const out = new Map<number, Reason[]>();
  for (const { member, input, paths } of grouped.values()) {
    const list = out.get(member) ?? [];
    list.push({ kind: 'input', input, ...listed([...paths].sort(compareStrings)) });
    out.set(member, list);
  }
  return out;
}

function pushTo<K>(map: Map<K, string[]>, key: K, p: string): void {
  const list = map.get(key);
  if (list) list.push(p);
  else map.set(key, [p]);
}

/**
 * Claims on the changed paths (normal form, sorted). `lockRel`, the
 * workspace's uv.lock, is attributed by the lock diff and claimed by nobody here.
 */
export function claimPaths(ws: Workspace, paths: readonly string[], options: { global: readonly string[]; lockRel: string }): PathClaims {
  const { reasons, named } = globalClaims(ws, paths, options.global);
  const owner = memberOwner(ws);
  const claims = inputClaims(ws);
  const owned = new Map<number, string[]>();
  const hits = new Map<MemberInput, string[]>();
  const unowned: string[] = [];
  for (const p of paths) {
    if (p === options.lockRel) continue;
    const o = owner(p);
    if (o !== undefined) pushTo(owned, o, p);
    const claimed = claims(p);
    for (const input of claimed) pushTo(hits, input, p);
    if (o === undefined && claimed.length === 0 && !named.has(p)) unowned.push(p);
  }
  return { global: reasons, owned, inputs: inputReasons(ws, hits), unowned };
}
