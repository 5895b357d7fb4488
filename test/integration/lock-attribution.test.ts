// uv.lock changes are attributed to the members whose installed packages
// changed, on locks written by the real uv: a registry bump relocked with
// `uv lock --upgrade-package`, and real corpus locks with one package's
// version edited (uv export names the members that install it).
import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { reasonsText } from '../../src/affected/reasons.js';
import { computeAffected } from '../../src/affected/engine.js';
import { loadWorkspace } from '../../src/workspace/index.js';
import { parseLock } from '../../src/workspace/lockfile.js';
import { indexEnv, makeWorkspace } from '../helpers/uv-workspace.js';
import { buildWheel, serveIndex } from '../helpers/wheels.js';
import { corpusDir, uvBin, uvTestEnv } from '../helpers/tools.js';
import { readSyncArgs } from '../../src/workspace/selection.js';

const run = promisify(execFile);
const corpus = corpusDir();
const temps: string[] = [];
afterAll(() => {
  for (const t of temps) rmSync(t, { recursive: true, force: true });
});
const tempDir = () => {
  const d = mkdtempSync(path.join(os.tmpdir(), 'lock-attribution-'));
  temps.push(d);
  return d;
};

describe('uv.lock attribution on locks made by uv', () => {
  it('a registry bump marks the member that uses it and whoever installs that member', async () => {
    const dir = tempDir();
    const wheels = path.join(dir, 'wheels');
    mkdirSync(wheels);
    await buildWheel(wheels, { name: 'tinynum', version: '1.0.0' });
    await buildWheel(wheels, { name: 'shared', version: '1.0.0' });
    await buildWheel(wheels, { name: 'helper', version: '0.3.0' });
    const index = await serveIndex(wheels);
    try {
      const ws = path.join(dir, 'repo');
      await makeWorkspace(ws, {
        members: [
          { name: 'core', path: 'packages/core', dependencies: ['shared'] },
          { name: 'api', path: 'packages/api', dependencies: ['core', 'tinynum'] },
          { name: 'web', path: 'packages/web', dependencies: ['core'] },
          { name: 'tools', path: 'packages/tools', groups: { dev: ['api'] } },
        ],
      });
      const env = indexEnv(index.url);
      await run(uvBin(), ['lock'], { cwd: ws, env });
      const base = readFileSync(path.join(ws, 'uv.lock'), 'utf8');
      // A new tinynum appears on the index, with a new dependency; nothing in pyproject changes.
      await buildWheel(wheels, { name: 'tinynum', version: '2.0.0', dependencies: ['helper'] });
      await run(uvBin(), ['lock', '--upgrade-package', 'tinynum'], { cwd: ws, env });
      const head = readFileSync(path.join(ws, 'uv.lock'), 'utf8');
      expect(head).not.toBe(base);

      const workspace = loadWorkspace('.', ws);
      const a = computeAffected(workspace, { paths: ['uv.lock'], lock: { base, head } });
      expect(a.all).toBe(false);
      expect(a.members.map((m) => [m.name, reasonsText(m.reasons)])).toEqual([
        ['api', ['uv.lock: adds helper 0.3.0', 'uv.lock: tinynum 1.0.0 -> 2.0.0']],
        ['tools', ['uv.lock: adds helper 0.3.0', 'uv.lock: tinynum 1.0.0 -> 2.0.0']],
      ]);
      // Without tools' dev group (`--no-dev`), only api installs tinynum.
      expect(computeAffected(workspace, { paths: ['uv.lock'], lock: { base, head }, syncArgs: readSyncArgs(['--no-dev']) }).members.map((m) => m.name)).toEqual(['api']);
      // A lock that only changed in a package nobody installs affects nobody: relocking is a no-op here.
      expect(computeAffected(workspace, { paths: ['uv.lock'], lock: { base: head, head } }).members).toEqual([]);
    } finally {
      await index.close();
    }
  });
});

async function exportedPackages(dir: string, member: string): Promise<Set<string>> {
  const { stdout } = await run(uvBin(), ['export', '--package', member, '--frozen', '--no-hashes', '--no-header', '--no-annotate'], {
    cwd: dir,
    env: uvTestEnv(),
    maxBuffer: 64 * 1024 * 1024,
  });
  // `name==version ; marker` lines; editable members are `-e ./path`.
  return new Set(stdout.split('\n').map((l) => /^([A-Za-z0-9._-]+)==/.exec(l)?.[1]?.toLowerCase().replace(/[-_.]+/g, '-')).filter((n): n is string => !!n));
}

describe.skipIf(!corpus)('uv.lock attribution on real corpus locks', () => {
  for (const [folder, root] of [
    ['crewAIInc__crewAI', '.'],
    ['microsoft__autogen', 'python'],
  ] as const) {
    it(`${folder}: bumping one package marks exactly the members uv export lists it for`, async () => {
      const src = path.join(corpus!, folder, root);
      const ws = loadWorkspace(root, path.join(corpus!, folder));
      // uv export reads only the pyproject files and the lock: copy them (the corpus is read-only).
      const dir = tempDir();
      for (const m of ws.members) {
        const rel = path.relative(src, m.dir);
        mkdirSync(path.join(dir, rel), { recursive: true });
        cpSync(path.join(m.dir, 'pyproject.toml'), path.join(dir, rel, 'pyproject.toml'));
      }
      cpSync(path.join(src, 'pyproject.toml'), path.join(dir, 'pyproject.toml'));
      const base = readFileSync(path.join(src, 'uv.lock'), 'utf8');
      cpSync(path.join(src, 'uv.lock'), path.join(dir, 'uv.lock'));
      const exports = new Map<string, Set<string>>();
      for (const m of ws.members) exports.set(m.name, await exportedPackages(dir, m.name));

      // Packages some members install and others do not, locked at one version.
      const lock = parseLock(base, 'uv.lock');
      const counts = new Map<string, number>();
      for (const p of lock.packages) counts.set(p.name, (counts.get(p.name) ?? 0) + 1);
      const candidates = lock.packages
        .filter((p) => counts.get(p.name) === 1 && p.source.startsWith('registry='))
        .map((p) => p.name)
        .filter((name) => {
          const n = [...exports.values()].filter((s) => s.has(name)).length;
          return n > 0 && n < ws.members.length;
        })
        .sort();
      expect(candidates.length).toBeGreaterThan(0);
      for (const name of candidates.filter((_, i) => i % Math.ceil(candidates.length / 5) === 0)) {
        const pkg = lock.packages.find((p) => p.name === name)!;
        const header = new RegExp(`(\\[\\[package\\]\\]\\nname = "${name.replace(/[-_.]/g, '[-_.]')}"\\nversion = ")${pkg.version!.replace(/\./g, '\\.')}"`, 'i');
        expect(base).toMatch(header);
        const head = base.replace(header, `$1${pkg.version}.post99"`);
        const expected = ws.members.filter((m) => exports.get(m.name)!.has(name)).map((m) => m.name).sort();
        const a = computeAffected(ws, { paths: [root === '.' ? 'uv.lock' : `${root}/uv.lock`], lock: { base, head } });
        expect({ name, members: a.members.map((m) => m.name) }).toEqual({ name, members: expected });
        for (const m of a.members) expect(reasonsText(m.reasons)).toEqual([`uv.lock: ${name} ${pkg.version} -> ${pkg.version}.post99`]);
      }
    });
  }
});
