// How big the uv cache is on disk, for the log and the job summary.
import { lstat, readdir } from 'node:fs/promises';
import path from 'node:path';

/**
 * Bytes held by regular files under `dir`. Symlinks are not followed (uv
 * links into venvs, and a venv may link back), and a file hardlinked several
 * times is counted once, as `du` does: uv's cache hardlinks its entries. A
 * missing dir is 0; entries that vanish during the walk are skipped.
 */
export async function directorySize(dir: string): Promise<number> {
  const seen = new Set<string>();
  let total = 0;
  const pending = [dir];
  while (pending.length > 0) {
    const current = pending.pop()!;
    let entries;
    try {
      entries = await readdir(current, { withFileTypes: true });
    } catch (error) {
      if (current === dir && (error as NodeJS.ErrnoException).code === 'ENOTDIR') return fileSize(dir);
      continue;
    }
    const files: string[] = [];
    for (const entry of entries) {
      const full = path.join(current, entry.name);
      if (entry.isDirectory()) pending.push(full);
      else if (entry.isFile()) files.push(full);
    }
    // lstat in batches: one at a time is slow on a cache of 100k files, all at once exhausts fds.
    for (let i = 0; i < files.length; i += 128) {
      const stats = await Promise.all(files.slice(i, i + 128).map((f) => lstat(f, { bigint: true }).catch(() => undefined)));
      for (const stat of stats) {
        if (!stat || !stat.isFile()) continue;
        if (stat.nlink > 1n) {
          const id = `${stat.dev}:${stat.ino}`;
          if (seen.has(id)) continue;
          seen.add(id);
        }
        total += Number(stat.size);
      }
    }
  }
  return total;
}

async function fileSize(file: string): Promise<number> {
  const stat = await lstat(file).catch(() => undefined);
  return stat?.isFile() ? stat.size : 0;
}
