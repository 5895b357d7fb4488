import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Affected } from '../../src/affected/engine.js';
import { buildMatrix } from '../../src/report/matrix.js';
import { buildOutputs, emptyOutputs, fitOutputs, OUTPUT_NAMES, OUTPUTS_BUDGET_BYTES } from '../../src/report/outputs.js';
import { projectRoot } from '../helpers/tools.js';

/** Output names as action.yml declares them (two-space keys under `outputs:`). */
function actionOutputs(): string[] {
  const text = readFileSync(path.join(projectRoot, 'action.yml'), 'utf8');
  const block = /^outputs:\n((?: {2}.*\n|\n)*)/m.exec(text)?.[1] ?? '';
  return [...block.matchAll(/^ {2}([a-z][a-z0-9-]*):/gm)].map((m) => m[1]!);
}

const affected: Affected = {
  all: false,
  allReasons: [],
  members: [
    { name: 'api', path: 'services/api', reasons: [{ kind: 'dependency', on: 'core', dependency: { kind: 'runtime' } }] },
    { name: 'core', path: 'libs/core', reasons: [{ kind: 'changed', paths: ['libs/core/src/core/x.py'], more: 0 }] },
  ],
  unowned: ['tests/test_api.py'],
};

describe('buildOutputs', () => {
  it('sets every output action.yml declares, and nothing else', () => {
    const declared = actionOutputs();
    expect(declared.length).toBeGreaterThan(10);
    expect([...OUTPUT_NAMES].sort()).toEqual([...declared].sort());
    const outputs = buildOutputs({ affected: { all: false, allReasons: [], members: [] }, matrix: { include: [] } });
    expect(Object.keys(outputs).sort()).toEqual([...declared].sort());
    for (const value of Object.values(outputs)) expect(typeof value).toBe('string');
  });

  it('encodes lists, the matrix and reasons as JSON and booleans as true/false', () => {
    const outputs = buildOutputs({
      affected,
      matrix: buildMatrix(affected.members, 0, () => 1),
      cache: { hit: false, matchedKey: 'uv-linux-x64-abc', key: 'uv-linux-x64-def', dir: '/home/runner/work/.uv-cache' },
      linkMode: 'hardlink',
      uvVersion: '0.13.9',
    });
    expect(outputs).toEqual({
      members: '["api","core"]',
      paths: '["services/api","libs/core"]',
      matrix: '{"include":[{"package":"api","path":"services/api"},{"package":"core","path":"libs/core"}]}',
      count: '2',
      'any-affected': 'true',
      all: 'false',
      reasons: '{"api":["depends on core (runtime)"],"core":["changed: libs/core/src/core/x.py"]}',
      unowned: '["tests/test_api.py"]',
      'cache-hit': 'false',
      'cache-matched-key': 'uv-linux-x64-abc',
      'cache-key': 'uv-linux-x64-def',
      'cache-dir': '/home/runner/work/.uv-cache',
      'link-mode': 'hardlink',
      'uv-version': '0.13.9',
      fingerprints: '{}',
      skipped: '{}',
      passed: '[]',
      failed: '[]',
      results: '{}',
    });
  });

  it('gives each member of a run its status and seconds, the skipped ones included', () => {
    const outputs = buildOutputs({
      affected,
      matrix: { include: [] },
      run: {
        command: ['pytest'],
        runs: [
          { member: 'core', path: 'libs/core', status: 'timed-out', durationMs: 60_049, exitCode: 143, signal: 'SIGTERM' },
          { member: 'web', path: 'apps/web', status: 'failed', durationMs: 4_140, exitCode: 1 },
          { member: 'api', path: 'services/api', status: 'passed', durationMs: 12_251, exitCode: 0 },
        ],
        skipped: { utils: 'passed at 3f2a9c0d81b4 on main' },
        parallel: 2,
        timeoutMs: 60_000,
        wallMs: 64_000,
      },
    });
    expect(outputs.passed).toBe('["api"]');
    expect(outputs.failed).toBe('["core","web"]');
    expect(JSON.parse(outputs.results)).toEqual({
      api: { status: 'passed', seconds: 12.3 },
      core: { status: 'timed-out', seconds: 60 },
      utils: { status: 'skipped', seconds: 0 },
      web: { status: 'failed', seconds: 4.1 },
    });
  });

  it('gives a matrix GitHub accepts as JSON and the any-affected guard when nothing is affected', () => {
    const outputs = buildOutputs({ affected: { all: false, allReasons: [], members: [] }, matrix: { include: [] } });
    expect(JSON.parse(outputs.matrix)).toEqual({ include: [] });
    expect(outputs['any-affected']).toBe('false');
    expect(outputs.count).toBe('0');
    expect(outputs.members).toBe('[]');
    expect(outputs.reasons).toBe('{}');
    expect(outputs.unowned).toBe('[]');
    expect(outputs['cache-hit']).toBe('false');
    expect(outputs['uv-version']).toBe('');
  });

  it('keeps hostile member paths intact through JSON', () => {
    const weird: Affected = { all: true, allReasons: [{ kind: 'global', source: 'root', paths: ['pyproject.toml'], more: 0 }], members: [{ name: 'x', path: 'a "b"/\n|c|', reasons: [] }] };
    const outputs = buildOutputs({ affected: weird, matrix: buildMatrix(weird.members, 0, () => 1), cache: { hit: true } });
    expect(JSON.parse(outputs.paths)).toEqual(['a "b"/\n|c|']);
    expect(JSON.parse(outputs.matrix).include[0].path).toBe('a "b"/\n|c|');
    expect(outputs.all).toBe('true');
    expect(outputs['cache-hit']).toBe('true');
  });

  it('sets every output with its empty value for a main that failed early', () => {
    const empty = emptyOutputs();
    expect(Object.keys(empty)).toEqual([...OUTPUT_NAMES]);
    expect(empty).toMatchObject({ members: '[]', paths: '[]', matrix: '{"include":[]}', count: '0', 'any-affected': 'false', reasons: '{}', 'cache-hit': 'false' });
  });
});

