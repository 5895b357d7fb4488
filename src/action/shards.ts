// The matrix of the affected members (report/matrix.ts), in shards when asked:
// each member weighs what its tests took when the passed markers recorded it,
// else the packages `uv sync --package m` installs according to uv.lock
// (third-party ones included; without a readable lock, the members it
// installs). The log and the summary say which weights were used.
import path from 'node:path';
import type { Affected } from '../affected/engine.js';
import { formatError } from '../errors.js';
import type { Config } from '../inputs.js';
import { readBoundedText } from '../read-file.js';
import { buildMatrix, effectiveShards, shardWeights, type Matrix } from '../report/matrix.js';
import { installClosure } from '../workspace/closure.js';
import { lockedClosureSizes } from '../workspace/lockdiff.js';
import { parseLock } from '../workspace/lockfile.js';
import type { SyncArgs } from '../workspace/selection.js';
import type { Workspace } from '../workspace/types.js';
import type { Journal } from './journal.js';

/** The packages each member installs: from uv.lock, else its member closure. */
function closureSizes(ws: Workspace, names: string[], syncArgs: SyncArgs, journal: Journal): (name: string) => number {
  let sizes: Map<string, number> | undefined;
  if (ws.lockPath) {
    try {
      const lockName = path.relative(ws.root, ws.lockPath) || 'uv.lock';
      const lock = parseLock(readBoundedText(ws.lockPath, lockName) ?? '', lockName);
      sizes = lockedClosureSizes(lock, ws.members, names, syncArgs.selection);
    } catch (error) {
      journal.info(`shards are balanced by member closures: uv.lock could not be read (${formatError(error)})`);
    }
  }
  return (name) => sizes?.get(name) ?? installClosure(ws, name, syncArgs).size;
}

/** The matrix, and the notes for the summary (why it was sharded, by what). */
export function matrixStep(config: Config, ws: Workspace, affected: Affected, durations: Record<string, number> | undefined, journal: Journal): { matrix: Matrix; notes: string[] } {
  const shards = effectiveShards(affected.members.length, config.shards);
  if (shards.note) journal.info(shards.note);
  const notes = shards.note ? [shards.note] : [];
  if (shards.shards === 0 || affected.members.length === 0) return { matrix: buildMatrix(affected.members, shards.shards, () => 1), notes };
  const names = affected.members.map((m) => m.name);
  const { weight, basis } = shardWeights(names, closureSizes(ws, names, config.syncArgs, journal), durations);
  journal.info(basis);
  return { matrix: buildMatrix(affected.members, shards.shards, weight), notes: [...notes, basis] };
}
