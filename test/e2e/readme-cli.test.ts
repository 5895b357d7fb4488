// Every command of the README's CLI section, run as written (through a shell,
// with the bundled dist/cli/index.js and uv on PATH, as on a laptop), in a
// real git repository whose uv workspace lives in `python/` and whose
// `origin/main` is behind HEAD.
import { execFile } from 'node:child_process';
import { appendFileSync, mkdtempSync, readFileSync, symlinkSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSandbox, GIT_ENV, type Repo, type Sandbox } from '../helpers/git.js';
import { distDir, projectRoot, uvPathDir } from '../helpers/tools.js';
import { uvBuildRequirement } from '../helpers/uv-workspace.js';

/** The lines of the ```sh block under `## CLI` in the README. */
function readmeCliCommands(): string[] {
  const readme = readFileSync(path.join(projectRoot, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('\n## CLI\n'));
  const block = /```sh\n([\s\S]*?)```/.exec(section);
  if (!block) throw new Error('no ```sh block in the README CLI section');
  return block[1]!.split('\n').filter((line) => line.trim() !== '');
}

function sh(cwd: string, command: string, env: NodeJS.ProcessEnv = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile('sh', ['-c', command], { cwd, env: { ...GIT_ENV, PATH: [path.dirname(process.execPath), uvPathDir(), process.env.PATH].join(path.delimiter), ...env } }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr });
    });
  });
}

const member = (name: string, deps: string[] = [], extras: Record<string, string[]> = {}) => {
  const lines = [`[project]`, `name = "${name}"`, 'version = "0.1.0"', 'requires-python = ">=3.11"', `dependencies = ${JSON.stringify(deps)}`];
  if (Object.keys(extras).length > 0) lines.push('[project.optional-dependencies]', ...Object.entries(extras).map(([e, list]) => `${e} = ${JSON.stringify(list)}`));
  lines.push('[tool.uv.sources]', ...[...deps, ...Object.values(extras).flat()].map((d) => `${d} = { workspace = true }`));
  // uv's own build backend, which uv runs offline: the `run --sync` example installs the members.
  lines.push('[build-system]', `requires = ["${uvBuildRequirement()}"]`, 'build-backend = "uv_build"');
  return `${lines.join('\n')}\n`;
};

let box: Sandbox;
let repo: Repo;

beforeAll(async () => {
  box = await createSandbox();
  const source = await box.repo('source');
  await source.commit('workspace', {
    'python/pyproject.toml': '[tool.uv.workspace]\nmembers = ["libs/*", "apps/*"]\n',
    'python/libs/core/pyproject.toml': member('core'),
    'python/libs/plugin/pyproject.toml': member('plugin'),
    // `app` reaches `plugin` only through its `full` extra: --all-extras decides.
    'python/apps/app/pyproject.toml': member('app', ['core'], { full: ['plugin'] }),
    ...Object.fromEntries(['libs/core/src/core', 'libs/plugin/src/plugin', 'apps/app/src/app'].map((dir) => [`python/${dir}/__init__.py`, ''])),
    'python/libs/plugin/test_plugin.py': 'import unittest\n\nclass T(unittest.TestCase):\n    def test_plugin(self):\n        print("plugin tested")\n',
    'README.md': '# repo\n',
  });
  const origin = await box.remote(source, 'origin');
  repo = await box.checkout(origin, 'refs/heads/main', { depth: 0, name: 'work' });
  await repo.commit('plugin change', { 'python/libs/plugin/src/plugin/x.py': 'X = 1\n' });
  // The README runs `node dist/cli/index.js` from the repository root, where a clone tracks dist/.
  symlinkSync(distDir(), path.join(repo.dir, 'dist'));
  appendFileSync(path.join(repo.dir, '.git', 'info', 'exclude'), 'dist\n');
});

afterAll(async () => {
  await box?.remove();
});

