// The main step: detect → (mode sync) place and restore the cache → one uv
// sync. Everything here is wiring; the decisions live in the pure modules.
import * as core from '@actions/core';
import path from 'node:path';
import { cacheKey, hashFile, hashText, pythonRequestInSyncArgs } from '../cache/key.js';
import { osIdentity } from '../cache/os-release.js';
import { chooseCacheDir, resolveLinkMode } from '../cache/placement.js';
import { setupUvCacheConflict } from '../cache/setup-uv.js';
import { configuredCacheDir } from '../cache/uv-config.js';
import type { RestoreResult } from '../cache/store.js';
import { findRepoRoot } from '../changes/git.js';
import { cacheGate, type CacheGate } from '../cache/policy.js';
import { formatError } from '../errors.js';
import { logText } from '../report/escape.js';
import { parseConfig, type Config } from '../inputs.js';
import { reasonsText } from '../reasons.js';
import { buildAnnotations, type Annotation } from '../report/annotations.js';
import { buildMatrix, effectiveShards } from '../report/matrix.js';
import { buildOutputs, emptyOutputs, fitOutputs } from '../report/outputs.js';
import { renderSummary, type RestoreOutcome, type SummaryCache, type SummaryInput, type SummaryMember, type SummarySync } from '../report/summary.js';
import { parseUvOutput } from '../uv/output.js';
import { pythonForKey } from '../uv/python.js';
import { runUv } from '../uv/run.js';
import { planSync } from '../uv/sync.js';
import { findUv, uvVersion } from '../uv/version.js';
import { readBoundedText } from '../read-file.js';
import { installClosure } from '../workspace/closure.js';
import { loadWorkspace } from '../workspace/index.js';
import { parseLock } from '../workspace/lockfile.js';
import { lockedClosureSizes } from '../workspace/lockdiff.js';
import type { Workspace } from '../workspace/types.js';
import { detect } from './detect-run.js';
import { recordMarkers, type Detection } from './markers.js';
import { readGithubEnv } from './runner-env.js';
import { encodeState, STATE_KEY, type MainState } from './state.js';
import { writeSummary } from './summary-write.js';
import type { SyncArgs } from '../workspace/selection.js';

/**
 * The owners in matchers/uv.json. Main no longer registers it: the sync's
 * errors are annotated from its parsed output (with their hints), and a
 * matcher left registered turns every later step's `error:` line into a "uv"
 * annotation. One registered by an older version of this action in an
 * earlier step is removed when main ends.
 */
const UV_MATCHER_OWNERS = ['uv', 'uv-diagnostic', 'uv-locked'];

const LINK_MODE_SOURCES = {
  UV_LINK_MODE: 'set by UV_LINK_MODE',
  'link-mode': 'set by the link-mode input',
  probe: 'chosen by the link probe',
} as const;

/**
 * The log for everything carrying text from the repository, the event, uv or
 * the cache service: info lines are neutralised (report/escape.ts logText);
 * annotations go through @actions/core, which escapes their data.
 */
const log = {
  info: (message: string) => core.info(logText(message)),
  warning: (message: string) => core.warning(message),
  notice: (message: string) => core.notice(message),
};

function emit(annotation: Annotation): void {
  const props = { title: annotation.title, file: annotation.file, startLine: annotation.startLine };
  if (annotation.level === 'error') core.error(annotation.message, props);
  else if (annotation.level === 'warning') core.warning(annotation.message, props);
  else core.notice(annotation.message, props);
}

interface SyncOutcome {
  state: MainState;
  summaryCache?: SummaryCache;
  sync?: SummarySync;
  linkMode?: { mode: string; reason?: string };
  uvVersion?: string;
  restore?: RestoreResult;
  cacheKey?: string;
  cacheDir?: string;
  failure?: string;
  /** Per affected member: what uv sync did for it. */
  memberSync: Map<string, NonNullable<SummaryMember['sync']>>;
  notes: string[];
  /** Already emitted as ::warning; repeated in the summary, where a reviewer reads them. */
  warnings: string[];
}

