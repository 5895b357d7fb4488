// The only place that reads the action's inputs. Everything is validated here
// into a typed Config, so a bad value fails before any work with a message
// that names the input.
import path from 'node:path';
import { UserError } from './errors.js';

export type Mode = 'sync' | 'detect';
export type LinkModeInput = 'auto' | 'hardlink' | 'clone' | 'copy' | 'symlink';
export type SaveCachePolicy = 'auto' | 'always' | 'never';
/** Which changes in a member reach the members that install it: only shipped files (default), or any file. */
export type Dependents = 'shipped' | 'any';
export const DEPENDENTS: readonly Dependents[] = ['shipped', 'any'];

export interface Config {
  /** Absolute repository root (GITHUB_WORKSPACE, else the current directory). */
  repoRoot: string;
  /** Absolute workspace root. */
  workingDirectory: string;
  mode: Mode;
  /** Explicit members to sync (detection skipped), `'all'`, or undefined to detect. */
  packages: string[] | 'all' | undefined;
  /** Explicit changed paths (git skipped), or undefined. */
  changedFiles: string[] | undefined;
  base: string | undefined;
  head: string | undefined;
  ignore: string[];
  global: string[];
  syncArgs: string[];
  dependents: Dependents;
  pythonVersion: string | undefined;
  cache: boolean;
  cacheDir: string | undefined;
  cacheKeySuffix: string;
  saveCache: SaveCachePolicy;
  pruneCache: boolean;
  linkMode: LinkModeInput;
  /** 0 = one matrix leg per member. */
  shards: number;
  summary: boolean;
  debug: boolean;
  githubToken: string;
}

/** Reads one input by its kebab-case name (as `core.getInput` does). */
export type InputReader = (name: string) => string;

const MODES: readonly Mode[] = ['sync', 'detect'];
const LINK_MODES: readonly LinkModeInput[] = ['auto', 'hardlink', 'clone', 'copy', 'symlink'];

function oneOf<T extends string>(name: string, raw: string, allowed: readonly T[], fallback: T): T {
  const value = raw.trim() || fallback;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UserError(`input '${name}' is '${value}'`, `use one of: ${allowed.join(', ')}`);
}

export function parseBoolean(name: string, raw: string, fallback: boolean): boolean {
  const value = raw.trim().toLowerCase();
  if (value === '') return fallback;
  if (['true', 'yes', '1', 'on'].includes(value)) return true;
  if (['false', 'no', '0', 'off'].includes(value)) return false;
  throw new UserError(`input '${name}' is '${raw.trim()}'`, 'use true or false');
}

/**
 * A list input: a JSON array of strings, or items separated by newlines (and,
 * when `splitSpaces`, commas and spaces too). Paths can hold spaces, so
 * `changed-files` splits on newlines only.
 */
export function parseList(name: string, raw: string, splitSpaces: boolean): string[] {
  const text = raw.trim();
  if (text === '') return [];
  if (text.startsWith('[')) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      throw new UserError(`input '${name}' starts with '[' but is not a JSON array`, 'give a JSON array of strings, or one item per line');
    }
    if (!Array.isArray(parsed) || parsed.some((item) => typeof item !== 'string')) {
      throw new UserError(`input '${name}' is a JSON value but not an array of strings`, 'give a JSON array of strings, or one item per line');
    }
    return (parsed as string[]).map((s) => s.trim()).filter(Boolean);
  }
  const separator = splitSpaces ? /[\s,]+/ : /\r?\n/;
  return text
    .split(separator)
    .map((s) => s.trim())
    .filter(Boolean);
}

/**
 * Splits `sync-args` the way a POSIX shell splits words (quotes and
 * backslashes), without expanding anything: the words go to uv as argv.
 */
