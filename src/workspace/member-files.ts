// The files of each member and, from them, each member's surface
// (surface.ts). The one IO step: the file list comes from `git ls-files`
// (tracked plus untracked-but-not-ignored, so a new file counts) and, outside
// a git work tree, from a directory walk; how uv installs each member comes
// from the sync arguments and the workspace root's uv settings.
import fs from 'node:fs';
import path from 'node:path';
import { formatError } from '../errors.js';
import { runProcessSync } from '../process.js';
import { readBoundedText } from '../read-file.js';
import { normalizeName } from './names.js';
import { parseToml } from './pyproject.js';
import { configSettingsFor, installsEditable, NO_SYNC_ARGS, type ConfigSettings, type SyncArgs } from './selection.js';
import { asksOnlyForDirectories, computeSurface, dirsOfFiles, type MemberTree, type Surface } from './surface.js';
import type { Member, Workspace } from './types.js';
import { parsedPyproject } from './index.js';
import { entryKinds } from './entry-kinds.js';
import { deepestHolder } from './ownership.js';
import { mayBeGitWorkTree } from './git-tree.js';

/** Directories a walk never enters: they hold no source a build ships. */
const WALK_SKIP = new Set(['.git', '.venv', 'node_modules', '__pycache__', '.tox', '.nox', '.mypy_cache', '.pytest_cache', '.ruff_cache']);

/**
 * Files below `absDir` (relative to it, after `prefix`): every entry that is
 * not a directory, symlinks included and not followed. `skip` names
 * directories (relative to the walk's start) that are not entered.
 */
function walk(absDir: string, prefix: string, out: string[], skip?: (rel: string) => boolean): void {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(absDir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const e of entries) {
    const rel = prefix ? `${prefix}/${e.name}` : e.name;
    if (!e.isDirectory()) out.push(rel);
    else if (!WALK_SKIP.has(e.name) && !skip?.(rel)) walk(path.join(absDir, e.name), rel, out, skip);
  }
}

/** What git lists below `absDir` (relative to it), or undefined outside a git work tree. */
function gitFiles(absDir: string, only?: readonly string[], trackedOnly = false): string[] | undefined {
  if (!mayBeGitWorkTree(absDir)) return undefined;
  const list = ['ls-files', '--cached', ...(trackedOnly ? [] : ['--others', '--exclude-standard']), '-z', '--'];
  // `only`: directories (relative to absDir) taken literally, so a `*` in a name is no glob.
  const args = only ? ['--literal-pathspecs', ...list, ...only] : [...list, '.'];
  const out = runProcessSync('git', args, { cwd: absDir, maxOutput: 256 * 1024 * 1024 });
  return out?.toString('utf8').split('\0').filter((f) => f !== '');
}

/**
 * How many changed members git is asked about by name; above it, one listing
 * of the whole workspace. `--others` makes git walk the directories it lists
 * for untracked files: a change to a few members should not walk them all.
 */
const MAX_PATHSPECS = 64;

/** The wanted members' directories for `git ls-files`, or undefined when the whole workspace must be listed. */
function pathspecsFor(ws: Workspace, wanted: readonly Member[]): string[] | undefined {
  if (wanted.length > MAX_PATHSPECS) return undefined;
  const dirs = wanted.map((m) => rootRelative(ws, m.path));
  // The root member owns what no other member does: all of it is needed; a member outside the root is outside the listing.
  return dirs.some((d) => d === '' || d === '..' || d.startsWith('../')) ? undefined : dirs;
}

/** Files below `absDir`, relative to it and `/`-separated: what git lists, or outside a git work tree every file on disk. */
export function listFiles(absDir: string): string[] {
  const listed = gitFiles(absDir);
  if (listed !== undefined) return listed;
  const files: string[] = [];
  walk(absDir, '', files);
  return files;
}

