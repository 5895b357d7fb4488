// The job summary (pure): GitHub-flavoured markdown with a little HTML, as
// `core.summary.addRaw(...)` writes it. It answers what a reviewer asks of a
// run: which members were synced and why, where the cache lived and whether
// it hit, and, above all, why the sync took as long as it did.
import type { ChangeSource } from '../changes/types.js';
import type { UvPhase, UvReport } from '../uv/output.js';
import { thirdPartyBuilds } from './annotations.js';
import { code, escapeText as e } from './escape.js';
import { formatBytes, formatDuration, plural } from './format.js';
import type { Matrix } from './matrix.js';

export interface SummaryMember {
  name: string;
  /** Directory relative to the repository root. */
  path: string;
  affected: boolean;
  reasons: string[];
  /** Passed to `uv sync --package` in this run. */
  synced: boolean;
}

export interface SummaryCache {
  dir: string;
  /** Why this directory, e.g. `UV_CACHE_DIR`, `beside the venv: hardlink probe succeeded`. */
  placement: string;
  /** The cache and the venv are on one filesystem, so uv can link instead of copy. */
  sameFilesystem: boolean;
  key: string;
  /** The key restored from; absent on a miss. */
  matchedKey?: string;
  /** Restored from the exact key. */
  hit: boolean;
  restoreMs?: number;
  /** Size of the restored archive. */
  sizeBytes?: number;
  /** Entries under this key are saved pruned (`prune-cache`, part of the key): pre-built wheels are not in them. */
  pruned?: boolean;
}

export interface SummarySync {
  /** The command as run, e.g. `['uv', 'sync', '--package', 'api']`. */
  command: string[];
  exitCode: number;
  durationMs: number;
  report: UvReport;
}

export interface SummaryInput {
  mode: 'sync' | 'detect' | 'record';
  /** Workspace root relative to the repository root (`.` when the same). */
  workspaceRoot: string;
  /** Every workspace member, affected or not. */
  members: SummaryMember[];
  change: {
    source: ChangeSource;
    /** One line, e.g. `pull_request #12: a1b2c3d...e4f5a6b (git diff)`. */
    description: string;
    /** Number of changed paths considered. */
    changedFiles?: number;
    /** Every member is affected... */
    all: boolean;
    /** ...because of these. */
    allReasons: string[];
  };
  cache?: SummaryCache;
  /** The link mode uv used and why (e.g. `hardlink`, `probe: hardlink works between cache and venv`). */
  linkMode?: { mode: string; reason?: string };
  uvVersion?: string;
  /** Absent in `detect` mode and when nothing was synced. */
  sync?: SummarySync;
  /** `detect` mode: the matrix the outputs fan out. */
  matrix?: Matrix;
  notes?: string[];
  warnings?: string[];
}

/** Past this many members the unaffected ones fold into a `<details>` block. */
export const COLLAPSE_UNAFFECTED_ABOVE = 20;
/** Reasons shown per member before `and N more`. */
export const MAX_REASONS = 5;

