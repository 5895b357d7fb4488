// bench/results.md is rendered whole by report.mjs, but other benches
// (prune.mjs, cache-entries.mjs, surface.mjs) own sections of it between
// `<!-- name:start -->` and `<!-- name:end -->` markers. A re-render keeps
// those sections as they are, after the rendered part.
import { existsSync, readFileSync } from 'node:fs';

const SECTION = /<!-- ([\w-]+):start[\s\S]*?<!-- \1:end -->\n?/g;

/** `rendered`, followed by the marked sections of the file now at `file`. */
export function withOwnedSections(rendered, file) {
  const before = existsSync(file) ? readFileSync(file, 'utf8') : '';
  const kept = [...before.matchAll(SECTION)].map((m) => m[0].endsWith('\n') ? m[0] : `${m[0]}\n`);
  return kept.length === 0 ? rendered : `${rendered.replace(/\n*$/, '\n')}\n${kept.join('\n')}`;
}
