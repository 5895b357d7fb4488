// The one escaping function for text that comes from files or uv (paths,
// member names, reasons, uv's messages) on its way into the job summary.
//
// The summary is GitHub-flavoured markdown with HTML in it, and the same text
// can land in a markdown table cell, an HTML element or a <summary>. Numeric
// character references are inert in all three places: they are never a tag,
// never a cell separator and never markdown syntax, so one function serves
// every context and a path like `<img src=x>` or `| x |` shows as typed.

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
    text
      .replace(/\x1b\[[0-9;?]*[A-Za-z]/g, '')
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
