// uv's own `cache-dir` setting in the workspace root, which uv (and setup-uv)
// honour after `--cache-dir` and UV_CACHE_DIR: a project that pins its cache
// there expects it used, so the action places the cache there too. And its
// `no-cache`, which makes a restored cache go unread.
import path from 'node:path';
import { readBoundedText } from '../read-file.js';
import { parse } from 'smol-toml';
import { parseTomlFast } from '../workspace/toml-fast.js';

export interface ConfiguredCacheDir {
  /** The value as written (relative to the workspace root, `~` allowed). */
  dir: string;
  /** `uv.toml` or `pyproject.toml`, for the log. */
  file: ConfigFile;
}

type ConfigFile = 'uv.toml' | 'pyproject.toml';

/**
 * Pure: the value of uv setting `key` as uv finds it in the workspace root:
 * in uv.toml when there is one (uv then ignores [tool.uv], and warns, even if
 * uv.toml lacks the key), else in pyproject.toml's `[tool.uv]`. An
 * unparsable file counts as unset: uv reports a broken config itself, and
 * the action just does not use it.
 */
function configSetting(uvToml: string | undefined, pyproject: string | undefined, key: string): { value: unknown; file: ConfigFile } | undefined {
  const read = (text: string, pick: (doc: Record<string, unknown>) => unknown): unknown => {
    try {
      // The fast reader gives smol-toml's document or gives up (then smol-toml decides, errors
      // included): most root pyproject.toml files are in its subset, and smol-toml, cold, took
      // about 3 ms of main's busy thread on the livekit root. Prototype-less tables as smol-toml
      // makes them, since `key` is looked up in them.
      return pick(parseTomlFast(text) ?? (parse(text) as Record<string, unknown>));
    } catch {
      return undefined;
    }
  };
  if (uvToml !== undefined) return { value: read(uvToml, (doc) => doc[key]), file: 'uv.toml' };
  if (pyproject === undefined) return undefined;
  return { value: read(pyproject, (doc) => ((doc.tool as Record<string, unknown> | undefined)?.uv as Record<string, unknown> | undefined)?.[key]), file: 'pyproject.toml' };
}

/** Pure: `cache-dir` from the texts of uv.toml and pyproject.toml; uv.toml wins, as uv decides. Unparsable files count as unset. */
export function cacheDirFromConfigText(uvToml: string | undefined, pyproject: string | undefined): ConfiguredCacheDir | undefined {
  const found = configSetting(uvToml, pyproject, 'cache-dir');
  return found && typeof found.value === 'string' && found.value.trim() !== '' ? { dir: found.value.trim(), file: found.file } : undefined;
}

/**
 * Pure: whether uv's `no-cache = true` is set in uv.toml, else (without a
 * uv.toml, as uv reads them) in pyproject.toml's `[tool.uv]`, and in which.
 * uv ORs it with `--no-cache` and UV_NO_CACHE: no flag or variable turns it
 * off again. Unparsable files count as unset (uv reports them itself).
 */
export function noCacheFromConfigText(uvToml: string | undefined, pyproject: string | undefined): ConfigFile | undefined {
  // Most files never name the key: no parse for them (a root pyproject.toml takes about 1 ms).
  if (!(uvToml ?? pyproject)?.includes('no-cache')) return undefined;
  const found = configSetting(uvToml, pyproject, 'no-cache');
  return found?.value === true ? found.file : undefined;
}

/** The texts of `<workspaceRoot>/uv.toml` and its pyproject.toml (undefined where missing), which uv reads its settings from. */
export interface UvConfigTexts {
  uvToml: string | undefined;
  pyproject: string | undefined;
}

/**
 * Reads the workspace's uv settings files, once for everything a sync takes
 * from them (`cache-dir`, `no-cache`). A file that cannot be read (too large,
 * not a regular file) is the promise's rejection.
 */
export async function readUvConfig(workspaceRoot: string): Promise<UvConfigTexts> {
  const text = (name: string) => readBoundedText(path.join(workspaceRoot, name), name);
  return { uvToml: text('uv.toml'), pyproject: text('pyproject.toml') };
}
