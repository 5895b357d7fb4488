// Pure: a GitHub event payload → which two commits to compare. No git, no IO:
// the caller reads GITHUB_EVENT_PATH and hands the text in.

/** A full git object name (sha1, or sha256 for sha256 repositories), lower case as GitHub sends it. */
const SHA = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;

/** A full commit name, in either case (a user's `base` input may be upper case). */
export function isFullSha(ref: string): boolean {
  return SHA.test(ref.toLowerCase());
}
const ZERO = /^0+$/;

export type EventPlan =
  | {
      kind: 'pull-request';
      event: string;
      number: number;
      /** pull_request.base.sha: the base branch tip when the event fired. */
      base: string;
      /** pull_request.head.sha: the PR branch tip. */
      head: string;
      /** Number of changed files GitHub reports, to skip the API past its limit. */
      changedFiles?: number;
    }
  | {
      kind: 'push';
      event: string;
      /** Full ref pushed, e.g. `refs/heads/main`. */
      ref: string;
      /** Branch name when a branch was pushed. */
      branch?: string;
      /** undefined for a new branch or tag (GitHub sends all zeros). */
      before?: string;
      after: string;
      forced: boolean;
      defaultBranch?: string;
    }
  | { kind: 'merge-group'; event: string; base: string; head: string }
  | {
      kind: 'all';
      event: string;
      reason: string;
      /** True when this is a problem the user should see as a warning (bad payload), not an expected outcome (schedule). */
      problem: boolean;
    };

type Json = Record<string, unknown>;

function object(value: unknown): Json | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Json) : undefined;
}

function sha(value: unknown): string | undefined {
  return typeof value === 'string' && SHA.test(value) ? value : undefined;
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

function malformed(event: string, source: string, what: string): EventPlan {
  return { kind: 'all', event, reason: `the ${event} event in ${source} ${what}`, problem: true };
}

/**
 * The one wording of "this run has nothing to compare against", for every
 * event without a base (a new reason string; the lead maps it to a
 * structured reason at merge).
 */
function noBaseReason(what: string): string {
  return `${what} has no base commit to compare against`;
}

/**
 * Decides what to compare for one event. `payloadText` is the content of
 * GITHUB_EVENT_PATH (undefined when it could not be read); `source` names it
 * in messages.
 */
export function planFromEvent(eventName: string | undefined, payloadText: string | undefined, source = 'GITHUB_EVENT_PATH'): EventPlan {
  if (!eventName) {
    return { kind: 'all', event: 'local', reason: 'no GitHub event and no base to compare against', problem: false };
  }
  const event = eventName;
  if (event === 'workflow_dispatch' || event === 'schedule' || event === 'repository_dispatch' || event === 'workflow_call') {
    return { kind: 'all', event, reason: noBaseReason(`a ${event} run`), problem: false };
  }
  const known = event.startsWith('pull_request') || event === 'push' || event === 'merge_group';
  if (!known) {
    // release, create, workflow_run, ...: the rule is every member, never none.
    return { kind: 'all', event, reason: noBaseReason(`a ${event} event`), problem: false };
  }
  if (payloadText === undefined) return malformed(event, source, 'could not be read');
  let parsed: unknown;
  try {
    parsed = JSON.parse(payloadText);
  } catch {
    return malformed(event, source, 'is not valid JSON');
  }
  const payload = object(parsed);
  if (!payload) return malformed(event, source, 'is not a JSON object');

  if (event.startsWith('pull_request')) return pullRequestPlan(event, payload, source);
  if (event === 'merge_group') return mergeGroupPlan(event, payload, source);
  return pushPlan(event, payload, source);
}

type Payload = Record<string, unknown>;

function pullRequestPlan(event: string, payload: Payload, source: string): EventPlan {
  const pr = object(payload.pull_request);
  const base = sha(object(pr?.base)?.sha);
  const head = sha(object(pr?.head)?.sha);
  const number = typeof pr?.number === 'number' ? pr.number : typeof payload.number === 'number' ? payload.number : undefined;
  if (!pr || !base || !head || number === undefined) {
    return malformed(event, source, 'lacks pull_request.number, base.sha or head.sha');
  }
  const changedFiles = typeof pr.changed_files === 'number' ? pr.changed_files : undefined;
  return { kind: 'pull-request', event, number, base, head, changedFiles };
}

function mergeGroupPlan(event: string, payload: Payload, source: string): EventPlan {
  const group = object(payload.merge_group);
  const base = sha(group?.base_sha);
  const head = sha(group?.head_sha);
  if (!base || !head) return malformed(event, source, 'lacks merge_group.base_sha or head_sha');
  return { kind: 'merge-group', event, base, head };
}

function pushPlan(event: string, payload: Payload, source: string): EventPlan {
  const ref = text(payload.ref);
  const after = sha(payload.after);
  const beforeRaw = payload.before;
  if (!ref || !after || (beforeRaw !== undefined && typeof beforeRaw === 'string' && !SHA.test(beforeRaw))) {
    return malformed(event, source, 'lacks ref, before or after');
  }
  if (ZERO.test(after)) {
    return { kind: 'all', event, reason: `the push deleted ${ref}`, problem: false };
  }
  // A tag (a release) or any other ref that is not a branch has no earlier
  // state of its own: comparing it with the default branch would find
  // nothing for a tag of the default branch's tip. Nothing can be proven.
  if (!ref.startsWith('refs/heads/')) {
    const what = ref.startsWith('refs/tags/') ? `tag ${ref.slice('refs/tags/'.length)}` : `ref ${ref}`;
    return { kind: 'all', event, reason: noBaseReason(`a push of ${what}`), problem: false };
  }
  const before = sha(beforeRaw);
  return {
    kind: 'push',
    event,
    ref,
    branch: ref.startsWith('refs/heads/') ? ref.slice('refs/heads/'.length) : undefined,
    before: before && !ZERO.test(before) ? before : undefined,
    after,
    forced: payload.forced === true,
    defaultBranch: text(object(payload.repository)?.default_branch),
  };
}
