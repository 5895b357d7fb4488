import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { changedPaths, parseNameStatus, type FileChange } from '../../src/changes/diff.js';

// git -z output: every field ends with NUL; paths are verbatim.
function render(changes: FileChange[]): string {
  const letter: Record<string, string> = { added: 'A', deleted: 'D', modified: 'M', 'type-changed': 'T', renamed: 'R', copied: 'C' };
  return changes
    .map((c) => (c.previousPath !== undefined ? `${letter[c.status]}087\0${c.previousPath}\0${c.path}\0` : `${letter[c.status]}\0${c.path}\0`))
    .join('');
}

describe('parseNameStatus', () => {
  it('reads plain, rename and copy records with paths git would print verbatim', () => {
    const out = 'M\0a/x.py\0R100\0old name.py\0new\nname.py\0D\0gone "q".py\0C075\0src.py\0ünï.py\0A\0$(touch x)\0';
    expect(parseNameStatus(out)).toEqual([
      { status: 'modified', path: 'a/x.py' },
      { status: 'renamed', previousPath: 'old name.py', path: 'new\nname.py' },
      { status: 'deleted', path: 'gone "q".py' },
      { status: 'copied', previousPath: 'src.py', path: 'ünï.py' },
      { status: 'added', path: '$(touch x)' },
    ]);
  });

  it('reads empty output as no changes', () => {
    expect(parseNameStatus('')).toEqual([]);
  });

  it('refuses output that is cut or not name-status, rather than dropping paths', () => {
    expect(() => parseNameStatus('R100\0only-old\0')).toThrow(/ends inside a renamed record/);
    expect(() => parseNameStatus('M\0')).toThrow(/ends inside/);
    expect(() => parseNameStatus('diff --git a/x b/x\0')).toThrow(/unexpected/);
  });

  it('round-trips any paths and statuses', () => {
    const pathArb = fc.string({ minLength: 1, maxLength: 20, unit: 'grapheme' }).filter((s) => !s.includes('\0'));
    const change = fc.oneof(
      fc.record({ status: fc.constantFrom('added', 'deleted', 'modified', 'type-changed'), path: pathArb }),
      fc.record({ status: fc.constantFrom('renamed', 'copied'), path: pathArb, previousPath: pathArb }),
    ) as fc.Arbitrary<FileChange>;
    fc.assert(
      fc.property(fc.array(change, { maxLength: 12 }), (changes) => {
        expect(parseNameStatus(render(changes))).toEqual(changes);
      }),
    );
  });
});

describe('changedPaths', () => {
  it('gives both names of a rename, once each, in code-unit order', () => {
    const paths = changedPaths([
      { status: 'renamed', previousPath: 'b/old.py', path: 'a/new.py' },
      { status: 'modified', path: 'a/new.py' },
      { status: 'deleted', path: 'Z.py' },
    ]);
    expect(paths).toEqual(['Z.py', 'a/new.py', 'b/old.py']);
  });
});