/**
 * One member's files on disk, walked only when a rule asks for the list,
 * and the one question uv_build asks (does its module directory hold a
 * file?) answered by looking at that directory alone. The answers are those
 * of a walk of the whole workspace root: a file belongs to the deepest
 * member directory holding it, the walk enters no symlinked or WALK_SKIP
 * directory, and a changed path (`extras`, member-relative) counts as a file.
 */
function diskTree(absRoot: string, memberRel: string, extras: string[], memberDirs: ReadonlySet<string>, isDir: (abs: string) => boolean): MemberTree {
  const abs = (rel: string) => (rel === '' ? absRoot : path.sep === '/' && !absRoot.endsWith('/') ? `${absRoot}/${rel}` : path.join(absRoot, rel));
  const under = (rel: string) => (memberRel === '' ? rel : `${memberRel}/${rel}`);
  // A directory the root walk enters: a real directory (lstat), not skipped, and not another member's.
  // `..` (a module-root outside the member): the walk lists nothing there for this member.
  const entered = (rel: string, name: string) => name !== '..' && !WALK_SKIP.has(name) && !memberDirs.has(rel) && isDir(abs(rel));
  // The root walk reaches the member's directory through real, unskipped directories (members' ones included).
  // Asked only when the changed paths do not answer (most of a large change's members never ask).
  let known: boolean | undefined;
  const reachable = () => (known ??= memberRel === '' || (!memberRel.startsWith('..') && everyPrefix(memberRel, (p, name) => !WALK_SKIP.has(name) && isDir(abs(p)))));
  const skip = (rel: string) => memberDirs.has(under(rel));
  let files: string[] | undefined;
  return {
    files: () => {
      if (files) return files;
      const walked: string[] = [];
      if (reachable()) walk(abs(memberRel), '', walked, skip);
      return (files = extras.length === 0 ? walked : [...new Set([...walked, ...extras])]);
    },
    // '' is the member itself, never one of the directories a file list gives.
    hasDir: (rel) => {
      if (rel === '') return false;
      const below = `${rel}/`;
      if (extras.some((f) => f.startsWith(below))) return true;
      return reachable() && everyPrefix(rel, (p, name) => entered(under(p), name)) && holdsFile(abs(under(rel)), under(rel), (r) => memberDirs.has(r));
    },
  };
}

/**
 * A member's files as git lists them, asked first of what git tracks: a
 * directory that holds a tracked file holds a file of the whole listing too,
 * so a yes is final; a no asks the whole listing (untracked files included).
 */
function yesFirst(tracked: string[], whole: () => string[]): MemberTree {
  let trackedDirs: Set<string> | undefined;
  let wholeDirs: Set<string> | undefined;
  return {
    files: whole,
    hasDir: (rel) => (trackedDirs ??= dirsOfFiles(tracked)).has(rel) || (wholeDirs ??= dirsOfFiles(whole())).has(rel),
  };
}

/** The member's parsed pyproject.toml, or an empty table when the workspace was loaded otherwise (the cheap listing is then not tried). */
function tableOf(ws: Workspace, m: Member): Record<string, unknown> {
  return parsedPyproject(ws, m.name) ?? {};
}

/** Whether `check` holds for every prefix of a `/`-separated path (`a`, `a/b`, ...), with its last component. */
function everyPrefix(rel: string, check: (prefix: string, name: string) => boolean): boolean {
  let from = 0;
  for (;;) {
    const cut = rel.indexOf('/', from);
    const prefix = cut < 0 ? rel : rel.slice(0, cut);
    if (!check(prefix, prefix.slice(from))) return false;
    if (cut < 0) return true;
    from = cut + 1;
  }
}

/** Whether a walk of `absDir` (at `rel` under the root) finds a file: the first one ends the look. */
function holdsFile(absDir: string, rel: string, isMember: (rel: string) => boolean): boolean {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(absDir, { withFileTypes: true });
  } catch {
    return false;
  }
  if (entries.some((e) => !e.isDirectory())) return true;
  return entries.some((e) => !WALK_SKIP.has(e.name) && !isMember(`${rel}/${e.name}`) && holdsFile(path.join(absDir, e.name), `${rel}/${e.name}`, isMember));
}

