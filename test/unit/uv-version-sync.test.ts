// Version gates and sync planning: what `uv` is asked to do for a set of members.
import { chmod, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UserError } from '../../src/errors.js';
import { planSync } from '../../src/uv/sync.js';
import { compareVersions, findUv, parseUvVersion, supportsPruneForce, supportsRepeatedPackage, uvVersion } from '../../src/uv/version.js';
import { UV_OLDEST_VERSION, UV_VERSION, uvBin, uvPathDir } from '../helpers/tools.js';
import { readSyncArgs } from '../../src/workspace/selection.js';

describe('uv version', () => {
  it.each([
    ['uv 0.13.9 (x86_64-unknown-linux-gnu)', '0.13.9'],
    ['uv 0.13.9 (abc1234 2026-01-05)', '0.13.9'],
    ['uv 0.8.0', '0.8.0'],
    ['uv 0.8.0\n', '0.8.0'],
    ['uv 0.10.0-rc.1 (abc 2026-01-01)', '0.10.0-rc.1'],
  ])('parses %j', (text, version) => {
    expect(parseUvVersion(text)).toBe(version);
  });

  it('is undefined for something that is not uv', () => {
    expect(parseUvVersion('ruff 0.6.0')).toBeUndefined();
    expect(parseUvVersion('')).toBeUndefined();
  });

  it('compares numerically, not as text', () => {
    expect(compareVersions('0.10.0', '0.9.8')).toBeGreaterThan(0);
    expect(compareVersions('0.9.7', '0.9.8')).toBeLessThan(0);
    expect(compareVersions('1.0.0', '0.99.99')).toBeGreaterThan(0);
    expect(compareVersions('0.9.8', '0.9.8')).toBe(0);
  });

  it('repeated --package needs uv 0.9.8; prune --force needs 0.8.24', () => {
    expect([supportsRepeatedPackage('0.9.7'), supportsRepeatedPackage('0.9.8'), supportsRepeatedPackage(UV_VERSION)]).toEqual([false, true, true]);
    expect(supportsRepeatedPackage(UV_OLDEST_VERSION)).toBe(false);
    expect([supportsPruneForce('0.8.23'), supportsPruneForce('0.8.24'), supportsPruneForce('0.13.0')]).toEqual([false, true, true]);
  });

  it('reads the version of the real pinned and oldest uv', async () => {
    expect(await uvVersion(uvBin())).toBe(UV_VERSION);
    expect(await uvVersion(uvBin(UV_OLDEST_VERSION))).toBe(UV_OLDEST_VERSION);
  });
});

describe('findUv', () => {
  let tmp: string;
  beforeAll(async () => {
    tmp = await mkdtemp(path.join(os.tmpdir(), 'uvws-finduv-'));
    await mkdir(path.join(tmp, 'noexec'));
    await writeFile(path.join(tmp, 'noexec', 'uv'), '');
    await chmod(path.join(tmp, 'noexec', 'uv'), 0o644);
  });
  afterAll(() => rm(tmp, { recursive: true, force: true }));

  it('finds uv in the first PATH directory that has an executable one', () => {
    const PATH = [path.join(tmp, 'noexec'), '', uvPathDir(UV_OLDEST_VERSION), uvPathDir()].join(path.delimiter);
    expect(findUv({ PATH })).toBe(uvBin(UV_OLDEST_VERSION));
  });

  it('says to add setup-uv when uv is not on PATH', () => {
    const error = (() => {
      try {
        findUv({ PATH: [path.join(tmp, 'noexec'), tmp].join(path.delimiter) });
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).message).toBe('uv is not on PATH');
    expect((error as UserError).hint).toBe('add astral-sh/setup-uv before this step');
  });
});

describe('planSync', () => {
  const base = { syncArgs: readSyncArgs([]), uvVersion: UV_VERSION, debug: false };

  it('one sync with every member as --package, sorted and deduplicated, then sync-args', () => {
    expect(planSync({ ...base, members: ['web', 'core', 'api', 'core'], syncArgs: readSyncArgs(['--locked', '--extra', 'x']) })).toEqual({
      invocations: [['sync', '--package', 'api', '--package', 'core', '--package', 'web', '--locked', '--extra', 'x']],
    });
  });

  it('all members → --all-packages', () => {
    expect(planSync({ ...base, members: 'all', syncArgs: readSyncArgs(['--frozen']) })).toEqual({ invocations: [['sync', '--all-packages', '--frozen']] });
  });

  it('nothing affected → nothing to run', () => {
    expect(planSync({ ...base, members: [] })).toEqual({ invocations: [] });
  });

  it('debug asks uv for -v', () => {
    expect(planSync({ ...base, members: ['a'], debug: true }).invocations).toEqual([['sync', '--package', 'a', '-v']]);
  });

  it(`uv < 0.9.8: one --inexact sync per member, with a note saying why`, () => {
    const plan = planSync({ ...base, uvVersion: '0.9.7', members: ['b', 'a'], syncArgs: readSyncArgs(['--locked']) });
    expect(plan.invocations).toEqual([
      ['sync', '--inexact', '--package', 'a', '--locked'],
      ['sync', '--inexact', '--package', 'b', '--locked'],
    ]);
    expect(plan.note).toMatch(/uv 0\.9\.7 takes one --package per sync .*0\.9\.8.*--inexact/);
  });

  it('uv < 0.9.8 with a single member keeps the exact sync', () => {
    expect(planSync({ ...base, uvVersion: UV_OLDEST_VERSION, members: ['a'] })).toEqual({ invocations: [['sync', '--package', 'a']] });
  });

  it('does not repeat --inexact when sync-args already has it', () => {
    expect(planSync({ ...base, uvVersion: UV_OLDEST_VERSION, members: ['a', 'b'], syncArgs: readSyncArgs(['--inexact']) }).invocations[0]).toEqual([
      'sync',
      '--package',
      'a',
      '--inexact',
    ]);
  });
});
