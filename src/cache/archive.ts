// Safe extraction of a cache archive. `@actions/cache` extracts with `tar -P`
// relative to GITHUB_WORKSPACE, so an archive entry named `../x` or `/x` lands
// anywhere the job can write (sources, .github/workflows), and an archive is
// whatever the cache service hands back. Here, in one pass over the archive:
// 1. The archive is decompressed, and every header is read on the way
//    (tar-stream.ts) and checked (archive-check.ts) before tar reads it: names
//    under the one prefix this action saves (the cache dir, relative to the
//    filesystem root), only files, dirs and links, nothing written through a
//    link. The decompressed size and the entry count are bounded (a 99 KB
//    archive can hold 3 GiB of zeros).
// 2. The checked bytes stream into tar's stdin, which extracts them without
//    `-P` into an empty staging dir inside the cache dir, never with the
//    archive's owner or its setuid/setgid/sticky bits. An entry that fails a
//    check never reaches tar: the stream stops before it, and tar with it.
// 3. Once the archive has ended, its links are checked as a whole (each must
//    resolve inside), and what landed is checked again on disk (kinds,
//    symlinks resolved, hard links shared with nothing outside) before it is
//    moved into place.
// Anything wrong discards the whole archive, and the staging dir with it.
// (Decompressing into a tar file first and extracting that took two passes
// over what is 1.4 GiB for livekit/agents' unpruned cache.)
import { createReadStream } from 'node:fs';
import { lstat, mkdir, readdir, readlink, rename, rm, rmdir } from 'node:fs/promises';
import path from 'node:path';
import { createGunzip } from 'node:zlib';
import { posixRelative } from '../text.js';
import { ArchiveCheck, escapingLink, UnsafeArchiveError } from './archive-check.js';
import { chooseTar, runTool, tarEnv, tarExtractArgs, zstdDecompressArgs, type CompressionMethod, type Tar } from './archive-tools.js';
import { TarHeaderReader, type TarEntry } from './tar-stream.js';

export { compressionMethod, type CompressionMethod } from './archive-tools.js';
export { UnsafeArchiveError } from './archive-check.js';

const GIB = 1024 ** 3;

/**
 * The most a restore extracts: 100 times the downloaded archive, and at least
 * 1 GiB. A real uv cache compresses about 3:1 (livekit/agents, unpruned:
 * 1.3 GiB of files in a 490 MiB entry); zeros compress 30,000:1.
 */
export function extractLimit(archiveBytes: number): number {
  return Math.max(GIB, 100 * archiveBytes);
}

/** The most entries a restore extracts: about ten times livekit/agents' unpruned cache (~100,000). */
const MAX_ENTRIES = 1_000_000;

/** The archive-relative prefix of `dir` as this action saves it (from the filesystem root, `/`-separated). */
export function archivePrefix(dir: string): string {
  const resolved = path.resolve(dir);
  return posixRelative(path.parse(resolved).root, resolved);
}

function sizeText(bytes: number): string {
  return bytes >= GIB ? `${(bytes / GIB).toFixed(1)} GiB` : `${Math.round(bytes / 1024 ** 2)} MiB`;
}

/** How much of the archive may wait in tar's stdin before the decompression waits for tar. */
const QUEUED = 8 * 1024 ** 2;

/** tar stopped reading its stdin before the archive's end: its own failure says why. */
class TarStopped extends Error {}

/**
 * tar's stdin, written chunk by chunk: a write waits until tar has taken
 * the chunk in (so the decompression runs at tar's pace), and says false
 * once tar no longer reads.
 */
class TarInput {
  private stdin: NodeJS.WritableStream | undefined;
  private closed = false;

  attach(stdin: NodeJS.WritableStream): void {
    this.stdin = stdin;
    stdin.once('close', () => (this.closed = true));
  }

  write(chunk: Buffer): Promise<boolean> {
    const stdin = this.stdin as (NodeJS.WritableStream & { writableLength: number }) | undefined;
    if (!stdin || this.closed) return Promise.resolve(false);
    stdin.write(chunk);
    // A few MiB queued keep tar and the decompression both busy; waiting on every 64 KiB pipe chunk made them take turns.
    if (stdin.writableLength < QUEUED) return Promise.resolve(true);
    return new Promise((resolve) => {
      const settle = (taken: boolean) => () => {
        stdin.removeListener('drain', onDrain);
        stdin.removeListener('close', onClose);
        resolve(taken);
      };
      const onDrain = settle(true);
      const onClose = settle(false);
      stdin.once('drain', onDrain);
      stdin.once('close', onClose);
    });
  }

