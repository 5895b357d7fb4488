// Reads uv.lock into plain data. Only the parts the affected engine needs:
// the workspace members, and for each package its identity (name, version,
// source) and its dependency lists per kind.
import { parse, TomlError } from 'smol-toml';
import { UserError } from '../errors.js';
import { parseTomlFast } from './toml-fast.js';
import { normalizeName } from './names.js';
import { compareStrings } from '../text.js';

/** One entry of a `dependencies` list in uv.lock. */
export interface LockDependency {
  name: string;
  /** Extras requested of it (`extra = [...]`), normalised. */
  extras: string[];
  /** Set when several versions of the name are locked (forked resolution). */
  version?: string;
  /** Canonical source (see LockPackage.source), set with `version` in forked locks. */
  source?: string;
  marker?: string;
}

export interface LockPackage {
  name: string;
  version?: string;
  /**
   * The `source` table as one canonical string, e.g. `registry=https://pypi.org/simple`,
   * `editable=libs/core`, `virtual=.`, `git=https://...`. Two packages with the
   * same name, version and source are the same install.
   */
  source: string;
  /**
   * The hashes of a local file (`source = { path = "wheels/x-1.0.whl" }`, a
   * wheel or an sdist), as the lock records them: a file rebuilt with the
   * same name and version is another install.
   */
  hash?: string;
  dependencies: LockDependency[];
  optionalDependencies: Record<string, LockDependency[]>;
  devDependencies: Record<string, LockDependency[]>;
}

export interface Lock {
  version: number;
  revision: number;
  /** `[manifest].members`, normalised; empty for a single-project lock. */
  members: string[];
  packages: LockPackage[];
}

/** Lock versions this reader understands (uv writes `version = 1`). */
const SUPPORTED_LOCK_VERSION = 1;

function canonicalSource(source: unknown): string {
  if (source === null || typeof source !== 'object') return '';
  const keys = Object.keys(source);
  // The usual one key (`editable`, `registry`, `virtual`): nothing to sort.
  if (keys.length === 1) return `${keys[0]!}=${String((source as Record<string, unknown>)[keys[0]!])}`;
  return Object.entries(source as Record<string, unknown>)
    .sort(([a], [b]) => compareStrings(a, b))
    .map(([k, v]) => `${k}=${String(v)}`)
    .join(',');
}

function readDependencies(list: unknown): LockDependency[] {
  if (!Array.isArray(list)) return [];
  return list
    .filter((d): d is Record<string, unknown> => d !== null && typeof d === 'object' && typeof (d as { name?: unknown }).name === 'string')
    .map((d) => {
      const dep: LockDependency = {
        name: normalizeName(d.name as string),
        extras: Array.isArray(d.extra) ? (d.extra as unknown[]).map((e) => normalizeName(String(e))).sort() : [],
      };
      if (typeof d.version === 'string') dep.version = d.version;
      if (d.source !== undefined) dep.source = canonicalSource(d.source);
      if (typeof d.marker === 'string') dep.marker = d.marker;
      return dep;
    });
}

function readDependencyTable(table: unknown): Record<string, LockDependency[]> {
  const out: Record<string, LockDependency[]> = {};
  if (table === null || typeof table !== 'object') return out;
  for (const [key, list] of Object.entries(table as Record<string, unknown>)) {
    out[normalizeName(key)] = readDependencies(list);
  }
  return out;
}

/** A merge-conflict marker (`<<<<<<<`, `=======`, `>>>>>>>` at the start of a line, then a space or the line's end). */
function hasConflictMarker(text: string): boolean {
  for (const marker of ['<<<<<<<', '=======', '>>>>>>>']) {
    for (let i = text.indexOf(marker); i !== -1; i = text.indexOf(marker, i + 1)) {
      const after = text.charCodeAt(i + 7);
      // NaN at the end of the text; 32 space, 10 \n, 13 \r.
      if ((i === 0 || text.charCodeAt(i - 1) === 10) && (Number.isNaN(after) || after === 32 || after === 10 || after === 13)) return true;
    }
  }
  return false;
}

const HEAD = '[[package]]\n';
const ENTRY = `\n${HEAD}`;
const NAME_LINE = 'name = "';
const SUB_TABLE = '\n[package.';
const METADATA = '[package.metadata';

