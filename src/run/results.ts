// What a run of the `run` command per member produced, and everything said
// about it (pure): the `passed`, `failed` and `results` outputs, each
// member's group title, its error annotation and the step's failure line.
// The action and the CLI print the same words.
import { formatDuration, plural } from '../report/format.js';
import { compareStrings } from '../text.js';
import { lastLines, type TranscriptView } from './transcript.js';

export type RunStatus = 'passed' | 'failed' | 'timed-out';

/** How one member's run of the command ended. */
export interface MemberResult {
  member: string;
  /** Directory relative to the repository root. */
  path: string;
  status: RunStatus;
  durationMs: number;
  /** Exit code of `uv run` (absent when it could not be started, see `problem`). */
  exitCode?: number;
  /** The signal that ended it, when one did. */
  signal?: string;
  /** Why it could not run at all (the program or the directory is missing). */
  problem?: string;
}

/** A member's run as it ends: its result and its output, printed then and not kept (a run of a thousand members would hold gigabytes). */
export interface MemberRun extends MemberResult {
  output: TranscriptView;
}

/** A whole run: the members in the order they finished, and the members `skip-passed` left out. */
export interface RunReport {
  /** The command after `uv run --no-sync --package <member> --`. */
  command: string[];
  runs: MemberResult[];
  /** Members not run because they already passed on these inputs, with the reason. */
  skipped: Record<string, string>;
  parallel: number;
  timeoutMs: number;
  /** Wall time of the whole run. */
  wallMs: number;
}

export type ResultStatus = RunStatus | 'skipped';

/** One member's entry of the `results` output. */
export interface ResultEntry {
  status: ResultStatus;
  seconds: number;
}

/** Tenths of a second, as the outputs and the summary show them. */
export function seconds(ms: number): number {
  return Math.round(ms / 100) / 10;
}

/** The `passed`, `failed` and `results` outputs: lists sorted by name; `failed` holds the timed-out members too. */
export function runOutputs(report: RunReport | undefined): { passed: string[]; failed: string[]; results: Record<string, ResultEntry> } {
  if (!report) return { passed: [], failed: [], results: {} };
  const entries: [string, ResultEntry][] = [
    ...report.runs.map((r): [string, ResultEntry] => [r.member, { status: r.status, seconds: seconds(r.durationMs) }]),
    ...Object.keys(report.skipped).map((name): [string, ResultEntry] => [name, { status: 'skipped', seconds: 0 }]),
  ].sort((a, b) => compareStrings(a[0], b[0]));
  const names = (keep: (r: MemberResult) => boolean) => report.runs.filter(keep).map((r) => r.member).sort(compareStrings);
  return { passed: names((r) => r.status === 'passed'), failed: names((r) => r.status !== 'passed'), results: Object.fromEntries(entries) };
}

/** `'run-timeout' is 0.5 minutes`. */
function timeoutSetting(timeoutMs: number): string {
  const minutes = timeoutMs / 60_000;
  return `'run-timeout' is ${minutes} ${minutes === 1 ? 'minute' : 'minutes'}`;
}

/** How a member that did not pass ended, in a few words: `exit code 1`, `timed out after 30s`. */
function howItEnded(run: MemberResult, timeoutMs: number): string {
  if (run.status === 'timed-out') return `timed out after ${formatDuration(timeoutMs)}`;
  if (run.problem) return `could not start: ${run.problem}`;
  if (run.signal) return `killed by ${run.signal}`;
  return `exit code ${run.exitCode ?? '?'}`;
}

const MARK: Record<RunStatus, string> = { passed: '✅', failed: '❌', 'timed-out': '⏱️' };

/** The member's group title: status and duration, e.g. `✅ api passed in 12.3s`. */
export function runTitle(run: MemberResult, timeoutMs: number): string {
  if (run.status === 'passed') return `${MARK.passed} ${run.member} passed in ${formatDuration(run.durationMs)}`;
  if (run.status === 'timed-out') return `${MARK['timed-out']} ${run.member} timed out after ${formatDuration(run.durationMs)} (${timeoutSetting(timeoutMs)})`;
  return `${MARK.failed} ${run.member} failed (${howItEnded(run, timeoutMs)}) in ${formatDuration(run.durationMs)}`;
}

/** The lines of the member's group: its output, with a line where some was left out. */
export function runLines(run: MemberRun): string[] {
  const { head, omittedLines, omittedChars, tail } = run.output;
  const lines = [...head];
  if (omittedLines > 0) lines.push(`… ${plural(omittedLines, 'line')} (${omittedChars} characters) of output not shown here …`);
  lines.push(...tail);
  if (run.problem) lines.push(`could not run: ${run.problem}`);
  if (lines.length === 0) lines.push('(no output)');
  return lines;
}

/** Lines of output an error annotation quotes. */
const ANNOTATION_LINES = 20;
/** GitHub cuts an annotation's message; keep well below. */
const ANNOTATION_CHARS = 4000;

/** The error annotation of a member that did not pass: its end of output. */
export function runAnnotation(run: MemberRun, timeoutMs: number): { title: string; message: string } {
  const what = run.status === 'timed-out' ? `timed out after ${formatDuration(timeoutMs)} (${timeoutSetting(timeoutMs)}); its processes were stopped` : howItEnded(run, timeoutMs);
  const tail = lastLines(run.output, ANNOTATION_LINES);
  let body = tail.join('\n');
  if (body.length > ANNOTATION_CHARS) body = `…${body.slice(body.length - ANNOTATION_CHARS)}`;
  const message = `${run.member} (${run.path}): ${what}.${body ? `\nLast lines of its output:\n${body}` : ' It printed nothing.'}`;
  return { title: `Tests ${run.status === 'timed-out' ? 'timed out' : 'failed'}: ${run.member}`, message };
}

/** `3 passed, 1 failed, 1 timed out, 2 skipped`. */
export function countsText(report: RunReport): string {
  const count = (status: RunStatus) => report.runs.filter((r) => r.status === status).length;
  const parts = [`${count('passed')} passed`, `${count('failed')} failed`];
  if (count('timed-out') > 0) parts.push(`${count('timed-out')} timed out`);
  const skipped = Object.keys(report.skipped).length;
  if (skipped > 0) parts.push(`${skipped} skipped`);
  return parts.join(', ');
}

/** The step's failure, once every member ran; undefined when none failed. */
export function runFailure(report: RunReport): string | undefined {
  const bad = report.runs.filter((r) => r.status !== 'passed').sort((a, b) => compareStrings(a.member, b.member));
  if (bad.length === 0) return undefined;
  const shown = bad.slice(0, 10).map((r) => `${r.member} (${howItEnded(r, report.timeoutMs)})`);
  const more = bad.length > 10 ? ` and ${bad.length - 10} more` : '';
  return `tests did not pass in ${bad.length} of ${plural(report.runs.length, 'member')}: ${shown.join(', ')}${more}; each member's output is in its group above`;
}
