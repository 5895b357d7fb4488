// The `packages` input (a matrix leg's explicit members): validated against the
// workspace, with the closest names suggested for a typo.
import type { Affected } from './engine.js';
import { UserError } from '../errors.js';
import { normalizeName } from '../workspace/names.js';
import type { Workspace } from '../workspace/types.js';
import { compareStrings } from '../text.js';

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length]!;
}

/** Up to three member names closest to `name`: same prefix/substring first, then by edit distance. */
function closestNames(name: string, candidates: readonly string[]): string[] {
  const scored = candidates.map((candidate) => {
    const contains = candidate.includes(name) || name.includes(candidate);
    return { candidate, score: editDistance(name, candidate) - (contains ? 100 : 0) };
  });
  const limit = Math.max(2, Math.floor(name.length / 2));
  return scored
    .filter((s) => s.score <= limit)
    .sort((a, b) => a.score - b.score || compareStrings(a.candidate, b.candidate))
    .slice(0, 3)
    .map((s) => s.candidate);
}

/**
 * The members named by the `packages` input as an Affected answer (detection
 * skipped). Names are PEP 503-normalised, so `My_Pkg` finds `my-pkg`.
 */
export function selectPackages(ws: Workspace, packages: string[] | 'all', input = 'packages'): Affected {
  if (packages === 'all') {
    return {
      all: true,
      allReasons: [{ kind: 'selected', input, scope: 'all' }],
      members: ws.members.map((m) => ({ name: m.name, path: m.path, reasons: [{ kind: 'selected', input, scope: 'all' }] })),
    };
  }
  const byName = new Map(ws.members.map((m) => [m.name, m]));
  const wanted = [...new Set(packages.map(normalizeName))].sort();
  for (const name of wanted) {
    if (byName.has(name)) continue;
    const close = closestNames(name, [...byName.keys()]);
    throw new UserError(
      `input '${input}' names '${name}', which is not a member of the workspace at ${ws.rootPath}`,
      close.length > 0 ? `did you mean ${close.map((c) => `'${c}'`).join(' or ')}?` : 'run `uv-workspace-sync members` to list the members',
    );
  }
  const every = wanted.length === ws.members.length;
  return {
    all: every,
    allReasons: every ? [{ kind: 'selected', input, scope: 'every-named' }] : [],
    members: wanted.map((name) => ({ name, path: byName.get(name)!.path, reasons: [{ kind: 'selected', input, scope: 'member' }] })),
  };
}
