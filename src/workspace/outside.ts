// Which members' inputs outside their directories claim a changed path
// (pure; outside-load.ts reads the inputs). The affected engine and the
// fingerprints ask the same question through this one matcher, so a
// fingerprint moves exactly for the paths that affect a member.
import { compileGlob, compileGlobs, type PathMatcher } from './globs.js';
import { memberOwner } from './ownership.js';
import type { MemberInput, Workspace } from './types.js';

/** The inputs that claim a repository-relative path (empty when none). */
export type InputClaims = (p: string) => readonly MemberInput[];

const NONE: readonly MemberInput[] = [];
const claimsCache = new WeakMap<Workspace, InputClaims>();

/**
 * The claims of a workspace's inputs: a path source or a symlink target
 * claims the path itself and everything below it; a declared glob claims
 * what it matches, less what the member's `!` globs match. Members that
 * declare the same glob share one matcher (100 providers' `../*\/provider.yaml`
 * is one glob from the repository root). A member never claims a path it
 * owns: that is its own change, and its surface decides whether the members
 * that install it see it.
 */
export function inputClaims(ws: Workspace): InputClaims {
  let claims = claimsCache.get(ws);
  if (claims) return claims;
  const inputs = ws.inputs ?? [];
  if (inputs.length === 0) {
    claims = () => NONE;
  } else {
    const byPrefix = new Map<string, MemberInput[]>();
    const byGlob = new Map<string, { match: PathMatcher; inputs: MemberInput[] }>();
    for (const input of inputs) {
      if (input.kind !== 'declared') {
        byPrefix.set(input.path, [...(byPrefix.get(input.path) ?? []), input]);
        continue;
      }
      const key = JSON.stringify([input.glob, input.except]);
      let group = byGlob.get(key);
      if (!group) {
        const positive = compileGlob(input.glob);
        const negative = input.except.length > 0 ? compileGlobs(input.except) : undefined;
        byGlob.set(key, (group = { match: negative ? (p) => positive(p) && !negative(p) : positive, inputs: [] }));
      }
      group.inputs.push(input);
    }
    const globs = [...byGlob.values()];
    const owner = memberOwner(ws);
    claims = (p) => {
      let out: MemberInput[] | undefined;
      for (let prefix = p; ; ) {
        const hit = byPrefix.get(prefix);
        if (hit) out = [...(out ?? []), ...hit];
        const cut = prefix.lastIndexOf('/');
        if (cut <= 0) break;
        prefix = prefix.slice(0, cut);
      }
      for (const g of globs) if (g.match(p)) out = [...(out ?? []), ...g.inputs];
      if (!out) return NONE;
      const o = owner(p);
      return o === undefined ? out : out.filter((i) => i.member !== ws.members[o]!.name);
    };
  }
  claimsCache.set(ws, claims);
  return claims;
}

/** The `ignore` and `global` globs in force: those of the inputs (or flags), and those of the root's `[tool.uv-workspace-sync]` table added to them. */
export function effectiveGlobs(ws: Workspace, given: { ignore?: readonly string[]; global?: readonly string[] }): { ignore: string[]; global: string[] } {
  return { ignore: [...(given.ignore ?? []), ...(ws.declared?.ignore ?? [])], global: [...(given.global ?? []), ...(ws.declared?.global ?? [])] };
}
