// Small text helpers every layer uses, written once: the ordering of names
// and paths, `/`-separated relative paths, the stripping of terminal escapes,
// the JSON list inputs take, and a clause made the start of a sentence.
import path from 'node:path';
import { UserError } from './errors.js';

/** Code-unit order, the same on every machine (localeCompare is not). */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The strings in code-unit order, as compareStrings orders them: the default
 * `sort()` compares UTF-16 code units itself, without a call per comparison
 * (thousands of changed paths).
 */
export function sortedStrings(values: Iterable<string>): string[] {
  return [...values].sort();
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

/**
 * A list given as a JSON array of strings (`["a", "b"]`), as list inputs
 * accept it; `hint` says which other shapes the input takes.
 */
export function jsonStringList(name: string, text: string, hint: string): string[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new UserError(`input '${name}' starts with '[' but is not a JSON array`, hint);
  }
  if (!Array.isArray(parsed) || parsed.some((item) => typeof item !== 'string')) {
    throw new UserError(`input '${name}' is a JSON value but not an array of strings`, hint);
  }
  return parsed as string[];
}

/** `to` relative to `from`, `/`-separated on every OS (`''` when they are the same). */
export function posixRelative(from: string, to: string): string {
  return path.relative(from, to).split(path.sep).join('/');
}

/** A clause as the start of a sentence ("not saving the uv cache: …" → "Not saving the uv cache: …"). */
export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
