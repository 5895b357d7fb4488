#!/usr/bin/env node
// Records what real uv prints (stderr) for the situations the action parses
// and reports on, with the pinned uv and the oldest supported uv, into
// test/fixtures/uv-output/<uv-version>/<case>.txt plus cases.json (argv and
// exit code per case). Fully offline: wheels and an sdist are built locally
// and served from a loopback index (test/helpers/wheels.ts).
//
// The temp directory and the index port are replaced by fixed placeholders
// (/tmp/uv-record, 127.0.0.1:PORT) so re-recording only changes what uv
// really changed. Everything else is byte-for-byte uv's output.
//
// Usage: node scripts/record-uv-output.mjs [--out DIR] [uv-version ...]
// Re-recording changes timings in the fixtures; the summary golden files
// made from them (test/fixtures/summary) must be regenerated afterwards.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const tools = JSON.parse(readFileSync(path.join(root, 'tools.json'), 'utf8'));
const load = async (rel) => (await runnerImport(path.join(root, rel), { configFile: false, logLevel: 'silent' })).module;
const wheels = await load('test/helpers/wheels.ts');
const workspace = await load('test/helpers/uv-workspace.ts');
// Async runner: the index is served from this process, so the event loop must stay free.
const { runUv } = await load('src/uv/run.ts');
const { supportsPruneForce } = await load('src/uv/version.ts');

const argv = process.argv.slice(2);
const outFlag = argv.indexOf('--out');
const outRoot = outFlag >= 0 ? path.resolve(argv.splice(outFlag, 2)[1]) : path.join(root, 'test', 'fixtures', 'uv-output');
const versions = argv.length > 0 ? argv : [tools.uv, tools.uvOldest];

function pruneArgs(version) {
  return ['cache', 'prune', '--ci', ...(supportsPruneForce(version) ? ['--force'] : [])];
}

/** A directory for the cache on another filesystem than the temp dir, if this machine has one. */
function otherFilesystemDir(than) {
  for (const candidate of ['/dev/shm', '/run/user/' + process.getuid?.()]) {
    try {
      if (existsSync(candidate) && statSync(candidate).dev !== statSync(than).dev) return mkdtempSync(path.join(candidate, 'uv-record-cache-'));
    } catch {
      // not usable; try the next one
    }
  }
  return undefined;
}

async function record(version) {
  const uv = path.join(root, '.tools', 'uv', version, 'bin', 'uv');
  if (!existsSync(uv)) throw new Error(`uv ${version} is not installed at ${uv}: run node scripts/setup.mjs`);
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'uv-record-'));
  const outDir = path.join(outRoot, version);
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  const cases = {};
  let index;
  let otherFs;
  try {
    const wheelDir = path.join(tmp, 'wheels');
    await wheels.buildWheel(wheelDir, { name: 'tiny-dep', version: '1.0.0', extras: { fast: ['big-payload>=2'] } });
    await wheels.buildWheel(wheelDir, { name: 'big-payload', version: '2.0.0', payloadBytes: 200_000, files: 4 });
    await wheels.buildWheel(wheelDir, { name: 'unused', version: '0.1.0' });
    await wheels.buildSdist(wheelDir, { name: 'srcpkg', version: '1.0', buildRequires: workspace.uvBuildRequirement() });
    index = await wheels.serveIndex(wheelDir);

    const ws = path.join(tmp, 'ws');
    const members = [
      { name: 'app', path: 'packages/app', dependencies: ['lib', 'tiny-dep[fast]'] },
      { name: 'lib', path: 'packages/lib', dependencies: ['srcpkg'] },
      { name: 'other', path: 'packages/other', dependencies: ['unused'] },
      { name: 'broken', path: 'packages/broken' },
    ];
    await workspace.makeWorkspace(ws, { members });
    // `broken` has no module, so uv_build fails to build it.
    rmSync(path.join(ws, 'packages', 'broken', 'src'), { recursive: true, force: true });
    const rewrite = async (name, patch) => {
      const spec = members.map((m) => (m.name === name ? { ...m, ...patch } : m));
      await workspace.makeWorkspace(ws, { members: spec });
      rmSync(path.join(ws, 'packages', 'broken', 'src'), { recursive: true, force: true });
    };

    const port = new URL(index.url).port;
    const clean = (text) => text.replaceAll(tmp, '/tmp/uv-record').replaceAll(`127.0.0.1:${port}`, '127.0.0.1:PORT');
    const run = async (name, args, { cache, color = false } = {}) => {
      const env = workspace.indexEnv(index.url, { UV_CACHE_DIR: cache ?? path.join(tmp, 'cache-sync') });
      if (color) delete env.NO_COLOR;
      const argv = color ? ['--color', 'always', ...args] : args;
      const result = await runUv(uv, argv, { cwd: ws, env, timeoutMs: 120_000 });
      if (result.timedOut) throw new Error(`uv ${argv.join(' ')} timed out`);
      const file = color ? `${name}.color.txt` : `${name}.txt`;
      writeFileSync(path.join(outDir, file), clean(result.stderr));
      cases[file.replace(/\.txt$/, '')] = { args: argv, code: result.code, stdout: clean(result.stdout) };
      console.log(`uv ${version} ${file}: exit ${result.code}`);
      return result;
    };

    await run('lock', ['lock'], { cache: path.join(tmp, 'cache-lock') });
    await run('fresh-sync', ['sync', '--package', 'app']);
    await run('warm-resync', ['sync', '--package', 'app']);
    await run('compile-sync', ['sync', '--package', 'app', '--compile-bytecode']);
    await run('inexact-sync', ['sync', '--inexact', '--package', 'other']);
    await run('exact-switch-sync', ['sync', '--package', 'other']);
    await run('multi-package-sync', ['sync', '--package', 'app', '--package', 'other']);
    await rewrite('lib', { dependencies: ['unused'] });
    await run('sync-after-change', ['sync', '--package', 'app']);
    await rewrite('lib', { dependencies: ['unused', 'srcpkg'] });
    await run('failing-locked', ['sync', '--locked', '--package', 'app']);
    await rewrite('lib', { dependencies: ['unused'] });
    await run('failing-unknown-member', ['sync', '--package', 'nope']);
    await run('failing-build', ['sync', '--package', 'broken']);
    await rewrite('other', { dependencies: ['unused', 'missing-pkg>=1'] });
    await run('failing-unsatisfiable', ['sync', '--package', 'other']);
    await run('failing-unsatisfiable', ['sync', '--package', 'other'], { color: true });
    await rewrite('other', { dependencies: ['unused'] });
    await run('prune', pruneArgs(version));

    otherFs = otherFilesystemDir(tmp);
    if (otherFs) {
      rmSync(path.join(ws, '.venv'), { recursive: true, force: true });
      await run('cross-filesystem-sync', ['sync', '--package', 'app'], { cache: otherFs });
    } else {
      console.warn('no second filesystem found: cross-filesystem-sync not recorded');
    }
    rmSync(path.join(ws, '.venv'), { recursive: true, force: true });
    await run('fresh-sync', ['sync', '--package', 'app'], { cache: path.join(tmp, 'cache-color'), color: true });
  } finally {
    await index?.close();
    rmSync(tmp, { recursive: true, force: true });
    if (otherFs) rmSync(otherFs, { recursive: true, force: true });
  }
  writeFileSync(path.join(outDir, 'cases.json'), JSON.stringify({ uv: version, cases }, null, 2) + '\n');
}

for (const version of versions) await record(version);
