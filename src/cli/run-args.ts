// `uv-workspace-sync run`'s command line, read apart from the other commands'
// (args.ts) because its grammar differs: the command to run follows `--` and
// is taken as words, and a run needs no change at all (every member then).
// The change and selection options mean what they mean for `affected`, and
// go through the same checks (sync-args, globs, --dependents).
import { availableParallelism } from 'node:os';
import { DEPENDENTS, type Dependents } from '../inputs.js';
import { parseSyncArgs } from '../sync-args.js';
import { checkPathFilters } from '../workspace/globs.js';
import { UsageError, type AffectedArgs } from './args.js';

/** `affected`'s options (with neither `files` nor `base`, every member runs), and the run's own. */
export interface RunArgs extends Omit<AffectedArgs, 'command'> {
  command: 'run';
  /** `uv sync --package` the members first. */
  sync: boolean;
  /** Members run at once. */
  parallel: number;
  /** One member's run is stopped, with its process tree, after this long. */
  timeoutMs: number;
  /** The command's words, after `--`. */
  run: string[];
}

const VALUES = ['--workspace', '--lock', '--files', '--base', '--head', '--ignore', '--global', '--sync-args', '--dependents', '--parallel', '--timeout'];
const REPEATABLE = ['--files', '--ignore', '--global'];

/** The options before `--`: each value option's values, and the flags given. */
function readOptions(words: string[]): { values: Map<string, string[]>; flags: Set<string> } {
  const values = new Map<string, string[]>();
  const flags = new Set<string>();
  for (let i = 0; i < words.length; i++) {
    const arg = words[i]!;
    if (arg === '--sync' || arg === '--json' || arg === '--fetch') {
      flags.add(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = arg.startsWith('--') && eq > 0 ? arg.slice(0, eq) : arg;
    if (!VALUES.includes(name)) throw new UsageError(arg.startsWith('-') ? `unknown option '${name}' for 'run'` : `unexpected argument '${arg}' (the command to run follows --)`);
    let value = name === arg ? words[++i] : arg.slice(eq + 1);
    // `-` alone is stdin; --sync-args takes uv options, which start with a dash.
    if (value === undefined || (name === arg && value.startsWith('-') && value !== '-' && name !== '--sync-args')) throw new UsageError(`option '${name}' needs a value`);
    if (values.has(name) && !REPEATABLE.includes(name)) throw new UsageError(`option '${name}' given more than once`);
    values.set(name, [...(values.get(name) ?? []), value]);
  }
  return { values, flags };
}

/** A number option: whole (`--parallel`) or with a fraction (`--timeout`), within bounds. */
function numberOption(name: string, raw: string | undefined, fallback: number, max: number, whole: boolean): number {
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!(whole ? /^\d+$/ : /^\d+(\.\d+)?$/).test(raw) || value <= 0 || value > max) {
    throw new UsageError(`option '${name}' is '${raw}': use a ${whole ? 'whole ' : ''}number from ${whole ? 1 : '0.02'} to ${max}`);
  }
  return value;
}

/** `run [options] -- COMMAND…` (the words after `run`); `help` when asked for. */
export function parseRunArgs(rest: string[]): RunArgs | 'help' {
  const split = rest.indexOf('--');
  const before = split < 0 ? rest : rest.slice(0, split);
  if (before.includes('--help') || before.includes('-h')) return 'help';
  const { values, flags } = readOptions(before);
  const one = (name: string) => values.get(name)?.[0];
  const words = split < 0 ? [] : rest.slice(split + 1);
  if (words.length === 0) throw new UsageError("'run' needs the command after --, e.g. 'uv-workspace-sync run --base origin/main -- pytest -q'");
  const files = values.get('--files') ?? [];
  if (files.length > 0 && one('--base') !== undefined) throw new UsageError('give either --files or --base, not both');
  if (one('--head') !== undefined && one('--base') === undefined) throw new UsageError('--head needs --base');
  const dependents = one('--dependents') ?? 'shipped';
  if (!(DEPENDENTS as readonly string[]).includes(dependents)) throw new UsageError(`option '--dependents' is '${dependents}': use one of ${DEPENDENTS.join(', ')}`);
  const optional = Object.fromEntries((['lock', 'base', 'head'] as const).flatMap((key) => (one(`--${key}`) === undefined ? [] : [[key, one(`--${key}`)!]])));
  return {
    command: 'run',
    workspace: one('--workspace') ?? '.',
    ...optional,
    files,
    ignore: checkPathFilters("option '--ignore'", values.get('--ignore') ?? []),
    global: checkPathFilters("option '--global'", values.get('--global') ?? []),
    syncArgs: parseSyncArgs('--sync-args', one('--sync-args') ?? ''),
    dependents: dependents as Dependents,
    format: flags.has('--json') ? 'json' : 'table',
    fetch: flags.has('--fetch'),
    sync: flags.has('--sync'),
    parallel: numberOption('--parallel', one('--parallel'), Math.max(1, availableParallelism()), 256, true),
    timeoutMs: Math.round(numberOption('--timeout', one('--timeout'), 30, 7 * 24 * 60, false) * 60_000),
    run: words,
  };
}
