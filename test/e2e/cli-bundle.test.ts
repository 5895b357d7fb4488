// The bundled CLI (dist/cli/index.js) as a user runs it: a single file copied
// far from the project, where no node_modules can be reached, run with plain
// `node` under Node 20 and Node 24.
import { execFile } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { distDir, nodeBinaries } from '../helpers/tools.js';
import { makeWorkspace } from '../helpers/uv-workspace.js';

let tmp: string;
let cli: string;
let repo: string;
let broken: string;

beforeAll(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'uvws-cli-bundle-'));
  await mkdir(path.join(tmp, 'bin'));
  cli = path.join(tmp, 'bin', 'uv-workspace-sync.js');
  await copyFile(path.join(distDir(), 'cli', 'index.js'), cli);
  repo = path.join(tmp, 'repo');
  await makeWorkspace(path.join(repo, 'py'), {
    members: [
      { name: 'core', path: 'libs/core' },
      { name: 'api', path: 'services/api', dependencies: ['core'] },
      { name: 'web', path: 'services/web', dependencies: ['api'] },
      { name: 'tools', path: 'tools' },
    ],
  });
  await writeFile(path.join(repo, 'README.md'), '# repo\n');
  broken = path.join(tmp, 'broken');
  await makeWorkspace(broken, { members: [{ name: 'core', path: 'libs/core' }] });
  await writeFile(path.join(broken, 'libs', 'core', 'pyproject.toml'), '[project]\nname = "core"\nversion = "0.1.0\n');
});

afterAll(async () => {
  if (tmp) await rm(tmp, { recursive: true, force: true });
});

function run(node: string, cwd: string, args: string[], stdin?: string): Promise<{ code: number; stdout: string; stderr: string }> {
  const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, HOME: tmp, NO_COLOR: '1' };
  return new Promise((resolve) => {
    const child = execFile(node, [cli, ...args], { cwd, env, encoding: 'utf8' }, (error, stdout, stderr) => {
      resolve({ code: error ? ((error as { code?: number }).code ?? 1) : 0, stdout, stderr });
    });
    child.stdin!.end(stdin ?? '');
  });
}

it('the copy sits where no node_modules can be resolved from', () => {
  // Node looks in node_modules of every ancestor directory; none may exist, or the test proves nothing.
  let dir = path.dirname(cli);
  for (;;) {
    expect(existsSync(path.join(dir, 'node_modules')), dir).toBe(false);
    const parent = path.dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
});

describe.each(nodeBinaries())('dist/cli under $name, no node_modules', ({ bin }) => {
  it('members --json: every member with its repository path, direct dependencies and their edges', async () => {
    const result = await run(bin, repo, ['members', '--workspace', 'py', '--json']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual([
      { name: 'api', path: 'py/services/api', dependencies: ['core'], edges: [{ to: 'core', kind: 'runtime' }] },
      { name: 'core', path: 'py/libs/core', dependencies: [], edges: [] },
      { name: 'tools', path: 'py/tools', dependencies: [], edges: [] },
      { name: 'web', path: 'py/services/web', dependencies: ['api'], edges: [{ to: 'api', kind: 'runtime' }] },
    ]);
  });

  it('affected --files - reads changed paths from stdin and follows dependents', async () => {
    const result = await run(bin, repo, ['affected', '--workspace', 'py', '--files', '-', '--json'], 'py/libs/core/src/core/util.py\nREADME.md\n');
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const out = JSON.parse(result.stdout) as { all: boolean; members: { name: string; path: string; reasons: string[] }[] };
    expect(out.all).toBe(false);
    expect(out.members.map((m) => [m.name, m.path])).toEqual([
      ['api', 'py/services/api'],
      ['core', 'py/libs/core'],
      ['web', 'py/services/web'],
    ]);
    for (const member of out.members) expect(member.reasons.length, member.name).toBeGreaterThan(0);
  });

  it('a broken pyproject.toml: exit 1, one error: line naming the file, no stack trace', async () => {
    const result = await run(bin, broken, ['members', '--json']);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    const lines = result.stderr.trimEnd().split('\n');
    const errors = lines.filter((line) => line.startsWith('error:'));
    expect(errors, result.stderr).toHaveLength(1);
    expect(errors[0]).toMatch(/libs\/core\/pyproject\.toml/);
    expect(result.stderr).not.toMatch(/^\s+at /m);
    expect(result.stderr).not.toMatch(/\b(TypeError|SyntaxError|Error):/);
  });
});

describe.each(nodeBinaries())('a reader that closes the pipe early, under $name', ({ bin }) => {
  it('ends quietly, as `members | head -1` expects', async () => {
    const { spawn } = await import('node:child_process');
    const child = spawn(bin, [cli, 'members', '--workspace', 'py'], { cwd: repo, env: { PATH: process.env.PATH, HOME: tmp }, stdio: ['ignore', 'pipe', 'pipe'] });
    // Closed before the CLI has started: its first write meets EPIPE.
    child.stdout.destroy();
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => child.on('close', (c) => resolve(c)));
    expect(stderr).toBe('');
    expect(code).toBe(0);
  });
});
