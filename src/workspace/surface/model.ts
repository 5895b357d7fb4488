// The shared model of the surface modules (surface.ts and one module per
// build backend family): the Surface value, the build configuration every
// backend reads, and the small path and TOML helpers they share. Paths are
// member-relative and `/`-separated throughout.
import { compileGlob, type PathMatcher } from '../globs.js';

export type Table = Record<string, unknown>;

export type Surface =
  /** Every file of the member ships (today's rule); `why` says what was not understood. */
  | { kind: 'whole'; backend: string; why: string }
  /**
   * Only files for which `ships` holds (the wheel's files, build configuration)
   * or that lie under an `importable` path can reach another member's environment.
   */
  | { kind: 'shipped'; backend: string; ships: PathMatcher; importable: Importable }
  /** uv does not build or install the member itself (no build system, `tool.uv.package = false`). */
  | { kind: 'unpackaged'; why: string };

/**
 * What the member's editable install (uv's default for workspace members)
 * puts within reach of `import`: the directories its `.pth` file adds to
 * `sys.path`, or the packages and modules its editable finder maps. Every
 * file under one of `paths` (member-relative; `''` is the member directory;
 * a module file counts for itself) is importable from every environment that
 * installs the member. `editable: false` (`--no-editable`): the member is
 * installed as its wheel, and `paths` is empty.
 */
export interface Importable {
  editable: boolean;
  paths: readonly string[];
}

/** Build configuration: always on the surface, whatever the backend (member-relative). */
export const CONFIG_FILES = new Set(['pyproject.toml', 'setup.py', 'setup.cfg', 'hatch_build.py', 'MANIFEST.in', 'build.py', 'pdm_build.py']);
/** License files backends pick up by default (hatchling, setuptools, flit, pdm): they land in `.dist-info`. */
const LICENSE_DEFAULT = /^(LICEN[CS]E|COPYING|NOTICE|AUTHORS)[^/]*$/;

export function isTable(v: unknown): v is Table {
  return v !== null && typeof v === 'object' && !Array.isArray(v) && !(v instanceof Date);
}
export function tbl(parent: unknown, ...keys: string[]): Table | undefined {
  let cur: unknown = parent;
  for (const k of keys) {
    if (!isTable(cur)) return undefined;
    cur = cur[k];
  }
  return isTable(cur) ? cur : undefined;
}
export function strs(v: unknown): string[] | undefined {
  if (v === undefined) return undefined;
  if (typeof v === 'string') return [v];
  return Array.isArray(v) && v.every((x) => typeof x === 'string') ? (v as string[]) : undefined;
}
/** What clean() would change: a `\\`, an empty or `.` component, a leading or trailing `/`. */
const UNCLEAN = /\\|\/\/|(^|\/)\.(\/|$)|^\/|\/$/;

/** `a/./b/` → `a/b`; `.` and `` → ``. */
export function clean(p: string): string {
  // Most paths (git's, the walk's) are clean already: no split and join for each.
  if (!UNCLEAN.test(p)) return p;
  return p
    .replace(/\\/g, '/')
    .split('/')
    .filter((c) => c !== '' && c !== '.')
    .join('/');
}
export const under = (dir: string, rel: string) => dir === '' || rel === dir || rel.startsWith(`${dir}/`);
export const parent = (rel: string) => (rel.includes('/') ? rel.slice(0, rel.lastIndexOf('/')) : '');
export const isIdentifier = (s: string) => /^[A-Za-z_][A-Za-z0-9_]*$/.test(s);

/** Directories that hold at least one file, derived from the file list (git tracks no empty directory). */
export function dirsOf(files: string[]): Set<string> {
  const out = new Set<string>();
  for (const f of files) for (let d = parent(f); d !== '' && !out.has(d); d = parent(d)) out.add(d);
  return out;
}

/** Metadata files named in `[project]` (readme, license) end up in the wheel's `.dist-info`. */
export function metadataFiles(project: Table | undefined): PathMatcher {
  const exact = new Set<string>();
  const globs: PathMatcher[] = [];
  const readme = project?.readme;
  if (typeof readme === 'string') exact.add(clean(readme));
  else if (isTable(readme) && typeof readme.file === 'string') exact.add(clean(readme.file));
  const license = project?.license;
  if (isTable(license) && typeof license.file === 'string') exact.add(clean(license.file));
  // PEP 639's list of globs, or the table hatchling read before it (`{ globs = [...] }`, `{ paths = [...] }`).
  for (const g of strs(project?.['license-files']) ?? strs(tbl(project, 'license-files')?.globs) ?? []) globs.push(compileGlob(clean(g)));
  for (const f of strs(tbl(project, 'license-files')?.paths) ?? []) exact.add(clean(f));
  return (rel) => exact.has(rel) || LICENSE_DEFAULT.test(rel) || globs.some((m) => m(rel));
}

/**
 * Gitignore-style patterns (hatchling's include/exclude): a pattern without
 * an inner `/` matches at any depth, a leading `/` or inner `/` anchors it,
 * a match on a directory covers everything below, `!` re-includes, last match wins.
 */
export function compileGitignore(patterns: string[]): PathMatcher {
  const rules = patterns
    .map((raw) => raw.trim())
    .filter((p) => p !== '' && !p.startsWith('#'))
    .map((p) => {
      const negate = p.startsWith('!');
      let body = negate ? p.slice(1) : p;
      const trailing = body.endsWith('/');
      body = body.replace(/\/+$/, '');
      const anchored = body.startsWith('/') || body.includes('/');
      body = body.replace(/^\/+/, '');
      const base = anchored ? body : `**/${body}`;
      // A directory match covers what is below; a trailing `/` matches directories only.
      const self = compileGlob(base);
      const below = compileGlob(`${base}/**`);
      const match: PathMatcher = trailing ? (rel) => below(rel) && !self(rel) : (rel) => self(rel) || below(rel);
      return { negate, match };
    });
  return (rel) => {
    let hit = false;
    for (const r of rules) if (r.match(rel)) hit = !r.negate;
    return hit;
  };
}

/** Reasons quote pyproject text (untrusted): keep them one bounded line. */
const bounded = (text: string) => {
  const line = text.replace(/\s+/g, ' ');
  return line.length > 200 ? `${line.slice(0, 199)}…` : line;
};
/** A backend's surface: its wheel's files, and what its editable install makes importable (see Importable). */
export const shipped = (backend: string, ships: PathMatcher, importable: readonly string[]): Surface => ({
  kind: 'shipped',
  backend,
  ships,
  importable: { editable: true, paths: [...new Set(importable)] },
});
export const whole = (backend: string, why: string): Surface => ({ kind: 'whole', backend: bounded(backend), why: bounded(why) });

/** A member's directories as the uv_build rule asks about them: one directory at a time, or all of them. */
export interface DirTree {
  hasDir(rel: string): boolean;
  dirs(): Set<string>;
}
