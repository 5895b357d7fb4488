// The git answers the change listing asks for at once (changes/early.ts):
// kept only where they are what git answers when asked one by one, so the
// listing is the same whichever way it went. Real repositories, real git.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { askEarly, earlyQuestions } from '../../src/changes/early.js';
import { detectChanges } from '../../src/changes/detect.js';
import { diffFiles, mergeBase } from '../../src/changes/git.js';
import { createSandbox, type Repo, type Sandbox } from '../helpers/git.js';

let box: Sandbox;
beforeEach(async () => {
  box = await createSandbox();
});
afterEach(async () => {
  await box.remove();
});

const log = { info: () => {}, warning: () => {} };

/** main and side each merge the other's first commit: two merge-bases (a criss-cross), then each moves on. */
async function crissCross(): Promise<{ repo: Repo; mainTip: string; sideTip: string }> {
  const repo = await box.repo();
  await repo.commit('root', { 'a.py': '0\n' });
  await repo.git('checkout', '-q', '-b', 'side');
  const s1 = await repo.commit('side 1', { 's.py': '1\n' });
  await repo.git('checkout', '-q', 'main');
  const m1 = await repo.commit('main 1', { 'm.py': '1\n' });
  await repo.git('merge', '-q', '--no-edit', '-m', 'main takes side 1', s1);
  await repo.git('checkout', '-q', 'side');
  await repo.git('merge', '-q', '--no-edit', '-m', 'side takes main 1', m1);
  const sideTip = await repo.commit('side 2', { 'side-only.py': '2\n' });
  await repo.git('checkout', '-q', 'main');
  const mainTip = await repo.commit('main 2', { 'main-only.py': '2\n' });
  return { repo, mainTip, sideTip };
}

describe('askEarly', () => {
  it('keeps the merge-base and the diff from it for two present commits, as git gives them one by one', async () => {
    const repo = await box.repo();
    const base = await repo.commit('base', { 'a.py': '0\n' });
    await repo.git('checkout', '-q', '-b', 'feature');
    const head = await repo.commit('feature', { 'a.py': '1\n', 'b.py': '1\n' });
    await repo.git('checkout', '-q', 'main');
    const tip = await repo.commit('main moves on', { 'c.py': '1\n' });

    const answers = await askEarly(repo.dir, earlyQuestions({ base: tip, head }, { kind: 'all', event: 'x', reason: '', problem: false }));

    expect(answers.present).toEqual(new Map([[head, true], [tip, true]]));
    expect(answers.mergeBase(tip, head)).toEqual({ found: base });
    expect(await answers.diff(base, head)).toEqual(await diffFiles(repo.dir, base, head));
  });

  it('keeps no diff where git finds two merge-bases, and the listing is the one of the branch names', async () => {
    const { repo, mainTip, sideTip } = await crissCross();

    const answers = await askEarly(repo.dir, earlyQuestions({ base: mainTip, head: sideTip }, { kind: 'all', event: 'x', reason: '', problem: false }));
    const found = answers.mergeBase(mainTip, sideTip)?.found;
    expect(found).toBe(await mergeBase(repo.dir, mainTip, sideTip));
    expect(await answers.diff(found!, sideTip)).toBeUndefined();

    const bySha = await detectChanges({ repoRoot: repo.dir, eventName: undefined, eventPath: undefined, base: mainTip, head: sideTip, log });
    const byName = await detectChanges({ repoRoot: repo.dir, eventName: undefined, eventPath: undefined, base: 'main', head: 'side', log });
    expect(bySha).toMatchObject({ source: 'git', all: false, base: found, head: sideTip });
    expect(bySha.paths).toEqual(byName.paths);
    expect(bySha.paths).toContain('side-only.py');
  });

  it("keeps nothing about a commit missing from the clone (the listing fetches it, then asks git itself)", async () => {
    const repo = await box.repo();
    const head = await repo.commit('one', { 'a.py': '0\n' });
    const missing = 'b'.repeat(40);

    const answers = await askEarly(repo.dir, earlyQuestions({ base: missing, head }, { kind: 'all', event: 'x', reason: '', problem: false }));

    expect(answers.present.get(missing)).toBe(false);
    expect(answers.mergeBase(missing, head)).toBeUndefined();
  });

  it("keeps a push's before..after diff when both are present, and asks nothing for a forced push's range", async () => {
    const repo = await box.repo();
    const before = await repo.commit('one', { 'a.py': '0\n' });
    const after = await repo.commit('two', { 'a.py': '1\n', 'gone.py': '1\n' });
    const push = { kind: 'push' as const, event: 'push', ref: 'refs/heads/main', branch: 'main', before: before.toUpperCase(), after, forced: false };

    const answers = await askEarly(repo.dir, earlyQuestions({}, push));
    expect(await answers.diff(before, after)).toEqual(await diffFiles(repo.dir, before, after));
    expect(earlyQuestions({}, { ...push, forced: true })).toEqual({ commits: [after] });
    expect(earlyQuestions({ base: 'last-success' }, push)).toEqual({ commits: [] });
  });
});
