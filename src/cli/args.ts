// Command-line parsing for `uv-workspace-sync`. Hand-written because the
// grammar is tiny and the bundle must run with no node_modules.

import { parseSyncArgs } from '../sync-args.js';
import { checkPathFilters } from '../workspace/globs.js';
import { DEPENDENTS, type Dependents } from '../inputs.js';
import type { SyncArgs } from '../workspace/selection.js';

/** A mistake in how the command was invoked (exit 2, like most CLIs). */
export class UsageError extends Error {}

export interface MembersArgs {
  command: 'members';
  workspace: string;
  lock?: string;
  json: boolean;
}

export interface AffectedArgs {
  command: 'affected';
  workspace: string;
  lock?: string;
  json: boolean;
  /** Files listing changed paths, `-` for stdin. */
  files: string[];
  base?: string;
  head?: string;
  ignore: string[];
  global: string[];
  /** uv sync arguments that change what `uv sync --package` installs (`--all-extras`, `--no-dev`, ...). */
  syncArgs: SyncArgs;
  /** Which changes in a member reach the members that install it (`--dependents`). */
  dependents: Dependents;
}

export interface FingerprintsArgs {
  command: 'fingerprints';
  workspace: string;
  /** Which files of a member its dependents' fingerprints include (`--dependents`). */
  dependents: Dependents;
  lock?: string;
  json: boolean;
  ignore: string[];
  global: string[];
  syncArgs: SyncArgs;
}

export type CliArgs = MembersArgs | AffectedArgs | FingerprintsArgs | { command: 'help' } | { command: 'version' };

const VALUE_OPTIONS: Record<'members' | 'affected' | 'fingerprints', string[]> = {
  members: ['--workspace', '--lock'],
  affected: ['--workspace', '--lock', '--files', '--base', '--head', '--ignore', '--global', '--sync-args', '--dependents'],
  fingerprints: ['--workspace', '--lock', '--ignore', '--global', '--sync-args', '--dependents'],
};
const FLAG_OPTIONS = ['--json', '--help', '-h'];
/** Options whose value may itself start with `-`. */
const DASH_VALUE_OPTIONS = ['--sync-args'];

type Command = 'members' | 'affected' | 'fingerprints';

/** The options after the command: each value option's values in order, and --json; `help` when asked for. */
function readOptions(command: Command, rest: string[]): { values: Map<string, string[]>; json: boolean } | 'help' {
  const values = new Map<string, string[]>();
  let json = false;
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i]!;
    if (arg === '--help' || arg === '-h') return 'help';
    if (arg === '--json') {
      json = true;
      continue;
    }
    const eq = arg.indexOf('=');
    const name = arg.startsWith('--') && eq > 0 ? arg.slice(0, eq) : arg;
    if (!VALUE_OPTIONS[command].includes(name)) {
      if (FLAG_OPTIONS.includes(name)) throw new UsageError(`option '${name}' takes no value`);
      throw new UsageError(arg.startsWith('-') ? `unknown option '${name}' for '${command}'` : `unexpected argument '${arg}'`);
    }
    let value: string;
    if (name !== arg) value = arg.slice(eq + 1);
    else {
      const next = rest[++i];
      // `-` alone is a value (stdin); any other dash-word is a forgotten value,
      // except for --sync-args, whose values are uv options (`--sync-args "--all-extras"`).
      if (next === undefined || (next.startsWith('-') && next !== '-' && !DASH_VALUE_OPTIONS.includes(name))) {
        throw new UsageError(`option '${name}' needs a value`);
      }
      value = next;
    }
    values.set(name, [...(values.get(name) ?? []), value]);
  }
  return { values, json };
}

/** `affected`: --files or --base (with an optional --head), never both. */
function affectedArgs(
  common: Omit<AffectedArgs, 'files' | 'ignore' | 'global' | 'lock'> & { lock?: string },
  values: Map<string, string[]>,
  single: (name: string) => string | undefined,
): AffectedArgs {
  const { command, workspace, json, syncArgs, dependents, lock } = common;
  const files = values.get('--files') ?? [];
  const base = single('--base');
  const head = single('--head');
  if (files.length === 0 && base === undefined) throw new UsageError("'affected' needs --files FILE (or - for stdin) or --base REF");
  if (files.length > 0 && base !== undefined) throw new UsageError('give either --files or --base, not both');
  if (head !== undefined && base === undefined) throw new UsageError('--head needs --base');
  // The action's own parser and guard: the same words, the same refusals (--package, --project, ...).
  const ignore = checkPathFilters("option '--ignore'", values.get('--ignore') ?? []);
  const global = checkPathFilters("option '--global'", values.get('--global') ?? []);
  const out: AffectedArgs = { command, workspace, json, files, ignore, global, syncArgs, dependents };
  if (lock !== undefined) out.lock = lock;
  if (base !== undefined) out.base = base;
  if (head !== undefined) out.head = head;
  return out;
}

