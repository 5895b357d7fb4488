import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseLock } from '../../src/workspace/lockfile.js';
import { formatError } from '../../src/errors.js';
import { corpusDir } from '../helpers/tools.js';

const corpus = corpusDir();

describe('parseLock', () => {
  it.skipIf(!corpus)('reads the manifest members and extras of a real lock', () => {
    const file = path.join(corpus!, 'crewAIInc__crewAI', 'uv.lock');
    const lock = parseLock(readFileSync(file, 'utf8'), 'uv.lock');
    expect(lock.members).toEqual(['crewai', 'crewai-cli', 'crewai-core', 'crewai-devtools', 'crewai-files', 'crewai-tools']);
    const tools = lock.packages.find((p) => p.name === 'crewai-tools')!;
    expect(tools.source).toBe('editable=lib/crewai-tools');
    expect(tools.dependencies.map((d) => d.name)).toContain('crewai');
  });

  it('names the file and line of invalid TOML', () => {
    const text = 'version = 1\nrevision = 3\n[[package]\nname = "x"\n';
    expect(() => parseLock(text, 'libs/uv.lock')).toThrow(/^libs\/uv\.lock:3: invalid TOML/);
  });

  it('rejects an unknown lock version with what to do', () => {
    try {
      parseLock('version = 2\n', 'uv.lock');
      expect.unreachable();
    } catch (error) {
      expect(formatError(error)).toMatch(/uv\.lock: lock version 2 is not supported.*hint: update uv-workspace-sync/);
    }
  });
});

describe('parseLock with only some packages', () => {
  const locks = corpus
    ? ['crewAIInc__crewAI/uv.lock', 'livekit__agents/uv.lock', 'microsoft__autogen/python/uv.lock', 'modelcontextprotocol__python-sdk/uv.lock', 'lee101__stock-prediction-da6bc11/uv.lock', 'astral-sh__uv/test/ecosystem/pyx-workspace/uv.lock.from-insta-snapshot']
    : [];

  it.skipIf(!corpus).each(locks)('%s: the selected entries equal those of a full parse', (rel) => {
    const text = readFileSync(path.join(corpus!, rel), 'utf8');
    const full = parseLock(text, rel);
    const members = new Set(full.members);
    const odd = (name: string) => name.length % 2 === 1;
    for (const only of [(name: string) => members.has(name), odd]) {
      const partial = parseLock(text, rel, only);
      expect(partial.members).toEqual(full.members);
      expect(partial.packages).toEqual(full.packages.filter((p) => only(p.name)));
    }
    expect(parseLock(text, rel, (name) => members.has(name)).packages.length).toBeGreaterThan(0);
  });

  const lines = ['version = 1', 'revision = 3', '[manifest]', 'members = ["a"]', '[[package]]', 'name = "a"', 'source = { editable = "a" }', '[[package]]', 'name = "zlib"'];

  // Each selected entry is parsed on its own; where that could read a lock
  // differently from one parse of the whole text, the whole text decides.
  it.each([
    ['a package table in the head', ['version = 1', 'package = [{ name = "a" }]', ...lines.slice(2)]],
    ['a top-level table reopened inside an entry', [...lines.slice(0, 7), '[manifest]', 'members = ["b"]', ...lines.slice(7)]],
    ['a second entry written `[[ package ]]`', [...lines.slice(0, 7), '[[ package ]]', 'name = "a2"', ...lines.slice(7)]],
    ['a sub-table of a selected entry', [...lines.slice(0, 7), '[package.optional-dependencies]', 'x = [{ name = "zlib" }]', ...lines.slice(7)]],
  ])('%s: reads what one parse of the whole lock reads, or fails the same way', (_what, text) => {
    const whole = text.join('\n');
    const only = (name: string) => name.startsWith('a');
    let full: ReturnType<typeof parseLock> | Error;
    try {
      full = parseLock(whole, 'uv.lock');
    } catch (error) {
      full = error as Error;
    }
    if (full instanceof Error) expect(() => parseLock(whole, 'uv.lock', only)).toThrow(full.message);
    else expect(parseLock(whole, 'uv.lock', only)).toEqual({ ...full, packages: full.packages.filter((p) => only(p.name)) });
  });

  it('reports a merge conflict in a skipped entry, at its line in the whole file', () => {
    const text = [...lines, '<<<<<<< HEAD', 'version = "1.0"', '=======', 'version = "1.1"', '>>>>>>> main'].join('\n');
    expect(() => parseLock(text, 'uv.lock', (name) => name === 'a')).toThrow(/^uv\.lock:10: invalid TOML/);
  });

  it('reports invalid TOML in a selected entry at its line in the whole file', () => {
    const text = [...lines.slice(0, 7), 'version = "1.0" oops', ...lines.slice(7)].join('\n');
    expect(() => parseLock(text, 'uv.lock', (name) => name === 'a')).toThrow(/^uv\.lock:8: invalid TOML/);
  });
});
