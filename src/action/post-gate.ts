// Whether the post step has anything to do, read from main's state alone.
// The post entry asks this before it loads the rest of its bundle: a job
// with an exact cache hit, a pull request that may not save, or a detect
// step would otherwise pay for loading the cache client to do nothing.
// It imports nothing heavy, and it must stay that way.
import { capitalize } from '../text.js';
import { decodeState, STATE_KEY, type MainState } from './state.js';

export type PostGate =
  /** Nothing to prune or save; `line` (one log line) says why, or nothing is said. */
  | { run: false; line?: string }
  /** Main planned a save: post prunes (when asked) and saves under `state.cacheKey`. */
  | { run: true; state: MainState & { cacheDir: string; cacheKey: string } };

/** `env` is the step's environment: main's state arrives as `STATE_<name>`, the inputs as `INPUT_<NAME>`. */
export function postGate(env: NodeJS.ProcessEnv): PostGate {
  const state = decodeState(env[`STATE_${STATE_KEY}`] ?? '');
  if (!state) {
    // mode: detect and mode: record never sync, and say nothing about it.
    const mode = (env.INPUT_MODE ?? '').trim();
    if (mode === 'detect' || mode === 'record') return { run: false };
    return { run: false, line: 'uv-workspace-sync: main did not reach uv sync; nothing to prune or save.' };
  }
  if (!state.syncSucceeded) return { run: false, line: sentence(state.skipSaveReason ?? 'not saving the uv cache: uv sync failed') };
  if (state.skipSaveReason) return { run: false, line: sentence(state.skipSaveReason) };
  // Without a key the GitHub cache is not in use (cache: false, or turned off by cache: auto).
  if (!state.cacheKey || !state.cacheDir) return { run: false };
  return { run: true, state: { ...state, cacheKey: state.cacheKey, cacheDir: state.cacheDir } };
}

/** A save reason ("not saving the uv cache: …") as a log line. */
function sentence(reason: string): string {
  return `${capitalize(reason)}.`;
}
