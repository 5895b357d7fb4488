// Passed markers: remembering, in the GitHub cache, that a member's tests
// passed on exactly these inputs (its fingerprint), so a later run with the
// same fingerprint can skip it. No server of our own: a marker is a tiny
// cache entry whose key names the member, the fingerprint and the ref it
// passed on (and how long its tests took: cache/marker-key.ts);
// `skip-passed` only asks whether the key exists (lookup-only, no download).
// The post step saves the markers of the members a `run` passed
// (marker-save.ts), `mode: record` those of its `packages`. Cache trouble
// never fails a job: a failed lookup skips nothing, a failed save records
// nothing.
import type { Affected } from '../affected/engine.js';
import type { ChangeSet } from '../changes/types.js';
import { MARKER_DIR, markerKey, markerPrefix, memberMarkerPrefix, readMarkerKey } from '../cache/marker-key.js';
import { saveGate, type SaveFacts } from '../cache/policy.js';
import type { Log } from '../log.js';
import { formatError } from '../errors.js';
import { fingerprintWorkspace } from '../fingerprint/index.js';
import type { EnvFacts } from '../fingerprint/compute.js';
import type { Config } from '../inputs.js';
import type { Workspace } from '../workspace/types.js';
import { markerLog, saveMarkers, SHORT, warnOnce } from './marker-save.js';
import { fingerprintsNeeded } from './main-start.js';
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
  /** Recorded test durations in seconds of the affected members, from their newest passed marker (skip-passed). */
  durations?: Record<string, number>;
}

/** Lookups in flight at once: each is one small request to the cache service. */
const LOOKUP_CONCURRENCY = 8;

function withoutMembers(affected: Affected, drop: ReadonlySet<string>): Affected {
  if (drop.size === 0) return affected;
  const members = affected.members.filter((m) => !drop.has(m.name));
  // Some members were skipped, so not every member is synced any more.
  return { all: false, allReasons: [], members, ...(affected.unowned ? { unowned: affected.unowned } : {}) };
}

/** What one member's lookup found: a pass at this fingerprint (its reason), and the newest recorded duration. */
interface Found {
  passed?: string;
  seconds?: number;
}

/**
 * One request per member: a marker at its fingerprint (it passed: skip it),
 * else its newest marker at any fingerprint, which says only how long its
 * tests took last (for the order of a run and the shards of a matrix).
 */
async function lookUp(member: string, fingerprint: string, config: Config, ref: string, problems: string[]): Promise<Found> {
  const { restoreCache } = await import('../cache/restore.js');
  const result = await restoreCache({
    dir: MARKER_DIR,
    primaryKey: markerKey(member, fingerprint, config.cacheKeySuffix, ref),
    restoreKeys: [markerPrefix(member, fingerprint, config.cacheKeySuffix), memberMarkerPrefix(member, config.cacheKeySuffix)],
    log: markerLog(problems),
    lookupOnly: true,
  });
  // No cache service is a problem here: the user asked for markers, and none can be read.
  if (result.hit === 'unavailable') problems.push(`the markers could not be looked up: ${result.warning}`);
  if (result.hit !== 'exact' && result.hit !== 'partial') return {};
  const facts = readMarkerKey(result.matchedKey ?? '', member, config.cacheKeySuffix);
  if (!facts) return {};
  const seconds = facts.seconds === undefined ? {} : { seconds: facts.seconds };
  return facts.fingerprint === fingerprint ? { passed: `passed at ${fingerprint.slice(0, SHORT)} on ${facts.ref}`, ...seconds } : seconds;
}

/**
 * Computes every member's fingerprint when they are needed
 * (fingerprintsNeeded) and, with `skip-passed`, drops the affected members
 * whose fingerprint already passed and reads the recorded durations of the
 * rest. Called once, right after detection, in every mode.
 */
export async function applyMarkers(config: Config, ws: Workspace, detection: Detection, github: GithubEnv, facts: Promise<EnvFacts> | undefined, log: Log): Promise<Detection> {
  const result: Detection & Required<Pick<Detection, 'fingerprints' | 'skipped' | 'markerNotes' | 'durations'>> = {
    ...detection,
    fingerprints: {},
    skipped: {},
    markerNotes: [],
    durations: {},
  };
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
        const { passed, seconds } = await lookUp(name, result.fingerprints[name]!, config, github.refName ?? '', problems);
        if (passed) found.set(name, passed);
        else if (seconds !== undefined) result.durations[name] = seconds;
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
  const markers = names.map((name) => ({ member: name, fingerprint: fingerprints[name]!, key: markerKey(name, fingerprints[name]!, config.cacheKeySuffix, github.refName ?? '') }));
  const problems: string[] = [];
  const saved = await saveMarkers(markers, { ref: github.refName ?? '', runId: github.runId ?? '' }, log, problems, config.cacheTimeoutMs);
  notes.push(...saved.lines);
  warnOnce(log, problems, 'mode record: some passed markers were not saved');
  return notes;
}