export function splitArgs(name: string, raw: string): string[] {
  const words: string[] = [];
  let word = '';
  let inWord = false;
  let quote: '"' | "'" | undefined;
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i]!;
    if (quote) {
      if (c === quote) quote = undefined;
      else if (c === '\\' && quote === '"' && i + 1 < raw.length && '"\\$`'.includes(raw[i + 1]!)) word += raw[++i];
      else word += c;
    } else if (c === '"' || c === "'") {
      quote = c;
      inWord = true;
    } else if (c === '\\' && i + 1 < raw.length) {
      word += raw[++i];
      inWord = true;
    } else if (/\s/.test(c)) {
      if (inWord) words.push(word);
      word = '';
      inWord = false;
    } else {
      word += c;
      inWord = true;
    }
  }
  if (quote) throw new UserError(`input '${name}' has an unclosed ${quote} quote`, 'close the quote or remove it');
  if (inWord) words.push(word);
  return words;
}

/** uv sync options that would contradict the members the action selects. */
const CONFLICTING_SYNC_ARGS = ['--package', '--all-packages', '--only-install-workspace', '--project', '--directory'];

function checkSyncArgs(args: string[]): void {
  for (const arg of args) {
    const flag = arg.split('=')[0]!;
    if (CONFLICTING_SYNC_ARGS.includes(flag)) {
      throw new UserError(
        `input 'sync-args' contains '${flag}', which conflicts with the members the action selects`,
        flag === '--package' || flag === '--all-packages'
          ? "use the 'packages' input to choose members"
          : "use 'working-directory' to choose the workspace",
      );
    }
  }
}

function parseShards(raw: string): number {
  const text = raw.trim() || '0';
  if (!/^\d+$/.test(text) || Number(text) > 256) {
    throw new UserError(`input 'shards' is '${raw.trim()}'`, 'use a whole number from 0 (one leg per member) to 256');
  }
  return Number(text);
}

function parseSaveCache(raw: string): SaveCachePolicy {
  const value = raw.trim().toLowerCase() || 'auto';
  if (value === 'auto') return 'auto';
  if (['true', 'always', 'yes'].includes(value)) return 'always';
  if (['false', 'never', 'no'].includes(value)) return 'never';
  throw new UserError(`input 'save-cache' is '${raw.trim()}'`, 'use auto, true or false');
}

function optional(raw: string): string | undefined {
  const value = raw.trim();
  return value === '' ? undefined : value;
}

/**
 * Builds the Config from the inputs. `repoRoot` is GITHUB_WORKSPACE in the
 * action; `working-directory` must stay inside it.
 */
export function parseConfig(read: InputReader, repoRoot: string): Config {
  const workingDirectory = path.resolve(repoRoot, read('working-directory').trim() || '.');
  const relative = path.relative(repoRoot, workingDirectory);
  if (relative.startsWith('..') || path.isAbsolute(relative)) {
    throw new UserError(
      `input 'working-directory' (${read('working-directory').trim()}) is outside the repository (${repoRoot})`,
      'give a path relative to the repository root',
    );
  }
  const packagesRaw = parseList('packages', read('packages'), true);
  const packages = packagesRaw.length === 0 ? undefined : packagesRaw.length === 1 && packagesRaw[0] === 'all' ? 'all' : packagesRaw;
  const changedFilesRaw = read('changed-files');
  const syncArgs = splitArgs('sync-args', read('sync-args'));
  checkSyncArgs(syncArgs);
  return {
    repoRoot,
    workingDirectory,
    mode: oneOf('mode', read('mode'), MODES, 'sync'),
    packages,
    changedFiles: changedFilesRaw.trim() === '' ? undefined : parseList('changed-files', changedFilesRaw, false),
    base: optional(read('base')),
    head: optional(read('head')),
    ignore: parseList('ignore', read('ignore'), false),
    global: parseList('global', read('global'), false),
    syncArgs,
    dependents: oneOf('dependents', read('dependents'), DEPENDENTS, 'shipped'),
    pythonVersion: optional(read('python-version')),
    cache: parseBoolean('cache', read('cache'), true),
    cacheDir: optional(read('cache-dir')),
    cacheKeySuffix: read('cache-key-suffix').trim(),
    saveCache: parseSaveCache(read('save-cache')),
    pruneCache: parseBoolean('prune-cache', read('prune-cache'), true),
    linkMode: oneOf('link-mode', read('link-mode'), LINK_MODES, 'auto'),
    shards: parseShards(read('shards')),
    summary: parseBoolean('summary', read('summary'), true),
    debug: parseBoolean('debug', read('debug'), false),
    githubToken: read('github-token').trim(),
  };
}
