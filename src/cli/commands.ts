// What each command accepts, and the words of its --help: one table, read by
// the parser (args.ts) and the help (help.ts), so an option a command takes
// is always in its help.

export type Format = 'table' | 'names' | 'json' | 'github' | 'text' | 'mermaid' | 'dot';

export interface CommandSpec {
  /** Usage lines, after `uv-workspace-sync `. */
  usage: string[];
  /** What it does, for the command list and the top of its help. */
  summary: string[];
  /** Options that take a value, in help order. */
  values: string[];
  /** Options that take none (besides --help). */
  flags: string[];
  /** What --format accepts; the first is the default. */
  formats: readonly Format[];
  /** A positional argument (`why MEMBER`). */
  positional?: string;
}

const CHANGE_VALUES = ['--files', '--base', '--head'];
const SELECTION_VALUES = ['--ignore', '--global', '--sync-args', '--dependents'];
const COMMON_VALUES = ['--workspace', '--lock'];

export const COMMANDS = {
  members: {
    usage: ['members [--workspace DIR] [--lock FILE] [--format table|names|json]'],
    summary: ['List the workspace members, each with the members it names directly', 'and how: runtime, extra NAME or group NAME.'],
    values: [...COMMON_VALUES, '--format'],
    flags: ['--json'],
    formats: ['table', 'names', 'json'],
  },
  affected: {
    usage: [
      'affected (--files FILE|- | --base REF [--head REF] [--fetch])',
      '         [--workspace DIR] [--lock FILE] [--ignore GLOB]... [--global GLOB]...',
      '         [--sync-args ARGS] [--dependents shipped|any]',
      '         [--format table|names|json|github]',
    ],
    summary: ['List the members a change affects: those owning a changed path, and', "every member whose 'uv sync --package' installs one of them."],
    values: [...CHANGE_VALUES, ...COMMON_VALUES, ...SELECTION_VALUES, '--format'],
    flags: ['--fetch', '--json'],
    formats: ['table', 'names', 'json', 'github'],
  },
  why: {
    usage: [
      'why MEMBER (--files FILE|- | --base REF [--head REF] [--fetch])',
      '    [--workspace DIR] [--lock FILE] [--ignore GLOB]... [--global GLOB]...',
      '    [--sync-args ARGS] [--dependents shipped|any] [--format text|json]',
    ],
    summary: ['Why a change affects MEMBER: the chain from each changed path to it,', 'one line per hop; or why it does not.'],
    values: [...CHANGE_VALUES, ...COMMON_VALUES, ...SELECTION_VALUES, '--format'],
    flags: ['--fetch', '--json'],
    formats: ['text', 'json'],
    positional: 'MEMBER',
  },
  graph: {
    usage: [
      'graph [--workspace DIR] [--lock FILE] [--format mermaid|dot]',
      'graph --affected (--files FILE|- | --base REF [--head REF] [--fetch])',
      '      [--workspace DIR] [--lock FILE] [--ignore GLOB]... [--global GLOB]...',
      '      [--sync-args ARGS] [--dependents shipped|any] [--format mermaid|dot]',
    ],
    summary: [
      'Draw the members and the edges between them (an arrow from a member to',
      'each member it names, labelled runtime, extra NAME or group NAME); with',
      '--affected, the changed members and the dependents they pull in.',
    ],
    values: [...COMMON_VALUES, ...CHANGE_VALUES, ...SELECTION_VALUES, '--format'],
    flags: ['--affected', '--fetch'],
    formats: ['mermaid', 'dot'],
  },
  fingerprints: {
    usage: [
      'fingerprints [--workspace DIR] [--lock FILE] [--sync-args ARGS]',
      '             [--ignore GLOB]... [--global GLOB]... [--dependents shipped|any]',
      '             [--explain] [--format table|json|github]',
    ],
    summary: [
      'A content hash per member over everything its tests depend on (its',
      'files, the members it installs, its locked packages, global files,',
      'Python, OS, arch, uv, sync-args); it changes exactly when a change',
      'affects the member.',
    ],
    values: [...COMMON_VALUES, '--sync-args', '--ignore', '--global', '--dependents', '--format'],
    flags: ['--explain', '--json'],
    formats: ['table', 'json', 'github'],
  },
  run: {
    usage: [
      'run [--files FILE|- | --base REF [--head REF] [--fetch]] [--sync]',
      '    [--parallel N] [--timeout MINUTES] [--workspace DIR] [--lock FILE]',
      '    [--ignore GLOB]... [--global GLOB]... [--sync-args ARGS]',
      '    [--dependents shipped|any] [--json] -- COMMAND...',
    ],
    summary: [
      'Run COMMAND once per member a change affects (every member without',
      "--base or --files), in the member's directory, as 'uv run --no-sync",
      "--package <member> -- COMMAND' (UVWS_MEMBER and UVWS_MEMBER_PATH set), N",
      "at a time; each member's output is printed whole when it ends. Exit",
      'status 1 when any member failed.',
    ],
    values: [...CHANGE_VALUES, ...COMMON_VALUES, ...SELECTION_VALUES, '--parallel', '--timeout'],
    flags: ['--fetch', '--sync', '--json'],
    formats: ['table', 'json'],
  },
} as const satisfies Record<string, CommandSpec>;

