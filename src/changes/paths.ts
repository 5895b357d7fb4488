// The one normal form of a changed path, for every source: the changed-files
// input (newline, JSON or space separated), git diffs, the pull request files
// API, the CLI's --files and --base. Repository-relative, `/`-separated, with
// `.`, `..` and empty components resolved, and absolute paths inside the
// repository made relative. Members are compared with changed paths in this
// one frame, so a path that is spelled differently can never miss its member.
// Pure: the repository root is handed in.
import path from 'node:path';
import { UserError } from '../errors.js';
import { jsonStringList, sortedStrings } from '../text.js';

export type NormalPath = { ok: true; path: string } | { ok: false; raw: string; why: string };

export interface NormalizeOptions {
  /** Absolute repository root, in the frame absolute paths are written in. */
  repoRoot: string;
  /** Other spellings of the root (its realpath): an absolute path under one of them is inside too. */
  rootAliases?: readonly string[];
  /**
   * Text a user or another tool wrote (changed-files, --files), not git's or
   * the API's output: a `\` may be a Windows separator and a name may be
   * typed in another letter case. See normalizeChangedPaths.
   */
  backslashes?: boolean;
  /** The runner's path rules: on Windows `\` separates and `Z:\`, `\\server\share` are absolute. Default: this process's. */
  platform?: 'win32' | 'posix';
  /** Does this repository-relative path exist in the work tree? Off Windows it decides what a typed `\` means. */
  exists?: (relPath: string) => boolean;
  /** On a case-insensitive file system: an absolute path in its stored letter case (workspace/disk-case.ts). */
  storedCase?: (absPath: string) => string;
}

/** A drive letter and a separator (`Z:/`, `Z:\`), as Windows writes an absolute path. */
const WINDOWS_ABSOLUTE = /^[A-Za-z]:[\\/]/;
/** What the slow path would rewrite or reject: a leading `/`, a `.` or `..` or empty component, a trailing `/`. */
const NOT_NORMAL = /^\/|(^|\/)\.\.?(\/|$)|\/\/|\/$/;
/** A drive letter, as normalizeChangedPath tests for one. */
const DRIVE = /^[A-Za-z]:/;

function platformOf(options: NormalizeOptions): 'win32' | 'posix' {
  return options.platform ?? (process.platform === 'win32' ? 'win32' : 'posix');
}

/** `abs` relative to one of the roots, `/`-separated, or undefined when under none of them. */
function underRoot(abs: string, roots: readonly string[], p: path.PlatformPath): string | undefined {
  for (const root of roots) {
    // win32's relative compares the roots ignoring case, as Windows does.
    const rel = p.relative(root, abs);
    if (rel === '') return '';
    if (!rel.startsWith('..') && !p.isAbsolute(rel)) return rel.split(p.sep).join('/');
  }
  return undefined;
}

/** An absolute path, or (on Windows) one naming a drive: made relative to the root, or rejected. */
function fromAbsolute(raw: string, text: string, options: NormalizeOptions, p: path.PlatformPath): NormalPath {
  let abs = p.resolve(text);
  if (options.backslashes && options.storedCase) abs = options.storedCase(abs);
  const rel = underRoot(abs, [options.repoRoot, ...(options.rootAliases ?? [])], p);
  return rel === undefined ? { ok: false, raw, why: `is outside the repository (${options.repoRoot})` } : { ok: true, path: rel };
}

/** `.`, `..` and empty components resolved; rejected when it leaves the root or names it. */
function resolveDots(raw: string, text: string, options: NormalizeOptions): NormalPath {
  const parts: string[] = [];
  for (const part of text.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (parts.length === 0) return { ok: false, raw, why: `leaves the repository (${options.repoRoot})` };
      parts.pop();
      continue;
    }
    parts.push(part);
  }
  if (parts.length === 0) return { ok: false, raw, why: 'names the repository root, not a file in it' };
  return { ok: true, path: parts.join('/') };
}

/**
 * Normalises one changed path, `/`-separated (a `\` in it is part of a
 * name: normalizeChangedPaths decides what a typed one means); says why
 * when it cannot be a path inside the repository.
 */
export function normalizeChangedPath(raw: string, options: NormalizeOptions, text: string = raw, asName = false): NormalPath {
  if (text === '') return { ok: false, raw, why: 'is empty' };
  const windows = platformOf(options) === 'win32';
  const p = windows ? path.win32 : path.posix;
  // `Z:/x` is a path on another drive on Windows; elsewhere git may hold a
  // directory `Z:`, but typed text means the drive unless it names a file here.
  const drive = (windows || (options.backslashes && !asName)) && DRIVE.test(text);
  const typedCase = options.backslashes && options.storedCase;
  // Already normal, as git prints paths: no split and join for each of thousands.
  if (!NOT_NORMAL.test(text) && !drive && !typedCase) return { ok: true, path: text };
  let result: NormalPath = { ok: true, path: text };
  if (text.startsWith('/') || (windows && drive)) result = fromAbsolute(raw, text, options, p);
  else if (drive && WINDOWS_ABSOLUTE.test(text)) result = { ok: false, raw, why: `is a Windows path, outside the repository (${options.repoRoot})` };
  if (!result.ok) return result;
  result = resolveDots(raw, result.path, options);
  if (!result.ok || !typedCase) return result;
  // A name typed in another letter case opens the stored one: compare in that.
  const stored = underRoot(options.storedCase!(p.join(options.repoRoot, ...result.path.split('/'))), [options.repoRoot], p);
  return stored ? { ok: true, path: stored } : result;
}

