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

export function explicitList(files: readonly string[], frame: NormalizeOptions): ChangeSet {
  const trimmed = files.map((f) => f.trim()).filter(Boolean);
  return normalized('changed-files', 'changed-files', trimmed, frame, (paths) => ({
    source: 'changed-files',
    description: `explicit list of changed files: ${paths.length} path${paths.length === 1 ? '' : 's'}`,
    paths,
    all: false,
    warnings: [],
  }));
}

export function oneLine(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.split('\n')[0]!.trim();
}
