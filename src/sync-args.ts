// Reads the options in `sync-args` that change what `uv sync --package Y`
// installs of Y itself: extras and dependency groups. Everything else in
// sync-args is uv's business and is ignored here.
//
// The group rules mirror uv's own (crates/uv-configuration/src/dependency_groups.rs):
// `--no-group` always wins; `--only-group`/`--only-dev` add their groups but
// drop the project and its runtime dependencies and the default groups;
// `--no-default-groups` drops only the defaults; `--all-groups` includes every
// group; `--dev`/`--no-dev`/`--only-dev` are `--group dev`/`--no-group dev`/`--only-group dev`.
// With `--package`, uv applies these to the selected package only, never to
// the members it pulls in, so the closure applies them to the target alone.
// One more rule, seen in uv 0.13 (`uv export --package Y --group G`): a group
// asked for explicitly (`--group`, `--only-group`, `--all-groups`) that Y does
// not declare is taken from the workspace root's `[dependency-groups]`;
// default groups never fall back to the root.
import { UserError } from './errors.js';
import type { Member } from './workspace/types.js';
import { normalizeName } from './workspace/names.js';

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
export function parseSyncArgs(name: string, raw: string): string[] {
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
  return args;
}

export interface SyncSelection {
  allExtras: boolean;
  extras: Set<string>;
  /** `--no-extra`: only meaningful with `--all-extras`. */
  noExtras: Set<string>;
  allGroups: boolean;
  groups: Set<string>;
  noGroups: Set<string>;
  /** An `--only-*` flag was given: the target's own runtime dependencies are not installed. */
  onlyGroups: boolean;
  defaultGroups: boolean;
}

const VALUE_FLAGS = new Set(['--extra', '--no-extra', '--group', '--no-group', '--only-group']);

/** Parses the extras/groups flags out of `uv sync` arguments (`--flag value` and `--flag=value`). */
export function parseSyncSelection(args: readonly string[] = []): SyncSelection {
  const sel: SyncSelection = {
    allExtras: false,
    extras: new Set(),
    noExtras: new Set(),
    allGroups: false,
    groups: new Set(),
    noGroups: new Set(),
    onlyGroups: false,
    defaultGroups: true,
  };
  let dev: 'include' | 'exclude' | 'only' | undefined;
  let noDev = false;
  let onlyDev = false;
  let devFlag = false;
  const onlyGroup: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--') break;
    let flag = arg;
    let value: string | undefined;
    const eq = arg.indexOf('=');
    if (arg.startsWith('--') && eq > 0) {
      flag = arg.slice(0, eq);
      value = arg.slice(eq + 1);
    }
    if (VALUE_FLAGS.has(flag) && value === undefined) value = args[++i];
    const name = value === undefined ? '' : normalizeName(value);
    switch (flag) {
      case '--all-extras':
        sel.allExtras = true;
        break;
      case '--no-all-extras':
        sel.allExtras = false;
        break;
      case '--extra':
        if (name) sel.extras.add(name);
        break;
      case '--no-extra':
        if (name) sel.noExtras.add(name);
        break;
      case '--group':
        if (name) sel.groups.add(name);
        break;
      case '--no-group':
        if (name) sel.noGroups.add(name);
        break;
      case '--only-group':
        if (name) onlyGroup.push(name);
        break;
      case '--all-groups':
        sel.allGroups = true;
        break;
      case '--no-default-groups':
        sel.defaultGroups = false;
        break;
      case '--dev':
        devFlag = true;
        break;
      case '--no-dev':
        noDev = true;
        break;
      case '--only-dev':
        onlyDev = true;
        break;
      default:
        break;
    }
  }
  // uv lowers the three dev flags to one mode, `--only-dev` winning.
  dev = onlyDev ? 'only' : noDev ? 'exclude' : devFlag ? 'include' : undefined;
  if (dev === 'include') sel.groups.add('dev');
  if (dev === 'only') onlyGroup.push('dev');
  if (dev === 'exclude') sel.noGroups.add('dev');
  if (onlyGroup.length > 0) {
    sel.onlyGroups = true;
    sel.defaultGroups = false;
    for (const g of onlyGroup) sel.groups.add(g);
  }
  return sel;
}

/** The extras of the target member that the selection turns on. */
export function selectedExtras(sel: SyncSelection, member: Member): string[] {
  if (sel.onlyGroups) return [];
  const out = new Set<string>();
  if (sel.allExtras) for (const e of member.extras) if (!sel.noExtras.has(e)) out.add(e);
  for (const e of sel.extras) out.add(e);
  return [...out].sort();
}

/** Whether `uv sync --package <member>` with this selection installs the member's group `group`. */
export function groupSelected(sel: SyncSelection, member: Member, group: string): boolean {
  if (sel.noGroups.has(group)) return false;
  if (sel.allGroups || sel.groups.has(group)) return true;
  if (!sel.defaultGroups) return false;
  return member.defaultGroups === 'all' || member.defaultGroups.includes(group);
}

/** Whether the workspace root's group `group` is installed for a target that does not declare it. */
export function rootGroupSelected(sel: SyncSelection, group: string): boolean {
  if (sel.noGroups.has(group)) return false;
  return sel.allGroups || sel.groups.has(group);
}
