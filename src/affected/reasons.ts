// Why a member is affected, as data. The affected engine makes these values;
// the report (summary, annotations, outputs) and the CLI read their fields.
// `reasonLines` is the one place that turns them into words, and its wording
// is a contract: the `reasons` output and `affected --json` print it.
//
// To add a kind of reason: add a variant here, give it its words in
// `reasonLines`, and (if it is about files) say which file it sits on in
// `reasonFiles`. TypeScript then points at every switch that must learn it.
import type { Via } from '../workspace/closure.js';

export type { Via };

/** How a package moved between the locks at base and head (versions sorted; `(dynamic)` when the lock records none). */
export interface LockPackageChange {
  package: string;
  /** Versions at base; empty when head adds the package. */
  base: string[];
  /** Versions at head; empty when head removes it. */
  head: string[];
  /** The same name, version and source with another hash: a local wheel or sdist rebuilt. */
  rebuilt?: true;
}

/** An input of a member outside its directory (workspace/types.ts MemberInput), as its reasons name it. */
export type InputSource =
  | { kind: 'path-source'; package: string; path: string }
  | { kind: 'symlink'; link: string; path: string }
  | { kind: 'declared'; declared: string };

export type Reason =
  /** Files of the member itself changed: the first few, and how many more. */
  | { kind: 'changed'; paths: string[]; more: number }
  /**
   * The member installs a changed member (`on`). `dependency` is the kind of
   * the member's own edge on the way; `via` names the first member on the way
   * (and the extra asked of it) when that is not `on` itself.
   */
  | { kind: 'dependency'; on: string; dependency: Via; via?: { member: string; extra: string } }
  /** ...and it installs this many more changed members (the reasons list the nearest few). */
  | { kind: 'dependency-more'; members: number }
  /** Files under an input of the member outside its directory changed: the first few, and how many more. */
  | { kind: 'input'; input: InputSource; paths: string[]; more: number }
  /** uv.lock changed what the member installs. */
  | { kind: 'lock'; change: LockPackageChange }
  /** ...and this many more packages. */
  | { kind: 'lock-more'; packages: number }
  /** uv.lock lists the member as new to the workspace, or no longer in it. */
  | { kind: 'lock-membership'; added: boolean }
  /**
   * A file that configures every member changed (`source` root: the
   * workspace root's pyproject.toml, .python-version, uv.toml; input: the
   * `global` input; table: `global` in the `[tool.uv-workspace-sync]` table of `file`).
   */
  | { kind: 'global'; paths: string[]; more: number; source: 'root' | 'input' | 'table'; file?: string }
  /** uv.lock changed and could not be attributed to members, so every member is affected. */
  | { kind: 'lock-unattributed'; file: string; problem: 'no-base-input' | 'no-base-lock' | 'removed' | 'base-unreadable' | 'head-unreadable'; error?: string }
  /** What changed cannot be known (no base: tag push, release, unknown event...), so every member is affected. */
  | { kind: 'no-base'; why: string }
  /**
   * Beside `changed`, what the member's surface (workspace/surface.ts) says
   * of those files. `off-surface`: none is shipped or importable, so no other
   * member is affected (`editable: false`: `--no-editable` installs the
   * wheel alone, so importable does not arise; `unpackaged`: uv installs
   * nothing of this member elsewhere, and why). `importable`: none ships, but
   * the member's editable install puts them within reach of `import` for
   * every member that installs it (`paths`: what it exposes, repository-
   * relative). `whole-surface`: the whole directory counts as shipped, and why.
   */
  | { kind: 'off-surface'; editable: boolean; unpackaged?: string }
  | { kind: 'importable'; paths: string[]; more: number }
  | { kind: 'whole-surface'; why: string }
  /** Named by an input (`packages`): every member (`all`), or this one. */
  | { kind: 'selected'; input: string; scope: 'all' | 'every-named' | 'member' };

/** The words for an edge kind: `runtime`, `extra NAME`, `group NAME`. */
export function viaText(v: Via): string {
  return v.kind === 'runtime' ? 'runtime' : v.kind === 'extra' ? `extra ${v.extra}` : `group ${v.group}`;
}

function lockChangeText(c: LockPackageChange): string {
  if (c.base.length === 0) return `adds ${c.package} ${c.head.join(', ')}`;
  if (c.head.length === 0) return `removes ${c.package} ${c.base.join(', ')}`;
  if (c.rebuilt) return `${c.package} ${c.head.join(', ')} rebuilt (the local file's hash changed)`;
  if (c.base.join(',') !== c.head.join(',')) return `${c.package} ${c.base.join(', ')} -> ${c.head.join(', ')}`;
  return `${c.package} ${c.head.join(', ')} source changed`;
}

function inputText(i: InputSource): string {
  if (i.kind === 'path-source') return `path source ${i.package} (${i.path})`;
  if (i.kind === 'symlink') return `symlink ${i.link} -> ${i.path}`;
  return `input ${i.declared}`;
}

