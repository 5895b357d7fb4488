// directorySize on a real tree (hardlinks, symlinks, nesting) and formatBytes.
import { linkSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { directorySize } from '../../src/cache/size.js';
import { formatBytes } from '../../src/report/format.js';

let root: string;
beforeEach(() => {
  root = mkdtempSync(path.join(os.tmpdir(), 'uvws-cache-size-'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('directorySize', () => {
  test('sums regular files, counts a hardlinked file once, does not follow symlinks', async () => {
    const cache = path.join(root, 'cache');
    mkdirSync(path.join(cache, 'archive-v0', 'abc', 'pkg'), { recursive: true });
    writeFileSync(path.join(cache, 'CACHEDIR.TAG'), 'x'.repeat(43));
    writeFileSync(path.join(cache, 'archive-v0', 'abc', 'pkg', 'mod.py'), 'y'.repeat(1000));
    // uv links the same file into many places; du counts it once.
    linkSync(path.join(cache, 'archive-v0', 'abc', 'pkg', 'mod.py'), path.join(cache, 'archive-v0', 'abc', 'pkg', 'again.py'));
    const outside = path.join(root, 'outside');
    mkdirSync(outside);
    writeFileSync(path.join(outside, 'big'), 'z'.repeat(50_000));
    symlinkSync(outside, path.join(cache, 'to-outside'));
    symlinkSync(path.join(outside, 'big'), path.join(cache, 'big-link'));
    expect(await directorySize(cache)).toBe(1043);
  });

  test('a missing dir is 0 bytes, a file is its size', async () => {
    expect(await directorySize(path.join(root, 'nope'))).toBe(0);
    writeFileSync(path.join(root, 'f'), 'abc');
    expect(await directorySize(path.join(root, 'f'))).toBe(3);
  });
});

describe('formatBytes', () => {
  test('binary units with three significant digits', () => {
    expect(formatBytes(0)).toBe('0 B');
    expect(formatBytes(1023)).toBe('1023 B');
    expect(formatBytes(1024)).toBe('1.0 KiB');
    expect(formatBytes(1536)).toBe('1.5 KiB');
    expect(formatBytes(100 * 1024)).toBe('100 KiB');
    expect(formatBytes(12.34 * 1024 * 1024)).toBe('12 MiB');
    expect(formatBytes(1.5 * 1024 ** 3)).toBe('1.5 GiB');
    expect(formatBytes(-1)).toBe('?');
  });
});
