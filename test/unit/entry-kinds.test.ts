// entryKinds answers from one listing of a crowded parent what an lstat of
// each entry answers: a symlinked directory is a link, not a directory.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { entryKinds, type EntryKind } from '../../src/workspace/entry-kinds.js';

const temps: string[] = [];
afterAll(() => {
  for (const t of temps) fs.rmSync(t, { recursive: true, force: true });
});

function byLstat(abs: string): EntryKind {
  const stat = fs.lstatSync(abs, { throwIfNoEntry: false });
  return !stat ? 'missing' : stat.isSymbolicLink() ? 'link' : stat.isDirectory() ? 'dir' : 'other';
}

describe('entryKinds', () => {
  it.each([3, 12])('%i entries in one parent: the kinds an lstat of each gives', (count) => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'uvws-kinds-'));
    temps.push(root);
    const dir = path.join(root, 'packages');
    fs.mkdirSync(path.join(root, 'real'), { recursive: true });
    fs.mkdirSync(dir);
    const names: string[] = [];
    for (let i = 0; i < count; i++) {
      const name = `m${i}`;
      names.push(name);
      if (i % 4 === 1) fs.symlinkSync('../real', path.join(dir, name));
      else if (i % 4 === 2) fs.writeFileSync(path.join(dir, name), '');
      else if (i % 4 === 3) fs.symlinkSync('../nowhere', path.join(dir, name));
      else fs.mkdirSync(path.join(dir, name));
    }
    const asked = [...names, 'missing'].map((n) => path.join(dir, n));
    const kinds = entryKinds(asked);
    for (const abs of [...asked, root, dir, path.join(root, 'real')]) expect(kinds(abs), abs).toBe(byLstat(abs));
    expect(new Set(asked.map(kinds))).toEqual(new Set(['dir', 'link', 'other', 'missing']));
  });
});
