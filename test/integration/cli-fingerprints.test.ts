// `uv-workspace-sync fingerprints` on a real uv workspace (locked by the real
// uv) in a real git repository: one hex per member, stable across clones and
// runs, and a change moves exactly the fingerprints `affected` names.
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run.js';
import { runUv } from '../../src/uv/run.js';
import { createSandbox, git, type Repo, type Sandbox } from '../helpers/git.js';
import { uvBin, uvPathDir, uvTestEnv } from '../helpers/tools.js';
import { makeWorkspace } from '../helpers/uv-workspace.js';

async function cli(cwd: string, ...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, { cwd, stdout: { write: (t: string) => (stdout += t) }, stderr: { write: (t: string) => (stderr += t) } });
  return { code, stdout, stderr };
}

async function fingerprints(cwd: string, ...extra: string[]): Promise<Record<string, string>> {
  const { code, stdout, stderr } = await cli(cwd, 'fingerprints', '--workspace', 'py', ...extra, '--json');
  expect(stderr).toBe('');
  expect(code).toBe(0);
  return JSON.parse(stdout) as Record<string, string>;
}

const changed = (a: Record<string, string>, b: Record<string, string>) => Object.keys(b).filter((k) => a[k] !== b[k]).sort();

describe('fingerprints', () => {
  let sandbox: Sandbox;
  let repo: Repo;
  let savedPath: string | undefined;

  beforeAll(async () => {
    // The uv version is part of every fingerprint: use the pinned one.
    savedPath = process.env.PATH;
    process.env.PATH = `${uvPathDir()}${path.delimiter}${process.env.PATH}`;
    sandbox = await createSandbox();
    repo = await sandbox.repo();
    await makeWorkspace(path.join(repo.dir, 'py'), {
      members: [
        { name: 'core', path: 'libs/core' },
        { name: 'api', path: 'libs/api', dependencies: ['core'] },
        { name: 'tool', path: 'libs/tool', groups: { dev: ['api'] } },
        { name: 'solo', path: 'libs/solo' },
      ],
    });
    const lock = await runUv(uvBin(), ['lock', '--offline'], { cwd: path.join(repo.dir, 'py'), env: uvTestEnv() });
    expect(lock.code, lock.stderr).toBe(0);
    await repo.commit('workspace', { 'README.md': 'hello\n' });
  }, 60_000);
  afterAll(async () => {
    process.env.PATH = savedPath;
    await sandbox.remove();
  });

  it('prints one sha256 hex per member, equal across runs and across clones at other paths', async () => {
    const first = await fingerprints(repo.dir);
    expect(Object.keys(first)).toEqual(['api', 'core', 'solo', 'tool']);
    for (const hex of Object.values(first)) expect(hex).toMatch(/^[0-9a-f]{64}$/);
    expect(new Set(Object.values(first)).size).toBe(4);
    expect(await fingerprints(repo.dir)).toEqual(first);
    const clone = path.join(sandbox.root, 'elsewhere', 'deeper', 'clone');
    await git(sandbox.root, 'clone', '-q', repo.dir, clone);
    expect(await fingerprints(clone)).toEqual(first);
  });

  it('moves exactly the fingerprints of the members `affected` names', async () => {
    const before = await fingerprints(repo.dir);
    const base = await repo.rev();
    await repo.commit('core change', { 'py/libs/core/src/core/extra.py': 'x = 1\n', 'README.md': 'hello again\n' });
    const after = await fingerprints(repo.dir);
    const { stdout } = await cli(repo.dir, 'affected', '--workspace', 'py', '--base', base, '--json');
    const affected = (JSON.parse(stdout) as { members: { name: string }[] }).members.map((m) => m.name);
    expect(affected).toEqual(['api', 'core', 'tool']);
    expect(changed(before, after)).toEqual(affected);
  });

  it('a new edge (pyproject and a re-locked uv.lock) moves exactly what `affected` names', async () => {
    const before = await fingerprints(repo.dir);
    const base = await repo.rev();
    const pyproject = path.join(repo.dir, 'py/libs/solo/pyproject.toml');
    const { readFile, writeFile } = await import('node:fs/promises');
    const text = await readFile(pyproject, 'utf8');
    await writeFile(pyproject, `${text.replace('dependencies = []', 'dependencies = ["core"]')}\n[tool.uv.sources]\ncore = { workspace = true }\n`);
    const lock = await runUv(uvBin(), ['lock', '--offline'], { cwd: path.join(repo.dir, 'py'), env: uvTestEnv() });
    expect(lock.code, lock.stderr).toBe(0);
    await repo.commit('solo uses core');
    const after = await fingerprints(repo.dir);
    const { stdout } = await cli(repo.dir, 'affected', '--workspace', 'py', '--base', base, '--json');
    const affected = (JSON.parse(stdout) as { members: { name: string; reasons: string[] }[] }).members;
    expect(affected.map((m) => m.name)).toEqual(['solo']);
    expect(changed(before, after)).toEqual(['solo']);
  });

  it('an uncommitted edit counts, and undoing it restores the fingerprint', async () => {
    const clean = await fingerprints(repo.dir);
    const file = path.join(repo.dir, 'py/libs/solo/src/solo/__init__.py');
    const { readFile, writeFile } = await import('node:fs/promises');
    const original = await readFile(file, 'utf8');
    await writeFile(file, `${original}# edited\n`);
    expect(changed(clean, await fingerprints(repo.dir))).toEqual(['solo']);
    await writeFile(file, original);
    expect(await fingerprints(repo.dir)).toEqual(clean);
  });

  it('the sync selection is part of it', async () => {
    const plain = await fingerprints(repo.dir);
    const noDev = await fingerprints(repo.dir, '--sync-args=--no-dev');
    expect(changed(plain, noDev)).toEqual(['api', 'core', 'solo', 'tool']);
  });

  it('the Python a --python in sync-args asks for is part of it, as it is of the cache key', async () => {
    // Interpreters uv cannot find (downloads are off) fall back to the request itself.
    const a = await fingerprints(repo.dir, '--sync-args=--python pypy@3.9');
    const b = await fingerprints(repo.dir, '--sync-args=--python pypy@3.8');
    expect(changed(a, b)).toEqual(['api', 'core', 'solo', 'tool']);
    expect(await fingerprints(repo.dir, '--sync-args=--python pypy@3.9')).toEqual(a);
  });

  it('prints a table without --json, and one error line outside a git work tree', async () => {
    const table = await cli(repo.dir, 'fingerprints', '--workspace', 'py');
    expect(table.code).toBe(0);
    expect(table.stdout).toMatch(/^MEMBER\s+PATH\s+FINGERPRINT/);
    expect(table.stdout).toContain('py/libs/core');
    const { mkdir, cp } = await import('node:fs/promises');
    const plain = path.join(sandbox.root, 'not-git');
    await mkdir(plain, { recursive: true });
    await cp(path.join(repo.dir, 'py'), path.join(plain, 'py'), { recursive: true });
    const outside = await cli(plain, 'fingerprints', '--workspace', 'py', '--json');
    expect(outside.code).toBe(1);
    expect(outside.stderr).toMatch(/^error: fingerprints need a git work tree: `git ls-files` failed in /);
  });
});
