// The job summary looked at as a person would: the markdown rendered to HTML
// (marked, GFM) inside a GitHub-like page, photographed by headless Chromium.
// The PNG is kept at test-results/summary.png (a CI artifact path, printed
// below); the test also reads the table rows back out of the HTML.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { marked } from 'marked';
import { describe, expect, it } from 'vitest';
import { renderSummary, type SummaryInput, type SummaryMember } from '../../src/report/summary.js';
import { parseUvOutput } from '../../src/uv/output.js';
import { scenarioSummary } from '../fixtures/summary/scenario.js';
import { findChromium, githubMarkdownPage, readPng, screenshot } from '../helpers/chromium.js';
import { projectRoot, UV_VERSION } from '../helpers/tools.js';
import { htmlTables } from '../helpers/html.js';

const chromium = findChromium();
const outDir = path.join(projectRoot, 'test-results');

/**
 * The recorded first sync of `app` with the pinned uv (an sdist built from
 * source, a cache miss), in a workspace grown to 24 members so the
 * unaffected ones fold away, one of them with a path that tries to be HTML.
 */
function summaryInput(): SummaryInput {
  const recording = path.join(projectRoot, 'test', 'fixtures', 'uv-output', UV_VERSION, 'fresh-sync.txt');
  const report = parseUvOutput(readFileSync(recording, 'utf8'));
  const base = scenarioSummary({ name: 'fresh-sync', uvVersion: UV_VERSION, args: ['sync', '--package', 'app'], code: 0, report });
  const extra: SummaryMember[] = Array.from({ length: 19 }, (_, i) => ({
    name: `plugin-${String(i + 1).padStart(2, '0')}`,
    path: `plugins/plugin-${i + 1}`,
    affected: false,
    reasons: [],
    synced: false,
  }));
  extra.push({ name: 'odd', path: 'odd/<img src=x> | y |', affected: true, reasons: ['changed: odd/<img src=x> | y |/__init__.py'], synced: true });
  return {
    ...base,
    change: { ...base.change, changedFiles: 2 },
    members: [...base.members, ...extra].sort((a, b) => (a.name < b.name ? -1 : 1)),
  };
}

describe.skipIf(!chromium)('job summary screenshot', () => {
  it('renders the summary table with the expected rows and photographs it', async () => {
    const markdown = renderSummary(summaryInput());
    const body = marked.parse(markdown, { async: false, gfm: true });

    expect(body).not.toMatch(/<img/);
    const [affected, unaffected, steps, cache] = htmlTables(body, ' / ');
    expect(affected).toEqual([
      ['Member', 'Path', 'Affected', 'Why', 'Synced'],
      ['app', 'packages/app', '✅', 'changed: packages/app/src/app/__init__.py', '✅'],
      ['odd', 'odd/<img src=x> | y |', '✅', 'changed: odd/<img src=x> | y |/__init__.py', '✅'],
    ]);
    expect(unaffected!.slice(1).map((row) => row[0])).toEqual(['broken', 'lib', 'other', ...Array.from({ length: 19 }, (_, i) => `plugin-${String(i + 1).padStart(2, '0')}`)]);
    expect(steps![0]).toEqual(['Step', 'Count', 'Time']);
    expect(steps!.slice(1).map((row) => row[0])).toEqual(expect.arrayContaining(['Resolved', 'Prepared', 'Installed']));
    expect(cache!.map((row) => row[0])).toEqual(['Setting', 'Directory', 'Placement', 'Key', 'Restore', 'Link mode']);

    mkdirSync(outDir, { recursive: true });
    const htmlFile = path.join(outDir, 'summary.html');
    const png = path.join(outDir, 'summary.png');
    writeFileSync(path.join(outDir, 'summary.md'), markdown);
    writeFileSync(htmlFile, githubMarkdownPage('uv-workspace-sync job summary', body));
    await screenshot(chromium!, pathToFileURL(htmlFile).href, png);

    const info = readPng(png);
    console.log(`job summary screenshot: ${png} (${info.width}x${info.height}, ${(info.inkRatio * 100).toFixed(1)}% ink, ${info.colours} colours)`);
    expect(info.width).toBe(1200);
    expect(info.height).toBe(1600);
    // A blank or error page has next to no ink and few colours; text and table borders have both.
    expect(info.inkRatio).toBeGreaterThan(0.01);
    expect(info.colours).toBeGreaterThan(30);
  });
});
