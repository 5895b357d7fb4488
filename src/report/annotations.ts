// Annotations (pure): what shows on the pull request's files and in the run's
// annotation list. The shell emits each with core.error/warning/notice, which
// escapes `%`, `\r` and `\n` in the message and also `:` and `,` in the
// properties (@actions/core 3, command.ts), so a file name holding a newline
// cannot start a workflow command of its own. Messages are plain text.
import type { Affected } from '../affected.js';
import type { UvReport } from '../uv/output.js';
import { formatDuration, plural } from './format.js';
import { MAX_MATRIX_JOBS } from './matrix.js';

export interface Annotation {
  level: 'error' | 'warning' | 'notice';
  message: string;
  title?: string;
  /** Repository-relative path of the file the annotation sits on. */
  file?: string;
  startLine?: number;
}

export interface AnnotationsInput {
  affected: Affected;
  /** Changed paths relative to the repository root. */
  changedPaths: readonly string[];
  /** Every workspace member (name and repository-relative path), to tell them apart from third-party packages uv builds. */
  members: readonly { name: string; path: string }[];
  /** The sync's parsed output; absent in `detect` mode. */
  report?: UvReport;
  /** Where the action put the uv cache, named in the hardlink warning. */
  cacheDir?: string;
  /** Legs in the `matrix` output, to warn before GitHub rejects it. */
  matrixLegs?: number;
  /** A `Resolved` line slower than this gets a warning. Default 10 s. */
  slowResolveMs?: number;
}

export const DEFAULT_SLOW_RESOLVE_MS = 10_000;
/** Notices for directly changed members, at most; a huge change would bury the rest. */
export const MAX_CHANGE_NOTICES = 10;

export function buildAnnotations(input: AnnotationsInput): Annotation[] {
  return [...changeNotices(input), ...syncAnnotations(input)];
}

/** `depends on core (runtime)` → `core`; reasons are written by the affected engine. */
const DEPENDS_ON = /\bdepends on ([a-z0-9][a-z0-9._-]*)/gi;
const CHANGED = /^changed: (.+)$/s;
/** The engine lists a few changed paths, then `changed: and N more files`. */
const CHANGED_MORE = /^changed: and (\d+) more files?$/;

function changeNotices(input: AnnotationsInput): Annotation[] {
  const { affected } = input;
  const out: Annotation[] = [];
  const changedSet = new Set(input.changedPaths);

  if (affected.all) {
    const file = input.changedPaths.find((p) => affected.allReasons.some((r) => r.includes(p)));
    out.push({
      level: 'notice',
      title: 'Every workspace member is affected',
      message: `${affected.allReasons.join('; ') || 'a global change'}: all ${plural(affected.members.length, 'member')} are synced and tested.`,
      ...(file ? { file } : {}),
    });
    return out;
  }

  // Who pulls in whom, read from the dependents' reasons.
  const dependents = new Map<string, Set<string>>();
  for (const member of affected.members) {
    for (const reason of member.reasons) {
      for (const match of reason.matchAll(DEPENDS_ON)) {
        const on = match[1]!;
        if (on === member.name) continue;
        if (!dependents.has(on)) dependents.set(on, new Set());
        dependents.get(on)!.add(member.name);
      }
    }
  }

  const direct = affected.members
    .map((member) => ({
      member,
      files: member.reasons
        .filter((r) => !CHANGED_MORE.test(r))
        .map((r) => CHANGED.exec(r)?.[1])
        .filter((f): f is string => f !== undefined),
      more: member.reasons.reduce((n, r) => n + Number(CHANGED_MORE.exec(r)?.[1] ?? 0), 0),
    }))
    .filter((d) => d.files.length > 0);

  for (const { member, files, more } of direct.slice(0, MAX_CHANGE_NOTICES)) {
    const pyproject = member.path === '.' ? 'pyproject.toml' : `${member.path}/pyproject.toml`;
    const file = changedSet.has(pyproject) || files.includes(pyproject) ? pyproject : files[0]!;
    const pulled = [...(dependents.get(member.name) ?? [])].sort();
    const message =
      pulled.length === 0
        ? `${member.name} changed (${plural(files.length + more, 'file')}); no other member depends on it.`
        : `${member.name} changed (${plural(files.length + more, 'file')}); it pulls in ${plural(pulled.length, 'dependent')}: ${pulled.join(', ')}.`;
    out.push({ level: 'notice', title: `Affected: ${member.name}`, message, file });
  }
  if (direct.length > MAX_CHANGE_NOTICES) {
    out.push({
      level: 'notice',
      title: 'More changed members',
      message: `${direct.length - MAX_CHANGE_NOTICES} more changed members: ${direct
        .slice(MAX_CHANGE_NOTICES)
        .map((d) => d.member.name)
        .join(', ')}; see the job summary.`,
    });
  }
  if (input.matrixLegs !== undefined && input.matrixLegs > MAX_MATRIX_JOBS) {
    out.push({
      level: 'warning',
      title: 'Matrix too large',
      message: `The matrix has ${input.matrixLegs} legs and GitHub runs at most ${MAX_MATRIX_JOBS}; set the 'shards' input to group members into fewer legs.`,
    });
  }
  return out;
}

