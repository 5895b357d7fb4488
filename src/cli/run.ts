// The CLI's logic, callable in-process: parse, load the workspace, answer,
// print. src/cli.ts only wires process streams to runCli.
import path from 'node:path';
import { detectChanges } from '../changes/detect.js';
import { typedFrame } from '../changes/frame.js';
import { findRepoRoot } from '../changes/git.js';
import { diskCase } from '../workspace/disk-case.js';
import { normalizeChangedPaths, rejectedError } from '../changes/paths.js';
import { affectedFromChanges, watchedFiles } from '../affected/from-changes.js';
import { selectPackages } from '../affected/packages.js';
import { UserError } from '../errors.js';
import { readBoundedText } from '../read-file.js';
import { directDependencies, loadWorkspace } from '../workspace/index.js';
import type { Workspace } from '../workspace/types.js';
import { fingerprintWorkspace } from '../fingerprint/index.js';
import { HELP, parseArgs, UsageError, type AffectedArgs, type FingerprintsArgs, type MembersArgs } from './args.js';
import { renderTable } from './table.js';
import { VERSION } from './version.js';
import { reasonsText } from '../affected/reasons.js';
import { safeJson, terminalLines } from '../report/escape.js';
import { unownedLines } from '../report/unowned.js';
import { parseRunArgs } from './run-args.js';
import { runCommand } from './run-command.js';

export interface CliIO {
  /**
   * The current directory: --workspace, --lock and --files FILE are relative
   * to it. The repository root is found from it (git), so the answer is the
   * same from any directory inside the repository.
   */
  cwd: string;
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
  /** Read for `--files -`. */
  stdin?: AsyncIterable<string | Uint8Array>;
}

/** What `--files` reads at most, from a file or standard input: far more than any list of changed paths. */
const MAX_FILES_BYTES = 64 * 1024 * 1024;

const FILES_HINT = 'pass a regular file listing changed paths, one per line (or - for standard input)';

async function readAll(stream: AsyncIterable<string | Uint8Array>): Promise<string> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of stream) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk);
    total += bytes.length;
    if (total > MAX_FILES_BYTES) throw new UserError(`--files -: standard input is larger than ${MAX_FILES_BYTES / (1024 * 1024)} MiB; refusing to read it`, FILES_HINT);
    chunks.push(bytes);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** A `--files FILE` through the bounded reader: a device, a FIFO or a huge file is one clear error, never a hang. */
function readFilesList(io: CliIO, file: string): string {
  let text: string | undefined;
  try {
    text = readBoundedText(path.resolve(io.cwd, file), `'${file}'`, MAX_FILES_BYTES);
  } catch (error) {
    if (error instanceof UserError) throw new UserError(`--files: ${error.message}`, FILES_HINT);
    text = undefined;
  }
  if (text === undefined) throw new UserError(`--files: cannot read '${file}'`, FILES_HINT);
  return text;
}

/**
 * The changed paths listed in --files, one per line, in the normal form:
 * relative to the repository root as git prints them (wherever the command
 * runs), or absolute. A path outside the repository is an error.
 */
async function readChangedPaths(files: string[], io: CliIO, repoRoot: string): Promise<string[]> {
  const paths: string[] = [];
  for (const file of files) {
    let text: string;
    if (file === '-') {
      if (!io.stdin) throw new UserError('--files -: no standard input to read', 'pass a file with the changed paths instead');
      text = await readAll(io.stdin);
    } else {
      text = readFilesList(io, file);
    }
    for (const line of text.split(/\r?\n/)) {
      const p = line.trim();
      if (p) paths.push(p);
    }
  }
  const { paths: normal, rejected } = normalizeChangedPaths(paths, typedFrame(repoRoot));
  if (rejected.length > 0) throw rejectedError(rejected, '--files');
  return normal;
}

/** The repository root found from the current directory, or the current directory outside git. */
async function repoRootOf(io: CliIO): Promise<string> {
  // The current directory as a shell may hold it (typed case, on a case-insensitive file system), in its stored case.
  const cwd = diskCase(io.cwd);
  return (await findRepoRoot(cwd)) ?? cwd;
}

function load(args: MembersArgs | AffectedArgs | FingerprintsArgs, io: CliIO, repoRoot: string): Workspace {
  const dir = path.resolve(io.cwd, args.workspace);
  const ws = loadWorkspace(dir, repoRoot, args.lock !== undefined ? { lockFile: path.resolve(io.cwd, args.lock) } : {});
  for (const warning of ws.warnings) io.stderr.write(`warning: ${warning}\n`);
  return ws;
}

