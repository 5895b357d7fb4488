// Path filters (`ignore`, `global`) mean what they mean in picomatch with
// `dot: true` (dorny/paths-filter's matcher, which users copy filters from),
// matched against repository-relative paths without regular expressions
// (glob-nfa.ts). picomatch compiles a glob to a regular expression through
// three routes, and the routes differ in small ways that decide real matches
// (`.*` as a whole pattern matches `..x`, inside braces it does not); each
// route is followed here as picomatch 4 takes it, and test/property checks
// the result against picomatch itself on generated patterns and paths.
//
// Where picomatch's answer comes from its regular expression rather than
// from glob rules, the pattern is refused with a message instead of matched
// differently: extglobs `@(a|b)`, a bare `(`, `)` or `|` (a regex group and
// alternation in picomatch), `"` (quoting), brace ranges `{1..3}`, braces
// without a comma, POSIX classes, `***`, a `\` before a letter or digit (a
// regex escape like `\b`), `\\`, a class that never closes, and doubled
// `$`, `^` or `+`. Escape such a character with `\` to match it literally.
import { alt, ANY, assert, char, compileNode, DOT_KIND, END, kindAt, lit, NOT_SLASH, optional, seq, SLASH_KIND, star, type Assertion, type CharTest, type GlobNode } from './glob-nfa.js';

/** A glob this dialect refuses; the caller names the input it came from. */
export class GlobSyntaxError extends Error {}

/** Longer globs are refused (picomatch allows 65,536 characters; no path filter comes near this). */
const MAX_GLOB_LENGTH = 4096;
/** Braces nested deeper are refused. */
const MAX_BRACE_DEPTH = 32;

const SLASH = 0x2f;

// picomatch's lookaheads with `dot: true`, as conditions on the window at a position (glob-nfa.ts).
const endsSegment = (kinds: number, j: number) => kindAt(kinds, j) === END || kindAt(kinds, j) === SLASH_KIND;
/** `\.{1,2}(?:\/|$)` at place `j`: a `.` or `..` path segment starts there. */
function dotsSegment(kinds: number, j: number): boolean {
  if (kindAt(kinds, j) !== DOT_KIND) return false;
  return endsSegment(kinds, j + 1) || (kindAt(kinds, j + 1) === DOT_KIND && endsSegment(kinds, j + 2));
}
/** `(?!\.{1,2}(?:\/|$))`. */
const NO_DOTS_SLASH: Assertion = (_start, kinds) => !dotsSegment(kinds, 0);
/** `(?!\.{0,1}(?:\/|$))`: after a `.`, neither the end, a `/`, nor `./` or `.` then the end. */
const NO_DOT_SLASH: Assertion = (_start, kinds) => !(endsSegment(kinds, 0) || (kindAt(kinds, 0) === DOT_KIND && endsSegment(kinds, 1)));
/** `(?!(?:^|\/)\.{1,2}(?:\/|$))`. */
const NO_DOTS: Assertion = (start, kinds) => !((start && dotsSegment(kinds, 0)) || (kindAt(kinds, 0) === SLASH_KIND && dotsSegment(kinds, 1)));
/** `(?=.)` (the `s` flag: any character). */
const ONE_CHAR: Assertion = (_start, kinds) => kindAt(kinds, 0) !== END;
const AT_START: Assertion = (start) => start;
const AT_END: Assertion = (_start, kinds) => kindAt(kinds, 0) === END;

/** `[^/]*?`: a star inside one path segment. */
const STAR = (): GlobNode => star(char(NOT_SLASH));
/** picomatch's globstar: any characters, but never a `.` or `..` segment. */
const GLOBSTAR = (): GlobNode => star(seq(assert(NO_DOTS), char(ANY)));

const isWord = (c: string) => /^[A-Za-z0-9_]$/.test(c);
const isAlnum = (c: string) => /^[A-Za-z0-9]$/.test(c);

function refuse(pattern: string, why: string): never {
  throw new GlobSyntaxError(`\`${pattern}\`: ${why}`);
}