function globalSuffix(r: Extract<Reason, { kind: 'global' }>): string {
  if (r.source === 'input') return ' (global input)';
  return r.source === 'table' ? ` (global in ${r.file ?? 'pyproject.toml'})` : '';
}

const LOCK_PROBLEMS = {
  'no-base-input': 'changed (lock at base not available)',
  'no-base-lock': 'changed (no readable lock at base)',
  removed: 'was removed',
  'base-unreadable': 'at base could not be read',
  'head-unreadable': 'could not be read',
} as const;

/**
 * The words for one reason: one line, or one per listed path. `members` is how
 * many members share it (a folded summary row): the verb agrees with it.
 */
export function reasonLines(r: Reason, members = 1): string[] {
  switch (r.kind) {
    case 'changed':
      return [...r.paths.map((p) => `changed: ${p}`), ...(r.more > 0 ? [`changed: and ${r.more} more files`] : [])];
    case 'dependency': {
      const verb = members === 1 ? 'depends' : 'depend';
      if (!r.via) return [`${verb} on ${r.on} (${viaText(r.dependency)})`];
      return [`${verb} on ${r.on} via ${r.via.member}${r.via.extra ? `[${r.via.extra}]` : ''}`];
    }
    case 'dependency-more':
      return [`${members === 1 ? 'depends' : 'depend'} on ${r.members} more changed ${r.members === 1 ? 'member' : 'members'}`];
    case 'input': {
      const what = inputText(r.input);
      return [...r.paths.map((p) => `${what}: ${p} changed`), ...(r.more > 0 ? [`${what}: and ${r.more} more files changed`] : [])];
    }
    case 'lock':
      return [`uv.lock: ${lockChangeText(r.change)}`];
    case 'lock-more':
      return [`uv.lock: and ${r.packages} more packages changed`];
    case 'lock-membership':
      return [r.added ? 'uv.lock: new workspace member' : 'uv.lock: no longer a workspace member'];
    case 'global': {
      const suffix = globalSuffix(r);
      const more = r.more > 0 ? [`global: and ${r.more} more${r.source === 'root' ? '' : ` files${suffix}`}`] : [];
      return [...r.paths.map((p) => `global: ${p} changed${suffix}`), ...more];
    }
    case 'lock-unattributed':
      return [`${r.file} ${LOCK_PROBLEMS[r.problem]}${r.error ? `: ${r.error}` : ''}`];
    case 'no-base':
      return [r.why];
    case 'off-surface':
      if (r.unpackaged !== undefined) return [`not shipped, not importable: uv installs no files of this member in other members (${r.unpackaged})`];
      return [
        r.editable
          ? "not shipped, not importable: no other member's environment installs or imports these paths"
          : "not shipped: no other member's environment installs these paths (members installed with --no-editable)",
      ];
    case 'importable':
      return [`not shipped but importable: the editable install exposes ${[...r.paths, ...(r.more > 0 ? [`${r.more} more`] : [])].join(', ')} to the members that install it`];
    case 'whole-surface':
      return [`whole directory counts as shipped: ${r.why}`];
    case 'selected':
      return [r.scope === 'all' ? `${r.input}: all` : r.scope === 'every-named' ? `${r.input} names every member` : `${r.input} input`];
  }
}

/** The words for a list of reasons, in order (the `reasons` output, the CLI). */
export function reasonsText(reasons: readonly Reason[]): string[] {
  return reasons.flatMap((r) => reasonLines(r));
}

/**
 * One line for a reason, for a table cell that must fit a terminal: a reason
 * about several files names the first, then how many more (the full list is
 * in reasonLines).
 */
export function reasonSummary(r: Reason): string {
  const lines = reasonLines(r);
  if (lines.length <= 1) return lines[0] ?? '';
  if (r.kind === 'changed' || r.kind === 'input' || r.kind === 'global') {
    const more = r.paths.length + r.more - 1;
    return `${lines[0]} (and ${more} more ${more === 1 ? 'file' : 'files'})`;
  }
  return lines.join('; ');
}

/** Repository-relative files a reason is about (for an annotation to sit on). */
export function reasonFiles(r: Reason): string[] {
  switch (r.kind) {
    case 'changed':
    case 'global':
    case 'input':
      return r.paths;
    case 'lock-unattributed':
      return [r.file];
    default:
      return [];
  }
}

/** The member is affected by its own files or its inputs (not by a dependency or a global trigger): it is a cause, drawn first. */
export function isOwnChange(r: Reason): boolean {
  return r.kind === 'changed' || r.kind === 'input';
}

/** The member's own changed files (`paths` listed, `total` counting those not listed). */
export function ownChanges(reasons: readonly Reason[]): { paths: string[]; total: number } | undefined {
  const changed = reasons.filter((r): r is Extract<Reason, { kind: 'changed' }> => r.kind === 'changed');
  if (changed.length === 0) return undefined;
  const paths = changed.flatMap((r) => r.paths);
  return { paths, total: paths.length + changed.reduce((n, r) => n + r.more, 0) };
}
