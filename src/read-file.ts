// The one reader of files a repository or the runner hands us (pyproject.toml,
// uv.toml, uv.lock, .python-version, the event payload). A pull request can
// commit a symlink to /dev/zero or a FIFO named pyproject.toml; reading that
// would never end. So a file is read only when it is a regular file (after
// following symlinks), and never past MAX_READ_BYTES, with one clear error.
import { closeSync, constants, fstatSync, openSync, readSync, statSync, type Stats } from 'node:fs';
import { UserError } from './errors.js';

/** 64 MiB: a uv.lock of a thousand-member workspace is a few MB; nothing legitimate comes near. */
const MAX_READ_BYTES = 64 * 1024 * 1024;

function kindOf(stat: import('node:fs').Stats): string {
  if (stat.isDirectory()) return 'a directory';
  if (stat.isCharacterDevice()) return 'a character device';
  if (stat.isBlockDevice()) return 'a block device';
  if (stat.isFIFO()) return 'a named pipe';
  if (stat.isSocket()) return 'a socket';
  return 'not a regular file';
}

/**
 * Reads `file` as UTF-8, with CRLF line ends made LF: the form git stores a
 * text file in, so a Windows checkout (`core.autocrlf=true`) reads, compares
 * and hashes as an LF one does. Missing files (ENOENT, ENOTDIR) and directories
 * give undefined, as before; anything else that is not a regular file, or a
 * file larger than `limit`, is a UserError naming `shown` (the path as the
 * user knows it).
 */
export function readBoundedText(file: string, shown: string = file, limit: number = MAX_READ_BYTES): string | undefined {
  let fd: number;
  try {
    // Open first and ask the descriptor what it is: one path lookup instead of
    // two (stat, then open), which at 2000 pyproject.toml files shows. A FIFO
    // opened with O_NONBLOCK does not wait for a writer; O_NOCTTY keeps a tty
    // from becoming ours. Both are refused below before any read.
    fd = openSync(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOCTTY ?? 0));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR' || code === 'ELOOP') return undefined;
    // A socket (ENXIO) or a file we may not open: say what it is, as before.
    return readByPath(file, shown, limit, error);
  }
  try {
    return readOpen(fd, fstatSync(fd), shown, limit);
  } finally {
    closeSync(fd);
  }
}

/** Where opening failed: the path's kind makes the message, else the open's own error stands. */
function readByPath(file: string, shown: string, limit: number, openError: unknown): string | undefined {
  let stat;
  try {
    stat = statSync(file);
  } catch {
    throw openError;
  }
  if (stat.isDirectory()) return undefined;
  checkKind(stat, shown, limit);
  throw openError;
}

function checkKind(stat: Stats, shown: string, limit: number): void {
  if (!stat.isFile()) throw new UserError(`${shown} is ${kindOf(stat)}, not a regular file; refusing to read it`, 'commit a regular file there');
  if (stat.size > limit) throw tooBig(shown, limit);
}

function tooBig(shown: string, limit: number): UserError {
  return new UserError(`${shown} is larger than ${Math.round(limit / (1024 * 1024))} MiB; refusing to read it`, 'check that this is the file you meant to commit');
}

/** Small files are read into this one buffer (then decoded): a buffer per file made reading 2000 pyproject.toml files GC-bound. */
const SHARED = Buffer.allocUnsafe(64 * 1024);

function readOpen(fd: number, stat: Stats, shown: string, limit: number): string | undefined {
  if (stat.isDirectory()) return undefined;
  checkKind(stat, shown, limit);
  // Read through the descriptor, never past the limit: a file may grow (or be a /proc file reporting size 0).
  const chunks: Buffer[] = [];
  let total = 0;
  // The first read asks for one byte more than stat reported, so a file that
  // has not grown is read in one call.
  let want = Math.min(stat.size + 1, limit + 1);
  for (;;) {
    const chunk = chunks.length === 0 && want <= SHARED.length ? SHARED : Buffer.allocUnsafe(want);
    const n = readSync(fd, chunk, 0, want, null);
    if (n === 0) break;
    chunks.push(chunk.subarray(0, n));
    total += n;
    if (total > limit) throw tooBig(shown, limit);
    // A short read once stat's size is in is the end of a regular file. A
    // file reporting size 0 (/proc) may answer a page at a time: read on.
    if (n < want && stat.size > 0 && total >= stat.size) break;
    want = Math.min(1024 * 1024, limit + 1 - total);
  }
  // Decoded before SHARED is used again; concat copies it when there are several chunks.
  const text = (chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, total)).toString('utf8');
  return text.includes('\r\n') ? text.replace(/\r\n/g, '\n') : text;
}
