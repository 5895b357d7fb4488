// A fast reader for the TOML that pyproject.toml and uv.lock files actually
// hold. smol-toml is correct, but at 2000 members parsing with it is a large
// share of what `affected` costs: it runs once per process, mostly before V8
// has optimised it, one character and one call at a time, and keeps a tree
// of table states beside the result. This reader matches whole common lines
// in one native regular-expression call each and builds the same result
// directly, and only for a strict subset:
// tables, arrays of tables, dotted and quoted keys, basic and literal strings
// (single- and multi-line), decimal integers, booleans, arrays and one-line
// inline tables. Anything else, and anything it is not sure is valid (a
// float, a date, a redefined key, a CR, a control character, `__proto__`,
// deep nesting), makes it give up and return undefined: the caller then
// parses with smol-toml, so the answer, and every error, stays smol-toml's.

type Table = Record<string, unknown>;

/** How a table came to be, which decides what may extend it later (TOML's rules, as smol-toml applies them). */
const IMPLICIT = 1; // a prefix of a `[header]`: a later `[header]` may define it
const HEADER = 2; // defined by `[header]` (or the root): only sub-headers reach into it
const DOTTED = 3; // made by a dotted key: only dotted keys extend it
const TABLE_ARRAY = 4; // an array made by `[[header]]`: later `[[header]]`s append, `[header.x]` reaches into its last table

/** Thrown to abandon the fast path; never escapes `parseTomlFast`. */
const BAIL: unique symbol = Symbol('toml-fast bail');
const bail = (): never => {
  throw BAIL;
};

/** Arrays and inline tables nest no deeper than this on the fast path (smol-toml's own limit is 1000). */
const MAX_DEPTH = 64;
/** Fifteen digits always fit a double exactly. */
const MAX_INTEGER_DIGITS = 15;

// The text and the cursor: module state, since parsing is synchronous and never re-entered.
let s = '';
let p = 0;
// The tables this parse made from headers and dotted keys, and its arrays of tables, with their kinds. A
// Map: a list searched per lookup made a document of many headers quadratic (40,000 headers reaching
// into one made late took a second, where smol-toml takes a tenth), and a pull request writes the
// pyproject.toml. Inline tables and arrays are not in it, so nothing can extend them.
const kinds = new Map<object, number>();

function kindOf(value: unknown): number {
  return kinds.get(value as object) ?? 0;
}

function forget(): void {
  kinds.clear();
}

/** Set per call: build ordinary objects instead of prototype-less ones. */
let plain = false;

/**
 * A table as smol-toml makes it (no prototype, so no key is ever inherited),
 * or with `plainObjects` an ordinary object: V8 keeps prototype-less objects
 * as hash maps, several times dearer to build, which a caller that reads
 * only fixed keys (`name`, `source`, ...) and drops the tree can skip.
 */
function newObject(): Table {
  return plain ? {} : (Object.create(null) as Table);
}

/**
 * The document as smol-toml's `parse` returns it (tables with a null
 * prototype unless `plainObjects`, plain arrays, numbers for integers), or
 * undefined when the text holds anything this reader does not handle exactly.
 */
export function parseTomlFast(text: string, options: { plainObjects?: boolean } = {}): Table | undefined {
  plain = options.plainObjects === true;
  s = text;
  p = 0;
  forget();
  try {
    return parseDocument();
  } catch (error) {
    if (error === BAIL) return undefined;
    throw error;
  } finally {
    s = '';
    forget();
  }
}

function parseDocument(): Table {
  const root = newTable(HEADER);
  let current = root;
  for (;;) {
    skipBlank();
    if (p >= s.length) return root;
    COMMON_LINE.lastIndex = p;
    const line = COMMON_LINE.exec(s);
    if (line !== null) {
      p = COMMON_LINE.lastIndex;
      current = readCommonLine(line, root, current);
      continue;
    }
    if (s.charCodeAt(p) === 0x5b /* [ */) current = parseHeader(root);
    else parseKeyValue(current);
    endOfLine();
  }
}

/**
 * The lines most pyproject.toml files and lock entries are made of, each
 * matched whole (newline included) in one native call: `key = "text"`,
 * `key = true`, `key = ["a", "b"]`, `key = { k = "v" }`, `[a.b]`,
 * `[[a.b]]`. Strings here hold no backslash, quote or control character, so
 * they need no decoding. Any other line goes through the general path.
 * Groups: 1 key, 2 string, 3 boolean, 4 array body, 5 inline key, 6 inline
 * string, 7 inline boolean, 8 table header, 9 array-of-tables header.
 */
