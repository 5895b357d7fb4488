// Passed markers as the tests read them back: the keys of the finished
// entries the local cache service holds, and the best split a matrix of
// recorded durations could have.
import type { CacheServer } from './cache-server.js';

/** Keys of the passed markers saved so far, sorted. */
export function passedMarkerKeys(server: CacheServer): string[] {
  return server
    .entries()
    .filter((e) => e.finalized && e.key.startsWith('uv-ws-passed-'))
    .map((e) => e.key)
    .sort();
}

/** The lowest possible slowest leg of `weights` split into `k` legs, by exhaustive search (small inputs). */
export function bestSplit(weights: number[], k: number): number {
  const sorted = [...weights].sort((a, b) => b - a);
  const loads = new Array<number>(k).fill(0);
  let best = Infinity;
  const place = (i: number) => {
    if (i === sorted.length) {
      best = Math.min(best, Math.max(...loads));
      return;
    }
    const tried = new Set<number>();
    for (let g = 0; g < k; g++) {
      if (tried.has(loads[g]!) || loads[g]! + sorted[i]! >= best) continue;
      tried.add(loads[g]!);
      loads[g]! += sorted[i]!;
      place(i + 1);
      loads[g]! -= sorted[i]!;
    }
  };
  place(0);
  return best;
}