/** The checks every route shares: what picomatch would read as a regular expression, not a glob. */
function checkEscapes(pattern: string, text: string): void {
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '\0') refuse(pattern, 'a NUL character is not allowed');
    if (c !== '\\') continue;
    const next = text[i + 1];
    if (next === undefined) refuse(pattern, 'it ends with a lone `\\`');
    if (next === '\\') refuse(pattern, '`\\\\` is not supported (no path filter can match a backslash)');
    if (isAlnum(next)) refuse(pattern, `\`\\${next}\` is a regular-expression escape in picomatch; write \`${next}\``);
    i++;
  }
  for (const run of ['$$', '^^', '++']) if (text.includes(run)) refuse(pattern, `\`${run}\` is read as a regular expression by picomatch; escape each with \`\\\``);
  if (text.includes('***')) refuse(pattern, '`***` is not a glob; use `*` or `**`');
}

// ---------------------------------------------------------------------------
// Route 1: a pattern starting with `*` or `.` that is one of a few shapes.

/** The shapes picomatch compiles directly, with `**` (`dot: true`) excluding `.`/`..` segments. */
function fastShape(shape: string): GlobNode | undefined {
  const globstarDir = () => optional(seq(assert(NO_DOTS), GLOBSTAR(), lit('/')));
  switch (shape) {
    case '*':
      return seq(assert(NO_DOTS), assert(ONE_CHAR), STAR());
    case '.*':
      return seq(lit('.'), assert(ONE_CHAR), STAR());
    case '*.*':
      return seq(assert(NO_DOTS), STAR(), lit('.'), assert(ONE_CHAR), STAR());
    case '*/*':
      return seq(assert(NO_DOTS), STAR(), lit('/'), assert(ONE_CHAR), assert(NO_DOTS_SLASH), STAR());
    case '**':
      return seq(assert(NO_DOTS), GLOBSTAR());
    case '**/*':
      return seq(globstarDir(), assert(NO_DOTS_SLASH), assert(ONE_CHAR), STAR());
    case '**/*.*':
      return seq(globstarDir(), assert(NO_DOTS_SLASH), STAR(), lit('.'), assert(ONE_CHAR), STAR());
    case '**/.*':
      return seq(globstarDir(), lit('.'), assert(ONE_CHAR), STAR());
    default: {
      // `<shape>.<word characters>`, split at the last dot.
      const dot = shape.lastIndexOf('.');
      const ext = shape.slice(dot + 1);
      if (dot < 0 || ext === '' || ![...ext].every(isWord)) return undefined;
      const head = fastShape(shape.slice(0, dot));
      return head && seq(head, lit(`.${ext}`));
    }
  }
}

// ---------------------------------------------------------------------------
// Route 2: a pattern with no `/`, brackets, braces, parentheses or quotes
// that does not start with `*` or `!`: each `*` is a star in the segment,
// each `?` one character, everything else literal.

function plainRoute(pattern: string, text: string): GlobNode {
  if (text.includes('|')) refuse(pattern, '`|` is a regular-expression alternation in picomatch; escape it as `\\|`');
  const items: GlobNode[] = [];
  for (let i = 0; i < text.length; i++) {
    let c = text[i]!;
    if (c === '\\') c = text[++i]!;
    else if (c === '*') {
      while (text[i + 1] === '*') i++;
      items.push(STAR());
      continue;
    } else if (c === '?') {
      items.push(char(NOT_SLASH));
      continue;
    }
    items.push(lit(c));
  }
  return seq(...items);
}

// ---------------------------------------------------------------------------
// Route 3: picomatch's tokenizer, step by step.

type TokenType = 'bos' | 'text' | 'dot' | 'slash' | 'star' | 'globstar' | 'qmark' | 'bracket' | 'brace' | 'comma';

interface Token {
  type: TokenType;
  /** Where this token's part of the output starts. */
  start: number;
  prev?: Token;
}

/** Brace markers in the flat output: `(`, `|`, `)`. */
const OPEN = { t: 'open' } as const;
const BAR = { t: 'bar' } as const;
const CLOSE = { t: 'close' } as const;
type Item = GlobNode | typeof OPEN | typeof BAR | typeof CLOSE;

