// The one owner of glob semantics. Two dialects live here because users meet
// two: path filters they write for this action (`ignore`, `global`), which
// behave like dorny/paths-filter (picomatch, `dot: true`), and uv's own
// `tool.uv.workspace.members` / `exclude` globs, which uv expands with the
// Rust `glob` crate, one path component at a time.
//
// Path-filter dialect (compileGlob / compileGlobs), matched against
// repository-relative `/`-separated paths:
// - `*`, `?` and `[...]` (`[!...]`/`[^...]` negate) never cross `/`;
// - `**` as a whole component matches any number of components, zero
//   included (`docs/**` matches `docs/a.md` and `docs/x/y.md`); inside a
//   component (`**.js`) it is just `*`, as in picomatch;
// - `{a,b}` alternation, nestable, may contain `/`;
// - dotfiles and dot-directories match like any other name (`dot: true`);
// - `\` escapes the next character;
// - a pattern is anchored at the repository root. paths-filter calls picomatch
//   without `matchBase`, so `*.md` matches `README.md` but not
//   `docs/README.md`; we keep that so a filter copied from a paths-filter
//   workflow means the same thing here. Write `**/*.md` for any depth.
// - conveniences picomatch does not have: a leading `./` or `/` is dropped,
//   and a trailing `/` means "everything below" (`docs/` = `docs/**`).
// - a leading `!` negates. In compileGlobs a negation subtracts from the
//   positives, gitignore-style, as paths-filter does for lists.
// Not supported (rare in path filters): extglobs `@(..)`, `+(..)`, POSIX
// classes `[[:alpha:]]`, brace ranges `{1..3}`.
import { by } from '../text.js';

export type PathMatcher = (relPath: string) => boolean;

/** Expands `{a,b}` alternations (nested ones too) into plain patterns. */
export function expandBraces(pattern: string): string[] {
  // Find the first top-level `{` that has a matching `}` and a top-level comma.
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
    for (let j = i; j < pattern.length; j++) {
      const d = pattern[j];
      if (d === '\\') {
        j++;
        continue;
      }
      if (d === '{') depth++;
      else if (d === '}') {
        depth--;
        if (depth === 0) {
          close = j;
          break;
        }
      } else if (d === ',' && depth === 1) commas.push(j);
    }
    if (close < 0) return [pattern]; // unbalanced: literal braces
    if (commas.length === 0) continue; // `{a}` stays literal, as in picomatch
    const head = pattern.slice(0, i);
    const tail = pattern.slice(close + 1);
    const bounds = [i, ...commas, close];
    const out: string[] = [];
    for (let k = 0; k + 1 < bounds.length; k++) {
      const alternative = pattern.slice(bounds[k]! + 1, bounds[k + 1]);
      for (const expanded of expandBraces(head + alternative + tail)) out.push(expanded);
    }
    return out;
  }
  return [pattern];
}

function escapeRegExp(c: string): string {
  return /[\\^$.*+?()[\]{}|/-]/.test(c) ? `\\${c}` : c;
}

/**
 * Translates one path component (no `/`) to a regular-expression source
 * where no wildcard crosses `/`. Used by both dialects.
 */
function componentSource(component: string, backslashEscapes = true, crossSlash = false): string {
  let out = '';
  for (let i = 0; i < component.length; i++) {
    const c = component[i]!;
    if (backslashEscapes && c === '\\' && i + 1 < component.length) {
      out += escapeRegExp(component[++i]!);
    } else if (c === '*') {
      out += crossSlash ? '.*' : '[^/]*';
    } else if (c === '?') {
      out += crossSlash ? '.' : '[^/]';
    } else if (c === '[') {
      const cls = bracketSource(component, i, backslashEscapes, crossSlash);
      if (cls) {
        out += cls.source;
        i = cls.end;
      } else out += '\\[';
    } else out += escapeRegExp(c);
  }
  return out;
}

