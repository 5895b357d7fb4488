// Main decides whether post saves (planSave); post only carries it out.
import { describe, expect, test } from 'vitest';
import { planSave, type CacheOutcome } from '../../src/cache/outcome.js';

const miss: CacheOutcome = { dir: '/c', placement: 'beside the venv', sameFilesystem: true, key: 'k', lockPrefix: 'p', restore: { outcome: 'miss' }, pruned: true };
const facts = { cache: 'auto' as const, runnerEnvironment: 'github-hosted', policy: 'auto' as const, eventName: 'push', ref: 'refs/heads/main' };
const push = { facts, syncSucceeded: true, synced: true };

describe('planSave', () => {
  test('a miss after a good sync on a push is saved', () => {
    expect(planSave(miss, push)?.save).toBe(true);
  });
  test('each reason not to save, the first that applies winning', () => {
    expect(planSave(miss, { ...push, syncSucceeded: false })).toEqual({ save: false, reason: 'not saving the uv cache: uv sync failed' });
    // A failed sync is said even without the GitHub cache; a good one without it says nothing.
    expect(planSave({ ...miss, key: undefined }, { ...push, syncSucceeded: false })?.save).toBe(false);
    expect(planSave({ ...miss, key: undefined }, push)).toBeUndefined();
    expect(planSave({ ...miss, unsaveable: 'no service' }, push)).toEqual({ save: false, reason: 'not saving the uv cache: no service' });
    expect(planSave(miss, { ...push, synced: false })).toEqual({ save: false, reason: 'not saving the uv cache: nothing was synced' });
    expect(planSave({ ...miss, restore: { outcome: 'exact', matchedKey: 'k' } }, push)?.reason).toMatch(/exact key match/);
    expect(planSave(miss, { ...push, facts: { ...facts, eventName: 'issue_comment' } })?.reason).toMatch(/^not saving the uv cache on an issue_comment event/);
  });
  test('save-cache: default-branch saves for a push to the default branch named by the event only', () => {
    const policy = 'default-branch' as const;
    expect(planSave(miss, { ...push, facts: { ...facts, policy, defaultBranch: 'main' } })?.save).toBe(true);
    expect(planSave(miss, { ...push, facts: { ...facts, policy, defaultBranch: 'trunk' } })?.save).toBe(false);
    expect(planSave(miss, { ...push, facts: { ...facts, policy } })?.save).toBe(false);
  });
});
