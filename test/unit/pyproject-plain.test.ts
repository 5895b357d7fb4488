// parseToml builds ordinary objects (pyproject.ts says why that is safe):
// every answer read from them must be the one smol-toml's prototype-less
// tables give. These tests would fail if a reader looked up a key that
// Object.prototype has (`constructor`, `toString`) in a parsed table, or if
// the fast reader let such a key through as an inherited value.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'smol-toml';
import { describe, expect, it } from 'vitest';
import { loadPyproject, parseToml } from '../../src/workspace/pyproject.js';
import { computeSurface, reachOf } from '../../src/workspace/surface.js';
import { corpusDir } from '../helpers/tools.js';

const corpus = corpusDir();

/**
 * A parsed tree as text, prototypes aside: keys in order, values with their
 * types (toStrictEqual cannot compare tables that own a `constructor` key).
 */
function tree(value: unknown): string {
  return JSON.stringify(value, (_, v: unknown) => (v instanceof Date ? { date: v.toISOString() } : v));
}

/**
 * Object.prototype's names where the fast reader makes them own properties
 * (one-line inline tables, array items), and as normalised names.
 */
const INLINE = `
[project]
name = "core"
dependencies = ["valueOf", "tostring>=1", "hasOwnProperty[constructor]"]

[project.optional-dependencies]
x = ["valueOf[toString]"]

[tool.uv.sources]
valueof = { workspace = true }
tostring = [{ path = "../tostring" }]

[tool.x]
a = { constructor = "y" }
b = [{ toString = "z" }, { name = "n", hasOwnProperty = "m" }]

[tool.hatch.build.targets.wheel]
packages = ["src/core"]
force-include = { constructor = "q" }

[build-system]
requires = ["hatchling"]
build-backend = "hatchling.build"
`;

/** Object.prototype's names as keys the fast reader would have to look up: it gives up on them. */
const HOSTILE = ['[project.urls]\nconstructor = "https://example.com"\n', '[tool.constructor]\nx = 1\n', '[tool.uv.sources]\ntoString = { workspace = true }\n', '[dependency-groups]\nvalueOf = ["x"]\n'];

/**
 * The same text read through smol-toml: a float as the first line makes
 * the fast reader give up; the key is at the root, where no reader looks.
 */
const viaSmol = (text: string) => `zz = 1.5\n${text}`;

describe('pyproject tables as ordinary objects', () => {
  it('reads keys named like Object.prototype members exactly as smol-toml’s tables do', () => {
    const fast = loadPyproject(INLINE, 'pyproject.toml');
    const slow = loadPyproject(viaSmol(INLINE), 'pyproject.toml');
    // The fast reader answered (ordinary objects), smol-toml the other (prototype-less).
    expect(Object.getPrototypeOf(fast.table)).toBe(Object.prototype);
    expect(Object.getPrototypeOf(slow.table)).toBeNull();
    const { table: fastTable, ...fastFacts } = fast;
    const { table: slowTable, ...slowFacts } = slow;
    expect(fastFacts).toStrictEqual(slowFacts);
    const { zz, ...rest } = slowTable!;
    expect(zz).toBe(1.5);
    expect(tree(fastTable)).toBe(tree(rest));
    const files = ['src/core/__init__.py', 'src/core/constructor.py', 'q', 'tests/test_core.py', 'README.md', 'pyproject.toml'];
    const a = computeSurface(fastTable!, files);
    const b = computeSurface(slowTable!, files);
    expect(a.kind).toBe(b.kind);
    expect(files.map((f) => reachOf(a, f))).toStrictEqual(files.map((f) => reachOf(b, f)));
  });

  it('leaves a file that names such a key where it would be looked up to smol-toml', () => {
    for (const text of HOSTILE) {
      const doc = `[project]\nname = "core"\n${text}`;
      expect(Object.getPrototypeOf(loadPyproject(doc, 'pyproject.toml').table)).toBeNull();
    }
  });

  it('gives up on a key Object.prototype has where it would have to look it up, so smol-toml decides', () => {
    // A redefined inherited name would otherwise read as "defined already" or pass as new.
    for (const text of ['constructor = 1\n', '[constructor]\nx = 1\n', 'a.toString = 1\n', '[a]\n[a.valueOf]\n', 'x = { toString = 1, y = 2 }\n']) {
      expect(tree(parseToml(text, 'p.toml'))).toBe(tree(parse(text)));
    }
  });

  describe.skipIf(!corpus)('on the corpus', () => {
    /** Every member pyproject.toml under `dir`, with the files FILES.txt lists below its directory. */
    function pyprojects(dir: string): string[] {
      const out: string[] = [];
      for (const name of readdirSync(dir)) {
        const full = path.join(dir, name);
        const stat = statSync(full, { throwIfNoEntry: false });
        if (stat?.isDirectory()) out.push(...pyprojects(full));
        else if (name === 'pyproject.toml') out.push(full);
      }
      return out;
    }

    it('every pyproject.toml: the same document, facts and surface as smol-toml’s tables give', () => {
      let compared = 0;
      for (const entry of readdirSync(corpus!)) {
        const repo = path.join(corpus!, entry);
        if (!statSync(repo).isDirectory()) continue;
        const tracked = readFileSync(path.join(repo, 'FILES.txt'), 'utf8').split('\n').filter(Boolean);
        for (const file of pyprojects(repo)) {
          const text = readFileSync(file, 'utf8');
          let slowDoc: Record<string, unknown>;
          try {
            slowDoc = parse(text) as Record<string, unknown>;
          } catch {
            continue; // crewAI's templates: not TOML, and no member
          }
          expect(tree(parseToml(text, file)), file).toBe(tree(slowDoc));
          let fast;
          try {
            fast = loadPyproject(text, file);
          } catch {
            expect(() => loadPyproject(viaSmol(text), file)).toThrow();
            continue;
          }
          const { table: fastTable, ...fastFacts } = fast;
          const { table: _slowTable, ...slowFacts } = loadPyproject(viaSmol(text), file);
          expect(fastFacts, file).toStrictEqual(slowFacts);
          const dir = path.relative(repo, path.dirname(file)).split(path.sep).join('/');
          const files = tracked.filter((f) => dir === '' || f.startsWith(`${dir}/`)).map((f) => (dir === '' ? f : f.slice(dir.length + 1)));
          const a = computeSurface(fastTable!, files);
          const b = computeSurface(slowDoc, files);
          expect(a.kind, file).toBe(b.kind);
          expect(files.map((f) => reachOf(a, f)), file).toStrictEqual(files.map((f) => reachOf(b, f)));
          compared++;
        }
      }
      expect(compared).toBeGreaterThan(100);
    });
  });
});
