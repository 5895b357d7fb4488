// The restore's archive path, piece by piece: the tar header reader against
// archives real tars write, the entry check against hostile entries (symlink
// chains resolved as the OS resolves them, hard links, entry kinds, counts),
// the tar and zstd choices per platform, and the entry version the
// @actions/cache client computes on each platform.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, linkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { ArchiveCheck, escapingLink, underPrefix, UnsafeArchiveError } from '../../src/cache/archive-check.js';
import { chooseTar, tarExtractArgs, zstdDecompressArgs, type CompressionMethod } from '../../src/cache/archive-tools.js';
import { extractLimit } from '../../src/cache/archive.js';
import { cacheKey, hashText } from '../../src/cache/key.js';
import { readSyncArgs } from '../../src/workspace/selection.js';
import { cacheVersion } from '../../src/cache/service.js';
import { TarFormatError, TarHeaderReader, type TarEntry } from '../../src/cache/tar-stream.js';
import { projectRoot } from '../helpers/tools.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'uvws-archive-check-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Every entry the reader reports for `tar`, fed in chunks of `chunk` bytes. */
function readEntries(tar: Buffer, chunk = 700): TarEntry[] {
  const entries: TarEntry[] = [];
  const reader = new TarHeaderReader((entry) => entries.push(entry));
  for (let at = 0; at < tar.length; at += chunk) reader.push(tar.subarray(at, at + chunk));
  reader.end();
  return entries;
}

describe('TarHeaderReader', () => {
  test('reads what GNU tar --posix writes: long names, symlinks, hard links, dirs, modes and sizes', () => {
    const src = path.join(dir, 'gnu-src');
    const long = `${'d'.repeat(120)}/${'f'.repeat(150)}.py`;
    mkdirSync(path.join(src, 'cache', path.dirname(long)), { recursive: true });
    writeFileSync(path.join(src, 'cache', long), 'x'.repeat(1000));
    writeFileSync(path.join(src, 'cache', 'a.txt'), 'hello');
    linkSync(path.join(src, 'cache', 'a.txt'), path.join(src, 'cache', 'b.txt'));
    symlinkSync('a.txt', path.join(src, 'cache', 'link'));
    const tar = path.join(dir, 'gnu.tar');
    execFileSync('tar', ['--posix', '-cf', tar, '-C', src, 'cache']);
    const entries = readEntries(readFileSync(tar));
    const byName = new Map(entries.map((e) => [e.name.replace(/\/$/, ''), e]));
    expect(byName.get(`cache/${long}`)).toMatchObject({ kind: 'file', size: 1000 });
    expect(byName.get('cache/link')).toMatchObject({ kind: 'symlink', linkname: 'a.txt', size: 0 });
    const [first, second] = ['cache/a.txt', 'cache/b.txt'].map((n) => byName.get(n)!);
    expect([first!.kind, second!.kind].sort()).toEqual(['file', 'hardlink']);
    expect(byName.get('cache')).toMatchObject({ kind: 'dir' });
    expect(entries.map((e) => e.name).sort()).toEqual(
      execFileSync('tar', ['-tf', tar]).toString().split('\n').filter(Boolean).sort(),
    );
  });

  test('stops where tar stops (the first zero block), and refuses a bad checksum or a stream cut mid-entry', () => {
    const src = path.join(dir, 'small');
    mkdirSync(src, { recursive: true });
    writeFileSync(path.join(src, 'x'), 'x'.repeat(600));
    const tar = execFileSync('tar', ['--posix', '-cf', '-', '-C', src, 'x']);
    expect(readEntries(Buffer.concat([tar, Buffer.from('trailing garbage tar never reads')])).map((e) => e.name)).toEqual(['x']);
    const bad = Buffer.from(tar);
    bad[0] = bad[0]! ^ 1;
    expect(() => readEntries(bad)).toThrow(TarFormatError);
    expect(() => readEntries(tar.subarray(0, 1500))).toThrow(/ends in the middle of an entry/);
  });

  test('data after a directory or link header is refused (tars disagree on whether to skip it)', () => {
    const header = execFileSync('python3', ['-c', "import sys,tarfile; i=tarfile.TarInfo('cache/d'); i.type=tarfile.DIRTYPE; i.size=512; sys.stdout.buffer.write(i.tobuf(format=tarfile.USTAR_FORMAT))"]);
    expect(() => readEntries(Buffer.concat([header, Buffer.alloc(512 + 1024)]))).toThrow(/a directory entry with 512 bytes of data/);
  });
});

