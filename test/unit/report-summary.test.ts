// The job summary, read back the way GitHub shows it: rendered from markdown
// to HTML (marked, GFM), then the table rows and text pulled out.
import { marked } from 'marked';
import { describe, expect, it } from 'vitest';
import type { Reason } from '../../src/affected/reasons.js';
import {
  fitSummary,
  renderPostSummary,
  renderSummary,
  SUMMARY_LIMIT_BYTES,
  type SummaryCache,
  type SummaryInput,
  type SummaryMember,
} from '../../src/report/summary.js';
import type { UvReport } from '../../src/uv/output.js';
import { htmlTables as tables, htmlText as text } from '../helpers/html.js';

function html(markdown: string): string {
  return marked.parse(markdown, { async: false, gfm: true });
}

const report: UvReport = {
  phases: [
    { verb: 'Resolved', count: 12, unit: 'packages', ms: 4 },
    { verb: 'Prepared', count: 3, unit: 'packages', ms: 8200 },
    { verb: 'Installed', count: 12, unit: 'packages', ms: 35 },
  ],
  built: ['sdist-only==1.0'],
  hardlinkFallback: false,
  errors: [],
  warnings: [],
  installed: Array.from({ length: 12 }, (_, i) => `pkg${i}==1.0`),
  removed: [],
};

function input(members: SummaryMember[], extra: Partial<SummaryInput> = {}): SummaryInput {
  return {
    mode: 'sync',
    workspaceRoot: '.',
    members,
    change: { source: 'git', description: 'pull_request #7: 1a2b3c4...5d6e7f8 (git diff)', changedFiles: 2, all: false, allReasons: [] },
    uvVersion: '0.13.9',
    ...extra,
  };
}

const changed = (...paths: string[]): Reason => ({ kind: 'changed', paths, more: 0 });
const dependsOn = (on: string): Reason => ({ kind: 'dependency', on, dependency: { kind: 'runtime' } });

const small: SummaryMember[] = [
  { name: 'api', path: 'services/api', affected: true, reasons: [dependsOn('core')], sync: 'synced' },
  { name: 'core', path: 'libs/core', affected: true, reasons: [changed('libs/core/src/core/x.py')], sync: 'synced' },
  { name: 'web', path: 'apps/web', affected: false, reasons: [] },
];

