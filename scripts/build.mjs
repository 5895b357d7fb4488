// Bundles each entry point with ncc into dist/<entry>/index.js. The bundles are
// committed (an action runs from its repository) and must be reproducible, so
// no source maps or timestamps go into them.
import { execFileSync } from 'node:child_process';
import { chmodSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const ncc = path.join(root, 'node_modules', '@vercel', 'ncc', 'dist', 'ncc', 'cli.js');
const entries = ['main', 'post', 'cli'];
// `--out DIR` builds elsewhere (tests of a work in progress), leaving the committed dist/ alone.
const outFlag = process.argv.indexOf('--out');
const outRoot = outFlag > 0 ? path.resolve(process.argv[outFlag + 1]) : path.join(root, 'dist');

rmSync(outRoot, { recursive: true, force: true });
for (const entry of entries) {
  const out = path.join(outRoot, entry);
  execFileSync(
    process.execPath,
    [ncc, 'build', path.join(root, 'src', `${entry}.ts`), '-o', out, '--target', 'es2022', '--quiet', '--license', 'licenses.txt'],
    { stdio: 'inherit', cwd: root },
  );
  if (entry === 'cli') {
    const file = path.join(out, 'index.js');
    const code = readFileSync(file, 'utf8');
    if (!code.startsWith('#!')) writeFileSync(file, `#!/usr/bin/env node\n${code}`);
    chmodSync(file, 0o755);
  }
}
