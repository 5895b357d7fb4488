// From a change set to the affected members: shared by the action and the
// CLI, so `uv-workspace-sync affected` previews exactly what the action does.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { computeAffected, type Affected } from './affected.js';
import { readFileAtRef } from './changes/detect.js';
import type { ChangeSet } from './changes/types.js';
import type { Workspace } from './workspace/types.js';
import { loadSurfaces } from './workspace/member-files.js';
import type { Dependents } from './inputs.js';

export interface DetectionOptions {
  repoRoot: string;
  ignore: string[];
  global: string[];
  syncArgs: string[];
  /** `shipped` (default): only changes to what a member ships reach its dependents; `any`: every change does. */
  dependents?: Dependents;
}

/** Every member, each with the one reason the whole workspace is affected. */
export function allMembers(ws: Workspace, reason: string): Affected {
  return { all: true, allReasons: [reason], members: ws.members.map((m) => ({ name: m.name, path: m.path, reasons: [reason] })) };
}

/**
 * uv.lock at base and head when the change touched it, for the lock
 * attribution. Head is the work tree unless another head was compared; base
 * is undefined when git has no base (an explicit file list), which the
 * engine treats as "every member".
 */
async function lockTexts(ws: Workspace, change: ChangeSet, repoRoot: string): Promise<{ base: string | undefined; head: string | undefined } | undefined> {
  if (!ws.lockPath) return undefined;
  const lockRel = path.relative(repoRoot, ws.lockPath).split(path.sep).join('/');
  if (!change.paths.includes(lockRel)) return undefined;
  const base = change.base ? await readFileAtRef(repoRoot, change.base, lockRel) : undefined;
  const head = change.head
    ? await readFileAtRef(repoRoot, change.head, lockRel)
    : await readFile(ws.lockPath, 'utf8').catch(() => undefined);
  return { base, head };
}

export async function affectedFromChanges(ws: Workspace, change: ChangeSet, options: DetectionOptions): Promise<Affected> {
  if (change.all) return allMembers(ws, change.allReason ?? 'every member (no change list)');
  return computeAffected(ws, {
    paths: change.paths,
    ignore: options.ignore,
    global: options.global,
    lock: await lockTexts(ws, change, options.repoRoot),
    syncArgs: options.syncArgs,
    ...((options.dependents ?? 'shipped') === 'shipped' && change.paths.length > 0 ? { surfaces: loadSurfaces(ws, change.paths) } : {}),
  });
}
