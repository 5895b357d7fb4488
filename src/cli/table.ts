// Aligned plain-text tables for the CLI's human output, fitted to the
// terminal: the last column holds a list (reasons, dependencies) that is
// folded to the room left, ending in "and N more", never a line of 500
// characters. The full lists are in --format json.

/** Columns when the width is not known (output is not a terminal and COLUMNS is unset). */
const DEFAULT_COLUMNS = 120;
/** The last column is never narrower than this; when the others leave less, it goes on a line of its own. */
const MIN_LAST = 50;
/** Indent of a last column moved to its own line. */
const STACK_INDENT = 4;

/** The last cell of a row: a list, folded to the room left. */
export interface ListCell {
  items: readonly string[];
  /** Said (singular) after the count of what did not fit: `and 3 more reasons` (or, empty, just `and 3 more`). */
  noun: string;
  separator: string;
  /** Shown for an empty list. */
  empty: string;
}

/**
 * As many items as fit `room` characters, then `and N more <noun>`; an item
 * too long on its own is cut with `...`. Always at least one item's start.
 */
export function foldList(cell: ListCell, room: number): string {
  const { items, separator, noun } = cell;
  if (items.length === 0) return cell.empty;
  const more = (n: number) => (n > 0 ? `${separator}and ${n} more${noun ? ` ${noun}${n === 1 ? '' : 's'}` : ''}` : '');
  let out = '';
  let shown = 0;
  for (const item of items) {
    const next = shown === 0 ? item : `${out}${separator}${item}`;
    if (next.length + more(items.length - shown - 1).length > room) break;
    out = next;
    shown++;
  }
  if (shown > 0) return `${out}${more(items.length - shown)}`;
  const suffix = more(items.length - 1);
  const keep = Math.max(8, room - suffix.length - 3);
  return `${items[0]!.slice(0, keep)}...${suffix}`;
}

/**
 * Left-aligned columns separated by two spaces, at most `width` wide: the
 * last column is a list folded to the room the others leave (on a line of
 * its own, indented, when they leave less than a readable minimum); a plain
 * string there (a fingerprint) is never cut.
 */
export function renderTable(header: string[], rows: [...string[], string | ListCell][], width: number = DEFAULT_COLUMNS): string {
  const fixed = header.length - 1;
  const widths = header.slice(0, fixed).map((h, col) => Math.max(h.length, ...rows.map((row) => (row[col] as string).length)));
  const start = widths.reduce((n, w) => n + w + 2, 0);
  const stacked = width - start < MIN_LAST;
  const room = stacked ? Math.max(MIN_LAST, width - STACK_INDENT) : width - start;
  // Stacked, the first columns stay aligned only while that fits; past it each row is as long as its own cells.
  const aligned = !stacked || start - 2 <= width;
  const cellsText = (cells: string[]) => (aligned ? cells.map((c, i) => c.padEnd(widths[i]!)) : cells).join('  ').trimEnd();
  const line = (cells: string[], last: string) =>
    stacked ? `${cellsText(cells)}${last ? `\n${' '.repeat(STACK_INDENT)}${last}` : ''}` : [...cells.map((c, i) => c.padEnd(widths[i]!)), last].join('  ').trimEnd();
  const last = (cell: string | ListCell) => (typeof cell === 'string' ? cell : foldList(cell, room));
  return [line(header.slice(0, fixed), header[fixed]!), ...rows.map((row) => line(row.slice(0, fixed) as string[], last(row[fixed]!)))].join('\n');
}

/** The width a table may take: the terminal's, else COLUMNS (read by the entry), else the default. */
export function tableWidth(columns: number | undefined): number {
  return columns !== undefined && Number.isFinite(columns) && columns >= 40 ? columns : DEFAULT_COLUMNS;
}
