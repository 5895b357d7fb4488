// Which paths changed: the explicit list, else two commits from the inputs or
// the event, diffed with git (fetching exactly what a shallow clone lacks),
// else the pull request's files from the API. Detection never throws: when
// nothing reliable can be listed the answer is "every member", because
// syncing too much is safe and syncing too little is not.
import path from 'node:path';
import { changedPaths } from './diff.js';
import { isFullSha, planFromEvent, type EventPlan } from './event.js';
import {
  commitParents,
  diffFiles,
  diffWorkTree,
  fetchFromOrigin,
  type FetchResult,
  GitUnavailableError,
  isShallow,
  mergeBase,
  readBlob,
  resolveCommit,
  revisionError,
  untrackedFiles,
  withGitReason,
  workTreeState,
} from './git.js';
import { lastSuccessfulRun, listPullRequestFiles, PULL_FILES_LIMIT, type ApiAccess } from './github-api.js';
import { gitFrame, typedFrame } from './frame.js';
import { askEarly, earlyQuestions, type EarlyAnswers } from './early.js';
import type { NormalizeOptions } from './paths.js';
import { everything, explicitList, explicitNormalList, normalized, oneLine } from './change-set.js';
import type { ChangeSet, WatchedText } from './types.js';
import { readBoundedText } from '../read-file.js';
import type { Log } from '../log.js';

export interface DetectOptions {
  /** The git work tree (GITHUB_WORKSPACE). Paths come back relative to its top. */
  repoRoot: string;
  /** GITHUB_EVENT_NAME. */
  eventName: string | undefined;
  /** GITHUB_EVENT_PATH. */
  eventPath: string | undefined;
  /** `base` input or --base; `last-success` asks the Actions API. */
  base?: string;
  /** `head` input or --head (default: the event's head, else HEAD). */
  head?: string;
  /**
   * With `base` and no `head`: compare the merge-base with the work tree
   * (committed, staged, unstaged, and untracked files git does not ignore),
   * as nx does; the CLI's `--base` without `--head`.
   */
  workTree?: boolean;
  /**
   * May git fetch from origin what the clone lacks (default: yes; the
   * action's checkouts are shallow). The CLI fetches only with --fetch.
   */
  fetch?: boolean;
  /** `changed-files` input or --files, already split (not yet normalised): git is not used at all. */
  changedFiles?: string[];
  /**
   * Set with changedFiles when they are normalizeChangedPaths' output in
   * typedFrame(repoRoot) with nothing rejected or ambiguous (the CLI's
   * --files, which refuses the rest): not normalised a second time.
   */
  changedFilesNormal?: boolean;
  /** GitHub API access: github-token, GITHUB_API_URL, GITHUB_REPOSITORY, GITHUB_WORKFLOW_REF, GITHUB_RUN_ID, GITHUB_REF_NAME. */
  api?: { token: string; url: string; repository: string; workflowRef?: string; runId?: string; ref?: string };
  /** Repository-relative files (uv.lock) whose base and head texts the change set must carry when they changed; a promise when still being found (read once the list is made). */
  watch?: readonly string[] | Promise<readonly string[]>;
  /** Known already (git.ts findRepo): `repoRoot` is a git work tree, shallow or not. Asked of git when absent. */
  shallow?: boolean;
  /** Progress (what was fetched, which API was asked). Warnings are returned in ChangeSet.warnings, not logged. */
  log: Log;
}

/** Depths tried, in turn, to reach a merge-base in a shallow clone. */
const DEEPEN_STEPS = [64, 512, 4096] as const;

const short = (sha: string): string => sha.slice(0, 7);

/** Git could not answer; `reason` is one line for the log and the summary. */
class NoHistory extends Error {}

interface Context {
  options: DetectOptions;
  /** How changed paths are brought to the one normal form (paths.ts). */
  frame: NormalizeOptions;
  repo: string;
  shallow: boolean;
  /** What was fetched or deepened, for the description. */
  notes: string[];
  /**
   * Asked of git as the listing started (early.ts): which full commit names
   * are in the clone (so ensureCommit need not ask again), and the
   * merge-base and diff of the commits compared, where they hold.
   */
  early: EarlyAnswers;
}

