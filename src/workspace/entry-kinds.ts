// What an entry is (a real directory, a symlink, missing), asked of many
// entries that share parents: the members of `packages/*` all live in one
// directory. A parent asked about often is listed once (one readdir with
// entry types) instead of an lstat per entry; a parent asked about rarely
// gets the lstat (listing a crowded repository root for one entry would cost more).
import fs from 'node:fs';
import path from 'node:path';

export type EntryKind = 'dir' | 'link' | 'other' | 'missing';

/**
 * Where a path's parent ends: the index of its last `/` when path.dirname
 * would cut there (a `/`-separated path ending in a name after a single
 * `/`), else -1 (path.dirname and path.basename decide). Members' directories
 * are such paths: one scan instead of two path calls for each of thousands.
 */
function plainCut(abs: string): number {
  const cut = abs.lastIndexOf('/');
  return path.sep === '/' && cut > 0 && cut < abs.length - 1 && abs.charCodeAt(cut - 1) !== 47 ? cut : -1;
}

/** path.dirname(abs). */
export function parentOf(abs: string): string {
  const cut = plainCut(abs);
  return cut < 0 ? path.dirname(abs) : abs.slice(0, cut);
}

/** path.basename(abs). */
export function nameOf(abs: string): string {
  const cut = plainCut(abs);
  return cut < 0 ? path.basename(abs) : abs.slice(cut + 1);
}

/** How many entries of one parent make listing it cheaper than an lstat each. */
const LIST_FROM = 8;

/**
 * Kinds of the absolute paths in `expected` (and of any other path, by
 * lstat): parents holding at least LIST_FROM of them are listed once.
 */
export function entryKinds(expected: readonly string[]): (abs: string) => EntryKind {
  const perParent = new Map<string, number>();
  for (const p of expected) {
    const parent = parentOf(p);
    perParent.set(parent, (perParent.get(parent) ?? 0) + 1);
  }
  const listings = new Map<string, Map<string, fs.Dirent> | undefined>();
  const known = new Map<string, EntryKind>();
  const listing = (parent: string): Map<string, fs.Dirent> | undefined => {
    if (listings.has(parent)) return listings.get(parent);
    let entries: Map<string, fs.Dirent> | undefined;
    try {
      entries = new Map(fs.readdirSync(parent, { withFileTypes: true }).map((e) => [e.name, e]));
    } catch {
      entries = undefined;
    }
    listings.set(parent, entries);
    return entries;
  };
  const byLstat = (abs: string): EntryKind => {
    const stat = fs.lstatSync(abs, { throwIfNoEntry: false });
    return !stat ? 'missing' : stat.isSymbolicLink() ? 'link' : stat.isDirectory() ? 'dir' : 'other';
  };
  return (abs) => {
    let kind = known.get(abs);
    if (kind !== undefined) return kind;
    const cut = plainCut(abs);
    const parent = cut < 0 ? path.dirname(abs) : abs.slice(0, cut);
    const entries = parent !== abs && (perParent.get(parent) ?? 0) >= LIST_FROM ? listing(parent) : undefined;
    const entry = entries?.get(cut < 0 ? path.basename(abs) : abs.slice(cut + 1));
    // An entry whose type the listing does not give (unknown on some filesystems) is lstat'ed.
    kind = !entry ? byLstat(abs) : entry.isSymbolicLink() ? 'link' : entry.isDirectory() ? 'dir' : entry.isFile() ? 'other' : byLstat(abs);
    known.set(abs, kind);
    return kind;
  };
}
