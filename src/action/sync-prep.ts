// What a sync needs that does not depend on uv's answers: where the uv cache
// goes (the link probe, uv's own config) and the key's OS and lock hash. The
// main step starts it as soon as the detection is done, so it runs while
// `uv python find` still answers (most of a warm step's wait on uv) instead
// of after it; runSync awaits each part where it used to compute it, so an
// error still surfaces there, after uv's own.
import path from 'node:path';
import { hashFile, hashText } from '../cache/key.js';
import { osIdentity, type OsIdentity } from '../cache/os-release.js';
import { chooseCacheDir, type CacheDirChoice } from '../cache/placement.js';
import { cacheDirFromConfigText, readUvConfig, type UvConfigTexts } from '../cache/uv-config.js';
import type { OuterConfigPaths } from '../cache/uv-config-files.js';
import type { Config } from '../inputs.js';
import type { Workspace } from '../workspace/types.js';

/** The key's facts that uv does not give: the runner's OS and the uv.lock's hash. */
export interface KeyFacts {
  os: Promise<OsIdentity>;
  lockHash: Promise<string>;
}

export interface SyncPrep {
  /** The workspace's uv.toml and pyproject.toml (and the user's and the system's uv.toml), read once for the placement's `cache-dir` and for `no-cache` (uv-env-step.ts). */
  uvConfig: Promise<UvConfigTexts>;
  /** The uv cache dir and the link mode the probe proved (cache/placement.ts chooseCacheDir). */
  placement: Promise<CacheDirChoice>;
  /** Only where the GitHub cache may be used (the `cache` input is not `false`). */
  key?: KeyFacts;
}

/** The OS and the lock hash, both read now. An unreadable uv.lock hashes as empty, as a missing one does. */
function keyFacts(ws: Pick<Workspace, 'lockPath'>): KeyFacts {
  return {
    os: osIdentity(),
    lockHash: ws.lockPath ? hashFile(ws.lockPath).catch(() => hashText('')) : Promise.resolve(hashText('')),
  };
}

/**
 * Starts the placement (and the key's facts when the cache may be used).
 * `env` is uv's environment as the sync will see it (UV_CACHE_DIR,
 * UV_PROJECT_ENVIRONMENT); `outer`, where uv looks for the user's and the
 * system's uv.toml (uv-config-files.ts outerConfigPathsFor; undefined: it
 * reads neither). A rejection is handled here; whoever awaits the promise
 * sees it.
 */
export function startSyncPrep(config: Pick<Config, 'cacheDir' | 'cache'>, ws: Pick<Workspace, 'root' | 'lockPath'>, env: NodeJS.ProcessEnv, outer?: OuterConfigPaths): SyncPrep {
  const venvDir = env.UV_PROJECT_ENVIRONMENT ? path.resolve(ws.root, env.UV_PROJECT_ENVIRONMENT) : path.join(ws.root, '.venv');
  const uvConfig = readUvConfig(ws.root, outer);
  const placement = uvConfig.then((texts) =>
    chooseCacheDir({
      inputCacheDir: config.cacheDir,
      envCacheDir: env.UV_CACHE_DIR,
      configCacheDir: cacheDirFromConfigText(texts.uvToml, texts.pyproject, texts.outer),
      runnerTemp: env.RUNNER_TEMP,
      workspaceRoot: ws.root,
      venvDir,
    }),
  );
  for (const p of [uvConfig, placement]) p.catch(() => {});
  return { uvConfig, placement, ...(config.cache === 'false' ? {} : { key: keyFacts(ws) }) };
}
