// The problem matcher in matchers/uv.json, run against what real uv prints.
// The runner applies these regexes line by line to the job log; JavaScript
// regexes agree with .NET's on the constructs used here.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { projectRoot, UV_OLDEST_VERSION, UV_VERSION, uvBin, uvTestEnv } from '../helpers/tools.js';

interface Matcher {
  owner: string;
  severity?: string;
  pattern: { regexp: string; message: number }[];
}

const matchers = (JSON.parse(readFileSync(path.join(projectRoot, 'matchers', 'uv.json'), 'utf8')) as { problemMatcher: Matcher[] })
  .problemMatcher;

/** The messages the runner would turn into error annotations. */
function annotate(log: string): { owner: string; message: string }[] {
  const found: { owner: string; message: string }[] = [];
  for (const line of log.split(/\r?\n/)) {
    for (const matcher of matchers) {
      const match = new RegExp(matcher.pattern[0]!.regexp).exec(line);
      if (match) found.push({ owner: matcher.owner, message: match[matcher.pattern[0]!.message]! });
    }
  }
  return found;
}

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

function project(dependencies: string[]): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'uvws-matcher-'));
  dirs.push(dir);
  writeFileSync(
    path.join(dir, 'pyproject.toml'),
    `[project]\nname = "demo"\nversion = "0.1.0"\nrequires-python = ">=3.8"\ndependencies = ${JSON.stringify(dependencies)}\n`,
  );
  return dir;
}

function uv(version: string, cwd: string, args: string[], extraEnv: Record<string, string> = {}): { status: number | null; stderr: string } {
  const cache = path.join(cwd, '.uv-cache');
  const result = spawnSync(uvBin(version), args, { cwd, env: uvTestEnv({ UV_CACHE_DIR: cache, ...extraEnv }), encoding: 'utf8' });
  return { status: result.status, stderr: result.stderr };
}

describe('matchers/uv.json', () => {
  it('is a problem matcher file the runner accepts: owners, severity, one-line patterns', () => {
    expect(matchers.map((m) => m.owner)).toEqual(['uv', 'uv-diagnostic', 'uv-locked']);
    for (const m of matchers) {
      expect(m.severity).toBe('error');
      expect(m.pattern).toHaveLength(1);
      expect(m.pattern[0]!.message).toBe(1);
    }
  });

  describe.each([UV_VERSION, UV_OLDEST_VERSION])('recorded uv %s output', (version) => {
    const dir = path.join(projectRoot, 'test', 'fixtures', 'uv-output', version);
    const cases = existsSync(path.join(dir, 'cases.json'))
      ? Object.entries((JSON.parse(readFileSync(path.join(dir, 'cases.json'), 'utf8')) as { cases: Record<string, { code: number }> }).cases)
      : [];

    it('exists', () => expect(cases.length).toBeGreaterThan(5));

    it.each(cases)('%s: one error annotation exactly when uv failed', (name, { code }) => {
      const found = annotate(readFileSync(path.join(dir, `${name}.txt`), 'utf8'));
      expect(found).toHaveLength(code === 0 ? 0 : 1);
      for (const f of found) expect(f.message).not.toMatch(/\x1b|^\s/);
    });
  });

  describe.each([UV_VERSION, UV_OLDEST_VERSION])('uv %s', (version) => {
    it('matches the first line of an unsatisfiable sync, once', () => {
      const run = uv(version, project(['nonexistent-pkg-xyz>=1']), ['sync']);
      expect(run.status).not.toBe(0);
      const found = annotate(run.stderr);
      expect(found).toHaveLength(1);
      expect(found[0]!.message).toMatch(/^No solution found when resolving dependencies:?$/);
    });

    it('matches a plain error line (unknown --package), coloured or not', () => {
      const plain = uv(version, project([]), ['sync', '--package', 'nope']);
      expect(plain.status).not.toBe(0);
      const coloured = uv(version, project([]), ['sync', '--package', 'nope'], { FORCE_COLOR: '1', NO_COLOR: '' });
      expect(coloured.stderr).toContain('\x1b[');
      for (const run of [plain, coloured]) {
        const found = annotate(run.stderr);
        expect(found).toHaveLength(1);
        expect(found[0]!.owner).toBe('uv');
        expect(found[0]!.message).toMatch(/nope/);
        expect(found[0]!.message).not.toContain('\x1b');
      }
    });

    it('stays silent on a successful sync', () => {
      const run = uv(version, project([]), ['sync']);
      expect(run.status).toBe(0);
      expect(run.stderr).toMatch(/Resolved 1 package/);
      expect(annotate(run.stderr)).toEqual([]);
    });
  });
});
