// The CLI's logic, callable in-process: parse, load the workspace, answer,
// print. src/cli.ts only wires process streams to runCli.
import fs from 'node:fs';
import path from 'node:path';
import { detectChanges } from '../changes/detect.js';
import { affectedFromChanges } from '../detection.js';
import { UserError } from '../errors.js';
import { directDependencies, loadWorkspace } from '../workspace/index.js';
import type { Workspace } from '../workspace/types.js';
import { HELP, parseArgs, UsageError, type AffectedArgs, type MembersArgs } from './args.js';
import { renderTable } from './table.js';
import { VERSION } from './version.js';

export interface CliIO {
  /** The repository root: every path read or printed is relative to it. */
  cwd: string;
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
  /** Read for `--files -`. */
  stdin?: AsyncIterable<string | Uint8Array>;
}

async function readAll(stream: AsyncIterable<string | Uint8Array>): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk));
  return Buffer.concat(chunks).toString('utf8');
}

/** Changed paths as git prints them: `/`-separated, relative to the repository root. */
function normalizeChangedPath(line: string): string {
  let p = line.trim().replace(/\\/g, '/');
  while (p.startsWith('./')) p = p.slice(2);
  return p;
}

async function readChangedPaths(files: string[], io: CliIO): Promise<string[]> {
  const paths: string[] = [];
  for (const file of files) {
    let text: string;
    if (file === '-') {
      if (!io.stdin) throw new UserError('--files -: no standard input to read', 'pass a file with the changed paths instead');
      text = await readAll(io.stdin);
    } else {
      try {
        text = fs.readFileSync(path.resolve(io.cwd, file), 'utf8');
      } catch {
        throw new UserError(`--files: cannot read '${file}'`, 'pass a file listing changed paths, one per line (or - for standard input)');
      }
    }
    for (const line of text.split(/\r?\n/)) {
      const p = normalizeChangedPath(line);
      if (p) paths.push(p);
    }
  }
  return [...new Set(paths)];
}

function load(args: MembersArgs | AffectedArgs, io: CliIO): Workspace {
  const ws = loadWorkspace(args.workspace, io.cwd, args.lock !== undefined ? { lockFile: args.lock } : {});
  for (const warning of ws.warnings) io.stderr.write(`warning: ${warning}\n`);
  return ws;
}

function members(args: MembersArgs, io: CliIO): void {
  const ws = load(args, io);
  const list = ws.members.map((m) => ({ name: m.name, path: m.path, dependencies: directDependencies(ws, m.name) }));
  if (args.json) {
    io.stdout.write(`${JSON.stringify(list, null, 2)}\n`);
    return;
  }
  const rows = list.map((m) => [m.name, m.path, m.dependencies.join(', ') || '-']);
  io.stdout.write(`${renderTable(['MEMBER', 'PATH', 'DEPENDS ON (members)'], rows)}\n`);
  io.stdout.write(`${list.length} member${list.length === 1 ? '' : 's'} in workspace ${ws.rootPath}${ws.virtualRoot ? ' (virtual root)' : ''}\n`);
}

async function affected(args: AffectedArgs, io: CliIO): Promise<void> {
  const ws = load(args, io);
  const log = { info: () => {}, warning: (message: string) => io.stderr.write(`warning: ${message}\n`) };
  // The same detection the action runs: git (--base) or an explicit list (--files).
  const change =
    args.base !== undefined
      ? await detectChanges({ repoRoot: io.cwd, eventName: undefined, eventPath: undefined, base: args.base, head: args.head, log })
      : await detectChanges({ repoRoot: io.cwd, eventName: undefined, eventPath: undefined, changedFiles: await readChangedPaths(args.files, io), log });
  for (const warning of change.warnings) log.warning(warning);
  const paths = change.paths;
  const result = await affectedFromChanges(ws, change, { repoRoot: io.cwd, ignore: args.ignore, global: args.global, syncArgs: args.syncArgs, dependents: args.dependents });
  const members = result.members.map((m) => ({ name: m.name, path: m.path, reasons: m.reasons }));
  if (args.json) {
    io.stdout.write(`${JSON.stringify({ all: result.all, members }, null, 2)}\n`);
    return;
  }
  if (args.base !== undefined) io.stdout.write(`changes: ${change.description}\n`);
  if (result.all) io.stdout.write(`every member is affected: ${result.allReasons.join('; ')}\n`);
  if (members.length === 0) {
    io.stdout.write(`no member is affected (${paths.length} changed path${paths.length === 1 ? '' : 's'})\n`);
    return;
  }
  const rows = members.map((m) => [m.name, m.path, m.reasons.join('; ')]);
  io.stdout.write(`${renderTable(['MEMBER', 'PATH', 'WHY'], rows)}\n`);
  io.stdout.write(`${members.length} of ${ws.members.length} members affected\n`);
}

/** Runs the CLI; returns the exit status (0 ok, 1 error, 2 usage). Never throws for a user's mistake. */
export async function runCli(argv: string[], io: CliIO): Promise<number> {
  try {
    const args = parseArgs(argv);
    switch (args.command) {
      case 'help':
        io.stdout.write(HELP);
        return 0;
      case 'version':
        io.stdout.write(`uv-workspace-sync ${VERSION}\n`);
        return 0;
      case 'members':
        members(args, io);
        return 0;
      case 'affected':
        await affected(args, io);
        return 0;
    }
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(`error: ${error.message}\nhint: run 'uv-workspace-sync --help' for usage\n`);
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
