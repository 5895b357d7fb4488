// Entry the bench bundles (into its temp dir, never dist/) when dist/cli/index.js
// is not built yet: the same runCli that src/cli.ts wires to the process.
import { runCli } from '../../src/cli/run.ts';

runCli(process.argv.slice(2), { cwd: process.cwd(), stdout: process.stdout, stderr: process.stderr, stdin: process.stdin }).then((code) => {
  process.exitCode = code;
});
