// Finds the workspace root and its members the way uv does (uv's
// crates/uv-workspace/src/workspace.rs is the reference): members globs are
// expanded one component at a time from the workspace root, matches that are
// files are ignored, `exclude` removes matches, a matched hidden directory
// without pyproject.toml is skipped while any other one is an error, a root
// with `[project]` is itself a member, and `tool.uv.managed = false` drops a
// member. Pure over an injected FsReader; nodeFs is the real one.
import fs from 'node:fs';
import path from 'node:path';
import { readBoundedText } from '../read-file.js';
import { UserError } from '../errors.js';
import { runProcessSync } from '../process.js';
import { compileUvExclude, compileUvGlob, expandUvGlob, matchUvGlob, UvGlobError, type GlobDir, type UvGlob } from './globs.js';
import { loadPyproject, type Pyproject } from './pyproject.js';
import { posixRelative } from '../text.js';
import { diskCase, isCaseInsensitive, type Listings } from './disk-case.js';
import { isNormal, joinNormal } from './normal-path.js';

/** The filesystem as discovery sees it (absolute paths). */
export interface FsReader {
  /** File text, or undefined when there is no such file. */
  readText(absPath: string): string | undefined;
  kind(absPath: string): 'file' | 'dir' | undefined;
  /** Directory entries, or undefined when it is not a directory. */
  list(absDir: string): { name: string; isDir: boolean; isSymlink: boolean }[] | undefined;
  /**
   * True when the directory holds no file that git would see: none at all, or
   * only ignored ones (`__pycache__` left by a test run). uv 0.13 skips such a
   * matched directory instead of failing on its missing pyproject.toml.
   */
  hasOnlyIgnoredFiles(absDir: string): boolean;
  /** The real path of a directory (symlinks resolved), to follow symlinked members without looping. */
  realpath?(absPath: string): string | undefined;
  /** Does the file system holding this directory find names in another letter case (disk-case.ts)? */
  caseInsensitive?(absDir: string): boolean;
  /** The path in the letter case the file system stores (disk-case.ts); `listings` is shared across one walk. */
  diskCase?(absPath: string, listings?: Listings): string;
}

function containsFile(absDir: string): boolean {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(absDir, { withFileTypes: true });
  } catch {
    return true; // unreadable: assume content, as uv does
  }
  return entries.some((entry) => !entry.isDirectory() || containsFile(path.join(absDir, entry.name)));
}

export const nodeFs: FsReader = {
  readText(absPath) {
    return readBoundedText(absPath);
  },
  kind(absPath) {
    try {
      const stat = fs.statSync(absPath);
      return stat.isDirectory() ? 'dir' : stat.isFile() ? 'file' : undefined;
    } catch {
      return undefined;
    }
  },
  list(absDir) {
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(absDir, { withFileTypes: true });
    } catch {
      return undefined;
    }
    return entries.map((entry) => {
      const isSymlink = entry.isSymbolicLink();
      // A symlinked directory counts as a directory, as it does for the glob crate (it stats).
      const isDir = isSymlink ? nodeFs.kind(path.join(absDir, entry.name)) === 'dir' : entry.isDirectory();
      return { name: entry.name, isDir, isSymlink };
    });
  },
  realpath(absPath) {
    try {
      return fs.realpathSync(absPath);
    } catch {
      return undefined;
    }
  },
  caseInsensitive: isCaseInsensitive,
  diskCase,
  hasOnlyIgnoredFiles(absDir) {
    if (!containsFile(absDir)) return true;
    // Files git tracks or would track; ignored ones are left out (.gitignore, info/exclude, core.excludesFile).
    const out = runProcessSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', '-z', '--', '.'], { cwd: absDir, maxOutput: 64 * 1024 * 1024 });
    // Not a git work tree (or no git): .gitignore does not apply, as with uv.
    return out !== undefined && out.length === 0;
  },
};

export interface DiscoveredMember {
  /** Absolute directory. */
  dir: string;
  isRoot: boolean;
  pyproject: Pyproject;
}

