// `mode: detect` through the bundle, as a matrix source: a detect job with no
// uv on PATH, its outputs expanded the way GitHub expands
// `strategy.matrix: ${{ fromJSON(needs.detect.outputs.matrix) }}`, and the
// legs fed back as the `packages` input of sync jobs. The workspace root is a
// subdirectory of the repository, so paths must stay repository-relative.
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createActionFixture, expandMatrix, type ActionFixture } from '../helpers/action-e2e.js';
import { installedPackages } from '../helpers/uv-workspace.js';

let fx: ActionFixture;
let base: string;
let apiChange: string;
let readmeChange: string;
let coreChange: string;
let coreTestsChange: string;

beforeAll(async () => {
  fx = await createActionFixture({
    workspaceDir: 'py',
    workspace: {
      members: [
        { name: 'core', path: 'libs/core', dependencies: ['tiny-dep'] },
        { name: 'api', path: 'services/api', dependencies: ['core'] },
        { name: 'web', path: 'services/web', dependencies: ['api', 'webdep'] },
        { name: 'worker', path: 'services/worker', dependencies: ['core'] },
        { name: 'tools', path: 'tools', dependencies: ['lonely'] },
      ],
    },
    wheels: [
      { name: 'tiny-dep', version: '1.0.0' },
      { name: 'webdep', version: '0.3.0' },
      { name: 'lonely', version: '3.0.0' },
    ],
    files: { 'README.md': '# monorepo\n' },
  });
  base = await fx.repo.rev();
  apiChange = await fx.commit('api: change', { 'py/services/api/src/api/handlers.py': 'def handle():\n    return 1\n' });
  readmeChange = await fx.commit('docs', { 'README.md': '# monorepo\n\nNow with docs.\n' });
  coreChange = await fx.commit('core: change', { 'py/libs/core/src/core/util.py': 'X = 1\n' });
  coreTestsChange = await fx.commit('core: tests', { 'py/libs/core/tests/test_util.py': 'def test_x():\n    assert True\n' });
});

afterAll(async () => {
  await fx?.remove();
});

const DETECT = { mode: 'detect', 'working-directory': 'py' };