/** The text before the first `[[package]]` (version, manifest), and the text of each wanted entry. */
interface Selected {
  head: string;
  entries: string[];
}

/**
 * The lock text cut into its head and the `[[package]]` entries `only`
 * wants, or undefined when the text is not laid out as uv writes it (every
 * entry opens with `[[package]]` then `name = "..."`). Most of a real lock is
 * third-party wheels lists; loading a workspace needs the members' entries
 * alone, so the text is scanned for entry heads with indexOf and only the
 * members' entries are cut out and handed to the TOML parser; the rest is
 * never materialised.
 */
function selectPackages(text: string, only: (name: string) => boolean): Selected | undefined {
  // A merge conflict anywhere is the broken lock users actually commit: parse
  // all of it, so the error names the line. (A subtler syntax error inside a
  // skipped third-party entry is left to uv, which reads the whole lock.)
  if (hasConflictMarker(text)) return undefined;
  // uv writes \n; a lock written with \r\n (or otherwise laid out) takes the general path.
  if (text.includes('\r')) return selectPackagesSlow(text, only);
  const nextHead = (from: number): number => {
    const i = text.indexOf(ENTRY, from);
    return i === -1 ? -1 : i + 1;
  };
  let head = text.startsWith(HEAD) ? 0 : nextHead(0);
  const selected: Selected = { head: text.slice(0, head === -1 ? text.length : head), entries: [] };
  while (head !== -1) {
    const body = head + HEAD.length;
    if (!text.startsWith(NAME_LINE, body)) return undefined;
    const nameEnd = text.indexOf('"', body + NAME_LINE.length);
    if (nameEnd === -1) return undefined;
    const name = text.slice(body + NAME_LINE.length, nameEnd);
    if (name.includes('\\') || name.includes('\n')) return undefined;
    const next = nextHead(body);
    if (only(normalizeName(name))) selected.entries.push(keepEntry(text, body, next === -1 ? text.length : next));
    head = next;
  }
  return selected;
}

/**
 * Keeps one entry's head and sub-tables, except `[package.metadata]` and its
 * children (the requirements as declared): the bulk of a member's entry, and
 * it says nothing about what is installed.
 */
function keepEntry(text: string, body: number, end: number): string {
  let kept = HEAD;
  let from = body;
  for (let h = text.indexOf(SUB_TABLE, body); h !== -1 && h < end; h = text.indexOf(SUB_TABLE, h + 1)) {
    if (!text.startsWith(METADATA, from)) kept += text.slice(from, h + 1);
    from = h + 1;
  }
  if (!text.startsWith(METADATA, from)) kept += text.slice(from, end);
  return kept;
}

/** The same selection by regular expressions, for texts that are not laid out exactly as uv writes them. */
function selectPackagesSlow(text: string, only: (name: string) => boolean): Selected | undefined {
  const parts = text.split(/^\[\[package\]\][ \t]*\r?\n/m);
  const selected: Selected = { head: parts[0]!, entries: [] };
  for (const body of parts.slice(1)) {
    const name = /^name = "([^"\\]+)"/.exec(body);
    if (!name) return undefined;
    if (!only(normalizeName(name[1]!))) continue;
    const sections = body.split(/^(?=\[package\.)/m).filter((section) => !section.startsWith('[package.metadata'));
    selected.entries.push(`[[package]]\n${sections.join('')}`);
  }
  return selected;
}

/** Parses TOML text (the fast reader first, smol-toml for anything it leaves); invalid TOML is a UserError naming `file:line`. */
function parseToml(text: string, file: string): Record<string, unknown> {
  // Plain objects, which V8 builds faster than prototype-less ones: safe only because this tree is read
  // through fixed keys Object.prototype does not have (name, version, source, ...) and Object.entries,
  // and dropped once the packages are read. Never look up a key taken from the file in it.
  const fast = parseTomlFast(text, { plainObjects: true });
  if (fast) return fast;
  try {
    return parse(text) as Record<string, unknown>;
  } catch (error) {
    if (error instanceof TomlError) {
      throw new UserError(
        `${file}:${error.line}: invalid TOML: ${error.message.split('\n')[0]}`,
        'regenerate it with `uv lock` (resolve merge conflicts first)',
      );
    }
    throw error;
  }
}

