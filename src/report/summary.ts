// The job summary (pure): GitHub-flavoured markdown with a little HTML, as
// `core.summary.addRaw(...)` writes it. It answers what a reviewer asks of a
// run: which members were synced and why, where the cache lived and whether
// it hit, and, above all, why the sync took as long as it did.
import type { CacheOutcome } from '../cache/outcome.js';
import type { Affected } from '../affected/engine.js';
import type { ChangeSource } from '../changes/types.js';
import { isOwnChange, reasonLines, reasonsText, type Reason } from '../affected/reasons.js';
import type { UvPhase, UvReport } from '../uv/output.js';
import { thirdPartyBuilds } from './annotations.js';
import { code, escapeText as e } from './escape.js';
import { formatBytes, formatDuration, plural } from './format.js';
import { mermaidGraph } from './graph.js';
import { commonDirectory, type Matrix } from './matrix.js';
import { unownedSummaryLine } from './unowned.js';
import { foldedTestsCell, testsCell, testsFoldKey, testsRank, type TestCell } from './tests-summary.js';
import { capitalize, compareStrings } from '../text.js';

export interface SummaryMember {
  name: string;
  /** Directory relative to the repository root. */
  path: string;
  affected: boolean;
  reasons: Reason[];
  /** What `uv sync` did for it in this run (sync mode, affected members). */
  sync?: 'synced' | 'failed' | 'not-synced';
  /** How its run of the `run` command ended, or why it was skipped (tests-summary.ts). */
  tests?: TestCell;
}

/** The uv cache as main left it (cache/outcome.ts owns it; its restore is never silent). */
export type SummaryCache = CacheOutcome;

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
  /** Affected.pulledIn, for the graph. */
  pulledIn?: Affected['pulledIn'];
  change: {
    source: ChangeSource;
    /** One line, e.g. `pull_request #12: a1b2c3d...e4f5a6b (git diff)`. */
    description: string;
    /** Number of changed paths considered. */
    changedFiles?: number;
    /** Every member is affected... */
    all: boolean;
    /** ...because of these. */
    allReasons: Reason[];
    /** Changed paths no member owns (Affected.unowned). */
    unowned?: string[];
  };
  cache?: SummaryCache;
  /** The link mode uv used and why (e.g. `hardlink`, `probe: hardlink works between cache and venv`). */
  linkMode?: { mode: string; reason?: string };
  uvVersion?: string;
  /** Absent in `detect` mode and when nothing was synced. */
  sync?: SummarySync;
  /** `detect` mode: the matrix the outputs fan out. */
  matrix?: Matrix;
  /** With the `run` input: the Tests line under the member table (tests-summary.ts testsLine); the table gains a Tests column. */
  tests?: string;
  notes?: string[];
  warnings?: string[];
}

/** Past this many members the unaffected ones fold into a `<details>` list of names. */
const COLLAPSE_UNAFFECTED_ABOVE = 20;
/** Reasons shown per member before `and N more`. */
const MAX_REASONS = 5;
/** Members that share their reasons (and sync outcome) fold into one row from this many on. */
const FOLD_ROWS_AT = 3;
/** Matrix legs named in the summary before `and N more`. */
const MAX_LEGS_LISTED = 20;
/**
 * GitHub refuses a step summary over 1 MiB ("$GITHUB_STEP_SUMMARY upload
 * aborted, supports content up to a size of 1024k"); stay well below.
 */
