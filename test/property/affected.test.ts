// computeAffected against a brute force written differently: each member's
// install closure by a naive fixpoint over the whole (member, extra) state
// space, group and extra selection spelled out per sync-args variant, then
// inverted member by member. Random workspaces have hundreds of members,
// nested member directories, virtual and project roots (also in a
// subdirectory), cycles through extras and groups, and random default groups.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeAffected, installClosure } from '../../src/affected/engine.js';
import type { Member, Workspace } from '../../src/workspace/types.js';
import { randomWorkspace, rng } from '../helpers/gen-workspace.js';
import { readSyncArgs } from '../../src/workspace/selection.js';

/** Sync-args variants and, independently of src/workspace/selection.ts, what they select for the target. */
const VARIANTS: { args: string[]; extras: (m: Member) => string[]; groups: (m: Member) => string[]; prod: boolean }[] = [
  { args: [], extras: () => [], groups: defaults, prod: true },
  { args: ['--all-extras'], extras: (m) => m.extras, groups: defaults, prod: true },
  { args: ['--no-dev'], extras: () => [], groups: (m) => defaults(m).filter((g) => g !== 'dev'), prod: true },
  { args: ['--extra', 'a', '--no-default-groups'], extras: () => ['a'], groups: () => [], prod: true },
  { args: ['--all-groups'], extras: () => [], groups: (m) => m.groups, prod: true },
  { args: ['--group=test', '--no-group', 'dev'], extras: () => [], groups: (m) => [...defaults(m), 'test'].filter((g) => g !== 'dev'), prod: true },
  { args: ['--only-group', 'docs'], extras: () => [], groups: () => ['docs'], prod: false },
];

function defaults(m: Member): string[] {
  return m.defaultGroups === 'all' ? m.groups : m.defaultGroups;
}

/** Naive fixpoint: keep applying every edge rule until nothing new appears. */
function bruteClosure(ws: Workspace, y: Member, v: (typeof VARIANTS)[number]): Set<string> {
  const states = new Set<string>(); // `${member}|${extra}`, extra '' for the member itself
  const add = (m: string, extras: string[]) => {
    states.add(`${m}|`);
    for (const e of extras) states.add(`${m}|${e}`);
  };
  if (v.prod) add(y.name, v.extras(y));
  const groups = v.groups(y);
  // Root groups, for groups y lacks, only when asked explicitly (none of these variants falls back
  // except --all-groups/--group/--only-group, handled by the root-group rule below).
  for (const e of ws.edges) if (e.from === y.name && e.kind.startsWith('group:') && groups.includes(e.kind.slice(6))) add(e.to, e.extras);
  const root = ws.members.find((m) => m.isRoot);
  if (root && root !== y) {
    const explicit = (g: string) =>
      v.args.includes('--all-groups') ? !(g === 'dev' && v.args.includes('--no-dev')) : v.args.some((a, i) => (a === '--group=' + g) || ((a === '--group' || a === '--only-group') && v.args[i + 1] === g));
    for (const e of ws.edges) {
      const g = e.kind.slice(6);
      if (e.from === root.name && e.kind.startsWith('group:') && !y.groups.includes(g) && explicit(g) && !(v.args.includes('--no-group') && g === 'dev')) add(e.to, e.extras);
    }
  }
  for (;;) {
    const before = states.size;
    for (const s of [...states]) states.add(`${s.slice(0, s.indexOf('|'))}|`);
    for (const e of ws.edges) {
      if (e.kind === 'runtime' && states.has(`${e.from}|`)) add(e.to, e.extras);
      if (e.kind.startsWith('extra:') && states.has(`${e.from}|${e.kind.slice(6)}`)) add(e.to, e.extras);
    }
    if (states.size === before) break;
  }
  const members = new Set([...states].map((s) => s.slice(0, s.indexOf('|'))));
  members.add(y.name);
  return members;
}

