// A reader of tar headers (pure): fed the decompressed archive chunk by
// chunk, it reports every entry as tar will extract it (ustar, GNU long
// names, pax extended headers) and skips the data. archive.ts checks these
// entries before tar runs, so what is checked must be what tar reads: where
// a tar reader could disagree with this one (a size on a directory or link,
// sparse files, global pax names, a bad checksum) the archive is refused
// rather than guessed at. Names are kept as latin1 strings, one char per
// byte, so comparisons are exact whatever the bytes are.

export type EntryKind = 'file' | 'dir' | 'symlink' | 'hardlink' | 'other';

export interface TarEntry {
  /** The path as stored (latin1: one char per byte). */
  name: string;
  kind: EntryKind;
  /** For `other`: what it is, in words (`a named pipe (FIFO)`, `a character device`, …). */
  what: string;
  /** Symlink or hard link target, as stored. */
  linkname: string;
  size: number;
  mode: number;
}

/** The archive cannot be read the way tar reads it, or holds what must never be extracted. */
export class TarFormatError extends Error {}

const BLOCK = 512;
const ZERO_BLOCK = Buffer.alloc(BLOCK);
/** A pax header or GNU long name longer than this is no header uv's cache needs. */
const MAX_META = 1024 * 1024;

const OTHER_KINDS: Record<string, string> = {
  '3': 'a character device',
  '4': 'a block device',
  '6': 'a named pipe (FIFO)',
  S: 'a sparse file',
  D: 'a GNU dump directory',
  M: 'a multi-volume continuation',
  V: 'a volume label',
};

function kindOf(flag: string): { kind: EntryKind; what: string } {
  if (flag === '0' || flag === '\0' || flag === '7') return { kind: 'file', what: 'a file' };
  if (flag === '1') return { kind: 'hardlink', what: 'a hard link' };
  if (flag === '2') return { kind: 'symlink', what: 'a symlink' };
  if (flag === '5') return { kind: 'dir', what: 'a directory' };
  return { kind: 'other', what: OTHER_KINDS[flag] ?? `an entry of tar type ${JSON.stringify(flag)}` };
}

function text(block: Buffer, start: number, length: number): string {
  const field = block.subarray(start, start + length);
  const end = field.indexOf(0);
  return field.subarray(0, end === -1 ? field.length : end).toString('latin1');
}

/** A numeric field: octal digits (space or NUL ended), or GNU's base-256 (high bit set). */
function number(block: Buffer, start: number, length: number): number {
  const field = block.subarray(start, start + length);
  if (field[0]! & 0x80) {
    if (field[0] === 0xff) throw new TarFormatError('a negative size or mode in a tar header');
    let value = field[0]! & 0x7f;
    for (const byte of field.subarray(1)) value = value * 256 + byte;
    return value;
  }
  const digits = field.toString('latin1').replace(/[\0 ]+$/, '').trim();
  if (digits === '') return 0;
  if (!/^[0-7]+$/.test(digits)) throw new TarFormatError(`a tar header with a malformed number field (${JSON.stringify(digits)})`);
  return parseInt(digits, 8);
}

function checksumOk(block: Buffer): boolean {
  const stored = number(block, 148, 8);
  let sum = 0;
  for (let i = 0; i < BLOCK; i++) sum += i >= 148 && i < 156 ? 0x20 : block[i]!;
  return sum === stored;
}

/** `len key=value\n` records; values are bytes (latin1), as names are. */
function paxRecords(body: Buffer): Map<string, string> {
  const records = new Map<string, string>();
  let at = 0;
  while (at < body.length && body[at] !== 0) {
    const space = body.indexOf(0x20, at);
    const length = space === -1 ? NaN : Number(body.subarray(at, space).toString('latin1'));
    if (!Number.isInteger(length) || length <= space - at || at + length > body.length || body[at + length - 1] !== 0x0a) {
      throw new TarFormatError('a malformed pax extended header');
    }
    const record = body.subarray(space + 1, at + length - 1).toString('latin1');
    const eq = record.indexOf('=');
    if (eq <= 0) throw new TarFormatError('a malformed pax extended header');
    records.set(record.slice(0, eq), record.slice(eq + 1));
    at += length;
  }
  return records;
}

interface Pending {
  /** What the collected body is for. */
  flag: 'x' | 'g' | 'L' | 'K';
  body: Buffer[];
  left: number;
  padding: number;
}

/**
 * Reads tar headers from a stream. `push` each chunk, then `end`; each entry
 * goes to `onEntry` as soon as its header is read (a throw there stops the
 * reading). Throws TarFormatError for what cannot be read safely.
 */
export class TarHeaderReader {
  private header = Buffer.alloc(0);
  private skip = 0;
  private pending: Pending | undefined;
  private pax = new Map<string, string>();
  private longName: string | undefined;
  private longLink: string | undefined;
  private done = false;
  private sawHeader = false;