/** What a missing object or ref leads to: fetched from origin, or not when fetching is off. */
const fetchOff = (ctx: Context): boolean => ctx.options.fetch === false;

/** `git fetch` from origin, unless fetching is off (then nothing runs, and the result says so by its error). */
async function fetchMissing(ctx: Context, refspecs: readonly string[], depth?: number): Promise<FetchResult> {
  return fetchOff(ctx) ? { ok: false } : fetchFromOrigin(ctx.repo, refspecs, depth);
}

/** Makes sure a commit named by sha is present, fetching just it from origin if not. */
async function ensureCommit(ctx: Context, sha: string, role: string): Promise<string> {
  const known = ctx.early.present.get(sha.toLowerCase());
  if (known) return sha.toLowerCase();
  const present = known === false ? undefined : await resolveCommit(ctx.repo, sha);
  if (present) return present;
  const depth = ctx.shallow ? 1 : undefined;
  const fetched = await fetchMissing(ctx, [sha], depth);
  const after = fetched.ok ? await resolveCommit(ctx.repo, sha) : undefined;
  if (!after) {
    const how = fetchOff(ctx) ? 'and fetching is off' : 'and could not be fetched from origin';
    throw new NoHistory(withGitReason(`the ${role} commit ${short(sha)} is not in the clone ${how}`, fetched.error));
  }
  const note = `fetched ${role} ${short(sha)}${depth ? ` at depth ${depth}` : ''}`;
  ctx.options.log.info(`${note} from origin (it was not in the clone)`);
  ctx.notes.push(note);
  return after;
}

/** A ref from the inputs (sha, branch, tag, `origin/x`, `HEAD~2`...), fetched from origin when absent. */
async function resolveInputRef(ctx: Context, ref: string, role: string): Promise<string> {
  if (ref.startsWith('-')) throw new NoHistory(`${role} '${ref}' is not a valid git ref`);
  if (isFullSha(ref)) return ensureCommit(ctx, ref.toLowerCase(), role);
  const local = (await resolveCommit(ctx.repo, ref)) ?? (await resolveCommit(ctx.repo, `refs/remotes/origin/${ref}`));
  if (local) return local;
  // git's own words for a ref it does not know: the user typed it.
  if (fetchOff(ctx)) throw new NoHistory(withGitReason(`${role} '${ref}' is not a commit, branch or tag in this clone, and fetching is off`, await revisionError(ctx.repo, ref)));
  const depth = ctx.shallow ? 1 : undefined;
  const fetched = await fetchFromOrigin(ctx.repo, [ref], depth);
  const sha = fetched.ok ? await resolveCommit(ctx.repo, 'FETCH_HEAD') : undefined;
  if (!sha) throw new NoHistory(withGitReason(`${role} '${ref}' is not a commit, branch or tag here or on origin`, fetched.error));
  const note = `fetched ${role} ${ref} (${short(sha)})${depth ? ` at depth ${depth}` : ''}`;
  ctx.options.log.info(`${note} from origin`);
  ctx.notes.push(note);
  return sha;
}

/** A branch of origin: the remote-tracking ref when the clone has it, else fetched. */
async function originBranch(ctx: Context, branch: string): Promise<string> {
  const local = await resolveCommit(ctx.repo, `refs/remotes/origin/${branch}`);
  if (local) return local;
  const depth = ctx.shallow ? 1 : undefined;
  const fetched = await fetchMissing(ctx, [`refs/heads/${branch}`], depth);
  const sha = fetched.ok ? await resolveCommit(ctx.repo, 'FETCH_HEAD') : undefined;
  if (!sha) throw new NoHistory(withGitReason(`the default branch ${branch} could not be fetched from origin`, fetched.error));
  const note = `fetched ${branch} (${short(sha)})${depth ? ` at depth ${depth}` : ''}`;
  ctx.options.log.info(`${note} from origin`);
  ctx.notes.push(note);
  return sha;
}

/**
 * The merge-base of two present commits. A shallow clone cuts history, so
 * the search deepens both sides step by step (bounded) before giving up.
 */
