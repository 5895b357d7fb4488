import { runPost } from './action/post-run.js';

// A cache upload given up at its deadline may still hold a socket open to a
// service that never answers; the step is done, so it ends here.
if (await runPost()) process.exit(process.exitCode ?? 0);
