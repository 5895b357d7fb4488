// The main step's sync half (mode: sync): place the uv cache, restore it, run
// one uv sync. Loaded by main-run.ts only in sync mode, so detect mode never
// loads uv, cache placement or the cache client.
import * as core from '@actions/core';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { cacheKey, hashFile, hashText } from '../cache/key.js';
import { chooseCacheDir, resolveLinkMode } from '../cache/placement.js';
import type { RestoreResult } from '../cache/store.js';
import type { Config } from '../inputs.js';
import type { SummaryCache, SummarySync } from '../report/summary.js';
import { parseUvOutput } from '../uv/output.js';
import { pythonVersionForKey } from '../uv/python.js';
import { runUv } from '../uv/run.js';
import { planSync } from '../uv/sync.js';
import { findUv, uvVersion } from '../uv/version.js';
import type { Workspace } from '../workspace/types.js';
import type { Detection } from './detect-run.js';
import type { MainState } from './state.js';

const here = path.dirname(fileURLToPath(import.meta.url));
/** Two levels up from both src/action/ and dist/main/: the repository of the action. */
const UV_MATCHER = path.join(here, '..', '..', 'matchers', 'uv.json');

const LINK_MODE_SOURCES = {
  UV_LINK_MODE: 'set by UV_LINK_MODE',
  'link-mode': 'set by the link-mode input',
  probe: 'chosen by the link probe',
} as const;

export interface SyncOutcome {
  state: MainState;
  summaryCache?: SummaryCache;
  sync?: SummarySync;
  linkMode?: { mode: string; reason?: string };
  uvVersion?: string;
  restore?: RestoreResult;
  cacheKey?: string;
  cacheDir?: string;
  failure?: string;
  notes: string[];
  /** Already emitted as ::warning; repeated in the summary, where a reviewer reads them. */
  warnings: string[];
}

export async function runSync(config: Config, ws: Workspace, detection: Detection): Promise<SyncOutcome> {
  const notes: string[] = [];
  const warnings: string[] = [];
  const env = { ...process.env };
  const uvPath = findUv(env.PATH ?? '');
  const version = await uvVersion(uvPath);
  core.info(`uv ${version} at ${uvPath}`);
  if (config.pythonVersion) {
    core.exportVariable('UV_PYTHON', config.pythonVersion);
    env.UV_PYTHON = config.pythonVersion;
  }

  const venvDir = env.UV_PROJECT_ENVIRONMENT ? path.resolve(ws.root, env.UV_PROJECT_ENVIRONMENT) : path.join(ws.root, '.venv');
  const placement = await chooseCacheDir({
    inputCacheDir: config.cacheDir,
    envCacheDir: env.UV_CACHE_DIR,
    runnerTemp: env.RUNNER_TEMP,
    workspaceRoot: ws.root,
    venvDir,
  });
  core.info(`uv cache: ${placement.dir} (${placement.reason})`);
  if (placement.warning) {
    core.warning(placement.warning, { title: 'uv cache on another filesystem' });
    warnings.push(placement.warning);
  }
  core.exportVariable('UV_CACHE_DIR', placement.dir);
  env.UV_CACHE_DIR = placement.dir;
  const link = resolveLinkMode(config.linkMode, env.UV_LINK_MODE, placement.linkMode);
  if (link.exportValue) {
    core.exportVariable('UV_LINK_MODE', link.exportValue);
    env.UV_LINK_MODE = link.exportValue;
  }
  if (link.warning) {
    core.warning(link.warning);
    warnings.push(link.warning);
  }

  const members = detection.affected.all ? 'all' : detection.affected.members.map((m) => m.name);
  // The key (and the Python it names) matters only for the GitHub cache.
  const keys = config.cache
    ? cacheKey({
        platform: process.platform,
        arch: process.arch,
        pythonVersion: await pythonVersionForKey(uvPath, ws.root, env),
        lockHash: ws.lockPath ? await hashFile(ws.lockPath).catch(() => hashText('')) : hashText(''),
        members,
        suffix: config.cacheKeySuffix,
      })
    : undefined;

  let restore: RestoreResult | undefined;
  if (keys && members.length !== 0) {
    // Loaded only when restoring: the cache client and its Azure SDK are most of the bundle.
    const { restoreCache } = await import('../cache/store.js');
    restore = await core.group('Restore uv cache', () =>
      restoreCache({ paths: [placement.dir], primaryKey: keys.key, restoreKeys: keys.restoreKeys, log: core }),
    );
  }
  const state: MainState = {
    syncSucceeded: false,
    uvPath,
    uvVersion: version,
    cacheDir: placement.dir,
    cacheKey: keys?.key,
    exactHit: restore?.hit === 'exact',
    cacheEnabled: config.cache,
  };
  const outcome: SyncOutcome = {
    state,
    summaryCache: keys && {
      dir: placement.dir,
      placement: placement.reason,
      sameFilesystem: placement.sameFilesystem,
      key: keys.key,
      matchedKey: restore?.matchedKey,
      hit: restore?.hit === 'exact',
    },
    linkMode: { mode: link.mode, reason: LINK_MODE_SOURCES[link.source] },
    uvVersion: version,
    restore,
    cacheKey: keys?.key,
    cacheDir: placement.dir,
    notes,
    warnings,
  };

  const plan = planSync({ members, syncArgs: config.syncArgs, uvVersion: version, debug: config.debug });
  if (plan.note) {
    core.info(plan.note);
    notes.push(plan.note);
  }
  if (plan.invocations.length === 0) {
    notes.push('No member is affected: nothing to sync.');
    state.syncSucceeded = true;
    state.skipSaveReason = 'nothing was synced';
    return outcome;
  }
  let stderr = '';
  let exitCode = 0;
  let durationMs = 0;
  const command: string[] = [];
  // One invocation, or one per member on a uv that cannot repeat --package.
  for (const args of plan.invocations) {
    command.push(...(command.length ? ['&&'] : []), 'uv', ...args);
    const result = await core.group(`uv ${args.join(' ')}`, () =>
      runUv(uvPath, args, { cwd: ws.root, env, onStderrLine: (line) => core.info(line), onStdoutLine: (line) => core.info(line) }),
    );
    stderr += result.stderr;
    durationMs += result.durationMs;
    exitCode = result.code;
    if (result.code !== 0) {
      outcome.failure = result.signal ? `uv sync was killed by ${result.signal}` : `uv sync failed with exit code ${result.code}`;
      break;
    }
  }
  // The sync's own errors are annotated from its parsed output (with their
  // hints); the matcher is for uv commands in the job's later steps.
  core.info(`::add-matcher::${UV_MATCHER}`);
  if (config.debug) {
    core.startGroup('uv sync: raw log (debug)');
    core.info(stderr);
    core.endGroup();
  }
  outcome.sync = { command, exitCode, durationMs, report: parseUvOutput(stderr, { exitCode }) };
  state.syncSucceeded = outcome.failure === undefined;
  if (!state.syncSucceeded) state.skipSaveReason = 'uv sync failed';
  return outcome;
}

