// Crafted cache archives, as a compromised cache service would serve them
// (`CacheServer.replace`): tar files written entry by entry with Python's
// tarfile (PAX, like the client's `tar --posix`), so any name, link target,
// entry kind or mode can be stored, then compressed with the real zstd; and a
// zstd bomb, a small archive holding gigabytes of zeros.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export interface CraftedEntry {
  name: string;
  type: 'file' | 'dir' | 'symlink' | 'hardlink' | 'fifo' | 'chardev' | 'blockdev';
  content?: string;
  /** Symlink or hard link target. */
  target?: string;
  /** Permission bits (setuid and the like included); 0o644 for files, 0o755 for dirs by default. */
  mode?: number;
}

const WRITE_TAR = `
import json, sys, tarfile, io
kinds = {'dir': tarfile.DIRTYPE, 'symlink': tarfile.SYMTYPE, 'hardlink': tarfile.LNKTYPE,
         'fifo': tarfile.FIFOTYPE, 'chardev': tarfile.CHRTYPE, 'blockdev': tarfile.BLKTYPE, 'file': tarfile.REGTYPE}
with tarfile.open(sys.argv[2], 'w', format=tarfile.PAX_FORMAT) as tar:
    for m in json.load(open(sys.argv[1])):
        info = tarfile.TarInfo(m['name'])
        info.type = kinds[m['type']]
        info.mode = m.get('mode', 0o755 if m['type'] == 'dir' else 0o644)
        info.linkname = m.get('target', '')
        if m['type'] in ('chardev', 'blockdev'):
            info.devmajor, info.devminor = 1, 3
        data = m.get('content', '').encode() if m['type'] == 'file' else b''
        info.size = len(data)
        tar.addfile(info, io.BytesIO(data))
`;

/** A zstd-compressed tar of exactly these entries, in this order. */
export function craftArchive(entries: CraftedEntry[]): Buffer {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'uvws-crafted-'));
  try {
    writeFileSync(path.join(dir, 'entries.json'), JSON.stringify(entries));
    const tar = path.join(dir, 'cache.tar');
    execFileSync('python3', ['-c', WRITE_TAR, path.join(dir, 'entries.json'), tar]);
    execFileSync('zstd', ['-q', '-f', tar, '-o', `${tar}.zst`]);
    return readFileSync(`${tar}.zst`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const MIB = 1024 * 1024;

/**
 * An archive whose one file, `name`, is `bytes` of zeros: a tar header, then
 * the zeros, made of zstd frames (one for the header, then the same 8 MiB
 * frame of zeros over and over; zstd decompresses concatenated frames as one
 * stream), so 3 GiB is about 100 KB and costs nothing to build.
 */
export function zeroBomb(name: string, bytes: number): Buffer {
  const header = execFileSync('python3', ['-c', `import sys, tarfile; i = tarfile.TarInfo(sys.argv[1]); i.size = int(sys.argv[2]); sys.stdout.buffer.write(i.tobuf(format=tarfile.USTAR_FORMAT))`, name, String(bytes)]);
  const zstd = (input: Buffer) => execFileSync('zstd', ['-q', '-c'], { input, maxBuffer: 64 * MIB });
  // The file's data, its padding to 512 bytes and the two end blocks: all zeros.
  const zeros = Math.ceil(bytes / 512) * 512 + 1024;
  const chunk = zstd(Buffer.alloc(8 * MIB));
  const frames = [zstd(header), ...Array.from({ length: Math.floor(zeros / (8 * MIB)) }, () => chunk)];
  if (zeros % (8 * MIB)) frames.push(zstd(Buffer.alloc(zeros % (8 * MIB))));
  return Buffer.concat(frames);
}
