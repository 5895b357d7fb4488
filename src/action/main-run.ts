// The main step: detect → matrix → (mode sync) place and restore the cache,
// one uv sync → outputs, annotations, summary. Each step is a named function
// with one job; they share one run record (SyncOutcome, then RunRecord) and
// one journal, and talk to the runner only through `io` (action/io.ts), so a
// test runs the whole step in-process against a fake. Everything here is
// wiring; the decisions live in the pure modules.
import { cacheKey } from '../cache/key.js';
import { cacheOutputs, matchedKey, planSave, restoreOutcome, type CacheOutcome } from '../cache/outcome.js';
import { resolveLinkMode } from '../cache/placement.js';
import { setupUvCacheConflict } from '../cache/setup-uv.js';
import { outerConfigPathsFor } from '../cache/uv-config-files.js';
import { findRepo } from '../changes/git.js';
import { cacheGate, defaultBranchFromPayload, type CacheGate, type SaveFacts } from '../cache/policy.js';
import { copyEnv } from '../env.js';
import { formatError } from '../errors.js';
import type { Config } from '../inputs.js';
import { reasonsText } from '../affected/reasons.js';
import { buildAnnotations, type Annotation } from '../report/annotations.js';
import { formatDuration } from '../report/format.js';
import type { Matrix } from '../report/matrix.js';
import { buildOutputs, emptyOutputs, fitOutputs } from '../report/outputs.js';
import { renderSummary, type SummaryInput, type SummaryMember, type SummarySync } from '../report/summary.js';
import { parseUvOutput } from '../uv/output.js';
import { pythonPathError, type PythonIdentity } from '../uv/python.js';
import { noCacheReason, uvEnvStep, warnPythonNotFound } from './uv-env-step.js';
import { probeUv, type UvMachine } from '../uv/machine.js';
import { envFactsOf } from '../fingerprint/index.js';
import { runUv } from '../uv/run.js';
import { planSync, type SyncPlan } from '../uv/sync.js';
import { readBoundedText } from '../read-file.js';
import { loadWorkspace } from '../workspace/index.js';
import type { Workspace } from '../workspace/types.js';
import { detect, startChanges } from './detect-run.js';
import { recordMarkers, type Detection } from './markers.js';
import { startMain, type MainStart } from './main-start.js';
import { startSyncPrep, type KeyFacts, type SyncPrep } from './sync-prep.js';
import { runStep, type RunStepResult } from './run-step.js';
import { matrixStep } from './shards.js';
import { runFailure } from '../run/results.js';
import { testCells, testsLine } from '../report/tests-summary.js';
import { readGithubEnv } from './runner-env.js';
import { encodeState, STATE_KEY, type MainState } from './state.js';
import { actionsIO, type RunnerIO } from './io.js';
import { Journal } from './journal.js';
import { tellPost } from './post-skip.js';

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

/** Who chose the link mode, and for the probe's choice why (uv's preference on this platform, what the probe found). */
function linkReason(source: keyof typeof LINK_MODE_SOURCES, probeWhy: string): string {
  return source === 'probe' ? `${LINK_MODE_SOURCES.probe}: ${probeWhy}` : LINK_MODE_SOURCES[source];
}

function emit(io: RunnerIO, annotation: Annotation): void {
  const props = { title: annotation.title, file: annotation.file, startLine: annotation.startLine };
  if (annotation.level === 'error') io.error(annotation.message, props);
  else if (annotation.level === 'warning') io.warning(annotation.message, props);
  else io.notice(annotation.message, props);
}

/** The run record of a sync, as it is being made: the outputs and the summary read it. */
interface SyncRun {
  /** The uv cache: directory and placement in every sync, and the GitHub cache's key and restore when used. */
  cache: CacheOutcome;
  sync?: SummarySync;
  linkMode?: { mode: string; reason?: string };
  uvVersion?: string;
  failure?: string;
  /** Per affected member: what uv sync did for it. */
  memberSync: Map<string, NonNullable<SummaryMember['sync']>>;
}

