// When to save the cache (pure). Kept apart from store.ts so deciding not to
// save never loads the cache client and its Azure SDK.
import type { SaveCachePolicy } from '../inputs.js';

/** Events where the code that fills the cache may come from someone without write access. */
export const UNTRUSTED_SAVE_EVENTS: readonly string[] = ['pull_request_target', 'workflow_run'];

/**
 * Whether post should save the cache. `save-cache: auto` (the default) saves
 * unless the job runs on `pull_request_target` or `workflow_run`: those run
 * with the base repository's cache scope while building code from a fork, so
 * a saved cache could be poisoned for later trusted runs. `true` saves
 * anyway, `false` never saves. Whatever the policy, an exact hit is not saved
 * again (cache entries are immutable) and neither is a failed sync.
 */
export function shouldSave(opts: { policy: SaveCachePolicy; eventName: string; exactHit: boolean; syncSucceeded: boolean }): { save: boolean; reason: string } {
  if (!opts.syncSucceeded) return { save: false, reason: 'not saving the uv cache: the sync failed' };
  if (opts.exactHit) return { save: false, reason: 'not saving the uv cache: it was restored from an exact key match, which cannot change' };
  if (opts.policy === 'never') return { save: false, reason: "not saving the uv cache: 'save-cache' is false" };
  if (opts.policy === 'auto' && UNTRUSTED_SAVE_EVENTS.includes(opts.eventName)) {
    return {
      save: false,
      reason: `not saving the uv cache on a ${opts.eventName} event, where code from a fork could poison it (set 'save-cache: true' to save anyway)`,
    };
  }
  return { save: true, reason: opts.policy === 'always' ? "saving the uv cache ('save-cache' is true)" : 'saving the uv cache' };
}
