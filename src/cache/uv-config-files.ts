// The uv.toml files uv reads besides the workspace's own: the user's and the
// system's. A self-hosted runner may pin a persistent cache there
// (`cache-dir` in /etc/uv/uv.toml) or turn it off (`no-cache`), and uv
// honours them when the project does not set the key itself, so the action
// must see them too. Where uv looks (uv-dirs and uv-settings; checked against
// uv itself in test/integration/uv-outer-config.test.ts):
//   - user: `$XDG_CONFIG_HOME/uv/uv.toml` (only an absolute XDG_CONFIG_HOME),
//     else `~/.config/uv/uv.toml`, on Linux and macOS alike; `%APPDATA%\uv\uv.toml`
//     on Windows;
//   - system: the first `<dir>/uv/uv.toml` that is a file for `dir` in
//     XDG_CONFIG_DIRS (`/etc/xdg` when unset or empty), else /etc/uv/uv.toml;
//     `%SYSTEMDRIVE%\ProgramData\uv\uv.toml` on Windows.
// uv reads neither with UV_NO_CONFIG / `--no-config`, nor beside a config
// file it is given (UV_CONFIG_FILE / `--config-file`): it reads that alone.
import { statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { envValue } from '../env.js';
import { readBoundedText } from '../read-file.js';

/** A uv.toml outside the workspace, by its path (as the log names it) and text. */
export interface OuterConfig {
  path: string;
  text: string;
}

/** The user's and the system's uv.toml, as uv reads them after the workspace's own settings. */
export type OuterConfigs = { user?: OuterConfig; system?: OuterConfig };

/** Where uv looks for its user and system uv.toml: the user's one path, the system's candidates in order. */
export interface OuterConfigPaths {
  user: string | undefined;
  system: string[];
}

/** Pure: the paths uv looks at for the user's and the system's uv.toml, from the environment as the platform names it. */
export function outerConfigPaths(env: NodeJS.ProcessEnv, platform: NodeJS.Platform, homeDir: string): OuterConfigPaths {
  const get = (name: string) => envValue(env, name, platform);
  if (platform === 'win32') {
    const appData = get('APPDATA') || path.win32.join(homeDir, 'AppData', 'Roaming');
    const drive = get('SYSTEMDRIVE');
    return { user: path.win32.join(appData, 'uv', 'uv.toml'), system: drive ? [path.win32.join(`${drive}\\`, 'ProgramData', 'uv', 'uv.toml')] : [] };
  }
  const xdgHome = get('XDG_CONFIG_HOME');
  const home = get('HOME') || homeDir;
  const user = xdgHome && path.posix.isAbsolute(xdgHome) ? path.posix.join(xdgHome, 'uv', 'uv.toml') : home ? path.posix.join(home, '.config', 'uv', 'uv.toml') : undefined;
  // uv 0.13 skips an empty entry (uv 0.8 stopped at it: the newest uv's reading is the one kept).
  const dirs = (get('XDG_CONFIG_DIRS') || '/etc/xdg').split(':').filter((dir) => dir !== '');
  return { user, system: [...dirs.map((dir) => path.posix.join(dir, 'uv', 'uv.toml')), '/etc/uv/uv.toml'] };
}

/**
 * Where a sync with this environment has uv look for the user's and the
 * system's uv.toml; undefined when it reads neither (`ignoresConfig`:
 * UV_NO_CONFIG or `--no-config`; or UV_CONFIG_FILE names a file). sync-args
 * never holds `--config-file`: it is refused there (sync-args.ts).
 */
export function outerConfigPathsFor(env: NodeJS.ProcessEnv, ignoresConfig: boolean, platform: NodeJS.Platform = process.platform, homeDir: string = os.homedir()): OuterConfigPaths | undefined {
  if (ignoresConfig || envValue(env, 'UV_CONFIG_FILE', platform)) return undefined;
  return outerConfigPaths(env, platform, homeDir);
}

function isFile(file: string): boolean {
  try {
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

/**
 * Reads the user's and the system's uv.toml where uv would (`paths`). A file
 * that is missing or cannot be read counts as absent: uv then fails on it
 * itself, or, for the user's, skips it as the action does.
 */
export function readOuterConfigs(paths: OuterConfigPaths): OuterConfigs {
  const read = (file: string | undefined): OuterConfig | undefined => {
    if (!file) return undefined;
    try {
      const text = readBoundedText(file);
      return text === undefined ? undefined : { path: file, text };
    } catch {
      return undefined;
    }
  };
  const system = paths.system.find(isFile);
  const user = read(paths.user);
  const sys = read(system);
  return { ...(user ? { user } : {}), ...(sys ? { system: sys } : {}) };
}