/** A finished sync: its record, the uv it ran, and what main hands to post (derived from it once, at the end). */
type SyncOutcome = SyncRun & { uv: UvSetup; state: MainState };

/** The restore's code: only a sync restores, and its HTTP client is most of what the step loads. */
type RestoreCode = Promise<typeof import('../cache/restore.js')>;

/**
 * Starts loading the restore's code at once when this step may restore, so
 * that it compiles while git and uv answer (they are child processes, on the
 * other core) instead of after them.
 */
function loadRestoreCode(config: Config): RestoreCode | undefined {
  if (config.mode !== 'sync' || config.cache === 'false') return undefined;
  const code = import('../cache/restore.js');
  // The tools it asks about (zstd, tar) answer while git and uv do.
  code.then((restore) => restore.restoreTools()).catch(() => {}); // awaited in restoreStep, where a failure surfaces
  return code;
}

/** The uv to run and the environment it runs in (UV_PYTHON from the python-version input), from the probe detection made. */
function prepareUv(config: Config, readied: Readied, io: RunnerIO, journal: Journal) {
  // A sync always probes uv (detectStep); only a detect step without fingerprints does not.
  if (!readied.probe?.uv) throw readied.probe?.problem;
  // A Python path uv does not find fails the sync anyway: say so before any cache is restored for a Python named 'unknown'.
  const { pathNotFound } = readied.probe.python;
  if (pathNotFound) throw pythonPathError(pathNotFound, { syncArgsPython: config.syncArgs.python, pythonVersionInput: config.pythonVersion });
  const { path: uvPath, version } = readied.probe.uv;
  journal.info(`uv ${version} at ${uvPath}`);
  if (config.pythonVersion) io.exportVariable('UV_PYTHON', config.pythonVersion);
  return { env: copyEnv(readied.env), uvPath, version, python: readied.probe.python };
}

/**
 * What the detect step readies for a sync: uv's environment, uv and its
 * Python (probed once where the sync or the fingerprints need them, so both
 * name the same interpreter), the restore's code, already loading, and what
 * the sync needs that uv does not answer, already under way.
 */
interface Readied {
  env: NodeJS.ProcessEnv;
  probe?: UvMachine;
  restoreCode?: RestoreCode;
  /** Started by detectStep for a sync, and only for one. */
  prep?: SyncPrep;
}

/** Where the uv cache goes and how uv links from it; exported to later steps. */
async function placeCache(config: Config, prep: SyncPrep, env: NodeJS.ProcessEnv, gate: CacheGate, io: RunnerIO, journal: Journal) {
  const placement = await prep.placement;
  journal.info(`uv cache: ${placement.dir} (${placement.reason})`);
  if (placement.warning) journal.warning(placement.warning, { title: 'uv cache on another filesystem' });
  const setupUv = setupUvCacheConflict({ cacheDir: placement.dir, envCacheDir: env.UV_CACHE_DIR, cacheEnabled: gate.enabled });
  if (setupUv) journal.warning(setupUv, { title: 'uv cache saved twice' });
  io.exportVariable('UV_CACHE_DIR', placement.dir);
  env.UV_CACHE_DIR = placement.dir;
  const link = resolveLinkMode(config.linkMode, env.UV_LINK_MODE, placement.linkMode);
  journal.info(`link mode: ${link.mode} (${linkReason(link.source, placement.linkWhy)})`);
  if (link.exportValue) {
    io.exportVariable('UV_LINK_MODE', link.exportValue);
    env.UV_LINK_MODE = link.exportValue;
  }
  if (link.warning) journal.warning(link.warning);
  return { placement, link };
}

interface UvSetup {
  env: NodeJS.ProcessEnv;
  uvPath: string;
  version: string;
  /** The interpreter uv picks for the workspace (uv/machine.ts), as the cache key names it. */
  python: PythonIdentity;
}