/**
 * What a typed path may mean. On Windows a `\` is a separator (no Windows
 * file name holds one). Elsewhere it is a valid character of a file name (git
 * keeps `a\b.py` as one name), and a list written on a Windows runner
 * separates with it: the reading that names a file in the work tree wins (the
 * name as written first); when neither does (a deleted file) both are kept,
 * so the change reaches every member it could belong to. A Windows absolute
 * path (`Z:\x`, `\\server\share\x`) names no file here: it is outside
 * the repository, unless a file of that name exists.
 */
function readings(raw: string, options: NormalizeOptions): { texts: string[]; asName?: boolean; ambiguous?: boolean } {
  const slashed = raw.replace(/\\/g, '/');
  if (!options.backslashes || (slashed === raw && !WINDOWS_ABSOLUTE.test(raw))) return { texts: [raw] };
  if (platformOf(options) === 'win32') return { texts: [slashed] };
  const names = (text: string): boolean => {
    if (text.startsWith('/')) return false;
    const normal = resolveDots(raw, text, options);
    return normal.ok && options.exists?.(normal.path) === true;
  };
  if (names(raw)) return { texts: [raw], asName: true };
  if (WINDOWS_ABSOLUTE.test(raw) || raw.startsWith('\\\\')) return { texts: [slashed] };
  if (names(slashed)) return { texts: [slashed] };
  return { texts: [raw, slashed], ambiguous: true };
}

export interface NormalizedPaths {
  /** Sorted, unique. */
  paths: string[];
  /** Paths that are not inside the repository, with why, in input order. */
  rejected: { raw: string; why: string }[];
  /** Typed paths with a `\` that name no file either way, kept in both readings (see readings). */
  ambiguous: string[];
}

/** Normalises a list: the accepted paths sorted and unique, the others set aside with why. */
export function normalizeChangedPaths(raw: readonly string[], options: NormalizeOptions): NormalizedPaths {
  const paths = new Set<string>();
  const rejected: { raw: string; why: string }[] = [];
  const ambiguous: string[] = [];
  // What every path goes through below when it needs nothing: one reading (no
  // `\`), no drive letter, no stored case to look up, nothing to resolve.
  // Taken as it is, without the readings and result objects of each of thousands.
  const plain = platformOf(options) !== 'win32' && !(options.backslashes && options.storedCase);
  for (const item of raw) {
    if (plain && item !== '' && !item.includes('\\') && !NOT_NORMAL.test(item) && !(options.backslashes && DRIVE.test(item))) {
      paths.add(item);
      continue;
    }
    const read = readings(item, options);
    if (read.ambiguous) ambiguous.push(item);
    for (const text of read.texts) {
      const result = normalizeChangedPath(item, options, text, read.asName);
      if (result.ok) paths.add(result.path);
      else if (!rejected.some((r) => r.raw === item)) rejected.push({ raw: result.raw, why: result.why });
    }
  }
  return { paths: sortedStrings(paths), rejected, ambiguous };
}

/** One line naming the first rejected path (and how many more), for a warning or an error. */
export function describeRejected(rejected: readonly { raw: string; why: string }[], source: string): string {
  const first = rejected[0]!;
  const more = rejected.length > 1 ? ` (and ${rejected.length - 1} more)` : '';
  return `${source}: '${first.raw}' ${first.why}${more}`;
}

/** One line for typed paths kept in both readings of their `\` (see readings). */
export function describeAmbiguous(ambiguous: readonly string[], source: string): string {
  const more = ambiguous.length > 1 ? ` (and ${ambiguous.length - 1} more)` : '';
  return `${source}: '${ambiguous[0]}'${more} names no file in this checkout either with \`\\\` as part of a name or as a separator; both readings count as changed`;
}

/** For the CLI: a path outside the repository is the user's mistake, said in one line. */
export function rejectedError(rejected: readonly { raw: string; why: string }[], source: string): UserError {
  return new UserError(describeRejected(rejected, source), 'give paths inside the repository, relative to its root (as `git diff --name-only` prints them) or absolute');
}

/**
 * The `changed-files` input in the three shapes tools print: a JSON list of
 * strings; several lines, one path each (names may hold spaces); or a single
 * line of paths separated by spaces (tj-actions/changed-files' default). A
 * single name containing a space must come as JSON (or with other names, one
 * per line).
 */
export function parseChangedFilesText(name: string, raw: string): { paths: string[]; format: 'json' | 'lines' | 'spaces' } {
  const text = raw.trim();
  if (text === '') return { paths: [], format: 'lines' };
  if (text.startsWith('[')) {
    const list = jsonStringList(name, text, 'give a JSON array of strings, one path per line, or paths separated by spaces on one line');
    return { paths: list.filter((s) => s.trim() !== ''), format: 'json' };
  }
  const lines = text.split(/\r?\n/).map((s) => s.trim()).filter(Boolean);
  if (lines.length === 1) return { paths: lines[0]!.split(/\s+/).filter(Boolean), format: 'spaces' };
  return { paths: lines, format: 'lines' };
}