/** The flat output (picomatch's regex source, as values) into one tree. */
function tree(items: readonly Item[]): GlobNode {
  const stack: GlobNode[][][] = [[[]]];
  for (const item of items) {
    const branches = stack.at(-1)!;
    if (item.t === 'open') stack.push([[]]);
    else if (item.t === 'bar') branches.push([]);
    else if (item.t === 'close') {
      stack.pop();
      stack.at(-1)!.at(-1)!.push(alt(...branches.map((b) => seq(...b))));
    } else branches.at(-1)!.push(item);
  }
  return seq(...stack[0]![0]!);
}

/** A character class as JavaScript reads picomatch's `[...]` (`!` is a member, `^` negates, a negated class never matches `/`). */
function classTest(atoms: readonly { code: number; dash: boolean }[], negated: boolean, pattern: string): CharTest {
  const ranges: [number, number][] = [];
  for (let i = 0; i < atoms.length; i++) {
    const a = atoms[i]!;
    const to = atoms[i + 2];
    if (atoms[i + 1]?.dash && to) {
      if (to.code < a.code) refuse(pattern, `the range \`${String.fromCharCode(a.code)}-${String.fromCharCode(to.code)}\` is out of order`);
      ranges.push([a.code, to.code]);
      i += 2;
    } else ranges.push([a.code, a.code]);
  }
  const inClass = (c: number) => ranges.some(([lo, hi]) => c >= lo && c <= hi);
  return negated ? (c) => c !== SLASH && !inClass(c) : inClass;
}

/** The class starting at `text[at] === '['`; undefined when no `]` follows at all (the `[` is then literal). */
function readClass(pattern: string, text: string, at: number): { node: GlobNode; end: number } | undefined {
  if (!text.slice(at + 1).includes(']')) return undefined;
  let i = at + 1;
  let raw = '';
  const atoms: { code: number; dash: boolean }[] = [];
  let literal = '';
  const negated = text[i] === '^';
  if (negated) {
    raw = '^';
    literal = '^';
    i++;
  }
  for (; ; i++) {
    const c = text[i];
    if (c === undefined) refuse(pattern, 'the `[` class never closes');
    if (c === '\\') {
      const next = text[i + 1]!;
      // picomatch drops a `\` before `/`, `.` and `;`; the character then counts as written.
      if (next === '/' || next === '.' || next === ';') continue;
      atoms.push({ code: next.charCodeAt(0), dash: false });
      raw += `\\${next}`;
      literal += next;
      i++;
      continue;
    }
    if (c === ']' && (raw === '' || raw === '^')) {
      atoms.push({ code: 0x5d, dash: false });
      raw += '\\]';
      literal += ']';
      continue;
    }
    if (c === ']') break;
    if (c === '[') refuse(pattern, 'a `[` inside a class (POSIX classes like `[[:alpha:]]` are not supported)');
    const closesNext = text[i + 1] === ']';
    atoms.push({ code: c.charCodeAt(0), dash: c === '-' && !closesNext });
    raw += c === '-' && closesNext ? '\\-' : c;
    literal += c;
  }
  const test = char(classTest(atoms, negated, pattern));
  // A class without regular-expression characters also matches itself, written out.
  const node = /[-*+?.^${}(|)[\]]/.test(raw) ? test : alt(lit(`[${literal}]`), test);
  return { node, end: i };
}

/**
 * Route 3: picomatch's tokenizer, as a walk over the glob. The output is
 * flat, as picomatch's regex source is (brace groups as markers), because
 * `**` rewrites the tail of what came before it.
 */
class Tokenizer {
  private out: Item[] = [];
  private readonly bos: Token = { type: 'bos', start: 0 };
  private prev: Token = this.bos;
  /** Where the glob's body begins: after a leading `!`, and after each leading `./`. */
  private body: number;
  private readonly braces: { comma: boolean }[] = [];

  constructor(
    private readonly pattern: string,
    private readonly text: string,
    start: number,
  ) {
    this.body = start;
  }

  run(): GlobNode {
    for (let i = this.body; i < this.text.length; i++) i = this.step(i);
    if (this.braces.length > 0) refuse(this.pattern, 'a `{` never closes');
    // A glob ending in a star or a class also matches with one `/` after it.
    if (this.prev.type === 'star' || this.prev.type === 'bracket') this.out.push(optional(lit('/')));
    return tree(this.out);
  }

