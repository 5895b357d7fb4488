// The job summary, read back the way GitHub shows it: rendered from markdown
// to HTML (marked, GFM), then the table rows and text pulled out.
import { marked } from 'marked';
import { describe, expect, it } from 'vitest';
import { renderPostSummary, renderSummary, type SummaryInput, type SummaryMember } from '../../src/report/summary.js';
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

const small: SummaryMember[] = [
  { name: 'api', path: 'services/api', affected: true, reasons: ['depends on core (runtime)'], synced: true },
  { name: 'core', path: 'libs/core', affected: true, reasons: ['changed: libs/core/src/core/x.py'], synced: true },
  { name: 'web', path: 'apps/web', affected: false, reasons: [], synced: false },
];

describe('renderSummary', () => {
  it('shows every member with why it is affected and whether it was synced', () => {
    const [members] = tables(html(renderSummary(input(small))));
    expect(members).toEqual([
      ['Member', 'Path', 'Affected', 'Why', 'Synced'],
      ['api', 'services/api', '✅', 'depends on core (runtime)', '✅'],
      ['core', 'libs/core', '✅', 'changed: libs/core/src/core/x.py', '✅'],
      ['web', 'apps/web', '—', '—', '—'],
    ]);
  });

  it('renders hostile file names as text, never as HTML or table structure', () => {
    const hostile: SummaryMember[] = [
      { name: 'x', path: 'libs/<img src=x>', affected: true, reasons: ['changed: libs/| x |/a.py', 'changed: libs/<script>alert(1)</script>'], synced: true },
    ];
    const page = html(renderSummary(input(hostile)));
    expect(page).not.toMatch(/<img|<script/);
    const [members] = tables(page);
    expect(members![1]).toEqual(['x', 'libs/<img src=x>', '✅', 'changed: libs/| x |/a.py\nchanged: libs/<script>alert(1)</script>', '✅']);
  });

  it('folds unaffected members of a large workspace into a <details> block', () => {
    const many: SummaryMember[] = Array.from({ length: 30 }, (_, i) => ({
      name: `m${String(i).padStart(2, '0')}`,
      path: `pkgs/m${i}`,
      affected: i < 3,
      reasons: i < 3 ? ['changed: x'] : [],
      synced: i < 3,
    }));
    const markdown = renderSummary(input(many));
    const page = html(markdown);
    const [affected, unaffected] = tables(page);
    expect(affected!.slice(1).map((r) => r[0])).toEqual(['m00', 'm01', 'm02']);
    expect(unaffected).toHaveLength(28);
    expect(page).toMatch(/<details><summary>27 unaffected members<\/summary>[\s\S]*<table>[\s\S]*<\/table>[\s\S]*<\/details>/);
  });

  it("shows uv's own counts and times, and names the step the time went to", () => {
    const markdown = renderSummary(
      input(small, {
        cache: { dir: '/home/runner/.cache/uv', placement: 'beside the venv', sameFilesystem: true, key: 'uv-k2', hit: false },
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
    expect(all[2]).toContainEqual(['Restore', '❌ miss']);
    expect(all[2]).toContainEqual(['Link mode', 'hardlink: probe succeeded']);
  });

  it('says why an exact hit still downloads: a pruned entry lacks the pre-built wheels; an unpruned one points at the index', () => {
    const exact = { dir: '/c', placement: 'beside the venv', sameFilesystem: true, key: 'uv-k2', matchedKey: 'uv-k2', hit: true };
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
    const all = renderSummary(input(small, { change: { source: 'none', description: 'schedule', all: true, allReasons: ['no base commit: scheduled run'] } }));
    expect(text(html(all))).toContain('Every member is affected: no base commit: scheduled run');
  });
});

describe('renderPostSummary', () => {
  it('shows prune sizes and the save', () => {
    const page = text(
      html(renderPostSummary({ prune: { beforeBytes: 400 * 1024 * 1024, afterBytes: 100 * 1024 * 1024, durationMs: 1500 }, save: { saved: true, key: 'uv-k', sizeBytes: 90 * 1024 * 1024 } })),
    );
    expect(page).toContain('uv cache prune --ci: 400 MiB → 100 MiB, 300 MiB freed (75%) in 1.5s.');
    const counted = text(html(renderPostSummary({ prune: { removed: { files: 79, bytes: 172_032 } } })));
    expect(counted).toContain('uv cache prune --ci: uv removed 79 files (168 KiB).');
    const nothing = text(html(renderPostSummary({ prune: { removed: { files: 0, bytes: 0 }, exitCode: 2 } })));
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
