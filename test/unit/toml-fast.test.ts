// The fast TOML reader must give exactly smol-toml's result whenever it
// answers at all, and must answer (not fall back) for every pyproject.toml
// and uv.lock of the real corpus, or the speed it exists for is gone.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { parse } from 'smol-toml';
import { describe, expect, it } from 'vitest';
import { parseTomlFast } from '../../src/workspace/toml-fast.js';
import { parseToml } from '../../src/workspace/pyproject.js';
import { corpusDir, filesNamed } from '../helpers/tools.js';

const corpus = corpusDir();

/** Every pyproject.toml and uv.lock (and the pyx snapshot lock) under `dir`, read in place. */
const tomlFiles = (dir: string) => filesNamed(dir, (name) => name === 'pyproject.toml' || name.startsWith('uv.lock'));

/** smol-toml's answer: the document, or its error message. */
function slow(text: string): unknown {
  try {
    return parse(text);
  } catch (error) {
    return { error: (error as Error).message };
  }
}

/** Fast answers must equal smol-toml's (null prototypes included); a fallback is fine here. */
function expectAgrees(text: string): 'fast' | 'fallback' {
  const fast = parseTomlFast(text);
  if (fast === undefined) return 'fallback';
  expect(fast).toStrictEqual(slow(text));
  return 'fast';
}

describe('parseTomlFast on the corpus', () => {
  const files = corpus ? tomlFiles(corpus) : [];

  it.skipIf(!corpus)('finds the corpus files', () => {
    expect(files.filter((f) => f.endsWith('pyproject.toml')).length).toBeGreaterThan(100);
    expect(files.filter((f) => path.basename(f).startsWith('uv.lock')).length).toBeGreaterThanOrEqual(5);
  });

  it.skipIf(!corpus)('reads every file itself, with smol-toml’s result', () => {
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      const fast = parseTomlFast(text);
      expect(fast, `${path.relative(corpus!, file)} took the fallback`).toBeDefined();
      expect(fast, path.relative(corpus!, file)).toStrictEqual(parse(text));
    }
  });

  it.skipIf(!corpus)('gives smol-toml’s result for each [[package]] entry of a lock on its own', () => {
    for (const file of files.filter((f) => path.basename(f).startsWith('uv.lock'))) {
      const entries = readFileSync(file, 'utf8').split(/^(?=\[\[package\]\]\n)/m);
      for (const entry of entries.slice(1, 400)) expect(expectAgrees(entry), path.relative(corpus!, file)).toBe('fast');
    }
  });
});

