// The job summary looked at as a person would, for the summaries dist/ really
// writes (not a hand-made input) in four runs: the livekit/agents corpus with
// one change in livekit-agents (mode: detect), a sync uv cannot satisfy, a
// cache on another filesystem than the venv, and a `run` whose members pass,
// fail and time out (the Tests column). Each summary's markdown is
// rendered to HTML (marked, GFM) in a GitHub-like page, its ```mermaid block
// drawn by the mermaid package from npm (as GitHub draws it), and
// photographed by headless Chromium. The PNGs are kept under test-results/
// (uploaded by CI as an artifact).
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { marked } from 'marked';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createActionFixture, runOnRepo, type ActionFixture } from '../helpers/action-e2e.js';
import { RUN_COMMAND, RUN_FIXTURE, RUN_TIMEOUT_MINUTES } from '../helpers/run-workspace.js';
import { dumpDom, findChromium, githubMarkdownPage, readPng, screenshot } from '../helpers/chromium.js';
import { corpusFiles, createBrokenToolsFixture } from '../helpers/fixtures.js';
import { createSandbox, type Sandbox } from '../helpers/git.js';
import { htmlTables } from '../helpers/html.js';
import { corpusDir, projectRoot } from '../helpers/tools.js';

const chromium = findChromium();
const outDir = path.join(projectRoot, 'test-results');
const mermaidJs = path.join(projectRoot, 'node_modules', 'mermaid', 'dist', 'mermaid.min.js');
const corpus = corpusDir();

/** The summary as GitHub shows it: markdown to HTML, ```mermaid blocks handed to Mermaid. */
function page(title: string, markdown: string): { html: string; body: string } {
  const body = marked
    .parse(markdown, { async: false, gfm: true })
    .replace(/<pre><code class="language-mermaid">([\s\S]*?)<\/code><\/pre>/g, '<pre class="mermaid">$1</pre>');
  const head = `<script src="${pathToFileURL(mermaidJs).href}"></script><script>mermaid.initialize({ startOnLoad: true, securityLevel: 'strict' });</script>`;
  return { html: githubMarkdownPage(title, body, head), body };
}

/** Writes name.md / name.html / name.png under test-results/ and checks the PNG is a real picture. */
async function photograph(name: string, markdown: string, height = 1600): Promise<{ dom: string; body: string; png: string }> {
  mkdirSync(outDir, { recursive: true });
  const { html, body } = page(`uv-workspace-sync: ${name}`, markdown);
  const htmlFile = path.join(outDir, `${name}.html`);
  const png = path.join(outDir, `${name}.png`);
  writeFileSync(path.join(outDir, `${name}.md`), markdown);
  writeFileSync(htmlFile, html);
  await screenshot(chromium!, pathToFileURL(htmlFile).href, png, { width: 1200, height }, 10_000);
  const dom = await dumpDom(chromium!, pathToFileURL(htmlFile).href);
  const info = readPng(png);
  console.log(`job summary screenshot: ${png} (${info.width}x${info.height}, ${(info.inkRatio * 100).toFixed(1)}% ink, ${info.colours} colours)`);
  expect(info.width).toBe(1200);
  // A blank or error page has next to no ink and few colours; text and table borders have both.
  expect(info.inkRatio).toBeGreaterThan(0.01);
  expect(info.colours).toBeGreaterThan(30);
  return { dom, body, png };
}

