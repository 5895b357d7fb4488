// When to use the GitHub cache at all, and when to save it (pure). Kept apart
// from store.ts so deciding not to save never loads the cache client and its
// Azure SDK.
import type { CacheInput, SaveCachePolicy } from '../inputs.js';

/**
 * Events whose runs build code someone without write access controls, in the
 * base repository's cache scope (or publish from a tag): a cache restored
 * there can be poisoned and a cache saved there poisons later trusted runs.
 * With `cache: auto` these neither restore nor save, as setup-uv v7+ does.
 */
const NO_CACHE_EVENTS: readonly string[] = ['pull_request_target', 'workflow_run', 'release'];

/**
 * Events whose runs save by default (`save-cache: auto`). An allow-list:
 * `issue_comment`, `check_run`, `pull_request_review_comment` and the like
 * often build a fork's code in the base scope, so anything not named here
 * restores but does not save.
 */
const SAVE_EVENTS: readonly string[] = ['push', 'pull_request', 'merge_group', 'schedule', 'workflow_dispatch'];

export interface CacheGate {
  /** Restore and (policy permitting) save through the GitHub cache. */
  enabled: boolean;
  /** One line for the log when `enabled` is false because of `cache: auto`. */
  reason?: string;
}

/** `a push`, `an issue_comment`. */
function article(word: string): string {
  return /^[aeiou]/i.test(word) ? `an ${word}` : `a ${word}`;
}

function isTagPush(eventName: string, ref: string | undefined): boolean {
  return eventName === 'push' && (ref ?? '').startsWith('refs/tags/');
}

/**
 * `cache: true` / `false` are taken as given. `cache: auto` (the default) is
 * on for GitHub-hosted runners only (`RUNNER_ENVIRONMENT=github-hosted`; a
 * self-hosted runner keeps its cache on its own disk) and off on the events
 * in NO_CACHE_EVENTS and on tag pushes.
 */
export function cacheGate(opts: { input: CacheInput; eventName: string; ref?: string; runnerEnvironment?: string }): CacheGate {
  if (opts.input === 'true') return { enabled: true };
  if (opts.input === 'false') return { enabled: false };
  if (opts.runnerEnvironment !== 'github-hosted') {
    return {
      enabled: false,
      reason: `not using the GitHub cache: this is not a GitHub-hosted runner (RUNNER_ENVIRONMENT is ${opts.runnerEnvironment ? `'${opts.runnerEnvironment}'` : 'unset'}); the uv cache stays on this machine (set 'cache: true' to use the GitHub cache anyway)`,
    };
  }
  if (isTagPush(opts.eventName, opts.ref)) {
    return { enabled: false, reason: "not restoring or saving the uv cache on a tag push, where a poisoned cache could reach a release (set 'cache: true' to use it anyway)" };
  }
  if (NO_CACHE_EVENTS.includes(opts.eventName)) {
    return {
      enabled: false,
      reason: `not restoring or saving the uv cache on ${article(opts.eventName)} event, which runs in the base repository's cache scope where a poisoned cache could reach trusted runs (set 'cache: true' to use it anyway)`,
    };
  }
  return { enabled: true };
}

/**
 * Whether post should save the cache. `save-cache: auto` (the default) saves
 * on the events in SAVE_EVENTS (a push of a branch, not of a tag) and on no
 * other; `true` saves anyway, `false` never saves. Whatever the policy, an
 * exact hit is not saved again (cache entries are immutable) and neither is
 * a failed sync.
 */
export function shouldSave(opts: {
  policy: SaveCachePolicy;
  eventName: string;
  ref?: string;
  exactHit: boolean;
  syncSucceeded: boolean;
  /** For `save-cache: default-branch`: the job runs for a push to the repository's default branch (`onDefaultBranch`). */
  onDefaultBranch?: boolean;
}): { save: boolean; reason: string } {
  if (!opts.syncSucceeded) return { save: false, reason: 'not saving the uv cache: uv sync failed' };
  if (opts.exactHit) return { save: false, reason: 'not saving the uv cache: it was restored from an exact key match, which cannot change' };
  if (opts.policy === 'never') return { save: false, reason: "not saving the uv cache: 'save-cache' is false" };
  if (opts.policy === 'default-branch' && !opts.onDefaultBranch) {
    return { save: false, reason: "not saving the uv cache: 'save-cache' is default-branch and this job does not run for the default branch (it restores only)" };
  }
  // GITHUB_EVENT_NAME is set on every GitHub run; without it (a local run of
  // dist/, the tests' runner) there is no event to distrust.
  if (opts.policy === 'auto' && opts.eventName !== '') {
    const event = opts.eventName;
    if (isTagPush(opts.eventName, opts.ref)) {
      return { save: false, reason: "not saving the uv cache on a tag push (set 'save-cache: true' to save anyway)" };
    }
    if (!SAVE_EVENTS.includes(opts.eventName)) {
      return {
        save: false,
        reason: `not saving the uv cache on ${article(event)} event: 'save-cache: auto' saves only on ${SAVE_EVENTS.join(', ')}, where the code is the repository's own (set 'save-cache: true' to save anyway)`,
      };
    }
  }
  return { save: true, reason: opts.policy === 'always' ? "saving the uv cache ('save-cache' is true)" : 'saving the uv cache' };
}

/**
 * For `save-cache: default-branch`, the single writer: a job for the default
 * branch on an event that saves by default (so never a pull request, and
 * never workflow_run, which runs on the default branch's ref but may build a
 * fork's code).
 */
export function onDefaultBranch(opts: { eventName: string; ref: string | undefined; defaultBranch: string | undefined }): boolean {
  if (!opts.defaultBranch || !opts.ref) return false;
  if (!SAVE_EVENTS.includes(opts.eventName) || opts.eventName.startsWith('pull_request')) return false;
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
