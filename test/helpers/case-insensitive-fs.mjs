// A small case-insensitive, case-preserving FUSE file system, read-only: the
// file lookup of Windows (NTFS) and default macOS (APFS) over a directory of
// this machine, so the tests can see what a wrong-case path does there. It
// speaks the kernel's FUSE protocol on /dev/fuse itself (no libfuse, no
// native module): `mount -t fuse` is given the open /dev/fuse as fd 3.
//
// A name is looked up as the file systems of those runners do: the exact
// name when it is there, else the one entry whose name equals it ignoring
// case. Directory listings, and so every path a program builds from them,
// keep the case the names were created with. st_ino is the backing file's,
// so two spellings of one file are one file to stat.
//
// Run as: node case-insensitive-fs.mjs BACKING_DIR MOUNT_POINT
// Prints "mounted" on stdout once the kernel's INIT is answered.
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';

const [backing, mountPoint] = process.argv.slice(2);
if (!backing || !mountPoint) {
  process.stderr.write('usage: case-insensitive-fs.mjs BACKING_DIR MOUNT_POINT\n');
  process.exit(2);
}

const OP = {
  LOOKUP: 1, FORGET: 2, GETATTR: 3, READLINK: 5, OPEN: 14, READ: 15, STATFS: 17, RELEASE: 18,
  GETXATTR: 22, LISTXATTR: 23, FLUSH: 25, INIT: 26, OPENDIR: 27, READDIR: 28, RELEASEDIR: 29,
  ACCESS: 34, INTERRUPT: 36, DESTROY: 38, BATCH_FORGET: 42,
};
/** SETATTR, SYMLINK, MKNOD, MKDIR, UNLINK, RMDIR, RENAME, LINK, WRITE, SETXATTR, REMOVEXATTR, CREATE, FALLOCATE, RENAME2, COPY_FILE_RANGE, TMPFILE. */
const WRITES = new Set([4, 6, 8, 9, 10, 11, 12, 13, 16, 21, 24, 35, 43, 45, 47, 51]);
const ENOENT = 2;
const EIO = 5;
const ENOTDIR = 20;
const EROFS = 30;
const ENOSYS = 38;
/** How long the kernel may keep an answer: short, as a test writes the backing tree before it mounts. */
const VALID_SECONDS = 1n;

// nodeid → backing path (as created on disk). 1 is the root.
const paths = new Map([[1n, path.resolve(backing)]]);
const ids = new Map([[path.resolve(backing), 1n]]);
let nextId = 2n;

function idOf(p) {
  let id = ids.get(p);
  if (id === undefined) {
    id = nextId++;
    ids.set(p, id);
    paths.set(id, p);
  }
  return id;
}

/** The entry of `dir` that `name` names: exact first, else the one equal ignoring case. */
function findEntry(dir, name) {
  let names;
  try {
    names = fs.readdirSync(dir);
  } catch (error) {
    return { error: error.code === 'ENOTDIR' ? ENOTDIR : ENOENT };
  }
  if (names.includes(name)) return { name };
  const folded = name.toLowerCase();
  const matches = names.filter((n) => n.toLowerCase() === folded);
  return matches.length === 1 ? { name: matches[0] } : { error: ENOENT };
}

function attr(stat) {
  const b = Buffer.alloc(88);
  b.writeBigUInt64LE(stat.ino, 0);
  b.writeBigUInt64LE(stat.size, 8);
  b.writeBigUInt64LE(stat.blocks, 16);
  const times = [stat.atimeNs, stat.mtimeNs, stat.ctimeNs];
  times.forEach((ns, i) => {
    b.writeBigUInt64LE(ns / 1_000_000_000n, 24 + i * 8);
    b.writeUInt32LE(Number(ns % 1_000_000_000n), 48 + i * 4);
  });
  b.writeUInt32LE(Number(stat.mode), 60);
  b.writeUInt32LE(Number(stat.nlink), 64);
  b.writeUInt32LE(Number(stat.uid), 68);
  b.writeUInt32LE(Number(stat.gid), 72);
  b.writeUInt32LE(Number(stat.rdev), 76);
  b.writeUInt32LE(4096, 80);
  return b;
}

function entryOut(id, stat) {
  const head = Buffer.alloc(40);
  head.writeBigUInt64LE(id, 0);
  head.writeBigUInt64LE(VALID_SECONDS, 16);
  head.writeBigUInt64LE(VALID_SECONDS, 24);
  return Buffer.concat([head, attr(stat)]);
}

function dirents(dir, offset, size) {
  const names = ['.', '..', ...fs.readdirSync(dir)];
  const out = [];
  let used = 0;
  for (let i = Number(offset); i < names.length; i++) {
    const name = Buffer.from(names[i]);
    let stat;
    try {
      stat = fs.lstatSync(path.join(dir, names[i]), { bigint: true });
    } catch {
      continue;
    }
    const len = (24 + name.length + 7) & ~7;
    if (used + len > size) break;
    const d = Buffer.alloc(len);
    d.writeBigUInt64LE(stat.ino, 0);
    d.writeBigUInt64LE(BigInt(i + 1), 8);
    d.writeUInt32LE(name.length, 16);
    d.writeUInt32LE(Number((stat.mode & 0o170000n) >> 12n), 20);
    name.copy(d, 24);
    out.push(d);
    used += len;
  }
  return Buffer.concat(out);
}