describe('mode: detect', () => {
  it('needs no uv, and its matrix expands to one leg per affected member with its repository path', async () => {
    const job = await fx.runJob({ uvVersion: null, event: await fx.pushEvent(base, apiChange), ref: apiChange, inputs: DETECT });
    expect(job.main.code, job.log).toBe(0);
    expect(job.post!.code, job.log).toBe(0);
    expect(job.annotations.filter((a) => a.command === 'error')).toEqual([]);
    const outputs = job.main.outputs;
    // Every JSON output parses.
    for (const name of ['members', 'paths', 'matrix', 'reasons']) expect(() => JSON.parse(outputs[name]!), name).not.toThrow();
    expect(JSON.parse(outputs.members!)).toEqual(['api', 'web']);
    expect(JSON.parse(outputs.paths!)).toEqual(['py/services/api', 'py/services/web']);
    expect(outputs['any-affected']).toBe('true');
    expect(outputs.count).toBe('2');
    expect(outputs.all).toBe('false');
    expect(Object.keys(JSON.parse(outputs.reasons!)).sort()).toEqual(['api', 'web']);

    const legs = expandMatrix(outputs.matrix!);
    expect(legs).toEqual([
      { package: 'api', path: 'py/services/api' },
      { package: 'web', path: 'py/services/web' },
    ]);
    // A leg's `working-directory: ${{ matrix.path }}` is a real member directory of the checkout.
    for (const leg of legs) expect(existsSync(path.join(job.checkout.dir, leg.path!, 'pyproject.toml')), leg.path).toBe(true);

    // Detect mode touches neither uv nor the cache.
    expect(outputs['uv-version']).toBe('');
    expect(outputs['cache-key']).toBe('');
    expect(job.main.exportedEnv.UV_CACHE_DIR).toBeUndefined();
  });

  it('computes no fingerprints and asks uv nothing unless they are wanted: `fingerprints: true` (or skip-passed) computes them', async () => {
    // A uv on PATH that records every question it is asked.
    const bin = path.join(fx.root, 'asked-uv');
    const asked = path.join(bin, 'asked');
    await mkdir(bin, { recursive: true });
    await writeFile(path.join(bin, 'uv'), `#!/bin/sh\necho "$*" >> ${JSON.stringify(asked)}\nexit 1\n`, { mode: 0o755 });
    const env = { PATH: `${bin}${path.delimiter}${process.env.PATH}` };
    const event = await fx.pushEvent(base, apiChange);
    const plain = await fx.runJob({ uvVersion: null, event, ref: apiChange, inputs: DETECT, env, post: false });
    expect(plain.main.code, plain.log).toBe(0);
    expect(plain.main.outputs.fingerprints).toBe('{}');
    expect(existsSync(asked), 'uv was started by a detect step that computes no fingerprints').toBe(false);

    const wanted = await fx.runJob({ uvVersion: null, event, ref: apiChange, inputs: { ...DETECT, fingerprints: 'true' }, env, post: false });
    expect(wanted.main.code, wanted.log).toBe(0);
    expect(Object.keys(JSON.parse(wanted.main.outputs.fingerprints!))).toEqual(['api', 'core', 'tools', 'web', 'worker']);
    expect(readFileSync(asked, 'utf8')).toMatch(/--version/);
    // The same answer otherwise.
    expect(wanted.main.outputs.members).toBe(plain.main.outputs.members);
  });

  it('a tests-only change in core affects core alone (uv_build ships src/core only); dependents: any brings back its dependents', async () => {
    const event = await fx.pushEvent(coreChange, coreTestsChange);
    const job = await fx.runJob({ uvVersion: null, event, ref: coreTestsChange, inputs: DETECT });
    expect(job.main.code, job.log).toBe(0);
    expect(JSON.parse(job.main.outputs.members!)).toEqual(['core']);
    expect(JSON.parse(job.main.outputs.reasons!)).toEqual({
      core: ['changed: py/libs/core/tests/test_util.py', "not shipped, not importable: no other member's environment installs or imports these paths"],
    });
    const any = await fx.runJob({ uvVersion: null, event, ref: coreTestsChange, inputs: { ...DETECT, dependents: 'any' } });
    expect(any.main.code, any.log).toBe(0);
    expect(JSON.parse(any.main.outputs.members!)).toEqual(['api', 'core', 'web', 'worker']);
  });

  it('a change that touches no member gives {"include":[]} and any-affected=false, so the fan-out job is skipped', async () => {
    const job = await fx.runJob({ uvVersion: null, event: await fx.pushEvent(apiChange, readmeChange), ref: readmeChange, inputs: DETECT });
    expect(job.main.code, job.log).toBe(0);
    expect(job.main.outputs.matrix).toBe('{"include":[]}');
    expect(job.main.outputs['any-affected']).toBe('false');
    expect(job.main.outputs.members).toBe('[]');
    expect(job.main.outputs.count).toBe('0');
    expect(expandMatrix(job.main.outputs.matrix!)).toEqual([]);
    // `if: needs.detect.outputs.any-affected == 'true'` is what keeps GitHub from failing on the empty matrix.
    expect(job.main.outputs['any-affected'] === 'true').toBe(false);
  });

  it('shards: 2 gives at most 2 legs; each leg’s package field, as the packages input, syncs in one uv sync', async () => {
    const event = await fx.pushEvent(readmeChange, coreChange);
    const detect = await fx.runJob({ uvVersion: null, event, ref: coreChange, inputs: { ...DETECT, shards: '2' } });
    expect(detect.main.code, detect.log).toBe(0);
    const affected = JSON.parse(detect.main.outputs.members!) as string[];
    expect(affected).toEqual(['api', 'core', 'web', 'worker']);
    const paths = JSON.parse(detect.main.outputs.paths!) as string[];
    const pathOf = new Map(affected.map((name, i) => [name, paths[i]!]));
    expect(pathOf.get('core')).toBe('py/libs/core');
    const legs = expandMatrix(detect.main.outputs.matrix!);
    expect(legs.length).toBeGreaterThan(0);
    expect(legs.length).toBeLessThanOrEqual(2);
    // Together the legs cover every affected member exactly once.
    const covered = legs.flatMap((leg) => leg.package!.split(' '));
    expect([...covered].sort()).toEqual(affected);
    expect(new Set(covered).size).toBe(covered.length);

    for (const leg of legs) {
      const members = leg.package!.split(' ');
      const sync = await fx.runJob({
        event,
        ref: coreChange,
        inputs: { 'working-directory': 'py', packages: leg.package!, cache: 'false', 'sync-args': '--locked' },
      });
      expect(sync.main.code, sync.log).toBe(0);
      expect(sync.post!.code, sync.log).toBe(0);
      expect(JSON.parse(sync.main.outputs.members!)).toEqual([...members].sort());
      // One uv sync naming every member of the leg.
      const syncs = sync.main.stdout.split('\n').filter((line) => /^::group::uv sync\b/.test(line));
      expect(syncs, sync.log).toEqual([`::group::uv sync ${[...members].sort().flatMap((m) => ['--package', m]).join(' ')} --locked`]);
      const installed = installedPackages(path.join(sync.checkout.dir, 'py', '.venv'));
      for (const member of members) expect(installed).toContain(member);
      // Only what the leg needs: members of the other leg that this one does not depend on are absent.
      expect(installed).not.toContain('tools');
      // A leg's path is a directory holding all of its members.
      for (const member of members) expect(`${pathOf.get(member)}/`.startsWith(leg.path === '.' ? '' : `${leg.path}/`), `${member} in ${leg.path}`).toBe(true);
    }
  });
});
