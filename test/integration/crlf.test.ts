// Line endings either way: the same commit checked out with LF (Linux, macOS)
// and with CRLF (a Windows runner, where git for Windows sets
// core.autocrlf=true) must give the same members, the same affected set, the
// same cache key and the same fingerprints. git stores LF in both: what is
// read from the work tree must be compared and hashed in that form too.
import { readFileSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { cliIn } from '../helpers/cli.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashFile } from '../../src/cache/key.js';
import { fileContentIds } from '../../src/fingerprint/files.js';
import { runUv } from '../../src/uv/run.js';
import { checkOutWithCrlf, createSandbox, type Repo, type Sandbox } from '../helpers/git.js';
import { uvBin, uvTestEnv } from '../helpers/tools.js';
import { makeWorkspace } from '../helpers/uv-workspace.js';

let box: Sandbox;
let lf: Repo;
let crlf: Repo;

beforeAll(async () => {
  box = await createSandbox();
  const repo = await box.repo('source');
  await makeWorkspace(repo.dir, {
    members: [
      { name: 'core', path: 'packages/core' },
      { name: 'api', path: 'packages/api', dependencies: ['core'] },
      { name: 'docs', path: 'docs' },
    ],
  });
  writeFileSync(path.join(repo.dir, '.python-version'), '3.12\n');
  writeFileSync(path.join(repo.dir, 'uv.toml'), '# uv settings\nnative-tls = false\n');
  const lock = await runUv(uvBin(), ['lock'], { cwd: repo.dir, env: uvTestEnv() });
  if (lock.code !== 0) throw new Error(`uv lock failed: ${lock.stderr}`);
  await repo.commit('workspace');
  const origin = await box.remote(repo, 'origin');
  lf = await box.checkout(origin, 'refs/heads/main', { name: 'lf' });
  crlf = await box.checkout(origin, 'refs/heads/main', { name: 'crlf' });
  await checkOutWithCrlf(crlf);
}, 120_000);

afterAll(async () => {
  await box?.remove();
});


describe('a CRLF checkout (core.autocrlf=true) answers as an LF one', () => {
  it('the CRLF checkout really has CRLF files, and git still stores LF', async () => {
    for (const file of ['pyproject.toml', 'packages/api/pyproject.toml', 'uv.lock', 'uv.toml', '.python-version']) {
      expect(readFileSync(path.join(crlf.dir, file), 'utf8'), file).toContain('\r\n');
      expect(readFileSync(path.join(lf.dir, file), 'utf8'), file).not.toContain('\r');
    }
    expect(await crlf.git('ls-files', '--eol', 'uv.lock')).toMatch(/^i\/lf\s+w\/crlf/);
  });

  it('members and edges from CRLF pyproject.toml and uv.lock', async () => {
    const [a, b] = await Promise.all([cliIn(lf.dir, ['members', '--json']), cliIn(crlf.dir, ['members', '--json'])]);
    expect(b).toEqual(a);
    expect(JSON.parse(a.stdout)).toContainEqual({ name: 'api', path: 'packages/api', dependencies: ['core'], edges: [{ to: 'core', kind: 'runtime' }] });
  });

  it('affected from a CRLF --files list', async () => {
    writeFileSync(path.join(box.root, 'lf.txt'), 'packages/core/src/core/__init__.py\nREADME.md\n');
    writeFileSync(path.join(box.root, 'crlf.txt'), 'packages/core/src/core/__init__.py\r\nREADME.md\r\n');
    const a = await cliIn(lf.dir, ['affected', '--files', path.join(box.root, 'lf.txt'), '--json']);
    const b = await cliIn(crlf.dir, ['affected', '--files', path.join(box.root, 'crlf.txt'), '--json']);
    expect(a.code, a.stderr).toBe(0);
    expect(b).toEqual(a);
    expect((JSON.parse(a.stdout) as { members: { name: string }[] }).members.map((m) => m.name)).toEqual(['api', 'core']);
  });

  it('the cache key hashes uv.lock in the LF form git stores', async () => {
    expect(await hashFile(path.join(crlf.dir, 'uv.lock'))).toBe(await hashFile(path.join(lf.dir, 'uv.lock')));
  });

  it("fingerprints: the tracked files' content ids are git's LF blobs, also for files whose stat git no longer trusts", async () => {
    expect(await fileContentIds(crlf.dir)).toEqual(await fileContentIds(lf.dir));
    // Touched files are listed by `git diff-files` and hashed from the CRLF work tree with `git hash-object`, which applies autocrlf.
    const later = new Date(Date.now() + 60_000);
    for (const file of ['uv.lock', 'packages/core/pyproject.toml']) utimesSync(path.join(crlf.dir, file), later, later);
    expect((await crlf.git('diff-files', '--name-only')).trim().split('\n').sort()).toEqual(['packages/core/pyproject.toml', 'uv.lock']);
    expect(await fileContentIds(crlf.dir)).toEqual(await fileContentIds(lf.dir));
    const [a, b] = await Promise.all([cliIn(lf.dir, ['fingerprints', '--json']), cliIn(crlf.dir, ['fingerprints', '--json'])]);
    expect(a.code, a.stderr).toBe(0);
    expect(b).toEqual(a);
  });
});