export function parseArgs(argv: string[]): CliArgs {
  if (argv.length === 0) throw new UsageError('no command given');
  const [command, ...rest] = argv;
  if (command === '--help' || command === '-h' || command === 'help') return { command: 'help' };
  if (command === '--version' || command === '-V') return { command: 'version' };
  if (command !== 'members' && command !== 'affected' && command !== 'fingerprints') {
    throw new UsageError(command!.startsWith('-') ? `unknown option '${command}'` : `unknown command '${command}'`);
  }
  const options = readOptions(command, rest);
  if (options === 'help') return { command: 'help' };
  const { values, json } = options;
  const single = (name: string): string | undefined => {
    const list = values.get(name);
    if (list && list.length > 1) throw new UsageError(`option '${name}' given more than once`);
    return list?.[0];
  };
  const workspace = single('--workspace') ?? '.';
  const lock = single('--lock');
  if (command === 'members') return { command, workspace, json, ...(lock !== undefined ? { lock } : {}) };
  const syncArgs = parseSyncArgs('--sync-args', single('--sync-args') ?? '');
  const dependents = single('--dependents') ?? 'shipped';
  if (!(DEPENDENTS as readonly string[]).includes(dependents)) throw new UsageError(`option '--dependents' is '${dependents}': use one of ${DEPENDENTS.join(', ')}`);
  if (command === 'fingerprints') {
    return {
      command,
      workspace,
      json,
      ignore: checkPathFilters("option '--ignore'", values.get('--ignore') ?? []),
      global: checkPathFilters("option '--global'", values.get('--global') ?? []),
      syncArgs,
      dependents: dependents as Dependents,
      ...(lock !== undefined ? { lock } : {}),
    };
  }
  return affectedArgs({ command, workspace, json, syncArgs, dependents: dependents as Dependents, lock }, values, single);
}

export const HELP = `uv-workspace-sync: which uv workspace members a change affects

Usage:
  uv-workspace-sync members  [--workspace DIR] [--lock FILE] [--json]
  uv-workspace-sync affected [--workspace DIR] [--lock FILE] (--files FILE|- | --base REF [--head REF])
                             [--ignore GLOB]... [--global GLOB]... [--sync-args ARGS]
                             [--dependents shipped|any] [--json]
  uv-workspace-sync fingerprints [--workspace DIR] [--lock FILE] [--sync-args ARGS]
                             [--ignore GLOB]... [--global GLOB]...
                             [--dependents shipped|any] [--json]
  uv-workspace-sync run      [--workspace DIR] [--lock FILE] [--files FILE|- | --base REF [--head REF]]
                             [--sync] [--parallel N] [--timeout MINUTES] [--sync-args ARGS]
                             [--ignore GLOB]... [--global GLOB]... [--json] -- COMMAND...
  uv-workspace-sync --help | --version

Run it from anywhere in the repository (the root is found with git): the
answer is the same. --workspace, --lock and --files FILE are relative to the
current directory; the paths listed in FILE, and every path printed, are
relative to the repository root ('/'-separated, '.' for the root), as
'git diff --name-only' prints them. Absolute paths inside the repository are
accepted; a path outside it is an error.

Commands:
  members    List the workspace members with the members each one names
             directly (runtime, extra or group dependencies).
  affected   List the members a change affects: those owning a changed path,
             and every member whose 'uv sync --package' installs one of them.
  fingerprints  A content hash per member over everything its tests depend
             on (its files, the members it installs, its locked packages,
             global files, Python, OS, arch, uv, sync-args); it changes
             exactly when a change affects the member.
  run        Run COMMAND once per member a change affects (every member
             without --base or --files), in the member's directory, as
             'uv run --no-sync --package <member> -- COMMAND' (UVWS_MEMBER
             and UVWS_MEMBER_PATH set), N at a time; each member's output is
             printed whole when it ends. Exit status 1 when any member failed.

Options:
  --workspace DIR  The workspace root, or a member of it (default: .)
  --lock FILE      Read uv.lock from FILE instead of <workspace root>/uv.lock
  --files FILE     Changed paths, one per line, relative to the repository
                   root (or absolute); '-' reads standard input. May be
                   repeated.
  --base REF       Changes on --head (default HEAD) since it left REF (git;
                   what a pull request's 'Files changed' shows)
  --sync-args ARGS uv sync arguments that change what is installed, as the
                   action's sync-args input (e.g. --sync-args "--all-extras"
                   or --sync-args=--no-dev); --package, --project and the like
                   are refused, as the action refuses them
  --dependents shipped|any
                   Which changes in a member also affect the members that
                   install it: only what reaches their environment, the files
                   its wheel ships, its build configuration and what its
                   editable install makes importable (shipped, the default; a
                   tests or docs change in a src layout affects the member
                   alone), or any file in it (any)
  --ignore GLOB    Drop changed paths matching GLOB first (repeatable)
  --global GLOB    A changed path matching GLOB affects every member (repeatable)
  --sync           (run) 'uv sync --package' the affected members first
  --parallel N     (run) members at once (default: the number of CPUs)
  --timeout MINUTES
                   (run) stop a member's command, and every process it
                   started, after this long (default 30)
  --json           Print JSON instead of a table
  -h, --help       Show this help
  -V, --version    Show the version

Globs follow picomatch (as dorny/paths-filter uses it): '*' and '?' stay
within one path component, '**' spans components, '{a,b}' alternates,
dotfiles match, and a pattern is anchored at the repository root ('*.md' is
top-level only; write '**/*.md' for any depth).

Exit status: 0 on success, 1 when the workspace or an input file is wrong
(the message starts with 'error:' and names the file) or when a member's
command failed ('run'), 2 when the command line itself is wrong.
`;
