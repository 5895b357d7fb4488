// The uv probe src/main.ts starts before the inputs are parsed is used only
// where startMain would have asked uv exactly the same; anything else asks
// again. These would fail if a guess from the raw inputs ever reached the key
// or the sync in place of what the parsed inputs ask.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { sameProbe, startEarlyProbe, type EarlyProbe } from '../../src/action/early-probe.js';
import { startMain } from '../../src/action/main-start.js';
import type { UvMachine } from '../../src/uv/machine.js';

const repo = mkdtempSync(path.join(os.tmpdir(), 'uvws-early-'));
afterAll(() => rmSync(repo, { recursive: true, force: true }));

/** A step's environment: no uv on PATH, so nothing is started outside this test. */
function stepEnv(inputs: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { PATH: '', GITHUB_WORKSPACE: repo };
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
  return env;
}

function io(env: NodeJS.ProcessEnv) {
  return { env, cwd: '/elsewhere', getInput: (name: string) => (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim() };
}

/** An early probe whose answer is a marker, to see whether startMain took it over. */
function fakeEarly(over: Partial<EarlyProbe> = {}): EarlyProbe {
  return { root: repo, pythonVersion: undefined, probe: Promise.resolve({ python: { implementation: 'early', version: '0' } } as UvMachine), ...over };
}

describe('startEarlyProbe', () => {
  it('asks from GITHUB_WORKSPACE for a sync step in the default working directory, with the python-version input as UV_PYTHON', async () => {
    const early = startEarlyProbe(stepEnv({ mode: ' sync ', 'working-directory': '.', 'python-version': ' 3.12 ' }), '/elsewhere');
    expect(early).toMatchObject({ root: path.resolve(repo), pythonVersion: '3.12' });
    // No uv on PATH: the probe says so, it does not throw.
    expect((await early!.probe).problem).toBeDefined();
    expect(startEarlyProbe(stepEnv({}), '/elsewhere')).toMatchObject({ root: path.resolve(repo), pythonVersion: undefined });
  });

  it('asks nothing for another mode or another working directory (checked only once parsed)', () => {
    expect(startEarlyProbe(stepEnv({ mode: 'detect' }), '/elsewhere')).toBeUndefined();
    expect(startEarlyProbe(stepEnv({ mode: 'record', packages: 'a' }), '/elsewhere')).toBeUndefined();
    expect(startEarlyProbe(stepEnv({ 'working-directory': 'python' }), '/elsewhere')).toBeUndefined();
    expect(startEarlyProbe(stepEnv({ 'working-directory': '../..' }), '/elsewhere')).toBeUndefined();
  });
});

describe('startMain takes the early probe over only when it asked the same', () => {
  it('same directory, UV_PYTHON and no --python: the early probe is the step probe', () => {
    const early = fakeEarly({ pythonVersion: '3.12' });
    const start = startMain(io(stepEnv({ 'python-version': '3.12', 'sync-args': '--locked' })), early);
    expect(start.probe).toBe(early.probe);
    expect(start.env.UV_PYTHON).toBe('3.12');
  });

  it.each([
    ['another python-version', { 'python-version': '3.11' }, {}],
    ['a python-version the early probe did not have', { 'python-version': '3.12' }, {}],
    ['a --python in sync-args', { 'sync-args': '--python 3.11' }, {}],
    ['a -p in sync-args', { 'sync-args': '-p3.11' }, {}],
    ['another directory', {}, { root: path.join(repo, 'sub') }],
  ])('%s: asked again', (_name, inputs: Record<string, string>, over: Partial<EarlyProbe>) => {
    const early = fakeEarly(over);
    const start = startMain(io(stepEnv(inputs)), early);
    expect(start.probe).toBeDefined();
    expect(start.probe).not.toBe(early.probe);
  });

  it('a detect step without fingerprints probes nothing, even when an early probe ran', () => {
    expect(startMain(io(stepEnv({ mode: 'detect' })), fakeEarly()).probe).toBeUndefined();
  });

  it('sameProbe compares the directory, UV_PYTHON and the --python request', () => {
    const config = { workingDirectory: repo, pythonVersion: undefined, syncArgs: {} };
    expect(sameProbe(fakeEarly(), config)).toBe(true);
    expect(sameProbe(fakeEarly(), { ...config, syncArgs: { python: '3.12' } })).toBe(false);
    expect(sameProbe(fakeEarly(), { ...config, pythonVersion: '3.12' })).toBe(false);
    expect(sameProbe(fakeEarly({ root: '/other' }), config)).toBe(false);
  });
});
