import { writeSync } from 'node:fs';
import { postGate } from './action/post-gate.js';
import { logText } from './report/escape.js';

/**
 * One line on stdout, written to the descriptor: the first touch of
 * process.stdout loads Node's stream machinery (a few ms, most of what a
 * post with nothing to do costs above Node's own start). Where the
 * descriptor cannot take it now (a non-blocking pipe that is full), the rest
 * goes through process.stdout after all.
 */
function printLine(line: string): void {
  const bytes = Buffer.from(`${line}\n`, 'utf8');
  let written = 0;
  try {
    while (written < bytes.length) written += writeSync(1, bytes, written);
  } catch {
    process.stdout.write(bytes.subarray(written));
  }
}

// The gate reads main's state before anything heavy is loaded. A post with
// nothing to do (an exact cache hit, a pull request that may not save, a
// detect step) is mostly not started at all (action.yml's post-if, told by
// main: action/post-skip.ts); where a runner starts it anyway, it stops here
// in the time it takes Node to start.
const gate = postGate(process.env);
if (!gate.run) {
  if (gate.line) printLine(logText(gate.line));
} else {
  const [{ runPost }, { runner }] = await Promise.all([import('./action/post-run.js'), import('./action/runner.js')]);
  if (!gate.cache.save && gate.cache.line) runner.info(logText(gate.cache.line));
  const abandoned = await runPost(gate.state, gate.cache);
  runner.endStep();
  // A cache upload given up at its deadline may still hold a socket open to a
  // service that never answers; the step is done, so it ends here.
  if (abandoned) process.exit(process.exitCode ?? 0);
}