export function renderSummary(input: SummaryInput): string {
  const out: string[] = [];
  const affected = input.members.filter((m) => m.affected);
  const unaffected = input.members.filter((m) => !m.affected);

  out.push('## uv-workspace-sync', '');
  const facts = [
    `<b>${affected.length} of ${plural(input.members.length, 'member')} affected</b>`,
    `mode ${code(input.mode)}`,
    `workspace ${code(input.workspaceRoot)}`,
  ];
  if (input.uvVersion) facts.push(`uv ${e(input.uvVersion)}`);
  out.push(facts.join(' · '), '');

  const changed = input.change.changedFiles === undefined ? '' : ` · ${plural(input.change.changedFiles, 'changed file')}`;
  out.push(`<b>Changes:</b> ${e(input.change.description)}${changed}<br>`);
  if (input.change.all) {
    const why = input.change.allReasons.length > 0 ? input.change.allReasons.map(e).join('; ') : 'no reason recorded';
    out.push(`<b>Every member is affected:</b> ${why}`);
  }
  out.push('');

  out.push('### Members', '');
  const synced = input.mode === 'sync';
  const inline = input.members.length > COLLAPSE_UNAFFECTED_ABOVE ? affected : [...affected, ...unaffected];
  if (affected.length === 0) out.push('No member is affected by this change.', '');
  if (inline.length > 0) out.push(...memberTable(inline, synced), '');
  if (inline.length < input.members.length && unaffected.length > 0) {
    out.push(`<details><summary>${plural(unaffected.length, 'unaffected member')}</summary>`, '');
    out.push(...memberTable(unaffected, synced), '', '</details>', '');
  }

  if (input.mode === 'detect' && input.matrix) {
    const legs = input.matrix.include.length;
    out.push('### Matrix', '');
    out.push(
      legs === 0
        ? 'The matrix is empty: guard the matrix job with <code>if: needs.&lt;job&gt;.outputs.any-affected == &#39;true&#39;</code>.'
        : `${plural(legs, 'leg')}: ${input.matrix.include.map((leg) => code(leg.package)).join(', ')}`,
      '',
    );
  }

  if (input.sync) out.push(...syncSection(input.sync, input), '');
  if (input.cache || input.linkMode) out.push(...cacheSection(input.cache, input.linkMode), '');

  const warnings = input.warnings ?? [];
  const notes = input.notes ?? [];
  if (warnings.length + notes.length > 0) {
    out.push('### Notes', '');
    for (const w of warnings) out.push(`- ⚠️ ${e(w)}`);
    for (const n of notes) out.push(`- ${e(n)}`);
    out.push('');
  }
  return out.join('\n');
}

function memberTable(members: SummaryMember[], synced: boolean): string[] {
  const rows = [synced ? '| Member | Path | Affected | Why | Synced |' : '| Member | Path | Affected | Why |'];
  rows.push(synced ? '| --- | --- | :-: | --- | :-: |' : '| --- | --- | :-: | --- |');
  for (const m of members) {
    const shown = m.reasons.slice(0, MAX_REASONS).map(e);
    if (m.reasons.length > MAX_REASONS) shown.push(`and ${m.reasons.length - MAX_REASONS} more`);
    const cells = [`<b>${e(m.name)}</b>`, code(m.path), m.affected ? '✅' : '—', shown.join('<br>') || '—'];
    if (synced) cells.push(m.synced ? '✅' : '—');
    rows.push(`| ${cells.join(' | ')} |`);
  }
  return rows;
}

const PHASE_MEANING: Record<UvPhase['verb'], string> = {
  Resolved: 'resolving versions',
  Prepared: 'downloading and building distributions missing from the cache',
  Downloaded: 'downloading distributions',
  Built: 'building distributions from source',
  Installed: 'putting packages into the venv',
  Uninstalled: 'removing packages the synced members do not need',
  Audited: 'checking the venv against the lock',
  Checked: 'checking the venv against the lock',
  'Bytecode compiled': 'compiling bytecode',
};

function syncSection(sync: SummarySync, input: SummaryInput): string[] {
  const { report } = sync;
  const out = ['### uv sync', ''];
  const status = sync.exitCode === 0 ? 'succeeded' : `failed with exit code ${sync.exitCode}`;
  out.push(`${code(sync.command.join(' '))} ${status} in ${formatDuration(sync.durationMs)}.`, '');

  if (report.phases.length > 0) {
    out.push('| Step | Count | Time |', '| --- | --: | --: |');
    for (const phase of report.phases) {
      const count = phase.verb === 'Audited' || phase.verb === 'Checked' || phase.count > 0 ? `${phase.count} ${e(phase.unit)}` : '—';
      out.push(`| ${phase.verb} | ${count} | ${formatDuration(phase.ms)} |`);
    }
    out.push('');
  }
  const installed = report.installed.length;
  const removed = report.removed.length;
  if (installed + removed > 0) out.push(`${installed} installed, ${removed} removed.`, '');

  // A sync that failed before doing anything has no time to explain.
  if (sync.exitCode === 0 || report.phases.length > 0) out.push(`<b>Where the time went:</b> ${whereTheTimeWent(sync, input)}`, '');
  const built = thirdPartyBuilds(report.built, memberNames(input));
  if (built.length > 0) out.push(`<b>Built from source:</b> ${built.map(code).join(', ')}`, '');
  if (report.hardlinkFallback) {
    out.push(
      '<b>uv copied instead of linking:</b> it could not hardlink from the cache (usually the cache and the venv are on different filesystems), so every install was a full copy. ' +
        'Leave <code>cache-dir</code> empty so the action places the cache beside the venv, or set <code>link-mode: copy</code> if copying is intended.',
      '',
    );
  }
  if (report.errors.length > 0) {
    out.push('<b>uv errors:</b>', '');
    for (const error of report.errors) out.push(`<pre>${e(error)}</pre>`, '');
  }
  if (report.warnings.length > 0) {
    out.push('<details><summary>uv warnings</summary>', '');
    for (const warning of report.warnings) out.push(`<pre>${e(warning)}</pre>`, '');
    out.push('</details>');
  }
  return trimBlank(out);
}