function bruteOwner(ws: Workspace, p: string): string | undefined {
  let best: Member | undefined;
  for (const m of ws.members) {
    const inside = m.path === '.' ? p.startsWith(ws.rootPath === '.' ? '' : `${ws.rootPath}/`) : p === m.path || p.startsWith(`${m.path}/`);
    if (!inside) continue;
    const depth = m.path === '.' ? 0 : m.path.split('/').length;
    const bestDepth = best ? (best.path === '.' ? 0 : best.path.split('/').length) : -1;
    if (depth > bestDepth) best = m;
  }
  return best?.name;
}

function randomPaths(ws: Workspace, seed: number): string[] {
  const r = rng(seed);
  const n = Math.floor(r() * 8);
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    const m = ws.members[Math.floor(r() * ws.members.length)]!;
    const x = r();
    if (x < 0.6) out.push(m.path === '.' ? `src/f${i}.py` : `${m.path}/src/f${i}.py`);
    else if (x < 0.7) out.push(`${m.path}2/x.py`); // a sibling whose name extends the member's
    else if (x < 0.8) out.push(`outside/${i}.md`);
    else if (x < 0.85) out.push(ws.rootPath === '.' ? 'README.md' : `${ws.rootPath}/README.md`);
    // The root member's pyproject.toml is a global trigger (tested separately below), wherever the root sits.
    else out.push(m.isRoot ? `${m.path === '.' ? '' : `${m.path}/`}pyproject.toml2` : `${m.path}/pyproject.toml`);
  }
  return out;
}

describe('computeAffected equals a brute-force inversion of per-member closures', () => {
  it('on random workspaces, change sets and sync-args', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 31 - 1 }), fc.integer({ min: 20, max: 300 }), fc.nat(VARIANTS.length - 1), fc.integer(), (seed, size, vi, pathSeed) => {
        const ws = randomWorkspace(seed, size);
        const v = VARIANTS[vi]!;
        const closures = new Map(ws.members.map((m) => [m.name, bruteClosure(ws, m, v)]));
        // installClosure, member by member.
        for (const m of ws.members) expect([...installClosure(ws, m.name, readSyncArgs(v.args))].sort()).toEqual([...closures.get(m.name)!].sort());
        const paths = randomPaths(ws, pathSeed);
        const owners = new Set(paths.map((p) => bruteOwner(ws, p)).filter((o): o is string => o !== undefined));
        const expected = ws.members.filter((m) => [...closures.get(m.name)!].some((x) => owners.has(x))).map((m) => m.name);
        const affected = computeAffected(ws, { paths, syncArgs: readSyncArgs(v.args) });
        expect(affected.all).toBe(false);
        const got = affected.members.map((m) => m.name);
        expect(got).toEqual(expected.sort());
        // Never too little: owners are in, and every member that installs an affected member is in.
        for (const o of owners) expect(got).toContain(o);
        const gotSet = new Set(got);
        for (const m of ws.members) if ([...closures.get(m.name)!].some((x) => gotSet.has(x) && owners.has(x))) expect(gotSet.has(m.name)).toBe(true);
        // Every affected member says why.
        for (const m of affected.members) expect(m.reasons.length).toBeGreaterThan(0);
      }),
      { numRuns: 150, seed: process.env.FC_SEED ? Number(process.env.FC_SEED) : undefined },
    );
  });

  it('a global trigger marks every member, whatever else changed', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 31 - 1 }), fc.integer(), (seed, pathSeed) => {
        const ws = randomWorkspace(seed, 40);
        const trigger = ['pyproject.toml', '.python-version', 'uv.toml'][Math.abs(pathSeed) % 3]!;
        const paths = [...randomPaths(ws, pathSeed), ws.rootPath === '.' ? trigger : `${ws.rootPath}/${trigger}`];
        const a = computeAffected(ws, { paths });
        expect(a.all).toBe(true);
        expect(a.members.map((m) => m.name)).toEqual(ws.members.map((m) => m.name));
      }),
      { numRuns: 50 },
    );
  });
});
