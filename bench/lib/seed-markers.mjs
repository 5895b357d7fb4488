// Saves passed markers through the real @actions/cache client, as the post
// step does after a `run` (src/action/marker-save.ts): one small entry per
// key read from stdin (one key per line), each holding the marker directory,
// named by the same relative path the lookups name, so the entries carry the
// version the action's lookups ask for. Run with the cache service's
// environment and the repository as the working directory. Prints one JSON
// line: { saved }.
import { mkdirSync, writeFileSync, rmSync } from 'node:fs';
import * as cache from '@actions/cache';

const DIR = '.uv-workspace-sync-passed';
const keys = (await new Promise((resolve) => {
  let text = '';
  process.stdin.on('data', (d) => (text += d));
  process.stdin.on('end', () => resolve(text));
})).split('\n').filter(Boolean);
let saved = 0;
mkdirSync(DIR, { recursive: true });
try {
  for (const key of keys) {
    writeFileSync(`${DIR}/marker.json`, `${JSON.stringify({ key })}\n`);
    if ((await cache.saveCache([DIR], key)) !== -1) saved++;
  }
} finally {
  rmSync(DIR, { recursive: true, force: true });
}
process.stdout.write(`${JSON.stringify({ saved })}\n`);
