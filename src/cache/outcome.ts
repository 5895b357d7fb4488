// What became of the uv cache in a main step, as one value owned here: the
// state handed to post, the step's outputs and the job summary all read it,
// so none of them reshapes the restore result on its own.
import { shouldSave, type CacheGate, type SaveFacts } from './policy.js';
import type { RestoreResult } from './restore.js';

/** What the restore did, or why it was not tried. */
export type RestoreOutcome =
  | { outcome: 'exact'; matchedKey: string }
  | { outcome: 'partial'; matchedKey: string }
  | { outcome: 'miss' }
  /** The service failed; `error` is the one-line reason (already a warning). */
  | { outcome: 'error'; error: string }
  | { outcome: 'not-tried'; why: string };

export interface CacheOutcome {
  dir: string;
  /** Why this directory, e.g. `UV_CACHE_DIR`, `beside the venv: hardlink probe succeeded`. */
  placement: string;
  /** The cache and the venv are on one filesystem, so uv can link instead of copy. */
  sameFilesystem: boolean;
  /** The GitHub cache key; absent when the GitHub cache is not used. */
  key?: string;
  /** The key's prefix for the current uv.lock (the cache budget counts entries under it). */
  lockPrefix?: string;
  restore: RestoreOutcome;
  /** `prune-cache` is on: what was saved had pre-built wheels pruned away. */
  pruned?: boolean;
  /** Set when there is nothing to save to (no cache service in this job): post neither prunes nor saves. */
  unsaveable?: string;
  /** Whether the post step saves, decided once by main after the sync (`planSave`); post only carries it out. */
  save?: SavePlan;
}

/** `reason` is one sentence about the save ("not saving the uv cache: …"), for the log and the summary alike. */
export interface SavePlan {
  save: boolean;
  reason: string;
}

/** The restore result (or its absence) as the outcome a reader sees. */
export function restoreOutcome(gate: CacheGate, restore: RestoreResult | undefined, nothingToSync: boolean): RestoreOutcome {
  if (!gate.enabled) return { outcome: 'not-tried', why: gate.reason ?? 'the cache input is false: the uv cache stays where it is and the GitHub cache is not used' };
  if (nothingToSync) return { outcome: 'not-tried', why: 'no member is affected, so nothing is synced' };
  if (!restore) return { outcome: 'not-tried', why: 'no restore was attempted' };
  if (restore.hit === 'exact' || restore.hit === 'partial') return { outcome: restore.hit, matchedKey: restore.matchedKey ?? '' };
  if (restore.hit === 'error') return { outcome: 'error', error: restore.warning ?? 'the cache service failed' };
  if (restore.hit === 'unavailable') return { outcome: 'not-tried', why: restore.warning ?? 'the GitHub cache service is not available to this job' };
  return { outcome: 'miss' };
}

/** The key an entry was restored from, exact or by a restore key. */
export function matchedKey(cache: CacheOutcome): string | undefined {
  return cache.restore.outcome === 'exact' || cache.restore.outcome === 'partial' ? cache.restore.matchedKey : undefined;
}

function exactHit(cache: CacheOutcome): boolean {
  return cache.restore.outcome === 'exact';
}

/** The `cache-*` outputs' facts. */
export function cacheOutputs(cache: CacheOutcome): { hit: boolean; matchedKey?: string; key?: string; dir: string } {
  return { hit: exactHit(cache), matchedKey: matchedKey(cache), key: cache.key, dir: cache.dir };
}

/**
 * Whether post prunes and saves: decided in main, which has every fact (the
 * sync's result, the restore, the event), so the summary main writes and the
 * save post does cannot disagree, and post can stop before loading its bundle
 * when there is nothing to do. Undefined when the GitHub cache is not used and
 * the sync succeeded: there is nothing to say.
 */
export function planSave(cache: CacheOutcome | undefined, o: { facts: SaveFacts; syncSucceeded: boolean; synced: boolean }): SavePlan | undefined {
  if (!o.syncSucceeded) return { save: false, reason: 'not saving the uv cache: uv sync failed' };
  if (!cache?.key) return undefined;
  if (cache.unsaveable) return { save: false, reason: `not saving the uv cache: ${cache.unsaveable}` };
  if (!o.synced) return { save: false, reason: 'not saving the uv cache: nothing was synced' };
  return shouldSave({ ...o.facts, exactHit: exactHit(cache), syncSucceeded: true });
}