const COMMON_LINE =
  /(?:([A-Za-z0-9_-]+) = (?:"([^"\\\x00-\x08\x0a-\x1f\x7f]*)"|(true|false)|\[("[^"\\\x00-\x08\x0a-\x1f\x7f]*"(?:, "[^"\\\x00-\x08\x0a-\x1f\x7f]*")*)?\]|\{ ([A-Za-z0-9_-]+) = (?:"([^"\\\x00-\x08\x0a-\x1f\x7f]*)"|(true|false)) \})|\[([A-Za-z0-9_-]+(?:\.[A-Za-z0-9_-]+)*)\]|\[\[([A-Za-z0-9_-]+(?:\.[A-Za-z0-9_-]+)*)\]\])\n/y;

/** Applies one COMMON_LINE match; returns the table that following pairs go into. */
function readCommonLine(line: RegExpExecArray, root: Table, current: Table): Table {
  if (line[8] !== undefined) return openHeader(root, line[8].split('.'), false);
  if (line[9] !== undefined) return openHeader(root, line[9].split('.'), true);
  const key = line[1]!;
  if (key === '__proto__' || current[key] !== undefined) bail();
  let value: unknown = line[2]; // a string as written, when the value is one
  if (value === undefined && line[3] !== undefined) value = line[3] === 'true';
  else if (value === undefined && line[5] !== undefined) {
    if (line[5] === '__proto__') bail();
    const inline = newObject();
    inline[line[5]] = line[6] ?? line[7] === 'true';
    value = inline;
  } else if (value === undefined) value = line[4] === undefined ? [] : line[4].slice(1, -1).split('", "');
  current[key] = value;
  return current;
}

function newTable(kind: number): Table {
  const table = newObject();
  kinds.set(table, kind);
  return table;
}

/** Spaces, tabs, newlines and comments. */
function skipBlank(): void {
  // The end is tested before reading past it: charCodeAt out of bounds (NaN) at the end of every
  // document made V8 throw away the optimised parseDocument, with this inlined, and compile it again.
  for (; p < s.length; ) {
    const c = s.charCodeAt(p);
    if (c === 0x20 || c === 0x09 || c === 0x0a) p++;
    else if (c === 0x23 /* # */) skipComment();
    else return;
  }
}

function skipSpaces(): void {
  const text = s;
  const end = text.length;
  let i = p;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (c !== 0x20 && c !== 0x09) break;
    i++;
  }
  p = i;
}

/** A comment up to (not including) its newline; control characters in it are smol-toml's to report. */
function skipComment(): void {
  COMMENT_BODY.lastIndex = p + 1;
  COMMENT_BODY.test(s);
  p = COMMENT_BODY.lastIndex;
  if (p < s.length && s.charCodeAt(p) !== 0x0a) bail();
}

/** What may follow a key/value pair or a header: spaces, a comment, then a newline or the end. */
function endOfLine(): void {
  skipSpaces();
  if (p >= s.length) return;
  if (s.charCodeAt(p) === 0x23) skipComment();
  if (p >= s.length) return;
  if (s.charCodeAt(p) !== 0x0a) bail();
  p++;
}