export const SUMMARY_LIMIT_BYTES = 1000 * 1024;

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
  const unowned = unownedSummaryLine(input.change.unowned);
  if (unowned) out.push(unowned);
  if (input.change.all) {
    const reasons = reasonsText(input.change.allReasons);
    out.push(`<b>Every member is affected:</b> ${reasons.length > 0 ? reasons.map(e).join('; ') : 'no reason recorded'}`);
  }
  out.push('');

  out.push('### Members', '');
  if (!input.change.all) {
    const graph = mermaidGraph({ members: affected.map((m) => ({ name: m.name, path: m.path, reasons: m.reasons })), pulledIn: input.pulledIn });
    if (graph) out.push(graph, '');
  }
  const columns: Columns = { synced: input.mode === 'sync', tests: input.tests !== undefined };
  const inlineUnaffected = input.members.length <= COLLAPSE_UNAFFECTED_ABOVE;
  // Members skip-passed left out keep their row: their Tests cell says why.
  const listed = unaffected.filter((m) => inlineUnaffected || m.tests);
  const folded = unaffected.filter((m) => !listed.includes(m));
  if (affected.length === 0) out.push('No member is affected by this change.', '');
  const rows = [...memberRows(affected, columns), ...listed.map((m) => memberRow(m, columns))];
  if (rows.length > 0) out.push(...tableHead(columns), ...rows, '');
  if (input.tests) out.push(input.tests, '');
  if (folded.length > 0) {
    out.push(`<details><summary>${plural(folded.length, 'unaffected member')}</summary>`, '');
    out.push(folded.map((m) => code(m.name)).join(', '), '', '</details>', '');
  }

  if (input.mode === 'detect' && input.matrix) out.push('### Matrix', '', matrixLine(input.matrix), '');

  if (input.sync) out.push(...syncSection(input.sync, input), '');
  if (input.cache || input.linkMode) out.push(...cacheSection(input.cache, input.linkMode, input.sync), '');

  const warnings = input.warnings ?? [];
  const notes = input.notes ?? [];
  if (warnings.length + notes.length > 0) {
    out.push('### Notes', '');
    for (const w of warnings) out.push(`- ⚠️ ${e(w)}`);
    for (const n of notes) out.push(`- ${e(n)}`);
    out.push('');
  }
  return fitSummary(out.join('\n'));
}

function matrixLine(matrix: Matrix): string {
  const legs = matrix.include;
  if (legs.length === 0) return 'The matrix is empty: guard the matrix job with <code>if: needs.&lt;job&gt;.outputs.any-affected == &#39;true&#39;</code>.';
  const named = legs.slice(0, MAX_LEGS_LISTED).map((leg) => code(leg.package.length > 80 ? `${leg.package.slice(0, 77)}...` : leg.package));
  return `${plural(legs.length, 'leg')}: ${named.join(', ')}${legs.length > MAX_LEGS_LISTED ? ` and ${legs.length - MAX_LEGS_LISTED} more` : ''}`;
}

/**
 * A summary GitHub accepts: cut at a line before `limit` bytes, with a note
 * saying so (the folding above keeps real workspaces far below it).
 */
export function fitSummary(markdown: string, limit = SUMMARY_LIMIT_BYTES): string {
  if (Buffer.byteLength(markdown) <= limit) return markdown;
  const note = '\n\n</details>\n\n**The summary was cut here: GitHub keeps at most 1 MiB of it.** The outputs and the log have the rest.\n';
  let cut = markdown.slice(0, limit - note.length - 4096);
  while (Buffer.byteLength(cut) > limit - note.length) cut = cut.slice(0, Math.floor(cut.length * 0.95));
  return cut.slice(0, cut.lastIndexOf('\n')) + note;
}

/** The member table's optional columns: Synced in sync mode, Tests with the `run` input. */
interface Columns {
  synced: boolean;
  tests: boolean;
}

function tableHead(columns: Columns): string[] {
  const names = ['Member', 'Path', 'Affected', 'Why', ...(columns.synced ? ['Synced'] : []), ...(columns.tests ? ['Tests'] : [])];
  const aligns = ['---', '---', ':-:', '---', ...(columns.synced ? [':-:'] : []), ...(columns.tests ? ['---'] : [])];
  return [`| ${names.join(' | ')} |`, `| ${aligns.join(' | ')} |`];
}

const SYNC_CELL = { synced: '✅ synced', failed: '❌ failed', 'not-synced': 'not synced' } as const;

function whyCell(reasons: readonly Reason[], members = 1): string {
  const lines = reasons.flatMap((r) => reasonLines(r, members));
  const shown = lines.slice(0, MAX_REASONS).map(e);
  if (lines.length > MAX_REASONS) shown.push(`and ${lines.length - MAX_REASONS} more`);
  return shown.join('<br>') || '—';
}