/** The cache key (only when the GitHub cache is used) and the restore under it. */
async function restoreStep(
  config: Config,
  uv: UvSetup,
  members: string[] | 'all',
  cache: { dir: string; restoreCode?: RestoreCode; key: KeyFacts },
  io: RunnerIO,
  journal: Journal,
) {
  // The key (and the Python and OS it names) matters only for the GitHub cache.
  const facts = cache.key;
  const keys = cacheKey({
    platform: process.platform,
    arch: process.arch,
    os: await facts.os,
    python: uv.python,
    uvVersion: uv.version,
    lockHash: await facts.lockHash,
    members,
    syncArgs: config.syncArgs,
    pruned: config.pruneCache,
    suffix: config.cacheKeySuffix,
  });
  if (members.length === 0) return { keys, restore: undefined };
  const { restoreCache } = await (cache.restoreCode ?? import('../cache/restore.js'));
  const restore = await io.group('Restore uv cache', () =>
    restoreCache({ dir: cache.dir, primaryKey: keys.key, restoreKeys: keys.restoreKeys, log: journal.log, deadlineMs: config.cacheTimeoutMs }),
  );
  return { keys, restore };
}

/** Why a sync ended badly, one line for the step's error. */
function syncFailure(result: { code: number; signal?: string; timedOut?: boolean }, timeoutMs: number): string {
  if (result.timedOut) {
    const minutes = timeoutMs / 60_000;
    return (
      `uv sync did not finish within ${formatDuration(timeoutMs)} ('sync-timeout' is ${minutes} ${minutes === 1 ? 'minute' : 'minutes'}): ` +
      "uv and the processes it started were stopped; raise 'sync-timeout' if the sync needs longer, or see uv's output above for what it was waiting on"
    );
  }
  return result.signal ? `uv sync was killed by ${result.signal}` : `uv sync failed with exit code ${result.code}`;
}

/** Runs the planned `uv sync` invocations until the first failure, into the outcome, all of them within `timeoutMs`. */
async function runPlannedSync(plan: SyncPlan, ws: Workspace, uv: UvSetup, affectedNames: string[], timeoutMs: number, outcome: SyncRun, io: RunnerIO, journal: Journal): Promise<void> {
  let stderr = '';
  let exitCode = 0;
  let durationMs = 0;
  const command: string[] = [];
  for (const name of affectedNames) outcome.memberSync.set(name, 'not-synced');
  // One invocation, or one per member on a uv that cannot repeat --package.
  for (const args of plan.invocations) {
    const named = args.flatMap((arg, i) => (arg === '--package' && args[i + 1] ? [args[i + 1]!] : []));
    const covers = named.length > 0 ? named : affectedNames;
    command.push(...(command.length ? ['&&'] : []), 'uv', ...args);
    const result = await io.group(`uv ${args.join(' ')}`, () =>
      runUv(uv.uvPath, args, {
        cwd: ws.root,
        env: uv.env,
        onStderrLine: (line) => journal.info(line),
        onStdoutLine: (line) => journal.info(line),
        timeoutMs: Math.max(1, timeoutMs - durationMs),
        killTree: true,
      }),
    );
    stderr += result.stderr;
    durationMs += result.durationMs;
    exitCode = result.code;
    for (const name of covers) outcome.memberSync.set(name, result.code === 0 ? 'synced' : 'failed');
    if (result.code !== 0) {
      outcome.failure = syncFailure(result, timeoutMs);
      break;
    }
  }
  // uv's output was streamed into its group above (with -v under debug):
  // that is the one raw log.
  outcome.sync = { command, exitCode, durationMs, report: parseUvOutput(stderr, { exitCode }) };
}

