// The one normal form of a changed path, for every source: the changed-files
// input (newline, JSON or space separated), git diffs, the pull request files
// API, the CLI's --files and --base. Repository-relative, `/`-separated, with
// `.`, `..` and empty components resolved, and absolute paths inside the
// repository made relative. Members are compared with changed paths in this
// one frame, so a path that is spelled differently can never miss its member.
// Pure: the repository root is handed in.
import path from 'node:path';
import { UserError } from '../errors.js';
import { compareStrings, jsonStringList } from '../text.js';

export type NormalPath = { ok: true; path: string } | { ok: false; raw: string; why: string };

export interface NormalizeOptions {
  /** Absolute repository root, in the frame absolute paths are written in. */
  repoRoot: string;
  /** Other spellings of the root (its realpath): an absolute path under one of them is inside too. */
  rootAliases?: readonly string[];
  /** Read `\` as a separator: text typed by a user on Windows. git and the API never need it. */
  backslashes?: boolean;
}

const WINDOWS_ABSOLUTE = /^[A-Za-z]:[\\/]/;
/** What the slow path would rewrite or reject: a leading `/`, a `.` or `..` or empty component, a trailing `/`. */
const NOT_NORMAL = /^\/|(^|\/)\.\.?(\/|$)|\/\/|\/$/;

function toSlashes(p: string): string {
  return p.split(path.sep).join('/');
}

/** `abs` relative to one of the roots, `/`-separated, or undefined when under none of them. */
function underRoot(abs: string, roots: readonly string[]): string | undefined {
  for (const root of roots) {
    const rel = path.relative(root, abs);
    if (rel === '') return '';
    if (!rel.startsWith('..') && !path.isAbsolute(rel)) return toSlashes(rel);
  }
  return undefined;
}

/** Normalises one changed path; says why when it cannot be a path inside the repository. */
export function normalizeChangedPath(raw: string, options: NormalizeOptions): NormalPath {
  let text = raw;
  if (options.backslashes) text = text.replace(/\\/g, '/');
  if (text === '') return { ok: false, raw, why: 'is empty' };
  // Already normal, as git prints paths: no split and join for each of thousands.
  if (!NOT_NORMAL.test(text) && !WINDOWS_ABSOLUTE.test(text) && !path.isAbsolute(text)) return { ok: true, path: text };
  if (path.isAbsolute(text) || WINDOWS_ABSOLUTE.test(text)) {
    const rel = underRoot(path.resolve(text), [options.repoRoot, ...(options.rootAliases ?? [])]);
    if (rel === undefined) return { ok: false, raw, why: `is outside the repository (${options.repoRoot})` };
    text = rel;
  }
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

export interface NormalizedPaths {
  /** Sorted, unique. */
  paths: string[];
  /** Paths that are not inside the repository, with why, in input order. */
  rejected: { raw: string; why: string }[];
}

/** Normalises a list: the accepted paths sorted and unique, the others set aside with why. */
export function normalizeChangedPaths(raw: readonly string[], options: NormalizeOptions): NormalizedPaths {
  const paths = new Set<string>();
  const rejected: { raw: string; why: string }[] = [];
  for (const item of raw) {
    const result = normalizeChangedPath(item, options);
    if (result.ok) paths.add(result.path);
    else rejected.push({ raw: result.raw, why: result.why });
  }
  return { paths: [...paths].sort(compareStrings), rejected };
}

/** One line naming the first rejected path (and how many more), for a warning or an error. */
export function describeRejected(rejected: readonly { raw: string; why: string }[], source: string): string {
  const first = rejected[0]!;
  const more = rejected.length > 1 ? ` (and ${rejected.length - 1} more)` : '';
  return `${source}: '${first.raw}' ${first.why}${more}`;
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
