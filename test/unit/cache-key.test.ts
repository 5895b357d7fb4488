// Cache key derivation, the save policy and the link-mode decision: pure functions.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { cacheKey, hashFile, hashText, MAX_KEY_LENGTH, syncSelectionText, type CacheKeyInput } from '../../src/cache/key.js';
import { resolveLinkMode } from '../../src/cache/placement.js';
import { defaultBranchFromPayload, onDefaultBranch, saveGate, shouldSave } from '../../src/cache/policy.js';
import { readSyncArgs } from '../../src/workspace/selection.js';

const LOCK = hashText('version = 1\n');
const base: CacheKeyInput = {
  platform: 'linux',
  arch: 'x64',
  os: { name: 'ubuntu', release: '24.04' },
  python: { implementation: 'cpython', version: '3.11' },
  uvVersion: '0.13.9',
  lockHash: LOCK,
  members: ['web'],
  syncArgs: readSyncArgs([]),
  pruned: true,
  suffix: '',
};

/** The service's lookup: exact match of a key, else any saved key it prefixes. */
function restores(saved: string, wanted: { key: string; restoreKeys: string[] }): boolean {
  return saved === wanted.key || [wanted.key, ...wanted.restoreKeys].some((k) => saved.startsWith(k));
}

describe('cacheKey', () => {
  test('names platform, OS release, Python, uv, the lock, the selection, pruning and the members, and widens in three steps', () => {
    const { key, restoreKeys, lockPrefix } = cacheKey(base);
    const fixed = 'uv-ws-v2-linux-x64-ubuntu-24.04-cpython-3.11-uv0.13.9';
    expect(key).toMatch(new RegExp(`^${fixed.replace(/\./g, '\\.')}-[0-9a-f]{12}-default-pruned-[0-9a-f]{12}$`));
    expect(restoreKeys).toEqual([`${fixed}-${LOCK.slice(0, 12)}-default-pruned-`, `${fixed}-${LOCK.slice(0, 12)}-`, `${fixed}-`]);
    expect(lockPrefix).toBe(restoreKeys[1]);
    expect(cacheKey({ ...base, members: 'all' }).key).toBe(`${fixed}-${LOCK.slice(0, 12)}-default-pruned-all`);
    expect(cacheKey({ ...base, pruned: false }).key).toContain('-default-full-');
  });

  // One change per field, each away from `base`; `same` lists inputs that must NOT change the key.
  const fieldChanges: [string, Partial<CacheKeyInput>][] = [
    ['platform', { platform: 'darwin' }],
    ['arch', { arch: 'arm64' }],
    ['OS name', { os: { name: 'debian', release: '24.04' } }],
    ['OS release', { os: { name: 'ubuntu', release: '22.04' } }],
    ['Python implementation', { python: { implementation: 'pypy', version: '3.11' } }],
    ['Python version', { python: { implementation: 'cpython', version: '3.12' } }],
    ['free-threaded Python', { python: { implementation: 'cpython', version: '3.11t' } }],
    ['uv version', { uvVersion: '0.8.0' }],
    ['lock', { lockHash: hashText('other lock') }],
    ['members', { members: ['api'] }],
    ['prune setting', { pruned: false }],
    ['--all-extras', { syncArgs: readSyncArgs(['--all-extras']) }],
    ['--extra', { syncArgs: readSyncArgs(['--extra', 'gpu']) }],
    ['--group', { syncArgs: readSyncArgs(['--group', 'docs']) }],
    ['--no-dev', { syncArgs: readSyncArgs(['--no-dev']) }],
    ['--only-group', { syncArgs: readSyncArgs(['--only-group', 'lint']) }],
    ['--no-default-groups', { syncArgs: readSyncArgs(['--no-default-groups']) }],
    ['--no-install-project', { syncArgs: readSyncArgs(['--no-install-project']) }],
    ['--no-binary', { syncArgs: readSyncArgs(['--no-binary']) }],
    ['suffix', { suffix: 'gpu' }],
  ];
  test.each(fieldChanges)('%s changes the key', (_name, change) => {
    expect(cacheKey({ ...base, ...change }).key).not.toBe(cacheKey(base).key);
  });

  test('every field change gives a different key from every other one', () => {
    const keys = fieldChanges.map(([, change]) => cacheKey({ ...base, ...change }).key);
    expect(new Set(keys).size).toBe(keys.length);
  });

  test('the same inputs twice give the same key; what does not change the install does not change it', () => {
    expect(cacheKey({ ...base })).toEqual(cacheKey(base));
    const same: Partial<CacheKeyInput>[] = [
      { syncArgs: readSyncArgs(['--locked']) },
      { syncArgs: readSyncArgs(['--frozen', '-v', '--inexact']) },
      { syncArgs: readSyncArgs(['--python', '3.11']) }, // the interpreter is in the key as what it resolves to
      { members: ['web', 'web'] },
      { suffix: '  ' },
      { os: { name: 'Ubuntu', release: '24.04' } },
    ];
    for (const change of same) expect(cacheKey({ ...base, ...change }).key).toBe(cacheKey(base).key);
    // Spellings of one selection are one selection.
    const spellings = [
      [['--extra', 'gpu', '--group', 'docs'], ['--group=docs', '--extra=gpu'], ['--extra', 'GPU', '--locked', '--group', 'Docs']],
      [['--dev'], ['--group', 'dev']],
      [['--no-dev'], ['--no-group', 'dev']],
      [['--all-extras', '--no-extra', 'a'], ['--no-extra=a', '--all-extras']],
      [['--no-install-package', 'Foo_Bar'], ['--no-install-package=foo-bar']],
    ];
    for (const group of spellings) {
      const keys = group.map((argv) => cacheKey({ ...base, syncArgs: readSyncArgs(argv) }).key);
      expect(new Set(keys).size, JSON.stringify(group)).toBe(1);
    }
    // `--no-extra` alone selects nothing different from a plain sync.
    expect(cacheKey({ ...base, syncArgs: readSyncArgs(['--no-extra', 'a']) }).key).toBe(cacheKey(base).key);
  });

  test('syncSelectionText is empty for a plain sync and names what changes the install', () => {
    expect(syncSelectionText(readSyncArgs([]))).toBe('');
    expect(syncSelectionText(readSyncArgs(['--locked', '--python', '3.12']))).toBe('');
    expect(syncSelectionText(readSyncArgs(['--extra', 'b', '--extra', 'a', '--no-dev', '--no-build']))).toBe('extra=a extra=b no-group=dev --no-build');
  });

  test('the --python request of sync-args is read in every spelling', () => {
    expect(readSyncArgs(['--locked']).python).toBeUndefined();
    expect(readSyncArgs(['--python', '3.12']).python).toBe('3.12');
    expect(readSyncArgs(['--python=pypy@3.10']).python).toBe('pypy@3.10');
    expect(readSyncArgs(['-p', '3.13t']).python).toBe('3.13t');
    expect(readSyncArgs(['-p3.11']).python).toBe('3.11');
    expect(readSyncArgs(['--', '--python', '3.12']).python).toBeUndefined();
  });

  test('matrix legs syncing different member sets never share a key; order and duplicates do not matter', () => {
    const a = cacheKey({ ...base, members: ['core', 'web'] });
    expect(cacheKey({ ...base, members: ['web', 'core', 'web'] }).key).toBe(a.key);
    expect(cacheKey({ ...base, members: ['core'] }).key).not.toBe(a.key);
    expect(cacheKey({ ...base, members: ['core', 'web', 'api'] }).key).not.toBe(a.key);
    expect(cacheKey({ ...base, members: 'all' }).key).not.toBe(a.key);
  });

  test('a suffix is in every restore key, so suffixes never restore each other', () => {
    const plain = cacheKey(base);
    const gpu = cacheKey({ ...base, suffix: 'gpu' });
    const gpuLinux = cacheKey({ ...base, suffix: 'gpu-linux-x64' });
    const underscore = cacheKey({ ...base, suffix: 'gpu_x' });
    expect(gpu.key).toMatch(/^uv-ws-v2-_gpu-linux-x64-/);
    for (const [saved, wanted] of [
      [plain, gpu],
      [gpu, plain],
      [gpu, gpuLinux],
      [gpuLinux, gpu],
      [gpu, underscore],
      [underscore, gpu],
    ] as const) {
      expect(restores(saved.key, wanted)).toBe(false);
    }
    expect(restores(gpu.key, cacheKey({ ...base, suffix: 'gpu', members: ['api'] }))).toBe(true);
  });

  test('property: a saved entry is restored only across lock, selection, pruning and members, never across platform, OS release, Python, uv or suffix', () => {
    const text = fc.string({ minLength: 0, maxLength: 12 });
    const input = fc.record({
      platform: fc.constantFrom('linux', 'darwin', 'win32'),
      arch: fc.constantFrom('x64', 'arm64'),
      os: fc.constantFrom({ name: 'ubuntu', release: '22.04' }, { name: 'ubuntu', release: '24.04' }, { name: 'ubuntu', release: '24.041' }, { name: 'debian', release: '12' }),
      python: fc.constantFrom(
        { implementation: 'cpython', version: '3.1' },
        { implementation: 'cpython', version: '3.11' },
        { implementation: 'cpython', version: '3.11t' },
        { implementation: 'pypy', version: '3.11' },
      ),
      uvVersion: fc.constantFrom('0.8.0', '0.13.9', '0.13.90'),
      lockHash: fc.constantFrom(LOCK, hashText('other')),
      members: fc.oneof(fc.constant('all' as const), fc.uniqueArray(fc.constantFrom('a', 'b', 'c-d', 'e'), { maxLength: 3 })),
      syncArgs: fc.constantFrom([], ['--all-extras'], ['--no-dev'], ['--locked']).map((argv) => readSyncArgs(argv)),
      pruned: fc.boolean(),
      suffix: fc.oneof(fc.constant(''), text),
    });
    fc.assert(
      fc.property(input, input, (saved, wanted) => {
        const s = cacheKey(saved);
        const w = cacheKey(wanted);
        for (const k of [s.key, ...s.restoreKeys]) {
          expect(k.length).toBeLessThanOrEqual(MAX_KEY_LENGTH);
          expect(k).not.toContain(',');
        }
        const samePlace =
          saved.platform === wanted.platform &&
          saved.arch === wanted.arch &&
          saved.os.name === wanted.os.name &&
          saved.os.release === wanted.os.release &&
          saved.python.implementation === wanted.python.implementation &&
          saved.python.version === wanted.python.version &&
          saved.uvVersion === wanted.uvVersion &&
          saved.suffix.trim() === wanted.suffix.trim();
        expect(restores(s.key, w)).toBe(samePlace);
        // Widening order: the first restore key that matches is the most specific one.
        if (samePlace && saved.lockHash === wanted.lockHash) expect(s.key.startsWith(w.restoreKeys[1]!)).toBe(true);
        if (samePlace && saved.lockHash !== wanted.lockHash) expect(s.key.startsWith(w.restoreKeys[1]!)).toBe(false);
      }),
      { numRuns: 3000 },
    );
  });

  test('long or odd fields stay within the limit and contain no commas', () => {
    const { key, restoreKeys } = cacheKey({ ...base, suffix: 'x,'.repeat(400), python: { implementation: 'cpython', version: '3'.repeat(600) }, uvVersion: '9'.repeat(700) });
    expect(key.length).toBeLessThan(250);
    expect([key, ...restoreKeys].join('')).not.toContain(',');
    expect(cacheKey({ ...base, suffix: 'a,b' }).key).toContain('_a%2Cb-');
  });

  test('hashFile reads the bytes it is given', async () => {
    expect(await hashFile('uv.lock', async () => new TextEncoder().encode('version = 1\n'))).toBe(LOCK);
    expect(LOCK).toMatch(/^[0-9a-f]{64}$/);
  });

  test('hashFile hashes uv.lock in the LF form git stores: a CRLF checkout (core.autocrlf) shares the key', async () => {
    const bytes = (text: string) => async () => new TextEncoder().encode(text);
    const lf = 'version = 1\n\n[[package]]\nname = "a"\n';
    expect(await hashFile('uv.lock', bytes(lf.replace(/\n/g, '\r\n')))).toBe(await hashFile('uv.lock', bytes(lf)));
    // Only CRLF pairs: a lone CR is content, and a changed lock still changes the key.
    expect(await hashFile('uv.lock', bytes('a\rb\n'))).not.toBe(await hashFile('uv.lock', bytes('ab\n')));
    expect(await hashFile('uv.lock', bytes('version = 2\r\n'))).not.toBe(LOCK);
  });
});

