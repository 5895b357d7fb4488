// uv's own `cache-dir` setting in the workspace root, which uv (and setup-uv)
// honour after `--cache-dir` and UV_CACHE_DIR: a project that pins its cache
// there expects it used, so the action places the cache there too.
import path from 'node:path';
import { readBoundedText } from '../read-file.js';
import { parse } from 'smol-toml';

export interface ConfiguredCacheDir {
  /** The value as written (relative to the workspace root, `~` allowed). */
  dir: string;
  /** `uv.toml` or `pyproject.toml`, for the log. */
  file: 'uv.toml' | 'pyproject.toml';
}

/** Pure: `cache-dir` from the texts of uv.toml and pyproject.toml; uv.toml wins, as uv decides. Unparsable files count as unset. */
export function cacheDirFromConfigText(uvToml: string | undefined, pyproject: string | undefined): ConfiguredCacheDir | undefined {
  const read = (text: string | undefined, pick: (doc: Record<string, unknown>) => unknown): string | undefined => {
    if (text === undefined) return undefined;
    try {
      const value = pick(parse(text) as Record<string, unknown>);
      return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
    } catch {
      return undefined; // uv itself reports a broken config; the cache placement just does not use it
    }
  };
  const fromUvToml = read(uvToml, (doc) => doc['cache-dir']);
  if (fromUvToml !== undefined) return { dir: fromUvToml, file: 'uv.toml' };
  // uv ignores [tool.uv] when a uv.toml sits beside it (it warns), even if uv.toml lacks the field.
  if (uvToml !== undefined) return undefined;
  const fromPyproject = read(pyproject, (doc) => ((doc.tool as Record<string, unknown> | undefined)?.uv as Record<string, unknown> | undefined)?.['cache-dir']);
  return fromPyproject === undefined ? undefined : { dir: fromPyproject, file: 'pyproject.toml' };
}

/**
 * Pure: whether uv's `no-cache = true` is set in uv.toml, else (without a
 * uv.toml, as uv reads them) in pyproject.toml's `[tool.uv]`, and in which.
 * uv ORs it with `--no-cache` and UV_NO_CACHE: no flag or variable turns it
 * off again. Unparsable files count as unset (uv reports them itself).
 */
export function noCacheFromConfigText(uvToml: string | undefined, pyproject: string | undefined): 'uv.toml' | 'pyproject.toml' | undefined {
  const on = (text: string | undefined, pick: (doc: Record<string, unknown>) => unknown): boolean => {
    // Most files never name the key: no parse for them (a root pyproject.toml takes about 1 ms).
    if (text === undefined || !text.includes('no-cache')) return false;
    try {
      return pick(parse(text) as Record<string, unknown>) === true;
    } catch {
      return false;
    }
  };
  if (uvToml !== undefined) return on(uvToml, (doc) => doc['no-cache']) ? 'uv.toml' : undefined;
  return on(pyproject, (doc) => ((doc.tool as Record<string, unknown> | undefined)?.uv as Record<string, unknown> | undefined)?.['no-cache']) ? 'pyproject.toml' : undefined;
}

/** `no-cache = true` in `<workspaceRoot>/uv.toml`, else its pyproject.toml `[tool.uv]`: the file that says it. */
export function configuredNoCache(workspaceRoot: string): 'uv.toml' | 'pyproject.toml' | undefined {
  const text = (name: string) => readBoundedText(path.join(workspaceRoot, name), name);
  return noCacheFromConfigText(text('uv.toml'), text('pyproject.toml'));
}

/** Reads `cache-dir` from `<workspaceRoot>/uv.toml`, else its pyproject.toml `[tool.uv]`. */
export async function configuredCacheDir(workspaceRoot: string): Promise<ConfiguredCacheDir | undefined> {
  const text = (name: string) => readBoundedText(path.join(workspaceRoot, name), name);
  return cacheDirFromConfigText(text('uv.toml'), text('pyproject.toml'));
}
