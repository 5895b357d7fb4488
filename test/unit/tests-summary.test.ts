// The job summary with the `run` input, read back the way GitHub shows it
// (marked, GFM): a Tests column, members that did not pass first and never
// folded, the members skip-passed left out keeping their row, the Tests line;
// and the post step's lines for the markers it saved.
import { marked } from 'marked';
import { describe, expect, it } from 'vitest';
import type { Reason } from '../../src/affected/reasons.js';
import { renderSummary, type SummaryInput, type SummaryMember } from '../../src/report/summary.js';
import { markersSummary, testCells, testsLine } from '../../src/report/tests-summary.js';
import type { MemberRun, RunReport } from '../../src/run/results.js';
import { htmlTables, htmlText } from '../helpers/html.js';

const html = (markdown: string) => marked.parse(markdown, { async: false, gfm: true });
const changed = (path: string): Reason => ({ kind: 'changed', paths: [path], more: 0 });
const dependsOn = (on: string): Reason => ({ kind: 'dependency', on, dependency: { kind: 'runtime' } });
const view = { head: [], omittedLines: 0, omittedChars: 0, tail: [] };
const run = (member: string, status: MemberRun['status'], durationMs: number): MemberRun => ({ member, path: `p/${member}`, status, durationMs, exitCode: status === 'passed' ? 0 : 1, output: view });

function summary(members: SummaryMember[], report: RunReport): string {
  const cells = testCells(report);
  const input: SummaryInput = {
    mode: 'sync',
    workspaceRoot: '.',
    members: members.map((m) => (cells.has(m.name) ? { ...m, tests: cells.get(m.name)! } : m)),
    change: { source: 'git', description: 'push', changedFiles: 1, all: false, allReasons: [] },
    tests: testsLine(report),
  };
  return renderSummary(input);
}

describe('the summary of a run', () => {
  const report: RunReport = {
    command: ['pytest', '-q', '*_test.py'],
    runs: [run('core', 'passed', 12_340), run('api', 'failed', 4_120), run('web', 'timed-out', 60_000)],
    skipped: { utils: 'passed at 3f2a9c0d81b4 on main' },
    parallel: 2,
    timeoutMs: 60_000,
    wallMs: 64_500,
  };
  const members: SummaryMember[] = [
    { name: 'api', path: 'p/api', affected: true, reasons: [dependsOn('core')], sync: 'synced' },
    { name: 'core', path: 'p/core', affected: true, reasons: [changed('p/core/x.py')], sync: 'synced' },
    { name: 'utils', path: 'p/utils', affected: false, reasons: [] },
    { name: 'web', path: 'p/web', affected: true, reasons: [dependsOn('api')], sync: 'synced' },
    { name: 'zeta', path: 'p/zeta', affected: false, reasons: [] },
  ];

  it('adds a Tests column, with the members that did not pass first', () => {
    const page = html(summary(members, report));
    const [table] = htmlTables(page, ' / ');
    expect(table).toEqual([
      ['Member', 'Path', 'Affected', 'Why', 'Synced', 'Tests'],
      ['api', 'p/api', '✅', 'depends on core (runtime)', '✅ synced', '❌ 4.1 s'],
      ['web', 'p/web', '✅', 'depends on api (runtime)', '✅ synced', '⏱️ timed out after 60.0 s'],
      ['core', 'p/core', '✅', 'changed: p/core/x.py', '✅ synced', '✅ 12.3 s'],
      ['utils', 'p/utils', '—', '—', '—', '⏭ passed at 3f2a9c0d81b4 on main'],
      ['zeta', 'p/zeta', '—', '—', '—', '—'],
    ]);
    expect(htmlText(page)).toContain('Tests: uv run --no-sync --package <member> -- pytest -q *_test.py: 1 passed, 1 failed, 1 timed out, 1 skipped in 1m 05s, 2 at a time.');
  });

  it('folds members that passed alike, never one that failed; a skipped member keeps its row in a large workspace', () => {
    const many: SummaryMember[] = Array.from({ length: 30 }, (_, i) => ({ name: `m${String(i).padStart(2, '0')}`, path: `plugins/m${i}`, affected: i < 6, reasons: i < 6 ? [dependsOn('core')] : [], ...(i < 6 ? { sync: 'synced' as const } : {}) }));
    const big: RunReport = {
      ...report,
      runs: [run('m00', 'passed', 1000), run('m01', 'passed', 2000), run('m02', 'passed', 3500), run('m03', 'failed', 500), run('m04', 'failed', 600), run('m05', 'failed', 700)],
      skipped: { m20: 'passed at 3f2a9c0d81b4 on main' },
    };
    const [table] = htmlTables(html(summary(many, big)), ' / ');
    expect(table!.slice(1).map((row) => [row[0], row[5]])).toEqual([
      ['m03', '❌ 0.5 s'],
      ['m04', '❌ 0.6 s'],
      ['m05', '❌ 0.7 s'],
      ['3 membersm00, m01, m02', '✅ 3 passed, the slowest 3.5 s'],
      ['m20', '⏭ passed at 3f2a9c0d81b4 on main'],
    ]);
    expect(htmlText(html(summary(many, big)))).toContain('23 unaffected members');
  });

  it('escapes what it quotes', () => {
    const hostile: RunReport = { ...report, command: ['pytest', '|', '<img src=x>', '@team'], runs: [], skipped: { utils: 'passed at x on feat/<b>|`' } };
    const markdown = summary(members, hostile);
    expect(markdown).not.toContain('<img');
    expect(markdown).not.toContain('@team');
    expect(markdown).toContain('passed at x on feat/&lt;b&gt;&#124;&#96;');
  });

  it('lists the markers post saved', () => {
    const page = html(markersSummary(['recorded core as passed at 3f2a9c0d81b4', 'did not record api: the cache service answered 500']));
    expect(htmlText(page)).toContain('2 members of this run, for skip-passed:');
    expect(page).toContain('<li>recorded core as passed at 3f2a9c0d81b4</li>');
  });
});
