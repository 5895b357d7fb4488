// The sync's preparation, started while uv answers (src/action/sync-prep.ts),
// decides exactly what the step decided when it computed each part after uv:
// the same cache dir and link mode as chooseCacheDir given the same inputs
// (uv's config, UV_CACHE_DIR, UV_PROJECT_ENVIRONMENT, RUNNER_TEMP), the same
// OS and lock hash as the key read before; and a placement that fails does so
// where it is awaited, not as an unhandled rejection.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { hashFile, hashText } from '../../src/cache/key.js';
import { osIdentity } from '../../src/cache/os-release.js';
import { chooseCacheDir } from '../../src/cache/placement.js';
import { startSyncPrep } from '../../src/action/sync-prep.js';

let root: string;
let ws: string;

beforeEach(() => {
  root = mkdtempSync(path.join(os.tmpdir(), 'uvws-sync-prep-'));
  ws = path.join(root, 'repo');
  mkdirSync(ws);
  writeFileSync(path.join(ws, 'pyproject.toml'), '[project]\nname = "root"\nversion = "0"\n');
  writeFileSync(path.join(ws, 'uv.lock'), 'version = 1\r\nrevision = 3\r\n');
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const lockPath = () => path.join(ws, 'uv.lock');
/** A choice with the probe files' random names made alike (the probe's messages name them). */
const decided = (choice: object) => JSON.parse(JSON.stringify(choice).replace(/probe-\d+-[0-9a-f]+/g, 'probe-N'));

describe('the placement', () => {
  test('automatic: the same dir, reason and link mode as chooseCacheDir', async () => {
    const runnerTemp = path.join(root, 'runner-temp');
    mkdirSync(runnerTemp);
    // Both at once, as two steps sharing a dir may probe it: each finds the other's probe file there, which is no one else's.
    const prep = startSyncPrep({ cacheDir: undefined, cache: 'auto' }, { root: ws, lockPath: lockPath() }, { RUNNER_TEMP: runnerTemp });
    const direct = await chooseCacheDir({ runnerTemp, workspaceRoot: ws, venvDir: path.join(ws, '.venv') });
    expect(decided(await prep.placement)).toEqual(decided(direct));
  });

  test('the input, UV_CACHE_DIR and uv.toml, strongest first, as before', async () => {
    writeFileSync(path.join(ws, 'uv.toml'), 'cache-dir = "from-config"\n');
    const fromConfig = await startSyncPrep({ cacheDir: undefined, cache: 'auto' }, { root: ws }, {}).placement;
    expect(fromConfig.dir).toBe(path.join(ws, 'from-config'));
    const fromEnv = await startSyncPrep({ cacheDir: undefined, cache: 'auto' }, { root: ws }, { UV_CACHE_DIR: path.join(root, 'env-cache') }).placement;
    expect(fromEnv.dir).toBe(path.join(root, 'env-cache'));
    const fromInput = await startSyncPrep({ cacheDir: 'input-cache', cache: 'auto' }, { root: ws }, { UV_CACHE_DIR: path.join(root, 'env-cache') }).placement;
    expect(fromInput.dir).toBe(path.join(ws, 'input-cache'));
  });

  test('UV_PROJECT_ENVIRONMENT names the venv the probe links into', async () => {
    const env = { UV_PROJECT_ENVIRONMENT: 'envs/py' };
    const prep = await startSyncPrep({ cacheDir: undefined, cache: 'auto' }, { root: ws }, env).placement;
    expect(decided(prep)).toEqual(decided(await chooseCacheDir({ workspaceRoot: ws, venvDir: path.join(ws, 'envs', 'py') })));
  });

  test('a dir that must not be used rejects where it is awaited (after a tick: no unhandled rejection)', async () => {
    const foreign = path.join(root, 'foreign');
    mkdirSync(foreign);
    writeFileSync(path.join(foreign, 'notes.txt'), 'mine\n');
    const prep = startSyncPrep({ cacheDir: foreign, cache: 'auto' }, { root: ws }, {});
    await new Promise((resolve) => setTimeout(resolve, 20));
    await expect(prep.placement).rejects.toThrow(/is not empty and is not a uv cache/);
  });
});

describe("the key's facts", () => {
  test('the OS and the lock hash the key read before (CRLF lock hashed as LF, by hashFile)', async () => {
    const prep = startSyncPrep({ cacheDir: undefined, cache: 'auto' }, { root: ws, lockPath: lockPath() }, {});
    expect(await prep.key!.os).toEqual(await osIdentity());
    expect(await prep.key!.lockHash).toBe(await hashFile(lockPath()));
    expect(await prep.key!.lockHash).toBe(hashText('version = 1\nrevision = 3\n'));
  });

  test('no uv.lock, or one that cannot be read, hashes as empty', async () => {
    expect(await startSyncPrep({ cacheDir: undefined, cache: 'true' }, { root: ws }, {}).key!.lockHash).toBe(hashText(''));
    const unreadable = path.join(ws, 'missing.lock');
    expect(await startSyncPrep({ cacheDir: undefined, cache: 'true' }, { root: ws, lockPath: unreadable }, {}).key!.lockHash).toBe(hashText(''));
  });

  test('cache: false reads neither', () => {
    expect(startSyncPrep({ cacheDir: undefined, cache: 'false' }, { root: ws, lockPath: lockPath() }, {}).key).toBeUndefined();
  });
});
