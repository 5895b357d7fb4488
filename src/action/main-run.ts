// The main step: detect → (mode sync) place and restore the cache → one uv
// sync. Everything here is wiring; the decisions live in the pure modules.
import * as core from '@actions/core';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { cacheKey, hashFile, hashText } from '../cache/key.js';
import { chooseCacheDir, resolveLinkMode } from '../cache/placement.js';
import type { RestoreResult } from '../cache/store.js';
import { cacheGate } from '../cache/policy.js';
import { formatError } from '../errors.js';
import { logText } from '../report/escape.js';
import { parseConfig, type Config } from '../inputs.js';
import { buildAnnotations, type Annotation } from '../report/annotations.js';
import { buildMatrix } from '../report/matrix.js';
import { buildOutputs } from '../report/outputs.js';
import { renderSummary, type SummaryCache, type SummaryInput, type SummarySync } from '../report/summary.js';
import { parseUvOutput } from '../uv/output.js';
import { pythonVersionForKey } from '../uv/python.js';
import { runUv } from '../uv/run.js';
import { planSync } from '../uv/sync.js';
import { findUv, uvVersion } from '../uv/version.js';
import { installClosure } from '../workspace/closure.js';
import { loadWorkspace } from '../workspace/index.js';
import type { Workspace } from '../workspace/types.js';
import { detect, readGithubEnv, type Detection } from './detect-run.js';
import { encodeState, STATE_KEY, type MainState } from './state.js';
import { writeSummary } from './summary-write.js';

const here = path.dirname(fileURLToPath(import.meta.url));
/** Two levels up from both src/action/ and dist/main/: the repository of the action. */
const UV_MATCHER = path.join(here, '..', '..', 'matchers', 'uv.json');

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

  const venvDir = env.UV_PROJECT_ENVIRONMENT ? path.resolve(ws.root, env.UV_PROJECT_ENVIRONMENT) : path.join(ws.root, '.venv');
  const placement = await chooseCacheDir({
    inputCacheDir: config.cacheDir,
    envCacheDir: env.UV_CACHE_DIR,
    runnerTemp: env.RUNNER_TEMP,
    workspaceRoot: ws.root,
    venvDir,
  });
  log.info(`uv cache: ${placement.dir} (${placement.reason})`);
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
  const gate = cacheGate({ input: config.cache, eventName: env.GITHUB_EVENT_NAME ?? '', ref: env.GITHUB_REF, runnerEnvironment: env.RUNNER_ENVIRONMENT });
  if (gate.reason) {
    log.info(gate.reason);
    notes.push(gate.reason);
  }
  // The key (and the Python it names) matters only for the GitHub cache.
  const keys = gate.enabled
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
      restoreCache({ paths: [placement.dir], primaryKey: keys.key, restoreKeys: keys.restoreKeys, log, deadlineMs: config.cacheTimeoutMs }),
    );
  }
  const state: MainState = {
    syncSucceeded: false,
    uvPath,
    uvVersion: version,
    cacheDir: placement.dir,
    cacheKey: keys?.key,
    exactHit: restore?.hit === 'exact',
    cacheEnabled: gate.enabled,
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
  // One invocation, or one per member on a uv that cannot repeat --package.
  for (const args of plan.invocations) {
    command.push(...(command.length ? ['&&'] : []), 'uv', ...args);
    const result = await core.group(`uv ${args.join(' ')}`, () =>
      runUv(uvPath, args, { cwd: ws.root, env, onStderrLine: (line) => log.info(line), onStdoutLine: (line) => log.info(line) }),
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
    for (const line of stderr.split('\n')) log.info(line);
    core.endGroup();
  }
  outcome.sync = { command, exitCode, durationMs, report: parseUvOutput(stderr, { exitCode }) };
  state.syncSucceeded = outcome.failure === undefined;
  if (!state.syncSucceeded) state.skipSaveReason = 'uv sync failed';
  return outcome;
}

export async function runMain(): Promise<void> {
  try {
    const repoRoot = process.env.GITHUB_WORKSPACE || process.cwd();
    const config = parseConfig((name) => core.getInput(name), repoRoot);
    const ws = loadWorkspace(config.workingDirectory, config.repoRoot);
    for (const warning of ws.warnings) log.warning(warning);
    const github = readGithubEnv(process.env);
    const detection = await detect(config, ws, github, log);
    const { affected } = detection;
    log.info(
      affected.all
        ? `all ${affected.members.length} members affected: ${affected.allReasons.join('; ')}`
        : `${affected.members.length} of ${ws.members.length} members affected: ${affected.members.map((m) => m.name).join(', ') || '(none)'}`,
    );
    const closureSizes = new Map<string, number>();
    const closureSize = (name: string): number => {
      if (!closureSizes.has(name)) closureSizes.set(name, installClosure(ws, name, config.syncArgs).size);
      return closureSizes.get(name)!;
    };
    const matrix = buildMatrix(affected.members, config.shards, closureSize);

    let outcome: SyncOutcome | undefined;
    if (config.mode === 'sync') {
      outcome = await runSync(config, ws, detection);
      core.saveState(STATE_KEY, encodeState(outcome.state));
    }

    const outputs = buildOutputs({
      affected,
      matrix,
      cache: outcome?.cacheDir
        ? { hit: outcome.state.exactHit, matchedKey: outcome.restore?.matchedKey, key: outcome.cacheKey, dir: outcome.cacheDir }
        : undefined,
      linkMode: outcome?.linkMode?.mode,
      uvVersion: outcome?.uvVersion,
    });
    for (const [name, value] of Object.entries(outputs)) core.setOutput(name, value);

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
      const synced = outcome?.sync ? new Set(affected.members.map((m) => m.name)) : new Set<string>();
      const summary: SummaryInput = {
        mode: config.mode,
        workspaceRoot: ws.rootPath,
        members: ws.members.map((m) => ({
          name: m.name,
          path: m.path,
          affected: affectedNames.has(m.name),
          reasons: affectedNames.get(m.name)?.reasons ?? [],
          synced: synced.has(m.name),
        })),
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
        notes: outcome?.notes,
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
  }
}
