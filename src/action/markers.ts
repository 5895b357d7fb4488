// Passed markers: remembering, in the GitHub cache, that a member's tests
// passed on exactly these inputs (its fingerprint), so a later run with the
// same fingerprint can skip it. No server of our own: a marker is a tiny
// cache entry whose key names the member, the fingerprint and the ref it
// passed on; `skip-passed` only asks whether the key exists (lookup-only, no
// download), `mode: record` saves it. Cache trouble never fails a job: a
// failed lookup skips nothing, a failed save records nothing.
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Affected } from '../affected/engine.js';
import type { ChangeSet } from '../changes/types.js';
import { field } from '../cache/key.js';
import { saveGate, type SaveFacts } from '../cache/policy.js';
import type { Log } from '../log.js';
import { formatError } from '../errors.js';
import { fingerprintWorkspace } from '../fingerprint/index.js';
import type { EnvFacts } from '../fingerprint/compute.js';
import type { Config } from '../inputs.js';
import type { Workspace } from '../workspace/types.js';
import type { GithubEnv } from './runner-env.js';

export interface Detection {
  affected: Affected;
  /** Absent when the `packages` input skipped detection. */
  change?: ChangeSet;
  /** Every member's fingerprint (below); empty when not needed (fingerprintsNeeded) or when it could not be computed. */
  fingerprints?: Record<string, string>;
  /** Members `skip-passed` dropped from `affected`, with the reason. */
  skipped?: Record<string, string>;
  /** What the markers did, for the summary. */
  markerNotes?: string[];
}

/** Bumped when the marker layout changes, so old markers stop matching. */
const MARKER_VERSION = 'v1';
/** Lookups in flight at once: each is one small request to the cache service. */
const LOOKUP_CONCURRENCY = 8;
/** How much of a fingerprint a reason shows. */
const SHORT = 12;
/**
 * Where a marker is written before it is saved, relative to the step's
 * working directory. The cache service versions an entry by the paths it
 * holds, so lookup and save must name the same path on every runner: a
 * relative one does not depend on where the runner keeps its work directory.
 */
const MARKER_DIR = '.uv-workspace-sync-passed';

/** Key prefix of one member's markers at one fingerprint; the ref it passed on follows. */
export function markerPrefix(member: string, fingerprint: string, suffix: string): string {
  const head = suffix.trim() === '' ? `uv-ws-passed-${MARKER_VERSION}` : `uv-ws-passed-${MARKER_VERSION}-_${field(suffix.trim())}`;
  return `${head}-${field(member)}-${fingerprint}-`;
}

export function markerKey(member: string, fingerprint: string, suffix: string, ref: string): string {
  return `${markerPrefix(member, fingerprint, suffix)}${field(ref || 'unknown')}`;
}

/** The ref a matched key names (percent-decoded; a hashed long ref stays as it is). */
function refOf(matchedKey: string, prefix: string): string {
  const raw = matchedKey.startsWith(prefix) ? matchedKey.slice(prefix.length) : '';
  try {
    return decodeURIComponent(raw) || 'unknown ref';
  } catch {
    return raw;
  }
}

/**
 * Collects the cache adapter's warnings instead of printing them: a cache
 * service that is down would otherwise say so once per member. Its messages
 * speak of "the uv cache"; a marker is not one.
 */
function markerLog(problems: string[]): Log {
  return { info: () => {}, warning: (message) => problems.push(message.replace(/the uv cache/g, 'the marker')), notice: () => {} };
}

function warnOnce(log: Log, problems: string[], what: string): void {
  if (problems.length === 0) return;
  log.warning(`${what} (${problems.length} of them): ${problems[0]}`);
}

function withoutMembers(affected: Affected, drop: ReadonlySet<string>): Affected {
  if (drop.size === 0) return affected;
  const members = affected.members.filter((m) => !drop.has(m.name));
  // Some members were skipped, so not every member is synced any more.
  return { all: false, allReasons: [], members, ...(affected.unowned ? { unowned: affected.unowned } : {}) };
}

async function lookUp(member: string, fingerprint: string, config: Config, ref: string, problems: string[]): Promise<string | undefined> {
  const { restoreCache } = await import('../cache/restore.js');
  const prefix = markerPrefix(member, fingerprint, config.cacheKeySuffix);
  const result = await restoreCache({
    dir: MARKER_DIR,
    primaryKey: markerKey(member, fingerprint, config.cacheKeySuffix, ref),
    restoreKeys: [prefix],
    log: markerLog(problems),
    lookupOnly: true,
  });
  // No cache service is a problem here: the user asked for markers, and none can be read.
  if (result.hit === 'unavailable') problems.push(`the markers could not be looked up: ${result.warning}`);
  if (result.hit !== 'exact' && result.hit !== 'partial') return undefined;
  return `passed at ${fingerprint.slice(0, SHORT)} on ${refOf(result.matchedKey ?? '', prefix)}`;
}

