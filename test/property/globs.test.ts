// Path filters (`ignore`, `global`) against picomatch itself, the matcher
// dorny/paths-filter uses and the README's glob rules name: for every
// generated glob the action accepts, every generated path matches exactly
// when picomatch (`dot: true`) says it does. Globs the action refuses (what
// picomatch reads as a regular expression) are refused with a
// GlobSyntaxError, never matched differently. And matching never
// backtracks: the patterns that took minutes as regular expressions finish.
import fc from 'fast-check';
import picomatch from 'picomatch';
import { describe, expect, it } from 'vitest';
import { compilePicomatch } from '../../src/workspace/glob-picomatch.js';
import { compileGlobs, GlobSyntaxError } from '../../src/workspace/globs.js';

type Matcher = (path: string) => boolean;
/** As paths-filter calls it; `flags: 's'` so that a file name holding a newline is one more character (see globs.ts). */
const reference = (glob: string): Matcher => picomatch(glob, { dot: true, windows: false, flags: 's' });

/**
 * The action's matcher for one glob, or undefined when it refuses the glob
 * (and only with a GlobSyntaxError). A leading `!` negates one glob, as in
 * picomatch; in a list (compileGlobs) it subtracts, so a list is checked
 * with the globs that do not start with one.
 */
function ours(glob: string): Matcher | undefined {
  try {
    const single = compilePicomatch(glob);
    // (A list's entries are trimmed, as the inputs' lines are.)
    if (glob.startsWith('!') || glob !== glob.trim()) return single;
    const list = compileGlobs([glob]);
    return (path) => {
      const answer = single(path);
      expect(list(path), `the list [${JSON.stringify(glob)}] on ${JSON.stringify(path)}`).toBe(answer);
      return answer;
    };
  } catch (error) {
    if (error instanceof GlobSyntaxError) return undefined;
    throw error;
  }
}

// Globs: every character picomatch gives a meaning, and a few it does not.
const GLOB_PARTS = ['a', 'b', 'x.py', '.', '/', '*', '**', '**/', '/**', '?', '[', ']', '[a-c]', '[!a]', '[^a]', '{', '}', ',', '{a,b}', '\\', '!', '^', '-', '$', '+', '@', '(', ')', '|', '"', ';', ' ', 'é'];
const glob = fc
  .array(fc.constantFrom(...GLOB_PARTS), { minLength: 1, maxLength: 8 })
  .map((parts) => parts.join(''))
  // The two conveniences (a leading or trailing `/`) are where picomatch matches no repository path; tested below.
  .filter((g) => !/^!*\//.test(g) && !g.endsWith('/'));

// Paths: repository-relative, as the action has them (no empty, `.` or `..` segment), from characters globs treat specially.
const segment = fc
  .array(fc.constantFrom('a', 'b', 'c', 'x.py', '.', '-', '!', '^', '[', ']', '{', '}', ',', '$', '+', '*', '?', '@', '(', ')', '\\', ' ', 'é', '\n'), { minLength: 1, maxLength: 4 })
  .map((chars) => chars.join(''))
  .filter((s) => s !== '.' && s !== '..');
const repoPath = fc.array(segment, { minLength: 1, maxLength: 4 }).map((segments) => segments.join('/'));

/** Paths made from the glob itself, so that matches are common: its wildcards filled in, its braces opened. */
function near(g: string, fill: string[]): string[] {
  const [a = 'a', b = 'b/c', c = '.x'] = fill;
  return [
    g,
    g.replace(/\*\*/g, b).replace(/\*/g, a).replace(/\?/g, 'z').replace(/[{}]/g, '').replace(/^!+/, ''),
    g.replace(/\*\*\/?/g, '').replace(/\*/g, c).replace(/\?/g, '.').replace(/\{([^,}]*),[^}]*\}/g, '$1').replace(/^!+/, ''),
    g.replace(/[*?[\]{}!\\]/g, ''),
  ].filter((p) => p !== '');
}