async function runSync(config: Config, ws: Workspace, detection: Detection, readied: Readied & { prep: SyncPrep }, facts: SaveFacts, io: RunnerIO, journal: Journal): Promise<SyncOutcome> {
  const uv = prepareUv(config, readied, io, journal);
  // uv told to use no cache (UV_NO_CACHE, --no-cache, no-cache = true) reads none and leaves none: nothing to restore or save.
  const { prep } = readied;
  const noCache = await noCacheReason(config, prep.uvConfig);
  const gate: CacheGate = noCache ? { enabled: false, reason: noCache } : cacheGate(facts);
  if (noCache) journal.notice(noCache);
  else if (gate.reason) journal.note(gate.reason);
  const { placement, link } = await placeCache(config, prep, uv.env, gate, io, journal);
  const members = detection.affected.all ? 'all' : detection.affected.members.map((m) => m.name);
  // The prep asks the key's facts wherever the `cache` input leaves the GitHub cache on, which an enabled gate implies.
  const key = gate.enabled ? prep.key : undefined;
  const { keys, restore } = key
    ? await restoreStep(config, uv, members, { dir: placement.dir, restoreCode: readied.restoreCode, key }, io, journal)
    : { keys: undefined, restore: undefined };
  // Directory and placement are facts of every sync, cache: false included.
  const cache: CacheOutcome = {
    dir: placement.dir,
    placement: placement.reason,
    sameFilesystem: placement.sameFilesystem,
    ...(keys ? { key: keys.key, lockPrefix: keys.lockPrefix } : {}),
    restore: restoreOutcome(gate, restore, members.length === 0),
    pruned: config.pruneCache,
    // Without a cache service there is nothing to save to, so post neither prunes nor saves.
    ...(restore?.hit === 'unavailable' ? { unsaveable: restore.warning } : {}),
  };
  const run: SyncRun = {
    cache,
    memberSync: new Map(),
    linkMode: { mode: link.mode, reason: linkReason(link.source, placement.linkWhy) },
    uvVersion: uv.version,
  };

  const plan = planSync({ members, syncArgs: config.syncArgs, uvVersion: uv.version, debug: config.debug || io.isDebug() });
  if (plan.note) journal.note(plan.note);
  if (plan.invocations.length === 0) {
    // For the summary only: the log already says how many members are affected.
    journal.notes.push('No member is affected: nothing to sync.');
  } else {
    await runPlannedSync(plan, ws, uv, detection.affected.members.map((m) => m.name), config.syncTimeoutMs, run, io, journal);
  }
  const syncSucceeded = run.failure === undefined;
  cache.save = planSave(cache, { facts, syncSucceeded, synced: plan.invocations.length > 0 });
  return { ...run, uv, state: stateFor(uv, cache, syncSucceeded) };
}

/** `repository.default_branch` of the event payload; an unreadable payload names no default branch. */
function defaultBranch(eventPath: string | undefined): string | undefined {
  if (!eventPath) return undefined;
  try {
    return defaultBranchFromPayload(readBoundedText(eventPath, 'the event payload (GITHUB_EVENT_PATH)'));
  } catch {
    return undefined;
  }
}

/**
 * What decides whether this job writes to the GitHub cache (cache/policy.ts
 * saveGate), read once: the uv cache's save and `mode: record`'s markers
 * follow the same gate.
 */
function saveFacts(config: Config, env: NodeJS.ProcessEnv): SaveFacts {
  return {
    cache: config.cache,
    runnerEnvironment: env.RUNNER_ENVIRONMENT,
    policy: config.saveCache,
    eventName: env.GITHUB_EVENT_NAME ?? '',
    ref: env.GITHUB_REF,
    defaultBranch: config.saveCache === 'default-branch' ? defaultBranch(env.GITHUB_EVENT_PATH) : undefined,
  };
}

/** What post needs of the run: read off the cache outcome, never reshaped apart from it. */
function stateFor(uv: UvSetup, cache: CacheOutcome, syncSucceeded: boolean): MainState {
  return {
    syncSucceeded,
    uvPath: uv.uvPath,
    uvVersion: uv.version,
    cacheDir: cache.dir,
    cacheKey: cache.key,
    cacheLockPrefix: cache.lockPrefix,
    cacheMatchedKey: matchedKey(cache),
    ...(cache.save && !cache.save.save ? { skipSaveReason: cache.save.reason } : {}),
  };
}

/**
 * Inputs, the workspace and the detection: which members, and why. `start`:
 * the inputs read and the uv probe started by src/main.ts before this module
 * loaded; without it (tests, or inputs that did not parse there) it is done
 * here, inside runMain's error handling.
 */