describe.skipIf(!chromium)('job summary screenshots of what dist/ writes', () => {
  let sandbox: Sandbox;
  let fx: ActionFixture;
  let base: string;
  let apiChange: string;
  let broken: string;

  beforeAll(async () => {
    expect(existsSync(mermaidJs), 'npm install (mermaid is a devDependency)').toBe(true);
    sandbox = await createSandbox();
    ({ fx, base, apiChange, broken } = await createBrokenToolsFixture());
  });
  afterAll(async () => {
    await fx?.remove();
    await sandbox?.remove();
  });

  it.skipIf(!corpus)('livekit/agents, one change in livekit-agents (mode: detect): the graph drawn, rows folded', async () => {
    const repo = await sandbox.repo('livekit');
    const first = await repo.commit('workspace', corpusFiles(path.join(corpus!, 'livekit__agents'), ['pyproject.toml', 'uv.lock']));
    const head = await repo.commit('agents: change', { 'livekit-agents/livekit/agents/job.py': 'X = 1\n' });
    const job = await runOnRepo({ repoDir: repo.dir, inputs: { mode: 'detect' }, event: { before: first, after: head }, post: false });
    expect(job.main.code, job.main.stdout).toBe(0);
    const { dom, body } = await photograph('summary-livekit-detect', job.main.summary, 1400);
    // Mermaid drew an SVG with the changed member and the folded dependents in it.
    const svg = /<svg[^>]*id="mermaid-[^"]*"[\s\S]*?<\/svg>/.exec(dom)?.[0] ?? '';
    expect(svg, 'mermaid did not draw the graph').not.toBe('');
    expect(svg).toContain('livekit-agents');
    expect(svg).toMatch(/\d+ members in livekit-plugins\//);
    expect(svg).toContain('runtime');
    expect(dom).not.toMatch(/Syntax error in text/);
    const [members] = htmlTables(body, ' / ');
    expect(members![0]).toEqual(['Member', 'Path', 'Affected', 'Why']);
    expect(members!.length).toBeLessThan(8);
  });

  it('a sync uv cannot satisfy: the member failed, uv’s error shown', async () => {
    const job = await fx.runJob({ event: await fx.pushEvent(apiChange, broken), ref: broken });
    expect(job.main.code).not.toBe(0);
    const { body } = await photograph('summary-failed-sync', job.main.summary);
    const [members] = htmlTables(body, ' / ');
    expect(members!.find((row) => row[0] === 'tools')).toEqual(['tools', 'packages/tools', '✅', 'changed: packages/tools/pyproject.toml', '❌ failed']);
    expect(body).toContain('No solution found when resolving dependencies');
  });

  it.skipIf(!existsSync('/dev/shm'))('a cache on another filesystem: placement warned, Directory and Placement shown with cache: false', async () => {
    const cacheDir = await mkdtemp('/dev/shm/uvws-shot-cache-');
    try {
      const job = await fx.runJob({ event: await fx.pushEvent(base, apiChange), ref: apiChange, inputs: { 'cache-dir': cacheDir, cache: 'false' } });
      expect(job.main.code, job.log).toBe(0);
      const { body } = await photograph('summary-cross-filesystem', job.main.summary);
      const cache = htmlTables(body, ' / ').find((t) => t[0]![0] === 'Setting')!;
      expect(cache.map((row) => row[0])).toEqual(['Setting', 'Directory', 'Placement', 'Restore', 'Link mode']);
      expect(cache[1]![1]).toBe(cacheDir);
      expect(cache[2]![1]).toMatch(/not on the venv's filesystem/);
    } finally {
      await rm(cacheDir, { recursive: true, force: true });
    }
  });

  it('a run whose members pass, fail and time out: the Tests column, failed members first, the Tests line', async () => {
    const runFx = await createActionFixture(RUN_FIXTURE);
    try {
      const job = await runFx.runJob({ inputs: { 'sync-args': '--locked', run: RUN_COMMAND, 'run-parallel': '2', 'run-timeout': RUN_TIMEOUT_MINUTES } });
      expect(job.main.code, job.log).toBe(1);
      const { body } = await photograph('summary-run-tests', job.main.summary);
      const [members] = htmlTables(body, ' / ');
      expect(members![0]).toEqual(['Member', 'Path', 'Affected', 'Why', 'Synced', 'Tests']);
      const mark = (row: string[]) => /^(❌|⏱️|✅)/u.exec(row[5]!)?.[1];
      expect(members!.slice(1, 3).map(mark).sort()).toEqual(['⏱️', '❌']);
      expect(members!.slice(3).map(mark)).toEqual(['✅', '✅']);
      expect(body).toMatch(/Tests:.*2 passed, 1 failed, 1 timed out in/);
    } finally {
      await runFx.remove();
    }
  }, 180_000);
});
