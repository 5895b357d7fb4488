import { describe, expect, it } from 'vitest';
import { checkPathFilters, compileComponent, compileUvExclude, compileGlob, compileGlobs, compileUvGlob, expandBraces, expandUvGlob, GlobSyntaxError, matchUvGlob, UvGlobError, type GlobDir } from '../../src/workspace/globs.js';

/** A path filter (`ignore`, `global`): picomatch's rules. */
const m = (pattern: string, path: string): boolean => compileGlobs([pattern])(path);
/** A backend glob (hatchling, setuptools, license-files). */
const b = (pattern: string, path: string): boolean => compileGlob(pattern)(path);

describe('path filters (ignore / global): picomatch with dotfiles', () => {
  it('* and ? stay inside one component', () => {
    expect(m('docs/*.md', 'docs/a.md')).toBe(true);
    expect(m('docs/*.md', 'docs/sub/a.md')).toBe(false);
    expect(m('docs/?.md', 'docs/a.md')).toBe(true);
    expect(m('docs/?.md', 'docs/ab.md')).toBe(false);
    expect(m('a?b', 'a/b')).toBe(false);
  });

  it('a pattern without / is anchored at the repository root, as in paths-filter', () => {
    expect(m('*.md', 'README.md')).toBe(true);
    expect(m('*.md', 'docs/README.md')).toBe(false);
    expect(m('**/*.md', 'docs/README.md')).toBe(true);
    expect(m('**/*.md', 'README.md')).toBe(true);
  });

  it('** matches zero or more components, **/** too', () => {
    expect(m('libs/**/test_*.py', 'libs/test_a.py')).toBe(true);
    expect(m('libs/**/test_*.py', 'libs/x/y/test_a.py')).toBe(true);
    expect(m('libs/**/test_*.py', 'other/libs/test_a.py')).toBe(false);
    expect(m('docs/**', 'docs/a/b/c.txt')).toBe(true);
    expect(m('docs/**', 'docs')).toBe(true);
    expect(m('docs/**', 'docsx/a')).toBe(false);
    expect(m('**', 'anything/at/all')).toBe(true);
    expect(m('**/fixtures/**', 'a/b/fixtures/c/d.json')).toBe(true);
    expect(m('**/fixtures/**', 'a/b/fixturesx/d.json')).toBe(false);
    expect(m('**/**/conftest.py', 'conftest.py')).toBe(true);
    expect(m('**/**/conftest.py', 'a/b/conftest.py')).toBe(true);
    expect(m('tools/**/**/x.py', 'tools/a/x.py')).toBe(true);
  });

  it('** inside a component is a plain *, but a glob that starts `**.` spans components (picomatch compiles it as `**` then `.js`)', () => {
    expect(m('a/**.js', 'a/b.js')).toBe(true);
    expect(m('a/**.js', 'a/b/c.js')).toBe(false);
    expect(m('**.js', 'a.js')).toBe(true);
    expect(m('**.js', 'a/b.js')).toBe(true);
  });

  it('dotfiles and dot-directories match', () => {
    expect(m('*', '.python-version')).toBe(true);
    expect(m('**/*.yml', '.github/workflows/ci.yml')).toBe(true);
    expect(m('.github/**', '.github/workflows/ci.yml')).toBe(true);
  });

  it('brace alternation, nested and across /', () => {
    expect(m('{docs,examples/*}/**', 'examples/x/y.py')).toBe(true);
    expect(m('{docs,examples/*}/**', 'docs/y.py')).toBe(true);
    expect(m('{docs,examples/*}/**', 'src/y.py')).toBe(false);
    expect(m('*.{md,rst}', 'a.rst')).toBe(true);
    expect(m('*.{md,rst}', 'a.txt')).toBe(false);
    expect(m('a/{b,c{d,e}}/f', 'a/ce/f')).toBe(true);
  });

  it('character classes as picomatch reads them: `^` negates, `!` is a member', () => {
    expect(m('v[0-9].txt', 'v3.txt')).toBe(true);
    expect(m('v[^0-9].txt', 'vx.txt')).toBe(true);
    expect(m('v[^0-9].txt', 'v3.txt')).toBe(false);
    expect(m('v[!0-9].txt', 'v3.txt')).toBe(true);
    expect(m('v[!0-9].txt', 'v!.txt')).toBe(true);
    expect(m('v[!0-9].txt', 'vx.txt')).toBe(false);
    expect(m('a[b', 'a[b')).toBe(true);
  });

  it('escapes are literal; what picomatch reads as a regular expression is refused', () => {
    expect(m('a.txt', 'abtxt')).toBe(false);
    expect(m('a\\*.txt', 'a*.txt')).toBe(true);
    expect(m('a\\*.txt', 'ab.txt')).toBe(false);
    expect(m('a+b\\(c\\).txt', 'a+b(c).txt')).toBe(true);
    expect(() => m('a+b(c).txt', 'x')).toThrow(GlobSyntaxError);
    expect(() => checkPathFilters("input 'global'", ['docs/**', 'docs/@(a|b)'])).toThrow(
      /^input 'global' has a glob this action does not read as picomatch would: `docs\/@\(a\|b\)`: extglobs/,
    );
  });

  it('a leading / is dropped; a trailing / means everything below', () => {
    expect(m('./docs/*.md', 'docs/a.md')).toBe(true);
    expect(m('/docs/*.md', 'docs/a.md')).toBe(true);
    expect(m('docs/', 'docs/x/y.md')).toBe(true);
  });

  it('compileGlobs: any positive, minus negations', () => {
    const match = compileGlobs(['docs/**', '*.md', '!docs/api/**', '']);
    expect(match('docs/guide.md')).toBe(true);
    expect(match('README.md')).toBe(true);
    expect(match('docs/api/x.md')).toBe(false);
    expect(match('src/a.py')).toBe(false);
    expect(compileGlobs([])('a')).toBe(false);
    expect(compileGlobs(['!docs/**'])('a')).toBe(false);
  });
});