async function runSync(config: Config, ws: Workspace, detection: Detection): Promise<SyncOutcome> {
  const notes: string[] = [];
  const warnings: string[] = [];
  const env = { ...process.env };
  const uvPath = findUv(env.PATH ?? '');
  const version = await uvVersion(uvPath);
  log.info(`uv ${version} at ${uvPath}`);
  if (config.pythonVersion) {
    core.exportVariable('UV_PYTHON', config.pythonVersion);
    env.UV_PYTHON = config.pythonVersion;
  }

  const gate = cacheGate({ input: config.cache, eventName: env.GITHUB_EVENT_NAME ?? '', ref: env.GITHUB_REF, runnerEnvironment: env.RUNNER_ENVIRONMENT });
  if (gate.reason) {
    log.info(gate.reason);
    notes.push(gate.reason);
  }

  const venvDir = env.UV_PROJECT_ENVIRONMENT ? path.resolve(ws.root, env.UV_PROJECT_ENVIRONMENT) : path.join(ws.root, '.venv');
  const placement = await chooseCacheDir({
    inputCacheDir: config.cacheDir,
    envCacheDir: env.UV_CACHE_DIR,
    configCacheDir: await configuredCacheDir(ws.root),
    runnerTemp: env.RUNNER_TEMP,
    workspaceRoot: ws.root,
    venvDir,
  });
  log.info(`uv cache: ${placement.dir} (${placement.reason})`);
  if (placement.warning) {
    core.warning(placement.warning, { title: 'uv cache on another filesystem' });
    warnings.push(placement.warning);
  }
  const setupUv = setupUvCacheConflict({ cacheDir: placement.dir, envCacheDir: env.UV_CACHE_DIR, cacheEnabled: gate.enabled });
  if (setupUv) {
    core.warning(setupUv, { title: 'uv cache saved twice' });
    warnings.push(setupUv);
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
  // The key (and the Python and OS it names) matters only for the GitHub cache.
  const keys = gate.enabled
    ? cacheKey({
        platform: process.platform,
        arch: process.arch,
        os: await osIdentity(),
        python: await pythonForKey(uvPath, ws.root, env, pythonRequestInSyncArgs(config.syncArgs.argv)),
        uvVersion: version,
        lockHash: ws.lockPath ? await hashFile(ws.lockPath).catch(() => hashText('')) : hashText(''),
        members,
        syncArgs: config.syncArgs,
        pruned: config.pruneCache,
        suffix: config.cacheKeySuffix,
      })
    : undefined;

  let restore: RestoreResult | undefined;
  if (keys && members.length !== 0) {
    // Loaded only when restoring: the cache client and its Azure SDK are most of the bundle.
    const { restoreCache } = await import('../cache/store.js');
    restore = await core.group('Restore uv cache', () =>
      restoreCache({ paths: [placement.dir], primaryKey: keys.key, restoreKeys: keys.restoreKeys, log, deadlineMs: config.cacheTimeoutMs }),
    );
  }
  const state: MainState = {
    syncSucceeded: false,
    uvPath,
    uvVersion: version,
    cacheDir: placement.dir,
    cacheKey: keys?.key,
    cacheLockPrefix: keys?.lockPrefix,
    cacheMatchedKey: restore?.matchedKey,
    exactHit: restore?.hit === 'exact',
    cacheEnabled: gate.enabled,
  };
  const outcome: SyncOutcome = {
    state,
    // Directory and placement are facts of every sync, cache: false included.
    summaryCache: {
      dir: placement.dir,
      placement: placement.reason,
      sameFilesystem: placement.sameFilesystem,
      ...(keys ? { key: keys.key } : {}),
      restore: restoreOutcome(gate, restore, members.length === 0),
      pruned: config.pruneCache,
    },
    memberSync: new Map(),
    linkMode: { mode: link.mode, reason: LINK_MODE_SOURCES[link.source] },
    uvVersion: version,
    restore,
    cacheKey: keys?.key,
    cacheDir: placement.dir,
    notes,
    warnings,
  };

  const plan = planSync({ members, syncArgs: config.syncArgs, uvVersion: version, debug: config.debug || core.isDebug() });
  if (plan.note) {
    log.info(plan.note);
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
  const affectedNames = detection.affected.members.map((m) => m.name);
  for (const name of affectedNames) outcome.memberSync.set(name, 'not-synced');
  // One invocation, or one per member on a uv that cannot repeat --package.
  for (const args of plan.invocations) {
    const named = args.flatMap((arg, i) => (arg === '--package' && args[i + 1] ? [args[i + 1]!] : []));
    const covers = named.length > 0 ? named : affectedNames;
    command.push(...(command.length ? ['&&'] : []), 'uv', ...args);
    const result = await core.group(`uv ${args.join(' ')}`, () =>
      runUv(uvPath, args, { cwd: ws.root, env, onStderrLine: (line) => log.info(line), onStdoutLine: (line) => log.info(line) }),
    );
    stderr += result.stderr;
    durationMs += result.durationMs;
    exitCode = result.code;
    for (const name of covers) outcome.memberSync.set(name, result.code === 0 ? 'synced' : 'failed');
    if (result.code !== 0) {
      outcome.failure = result.signal ? `uv sync was killed by ${result.signal}` : `uv sync failed with exit code ${result.code}`;
      break;
    }
  }
  // uv's output was streamed into its group above (with -v under debug):
  // that is the one raw log.
  outcome.sync = { command, exitCode, durationMs, report: parseUvOutput(stderr, { exitCode }) };
  state.syncSucceeded = outcome.failure === undefined;
  if (!state.syncSucceeded) state.skipSaveReason = 'uv sync failed';
  return outcome;
}

/** What the restore did, or why it was not tried: the summary's Restore cell. */
function restoreOutcome(gate: CacheGate, restore: RestoreResult | undefined, nothingToSync: boolean): RestoreOutcome {
  if (!gate.enabled) return { outcome: 'not-tried', why: gate.reason ?? 'the cache input is false: the uv cache stays where it is and the GitHub cache is not used' };
  if (nothingToSync) return { outcome: 'not-tried', why: 'no member is affected, so nothing is synced' };
  if (!restore) return { outcome: 'not-tried', why: 'no restore was attempted' };
  if (restore.hit === 'exact' || restore.hit === 'partial') return { outcome: restore.hit, matchedKey: restore.matchedKey ?? '' };
  if (restore.hit === 'error') return { outcome: 'error', error: restore.warning ?? 'the cache service failed' };
  return { outcome: 'miss' };
}

/**
 * What each member weighs in a shard: the packages `uv sync --package m`
 * installs according to uv.lock, third-party ones included; without a
 * readable lock, the members it installs.
 */
function shardWeights(ws: Workspace, names: string[], syncArgs: SyncArgs): (name: string) => number {
  let sizes: Map<string, number> | undefined;
  if (ws.lockPath) {
    try {
      const lockName = path.relative(ws.root, ws.lockPath) || 'uv.lock';
      const lock = parseLock(readBoundedText(ws.lockPath, lockName) ?? '', lockName);
      sizes = lockedClosureSizes(lock, ws.members, names, syncArgs.selection);
    } catch (error) {
      core.info(`shards are balanced by member closures: uv.lock could not be read (${formatError(error)})`);
    }
  }
  return (name) => sizes?.get(name) ?? installClosure(ws, name, syncArgs).size;
}

export async function runMain(): Promise<void> {
  // Every output is set, with its empty value when main fails before it knows it.
  let outputs = emptyOutputs();
  try {
    const repoRoot = process.env.GITHUB_WORKSPACE || process.cwd();
    const config = parseConfig((name) => core.getInput(name), repoRoot);
    // The repository is where git says, not assumed: actions/checkout `path:` puts it below GITHUB_WORKSPACE.
    config.repoRoot = (await findRepoRoot(config.workingDirectory)) ?? config.repoRoot;
    const ws = loadWorkspace(config.workingDirectory, config.repoRoot);
    for (const warning of ws.warnings) log.warning(warning);
    const github = readGithubEnv(process.env);
    const detection = await detect(config, ws, github, log);
    const { affected } = detection;
    log.info(
      affected.all
        ? `all ${affected.members.length} members affected: ${reasonsText(affected.allReasons).join('; ')}`
        : `${affected.members.length} of ${ws.members.length} members affected: ${affected.members.map((m) => m.name).join(', ') || '(none)'}`,
    );
    const shards = effectiveShards(affected.members.length, config.shards);
    if (shards.note) core.info(shards.note);
    const weight = shards.shards > 0 ? shardWeights(ws, affected.members.map((m) => m.name), config.syncArgs) : () => 1;
    const matrix = buildMatrix(affected.members, shards.shards, weight);

    // mode record: the members given in `packages` passed; remember their fingerprints.
    const recorded = config.mode === 'record' ? await recordMarkers(config, detection, github, core) : [];
    let outcome: SyncOutcome | undefined;
    if (config.mode === 'sync') {
      outcome = await runSync(config, ws, detection);
      core.saveState(STATE_KEY, encodeState(outcome.state));
    }

    const fitted = fitOutputs(
      buildOutputs({
        affected,
        matrix,
        cache: outcome?.cacheDir
          ? { hit: outcome.state.exactHit, matchedKey: outcome.restore?.matchedKey, key: outcome.cacheKey, dir: outcome.cacheDir }
          : undefined,
        linkMode: outcome?.linkMode?.mode,
        uvVersion: outcome?.uvVersion,
        fingerprints: detection.fingerprints,
        skipped: detection.skipped,
      }),
    );
    outputs = fitted.outputs;
    for (const note of fitted.notes) core.info(note);

    const changedPaths = detection.change?.paths ?? [];
    for (const annotation of buildAnnotations({
      affected,
      changedPaths,
      members: ws.members,
      report: outcome?.sync?.report,
      cacheDir: outcome?.cacheDir,
      matrixLegs: matrix.include.length,
    })) {
      emit(annotation);
    }

    if (config.summary) {
      const affectedNames = new Map(affected.members.map((m) => [m.name, m]));
      const summary: SummaryInput = {
        mode: config.mode,
        workspaceRoot: ws.rootPath,
        members: ws.members.map((m) => ({
          name: m.name,
          path: m.path,
          affected: affectedNames.has(m.name),
          reasons: affectedNames.get(m.name)?.reasons ?? [],
          ...(outcome?.memberSync.has(m.name) ? { sync: outcome.memberSync.get(m.name)! } : {}),
        })),
        pulledIn: affected.pulledIn,
        change: {
          source: detection.change?.source ?? 'changed-files',
          description: detection.change?.description ?? `packages input: ${affected.members.map((m) => m.name).join(', ')}`,
          changedFiles: detection.change?.paths.length,
          all: affected.all,
          allReasons: affected.allReasons,
        },
        cache: outcome?.summaryCache,
        linkMode: outcome?.linkMode,
        uvVersion: outcome?.uvVersion,
        sync: outcome?.sync,
        matrix: config.mode === 'detect' ? matrix : undefined,
        notes: [...(detection.markerNotes ?? []), ...recorded, ...(shards.note ? [shards.note] : []), ...fitted.notes, ...(outcome?.notes ?? [])],
        warnings: [...ws.warnings, ...(detection.change?.warnings ?? []), ...(outcome?.warnings ?? [])],
      };
      await writeSummary(renderSummary(summary));
    }
    if (outcome?.failure) {
      core.setFailed(
        outcome.sync?.report.errors.length ? `${outcome.failure}; uv's error is annotated above and in the job summary` : outcome.failure,
      );
    }
  } catch (error) {
    core.setFailed(formatError(error));
  } finally {
    for (const [name, value] of Object.entries(outputs)) core.setOutput(name, value);
    for (const owner of UV_MATCHER_OWNERS) core.info(`::remove-matcher owner=${owner}::`);
  }
}