  /** The archive is done: tar reads to the end of what it was given. */
  end(): void {
    this.stdin?.end();
  }

  /** Stops tar at once: it reads the end of its input in the middle of an entry and fails. */
  abort(): void {
    (this.stdin as (NodeJS.WritableStream & { destroy?: () => void }) | undefined)?.destroy?.();
  }
}

/**
 * Decompresses `archive` into tar's stdin, handing each entry to `onEntry`
 * as its header streams past, before tar reads that header; throws once more
 * than `maxBytes` come out, or when tar stops reading before the archive ends.
 */
async function decompressInto(archive: string, method: CompressionMethod, input: TarInput, opts: { maxBytes: number; onEntry: (entry: TarEntry) => void; until: number }): Promise<void> {
  const reader = new TarHeaderReader(opts.onEntry);
  let bytes = 0;
  const take = async (chunk: Buffer) => {
    bytes += chunk.length;
    if (bytes > opts.maxBytes) {
      throw new UnsafeArchiveError(`the archive extracts to more than ${sizeText(opts.maxBytes)}, the most a restore takes (100 times the downloaded size, at least 1 GiB)`);
    }
    // A header that fails its check throws here, so neither it nor what follows reaches tar.
    reader.push(chunk);
    // After the end-of-archive block tar may stop reading: the rest is padding.
    if (!(await input.write(chunk)) && !reader.ended) throw new TarStopped('tar stopped reading the archive before its end');
  };
  if (method === 'gzip') {
    for await (const chunk of createReadStream(archive).pipe(createGunzip())) {
      if (Date.now() > opts.until) throw new Error('gunzip did not finish in time');
      await take(chunk as Buffer);
    }
  } else {
    await runTool('zstd', zstdDecompressArgs(method, archive), opts.until - Date.now(), { onStdoutData: take });
  }
  reader.end();
}

/** What a walk found at one entry: a symlink, a file with more than one link, a problem, or (a dir) what its entries hold, in readdir order. */
type Found =
  | { kind: 'link'; rel: string; target: string }
  | { kind: 'shared'; rel: string; id: string; nlink: bigint }
  | { kind: 'problem'; problem: string }
  | { kind: 'dir'; entries: Found[] }
  | { kind: 'none' };

/**
 * Walks `dir` with every entry asked at once, subdirs too: the filesystem
 * answers them in parallel, where a walk one dir at a time waits for each.
 * The answers keep readdir order, so extractedTree reads them as a
 * depth-first walk would have found them.
 */
async function walkTree(dir: string, relDir: string): Promise<Found> {
  const entries = await readdir(dir, { withFileTypes: true });
  const found = await Promise.all(
    entries.map(async (entry): Promise<Found> => {
      const full = path.join(dir, entry.name);
      const rel = relDir === '' ? entry.name : `${relDir}/${entry.name}`;
      if (entry.isSymbolicLink()) return { kind: 'link', rel, target: await readlink(full) };
      if (entry.isDirectory()) return walkTree(full, rel);
      if (!entry.isFile()) return { kind: 'problem', problem: `something that is not a file, directory or symlink: ${JSON.stringify(rel)}` };
      const stat = await lstat(full, { bigint: true });
      return stat.nlink > 1n ? { kind: 'shared', rel, id: `${stat.dev}:${stat.ino}`, nlink: stat.nlink } : { kind: 'none' };
    }),
  );
  return { kind: 'dir', entries: found };
}

/**
 * What tar really wrote under `root`: every symlink (for the same resolution
 * as the listing's), and the first thing (depth-first, in readdir order) that
 * is no file, dir or symlink, or a file hard-linked to something outside `root`.
 */
