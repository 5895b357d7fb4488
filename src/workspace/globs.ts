// The one owner of glob semantics. Three dialects live here because users
// meet three, and all compile to one matcher that never backtracks
// (glob-nfa.ts: time at most pattern size x name length), because a pull
// request chooses the file names and, through pyproject.toml, some globs:
//
// - Path filters (`ignore`, `global`; compileGlobs): picomatch's rules with
//   `dot: true`, as dorny/paths-filter matches, followed exactly
//   (glob-picomatch.ts, checked against picomatch itself). Matched against
//   repository-relative `/`-separated paths, anchored at the repository root
//   (`*.md` matches `README.md`, not `docs/README.md`; `**/*.md` any depth).
//   Two conveniences where picomatch would match no repository path: a
//   leading `/` is dropped, and a trailing `/` means everything below
//   (`docs/` = `docs/**`). In a list, `!pattern` subtracts, gitignore-style.
// - Backend globs (compileGlob): what build backends write in pyproject.toml
//   (hatchling's include/exclude, package data, license-files), read as
//   before: `*`, `?` and `[...]` (`[!...]`/`[^...]` negate) within one
//   component, `**` as a whole component for any depth, `{a,b}` alternation
//   (at most MAX_BRACE_EXPANSIONS patterns), `\` escapes.
// - uv's `members` / `exclude` globs (below), as the Rust glob crate reads them.
import { UserError } from '../errors.js';
import { by } from '../text.js';
import { alt, ANY, char, compileNode, lit, NOT_SLASH, optional, seq, star, type CharTest, type GlobNode } from './glob-nfa.js';
import { compilePicomatch, GlobSyntaxError } from './glob-picomatch.js';

export { GlobSyntaxError } from './glob-picomatch.js';

export type PathMatcher = (relPath: string) => boolean;

/** A backend glob's `{a,b}` may expand to at most this many patterns (each alternative multiplies). */
const MAX_BRACE_EXPANSIONS = 256;

/** Expands `{a,b}` alternations (nested ones too) into plain patterns; throws GlobSyntaxError past MAX_BRACE_EXPANSIONS. */
export function expandBraces(pattern: string): string[] {
  const out: string[] = [];
  const pending = [pattern];
  while (pending.length > 0) {
    const next = pending.pop()!;
    const group = firstBraceGroup(next);
    if (!group) {
      out.push(next);
      if (out.length > MAX_BRACE_EXPANSIONS) throw new GlobSyntaxError(`\`${pattern}\`: its braces expand to more than ${MAX_BRACE_EXPANSIONS} patterns`);
      continue;
    }
    const { head, alternatives, tail } = group;
    for (let k = alternatives.length - 1; k >= 0; k--) pending.push(head + alternatives[k] + tail);
    if (pending.length > MAX_BRACE_EXPANSIONS * 2) throw new GlobSyntaxError(`\`${pattern}\`: its braces expand to more than ${MAX_BRACE_EXPANSIONS} patterns`);
  }
  return out;
}

/** The first top-level `{…,…}` with its alternatives; `{a}` and unbalanced braces stay literal. */
function firstBraceGroup(pattern: string): { head: string; alternatives: string[]; tail: string } | undefined {
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '\\') {
      i++;
      continue;
    }
    if (c !== '{') continue;
    let depth = 0;
    const commas: number[] = [];
    let close = -1;
    for (let j = i; j < pattern.length && close < 0; j++) {
      const d = pattern[j];
      if (d === '\\') j++;
      else if (d === '{') depth++;
      else if (d === '}' && --depth === 0) close = j;
      else if (d === ',' && depth === 1) commas.push(j);
    }
    if (close < 0) return undefined;
    if (commas.length === 0) continue;
    const bounds = [i, ...commas, close];
    const alternatives = bounds.slice(0, -1).map((b, k) => pattern.slice(b + 1, bounds[k + 1]));
    return { head: pattern.slice(0, i), alternatives, tail: pattern.slice(close + 1) };
  }
  return undefined;
}

