// The `matrix` output: one leg per affected member, or at most N legs
// ("shards") when a workspace is too big for one job per member.
//
// GitHub fails a job whose matrix expands to nothing, so a workflow guards
// the fan-out with `any-affected` (the output is still `{"include":[]}`, a
// valid value, when nothing is affected):
//
//   test:
//     needs: detect
//     if: needs.detect.outputs.any-affected == 'true'
//     strategy:
//       matrix: ${{ fromJSON(needs.detect.outputs.matrix) }}
//     steps:
//       - uses: <this action>
//         with: { packages: '${{ matrix.package }}' }
//       - run: uv run pytest
//         working-directory: ${{ matrix.path }}
import { compareStrings } from '../text.js';

export interface MatrixEntry {
  /**
   * The member to sync, or in a shard the space-separated members of the
   * shard: either way, pass it to the `packages` input of the leg.
   */
  package: string;
  /** The member's directory, or the shard's common directory (`.` when none), relative to the repository root. */
  path: string;
  /** In a shard: each member's directory, in the order of `package` (e.g. for `pytest ${{ join(matrix.paths, ' ') }}`). */
  paths?: string[];
}

export interface Matrix {
  include: MatrixEntry[];
}

/** GitHub rejects a matrix with more legs than this. */
export const MAX_MATRIX_JOBS = 256;

/**
 * Builds the matrix for `members` (name and repository-relative path).
 *
 * `shards` 0 gives one entry per member. With `shards` N the members are
 * grouped into at most N entries, each synced by one `uv sync --package ...`.
 * Groups are balanced by `weight`: the number of packages `uv sync --package m`
 * installs according to uv.lock, third-party ones included (the shell falls
 * back to the member closure without a lock), because that is what a leg pays
 * for: the packages it links into its venv and, usually, the tests it then
 * runs scale with the closure, not with the number of members in the group.
 * A member with a 300-package closure is a leg's worth of work on its own;
 * twenty leaf utilities are not.
 *
 * When the passed markers recorded how long each member's tests took, the
 * shell weighs members by those durations instead (action/shards.ts), and
 * the slowest leg is what the matrix is waiting for.
 *
 * Grouping is greedy longest-processing-time (the heaviest member goes first
 * into the lightest group), then improved: a member moved, or two swapped,
 * between the heaviest group and another whenever that lowers the heavier of
 * the two. Ties are broken by name, and groups of equal load by fewer
 * members, so the same input always gives the same matrix (a matrix that
 * reshuffles between runs makes job history unreadable).
 */
export function buildMatrix(
  members: readonly { name: string; path: string }[],
  shards: number,
  weight: (name: string) => number,
): Matrix {
  const sorted = [...members].sort((a, b) => compareStrings(a.name, b.name));
  if (sorted.length === 0) return { include: [] };
  if (!(shards > 0)) return { include: sorted.map((m) => ({ package: m.name, path: m.path })) };

  const weighted = sorted
    .map((m) => ({ ...m, weight: Math.max(1, weight(m.name) || 0) }))
    .sort((a, b) => b.weight - a.weight || compareStrings(a.name, b.name));

  const groups: Group[] = Array.from({ length: Math.min(Math.floor(shards), sorted.length) }, () => ({ load: 0, members: [] }));
  for (const member of weighted) {
    let lightest = groups[0]!;
    for (const group of groups) {
      if (group.load < lightest.load || (group.load === lightest.load && group.members.length < lightest.members.length)) {
        lightest = group;
      }
    }
    lightest.load += member.weight;
    lightest.members.push(member);
  }
  improve(groups);

  return {
    include: groups
      .map((group) => {
        const sorted = [...group.members].sort((a, b) => compareStrings(a.name, b.name));
        return { package: sorted.map((m) => m.name).join(' '), path: commonDirectory(sorted.map((m) => m.path)), paths: sorted.map((m) => m.path) };
      })
      .sort((a, b) => compareStrings(a.package, b.package)),
  };
}

interface Group {
  load: number;
  members: { name: string; path: string; weight: number }[];
}

