// Which uv we run and what it can do. Feature gates are named after the
// feature, with the release that introduced it (from uv's CHANGELOG).
import { runProcess } from '../process.js';
import { UserError } from '../errors.js';
import { ExecutableNotFound, resolveExecutable } from '../executable.js';

export type UvVersion = [major: number, minor: number, patch: number];

/** `uv 0.13.9 (abc123 2026-01-01)`, `uv 0.8.0`, `uv 0.13.9 (x86_64-unknown-linux-gnu)` → `0.13.9`; undefined if not uv's. */
export function parseUvVersion(output: string): string | undefined {
  const m = /^uv (\d+\.\d+\.\d+(?:[-+.a-zA-Z0-9]*)?)(?:\s|$)/m.exec(output.trim());
  return m?.[1];
}

function parts(version: string): UvVersion {
  const m = /^(\d+)\.(\d+)(?:\.(\d+))?/.exec(version.trim());
  if (!m) throw new Error(`not a uv version: ${version}`);
  return [Number(m[1]), Number(m[2]), Number(m[3] ?? 0)];
}

/** Negative, zero or positive, like a sort comparator; pre-release suffixes are ignored. */
export function compareVersions(a: string, b: string): number {
  const pa = parts(a);
  const pb = parts(b);
  for (let i = 0; i < 3; i++) if (pa[i] !== pb[i]) return pa[i]! - pb[i]!;
  return 0;
}

function atLeast(version: string, minimum: string): boolean {
  return compareVersions(version, minimum) >= 0;
}

/** `uv sync --package a --package b` (astral-sh/uv#16543, released in 0.9.8). */
export const REPEATED_PACKAGE_SINCE = '0.9.8';
/** The oldest uv this action is tested against (tools.json `uvOldest`); older ones lack flags it passes. */
export const OLDEST_SUPPORTED = '0.8.0';

/** `uv cache prune --force`, which skips the wait for other uv processes (astral-sh/uv#16137, 0.8.24). */
const PRUNE_FORCE_SINCE = '0.8.24';

export function supportsRepeatedPackage(version: string): boolean {
  return atLeast(version, REPEATED_PACKAGE_SINCE);
}

export function supportsPruneForce(version: string): boolean {
  return atLeast(version, PRUNE_FORCE_SINCE);
}

/**
 * Absolute path of the `uv` the step runs: the first on the environment's PATH
 * (the runner's PATH after setup-uv), `uv.exe` on Windows.
 */
export function findUv(env: NodeJS.ProcessEnv, platform: NodeJS.Platform = process.platform): string {
  try {
    return resolveExecutable('uv', { env, platform });
  } catch (error) {
    if (!(error instanceof ExecutableNotFound)) throw error;
    if (error.shim) throw new UserError(error.message, 'put uv.exe on PATH before this step: astral-sh/setup-uv installs it');
    throw new UserError('uv is not on PATH', 'add astral-sh/setup-uv before this step');
  }
}

/** Runs `uv --version` and returns the version (`0.13.9`). */
export async function uvVersion(uvPath: string, env: NodeJS.ProcessEnv = process.env): Promise<string> {
  let detail: string | undefined;
  const result = await runProcess(uvPath, ['--version'], { env, timeoutMs: 60_000, maxOutput: 64 * 1024 }).catch((error: unknown) => {
    detail = error instanceof Error ? error.message : String(error);
    return undefined;
  });
  const version = result ? parseUvVersion(result.stdout) : undefined;
  if (version && !atLeast(version, OLDEST_SUPPORTED)) {
    throw new UserError(
      `uv ${version} at ${uvPath} is older than ${OLDEST_SUPPORTED}, the oldest uv this action supports`,
      `install a newer uv before this step, e.g. astral-sh/setup-uv with \`version: ">=${OLDEST_SUPPORTED}"\``,
    );
  }
  if (version) return version;
  if (result && result.timedOut) detail = 'it did not answer within 60 s';
  else if (result && result.code !== 0) detail = `it exited with code ${result.code}`;
  detail ??= `it printed ${JSON.stringify((result?.stdout || result?.stderr || '').trim().slice(0, 80))}`;
  throw new UserError(`could not read the version of uv at ${uvPath}: ${detail}`, 'check that the uv on PATH runs: `uv --version`');
}
