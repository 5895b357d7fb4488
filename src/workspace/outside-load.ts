// Reads, when the workspace is loaded, what each member uses from outside its
// own directory (the IO step; matching changed paths against it is pure, in
// outside.ts):
// - `path` sources in `[tool.uv.sources]` that are no workspace member
//   (a vendored directory, a git submodule, a wheel or an sdist), the
//   member's own and the root's it falls back to, as uv lowers them, and
//   the path sources of such a directory's own pyproject.toml in turn;
// - symlinks inside the member whose target lies outside it (git lists the
//   target's files where they are, so a change there names no member);
// - the `[tool.uv-workspace-sync]` tables (declared.ts).
import fs from 'node:fs';
import path from 'node:path';
import { listStaged } from './symlink-listing.js';
import { readDeclared, type DeclaredTable } from './declared.js';
import type { DiscoveredMember, FsReader } from './discover.js';
import { repoRelative } from './discover.js';
import { memberOwner } from './ownership.js';
import { loadPyproject, type Pyproject } from './pyproject.js';
import { parseRequirement } from './requirements.js';
import type { DeclaredGlobs, MemberInput, Workspace } from './types.js';
import { compareStrings } from '../text.js';

/** How deep path sources of path sources are followed (a cycle ends sooner). */
const MAX_SOURCE_DEPTH = 8;

/** Names a pyproject's requirement lists name (runtime, extras, groups, legacy dev-dependencies). */
function requiredNames(p: Pyproject): Set<string> {
  const groups = Object.values(p.dependencyGroups).flatMap((items) => items.flatMap((i) => ('requirement' in i ? [i.requirement] : [])));
  const texts = [...p.dependencies, ...Object.values(p.optionalDependencies).flat(), ...groups, ...(p.devDependencies ?? [])];
  return new Set(texts.flatMap((t) => parseRequirement(t)?.name ?? []));
}

/** The `path` entries of a `[tool.uv.sources]` table (most have none: nothing is made for the `workspace = true` ones). */
function pathsOf(sources: Pyproject['sources'], dir: string): [string, string][] {
  const out: [string, string][] = [];
  for (const name of Object.keys(sources)) {
    for (const s of sources[name]!) if (s.path !== undefined) out.push([name, path.resolve(dir, s.path)]);
  }
  return out;
}

/** `[package, absolute path]` of each `path` source a member's requirements resolve through. */
function declaredPathSources(m: DiscoveredMember, rootPaths: readonly [string, string][]): [string, string][] {
  const out = pathsOf(m.pyproject.sources, m.dir);
  if (m.isRoot || rootPaths.length === 0) return out;
  // uv falls back to the root's sources for what the member names and does not source itself.
  const names = requiredNames(m.pyproject);
  return [...out, ...rootPaths.filter(([name]) => names.has(name) && !Object.hasOwn(m.pyproject.sources, name))];
}

/** The path sources of a directory source's own pyproject.toml (none when it has none or it cannot be read). */
function nestedPathSources(dir: string, fsr: FsReader): [string, string][] {
  const text = fsr.kind(dir) === 'dir' ? fsr.readText(path.join(dir, 'pyproject.toml')) : undefined;
  if (text === undefined) return [];
  let pyproject: Pyproject;
  try {
    pyproject = loadPyproject(text, path.join(dir, 'pyproject.toml'));
  } catch {
    return []; // uv fails on it at sync time, and says why
  }
  return pathsOf(pyproject.sources, dir);
}

/** A repository-relative path, or undefined for one outside the repository (git reports no change there). */
function insideRepo(absRepo: string, abs: string): string | undefined {
  const rel = repoRelative(absRepo, abs);
  return rel === '..' || rel.startsWith('../') || path.isAbsolute(rel) ? undefined : rel;
}

/** What pathSourceInputs compares each source with, made on its first `path` source (most workspaces have none). */
function sourceContext(ws: Workspace, discovered: readonly DiscoveredMember[]) {
  return {
    memberDirs: new Set(discovered.map((m) => path.resolve(m.dir))),
    owner: memberOwner(ws),
    indexOf: new Map(ws.members.map((m, i) => [m.name, i])),
  };
}

function pathSourceInputs(ws: Workspace, discovered: readonly DiscoveredMember[], root: { dir: string; pyproject: Pyproject }, fsr: FsReader): MemberInput[] {
  let context: ReturnType<typeof sourceContext> | undefined;
  const rootPaths = pathsOf(root.pyproject.sources, root.dir);
  const out: MemberInput[] = [];
  for (const m of discovered) {
    let level = declaredPathSources(m, rootPaths);
    if (level.length === 0) continue;
    const { memberDirs, owner, indexOf } = (context ??= sourceContext(ws, discovered));
    const member = m.pyproject.name!;
    const own = indexOf.get(member);
    const seen = new Set<string>();
    for (let depth = 0; level.length > 0 && depth < MAX_SOURCE_DEPTH; depth++) {
      const next: [string, string][] = [];
      for (const [name, abs] of level) {
        // A source that is a member is an edge between members (graph.ts), not an input.
        if (seen.has(abs) || memberDirs.has(abs)) continue;
        seen.add(abs);
        const rel = insideRepo(ws.repoRoot, abs);
        // A wheel kept in the member's own directory is the member's file already.
        if (rel !== undefined && rel !== '.' && owner(rel) !== own) out.push({ member, kind: 'path-source', package: name, path: rel });
        next.push(...nestedPathSources(abs, fsr));
      }
      level = next;
    }
  }
  return out;
}

