// Where uv looks for the runner's own uv.toml (the user's and the system's),
// on each platform, and how their settings rank after the workspace's: the
// first file that sets a key decides, as uv merges them. The same layouts
// against uv itself are in test/integration/uv-outer-config.test.ts.
import { describe, expect, it } from 'vitest';
import { outerConfigPaths, outerConfigPathsFor } from '../../src/cache/uv-config-files.js';
import { cacheDirFromConfigText, noCacheFromConfigText } from '../../src/cache/uv-config.js';

describe('outerConfigPaths', () => {
  it('Linux and macOS: an absolute XDG_CONFIG_HOME, else ~/.config; XDG_CONFIG_DIRS (default /etc/xdg) without its empty entries, then /etc/uv', () => {
    for (const platform of ['linux', 'darwin'] as const) {
      expect(outerConfigPaths({ HOME: '/home/r' }, platform, '/fallback')).toEqual({
        user: '/home/r/.config/uv/uv.toml',
        system: ['/etc/xdg/uv/uv.toml', '/etc/uv/uv.toml'],
      });
      expect(outerConfigPaths({ HOME: '/home/r', XDG_CONFIG_HOME: '/cfg', XDG_CONFIG_DIRS: '/a:/b::/c' }, platform, '/fallback')).toEqual({
        user: '/cfg/uv/uv.toml',
        system: ['/a/uv/uv.toml', '/b/uv/uv.toml', '/c/uv/uv.toml', '/etc/uv/uv.toml'],
      });
    }
    // A relative XDG_CONFIG_HOME is invalid (XDG spec): uv ignores it; no HOME: the account's home dir.
    expect(outerConfigPaths({ XDG_CONFIG_HOME: 'rel', XDG_CONFIG_DIRS: '' }, 'linux', '/fallback')).toEqual({
      user: '/fallback/.config/uv/uv.toml',
      system: ['/etc/xdg/uv/uv.toml', '/etc/uv/uv.toml'],
    });
  });

  it('Windows: %APPDATA%\\uv\\uv.toml and %SYSTEMDRIVE%\\ProgramData\\uv\\uv.toml, the variables in any letter case', () => {
    expect(outerConfigPaths({ AppData: 'C:\\Users\\r\\AppData\\Roaming', SystemDrive: 'D:' }, 'win32', 'C:\\Users\\r')).toEqual({
      user: 'C:\\Users\\r\\AppData\\Roaming\\uv\\uv.toml',
      system: ['D:\\ProgramData\\uv\\uv.toml'],
    });
    expect(outerConfigPaths({}, 'win32', 'C:\\Users\\r')).toEqual({ user: 'C:\\Users\\r\\AppData\\Roaming\\uv\\uv.toml', system: [] });
  });

  it('none where uv reads none: UV_NO_CONFIG or --no-config (ignoresConfig), UV_CONFIG_FILE (sync-args refuses --config-file: inputs.test.ts)', () => {
    const env = { HOME: '/home/r' };
    expect(outerConfigPathsFor(env, false, 'linux', '/h')?.user).toBe('/home/r/.config/uv/uv.toml');
    expect(outerConfigPathsFor(env, true, 'linux', '/h')).toBeUndefined();
    expect(outerConfigPathsFor({ ...env, UV_CONFIG_FILE: '/x/uv.toml' }, false, 'linux', '/h')).toBeUndefined();
    // An empty UV_CONFIG_FILE names no file.
    expect(outerConfigPathsFor({ ...env, UV_CONFIG_FILE: '' }, false, 'linux', '/h')).toBeDefined();
  });
});

describe("the runner's uv.toml ranks after the workspace's settings", () => {
  const user = (text: string) => ({ path: '/home/r/.config/uv/uv.toml', text });
  const system = (text: string) => ({ path: '/etc/uv/uv.toml', text });
  const pyproject = '[project]\nname = "x"\nversion = "0"\n';

  it('cache-dir: the workspace first (uv.toml, else [tool.uv]), then the user, then the system', () => {
    const outer = { user: user('cache-dir = "/u"\n'), system: system('cache-dir = "/s"\n') };
    expect(cacheDirFromConfigText(undefined, pyproject, outer)).toEqual({ dir: '/u', file: '/home/r/.config/uv/uv.toml' });
    expect(cacheDirFromConfigText(undefined, pyproject, { system: outer.system })).toEqual({ dir: '/s', file: '/etc/uv/uv.toml' });
    expect(cacheDirFromConfigText('no-cache = false\n', pyproject, outer)).toEqual({ dir: '/u', file: '/home/r/.config/uv/uv.toml' });
    expect(cacheDirFromConfigText(undefined, `${pyproject}[tool.uv]\ncache-dir = "p"\n`, outer)).toEqual({ dir: 'p', file: 'pyproject.toml' });
    expect(cacheDirFromConfigText('cache-dir = "t"\n', pyproject, outer)).toEqual({ dir: 't', file: 'uv.toml' });
    expect(cacheDirFromConfigText(undefined, undefined, { user: user('not toml ['), system: outer.system })).toEqual({ dir: '/s', file: '/etc/uv/uv.toml' });
  });

  it('no-cache: the first file that sets it decides, false as much as true', () => {
    expect(noCacheFromConfigText(undefined, pyproject, { user: user('no-cache = true\n') })).toBe('/home/r/.config/uv/uv.toml');
    expect(noCacheFromConfigText(undefined, pyproject, { system: system('no-cache = true\n') })).toBe('/etc/uv/uv.toml');
    expect(noCacheFromConfigText('no-cache = false\n', pyproject, { user: user('no-cache = true\n') })).toBeUndefined();
    expect(noCacheFromConfigText(undefined, pyproject, { user: user('no-cache = false\n'), system: system('no-cache = true\n') })).toBeUndefined();
    expect(noCacheFromConfigText(undefined, pyproject, { user: user('cache-dir = "/u"\n'), system: system('no-cache = true\n') })).toBe('/etc/uv/uv.toml');
  });
});