describe('renderSummary', () => {
  it('shows every member with why it is affected and whether it was synced', () => {
    const [members] = tables(html(renderSummary(input(small))));
    expect(members).toEqual([
      ['Member', 'Path', 'Affected', 'Why', 'Synced'],
      ['core', 'libs/core', '✅', 'changed: libs/core/src/core/x.py', '✅ synced'],
      ['api', 'services/api', '✅', 'depends on core (runtime)', '✅ synced'],
      ['web', 'apps/web', '—', '—', '—'],
    ]);
  });

  it('renders hostile file names as text, never as HTML or table structure', () => {
    const hostile: SummaryMember[] = [
      { name: 'x', path: 'libs/<img src=x>', affected: true, reasons: [changed('libs/| x |/a.py', 'libs/<script>alert(1)</script>')], sync: 'synced' },
    ];
    const page = html(renderSummary(input(hostile)));
    expect(page).not.toMatch(/<img|<script/);
    const [members] = tables(page);
    expect(members![1]).toEqual(['x', 'libs/<img src=x>', '✅', 'changed: libs/| x |/a.py\nchanged: libs/<script>alert(1)</script>', '✅ synced']);
  });

  it('folds unaffected members of a large workspace into a <details> list of names', () => {
    const many: SummaryMember[] = Array.from({ length: 30 }, (_, i) => ({
      name: `m${String(i).padStart(2, '0')}`,
      path: `pkgs/m${i}`,
      affected: i < 3,
      reasons: i < 3 ? [changed(`pkgs/m${i}/x.py`)] : [],
      ...(i < 3 ? { sync: 'synced' as const } : {}),
    }));
    const page = html(renderSummary(input(many)));
    const [affected, ...rest] = tables(page);
    expect(affected!.slice(1).map((r) => r[0])).toEqual(['m00', 'm01', 'm02']);
    expect(rest.filter((t) => t[0]![0] === 'Member')).toEqual([]);
    expect(page).toMatch(/<details><summary>27 unaffected members<\/summary>\s*<p><code>m03<\/code>, <code>m04<\/code>/);
  });

  it('folds members that share their reasons into one row, names in a <details>, and draws the graph', () => {
    const plugins: SummaryMember[] = Array.from({ length: 82 }, (_, i) => ({
      name: `livekit-plugins-p${String(i).padStart(2, '0')}`,
      path: `livekit-plugins/livekit-plugins-p${String(i).padStart(2, '0')}`,
      affected: true,
      reasons: [dependsOn('livekit-agents')],
    }));
    const agents: SummaryMember = { name: 'livekit-agents', path: 'livekit-agents', affected: true, reasons: [changed('livekit-agents/livekit/agents/job.py')] };
    const markdown = renderSummary(input([agents, ...plugins], { mode: 'detect', matrix: { include: [] } }));
    const page = html(markdown);
    const [members] = tables(page, ' / ');
    expect(members).toHaveLength(3);
    expect(members![2]!.slice(1)).toEqual(['livekit-plugins', '✅', 'depend on livekit-agents (runtime)']);
    expect(members![2]![0]).toMatch(/^82 members/);
    expect(page).toMatch(/<details><summary><b>82 members<\/b><\/summary><code>livekit-plugins-p00<\/code>, /);
    // The graph: the changed member, one folded node for the plugins, the edge labelled with its kind.
    const graph = /```mermaid\n([\s\S]*?)```/.exec(markdown)![1]!;
    expect(graph).toContain('m0["livekit-agents"]:::changed');
    expect(graph).toContain('f0["82 members in livekit-plugins/"]');
    expect(graph).toContain('m0 -->|runtime| f0');
    expect(Buffer.byteLength(markdown)).toBeLessThan(8 * 1024);
  });

  it('says for each member whether it synced, failed or was not synced', () => {
    const members: SummaryMember[] = [
      { ...small[1]!, sync: 'synced' },
      { ...small[0]!, sync: 'failed' },
      { name: 'cli', path: 'apps/cli', affected: true, reasons: [dependsOn('core')], sync: 'not-synced' },
    ];
    const [table] = tables(html(renderSummary(input(members))));
    expect(table!.map((row) => [row[0], row[4]])).toEqual([
      ['Member', 'Synced'],
      ['core', '✅ synced'],
      ['api', '❌ failed'],
      ['cli', 'not synced'],
    ]);
  });

  it('states every restore outcome, and keeps Directory and Placement without a GitHub cache', () => {
    const cache = { dir: '/w/_temp/uv-cache', placement: 'beside the venv', sameFilesystem: true };
    const restoreRow = (restore: SummaryCache['restore'], extra: Partial<SummaryInput> = {}) =>
      tables(html(renderSummary(input(small, { cache: { ...cache, key: 'uv-k', restore }, ...extra }))))
        .find((t) => t[0]![0] === 'Setting')!
        .find((row) => row[0] === 'Restore')![1];
    expect(restoreRow({ outcome: 'exact', matchedKey: 'uv-k' })).toBe('✅ hit (exact key)');
    expect(restoreRow({ outcome: 'partial', matchedKey: 'uv-old' })).toMatch(/^♻️ fallback hit: restored from uv-old/);
    expect(restoreRow({ outcome: 'miss' })).toMatch(/^❌ miss/);
    expect(restoreRow({ outcome: 'error', error: 'uv cache not restored: connect ECONNREFUSED 127.0.0.1:9' })).toBe(
      '⚠️ error: uv cache not restored: connect ECONNREFUSED 127.0.0.1:9',
    );
    const hitThatDownloads = restoreRow(
      { outcome: 'exact', matchedKey: 'uv-k' },
      { sync: { command: ['uv', 'sync'], exitCode: 0, durationMs: 9000, report }, cache: { ...cache, key: 'uv-k', restore: { outcome: 'exact', matchedKey: 'uv-k' }, pruned: true } },
    );
    expect(hitThatDownloads).toMatch(/^✅ hit \(exact key\), yet uv prepared 3 distributions: uv cache prune --ci .* drops pre-built wheels/);

    const noCache = tables(html(renderSummary(input(small, { cache: { ...cache, restore: { outcome: 'not-tried', why: 'the cache input is false' } } }))));
    expect(noCache.find((t) => t[0]![0] === 'Setting')!.map((row) => row[0])).toEqual(['Setting', 'Directory', 'Placement', 'Restore']);
    expect(noCache.find((t) => t[0]![0] === 'Setting')).toContainEqual(['Restore', 'not tried: the cache input is false']);
  });

  it('stays under GitHub\'s 1 MiB at 7,000 members, and says where it was cut if it must be', () => {
    const huge: SummaryMember[] = Array.from({ length: 7000 }, (_, i) => ({
      name: `member-${String(i).padStart(5, '0')}`,
      path: `pkgs/g${i % 70}/member-${i}`,
      affected: true,
      reasons: [changed(`pkgs/g${i % 70}/member-${i}/a.py`, `pkgs/g${i % 70}/member-${i}/b.py`)],
      sync: 'synced' as const,
    }));
    const markdown = renderSummary(input(huge));
    expect(Buffer.byteLength(markdown)).toBeLessThanOrEqual(SUMMARY_LIMIT_BYTES);
    expect(markdown).toContain('The summary was cut here');
    const cut = fitSummary('x\n'.repeat(600_000), 100_000);
    expect(Buffer.byteLength(cut)).toBeLessThanOrEqual(100_000);
  });

  it("shows uv's own counts and times, and names the step the time went to", () => {
    const markdown = renderSummary(
      input(small, {
        cache: { dir: '/home/runner/.cache/uv', placement: 'beside the venv', sameFilesystem: true, key: 'uv-k2', restore: { outcome: 'miss' } },
        sync: { command: ['uv', 'sync', '--package', 'api', '--package', 'core'], exitCode: 0, durationMs: 9000, report },
        linkMode: { mode: 'hardlink', reason: 'probe succeeded' },
      }),
    );
    const page = html(markdown);
    const all = tables(page);
    expect(all[1]).toEqual([
      ['Step', 'Count', 'Time'],
      ['Resolved', '12 packages', '4ms'],
      ['Prepared', '3 packages', '8.2s'],
      ['Installed', '12 packages', '35ms'],
    ]);
    expect(text(page)).toContain('Where the time went: Prepared 3 packages in 8.2s (91% of the sync)');
    expect(text(page)).toContain('the cache was a miss; 1 package built from source');
    expect(all[2]).toContainEqual(['Restore', '❌ miss: no entry for this key or its restore keys']);
    expect(all[2]).toContainEqual(['Link mode', 'hardlink: probe succeeded']);
  });

  it('says why an exact hit still downloads: a pruned entry lacks the pre-built wheels; an unpruned one points at the index', () => {
    const exact = { dir: '/c', placement: 'beside the venv', sameFilesystem: true, key: 'uv-k2', restore: { outcome: 'exact' as const, matchedKey: 'uv-k2' } };
    const sync = { command: ['uv', 'sync'], exitCode: 0, durationMs: 9000, report };
    const pruned = text(html(renderSummary(input(small, { cache: { ...exact, pruned: true }, sync }))));
    expect(pruned).toContain('the exact-hit cache was saved pruned, without the pre-built wheels, so uv downloads them again');
    expect(pruned).toContain('prune-cache: false');
    const full = text(html(renderSummary(input(small, { cache: { ...exact, pruned: false }, sync }))));
    expect(full).toContain('the exact-hit cache holds every wheel, so the index made uv revalidate or fetch them again');
    expect(full).not.toContain('saved pruned');
  });

  it('the post summary counts the entries of this uv.lock, from the service or as a lower bound', () => {
    const service = text(html(renderPostSummary({ save: { saved: true, key: 'k', sizeBytes: 3 * 1024 * 1024 }, budget: { entries: 7, bytes: 70 * 1024 * 1024, source: 'service' } })));
    expect(service).toContain('Saved under k (3.0 MiB).');
    expect(service).toContain("Budget: 7 cache entries for this uv.lock, 70 MiB, of the repository's 10 GB.");
    const run = text(html(renderPostSummary({ save: { saved: true, key: 'k' }, budget: { entries: 1, source: 'run' } })));
    expect(run).toContain('Budget: at least 1 cache entry for this uv.lock (seen by this run; give the token actions: read for the full count).');
  });

  it('points at the copy when uv fell back from hardlinks', () => {
    const slowInstall: UvReport = { ...report, built: [], hardlinkFallback: true, phases: [{ verb: 'Installed', count: 400, unit: 'packages', ms: 60_000 }] };
    const markdown = renderSummary(input(small, { sync: { command: ['uv', 'sync'], exitCode: 0, durationMs: 65_000, report: slowInstall } }));
    expect(text(html(markdown))).toContain('Installed 400 packages in 1m 00s (92% of the sync), putting packages into the venv: uv copied files');
    expect(markdown).toContain('uv copied instead of linking');
  });

  it('shows uv errors as text in a failed sync', () => {
    const failed: UvReport = { ...report, phases: [], errors: ['No solution found when resolving dependencies\n  cause: <b>x</b>'] };
    const page = html(renderSummary(input(small, { sync: { command: ['uv', 'sync'], exitCode: 2, durationMs: 300, report: failed } })));
    expect(text(page)).toContain('failed with exit code 2');
    expect(text(page)).not.toContain('Where the time went');
    expect(page).toContain('<pre>No solution found when resolving dependencies<br>  cause: &lt;b&gt;x&lt;/b&gt;</pre>');
  });

  it('in detect mode shows the matrix instead of a sync, and the guard when it is empty', () => {
    const detect = renderSummary(input(small, { mode: 'detect', matrix: { include: [{ package: 'api core', path: '.' }] } }));
    const [members] = tables(html(detect));
    expect(members![0]).toEqual(['Member', 'Path', 'Affected', 'Why']);
    expect(text(html(detect))).toContain('1 leg: api core');
    const empty = renderSummary(input([{ ...small[2]! }], { mode: 'detect', matrix: { include: [] } }));
    expect(text(html(empty))).toContain("if: needs.<job>.outputs.any-affected == 'true'");
    expect(text(html(empty))).toContain('No member is affected by this change.');
  });

  it('says why every member is affected', () => {
    const all = renderSummary(input(small, { change: { source: 'none', description: 'schedule', all: true, allReasons: [{ kind: 'no-base', why: 'no base commit: scheduled run' }] } }));
    expect(text(html(all))).toContain('Every member is affected: no base commit: scheduled run');
  });
});

