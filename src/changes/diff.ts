// Pure: parse `git diff --name-status -z` output. With -z git prints paths
// verbatim (no quoting, no escaping), each field ended by NUL, so spaces,
// quotes, newlines and unicode need no special handling here.
import { sortedStrings } from '../text.js';

export type ChangeStatus = 'added' | 'copied' | 'deleted' | 'modified' | 'renamed' | 'type-changed' | 'unmerged' | 'unknown';

export interface FileChange {
  status: ChangeStatus;
  /** The path after the change (the new name of a rename or copy). */
  path: string;
  /** The old name of a rename or the source of a copy. */
  previousPath?: string;
}

const STATUS: Record<string, ChangeStatus> = {
  A: 'added',
  C: 'copied',
  D: 'deleted',
  M: 'modified',
  R: 'renamed',
  T: 'type-changed',
  U: 'unmerged',
  X: 'unknown',
  B: 'modified', // pairing broken by -B: the content was rewritten in place
};

/**
 * Parses `git diff --name-status -z`. Records are `STATUS\0path\0`, or
 * `R<score>\0old\0new\0` / `C<score>\0old\0new\0` for renames and copies.
 * Throws on output that does not follow that shape, because a silently
 * dropped path would make a member look unaffected.
 */
export function parseNameStatus(output: string): FileChange[] {
  const fields = output.split('\0');
  // A well-formed output ends with NUL, leaving one empty field after it.
  if (fields[fields.length - 1] === '') fields.pop();
  const changes: FileChange[] = [];
  let i = 0;
  while (i < fields.length) {
    const code = fields[i++]!;
    const letter = code.charAt(0);
    const status = STATUS[letter];
    if (!status || !/^[A-Z]\d*$/.test(code)) {
      throw new Error(`unexpected git diff --name-status field '${code}' at field ${i}`);
    }
    if (letter === 'R' || letter === 'C') {
      const previousPath = fields[i++];
      const path = fields[i++];
      if (previousPath === undefined || path === undefined) throw new Error(`git diff --name-status output ends inside a ${status} record`);
      changes.push({ status, path, previousPath });
    } else {
      const path = fields[i++];
      if (path === undefined) throw new Error(`git diff --name-status output ends inside a ${status} record`);
      changes.push({ status, path });
    }
  }
  return changes;
}

/** Every path a change touches (both names of a rename), sorted and unique. */
export function changedPaths(changes: readonly FileChange[]): string[] {
  const paths = new Set<string>();
  for (const change of changes) {
    paths.add(change.path);
    if (change.previousPath !== undefined) paths.add(change.previousPath);
  }
  return sortedStrings(paths);
}

