// Command-line parsing for `uv-workspace-sync`. Hand-written because the
// grammar is tiny and the bundle must run with no node_modules. What each
// command accepts is in commands.ts; this file reads argv against it.

import { parseSyncArgs } from '../sync-args.js';
import { DEPENDENTS, type Dependents } from '../inputs.js';
import type { SyncArgs } from '../workspace/selection.js';
import { COMMANDS, isCommand, type CommandName, type CommandSpec, type Format } from './commands.js';
import { checkPathFilters } from '../workspace/globs.js';

/** A mistake in how the command was invoked (exit 2, like most CLIs). `command`: whose help to point at. */
export class UsageError extends Error {
  constructor(
    message: string,
    readonly command?: CommandName,
  ) {
    super(message);
  }
}

interface Common {
  workspace: string;
  lock?: string;
  format: Format;
}

/** Where the changed paths come from, and how they are read: shared by `affected`, `why` and `graph --affected`. */
export interface ChangeArgs {
  /** Files listing changed paths, `-` for stdin. */
  files: string[];
  base?: string;
  /** Without it, `--base` compares with the work tree. */
  head?: string;
  /** May git fetch from origin what the clone lacks (`--fetch`). */
  fetch: boolean;
  ignore: string[];
  global: string[];
  /** uv sync arguments that change what `uv sync --package` installs (`--all-extras`, `--no-dev`, ...). */
  syncArgs: SyncArgs;
  /** Which changes in a member reach the members that install it (`--dependents`). */
  dependents: Dependents;
}

export type MembersArgs = Common & { command: 'members' };
export type AffectedArgs = Common & ChangeArgs & { command: 'affected' };
export type WhyArgs = Common & ChangeArgs & { command: 'why'; member: string };
/** `change` only with --affected. */
export type GraphArgs = Common & { command: 'graph'; change?: ChangeArgs };
export type FingerprintsArgs = Common & {
  command: 'fingerprints';
  /** Which files of a member its dependents' fingerprints include (`--dependents`). */
  dependents: Dependents;
  ignore: string[];
  global: string[];
  syncArgs: SyncArgs;
  /** Print the facts that went into each fingerprint. */
  explain: boolean;
};

export type CliArgs =
  | MembersArgs
  | AffectedArgs
  | WhyArgs
  | GraphArgs
  | FingerprintsArgs
  | { command: 'help'; topic?: CommandName }
  | { command: 'version' };

/** Options whose value may itself start with `-`. */
const DASH_VALUE_OPTIONS = ['--sync-args'];

interface Read {
  values: Map<string, string[]>;
  flags: Set<string>;
  positional: string[];
}

/** The words after the command, against its spec; `help` when asked for. */
function readOptions(command: CommandName, rest: string[]): Read | 'help' {
  const spec: CommandSpec = COMMANDS[command];
  const out: Read = { values: new Map(), flags: new Set(), positional: [] };
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i]!;
    if (arg === '--help' || arg === '-h') return 'help';
    if (spec.flags.includes(arg)) {
      out.flags.add(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = arg.startsWith('--') && eq > 0 ? arg.slice(0, eq) : arg;
    if (!spec.values.includes(name)) {
      if (spec.flags.includes(name)) throw new UsageError(`option '${name}' takes no value`, command);
      if (!arg.startsWith('-') && out.positional.length < (spec.positional ? 1 : 0)) {
        out.positional.push(arg);
        continue;
      }
      throw new UsageError(arg.startsWith('-') && arg !== '-' ? `unknown option '${name}' for '${command}'` : `unexpected argument '${arg}'`, command);
    }
    let value: string;
    if (name !== arg) value = arg.slice(eq + 1);
    else {
      const next = rest[++i];
      // `-` alone is a value (stdin); any other dash-word is a forgotten value,
      // except for --sync-args, whose values are uv options (`--sync-args "--all-extras"`).
      if (next === undefined || (next.startsWith('-') && next !== '-' && !DASH_VALUE_OPTIONS.includes(name))) {
        throw new UsageError(`option '${name}' needs a value`, command);
      }
      value = next;
    }
    out.values.set(name, [...(out.values.get(name) ?? []), value]);
  }
  return out;
}

class Options {
  constructor(
    readonly command: CommandName,
    private readonly read: Read,
  ) {}

  single(name: string): string | undefined {
    const list = this.read.values.get(name);
    if (list && list.length > 1) throw new UsageError(`option '${name}' given more than once`, this.command);
    return list?.[0];
  }

  list(name: string): string[] {
    return this.read.values.get(name) ?? [];
  }

  flag(name: string): boolean {
    return this.read.flags.has(name);
  }

