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
export function shouldSave(opts: {
  policy: SaveCachePolicy;
  eventName: string;
  exactHit: boolean;
  syncSucceeded: boolean;
  /** For `save-cache: default-branch`: the job runs for a push to the repository's default branch (`onDefaultBranch`). */
  onDefaultBranch?: boolean;
}): { save: boolean; reason: string } {
  if (!opts.syncSucceeded) return { save: false, reason: 'not saving the uv cache: the sync failed' };
  if (opts.exactHit) return { save: false, reason: 'not saving the uv cache: it was restored from an exact key match, which cannot change' };
  if (opts.policy === 'never') return { save: false, reason: "not saving the uv cache: 'save-cache' is false" };
  if (opts.policy === 'default-branch' && !opts.onDefaultBranch) {
    return { save: false, reason: "not saving the uv cache: 'save-cache' is default-branch and this job does not run for the default branch (it restores only)" };
  }
  if (opts.policy === 'auto' && UNTRUSTED_SAVE_EVENTS.includes(opts.eventName)) {
    return {
      save: false,
      reason: `not saving the uv cache on a ${opts.eventName} event, where code from a fork could poison it (set 'save-cache: true' to save anyway)`,
    };
  }
  return { save: true, reason: opts.policy === 'always' ? "saving the uv cache ('save-cache' is true)" : 'saving the uv cache' };
}

/**
 * Whether the job runs for the default branch itself, for `save-cache:
 * default-branch` (one writer: pull requests and feature branches restore the
 * default branch's entries, which GitHub lets every branch read, but add none
 * of their own to the repository's 10 GB). Pull requests never count: their
 * GITHUB_REF is `refs/pull/N/merge` and their cache is visible to that pull
 * request alone.
 */
export function onDefaultBranch(opts: { eventName: string; ref: string | undefined; defaultBranch: string | undefined }): boolean {
  if (!opts.defaultBranch || !opts.ref) return false;
  if (opts.eventName.startsWith('pull_request')) return false;
  // workflow_run runs on the default branch's ref but may build a fork's code: never the one writer.
  if (UNTRUSTED_SAVE_EVENTS.includes(opts.eventName)) return false;
  return opts.ref === `refs/heads/${opts.defaultBranch}`;
}

/** `repository.default_branch` of the event payload (GITHUB_EVENT_PATH's text); undefined when absent or unreadable. */
export function defaultBranchFromPayload(text: string | undefined): string | undefined {
  if (!text) return undefined;
  try {
    const branch = (JSON.parse(text) as { repository?: { default_branch?: unknown } } | null)?.repository?.default_branch;
    return typeof branch === 'string' && branch !== '' ? branch : undefined;
  } catch {
    return undefined;
  }
}
