// Small text helpers every layer uses, written once: the ordering of names
// and paths, and the stripping of terminal escapes.

/** Code-unit order, the same on every machine (localeCompare is not). */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Order by a string key (a member's name, an entry's key), in code-unit order. */
export function by<T>(key: (item: T) => string): (a: T, b: T) => number {
  return (a, b) => compareStrings(key(a), key(b));
}

// CSI sequences (colours, cursor moves) and OSC hyperlinks.
// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[[0-?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)/g;

/** `text` without terminal escapes (uv colours its output when it thinks it may). */
export function stripAnsi(text: string): string {
  return text.replace(ANSI, '');
}