const PREFIX = 'home/runner/work/_temp/uv-cache';
const WHERE = '/home/runner/work/_temp/uv-cache';

function entry(name: string, kind: TarEntry['kind'], linkname = '', what: string = kind): TarEntry {
  return { name: `${PREFIX}/${name}`, kind, what, linkname, size: 0, mode: 0o644 };
}

/** Runs the check over `entries`; the message it refuses them with, or undefined. */
function refusal(entries: TarEntry[], maxEntries = 1000): string | undefined {
  const check = new ArchiveCheck(PREFIX, WHERE, maxEntries);
  try {
    for (const e of entries) check.visit(e);
    check.finish();
    return undefined;
  } catch (error) {
    if (!(error instanceof UnsafeArchiveError)) throw error;
    return error.message;
  }
}

describe('ArchiveCheck', () => {
  test('a real uv cache layout passes: dirs, files, relative links inside, hard links to earlier files, interpreter links out', () => {
    const ok = [
      { ...entry('', 'dir'), name: `${PREFIX}/` },
      entry('CACHEDIR.TAG', 'file'),
      entry('archive-v0/abc/pkg/mod.py', 'file'),
      entry('archive-v0/abc/pkg/again.py', 'hardlink', `${PREFIX}/archive-v0/abc/pkg/mod.py`),
      entry('wheels-v5/pypi/pkg/1.0-py3-none-any', 'symlink', '../../../archive-v0/abc'),
      entry('builds-v0/.tmpX/bin/python', 'symlink', '/usr/bin/python3.12'),
      entry('builds-v0/.tmpX/bin/python3', 'symlink', 'python'),
    ];
    expect(refusal(ok)).toBeUndefined();
  });

  test('a symlink chain is resolved as the OS does: d1/d2/l2 -> ../.. and archive-v0 -> d1/d2/l2/../../victim leaves the cache dir', () => {
    const chain = [entry('d1/d2/l2', 'symlink', '../..'), entry('archive-v0', 'symlink', 'd1/d2/l2/../../victim')];
    // Read lexically, the second link stays inside: that is the check this replaces.
    expect(path.posix.normalize('d1/d2/l2/../../victim')).toBe('d1/victim');
    expect(refusal(chain)).toBe(`the archive has a symlink pointing outside ${WHERE}: "archive-v0 -> d1/d2/l2/../../victim"`);
    expect(refusal([entry('l', 'symlink', 'm'), entry('m', 'symlink', 'l')])).toMatch(/a loop of symlinks/);
    expect(refusal([entry('up', 'symlink', 'a/..\\..\\..')])).toMatch(/pointing outside/);
    expect(refusal([entry('abs', 'symlink', WHERE)])).toMatch(/pointing outside/);
    // An interpreter link may point out; a link through it may not.
    expect(refusal([entry('env/bin/python', 'symlink', '/usr'), entry('x', 'symlink', 'env/bin/python/lib')])).toMatch(/"x -> env\/bin\/python\/lib"/);
  });

  test('entries written through a symlink, or replacing one, are refused', () => {
    expect(refusal([entry('l', 'symlink', 'archive-v0'), entry('l/f.py', 'file')])).toMatch(/^the archive has an entry written through a symlink: /);
    expect(refusal([entry('l', 'symlink', 'archive-v0'), entry('l', 'dir')])).toMatch(/^the archive has an entry that replaces a symlink: /);
  });

  test('hard links: to outside, to a symlink, to nothing earlier, all refused', () => {
    expect(refusal([entry('h', 'hardlink', '/etc/passwd')])).toMatch(/^the archive has a hard link to outside .*: ".*\/h" -> "\/etc\/passwd"$/);
    expect(refusal([entry('h', 'hardlink', `${PREFIX}/../../x`)])).toMatch(/a hard link to outside/);
    expect(refusal([entry('l', 'symlink', '../etc'), entry('h', 'hardlink', `${PREFIX}/l`)])).toMatch(/a hard link to something that is not a file before it/);
    expect(refusal([entry('h', 'hardlink', `${PREFIX}/later`), entry('later', 'file')])).toMatch(/not a file before it/);
  });

  test('FIFOs, devices and sparse files refuse the whole archive; so do more entries than the bound', () => {
    expect(refusal([entry('archive-v0/pipe', 'other', '', 'a named pipe (FIFO)')])).toBe(`the archive has a named pipe (FIFO), which a cache never holds: "${PREFIX}/archive-v0/pipe"`);
    expect(refusal([entry('null', 'other', '', 'a character device')])).toMatch(/a character device/);
    expect(refusal(Array.from({ length: 11 }, (_, i) => entry(`f${i}`, 'file')), 10)).toBe('the archive has more than 10 entries, the most a restore takes');
  });

  test('names: only under the prefix, no .. . or empty components, \\ read as a separator', () => {
    const prefix = PREFIX.split('/');
    expect(underPrefix(`${PREFIX}/archive-v0/x/`, prefix)).toEqual(['archive-v0', 'x']);
    for (const name of [`${PREFIX}/../../x`, '/etc/passwd', 'C:/x', `${PREFIX}-evil/x`, 'home/runner/work/repo/x', `${PREFIX}/a\\..\\..\\x`, `${PREFIX}//x`, `./${PREFIX}/x`]) {
      expect(underPrefix(name, prefix), name).toBeUndefined();
    }
  });

  test('escapingLink on a tree: nothing outside, nothing to report', () => {
    expect(escapingLink(new Map([['a/b', '../c'], ['c', 'a']]))).toBeUndefined();
  });
});