async function detectStep(io: RunnerIO, journal: Journal, start?: MainStart) {
  const { config: parsed, env, probe: early } = start ?? startMain(io);
  const restoreCode = loadRestoreCode(parsed);
  // The repository is where git says, not assumed: actions/checkout `path:` puts it below GITHUB_WORKSPACE.
  const repo = await findRepo(parsed.workingDirectory);
  const located: Config = { ...parsed, repoRoot: repo?.root ?? parsed.repoRoot };
  const github = readGithubEnv(io.env);
  // The changed paths are listed (git) while the workspace loads.
  const changes = startChanges(located, github, journal.log, repo?.shallow);
  // Everything the listing does up to its git children is synchronous or a
  // microtask, which would run only once the (synchronous) workspace load
  // below is done: one turn of the event loop first lets it spawn them, so
  // they answer on the other core while the load blocks this one.
  await new Promise((resolve) => setImmediate(resolve));
  const ws = loadWorkspace(located.workingDirectory, located.repoRoot);
  for (const warning of ws.warnings) journal.warning(warning);
  // The uv probe started with the inputs ran while git answered and the
  // workspace loaded; the fingerprints and the cache key wait for it. Awaited
  // below, so a failure surfaces there, not as an unhandled rejection.
  const probe = early && ws.root !== located.workingDirectory ? probeUv(ws.root, env, located.syncArgs.python) : early;
  const facts = probe?.then(envFactsOf);
  for (const p of [probe, facts]) p?.catch(() => {});
  const config = await uvEnvStep(located, env, probe, journal);
  const detection = await detect(config, ws, github, facts, journal.log, changes);
  // Started once the detection stands (so a step that fails there creates no cache dir), answered while uv still is.
  const prep = config.mode === 'sync' ? startSyncPrep(config, ws, env, outerConfigPathsFor(env, config.uvEnv.ignoresConfig)) : undefined;
  const readied: Readied = { env, probe: await probe, restoreCode, prep };
  if (config.mode !== 'sync') warnPythonNotFound(config, readied.probe, journal);
  // detectChanges logs its own progress and description; its warnings are ours to emit.
  for (const warning of detection.change?.warnings ?? []) journal.warning(warning);
  const { affected } = detection;
  journal.info(
    affected.all
      ? `all ${affected.members.length} members affected: ${reasonsText(affected.allReasons).join('; ')}`
      : `${affected.members.length} of ${ws.members.length} members affected: ${affected.members.map((m) => m.name).join(', ') || '(none)'}`,
  );
  return { config, ws, github, detection, readied };
}

/** The step's outputs, fitted to the runner's size limit. */
function outputsStep(detection: Detection, matrix: Matrix, outcome: SyncOutcome | undefined, tests: RunStepResult | undefined, journal: Journal) {
  const fitted = fitOutputs(
    buildOutputs({
      affected: detection.affected,
      matrix,
      cache: outcome ? cacheOutputs(outcome.cache) : undefined,
      linkMode: outcome?.linkMode?.mode,
      uvVersion: outcome?.uvVersion,
      fingerprints: detection.fingerprints,
      skipped: detection.skipped,
      run: tests?.report,
    }),
  );
  for (const note of fitted.notes) journal.info(note);
  return fitted;
}

interface RunRecord {
  config: Config;
  ws: Workspace;
  detection: Detection;
  matrix: Matrix;
  outcome?: SyncOutcome;
  /** The `run` input's run per member. */
  tests?: RunStepResult;
  /** Notes from before the sync (markers, record mode, shards, outputs), in summary order. */
  notes: string[];
}

