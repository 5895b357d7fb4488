// The post step: prune the uv cache, then save it — only after a successful
// sync, and only where the save-cache policy allows. Nothing here fails the
// job: cache trouble is a warning.
import * as core from '@actions/core';
import { budgetFromRun, listLockEntries, type CacheBudget } from '../cache/budget.js';
import { defaultBranchFromPayload, onDefaultBranch, shouldSave } from '../cache/policy.js';
import { directorySize } from '../cache/size.js';
import { formatError } from '../errors.js';
import { parseConfig, type Config } from '../inputs.js';
import { renderPostSummary, type PostSummaryInput } from '../report/summary.js';
import { readBoundedText } from '../read-file.js';
import { pruneCache } from '../uv/prune.js';
import { writeSummary } from './summary-write.js';
import { decodeState, STATE_KEY, type MainState } from './state.js';

/** How many entries this key scheme holds for the lock: GitHub's list when the token may read it, else what this run saw. */
async function cacheBudget(state: MainState, token: string, save: PostSummaryInput['save']): Promise<CacheBudget> {
  const saved = save?.saved === true;
  const listed = process.env.GITHUB_REPOSITORY
    ? await listLockEntries({
        apiUrl: process.env.GITHUB_API_URL || 'https://api.github.com',
        repository: process.env.GITHUB_REPOSITORY,
        token,
        lockPrefix: state.cacheLockPrefix!,
        savedKey: saved ? state.cacheKey : undefined,
        savedBytes: save?.sizeBytes,
      })
    : undefined;
  const budget = listed ?? budgetFromRun({ lockPrefix: state.cacheLockPrefix!, key: state.cacheKey!, matchedKey: state.cacheMatchedKey, saved });
  core.info(
    `uv cache budget: ${budget.entries} ${budget.entries === 1 ? 'entry' : 'entries'} for this uv.lock${budget.source === 'run' ? ' seen by this run (the list of the repository\'s caches was not readable: the token needs actions: read)' : ''}`,
  );
  return budget;
}

/** The event payload's text for the default branch's name; an unreadable one is no default branch. */
function readEventText(file: string): string | undefined {
  try {
    return readBoundedText(file, 'the event payload (GITHUB_EVENT_PATH)');
  } catch {
    return undefined;
  }
}

/** The mode input, or undefined when the inputs do not parse (main said why). */
function readMode(): string | undefined {
  try {
    return parseConfig((name) => core.getInput(name), process.env.GITHUB_WORKSPACE || process.cwd()).mode;
  } catch {
    return undefined;
  }
}

/** Whether this run saves: the save-cache policy against the event, the ref and the restore. */
function saveDecision(config: Config, state: MainState) {
  const eventName = process.env.GITHUB_EVENT_NAME ?? '';
  const defaultBranch =
    config.saveCache === 'default-branch' && process.env.GITHUB_EVENT_PATH ? defaultBranchFromPayload(readEventText(process.env.GITHUB_EVENT_PATH)) : undefined;
  return shouldSave({
    policy: config.saveCache,
    eventName,
    ref: process.env.GITHUB_REF,
    exactHit: state.exactHit,
    syncSucceeded: state.syncSucceeded,
    onDefaultBranch: onDefaultBranch({ eventName, ref: process.env.GITHUB_REF, defaultBranch }),
  });
}

/**
 * Pruning shapes what is uploaded; a cache that stays where it is (an exact
 * hit, cache: false on a persistent volume) is left whole.
 */
async function pruneStep(state: MainState & { cacheDir: string; uvPath: string }, post: PostSummaryInput): Promise<void> {
  const beforeBytes = await directorySize(state.cacheDir);
  const started = Date.now();
  // uv's own words go into the group, so it is never empty.
  const prune = await core.group('uv cache prune --ci', () =>
    pruneCache(state.uvPath, {
      cacheDir: state.cacheDir,
      uvVersion: state.uvVersion,
      env: { ...process.env, UV_CACHE_DIR: state.cacheDir },
      onLine: (line) => core.info(line),
    }),
  );
  if (prune.warning) {
    core.warning(prune.warning);
    post.warnings!.push(prune.warning);
  }
  post.prune = {
    beforeBytes,
    afterBytes: await directorySize(state.cacheDir),
    removedFiles: prune.report?.pruned?.files,
    output: prune.stderr,
    durationMs: Date.now() - started,
    exitCode: prune.ok ? 0 : 1,
  };
}

/** Prune (when asked) and save under the key main chose. Returns whether the upload was abandoned. */
async function saveStep(config: Config, state: MainState & { cacheDir: string; cacheKey: string }, post: PostSummaryInput): Promise<boolean> {
  if (config.pruneCache && state.uvPath) await pruneStep({ ...state, uvPath: state.uvPath }, post);
  // Loaded only when saving: the cache client and its Azure SDK are most of the bundle.
  const { saveCache } = await import('../cache/store.js');
  const result = await core.group('Save uv cache', () => saveCache({ paths: [state.cacheDir], key: state.cacheKey, log: core, deadlineMs: config.cacheTimeoutMs }));
  post.save = { saved: result.saved, key: state.cacheKey, reason: result.reason, sizeBytes: result.sizeBytes };
  return result.abandoned === true;
}

/**
 * Runs the post step. Returns true when a cache upload was given up at its
 * deadline and may still hold sockets open: the entry point then ends the
 * process instead of waiting for them.
 */
export async function runPost(): Promise<boolean> {
  let abandoned = false;
  try {
    const state = decodeState(core.getState(STATE_KEY));
    if (!state) {
      // mode: detect and mode: record have nothing to prune or save, and say nothing about it.
      const mode = readMode();
      if (mode === 'detect' || mode === 'record') return false;
      core.info('uv-workspace-sync: main did not reach uv sync; nothing to prune or save.');
      return false;
    }
    const config = parseConfig((name) => core.getInput(name), process.env.GITHUB_WORKSPACE || process.cwd());
    const post: PostSummaryInput = { warnings: [] };
    if (!state.syncSucceeded || state.skipSaveReason) {
      core.info(`Not saving the uv cache: ${state.skipSaveReason ?? 'uv sync did not succeed'}.`);
      if (state.cacheKey) post.save = { saved: false, key: state.cacheKey, reason: state.skipSaveReason ?? 'uv sync did not succeed' };
    } else if (state.cacheDir && state.cacheKey) {
      // A cache key exists only when the GitHub cache is in use (cache: true).
      const decision = saveDecision(config, state);
      if (!decision.save) {
        core.info(decision.reason);
        post.save = { saved: false, key: state.cacheKey, reason: decision.reason };
      } else {
        abandoned = await saveStep(config, { ...state, cacheDir: state.cacheDir, cacheKey: state.cacheKey }, post);
      }
      if (state.cacheLockPrefix) post.budget = await cacheBudget(state, config.githubToken, post.save);
    }
    if (config.summary && (post.prune || post.save)) await writeSummary(renderPostSummary(post));
  } catch (error) {
    // The job's result was decided in main; the post step only warns.
    core.warning(`uv-workspace-sync post: ${formatError(error)}`);
  }
  return abandoned;
}
