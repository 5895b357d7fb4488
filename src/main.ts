import { runMain } from './action/main-run.js';

await runMain();