  constructor(private readonly onEntry: (entry: TarEntry) => void) {}

  /** The end-of-archive block was read: what follows is padding, which tar does not read. */
  get ended(): boolean {
    return this.done;
  }

  push(chunk: Buffer): void {
    let at = 0;
    while (at < chunk.length && !this.done) {
      if (this.skip > 0) {
        const n = Math.min(this.skip, chunk.length - at);
        this.skip -= n;
        at += n;
      } else if (this.pending) {
        at = this.collect(chunk, at);
      } else {
        const part = chunk.subarray(at, at + BLOCK - this.header.length);
        this.header = this.header.length === 0 ? Buffer.from(part) : Buffer.concat([this.header, part]);
        at += part.length;
        if (this.header.length === BLOCK) {
          const block = this.header;
          this.header = Buffer.alloc(0);
          this.read(block);
        }
      }
    }
  }

  /** The stream ended: it must have ended where tar stops (a zero block, or after a whole entry). */
  end(): void {
    if (this.done) return;
    if (this.header.length > 0 || this.skip > 0 || this.pending || !this.sawHeader) throw new TarFormatError('the archive ends in the middle of an entry');
  }

  private collect(chunk: Buffer, at: number): number {
    const pending = this.pending!;
    const n = Math.min(pending.left, chunk.length - at);
    pending.body.push(chunk.subarray(at, at + n));
    pending.left -= n;
    if (pending.left > 0) return at + n;
    this.pending = undefined;
    this.skip = pending.padding;
    const body = Buffer.concat(pending.body);
    if (pending.flag === 'L') this.longName = text(body, 0, body.length);
    else if (pending.flag === 'K') this.longLink = text(body, 0, body.length);
    else if (pending.flag === 'x') for (const [key, value] of paxRecords(body)) this.pax.set(key, value);
    // Global records apply to every later entry; a name, link or size there is no archive uv writes.
    else if ([...paxRecords(body).keys()].some((key) => key === 'path' || key === 'linkpath' || key === 'size' || key.startsWith('GNU.sparse'))) {
      throw new TarFormatError('a global pax header that sets a name, link target or size');
    }
    return at + n;
  }

  private read(block: Buffer): void {
    // GNU tar and bsdtar both stop at the first zero block.
    if (block[0] === 0 && block.equals(ZERO_BLOCK)) {
      this.done = true;
      return;
    }
    if (!checksumOk(block)) throw new TarFormatError(this.sawHeader ? 'a tar header with a bad checksum' : 'it is not a tar archive (bad header checksum)');
    this.sawHeader = true;
    const flag = String.fromCharCode(block[156]!);
    const size = number(block, 124, 12);
    const padded = Math.ceil(size / BLOCK) * BLOCK;
    if (flag === 'x' || flag === 'g' || flag === 'L' || flag === 'K') {
      if (size > MAX_META) throw new TarFormatError(`a tar metadata header of ${size} bytes`);
      this.pending = { flag, body: [], left: size, padding: padded - size };
      if (size === 0) this.collect(Buffer.alloc(0), 0);
      return;
    }
    this.entry(block, flag, size);
  }

  private entry(block: Buffer, flag: string, headerSize: number): void {
    const magic = block.subarray(257, 263).toString('latin1');
    // POSIX ustar splits long names into prefix/name; old GNU headers keep other fields there.
    const prefix = magic === 'ustar\0' ? text(block, 345, 155) : '';
    const stored = text(block, 0, 100);
    const name = this.pax.get('path') ?? this.longName ?? (prefix ? `${prefix}/${stored}` : stored);
    const linkname = this.pax.get('linkpath') ?? this.longLink ?? text(block, 157, 100);
    const paxSize = this.pax.get('size');
    const sparse = [...this.pax.keys()].some((key) => key.startsWith('GNU.sparse'));
    this.pax = new Map();
    this.longName = undefined;
    this.longLink = undefined;
    if (paxSize !== undefined && !/^\d+$/.test(paxSize)) throw new TarFormatError('a pax size that is not a number');
    const size = paxSize === undefined ? headerSize : Number(paxSize);
    const kind = sparse ? { kind: 'other' as const, what: 'a sparse file' } : kindOf(flag);
    // Readers disagree on whether data follows a directory or a link; uv's archives never have any.
    if (size > 0 && kind.kind !== 'file' && kind.kind !== 'other') throw new TarFormatError(`${kind.what} entry with ${size} bytes of data: ${JSON.stringify(name)}`);
    this.onEntry({ name, ...kind, linkname, size, mode: number(block, 100, 8) });
    this.skip = Math.ceil(size / BLOCK) * BLOCK;
  }
}
