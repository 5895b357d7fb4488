// planPostSkip: main's answer to "does post have anything to do?", which lets
// the post entry stop before loading its bundle. The log line and summary it
// stores must be what the full post step would have printed.
import { describe, expect, it } from 'vitest';
import { planPostSkip } from '../../src/action/post-plan.js';
import type { MainState } from '../../src/action/state.js';

const synced: MainState = { syncSucceeded: true, uvPath: '/bin/uv', uvVersion: '0.13.9', cacheDir: '/tmp/c', cacheKey: 'uv-ws-v1-k', exactHit: false, cacheEnabled: true };
const opts = { saveCache: 'auto' as const, summary: true, eventName: 'push' };

describe('planPostSkip', () => {
  it('leaves a save that must happen to the post step', () => {
    expect(planPostSkip(synced, opts)).toBeUndefined();
    expect(planPostSkip(synced, { ...opts, saveCache: 'always', eventName: 'pull_request_target' })).toBeUndefined();
  });

  it('an exact hit: the reason, and a summary naming the key', () => {
    const skip = planPostSkip({ ...synced, exactHit: true }, opts)!;
    expect(skip.message).toMatch(/exact key match/);
    expect(skip.summary).toContain('uv-ws-v1-k');
    expect(skip.summary).toContain('The cache was not pruned.');
  });

  it('a failed sync or a skip reason from main', () => {
    expect(planPostSkip({ ...synced, syncSucceeded: false }, opts)!.message).toBe('Not saving the uv cache: uv sync did not succeed.');
    expect(planPostSkip({ ...synced, skipSaveReason: 'nothing was synced' }, opts)!.message).toBe('Not saving the uv cache: nothing was synced.');
  });

  it('save-cache false and untrusted events under auto', () => {
    expect(planPostSkip(synced, { ...opts, saveCache: 'never' })!.message).toMatch(/'save-cache' is false/);
    expect(planPostSkip(synced, { ...opts, eventName: 'pull_request_target' })!.message).toMatch(/pull_request_target/);
  });

  it('no summary when the summary input is off; nothing at all with cache: false', () => {
    expect(planPostSkip({ ...synced, exactHit: true }, { ...opts, summary: false })!.summary).toBeUndefined();
    expect(planPostSkip({ ...synced, cacheKey: undefined, cacheEnabled: false }, opts)).toEqual({});
  });
});