describe('path filters follow picomatch exactly', () => {
  it('on generated globs and paths, an accepted glob matches exactly the paths picomatch matches', () => {
    let accepted = 0;
    let matched = 0;
    fc.assert(
      fc.property(glob, fc.array(repoPath, { maxLength: 4 }), fc.array(fc.constantFrom('a', 'b/c', '.x', 'a.b', ''), { maxLength: 3 }), (g, paths, fill) => {
        const mine = ours(g);
        if (!mine) return;
        accepted++;
        const theirs = reference(g);
        for (const p of [...paths, ...near(g, fill)]) {
          const expected = theirs(p);
          if (expected) matched++;
          expect(mine(p), `glob ${JSON.stringify(g)} on path ${JSON.stringify(p)}`).toBe(expected);
        }
      }),
      { numRuns: 20_000 },
    );
    // The comparison is about something: most globs are accepted, and many paths match.
    expect(accepted).toBeGreaterThan(5_000);
    expect(matched).toBeGreaterThan(5_000);
  });

  it.each([
    ['**/**/conftest.py', ['conftest.py', 'a/conftest.py', 'a/b/c/conftest.py'], ['a/conftest.pyc']],
    ['tools/**/**/x.py', ['tools/x.py', 'tools/a/x.py', 'tools/a/b/x.py'], ['x.py', 'toolsx.py', 'tools/x.pyc']],
    ['a/**/**', ['a', 'a/b', 'a/b/c'], ['ab']],
    ['**/**', ['a', 'a/b/c'], []],
    ['*.md', ['README.md'], ['docs/README.md']],
    ['docs/**', ['docs', 'docs/a/b.md'], ['docsx/a']],
    ['v[!0-9].txt', ['v!.txt', 'v3.txt', 'v[!0-9].txt'], ['vx.txt']],
    ['v[^0-9].txt', ['vx.txt'], ['v3.txt', 'v/.txt']],
    ['{a,b}/**/*.py', ['a/x.py', 'b/c/d/x.py'], ['c/x.py']],
    ['a/{**,b}/c', ['a/b/c', 'a/x/y/c'], ['a/c']],
  ])('%s', (g, yes, no) => {
    const mine = ours(g)!;
    const theirs = reference(g);
    for (const p of yes) expect([p, mine(p), theirs(p)]).toEqual([p, true, true]);
    for (const p of no) expect([p, mine(p), theirs(p)]).toEqual([p, false, false]);
  });

  it('refuses what picomatch reads as a regular expression, naming the glob and what to write instead', () => {
    for (const [g, message] of [
      ['docs/@(a|b).md', /extglobs like `@\(a\|b\)` are not supported; use `\{a,b\}`/],
      ['docs/report (1).md', /`\(` is regular-expression syntax in picomatch; escape it as `\\\(`/],
      ['docs/a|b', /`\|` is regular-expression syntax in picomatch/],
      ['v{1..3}', /brace ranges/],
      ['{a}', /braces without a comma/],
      ['a\\b', /`\\b` is a regular-expression escape in picomatch; write `b`/],
      ['[[:alpha:]]', /POSIX classes/],
      ['a$$', /`\$\$` is read as a regular expression/],
      ['x/***', /`\*\*\*` is not a glob/],
    ] as const) {
      expect(() => compileGlobs([g]), g).toThrow(GlobSyntaxError);
      expect(() => compileGlobs([g])).toThrow(message);
    }
    // Escaped, they match what they say.
    expect(compileGlobs(['docs/report \\(1\\).md'])('docs/report (1).md')).toBe(true);
    expect(reference('docs/report \\(1\\).md')('docs/report (1).md')).toBe(true);
  });

  it('the conveniences: a leading / is dropped, a trailing / means everything below', () => {
    expect(compileGlobs(['/docs/*.md'])('docs/a.md')).toBe(true);
    expect(compileGlobs(['docs/'])('docs/x/y.md')).toBe(true);
    expect(compileGlobs(['!docs/'])('docs/x/y.md')).toBe(false);
  });
});

describe('matching never backtracks', () => {
  it('brace alternatives compile to alternatives, not to every combination', () => {
    const braces = '{a,b}'.repeat(20);
    const match = compileGlobs([`${braces}/**`]);
    expect(match(`${'ab'.repeat(10)}/x.py`)).toBe(true);
    expect(match(`${'ab'.repeat(10)}c/x.py`)).toBe(false);
    expect(compileGlobs([`**/${braces}x`])(`${'a/'.repeat(200)}${'b'.repeat(20)}y`)).toBe(false);
  });

  it('a glob with more state sets than the matcher remembers stays exact (here 2^14 sets: the 14th character from the end is `a`)', () => {
    const g = `**/a${'?'.repeat(13)}`;
    const mine = compileGlobs([g]);
    const theirs = reference(g);
    fc.assert(
      fc.property(fc.array(fc.constantFrom('a', 'b'), { minLength: 14, maxLength: 40 }), (chars) => {
        const p = chars.join('');
        expect(mine(p)).toBe(theirs(p));
      }),
      { numRuns: 3_000 },
    );
  });

  it('many stars against a long name that almost matches', () => {
    const name = 'a'.repeat(5_000);
    expect(compileGlobs(['*a'.repeat(60) + 'b'])(name)).toBe(false);
    expect(compileGlobs(['**/' + '*a'.repeat(60) + '*'])(`${'x/'.repeat(500)}${name}`)).toBe(true);
    expect(compileGlobs(['**/*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a/**/b'])(`${'a'.repeat(40)}/`.repeat(60) + 'c')).toBe(false);
  });
});
