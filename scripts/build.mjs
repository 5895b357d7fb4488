// Bundles each entry point with ncc into dist/<entry>/index.js. The bundles are
// committed (an action runs from its repository) and must be reproducible, so
// no source maps or timestamps go into them.
import { execFileSync } from 'node:child_process';
import { chmodSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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
  const file = path.join(out, 'index.js');
  // One non-ASCII character (a `…` in a message, a `→` in a comment) makes V8
  // decode the whole entry as UTF-8 and scan it as UTF-16: 4% of what
  // `mode: detect` executes. Escaped, the entry is plain ASCII and means the
  // same (\uXXXX is valid in strings, templates, regexes, identifiers, and
  // mere text in comments); no entry reads a template's raw text. The chunks
  // an entry loads later (main's step, the restore) are escaped alike, except
  // one that may read a template's raw text (`String.raw`, `.raw[`, `.raw(`,
  // `.raw.`), where an escape would show; a field of our own named `raw`
  // (`{ raw, why }`) is not that.
  for (const name of readdirSync(out).filter((n) => n.endsWith('.js'))) {
    const text = readFileSync(path.join(out, name), 'utf8');
    if (name !== 'index.js' && /String\.raw\b|\.raw\s*[([.]/.test(text)) continue;
    const ascii = text.replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
    writeFileSync(path.join(out, name), name === 'index.js' && entry === 'cli' && !ascii.startsWith('#!') ? `#!/usr/bin/env node\n${ascii}` : ascii);
  }
  if (entry === 'cli') chmodSync(file, 0o755);
}