/**
 * One sentence naming the step that dominated the sync and what usually
 * makes that step slow, so the next question ("why?") is already answered.
 */
export function whereTheTimeWent(sync: SummarySync, input: Pick<SummaryInput, 'cache' | 'linkMode' | 'members'>): string {
  const phases = sync.report.phases.filter((p) => p.verb !== 'Audited' && p.verb !== 'Checked');
  const slowest = phases.reduce<UvPhase | undefined>((best, p) => (best && best.ms >= p.ms ? best : p), undefined);
  const accounted = sync.report.phases.reduce((sum, p) => sum + p.ms, 0);
  const total = sync.durationMs;
  if (!slowest || slowest.ms < 0.5 * Math.max(total - accounted, 0) || slowest.ms < 100) {
    if (total < 1000) return `nothing stood out; the whole sync took ${formatDuration(total)}.`;
    return `uv's steps account for ${formatDuration(accounted)} of ${formatDuration(total)}; the rest went to starting uv, finding Python and creating the venv.`;
  }
  const share = total > 0 ? ` (${Math.min(100, Math.round((100 * slowest.ms) / total))}% of the sync)` : '';
  const what = `${slowest.verb} ${slowest.count > 0 ? `${slowest.count} ${e(slowest.unit)} ` : ''}in ${formatDuration(slowest.ms)}${share}, ${PHASE_MEANING[slowest.verb]}`;
  const why: string[] = [];
  switch (slowest.verb) {
    case 'Resolved':
      why.push('uv.lock was missing or out of date, or the package index was slow; commit uv.lock and add <code>--locked</code> to <code>sync-args</code>');
      break;
    case 'Prepared':
    case 'Downloaded':
    case 'Built':
      if (input.cache && !input.cache.matchedKey) why.push('the cache was a miss');
      else if (input.cache && !input.cache.hit) why.push('the cache was restored from an older key');
      else if (input.cache?.pruned) why.push('the exact-hit cache was saved pruned, without the pre-built wheels, so uv downloads them again (<code>prune-cache: false</code> keeps them; bench/results.md has the crossover)');
      else if (input.cache) why.push('the exact-hit cache holds every wheel, so the index made uv revalidate or fetch them again (an index without cache headers)');
      {
        // Workspace members are built (as editables) on every sync; only third-party builds are news.
        const built = thirdPartyBuilds(sync.report.built, memberNames(input)).length;
        if (built > 0) why.push(`${plural(built, 'package')} built from source`);
      }
      break;
    case 'Installed':
      if (sync.report.hardlinkFallback) why.push('uv copied files because linking from the cache failed');
      else if (input.linkMode?.mode === 'copy') why.push('the link mode is copy');
      break;
    default:
      break;
  }
  return `${what}${why.length > 0 ? `: ${why.join('; ')}` : ''}.`;
}

function memberNames(input: Pick<SummaryInput, 'members'>): Set<string> {
  return new Set(input.members.map((m) => m.name));
}

