// Member fingerprints (pure): one hash per member over everything its test run
// depends on, so "these exact inputs already passed" can be remembered.
//
// A member's fingerprint covers
//   - every tracked file the member owns (tests included),
//   - its inputs outside its directory (path sources, symlink targets, declared
//     inputs: workspace/outside.ts), and those of every member it installs,
//   - the surface (wheel files, build configuration, what its editable install
//     makes importable) of every other member its `uv sync --package` installs,
//   - its locked closure (name, version, source of each package it installs),
//   - the global triggers (root pyproject.toml, .python-version, uv.toml, `global`
//     globs of the input and of the root's `[tool.uv-workspace-sync]` table),
//   - Python version, OS, arch, uv version and the normalised sync selection.
// It is built from the same pieces affected/engine.ts uses (ownership, the install
// closure, lock attribution, the `ignore`/`global` globs), so it changes
// exactly when a change would mark the member affected. Paths are
// repository-relative and every list is sorted before hashing: nothing
// outside the repository, no mtime and no ordering can reach the hash.
import { onSurface, type Surface } from '../workspace/surface.js';
import { closureOf, installGraph } from '../workspace/closure.js';
import { compileGlobs } from '../workspace/globs.js';
import type { Lock } from '../workspace/lockfile.js';
import { lockedClosures } from '../workspace/lockdiff.js';
import { memberOwner } from '../workspace/ownership.js';
import { effectiveGlobs, inputClaims } from '../workspace/outside.js';
import type { Member, Workspace } from '../workspace/types.js';
import { NO_SYNC_ARGS, type SyncArgs, type SyncSelection } from '../workspace/selection.js';
import { sortedStrings } from '../text.js';
import { builtin } from '../builtin.js';

/** Bumped when what goes into a fingerprint changes, so old markers stop matching. */
const FINGERPRINT_VERSION = 'uvws-fingerprint-v2';

/** Facts about the machine the tests run on. */
export interface EnvFacts {
  /** `major.minor` of the interpreter uv picks, or `unknown`. */
  python: string;
  /** `process.platform`. */
  os: string;
  /** `process.arch`. */
  arch: string;
  /** uv's version, or `none` when uv is not on PATH. */
  uv: string;
}

export interface FingerprintInput {
  ws: Workspace;
  /** uv.lock of this checkout, parsed; undefined when there is none. */
  lock: Lock | undefined;
  /** Content id of every tracked file, by repository-relative path (see files.ts). */
  files: ReadonlyMap<string, string>;
  env: EnvFacts;
  syncArgs?: SyncArgs;
  /** The `ignore` and `global` inputs, as affected detection uses them. */
  ignore?: readonly string[];
  global?: readonly string[];
  /**
   * Each member's surface (workspace/surface.ts), by name: what of a
   * member the members that install it see. A member without one (or
   * `dependents: any`) counts whole.
   */
  surfaces?: ReadonlyMap<string, Surface>;
}

/** Files in the workspace root that configure every member's environment (as in affected/engine.ts). */
const ROOT_TRIGGERS = ['pyproject.toml', '.python-version', 'uv.toml'];

const join = (dir: string, file: string) => (dir === '.' ? file : `${dir}/${file}`);

function sha256(lines: readonly string[]): string {
  // node:crypto when a first fingerprint is made: loading it with the bundle cost every CLI run (`affected` makes none) 5-9 ms.
  const hash = builtin<typeof import('node:crypto')>('node:crypto').createHash('sha256');
  // Each entry is JSON: a path holding a newline cannot run into the next entry.
  for (const line of lines) hash.update(`${line}\n`);
  return hash.digest('hex');
}

/**
 * The files of `member` that other members' environments see: those on its
 * surface (the same rule `affected` uses to decide whether a change
 * reaches the member's dependents), or all of them without a surface.
 */
function surfaceFiles(member: Member, files: readonly string[], surface: Surface | undefined): readonly string[] {
  if (!surface) return files;
  const prefix = member.path === '.' ? '' : `${member.path}/`;
  return files.filter((p) => onSurface(surface, p.slice(prefix.length)));
}

/** The selection in one canonical text: sets sorted, flags spelled out. */
function selectionText(sel: SyncSelection): string {
  return JSON.stringify({
    allExtras: sel.allExtras,
    extras: sortedStrings(sel.extras),
    noExtras: sortedStrings(sel.noExtras),
    allGroups: sel.allGroups,
    groups: sortedStrings(sel.groups),
    noGroups: sortedStrings(sel.noGroups),
    onlyGroups: sel.onlyGroups,
    defaultGroups: sel.defaultGroups,
  });
}

/** What went into the fingerprints (`fingerprints --explain`): the shared facts, then each member's. */
export interface FingerprintFacts {
  version: string;
  env: EnvFacts;
  /** The sync selection, normalised (extras, groups, flags). */
  selection: string;
  /** Files that configure every member (root triggers, `global` globs). */
  globalFiles: number;
  members: Record<string, MemberFacts>;
}

