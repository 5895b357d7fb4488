import { startMain, type MainStart } from './action/main-start.js';
import { runner } from './action/runner.js';

// The inputs are read and uv is asked (its version, its Python) before the
// rest of the step is loaded: Node compiles most of the bundle while uv
// answers on the other core.
let start: MainStart | undefined;
try {
  start = startMain({ env: process.env, cwd: process.cwd(), getInput: runner.getInput });
} catch {
  // Inputs that do not parse: runMain reads them again and reports it as the step's error.
}
const { runMain } = await import('./action/main-run.js');
await runMain(undefined, start);
