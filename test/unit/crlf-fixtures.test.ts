// Fixtures and line endings. .gitattributes keeps test fixtures byte for
// byte on a Windows checkout (git for Windows sets core.autocrlf=true), and
// test/fixtures/crlf is a workspace committed with CRLF, as a Windows editor
// writes it without autocrlf: it reads, locks and hashes as its LF twin.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { hashFile } from '../../src/cache/key.js';
import { normalizeChangedPaths, parseChangedFilesText } from '../../src/changes/paths.js';
import { directDependencies, loadWorkspace } from '../../src/workspace/index.js';
import { projectRoot } from '../helpers/tools.js';

const FIXTURE = path.join(projectRoot, 'test', 'fixtures', 'crlf');
const tmp = mkdtempSync(path.join(os.tmpdir(), 'uvws-crlf-fixtures-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function files(dir: string, rel = ''): string[] {
  return readdirSync(path.join(dir, rel), { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(dir, path.join(rel, e.name)) : [path.join(rel, e.name)],
  );
}

/** HEAD's files under `paths` as `git archive` writes them with the given core.autocrlf: what a checkout with it holds. */
function archive(autocrlf: boolean, paths: string[]): string {
  const dir = mkdtempSync(path.join(tmp, autocrlf ? 'crlf-' : 'lf-'));
  const tar = execFileSync('git', ['-c', `core.autocrlf=${autocrlf}`, 'archive', '--format=tar', 'HEAD', '--', ...paths], { cwd: projectRoot, maxBuffer: 256 * 1024 * 1024 });
  execFileSync('tar', ['-x', '-C', dir], { input: tar });
  return dir;
}

const inGit = existsSync(path.join(projectRoot, '.git'));

describe('line endings of the fixtures', () => {
  it.skipIf(!inGit)('a core.autocrlf=true checkout keeps every fixture byte for byte, while it does convert example/', () => {
    const lf = archive(false, ['test/fixtures', 'example/pyproject.toml']);
    const crlf = archive(true, ['test/fixtures', 'example/pyproject.toml']);
    // The conversion is on: the example is checked out the way a Windows user has it.
    expect(readFileSync(path.join(crlf, 'example', 'pyproject.toml'), 'utf8')).toContain('\r\n');
    const fixtures = files(path.join(lf, 'test', 'fixtures'));
    expect(fixtures.length).toBeGreaterThan(10);
    expect(files(path.join(crlf, 'test', 'fixtures'))).toEqual(fixtures);
    for (const file of fixtures) {
      expect(readFileSync(path.join(crlf, 'test', 'fixtures', file)).equals(readFileSync(path.join(lf, 'test', 'fixtures', file))), file).toBe(true);
    }
  });

  it('test/fixtures/crlf is CRLF in this checkout', () => {
    for (const file of files(FIXTURE)) {
      const text = readFileSync(path.join(FIXTURE, file), 'utf8');
      expect(text.split('\n').slice(0, -1).every((line) => line.endsWith('\r')), file).toBe(true);
    }
  });
});

describe('a workspace committed with CRLF', () => {
  const twin = path.join(tmp, 'lf');
  cpSync(FIXTURE, twin, { recursive: true });
  for (const file of files(twin)) writeFileSync(path.join(twin, file), readFileSync(path.join(twin, file), 'utf8').replace(/\r\n/g, '\n'));

  it('has the members, edges and lock of its LF twin', () => {
    const view = (dir: string) => {
      const ws = loadWorkspace(dir, dir);
      return { members: ws.members.map((m) => [m.name, m.path, directDependencies(ws, m.name)]), edges: ws.edges, lock: ws.lockPath !== undefined };
    };
    expect(view(FIXTURE)).toEqual(view(twin));
    expect(view(FIXTURE).members).toEqual([
      ['api', 'packages/api', ['core']],
      ['core', 'packages/core', []],
    ]);
  });

  it('hashes uv.lock as its LF twin does (the cache key)', async () => {
    expect(await hashFile(path.join(FIXTURE, 'uv.lock'))).toBe(await hashFile(path.join(twin, 'uv.lock')));
  });

  it('a CRLF changed-files list, with a Windows separator, gives the paths of its LF twin', () => {
    const read = (dir: string) => parseChangedFilesText('changed-files', readFileSync(path.join(dir, 'changed-files.txt'), 'utf8')).paths;
    expect(read(FIXTURE)).toEqual(read(twin));
    expect(normalizeChangedPaths(read(FIXTURE), { repoRoot: 'C:\\repo', backslashes: true, platform: 'win32' }).paths).toEqual(['packages/api/y.py', 'packages/core/x.py']);
  });
});
