// Where the uv cache lives. uv installs by hardlinking (or cloning) files from
// its cache into the venv, which only works when both are on one filesystem;
// otherwise every install is a full copy. So the choice is proven, not
// guessed: a real probe creates a file in the candidate dir and links it next
// to the venv, exactly the operation uv will perform.
import { randomBytes } from 'node:crypto';
import { constants, copyFileSync, existsSync, linkSync, mkdirSync, readdirSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { rmdir } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { formatError, UserError } from '../errors.js';
import type { LinkModeInput } from '../inputs.js';

/** The link modes the probe can prove (uv's `symlink` is only ever a user's choice). */
export type LinkMode = 'hardlink' | 'clone' | 'copy';

export interface LinkProbe {
  /** The candidate cache dir. */
  cacheDir: string;
  /** The dir the probe linked into: the venv's parent (or its nearest existing ancestor). */
  target: string;
  /** `stat().dev` of both sides matched. */
  sameDevice: boolean;
  hardlink: boolean;
  hardlinkError?: string;
  /** A copy-on-write clone (FICLONE) worked, e.g. on btrfs, XFS with reflink, APFS. */
  reflink: boolean;
  reflinkError?: string;
  /** Set when the cache dir itself could not be created or written. */
  writeError?: string;
}

/** The file operations the probe performs; tests inject failures here. */
export interface ProbeFs {
  link(existing: string, created: string): Promise<void>;
  clone(source: string, destination: string): Promise<void>;
}

/** The probe's files, in the cache dir and beside the venv, start with this. */
const PROBE_PREFIX = '.uv-workspace-sync-probe-';

// The probe's file operations are synchronous: each is one short system
// call on a local dir, while main waits for nothing else (the restore waits
// for the placement); through the thread pool each was a round trip, and
// the eight of them in a row a few milliseconds of a warm step.
const realFs: ProbeFs = {
  link: async (existing, created) => linkSync(existing, created),
  clone: async (source, destination) => copyFileSync(source, destination, constants.COPYFILE_FICLONE_FORCE),
};

export interface CacheDirOptions {
  /** The `cache-dir` input (relative paths are resolved against `workspaceRoot`). */
  inputCacheDir?: string;
  /** `UV_CACHE_DIR` from the environment. */
  envCacheDir?: string;
  /** uv's own `cache-dir` setting in the workspace root (uv-config.ts), after the input and UV_CACHE_DIR. */
  configCacheDir?: { dir: string; file: string };
  /** `RUNNER_TEMP` (unset outside GitHub Actions). */
  runnerTemp?: string;
  /** Absolute uv workspace root. */
  workspaceRoot: string;
  /** The venv uv will sync into (it may not exist yet). */
  venvDir: string;
  /** For `~` in the input; defaults to the user's home. */
  homeDir?: string;
  /** Whose rules apply (`~\\` in the input, the preferred link mode); defaults to this one. */
  platform?: NodeJS.Platform;
  fs?: ProbeFs;
}

export interface CacheDirChoice {
  /** Absolute cache dir, to export as UV_CACHE_DIR. */
  dir: string;
  /** One line for the log and summary: where the dir came from and why. */
  reason: string;
  /** Where the dir came from. */
  source: 'cache-dir' | 'UV_CACHE_DIR' | 'uv-config' | 'RUNNER_TEMP' | 'workspace' | 'venv';
  sameFilesystem: boolean;
  /** What the probe proved uv can do from this dir into the venv. */
  linkMode: LinkMode;
  /** Why that mode, in words (uv's preference on this platform, and what the probe found). */
  linkWhy: string;
  probe: LinkProbe;
  /** Emit once, as a warning: installs from this dir will be copies. */
  warning?: string;
}

function errorText(error: unknown): string {
  const e = error as NodeJS.ErrnoException;
  if (!e?.message) return String(error);
  return e.code && !e.message.startsWith(e.code) ? `${e.code}: ${e.message}` : e.message;
}

/** The venv may not exist yet, nor its parent: probe against the nearest dir that does. */
function nearestExistingDir(dir: string): string {
  let current = path.resolve(dir);
  while (!existsSync(current)) {
    const parent = path.dirname(current);
    if (parent === current) break;
    current = parent;
  }
  return current;
}

/**
 * Creates `cacheDir` if needed and proves what uv can do from it into
 * `targetDir`: a hardlink (`link(2)`) and a reflink (`FICLONE`). Probe files
 * are removed afterwards; the cache dir is left in place (the caller removes
 * it if it picks another).
 */
export async function probeLinks(cacheDir: string, targetDir: string, fs: ProbeFs = realFs): Promise<LinkProbe> {
  const target = nearestExistingDir(targetDir);
  const probe: LinkProbe = { cacheDir, target, sameDevice: false, hardlink: false, reflink: false };
  const tag = `${PROBE_PREFIX}${process.pid}-${randomBytes(4).toString('hex')}`;
  const source = path.join(cacheDir, tag);
  const linked = path.join(target, `${tag}-link`);
  const cloned = path.join(target, `${tag}-clone`);
  try {
    mkdirSync(cacheDir, { recursive: true });
    writeFileSync(source, 'uv-workspace-sync link probe\n');
  } catch (error) {
    probe.writeError = errorText(error);
    return probe;
  }
  try {
    const [a, b] = [statSync(source), statSync(target)];
    probe.sameDevice = a.dev === b.dev;
    try {
      await fs.link(source, linked);
      probe.hardlink = true;
    } catch (error) {
      probe.hardlinkError = errorText(error);
    }
    try {
      await fs.clone(source, cloned);
      probe.reflink = true;
    } catch (error) {
      probe.reflinkError = errorText(error);
    }
  } finally {
    for (const file of [source, linked, cloned]) {
      try {
        unlinkSync(file);
      } catch {
        // not made, or already gone
      }
    }
  }
  return probe;
}

/** The code of a probe's error (`ENOTSUP`), not libuv's text, which can mislead ("not supported on socket"). */
function errorCode(error: string | undefined): string {
  return /^([A-Z][A-Z0-9_]+)\b/.exec(error ?? '')?.[1] ?? error ?? 'unknown error';
}

/**
 * The link mode uv should use, as uv itself prefers them: on macOS its
 * default is `clone` (APFS copy-on-write: as fast as a hardlink, and a file
 * changed in the venv does not change the cache), elsewhere `hardlink`; the
 * other one where the preferred fails; else copy. `why` says it in words.
 */
export function linkModeFromProbe(probe: LinkProbe, platform: NodeJS.Platform = process.platform): { mode: LinkMode; why: string } {
  if (probe.writeError) return { mode: 'copy', why: `the probe could not write a file in the cache dir (${errorCode(probe.writeError)})` };
  const macos = platform === 'darwin';
  const clone = { mode: 'clone' as const, works: probe.reflink, error: probe.reflinkError, did: 'cloned' };
  const hardlink = { mode: 'hardlink' as const, works: probe.hardlink, error: probe.hardlinkError, did: 'hardlinked' };
  const [first, second] = macos ? [clone, hardlink] : [hardlink, clone];
  const preferred = `${first.mode} is uv's default on ${macos ? 'macOS' : platform === 'win32' ? 'Windows' : 'Linux'}`;
  if (first.works) return { mode: first.mode, why: `${preferred}, and the probe ${first.did} a file from the cache into the venv's dir` };
  const refused = `${preferred}, but the probe's ${first.mode} failed (${errorCode(first.error)})`;
  if (second.works) return { mode: second.mode, why: `${refused}; ${second.mode} worked` };
  return { mode: 'copy', why: `${refused}, and so did ${second.mode} (${errorCode(second.error)})` };
}

/** `~`, `~/…`, and on Windows `~\\…`, in a cache-dir: the home dir, as a shell would have it. */
function expandHome(dir: string, homeDir: string, platform: NodeJS.Platform): string {
  if (dir === '~') return homeDir;
  if (dir.startsWith('~/') || (platform === 'win32' && dir.startsWith('~\\'))) return path.join(homeDir, dir.slice(2));
  return dir;
}

/** Removes the dirs `mkdir -p` created for a rejected candidate, if they are still empty. */
async function removeCreated(dir: string, stopAt: string | undefined): Promise<void> {
  if (!stopAt) return;
  let current = dir;
  for (;;) {
    try {
      await rmdir(current);
    } catch {
      return;
    }
    if (current === stopAt) return;
    const parent = path.dirname(current);
    if (parent === current) return;
    current = parent;
  }
}

/**
 * A dir the action may use as the uv cache: missing, empty, or a uv cache
 * (uv writes CACHEDIR.TAG at its root). Anything else holds someone's files,
 * which the restore would overwrite and `uv cache prune` delete.
 */
function foreignDirContents(dir: string): string[] | undefined {
  let names: string[];
  try {
    // Another step's probe, in a dir two jobs share, is ours too: it is gone once that probe ends.
    names = readdirSync(dir).filter((name) => !name.startsWith(PROBE_PREFIX));
  } catch {
    return undefined; // missing (or not a dir: the probe reports that)
  }
  if (names.length === 0 || names.includes('CACHEDIR.TAG')) return undefined;
  return names.sort().slice(0, 3);
}

function isReadOnly(error: string | undefined): boolean {
  return error !== undefined && /^(EROFS|EACCES|EPERM)\b/.test(error);
}

function whyNoLink(probe: LinkProbe): string {
  if (isReadOnly(probe.writeError)) return `it is read-only (${probe.writeError})`;
  if (probe.writeError) return `it cannot be written (${probe.writeError})`;
  if (!probe.sameDevice) return `it is on a different filesystem from the virtual environment`;
  return `uv cannot link from it into the virtual environment (${probe.hardlinkError ?? 'unknown error'})`;
}

/**
 * Picks the uv cache dir: the `cache-dir` input, else `UV_CACHE_DIR`, else
 * `RUNNER_TEMP/uv-cache` if the probe proves uv can link from it into the
 * venv, else `<workspace>/.uv-cache` (on the venv's filesystem in the usual
 * layout; uv writes a `.gitignore` into its cache dir, so git ignores it).
 * A dir the user chose is always kept; if uv would have to copy from it, the
 * warning says how to fix that.
 */
export async function chooseCacheDir(opts: CacheDirOptions): Promise<CacheDirChoice> {
  const workspaceRoot = path.resolve(opts.workspaceRoot);
  const venvDir = path.resolve(workspaceRoot, opts.venvDir);
  const where: Where = { workspaceRoot, venvDir, venvParent: path.dirname(venvDir), fs: opts.fs ?? realFs };
  const forced = forcedDir(opts);
  if (forced) return useForcedDir(opts, forced, where);
  return pickDir(opts, where);
}

/** Where the cache is being placed for: the workspace, the venv, and the filesystem to probe. */
interface Where {
  workspaceRoot: string;
  venvDir: string;
  venvParent: string;
  fs: NonNullable<CacheDirOptions['fs']>;
}

type Forced = { dir: string; source: 'cache-dir' | 'UV_CACHE_DIR' | 'uv-config' };

/** The cache dir the user chose, strongest first: the input, UV_CACHE_DIR, uv's own config. */
function forcedDir(opts: CacheDirOptions): Forced | undefined {
  if (opts.inputCacheDir?.trim()) return { dir: opts.inputCacheDir.trim(), source: 'cache-dir' };
  if (opts.envCacheDir?.trim()) return { dir: opts.envCacheDir.trim(), source: 'UV_CACHE_DIR' };
  if (opts.configCacheDir?.dir.trim()) return { dir: opts.configCacheDir.dir.trim(), source: 'uv-config' };
  return undefined;
}

/** A dir the user chose is kept (unless it is someone else's or read-only); a copy-only one gets a warning with the fix. */
async function useForcedDir(opts: CacheDirOptions, forced: Forced, { workspaceRoot, venvDir, venvParent, fs }: Where): Promise<CacheDirChoice> {
  const dir = path.resolve(workspaceRoot, expandHome(forced.dir, opts.homeDir ?? os.homedir(), opts.platform ?? process.platform));
  const by =
    forced.source === 'cache-dir' ? "input 'cache-dir'" : forced.source === 'UV_CACHE_DIR' ? 'UV_CACHE_DIR' : `cache-dir in ${opts.configCacheDir!.file}`;
  const setting = forced.source === 'cache-dir' ? "'cache-dir'" : forced.source === 'UV_CACHE_DIR' ? 'UV_CACHE_DIR' : `cache-dir in ${opts.configCacheDir!.file}`;
  const foreign = foreignDirContents(dir);
  if (foreign) {
    throw new UserError(
      `the uv cache dir ${dir} (set by ${by}) is not empty and is not a uv cache (no CACHEDIR.TAG; it holds ${foreign.join(', ')}…); the action would overwrite and prune files that are not its own`,
      `point ${setting} at an empty dir or an existing uv cache`,
    );
  }
  const probe = await probeLinks(dir, venvParent, fs);
  if (isReadOnly(probe.writeError)) {
    throw new UserError(`the uv cache dir ${dir} (set by ${by}) is read-only (${probe.writeError}); uv must write its cache there`, `choose a writable dir, or remove ${setting} so the action places the cache itself`);
  }
  const { mode: linkMode, why: linkWhy } = linkModeFromProbe(probe, opts.platform);
  const choice: CacheDirChoice = { dir, reason: `set by ${by}`, source: forced.source, sameFilesystem: probe.sameDevice, linkMode, linkWhy, probe };
  if (linkMode === 'copy') {
    const sameFs = `on the same filesystem as ${venvParent}, such as ${path.join(workspaceRoot, '.uv-cache')}`;
    const fix =
      forced.source === 'cache-dir'
        ? `remove 'cache-dir' so the action places the cache itself, or choose a dir ${sameFs}`
        : forced.source === 'uv-config'
          ? `remove cache-dir from ${opts.configCacheDir!.file} so the action places the cache itself, or point it at a dir ${sameFs}`
          : `unset UV_CACHE_DIR so the action places the cache itself, or point it at a dir ${sameFs}`;
    choice.warning = formatError(
      new UserError(`the uv cache dir ${dir} (set by ${by}) cannot be linked into ${venvDir}: ${whyNoLink(probe)}, so uv copies every file it installs`, fix),
    );
  }
  return choice;
}

/** The places the action may put the cache itself, in order of preference. */
function candidateDirs(opts: CacheDirOptions, { workspaceRoot, venvParent }: Where): { dir: string; source: CacheDirChoice['source'] }[] {
  const candidates: { dir: string; source: CacheDirChoice['source'] }[] = [];
  if (opts.runnerTemp?.trim()) candidates.push({ dir: path.join(path.resolve(opts.runnerTemp.trim()), 'uv-cache'), source: 'RUNNER_TEMP' });
  candidates.push({ dir: path.join(workspaceRoot, '.uv-cache'), source: 'workspace' });
  // A venv outside the workspace (UV_PROJECT_ENVIRONMENT) may sit on yet another filesystem.
  const beside = path.join(venvParent, '.uv-cache');
  if (!candidates.some((c) => c.dir === beside)) candidates.push({ dir: beside, source: 'venv' });
  return candidates;
}

/** `mkdir -p dir`: the first dir it created, undefined when it created none or failed (the probe then says why). */
function madeDirs(dir: string): string | undefined {
  try {
    return mkdirSync(dir, { recursive: true });
  } catch {
    return undefined;
  }
}

/** The first candidate uv can link from into the venv; else copy from the first writable one, with a warning. */
async function pickDir(opts: CacheDirOptions, where: Where): Promise<CacheDirChoice> {
  const { venvDir, venvParent, fs } = where;
  const candidates = candidateDirs(opts, where);
  const rejected: string[] = [];
  let fallback: { candidate: (typeof candidates)[number]; probe: LinkProbe; created: string | undefined } | undefined;
  for (const candidate of candidates) {
    const foreign = foreignDirContents(candidate.dir);
    if (foreign) {
      rejected.push(`${candidate.dir} rejected: it is not empty and is not a uv cache (no CACHEDIR.TAG)`);
      continue;
    }
    // Known before probing, so a rejected candidate leaves no empty dirs behind.
    const created = madeDirs(candidate.dir);
    const probe = await probeLinks(candidate.dir, venvParent, fs);
    const { mode: linkMode, why: linkWhy } = linkModeFromProbe(probe, opts.platform);
    if (linkMode !== 'copy') {
      const reason =
        rejected.length === 0
          ? `${describe(candidate.source)}; uv can ${linkMode} from it into the venv`
          : `${rejected.join('; ')}; using ${describe(candidate.source)}, where uv can ${linkMode} into the venv`;
      if (fallback) await removeCreated(fallback.candidate.dir, fallback.created);
      return { dir: candidate.dir, reason, source: candidate.source, sameFilesystem: probe.sameDevice, linkMode, linkWhy, probe };
    }
    rejected.push(`${candidate.dir} rejected: ${whyNoLink(probe)}`);
    if (!fallback && !probe.writeError) fallback = { candidate, probe, created };
    else await removeCreated(candidate.dir, created);
  }
  // Nothing can link into the venv (its own filesystem refuses links): copy from the first writable dir.
  const { candidate, probe } = fallback ?? { candidate: candidates[candidates.length - 1]!, probe: undefined };
  const finalProbe = probe ?? (await probeLinks(candidate.dir, venvParent, fs));
  return {
    dir: candidate.dir,
    reason: `${rejected.join('; ')}; using ${describe(candidate.source)}`,
    source: candidate.source,
    sameFilesystem: finalProbe.sameDevice,
    linkMode: 'copy',
    linkWhy: linkModeFromProbe(finalProbe, opts.platform).why,
    probe: finalProbe,
    warning: formatError(
      new UserError(
        `uv cannot link from any cache dir into ${venvDir} (${rejected.join('; ')}), so uv copies every file it installs`,
        `put the venv on a filesystem that supports hardlinks, or set 'cache-dir' to a dir on the venv's filesystem`,
      ),
    ),
  };
}

function describe(source: CacheDirChoice['source']): string {
  switch (source) {
    case 'RUNNER_TEMP':
      return 'a dir under RUNNER_TEMP';
    case 'workspace':
      return '.uv-cache in the workspace';
    case 'venv':
      return ".uv-cache beside the venv";
    default:
      return source;
  }
}

export interface LinkModeChoice {
  /** The mode uv will use, for the `link-mode` output and the summary. */
  mode: string;
  /** Who decided it. */
  source: 'UV_LINK_MODE' | 'link-mode' | 'probe';
  /** Export UV_LINK_MODE with this value; undefined: leave the environment alone. */
  exportValue?: string;
  warning?: string;
}

/**
 * The link mode uv should use. A `UV_LINK_MODE` the user set always wins and
 * is never overwritten. Otherwise an explicit `link-mode` input is exported
 * as is, and `auto` exports what the probe proved: naming `copy` explicitly
 * also keeps uv from repeating its own hardlink-failure warning on every
 * install, since ours already said it once.
 */
export function resolveLinkMode(input: LinkModeInput, envUvLinkMode: string | undefined, probed: LinkMode): LinkModeChoice {
  const env = envUvLinkMode?.trim();
  if (env) {
    const choice: LinkModeChoice = { mode: env, source: 'UV_LINK_MODE' };
    if (input !== 'auto' && input !== env) {
      choice.warning = formatError(
        new UserError(`input 'link-mode' is '${input}' but UV_LINK_MODE is already '${env}'; uv uses '${env}'`, `drop one of them so they do not disagree`),
      );
    }
    return choice;
  }
  if (input !== 'auto') {
    const choice: LinkModeChoice = { mode: input, source: 'link-mode', exportValue: input };
    if (input === 'hardlink' && probed !== 'hardlink') {
      choice.warning = formatError(
        new UserError(`input 'link-mode' is 'hardlink' but the probe found uv cannot hardlink from the cache into the venv; uv will fall back to copying`, `use link-mode: auto, or put the cache on the venv's filesystem`),
      );
    }
    return choice;
  }
  return { mode: probed, source: 'probe', exportValue: probed };
}
