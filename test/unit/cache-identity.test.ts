// What the cache key is made of and what sits around it, as pure functions:
// the OS release, the Python a request names, uv's own cache-dir setting,
// setup-uv's cache on the same dir, and the budget this run can see.
import { describe, expect, test } from 'vitest';
import { budgetFromRun } from '../../src/cache/budget.js';
import { osIdentityFrom, parseOsRelease } from '../../src/cache/os-release.js';
import { setupUvCacheConflict } from '../../src/cache/setup-uv.js';
import { cacheDirFromConfigText } from '../../src/cache/uv-config.js';
import { pythonFromRequest } from '../../src/uv/python.js';

describe('OS identity', () => {
  const ubuntu = 'PRETTY_NAME="Ubuntu 24.04.1 LTS"\nNAME="Ubuntu"\nVERSION_ID="24.04"\nID=ubuntu\nID_LIKE=debian\n';
  test('Linux: ID and VERSION_ID of os-release, quoted or not', () => {
    expect(parseOsRelease(ubuntu)).toMatchObject({ ID: 'ubuntu', VERSION_ID: '24.04', NAME: 'Ubuntu' });
    expect(osIdentityFrom('linux', '6.8.0-1017-azure', ubuntu)).toEqual({ name: 'ubuntu', release: '24.04' });
    expect(osIdentityFrom('linux', '6.8.0', "ID='debian'\nVERSION_ID='12'\n")).toEqual({ name: 'debian', release: '12' });
    // The kernel release is not the OS release: two runner images can share a kernel.
    expect(osIdentityFrom('linux', '6.8.0', 'ID=ubuntu\nVERSION_ID=22.04\n')).not.toEqual(osIdentityFrom('linux', '6.8.0', ubuntu));
  });
  test('Linux without VERSION_ID (rolling) or without os-release still gives a key piece', () => {
    expect(osIdentityFrom('linux', '6.8.0', 'ID=arch\nBUILD_ID=rolling\n')).toEqual({ name: 'arch', release: 'rolling' });
    expect(osIdentityFrom('linux', '6.8.0', undefined)).toEqual({ name: 'linux', release: 'unknown' });
  });
  test('macOS by Darwin major, Windows by build', () => {
    expect(osIdentityFrom('darwin', '24.1.0', undefined)).toEqual({ name: 'macos', release: 'darwin24' });
    expect(osIdentityFrom('darwin', '23.6.0', undefined)).not.toEqual(osIdentityFrom('darwin', '24.1.0', undefined));
    expect(osIdentityFrom('darwin', '24.6.0', undefined)).toEqual(osIdentityFrom('darwin', '24.1.0', undefined));
    expect(osIdentityFrom('win32', '10.0.26100', undefined)).toEqual({ name: 'windows', release: '10.0.26100' });
  });
});

describe('pythonFromRequest', () => {
  test('reads implementation, minor version and free-threading from uv request spellings', () => {
    expect(pythonFromRequest('3.12')).toEqual({ implementation: 'cpython', version: '3.12' });
    expect(pythonFromRequest('3.12.4\n')).toEqual({ implementation: 'cpython', version: '3.12' });
    expect(pythonFromRequest('cpython@3.11')).toEqual({ implementation: 'cpython', version: '3.11' });
    expect(pythonFromRequest('pypy3.10')).toEqual({ implementation: 'pypy', version: '3.10' });
    expect(pythonFromRequest('pypy@3.10')).toEqual({ implementation: 'pypy', version: '3.10' });
    expect(pythonFromRequest('3.13t')).toEqual({ implementation: 'cpython', version: '3.13t' });
    expect(pythonFromRequest('>=3.11')).toEqual({ implementation: 'cpython', version: '3.11' });
    expect(pythonFromRequest('/usr/bin/python3')).toBeUndefined();
  });
});

