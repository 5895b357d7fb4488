// The frame changed paths are normalised in (paths.ts is pure; this is what it
// is handed): the repository root and its realpath, and for text a user or
// another tool typed (changed-files, --files) what only the work tree can
// answer: whether a path names a file (what a `\` means off Windows), and the
// stored letter case on a case-insensitive file system.
import { lstatSync, realpathSync } from 'node:fs';
import path from 'node:path';
import { diskCase, isCaseInsensitive, type Listings } from '../workspace/disk-case.js';
import type { NormalizeOptions } from './paths.js';

/** The repository root and its realpath: an absolute path may be written under either. */
export function gitFrame(repoRoot: string): NormalizeOptions {
  let real = repoRoot;
  try {
    real = realpathSync(repoRoot);
  } catch {
    // a root that cannot be resolved has no other spelling
  }
  return { repoRoot, rootAliases: real === repoRoot ? [] : [real] };
}

/** gitFrame, plus the work tree's answers for typed text. */
export function typedFrame(repoRoot: string): NormalizeOptions {
  const listings: Listings = new Map();
  return {
    ...gitFrame(repoRoot),
    backslashes: true,
    exists: (rel) => {
      try {
        lstatSync(path.join(repoRoot, ...rel.split('/')));
        return true;
      } catch {
        return false;
      }
    },
    ...(isCaseInsensitive(repoRoot) ? { storedCase: (abs: string) => diskCase(abs, listings) } : {}),
  };
}