  private push(type: TokenType, ...items: Item[]): void {
    const { prev } = this;
    // A globstar not followed by `/` (or by `,`/`}` inside braces) is a plain star after all.
    if (prev.type === 'globstar' && type !== 'slash' && !(this.braces.length > 0 && (type === 'comma' || type === 'brace'))) {
      this.out.splice(prev.start, this.out.length - prev.start, STAR());
      prev.type = 'star';
    }
    this.prev = { type, start: this.out.length, prev };
    this.out.push(...items);
  }

  /** Reads the character at `i`; returns the last index it consumed. */
  private step(i: number): number {
    const c = this.text[i]!;
    const next = this.text[i + 1];
    if (c === '\\') {
      // picomatch drops a `\` before `/`, `.` and `;`: the character then counts as written.
      if (next === '/' || next === '.' || next === ';') return i;
      this.push('text', lit(next!));
      return i + 1;
    }
    if (c === '"' || c === '(' || c === ')' || c === '|') {
      refuse(this.pattern, `\`${c}\` is ${c === '"' ? 'quoting' : 'regular-expression syntax'} in picomatch; escape it as \`\\${c}\``);
    }
    if ('@!+?*'.includes(c) && next === '(') refuse(this.pattern, 'extglobs like `@(a|b)` are not supported; use `{a,b}`');
    if (c === '+' && (this.prev.type === 'bracket' || this.prev.type === 'brace')) {
      refuse(this.pattern, 'a `+` after `]` or a brace repeats in picomatch; escape it as `\\+`');
    }
    switch (c) {
      case '[':
        return this.bracket(i);
      case '{':
      case ',':
      case '}':
        return this.brace(c, i);
      case '/':
        return this.slash(i);
      case '.':
        if (this.braces.length > 0 && this.prev.type === 'dot') refuse(this.pattern, 'brace ranges like `{1..3}` are not supported; list the values: `{1,2,3}`');
        this.push(this.braces.length === 0 && this.prev.type !== 'bos' && this.prev.type !== 'slash' ? 'text' : 'dot', lit('.'));
        return i;
      case '?':
        this.push('qmark', char(NOT_SLASH));
        return i;
      case '*':
        return this.star(i);
      default:
        this.push('text', lit(c));
        return i;
    }
  }

  private bracket(i: number): number {
    const cls = readClass(this.pattern, this.text, i);
    // Without a `]` anywhere after it, `[` is literal (still a bracket token to picomatch).
    this.push('bracket', cls ? cls.node : lit('['));
    return cls ? cls.end : i;
  }

  private brace(c: '{' | ',' | '}', i: number): number {
    const open = this.braces.at(-1);
    if (c === '{') {
      if (this.braces.length >= MAX_BRACE_DEPTH) refuse(this.pattern, `braces nest more than ${MAX_BRACE_DEPTH} deep`);
      this.braces.push({ comma: false });
      this.push('brace', OPEN);
    } else if (!open) {
      this.push('text', lit(c));
    } else if (c === ',') {
      open.comma = true;
      this.push('comma', BAR);
    } else {
      if (!open.comma) refuse(this.pattern, 'braces without a comma are literal in picomatch; escape them as `\\{` and `\\}`');
      this.push('brace', CLOSE);
      this.braces.pop();
    }
    return i;
  }

  private slash(i: number): number {
    if (this.prev.type === 'dot' && i === this.body + 1) {
      // A leading `./` is dropped.
      this.body = i + 1;
      this.out = [];
      this.prev = this.bos;
    } else this.push('slash', lit('/'));
    return i;
  }

  /** A `*`: a star, or with the one before it a globstar. Returns the last index consumed. */
  private star(i: number): number {
    const { prev, text } = this;
    if (prev.type !== 'star') {
      // A star opening a segment (or the glob) never matches a `.`/`..` segment, nor (unless `**`) nothing at the very end.
      if (i === this.body || prev.type === 'slash' || prev.type === 'dot') {
        this.out.push(assert(prev.type === 'dot' ? NO_DOT_SLASH : NO_DOTS_SLASH));
        if (text[i + 1] !== '*') this.out.push(assert(ONE_CHAR));
      }
      this.push('star', STAR());
      return i;
    }
    const prior = prev.prev!;
    const inBraces = this.braces.length > 0 && (prior.type === 'brace' || prior.type === 'comma');
    // `a**` is `a*`.
    if (prior.type !== 'slash' && prior.type !== 'bos' && !inBraces) {
      this.push('star');
      return i;
    }
    // `/**/**` is `/**`.
    while (text.startsWith('/**', i + 1) && (text[i + 4] === undefined || text[i + 4] === '/')) i += 3;
    return this.globstar(i, prev, prior);
  }

