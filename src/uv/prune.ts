// `uv cache prune --ci` before the cache is saved: drops what is cheap to
// rebuild (unzipped wheels, built-wheel caches of registry packages) and keeps
// what is slow to get (downloads, wheels built from source). It is an
// optimisation, so nothing here ever fails the job: every problem becomes a
// warning and the caller goes on.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { formatError } from '../errors.js';
import { parseUvOutput, type UvReport } from './output.js';
import { runUv } from './run.js';
import { supportsPruneForce, uvVersion } from './version.js';

const DEFAULT_PRUNE_TIMEOUT_MS = 5 * 60_000;

export interface PruneOptions {
  cacheDir: string;
  env: NodeJS.ProcessEnv;
  /** The uv version, if known; else `uv --version` is asked (for `--force`). */
  uvVersion?: string;
  /**
   * Pass `--force` (uv >= 0.8.24) so uv does not wait for other uv processes
   * that still hold the cache (a leftover `uv run` in the job would make it
   * wait forever). Default true; ignored on older uv.
   */
  force?: boolean;
  /** Give up (kill uv, warn) after this long. Default 5 minutes. */
  timeoutMs?: number;
  cwd?: string;
  onLine?: (line: string) => void;
}

export interface PruneResult {
  ok: boolean;
  warning?: string;
  stderr: string;
  /** The argv after `uv` that ran, for the log and summary. */
  args: string[];
  /** What uv said it removed (`pruned`), parsed from its output. */
  report?: UvReport;
}

function pruneArgs(version: string | undefined, cacheDir: string, force = true): string[] {
  const withForce = force && version !== undefined && supportsPruneForce(version);
  return ['cache', 'prune', '--ci', ...(withForce ? ['--force'] : []), '--cache-dir', cacheDir];
}

export async function pruneCache(uvPath: string, options: PruneOptions): Promise<PruneResult> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_PRUNE_TIMEOUT_MS;
  // uv prunes whatever dir it is given; only a dir uv itself made (its
  // CACHEDIR.TAG) is one whose contents are uv's to drop.
  if (!existsSync(path.join(options.cacheDir, 'CACHEDIR.TAG'))) {
    return { ok: false, args: [], stderr: '', warning: `not pruning ${options.cacheDir}: it is not a uv cache (no CACHEDIR.TAG); saving it unpruned` };
  }
  let version = options.uvVersion;
  if (version === undefined) version = await uvVersion(uvPath, options.env).catch(() => undefined);
  const args = pruneArgs(version, options.cacheDir, options.force ?? true);
  const what = `uv ${args.slice(0, -2).join(' ')}`;
  try {
    const result = await runUv(uvPath, args, {
      cwd: options.cwd ?? process.cwd(),
      env: options.env,
      timeoutMs,
      onStderrLine: options.onLine,
      onStdoutLine: options.onLine,
    });
    const report = parseUvOutput(result.stderr, { exitCode: result.code });
    if (result.timedOut) {
      const inUse = /currently in-use|waiting for other uv processes/i.test(result.stderr)
        ? ': another uv process is still using the cache'
        : '';
      return {
        ok: false,
        args,
        stderr: result.stderr,
        report,
        warning: `${what} did not finish within ${Math.round(timeoutMs / 1000)} s${inUse}; stopped it and saving the cache unpruned (stop background uv processes before the job ends)`,
      };
    }
    if (result.code !== 0) {
      const reason = report.errors[0]?.split('\n').join(' ') ?? (result.signal ? `killed by ${result.signal}` : `exit code ${result.code}`);
      return { ok: false, args, stderr: result.stderr, report, warning: `${what} failed, the cache is saved unpruned: ${reason}` };
    }
    return { ok: true, args, stderr: result.stderr, report };
  } catch (error) {
    return { ok: false, args, stderr: '', warning: `${what} could not run, the cache is saved unpruned: ${formatError(error)}` };
  }
}