/** A repository-relative member path relative to the workspace root ('' for the root). */
function rootRelative(ws: Workspace, p: string): string {
  // Member paths are normal and mostly below the root: a slice, not path.relative, for each of thousands.
  if (ws.rootPath === '.') return p === '.' ? '' : p;
  if (p.startsWith(`${ws.rootPath}/`)) return p.slice(ws.rootPath.length + 1);
  return path.posix.relative(ws.rootPath, p === '.' ? '' : p);
}

/**
 * Each member's files, relative to the member directory: a file belongs to
 * the deepest member directory that holds it (the same rule as ownership).
 * `files` are relative to the workspace root.
 */
export function filesByMember(ws: Workspace, files: string[]): Map<string, string[]> {
  const byDir = new Map(ws.members.map((m) => [rootRelative(ws, m.path), m.name]));
  const out = new Map<string, string[]>(ws.members.map((m) => [m.name, []]));
  const holder = deepestHolder([...byDir.keys()]);
  for (const f of files) {
    const dir = holder(f, false);
    if (dir !== undefined) out.get(byDir.get(dir)!)!.push(dir === '' ? f : f.slice(dir.length + 1));
  }
  return out;
}

/**
 * Every member's surface, by name. `changed` (repository-relative)
 * joins the file list: a deleted file still counts for the backend's
 * discovery, so deleting a member's only module is a shipped change. A
 * pyproject.toml that cannot be read here (it was read once already by
 * loadWorkspace) makes that member's whole directory its surface rather than
 * failing the run. `syncArgs` says how `uv sync` installs the members
 * (editable unless `--no-editable`, and the backend settings it passes).
 */
export function loadSurfaces(ws: Workspace, changed: string[] = [], files?: string[], syncArgs: SyncArgs = NO_SYNC_ARGS): Map<string, Surface> {
  const prefix = ws.rootPath === '.' ? '' : `${ws.rootPath}/`;
  const extra = changed.filter((p) => p.startsWith(prefix)).map((p) => p.slice(prefix.length));
  const extraByMember = filesByMember(ws, extra);
  // Only members that own a changed path need a surface (all of them when no change is given).
  const wanted = changed.length === 0 ? ws.members : ws.members.filter((m) => extraByMember.get(m.name)!.length > 0);
  const out = new Map<string, Surface>();
  if (wanted.length === 0) return out;
  const withExtra = (list: string[]) => filesByMember(ws, extra.length === 0 ? list : [...new Set([...list, ...extra])]);
  let filesOf = files === undefined ? fromGit(ws, wanted, withExtra) : undefined;
  if (files !== undefined) {
    const perMember = withExtra(files);
    filesOf = (m) => perMember.get(m.name) ?? [];
  } else if (!filesOf) {
    // Outside git: each wanted member's own directory, and only as far as its backend asks.
    const memberDirs = new Set(ws.members.map((m) => rootRelative(ws, m.path)));
    // Is the path a directory itself (a symlink is not)? The members' parents are listed once, not lstat'ed per member.
    const kinds = entryKinds(wanted.map((m) => m.dir));
    const isDir = (abs: string) => kinds(abs) === 'dir';
    filesOf = (m) => diskTree(ws.root, rootRelative(ws, m.path), extraByMember.get(m.name) ?? [], memberDirs, isDir);
  }
  // Read only when a rule asks for them (setuptools' editable_mode).
  let fromConfig: ConfigSettings | undefined;
  const rootSettings = () => (fromConfig ??= rootConfigSettings(ws));
  for (const m of wanted) out.set(m.name, surfaceOf(ws, m, filesOf!(m), syncArgs, rootSettings));
  return out;
}

/**
 * `config-settings` and `config-settings-package` of the workspace root's
 * uv settings: its uv.toml when there is one (uv then ignores the
 * pyproject.toml's `[tool.uv]`), else `[tool.uv]`. Unreadable: none (the
 * workspace load reported the pyproject.toml already).
 */
