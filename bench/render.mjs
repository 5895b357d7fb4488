// Re-renders bench/results.md from bench/results.json (written by run.mjs)
// after a change to report.mjs, without measuring again.
import { readFileSync, writeFileSync } from 'node:fs';
import { withOwnedSections } from './lib/sections.mjs';
import { renderResults } from './report.mjs';

const json = process.argv[2] ?? new URL('results.json', import.meta.url).pathname;
const md = json.replace(/\.json$/, '.md');
// A variant that never ran has a NaN median, which JSON wrote as null.
const revive = (key, value) => (key === 'median' && value === null ? NaN : value);
writeFileSync(md, withOwnedSections(renderResults(JSON.parse(readFileSync(json, 'utf8'), revive)), md));
