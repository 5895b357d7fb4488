// `uv-workspace-sync fingerprints` from the bundled CLI, copied where no
// node_modules can be reached, under Node 20 and Node 24: the same answer as
// the in-process CLI, so a laptop and the action agree on every fingerprint.
import { execFile } from 'node:child_process';
import { copyFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run.js';
import { createSandbox, type Repo, type Sandbox } from '../helpers/git.js';
import { distDir, nodeBinaries, uvPathDir } from '../helpers/tools.js';
import { makeWorkspace } from '../helpers/uv-workspace.js';

let sandbox: Sandbox;
let repo: Repo;
let cli: string;
const PATH = `${uvPathDir()}${path.delimiter}${process.env.PATH}`;

beforeAll(async () => {
  sandbox = await createSandbox();
  await mkdir(path.join(sandbox.root, 'bin'));
  cli = path.join(sandbox.root, 'bin', 'uv-workspace-sync.js');
  await copyFile(path.join(distDir(), 'cli', 'index.js'), cli);
  repo = await sandbox.repo();
  await makeWorkspace(repo.dir, {
    members: [
      { name: 'core', path: 'libs/core' },
      { name: 'api', path: 'services/api', dependencies: ['core'] },
    ],
  });
  await repo.commit('workspace', { 'README.md': '# repo\n' });
});
afterAll(() => sandbox?.remove());

function run(node: string, args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(node, [cli, ...args], { cwd: repo.dir, env: { PATH, HOME: sandbox.root }, encoding: 'utf8' }, (error, stdout, stderr) => {
      resolve({ code: error ? ((error as { code?: number }).code ?? 1) : 0, stdout, stderr });
    });
  });
}

describe.each(nodeBinaries())('bundled fingerprints under $name', ({ bin }) => {
  it('prints the same JSON object as the in-process CLI', async () => {
    const bundled = await run(bin, ['fingerprints', '--json']);
    expect(bundled.stderr).toBe('');
    expect(bundled.code).toBe(0);
    let stdout = '';
    const saved = process.env.PATH;
    process.env.PATH = PATH;
    try {
      expect(await runCli(['fingerprints', '--json'], { cwd: repo.dir, stdout: { write: (t: string) => (stdout += t) }, stderr: { write: () => {} } })).toBe(0);
    } finally {
      process.env.PATH = saved;
    }
    const result = JSON.parse(bundled.stdout) as Record<string, string>;
    expect(Object.keys(result)).toEqual(['api', 'core']);
    expect(result).toEqual(JSON.parse(stdout));
  });
});