describe("uv's cache-dir setting", () => {
  test('uv.toml first, then [tool.uv] of pyproject.toml', () => {
    expect(cacheDirFromConfigText('cache-dir = "/mnt/uv"\n', undefined)).toEqual({ dir: '/mnt/uv', file: 'uv.toml' });
    expect(cacheDirFromConfigText(undefined, '[tool.uv]\ncache-dir = ".cache/uv"\n')).toEqual({ dir: '.cache/uv', file: 'pyproject.toml' });
    expect(cacheDirFromConfigText('cache-dir = "a"\n', '[tool.uv]\ncache-dir = "b"\n')).toEqual({ dir: 'a', file: 'uv.toml' });
  });
  test('a uv.toml beside pyproject.toml hides [tool.uv] entirely, as uv does', () => {
    expect(cacheDirFromConfigText('python-preference = "system"\n', '[tool.uv]\ncache-dir = "b"\n')).toBeUndefined();
  });
  test('absent, empty, other tables or unparsable: unset', () => {
    expect(cacheDirFromConfigText(undefined, undefined)).toBeUndefined();
    expect(cacheDirFromConfigText(undefined, '[project]\nname = "x"\ncache-dir = "no"\n')).toBeUndefined();
    expect(cacheDirFromConfigText(undefined, '[tool.uv]\ncache-dir = ""\n')).toBeUndefined();
    expect(cacheDirFromConfigText(undefined, '[tool.uv\n')).toBeUndefined();
    expect(cacheDirFromConfigText('cache-dir = 3\n', undefined)).toBeUndefined();
  });
});

describe('setup-uv on the same cache dir', () => {
  const dir = '/home/runner/work/_temp/setup-uv-cache';
  test('warns once, naming both ways out, when setup-uv exported its cache dir and ours is on', () => {
    const warning = setupUvCacheConflict({ cacheDir: dir, envCacheDir: dir, cacheEnabled: true });
    expect(warning).toContain(dir);
    expect(warning).toContain('twice');
    expect(warning).toContain("'enable-cache: false'");
    expect(warning).toContain("'cache: false'");
    expect(setupUvCacheConflict({ cacheDir: dir, envCacheDir: `${dir}/`, cacheEnabled: true })).toBe(warning);
  });
  test('no warning when our cache is off, the dir is another, or UV_CACHE_DIR is not setup-uv', () => {
    expect(setupUvCacheConflict({ cacheDir: dir, envCacheDir: dir, cacheEnabled: false })).toBeUndefined();
    expect(setupUvCacheConflict({ cacheDir: '/mnt/input-dir', envCacheDir: dir, cacheEnabled: true })).toBeUndefined();
    expect(setupUvCacheConflict({ cacheDir: '/mnt/uv', envCacheDir: '/mnt/uv', cacheEnabled: true })).toBeUndefined();
    expect(setupUvCacheConflict({ cacheDir: dir, envCacheDir: undefined, cacheEnabled: true })).toBeUndefined();
  });
});

describe('budgetFromRun', () => {
  const lockPrefix = 'uv-ws-v2-linux-x64-ubuntu-24.04-cpython-3.12-uv0.13.9-aaaaaaaaaaaa-';
  test('counts the saved entry and the entry restored from, if it is of this lock', () => {
    expect(budgetFromRun({ lockPrefix, key: `${lockPrefix}default-pruned-m1`, saved: true })).toEqual({ entries: 1, source: 'run' });
    expect(budgetFromRun({ lockPrefix, key: `${lockPrefix}default-pruned-m1`, matchedKey: `${lockPrefix}default-pruned-m2`, saved: true }).entries).toBe(2);
    expect(budgetFromRun({ lockPrefix, key: `${lockPrefix}default-pruned-m1`, matchedKey: `${lockPrefix}default-pruned-m1`, saved: false }).entries).toBe(1);
    expect(budgetFromRun({ lockPrefix, key: `${lockPrefix}default-pruned-m1`, matchedKey: 'uv-ws-v2-other-lock', saved: false }).entries).toBe(0);
  });
});
