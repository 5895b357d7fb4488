// Each entry loads only what its work needs. Shown through dist/ as the
// runner runs it, on a copy of the entry without the chunks it would load for
// more: post (its entry file alone) finishes every "nothing to do" case and
// says the same as before; main in mode: detect (its entry file and the step
// it loads at once, src/main.ts) computes its outputs without the HTTP
// client, the cache client or the GitHub API client.
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { runStep } from '../../scripts/lib/runner.mjs';
import { STATE_KEY } from '../../src/action/state.js';
import { distDir, uvPathDir, uvTestEnv } from '../helpers/tools.js';
import { createSandbox, type Sandbox } from '../helpers/git.js';
import { makeWorkspace } from '../helpers/uv-workspace.js';

/** The chunks an entry file itself names (`__nccwpck_require__.e(292)`, also with webpack's import() comment before the id): those it loads first. */
function ownChunks(dir: string): string[] {
  return [...readFileSync(path.join(dir, 'index.js'), 'utf8').matchAll(/__nccwpck_require__\.e\((?:\/\*[^*]*\*\/\s*)?(\d+)\)/g)].map((m) => `${m[1]}.index.js`);
}

/**
 * A copy of dist/<entry> holding the entry file alone, and with `withOwnChunks`
 * the chunks the entry file itself names (those it loads first: main's step);
 * the chunks those load later (the restore, the clients) are left out.
 */
function entryAlone(entry: string, withOwnChunks = false): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), `uvws-${entry}-entry-`));
  const from = path.join(distDir(), entry);
  const own = withOwnChunks ? ownChunks(from) : [];
  for (const file of ['index.js', 'package.json', ...new Set(own)]) copyFileSync(path.join(from, file), path.join(dir, file));
  return dir;
}
const full = path.join(distDir(), 'post');
const lone = entryAlone('post');
const mainAlone = entryAlone('main', true);
afterAll(() => {
  for (const dir of [lone, mainAlone]) rmSync(dir, { recursive: true, force: true });
});

const exactHit = {
  syncSucceeded: true,
  cacheDir: '/nonexistent/uv-cache',
  cacheKey: 'uv-workspace-sync-v1-k',
  cacheLockPrefix: 'uv-workspace-sync-v1-',
  skipSaveReason: 'not saving the uv cache: it was restored from an exact key match, which cannot change',
};

async function post(dir: string, state: object | undefined, inputs: Record<string, string> = {}) {
  return runStep(path.join(dir, 'index.js'), { inputs, state: state ? { [STATE_KEY]: JSON.stringify(state) } : {}, cwd: os.tmpdir() });
}

describe('every entry is plain ASCII', () => {
  // One non-ASCII character makes V8 decode the whole file and scan it as UTF-16 (scripts/build.mjs).
  // main's entry file holds little more than the uv probe (action/early-probe.ts): its messages are in the chunks it loads at once.
  test.each(['main', 'post', 'cli'])('%s/index.js and the chunks it loads at once, whose messages still say `…` and `→`', async (entry) => {
    const dir = path.join(distDir(), entry);
    const text = ['index.js', ...(entry === 'main' ? ownChunks(dir) : [])].map((file) => readFileSync(path.join(dir, file), 'latin1')).join('\n');
    expect(text.match(/[^\x00-\x7f]/g) ?? []).toEqual([]);
    expect(text).toContain('\\u2026');
  });
});