describe("the README's CLI examples, as written", () => {
  const commands = readmeCliCommands();

  it('are the eleven documented ones', () => {
    expect(commands).toEqual([
      'node dist/cli/index.js members --workspace python --json',
      'git diff --name-only origin/main... | node dist/cli/index.js affected --workspace python --files -',
      'node dist/cli/index.js affected --workspace python --base origin/main --sync-args "--all-extras"',
      'cd python && node ../dist/cli/index.js affected --base origin/main',
      'node dist/cli/index.js fingerprints --workspace python --sync-args=--no-dev --json',
      'for m in $(node dist/cli/index.js affected --workspace python --base origin/main --format names); do echo "testing $m"; done',
      'node dist/cli/index.js affected --workspace python --base origin/main --head HEAD --format github >> "$GITHUB_OUTPUT"',
      'node dist/cli/index.js why app --workspace python --base origin/main',
      'node dist/cli/index.js graph --workspace python --format dot',
      'node dist/cli/index.js fingerprints --workspace python --explain',
      'node dist/cli/index.js run --workspace python --base origin/main --sync -- python -m unittest -v',
    ]);
  });

  it('members --json', async () => {
    const result = await sh(repo.dir, commands[0]!);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual([
      {
        name: 'app',
        path: 'python/apps/app',
        dependencies: ['core', 'plugin'],
        edges: [
          { to: 'core', kind: 'runtime' },
          { to: 'plugin', kind: 'extra', extra: 'full' },
        ],
      },
      { name: 'core', path: 'python/libs/core', dependencies: [], edges: [] },
      { name: 'plugin', path: 'python/libs/plugin', dependencies: [], edges: [] },
    ]);
  });

  it('git diff piped into affected --files -', async () => {
    const result = await sh(repo.dir, commands[1]!);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^plugin\s+python\/libs\/plugin\s+changed: python\/libs\/plugin\/src\/plugin\/x\.py$/m);
    expect(result.stdout).toContain('1 of 3 members affected');
  });

  it('affected --base with --sync-args "--all-extras" (a value starting with a dash)', async () => {
    const result = await sh(repo.dir, commands[2]!);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    // With every extra installed, app's `full` extra pulls the changed plugin in.
    expect(result.stdout).toMatch(/^app\s+python\/apps\/app\s+/m);
    expect(result.stdout).toContain('2 of 3 members affected');
  });

  it('affected --base from the workspace directory: the same members as from the root', async () => {
    const result = await sh(repo.dir, commands[3]!);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^plugin\s+python\/libs\/plugin\s+/m);
    expect(result.stdout).toContain('1 of 3 members affected');
  });

  it('fingerprints --json: one hex digest per member, the same from a second run', async () => {
    const first = await sh(repo.dir, commands[4]!);
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    const prints = JSON.parse(first.stdout) as Record<string, string>;
    expect(Object.keys(prints).sort()).toEqual(['app', 'core', 'plugin']);
    for (const hex of Object.values(prints)) expect(hex).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.parse((await sh(repo.dir, commands[4]!)).stdout)).toEqual(prints);
  });

  it('--format names in a shell loop: one member per iteration', async () => {
    const result = await sh(repo.dir, commands[5]!);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('testing plugin\n');
  });

  it('--format github appended to $GITHUB_OUTPUT', async () => {
    const output = path.join(mkdtempSync(path.join(os.tmpdir(), 'uvws-readme-output-')), 'output');
    const result = await sh(repo.dir, commands[6]!, { GITHUB_OUTPUT: output });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const lines = readFileSync(output, 'utf8').trimEnd().split('\n');
    expect(lines).toContain('members=["plugin"]');
    expect(lines).toContain('matrix={"include":[{"package":"plugin","path":"python/libs/plugin"}]}');
    expect(lines).toContain('any-affected=true');
  });

  it('why: app is not affected without its extra, and the answer says what its sync installs', async () => {
    const result = await sh(repo.dir, commands[7]!);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('app (python/apps/app) is not affected by 1 changed path:\n');
    expect(result.stdout).toContain('  uv sync --package app installs 1 other member: core\n');
    expect(result.stdout).toContain('  changed, and not installed by app: plugin\n');
  });

  it('graph --format dot', async () => {
    const result = await sh(repo.dir, commands[8]!);
    expect(result.stderr).toBe('');
    expect(result.stdout).toMatch(/^digraph workspace \{/);
    expect(result.stdout).toContain('m0 -> m2 [label="extra full"];');
  });

  it('fingerprints --explain', async () => {
    const result = await sh(repo.dir, commands[9]!);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^uv: /);
    expect(result.stdout).toMatch(/^app {2}[0-9a-f]{64}\n {2}files: 2 own/m);
  });

  it('run --base --sync: syncs the affected member and runs its tests', async () => {
    const uvEnv = {
      PATH: `${uvPathDir()}${path.delimiter}${path.dirname(process.execPath)}${path.delimiter}${process.env.PATH}`,
      UV_OFFLINE: '1',
      UV_PYTHON_DOWNLOADS: 'never',
      UV_PYTHON: 'python3',
      UV_NO_CONFIG: '1',
      UV_CACHE_DIR: path.join(box.root, 'uv-cache'),
    };
    const result = await sh(repo.dir, commands[10]!, uvEnv);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toContain('$ uv sync --package plugin');
    expect(result.stdout).toMatch(/^── ✅ plugin passed in /m);
    expect(result.stdout).toContain('plugin tested');
    expect(result.stdout).toMatch(/^plugin\s+passed\s+\d+\.\d$/m);
  });
});
