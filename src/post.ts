// The post step's entry. Main leaves its decision in the state: when there is
// nothing to prune or save (an exact cache hit, a failed sync, cache: false,
// a policy that does not save), or main never got as far as syncing, this
// prints what post would have said and stops before loading the post bundle
// (@actions/core, uv, the cache client). Only a real save loads it.
import { appendFileSync } from 'node:fs';
import { EOL } from 'node:os';
import { decodeState, STATE_KEY } from './action/state.js';

// As @actions/core's getState reads it: the runner passes main's state as STATE_<name>.
const state = decodeState(process.env[`STATE_${STATE_KEY}`] ?? '');
if (!state) {
  process.stdout.write(`uv-workspace-sync: main did not reach uv sync; nothing to prune or save.${EOL}`);
} else if (state.postSkip) {
  const { message, summary } = state.postSkip;
  if (message) process.stdout.write(`${message}${EOL}`);
  const summaryFile = process.env.GITHUB_STEP_SUMMARY;
  if (summary && summaryFile) {
    try {
      appendFileSync(summaryFile, `${summary}${EOL}`);
    } catch (error) {
      // As in the full post step: the job's result was decided in main; post only warns.
      process.stdout.write(`::warning::uv-workspace-sync post: cannot write the job summary: ${String(error).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')}${EOL}`);
    }
  }
} else {
  const { runPost } = await import('./action/post-run.js');
  await runPost();
}