describe('the bounds', () => {
  test('100 times the download, at least 1 GiB: a 99 KB archive may not extract to 3 GiB; a 490 MiB one (livekit/agents unpruned, 1.3 GiB of files) may', () => {
    expect(extractLimit(99 * 1024)).toBe(1024 ** 3);
    expect(extractLimit(490 * 1024 ** 2)).toBeGreaterThan(1440546931);
  });
});

describe('tar and zstd as @actions/cache runs them per platform', () => {
  test('GNU tar always reads names with a colon as local files; on Windows paths get forward slashes; macOS GNU tar delays dir modes', () => {
    const gnu = { file: 'tar', kind: 'gnu' as const };
    const bsd = { file: 'tar', kind: 'bsd' as const };
    expect(tarExtractArgs(gnu, 'D:\\a\\_temp\\x\\cache.tar', 'D:\\a\\_temp\\uv-cache\\.stage', 3, 'win32')).toEqual([
      '-xf', 'D:/a/_temp/x/cache.tar', '-C', 'D:/a/_temp/uv-cache/.stage', '--strip-components=3', '--no-same-owner', '--no-same-permissions', '--force-local',
    ]);
    expect(tarExtractArgs(bsd, 'C:\\t\\cache.tar', 'C:\\c', 1, 'win32')).not.toContain('--force-local');
    expect(tarExtractArgs(gnu, '/t/cache.tar', '/c', 2, 'darwin')).toContain('--delay-directory-restore');
    expect(tarExtractArgs(bsd, '/t/cache.tar', '/c', 2, 'darwin')).not.toContain('--delay-directory-restore');
    expect(zstdDecompressArgs('zstd-without-long', 'x.tzst')).toEqual(['-d', '-c', '-q', 'x.tzst']);
    expect(zstdDecompressArgs('zstd', 'x.tzst')).toEqual(['-d', '-c', '-q', '--long=30', 'x.tzst']);
  });

  test('the tar found here is asked what it is: GNU tar as tar, bsdtar when a PATH puts it first', async () => {
    expect(await chooseTar('linux')).toEqual({ file: 'tar', kind: 'gnu' });
    const bin = path.join(dir, 'bsdtar-bin');
    mkdirSync(bin, { recursive: true });
    symlinkSync('/usr/bin/bsdtar', path.join(bin, 'tar'));
    const saved = process.env.PATH;
    process.env.PATH = `${bin}${path.delimiter}${saved}`;
    try {
      expect(await chooseTar('linux')).toEqual({ file: 'tar', kind: 'bsd' });
      // Windows, as the client picks: Git's GNU tar where installed, else a GNU `tar` on PATH (not
      // here: it is bsdtar), else the system bsdtar. (Paths with `\` are single file names here.)
      const systemTar = `${dir}\\Windows\\System32\\tar.exe`;
      writeFileSync(systemTar, '');
      expect(await chooseTar('win32', { PROGRAMFILES: path.join(dir, 'no-git'), SYSTEMDRIVE: dir })).toEqual({ file: systemTar, kind: 'bsd' });
      const gitTar = `${dir}\\Git\\usr\\bin\\tar.exe`;
      writeFileSync(gitTar, '');
      expect(await chooseTar('win32', { PROGRAMFILES: dir, SYSTEMDRIVE: dir })).toEqual({ file: gitTar, kind: 'gnu' });
    } finally {
      process.env.PATH = saved;
    }
  });
});

