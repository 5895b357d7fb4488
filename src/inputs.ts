// The only place that reads the action's inputs. Everything is validated here
// into a typed Config, so a bad value fails before any work with a message
// that names the input.
import { realpathSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { UserError } from './errors.js';
import { parseChangedFilesText } from './changes/paths.js';
import { parseSyncSettings, splitArgs } from './sync-args.js';
import type { UvEnvSettings } from './uv-settings.js';
import { jsonStringList } from './text.js';
import { checkPathFilters } from './workspace/globs.js';
import type { SyncArgs } from './workspace/selection.js';
import { diskCase } from './workspace/disk-case.js';

export type Mode = 'sync' | 'detect' | 'record';
export type LinkModeInput = 'auto' | 'hardlink' | 'clone' | 'copy' | 'symlink';
export type SaveCachePolicy = 'auto' | 'always' | 'never' | 'default-branch';
/** `auto`: on for GitHub-hosted runners, off on self-hosted ones and on risky events (cache/policy.ts cacheGate). */
export type CacheInput = 'auto' | 'true' | 'false';
/** Which changes in a member reach the members that install it: only shipped files (default), or any file. */
export type Dependents = 'shipped' | 'any';
export const DEPENDENTS: readonly Dependents[] = ['shipped', 'any'];

export interface Config {
  /**
   * Absolute repository root. parseConfig sets GITHUB_WORKSPACE (else the
   * current directory), which `working-directory` is relative to; the entry
   * point then replaces it with the root git finds from the working directory
   * (findRepoRoot), which differs when actions/checkout used `path:`.
   */
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
  /** The effective sync settings: `sync-args`, with the uv settings of the step's environment read into them (flags win). */
  syncArgs: SyncArgs;
  /** What the step's environment gives uv sync (UV_NO_EDITABLE, UV_NO_CACHE, …), each variable named for the log. */
  uvEnv: UvEnvSettings;
  dependents: Dependents;
  pythonVersion: string | undefined;
  cache: CacheInput;
  /** Restore and save each give up (with a warning) after this long. */
  cacheTimeoutMs: number;
  /** `uv sync` (all of it) is stopped, with its child processes, after this long, and the step fails. */
  syncTimeoutMs: number;
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
  /** Drop affected members whose exact fingerprint already passed (a marker in the GitHub cache). */
  skipPassed: boolean;
  /** The `run` command's words, run once per affected member after the sync; empty for none. */
  run: string[];
  /** Members whose command runs at once. */
  runParallel: number;
  /** One member's run is stopped, with its process tree, after this long. */
  runTimeoutMs: number;
  /** The `fingerprints` input: compute them for the output even where no marker needs them (action/main-start.ts fingerprintsNeeded). */
  fingerprints: boolean;
}

/** Reads one input by its kebab-case name (as `core.getInput` does). */
export type InputReader = (name: string) => string;

const MODES: readonly Mode[] = ['sync', 'detect', 'record'];
const LINK_MODES: readonly LinkModeInput[] = ['auto', 'hardlink', 'clone', 'copy', 'symlink'];

function oneOf<T extends string>(name: string, raw: string, allowed: readonly T[], fallback: T): T {
  const value = raw.trim() || fallback;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UserError(`input '${name}' is '${value}'`, `use one of: ${allowed.join(', ')}`);
}

function parseBoolean(name: string, raw: string, fallback: boolean): boolean {
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
    return jsonStringList(name, text, 'give a JSON array of strings, or one item per line')
      .map((s) => s.trim())
      .filter(Boolean);
  }
  const separator = splitSpaces ? /[\s,]+/ : /\r?\n/;
  return text
    .split(separator)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** `sync-args` is split and guarded by the one parser the CLI's --sync-args uses too. */
export { splitArgs } from './sync-args.js';

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
  if (value === 'default-branch') return 'default-branch';
  throw new UserError(`input 'save-cache' is '${raw.trim()}'`, 'use auto, true, false or default-branch');
}

