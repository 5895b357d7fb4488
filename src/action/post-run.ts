// The post step's work, when main planned a save (cache/outcome.ts planSave;
// the entry asks action/post-gate.ts first): prune the uv cache, save it,
// count the lock's entries; save the passed markers of a `run`. Nothing here
// fails the job: cache trouble is a warning.
import { budgetFromRun, listLockEntries, type CacheBudget } from '../cache/budget.js';
import { directorySize } from '../cache/size.js';
import { copyEnv } from '../env.js';
import { formatError } from '../errors.js';
import { parseConfig, type Config } from '../inputs.js';
import { logText } from '../report/escape.js';
import { renderPostSummary, type PostSummaryInput } from '../report/summary.js';
import { markersSummary } from '../report/tests-summary.js';
import { pruneCache } from '../uv/prune.js';
import { runner } from './runner.js';
import { writeSummary } from './summary-write.js';
import { saveMarkers, warnOnce } from './marker-save.js';
import type { CachePlan } from './post-gate.js';
import type { MainState } from './state.js';

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
  runner.info(
    `uv cache budget: ${budget.entries} ${budget.entries === 1 ? 'entry' : 'entries'} for this uv.lock${budget.source === 'run' ? ' seen by this run (the list of the repository\'s caches was not readable: the token needs actions: read)' : ''}`,
  );
  return budget;
}

/**
 * Pruning shapes what is uploaded; a cache that stays where it is (an exact
 * hit, cache: false on a persistent volume) is left whole.
 */
async function pruneStep(state: MainState & { cacheDir: string; uvPath: string }, post: PostSummaryInput): Promise<void> {
  const beforeBytes = await directorySize(state.cacheDir);
  const started = Date.now();
  // uv's own words go into the group, so it is never empty; they are uv's,
  // not ours, so neutralised like every other untrusted line (no workflow
  // command, no ESC sequence but colour).
  const prune = await runner.group('uv cache prune --ci', () =>
    pruneCache(state.uvPath, {
      cacheDir: state.cacheDir,
      uvVersion: state.uvVersion,
      env: copyEnv(process.env, { UV_CACHE_DIR: state.cacheDir }),
      onLine: (line) => runner.info(logText(line)),
    }),
  );
  if (prune.warning) {
    runner.warning(prune.warning);
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
  const { saveCache } = await import('../cache/save.js');
  const result = await runner.group('Save uv cache', () => saveCache({ paths: [state.cacheDir], key: state.cacheKey, log: runner, deadlineMs: config.cacheTimeoutMs }));
  post.save = { saved: result.saved, key: state.cacheKey, reason: result.reason, sizeBytes: result.sizeBytes };
  return result.abandoned === true;
}

/** Saves the passed markers main handed over (it asked the save gate). */
async function markersStep(markers: NonNullable<MainState['markers']>, config: Config): Promise<{ lines: string[]; abandoned: boolean }> {
  const problems: string[] = [];
  const saved = await runner.group('Save passed markers', () => saveMarkers(markers.list, markers, runner, problems, config.cacheTimeoutMs));
  warnOnce(runner, problems, 'skip-passed: some passed markers were not saved');
  return saved;
}

/**
 * Carries out the saves main planned (action/post-gate.ts decided there is
 * one): prune when asked, save the uv cache, count the entries for the lock,
 * save the passed markers, summarise. Returns true when an upload was given
 * up at its deadline and may still hold sockets open: the entry point then
 * ends the process instead of waiting for them.
 */
export async function runPost(state: MainState, cache: CachePlan): Promise<boolean> {
  let abandoned = false;
  try {
    const config = parseConfig((name) => runner.getInput(name), process.env.GITHUB_WORKSPACE || process.cwd());
    const post: PostSummaryInput = { warnings: [] };
    const summary: string[] = [];
    if (cache.save) {
      const saving = { ...state, cacheDir: cache.cacheDir, cacheKey: cache.cacheKey };
      abandoned = await saveStep(config, saving, post);
      if (state.cacheLockPrefix) post.budget = await cacheBudget(saving, config.githubToken, post.save);
      summary.push(renderPostSummary(post));
    }
    if (state.markers?.list.length && !abandoned) {
      const markers = await markersStep(state.markers, config);
      abandoned = markers.abandoned;
      summary.push(markersSummary(markers.lines));
    }
    if (config.summary && summary.length > 0) await writeSummary(summary.join('\n'));
  } catch (error) {
    // The job's result was decided in main; the post step only warns.
    runner.warning(`uv-workspace-sync post: ${formatError(error)}`);
  }
  return abandoned;
}