describe('the entry version matches what the @actions/cache client computes on each platform', () => {
  test.each(['linux', 'darwin', 'win32'] as const)('%s', async (platform) => {
    const client = (await import(path.join(projectRoot, 'node_modules/@actions/cache/lib/internal/cacheUtils.js'))) as { getCacheVersion(paths: string[], method?: string): string };
    const real = Object.getOwnPropertyDescriptor(process, 'platform')!;
    Object.defineProperty(process, 'platform', { value: platform });
    try {
      for (const method of ['gzip', 'zstd-without-long', 'zstd'] as CompressionMethod[]) {
        const paths = platform === 'win32' ? ['D:\\a\\_temp\\uv-cache'] : ['/home/runner/work/_temp/uv-cache'];
        expect(cacheVersion(paths, method, platform)).toBe(client.getCacheVersion(paths, method));
      }
    } finally {
      Object.defineProperty(process, 'platform', real);
    }
    // Windows entries carry `windows-only`: the same paths saved on Linux never match a Windows lookup.
    expect(cacheVersion(['/x'], 'zstd-without-long', 'win32')).not.toBe(cacheVersion(['/x'], 'zstd-without-long', 'linux'));
  });
});

describe('an entry saved on one OS is never restored on another', () => {
  test('neither the key nor any restore key of one OS matches an entry of another; Windows entries differ in version too', () => {
    const runners = [
      { platform: 'linux', os: { name: 'ubuntu', release: '24.04' }, dir: '/home/runner/work/_temp/uv-cache' },
      { platform: 'darwin', os: { name: 'macos', release: 'darwin24' }, dir: '/Users/runner/work/_temp/uv-cache' },
      { platform: 'win32', os: { name: 'windows', release: '10.0.26100' }, dir: 'D:\\a\\_temp\\uv-cache' },
    ];
    const keys = runners.map((r) =>
      cacheKey({ platform: r.platform, arch: 'x64', os: r.os, python: { implementation: 'cpython', version: '3.12' }, uvVersion: '0.13.9', lockHash: hashText('lock'), members: ['a'], syncArgs: readSyncArgs([]), pruned: true, suffix: '' }),
    );
    for (const [i, saved] of keys.entries()) {
      for (const [j, wanted] of keys.entries()) {
        const restores = [wanted.key, ...wanted.restoreKeys].some((k) => saved.key.startsWith(k));
        expect(restores, `${runners[i]!.platform} entry restored on ${runners[j]!.platform}`).toBe(i === j);
      }
    }
    const versions = runners.map((r) => cacheVersion([r.dir], 'zstd-without-long', r.platform as NodeJS.Platform));
    expect(new Set(versions).size).toBe(3);
  });
});