describe('backend globs (hatchling, package data, license-files)', () => {
  it('components, ** at any depth (**/** too), [!...] negates', () => {
    expect(b('src/**/*.json', 'src/a/b/c.json')).toBe(true);
    expect(b('src/**/**/*.json', 'src/c.json')).toBe(true);
    expect(b('**/**', 'a/b')).toBe(true);
    expect(b('v[!0-9].txt', 'v3.txt')).toBe(false);
    expect(b('v[!0-9].txt', 'vx.txt')).toBe(true);
    expect(b('a[/]b', 'a/b')).toBe(false);
    expect(b('{a}', '{a}')).toBe(true);
    expect(b('!docs/**', 'a')).toBe(true);
  });

  it('braces expand to a bounded number of patterns', () => {
    expect(expandBraces('a/{b,c{d,e}}/f')).toEqual(['a/b/f', 'a/cd/f', 'a/ce/f']);
    expect(() => compileGlob('{a,b}'.repeat(20))).toThrow(/braces expand to more than 256 patterns/);
  });

  it('many stars against a long name do not backtrack', () => {
    expect(b('*a'.repeat(60) + 'b', 'a'.repeat(5000))).toBe(false);
  });
});

describe('uv member globs', () => {
  it('matches one component the way the glob crate does', () => {
    expect(compileComponent('*')('.hidden')).toBe(true);
    expect(compileComponent('lib-?')('lib-a')).toBe(true);
    expect(compileComponent('[ab]*')('beta')).toBe(true);
    expect(compileComponent('[!ab]*')('beta')).toBe(false);
    expect(compileComponent('name')('Name')).toBe(false);
    // Backslash is an ordinary character on Unix for the glob crate.
    expect(compileComponent('a\\b')('a\\b')).toBe(true);
    expect(() => compileComponent('a**')).toThrow(UvGlobError);
    expect(() => compileUvGlob('packages/a**/x')).toThrow(/single path component/);
  });

  it('matchUvGlob: component by component, ** recursive', () => {
    const g = compileUvGlob('packages/*');
    expect(matchUvGlob(g, 'packages/a')).toBe(true);
    expect(matchUvGlob(g, 'packages/a/b')).toBe(false);
    expect(matchUvGlob(g, 'packages')).toBe(false);
    expect(matchUvGlob(compileUvGlob('libs/**'), 'libs')).toBe(false);
    expect(matchUvGlob(compileUvGlob('libs/**'), 'libs/a/b')).toBe(true);
    const r = compileUvGlob('libs/**/x');
    expect(matchUvGlob(r, 'libs/x')).toBe(true);
    expect(matchUvGlob(r, 'libs/a/b/x')).toBe(true);
    expect(matchUvGlob(r, 'libs/a/b/y')).toBe(false);
    expect(matchUvGlob(compileUvGlob('./packages//a/'), 'packages/a')).toBe(true);
    expect(matchUvGlob(compileUvGlob('.'), '.')).toBe(true);
    const deep = compileUvGlob('**/**/a/**/b/**/c');
    expect(matchUvGlob(deep, Array.from({ length: 40 }, () => 'a').join('/'))).toBe(false);
  });

  it('expandUvGlob walks a tree: files and dirs, hidden names, trailing ** gives dirs only', () => {
    const tree: Record<string, string[] | 'file'> = {
      '': ['packages', 'README.md'],
      packages: ['a', 'b', '.hidden', 'notes.txt'],
      'packages/a': ['pyproject.toml', 'src'],
      'packages/a/src': [],
      'packages/b': [],
      'packages/.hidden': [],
      'packages/notes.txt': 'file',
      'packages/a/pyproject.toml': 'file',
      'README.md': 'file',
    };
    const dir: GlobDir = {
      list: (rel) => {
        const entry = tree[rel];
        if (!Array.isArray(entry)) return undefined;
        return entry.map((name) => ({ name, isDir: Array.isArray(tree[rel === '' ? name : `${rel}/${name}`]) }));
      },
      kind: (rel) => (tree[rel] === undefined ? undefined : Array.isArray(tree[rel]) ? 'dir' : 'file'),
    };
    expect(expandUvGlob(compileUvGlob('packages/*'), dir)).toEqual([
      { path: 'packages/.hidden', isDir: true },
      { path: 'packages/a', isDir: true },
      { path: 'packages/b', isDir: true },
      { path: 'packages/notes.txt', isDir: false },
    ]);
    // A trailing ** gives the directories below, not the base (uv 0.13.9 accepts `packages/**` without packages/pyproject.toml).
    expect(expandUvGlob(compileUvGlob('packages/**'), dir).map((e) => e.path)).toEqual([
      'packages/.hidden',
      'packages/a',
      'packages/a/src',
      'packages/b',
    ]);
    expect(expandUvGlob(compileUvGlob('packages/a'), dir)).toEqual([{ path: 'packages/a', isDir: true }]);
    expect(expandUvGlob(compileUvGlob('missing/*'), dir)).toEqual([]);
    expect(expandUvGlob(compileUvGlob('README.md/*'), dir)).toEqual([]);
  });

  it('exclude globs cross / the way uv applies them (one pattern against the relative path)', () => {
    const ex = compileUvExclude('packages/*');
    expect(ex('packages/a')).toBe(true);
    expect(ex('packages/b/nested')).toBe(true);
    expect(ex('other/a')).toBe(false);
    expect(compileUvExclude('./packages/legacy')('packages/legacy')).toBe(true);
    expect(compileUvExclude('packages/legacy')('packages/legacy-2')).toBe(false);
    expect(compileUvExclude('**/tests')('a/b/tests')).toBe(true);
    expect(compileUvExclude('**/tests')('tests')).toBe(true);
    expect(compileUvExclude('p?/x')('p1/x')).toBe(true);
    expect(compileUvExclude('[!a]*')('b/c')).toBe(true);
  });
});