export interface Discovered {
  root: string;
  rootPyproject: Pyproject;
  /** In discovery order: the root first when it is a project, then glob by glob. */
  members: DiscoveredMember[];
  warnings: string[];
  /**
   * On a case-insensitive file system, brings a path to the case it is stored
   * in (for `path` sources, which compare with member directories); undefined
   * where the file system is case-sensitive and a path is as stored already.
   */
  storedCase?: (absPath: string) => string;
}

/** `/`-separated path of `abs` relative to the repository root, `.` for the root itself. */
export function repoRelative(repoRoot: string, abs: string): string {
  // The common case, a normal path below the root (as discovery joins them): a slice, not path.relative.
  if (path.sep === '/' && abs.length > repoRoot.length + 1 && abs.charCodeAt(repoRoot.length) === 47 && !repoRoot.endsWith('/') && abs.startsWith(repoRoot)) {
    const rest = abs.slice(repoRoot.length + 1);
    if (isNormal(rest)) return rest;
  }
  const rel = posixRelative(repoRoot, abs);
  return rel === '' ? '.' : rel;
}

function pyprojectPath(repoRoot: string, dir: string): string {
  return repoRelative(repoRoot, joinNormal(dir, 'pyproject.toml'));
}

function readPyprojectAt(fsr: FsReader, repoRoot: string, dir: string): Pyproject | undefined {
  const text = fsr.readText(joinNormal(dir, 'pyproject.toml'));
  return text === undefined ? undefined : loadPyproject(text, pyprojectPath(repoRoot, dir));
}

function compileAll(globs: string[], key: string, file: string): UvGlob[] {
  return globs.map((g) => {
    try {
      return compileUvGlob(g);
    } catch (error) {
      if (error instanceof UvGlobError) {
        // Name the whole entry as written, not just the component the glob parser choked on.
        const why = error.message.replace(/^`[^`]*`: /, '');
        throw new UserError(`${file}: invalid glob in \`${key}\`: \`${g}\`: ${why}`, 'write `**` as a whole path component, e.g. `packages/**/x`');
      }
      throw error;
    }
  });
}

/**
 * The tree under the workspace root as every members glob sees it: each
 * directory listed (and each path's kind asked) once for all the globs, so
 * `packages/*` and `packages/*\/plugins/*` make one pass over `packages`.
 */
function globDir(fsr: FsReader, base: string): GlobDir {
  const lists = new Map<string, ReturnType<FsReader['list']>>();
  const kinds = new Map<string, ReturnType<FsReader['kind']>>();
  const abs = (rel: string) => (rel === '' ? base : path.join(base, rel));
  return {
    list: (rel) => {
      if (!lists.has(rel)) lists.set(rel, fsr.list(abs(rel)));
      return lists.get(rel);
    },
    kind: (rel) => {
      if (!kinds.has(rel)) kinds.set(rel, fsr.kind(abs(rel)));
      return kinds.get(rel);
    },
    ...(fsr.realpath ? { realpath: (rel: string) => fsr.realpath!(rel === '' ? base : path.join(base, rel)) } : {}),
  };
}

