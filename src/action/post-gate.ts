// Whether the post step has anything to do, read from main's state alone.
// The post entry asks this before it loads the rest of its bundle: a job
// with an exact cache hit, a pull request that may not save, or a detect
// step would otherwise pay for loading the cache client to do nothing.
// Main asks it too, to tell the runner when post need not start
// (post-skip.ts). It imports nothing heavy, and it must stay that way.
import { capitalize } from '../text.js';
import { decodeState, STATE_KEY, type MainState } from './state.js';
import { inputFromEnv } from './input-env.js';

/** The uv cache's part of main's plan: save it under `cacheKey`, or not (and `line` says why, or nothing is said). */
export type CachePlan = { save: true; cacheDir: string; cacheKey: string } | { save: false; line?: string };

export type PostGate =
  /** Nothing to prune or save; `line` (one log line) says why, or nothing is said. */
  | { run: false; line?: string }
  /** Main planned a save of the uv cache (post prunes when asked and saves it), of passed markers, or both. */
  | { run: true; state: MainState; cache: CachePlan };

function cachePlan(state: MainState): CachePlan {
  if (!state.syncSucceeded) return { save: false, line: sentence(state.skipSaveReason ?? 'not saving the uv cache: uv sync failed') };
  if (state.skipSaveReason) return { save: false, line: sentence(state.skipSaveReason) };
  // Without a key the GitHub cache is not in use (cache: false, or turned off by cache: auto).
  if (!state.cacheKey || !state.cacheDir) return { save: false };
  return { save: true, cacheKey: state.cacheKey, cacheDir: state.cacheDir };
}

/** `env` is the step's environment: main's state arrives as `STATE_<name>`, the inputs as `INPUT_<NAME>`. */
export function postGate(env: NodeJS.ProcessEnv): PostGate {
  return gateOf(decodeState(env[`STATE_${STATE_KEY}`] ?? ''), inputFromEnv(env, 'mode'));
}

/**
 * Pure: what post has to do after a main that saved `state` (undefined: none)
 * in `mode`. Main asks it too, with the state it saved, to tell the runner
 * when post can be skipped (post-skip.ts): one rule for both.
 */
export function gateOf(state: MainState | undefined, mode: string | undefined): PostGate {
  if (!state) {
    // mode: detect and mode: record never sync, and say nothing about it.
    if (mode === 'detect' || mode === 'record') return { run: false };
    return { run: false, line: 'uv-workspace-sync: main did not reach uv sync; nothing to prune or save.' };
  }
  const cache = cachePlan(state);
  // Passed markers are saved even when the uv cache is not (an exact hit cannot change; markers are new).
  if (!cache.save && !state.markers?.list.length) return { run: false, ...(cache.line ? { line: cache.line } : {}) };
  return { run: true, state, cache };
}

/** A save reason ("not saving the uv cache: …") as a log line. */
function sentence(reason: string): string {
  return `${capitalize(reason)}.`;
}
