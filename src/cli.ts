#!/usr/bin/env node
// Entry of the `uv-workspace-sync` command. The logic is in src/cli/run.ts so
// tests can call it in-process.
import { runCli } from './cli/run.js';

// `uv-workspace-sync members | head -3` closes the pipe early: that is the
// reader's choice, not an error worth a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

process.exitCode = await runCli(process.argv.slice(2), {
  cwd: process.cwd(),
  stdout: process.stdout,
  stderr: process.stderr,
  stdin: process.stdin,
  // A terminal's width; piped, COLUMNS when the shell exports it (else the table's default).
  columns: process.stdout.isTTY ? process.stdout.columns : Number(process.env.COLUMNS) || undefined,
});