describe('shouldSave', () => {
  const ok = { cache: 'true' as const, policy: 'auto' as const, eventName: 'push', exactHit: false, syncSucceeded: true };
  test('auto saves on ordinary events after a successful sync without an exact hit', () => {
    expect(shouldSave(ok).save).toBe(true);
    expect(shouldSave({ ...ok, eventName: 'pull_request' }).save).toBe(true);
  });
  test('auto skips events where a fork could poison the cache; true saves anyway', () => {
    for (const eventName of ['pull_request_target', 'workflow_run']) {
      const decision = shouldSave({ ...ok, eventName });
      expect(decision.save).toBe(false);
      expect(decision.reason).toContain(eventName);
      expect(decision.reason).toContain('save-cache: true');
      expect(shouldSave({ ...ok, eventName, policy: 'always' }).save).toBe(true);
    }
  });
  test('never saves after an exact hit, a failed sync, or with save-cache false', () => {
    expect(shouldSave({ ...ok, exactHit: true, policy: 'always' })).toMatchObject({ save: false, reason: expect.stringMatching(/exact/) });
    expect(shouldSave({ ...ok, syncSucceeded: false, policy: 'always' })).toMatchObject({ save: false, reason: expect.stringMatching(/sync failed/) });
    expect(shouldSave({ ...ok, policy: 'never' })).toMatchObject({ save: false, reason: expect.stringMatching(/save-cache/) });
  });
});

