// Which file a program name runs: the one place that looks a program up.
// Spawning a bare name leaves the lookup to the platform, and on Windows that
// tries the working directory before PATH: a `git.exe` committed to the
// checkout would run instead of git. So every bare name is resolved here to an
// absolute path from PATH (with PATHEXT's extensions on Windows) before it is
// started, and the working directory, an empty PATH entry or a relative one
// (which mean the working directory too) are never searched.
//
// Node starts a program without a shell, which cannot run a `.cmd` or `.bat`
// file: such a shim is skipped in favour of a real executable later on PATH,
// and when only a shim is found the error names it. The platform is a
// parameter so that tests on Linux exercise Windows's rules.
import { accessSync, constants, statSync } from 'node:fs';
import path from 'node:path';
import { envValue } from './env.js';

export interface LookupOptions {
  /** The environment whose PATH (and PATHEXT) is searched; default the step's own. */
  env?: NodeJS.ProcessEnv;
  platform?: NodeJS.Platform;
}

/** A program that cannot be started by name: not on PATH, or only as a shim that needs a shell. */
export class ExecutableNotFound extends Error {
  constructor(
    readonly program: string,
    /** A `.cmd`/`.bat` (or other script) found on PATH before any real executable. */
    readonly shim?: string,
  ) {
    super(
      shim
        ? `${program} on PATH is ${shim}, a script that cannot be started without a shell (no ${program}.exe is on PATH)`
        : `${program} is not on PATH`,
    );
  }
}

/** What Windows appends when PATHEXT is unset. */
const DEFAULT_PATHEXT = '.COM;.EXE;.BAT;.CMD';
/** The extensions Windows starts without a shell; everything else PATHEXT lists needs one. */
const SPAWNABLE = new Set(['.exe', '.com']);

/** PATH's directories that are absolute (quotes Windows tolerates removed); the rest would mean the working directory. */
function searchDirs(env: NodeJS.ProcessEnv, platform: NodeJS.Platform): string[] {
  const rules = platform === 'win32' ? path.win32 : path.posix;
  return (envValue(env, 'PATH', platform) ?? '')
    .split(rules.delimiter)
    .map((dir) => (platform === 'win32' ? dir.trim().replace(/^"(.*)"$/, '$1') : dir))
    .filter((dir) => dir !== '' && rules.isAbsolute(dir));
}

/** The file names `name` may have on disk: itself, or on Windows itself with each of PATHEXT's extensions. */
function candidateNames(name: string, env: NodeJS.ProcessEnv, platform: NodeJS.Platform): string[] {
  if (platform !== 'win32') return [name];
  const extensions = (envValue(env, 'PATHEXT', platform) || DEFAULT_PATHEXT)
    .split(';')
    .map((ext) => ext.trim().toLowerCase())
    .filter((ext) => ext.startsWith('.'));
  // A name that already carries one of them (`tar.exe`) is taken as it is.
  if (extensions.includes(path.extname(name).toLowerCase())) return [name];
  return extensions.map((ext) => `${name}${ext}`);
}

function isProgram(file: string, platform: NodeJS.Platform): boolean {
  try {
    // Windows has no execute bit; elsewhere a file uv could not exec is not uv.
    accessSync(file, platform === 'win32' ? constants.F_OK : constants.X_OK);
    // A directory named `git` is "executable" too (searchable); only a file is a program.
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

/**
 * The absolute path `name` runs from. A name holding a path separator is
 * taken as the caller gave it; a bare name is looked up in PATH only. Throws
 * ExecutableNotFound when nothing on PATH can be started.
 */
export function resolveExecutable(name: string, options: LookupOptions = {}): string {
  const platform = options.platform ?? process.platform;
  const env = options.env ?? process.env;
  if ((platform === 'win32' ? /[\\/]/ : /\//).test(name)) return name;
  let shim: string | undefined;
  for (const dir of searchDirs(env, platform)) {
    for (const candidate of candidateNames(name, env, platform)) {
      const file = path.join(dir, candidate);
      if (!isProgram(file, platform)) continue;
      if (platform !== 'win32' || SPAWNABLE.has(path.extname(candidate).toLowerCase())) return file;
      shim ??= file;
    }
  }
  throw new ExecutableNotFound(name, shim);
}

/**
 * A program of Windows itself (`taskkill.exe`), from System32 under
 * `SystemRoot`, never from PATH or the working directory.
 */
export function windowsSystemProgram(file: string, env: NodeJS.ProcessEnv = process.env): string {
  const root = envValue(env, 'SystemRoot', 'win32') || envValue(env, 'windir', 'win32') || 'C:\\Windows';
  return path.win32.join(root, 'System32', file);
}