export interface MemberFacts {
  fingerprint: string;
  /** Tracked files the member owns. */
  files: number;
  /** Files under its inputs outside its directory. */
  inputFiles: number;
  /** The other members its `uv sync --package` installs, each with the files of it that count (its surface and inputs). */
  installs: { member: string; files: number }[];
  /** Its locked closure: listed in `[manifest].members`, how many packages, and their hash; or why there is none. */
  lock: { listed: boolean; packages: number; hash: string } | 'unlisted' | 'no-lock';
}

interface Sorted {
  global: string[];
  owned: string[][];
  inputs: Set<string>[];
}

/** Each file where it counts: global, owned by a member, under a member's inputs (or several). */
function sortFiles(input: FingerprintInput): Sorted {
  const { ws, files } = input;
  const globs = effectiveGlobs(ws, input);
  const ignored = globs.ignore.length > 0 ? compileGlobs(globs.ignore) : undefined;
  const globalMatch = globs.global.length > 0 ? compileGlobs(globs.global) : undefined;
  const rootTriggers = new Set(ROOT_TRIGGERS.map((f) => join(ws.rootPath, f)));
  // uv.lock counts through the locked closures, never as a file (as in lock attribution).
  const lockRel = join(ws.rootPath, 'uv.lock');
  const owner = memberOwner(ws);
  const claims = inputClaims(ws);
  const index = new Map(ws.members.map((m, i) => [m.name, i]));
  const sorted: Sorted = { global: [], owned: ws.members.map(() => []), inputs: ws.members.map(() => new Set()) };
  for (const p of [...files.keys()].sort()) {
    if (ignored && ignored(p)) continue;
    if (p === lockRel) continue;
    if (rootTriggers.has(p) || (globalMatch && globalMatch(p))) sorted.global.push(JSON.stringify([p, files.get(p)]));
    const o = owner(p);
    if (o !== undefined) sorted.owned[o]!.push(p);
    // Files under each member's inputs outside its directory, each once (two inputs may hold one file).
    for (const claim of claims(p)) sorted.inputs[index.get(claim.member)!]!.add(p);
  }
  return sorted;
}

/** Every member's fingerprint, and the facts that went into it. */
export function fingerprintFacts(input: FingerprintInput): FingerprintFacts {
  const { ws, files, env } = input;
  const syncArgs = input.syncArgs ?? NO_SYNC_ARGS;
  const { global, owned, inputs } = sortFiles(input);
  const digestOf = (paths: readonly string[]) => sha256([...paths].sort().map((p) => JSON.stringify([p, files.get(p)])));
  const ownDigest = owned.map(digestOf);
  const inputsDigest = inputs.map((set) => (set.size === 0 ? '' : digestOf([...set])));
  const surfaces = ws.members.map((m, i) => surfaceFiles(m, owned[i]!, input.surfaces?.get(m.name)));
  const surfaceDigest = surfaces.map((surface, i) => (surface === owned[i] ? ownDigest[i]! : digestOf(surface)));

  const sel = syncArgs.selection;
  const locked = input.lock ? lockedClosures(input.lock, ws.members, sel) : undefined;
  const shared = [
    JSON.stringify(['version', FINGERPRINT_VERSION]),
    JSON.stringify(['env', env.python, env.os, env.arch, env.uv]),
    JSON.stringify(['selection', selectionText(sel)]),
    JSON.stringify(['global', sha256(global)]),
  ];
  const graph = installGraph(ws, syncArgs);
  // A member's `installs` line is the same in every closure that holds it: made once, not per closure.
  // What a member's inputs hold reaches the members that install it, as its shipped files do.
  const installsLine = new Map(ws.members.map((m, i) => [m.name, JSON.stringify(['installs', m.name, surfaceDigest[i], inputsDigest[i]])]));
  const index = new Map(ws.members.map((m, i) => [m.name, i]));
  const members: Record<string, MemberFacts> = {};
  ws.members.forEach((m, i) => {
    const closure = locked?.get(m.name);
    const lock: MemberFacts['lock'] = locked ? (closure ? { listed: closure.listed, packages: closure.packages.length, hash: sha256(closure.packages) } : 'unlisted') : 'no-lock';
    const lines = [...shared, JSON.stringify(['lock', typeof lock === 'string' ? lock : [lock.listed, lock.hash]]), JSON.stringify(['member', m.name, ownDigest[i], inputsDigest[i]])];
    const installs: MemberFacts['installs'] = [];
    for (const name of [...closureOf(graph, i)].sort()) {
      if (name === m.name) continue;
      lines.push(installsLine.get(name)!);
      const j = index.get(name)!;
      installs.push({ member: name, files: surfaces[j]!.length + inputs[j]!.size });
    }
    members[m.name] = { fingerprint: sha256(lines), files: owned[i]!.length, inputFiles: inputs[i]!.size, installs, lock };
  });
  return { version: FINGERPRINT_VERSION, env, selection: selectionText(sel), globalFiles: global.length, members };
}

/** `{member: hex}` for every member of the workspace, keys in name order. */
export function computeFingerprints(input: FingerprintInput): Record<string, string> {
  return Object.fromEntries(Object.entries(fingerprintFacts(input).members).map(([name, facts]) => [name, facts.fingerprint]));
}
