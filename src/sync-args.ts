// `sync-args` (the action's input, the CLI's --sync-args): split like a shell
// would, guarded against the options the action or the CLI decides itself,
// then read once into a SyncArgs value (workspace/selection.ts) that every
// consumer takes. Everything in sync-args beyond the install selection and
// --inexact is uv's business and passes through as words.
import { UserError } from './errors.js';
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
 * uv options that would make the saved cache empty or not the one the action
 * placed: a second cache dir, no cache at all, or no network (a warm cache
 * restored under an offline flag hides a lock that cannot be installed).
 * The CLI restores no cache, so only the action refuses them.
 */
const CACHE_DEFEATING_SYNC_ARGS = ['--cache-dir', '--no-cache', '-n', '--offline'];

/** uv sync options that would contradict the members the action (or the CLI) selects. */
const CONFLICTING_SYNC_ARGS = ['--package', '--all-packages', '--only-install-workspace', '--project', '--directory'];

/**
 * The one parser of sync arguments, for the action's `sync-args` input and
 * the CLI's `--sync-args`: split like a shell would, then refuse the options
 * that choose members or the project, which the action (or the CLI) decides.
 */
export function parseSyncArgs(name: string, raw: string): SyncArgs {
  const args = splitArgs(name, raw);
  for (const arg of args) {
    const flag = arg.split('=')[0]!;
    const cli = name.startsWith('-');
    if (!cli && CACHE_DEFEATING_SYNC_ARGS.includes(flag)) {
      throw new UserError(
        `${label(name)} contains '${flag}', which defeats the uv cache the action restores and saves`,
        flag === '--cache-dir' ? "use the 'cache-dir' input instead" : "drop it, and set 'cache: false' if you want no GitHub cache",
      );
    }
    if (CONFLICTING_SYNC_ARGS.includes(flag)) {
      throw new UserError(
        `${label(name)} contains '${flag}', which conflicts with the members ${cli ? 'the command computes' : 'the action selects'}`,
        flag === '--package' || flag === '--all-packages'
          ? cli
            ? 'drop it: `affected` finds the members itself (use --files or --base)'
            : "use the 'packages' input to choose members"
          : cli
            ? 'drop it and use --workspace to choose the workspace'
            : "use 'working-directory' to choose the workspace",
      );
    }
  }
  return readSyncArgs(args);
}