async function findMergeBase(ctx: Context, a: string, b: string): Promise<string> {
  const asked = ctx.early.mergeBase(a, b);
  const found = asked ? asked.found : await mergeBase(ctx.repo, a, b);
  if (found) return found;
  if (ctx.shallow && fetchOff(ctx)) throw new NoHistory(`${short(a)} and ${short(b)} have no common history in this shallow clone, and fetching (to deepen it) is off`);
  if (ctx.shallow) {
    for (const depth of DEEPEN_STEPS) {
      const fetched = await fetchFromOrigin(ctx.repo, [a, b], depth);
      if (!fetched.ok) throw new NoHistory(withGitReason(`no merge-base of ${short(a)} and ${short(b)} in the shallow clone, and deepening failed`, fetched.error));
      const note = `deepened ${short(a)} and ${short(b)} to depth ${depth}`;
      ctx.options.log.info(`${note} to find their merge-base`);
      const base = await mergeBase(ctx.repo, a, b);
      if (base) {
        ctx.notes.push(note);
        return base;
      }
      if (!(await isShallow(ctx.repo))) break;
    }
  }
  throw new NoHistory(`${short(a)} and ${short(b)} have no common history${ctx.shallow ? ` within ${DEEPEN_STEPS[DEEPEN_STEPS.length - 1]} commits` : ''}`);
}

async function gitDiff(ctx: Context, label: string, range: string, how: string, from: string, to: string): Promise<ChangeSet> {
  const listed = (await ctx.early.diff(from, to)) ?? (await diffFiles(ctx.repo, from, to));
  return diffed(ctx, label, range, [how, ...ctx.notes], changedPaths(listed), { base: from, head: to });
}

function diffed(ctx: Context, label: string, range: string, detail: string[], raw: string[], sides: Pick<ChangeSet, 'base' | 'head' | 'workTree'>): ChangeSet {
  return normalized(label, 'git diff', raw, ctx.frame, (paths) => ({
    source: 'git',
    description: `${label}: ${range} (${detail.join(', ')})`,
    paths,
    all: false,
    ...sides,
    warnings: [],
  }));
}

/**
 * What the work tree changed since HEAD left `base`: the merge-base against
 * the work tree (committed, staged, unstaged), plus the untracked files git
 * does not ignore, as nx counts them.
 */
async function workTreeChange(ctx: Context, label: string, baseRef: string): Promise<ChangeSet> {
  const base = await resolveInputRef(ctx, baseRef, 'base');
  const head = await resolveInputRef(ctx, 'HEAD', 'head');
  const from = await findMergeBase(ctx, base, head);
  const [tracked, untracked] = await Promise.all([diffWorkTree(ctx.repo, from), untrackedFiles(ctx.repo)]);
  const how = from === base ? 'git diff' : `git diff from merge-base ${short(from)}`;
  const detail = [`${how} to the work tree`, ...(untracked.length > 0 ? [`${untracked.length} untracked`] : []), ...ctx.notes];
  const raw = [...new Set([...changedPaths(tracked), ...untracked])];
  return diffed(ctx, label, `${baseRef}...work tree`, detail, raw, { base: from, workTree: true });
}

/** Two-dot: everything that differs between the trees, whatever the history between them. */
async function twoDot(ctx: Context, label: string, from: string, to: string, how = 'git diff'): Promise<ChangeSet> {
  return gitDiff(ctx, label, `${short(from)}..${short(to)}`, how, from, to);
}

/** Three-dot: what `to` changed since it diverged from `from`, as GitHub's "Files changed" shows. */
async function threeDot(ctx: Context, label: string, from: string, to: string, rangeText?: string): Promise<ChangeSet> {
  const base = await findMergeBase(ctx, from, to);
  const how = base === from ? 'git diff' : `git diff from merge-base ${short(base)}`;
  return gitDiff(ctx, label, rangeText ?? `${short(from)}...${short(to)}`, how, base, to);
}