describe('fitOutputs', () => {
  // 7,000 members with long paths and three reasons each: several MB of outputs.
  const many: Affected = {
    all: false,
    allReasons: [],
    members: Array.from({ length: 7000 }, (_, i) => ({
      name: `member-number-${String(i).padStart(5, '0')}`,
      path: `packages/group-${i % 50}/member-number-${String(i).padStart(5, '0')}`,
      reasons: [
        { kind: 'changed', paths: [`packages/group-${i % 50}/member-number-${i}/src/a.py`, `packages/group-${i % 50}/member-number-${i}/src/b.py`], more: 4 },
        { kind: 'dependency', on: 'core', dependency: { kind: 'runtime' } },
      ],
    })),
  };
  const matrix = buildMatrix(many.members, 256, () => 1);

  it('folds the reasons, then drops what is only informative, and says so, until GitHub would accept them', () => {
    const full = buildOutputs({ affected: many, matrix });
    const fullSize = Object.entries(full).reduce((n, [k, v]) => n + 2 * (k.length + v.length), 0);
    expect(fullSize).toBeGreaterThan(OUTPUTS_BUDGET_BYTES);
    const { outputs, notes } = fitOutputs(full);
    const size = Object.entries(outputs).reduce((n, [k, v]) => n + 2 * (k.length + v.length), 0);
    expect(size).toBeLessThanOrEqual(OUTPUTS_BUDGET_BYTES);
    expect(notes.length).toBeGreaterThan(0);
    expect(notes[0]).toMatch(/first reason/);
    // What a matrix leg needs survives.
    expect(JSON.parse(outputs.matrix).include).toHaveLength(256);
    expect(outputs.count).toBe('7000');
  });

  it('drops results before any list, and keeps the failed members whole', () => {
    const runs = many.members.map((m, i) => ({ member: m.name, path: m.path, status: i % 2 ? ('passed' as const) : ('failed' as const), durationMs: 1000 * i }));
    const full = buildOutputs({ affected: many, matrix, run: { command: ['pytest'], runs, skipped: {}, parallel: 2, timeoutMs: 60_000, wallMs: 1 } });
    const { outputs, notes } = fitOutputs(full);
    expect(outputs.results).toBe('{}');
    expect(notes).toContain("the results output is empty: it does not fit GitHub's 1 MB limit; the passed and failed outputs and the job summary have the outcome of each member");
    expect(JSON.parse(outputs.failed)).toHaveLength(3500);
  });

  it('keeps unowned under its own share, saying so, before anything the sync uses is touched', () => {
    const unowned = Array.from({ length: 20000 }, (_, i) => `tests/integration/suite-${i % 40}/test_case_number_${i}.py`);
    const { outputs, notes } = fitOutputs(buildOutputs({ affected: { ...affected, unowned }, matrix: buildMatrix(affected.members, 0, () => 1) }));
    const kept = JSON.parse(outputs.unowned) as string[];
    expect(kept.length).toBeGreaterThan(100);
    expect(kept).toEqual(unowned.slice(0, kept.length));
    expect(2 * outputs.unowned.length).toBeLessThanOrEqual(64 * 1024);
    expect(notes).toEqual([`the unowned output lists ${kept.length} of 20000 (it is kept under 64 KB, so it never pushes out the other outputs); the log and the job summary say how many there are`]);
    // Nothing else was folded or dropped.
    expect(outputs.reasons).toBe('{"api":["depends on core (runtime)"],"core":["changed: libs/core/src/core/x.py"]}');
  });

  it('leaves outputs that fit alone', () => {
    const small = buildOutputs({ affected, matrix: buildMatrix(affected.members, 0, () => 1) });
    expect(fitOutputs(small)).toEqual({ outputs: small, notes: [] });
  });
});
