// A change set from a list of paths, and the change set that says "every
// member" when nothing can be listed: the two shapes every source of changes
// in detect.ts ends in.
import { describeAmbiguous, describeRejected, normalizeChangedPaths, type NormalizeOptions } from './paths.js';
import type { ChangeSet } from './types.js';

export function everything(label: string, reason: string, warn: boolean, extraWarnings: string[] = []): ChangeSet {
  const warnings = [...extraWarnings];
  if (warn) warnings.push(`could not list the changed files (${reason}); treating every member as affected`);
  return { source: 'none', description: `${label}: every member (${reason})`, paths: [], all: true, allReason: reason, warnings };
}

/**
 * Brings a source's paths to the normal form. A path outside the repository
 * cannot be placed, so nothing can be proven about what changed: every member.
 */
export function normalized(label: string, source: string, raw: readonly string[], frame: NormalizeOptions, build: (paths: string[]) => ChangeSet): ChangeSet {
  const { paths, rejected, ambiguous } = normalizeChangedPaths(raw, frame);
  if (rejected.length > 0) return everything(label, describeRejected(rejected, source), true);
  const built = build(paths);
  return ambiguous.length === 0 ? built : { ...built, warnings: [...built.warnings, describeAmbiguous(ambiguous, source)] };
}

function explicitChangeSet(paths: string[]): ChangeSet {
  return {
    source: 'changed-files',
    description: `explicit list of changed files: ${paths.length} path${paths.length === 1 ? '' : 's'}`,
    paths,
    all: false,
    warnings: [],
  };
}

export function explicitList(files: readonly string[], frame: NormalizeOptions): ChangeSet {
  const trimmed = files.map((f) => f.trim()).filter(Boolean);
  return normalized('changed-files', 'changed-files', trimmed, frame, explicitChangeSet);
}

/**
 * What a second normalisation could change in a path the first one gave: a
 * blank at an end (`a/ ` from `a/ /.`, which explicitList trims), a first
 * component that reads as a drive (`Z:/a` from `/repo/Z:/a`, then refused
 * as a Windows path: every member), a `\` (read again against the work tree).
 */
const RENORMALISED = /^\s|\s$|^[A-Za-z]:|\\/;

/**
 * explicitList of paths that normalizeChangedPaths gave already, in the same
 * frame, with none rejected or ambiguous (the CLI's --files): normalising
 * them again gives them back as they are (sorted, unique, no warning). A
 * list holding a path that a second pass could change takes the whole way.
 */
export function explicitNormalList(paths: readonly string[], frame: () => NormalizeOptions): ChangeSet {
  if (paths.some((p) => p === '' || RENORMALISED.test(p))) return explicitList(paths, frame());
  return explicitChangeSet([...paths]);
}

export function oneLine(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.split('\n')[0]!.trim();
}