describe('parseTomlFast edge cases', () => {
  const fastCases: [string, string][] = [
    ['empty', ''],
    ['comments only', '# a\n\n# b'],
    ['no final newline', 'a = 1'],
    // The text may end anywhere on a line: the reader checks for the end before reading a character past it.
    ['ends in spaces after a value', 'a = "x"  \t'],
    ['ends in spaces after a header', '[a]  '],
    ['ends in a comment without a newline', 'a = 1 # c'],
    ['ends in blank lines and spaces', 'a = 1\n\n  \t'],
    ['spaces only', '  \t '],
    ['escapes', 'a = "q\\"b\\\\s\\t\\n\\r\\b\\f \\u00e9 \\U0001F600"'],
    ['unicode as is', 'a = "héllo ✓ 😀"\n"ключ" = \'значение\''],
    ['quoted keys', '"a.b" = 1\n\'c d\' = 2\n"" = 3\n[ "x y" . z ]\nk = 1'],
    ['dotted keys', '[tool]\nuv.sources.a = { workspace = true }\nuv.sources.b = { path = "x" }\nuv.managed = false'],
    ['headers after implicit', '[a.b.c]\nx = 1\n[a]\ny = 2\n[a.b]\nz = 3'],
    ['arrays of tables', '[[p]]\nname = "a"\n[p.d]\nx = [1]\n[[p]]\nname = "b"\n[[p.sub]]\nq = true'],
    ['arrays across lines with comments', 'a = [\n  "x", # one\n  # alone\n  "y",\n]\nb = [ ]\nc = [[1, 2], ["a"], []]'],
    ['inline tables', 'a = { x = 1, "y z" = [true, false], n = {} , m = { k = \'v\' } }'],
    ['multi-line strings', 'a = """\nline 1\n  line "2" ""\n"""\nb = \'\'\'raw \\n\n\'\'\'\nc = """x""""\nd = """""""\ne = \'\'\'\'\'\'\nf = """a\\tb"""'],
    ['comment after header and value', '[a] # c\nx = "#" # c\ny = 0'],
    ['tabs', '\ta\t=\t1\t\n[\tb\t]\n'],
    ['integers', 'a = 0\nb = 123456789012345\nc = [1,2,3]'],
    ['common array items', 'a = [\n    { name = "x" },\n    { name = "y", marker = "sys_platform == \'linux\'" },\n    { name = "z", extra = ["a"] },\n    {name="w"},\n]\nb = [{ k = "" }, { k = "v", l = "" }]\n'],
    ['whole common lines', 'a = ""\nb = []\nc = ["x"]\nd = ["x", "y", ""]\ne = { k = "v" }\nf = { k = false }\ng = true\n[h.i]\nj = "\'"\n[[k]]\n[[k]]\nl = "é"\n'],
    ['common lines mixed with general ones', '[a]\nx = "1"\ny = "2" # c\n[a.b]\n[[a.c]]\nz = ["p", "q",]\n[[a.c]]\nz = { k = "v" }\n'],
  ];
  it.each(fastCases)('%s: fast, and equal to smol-toml', (_name, text) => {
    expect(expectAgrees(text)).toBe('fast');
  });

  const fallbackCases: [string, string][] = [
    ['duplicate key', 'a = 1\na = 2'],
    ['text after a value at the end', 'a = 1 x'],
    ['duplicate table', '[a]\n[a]'],
    ['duplicate table, common lines', '[a]\n[a]\n'],
    ['duplicate key, common lines', 'a = "x"\na = "y"\n'],
    ['duplicate key, common then general', 'a = "x"\na = "y" # c\n'],
    ['key over an implicit table, common lines', '[a.b]\n[a]\nb = "x"\n'],
    ['array of tables over a table, common lines', '[a]\n[[a]]\n'],
    ['duplicate key in a common array item', 'a = [{ k = "x", k = "y" }]\n'],
    ['__proto__ in a common array item', 'a = [{ name = "x", __proto__ = "y" }]\n'],
    ['__proto__, common line', '__proto__ = "x"\n'],
    ['__proto__ inline, common line', 'a = { __proto__ = true }\n'],
    ['__proto__ in a header, common line', '[x.__proto__]\n'],
    ['half an array header', '[[a]\n'],
    ['duplicate key in inline table', 'a = { x = 1, x = 2 }'],
    ['table after dotted', 'a.b = 1\n[a]'],
    ['header into a dotted table', 'a.b = 1\n[a.c]'],
    ['dotted into a header table', '[a.b]\n[a]\nb.c = 1'],
    ['redefine a value by header', 'a = 1\n[a.b]'],
    ['array of tables over a static array', 'a = []\n[[a]]'],
    ['table over an array of tables', '[[a]]\n[a]'],
    ['extend an inline table', 'a = { x = 1 }\n[a.y]'],
    ['float', 'a = 1.5'],
    ['exponent', 'a = 1e5'],
    ['signed', 'a = -1'],
    ['underscores', 'a = 1_000'],
    ['hex', 'a = 0xff'],
    ['leading zero', 'a = 01'],
    ['date', 'a = 2024-01-01'],
    ['time', 'a = 07:32:00'],
    ['inf', 'a = inf'],
    ['huge integer', 'a = 12345678901234567890'],
    ['CRLF', 'a = 1\r\nb = 2\r\n'],
    ['NUL in a string', 'a = "x\u0000y"'],
    ['NUL in a comment', '# x\u0000\na = 1'],
    ['NUL at top level', '\u0000'],
    ['DEL in a literal string', "a = 'x\u007f'"],
    ['newline in a string', 'a = "x\ny"'],
    ['unterminated string', 'a = "x'],
    ['unterminated array', 'a = [1, 2'],
    ['unterminated inline table', 'a = { x = 1'],
    ['newline in an inline table', 'a = { x = 1,\n y = 2 }'],
    ['trailing comma in an inline table', 'a = { x = 1, }'],
    ['dotted key in an inline table', 'a = { x.y = 1 }'],
    ['two values on a line', 'a = 1 b = 2'],
    ['missing value', 'a =\n'],
    ['missing key', '= 1'],
    ['bad escape', 'a = "\\q"'],
    ['TOML 1.1 escape', 'a = "\\e"'],
    ['surrogate escape', 'a = "\\uD800"'],
    ['short unicode escape', 'a = "\\u12"'],
    ['line-ending backslash', 'a = """x \\\n  y"""'],
    ['__proto__ key', '__proto__ = 1'],
    ['quoted __proto__ header', '["__proto__"]\nx = 1'],
    ['BOM', '\uFEFFa = 1'],
    ['multi-line key', '"""a""" = 1'],
    ['bad bare key', 'a$ = 1'],
    ['empty header', '[]'],
    ['unclosed header', '[a\nx = 1'],
    ['broken array header', '[[a]\nx = 1'],
    ['true with a tail', 'a = truex'],
    ['deep nesting', `a = ${'['.repeat(100)}${']'.repeat(100)}`],
    ['hostile deep nesting', `a = ${'['.repeat(5000)}`],
    ['merge conflict', '<<<<<<< HEAD\na = 1\n=======\na = 2\n>>>>>>> x'],
  ];
  it.each(fallbackCases)('%s: falls back, so smol-toml answers', (_name, text) => {
    expect(parseTomlFast(text)).toBeUndefined();
  });

  it('huge flat input stays fast and equal', () => {
    const text = Array.from({ length: 20000 }, (_, i) => `k${i} = "v${i}"`).join('\n');
    expect(expectAgrees(text)).toBe('fast');
  });

  it('many headers reaching into a table made late stay fast and equal (the shape a list-per-lookup made quadratic)', () => {
    const text = [
      ...Array.from({ length: 5000 }, (_, i) => `[a${i}]`),
      '[zz]',
      ...Array.from({ length: 5000 }, (_, i) => `[zz.b${i}]\nk = ${i}`),
      ...Array.from({ length: 2000 }, (_, i) => `[[zz.list]]\nn = "${i}"`),
      '[zz.list.sub]',
    ].join('\n');
    expect(expectAgrees(text)).toBe('fast');
  });

  it('the parseToml callers use gives smol-toml’s one-line error naming the file', () => {
    expect(() => parseToml('a = 1\na = 2\n', 'pkg/pyproject.toml')).toThrow(/^pkg\/pyproject\.toml:2: invalid TOML: /);
    expect(() => parseToml('[a]\nx = "\u0000"', 'p.toml')).toThrow(/^p\.toml:2: invalid TOML: /);
  });

  it('keeps reading after a fallback (no state leaks between calls)', () => {
    expect(parseTomlFast('a = [1, 2')).toBeUndefined();
    expect(parseTomlFast('b = 2')).toStrictEqual(parse('b = 2'));
  });
});

