// Saving passed markers (cache/marker-key.ts), for `mode: record` and for the
// post step after a `run`: each marker is one tiny entry holding a JSON note
// of what passed (for whoever opens it; nothing reads it back: the key says
// it all). The caller has asked the save gate (cache/policy.ts saveGate)
// already. Cache trouble is collected and said once, never per member.
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { MARKER_DIR } from '../cache/marker-key.js';
import type { Log } from '../log.js';

/** How much of a fingerprint a line shows. */
export const SHORT = 12;

/** One marker to save: the member, its fingerprint, and the key (duration included) main chose. */
export interface MarkerToSave {
  member: string;
  fingerprint: string;
  key: string;
}

/**
 * Collects the cache adapter's warnings instead of printing them: a cache
 * service that is down would otherwise say so once per member. Its messages
 * speak of "the uv cache"; a marker is not one.
 */
export function markerLog(problems: string[]): Log {
  return { info: () => {}, warning: (message) => problems.push(message.replace(/the uv cache/g, 'the marker')), notice: () => {} };
}

export function warnOnce(log: Log, problems: string[], what: string): void {
  if (problems.length === 0) return;
  log.warning(`${what} (${problems.length} of them): ${problems[0]}`);
}

export interface SavedMarkers {
  /** One line per member, for the log and the summary. */
  lines: string[];
  /** A save was given up at its deadline and may still hold a socket: the step ends its process when done. */
  abandoned: boolean;
}

/**
 * Saves each marker, each under `deadlineMs`; problems go to `problems`. A
 * save given up at its deadline ends the saving: the service is not
 * answering, and the others would wait as long.
 */
export async function saveMarkers(
  markers: readonly MarkerToSave[],
  note: { ref: string; runId: string },
  log: Log,
  problems: string[],
  deadlineMs?: number,
): Promise<SavedMarkers> {
  if (markers.length === 0) return { lines: [], abandoned: false };
  const { saveCache } = await import('../cache/save.js');
  const dir = path.resolve(MARKER_DIR);
  const lines: string[] = [];
  try {
    for (const { member, fingerprint, key } of markers) {
      await mkdir(dir, { recursive: true });
      await writeFile(path.join(dir, 'marker.json'), `${JSON.stringify({ member, fingerprint, ref: note.ref, runId: note.runId })}\n`);
      const saved = await saveCache({ paths: [MARKER_DIR], key, log: markerLog(problems), ...(deadlineMs ? { deadlineMs } : {}) });
      const line =
        saved.saved || /already saved/.test(saved.reason)
          ? `recorded ${member} as passed at ${fingerprint.slice(0, SHORT)}`
          : `did not record ${member}: ${saved.reason.replace(/the uv cache/g, 'the marker')}`;
      log.info(line);
      lines.push(line);
      if (saved.abandoned) return { lines, abandoned: true };
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  return { lines, abandoned: false };
}