/** The character class starting at `text[start] === '['`; undefined when unclosed or empty (then `[` is literal). */
function classAt(text: string, start: number, backslashEscapes: boolean, crossSlash: boolean): { test: CharTest; end: number } | undefined {
  let i = start + 1;
  const negate = text[i] === '!' || text[i] === '^';
  if (negate) i++;
  const codes: { code: number; dash: boolean }[] = [];
  for (let first = true; i < text.length; i++, first = false) {
    const c = text[i]!;
    // A `]` right after `[` or `[!` is a member, as in both picomatch and the glob crate.
    if (c === ']' && !first) {
      if (codes.length === 0) return undefined;
      const ranges: [number, number][] = [];
      for (let k = 0; k < codes.length; k++) {
        const to = codes[k + 2];
        if (codes[k + 1]?.dash && to) {
          if (to.code < codes[k]!.code) return undefined;
          ranges.push([codes[k]!.code, to.code]);
          k += 2;
        } else ranges.push([codes[k]!.code, codes[k]!.code]);
      }
      const member = (code: number) => ranges.some(([lo, hi]) => code >= lo && code <= hi);
      const test: CharTest = negate ? (code) => (crossSlash || code !== 0x2f) && !member(code) : member;
      return { test, end: i };
    }
    if (c === '/' && !crossSlash) return undefined;
    if (backslashEscapes && c === '\\' && i + 1 < text.length) codes.push({ code: text.charCodeAt(++i), dash: false });
    else codes.push({ code: c.charCodeAt(0), dash: c === '-' });
  }
  return undefined;
}

/**
 * One path component (no `/`) as a matcher tree where no wildcard crosses
 * `/` (or, with `crossSlash`, where `*`, `?` and classes do, as uv's
 * `exclude` reads them). Used by the backend and uv dialects.
 */
function componentNode(component: string, backslashEscapes = true, crossSlash = false): GlobNode {
  const items: GlobNode[] = [];
  const one = crossSlash ? ANY : NOT_SLASH;
  for (let i = 0; i < component.length; i++) {
    const c = component[i]!;
    if (backslashEscapes && c === '\\' && i + 1 < component.length) items.push(lit(component[++i]!));
    else if (c === '*') items.push(star(char(one)));
    else if (c === '?') items.push(char(one));
    else if (c === '[') {
      const cls = classAt(component, i, backslashEscapes, crossSlash);
      if (cls) {
        items.push(char(cls.test));
        i = cls.end;
      } else items.push(lit('['));
    } else items.push(lit(c));
  }
  return seq(...items);
}

function normalizePattern(pattern: string): string {
  let p = pattern.trim();
  while (p.startsWith('./')) p = p.slice(2);
  while (p.startsWith('/')) p = p.slice(1);
  if (p.endsWith('/')) p += '**';
  return p;
}

function normalizePath(relPath: string): string {
  let p = relPath;
  while (p.startsWith('./')) p = p.slice(2);
  return p;
}

/** One brace-free, non-negated backend glob, component by component; consecutive `**` are one. */
function patternNode(pattern: string): GlobNode {
  const parts = pattern.split('/').filter((part, i, all) => !(part === '**' && all[i - 1] === '**'));
  const segment = () => seq(char(NOT_SLASH), star(char(NOT_SLASH)));
  const items: GlobNode[] = [];
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!;
    if (part === '**') {
      if (parts.length === 1) items.push(star(char(ANY)));
      // `a/**` also matches `a` itself, as picomatch does.
      else if (i === parts.length - 1) items.push(optional(seq(lit('/'), star(char(ANY)))));
      else if (i === 0) items.push(star(seq(segment(), lit('/'))));
      else items.push(lit('/'), star(seq(segment(), lit('/'))));
      continue;
    }
    if (i > 0 && parts[i - 1] !== '**') items.push(lit('/'));
    items.push(componentNode(part));
  }
  return seq(...items);
}