function rootConfigSettings(ws: Workspace): ConfigSettings {
  const all: Record<string, string> = {};
  const byPackage = new Map<string, Record<string, string>>();
  const strings = (t: unknown, into: Record<string, string>) => {
    if (t && typeof t === 'object' && !Array.isArray(t)) for (const [k, v] of Object.entries(t)) if (typeof v === 'string') into[k] = v;
  };
  try {
    const uvToml = readBoundedText(path.join(ws.root, 'uv.toml'));
    const file = uvToml !== undefined ? 'uv.toml' : 'pyproject.toml';
    const text = uvToml ?? readBoundedText(path.join(ws.root, 'pyproject.toml'));
    const table = text === undefined ? {} : parseToml(text, path.posix.join(ws.rootPath, file));
    const tool = table.tool as Record<string, unknown> | undefined;
    const uv = (uvToml !== undefined ? table : tool?.uv) as Record<string, unknown> | undefined;
    strings(uv?.['config-settings'], all);
    for (const [name, t] of Object.entries((uv?.['config-settings-package'] as Record<string, unknown> | undefined) ?? {})) {
      const into: Record<string, string> = {};
      strings(t, into);
      byPackage.set(normalizeName(name), into);
    }
  } catch {
    // Nothing more to say: an unreadable root pyproject.toml failed the workspace load already.
  }
  return { all, byPackage };
}

/**
 * The wanted members' files as git lists them (tracked, and untracked but
 * not ignored), or undefined outside a git work tree. When every wanted
 * member only asks whether a directory holds a file (uv_build), what git
 * tracks is asked first: reading the index walks no directory, and `--others`
 * is run only if some answer needs it.
 */
function fromGit(ws: Workspace, wanted: readonly Member[], withExtra: (list: string[]) => Map<string, string[]>): ((m: Member) => string[] | MemberTree) | undefined {
  // Outside a git work tree git lists nothing: asked first, before every wanted member's backend is looked at.
  if (!mayBeGitWorkTree(ws.root)) return undefined;
  const pathspecs = pathspecsFor(ws, wanted);
  const tracked = wanted.every((m) => asksOnlyForDirectories(tableOf(ws, m))) ? gitFiles(ws.root, pathspecs, true) : undefined;
  if (tracked === undefined) {
    const listed = gitFiles(ws.root, pathspecs);
    if (listed === undefined) return undefined;
    const perMember = withExtra(listed);
    return (m) => perMember.get(m.name) ?? [];
  }
  const perMember = withExtra(tracked);
  let whole: Map<string, string[]> | undefined;
  // If git fails the second time, what it tracks is the list: fewer files can only widen a uv_build surface.
  const all = () => (whole ??= withExtra(gitFiles(ws.root, pathspecs) ?? tracked));
  return (m) => yesFirst(perMember.get(m.name) ?? [], () => all().get(m.name) ?? []);
}

/** One member's surface, from the pyproject.toml loadWorkspace parsed (read again only for a workspace loaded otherwise). */
function surfaceOf(ws: Workspace, m: Member, files: string[] | MemberTree, syncArgs: SyncArgs, rootSettings: () => ConfigSettings): Surface {
  try {
    const table = parsedPyproject(ws, m.name) ?? parseToml(fs.readFileSync(path.join(m.dir, 'pyproject.toml'), 'utf8'), path.posix.join(m.path, 'pyproject.toml'));
    return computeSurface(table, files, {
      editable: installsEditable(syncArgs, m.name),
      get configSettings() {
        return configSettingsFor(syncArgs, m.name, rootSettings());
      },
      readFile: (rel) => readBoundedText(path.join(m.dir, rel), path.posix.join(m.path, rel)),
    });
  } catch (error) {
    return { kind: 'whole', backend: 'unknown', why: `its pyproject.toml could not be read: ${formatError(error)}` };
  }
}