describe('post with nothing to do loads nothing but its entry', () => {
  test('the entry holds the gate alone: its chunks are where the cache client is', () => {
    expect(readdirSync(full).filter((f) => /^\d+\.index\.js$/.test(f)).length).toBeGreaterThan(0);
  });

  test('an exact hit: one line saying why, no summary, exit 0', async () => {
    const r = await post(lone, exactHit);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('Not saving the uv cache: it was restored from an exact key match, which cannot change.\n');
    expect(r.summary).toBe('');
  });

  test("the line goes to the descriptor: process.stdout (Node's stream machinery, a few ms to load) is never touched", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'uvws-stdout-probe-'));
    try {
      // Loaded before the entry: says on stderr when anything asks for process.stdout.
      const probe = path.join(dir, 'probe.mjs');
      writeFileSync(
        probe,
        [
          "import { writeSync } from 'node:fs';",
          "const own = Object.getOwnPropertyDescriptor(process, 'stdout');",
          "Object.defineProperty(process, 'stdout', { configurable: true, enumerable: true, get() { writeSync(2, 'process.stdout touched\\n'); return own.get.call(process); } });",
        ].join('\n'),
      );
      const r = await runStep(path.join(lone, 'index.js'), {
        state: { [STATE_KEY]: JSON.stringify(exactHit) },
        cwd: os.tmpdir(),
        env: { NODE_OPTIONS: `--import=${pathToFileURL(probe).href}` },
      });
      expect([r.code, r.stderr]).toEqual([0, '']);
      expect(r.stdout).toBe('Not saving the uv cache: it was restored from an exact key match, which cannot change.\n');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('a failed sync says so; cache: false says nothing', async () => {
    const failed = await post(lone, { syncSucceeded: false, skipSaveReason: 'not saving the uv cache: uv sync failed' });
    expect(failed.stdout).toBe('Not saving the uv cache: uv sync failed.\n');
    const noCache = await post(lone, { syncSucceeded: true, cacheDir: '/x' });
    expect([noCache.code, noCache.stdout, noCache.stderr]).toEqual([0, '', '']);
  });

  test('detect and record modes are silent; a main that stopped early is said once', async () => {
    for (const mode of ['detect', 'record']) expect((await post(lone, undefined, { mode })).stdout).toBe('');
    expect((await post(lone, undefined, { mode: 'sync' })).stdout).toBe('uv-workspace-sync: main did not reach uv sync; nothing to prune or save.\n');
    // A state from another version, or garbage, is no state.
    const r = await runStep(path.join(lone, 'index.js'), { state: { [STATE_KEY]: '{"syncSucceeded":"yes"' }, cwd: os.tmpdir() });
    expect(r.stdout).toMatch(/main did not reach uv sync/);
  });

  test('a reason carrying a workflow command is printed as text', async () => {
    const r = await post(lone, { ...exactHit, skipSaveReason: 'not saving the uv cache on a x\n::error::forged event' });
    expect(r.stdout.split('\n').filter((l) => /^\s*::/.test(l))).toEqual([]);
    expect(r.stdout).toContain('forged');
  });

  test('a planned save needs the rest of the bundle: the lone entry cannot do it, the full one does', async () => {
    const planned = { ...exactHit, skipSaveReason: undefined };
    expect((await post(lone, planned)).code).not.toBe(0);
    const r = await post(full, planned, { 'prune-cache': 'false' });
    expect(r.code).toBe(0);
    // No cache service in this environment: the save is a warning, never a failure.
    expect(r.stdout).toMatch(/::warning::|Save uv cache/);
  });
});

describe('main in mode: detect loads no client', () => {
  let sandbox: Sandbox;
  let repoDir: string;
  beforeAll(async () => {
    sandbox = await createSandbox();
    const repo = await sandbox.repo();
    repoDir = repo.dir;
    await makeWorkspace(repoDir, { members: [{ name: 'core', path: 'libs/core' }, { name: 'api', path: 'libs/api', dependencies: ['core'] }] });
    await repo.commit('workspace');
  });
  afterAll(() => sandbox?.remove());

  test('the entry alone answers: members, matrix and fingerprints', async () => {
    const r = await runStep(path.join(mainAlone, 'index.js'), {
      inputs: { mode: 'detect', 'changed-files': 'libs/core/src/core/__init__.py', fingerprints: 'true' },
      cwd: repoDir,
      env: { GITHUB_WORKSPACE: repoDir, GITHUB_EVENT_NAME: '', GITHUB_EVENT_PATH: '' },
    });
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(JSON.parse(r.outputs.members!)).toEqual(['api', 'core']);
    expect(Object.keys(JSON.parse(r.outputs.fingerprints!))).toEqual(['api', 'core']);
    expect(r.summary).toMatch(/core/);
  });

  test('mode: sync in the same copy stops where the cache client would load, so the copy proves something', async () => {
    const r = await runStep(path.join(mainAlone, 'index.js'), {
      inputs: { mode: 'sync', 'changed-files': 'libs/core/src/core/__init__.py', cache: 'true' },
      cwd: repoDir,
      baseEnv: { ...uvTestEnv(), PATH: `${uvPathDir()}${path.delimiter}${process.env.PATH}` },
      env: { GITHUB_WORKSPACE: repoDir, ACTIONS_RESULTS_URL: 'http://127.0.0.1:9/', ACTIONS_CACHE_SERVICE_V2: 'true', RUNNER_TEMP: os.tmpdir() },
    });
    expect(r.stdout + r.stderr).toMatch(/Cannot find module|ERR_MODULE_NOT_FOUND/);
  });
});
