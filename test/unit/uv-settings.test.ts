// The uv settings a step's environment gives `uv sync`, read as uv reads them
// (src/uv-settings.ts) into the one SyncArgs value everything reads: each
// variable as its sync-args flag, a flag winning over the environment (over
// both halves of a pair, as uv's resolve_flag_pair), a value uv cannot read
// taken on the side that affects more members, with a warning naming it.
import { describe, expect, it } from 'vitest';
import { cacheKey, syncSelectionText } from '../../src/cache/key.js';
import { noCacheFromConfigText } from '../../src/cache/uv-config.js';
import { formatError, UserError } from '../../src/errors.js';
import { parseConfig } from '../../src/inputs.js';
import { parseSyncSettings } from '../../src/sync-args.js';
import { boolish, readUvEnv } from '../../src/uv-settings.js';
import { groupSelected, installsEditable, readSyncArgs } from '../../src/workspace/selection.js';
import type { Member } from '../../src/workspace/types.js';

const settings = (env: NodeJS.ProcessEnv, syncArgs = '', uvVersion?: string) => parseSyncSettings('sync-args', syncArgs, env, uvVersion);
const member = { name: 'api', extras: [], defaultGroups: ['dev'] } as unknown as Member;

describe('uv settings from the environment', () => {
  it('reads uv booleans as uv does: y/yes/t/true/on/1 and n/no/f/false/off/0, any case; nothing else, not even empty', () => {
    for (const v of ['1', 'true', 'TRUE', 'yes', 'y', 't', 'on']) expect(boolish(v), v).toBe(true);
    for (const v of ['0', 'false', 'No', 'n', 'f', 'off']) expect(boolish(v), v).toBe(false);
    for (const v of ['', ' 1', 'enabled', '2']) expect(boolish(v), v).toBeUndefined();
  });

  it('UV_NO_EDITABLE=1 is --no-editable for every reader: surfaces, the key, the closure; uv is given only the user’s words', () => {
    const fromEnv = settings({ UV_NO_EDITABLE: '1' }, '--locked');
    const fromFlag = settings({}, '--locked --no-editable');
    expect(installsEditable(fromEnv.syncArgs, 'api')).toBe(false);
    expect(syncSelectionText(fromEnv.syncArgs)).toBe(syncSelectionText(fromFlag.syncArgs));
    expect(fromEnv.syncArgs.argv).toEqual(['--locked']);
    expect(fromEnv.uvEnv.notes).toEqual(["UV_NO_EDITABLE=1: read as '--no-editable' in sync-args (members installed from their wheels, not editable)"]);
    expect(installsEditable(settings({ UV_NO_EDITABLE: 'false' }).syncArgs, 'api')).toBe(true);
  });

  it('a flag in sync-args wins over the environment, over both variables of a pair, as in uv', () => {
    const editable = settings({ UV_NO_EDITABLE: '1' }, '--editable');
    expect(installsEditable(editable.syncArgs, 'api')).toBe(true);
    expect(editable.uvEnv.notes).toEqual(["UV_NO_EDITABLE=1 ignored: '--editable' in sync-args wins, as in uv"]);
    // UV_NO_DEV against --dev: the dev group is installed.
    expect(groupSelected(settings({ UV_NO_DEV: '1' }, '--dev').syncArgs.selection, member, 'dev')).toBe(true);
    expect(groupSelected(settings({ UV_NO_DEV: '1' }).syncArgs.selection, member, 'dev')).toBe(false);
    // --no-group in sync-args replaces UV_NO_GROUP's list, as uv does.
    const groups = settings({ UV_NO_GROUP: 'dev lint' }, '--no-group docs').syncArgs.selection;
    expect([...groups.noGroups]).toEqual(['docs']);
    expect([...settings({ UV_NO_GROUP: ' dev  lint ' }).syncArgs.selection.noGroups].sort()).toEqual(['dev', 'lint']);
  });

  it('reads each variable that changes what uv sync installs the way its flag is read', () => {
    const pairs: [NodeJS.ProcessEnv, string][] = [
      [{ UV_NO_DEV: '1' }, '--no-dev'],
      [{ UV_NO_DEFAULT_GROUPS: 'true' }, '--no-default-groups'],
      [{ UV_NO_GROUP: 'docs' }, '--no-group docs'],
      [{ UV_NO_SOURCES: '1' }, '--no-sources'],
      [{ UV_NO_SOURCES_PACKAGE: 'Foo_Bar' }, '--no-sources-package foo-bar'],
      [{ UV_NO_BINARY: '1' }, '--no-binary'],
      [{ UV_NO_BUILD_PACKAGE: 'x' }, '--no-build-package x'],
      [{ UV_NO_INSTALL_PROJECT: '1' }, '--no-install-project'],
      [{ UV_NO_INSTALL_WORKSPACE: 'yes' }, '--no-install-workspace'],
      [{ UV_NO_INSTALL_LOCAL: 'on' }, '--no-install-local'],
      [{ UV_ONLY_INSTALL_PROJECT: '1' }, '--only-install-project'],
    ];
    for (const [env, flags] of pairs) {
      const text = syncSelectionText(settings(env).syncArgs);
      expect(text, flags).not.toBe('');
      expect(text, flags).toBe(syncSelectionText(settings({}, flags).syncArgs));
    }
  });

  it('a value uv cannot read is taken on the side that affects more members, with a warning naming the variable', () => {
    const bad = settings({ UV_NO_EDITABLE: 'enabled', UV_NO_DEV: '', UV_DEV: 'maybe' });
    expect(installsEditable(bad.syncArgs, 'api')).toBe(true);
    expect(groupSelected(bad.syncArgs.selection, { ...member, defaultGroups: [] } as unknown as Member, 'dev')).toBe(true);
    expect(bad.uvEnv.warnings).toEqual([
      "UV_NO_EDITABLE=enabled is not a value uv reads (use 1 or 0, true or false): uv sync will fail on it; read as unset, the side that affects more members",
      'UV_DEV=maybe is not a value uv reads (use 1 or 0, true or false): uv sync will fail on it; read as set, the side that affects more members',
      'UV_NO_DEV= is not a value uv reads (use 1 or 0, true or false): uv sync will fail on it; read as unset, the side that affects more members',
    ]);
  });

  it('leaves out what the step’s uv does not read yet, and says so; an unknown uv is read as the newest', () => {
    const old = settings({ UV_NO_DEFAULT_GROUPS: '1', UV_NO_EDITABLE: '1' }, '', '0.9.8');
    expect(old.syncArgs.selection.defaultGroups).toBe(true);
    expect(installsEditable(old.syncArgs, 'api')).toBe(false);
    expect(old.uvEnv.notes).toContain('UV_NO_DEFAULT_GROUPS is set, but uv 0.9.8 does not read it for uv sync (uv reads it from 0.9.9): left out');
    const current = settings({ UV_NO_DEFAULT_GROUPS: '1' }, '', '0.13.9');
    expect(current.syncArgs.selection.defaultGroups).toBe(false);
    expect(current.uvEnv.versionDependent).toEqual([]);
    const unknown = settings({ UV_NO_DEFAULT_GROUPS: '1' });
    expect(unknown.syncArgs.selection.defaultGroups).toBe(false);
    expect(unknown.uvEnv.versionDependent).toEqual(['UV_NO_DEFAULT_GROUPS']);
  });

  it('UV_NO_CACHE (or --no-cache) means no restore and no save, with the reason; UV_NO_CACHE=0 does not', () => {
    expect(settings({ UV_NO_CACHE: '1' }).uvEnv.noCache).toBe(
      "not restoring or saving the uv cache: UV_NO_CACHE=1 is in the step's environment (uv uses a temporary cache that it removes at the end, so a restored cache would go unread and there is nothing to save)",
    );
    expect(settings({ UV_NO_CACHE: '0' }).uvEnv.noCache).toBeUndefined();
    expect(settings({ UV_NO_CACHE: '0' }, '--no-cache').uvEnv.noCache).toMatch(/'--no-cache' is in sync-args/);
    const bad = settings({ UV_NO_CACHE: 'please' });
    expect(bad.uvEnv.noCache).toMatch(/UV_NO_CACHE=please/);
    expect(bad.uvEnv.warnings).toHaveLength(1);
  });

  it.each([
    [{ UV_PROJECT: 'other' }, /^UV_PROJECT=other .* '--project'.*\(hint: unset it for this step and use 'working-directory'/],
    [{ UV_WORKING_DIR: 'x' }, /'--directory'/],
    [{ UV_ONLY_INSTALL_WORKSPACE: '1' }, /'--only-install-workspace'.*use 'packages'/],
  ])('refuses %j as sync-args refuses its flag, in one line naming the variable', (env, message) => {
    let caught: unknown;
    try {
      parseConfig(() => '', '/repo', env);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(UserError);
    expect(formatError(caught)).toMatch(message);
    expect(formatError(caught)).not.toContain('\n');
  });

  it('warns, without refusing, of UV_OFFLINE and UV_CONFIG_FILE, which risk the cache only (an air-gapped runner sets them for every step)', () => {
    const env = settings({ UV_OFFLINE: '1', UV_CONFIG_FILE: 'ci/uv.toml' });
    expect(env.uvEnv.warnings).toEqual([
      "UV_OFFLINE=1 in the step's environment is uv's '--offline', which 'sync-args' refuses: a warm cache restored under it can hide a lock that cannot be installed (hint: unset it for this step, or set 'cache: false' so that no restored cache decides whether the sync passes)",
      "UV_CONFIG_FILE=ci/uv.toml in the step's environment is uv's '--config-file', which 'sync-args' refuses: a config file can turn the cache off (no-cache) or move it (cache-dir) where the action does not look (hint: give uv's settings as sync-args, or in the workspace's uv.toml or [tool.uv])",
    ]);
    expect(settings({ UV_NO_CONFIG: '1' }).uvEnv.ignoresConfig).toBe(true);
    expect(settings({}, '--no-config').uvEnv.ignoresConfig).toBe(true);
    expect(settings({ UV_NO_CONFIG: '0' }).uvEnv.ignoresConfig).toBe(false);
  });

  it('refuses nothing that uv would not act on: a false value, an empty one, a uv that does not read it yet', () => {
    expect(() => readUvEnv({ UV_ONLY_INSTALL_WORKSPACE: '0', UV_PROJECT: '' }, [])).not.toThrow();
    expect(() => readUvEnv({ UV_WORKING_DIR: 'x' }, [], { uvVersion: '0.9.8' })).not.toThrow();
  });

  it('the cache key of UV_NO_EDITABLE=1 is the key of --no-editable, and differs from the plain one', () => {
    const key = (syncArgs: ReturnType<typeof readSyncArgs>) =>
      cacheKey({ platform: 'linux', arch: 'x64', os: { name: 'ubuntu', release: '24.04' }, python: { implementation: 'cpython', version: '3.12' }, uvVersion: '0.13.9', lockHash: 'a'.repeat(64), members: ['api'], syncArgs, pruned: true, suffix: '' }).key;
    expect(key(settings({ UV_NO_EDITABLE: '1' }).syncArgs)).toBe(key(readSyncArgs(['--no-editable'])));
    expect(key(settings({ UV_NO_EDITABLE: '1' }).syncArgs)).not.toBe(key(readSyncArgs([])));
  });

  it('parseConfig reads the environment it is given, and none by default (post, tests)', () => {
    expect(installsEditable(parseConfig(() => '', '/repo', { UV_NO_EDITABLE: '1' }).syncArgs, 'api')).toBe(false);
    expect(installsEditable(parseConfig(() => '', '/repo').syncArgs, 'api')).toBe(true);
  });

  it("reads uv's own no-cache = true from uv.toml, else [tool.uv] (uv.toml hides [tool.uv], as in uv)", () => {
    expect(noCacheFromConfigText('no-cache = true\n', undefined)).toBe('uv.toml');
    expect(noCacheFromConfigText(undefined, '[tool.uv]\nno-cache = true\n')).toBe('pyproject.toml');
    expect(noCacheFromConfigText('', '[tool.uv]\nno-cache = true\n')).toBeUndefined();
    expect(noCacheFromConfigText('no-cache = false\n', undefined)).toBeUndefined();
    expect(noCacheFromConfigText('no-cache = "yes"\n', undefined)).toBeUndefined();
    expect(noCacheFromConfigText('[broken', '[tool.uv]\nno-cache = true\n')).toBeUndefined();
  });
});
