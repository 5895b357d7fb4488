// The CLI's logic, callable in-process: parse, run the command, turn every
// user mistake into one `error:` line. src/cli.ts only wires process streams
// to runCli; each command lives in a module of its own.
import { UserError } from '../errors.js';
import { terminalLines } from '../report/escape.js';
import { affected } from './affected.js';
import { parseArgs, UsageError } from './args.js';
import type { CliIO } from './context.js';
import { fingerprints } from './fingerprints.js';
import { graph } from './graph.js';
import { commandHelp, globalHelp } from './help.js';
import { members } from './members.js';
import { VERSION } from './version.js';
import { why } from './why.js';

export type { CliIO } from './context.js';

async function dispatch(argv: string[], io: CliIO): Promise<void> {
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
    await dispatch(argv, io);
    return 0;
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
