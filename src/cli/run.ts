// The CLI's logic, callable in-process: parse, run the command, turn every
// user mistake into one `error:` line. src/cli.ts only wires process streams
// to runCli; each command lives in a module of its own.
import { UserError } from '../errors.js';
import { terminalLines } from '../report/escape.js';
import { affected } from './affected.js';
import { parseArgs, UsageError, type AffectedArgs } from './args.js';
import { detectAffected, load, repoRootOf } from './context.js';
import { parseRunArgs } from './run-args.js';
import { runCommand } from './run-command.js';
import { selectPackages } from '../affected/packages.js';
import type { CliIO } from './context.js';
import { fingerprints } from './fingerprints.js';
import { graph } from './graph.js';
import { commandHelp, globalHelp } from './help.js';
import { members } from './members.js';
import { VERSION } from './version.js';
import { why } from './why.js';

export type { CliIO } from './context.js';

/** `run`'s detection: as `affected` answers it, or every member (the action's `packages: all`) without --base or --files. */
async function runDetect(args: AffectedArgs, io: CliIO) {
  if (args.base !== undefined || args.files.length > 0) return detectAffected(args, io);
  const repoRoot = await repoRootOf(io);
  const ws = load(args, io, repoRoot);
  return { repoRoot, ws, affected: selectPackages(ws, 'all') };
}

/** Runs the command; `run` returns its own exit status (1 when a member failed). */
async function dispatch(argv: string[], io: CliIO): Promise<number | void> {
  // `run` reads its own grammar: the command to run follows `--`, as words.
  if (argv[0] === 'run') {
    const run = parseRunArgs(argv.slice(1));
    if (run !== 'help') return runCommand(run, io, runDetect);
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
      return members(args, io);
    case 'affected':
      return affected(args, io);
    case 'why':
      return why(args, io);
    case 'graph':
      return graph(args, io);
    case 'fingerprints':
      return fingerprints(args, io);
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