  /** The rewrites a `**` makes of what came before it, by what surrounds it. */
  private globstar(i: number, prev: Token, prior: Token): number {
    const end = i + 1 === this.text.length;
    const slashNext = this.text[i + 1] === '/';
    const afterStar = prior.prev?.type === 'star' || prior.prev?.type === 'globstar';
    const head = this.out.slice(0, prior.start);
    const priorPart = this.out.slice(prior.start, prev.start);
    const inner = prior.type === 'slash' && prior.prev?.type !== 'bos';
    prev.type = 'globstar';
    if (prior.type === 'bos' && end) {
      this.out = [GLOBSTAR()];
    } else if (inner && !afterStar && end) {
      // `a/**`: `a` itself, or anything below it.
      this.out = [...head, OPEN, ...priorPart, GLOBSTAR(), BAR, assert(AT_END), CLOSE];
    } else if (inner && slashNext) {
      // `a/**/b`: any segments between, none included.
      const orEnd = this.text[i + 2] !== undefined ? [BAR, assert(AT_END)] : [];
      this.out = [...head, OPEN, ...priorPart, GLOBSTAR(), lit('/'), BAR, lit('/'), ...orEnd, CLOSE];
      this.push('slash');
      return i + 1;
    } else if (prior.type === 'bos' && slashNext) {
      // `**/b`: `b` at any depth.
      this.out = [OPEN, assert(AT_START), BAR, lit('/'), BAR, GLOBSTAR(), lit('/'), CLOSE];
      this.push('slash');
      return i + 1;
    } else {
      this.out = [...this.out.slice(0, prev.start), GLOBSTAR()];
    }
    return i;
  }
}

/** What a path filter compiles to: the tree, and whether a leading `!` negates it. */
function picomatchNode(pattern: string): { node: GlobNode; negated: boolean } {
  // Route 1 (picomatch's makeRe): a glob starting with `*` or `.` of one of the direct shapes.
  if (pattern[0] === '.' || pattern[0] === '*') {
    const shape = removePrefix(REPLACEMENTS[pattern] ?? pattern);
    const node = fastShape(shape);
    // These too match with one `/` after them.
    if (node) return { node: seq(node, optional(lit('/'))), negated: false };
  }
  const input = removePrefix(REPLACEMENTS[pattern] ?? pattern);
  checkEscapes(pattern, input);
  // Route 2: nothing but characters, `*`, `?` and escapes.
  if (!/(^[*!]|[/()[\]{}"])/.test(input)) return { node: plainRoute(pattern, input), negated: false };
  let bangs = 0;
  while (input[bangs] === '!' && input[bangs + 1] !== '(') bangs++;
  if (bangs > 0 && bangs % 2 === 0) refuse(pattern, 'an even number of leading `!` is not supported; drop them');
  return { node: new Tokenizer(pattern, input, bangs).run(), negated: bangs > 0 };
}

/** picomatch's replacements of whole globs. */
const REPLACEMENTS: Readonly<Record<string, string>> = { '***': '*', '**/**': '**', '**/**/**': '**' };

function removePrefix(text: string): string {
  return text.startsWith('./') ? text.slice(2) : text;
}

/**
 * A matcher of repository-relative paths for one glob, as picomatch with
 * `{ dot: true }` matches (a path equal to the glob as written matches too,
 * as in picomatch); throws GlobSyntaxError for what it refuses (above).
 */
export function compilePicomatch(pattern: string): (path: string) => boolean {
  if (pattern.length > MAX_GLOB_LENGTH) refuse(`${pattern.slice(0, 40)}…`, `longer than ${MAX_GLOB_LENGTH} characters`);
  const { node, negated } = picomatchNode(pattern);
  const test = compileNode(node);
  return (path) => path !== '' && (path === pattern || test(path) !== negated);
}