function summaryInput({ config, ws, detection, matrix, outcome, tests, notes }: RunRecord, journal: Journal): SummaryInput {
  const { affected } = detection;
  const affectedNames = new Map(affected.members.map((m) => [m.name, m]));
  const cells = tests ? testCells(tests.report) : new Map();
  return {
    mode: config.mode,
    workspaceRoot: ws.rootPath,
    members: ws.members.map((m) => ({
      name: m.name,
      path: m.path,
      affected: affectedNames.has(m.name),
      reasons: affectedNames.get(m.name)?.reasons ?? [],
      ...(outcome?.memberSync.has(m.name) ? { sync: outcome.memberSync.get(m.name)! } : {}),
      ...(cells.has(m.name) ? { tests: cells.get(m.name) } : {}),
    })),
    pulledIn: affected.pulledIn,
    change: {
      source: detection.change?.source ?? 'changed-files',
      description: detection.change?.description ?? `packages input: ${affected.members.map((m) => m.name).join(', ')}`,
      changedFiles: detection.change?.paths.length,
      all: affected.all,
      allReasons: affected.allReasons,
      unowned: affected.unowned,
    },
    cache: outcome?.cache,
    linkMode: outcome?.linkMode,
    uvVersion: outcome?.uvVersion,
    sync: outcome?.sync,
    matrix: config.mode === 'detect' ? matrix : undefined,
    ...(tests ? { tests: testsLine(tests.report) } : {}),
    notes: [...notes, ...journal.notes],
    warnings: journal.warnings,
  };
}

/** The main step. `io` is the runner; tests pass a fake and run it in-process. `start`: what src/main.ts began (detectStep). */
export async function runMain(io: RunnerIO = actionsIO, start?: MainStart): Promise<void> {
  // Every output is set, with its empty value when main fails before it knows it.
  let outputs = emptyOutputs();
  const journal = new Journal(io);
  // What post will read, for telling the runner whether post has anything to do.
  let saved: MainState | undefined;
  const save = (state: MainState) => {
    saved = state;
    io.saveState(STATE_KEY, encodeState(state));
  };
  try {
    const { config, ws, github, detection, readied } = await detectStep(io, journal, start);
    const { matrix, notes: shardNotes } = matrixStep(config, ws, detection.affected, detection.durations, journal);
    // mode record: the members given in `packages` passed; remember their fingerprints.
    const facts = saveFacts(config, io.env);
    const recorded = config.mode === 'record' ? await recordMarkers(config, detection, github, facts, journal.log) : [];
    let outcome: SyncOutcome | undefined;
    let tests: RunStepResult | undefined;
    // A sync's prep is started by detectStep (mode: sync) and for nothing else.
    if (readied.prep) {
      outcome = await runSync(config, ws, detection, { ...readied, prep: readied.prep }, facts, io, journal);
      save(outcome.state);
      // The command runs on a good sync only; the markers of the members it passed go to post with the state.
      if (config.run.length > 0 && !outcome.failure) {
        tests = await runStep(config, detection, outcome.uv, { github, facts }, io, journal);
        if (tests.markers) save({ ...outcome.state, markers: tests.markers });
      }
    }
    const fitted = outputsStep(detection, matrix, outcome, tests, journal);
    outputs = fitted.outputs;
    const annotations = buildAnnotations({
      affected: detection.affected,
      changedPaths: detection.change?.paths ?? [],
      members: ws.members,
      report: outcome?.sync?.report,
      cacheDir: outcome?.cache.dir,
      matrixLegs: matrix.include.length,
    });
    for (const annotation of annotations) emit(io, annotation);
    const notes = [...(detection.markerNotes ?? []), ...recorded, ...shardNotes, ...fitted.notes];
    if (config.summary) await io.writeSummary(renderSummary(summaryInput({ config, ws, detection, matrix, outcome, tests, notes }, journal)));
    if (outcome?.failure) {
      io.setFailed(outcome.sync?.report.errors.length ? `${outcome.failure}; uv's error is annotated above and in the job summary` : outcome.failure);
    }
    const testsFailed = tests && runFailure(tests.report);
    if (testsFailed) io.setFailed(testsFailed);
  } catch (error) {
    io.setFailed(formatError(error));
  } finally {
    try {
      for (const [name, value] of Object.entries(outputs)) io.setOutput(name, value);
    } catch (error) {
      // An unwritable GITHUB_OUTPUT: one error line, and the step fails.
      io.setFailed(formatError(error));
    }
    for (const owner of UV_MATCHER_OWNERS) io.info(`::remove-matcher owner=${owner}::`);
    tellPost(io, saved);
    io.endStep();
  }
}