/**
 * The symlinks git tracks under the workspace root (relative to it), none
 * outside a git work tree: walking every member's directory for them added
 * 45% to loading a 2000-member workspace, and outside git the changed paths
 * are a list given by hand, in which a path under no member is still said
 * (unowned).
 */
function symlinksUnder(ws: Workspace): string[] {
  const listed = listStaged(ws.root);
  const out: string[] = [];
  for (const record of listed?.toString('utf8').split('\0') ?? []) {
    // `<mode> <object> <stage>\t<path>`; 120000 is a symlink.
    if (record.startsWith('120000 ')) out.push(record.slice(record.indexOf('\t') + 1));
  }
  return out;
}

function realOr(abs: string): string | undefined {
  try {
    return fs.realpathSync(abs);
  } catch {
    return undefined;
  }
}

/** Where a symlink points, repository-relative: its real target (chains followed), or for a dangling one where it would be. */
function linkTarget(abs: string, absRepo: string, realRepo: string): string | undefined {
  const real = realOr(abs);
  if (real !== undefined) return insideRepo(realRepo, real);
  try {
    return insideRepo(absRepo, path.resolve(path.dirname(abs), fs.readlinkSync(abs)));
  } catch {
    return undefined;
  }
}

const within = (p: string, dir: string) => p === dir || p.startsWith(`${dir}/`);

/** Symlinks inside members whose target lies outside the member but inside the repository. */
function symlinkInputs(ws: Workspace): MemberInput[] {
  const links = symlinksUnder(ws);
  if (links.length === 0) return [];
  const owner = memberOwner(ws);
  const realRepo = realOr(ws.repoRoot) ?? ws.repoRoot;
  const out: MemberInput[] = [];
  for (const rel of links) {
    const abs = path.join(ws.root, rel);
    const link = repoRelative(ws.repoRoot, abs);
    const i = owner(link);
    const target = i === undefined ? undefined : linkTarget(abs, ws.repoRoot, realRepo);
    if (i === undefined || target === undefined || target === '.') continue;
    // Inside the member: what it owns, or (a member reached through a link) its real directory.
    const member = ws.members[i]!;
    const realDir = insideRepo(realRepo, realOr(member.dir) ?? member.dir);
    if (owner(target) === i || (realDir !== undefined && realDir !== '.' && within(target, realDir))) continue;
    out.push({ member: member.name, kind: 'symlink', link, path: target });
  }
  return out;
}

/** The members' declared `inputs`, as inputs. */
function declaredInputs(tables: ReadonlyMap<string, DeclaredTable>): MemberInput[] {
  const out: MemberInput[] = [];
  for (const [member, table] of tables) {
    for (const { declared, globs } of table.inputs) {
      for (const glob of globs) out.push({ member, kind: 'declared', declared, glob, except: table.inputsExcept });
    }
  }
  return out;
}

const inputKey = (i: MemberInput) => `${i.member}\0${i.kind}\0${i.kind === 'declared' ? i.glob : i.path}`;

/**
 * Every member's inputs outside its directory and the root's declared
 * globs, for loadWorkspace. `realFs`: the workspace is on disk (not a test's
 * FsReader), so its symlinks can be listed.
 */
export function loadOutside(
  ws: Workspace,
  discovered: readonly DiscoveredMember[],
  root: { dir: string; pyproject: Pyproject },
  fsr: FsReader,
  realFs: boolean,
): { inputs?: MemberInput[]; declared?: DeclaredGlobs } {
  // Named only for a message or a table: most roots hold neither.
  const rootFile = () => root.pyproject.file;
  const tables = new Map<string, DeclaredTable>();
  let declared: DeclaredGlobs | undefined;
  const rootTable = readDeclared(root.pyproject.table, () => ({ file: rootFile(), dir: ws.rootPath, root: true, member: !ws.virtualRoot, rootFile: rootFile() }));
  if (rootTable && rootTable.global.length + rootTable.ignore.length > 0) declared = { file: rootFile(), global: rootTable.global, ignore: rootTable.ignore };
  for (const m of discovered) {
    const table = m.isRoot ? rootTable : readDeclared(m.pyproject.table, () => ({ file: m.pyproject.file, dir: repoRelative(ws.repoRoot, m.dir), root: false, member: true, rootFile: rootFile() }));
    if (table) tables.set(m.pyproject.name!, table);
  }
  const all = [...pathSourceInputs(ws, discovered, root, fsr), ...(realFs ? symlinkInputs(ws) : []), ...declaredInputs(tables)];
  const unique = new Map(all.map((i) => [inputKey(i), i]));
  const inputs = [...unique.values()].sort((a, b) => compareStrings(inputKey(a), inputKey(b)));
  return { ...(inputs.length > 0 ? { inputs } : {}), ...(declared ? { declared } : {}) };
}
