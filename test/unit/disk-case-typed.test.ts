// diskCase proves a name is stored as typed with two lookups (the name, and
// the name with its case flipped) instead of listing the directory. On a
// case-sensitive file system two names that differ only in case are two
// files: each keeps its own spelling, and a spelling the file system does not
// find stays as typed. (The case-insensitive side, where the listing must
// decide, is test/e2e/case-insensitive.test.ts, on a real mount.)
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { diskCase, isCaseInsensitive } from '../../src/workspace/disk-case.js';

const tmp = mkdtempSync(path.join(os.tmpdir(), 'uvws-case-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('diskCase on a case-sensitive file system', () => {
  it.skipIf(isCaseInsensitive(os.tmpdir()))('keeps each spelling of names that differ only in case, and what is not found', () => {
    for (const dir of ['Foo/Bar', 'FOO/bar', 'foo', '2024/x', 'ünï/Code', 'Mixed Case/sub']) mkdirSync(path.join(tmp, dir), { recursive: true });
    writeFileSync(path.join(tmp, 'Foo', 'file.TXT'), '');
    for (const rel of ['Foo/Bar', 'FOO/bar', 'foo', '2024/x', 'ünï/Code', 'Mixed Case/sub', 'Foo/file.TXT']) {
      expect(diskCase(path.join(tmp, rel))).toBe(path.join(tmp, rel));
    }
    // Not found from `fOO` on: the rest stays as typed, nothing is made up.
    expect(diskCase(path.join(tmp, 'fOO', 'BAR', 'x.py'))).toBe(path.join(tmp, 'fOO', 'BAR', 'x.py'));
    expect(diskCase(path.join(tmp, 'Foo', 'bar'))).toBe(path.join(tmp, 'Foo', 'bar'));
    // One walk over many paths (shared listings) answers each the same.
    const listings = new Map();
    expect(['Foo/Bar', 'FOO/bar', 'foo'].map((rel) => diskCase(path.join(tmp, rel), listings))).toEqual(['Foo/Bar', 'FOO/bar', 'foo'].map((rel) => path.join(tmp, rel)));
  });
});