function parseCache(raw: string): CacheInput {
  const value = raw.trim().toLowerCase() || 'auto';
  if (value === 'auto') return 'auto';
  if (['true', 'yes', '1', 'on'].includes(value)) return 'true';
  if (['false', 'no', '0', 'off'].includes(value)) return 'false';
  throw new UserError(`input 'cache' is '${raw.trim()}'`, 'use auto, true or false');
}

/**
 * `cache-timeout` in seconds (default 300) → milliseconds: from 1 s (less
 * leaves no time to look an entry up at all) to 6 hours (the longest a job
 * runs on GitHub's runners).
 */
function parseCacheTimeout(raw: string): number {
  const text = raw.trim() || '300';
  if (!/^\d+(\.\d+)?$/.test(text) || Number(text) < 1 || Number(text) > 6 * 3600) {
    throw new UserError(`input 'cache-timeout' is '${raw.trim()}'`, 'use a number of seconds from 1 to 21600 (6 hours; default 300)');
  }
  return Math.round(Number(text) * 1000);
}

/** Default `sync-timeout`, in minutes: far longer than a sync of the largest workspaces takes, far shorter than a job's 6 hours. */
const DEFAULT_SYNC_TIMEOUT_MINUTES = 60;
/** Default `run-timeout`, in minutes per member: longer than most test suites take, short enough that a hung one leaves time for the others. */
const DEFAULT_RUN_TIMEOUT_MINUTES = 30;

/** A timeout input in minutes (fractions allowed; at least a second, at most a week) → milliseconds. */
function parseMinutes(name: string, raw: string, fallback: number): number {
  const text = raw.trim() || String(fallback);
  const minutes = Number(text);
  if (!/^\d+(\.\d+)?$/.test(text) || minutes * 60 < 1 || minutes > 7 * 24 * 60) {
    throw new UserError(`input '${name}' is '${raw.trim()}'`, `use a number of minutes from 0.02 (one second) to 10080 (a week); the default is ${fallback}`);
  }
  return Math.round(minutes * 60_000);
}

/** `run-parallel`: members run at once; default the runner's CPU count. */
function parseRunParallel(raw: string): number {
  const text = raw.trim();
  if (text === '') return Math.max(1, availableParallelism());
  if (!/^\d+$/.test(text) || Number(text) < 1 || Number(text) > 256) {
    throw new UserError(`input 'run-parallel' is '${text}'`, "use a whole number from 1 to 256, or leave it empty for the runner's CPU count");
  }
  return Number(text);
}

/** `run`: the command's words; `run` is for the step that syncs, where the members' environment is ready. */
function parseRun(raw: string, mode: Mode): string[] {
  const words = splitArgs('run', raw);
  if (words.length > 0 && mode !== 'sync') {
    throw new UserError(
      `input 'run' is set but 'mode' is '${mode}', which runs no uv sync`,
      "give 'run' to the steps that sync (mode sync, e.g. each matrix leg with 'packages'), not to the detect or record step",
    );
  }
  return words;
}

/** The path with symlinks resolved, as far as it exists (the rest is appended as given). */
function realPathPrefix(target: string): string {
  let existing = target;
  const rest: string[] = [];
  for (;;) {
    try {
      return path.join(realpathSync(existing), ...rest);
    } catch {
      const parent = path.dirname(existing);
      if (parent === existing) return target;
      rest.unshift(path.basename(existing));
      existing = parent;
    }
  }
}

function optional(raw: string): string | undefined {
  const value = raw.trim();
  return value === '' ? undefined : value;
}

/**
 * Builds the Config from the inputs. `workspace` is GITHUB_WORKSPACE in the
 * action; `working-directory` must stay inside it. `env` is the step's
 * environment, whose uv settings (UV_NO_EDITABLE, UV_NO_CACHE, …) uv obeys
 * as it obeys `sync-args`: read here with them, by the same owner.
 */