// `options` is passed beside `ctx` because a checkout that is not a git work
// tree has no Context, and the API (with its token) is then the only way left.
async function pullRequest(options: DetectOptions, ctx: Context | undefined, plan: Extract<EventPlan, { kind: 'pull-request' }>): Promise<ChangeSet> {
  const label = `${plan.event} #${plan.number}`;
  let why = 'the checkout is not a git work tree';
  if (ctx) {
    try {
      if (ctx.options.head === undefined) {
        // actions/checkout's default for pull requests is refs/pull/N/merge: its
        // first parent is the base tip, so HEAD^1..HEAD is exactly the PR's change.
        // The second parent being the PR head is what identifies that commit (the
        // payload's base.sha can lag behind the base tip GitHub merged into).
        const headSha = await resolveCommit(ctx.repo, 'HEAD');
        const parents = headSha ? await commitParents(ctx.repo, headSha) : undefined;
        if (headSha && parents?.length === 2 && parents[1] === plan.head) {
          const first = await ensureCommit(ctx, parents[0]!, 'first parent');
          return await twoDot(ctx, label, first, headSha, 'git diff of the merge commit against its first parent');
        }
      }
      const head = ctx.options.head === undefined ? await ensureCommit(ctx, plan.head, 'head') : await resolveInputRef(ctx, ctx.options.head, 'head');
      const base = await ensureCommit(ctx, plan.base, 'base');
      return await threeDot(ctx, label, base, head);
    } catch (error) {
      if (!(error instanceof NoHistory)) throw error;
      why = error.message;
      ctx.options.log.info(`git cannot list the pull request's changes (${why}); asking the GitHub API`);
    }
  }
  return pullRequestFromApi(options, ctx, plan, label, why);
}

async function pullRequestFromApi(
  options: DetectOptions,
  ctx: Context | undefined,
  plan: Extract<EventPlan, { kind: 'pull-request' }>,
  label: string,
  why: string,
): Promise<ChangeSet> {
  const api = options.api;
  if (!api?.token) return everything(label, `${why}; no github-token to list the pull request's files`, true);
  if (plan.changedFiles !== undefined && plan.changedFiles > PULL_FILES_LIMIT) {
    return everything(label, `${why}; the pull request changes ${plan.changedFiles} files and the GitHub API lists at most ${PULL_FILES_LIMIT}`, true);
  }
  let listed;
  try {
    listed = await listPullRequestFiles(api as ApiAccess, plan.number);
  } catch (error) {
    return everything(label, `${why}; the GitHub API did not list the pull request's files: ${oneLine(error)}`, true);
  }
  if (listed.truncated) {
    return everything(label, `${why}; the GitHub API stops listing a pull request's files at ${PULL_FILES_LIMIT}`, true);
  }
  options.log.info(`listed ${listed.count} files of pull request #${plan.number} from the GitHub API`);
  const base = ctx ? await resolveCommit(ctx.repo, plan.base) : undefined;
  return normalized(label, 'the GitHub API', listed.paths, gitFrame(options.repoRoot), (paths) => ({
    source: 'api',
    description: `${label}: ${listed.count} file${listed.count === 1 ? '' : 's'} from the GitHub API (${why})`,
    paths,
    all: false,
    ...(base ? { base } : {}),
    head: plan.head,
    warnings: [],
  }));
}

async function push(ctx: Context, plan: Extract<EventPlan, { kind: 'push' }>, head: string): Promise<ChangeSet> {
  const label = `${plan.event} to ${plan.branch ?? plan.ref}`;
  let reason: string;
  let warn = false;
  if (plan.before && !plan.forced) {
    try {
      const before = await ensureCommit(ctx, plan.before, 'before');
      return await twoDot(ctx, label, before, head);
    } catch (error) {
      if (!(error instanceof NoHistory)) throw error;
      reason = error.message;
      warn = true;
    }
  } else {
    reason = plan.forced ? 'a force push' : plan.branch ? 'a new branch' : `a new ${plan.ref.startsWith('refs/tags/') ? 'tag' : 'ref'}`;
  }
  // Without a usable `before`, the branch's own work is what it adds to the default branch.
  const defaultBranch = plan.defaultBranch;
  if (!defaultBranch) return everything(label, `${reason}, and the event does not name the default branch`, true);
  if (plan.branch === defaultBranch) {
    // A failure is its own sentence; only a new branch or a force push reads on into "to the default branch ...".
    return everything(label, warn ? reason : `${reason} to the default branch ${defaultBranch} leaves no earlier commit to compare against`, warn);
  }
  try {
    const main = await originBranch(ctx, defaultBranch);
    return await threeDot(ctx, `${label} (${reason})`, main, head, `${defaultBranch}...${short(head)}`);
  } catch (error) {
    if (!(error instanceof NoHistory)) throw error;
    return everything(label, `${reason}, and ${error.message}`, true);
  }
}

