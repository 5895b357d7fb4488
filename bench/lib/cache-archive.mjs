// The cache transfer as @actions/cache does it on Linux: a POSIX tar piped
// through `zstd -T0 --long=30` to save, `zstd -d --long=30` to restore. The
// bench times the local part (archive, extract); the network part depends on
// the runner and is reported as the archive size.
import { lstatSync, readdirSync } from 'node:fs';
import { mkdir, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { run } from './measure.mjs';

export async function saveArchive(dir, file) {
  await rm(file, { force: true });
  const r = await run('tar', ['--posix', '--use-compress-program', 'zstd -T0 --long=30', '-cf', file, '-C', dir, '.']);
  return { ms: r.ms, archiveBytes: (await stat(file)).size };
}

export async function restoreArchive(file, dir) {
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  const r = await run('tar', ['--use-compress-program', 'zstd -d --long=30', '-xf', file, '-C', dir]);
  return { ms: r.ms };
}

/** Apparent size and file count of a tree; hard links to one inode count once. */
export function treeStats(dir) {
  const seen = new Set();
  let bytes = 0;
  let files = 0;
  const walk = (d) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const full = path.join(d, entry.name);
      if (entry.isDirectory()) walk(full);
      else {
        const st = lstatSync(full);
        files++;
        if (seen.has(st.ino)) continue;
        seen.add(st.ino);
        bytes += st.size;
      }
    }
  };
  walk(dir);
  return { bytes, files };
}
