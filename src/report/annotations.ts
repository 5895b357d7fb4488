// Annotations (pure): what shows on the pull request's files and in the run's
// annotation list. The shell emits each through action/runner.ts, which
// escapes `%`, `\r` and `\n` in the message and also `:` and `,` in the
// properties, so a file name holding a newline cannot start a workflow
// command of its own. Messages are plain text.
import type { Affected } from '../affected/engine.js';
import { ownChanges, reasonFiles, reasonLines, reasonsText } from '../affected/reasons.js';
import type { UvReport } from '../uv/output.js';
import { formatDuration, plural } from './format.js';
import { MAX_MATRIX_JOBS } from './matrix.js';
import { unownedNotice } from './unowned.js';

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

const DEFAULT_SLOW_RESOLVE_MS = 10_000;
/** Notices for directly changed members, at most; a huge change would bury the rest. */
const MAX_CHANGE_NOTICES = 10;

export function buildAnnotations(input: AnnotationsInput): Annotation[] {
  const unowned = unownedNotice(input.affected.unowned);
  return [...changeNotices(input), ...(unowned ? [unowned] : []), ...syncAnnotations(input)];
}

/** Names an annotation lists before `and N more`: a notice is one line in the checks tab. */
const MAX_LISTED_NAMES = 10;

/** `a, b, c and 5 more`. */
function listNames(names: readonly string[], max = MAX_LISTED_NAMES, separator = ', '): string {
  const shown = names.slice(0, max).join(separator);
  return names.length > max ? `${shown} and ${names.length - max} more` : shown;
}

function changeNotices(input: AnnotationsInput): Annotation[] {
  const { affected } = input;
  const out: Annotation[] = [];
  const changedSet = new Set(input.changedPaths);

  if (affected.all) {
    const file = affected.allReasons.flatMap(reasonFiles).find((p) => changedSet.has(p));
    const why = reasonsText(affected.allReasons);
    out.push({
      level: 'notice',
      title: 'Every workspace member is affected',
      message: `${why.length > 0 ? listNames(why, 3, '; ') : 'a global change'}: all ${plural(affected.members.length, 'member')} are synced and tested.`,
      ...(file ? { file } : {}),
    });
    return out;
  }

  const direct = affected.members
    .map((member) => ({ member, own: ownChanges(member.reasons) }))
    .filter((d): d is { member: (typeof d)['member']; own: NonNullable<(typeof d)['own']> } => d.own !== undefined);

  for (const { member, own } of direct.slice(0, MAX_CHANGE_NOTICES)) {
    const pyproject = member.path === '.' ? 'pyproject.toml' : `${member.path}/pyproject.toml`;
    const file = changedSet.has(pyproject) || own.paths.includes(pyproject) ? pyproject : own.paths[0]!;
    const pulled = (affected.pulledIn?.[member.name] ?? []).map((d) => (d.changed ? `${d.member} (changed too)` : d.member));
    // pulledIn lists only the dependents the change reaches; a change off the surface says why it reaches none.
    const offSurface = member.reasons.find((r) => r.kind === 'off-surface');
    const alone = offSurface ? reasonLines(offSurface)[0]! : 'no other member depends on it';
    const message =
      pulled.length === 0
        ? `${member.name} changed (${plural(own.total, 'file')}); ${alone}.`
        : `${member.name} changed (${plural(own.total, 'file')}); it pulls in ${plural(pulled.length, 'dependent')}: ${listNames(pulled)}.`;
    out.push({ level: 'notice', title: `Affected: ${member.name}`, message, file });
  }
  if (direct.length > MAX_CHANGE_NOTICES) {
    const rest = direct.slice(MAX_CHANGE_NOTICES).map((d) => d.member.name);
    out.push({
      level: 'notice',
      title: 'More changed members',
      message: `${rest.length} more changed members: ${listNames(rest)}; see the job summary.`,
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
