// Which `uv sync` invocations make the venv right for a set of members (pure).
import type { SyncArgs } from '../workspace/selection.js';
import { supportsRepeatedPackage, REPEATED_PACKAGE_SINCE } from './version.js';

export interface SyncPlanInput {
  /** Normalised member names, or `all` for the whole workspace. */
  members: readonly string[] | 'all';
  /** The `sync-args` input: its words are passed through unchanged. */
  syncArgs: SyncArgs;
  uvVersion: string;
  /** Step debug logging: ask uv for `-v` so its decisions show in the log. */
  debug: boolean;
}

export interface SyncPlan {
  /** argv after `uv`, in order; run until the first failure. Empty when there is nothing to sync. */
  invocations: string[][];
  /** Said in the log and the summary when the plan is not the usual single sync. */
  note?: string;
}

export function planSync(input: SyncPlanInput): SyncPlan {
  const verbose = input.debug ? ['-v'] : [];
  const tail = [...input.syncArgs.argv, ...verbose];
  if (input.members === 'all') return { invocations: [['sync', '--all-packages', ...tail]] };

  const members = [...new Set(input.members)].sort();
  if (members.length === 0) return { invocations: [] };
  if (members.length === 1 || supportsRepeatedPackage(input.uvVersion)) {
    return { invocations: [['sync', ...members.flatMap((m) => ['--package', m]), ...tail]] };
  }
  // Older uv accepts one --package per sync, and each exact sync would
  // uninstall what the previous one installed; --inexact keeps them all (but
  // also keeps packages nothing needs any more).
  // uv rejects a flag given twice, so --inexact from sync-args is not repeated.
  const inexact = input.syncArgs.inexact ? [] : ['--inexact'];
  return {
    invocations: members.map((m) => ['sync', ...inexact, '--package', m, ...tail]),
    note:
      `uv ${input.uvVersion} takes one --package per sync (repeating it needs uv >= ${REPEATED_PACKAGE_SINCE}), ` +
      `so ${members.length} members are synced one by one with --inexact; packages no member needs any more are not removed. ` +
      `Use uv >= ${REPEATED_PACKAGE_SINCE} for one exact sync.`,
  };
}