/** Compiles one backend glob (see the dialects above). */
export function compileGlob(pattern: string): PathMatcher {
  let p = pattern.trim();
  let negated = false;
  while (p.startsWith('!') && !p.startsWith('!(')) {
    negated = !negated;
    p = p.slice(1);
  }
  const test = compileNode(alt(...expandBraces(normalizePattern(p)).map(patternNode)));
  return negated ? (relPath) => !test(normalizePath(relPath)) : (relPath) => test(normalizePath(relPath));
}

/** One path filter: picomatch's rules, with the two conveniences above. */
function compilePathFilter(pattern: string): PathMatcher {
  let body = pattern;
  let bangs = '';
  while (body.startsWith('!') && !body.startsWith('!(')) {
    bangs += '!';
    body = body.slice(1);
  }
  while (body.startsWith('/')) body = body.slice(1);
  if (body.endsWith('/') && !body.endsWith('\\/')) body += '**';
  if (body === '') return () => false;
  return compilePicomatch(bangs + body);
}

/**
 * The globs of a path-filter input, checked where they enter (the action's
 * inputs, the CLI's options) so that a glob picomatch would read as a
 * regular expression is one error naming the input. `what` is how the
 * message names it: `input 'global'`, `option '--ignore'`.
 */
export function checkPathFilters(what: string, patterns: string[]): string[] {
  try {
    compileGlobs(patterns);
  } catch (error) {
    if (!(error instanceof GlobSyntaxError)) throw error;
    throw new UserError(`${what} has a glob this action does not read as picomatch would: ${error.message}`, "path filters follow picomatch's rules with dotfiles matching; see Globs in the README");
  }
  return patterns;
}

/**
 * Path filters (`ignore`, `global`): any of the patterns matches. `!pattern`
 * entries subtract: a path matches when some positive pattern matches and no
 * negated one does. A list of only negations matches nothing (there is
 * nothing to subtract from). Throws GlobSyntaxError for a pattern picomatch
 * would read as a regular expression (glob-picomatch.ts).
 */
export function compileGlobs(patterns: readonly string[]): PathMatcher {
  const positives: PathMatcher[] = [];
  const negatives: PathMatcher[] = [];
  for (const raw of patterns) {
    const p = raw.trim();
    if (p === '') continue;
    if (p.startsWith('!') && !p.startsWith('!(') && p.length > 1) negatives.push(compilePathFilter(p.slice(1)));
    else positives.push(compilePathFilter(p));
  }
  if (positives.length === 0) return () => false;
  return (relPath) => positives.some((m) => m(relPath)) && !negatives.some((m) => m(relPath));
}

// ---------------------------------------------------------------------------
// uv dialect: `tool.uv.workspace.members` and `exclude`.
//
// uv joins each glob to the workspace root and hands it to the Rust `glob`
// crate with default options, which walks the filesystem one component at a
// time: a component without wildcards is taken literally, a wildcard
// component is matched against each directory entry's name (`*`, `?`,
// `[...]`, `[!...]`; no `{a,b}`), hidden names included (require_literal_
// leading_dot is off), and `**` must be a whole component: it matches zero
// or more directories, so `a/**/b` matches `a/b`. A trailing `**` yields every
// directory below (not the base itself: uv 0.13.9 does not complain about
// `packages/**` when `packages` has no pyproject.toml) and no files. On Unix
// a backslash is an ordinary character there (the crate escapes with `[*]`),
// so it is literal here too. matchUvGlob answers "would expanding this glob
// produce this directory?" without touching the disk; uv uses that form when
// it looks for the workspace above a project.
//
// `exclude` is different: uv (0.8.0 and 0.13.9 alike, checked with both)
// matches it as one pattern against the member's path relative to the root,
// with the glob crate's default options, so there `*`, `?` and `[...]` DO
// cross `/`: `exclude = ["packages/*"]` also drops `packages/b/nested`.
// compileUvExclude implements that.

