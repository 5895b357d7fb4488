// uv's `cache-dir` and `no-cache` settings are read with the fast TOML reader
// first (smol-toml only where it gives up). The answers must be exactly what
// smol-toml alone gives, on the real corpus's pyproject.toml files as they
// are, with the settings added in the spellings TOML allows, and on broken
// or unusual files (which smol-toml decides).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { parse } from 'smol-toml';
import { describe, expect, it } from 'vitest';
import { cacheDirFromConfigText, noCacheFromConfigText } from '../../src/cache/uv-config.js';
import { parseTomlFast } from '../../src/workspace/toml-fast.js';
import { corpusDir, filesNamed } from '../helpers/tools.js';

const corpus = corpusDir();

/** Every pyproject.toml under `dir`, read in place. */
const pyprojects = (dir: string) => filesNamed(dir, (name) => name === 'pyproject.toml');

/** The oracle: the settings as smol-toml alone reads them (the implementation before the fast reader). */
function slowSetting(uvToml: string | undefined, pyproject: string | undefined, key: string): { value: unknown; file: string } | undefined {
  const read = (text: string, pick: (doc: Record<string, unknown>) => unknown): unknown => {
    try {
      return pick(parse(text) as Record<string, unknown>);
    } catch {
      return undefined;
    }
  };
  if (uvToml !== undefined) return { value: read(uvToml, (doc) => doc[key]), file: 'uv.toml' };
  if (pyproject === undefined) return undefined;
  return { value: read(pyproject, (doc) => ((doc.tool as Record<string, unknown> | undefined)?.uv as Record<string, unknown> | undefined)?.[key]), file: 'pyproject.toml' };
}

function slowCacheDir(uvToml: string | undefined, pyproject: string | undefined) {
  const found = slowSetting(uvToml, pyproject, 'cache-dir');
  return found && typeof found.value === 'string' && found.value.trim() !== '' ? { dir: found.value.trim(), file: found.file } : undefined;
}

function slowNoCache(uvToml: string | undefined, pyproject: string | undefined) {
  const found = slowSetting(uvToml, pyproject, 'no-cache');
  return found?.value === true ? found.file : undefined;
}

function expectSame(uvToml: string | undefined, pyproject: string | undefined, what: string): void {
  expect(cacheDirFromConfigText(uvToml, pyproject), what).toEqual(slowCacheDir(uvToml, pyproject));
  expect(noCacheFromConfigText(uvToml, pyproject), what).toEqual(slowNoCache(uvToml, pyproject));
}

/** The settings added to a pyproject.toml's text in the spellings TOML allows for them. */
const ADDED = [
  '\n[tool.uv]\ncache-dir = "/mnt/uv-cache"\nno-cache = true\n',
  '\n[tool.uv]\ncache-dir = \'.cache/uv\'\nno-cache = false\n',
  '\n[tool.uv]\n"cache-dir" = "  spaced  "\n',
  '\ntool.uv.cache-dir = "dotted"\ntool.uv.no-cache = true\n',
  '\n[tool]\nuv = { cache-dir = "inline", no-cache = true }\n',
  '\n[tool.uv]\ncache-dir = ""\n',
  '\n[tool.uv]\ncache-dir = 3\nno-cache = "true"\n',
  '\n[tool.uv]\ncache-dir = """\nmulti"""\n',
  '\n[tool.uv]\ncache-dir = "a"\ncache-dir = "b"\n', // a redefined key: invalid TOML, so unset
  '\n[tool.uv]\ncache-dir = 1.5\nno-cache = true\n', // a float: the fast reader gives up, smol-toml reads it
  '\n[tool.uv\ncache-dir = "x"\n', // broken
];

describe("uv settings through the fast reader give smol-toml's answers", () => {
  const files = corpus ? pyprojects(corpus) : [];

  it.skipIf(!corpus)('on every pyproject.toml of the corpus, as it is and with the settings added', () => {
    expect(files.length).toBeGreaterThan(100);
    let fast = 0;
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      const name = path.relative(corpus!, file);
      if (parseTomlFast(text) !== undefined) fast++;
      expectSame(undefined, text, name);
      // With a uv.toml, the pyproject.toml is not read (uv ignores its [tool.uv]).
      expectSame('cache-dir = "from-uv-toml"\n', text, `${name} + uv.toml`);
      for (const added of ADDED) {
        // A file that already has a [tool.uv] table makes a second header invalid: smol-toml decides that too.
        expectSame(undefined, text + added, `${name} + ${JSON.stringify(added)}`);
        expectSame(added.replace('[tool.uv]', '').replace(/tool\.uv\./g, ''), undefined, `uv.toml ${JSON.stringify(added)}`);
      }
    }
    // The corpus's files are read by the fast reader, not by smol-toml: the point of the change.
    expect(fast).toBe(files.length);
  });

  it('on generated settings files', () => {
    const value = fc.oneof(fc.string({ maxLength: 12 }).map((s) => JSON.stringify(s)), fc.constantFrom('true', 'false', '1', '1.0', '"~/x"', "'lit'", '[]', '{}'));
    const key = fc.constantFrom('cache-dir', 'no-cache', '"cache-dir"', "'no-cache'", 'other');
    const line = fc.tuple(key, value).map(([k, v]) => `${k} = ${v}`);
    fc.assert(
      fc.property(fc.array(line, { maxLength: 4 }), fc.boolean(), (lines, inPyproject) => {
        const body = `${lines.join('\n')}\n`;
        if (inPyproject) expectSame(undefined, `[project]\nname = "x"\n\n[tool.uv]\n${body}`, body);
        else expectSame(body, '[tool.uv]\ncache-dir = "ignored"\n', body);
      }),
      { numRuns: 500 },
    );
  });
});