describe('save-cache: default-branch (one writer)', () => {
  const ok = { cache: 'true' as const, policy: 'default-branch' as const, eventName: 'push', ref: 'refs/heads/main', exactHit: false, syncSucceeded: true };
  test('saves only on the default branch; elsewhere it restores only, and says so', () => {
    expect(shouldSave({ ...ok, defaultBranch: 'main' }).save).toBe(true);
    const branch = shouldSave({ ...ok, defaultBranch: 'trunk' });
    expect(branch.save).toBe(false);
    expect(branch.reason).toMatch(/default-branch/);
    expect(shouldSave({ ...ok }).save).toBe(false);
    expect(shouldSave({ ...ok, defaultBranch: 'main', exactHit: true }).save).toBe(false);
  });
  test('onDefaultBranch: a push or schedule on refs/heads/<default>, never a pull request', () => {
    expect(onDefaultBranch({ eventName: 'push', ref: 'refs/heads/main', defaultBranch: 'main' })).toBe(true);
    expect(onDefaultBranch({ eventName: 'schedule', ref: 'refs/heads/main', defaultBranch: 'main' })).toBe(true);
    expect(onDefaultBranch({ eventName: 'push', ref: 'refs/heads/feature', defaultBranch: 'main' })).toBe(false);
    expect(onDefaultBranch({ eventName: 'push', ref: 'refs/tags/main', defaultBranch: 'main' })).toBe(false);
    expect(onDefaultBranch({ eventName: 'pull_request', ref: 'refs/heads/main', defaultBranch: 'main' })).toBe(false);
    expect(onDefaultBranch({ eventName: 'pull_request_target', ref: 'refs/heads/main', defaultBranch: 'main' })).toBe(false);
    expect(onDefaultBranch({ eventName: 'workflow_run', ref: 'refs/heads/main', defaultBranch: 'main' })).toBe(false);
    expect(onDefaultBranch({ eventName: 'push', ref: 'refs/heads/main', defaultBranch: undefined })).toBe(false);
  });
  test('defaultBranchFromPayload reads repository.default_branch and nothing else', () => {
    expect(defaultBranchFromPayload(JSON.stringify({ repository: { default_branch: 'trunk' } }))).toBe('trunk');
    expect(defaultBranchFromPayload('{"repository":{}}')).toBeUndefined();
    expect(defaultBranchFromPayload('not json')).toBeUndefined();
    expect(defaultBranchFromPayload('null')).toBeUndefined();
    expect(defaultBranchFromPayload(undefined)).toBeUndefined();
  });
});

