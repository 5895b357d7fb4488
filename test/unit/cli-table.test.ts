// The CLI's tables fit the width they are given: the last column's list folds
// to "and N more", goes on its own line when the others leave too little,
// and a fingerprint is never cut.
import { describe, expect, it } from 'vitest';
import { foldList, renderTable, tableWidth, type ListCell } from '../../src/cli/table.js';

const cell = (items: string[], noun = 'reason'): ListCell => ({ items, noun, separator: '; ', empty: '-' });

describe('foldList', () => {
  it('keeps what fits, then says how many more', () => {
    const items = ['changed: a.py', 'changed: b.py', 'changed: c.py'];
    expect(foldList(cell(items), 100)).toBe('changed: a.py; changed: b.py; changed: c.py');
    expect(foldList(cell(items), 40)).toBe('changed: a.py; and 2 more reasons');
    expect(foldList(cell(items, ''), 40)).toBe('changed: a.py; changed: b.py; and 1 more');
    expect(foldList(cell([]), 40)).toBe('-');
  });

  it('cuts an item too long on its own, and still counts the rest', () => {
    const out = foldList(cell(['x'.repeat(80), 'y']), 40);
    expect(out).toBe(`${'x'.repeat(18)}...; and 1 more reason`);
    expect(out.length).toBeLessThanOrEqual(40);
  });
});

describe('renderTable', () => {
  const rows: [string, string, ListCell][] = [
    ['core', 'libs/core', cell(Array.from({ length: 30 }, (_, i) => `changed: libs/core/src/core/module_${i}.py`))],
    ['api', 'services/api', cell(['depends on core (runtime)'])],
  ];

  it('fits the width, columns aligned', () => {
    for (const width of [80, 100, 160]) {
      const text = renderTable(['MEMBER', 'PATH', 'WHY'], rows, width);
      const lines = text.split('\n');
      expect(Math.max(...lines.map((l) => l.length)), String(width)).toBeLessThanOrEqual(width);
      expect(new Set(lines.map((l) => l.indexOf(l.split(/\s{2,}/)[2]!))).size).toBe(1);
      expect(lines[1]).toMatch(/; and \d+ more reasons$/);
    }
  });

  it('puts the list under the row when the first columns leave too little', () => {
    const wide: [string, string, ListCell][] = [['a-very-long-member-name-indeed', 'packages/a-very-long-member-name-indeed', cell(['changed: x'])]];
    expect(renderTable(['MEMBER', 'PATH', 'WHY'], wide, 80).split('\n')).toEqual([
      'MEMBER                          PATH',
      '    WHY',
      'a-very-long-member-name-indeed  packages/a-very-long-member-name-indeed',
      '    changed: x',
    ]);
  });

  it('never cuts a plain string (a fingerprint)', () => {
    const hex = 'f'.repeat(64);
    expect(renderTable(['MEMBER', 'PATH', 'FINGERPRINT'], [['core', 'libs/core', hex]], 40)).toContain(hex);
  });

  it('takes the terminal width, or a default for a pipe or a silly value', () => {
    expect(tableWidth(90)).toBe(90);
    expect(tableWidth(undefined)).toBe(120);
    expect(tableWidth(3)).toBe(120);
  });
});
