// `why MEMBER` (pure): every changed member a member installs gets its whole
// chain, hop by hop, and the chains agree with the engine's own reasons and
// with the install closure, on hand-made and random workspaces.
import { describe, expect, it } from 'vitest';
import { computeAffected } from '../../src/affected/engine.js';
import { whyMember } from '../../src/affected/why.js';
import { closureOf, installChain, installGraph } from '../../src/workspace/closure.js';
import { readSyncArgs } from '../../src/workspace/selection.js';
import { randomWorkspace, rng, workspace } from '../helpers/gen-workspace.js';

const ws = workspace({
  members: [
    { name: 'core', path: 'libs/core' },
    { name: 'llm', path: 'libs/llm' },
    { name: 'agents', path: 'libs/agents', extras: ['llm'] },
    { name: 'plugin', path: 'plugins/p', groups: ['dev'] },
    { name: 'app', path: 'apps/app', groups: ['dev'] },
    { name: 'docs', path: 'docs' },
  ],
  edges: ['agents -> core', 'agents -extra:llm-> llm', 'plugin -> agents[llm]', 'app -group:dev-> plugin', 'docs -> core'],
});

describe('whyMember', () => {
  it('follows each changed member to the member, through extras asked and groups', () => {
    const affected = computeAffected(ws, { paths: ['libs/llm/x.py', 'libs/core/y.py'] });
    const answer = whyMember(ws, affected, 'app', 2);
    expect(answer).toEqual({
      member: 'app',
      path: 'apps/app',
      affected: true,
      reasons: [],
      chains: [
        {
          changed: 'core',
          reasons: [{ kind: 'changed', paths: ['libs/core/y.py'], more: 0 }],
          // The shortest way to core: agents itself, no extra needed.
          hops: [
            { member: 'app', installs: 'plugin', extra: '', via: { kind: 'group', group: 'dev' } },
            { member: 'plugin', installs: 'agents', extra: '', via: { kind: 'runtime' } },
            { member: 'agents', installs: 'core', extra: '', via: { kind: 'runtime' } },
          ],
        },
        {
          changed: 'llm',
          reasons: [{ kind: 'changed', paths: ['libs/llm/x.py'], more: 0 }],
          hops: [
            { member: 'app', installs: 'plugin', extra: '', via: { kind: 'group', group: 'dev' } },
            { member: 'plugin', installs: 'agents', extra: 'llm', via: { kind: 'runtime' } },
            { member: 'agents', installs: 'llm', extra: '', via: { kind: 'extra', extra: 'llm' } },
          ],
        },
      ],
    });
  });

  it('says why not: what its sync installs, and which changed members it does not', () => {
    const affected = computeAffected(ws, { paths: ['libs/llm/x.py'] });
    expect(whyMember(ws, affected, 'docs', 1)).toEqual({ member: 'docs', path: 'docs', affected: false, changed: 1, installs: ['core'], offSurface: [], elsewhere: ['llm'] });
    // --no-dev: app no longer installs plugin (and what plugin pulls in).
    const noDev = readSyncArgs(['--no-dev']);
    const answer = whyMember(ws, computeAffected(ws, { paths: ['libs/llm/x.py'], syncArgs: noDev }), 'app', 1, noDev);
    expect(answer).toMatchObject({ affected: false, installs: [], elsewhere: ['llm'] });
  });
});

describe('installChain on random workspaces', () => {
  it('exists exactly for the members of the install closure, and its hops join up', () => {
    const r = rng(7);
    for (let round = 0; round < 60; round++) {
      const random = randomWorkspace(Math.floor(r() * 1e9), 3 + Math.floor(r() * 12));
      const g = installGraph(random);
      random.members.forEach((_, y) => {
        const closure = closureOf(g, y);
        random.members.forEach((target, x) => {
          if (x === y) return;
          const chain = installChain(g, y, x);
          expect(chain !== undefined, `${random.members[y]!.name} -> ${target.name}`).toBe(closure.has(target.name));
          if (!chain) return;
          expect(chain[0]!.member).toBe(random.members[y]!.name);
          expect(chain.at(-1)!.installs).toBe(target.name);
          for (let i = 1; i < chain.length; i++) expect(chain[i]!.member).toBe(chain[i - 1]!.installs);
        });
      });
    }
  });

  it('names every changed member the engine names for a member, and no other', () => {
    const r = rng(11);
    for (let round = 0; round < 40; round++) {
      const random = randomWorkspace(Math.floor(r() * 1e9), 4 + Math.floor(r() * 10));
      const changed = random.members.filter(() => r() < 0.3);
      const affected = computeAffected(random, { paths: changed.map((m) => `${m.path === '.' ? '' : `${m.path}/`}changed_${round}.py`) });
      for (const m of affected.members) {
        const answer = whyMember(random, affected, m.name, changed.length);
        expect(answer.affected).toBe(true);
        if (!answer.affected) continue;
        const named = m.reasons.flatMap((reason) => (reason.kind === 'dependency' ? [reason.on] : []));
        const more = m.reasons.reduce((n, reason) => n + (reason.kind === 'dependency-more' ? reason.members : 0), 0);
        const chained = answer.chains.map((c) => c.changed);
        for (const name of named) expect(chained).toContain(name);
        expect(chained).toHaveLength(named.length + more);
      }
    }
  });
});
