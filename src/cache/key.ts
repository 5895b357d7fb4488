// Cache key derivation (pure). A key names what an entry is good for: an
// entry restored under an exact key is never saved again, so every fact that
// makes a cache useless to a job must be in the key, or the job gets a stale
// cache forever. The pieces are named and composed in one function
// (`cacheKey`), as setup-uv composes its own.
//
//   uv-ws-v2[-_suffix]-<platform>-<arch>-<os>-<os release>-<python impl>-<python>-uv<version>-<lock>-<selection>-<prune>-<members>
//
// Restore keys widen from the right: same lock/selection/prune with any
// members, then same lock with anything, then any lock. Everything left of
// the lock (platform, OS release, Python, uv version, suffix) is never
// crossed: a wheel built from source on ubuntu 22.04 breaks on 24.04, a
// cache of another Python is dead weight, and another uv's cache has another
// bucket layout (`sdists-v9` vs `sdists-v11`) that the new uv ignores.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { normalizeName } from '../workspace/names.js';
import type { SyncArgs } from '../workspace/selection.js';
import { sortedStrings } from '../text.js';

/** Bumped when the layout of the key or of what we cache changes, so old entries stop matching. */
const CACHE_KEY_VERSION = 'v2';
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
  /** The OS and its release, e.g. `ubuntu` `24.04` (see os-release.ts). */
  os: { name: string; release: string };
  /** The interpreter the venv uses, e.g. `cpython` `3.12` (`3.13t` when free-threaded). */
  python: { implementation: string; version: string };
  /** `uv --version`, e.g. `0.13.9`. */
  uvVersion: string;
  /** sha256 (hex) of uv.lock, from `hashText`/`hashFile`. */
  lockHash: string;
  /** Synced members (any order, any duplicates), or `'all'`. */
  members: readonly string[] | 'all';
  /** `sync-args`, read; only what changes what is installed reaches the key (`syncSelectionText`). */
  syncArgs: SyncArgs;
  /** `prune-cache`: a pruned entry lacks the pre-built wheels an unpruned one keeps. */
  pruned: boolean;
  /** The `cache-key-suffix` input; empty for none. */
  suffix: string;
}

export interface CacheKeys {
  key: string;
  /** Most specific first: same lock, selection and pruning with any members; same lock; any lock. */
  restoreKeys: string[];
  /** The prefix every entry of this scheme for this lock shares (for counting them). */
  lockPrefix: string;
}

export function hashText(text: string | Uint8Array): string {
  return createHash('sha256').update(text).digest('hex');
}

/**
 * The bytes with every CRLF made LF: the form git stores a text file in. A
 * Windows runner checks uv.lock out with CRLF (git's `core.autocrlf=true`),
 * the others with LF; hashed as checked out, the same lock would never share
 * a cache entry across them.
 */
function withLf(bytes: Uint8Array): Uint8Array {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buf.indexOf('\r\n') === -1) return bytes;
  const out = Buffer.allocUnsafe(buf.length);
  let n = 0;
  for (let i = 0; i < buf.length; i++) {
    if (buf[i] === 13 && buf[i + 1] === 10) continue;
    out[n++] = buf[i]!;
  }
  return out.subarray(0, n);
}

/** sha256 of a file's bytes (uv.lock) in git's LF form; `read` is injectable so callers can hash from memory. */
export async function hashFile(file: string, read: (file: string) => Promise<Uint8Array> = readFile): Promise<string> {
  return hashText(withLf(await read(file)));
}

/**
 * Makes a free-text field safe and unambiguous inside a key: `-` separates
 * fields and restore keys match by prefix, so a field must never contain `-`
 * (or a suffix `a` would restore the caches of suffix `a-b`), nor `_`, which
 * marks the suffix. Everything outside a small safe set is percent-encoded,
 * which also removes commas, the one character the cache service forbids.
 */
