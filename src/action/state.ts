// What main hands to post through the runner's state: one JSON value under one
// name, so post never half-reads a state written by another version.
import type { MarkerToSave } from './marker-save.js';

export const STATE_KEY = 'uv-workspace-sync';

export interface MainState {
  /** Main got as far as running uv sync (or decided nothing needed syncing). */
  syncSucceeded: boolean;
  /** Why post must not save, when main planned no save (cache/outcome.ts planSave): post prints it and stops. */
  skipSaveReason?: string;
  uvPath?: string;
  uvVersion?: string;
  cacheDir?: string;
  cacheKey?: string;
  /** The prefix every entry of the key scheme for this uv.lock shares (for the budget). */
  cacheLockPrefix?: string;
  /** The key the cache was restored from, if any. */
  cacheMatchedKey?: string;
  /** Passed markers for post to save (a `run` with skip-passed, the save gate allowing): keys chosen by main. */
  markers?: { ref: string; runId: string; list: MarkerToSave[] };
}

export function encodeState(state: MainState): string {
  return JSON.stringify(state);
}

export function decodeState(text: string): MainState | undefined {
  if (!text) return undefined;
  try {
    const value = JSON.parse(text) as MainState;
    return typeof value === 'object' && value !== null && typeof value.syncSucceeded === 'boolean' ? value : undefined;
  } catch {
    return undefined;
  }
}
