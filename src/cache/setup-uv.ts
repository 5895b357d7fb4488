// Living beside astral-sh/setup-uv (pure). With `enable-cache` on, setup-uv
// exports UV_CACHE_DIR (on hosted runners `$RUNNER_TEMP/setup-uv-cache`, its
// default `cache-local-path`) and saves that directory in its own post step.
// This action honours UV_CACHE_DIR, so both would upload the same directory
// under two keys: twice the bytes against the repository's 10 GB, and
// setup-uv's key (one per lock) ignores members, OS release and prune setting.
import path from 'node:path';
import { formatError, UserError } from '../errors.js';

/** setup-uv's directory name for its default cache on hosted runners. */
const SETUP_UV_CACHE_DIR_NAME = 'setup-uv-cache';

/**
 * One warning when setup-uv's cache is on for the directory this action
 * caches too; undefined otherwise (or when this action's GitHub cache is off,
 * since then only setup-uv uploads).
 */
export function setupUvCacheConflict(opts: { cacheDir: string; envCacheDir: string | undefined; cacheEnabled: boolean }): string | undefined {
  if (!opts.cacheEnabled || !opts.envCacheDir?.trim()) return undefined;
  const env = path.resolve(opts.envCacheDir.trim());
  if (path.resolve(opts.cacheDir) !== env) return undefined;
  if (!env.split(/[\\/]/).includes(SETUP_UV_CACHE_DIR_NAME)) return undefined;
  return formatError(
    new UserError(
      `astral-sh/setup-uv caches ${env} too (UV_CACHE_DIR is its ${SETUP_UV_CACHE_DIR_NAME} dir, so its enable-cache is on): the GitHub cache would get this directory twice, under two keys`,
      `set 'enable-cache: false' on astral-sh/setup-uv so this action owns the cache, or 'cache: false' on this action to leave it to setup-uv`,
    ),
  );
}