function memberRow(m: SummaryMember, columns: Columns): string {
  const cells = [`<b>${e(m.name)}</b>`, code(m.path), m.affected ? '✅' : '—', whyCell(m.reasons)];
  if (columns.synced) cells.push(m.affected && m.sync ? SYNC_CELL[m.sync] : '—');
  if (columns.tests) cells.push(testsCell(m.tests));
  return `| ${cells.join(' | ')} |`;
}

/**
 * Affected members: those whose tests did not pass first, then those whose
 * own files changed. Members with the same reasons, sync and test outcome
 * (82 plugins that all depend on one changed library) share one row with
 * their names in a collapsed list; a member whose tests did not pass always
 * has a row of its own.
 */
function memberRows(members: SummaryMember[], columns: Columns): string[] {
  // Folded by top-level directory too: "72 members in livekit-plugins" and "10 in examples" say more than "82 in .".
  const keyOf = (m: SummaryMember) => JSON.stringify([m.reasons, m.sync, testsFoldKey(m.tests), m.path.split('/')[0]]);
  const groups = new Map<string, SummaryMember[]>();
  for (const m of members) groups.set(keyOf(m), [...(groups.get(keyOf(m)) ?? []), m]);
  const ownChange = (m: SummaryMember) => m.reasons.some(isOwnChange);
  const ordered = [...members].sort(
    (a, b) => testsRank(a.tests) - testsRank(b.tests) || Number(ownChange(b)) - Number(ownChange(a)) || compareStrings(a.name, b.name),
  );
  const rows: string[] = [];
  const done = new Set<string>();
  for (const m of ordered) {
    const key = keyOf(m);
    const group = groups.get(key)!;
    if (group.length < FOLD_ROWS_AT || testsRank(m.tests) === 0) {
      rows.push(memberRow(m, columns));
      continue;
    }
    if (done.has(key)) continue;
    done.add(key);
    const names = group.map((g) => code(g.name)).join(', ');
    const cells = [
      `<details><summary><b>${group.length} members</b></summary>${names}</details>`,
      code(commonDirectory(group.map((g) => g.path))),
      '✅',
      whyCell(m.reasons, group.length),
    ];
    if (columns.synced) cells.push(m.sync ? SYNC_CELL[m.sync] : '—');
    if (columns.tests) cells.push(foldedTestsCell(group.map((g) => g.tests)));
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
function whereTheTimeWent(sync: SummarySync, input: Pick<SummaryInput, 'cache' | 'linkMode' | 'members'>): string {
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
      if (input.cache?.restore.outcome === 'miss') why.push('the cache was a miss');
      else if (input.cache?.restore.outcome === 'partial') why.push('the cache was restored from an older key');
      else if (input.cache?.restore.outcome === 'error') why.push('the cache could not be restored');
      else if (input.cache?.restore.outcome === 'exact' && input.cache.pruned) why.push('the exact-hit cache was saved pruned, without the pre-built wheels, so uv downloads them again (<code>prune-cache: false</code> keeps them; bench/results.md has the crossover)');
      else if (input.cache?.restore.outcome === 'exact') why.push('the exact-hit cache holds every wheel, so the index made uv revalidate or fetch them again (an index without cache headers)');
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

/** Distributions uv fetched or built during the sync (its `Prepared` line; `Downloaded` on older uv). */
function prepared(sync: SummarySync | undefined): number {
  const phases = sync?.report.phases ?? [];
  return phases.filter((p) => p.verb === 'Prepared' || p.verb === 'Downloaded').reduce((n, p) => Math.max(n, p.count), 0);
}

function restoreCell(cache: SummaryCache, sync: SummarySync | undefined): string {
  const r = cache.restore;
  switch (r.outcome) {
    case 'exact': {
      const fetched = prepared(sync);
      if (fetched === 0) return '✅ hit (exact key)';
      const why = cache.pruned
        ? '<code>uv cache prune --ci</code> (the <code>prune-cache</code> input) drops pre-built wheels before a save, because downloading them again costs about what restoring them does; only wheels built from source stay cached. An index that marks its files for revalidation makes uv fetch them again too.'
        : 'the index marks its files for revalidation, so uv fetched them again, or the entry was saved before these packages were locked.';
      return `✅ hit (exact key), yet uv prepared ${plural(fetched, 'distribution')}: ${why}`;
    }
    case 'partial':
      return `♻️ fallback hit: restored from ${code(r.matchedKey)} (a restore key), so what changed since is fetched`;
    case 'miss':
      return '❌ miss: no entry for this key or its restore keys';
    case 'error':
      return `⚠️ error: ${e(r.error)}`;
    case 'not-tried':
      return `not tried: ${e(r.why)}`;
  }
}

/** Main's plan for the post step, in main's summary: post says nothing when it has nothing to do. */
function saveCell(cache: SummaryCache): string {
  const plan = cache.save!;
  if (!plan.save) return e(capitalize(plan.reason));
  return `by the post step, under the key above${cache.pruned ? ', after <code>uv cache prune --ci</code>' : ''}`;
}

function cacheSection(cache: SummaryCache | undefined, linkMode: SummaryInput['linkMode'], sync: SummarySync | undefined): string[] {
  const out = ['### Cache', '', '| Setting | Value |', '| --- | --- |'];
  if (cache) {
    out.push(`| Directory | ${code(cache.dir)} |`);
    out.push(`| Placement | ${e(cache.placement)}${cache.sameFilesystem ? '' : ' (⚠️ not on the venv&#39;s filesystem)'} |`);
    if (cache.key) out.push(`| Key | ${code(cache.key)} |`);
    out.push(`| Restore | ${restoreCell(cache, sync)} |`);
    if (cache.save) out.push(`| Save | ${saveCell(cache)} |`);
  }
  if (linkMode) out.push(`| Link mode | ${code(linkMode.mode)}${linkMode.reason ? `: ${e(linkMode.reason)}` : ''} |`);
  return out;
}

export interface PostSummaryInput {
  /**
   * `uv cache prune --ci` ran. Sizes measured on disk before and after (a
   * file hardlinked twice counted once, as `du` does); `removedFiles` is uv's
   * own count. uv's byte figure is not shown: it counts each link of a file,
   * so it disagrees with the disk.
   */
  prune?: {
    beforeBytes?: number;
    afterBytes?: number;
    removedFiles?: number;
    durationMs?: number;
    exitCode?: number;
    /** What uv printed, shown folded. */
    output?: string;
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
    if (prune.removedFiles !== undefined) parts.push(prune.removedFiles === 0 ? 'uv found nothing to remove' : `uv removed ${plural(prune.removedFiles, 'file')}`);
    if (prune.beforeBytes !== undefined && prune.afterBytes !== undefined) {
      const freed = Math.max(0, prune.beforeBytes - prune.afterBytes);
      const pct = prune.beforeBytes > 0 ? ` (${Math.round((100 * freed) / prune.beforeBytes)}%)` : '';
      parts.push(`the cache went from ${formatBytes(prune.beforeBytes)} to ${formatBytes(prune.afterBytes)} on disk, ${formatBytes(freed)} freed${pct}`);
    }
    if (parts.length === 0) parts.push('done');
    const time = prune.durationMs === undefined ? '' : ` in ${formatDuration(prune.durationMs)}`;
    const failed = prune.exitCode ? `, ⚠️ exit code ${prune.exitCode}` : '';
    out.push(`<code>uv cache prune --ci</code>: ${parts.join('; ')}${time}${failed}.`, '');
    const output = prune.output?.trim();
    if (output) out.push('<details><summary>uv cache prune output</summary>', '', `<pre>${e(output)}</pre>`, '', '</details>', '');
  } else {
    out.push('The cache was not pruned.', '');
  }
  if (input.save) {
    const size = input.save.sizeBytes === undefined ? '' : ` (${formatBytes(input.save.sizeBytes)})`;
    out.push(
      input.save.saved
        ? `Saved under ${code(input.save.key)}${size}.`
        : // The reason is already a sentence about the save ("not saving the uv cache: ..."), so it stands alone.
          `${input.save.reason ? e(capitalize(input.save.reason)) : 'Not saved'} (key ${code(input.save.key)}).`,
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