export type CommandName = keyof typeof COMMANDS;

export function isCommand(word: string): word is CommandName {
  return Object.prototype.hasOwnProperty.call(COMMANDS, word);
}

/** Each option's words: its argument as shown, then its description lines. */
export const OPTION_HELP: Record<string, { arg?: string; lines: string[] }> = {
  '--workspace': { arg: 'DIR', lines: ['The workspace root, or a member of it (default: .)'] },
  '--lock': { arg: 'FILE', lines: ['Read uv.lock from FILE instead of <workspace root>/uv.lock'] },
  '--files': {
    arg: 'FILE',
    lines: ['Changed paths, one per line, relative to the repository root (or', "absolute); '-' reads standard input. May be repeated."],
  },
  '--base': {
    arg: 'REF',
    lines: [
      'What changed since HEAD left REF (the merge-base, as a pull request',
      "shows it): without --head, in the work tree (committed, staged,",
      'unstaged, and untracked files git does not ignore), as nx counts it',
    ],
  },
  '--head': { arg: 'REF', lines: ['Compare the commit REF instead of the work tree (--head HEAD: commits', 'only, no local edits)'] },
  '--fetch': {
    lines: ['Let git fetch from origin a --base or --head this clone lacks (and', 'deepen a shallow clone); without it nothing is fetched'],
  },
  '--ignore': { arg: 'GLOB', lines: ['Drop changed paths matching GLOB first (repeatable)'] },
  '--global': { arg: 'GLOB', lines: ['A changed path matching GLOB affects every member (repeatable)'] },
  '--sync-args': {
    arg: 'ARGS',
    lines: [
      "uv sync arguments that change what is installed, as the action's",
      'sync-args input (e.g. --sync-args "--all-extras" or',
      '--sync-args=--no-dev); --package, --project and the like are refused,',
      'as the action refuses them',
    ],
  },
  '--dependents': {
    arg: 'shipped|any',
    lines: [
      'Which changes in a member also affect the members that install it: only',
      'what reaches their environment, the files its wheel ships, its build',
      'configuration and what its editable install makes importable (shipped,',
      'the default; a tests or docs change in a src layout affects the member',
      'alone), or any file in it (any)',
    ],
  },
  '--sync': { lines: ["'uv sync --package a --package b …' of the members first"] },
  '--parallel': { arg: 'N', lines: ['Members run at once (default: the CPU count)'] },
  '--timeout': { arg: 'MINUTES', lines: ["A member's run is stopped, with every process it started, after this", 'long (default 30)'] },
  '--format': { arg: 'FORMAT', lines: [] },
  '--json': { lines: ['The same as --format json'] },
  '--affected': { lines: ['Draw only what a change affects (needs --files or --base)'] },
  '--help': { lines: ['Show this help'] },
  '--explain': {
    lines: ['Print the facts that went into each fingerprint: uv, Python, OS, the', 'sync selection, the locked closure and the files counted'],
  },
};

/** What each format prints, for the --format line of a command's help. */
export const FORMAT_HELP: Record<Format, string> = {
  table: 'a table that fits the terminal; long lists end in "and N more"',
  names: 'one member name per line, for a shell loop',
  json: 'JSON, every detail',
  github: "key=value lines for $GITHUB_OUTPUT, the action's own outputs",
  text: 'lines to read',
  mermaid: 'a Mermaid flowchart',
  dot: 'a Graphviz digraph',
};