export function parseConfig(read: InputReader, workspace: string, env: NodeJS.ProcessEnv = {}): Config {
  // In the letter case the file system stores: a `working-directory: PY` on a
  // case-insensitive file system must still compare with the paths git prints.
  const repoRoot = diskCase(workspace);
  const workingDirectory = diskCase(path.resolve(repoRoot, read('working-directory').trim() || '.'));
  const relative = path.relative(repoRoot, workingDirectory);
  // Through symlinks too: a committed `ws -> /` must not take the action outside the checkout.
  const realRelative = path.relative(realPathPrefix(repoRoot), realPathPrefix(workingDirectory));
  if (relative.startsWith('..') || path.isAbsolute(relative) || realRelative.startsWith('..') || path.isAbsolute(realRelative)) {
    throw new UserError(
      `input 'working-directory' (${read('working-directory').trim()}) is outside GITHUB_WORKSPACE (${repoRoot})${
        relative.startsWith('..') || path.isAbsolute(relative) ? '' : ` through a symlink: it resolves to ${realPathPrefix(workingDirectory)}`
      }`,
      "give a path relative to GITHUB_WORKSPACE, as for a step's working-directory",
    );
  }
  const packagesRaw = parseList('packages', read('packages'), true);
  const packages = packagesRaw.length === 0 ? undefined : packagesRaw.length === 1 && packagesRaw[0] === 'all' ? 'all' : packagesRaw;
  const changedFilesRaw = read('changed-files');
  const { syncArgs, uvEnv } = parseSyncSettings('sync-args', read('sync-args'), env);
  const mode = oneOf('mode', read('mode'), MODES, 'sync');
  if (mode === 'record' && packages === undefined) {
    throw new UserError(
      "input 'mode' is 'record' but 'packages' is empty",
      "give the members whose tests passed, e.g. 'packages: ${{ steps.uvws.outputs.members }}' or '${{ matrix.package }}'",
    );
  }
  return {
    repoRoot,
    workingDirectory,
    mode,
    packages,
    changedFiles: changedFilesRaw.trim() === '' ? undefined : parseChangedFilesText('changed-files', changedFilesRaw).paths,
    base: optional(read('base')),
    head: optional(read('head')),
    ignore: checkPathFilters("input 'ignore'", parseList('ignore', read('ignore'), false)),
    global: checkPathFilters("input 'global'", parseList('global', read('global'), false)),
    syncArgs,
    uvEnv,
    dependents: oneOf('dependents', read('dependents'), DEPENDENTS, 'shipped'),
    pythonVersion: optional(read('python-version')),
    cache: parseCache(read('cache')),
    cacheTimeoutMs: parseCacheTimeout(read('cache-timeout')),
    syncTimeoutMs: parseMinutes('sync-timeout', read('sync-timeout'), DEFAULT_SYNC_TIMEOUT_MINUTES),
    cacheDir: optional(read('cache-dir')),
    cacheKeySuffix: read('cache-key-suffix').trim(),
    saveCache: parseSaveCache(read('save-cache')),
    pruneCache: parseBoolean('prune-cache', read('prune-cache'), true),
    linkMode: oneOf('link-mode', read('link-mode'), LINK_MODES, 'auto'),
    shards: parseShards(read('shards')),
    summary: parseBoolean('summary', read('summary'), true),
    debug: parseBoolean('debug', read('debug'), false),
    githubToken: read('github-token').trim(),
    skipPassed: parseBoolean('skip-passed', read('skip-passed'), false),
    run: parseRun(read('run'), mode),
    runParallel: parseRunParallel(read('run-parallel')),
    runTimeoutMs: parseMinutes('run-timeout', read('run-timeout'), DEFAULT_RUN_TIMEOUT_MINUTES),
    fingerprints: parseBoolean('fingerprints', read('fingerprints'), false),
  };
}
