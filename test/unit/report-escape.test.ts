// Text from file names and uv output must show in the job summary exactly as
// typed: checked by rendering with a real GFM renderer (marked) and reading
// the text back out of the HTML it produced.
import fc from 'fast-check';
import { marked } from 'marked';
import { describe, expect, it } from 'vitest';
import { code, escapeText } from '../../src/report/escape.js';

/** Decodes the entities marked emits and the ones escapeText writes. */
function decode(html: string): string {
  return html
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&#x([0-9a-f]+);/gi, (_, n: string) => String.fromCodePoint(parseInt(n, 16)))
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
}

/** The cells of the rendered table's body, as text (`<br>` read as a newline). */
function bodyCells(markdown: string): string[] {
  const html = marked.parse(markdown, { async: false, gfm: true });
  const body = /<tbody>([\s\S]*)<\/tbody>/.exec(html)?.[1] ?? '';
  return [...body.matchAll(/<td[^>]*>([\s\S]*?)<\/td>/g)].map((m) => decode(m[1]!.replace(/<br>/g, '\n')));
}

function renderInCell(text: string): string[] {
  return bodyCells(`| a | b |\n| --- | --- |\n| ${escapeText(text)} | end |\n`);
}

describe('escapeText', () => {
  it.each([
    ['<img src=x onerror=alert(1)>'],
    ['| x |'],
    ['libs/**/__init__.py'],
    ['a_b_c *bold* `code` [link](http://x) ~~gone~~'],
    ['# not a heading'],
    ['- not a list'],
    ['1. not a list either'],
    ['0.13.9'],
    ['==='],
    ['+ plus'],
    ['back\\slash & ampersand "quotes" \'single\''],
    ['<script>alert("x")</script>'],
    ['&lt;already-escaped&gt;'],
    ['@octocat please look'],
    ['$x^2$ math'],
  ])('renders %j literally inside a table cell', (text) => {
    expect(renderInCell(text)).toEqual([text, 'end']);
  });

  it('keeps a multi-line message in its cell, one line per line', () => {
    expect(renderInCell('error: first\n  Caused by: second')).toEqual(['error: first\n  Caused by: second', 'end']);
  });

  it('drops ANSI colour codes uv prints when forced to colour', () => {
    expect(renderInCell('\x1b[1m\x1b[31merror\x1b[39m\x1b[0m: boom')).toEqual(['error: boom', 'end']);
  });

  it('defuses GitHub-only syntax that marked does not know: mentions and emoji shortcodes', () => {
    expect(escapeText('@octocat')).not.toContain('@');
    expect(escapeText('a:b:c')).not.toMatch(/:\w+:/);
  });

  it('renders any printable text literally in a table cell, an HTML element and a paragraph', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme-ascii', maxLength: 40 }), (raw) => {
        const text = raw.replace(/[\x00-\x1f\x7f]/g, '');
        // marked trims the edges of a cell; that is layout, not content.
        expect(renderInCell(text)).toEqual([text.trim(), 'end']);
        const inline = marked.parse(`<p>${escapeText(text)}</p>`, { async: false });
        expect(decode(inline.replace(/^<p>|<\/p>\s*$/g, ''))).toBe(text);
        // Standing on its own line: no list, heading, quote, rule or code block.
        if (text.trim() !== '') {
          const alone = marked.parse(escapeText(text.trim()), { async: false }).trim();
          expect(alone).toMatch(/^<p>[\s\S]*<\/p>$/);
          expect(decode(alone.replace(/^<p>|<\/p>$/g, ''))).toBe(text.trim());
        }
        const para = marked.parse(`x ${escapeText(text)}`, { async: false });
        expect(decode(para.replace(/^<p>x|<\/p>\s*$/g, '')).trim()).toBe(text.trim());
      }),
      { numRuns: 500 },
    );
  });

  it('code() wraps the escaped text in <code>', () => {
    expect(bodyCells(`| a |\n| - |\n| ${code('x|<y>')} |`)).toEqual(['<code>x|<y></code>']);
  });
});