/**
 * Whether this step computes the fingerprints: where something reads them
 * (`skip-passed`, `mode: record`) or the `fingerprints` input asks for the
 * output. They hash every tracked file and the whole uv.lock, most of what
 * a warm step spends of its own, so a step that reads none skips them (and,
 * in `mode: detect`, the uv and Python probes they name).
 */
export function fingerprintsNeeded(config: Pick<Config, 'skipPassed' | 'mode' | 'fingerprints'>): boolean {
  return config.skipPassed || config.mode === 'record' || config.fingerprints;
}

/**
 * Computes every member's fingerprint when they are needed
 * (fingerprintsNeeded) and, with `skip-passed`, drops the affected members
 * whose fingerprint already passed. Called once, right after detection, in
 * every mode.
 */
export async function applyMarkers(config: Config, ws: Workspace, detection: Detection, github: GithubEnv, facts: Promise<EnvFacts> | undefined, log: Log): Promise<Detection> {
  const result = { ...detection, fingerprints: {} as Record<string, string>, skipped: {} as Record<string, string>, markerNotes: [] as string[] };
  if (!fingerprintsNeeded(config)) return result;
  try {
    result.fingerprints = await fingerprintWorkspace(ws, { syncArgs: config.syncArgs, ignore: config.ignore, global: config.global, dependents: config.dependents, facts });
  } catch (error) {
    // Computed only where asked for (markers, or the output): said as a warning.
    const markers = config.skipPassed || config.mode === 'record';
    log.warning(`member fingerprints could not be computed${markers ? ', so no member is skipped or recorded' : ''}: ${formatError(error)}`);
    return result;
  }
  if (!config.skipPassed || config.mode === 'record') return result;

  const candidates = detection.affected.members.map((m) => m.name).filter((name) => result.fingerprints[name]);
  const found = new Map<string, string>();
  const problems: string[] = [];
  for (let i = 0; i < candidates.length; i += LOOKUP_CONCURRENCY) {
    await Promise.all(
      candidates.slice(i, i + LOOKUP_CONCURRENCY).map(async (name) => {
        const reason = await lookUp(name, result.fingerprints[name]!, config, github.refName ?? '', problems);
        if (reason) found.set(name, reason);
      }),
    );
  }
  warnOnce(log, problems, 'skip-passed: some passed markers could not be looked up, so those members run');
  for (const name of [...found.keys()].sort()) {
    result.skipped[name] = found.get(name)!;
    result.markerNotes.push(`skipped ${name}: ${found.get(name)}`);
    log.info(`skip-passed: ${name} ${found.get(name)}`);
  }
  if (candidates.length > 0) log.info(`skip-passed: ${found.size} of ${candidates.length} affected members already passed on these exact inputs`);
  result.affected = withoutMembers(detection.affected, new Set(found.keys()));
  return result;
}

/**
 * `mode: record`: saves a marker for each member of the `packages` input at
 * its current fingerprint, exactly where this job would save the uv cache
 * (cache/policy.ts saveGate: the `cache` input, the runner, the event and
 * `save-cache`; never where a fork's code could write it). Returns the lines
 * for the log and summary.
 */
export async function recordMarkers(config: Config, detection: Detection, github: GithubEnv, facts: SaveFacts, log: Log): Promise<string[]> {
  const notes: string[] = [];
  const fingerprints = detection.fingerprints ?? {};
  const names = detection.affected.members.map((m) => m.name).filter((name) => fingerprints[name]);
  if (names.length === 0) return notes;
  const decision = saveGate(facts);
  if (!decision.save) {
    const line = decision.reason.replace(/the uv cache/g, 'passed markers');
    log.info(line);
    return [line];
  }
  const { saveCache } = await import('../cache/save.js');
  const dir = path.resolve(MARKER_DIR);
  const problems: string[] = [];
  try {
    for (const name of names) {
      const fingerprint = fingerprints[name]!;
      await mkdir(dir, { recursive: true });
      // What passed, for whoever opens an entry; nothing reads it back.
      await writeFile(path.join(dir, 'marker.json'), `${JSON.stringify({ member: name, fingerprint, ref: github.refName ?? '', runId: github.runId ?? '' })}\n`);
      const key = markerKey(name, fingerprint, config.cacheKeySuffix, github.refName ?? '');
      const saved = await saveCache({ paths: [MARKER_DIR], key, log: markerLog(problems) });
      const line = saved.saved || /already saved/.test(saved.reason) ? `recorded ${name} as passed at ${fingerprint.slice(0, SHORT)}` : `did not record ${name}: ${saved.reason.replace(/the uv cache/g, 'the marker')}`;
      log.info(line);
      notes.push(line);
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  warnOnce(log, problems, 'mode record: some passed markers were not saved');
  return notes;
}