function syncAnnotations(input: AnnotationsInput): Annotation[] {
  const report = input.report;
  if (!report) return [];
  const out: Annotation[] = [];

  for (const error of report.errors) {
    out.push({ level: 'error', title: 'uv sync failed', message: error });
  }

  if (report.hardlinkFallback) {
    const where = input.cacheDir ? ` (the cache is at ${input.cacheDir})` : '';
    out.push({
      level: 'warning',
      title: 'uv copied instead of linking',
      message:
        `uv could not hardlink from its cache into the venv and copied every file${where}, which makes installs slow. ` +
        "Leave 'cache-dir' and UV_CACHE_DIR unset so the action puts the cache on the venv's filesystem, " +
        "or set 'link-mode: copy' if copying is intended.",
    });
  }

  const memberNames = new Set(input.members.map((m) => m.name));
  for (const built of thirdPartyBuilds(report.built, memberNames)) {
    out.push({
      level: 'warning',
      title: `Built from source: ${built}`,
      message:
        `uv built ${built} from source because no wheel fits this platform and Python; it is rebuilt on every cache miss. ` +
        'Pin a version that publishes a binary wheel for it, or, if the build needs packages it does not declare, ' +
        'list them under [tool.uv.extra-build-dependencies] in pyproject.toml.',
    });
  }

  const slowMs = input.slowResolveMs ?? DEFAULT_SLOW_RESOLVE_MS;
  const resolved = report.phases.find((p) => p.verb === 'Resolved');
  if (resolved && resolved.ms > slowMs) {
    out.push({
      level: 'warning',
      title: 'Slow resolve',
      message:
        `uv took ${formatDuration(resolved.ms)} to resolve ${plural(resolved.count, resolved.unit.replace(/s$/, ''))}. ` +
        "An up-to-date uv.lock resolves in milliseconds: commit uv.lock and add '--locked' to 'sync-args' so a stale lock fails fast instead.",
    });
  }
  return out;
}

/**
 * Workspace members (and other local projects) are built on every sync as
 * editables; that is expected and not worth a warning. Third-party sdists are.
 */
export function thirdPartyBuilds(built: readonly string[], members: ReadonlySet<string>): string[] {
  const seen = new Set<string>();
  for (const entry of built) {
    if (/ @ (file|editable):/i.test(entry)) continue;
    const name = /^[A-Za-z0-9][A-Za-z0-9._-]*/.exec(entry)?.[0];
    if (name && members.has(name.toLowerCase().replace(/[-_.]+/g, '-'))) continue;
    seen.add(entry);
  }
  return [...seen].sort();
}
