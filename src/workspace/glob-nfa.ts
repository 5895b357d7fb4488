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
/** A zero-width condition on the text at a position (picomatch's lookaheads, `^`, `$`). */
export type Assertion = (text: string, at: number) => boolean;

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

/** Compiles `node` into a test of whole strings. */
export function compileNode(node: GlobNode): (text: string) => boolean {
  const literal = literalOf(node);
  if (literal !== undefined) return (text) => text === literal;
  const nfa = new Nfa();
  const start = nfa.build(node, 0);
  const { kind, next, tests, splits } = nfa;
  const seen = new Int32Array(kind.length).fill(-1);
  return (text) => {
    let current: number[] = [];
    let following: number[] = [];
    const stack: number[] = [];
    // Every state reachable from `from` without reading, at position `at`, into `list`.
    const close = (from: number, at: number, list: number[]): void => {
      stack.push(from);
      while (stack.length > 0) {
        const s = stack.pop()!;
        if (seen[s] === at) continue;
        seen[s] = at;
        const k = kind[s];
        if (k === SPLIT) for (const out of splits[s]!) stack.push(out);
        else if (k === ASSERT) {
          if ((tests[s] as Assertion)(text, at)) stack.push(next[s]!);
        } else list.push(s);
      }
    };
    seen.fill(-1);
    close(start, 0, current);
    for (let i = 0; i < text.length && current.length > 0; i++) {
      const code = text.charCodeAt(i);
      for (const s of current) if (kind[s] === CHAR && (tests[s] as CharTest)(code)) close(next[s]!, i + 1, following);
      [current, following] = [following, current];
      following.length = 0;
    }
    return seen[0] === text.length;
  };
}
