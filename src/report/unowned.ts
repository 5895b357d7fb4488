// Changed paths no member owns (Affected.unowned), said wherever a user looks
// (pure): a notice in the log, a line in the job summary, lines in the CLI's
// text output. Never dropped in silence: a change that only edits a
// top-level tests/ of a virtual root must say that it affects nobody, and how
// to make it affect someone. Each list is bounded, each path escaped for
// where it lands.
import { code, escapeText, logText } from './escape.js';
import { plural } from './format.js';

/** Paths named before `and N more`. */
const MAX_NAMED = 10;
/** A path longer than this is cut in the middle of the list, not in the output. */
const MAX_PATH_CHARS = 200;

/** What to do about them, in the words of every place that names them (`global`: the input, or the CLI's flag). */
const hint = (global: string) =>
  `if a member uses them, claim them in ${global}, or in a [tool.uv-workspace-sync] table: \`inputs\` in the member that uses them, \`global\` in the workspace root`;
const ACTION_HINT = hint('the `global` input');

const shorten = (p: string) => (p.length > MAX_PATH_CHARS ? `${p.slice(0, MAX_PATH_CHARS - 3)}...` : p);

function named(unowned: readonly string[], show: (p: string) => string): string {
  const list = unowned.slice(0, MAX_NAMED).map((p) => show(shorten(p)));
  return unowned.length > MAX_NAMED ? `${list.join(', ')} and ${unowned.length - MAX_NAMED} more` : list.join(', ');
}

function headline(n: number): string {
  return `${plural(n, 'changed path')} ${n === 1 ? 'is' : 'are'} not owned by any member and ${n === 1 ? 'affects' : 'affect'} none`;
}

/** The notice for the log and the run's annotations, or none when every path is owned. */
export function unownedNotice(unowned: readonly string[] | undefined): { level: 'notice'; title: string; message: string } | undefined {
  if (!unowned || unowned.length === 0) return undefined;
  return { level: 'notice', title: 'Not owned by any member', message: `${headline(unowned.length)}: ${named(unowned, logText)}; ${ACTION_HINT}.` };
}

/** The job summary's line (markdown, escaped), or none. */
export function unownedSummaryLine(unowned: readonly string[] | undefined): string | undefined {
  if (!unowned || unowned.length === 0) return undefined;
  const n = unowned.length;
  return `<b>Not owned by any member:</b> ${named(unowned, code)} (${plural(n, 'changed path')} that ${n === 1 ? 'affects' : 'affect'} no member; ${escapeText(ACTION_HINT)})<br>`;
}

/** The CLI's lines (the CLI neutralises what it prints), or none. */
export function unownedLines(unowned: readonly string[] | undefined): string[] {
  if (!unowned || unowned.length === 0) return [];
  return [`not owned by any member (${unowned.length}): ${named(unowned, (p) => p)}`, `hint: these paths affect no member; ${hint('--global')}`];
}
