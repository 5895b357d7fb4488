// Paths in the letter case the file system stores them. On a case-insensitive
// file system (Windows, default macOS) `PY/Packages/core` opens
// `py/packages/core`, but a path built from the typed text keeps the typed
// case, and git prints the stored one: compared as strings they never meet,
// and a change is silently owned by no member. So every directory the
// workspace model holds (the repository root, the workspace root, member
// directories, `path` sources) is brought to the stored case where it enters.
//
// Case-insensitivity is asked of the file system itself, never assumed from
// the platform: Windows can mark single directories case-sensitive, macOS
// volumes can be either, and Linux can mount a case-insensitive one. A name
// is replaced only by a directory entry that the file system proves is the
// same file (same device and inode, the file index on Windows), so on a
// case-sensitive file system nothing ever changes.
import fs from 'node:fs';
import path from 'node:path';

/** What one walk over many paths below one root has asked already: directory entries, and names found in another case. */
export type Listings = Map<string, Set<string> | string | undefined>;

function entries(dir: string, listings: Listings): Set<string> | undefined {
  if (!listings.has(dir)) {
    let names: Set<string> | undefined;
    try {
      names = new Set(fs.readdirSync(dir));
    } catch {
      names = undefined; // unreadable (a Windows profile folder, a 0711 home): keep the name as given
    }
    listings.set(dir, names);
  }
  return listings.get(dir) as Set<string> | undefined;
}

function identity(p: string): fs.BigIntStats | undefined {
  try {
    // Not found is the common answer of a flipped name: no exception made for it.
    return fs.lstatSync(p, { bigint: true, throwIfNoEntry: false });
  } catch {
    return undefined;
  }
}

/** Are the two names one file? Where the file system gives no inode (0: FAT, some network shares), one entry matching is taken as proof. */
function sameFile(a: fs.BigIntStats, b: fs.BigIntStats): boolean {
  return a.dev === b.dev && a.ino === b.ino;
}

const fold = (name: string): string => name.toLowerCase();

/** A printable ASCII name with a letter in it: no other spelling of it is one file system lookup away but a case flip. */
const CASED_ASCII = /^(?=.*[A-Za-z])[\x20-\x7e]+$/;

/**
 * Whether `name` is stored in `dir` as typed, proven with two lookups rather
 * than a listing of `dir` (a runner's temp directory holds thousands of
 * entries, listed once per path asked): the name is found, and the same name
 * with its case flipped is not, or is another file. A file system that finds
 * names in another case finds the flipped one as the same file, and only
 * case (never Unicode normalisation, which ASCII is untouched by) can make a
 * typed ASCII name open an entry spelt otherwise. False is no answer: the
 * listing then decides.
 */
function storedAsTyped(dir: string, name: string): boolean {
  if (!CASED_ASCII.test(name)) return false;
  const typed = identity(path.join(dir, name));
  if (!typed || typed.ino === 0n) return false;
  const flipped = identity(path.join(dir, flipCase(name)));
  return flipped === undefined || !sameFile(typed, flipped);
}

/** The stored spelling of `name` in `dir`, or undefined when the file system does not find it. */
function storedName(dir: string, name: string, listings: Listings): string | undefined {
  // Keyed apart from the directories (a NUL is in no path): `Packages` asked once for 500 members under it.
  const key = `${dir}\0${name}`;
  if (listings.has(key)) return listings.get(key) as string | undefined;
  if (!listings.has(dir) && storedAsTyped(dir, name)) {
    listings.set(key, name);
    return name;
  }
  const names = entries(dir, listings);
  if (names === undefined || names.has(name)) return name;
  listings.set(key, findStored(dir, name, names));
  return listings.get(key) as string | undefined;
}

function findStored(dir: string, name: string, names: Set<string>): string | undefined {
  const typed = identity(path.join(dir, name));
  if (!typed) return undefined;
  const candidates = [...names].filter((n) => fold(n) === fold(name));
  if (typed.ino === 0n) return candidates.length === 1 ? candidates[0] : undefined;
  return candidates.find((n) => {
    const stored = identity(path.join(dir, n));
    return stored !== undefined && sameFile(typed, stored);
  });
}

/**
 * `abs` (absolute) with each existing component in its stored case; from the
 * first component the file system does not find on, the rest stays as given.
 * A Windows drive letter is written in upper case, as git for Windows and the
 * runner's GITHUB_WORKSPACE write it.
 */
export function diskCase(abs: string, listings: Listings = new Map()): string {
  const resolved = path.resolve(abs);
  const { root } = path.parse(resolved);
  const parts = resolved.slice(root.length).split(path.sep).filter(Boolean);
  let dir = path.sep === '\\' ? root.replace(/^[a-z]:/, (d) => d.toUpperCase()) : root;
  for (let i = 0; i < parts.length; i++) {
    const name = storedName(dir, parts[i]!, listings);
    if (name === undefined) return path.join(dir, ...parts.slice(i));
    dir = path.join(dir, name);
  }
  return dir;
}

function flipCase(name: string): string {
  return [...name].map((c) => (c === c.toLowerCase() ? c.toUpperCase() : c.toLowerCase())).join('');
}

/**
 * Does the file system holding `dir` find names in another letter case? Asked
 * for real: a name in `dir` (or `dir`'s own) with its case flipped is looked
 * up, and must be the same file. A directory with no cased name in sight
 * answers false: nothing there can differ in case.
 */
export function isCaseInsensitive(dir: string): boolean {
  const parent = path.dirname(dir);
  const candidates: [string, string][] = [];
  if (parent !== dir) candidates.push([parent, path.basename(dir)]);
  try {
    for (const name of fs.readdirSync(dir).slice(0, 64)) candidates.push([dir, name]);
  } catch {
    // unreadable: only its own name can tell
  }
  for (const [where, name] of candidates) {
    const flipped = flipCase(name);
    if (flipped === name) continue;
    const stored = identity(path.join(where, name));
    if (!stored) continue;
    const other = identity(path.join(where, flipped));
    return other !== undefined && (stored.ino === 0n || sameFile(stored, other));
  }
  return false;
}
