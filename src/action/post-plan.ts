// Whether the post step has anything to do, decided by main, which already
// knows every fact the decision needs (sync result, exact hit, save policy,
// event). When the answer is "nothing", main stores post's one log line and
// its summary in the state, and the post entry prints them without loading
// its bundle (@actions/core, uv, the cache client): on a warm exact hit the
// post step then costs little more than starting Node.
import type { SaveCachePolicy } from '../inputs.js';
import { shouldSave } from '../cache/policy.js';
import { renderPostSummary } from '../report/summary.js';
import type { MainState, PostSkip } from './state.js';

export function planPostSkip(state: MainState, opts: { saveCache: SaveCachePolicy; summary: boolean; eventName: string }): PostSkip | undefined {
  let reason: string;
  let message: string;
  if (!state.syncSucceeded || state.skipSaveReason) {
    reason = state.skipSaveReason ?? 'uv sync did not succeed';
    message = `Not saving the uv cache: ${reason}.`;
  } else if (state.cacheDir && state.cacheKey) {
    const decision = shouldSave({ policy: opts.saveCache, eventName: opts.eventName, exactHit: state.exactHit, syncSucceeded: state.syncSucceeded });
    if (decision.save) return undefined;
    reason = decision.reason;
    message = decision.reason;
  } else {
    // No GitHub cache (cache: false): nothing to prune or save, nothing to say.
    return {};
  }
  const skip: PostSkip = { message };
  if (opts.summary && state.cacheKey) skip.summary = renderPostSummary({ warnings: [], save: { saved: false, key: state.cacheKey, reason } });
  return skip;
}