// Sticky patterns that step over a run of ordinary characters in one native call: far fewer steps than a
// character loop in code that runs once per process and is rarely optimised by then.
const BARE_KEY = /[A-Za-z0-9_-]+/y;
const COMMENT_BODY = /[^\x00-\x08\x0a-\x1f\x7f]*/y;
const LITERAL_BODY = /[^'\x00-\x08\x0a-\x1f\x7f]*/y;
const BASIC_BODY = /[^"\\\x00-\x08\x0a-\x1f\x7f]*/y;

/** One part of a key: bare, or a one-line quoted string. */
function parseKeyPart(): string {
  const c = s.charCodeAt(p);
  let key: string;
  if (c === 0x22 || c === 0x27) {
    if (s.charCodeAt(p + 1) === c && s.charCodeAt(p + 2) === c) bail(); // `""` followed by more: leave it to smol-toml
    key = c === 0x22 ? parseBasicString() : parseLiteralString();
  } else {
    const start = p;
    BARE_KEY.lastIndex = p;
    if (!BARE_KEY.test(s)) bail();
    p = BARE_KEY.lastIndex;
    key = s.slice(start, p);
  }
  // smol-toml defines `__proto__` as an own property; not worth copying here.
  if (key === '__proto__') bail();
  return key;
}

/** A (dotted) key ending at `end` (`=` or `]`), the cursor left after it. */
function parseKey(end: number): string[] {
  const parts: string[] = [];
  for (;;) {
    skipSpaces();
    parts.push(parseKeyPart());
    skipSpaces();
    const c = s.charCodeAt(p++);
    if (c === end) return parts;
    if (c !== 0x2e /* . */) bail();
  }
}

/** `[a.b]` or `[[a.b]]`: the table the following pairs go into. */
function parseHeader(root: Table): Table {
  const isArray = s.charCodeAt(++p) === 0x5b;
  if (isArray) p++;
  const parts = parseKey(0x5d /* ] */);
  if (isArray && s.charCodeAt(p++) !== 0x5d) bail();
  return openHeader(root, parts, isArray);
}

/** The table a header names, made or reopened as TOML allows (anything else bails). */
function openHeader(root: Table, parts: string[], isArray: boolean): Table {
  if (parts.includes('__proto__')) bail();
  let table = root;
  for (let i = 0; i < parts.length - 1; i++) table = descend(table, parts[i]!);
  const last = parts[parts.length - 1]!;
  const existing = table[last];
  if (isArray) {
    let list = existing as unknown[] | undefined;
    if (list === undefined) {
      list = [];
      table[last] = list;
      kinds.set(list, TABLE_ARRAY);
    } else if (kindOf(list) !== TABLE_ARRAY) bail();
    const entry = newTable(HEADER);
    list.push(entry);
    return entry;
  }
  if (existing === undefined) {
    const made = newTable(HEADER);
    table[last] = made;
    return made;
  }
  // A table only named so far as a prefix of another header may be defined once.
  if (kindOf(existing) !== IMPLICIT) bail();
  kinds.set(existing as Table, HEADER);
  return existing as Table;
}

/** One step along a header's key: into a header's table, or the last table of an array of tables. */
function descend(table: Table, key: string): Table {
  const value = table[key];
  if (value === undefined) {
    const made = newTable(IMPLICIT);
    table[key] = made;
    return made;
  }
  const kind = kindOf(value);
  if (kind === TABLE_ARRAY) return (value as Table[])[(value as Table[]).length - 1]!;
  if (kind === IMPLICIT || kind === HEADER) return value as Table;
  return bail();
}

function parseKeyValue(current: Table): void {
  const parts = parseKey(0x3d /* = */);
  let table = current;
  for (let i = 0; i < parts.length - 1; i++) {
    const value = table[parts[i]!];
    if (value === undefined) {
      const made = newTable(DOTTED);
      table[parts[i]!] = made;
      table = made;
    } else if (kindOf(value) === DOTTED) table = value as Table;
    else bail();
  }
  const last = parts[parts.length - 1]!;
  if (table[last] !== undefined) bail();
  skipSpaces();
  table[last] = parseValue(0);
}

function parseValue(depth: number): unknown {
  const c = s.charCodeAt(p);
  if (c === 0x22 /* " */) return s.charCodeAt(p + 1) === 0x22 && s.charCodeAt(p + 2) === 0x22 ? parseMultiline(true) : parseBasicString();
  if (c === 0x27 /* ' */) return s.charCodeAt(p + 1) === 0x27 && s.charCodeAt(p + 2) === 0x27 ? parseMultiline(false) : parseLiteralString();
  if (c === 0x5b /* [ */) return parseArray(depth + 1);
  if (c === 0x7b /* { */) return parseInlineTable(depth + 1);
  if (c === 0x74 /* t */ && s.startsWith('true', p)) return (p += 4), true;
  if (c === 0x66 /* f */ && s.startsWith('false', p)) return (p += 5), false;
  if (c >= 0x30 && c <= 0x39) return parseInteger();
  return bail();
}

/** A plain decimal integer; a sign, underscores, another base, a float or a date bail. */
function parseInteger(): number {
  const start = p;
  while (s.charCodeAt(p) >= 0x30 && s.charCodeAt(p) <= 0x39) p++;
  if (p - start > MAX_INTEGER_DIGITS || (s.charCodeAt(start) === 0x30 && p - start > 1)) bail();
  const c = s.charCodeAt(p);
  // What smol-toml ends a number at; anything else (`.`, `e`, `_`, `-`, `:`, `x`, a CR) is not ours.
  if (!(p >= s.length || c === 0x20 || c === 0x09 || c === 0x0a || c === 0x23 || c === 0x2c || c === 0x5d || c === 0x7d)) bail();
  return Number(s.slice(start, p));
}

/**
 * The array element uv.lock is mostly made of, `{ name = "x" }` or
 * `{ name = "x", marker = "..." }`, matched whole in one native call (plain
 * strings only, as in COMMON_LINE). Groups: 1, 3 keys; 2, 4 strings.
 */
const COMMON_ITEM = /\{ ([A-Za-z0-9_-]+) = "([^"\\\x00-\x08\x0a-\x1f\x7f]*)"(?:, ([A-Za-z0-9_-]+) = "([^"\\\x00-\x08\x0a-\x1f\x7f]*)")? \}/y;

function readCommonItem(item: RegExpExecArray): Table {
  const table = newObject();
  const first = item[1]!;
  const second = item[3];
  if (first === '__proto__' || second === '__proto__' || second === first) bail();
  table[first] = item[2];
  if (second !== undefined) table[second] = item[4];
  return table;
}

function parseArray(depth: number): unknown[] {
  if (depth > MAX_DEPTH) bail();
  p++;
  const out: unknown[] = [];
  for (;;) {
    skipBlank();
    if (s.charCodeAt(p) === 0x5d /* ] */) {
      p++;
      return out;
    }
    COMMON_ITEM.lastIndex = p;
    const item = COMMON_ITEM.exec(s);
    if (item === null) out.push(parseValue(depth));
    else {
      p = COMMON_ITEM.lastIndex;
      out.push(readCommonItem(item));
    }
    skipBlank();
    const c = s.charCodeAt(p++);
    if (c === 0x5d) return out;
    if (c !== 0x2c /* , */) bail();
  }
}

/** `{ k = v, ... }` on one line, plain keys only (dotted keys, newlines and trailing commas bail). */
function parseInlineTable(depth: number): Table {
  if (depth > MAX_DEPTH) bail();
  p++;
  const out = newObject();
  skipSpaces();
  if (s.charCodeAt(p) === 0x7d /* } */) {
    p++;
    return out;
  }
  for (;;) {
    skipSpaces();
    const key = parseKeyPart();
    skipSpaces();
    if (s.charCodeAt(p++) !== 0x3d || out[key] !== undefined) bail();
    skipSpaces();
    out[key] = parseValue(depth);
    skipSpaces();
    const c = s.charCodeAt(p++);
    if (c === 0x7d) return out;
    if (c !== 0x2c) bail();
  }
}

function isControl(c: number): boolean {
  return (c < 0x20 && c !== 0x09) || c === 0x7f;
}

/** `'...'` on one line. */
function parseLiteralString(): string {
  const start = p + 1;
  LITERAL_BODY.lastIndex = start;
  LITERAL_BODY.test(s);
  p = LITERAL_BODY.lastIndex;
  if (s.charCodeAt(p) !== 0x27) bail();
  return s.slice(start, p++);
}

/** `"..."` on one line, with TOML 1.0's escapes. */
function parseBasicString(): string {
  let start = p + 1;
  let out = '';
  for (;;) {
    BASIC_BODY.lastIndex = start;
    BASIC_BODY.test(s);
    p = BASIC_BODY.lastIndex;
    const c = s.charCodeAt(p);
    if (c === 0x22) break;
    if (c !== 0x5c /* \ */) bail(); // a control character or the end of the text
    out += s.slice(start, p);
    out += parseEscape();
    start = p;
  }
  const last = s.slice(start, p++);
  return out === '' ? last : out + last;
}

const SIMPLE_ESCAPES: Record<number, string> = { 0x62: '\b', 0x74: '\t', 0x6e: '\n', 0x66: '\f', 0x72: '\r', 0x22: '"', 0x5c: '\\' };

/** One escape sequence, the cursor on its backslash and left after it. TOML 1.1's `\e` and `\x` bail. */
function parseEscape(): string {
  const c = s.charCodeAt(p + 1);
  const simple = SIMPLE_ESCAPES[c];
  if (simple !== undefined) {
    p += 2;
    return simple;
  }
  const length = c === 0x75 /* u */ ? 4 : c === 0x55 /* U */ ? 8 : bail();
  const hex = s.slice(p + 2, p + 2 + length);
  if (hex.length !== length || !/^[0-9A-Fa-f]+$/.test(hex)) bail();
  const code = parseInt(hex, 16);
  if (code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) bail();
  p += 2 + length;
  return String.fromCodePoint(code);
}

/**
 * `"""..."""` or `'''...'''`: a newline right after the opening is dropped,
 * and one or two quotes before the closing three belong to the string. A
 * line-ending backslash (which trims the next line's indent) bails.
 */
function parseMultiline(basic: boolean): string {
  const quote = basic ? 0x22 : 0x27;
  p += 3;
  if (s.charCodeAt(p) === 0x0a) p++;
  let start = p;
  let out = '';
  for (;;) {
    const c = s.charCodeAt(p);
    if (p >= s.length || (isControl(c) && c !== 0x0a)) bail();
    if (c === quote && s.charCodeAt(p + 1) === quote && s.charCodeAt(p + 2) === quote) {
      if (s.charCodeAt(p + 3) === quote) p++;
      if (s.charCodeAt(p + 3) === quote) p++;
      out += s.slice(start, p);
      p += 3;
      return out;
    }
    if (basic && c === 0x5c) {
      const next = s.charCodeAt(p + 1);
      if (next === 0x20 || next === 0x09 || next === 0x0a) bail();
      out += s.slice(start, p);
      out += parseEscape();
      start = p;
    } else p++;
  }
}
