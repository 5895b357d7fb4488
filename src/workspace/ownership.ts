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
  return (p) => {
    let owner = byPath.get(p);
    for (let cut = p.lastIndexOf('/'); owner === undefined && cut > 0; cut = p.lastIndexOf('/', cut - 1)) owner = byPath.get(p.slice(0, cut));
    return owner ?? (rootMember >= 0 ? rootMember : undefined);
  };
}