export function field(value: string): string {
  const encoded = value.replace(/[^A-Za-z0-9.+]/g, (c) =>
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

/** `uv sync` options besides extras and groups that change what lands in the venv or the cache, and take a value. */
const VALUED_FLAGS = new Set(['--no-install-package', '--no-binary-package', '--no-build-package', '--only-binary-package', '--no-sources-package']);
/** The same, without a value. */
const PLAIN_FLAGS = new Set(['--no-install-project', '--no-install-workspace', '--no-install-local', '--only-install-project', '--only-install-local', '--no-editable', '--no-binary', '--no-build', '--no-sources']);

/**
 * The part of `sync-args` that changes what is installed, in one normal
 * form: extras and groups as uv reads them (so `--dev` and `--group dev`, or
 * flags in another order, are the same selection), plus the flags that skip
 * packages or forbid building or downloading wheels. Everything else
 * (`--locked`, `-v`, `--inexact`, ...) does not change the key. A `--python`
 * is not here: it is in the key as the interpreter it resolves to.
 * Empty for a plain sync.
 */
export function syncSelectionText({ words: args, selection: sel }: SyncArgs): string {
  const parts: string[] = [];
  if (sel.allExtras) parts.push('all-extras', ...sortedStrings(sel.noExtras).map((e) => `no-extra=${e}`));
  parts.push(...sortedStrings(sel.extras).map((e) => `extra=${e}`));
  if (sel.allGroups) parts.push('all-groups');
  parts.push(...sortedStrings(sel.groups).map((g) => `group=${g}`));
  parts.push(...sortedStrings(sel.noGroups).map((g) => `no-group=${g}`));
  if (sel.onlyGroups) parts.push('only-groups');
  else if (!sel.defaultGroups) parts.push('no-default-groups');
  const flags = new Set<string>();
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--') break;
    const eq = arg.indexOf('=');
    const flag = arg.startsWith('--') && eq > 0 ? arg.slice(0, eq) : arg;
    if (PLAIN_FLAGS.has(flag)) flags.add(flag);
    else if (VALUED_FLAGS.has(flag)) {
      const value = eq > 0 && flag !== arg ? arg.slice(eq + 1) : args[++i];
      if (value !== undefined) flags.add(`${flag}=${value === ':all:' ? value : normalizeName(value)}`);
    }
  }
  parts.push(...sortedStrings(flags));
  return parts.join(' ');
}

function selectionField(syncArgs: SyncArgs): string {
  const text = syncSelectionText(syncArgs);
  return text === '' ? 'default' : `s${hashText(text).slice(0, 10)}`;
}

/**
 * Builds the cache key and restore keys from named pieces, e.g.
 * `uv-ws-v2-linux-x64-ubuntu-24.04-cpython-3.12-uv0.13.9-<lock12>-default-pruned-<members12>`.
 * A suffix goes right after the version, marked with `_`
 * (`uv-ws-v2-_gpu-linux-...`), so every restore key carries it: a user who
 * separates caches with a suffix never restores another suffix's cache, and
 * a key without a suffix never restores one with a suffix.
 */
export function cacheKey(input: CacheKeyInput): CacheKeys {
  const suffix = input.suffix.trim();
  const pieces = {
    scheme: PREFIX,
    // `_` cannot appear in an encoded field, so a suffixed prefix can never equal an unsuffixed one.
    suffix: suffix === '' ? undefined : `_${field(suffix)}`,
    platform: field(input.platform),
    arch: field(input.arch),
    osName: field(input.os.name.toLowerCase()),
    osRelease: field(input.os.release),
    pythonImplementation: field(input.python.implementation.toLowerCase()),
    python: field(input.python.version),
    uv: `uv${field(input.uvVersion)}`,
    lock: input.lockHash.slice(0, 12),
    selection: selectionField(input.syncArgs),
    prune: input.pruned ? 'pruned' : 'full',
    members: membersField(input.members),
  };
  const join = (...parts: (string | undefined)[]) => parts.filter((p) => p !== undefined).join('-');
  // Never crossed by a restore key.
  const fixed = join(pieces.scheme, pieces.suffix, pieces.platform, pieces.arch, pieces.osName, pieces.osRelease, pieces.pythonImplementation, pieces.python, pieces.uv);
  const lockPrefix = `${join(fixed, pieces.lock)}-`;
  const samePrefix = `${join(fixed, pieces.lock, pieces.selection, pieces.prune)}-`;
  const key = `${samePrefix}${pieces.members}`;
  // Bounded by construction (every field is capped); kept as a guard against future fields.
  if (key.length > MAX_KEY_LENGTH) throw new Error(`cache key is ${key.length} characters, over the service's ${MAX_KEY_LENGTH}`);
  return { key, restoreKeys: [samePrefix, lockPrefix, `${fixed}-`], lockPrefix };
}