describe('saveGate: one gate for the uv cache and passed markers', () => {
  const hosted = { cache: 'auto' as const, runnerEnvironment: 'github-hosted', policy: 'auto' as const, eventName: 'push', ref: 'refs/heads/main' };
  test('what the cache gate turns off is never saved, whatever save-cache says', () => {
    for (const policy of ['auto', 'always', 'default-branch'] as const) {
      const facts = { ...hosted, policy, defaultBranch: 'main' };
      expect(saveGate(facts).save).toBe(true);
      expect(saveGate({ ...facts, cache: 'false' })).toEqual({ save: false, reason: "not saving the uv cache: 'cache' is false" });
      expect(saveGate({ ...facts, runnerEnvironment: 'self-hosted' }).reason).toMatch(/^not saving the uv cache: this is not a GitHub-hosted runner \(RUNNER_ENVIRONMENT is 'self-hosted'\)/);
      for (const eventName of ['pull_request_target', 'workflow_run', 'release']) {
        expect(saveGate({ ...facts, eventName }).reason).toMatch(new RegExp(`^not saving the uv cache on an? ${eventName} event, which runs in the base repository's cache scope`));
      }
      expect(saveGate({ ...facts, ref: 'refs/tags/v1' }).reason).toMatch(/^not saving the uv cache on a tag push, where a poisoned cache could reach a release/);
    }
  });
  test("cache: true lets save-cache decide; default-branch saves for the default branch only", () => {
    expect(saveGate({ ...hosted, cache: 'true', runnerEnvironment: 'self-hosted' }).save).toBe(true);
    expect(saveGate({ ...hosted, cache: 'true', eventName: 'workflow_run', policy: 'always' }).save).toBe(true);
    expect(saveGate({ ...hosted, policy: 'default-branch', defaultBranch: 'main' }).save).toBe(true);
    expect(saveGate({ ...hosted, policy: 'default-branch', defaultBranch: 'main', ref: 'refs/heads/x' }).save).toBe(false);
  });
});

