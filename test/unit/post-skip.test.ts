// When main tells the runner that post has nothing to do (src/action/post-skip.ts),
// and how the runner reads it: action.yml's post-if, evaluated by GitHub's own
// expression engine (scripts/lib/runner.mjs postRuns) the way actions/runner does.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { postRuns } from '../../scripts/lib/runner.mjs';
import { postSkip, skipPostValue, SKIP_POST_VARIABLE } from '../../src/action/post-skip.js';
import type { MainState } from '../../src/action/state.js';

const ACTION_YML = path.join(import.meta.dirname, '..', '..', 'action.yml');
const EXACT_HIT: MainState = { syncSucceeded: true, skipSaveReason: 'not saving the uv cache: it was restored from an exact key match, which cannot change' };
const SAVES: MainState = { syncSucceeded: true, cacheDir: '/c', cacheKey: 'k' };
const env = (extra: Record<string, string> = {}) => ({ GITHUB_ACTION: '__o_r', ...extra });

/** The job's environment after main, and whether the runner then starts post. */
function runnerStartsPost(state: MainState | undefined, before: Record<string, string> = {}, mainCode = 0): boolean {
  const skip = postSkip(state, env(before));
  const jobEnv = { ...env(before), ...(skip.export ? { [skip.export.name]: skip.export.value } : {}) };
  return postRuns(ACTION_YML, { mainCode, env: jobEnv });
}

describe('skipPostValue', () => {
  it('adds the step token once, and never over a step of the same name that needs post', () => {
    expect(skipPostValue('', 'x', false)).toBe('[x]');
    expect(skipPostValue('[x]', 'x', false)).toBeUndefined();
    expect(skipPostValue('[!x]', 'x', false)).toBeUndefined();
    expect(skipPostValue('[y]', 'x', false)).toBe('[y][x]');
  });
  it('a step that needs post removes its skip token and pins the need', () => {
    expect(skipPostValue('', 'x', true)).toBe('[!x]');
    expect(skipPostValue('[y][x][x_2]', 'x', true)).toBe('[y][x_2][!x]');
    expect(skipPostValue('[!x]', 'x', true)).toBeUndefined();
  });
});

describe('postSkip and action.yml post-if', () => {
  it('skips post on an exact hit, and main prints the line post would have printed', () => {
    const skip = postSkip(EXACT_HIT, env());
    expect(skip).toEqual({ export: { name: SKIP_POST_VARIABLE, value: '[__o_r]' }, line: 'Not saving the uv cache: it was restored from an exact key match, which cannot change.' });
    expect(runnerStartsPost(EXACT_HIT)).toBe(false);
  });
  it('runs post when it saves the cache or markers', () => {
    expect(runnerStartsPost(SAVES)).toBe(true);
    expect(runnerStartsPost({ ...EXACT_HIT, markers: { ref: 'r', runId: '1', list: [{ key: 'm', member: 'a', fingerprint: 'f' }] } })).toBe(true);
  });
  it('skips post after a failed sync (the job failed: failure() holds) and after a main that never saved state', () => {
    expect(runnerStartsPost({ syncSucceeded: false }, {}, 1)).toBe(false);
    expect(postSkip(undefined, env()).line).toBeUndefined();
    expect(runnerStartsPost(undefined, {}, 1)).toBe(false);
  });
  it("another step's token does not skip this one (names that share a prefix, any case)", () => {
    expect(postRuns(ACTION_YML, { mainCode: 0, env: { GITHUB_ACTION: '__o_r', [SKIP_POST_VARIABLE]: '[__o_r_2][__O_R_3]' } })).toBe(true);
    expect(postRuns(ACTION_YML, { mainCode: 0, env: { GITHUB_ACTION: '__o_r_2', [SKIP_POST_VARIABLE]: '[__O_R_2]' } })).toBe(false);
  });
  it('outside a runner (no GITHUB_ACTION) or with an odd step name, nothing is exported and post runs', () => {
    expect(postSkip(EXACT_HIT, {})).toEqual({});
    expect(postSkip(EXACT_HIT, { GITHUB_ACTION: 'a]b' })).toEqual({});
    expect(postRuns(ACTION_YML, { mainCode: 0, env: {} })).toBe(true);
  });
});
