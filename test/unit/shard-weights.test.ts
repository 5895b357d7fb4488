// Shards weighed by recorded test durations: the weights say which basis they
// used, mix durations with closure sizes in one unit, and the matrix built
// from them has a slowest leg within 10% of the best split (found by brute
// force on small inputs), where LPT alone can be a third off.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildMatrix, shardWeights } from '../../src/report/matrix.js';
import { bestSplit } from '../helpers/markers.js';

function slowestLeg(weights: Record<string, number>, shards: number, weigh = (n: string) => weights[n]!): number {
  const members = Object.keys(weights).map((name) => ({ name, path: `p/${name}` }));
  const legs = buildMatrix(members, shards, weigh).include;
  return Math.max(...legs.map((leg) => leg.package.split(' ').reduce((sum, n) => sum + weights[n]!, 0)));
}

describe('shardWeights', () => {
  const sizes: Record<string, number> = { a: 100, b: 10, c: 50, d: 40 };
  const sizeOf = (n: string) => sizes[n]!;

  it('weighs by closure size when no duration is recorded, and says so', () => {
    const { weight, basis } = shardWeights(['a', 'b'], sizeOf, {});
    expect(weight('a')).toBe(100);
    expect(basis).toBe('shards are balanced by the packages each member installs (its locked closure): no test durations are recorded for them');
  });

  it('weighs by recorded durations when every member has one', () => {
    const { weight, basis } = shardWeights(['a', 'b'], sizeOf, { a: 1.5, b: 30 });
    expect([weight('a'), weight('b')]).toEqual([1500, 30_000]);
    expect(basis).toBe('shards are balanced by the recorded test durations of all 2 members');
  });

  it('estimates the others from their closure at the median seconds per package', () => {
    // Seconds per package: a 0.02, b 1, c 0.2: the median is 0.2 s per package.
    const { weight, basis } = shardWeights(['a', 'b', 'c', 'd'], sizeOf, { a: 2, b: 10, c: 10 });
    expect(weight('d')).toBeCloseTo(40 * 0.2 * 1000);
    expect(weight('b')).toBe(10_000);
    expect(basis).toBe('shards are balanced by the recorded test durations of 3 of 4 members; the other 1 are estimated from the packages they install');
  });

  it('on skewed durations, beats the closure-size split and comes within 10% of the best split', () => {
    // Tests whose time has nothing to do with what they install: the big closures test fast.
    const seconds: Record<string, number> = { alpha: 42, beta: 3, gamma: 2.5, delta: 30, eps: 1, zeta: 12, eta: 0.5 };
    const closure: Record<string, number> = { alpha: 5, beta: 200, gamma: 180, delta: 8, eps: 150, zeta: 40, eta: 90 };
    const names = Object.keys(seconds);
    const byDurations = shardWeights(names, (n) => closure[n]!, seconds).weight;
    const byClosure = shardWeights(names, (n) => closure[n]!, {}).weight;
    const best = bestSplit(Object.values(seconds), 2);
    expect(slowestLeg(seconds, 2, byDurations)).toBeLessThanOrEqual(1.1 * best);
    expect(slowestLeg(seconds, 2, byClosure)).toBeGreaterThan(1.1 * best);
  });
});

describe('buildMatrix on recorded durations', () => {
  it('makes a slowest leg within 10% of the best split, on any small workspace', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0.1, max: 600, noNaN: true }), { minLength: 2, maxLength: 9 }),
        fc.integer({ min: 2, max: 4 }),
        (durations, shards) => {
          const seconds = Object.fromEntries(durations.map((d, i) => [`m${i}`, Math.round(d * 10) / 10]));
          const weight = shardWeights(Object.keys(seconds), () => 1, seconds).weight;
          const best = bestSplit(Object.values(seconds), Math.min(shards, durations.length));
          expect(slowestLeg(seconds, shards, weight)).toBeLessThanOrEqual(1.1 * best + 1e-9);
        },
      ),
      { seed: 23, numRuns: 400 },
    );
  });

  it('improves on LPT where LPT alone is a third off (2 legs: 3 3 2 2 2)', () => {
    const seconds = { a: 3, b: 3, c: 2, d: 2, e: 2 };
    expect(slowestLeg(seconds, 2)).toBe(6);
  });
});
