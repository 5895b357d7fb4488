// The restore's extraction as other platforms' tars see it, for real on
// Linux: GNU tar reads `X:/…` (a Windows drive letter, after the slashes are
// turned as the client turns them) as the remote host `X` unless it is given
// `--force-local`; here a directory named `X:` and a path relative to it make
// GNU tar meet exactly that name. (bsdtar as `tar`: test/e2e/action-cache-bsdtar.test.ts.)
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, test } from 'vitest';
import { archivePrefix, extractArchive } from '../../src/cache/archive.js';
import { tarExtractArgs } from '../../src/cache/archive-tools.js';

const root = mkdtempSync(path.join(os.tmpdir(), 'uvws-archive-platforms-'));
const cwd = process.cwd();
afterEach(() => process.chdir(cwd));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** A tar (and its zstd form) of `<cacheDir>/archive-v0/x/mod.py`, stored from the filesystem root as the save stores it. */
function cacheArchive(into: string, cacheDir: string): { tar: string; tzst: string } {
  mkdirSync(path.join(cacheDir, 'archive-v0', 'x'), { recursive: true });
  writeFileSync(path.join(cacheDir, 'archive-v0', 'x', 'mod.py'), 'VALUE = 1\n');
  mkdirSync(into, { recursive: true });
  const tar = path.join(into, 'cache.tar');
  execFileSync('tar', ['--posix', '-cf', tar, '-C', '/', archivePrefix(cacheDir)]);
  execFileSync('zstd', ['-q', '-f', tar, '-o', `${tar}.tzst`]);
  rmSync(path.join(cacheDir, 'archive-v0'), { recursive: true });
  return { tar, tzst: `${tar}.tzst` };
}

describe('GNU tar and an archive path with a drive-letter colon', () => {
  test('without --force-local GNU tar takes `X:` for a remote host; the arguments built for Windows extract it', () => {
    const work = path.join(root, 'args');
    const cacheDir = path.join(work, 'uv-cache');
    cacheArchive(path.join(work, 'X:'), cacheDir);
    const strip = archivePrefix(cacheDir).split('/').length;
    mkdirSync(path.join(work, 'out'));

    const plain = spawnSync('tar', ['-xf', 'X:/cache.tar', '-C', 'out', `--strip-components=${strip}`], { cwd: work, encoding: 'utf8' });
    expect(plain.status).not.toBe(0);
    expect(plain.stderr).toMatch(/Cannot connect to X: resolve failed/);

    const args = tarExtractArgs({ file: 'tar', kind: 'gnu' }, 'X:\\cache.tar', 'out', strip, 'win32');
    expect(args).toContain('--force-local');
    expect(args[1]).toBe('X:/cache.tar');
    execFileSync('tar', args, { cwd: work });
    expect(readFileSync(path.join(work, 'out', 'archive-v0', 'x', 'mod.py'), 'utf8')).toBe('VALUE = 1\n');
  });

  test('the restore extracts an archive whose path starts with `X:` (cwd-relative, as a Windows path reads to GNU tar)', async () => {
    const work = path.join(root, 'restore');
    const cacheDir = path.join(work, 'uv-cache');
    cacheArchive(path.join(work, 'X:'), cacheDir);
    rmSync(path.join(work, 'X:', 'cache.tar'));
    process.chdir(work);
    await extractArchive({ archive: 'X:/cache.tar.tzst', cacheDir, method: 'zstd-without-long', timeoutMs: 60_000 });
    expect(readFileSync(path.join(cacheDir, 'archive-v0', 'x', 'mod.py'), 'utf8')).toBe('VALUE = 1\n');
  });
});
