// The CLI's logic, callable in-process: parse, run the command, turn every
// user mistake into one `error:` line. src/cli.ts only wires process streams
// to runCli; each command lives in a module of its own.
import { UserError } from '../errors.js';
import { terminalLines } from '../report/escape.js';
// Only `affected` (the command CI runs most, on the largest workspaces) is
// loaded with the entry; every other command is imported when it runs, so
// what it alone needs (fingerprint hashing, the run pool, the graph
// renderers) is neither compiled nor evaluated before `affected` starts.
import { affected } from './affected.js';
import { parseArgs, UsageError, type AffectedArgs } from './args.js';
import { detectAffected, load, repoRootOf } from './context.js';
import { parseRunArgs } from './run-args.js';
import type { CliIO } from './context.js';
import { commandHelp, globalHelp } from './help.js';
import { VERSION } from './version.js';

export type { CliIO } from './context.js';

/** `run`'s detection: as `affected` answers it, or every member (the action's `packages: all`) without --base or --files. */
async function runDetect(args: AffectedArgs, io: CliIO) {
  if (args.base !== undefined || args.files.length > 0) return detectAffected(args, io);
  const repoRoot = await repoRootOf(io);
  const ws = load(args, io, repoRoot);
  const { selectPackages } = await import('../affected/packages.js');
  return { repoRoot, ws, affected: selectPackages(ws, 'all') };
}

/** Runs the command; `run` returns its own exit status (1 when a member failed). */
async function dispatch(argv: string[], io: CliIO): Promise<number | void> {
  // `run` reads its own grammar: the command to run follows `--`, as words.
  if (argv[0] === 'run') {
    const run = parseRunArgs(argv.slice(1));
    if (run !== 'help') return (await import('./run-command.js')).runCommand(run, io, runDetect);
    io.stdout.write(commandHelp('run'));
    return;
  }
  const args = parseArgs(argv);
  switch (args.command) {
    case 'help':
      io.stdout.write(args.topic ? commandHelp(args.topic) : globalHelp());
      return;
    case 'version':
      io.stdout.write(`uv-workspace-sync ${VERSION}\n`);
      return;
    case 'members':
      return (await import('./members.js')).members(args, io);
    case 'affected':
      return affected(args, io);
    case 'why':
      return (await import('./why.js')).why(args, io);
    case 'graph':
      return (await import('./graph.js')).graph(args, io);
    case 'fingerprints':
      return (await import('./fingerprints.js')).fingerprints(args, io);
  }
}

/** Runs the CLI; returns the exit status (0 ok, 1 error, 2 usage). Never throws for a user's mistake. */
export async function runCli(argv: string[], rawIo: CliIO): Promise<number> {
  // Names, paths and messages come from the repository: no control character,
  // ESC sequence or workflow command reaches the terminal or a CI log.
  const io: CliIO = {
    ...rawIo,
    stdout: { write: (text: string) => rawIo.stdout.write(terminalLines(text)) },
    stderr: { write: (text: string) => rawIo.stderr.write(terminalLines(text)) },
  };
  try {
    return (await dispatch(argv, io)) ?? 0;
  } catch (error) {
    if (error instanceof UsageError) {
      const help = error.command ? `uv-workspace-sync ${error.command} --help` : 'uv-workspace-sync --help';
      io.stderr.write(`error: ${error.message}\nhint: run '${help}' for usage\n`);
      return 2;
    }
    if (error instanceof UserError) {
      io.stderr.write(`error: ${error.message}\n${error.hint ? `hint: ${error.hint}\n` : ''}`);
      return 1;
    }
    // A bug, not a user mistake: still one line, but say where to report it.
    const message = error instanceof Error ? error.message : String(error);
    io.stderr.write(`error: internal error: ${message.split('\n')[0]}\nhint: this is a bug in uv-workspace-sync; please report it with the command you ran\n`);
    return 1;
  }
}
