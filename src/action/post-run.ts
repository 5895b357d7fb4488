// The post step: prune the uv cache, then save it — only after a successful
// sync, and only where the save-cache policy allows. Nothing here fails the
// job: cache trouble is a warning.
import * as core from '@actions/core';
import { shouldSave } from '../cache/policy.js';
import { directorySize } from '../cache/size.js';
import { formatError } from '../errors.js';
import { parseConfig } from '../inputs.js';
import { renderPostSummary, type PostSummaryInput } from '../report/summary.js';
import { pruneCache } from '../uv/prune.js';
import { writeSummary } from './summary-write.js';
import { decodeState, STATE_KEY } from './state.js';

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
      const decision = shouldSave({
        policy: config.saveCache,
        eventName: process.env.GITHUB_EVENT_NAME ?? '',
        ref: process.env.GITHUB_REF,
        exactHit: state.exactHit,
        syncSucceeded: state.syncSucceeded,
      });
      if (!decision.save) {
        core.info(decision.reason);
        post.save = { saved: false, key: state.cacheKey, reason: decision.reason };
      } else {
        // Pruning shapes what is uploaded; a cache that stays where it is
        // (an exact hit, cache: false on a persistent volume) is left whole.
        if (config.pruneCache && state.uvPath) {
          const beforeBytes = await directorySize(state.cacheDir);
          const started = Date.now();
          const prune = await core.group('uv cache prune --ci', () =>
            pruneCache(state.uvPath!, { cacheDir: state.cacheDir!, uvVersion: state.uvVersion, env: { ...process.env, UV_CACHE_DIR: state.cacheDir } }),
          );
          if (prune.warning) {
            core.warning(prune.warning);
            post.warnings!.push(prune.warning);
          }
          post.prune = {
            beforeBytes,
            afterBytes: await directorySize(state.cacheDir),
            removed: prune.report?.pruned,
            durationMs: Date.now() - started,
            exitCode: prune.ok ? 0 : 1,
          };
        }
        // Loaded only when saving: the cache client and its Azure SDK are most of the bundle.
        const { saveCache } = await import('../cache/store.js');
        const result = await core.group('Save uv cache', () => saveCache({ paths: [state.cacheDir!], key: state.cacheKey!, log: core, deadlineMs: config.cacheTimeoutMs }));
        post.save = { saved: result.saved, key: state.cacheKey, reason: result.reason };
        abandoned = result.abandoned === true;
      }
    }
    if (config.summary && (post.prune || post.save)) await writeSummary(renderPostSummary(post));
  } catch (error) {
    // The job's result was decided in main; the post step only warns.
    core.warning(`uv-workspace-sync post: ${formatError(error)}`);
  }
  return abandoned;
}
