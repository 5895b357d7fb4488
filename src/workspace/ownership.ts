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
  const holder = deepestHolder([...byPath.keys()]);
  return (p) => {
    const dir = holder(p, true);
    return (dir === undefined ? undefined : byPath.get(dir)) ?? (rootMember >= 0 ? rootMember : undefined);
  };
}

/**
 * The deepest of `dirs` (normal, `/`-separated; '' is the root) that holds
 * path `p`, compared component by component; with `self`, `p` itself counts
 * (a submodule's gitlink can be a member directory). The one lookup of
 * member ownership and of the member files' owners (member-files.ts).
 */
export function deepestHolder(dirs: readonly string[]): (p: string, self: boolean) => string | undefined {
  const known = new Set(dirs);
  const depth = deepest(dirs);
  return (p, self) => {
    // No directory has more than `depth` components: a longer path is looked up from that prefix down, not from its own full length.
    let cut = prefixEnd(p, depth);
    if (cut < 0) {
      if (self && known.has(p)) return p;
      cut = p.lastIndexOf('/');
    }
    for (; cut > 0; cut = p.lastIndexOf('/', cut - 1)) {
      const dir = p.slice(0, cut);
      if (known.has(dir)) return dir;
    }
    return known.has('') ? '' : undefined;
  };
}

/** The most `/`-separated components any of the directories has. */
function deepest(dirs: readonly string[]): number {
  let most = 0;
  for (const dir of dirs) {
    let n = 1;
    for (let i = dir.indexOf('/'); i >= 0; i = dir.indexOf('/', i + 1)) n++;
    if (n > most) most = n;
  }
  return most;
}

/** Where the first `depth` components of `p` end (the index of the `/` after them), or -1 when `p` has no more than `depth` components. */
function prefixEnd(p: string, depth: number): number {
  let cut = -1;
  for (let k = 0; k < depth; k++) {
    cut = p.indexOf('/', cut + 1);
    if (cut < 0) return -1;
  }
  return cut;
}
