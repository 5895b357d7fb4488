// What astral-sh/setup-uv does with the uv cache, as a child process of the
// bench: `restore DIR KEY` (its main step, before `uv sync`) and `save DIR KEY`
// (its post step on a miss), through the real @actions/cache client against
// the service in ACTIONS_RESULTS_URL. Prints one JSON line.
import * as cache from '@actions/cache';

const [op, dir, key] = process.argv.slice(2);
if (op === 'restore') {
  const matched = await cache.restoreCache([dir], key);
  process.stdout.write(`${JSON.stringify({ hit: matched === key, matched: matched ?? null })}\n`);
} else if (op === 'save') {
  const id = await cache.saveCache([dir], key);
  process.stdout.write(`${JSON.stringify({ saved: id !== -1 })}\n`);
} else {
  process.stderr.write('usage: actions-cache.mjs restore|save DIR KEY\n');
  process.exit(2);
}