/** `base: last-success`: the head of the newest successful run of this workflow on this branch. */
async function lastSuccess(ctx: Context, plan: EventPlan, head: string): Promise<ChangeSet | string> {
  const api = ctx.options.api;
  const branch = plan.kind === 'push' ? plan.branch : api?.ref;
  const label = `${plan.event} to ${branch ?? 'HEAD'}`;
  if (!api?.token) return `base 'last-success' needs github-token`;
  if (!branch) return `base 'last-success' needs a branch, and ${plan.event} did not push one`;
  let run;
  try {
    // A push compares with earlier pushes; pull request runs on a same-named branch tested something else.
    run = await lastSuccessfulRun(api, { workflowRef: api.workflowRef, runId: api.runId, branch, event: plan.kind === 'push' ? 'push' : undefined });
  } catch (error) {
    return `base 'last-success': the GitHub API did not list this workflow's runs: ${oneLine(error)}`;
  }
  if (!run) {
    ctx.options.log.info(`no successful run of this workflow on ${branch} yet`);
    return '';
  }
  ctx.options.log.info(`last successful run of this workflow on ${branch}: ${run.runId} at ${short(run.sha)}`);
  try {
    const from = await ensureCommit(ctx, run.sha, 'last successful');
    return await twoDot(ctx, label, from, head, `git diff against the last successful run ${run.runId}`);
  } catch (error) {
    if (!(error instanceof NoHistory)) throw error;
    return `base 'last-success': ${error.message}`;
  }
}

async function readEvent(eventPath: string | undefined): Promise<string | undefined> {
  if (!eventPath) return undefined;
  try {
    return readBoundedText(eventPath, `the event file ${eventPath}`);
  } catch {
    return undefined;
  }
}

/** `base` (and `head`) inputs: the three-dot diff between them, whatever the event. */
async function fromInputRefs(ctx: Context, options: DetectOptions & { base: string }): Promise<ChangeSet> {
  const label = options.eventName ? `${options.eventName} with base input` : 'base/head';
  try {
    if (options.workTree && options.head === undefined) return await workTreeChange(ctx, label, options.base);
    const head = await resolveInputRef(ctx, options.head ?? 'HEAD', 'head');
    const base = await resolveInputRef(ctx, options.base, 'base');
    return await threeDot(ctx, label, base, head, `${options.base}...${options.head ?? 'HEAD'}`);
  } catch (error) {
    if (!(error instanceof NoHistory)) throw error;
    return everything(label, error.message, true);
  }
}

/** The event's own base: a push's before, a merge group's base, or every member. */
async function fromEventRefs(ctx: Context, plan: Exclude<EventPlan, { kind: 'pull-request' }>, head: string, warnings: string[]): Promise<ChangeSet> {
  switch (plan.kind) {
    case 'push': {
      const result = await push(ctx, plan, head);
      return { ...result, warnings: [...warnings, ...result.warnings] };
    }
    case 'merge-group': {
      const label = plan.event;
      try {
        const base = await ensureCommit(ctx, plan.base, 'base');
        return { ...(await twoDot(ctx, label, base, head)), warnings };
      } catch (error) {
        if (!(error instanceof NoHistory)) throw error;
        return everything(label, error.message, true, warnings);
      }
    }
    case 'all':
      return everything(plan.event, plan.reason, plan.problem, warnings);
  }
}

