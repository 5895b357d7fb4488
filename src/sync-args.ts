// `sync-args` (the action's input, the CLI's --sync-args): split like a shell
// would, guarded against the options the action or the CLI decides itself,
// then read once into a SyncArgs value (workspace/selection.ts) that every
// consumer takes. Everything in sync-args beyond the install selection and
// --inexact is uv's business and passes through as words.
import { UserError } from './errors.js';
import { readUvEnv, type UvEnvSettings } from './uv-settings.js';
import { readSyncArgs, type SyncArgs } from './workspace/selection.js';

/**
 * Splits sync arguments the way a POSIX shell splits words (quotes and
 * backslashes), without expanding anything: the words go to uv as argv.
 * `name` is the input or option, as messages name it (`sync-args`, `--sync-args`).
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
  if (quote) throw new UserError(`${label(name)} has an unclosed ${quote} quote`, 'close the quote or remove it');
  if (inWord) words.push(word);
  return words;
}

/** `sync-args` → `input 'sync-args'`; `--sync-args` → `option '--sync-args'`. */
function label(name: string): string {
  return name.startsWith('-') ? `option '${name}'` : `input '${name}'`;
}

/**
 * uv options that would make the saved cache not the one the action placed:
 * a second cache dir, no network (a warm cache restored under an offline
 * flag hides a lock that cannot be installed), or a config file, which can
 * move the cache or turn it off where the action does not look. The CLI
 * restores no cache, so only the action refuses them. `--no-cache` is taken
 * instead: the action then neither restores nor saves (uv-settings.ts).
 */
const CACHE_DEFEATING_SYNC_ARGS = ['--cache-dir', '--offline', '--config-file'];

/** uv sync options that would contradict the members the action (or the CLI) selects. */
const CONFLICTING_SYNC_ARGS = ['--package', '--all-packages', '--only-install-workspace', '--project', '--directory'];

/**
 * uv sync's short options (the same in uv 0.8.0 and 0.13.9, `uv sync
 * --help`). uv reads them as clap does: flags combine (`-nq` is `--no-cache
 * --quiet`), and a letter that takes a value ends the group, the rest being
 * its value (`-pn` is `--python n`).
 */
const SHORT_FLAGS: Readonly<Record<string, string>> = { U: '--upgrade', n: '--no-cache', q: '--quiet', v: '--verbose', h: '--help' };
const SHORT_WITH_VALUE: Readonly<Record<string, string>> = { i: '--index-url', f: '--find-links', P: '--upgrade-package', C: '--config-setting', p: '--python' };

/** The long options one argument stands for, as uv reads it: `--x=y` is `--x`, `-nq` is `--no-cache` and `--quiet`. */
function optionsOf(arg: string): string[] {
  if (arg.startsWith('--')) return [arg.split('=')[0]!];
  if (!arg.startsWith('-') || arg === '-') return [];
  const options: string[] = [];
  for (const letter of arg.slice(1)) {
    const valued = SHORT_WITH_VALUE[letter];
    if (valued) return [...options, valued];
    options.push(SHORT_FLAGS[letter] ?? `-${letter}`);
  }
  return options;
}

/** `'--no-cache'`, or `'-nq' (--no-cache)` for a short form. */
function named(arg: string, option: string): string {
  const written = arg.startsWith('--') ? arg.split('=')[0]! : arg;
  return written === option ? `'${option}'` : `'${written}' (${option})`;
}

function cacheDefeating(name: string, arg: string, option: string): UserError {
  const hints: Record<string, string> = {
    '--cache-dir': "use the 'cache-dir' input instead",
    '--config-file': "give uv's settings as sync-args, or in the workspace's uv.toml or [tool.uv]: a config file can turn the cache off (no-cache) or move it (cache-dir) where the action does not look",
  };
  return new UserError(
    `${label(name)} contains ${named(arg, option)}, which defeats the uv cache the action restores and saves`,
    hints[option] ?? "drop it, and set 'cache: false' if you want no GitHub cache",
  );
}

function conflicting(name: string, arg: string, option: string, cli: boolean): UserError {
  return new UserError(
    `${label(name)} contains ${named(arg, option)}, which conflicts with the members ${cli ? 'the command computes' : 'the action selects'}`,
    option === '--package' || option === '--all-packages'
      ? cli
        ? 'drop it: `affected` finds the members itself (use --files or --base)'
        : "use the 'packages' input to choose members"
      : cli
        ? 'drop it and use --workspace to choose the workspace'
        : "use 'working-directory' to choose the workspace",
  );
}

/**
 * The one parser of sync arguments, for the action's `sync-args` input and
 * the CLI's `--sync-args`: split like a shell would, then refuse the options
 * that choose members or the project, which the action (or the CLI) decides,
 * however uv would read them (long, `=value`, or short and combined).
 */
export function parseSyncArgs(name: string, raw: string): SyncArgs {
  return readSyncArgs(guardedWords(name, raw));
}

function guardedWords(name: string, raw: string): string[] {
  const args = splitArgs(name, raw);
  const cli = name.startsWith('-');
  for (const arg of args) {
    for (const option of optionsOf(arg)) {
      if (!cli && CACHE_DEFEATING_SYNC_ARGS.includes(option)) throw cacheDefeating(name, arg, option);
      if (CONFLICTING_SYNC_ARGS.includes(option)) throw conflicting(name, arg, option, cli);
    }
  }
  return args;
}

/** The effective sync settings: sync-args and the uv settings of the environment uv will run in, flags winning. */
export interface SyncSettings {
  syncArgs: SyncArgs;
  /** What the environment gave (src/uv-settings.ts): its notes and warnings name each variable. */
  uvEnv: UvEnvSettings;
}

/**
 * `parseSyncArgs`, then the environment's uv settings read against the
 * words (uv-settings.ts): the one owner of what `uv sync` will do.
 * `uvVersion`, when known, leaves out the variables that uv does not read yet.
 */
export function parseSyncSettings(name: string, raw: string, env: NodeJS.ProcessEnv, uvVersion?: string): SyncSettings {
  return syncSettings(guardedWords(name, raw), env, uvVersion);
}

/** The same from words already guarded (a Config's `syncArgs.argv`), e.g. again once uv's version is known. */
export function syncSettings(words: readonly string[], env: NodeJS.ProcessEnv, uvVersion?: string): SyncSettings {
  const noCacheArg = words.find((arg) => optionsOf(arg).includes('--no-cache'));
  const noCacheFlag = noCacheArg === undefined ? undefined : named(noCacheArg, '--no-cache');
  const uvEnv = readUvEnv(env, words, { uvVersion, noCacheFlag });
  return { syncArgs: readSyncArgs(words, uvEnv.words), uvEnv };
}
