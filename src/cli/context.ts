// What every command starts from: the streams, the repository root, the
// workspace, and (for the commands that read a change) the change and what
// it affects, detected exactly as the action detects it.
import fs from 'node:fs';
import path from 'node:path';
import { detectChanges } from '../changes/detect.js';
import { typedFrame } from '../changes/frame.js';
import { findRepoRoot } from '../changes/git.js';
import type { ChangeSet } from '../changes/types.js';
import { diskCase } from '../workspace/disk-case.js';
import { normalizeChangedPaths, rejectedError } from '../changes/paths.js';
import { affectedFromChanges, watchedFiles } from '../affected/from-changes.js';
import type { Affected } from '../affected/engine.js';
import { UserError } from '../errors.js';
import { readBoundedText } from '../read-file.js';
import { loadWorkspace } from '../workspace/index.js';
import { NoWorkspaceError, repoRelative } from '../workspace/discover.js';
import { nearbyWorkspaces } from '../workspace/nearby.js';
import type { Workspace } from '../workspace/types.js';
import type { ChangeArgs } from './args.js';

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
  /** How wide a table may be: the terminal's width (undefined: not a terminal, COLUMNS or a default decides). */
  columns?: number;
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
async function readChangedPaths(files: string[], io: CliIO, repoRoot: string): Promise<{ paths: string[]; normal: boolean }> {
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
  const { paths: normal, rejected, ambiguous } = normalizeChangedPaths(paths, typedFrame(repoRoot));
  if (rejected.length > 0) throw rejectedError(rejected, '--files');
  // Ambiguous paths are normalised again by the change detection, which says so (a warning) as it always has.
  return { paths: normal, normal: ambiguous.length === 0 };
}

/** The repository root found from the current directory, or the current directory outside git. */
export async function repoRootOf(io: CliIO): Promise<string> {
  // The current directory as a shell may hold it (typed case, on a case-insensitive file system), in its stored case.
  const cwd = diskCase(io.cwd);
  return (await findRepoRoot(cwd)) ?? cwd;
}

/**
 * No workspace where --workspace points: said in the CLI's words, with the
 * workspace one or two levels down when there is one (agent-framework keeps
 * its workspace in python/).
 */
function noWorkspaceHint(error: NoWorkspaceError, io: CliIO, repoRoot: string): UserError {
  if (!fs.existsSync(error.startDir) || !fs.statSync(error.startDir).isDirectory()) {
    return new UserError(error.message, 'point --workspace at the directory whose pyproject.toml has [tool.uv.workspace]');
  }
  const found = nearbyWorkspaces(error.startDir);
  if (found.length === 0) {
    return new UserError(error.message, 'point --workspace at the directory whose pyproject.toml has [tool.uv.workspace] (none is one or two levels below it)');
  }
  const shown = found.map((dir) => {
    const rel = path.relative(io.cwd, dir).split(path.sep).join('/');
    return { arg: rel === '' ? '.' : rel, file: `${repoRelative(repoRoot, dir)}/pyproject.toml` };
  });
  const [first, ...rest] = shown;
  const others = rest.length > 0 ? `; also ${rest.slice(0, 3).map((s) => s.file).join(', ')}${rest.length > 3 ? ` and ${rest.length - 3} more` : ''}` : '';
  return new UserError(error.message, `${first!.file} has [tool.uv.workspace]: run with --workspace ${first!.arg}${others}`);
}

export function load(args: { workspace: string; lock?: string }, io: CliIO, repoRoot: string): Workspace {
  const dir = path.resolve(io.cwd, args.workspace);
  let ws: Workspace;
  try {
    ws = loadWorkspace(dir, repoRoot, args.lock !== undefined ? { lockFile: path.resolve(io.cwd, args.lock) } : {});
  } catch (error) {
    if (error instanceof NoWorkspaceError) throw noWorkspaceHint(error, io, repoRoot);
    throw error;
  }
  for (const warning of ws.warnings) io.stderr.write(`warning: ${warning}\n`);
  return ws;
}

export interface Detected {
  repoRoot: string;
  ws: Workspace;
  change: ChangeSet;
  affected: Affected;
}

/** The workspace, the change (--files, or git from --base), and what it affects: the action's own detection. */
export async function detectAffected(args: ChangeArgs & { workspace: string; lock?: string }, io: CliIO): Promise<Detected> {
  const repoRoot = await repoRootOf(io);
  const ws = load(args, io, repoRoot);
  const log = { info: () => {}, warning: (message: string) => io.stderr.write(`warning: ${message}\n`) };
  const common = { repoRoot, eventName: undefined, eventPath: undefined, watch: watchedFiles(ws, repoRoot), log };
  let change: ChangeSet;
  if (args.base !== undefined) {
    change = await detectChanges({ ...common, base: args.base, head: args.head, workTree: args.head === undefined, fetch: args.fetch });
  } else {
    const files = await readChangedPaths(args.files, io, repoRoot);
    change = await detectChanges({ ...common, changedFiles: files.paths, changedFilesNormal: files.normal });
  }
  // The action falls back to every member when git fails; asked on a
  // terminal, a --base that git cannot compare is the user's to fix.
  if (args.base !== undefined && change.source === 'none') {
    const fetchHint = args.fetch ? '' : ', or add --fetch to fetch it from origin';
    throw new UserError(`--base ${args.base}: ${change.allReason ?? 'git could not list the changes'}`, `give a commit, branch or tag that this clone has (e.g. origin/main)${fetchHint}`);
  }
  for (const warning of change.warnings) log.warning(warning);
  const affected = await affectedFromChanges(ws, change, { repoRoot, ignore: args.ignore, global: args.global, syncArgs: args.syncArgs, dependents: args.dependents });
  return { repoRoot, ws, change, affected };
}
