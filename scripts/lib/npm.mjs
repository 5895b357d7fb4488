// npm, started without a shell on every platform. On Windows `npm` is
// `npm.cmd`, which Node cannot start without one (and the project never uses
// a shell): npm's own JavaScript entry is run with this Node instead.
import { existsSync } from 'node:fs';
import path from 'node:path';

/** The program and arguments that run `npm args…`. */
export function npmCommand(args, env = process.env, platform = process.platform) {
  // Set by npm itself for `npm test`, `npm run …`: the npm that is running.
  const running = env.npm_execpath;
  if (running && /npm-cli\.c?js$/.test(running) && existsSync(running)) return { file: process.execPath, args: [running, ...args] };
  if (platform === 'win32') {
    // The Windows installer puts npm beside node.exe.
    const cli = path.join(path.dirname(process.execPath), 'node_modules', 'npm', 'bin', 'npm-cli.js');
    if (existsSync(cli)) return { file: process.execPath, args: [cli, ...args] };
    throw new Error(`npm is not beside ${process.execPath} (looked for ${cli}); run this script through npm (npm run setup)`);
  }
  return { file: 'npm', args };
}
