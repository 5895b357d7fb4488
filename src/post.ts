import { postGate } from './action/post-gate.js';
import { logText } from './report/escape.js';

// The gate reads main's state before anything heavy is loaded: most posts
// (an exact cache hit, a pull request that may not save, a detect step) have
// nothing to do, and stop here in the time it takes Node to start.
const gate = postGate(process.env);
if (!gate.run) {
  if (gate.line) process.stdout.write(`${logText(gate.line)}\n`);
} else {
  const [{ runPost }, { runner }] = await Promise.all([import('./action/post-run.js'), import('./action/runner.js')]);
  if (!gate.cache.save && gate.cache.line) runner.info(logText(gate.cache.line));
  const abandoned = await runPost(gate.state, gate.cache);
  runner.endStep();
  // A cache upload given up at its deadline may still hold a socket open to a
  // service that never answers; the step is done, so it ends here.
  if (abandoned) process.exit(process.exitCode ?? 0);
}