describe('resolveLinkMode', () => {
  test("auto exports what the probe proved, unless the user's UV_LINK_MODE is set", () => {
    expect(resolveLinkMode('auto', undefined, 'hardlink')).toEqual({ mode: 'hardlink', source: 'probe', exportValue: 'hardlink' });
    expect(resolveLinkMode('auto', '', 'copy')).toEqual({ mode: 'copy', source: 'probe', exportValue: 'copy' });
    expect(resolveLinkMode('auto', 'symlink', 'hardlink')).toEqual({ mode: 'symlink', source: 'UV_LINK_MODE' });
  });
  test('an explicit input is exported, never over a UV_LINK_MODE the user set', () => {
    expect(resolveLinkMode('clone', undefined, 'hardlink')).toEqual({ mode: 'clone', source: 'link-mode', exportValue: 'clone' });
    const conflict = resolveLinkMode('copy', 'hardlink', 'hardlink');
    expect(conflict).toMatchObject({ mode: 'hardlink', source: 'UV_LINK_MODE' });
    expect(conflict.exportValue).toBeUndefined();
    expect(conflict.warning).toMatch(/link-mode.*UV_LINK_MODE/);
  });
  test('forcing hardlink where the probe proved it cannot work warns', () => {
    expect(resolveLinkMode('hardlink', undefined, 'copy').warning).toMatch(/cannot hardlink/);
    expect(resolveLinkMode('hardlink', undefined, 'hardlink').warning).toBeUndefined();
  });
});