/** `[...]` starting at `start`; undefined when unclosed (then `[` is literal). */
function bracketSource(
  text: string,
  start: number,
  backslashEscapes: boolean,
  crossSlash: boolean,
): { source: string; end: number } | undefined {
  let i = start + 1;
  let negate = false;
  if (text[i] === '!' || text[i] === '^') {
    negate = true;
    i++;
  }
  let body = '';
  let first = true;
  for (; i < text.length; i++) {
    const c = text[i]!;
    // A `]` right after `[` or `[!` is a member, as in both picomatch and the glob crate.
    if (c === ']' && !first) {
      if (body === '') return undefined;
      return { source: `[${negate ? (crossSlash ? '^' : '^/') : ''}${body}]`, end: i };
    }
    first = false;
    if (backslashEscapes && c === '\\' && i + 1 < text.length) body += `\\${text[++i]}`;
    else if (c === '-') body += '-';
    else if (c === '/' && !crossSlash) return undefined;
    else body += /[\\\]^[]/.test(c) ? `\\${c}` : c;
  }
  return undefined;
}

function normalizePattern(pattern: string): string {
  let p = pattern.trim();
  while (p.startsWith('./')) p = p.slice(2);
  while (p.startsWith('/')) p = p.slice(1);
  if (p.endsWith('/')) p += '**';
  return p;
}

function normalizePath(relPath: string): string {
  let p = relPath.replace(/\\/g, '/');
  while (p.startsWith('./')) p = p.slice(2);
  return p;
}

/** Regular-expression source for one brace-free, non-negated pattern. */
function patternSource(pattern: string): string {
  const parts = pattern.split('/');
  let out = '';
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!;
    const last = i === parts.length - 1;
    if (part === '**') {
      if (parts.length === 1) out += '.*';
      // `a/**` also matches `a` itself, as picomatch does.
      else if (last) out += '(?:/.*)?';
      else if (i === 0) out += '(?:[^/]+/)*';
      else out += '/(?:[^/]+/)*';
      continue;
    }
    if (i > 0 && parts[i - 1] !== '**') out += '/';
    out += componentSource(part);
  }
  return out;
}

/** Compiles one path filter (see the dialect notes above). */
export function compileGlob(pattern: string): PathMatcher {
  let p = pattern.trim();
  let negated = false;
  while (p.startsWith('!') && !p.startsWith('!(')) {
    negated = !negated;
    p = p.slice(1);
  }
  const sources = expandBraces(normalizePattern(p)).map(patternSource);
  const re = new RegExp(`^(?:${sources.join('|')})$`, 's');
  return negated ? (relPath) => !re.test(normalizePath(relPath)) : (relPath) => re.test(normalizePath(relPath));
}

/**
 * Any of the patterns matches. `!pattern` entries subtract: a path matches
 * when some positive pattern matches and no negated one does. A list of only
 * negations matches nothing (there is nothing to subtract from).
 */
export function compileGlobs(patterns: string[]): PathMatcher {
  const positives: PathMatcher[] = [];
  const negatives: PathMatcher[] = [];
  for (const raw of patterns) {
    const p = raw.trim();
    if (p === '') continue;
    if (p.startsWith('!') && !p.startsWith('!(') && p.length > 1) negatives.push(compileGlob(p.slice(1)));
    else positives.push(compileGlob(p));
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
  const re = new RegExp(`^${componentSource(component, false)}$`, 's');
  return (name) => re.test(name);
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
  let source = '';
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!;
    const last = i === parts.length - 1;
    if (part === '**') {
      if (last) source += i === 0 ? '.*' : '/.*';
      else source += i === 0 ? '(?:.*/)?' : '/(?:.*/)?';
      continue;
    }
    if (i > 0 && parts[i - 1] !== '**') source += '/';
    source += componentSource(part, false, true);
  }
  // `s`: a file name may hold a newline (git allows it); `.` must match it too.
  const re = new RegExp(`^${source}$`, 's');
  return (relPath) => re.test(clean(relPath).join('/'));
}
