// The `run` input in the job summary (pure): the member table's Tests column
// (✅ 12.3 s, ❌ 4.1 s, ⏱️ timed out, ⏭ passed at 3f2a9c0d81b4 on main),
// the order that puts members that did not pass first, the Tests line under
// the table, and the post step's lines for the markers it saved.
import { countsText, seconds, type RunReport, type RunStatus } from '../run/results.js';
import { code, escapeText as e } from './escape.js';
import { formatDuration, plural } from './format.js';

/** A member's cell: how its run ended and how long it took, or why it was not run. */
export type TestCell = { status: RunStatus; seconds: number } | { status: 'skipped'; reason: string };

/** Each member's cell: the members run, and those skip-passed left out. */
export function testCells(report: RunReport): Map<string, TestCell> {
  const cells = new Map<string, TestCell>();
  for (const run of report.runs) cells.set(run.member, { status: run.status, seconds: seconds(run.durationMs) });
  for (const [name, reason] of Object.entries(report.skipped)) cells.set(name, { status: 'skipped', reason });
  return cells;
}

const MARK = { passed: '✅', failed: '❌', 'timed-out': '⏱️', skipped: '⏭' } as const;

/** `12.3 s`. */
function secondsText(value: number): string {
  return `${value.toFixed(1)} s`;
}

export function testsCell(cell: TestCell | undefined): string {
  if (!cell) return '—';
  if (cell.status === 'skipped') return `${MARK.skipped} ${e(cell.reason)}`;
  if (cell.status === 'timed-out') return `${MARK['timed-out']} timed out after ${secondsText(cell.seconds)}`;
  return `${MARK[cell.status]} ${secondsText(cell.seconds)}`;
}

/** The cell of members folded into one row (same reasons, same outcome): how many, and the slowest. */
export function foldedTestsCell(cells: readonly (TestCell | undefined)[]): string {
  const first = cells[0];
  if (!first) return '—';
  if (first.status === 'skipped') return `${MARK.skipped} ${cells.length} skipped (passed on these inputs before)`;
  const slowest = Math.max(...cells.map((c) => (c && c.status !== 'skipped' ? c.seconds : 0)));
  return `${MARK[first.status]} ${cells.length} ${first.status === 'timed-out' ? 'timed out' : first.status}, the slowest ${secondsText(slowest)}`;
}

/** Members that did not pass come first in the table, then those that ran, then the rest. */
export function testsRank(cell: TestCell | undefined): number {
  if (!cell) return 3;
  if (cell.status === 'failed' || cell.status === 'timed-out') return 0;
  return cell.status === 'passed' ? 1 : 2;
}

/** What a folded row shares of its members' cells: the outcome, never the duration. */
export function testsFoldKey(cell: TestCell | undefined): string {
  return cell?.status ?? '';
}

/** The line under the member table: the command, the counts, the wall time. */
export function testsLine(report: RunReport): string {
  const command = `uv run --no-sync --package <member> -- ${report.command.join(' ')}`;
  const wall = report.runs.length > 0 ? ` in ${formatDuration(report.wallMs)}, ${report.parallel} at a time` : '';
  return `<b>Tests:</b> ${code(command)}: ${e(countsText(report))}${wall}.`;
}

/** The post step's section for the passed markers it saved. */
export function markersSummary(lines: readonly string[]): string {
  const out = ['### Passed markers', '', `${plural(lines.length, 'member')} of this run, for <code>skip-passed</code>:`, ''];
  for (const line of lines) out.push(`- ${e(line)}`);
  return `${out.join('\n')}\n`;
}