describe('renderPostSummary', () => {
  it('shows prune figures that agree with each other, uv\'s own output, and the save', () => {
    const page = text(
      html(
        renderPostSummary({
          prune: { beforeBytes: 400 * 1024 * 1024, afterBytes: 100 * 1024 * 1024, removedFiles: 79, durationMs: 1500, output: 'Pruning cache at: /c\nRemoved 79 files (1.1MiB)' },
          save: { saved: true, key: 'uv-k', sizeBytes: 90 * 1024 * 1024 },
        }),
      ),
    );
    // One measure of bytes (the disk's), uv's count of files: nothing to contradict.
    expect(page).toContain('uv cache prune --ci: uv removed 79 files; the cache went from 400 MiB to 100 MiB on disk, 300 MiB freed (75%) in 1.5s.');
    expect(page).toContain('uv cache prune output');
    expect(page).toContain('Removed 79 files (1.1MiB)');
    const nothing = text(html(renderPostSummary({ prune: { removedFiles: 0, exitCode: 2 } })));
    expect(nothing).toContain('uv found nothing to remove, ⚠️ exit code 2.');
    expect(page).toContain('Saved under uv-k (90 MiB).');
  });

  it('says why the cache was not saved', () => {
    const reason = 'not saving the uv cache on a pull_request_target event, where code from a fork could poison it';
    const page = text(html(renderPostSummary({ save: { saved: false, key: 'uv-k', reason } })));
    expect(page).toContain('The cache was not pruned.');
    expect(page).toContain('Not saving the uv cache on a pull_request_target event, where code from a fork could poison it (key uv-k).');
    expect(text(html(renderPostSummary({ save: { saved: false, key: 'uv-k' } })))).toContain('Not saved (key uv-k).');
  });
});