async function extractedTree(root: string): Promise<{ links: Map<string, string>; problem?: string }> {
  const links = new Map<string, string>();
  /** Files with more than one link: how many links each has, and how many were found here. */
  const shared = new Map<string, { rel: string; nlink: bigint; found: bigint }>();
  // Depth-first over the answers, without recursion (a deep tree is no deep stack).
  const stack: Found[] = [await walkTree(root, '')];
  for (let found = stack.pop(); found; found = stack.pop()) {
    if (found.kind === 'dir') for (let i = found.entries.length - 1; i >= 0; i--) stack.push(found.entries[i]!);
    else if (found.kind === 'problem') return { links, problem: found.problem };
    else if (found.kind === 'link') links.set(found.rel, found.target);
    else if (found.kind === 'shared') {
      const seen = shared.get(found.id) ?? { rel: found.rel, nlink: found.nlink, found: 0n };
      seen.found++;
      shared.set(found.id, seen);
    }
  }
  const outside = [...shared.values()].find((s) => s.found < s.nlink);
  return outside ? { links, problem: `a hard link to a file outside the cache dir: ${JSON.stringify(outside.rel)}` } : { links };
}

/** Moves everything in `from` into `to`, replacing what is in the way, merging dirs. */
async function moveInto(from: string, to: string): Promise<void> {
  for (const name of await readdir(from)) {
    const source = path.join(from, name);
    const target = path.join(to, name);
    const [s, t] = await Promise.all([lstat(source), lstat(target).catch(() => undefined)]);
    if (t?.isDirectory() && s.isDirectory()) {
      await moveInto(source, target);
      await rmdir(source).catch(() => undefined);
      continue;
    }
    if (t) await rm(target, { recursive: true, force: true });
    await rename(source, target);
  }
}

/**
 * Streams the checked archive through tar into `staging`. On any failure tar
 * is stopped and has exited before this throws, so nothing writes into the
 * staging dir while it is removed.
 */
async function extractChecked(opts: { archive: string; method: CompressionMethod; tar?: Promise<Tar>; staging: string; strip: number; check: ArchiveCheck; until: number }): Promise<Tar> {
  const { size } = await lstat(opts.archive);
  const tar = await (opts.tar ?? chooseTar());
  const input = new TarInput();
  const extracting = runTool(tar.file, tarExtractArgs(tar, '-', opts.staging, opts.strip), opts.until - Date.now(), { env: tarEnv(), onStdin: (stdin) => input.attach(stdin) });
  extracting.catch(() => {}); // awaited below on every path
  try {
    await decompressInto(opts.archive, opts.method, input, { maxBytes: extractLimit(size), onEntry: (entry) => opts.check.visit(entry), until: opts.until });
    opts.check.finish();
  } catch (error) {
    input.abort();
    const stopped = await extracting.then(
      () => undefined,
      (tarError: unknown) => tarError,
    );
    // tar's own reason when it stopped first (a full disk, say), else what stopped the stream.
    throw error instanceof TarStopped && stopped ? stopped : error;
  }
  input.end();
  await extracting;
  return tar;
}

/**
 * Extracts `archive` (saved by this action from `cacheDir`) into `cacheDir`,
 * or throws without writing anything outside `cacheDir`: an
 * `UnsafeArchiveError` when the archive holds what must not be restored,
 * another error when a tool fails. The staging dir is removed either way.
 * `tar`: the tar chooseTar found, when it was asked already. Returns the tar
 * that extracted it.
 */
export async function extractArchive(opts: { archive: string; cacheDir: string; method: CompressionMethod; tar?: Promise<Tar>; timeoutMs: number }): Promise<Tar> {
  const { archive, cacheDir, method } = opts;
  const until = Date.now() + opts.timeoutMs;
  const prefix = archivePrefix(cacheDir);
  const check = new ArchiveCheck(Buffer.from(prefix, 'utf8').toString('latin1'), cacheDir, MAX_ENTRIES);
  await mkdir(cacheDir, { recursive: true });
  const staging = path.join(cacheDir, `.uvws-restore-${process.pid}-${Date.now()}`);
  await mkdir(staging);
  try {
    const tar = await extractChecked({ archive, method, tar: opts.tar, staging, strip: prefix.split('/').length, check, until });
    await rm(archive, { force: true });
    const tree = await extractedTree(staging);
    if (tree.problem) throw new UnsafeArchiveError(`the archive has ${tree.problem}`);
    const link = escapingLink(tree.links);
    if (link) throw new UnsafeArchiveError(`the archive has a symlink pointing outside ${cacheDir}: ${JSON.stringify(link)}`);
    await moveInto(staging, cacheDir);
    return tar;
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}
