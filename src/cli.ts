#!/usr/bin/env node
// Entry of the `uv-workspace-sync` command. The logic is in src/cli/run.ts so
// tests can call it in-process.
import { runCli } from './cli/run.js';

process.exitCode = await runCli(process.argv.slice(2), {
  cwd: process.cwd(),
  stdout: process.stdout,
  stderr: process.stderr,
  stdin: process.stdin,
});
