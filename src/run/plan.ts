// Which processes a run of the `run` command per member starts (pure): one
// `uv run --no-sync --package <member> -- <command…>` per member, in the
// member's directory, with UVWS_MEMBER and UVWS_MEMBER_PATH set. The command
// comes as words (split like a shell would, never run through one), so a
// member name or a word of the command is only ever an argument.
import path from 'node:path';
import { compareStrings } from '../text.js';

export interface MemberJob {
  member: string;
  /** Directory relative to the repository root, `/`-separated. */
  path: string;
  /** Absolute directory the command runs in. */
  cwd: string;
  /** argv after `uv`. */
  args: string[];
  /** Variables added to the environment the command runs in. */
  env: Record<string, string>;
}

export interface RunPlanInput {
  members: readonly { name: string; path: string }[];
  /** The command's words. */
  command: readonly string[];
  /** Absolute repository root, which member paths are relative to. */
  repoRoot: string;
  /** Recorded test durations in seconds (from the passed markers), where known. */
  durations?: Readonly<Record<string, number>>;
}

/** The argv after `uv` that runs `command` for `member`. */
function memberRunArgs(member: string, command: readonly string[]): string[] {
  return ['run', '--no-sync', '--package', member, '--', ...command];
}

/**
 * One job per member, the longest first: members with a recorded duration
 * by that duration, members without one before them (they may be the
 * longest of all), ties by name. Started in this order, a pool of N
 * finishes about when its slowest member allows (longest processing time
 * first), rather than with one long member started last.
 */
export function planMemberRuns(input: RunPlanInput): MemberJob[] {
  const known = (name: string) => input.durations?.[name];
  const order = [...input.members].sort((a, b) => {
    const da = known(a.name) ?? Infinity;
    const db = known(b.name) ?? Infinity;
    return da === db ? compareStrings(a.name, b.name) : db - da;
  });
  return order.map((m) => ({
    member: m.name,
    path: m.path,
    cwd: path.join(input.repoRoot, ...m.path.split('/').filter((part) => part !== '.' && part !== '')),
    args: memberRunArgs(m.name, input.command),
    env: { UVWS_MEMBER: m.name, UVWS_MEMBER_PATH: m.path },
  }));
}
