// The one escaping function for text that comes from files or uv (paths,
// member names, reasons, uv's messages) on its way into the job summary.
//
// The summary is GitHub-flavoured markdown with HTML in it, and the same text
// can land in a markdown table cell, an HTML element or a <summary>. Numeric
// character references are inert in all three places: they are never a tag,
// never a cell separator and never markdown syntax, so one function serves
// every context and a path like `<img src=x>` or `| x |` shows as typed.
import { stripAnsi } from '../text.js';

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
  // A `|` would end a table cell.
  '|': '&#124;',
  // Markdown syntax: emphasis, code spans, links/images, strikethrough,
  // headings, escapes. `!`, `(` and `)` only matter next to `[`, which is
  // escaped, so they stay readable.
  '\\': '&#92;',
  '`': '&#96;',
  '*': '&#42;',
  _: '&#95;',
  '[': '&#91;',
  ']': '&#93;',
  '~': '&#126;',
  '#': '&#35;',
  // GitHub turns `@name` into a mention that notifies someone.
  '@': '&#64;',
  // `$` starts GitHub's math rendering.
  $: '&#36;',
};

const SPECIAL = /[&<>"'|\\`*_[\]~#@$]/g;

/**
 * Makes `text` render literally in markdown, HTML and table cells. Line
 * breaks become `<br>` so a multi-line uv message stays inside its cell;
 * other control characters (ANSI escapes included) are dropped.
 */
export function escapeText(text: string): string {
  return (
    stripAnsi(text)
      .replace(SPECIAL, (c) => ENTITIES[c]!)
      // `:name:` is an emoji shortcode on GitHub (`a:b:c` would show a 🅱️).
      .replace(/:(?=\S)/g, '&#58;')
      // A line that starts like a list item, heading underline or quote
      // would become one when the text stands on its own line.
      .replace(/^(\s*)([-+=](?=[-+=\s]|$)|\d(?=\d{0,8}[.)](?:\s|$)))/, (_, space: string, c: string) => `${space}&#${c.charCodeAt(0)};`)
      .replace(/\r\n|\r|\n/g, '<br>')
      .replace(/[\x00-\x08\x0b-\x1f\x7f]/g, '')
      .replace(/\t/g, ' ')
  );
}

/** `text` as inline code (escaped, so it can't close the element early). */
export function code(text: string): string {
  return `<code>${escapeText(text)}</code>`;
}

// ---------------------------------------------------------------------------
// Log lines and terminals. The runner reads every stdout line of a step as a
// possible workflow command: `::name::` at the start of a line (leading
// whitespace trimmed) and the legacy `##[name]` anywhere in it. A member
// name, file name or uv message holding a newline then `::add-mask::`,
// `::stop-commands::` or `::warning file=…::` would forge one. A terminal
// obeys ESC sequences (OSC 0 sets the title, OSC 8 makes links, CSI moves
// the cursor) and C1 controls. So text from the repository, the event or uv
// passes through logText (the action's log) or terminalText (the CLI) on its
// way out.

/** Line breaks as uv, JavaScript and Unicode know them. */
const LINE_BREAKS = /\r\n|[\n\r\v\f\x85\u2028\u2029]/g;
/** ESC sequences: CSI (`ESC [ … final`), OSC/DCS/APC/PM/SOS (up to BEL or ST), and two-byte ones. */
const ESC_SEQUENCES = /\x1b(?:\[[0-?]*[ -/]*[@-~]|[\]PX^_][^\x07\x1b]*(?:\x07|\x1b\\)?|[@-Z\\-_]?)/g;
const SGR = /^\x1b\[[0-9;]*m$/;
/** C0 (but tab), DEL, C1 (8-bit CSI/OSC in a UTF-8 terminal), bidi overrides that reorder what is shown. */
const CONTROLS = /[\x00-\x08\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]/g;

function visible(c: string): string {
  return `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`;
}

/** One pass over all three, so a kept colour's ESC is not then taken for a stray control. */
const ANY = new RegExp(`${ESC_SEQUENCES.source}|${LINE_BREAKS.source}|${CONTROLS.source}`, 'g');
const LINE_BREAK = new RegExp(`^(?:${LINE_BREAKS.source})$`);
/** Every character any of them starts with: a text without one (most of them) is returned as it is. */
const SUSPECT = /[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

function neutralise(text: string, keepColour: boolean): string {
  if (!SUSPECT.test(text)) return text;
  return text.replace(ANY, (match) => {
    if (match.startsWith('\x1b')) return keepColour && SGR.test(match) ? match : '';
    if (LINE_BREAK.test(match)) return '\\n';
    return match.charCodeAt(0) < 0x100 ? visible(match) : `\\u${match.charCodeAt(0).toString(16)}`;
  });
}

// U+2060 WORD JOINER: invisible, not whitespace to the runner's TrimStart,
// so `⁠::warning::` is shown as typed but is no command.
const JOINER = '\u2060';

/**
 * One line of the action's log carrying untrusted text: line breaks become a
 * visible `\n`, control characters and ESC sequences other than colours go
 * (colour is kept: GitHub renders it), and neither `::` at the start nor
 * `##[` anywhere can start a workflow command. Use for whole lines, or for
 * pieces that end up at the start of one.
 */
export function logText(text: string): string {
  return neutralise(text, true)
    .replace(/##\[/g, `##${JOINER}[`)
    .replace(/^(\s*)::/, `$1${JOINER}::`);
}

/** Untrusted text for a terminal (the CLI's tables and messages): no ESC sequence, no control character survives. */
export function terminalText(text: string): string {
  return neutralise(text, false);
}

/**
 * JSON for stdout: JSON.stringify escapes C0 but leaves C1 controls, bidi
 * overrides and U+2028/2029 raw; they are escaped too (the value is the same).
 */
export function safeJson(value: unknown, space?: number): string {
  return JSON.stringify(value, null, space).replace(/[\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * What terminalLines could change in a text split at `\n`: SUSPECT but tab
 * and `\n` (which the slow path leaves as they are), so that `\n` is the only
 * line break left for `^` in COMMAND_AT_LINE_START.
 */
const LINES_SUSPECT = /[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;
/** `::` at the start of a line, after whitespace; it may match across lines, never miss one. */
const COMMAND_AT_LINE_START = /^\s*::/m;

/**
 * Whole output of the CLI (tables, messages), line by line: each line as
 * terminalText, and no line can start a workflow command when the CLI runs
 * inside a CI step. JSON written through safeJson passes unchanged (its
 * lines start with a bracket, a brace or spaces and a quote).
 */
export function terminalLines(text: string): string {
  // Most output (all JSON, most tables) has no suspect character and no line
  // starting with `::`: returned as it is, not split into lines (the JSON of
  // 2000 members is 50000 lines).
  if (!LINES_SUSPECT.test(text) && (!text.includes('::') || !COMMAND_AT_LINE_START.test(text))) return text;
  return text
    .split('\n')
    .map((line) => terminalText(line).replace(/^(\s*)::/, `$1${JOINER}::`))
    .join('\n');
}