/** The `sdist` and `wheels` hashes of a local file's entry, in one string (undefined when it records none). */
function localFileHash(raw: Record<string, unknown>): string | undefined {
  const hashOf = (v: unknown) => (v !== null && typeof v === 'object' && typeof (v as { hash?: unknown }).hash === 'string' ? [(v as { hash: string }).hash] : []);
  const hashes = [...hashOf(raw.sdist), ...(Array.isArray(raw.wheels) ? raw.wheels.flatMap(hashOf) : [])];
  return hashes.length > 0 ? hashes.join(',') : undefined;
}

/** One `[[package]]` entry as read, or undefined for one without a name. */
function readPackage(raw: Record<string, unknown> | undefined): LockPackage | undefined {
  if (typeof raw?.name !== 'string') return undefined;
  const pkg: LockPackage = {
    name: normalizeName(raw.name),
    source: canonicalSource(raw.source),
    dependencies: readDependencies(raw.dependencies),
    optionalDependencies: readDependencyTable(raw['optional-dependencies']),
    devDependencies: readDependencyTable(raw['dev-dependencies']),
  };
  if (typeof raw.version === 'string') pkg.version = raw.version;
  const hash = pkg.source.startsWith('path=') ? localFileHash(raw) : undefined;
  if (hash) pkg.hash = hash;
  return pkg;
}

/** The lock from its top-level tables (version, manifest) and its packages as read. */
function lockOf(doc: Record<string, unknown>, packages: LockPackage[], file: string): Lock {
  const version = doc.version;
  if (typeof version !== 'number') {
    throw new UserError(`${file}: no lock 'version' at the top; this is not a uv.lock`, 'regenerate it with `uv lock`');
  }
  if (version !== SUPPORTED_LOCK_VERSION) {
    throw new UserError(
      `${file}: lock version ${version} is not supported (this action reads version ${SUPPORTED_LOCK_VERSION})`,
      'update uv-workspace-sync, or regenerate the lock with the uv version your project pins',
    );
  }
  const manifest = (doc.manifest ?? {}) as Record<string, unknown>;
  const members = Array.isArray(manifest.members) ? (manifest.members as unknown[]).map((m) => normalizeName(String(m))).sort() : [];
  return { version, revision: typeof doc.revision === 'number' ? doc.revision : 0, members, packages };
}

/**
 * The selected entries, each parsed on its own: the parser's tree of one
 * entry is garbage as soon as the entry is read, instead of the tree of all
 * of them living until the last one is read (at 2000 members that tree is
 * most of what the garbage collector copies). Undefined unless every entry
 * holds exactly one `[[package]]` and the head none, so that the result is
 * the one parsing the selected text whole gives; the caller then does that.
 */
function parseSelected(selected: Selected, file: string): Lock | undefined {
  const head = parseToml(selected.head, file);
  if (head.package !== undefined) return undefined;
  const packages: LockPackage[] = [];
  for (const entry of selected.entries) {
    const doc = parseToml(entry, file);
    const list = doc.package;
    if (!Array.isArray(list) || list.length !== 1 || Object.keys(doc).length !== 1) return undefined;
    const pkg = readPackage(list[0] as Record<string, unknown>);
    if (pkg) packages.push(pkg);
  }
  return lockOf(head, packages, file);
}

/**
 * Parses uv.lock text. `file` names the lock in errors (repository-relative
 * path is best). Throws a UserError for invalid TOML (with the line) and for
 * a lock version this reader does not know. With `only`, `packages` holds
 * just the entries whose (normalised) name it accepts; an error anywhere in
 * the lock is still reported, with the line of the whole file.
 */
export function parseLock(text: string, file: string, only?: (name: string) => boolean): Lock {
  if (only) {
    const selected = selectPackages(text, only);
    if (selected !== undefined) {
      try {
        const lock = parseSelected(selected, file);
        if (lock) return lock;
      } catch {
        // Report against the whole file, with its real line numbers.
      }
    }
    return filterPackages(parseLock(text, file), only);
  }
  const doc = parseToml(text, file);
  const packages: LockPackage[] = [];
  for (const raw of Array.isArray(doc.package) ? (doc.package as Record<string, unknown>[]) : []) {
    const pkg = readPackage(raw);
    if (pkg) packages.push(pkg);
  }
  return lockOf(doc, packages, file);
}

function filterPackages(lock: Lock, only: (name: string) => boolean): Lock {
  return { ...lock, packages: lock.packages.filter((p) => only(p.name)) };
}