describe('parseTomlFast against smol-toml on generated documents', () => {
  // Few key names, so that documents keep redefining, extending and
  // reopening the same tables: the rules a wrong fast path gets wrong.
  const key = fc.constantFrom('a', 'b', 'name', '"a"', "'b'", '"a.b"', '""', 'a.b', 'b.a', 'a . b', 'a.x', 'a.b.c', '__proto__', 'x-y_1');
  const string = fc.constantFrom('""', '"x"', '"a\\"b"', '"\\u00e9\\n"', '"\\q"', "'lit'", "''", '"""m\nl"""', "'''r'''", '"\t"', '"é"');
  const scalar = fc.oneof(string, fc.constantFrom('0', '1', '007', '1.5', '-1', '1_0', 'true', 'false', 'tru', '1979-05-27', 'inf'));
  const value = fc.letrec<{ value: string; array: string; inline: string }>((tie) => ({
    value: fc.oneof({ depthSize: 'small', withCrossShrink: true }, scalar, tie('array'), tie('inline')),
    array: fc.array(tie('value'), { maxLength: 3 }).chain((items) =>
      fc.constantFrom(`[${items.join(', ')}]`, `[\n  ${items.join(',\n  ')},\n]`, `[${items.join(',')} ]`),
    ),
    inline: fc.array(fc.tuple(key, tie('value')), { maxLength: 3 }).map((pairs) => `{ ${pairs.map(([k, v]) => `${k} = ${v}`).join(', ')} }`),
  })).value;
  const header = fc.tuple(fc.constantFrom('[', '[[', '[ '), key, fc.constantFrom(']', ']]', ' ]')).map(([open, k, close]) => `${open}${k}${close}`);
  const pair = fc.tuple(key, fc.constantFrom(' = ', '=', ' =\t'), value, fc.constantFrom('', ' # c', '  ')).map(([k, eq, v, tail]) => `${k}${eq}${v}${tail}`);
  const line = fc.oneof(pair, pair, header, fc.constantFrom('', '# comment', '  ', 'junk'));
  const document = fc.tuple(fc.array(line, { maxLength: 8 }), fc.constantFrom('\n', '\n', '\r\n')).map(([lines, eol]) => lines.join(eol));

  it('answers as smol-toml does, or leaves it to smol-toml', () => {
    let fast = 0;
    fc.assert(
      fc.property(document, (text) => {
        if (expectAgrees(text) === 'fast') fast++;
        const slowResult = slow(text) as { error?: string };
        if (slowResult !== null && typeof slowResult === 'object' && 'error' in slowResult && typeof slowResult.error === 'string') {
          expect(parseTomlFast(text)).toBeUndefined();
        }
      }),
      { numRuns: 3000, seed: 25 },
    );
    // Not vacuous: many generated documents take the fast path.
    expect(fast).toBeGreaterThan(300);
  });
});