function isInside(parent: string, child: string): boolean {
  const rel = path.relative(parent, child);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

/** Is `dir` a member of the workspace rooted at `root` (matched by `members`, not by `exclude`)? */
function includedIn(root: string, ws: NonNullable<Pyproject['workspace']>, file: string, dir: string): boolean {
  const rel = posixRelative(root, dir);
  const members = compileAll(ws.members, 'tool.uv.workspace.members', file);
  return members.some((g) => matchUvGlob(g, rel)) && !ws.exclude.some((g) => compileUvExclude(g)(rel));
}

/**
 * No workspace where one was asked for (the directory is missing, or has no
 * workspace at or above it). The hint speaks to the action's user; a shell
 * with its own words for "where" (the CLI's --workspace) says them instead,
 * and can look near `startDir` for a workspace.
 */
export class NoWorkspaceError extends UserError {
  constructor(
    readonly startDir: string,
    message: string,
    hint: string,
  ) {
    super(message, hint);
  }
}

/**
 * Finds the workspace root for `startDir`: the directory itself when its
 * pyproject.toml has `[tool.uv.workspace]`, else (like uv) the nearest
 * pyproject.toml at or above it, and then the workspace above that project
 * which includes it, else that project alone (a workspace of one). The walk
 * never leaves the repository.
 */
function findWorkspaceRoot(startDir: string, repoRoot: string, fsr: FsReader): { root: string; pyproject: Pyproject } {
  const shown = repoRelative(repoRoot, startDir);
  const kind = fsr.kind(startDir);
  if (kind !== 'dir') {
    throw new NoWorkspaceError(
      startDir,
      kind === 'file' ? `workspace directory '${shown}' is a file` : `workspace directory '${shown}' does not exist`,
      'point --workspace (or the working-directory input) at the directory holding the workspace root pyproject.toml',
    );
  }
  const limit = isInside(repoRoot, startDir) ? repoRoot : startDir;
  let projectDir: string | undefined;
  for (let dir = startDir; ; dir = path.dirname(dir)) {
    if (fsr.kind(path.join(dir, 'pyproject.toml')) === 'file') {
      projectDir = dir;
      break;
    }
    if (dir === limit || path.dirname(dir) === dir) break;
  }
  if (!projectDir) {
    throw new NoWorkspaceError(
      startDir,
      `no pyproject.toml in '${shown}' or any parent directory up to the repository root`,
      'run from the repository root, or point --workspace (working-directory) at the directory holding the workspace pyproject.toml',
    );
  }
  const pyproject = readPyprojectAt(fsr, repoRoot, projectDir)!;
  if (pyproject.workspace) return { root: projectDir, pyproject };
  const noWorkspace = new NoWorkspaceError(
    startDir,
    `${pyproject.file} has no [tool.uv.workspace] table, and no workspace above it includes it`,
    'point --workspace (working-directory) at the workspace root, whose pyproject.toml has [tool.uv.workspace] with `members`',
  );
  if (!pyproject.hasProject) throw noWorkspace;
  // A project: look for the workspace that lists it, as uv's find_workspace does.
  for (let dir = projectDir; dir !== limit && path.dirname(dir) !== dir; ) {
    dir = path.dirname(dir);
    if (fsr.kind(path.join(dir, 'pyproject.toml')) !== 'file') continue;
    const above = readPyprojectAt(fsr, repoRoot, dir)!;
    if (above.workspace && includedIn(dir, above.workspace, above.file, projectDir)) return { root: dir, pyproject: above };
    // The nearest pyproject.toml above decides, as in uv: a project above means we are its example or test.
    break;
  }
  // A project no workspace includes: uv treats it as a workspace of one, the
  // project its only member (collectMembers reads no members globs for it).
  return { root: projectDir, pyproject };
}

/**
 * The pyproject.toml of a directory a members glob matched, as uv judges it:
 * undefined for what uv skips (hidden or ignored-only dirs, unmanaged
 * projects); uv's own error for a member without a pyproject or a project.
 */
function memberPyproject(memberDir: string, source: string, rootPyproject: Pyproject, repoRoot: string, fsr: FsReader): Pyproject | undefined {
  const pyproject = readPyprojectAt(fsr, repoRoot, memberDir);
  if (!pyproject) {
    if (path.basename(memberDir).startsWith('.')) return undefined;
    if (fsr.hasOnlyIgnoredFiles(memberDir)) return undefined;
    const shown = repoRelative(repoRoot, memberDir);
    throw new UserError(
      `Workspace member \`${shown}\` is missing a \`pyproject.toml\` (matches: \`${source}\`)`,
      `add a pyproject.toml to ${shown}, or list it in \`tool.uv.workspace.exclude\` in ${rootPyproject.file}`,
    );
  }
  if (!pyproject.managed) return undefined;
  if (!pyproject.hasProject) {
    throw new UserError(
      `No \`project\` table found in: \`${pyproject.file}\` (matches: \`${source}\`)`,
      `add a [project] table with a name to ${pyproject.file}, or list its directory in \`tool.uv.workspace.exclude\``,
    );
  }
  return pyproject;
}

function refuseDuplicateNames(members: readonly DiscoveredMember[], repoRoot: string): void {
  const byName = new Map<string, DiscoveredMember>();
  for (const member of members) {
    const name = member.pyproject.name!;
    const other = byName.get(name);
    if (other) {
      throw new UserError(
        `Two workspace members are both named \`${name}\`: \`${repoRelative(repoRoot, other.dir)}\` and \`${repoRelative(repoRoot, member.dir)}\``,
        'rename one of the projects, or exclude one with `tool.uv.workspace.exclude`',
      );
    }
    byName.set(name, member);
  }
}

/** Collects the members of the workspace rooted at `root`. */
function collectMembers(root: string, rootPyproject: Pyproject, repoRoot: string, fsr: FsReader): Discovered {
  const ws = rootPyproject.workspace ?? { members: [], exclude: [] };
  const members: DiscoveredMember[] = [];
  const warnings: string[] = [];
  const seen = new Set<string>();
  if (rootPyproject.hasProject) {
    if (!rootPyproject.managed) {
      throw new UserError(
        `${rootPyproject.file}: the workspace root is marked as unmanaged (tool.uv.managed = false)`,
        'remove `managed = false` from the workspace root, uv does not sync unmanaged projects',
      );
    }
    members.push({ dir: root, isRoot: true, pyproject: rootPyproject });
    seen.add(root);
  }
  const exclude = ws.exclude.map(compileUvExclude);
  const dir = globDir(fsr, root);
  for (const [i, glob] of compileAll(ws.members, 'tool.uv.workspace.members', rootPyproject.file).entries()) {
    const source = ws.members[i]!;
    const matches = expandUvGlob(glob, dir);
    if (matches.length === 0) {
      warnings.push(
        `\`tool.uv.workspace.members\` entry \`${source}\` in ${rootPyproject.file} matches nothing in this checkout (is the member gitignored or not checked out?)`,
      );
    }
    for (const match of matches) {
      const memberDir = match.path === '' ? root : joinNormal(root, match.path);
      if (seen.has(memberDir)) continue;
      seen.add(memberDir);
      if (exclude.some((excluded) => excluded(match.path))) continue;
      if (!match.isDir) continue;
      const pyproject = memberPyproject(memberDir, source, rootPyproject, repoRoot, fsr);
      if (!pyproject) continue;
      members.push({ dir: memberDir, isRoot: false, pyproject });
    }
  }
  refuseDuplicateNames(members, repoRoot);
  const storedCase = storedCaseOf(root, fsr);
  if (!storedCase) return { root, rootPyproject, members, warnings };
  // uv expands a literal glob component (`Packages/*`) by asking the file
  // system, so on a case-insensitive one it finds `packages/...` and keeps the
  // typed case: the members are the same (and so is uv's duplicate-name check,
  // made above), but only the stored spelling compares with the paths git prints.
  return { root, rootPyproject, members: members.map((m) => (m.isRoot ? m : { ...m, dir: storedCase(m.dir) })), warnings, storedCase };
}

/** disk-case.ts's diskCase, sharing directory listings, where the workspace's file system is case-insensitive. */
function storedCaseOf(root: string, fsr: FsReader): ((absPath: string) => string) | undefined {
  if (!fsr.diskCase || !fsr.caseInsensitive?.(root)) return undefined;
  const listings: Listings = new Map();
  return (absPath) => fsr.diskCase!(absPath, listings);
}

/**
 * Finds the workspace for `startDir` and collects its members. `startDir` and
 * `repoRoot` are taken in their stored letter case (the caller's may be typed).
 */
export function discoverWorkspace(startDir: string, repoRoot: string, fsr: FsReader = nodeFs): Discovered {
  const { root, pyproject } = findWorkspaceRoot(fsr.diskCase?.(startDir) ?? startDir, repoRoot, fsr);
  return collectMembers(root, pyproject, repoRoot, fsr);
}
