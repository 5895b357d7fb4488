// What a restored archive may hold (pure). The archive comes from the cache
// service, and what it holds lands in the cache dir, where the same step's
// `uv sync` reads and writes (unpacking wheels under archive-v0/ follows any
// symlink there). So every entry must lie under the cache dir's prefix, be a
// file, a directory or a link, not be written through a symlink, and every
// link must resolve inside the cache dir the way the OS resolves it: through
// the other symlinks of the archive, one component at a time (a lexical
// check passes `d/l/../../x` when `d/l -> ../..`). The same resolution runs
// again on what tar really extracted (archive.ts), on the disk.
import type { TarEntry } from './tar-stream.js';

/** The archive holds what must not reach the cache dir, or more than a restore takes: it is discarded whole. */
export class UnsafeArchiveError extends Error {}

/** Linux gives up after 40 symlinks in one lookup (ELOOP); so does this check. */
const MAX_HOPS = 40;

/**
 * A venv's interpreter link (`bin/python`, `bin/python3.12`): uv's build and
 * cached environments (builds-v0, environments-v2) point it at the system
 * interpreter, outside the cache, and uv never writes through it.
 */
const INTERPRETER_LINK = /^python(\d+(\.\d+)?)?$/;

function isInterpreterLink(rel: string): boolean {
  const parts = rel.split('/');
  return parts.length >= 2 && parts[parts.length - 2] === 'bin' && INTERPRETER_LINK.test(parts[parts.length - 1]!);
}

/** Absolute on any platform: `/x`, `\x`, `C:…`. */
function isAbsolute(name: string): boolean {
  return /^[\\/]/.test(name) || /^[A-Za-z]:/.test(name);
}

/** A stored name as text for a message (names are latin1-decoded bytes; most are UTF-8). */
function shown(name: string): string {
  return JSON.stringify(Buffer.from(name, 'latin1').toString('utf8'));
}

class Loop extends Error {}

/**
 * Where `target`, read from a link in `dir` (components under the root), leads:
 * its components under the root, or undefined once it leaves the root.
 * `links` maps root-relative paths (`/`-separated) to the targets of the
 * symlinks there. `\` separates components too: Windows reads it so.
 */
function resolve(dir: readonly string[], target: string, links: ReadonlyMap<string, string>, hops: { n: number }): string[] | undefined {
  if (isAbsolute(target)) return undefined;
  const at = [...dir];
  for (const part of target.split(/[\\/]/)) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (at.length === 0) return undefined;
      at.pop();
      continue;
    }
    at.push(part);
    const next = links.get(at.join('/'));
    if (next === undefined) continue;
    if (++hops.n > MAX_HOPS) throw new Loop();
    const resolved = resolve(at.slice(0, -1), next, links, hops);
    if (!resolved) return undefined;
    at.splice(0, at.length, ...resolved);
  }
  return at;
}

/**
 * The first symlink (as `path -> target`) that resolves outside the root, or
 * into a loop; interpreter links may point outside. Used on the archive's
 * listing and again on the extracted tree.
 */
export function escapingLink(links: ReadonlyMap<string, string>): string | undefined {
  for (const [rel, target] of links) {
    let inside: boolean;
    try {
      inside = resolve(rel.split('/').slice(0, -1), target, links, { n: 0 }) !== undefined;
    } catch (error) {
      if (error instanceof Loop) return `${rel} -> ${target} (a loop of symlinks)`;
      throw error;
    }
    if (!inside && !isInterpreterLink(rel)) return `${rel} -> ${target}`;
  }
  return undefined;
}

/**
 * A stored name's components under `prefix`, or undefined when it does not
 * lie there: absolute, `..`, `.` or empty components (`\` counts as a
 * separator, as on Windows), or another prefix.
 */
export function underPrefix(name: string, prefix: readonly string[]): string[] | undefined {
  const trimmed = name.replace(/\/+$/, '');
  if (trimmed === '' || isAbsolute(trimmed)) return undefined;
  if (trimmed.split(/[\\/]/).some((part) => part === '' || part === '.' || part === '..')) return undefined;
  const parts = trimmed.split('/');
  if (parts.length < prefix.length || prefix.some((part, i) => parts[i] !== part)) return undefined;
  return parts.slice(prefix.length);
}

/**
 * Checks a restored archive's entries as they are read (`visit`, in archive
 * order), then its links as a whole (`finish`). Each throws an
 * UnsafeArchiveError saying what was found; `where` names the cache dir.
 */
export class ArchiveCheck {
  private readonly prefix: string[];
  private readonly symlinks = new Map<string, string>();
  /** Paths that are files at this point of the archive (the only things a hard link may name). */
  private readonly files = new Set<string>();
  private entries = 0;

  constructor(
    prefix: string,
    private readonly where: string,
    private readonly maxEntries: number,
  ) {
    this.prefix = prefix === '' ? [] : prefix.split('/');
  }

  visit(entry: TarEntry): void {
    if (++this.entries > this.maxEntries) {
      throw new UnsafeArchiveError(`the archive has more than ${this.maxEntries.toLocaleString('en-US')} entries, the most a restore takes`);
    }
    const fail = (what: string) => new UnsafeArchiveError(`the archive has ${what}`);
    const parts = underPrefix(entry.name, this.prefix);
    if (!parts) throw fail(`an entry outside ${this.where}: ${shown(entry.name)}`);
    if (entry.kind === 'other') throw fail(`${entry.what}, which a cache never holds: ${shown(entry.name)}`);
    if (entry.kind !== 'dir' && (parts.length === 0 || entry.name.endsWith('/'))) throw fail(`${entry.what} named like a directory: ${shown(entry.name)}`);
    for (let i = 1; i < parts.length; i++) {
      if (this.symlinks.has(parts.slice(0, i).join('/'))) throw fail(`an entry written through a symlink: ${shown(entry.name)}`);
    }
    const rel = parts.join('/');
    // What replaces a symlink depends on the tar (kept, replaced, followed): no archive uv writes does it.
    if (this.symlinks.has(rel)) throw fail(`an entry that replaces a symlink: ${shown(entry.name)}`);
    this.files.delete(rel);
    if (entry.kind === 'file') this.files.add(rel);
    else if (entry.kind === 'symlink') this.symlinks.set(rel, entry.linkname);
    else if (entry.kind === 'hardlink') {
      const target = underPrefix(entry.linkname, this.prefix);
      if (!target) throw fail(`a hard link to outside ${this.where}: ${shown(entry.name)} -> ${shown(entry.linkname)}`);
      if (!this.files.has(target.join('/'))) throw fail(`a hard link to something that is not a file before it in the archive: ${shown(entry.name)} -> ${shown(entry.linkname)}`);
      this.files.add(rel);
    }
  }

  finish(): void {
    const link = escapingLink(this.symlinks);
    if (link) throw new UnsafeArchiveError(`the archive has a symlink pointing outside ${this.where}: ${shown(link)}`);
  }
}