async function fromGit(options: DetectOptions, plan: EventPlan): Promise<ChangeSet> {
  const repo = options.repoRoot;
  const state = options.shallow === undefined ? await workTreeState(repo) : { workTree: true, shallow: options.shallow };
  if (!state.workTree) {
    if (plan.kind === 'pull-request') return pullRequest(options, undefined, plan);
    return everything(plan.event, `${repo} is not a git work tree`, true);
  }
  // The commits compared (usually all in the clone), their merge-base and diff, asked at once.
  const early = await askEarly(repo, earlyQuestions(options, plan));
  const ctx: Context = { options, frame: gitFrame(options.repoRoot), repo, shallow: state.shallow, notes: [], early };
  const warnings: string[] = [];

  if (options.base !== undefined && options.base !== 'last-success') return fromInputRefs(ctx, { ...options, base: options.base });

  if (plan.kind === 'pull-request') {
    if (options.base === 'last-success') options.log.info(`base 'last-success' applies to pushes; ${plan.event} compares with the pull request's base`);
    return pullRequest(options, ctx, plan);
  }

  const eventHead = plan.kind === 'push' ? plan.after : plan.kind === 'merge-group' ? plan.head : undefined;
  let head: string;
  try {
    head =
      options.head !== undefined
        ? await resolveInputRef(ctx, options.head, 'head')
        : eventHead
          ? await ensureCommit(ctx, eventHead, 'head')
          : await resolveInputRef(ctx, 'HEAD', 'head');
  } catch (error) {
    if (!(error instanceof NoHistory)) throw error;
    return everything(plan.event, error.message, true);
  }

  if (options.base === 'last-success') {
    const result = await lastSuccess(ctx, plan, head);
    if (typeof result !== 'string') return result;
    if (result) warnings.push(`${result}; comparing with the event's own base instead`);
  }

  return fromEventRefs(ctx, plan, head, warnings);
}

/**
 * A watched file's texts: at the commits compared, and the work tree as the
 * head when no head commit was compared (an explicit list, or HEAD with local
 * edits). The work tree is read bounded: a FIFO or /dev/zero link committed
 * as uv.lock is one clear error, as for any file we read.
 */
async function watchedText(repoRoot: string, change: ChangeSet, rel: string): Promise<WatchedText> {
  const base = change.base ? await readBlob(repoRoot, change.base, rel) : undefined;
  const head = change.head ? await readBlob(repoRoot, change.head, rel) : readBoundedText(path.join(repoRoot, ...rel.split('/')), rel);
  return { base, head };
}

/** The change set with the texts of the watched files it lists. Outside the never-throw guard: a bad work-tree file is the user's to fix. */
async function withWatched(options: DetectOptions, change: ChangeSet): Promise<ChangeSet> {
  const wanted = ((await options.watch) ?? []).filter((rel) => change.paths.includes(rel));
  if (change.all || wanted.length === 0) return change;
  const watched: Record<string, WatchedText> = {};
  for (const rel of wanted) watched[rel] = await watchedText(options.repoRoot, change, rel);
  return { ...change, watched };
}

/** Lists the changed paths; never throws (a failure means every member, with a warning). */
export async function detectChanges(options: DetectOptions): Promise<ChangeSet> {
  return withWatched(options, await listChanges(options));
}

async function listChanges(options: DetectOptions): Promise<ChangeSet> {
  if (options.changedFiles !== undefined) {
    const result = options.changedFilesNormal
      ? explicitNormalList(options.changedFiles, () => typedFrame(options.repoRoot))
      : explicitList(options.changedFiles, typedFrame(options.repoRoot));
    options.log.info(`changed files: ${result.description}`);
    return result;
  }
  const plan =
    options.eventName === undefined
      ? planFromEvent(undefined, undefined)
      : planFromEvent(options.eventName, await readEvent(options.eventPath), options.eventPath ?? 'GITHUB_EVENT_PATH (unset)');
  try {
    const result = await fromGit(options, plan);
    options.log.info(`changed files: ${result.description}`);
    return result;
  } catch (error) {
    const reason = error instanceof GitUnavailableError ? error.message : `change detection failed: ${oneLine(error)}`;
    const result = everything(plan.event, reason, true);
    options.log.info(`changed files: ${result.description}`);
    return result;
  }
}
