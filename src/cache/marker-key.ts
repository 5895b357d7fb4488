// The keys of passed markers (pure). A marker is a tiny cache entry whose key
// says everything anyone reads of it, so reading one is a lookup, never a
// download:
//
//   uv-ws-passed-v1[-_suffix]-<member>-<fingerprint>-<ref>[-<seconds>s]
//
// The member's tests passed at this fingerprint on this ref, in this many
// seconds (written by the post step after a `run`; `mode: record` knows no
// duration). Every field is `field`-encoded, so none holds a `-`: the member
// prefix of `api` never matches `api-client`'s markers, and the duration is
// what follows the last `-`. A key without it (written before durations were
// kept) reads as a pass with no duration.
import { field } from './key.js';

/**
 * Where a marker is written before it is saved, relative to the step's
 * working directory. The cache service versions an entry by the paths it
 * holds, so lookup and save must name the same path on every runner: a
 * relative one does not depend on where the runner keeps its work directory.
 */
export const MARKER_DIR = '.uv-workspace-sync-passed';

/** Bumped when the marker layout changes incompatibly, so old markers stop matching. */
const MARKER_VERSION = 'v1';

/** The prefix of every marker of `member` (any fingerprint): its newest says how long its tests took last. */
export function memberMarkerPrefix(member: string, suffix: string): string {
  const head = suffix.trim() === '' ? `uv-ws-passed-${MARKER_VERSION}` : `uv-ws-passed-${MARKER_VERSION}-_${field(suffix.trim())}`;
  return `${head}-${field(member)}-`;
}

/** Key prefix of one member's markers at one fingerprint; the ref it passed on follows. */
export function markerPrefix(member: string, fingerprint: string, suffix: string): string {
  return `${memberMarkerPrefix(member, suffix)}${fingerprint}-`;
}

/** The duration as the key holds it: tenths of a second. */
function secondsField(seconds: number): string {
  return `${(Math.round(Math.max(0, seconds) * 10) / 10).toFixed(1)}s`;
}

export function markerKey(member: string, fingerprint: string, suffix: string, ref: string, seconds?: number): string {
  return `${markerPrefix(member, fingerprint, suffix)}${field(ref || 'unknown')}${seconds === undefined ? '' : `-${secondsField(seconds)}`}`;
}

export interface MarkerFacts {
  fingerprint: string;
  /** The ref it passed on (percent-decoded; a hashed long ref stays as it is). */
  ref: string;
  /** How long its tests took, when the marker says. */
  seconds?: number;
}

/** What a matched marker key of `member` says; undefined when it is not one. */
export function readMarkerKey(key: string, member: string, suffix: string): MarkerFacts | undefined {
  const prefix = memberMarkerPrefix(member, suffix);
  if (!key.startsWith(prefix)) return undefined;
  const [fingerprint, ref, duration, ...rest] = key.slice(prefix.length).split('-');
  if (!fingerprint || ref === undefined || rest.length > 0) return undefined;
  const seconds = duration === undefined ? undefined : /^(\d+(?:\.\d+)?)s$/.exec(duration)?.[1];
  if (duration !== undefined && seconds === undefined) return undefined;
  let decoded: string;
  try {
    decoded = decodeURIComponent(ref) || 'unknown ref';
  } catch {
    decoded = ref;
  }
  return { fingerprint, ref: decoded, ...(seconds === undefined ? {} : { seconds: Number(seconds) }) };
}