async function members(args: MembersArgs, io: CliIO): Promise<void> {
  const ws = load(args, io, await repoRootOf(io));
  const list = ws.members.map((m) => ({ name: m.name, path: m.path, dependencies: directDependencies(ws, m.name) }));
  if (args.json) {
    io.stdout.write(`${safeJson(list, 2)}\n`);
    return;
  }
  const rows = list.map((m) => [m.name, m.path, m.dependencies.join(', ') || '-']);
  io.stdout.write(`${renderTable(['MEMBER', 'PATH', 'DEPENDS ON (members)'], rows)}\n`);
  io.stdout.write(`${list.length} member${list.length === 1 ? '' : 's'} in workspace ${ws.rootPath}${ws.virtualRoot ? ' (virtual root)' : ''}\n`);
}

/** The members a change affects, as `affected` (and `run`) answer it: the workspace, the change set and the answer. */
async function affectedMembers(args: AffectedArgs, io: CliIO) {
  const repoRoot = await repoRootOf(io);
  const ws = load(args, io, repoRoot);
  // `run` without --base or --files: every member, as the action's `packages: all`.
  if (args.base === undefined && args.files.length === 0) return { repoRoot, ws, change: undefined, affected: selectPackages(ws, 'all') };
  const log = { info: () => {}, warning: (message: string) => io.stderr.write(`warning: ${message}\n`) };
  // The same detection the action runs: git (--base) or an explicit list (--files).
  const common = { repoRoot, eventName: undefined, eventPath: undefined, watch: watchedFiles(ws, repoRoot), log };
  const change =
    args.base !== undefined
      ? await detectChanges({ ...common, base: args.base, head: args.head })
      : await detectChanges({ ...common, changedFiles: await readChangedPaths(args.files, io, repoRoot) });
  // The action falls back to every member when git fails; asked on a
  // terminal, a --base that git cannot compare is the user's to fix.
  if (args.base !== undefined && change.source === 'none') {
    throw new UserError(`--base ${args.base}: ${change.allReason ?? 'git could not list the changes'}`, 'give a commit, branch or tag that this clone (or origin) has, e.g. origin/main');
  }
  for (const warning of change.warnings) log.warning(warning);
  const affected = await affectedFromChanges(ws, change, { repoRoot, ignore: args.ignore, global: args.global, syncArgs: args.syncArgs, dependents: args.dependents });
  return { repoRoot, ws, change, affected };
}

async function affected(args: AffectedArgs, io: CliIO): Promise<void> {
  const { ws, change, affected: result } = await affectedMembers(args, io);
  const paths = change?.paths ?? [];
  const members = result.members.map((m) => ({ name: m.name, path: m.path, reasons: reasonsText(m.reasons) }));
  if (args.json) {
    io.stdout.write(`${safeJson({ all: result.all, members, unowned: result.unowned ?? [] }, 2)}\n`);
    return;
  }
  if (change && args.base !== undefined) io.stdout.write(`changes: ${change.description}\n`);
  if (result.all) io.stdout.write(`every member is affected: ${reasonsText(result.allReasons).join('; ')}\n`);
  if (members.length === 0) {
    io.stdout.write(`no member is affected (${paths.length} changed path${paths.length === 1 ? '' : 's'})\n`);
  } else {
    const rows = members.map((m) => [m.name, m.path, m.reasons.join('; ')]);
    io.stdout.write(`${renderTable(['MEMBER', 'PATH', 'WHY'], rows)}\n`);
    io.stdout.write(`${members.length} of ${ws.members.length} members affected\n`);
  }
  for (const line of unownedLines(result.unowned)) io.stdout.write(`${line}\n`);
}

async function fingerprints(args: FingerprintsArgs, io: CliIO): Promise<void> {
  const ws = load(args, io, await repoRootOf(io));
  const result = await fingerprintWorkspace(ws, { syncArgs: args.syncArgs, ignore: args.ignore, global: args.global, dependents: args.dependents });
  if (args.json) {
    io.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
    return;
  }
  const rows = ws.members.map((m) => [m.name, m.path, result[m.name]!]);
  io.stdout.write(`${renderTable(['MEMBER', 'PATH', 'FINGERPRINT'], rows)}\n`);
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
    if (argv[0] === 'run') {
      const run = parseRunArgs(argv.slice(1));
      if (run !== 'help') return await runCommand(run, io, affectedMembers);
    }
    const args = parseArgs(argv[0] === 'run' ? ['--help'] : argv);
    switch (args.command) {
      case 'help':
        io.stdout.write(HELP);
        return 0;
      case 'version':
        io.stdout.write(`uv-workspace-sync ${VERSION}\n`);
        return 0;
      case 'members':
        await members(args, io);
        return 0;
      case 'affected':
        await affected(args, io);
        return 0;
      case 'fingerprints':
        await fingerprints(args, io);
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
