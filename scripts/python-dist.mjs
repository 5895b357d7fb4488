// Builds the Python distribution of the CLI (python/): copies the bundled CLI
// (dist/cli, from `npm run build`) into the package, then runs `uv build`, so
// `uvx uv-workspace-sync` and `uv tool install uv-workspace-sync` get the very
// bundle `npx uv-workspace-sync` runs.
//
//   node scripts/python-dist.mjs [--out DIR] [--dist DIR]
//
// --out: where the sdist and wheel go (default python/dist); --dist: the
// bundle to copy (default dist/, as scripts/build.mjs --out DIR names it).
// Uses the uv on PATH, else the pinned one in .tools (scripts/setup.mjs).
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const python = path.join(root, 'python');
const staged = path.join(python, 'src', 'uv_workspace_sync', 'cli');

function option(name, fallback) {
  const at = process.argv.indexOf(name);
  return at > 0 && process.argv[at + 1] ? path.resolve(process.argv[at + 1]) : fallback;
}

function fail(message, hint) {
  process.stderr.write(`error: ${message}\nhint: ${hint}\n`);
  process.exit(1);
}

/** The version in python/pyproject.toml's [project] table. */
function pyprojectVersion(text) {
  const project = text.split(/^\[/m).find((table) => table.startsWith('project]'));
  return project && /^version\s*=\s*"([^"]+)"/m.exec(project)?.[1];
}

function uvBinary() {
  const exe = process.platform === 'win32' ? 'uv.exe' : 'uv';
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    if (dir && existsSync(path.join(dir, exe))) return path.join(dir, exe);
  }
  const tools = JSON.parse(readFileSync(path.join(root, 'tools.json'), 'utf8'));
  const pinned = path.join(root, '.tools', 'uv', tools.uv, 'bin', exe);
  if (existsSync(pinned)) return pinned;
  return fail('uv is not on PATH', 'install uv (https://docs.astral.sh/uv/), or run node scripts/setup.mjs');
}

function main() {
  const out = option('--out', path.join(python, 'dist'));
  const bundle = path.join(option('--dist', path.join(root, 'dist')), 'cli');
  if (!existsSync(path.join(bundle, 'index.js'))) fail(`${path.relative(root, bundle) || bundle}/index.js does not exist`, 'run npm run build first');
  const npmVersion = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')).version;
  const pyVersion = pyprojectVersion(readFileSync(path.join(python, 'pyproject.toml'), 'utf8'));
  if (pyVersion !== npmVersion) {
    fail(`python/pyproject.toml has version ${pyVersion} but package.json has ${npmVersion}`, 'give both the same version: the wheel and the npm package carry the same CLI');
  }
  rmSync(staged, { recursive: true, force: true });
  cpSync(bundle, staged, { recursive: true });
  execFileSync(uvBinary(), ['build', '--quiet', '--out-dir', out, python], { stdio: 'inherit' });
  for (const file of readdirSync(out).filter((f) => f.includes(`-${npmVersion}`))) process.stdout.write(`${path.join(out, file)}\n`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
