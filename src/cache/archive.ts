// Safe extraction of a cache archive. `@actions/cache` extracts with `tar -P`
// relative to GITHUB_WORKSPACE, so an archive entry named `../x` or `/x` lands
// anywhere the job can write (sources, .github/workflows) — and an archive is
// whatever the cache service hands back. Here the archive is listed first,
// every entry must lie under the one prefix this action saves (the cache dir,
// relative to the filesystem root), and it is extracted without `-P` into an
// empty staging dir inside the cache dir; its symlinks are checked to point
// inside (venv interpreter links excepted) before anything is moved into place.
import { lstat, mkdir, readdir, readlink, rename, rm, rmdir } from 'node:fs/promises';
import path from 'node:path';
import { runProcess, SpawnError } from '../process.js';
import { posixRelative } from '../text.js';

export type CompressionMethod = 'gzip' | 'zstd-without-long' | 'zstd';

/** Runs tar or zstd; anything but a clean exit within the time is an error naming the tool and why. */
async function run(file: string, args: string[], timeoutMs: number): Promise<{ stdout: string; stderr: string }> {
  const fail = (why: string) => new Error(`${path.basename(file)} ${args[0]} ${why}`);
  const result = await runProcess(file, args, { timeoutMs: Math.max(1, timeoutMs), killSignal: 'SIGKILL', maxOutput: 512 * 1024 * 1024 }).catch((error: unknown) => {
    throw error instanceof SpawnError ? fail(`could not be started: ${error.message}`) : error;
  });
  if (result.timedOut) throw fail(`did not finish within ${Math.round(timeoutMs / 1000)} s`);
  if (result.truncated) throw fail('printed more output than expected');
  if (result.code !== 0) throw fail((result.stderr.trim().split('\n')[0] ?? '') || `exited with code ${result.code}`);
  return { stdout: result.stdout, stderr: result.stderr };
}

/** What the client would pick (its getCompressionMethod): zstd when `zstd` runs, else gzip. */
export async function compressionMethod(): Promise<CompressionMethod> {
  try {
    const { stdout } = await run('zstd', ['--quiet', '--version'], 10_000);
    return stdout.trim() === '' ? 'gzip' : 'zstd-without-long';
  } catch {
    return 'gzip';
  }
}

function decompressArgs(method: CompressionMethod): string[] {
  return method === 'gzip' ? ['-z'] : ['--use-compress-program', 'unzstd --long=30'];
}

/** The archive-relative prefix of `dir` as this action saves it (from the filesystem root, `/`-separated). */
export function archivePrefix(dir: string): string {
  const resolved = path.resolve(dir);
  return posixRelative(path.parse(resolved).root, resolved);
}

/**
 * The first entry that does not lie under `prefix`, or undefined. GNU tar
 * lists names as stored, with a trailing `/` for dirs.
 */
export function escapingEntry(names: string[], prefix: string): string | undefined {
  for (const raw of names) {
    const name = raw.replace(/\/+$/, '');
    if (name === '') continue;
    if (name.startsWith('/') || /^[A-Za-z]:/.test(name) || name.split('/').includes('..')) return raw;
    if (name !== prefix && !name.startsWith(`${prefix}/`)) return raw;
  }
  return undefined;
}

/**
 * A venv's interpreter link (`bin/python`, `bin/python3.12`): uv's build and
 * cached environments (builds-v0, environments-v2) point it at the system
 * interpreter, outside the cache, and uv never writes through it.
 */
const INTERPRETER_LINK = /^python(\d+(\.\d+)?)?$/;

/**
 * The first symlink under `root` that points outside it, other than a venv's
 * interpreter link. Such a link would let a later write by uv into the cache
 * (a new wheel under `wheels-v5/pypi/x/`) land wherever it points.
 */
async function symlinkEscaping(root: string, dir = root): Promise<string | undefined> {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isSymbolicLink()) {
      const target = path.resolve(dir, await readlink(full));
      const rel = path.relative(root, target);
      const outside = rel.startsWith('..') || path.isAbsolute(rel);
      if (outside && !(INTERPRETER_LINK.test(entry.name) && path.basename(dir) === 'bin')) return `${path.relative(root, full)} -> ${await readlink(full)}`;
    } else if (entry.isDirectory()) {
      const found = await symlinkEscaping(root, full);
      if (found) return found;
    }
  }
  return undefined;
}

/** Moves everything in `from` into `to`, replacing what is in the way, merging dirs. */
async function moveInto(from: string, to: string): Promise<void> {
  for (const name of await readdir(from)) {
    const source = path.join(from, name);
    const target = path.join(to, name);
    const [s, t] = await Promise.all([lstat(source), lstat(target).catch(() => undefined)]);
    if (t?.isDirectory() && s.isDirectory()) {
      await moveInto(source, target);
      await rmdir(source).catch(() => undefined);
      continue;
    }
    if (t) await rm(target, { recursive: true, force: true });
    await rename(source, target);
  }
}

export class UnsafeArchiveError extends Error {}

/**
 * Extracts `archive` (saved by this action from `cacheDir`) into `cacheDir`,
 * or throws without writing anything outside `cacheDir`: an
 * `UnsafeArchiveError` when an entry or symlink would escape, another error
 * when tar fails (the staging dir is removed either way).
 */
export async function extractArchive(opts: { archive: string; cacheDir: string; method: CompressionMethod; timeoutMs: number }): Promise<void> {
  const { archive, cacheDir, method } = opts;
  const until = Date.now() + opts.timeoutMs;
  const left = () => until - Date.now();
  // Names as stored: with a C locale the default quoting prints a non-ASCII cache dir as octal
  // escapes. A name holding a newline then shows as two lines, each checked: only ever a false alarm.
  const { stdout } = await run('tar', ['-tf', archive, '--quoting-style=literal', ...decompressArgs(method)], left());
  const names = stdout.split('\n').filter((line) => line !== '');
  const prefix = archivePrefix(cacheDir);
  const bad = escapingEntry(names, prefix);
  if (bad !== undefined) throw new UnsafeArchiveError(`the archive has an entry outside ${cacheDir}: ${JSON.stringify(bad)}`);

  await mkdir(cacheDir, { recursive: true });
  const staging = path.join(cacheDir, `.uvws-restore-${process.pid}-${Date.now()}`);
  await mkdir(staging);
  try {
    const strip = prefix.split('/').length;
    // No -P: GNU tar then refuses `..` members and defers symlinks that point
    // outside until the end, so nothing is written through one.
    await run('tar', ['-xf', archive, ...decompressArgs(method), '-C', staging, `--strip-components=${strip}`, '--no-same-owner'], left());
    const link = await symlinkEscaping(staging);
    if (link) throw new UnsafeArchiveError(`the archive has a symlink pointing outside ${cacheDir}: ${JSON.stringify(link)}`);
    await moveInto(staging, cacheDir);
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}
