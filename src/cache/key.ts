// Cache key derivation (pure). A key names what the cache was built for:
// platform, Python, the exact lock and the members synced from it. Restore
// keys widen step by step (same lock, any members; then any lock) but never
// across platforms, Pythons or user suffixes.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';

/** Bumped when the layout of what we cache changes, so old entries stop matching. */
export const CACHE_KEY_VERSION = 'v1';
const PREFIX = `uv-ws-${CACHE_KEY_VERSION}`;
/** The cache service rejects longer keys. */
export const MAX_KEY_LENGTH = 512;
/** Longer free-text fields are replaced by a hash so the key stays well under the limit. */
const MAX_FIELD_LENGTH = 64;

export interface CacheKeyInput {
  /** `process.platform`, e.g. `linux`. */
  platform: string;
  /** `process.arch`, e.g. `x64`. */
  arch: string;
  /** The Python the venv uses, e.g. `3.11` or `3.12.4`. */
  pythonVersion: string;
  /** sha256 (hex) of uv.lock, from `hashText`/`hashFile`. */
  lockHash: string;
  /** Synced members (any order, any duplicates), or `'all'`. */
  members: readonly string[] | 'all';
  /** The `cache-key-suffix` input; empty for none. */
  suffix: string;
}

export interface CacheKeys {
  key: string;
  /** Most specific first: same lock with any members, then any lock on this platform. */
  restoreKeys: string[];
}

export function hashText(text: string | Uint8Array): string {
  return createHash('sha256').update(text).digest('hex');
}

/** sha256 of a file's bytes (uv.lock); `read` is injectable so callers can hash from memory. */
export async function hashFile(file: string, read: (file: string) => Promise<Uint8Array> = readFile): Promise<string> {
  return hashText(await read(file));
}

/**
 * Makes a free-text field safe and unambiguous inside a key: `-` separates
 * fields and restore keys match by prefix, so a field must never contain `-`
 * (or a suffix `a` would restore the caches of suffix `a-b`). Everything
 * outside a small safe set is percent-encoded, which also removes commas,
 * the one character the cache service forbids.
 */
export function field(value: string): string {
  const encoded = value.replace(/[^A-Za-z0-9._+]/g, (c) =>
    [...Buffer.from(c, 'utf8')].map((b) => `%${b.toString(16).toUpperCase().padStart(2, '0')}`).join(''),
  );
  return encoded.length > MAX_FIELD_LENGTH ? `h${hashText(value).slice(0, 16)}` : encoded;
}

function membersField(members: readonly string[] | 'all'): string {
  if (members === 'all') return 'all';
  // Order and duplicates do not change what gets installed, so they must not change the key.
  const set = [...new Set(members)].sort();
  return hashText(set.join('\n')).slice(0, 12);
}

/**
 * Builds the cache key and restore keys, e.g.
 * `uv-ws-v1-linux-x64-py3.11-<lock12>-<members12>` with restore keys
 * `uv-ws-v1-linux-x64-py3.11-<lock12>-` and `uv-ws-v1-linux-x64-py3.11-`.
 * A suffix goes right after the version, marked with `_`
 * (`uv-ws-v1-_gpu-linux-...`), so every restore key carries it: a user who
 * separates caches with a suffix never restores another suffix's cache, and
 * a key without a suffix never restores one with a suffix.
 */
export function cacheKey(input: CacheKeyInput): CacheKeys {
  const suffix = input.suffix.trim();
  // `_` cannot appear in an encoded field, so a suffixed prefix can never equal an unsuffixed one.
  const head = suffix === '' ? PREFIX : `${PREFIX}-_${field(suffix)}`;
  const platform = `${head}-${field(input.platform)}-${field(input.arch)}-py${field(input.pythonVersion)}-`;
  const lock = `${platform}${input.lockHash.slice(0, 12)}-`;
  const key = `${lock}${membersField(input.members)}`;
  // Bounded by construction (every field is capped); kept as a guard against future fields.
  if (key.length > MAX_KEY_LENGTH) throw new Error(`cache key is ${key.length} characters, over the service's ${MAX_KEY_LENGTH}`);
  return { key, restoreKeys: [lock, platform] };
}
