// docs/troubleshooting.md opens with the situations users search for, each
// as what you see, why, what to do (written in scripts/troubleshooting-symptoms.md,
// rendered above the generated tables by scripts/troubleshooting.mjs).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../helpers/tools.js';

const source = readFileSync(path.join(projectRoot, 'scripts', 'troubleshooting-symptoms.md'), 'utf8');
const doc = readFileSync(path.join(projectRoot, 'docs', 'troubleshooting.md'), 'utf8');

/** GitHub's anchor for a heading: lower case, punctuation but `-` and `_` dropped, spaces as `-`. */
function slug(heading: string): string {
  return heading
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');
}

const entries = source
  .split(/^### /m)
  .slice(1)
  .map((chunk) => ({ heading: chunk.slice(0, chunk.indexOf('\n')), body: chunk.slice(chunk.indexOf('\n')) }));

describe('troubleshooting by symptom', () => {
  it('is in docs/troubleshooting.md as written, before the generated tables', () => {
    const at = doc.indexOf(source.trim());
    expect(at, 'docs/troubleshooting.md is stale: run node scripts/troubleshooting.mjs').toBeGreaterThan(0);
    expect(at).toBeLessThan(doc.indexOf('## What the tests tried'));
  });

  it('covers what users run into', () => {
    const headings = entries.map((e) => e.heading).join('\n');
    for (const symptom of [/nothing is affected/i, /matrix is empty/i, /every member is affected/i, /setup-uv/, /exact cache hit.*still downloads/i, /skip-passed.*never skips/, /Unable to reserve cache/, /not saved/, /Failed to hardlink/, /uv is not on PATH/, /working-directory/]) {
      expect(headings).toMatch(symptom);
    }
  });

  it.each(entries.map((e) => [e.heading, e] as const))('%s: what you see, why, what to do', (_heading, entry) => {
    const parts = ['**What you see.**', '**Why.**', '**What to do.**'].map((p) => entry.body.indexOf(p));
    expect(parts.every((at) => at >= 0)).toBe(true);
    expect([...parts].sort((a, b) => a - b)).toEqual(parts);
  });

  it('lists every entry, each link going to its heading', () => {
    const links = [...source.matchAll(/^- \[(.+)\]\(#([^)]+)\)$/gm)].map((m) => m[2]);
    expect(links).toEqual(entries.map((e) => slug(e.heading)));
  });
});
