// The restore's extraction in one pass: the archive is decompressed straight
// into tar's stdin (no decompressed copy on disk, one read of the archive),
// and the header checks sit in that stream, so an entry that must not be
// extracted never reaches tar even when it comes after megabytes that tar has
// already extracted. Real tar and zstd; a tar on PATH that says how it was run.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { archivePrefix, extractArchive, UnsafeArchiveError } from '../../src/cache/archive.js';
import { craftArchive, type CraftedEntry } from '../helpers/cache-archives.js';

const root = mkdtempSync(path.join(os.tmpdir(), 'uvws-archive-stream-'));
const calls = path.join(root, 'tar-calls');
const savedPath = process.env.PATH;

beforeAll(() => {
  // A tar that notes its arguments (one line per run) and runs the real one.
  const bin = path.join(root, 'bin');
  mkdirSync(bin);
  const real = (savedPath ?? '').split(path.delimiter).map((dir) => path.join(dir, 'tar')).find((file) => existsSync(file));
  writeFileSync(path.join(bin, 'tar'), `#!/bin/sh\necho "$*" >> ${JSON.stringify(calls)}\nexec ${JSON.stringify(real)} "$@"\n`, { mode: 0o755 });
  process.env.PATH = `${bin}${path.delimiter}${savedPath}`;
});
afterEach(() => rmSync(calls, { force: true }));
afterAll(() => {
  process.env.PATH = savedPath;
  rmSync(root, { recursive: true, force: true });
});

/** Enough files that tar has extracted several MiB before the last entries stream past. */
function manyFiles(prefix: string): CraftedEntry[] {
  const content = 'x'.repeat(64 * 1024);
  return [{ name: `${prefix}/`, type: 'dir' }, { name: `${prefix}/wheels-v5/`, type: 'dir' }, ...Array.from({ length: 160 }, (_, i) => ({ name: `${prefix}/wheels-v5/f${i}.py`, type: 'file' as const, content }))];
}

function writeArchive(dir: string, entries: CraftedEntry[]): string {
  const file = path.join(dir, 'cache.tzst');
  writeFileSync(file, craftArchive(entries));
  return file;
}

describe('one pass through tar', () => {
  test('tar reads the decompressed archive from its stdin, and the files land in the cache dir', async () => {
    const dir = mkdtempSync(path.join(root, 'ok-'));
    const cacheDir = path.join(dir, 'uv-cache');
    const archive = writeArchive(dir, manyFiles(archivePrefix(cacheDir)));
    await extractArchive({ archive, cacheDir, method: 'zstd-without-long', timeoutMs: 60_000 });
    expect(readdirSync(path.join(cacheDir, 'wheels-v5'))).toHaveLength(160);
    expect(readFileSync(path.join(cacheDir, 'wheels-v5', 'f7.py'), 'utf8')).toHaveLength(64 * 1024);
    const runs = readFileSync(calls, 'utf8').trim().split('\n');
    expect(runs.filter((args) => args.startsWith('-x'))).toEqual([expect.stringMatching(/^-xf - -C /)]);
    // Nothing but the archive (removed once read) and the cache dir was written beside it.
    expect(readdirSync(dir)).toEqual(['uv-cache']);
  });

  test('an entry written through a symlink after megabytes of good ones never reaches tar: nothing lands outside, nothing is kept', async () => {
    const dir = mkdtempSync(path.join(root, 'late-'));
    const cacheDir = path.join(dir, 'uv-cache');
    const outside = path.join(dir, 'outside');
    mkdirSync(outside);
    mkdirSync(cacheDir);
    writeFileSync(path.join(cacheDir, 'CACHEDIR.TAG'), 'kept\n');
    const prefix = archivePrefix(cacheDir);
    const archive = writeArchive(dir, [
      ...manyFiles(prefix),
      { name: `${prefix}/link`, type: 'symlink', target: outside },
      { name: `${prefix}/link/evil.py`, type: 'file', content: 'import os\n' },
    ]);
    const failure = await extractArchive({ archive, cacheDir, method: 'zstd-without-long', timeoutMs: 60_000 }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(UnsafeArchiveError);
    expect((failure as Error).message).toMatch(/an entry written through a symlink/);
    expect(readdirSync(outside)).toEqual([]);
    // The existing cache as it was: no staging dir, none of the archive's files.
    expect(readdirSync(cacheDir)).toEqual(['CACHEDIR.TAG']);
  });

  test('tar failing mid-archive stops the stream and its reason is the error', async () => {
    const dir = mkdtempSync(path.join(root, 'tarfail-'));
    const cacheDir = path.join(dir, 'uv-cache');
    const archive = writeArchive(dir, manyFiles(archivePrefix(cacheDir)));
    // A tar that gives up after 100 KB of the archive, as on a full disk.
    const failing = path.join(root, 'bin', 'tar');
    const shim = readFileSync(failing, 'utf8');
    writeFileSync(failing, shim.replace(/^exec .*$/m, (line) => `case "$1" in -x*) head -c 100000 >/dev/null; echo "tar: Cannot write: No space left on device" >&2; exit 2;; esac\n${line}`), { mode: 0o755 });
    try {
      const failure = await extractArchive({ archive, cacheDir, method: 'zstd-without-long', timeoutMs: 60_000 }).catch((error: unknown) => error);
      expect((failure as Error).message).toMatch(/^tar -xf: tar: Cannot write: No space left on device$/);
      expect(readdirSync(cacheDir)).toEqual([]);
    } finally {
      writeFileSync(failing, shim, { mode: 0o755 });
    }
  });
});
