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

/** What decides whether the GitHub cache is used at all: the `cache` input, the runner and the event. */
interface GateInput {
  cache: CacheInput;
  /** GITHUB_EVENT_NAME ('' outside GitHub). */
  eventName: string;
  /** GITHUB_REF. */
  ref?: string;
  /** RUNNER_ENVIRONMENT. */
  runnerEnvironment?: string;
}

/** Why the GitHub cache is off for this job, or undefined when it is on. */
type GateOff = { by: 'input' } | { by: 'runner'; environment?: string } | { by: 'tag-push' } | { by: 'event'; event: string };

function gateOff(opts: GateInput): GateOff | undefined {
  if (opts.cache === 'true') return undefined;
  if (opts.cache === 'false') return { by: 'input' };
  if (opts.runnerEnvironment !== 'github-hosted') return { by: 'runner', environment: opts.runnerEnvironment };
  if (isTagPush(opts.eventName, opts.ref)) return { by: 'tag-push' };
  if (NO_CACHE_EVENTS.includes(opts.eventName)) return { by: 'event', event: opts.eventName };
  return undefined;
}

const FORCE_CACHE = "(set 'cache: true' to use it anyway)";

/** `RUNNER_ENVIRONMENT is 'self-hosted'`. */
function runnerNamed(environment: string | undefined): string {
  return `RUNNER_ENVIRONMENT is ${environment ? `'${environment}'` : 'unset'}`;
}

/**
 * `cache: true` / `false` are taken as given. `cache: auto` (the default) is
 * on for GitHub-hosted runners only (`RUNNER_ENVIRONMENT=github-hosted`; a
 * self-hosted runner keeps its cache on its own disk) and off on the events
 * in NO_CACHE_EVENTS and on tag pushes.
 */
export function cacheGate(opts: GateInput): CacheGate {
  const off = gateOff(opts);
  if (!off) return { enabled: true };
  switch (off.by) {
    case 'input':
      return { enabled: false };
    case 'runner':
      return {
        enabled: false,
        reason: `not using the GitHub cache: this is not a GitHub-hosted runner (${runnerNamed(off.environment)}); the uv cache stays on this machine ${FORCE_CACHE.replace('it anyway', 'the GitHub cache anyway')}`,
      };
    case 'tag-push':
      return { enabled: false, reason: `not restoring or saving the uv cache on a tag push, where a poisoned cache could reach a release ${FORCE_CACHE}` };
    case 'event':
      return {
        enabled: false,
        reason: `not restoring or saving the uv cache on ${article(off.event)} event, which runs in the base repository's cache scope where a poisoned cache could reach trusted runs ${FORCE_CACHE}`,
      };
  }
}

/** Everything that decides whether this job may write to the GitHub cache. */
export interface SaveFacts extends GateInput {
  policy: SaveCachePolicy;
  /** `repository.default_branch` of the event payload, for `save-cache: default-branch`. */
  defaultBranch?: string;
}

export interface SaveDecision {
  save: boolean;
  /** One sentence, "saving the uv cache" or "not saving the uv cache …", for the log and the summary. */
  reason: string;
}

/** The gate's reason, worded for a save. */
function notSavingBecause(off: GateOff): string {
  switch (off.by) {
    case 'input':
      return "not saving the uv cache: 'cache' is false";
    case 'runner':
      return `not saving the uv cache: this is not a GitHub-hosted runner (${runnerNamed(off.environment)}), where 'cache: auto' does not use the GitHub cache ${FORCE_CACHE}`;
    case 'tag-push':
      return `not saving the uv cache on a tag push, where a poisoned cache could reach a release ${FORCE_CACHE}`;
    case 'event':
      return `not saving the uv cache on ${article(off.event)} event, which runs in the base repository's cache scope where a poisoned cache could reach trusted runs ${FORCE_CACHE}`;
  }
}

/**
 * The one save gate: whether this job may write an entry to the GitHub
 * cache. The uv cache (shouldSave, after the sync) and passed markers
 * (`mode: record`) both ask it, so a marker is saved exactly where the uv
 * cache would be. First the cache gate (cacheGate: the `cache` input, the
 * runner, the event), then the `save-cache` policy: `auto` (the default)
 * saves on the events in SAVE_EVENTS (a push of a branch, not of a tag) and
 * on no other; `true` saves anyway, `false` never saves; `default-branch`
 * only for the default branch (onDefaultBranch).
 */
export function saveGate(facts: SaveFacts): SaveDecision {
  const off = gateOff(facts);
  if (off) return { save: false, reason: notSavingBecause(off) };
  if (facts.policy === 'never') return { save: false, reason: "not saving the uv cache: 'save-cache' is false" };
  if (facts.policy === 'default-branch' && !onDefaultBranch(facts)) {
    return { save: false, reason: "not saving the uv cache: 'save-cache' is default-branch and this job does not run for the default branch (it restores only)" };
  }
  // GITHUB_EVENT_NAME is set on every GitHub run; without it (a local run of
  // dist/, the tests' runner) there is no event to distrust.
  if (facts.policy === 'auto' && facts.eventName !== '') {
    if (isTagPush(facts.eventName, facts.ref)) {
      return { save: false, reason: "not saving the uv cache on a tag push (set 'save-cache: true' to save anyway)" };
    }
    if (!SAVE_EVENTS.includes(facts.eventName)) {
      return {
        save: false,
        reason: `not saving the uv cache on ${article(facts.eventName)} event: 'save-cache: auto' saves only on ${SAVE_EVENTS.join(', ')}, where the code is the repository's own (set 'save-cache: true' to save anyway)`,
      };
    }
  }
  return { save: true, reason: facts.policy === 'always' ? "saving the uv cache ('save-cache' is true)" : 'saving the uv cache' };
}

/**
 * Whether post should save the uv cache: never after a failed sync, nor
 * after an exact hit (cache entries are immutable); otherwise the save gate.
 */
export function shouldSave(opts: SaveFacts & { exactHit: boolean; syncSucceeded: boolean }): SaveDecision {
  if (!opts.syncSucceeded) return { save: false, reason: 'not saving the uv cache: uv sync failed' };
  if (opts.exactHit) return { save: false, reason: 'not saving the uv cache: it was restored from an exact key match, which cannot change' };
  return saveGate(opts);
}

/**
 * For `save-cache: default-branch`, the single writer: a job for the default
 * branch on an event that saves by default (so never a pull request, and
 * never workflow_run, which runs on the default branch's ref but may build a
 * fork's code).
 */
export function onDefaultBranch(opts: { eventName: string; ref?: string; defaultBranch?: string }): boolean {
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
