// The one matcher every glob dialect compiles to (globs.ts, glob-picomatch.ts).
// A pull request chooses the file names and can choose globs too (a member's
// pyproject.toml), so matching must not backtrack: a pattern becomes a tree
// of plain parts (GlobNode), the tree a Thompson automaton, and a name is
// matched by walking the set of live states one character at a time. The
// work is at most (pattern size) x (name length), whatever the pattern:
// `{a,b}` twenty times is forty states, not a million patterns, and fifty
// `*a` against a long name is a few hundred thousand steps, not minutes of
// backtracking as in a regular expression.
//
// Characters are UTF-16 code units, as JavaScript's regular expressions
// without the `u` flag see them (picomatch's semantics are those).

/** Whether one character (a UTF-16 code unit) is accepted. */
export type CharTest = (code: number) => boolean;

/**
 * What a zero-width condition (picomatch's lookaheads, `^`, `$`) may look
 * at: whether the position is the start, and the kinds of the next four
 * characters (`kinds`: two bits each, the character at the position in the
 * lowest; see kindAt). Kept this small so that every condition is known
 * for each of the few hundred windows, and a match reads each character once.
 */
export type Assertion = (atStart: boolean, kinds: number) => boolean;

/** The kinds of character an assertion tells apart. */
export const END = 0;
export const SLASH_KIND = 1;
export const DOT_KIND = 2;
const OTHER_KIND = 3;

/** The kind of the character `j` (0 to 3) places after the position. */
export const kindAt = (kinds: number, j: number): number => (kinds >> (2 * j)) & 3;

function kindOf(text: string, at: number): number {
  if (at >= text.length) return END;
  const c = text.charCodeAt(at);
  return c === 0x2f ? SLASH_KIND : c === 0x2e ? DOT_KIND : OTHER_KIND;
}

export type GlobNode =
  | { t: 'lit'; text: string }
  | { t: 'char'; test: CharTest }
  | { t: 'seq'; items: GlobNode[] }
  | { t: 'alt'; items: GlobNode[] }
  | { t: 'star'; item: GlobNode }
  | { t: 'assert'; test: Assertion };

export const lit = (text: string): GlobNode => ({ t: 'lit', text });
export const char = (test: CharTest): GlobNode => ({ t: 'char', test });
export const seq = (...items: GlobNode[]): GlobNode => ({ t: 'seq', items });
export const alt = (...items: GlobNode[]): GlobNode => ({ t: 'alt', items });
export const star = (item: GlobNode): GlobNode => ({ t: 'star', item });
export const assert = (test: Assertion): GlobNode => ({ t: 'assert', test });
export const optional = (item: GlobNode): GlobNode => alt(item, seq());

const SLASH = 0x2f;
/** Any character but `/`. */
export const NOT_SLASH: CharTest = (c) => c !== SLASH;
/** Any character at all. */
export const ANY: CharTest = () => true;

const CHAR = 0;
const SPLIT = 1;
const ASSERT = 2;
const MATCH = 3;

/** The automaton: state 0 is the match; each other state reads a character, splits, or asserts. */
class Nfa {
  readonly kind: number[] = [MATCH];
  readonly next: number[] = [-1];
  readonly tests: (CharTest | Assertion | undefined)[] = [undefined];
  readonly splits: number[][] = [[]];

  add(kind: number, next: number, test?: CharTest | Assertion): number {
    this.kind.push(kind);
    this.next.push(next);
    this.tests.push(test);
    this.splits.push([]);
    return this.kind.length - 1;
  }

  /** The states for `node`, continuing to `next`; returns the first. */
  build(node: GlobNode, next: number): number {
    switch (node.t) {
      case 'lit': {
        let at = next;
        for (let i = node.text.length - 1; i >= 0; i--) {
          const code = node.text.charCodeAt(i);
          at = this.add(CHAR, at, (c: number) => c === code);
        }
        return at;
      }
      case 'char':
        return this.add(CHAR, next, node.test);
      case 'seq': {
        let at = next;
        for (let i = node.items.length - 1; i >= 0; i--) at = this.build(node.items[i]!, at);
        return at;
      }
      case 'alt': {
        const split = this.add(SPLIT, -1);
        this.splits[split] = node.items.map((item) => this.build(item, next));
        return split;
      }
      case 'star': {
        const split = this.add(SPLIT, -1);
        this.splits[split] = [this.build(node.item, split), next];
        return split;
      }
      case 'assert':
        return this.add(ASSERT, next, node.test);
    }
  }
}

/** A literal pattern needs no automaton. */
function literalOf(node: GlobNode): string | undefined {
  if (node.t === 'lit') return node.text;
  if (node.t !== 'seq') return undefined;
  let text = '';
  for (const item of node.items) {
    const part = literalOf(item);
    if (part === undefined) return undefined;
    text += part;
  }
  return text;
}

/** DFA states remembered per pattern; past it they are forgotten and remembered afresh (exact, only slower). */
const MAX_DFA_STATES = 2_000;
/** Moves remembered per pattern, likewise. */
const MAX_DFA_MOVES = 200_000;

