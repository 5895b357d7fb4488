import { startEarlyProbe, type EarlyProbe } from './action/early-probe.js';
import type { MainStart } from './action/main-start.js';

// uv is asked (its version, its Python) first, before the inputs' parser is
// even loaded (action/early-probe.ts); then the inputs are read, and only
// then is the rest of the step loaded: Node compiles the bundle while uv
// answers on the other core.
let early: EarlyProbe | undefined;
try {
  early = startEarlyProbe(process.env, process.cwd());
} catch {
  // Nothing is lost: startMain asks uv itself.
}
const [{ startMain }, { runner }] = await Promise.all([import('./action/main-start.js'), import('./action/runner.js')]);
let start: MainStart | undefined;
try {
  start = startMain({ env: process.env, cwd: process.cwd(), getInput: runner.getInput }, early);
} catch {
  // Inputs that do not parse: runMain reads them again and reports it as the step's error.
}
const { runMain } = await import('./action/main-run.js');
await runMain(undefined, start);
