import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Affected } from '../../src/affected.js';
import { buildMatrix } from '../../src/report/matrix.js';
import { buildOutputs, OUTPUT_NAMES } from '../../src/report/outputs.js';
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
    { name: 'api', path: 'services/api', reasons: ['depends on core (runtime)'] },
    { name: 'core', path: 'libs/core', reasons: ['changed: libs/core/src/core/x.py'] },
  ],
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
      'cache-hit': 'false',
      'cache-matched-key': 'uv-linux-x64-abc',
      'cache-key': 'uv-linux-x64-def',
      'cache-dir': '/home/runner/work/.uv-cache',
      'link-mode': 'hardlink',
      'uv-version': '0.13.9',
      fingerprints: '{}',
      skipped: '{}',
    });
  });

  it('gives a matrix GitHub accepts as JSON and the any-affected guard when nothing is affected', () => {
    const outputs = buildOutputs({ affected: { all: false, allReasons: [], members: [] }, matrix: { include: [] } });
    expect(JSON.parse(outputs.matrix)).toEqual({ include: [] });
    expect(outputs['any-affected']).toBe('false');
    expect(outputs.count).toBe('0');
    expect(outputs.members).toBe('[]');
    expect(outputs.reasons).toBe('{}');
    expect(outputs['cache-hit']).toBe('false');
    expect(outputs['uv-version']).toBe('');
  });

  it('keeps hostile member paths intact through JSON', () => {
    const weird = { all: true, allReasons: ['pyproject.toml changed'], members: [{ name: 'x', path: 'a "b"/\n|c|', reasons: [] }] };
    const outputs = buildOutputs({ affected: weird, matrix: buildMatrix(weird.members, 0, () => 1), cache: { hit: true } });
    expect(JSON.parse(outputs.paths)).toEqual(['a "b"/\n|c|']);
    expect(JSON.parse(outputs.matrix).include[0].path).toBe('a "b"/\n|c|');
    expect(outputs.all).toBe('true');
    expect(outputs['cache-hit']).toBe('true');
  });
});