/**
 * Compiles `node` into a test of whole strings. The automaton is walked
 * as sets of states; each set met is remembered with its moves (a lazy DFA,
 * keyed by the character and by which assertions hold at the next position),
 * so a path costs one lookup per character once the sets are known.
 */
export function compileNode(node: GlobNode): (text: string) => boolean {
  const literal = literalOf(node);
  if (literal !== undefined) return (text) => text === literal;
  const nfa = new Nfa();
  const start = nfa.build(node, 0);
  return new LazyDfa(nfa, start).test;
}

class LazyDfa {
  private readonly kind: number[];
  private readonly next: number[];
  private readonly charTests: (CharTest | undefined)[];
  private readonly splits: number[][];
  /** For an assertion state, the bit of its condition in a position's mask. */
  private readonly assertBit: number[];
  private readonly assertions: Assertion[] = [];
  private readonly seen: Int32Array;
  private mark = 0;
  /** DFA states: the NFA states (reading or matching) live at a position. */
  private readonly sets: number[][] = [];
  private readonly ids = new Map<string, number>();
  private readonly moves: Map<number, number>[] = [];
  private readonly starts = new Map<number, number>();

  constructor(
    nfa: Nfa,
    private readonly start: number,
  ) {
    this.kind = nfa.kind;
    this.next = nfa.next;
    this.splits = nfa.splits;
    this.charTests = nfa.tests.map((t, s) => (nfa.kind[s] === CHAR ? (t as CharTest) : undefined));
    const bits = new Map<Assertion, number>();
    this.assertBit = nfa.tests.map((t, s) => {
      if (nfa.kind[s] !== ASSERT) return -1;
      const a = t as Assertion;
      if (!bits.has(a)) {
        bits.set(a, this.assertions.length);
        this.assertions.push(a);
      }
      return bits.get(a)!;
    });
    this.seen = new Int32Array(nfa.kind.length);
  }

  /** Which assertions hold in a window, as bits (computed once per window). */
  private readonly masks = new Int32Array(512).fill(-1);

  private maskOf(atStart: boolean, kinds: number): number {
    const index = (atStart ? 256 : 0) | kinds;
    let mask = this.masks[index]!;
    if (mask < 0) {
      mask = 0;
      for (let i = 0; i < this.assertions.length; i++) if (this.assertions[i]!(atStart, kinds)) mask |= 1 << i;
      this.masks[index] = mask;
    }
    return mask;
  }

  /** The DFA state for the NFA states reachable without reading from `from`, under `mask`. */
  private close(from: readonly number[], mask: number): number {
    const mark = ++this.mark;
    const list: number[] = [];
    const stack = [...from];
    while (stack.length > 0) {
      const s = stack.pop()!;
      if (this.seen[s] === mark) continue;
      this.seen[s] = mark;
      const k = this.kind[s];
      if (k === SPLIT) for (const out of this.splits[s]!) stack.push(out);
      else if (k === ASSERT) {
        if (mask & (1 << this.assertBit[s]!)) stack.push(this.next[s]!);
      } else list.push(s);
    }
    list.sort((a, b) => a - b);
    const key = list.join(',');
    let id = this.ids.get(key);
    if (id === undefined) {
      // Past the bound, what is remembered is forgotten and remembering starts
      // again: memory stays bounded, and each step still costs at most the automaton's size.
      if (this.sets.length >= MAX_DFA_STATES || this.remembered > MAX_DFA_MOVES) this.forget();
      id = this.sets.length;
      this.sets.push(list);
      this.moves.push(new Map());
      this.ids.set(key, id);
    }
    return id;
  }

  /** Bumped each time the remembered sets are forgotten, so a move computed across it is not stored. */
  private era = 0;
  private remembered = 0;

  private forget(): void {
    this.remembered = 0;
    this.ids.clear();
    this.sets.length = 0;
    this.moves.length = 0;
    this.starts.clear();
    this.era++;
  }

  private step(state: number, code: number, kinds: number): number {
    const key = code * 256 + kinds;
    const known = this.moves[state]!.get(key);
    if (known !== undefined) return known;
    const targets: number[] = [];
    for (const s of this.sets[state]!) if (this.kind[s] === CHAR && this.charTests[s]!(code)) targets.push(this.next[s]!);
    const era = this.era;
    const next = this.close(targets, this.maskOf(false, kinds));
    if (era === this.era && ++this.remembered <= MAX_DFA_MOVES) this.moves[state]!.set(key, next);
    return next;
  }

  readonly test = (text: string): boolean => {
    // The window at position 0, then slid one character at a time.
    let kinds = kindOf(text, 0) | (kindOf(text, 1) << 2) | (kindOf(text, 2) << 4) | (kindOf(text, 3) << 6);
    const watch = this.assertions.length > 0;
    const mask0 = this.maskOf(true, kinds);
    let state = this.starts.get(mask0);
    if (state === undefined) {
      state = this.close([this.start], mask0);
      this.starts.set(mask0, state);
    }
    for (let i = 0; i < text.length; i++) {
      kinds = (kinds >> 2) | (kindOf(text, i + 4) << 6);
      state = this.step(state, text.charCodeAt(i), watch ? kinds : 0);
      if (this.sets[state]!.length === 0) return false;
    }
    return this.sets[state]!.includes(0);
  };
}