export type UvGlobComponent =
  | { kind: 'literal'; name: string }
  | { kind: 'wildcard'; source: string; match: (name: string) => boolean }
  | { kind: 'recursive' };

export interface UvGlob {
  pattern: string;
  components: UvGlobComponent[];
}

/** An invalid uv glob; the caller names the pyproject.toml it came from. */
export class UvGlobError extends Error {}

function hasWildcard(component: string): boolean {
  return /[*?[]/.test(component);
}

/** Matches one path component against one glob component, the glob crate's way. */
export function compileComponent(component: string): (name: string) => boolean {
  if (component.includes('**')) {
    throw new UvGlobError(`\`${component}\`: recursive wildcards must form a single path component`);
  }
  if (!hasWildcard(component)) return (name) => name === component;
  return compileNode(componentNode(component, false));
}

/** Parses a `members`/`exclude` glob relative to the workspace root. */
export function compileUvGlob(pattern: string): UvGlob {
  const components: UvGlobComponent[] = [];
  for (const part of pattern.split('/')) {
    // Empty parts (`a//b`, trailing `/`) and `.` do not change the path.
    if (part === '' || part === '.') continue;
    if (part === '**') {
      // `**/**` is the same as `**`.
      if (components.at(-1)?.kind !== 'recursive') components.push({ kind: 'recursive' });
    } else if (!hasWildcard(part)) {
      if (part.includes('**')) throw new UvGlobError(`\`${pattern}\`: recursive wildcards must form a single path component`);
      components.push({ kind: 'literal', name: part });
    } else {
      components.push({ kind: 'wildcard', source: part, match: compileComponent(part) });
    }
  }
  return { pattern, components };
}

/**
 * Does the directory at `relPath` (relative to the workspace root,
 * `/`-separated, `.` or '' for the root) belong to the expansion of `glob`?
 * Used for `exclude`, and equal to expanding the glob on disk when the path
 * exists and is a directory.
 */
export function matchUvGlob(glob: UvGlob, relPath: string): boolean {
  const parts = relPath.split('/').filter((p) => p !== '' && p !== '.');
  const comps = glob.components;
  // Memoised (component index, part index) → match; `**` makes naive recursion exponential.
  const memo = new Map<number, boolean>();
  const go = (ci: number, pi: number): boolean => {
    const key = ci * (parts.length + 1) + pi;
    const cached = memo.get(key);
    if (cached !== undefined) return cached;
    let result: boolean;
    if (ci === comps.length) result = pi === parts.length;
    else {
      const comp = comps[ci]!;
      if (comp.kind === 'recursive') {
        result = false;
        // A trailing `**` needs at least one component (see expandUvGlob).
        const first = ci + 1 === comps.length ? pi + 1 : pi;
        for (let k = first; k <= parts.length && !result; k++) {
          // `..` is never produced by walking down, so `**` cannot swallow it.
          if (k > pi && parts[k - 1] === '..') break;
          result = go(ci + 1, k);
        }
      } else if (pi === parts.length) result = false;
      else if (comp.kind === 'literal') result = comp.name === parts[pi] && go(ci + 1, pi + 1);
      else result = parts[pi] !== '..' && comp.match(parts[pi]!) && go(ci + 1, pi + 1);
    }
    memo.set(key, result);
    return result;
  };
  return go(0, 0);
}

/** What expanding a uv glob needs from the filesystem (relative paths, `/`-separated, '' = base). */
export interface GlobDir {
  /** Entries of a directory, or undefined when it does not exist / is not a directory. */
  list(relDir: string): { name: string; isDir: boolean; isSymlink?: boolean }[] | undefined;
  /** 'dir', 'file', or undefined when nothing is there. */
  kind(relPath: string): 'dir' | 'file' | undefined;
  /**
   * The directory's real path, to follow symlinked directories under `**`
   * without looping on a link cycle. Without it, `**` does not follow links.
   */
  realpath?(relDir: string): string | undefined;
}

function joinRel(base: string, name: string): string {
  if (base === '') return name;
  if (name === '..') {
    // Lexical parent, so a member glob like `../lib/*` resolves the way the path reads.
    const parts = base.split('/');
    if (parts.length > 0 && parts.at(-1) !== '..') {
      parts.pop();
      return parts.join('/');
    }
  }
  return `${base}/${name}`;
}

/**
 * Expands a uv glob against a directory tree, like the glob crate:
 * returns matched paths (files and directories) relative to the base,
 * sorted, without duplicates. '' is the base itself.
 */
export function expandUvGlob(glob: UvGlob, dir: GlobDir): { path: string; isDir: boolean }[] {
  const found = new Map<string, boolean>();
  const walk = (ci: number, rel: string, isDir: boolean): void => {
    if (ci === glob.components.length) {
      found.set(rel, isDir);
      return;
    }
    if (!isDir) return;
    const comp = glob.components[ci]!;
    if (comp.kind === 'literal') {
      const next = joinRel(rel, comp.name);
      const kind = dir.kind(next);
      if (kind) walk(ci + 1, next, kind === 'dir');
      return;
    }
    if (comp.kind === 'wildcard') {
      for (const entry of dir.list(rel) ?? []) {
        if (comp.match(entry.name)) walk(ci + 1, joinRel(rel, entry.name), entry.isDir);
      }
      return;
    }
    // `**`: this directory and every directory below it; only directories
    // strictly below when `**` is the last component. Symlinked directories
    // are followed, as uv 0.13 does (a `packages/**` finds the member behind
    // `packages/linked -> ../vendor/linked`), except into a directory that is
    // already an ancestor on the way down: a link cycle would never end.
    const last = ci + 1 === glob.components.length;
    const follow = dir.realpath !== undefined;
    const stack: { rel: string; seen: readonly string[] }[] = [{ rel, seen: follow ? [dir.realpath!(rel) ?? rel] : [] }];
    while (stack.length > 0) {
      const { rel: current, seen } = stack.pop()!;
      if (!last || current !== rel) walk(ci + 1, current, true);
      for (const entry of dir.list(current) ?? []) {
        if (!entry.isDir) continue;
        const child = joinRel(current, entry.name);
        if (!entry.isSymlink) {
          stack.push({ rel: child, seen });
          continue;
        }
        if (!follow) continue;
        const real = dir.realpath!(child);
        if (real === undefined || seen.includes(real)) continue;
        stack.push({ rel: child, seen: [...seen, real] });
      }
    }
  };
  walk(0, '', true);
  return [...found.entries()]
    .sort(by(([key]) => key))
    .map(([path, isDir]) => ({ path, isDir }));
}

/**
 * A `tool.uv.workspace.exclude` entry as uv applies it: the whole pattern
 * against the member's path relative to the workspace root, where `*`, `?`
 * and `[...]` may cross `/` and `**` as a component spans directories.
 */
export function compileUvExclude(pattern: string): (relPath: string) => boolean {
  const clean = (p: string): string[] => p.split('/').filter((part) => part !== '' && part !== '.');
  const parts = clean(pattern);
  const items: GlobNode[] = [];
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!;
    const last = i === parts.length - 1;
    if (part === '**') {
      const any = star(char(ANY));
      if (last) items.push(...(i === 0 ? [any] : [lit('/'), any]));
      else items.push(...(i === 0 ? [] : [lit('/')]), optional(seq(any, lit('/'))));
      continue;
    }
    if (i > 0 && parts[i - 1] !== '**') items.push(lit('/'));
    items.push(componentNode(part, false, true));
  }
  const test = compileNode(seq(...items));
  return (relPath) => test(clean(relPath).join('/'));
}