function cacheSection(cache: SummaryCache | undefined, linkMode: SummaryInput['linkMode']): string[] {
  const out = ['### Cache', '', '| Setting | Value |', '| --- | --- |'];
  if (cache) {
    const restored = cache.hit
      ? '✅ hit (exact key)'
      : cache.matchedKey
        ? `partial: restored from ${code(cache.matchedKey)}`
        : '❌ miss';
    const size = cache.sizeBytes === undefined ? '' : `, ${formatBytes(cache.sizeBytes)}`;
    const time = cache.restoreMs === undefined ? '' : ` in ${formatDuration(cache.restoreMs)}`;
    out.push(`| Directory | ${code(cache.dir)} |`);
    out.push(`| Placement | ${e(cache.placement)}${cache.sameFilesystem ? '' : ' (⚠️ not on the venv&#39;s filesystem)'} |`);
    out.push(`| Key | ${code(cache.key)} |`);
    out.push(`| Restore | ${restored}${size}${time} |`);
  }
  if (linkMode) out.push(`| Link mode | ${code(linkMode.mode)}${linkMode.reason ? `: ${e(linkMode.reason)}` : ''} |`);
  return out;
}

export interface PostSummaryInput {
  /**
   * `uv cache prune --ci` ran. Sizes measured before and after when the shell
   * has them; `removed` is uv's own count (`Removed 79 files (168.0KiB)`,
   * UvReport.pruned).
   */
  prune?: {
    beforeBytes?: number;
    afterBytes?: number;
    removed?: { files: number; bytes: number };
    durationMs?: number;
    exitCode?: number;
  };
  /** What happened to the cache save. */
  save?: { saved: boolean; key: string; reason?: string; sizeBytes?: number };
  /** Entries this key scheme holds for the current uv.lock (cache/budget.ts). */
  budget?: { entries: number; bytes?: number; source: 'service' | 'run' };
  warnings?: string[];
}

/** The post step's short summary: pruning and saving the cache. */
export function renderPostSummary(input: PostSummaryInput): string {
  const out = ['### uv cache', ''];
  const prune = input.prune;
  if (prune) {
    const parts: string[] = [];
    if (prune.beforeBytes !== undefined && prune.afterBytes !== undefined) {
      const freed = Math.max(0, prune.beforeBytes - prune.afterBytes);
      const pct = prune.beforeBytes > 0 ? ` (${Math.round((100 * freed) / prune.beforeBytes)}%)` : '';
      parts.push(`${formatBytes(prune.beforeBytes)} → ${formatBytes(prune.afterBytes)}, ${formatBytes(freed)} freed${pct}`);
    }
    if (prune.removed) {
      parts.push(
        prune.removed.files === 0
          ? 'uv found nothing to remove'
          : `uv removed ${plural(prune.removed.files, 'file')} (${formatBytes(prune.removed.bytes)})`,
      );
    }
    if (parts.length === 0) parts.push('done');
    const time = prune.durationMs === undefined ? '' : ` in ${formatDuration(prune.durationMs)}`;
    const failed = prune.exitCode ? `, ⚠️ exit code ${prune.exitCode}` : '';
    out.push(`<code>uv cache prune --ci</code>: ${parts.join('; ')}${time}${failed}.`, '');
  } else {
    out.push('The cache was not pruned.', '');
  }
  if (input.save) {
    const size = input.save.sizeBytes === undefined ? '' : ` (${formatBytes(input.save.sizeBytes)})`;
    out.push(
      input.save.saved
        ? `Saved under ${code(input.save.key)}${size}.`
        : // The reason is already a sentence about the save ("not saving the uv cache: ..."), so it stands alone.
          `${input.save.reason ? e(input.save.reason.charAt(0).toUpperCase() + input.save.reason.slice(1)) : 'Not saved'} (key ${code(input.save.key)}).`,
      '',
    );
  }
  if (input.budget) {
    const b = input.budget;
    const size = b.bytes === undefined ? '' : `, ${formatBytes(b.bytes)}`;
    out.push(
      b.source === 'service'
        ? `Budget: ${plural(b.entries, 'cache entry', 'cache entries')} for this <code>uv.lock</code>${size}, of the repository's 10 GB.`
        : `Budget: at least ${plural(b.entries, 'cache entry', 'cache entries')} for this <code>uv.lock</code> (seen by this run; give the token <code>actions: read</code> for the full count).`,
      '',
    );
  }
  for (const w of input.warnings ?? []) out.push(`- ⚠️ ${e(w)}`);
  return trimBlank(out).join('\n') + '\n';
}

function trimBlank(lines: string[]): string[] {
  const copy = [...lines];
  while (copy.length > 0 && copy[copy.length - 1] === '') copy.pop();
  return copy;
}
