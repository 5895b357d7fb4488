import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildMatrix, commonDirectory, effectiveShards } from '../../src/report/matrix.js';

const members = [
  { name: 'web', path: 'apps/web' },
  { name: 'api', path: 'services/api' },
  { name: 'core', path: 'libs/core' },
  { name: 'utils', path: 'libs/utils' },
];

describe('buildMatrix', () => {
  it('is a valid, empty matrix when nothing is affected', () => {
    expect(buildMatrix([], 0, () => 1)).toEqual({ include: [] });
    expect(buildMatrix([], 4, () => 1)).toEqual({ include: [] });
  });

  it('gives one leg per member, sorted by name, without shards', () => {
    expect(buildMatrix(members, 0, () => 1).include).toEqual([
      { package: 'api', path: 'services/api' },
      { package: 'core', path: 'libs/core' },
      { package: 'utils', path: 'libs/utils' },
      { package: 'web', path: 'apps/web' },
    ]);
  });

  it('puts a heavy member alone and groups the light ones', () => {
    const sizes: Record<string, number> = { api: 120, web: 40, core: 30, utils: 20 };
    expect(buildMatrix(members, 2, (n) => sizes[n]!).include).toEqual([
      { package: 'api', path: 'services/api', paths: ['services/api'] },
      { package: 'core utils web', path: '.', paths: ['libs/core', 'libs/utils', 'apps/web'] },
    ]);
  });

  it('uses the common directory of a shard as its path', () => {
    const sizes: Record<string, number> = { api: 100, web: 100, core: 10, utils: 10 };
    expect(buildMatrix(members, 3, (n) => sizes[n]!).include).toEqual([
      { package: 'api', path: 'services/api', paths: ['services/api'] },
      { package: 'core utils', path: 'libs', paths: ['libs/core', 'libs/utils'] },
      { package: 'web', path: 'apps/web', paths: ['apps/web'] },
    ]);
  });

  it('never makes more legs than members, nor empty legs', () => {
    expect(buildMatrix(members, 10, () => 0).include.map((e) => e.package)).toEqual(['api', 'core', 'utils', 'web']);
    expect(buildMatrix(members, 1, () => 5).include).toEqual([
      { package: 'api core utils web', path: '.', paths: ['services/api', 'libs/core', 'libs/utils', 'apps/web'] },
    ]);
  });

  it('shards automatically past GitHub\'s 256 legs, and says so', () => {
    expect(effectiveShards(256, 0)).toEqual({ shards: 0 });
    expect(effectiveShards(300, 4)).toEqual({ shards: 4 });
    const auto = effectiveShards(300, 0);
    expect(auto.shards).toBe(256);
    expect(auto.note).toMatch(/300 affected members .* sharded into 256 legs/);
  });

  it('shards every member exactly once, into at most N balanced legs, the same way every time', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.tuple(fc.stringMatching(/^[a-z][a-z0-9-]{0,6}$/), fc.integer({ min: 0, max: 400 })), {
          selector: ([name]) => name,
          maxLength: 60,
        }),
        fc.integer({ min: 1, max: 12 }),
        (rows, shards) => {
          const list = rows.map(([name]) => ({ name, path: `pkgs/${name}` }));
          const size = new Map(rows);
          const weight = (n: string) => Math.max(1, size.get(n)!);
          const matrix = buildMatrix(list, shards, (n) => size.get(n)!);
          expect(matrix.include.length).toBe(Math.min(shards, list.length));
          const seen = matrix.include.flatMap((e) => e.package.split(' '));
          expect([...seen].sort()).toEqual(rows.map(([n]) => n).sort());
          // Greedy LPT: no leg exceeds the ideal share by more than its heaviest member.
          const loads = matrix.include.map((e) => e.package.split(' ').reduce((s, n) => s + weight(n), 0));
          const total = loads.reduce((a, b) => a + b, 0);
          const heaviest = Math.max(0, ...rows.map(([n]) => weight(n)));
          for (const load of loads) expect(load).toBeLessThanOrEqual(total / matrix.include.length + heaviest);
          expect(buildMatrix([...list].reverse(), shards, (n) => size.get(n)!)).toEqual(matrix);
        },
      ),
    );
  });
});

describe('commonDirectory', () => {
  it.each([
    [['libs/core', 'libs/core-extra'], 'libs'],
    [['libs/a/b', 'libs/a/c', 'libs/a'], 'libs/a'],
    [['apps/web', 'libs/core'], '.'],
    [['.', 'libs/core'], '.'],
    [['libs/core'], 'libs/core'],
    [[], '.'],
  ])('%j → %s', (paths, expected) => {
    expect(commonDirectory(paths)).toBe(expected);
  });
});
