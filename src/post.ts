import { runPost } from './action/post-run.js';

await runPost();