  /** `--format`, or `--json` (its alias), or the command's default. */
  format(): Format {
    const spec: CommandSpec = COMMANDS[this.command];
    const given = this.single('--format');
    if (given !== undefined && !(spec.formats as readonly string[]).includes(given)) {
      throw new UsageError(`option '--format' is '${given}': '${this.command}' prints ${spec.formats.join(', ')}`, this.command);
    }
    if (this.flag('--json')) {
      if (given !== undefined && given !== 'json') throw new UsageError(`--json is --format json: give one of --json and --format ${given}`, this.command);
      return 'json';
    }
    return (given as Format | undefined) ?? spec.formats[0]!;
  }

  common(): Common {
    const lock = this.single('--lock');
    return { workspace: this.single('--workspace') ?? '.', format: this.format(), ...(lock !== undefined ? { lock } : {}) };
  }

  dependents(): Dependents {
    const dependents = this.single('--dependents') ?? 'shipped';
    if (!(DEPENDENTS as readonly string[]).includes(dependents)) {
      throw new UsageError(`option '--dependents' is '${dependents}': use one of ${DEPENDENTS.join(', ')}`, this.command);
    }
    return dependents as Dependents;
  }

  /** The action's own parser and guard: the same words, the same refusals (--package, --project, ...). */
  syncArgs(): SyncArgs {
    return parseSyncArgs('--sync-args', this.single('--sync-args') ?? '');
  }

  /** --files or --base (with an optional --head), never both. */
  change(): ChangeArgs {
    const files = this.list('--files');
    const base = this.single('--base');
    const head = this.single('--head');
    const what = this.command === 'graph' ? "'graph --affected'" : `'${this.command}'`;
    if (files.length === 0 && base === undefined) throw new UsageError(`${what} needs --files FILE (or - for stdin) or --base REF`, this.command);
    if (files.length > 0 && base !== undefined) throw new UsageError('give either --files or --base, not both', this.command);
    if (head !== undefined && base === undefined) throw new UsageError('--head needs --base', this.command);
    if (this.flag('--fetch') && base === undefined) throw new UsageError('--fetch needs --base', this.command);
    const out: ChangeArgs = {
      files,
      fetch: this.flag('--fetch'),
      ignore: checkPathFilters("option '--ignore'", this.list('--ignore')),
      global: checkPathFilters("option '--global'", this.list('--global')),
      syncArgs: this.syncArgs(),
      dependents: this.dependents(),
    };
    if (base !== undefined) out.base = base;
    if (head !== undefined) out.head = head;
    return out;
  }

  /** Options only --affected gives a meaning to: named when given without it. */
  refuseChangeOptions(): void {
    const given = ['--files', '--base', '--head', '--ignore', '--global', '--sync-args', '--dependents'].find((o) => this.read.values.has(o)) ?? (this.flag('--fetch') ? '--fetch' : undefined);
    if (given) throw new UsageError(`${given} needs --affected (the graph of the whole workspace reads no change)`, this.command);
  }

  positional(): string | undefined {
    return this.read.positional[0];
  }
}

function commandArgs(o: Options): CliArgs {
  switch (o.command) {
    case 'members':
      return { command: 'members', ...o.common() };
    case 'affected':
      return { command: 'affected', ...o.common(), ...o.change() };
    case 'why': {
      const member = o.positional();
      if (member === undefined) throw new UsageError("'why' needs the name of a member (uv-workspace-sync why MEMBER --base REF)", 'why');
      return { command: 'why', member, ...o.common(), ...o.change() };
    }
    case 'graph':
      if (o.flag('--affected')) return { command: 'graph', ...o.common(), change: o.change() };
      o.refuseChangeOptions();
      return { command: 'graph', ...o.common() };
    case 'fingerprints':
      return {
        command: 'fingerprints',
        ...o.common(),
        ignore: checkPathFilters("option '--ignore'", o.list('--ignore')),
        global: checkPathFilters("option '--global'", o.list('--global')),
        syncArgs: o.syncArgs(),
        dependents: o.dependents(),
        explain: o.flag('--explain'),
      };
    case 'run':
      // runCli hands `run` to its own parser (run-args.ts) before this one.
      throw new UsageError("'run' takes the command to run after --", 'run');
  }
}

export function parseArgs(argv: string[]): CliArgs {
  if (argv.length === 0) throw new UsageError('no command given');
  const [command, ...rest] = argv;
  if (command === '--help' || command === '-h') return { command: 'help' };
  if (command === 'help') {
    const topic = rest[0];
    if (topic === undefined) return { command: 'help' };
    if (!isCommand(topic)) throw new UsageError(`no help for '${topic}': it is not a command`);
    return { command: 'help', topic };
  }
  if (command === '--version' || command === '-V') return { command: 'version' };
  if (!isCommand(command!)) {
    throw new UsageError(command!.startsWith('-') ? `unknown option '${command}'` : `unknown command '${command}'`);
  }
  const read = readOptions(command, rest);
  if (read === 'help') return { command: 'help', topic: command };
  return commandArgs(new Options(command, read));
}