const handles = new Map();
let nextHandle = 1n;

/** The answer to one request: a Buffer, an errno number, or null for no reply. */
function handle(op, nodeid, body) {
  const self = paths.get(nodeid);
  switch (op) {
    case OP.INIT: {
      const out = Buffer.alloc(64);
      out.writeUInt32LE(7, 0);
      out.writeUInt32LE(31, 4);
      out.writeUInt32LE(body.readUInt32LE(8), 8); // max_readahead as offered
      out.writeUInt16LE(16, 16);
      out.writeUInt16LE(12, 18);
      out.writeUInt32LE(128 * 1024, 20); // max_write
      out.writeUInt32LE(1, 24); // time_gran
      return out;
    }
    case OP.LOOKUP: {
      const name = body.subarray(0, body.indexOf(0)).toString();
      const found = findEntry(self, name);
      if (found.error) return found.error;
      const p = path.join(self, found.name);
      return entryOut(idOf(p), fs.lstatSync(p, { bigint: true }));
    }
    case OP.GETATTR: {
      const head = Buffer.alloc(16);
      head.writeBigUInt64LE(VALID_SECONDS, 0);
      return Buffer.concat([head, attr(fs.lstatSync(self, { bigint: true }))]);
    }
    case OP.READLINK:
      return Buffer.from(fs.readlinkSync(self));
    case OP.OPEN:
    case OP.OPENDIR: {
      const flags = body.readUInt32LE(0);
      if ((flags & 3) !== 0) return EROFS;
      const fh = nextHandle++;
      handles.set(fh, op === OP.OPEN ? fs.openSync(self, 'r') : undefined);
      const out = Buffer.alloc(16);
      out.writeBigUInt64LE(fh, 0);
      return out;
    }
    case OP.READ: {
      const fd = handles.get(body.readBigUInt64LE(0));
      const buf = Buffer.alloc(body.readUInt32LE(16));
      const n = fs.readSync(fd, buf, 0, buf.length, body.readBigUInt64LE(8));
      return buf.subarray(0, n);
    }
    case OP.READDIR:
      return dirents(self, body.readBigUInt64LE(8), body.readUInt32LE(16));
    case OP.RELEASE:
    case OP.RELEASEDIR: {
      const fh = body.readBigUInt64LE(0);
      const fd = handles.get(fh);
      if (fd !== undefined) fs.closeSync(fd);
      handles.delete(fh);
      return Buffer.alloc(0);
    }
    case OP.STATFS: {
      const out = Buffer.alloc(80);
      out.writeUInt32LE(4096, 40);
      out.writeUInt32LE(255, 44);
      out.writeUInt32LE(4096, 48);
      return out;
    }
    case OP.FLUSH:
    case OP.DESTROY:
      return Buffer.alloc(0);
    case OP.FORGET:
    case OP.BATCH_FORGET:
    case OP.INTERRUPT:
      return null;
    case OP.GETXATTR:
    case OP.LISTXATTR:
    case OP.ACCESS:
      return ENOSYS;
    default:
      // Whatever would write is refused as on a read-only mount; the kernel
      // falls back from the rest (FUSE_STATX to GETATTR, ...) on ENOSYS.
      return WRITES.has(op) ? EROFS : ENOSYS;
  }
}

const dev = fs.openSync('/dev/fuse', 'r+');
const mounted = spawnSync(
  'mount',
  ['-i', '-t', 'fuse.case-insensitive', '-o', 'fd=3,rootmode=40000,user_id=0,group_id=0,allow_other,ro', 'case-insensitive', mountPoint],
  { stdio: ['ignore', 'inherit', 'inherit', dev] },
);
if (mounted.status !== 0) {
  process.stderr.write(`mount -t fuse failed (status ${mounted.status}${mounted.error ? `: ${mounted.error.message}` : ''})\n`);
  process.exit(3);
}

const buf = Buffer.alloc(1024 * 1024 + 4096);
for (;;) {
  let n;
  try {
    n = fs.readSync(dev, buf, 0, buf.length, null);
  } catch (error) {
    if (error.code === 'EINTR' || error.code === 'EAGAIN' || error.code === 'ENOENT') continue;
    if (error.code === 'ENODEV') process.exit(0); // unmounted
    throw error;
  }
  const op = buf.readUInt32LE(4);
  const unique = buf.readBigUInt64LE(8);
  const nodeid = buf.readBigUInt64LE(16);
  const body = Buffer.from(buf.subarray(40, n));
  let answer;
  try {
    answer = handle(op, nodeid, body);
  } catch (error) {
    answer = error && error.code === 'ENOENT' ? ENOENT : error && error.code === 'ENOTDIR' ? ENOTDIR : EIO;
  }
  if (answer === null) continue;
  const payload = typeof answer === 'number' ? Buffer.alloc(0) : answer;
  const out = Buffer.alloc(16);
  out.writeUInt32LE(16 + payload.length, 0);
  out.writeInt32LE(typeof answer === 'number' ? -answer : 0, 4);
  out.writeBigUInt64LE(unique, 8);
  try {
    fs.writeSync(dev, Buffer.concat([out, payload]));
  } catch (error) {
    if (error.code !== 'ENOENT') throw error; // ENOENT: the request was interrupted meanwhile
  }
  if (op === OP.INIT) process.stdout.write('mounted\n');
}