/** The best single move or swap out of `heavy` into `other`: the heavier of the two afterwards, below `heavy.load`. */
function bestExchange(heavy: Group, other: Group): { peak: number; out: number; back?: number } | undefined {
  let best: { peak: number; out: number; back?: number } | undefined;
  for (let i = 0; i < heavy.members.length; i++) {
    const w = heavy.members[i]!.weight;
    if (heavy.members.length > 1) {
      const peak = Math.max(heavy.load - w, other.load + w);
      if (peak < (best?.peak ?? heavy.load)) best = { peak, out: i };
    }
    for (let j = 0; j < other.members.length; j++) {
      const v = other.members[j]!.weight;
      if (v >= w) continue;
      const peak = Math.max(heavy.load - w + v, other.load + w - v);
      if (peak < (best?.peak ?? heavy.load)) best = { peak, out: i, back: j };
    }
  }
  return best;
}

/**
 * Local search after LPT: while some move or swap lowers the heaviest group's
 * load (the other group staying below its old load), take the best one. Each
 * step lowers the sum of squared loads, so it ends; the cap only bounds a
 * pathological input.
 */
function improve(groups: Group[]): void {
  for (let step = 0; step < 1000; step++) {
    const heavy = groups.reduce((a, b) => (b.load > a.load ? b : a));
    let choice: { other: Group; peak: number; out: number; back?: number } | undefined;
    for (const other of groups) {
      if (other === heavy) continue;
      const exchange = bestExchange(heavy, other);
      if (exchange && exchange.peak < (choice?.peak ?? heavy.load)) choice = { other, ...exchange };
    }
    if (!choice) return;
    const [moved] = heavy.members.splice(choice.out, 1);
    heavy.load -= moved!.weight;
    choice.other.members.push(moved!);
    choice.other.load += moved!.weight;
    if (choice.back !== undefined) {
      const [returned] = choice.other.members.splice(choice.back, 1);
      choice.other.load -= returned!.weight;
      heavy.members.push(returned!);
      heavy.load += returned!.weight;
    }
  }
}

/**
 * What each member weighs in a shard, and one line saying by what: the
 * recorded test durations where the passed markers know them, the closure
 * size (`sizeOf`) otherwise. Mixed, a member without a duration is given the
 * duration its closure size predicts, at the median seconds per package of
 * the members with one, so both kinds weigh in the same unit. Durations are
 * weighed in milliseconds (buildMatrix counts at least 1 per member).
 */
export function shardWeights(names: readonly string[], sizeOf: (name: string) => number, durations: Readonly<Record<string, number>> = {}): { weight: (name: string) => number; basis: string } {
  const known = names.filter((n) => durations[n] !== undefined);
  if (known.length === 0) return { weight: sizeOf, basis: 'shards are balanced by the packages each member installs (its locked closure): no test durations are recorded for them' };
  const perPackage = known.map((n) => durations[n]! / Math.max(1, sizeOf(n))).sort((a, b) => a - b);
  const median = perPackage[Math.floor(perPackage.length / 2)]!;
  const ms = (name: string) => 1000 * (durations[name] ?? median * Math.max(1, sizeOf(name)));
  const rest = names.length - known.length;
  return {
    weight: ms,
    basis:
      rest === 0
        ? `shards are balanced by the recorded test durations of all ${names.length} members`
        : `shards are balanced by the recorded test durations of ${known.length} of ${names.length} members; the other ${rest} are estimated from the packages they install`,
  };
}

/**
 * The shards to build: the `shards` input, or, when it is 0 and one leg per
 * member would pass GitHub's limit, exactly that limit (with a note for the
 * log, so nobody wonders where the legs went).
 */
export function effectiveShards(members: number, shards: number): { shards: number; note?: string } {
  if (shards > 0 || members <= MAX_MATRIX_JOBS) return { shards };
  return {
    shards: MAX_MATRIX_JOBS,
    note: `${members} affected members would make more matrix legs than GitHub's limit of ${MAX_MATRIX_JOBS}: the matrix is sharded into ${MAX_MATRIX_JOBS} legs (set 'shards' to choose the number)`,
  };
}

/** The deepest directory containing every path, compared component by component; `.` when there is none. */
export function commonDirectory(paths: readonly string[]): string {
  if (paths.length === 0) return '.';
  let common = paths[0]!.split('/').filter((part) => part !== '' && part !== '.');
  for (const p of paths.slice(1)) {
    const parts = p.split('/').filter((part) => part !== '' && part !== '.');
    let i = 0;
    while (i < common.length && i < parts.length && common[i] === parts[i]) i++;
    common = common.slice(0, i);
  }
  return common.length === 0 ? '.' : common.join('/');
}

// Code-point order, not locale order, so the matrix is the same on every runner.
