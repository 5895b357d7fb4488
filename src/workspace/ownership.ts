// Which member owns a repository-relative path: the one rule that the
// affected engine, the fingerprints and the reading of member inputs share.
import type { Workspace } from './types.js';

/**
 * The index (in `ws.members`) of the member that owns each path: the
 * deepest member directory that is the path or a parent of it, compared
 * component by component (a submodule's gitlink can be a member directory
 * itself). A project root at the repository root owns what no deeper member
 * owns; a virtual root owns nothing, and nothing outside the workspace root
 * is owned.
 */
export function memberOwner(ws: Pick<Workspace, 'members' | 'virtualRoot' | 'rootPath'>): (p: string) => number | undefined {
  const byPath = new Map(ws.members.map((m, i) => [m.path, i]));
  const rootMember = ws.virtualRoot || ws.rootPath !== '.' ? -1 : ws.members.findIndex((m) => m.isRoot);
  const depth = deepest(ws.members.map((m) => m.path));
  return (p) => {
    // No member directory has more than `depth` components: a longer path is looked up from that prefix down, not from its own full length.
    let cut = prefixEnd(p, depth);
    let owner = cut < 0 ? byPath.get(p) : undefined;
    for (cut = cut < 0 ? p.lastIndexOf('/') : cut; owner === undefined && cut > 0; cut = p.lastIndexOf('/', cut - 1)) owner = byPath.get(p.slice(0, cut));
    return owner ?? (rootMember >= 0 ? rootMember : undefined);
  };
}

/** The most `/`-separated components any of the directories has. */
export function deepest(dirs: readonly string[]): number {
  let most = 0;
  for (const dir of dirs) {
    let n = 1;
    for (let i = dir.indexOf('/'); i >= 0; i = dir.indexOf('/', i + 1)) n++;
    if (n > most) most = n;
  }
  return most;
}

/** Where the first `depth` components of `p` end (the index of the `/` after them), or -1 when `p` has no more than `depth` components. */
export function prefixEnd(p: string, depth: number): number {
  let cut = -1;
  for (let k = 0; k < depth; k++) {
    cut = p.indexOf('/', cut + 1);
    if (cut < 0) return -1;
  }
  return cut;
}
