// Cache key derivation, the save policy and the link-mode decision: pure functions.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { cacheKey, hashFile, hashText, MAX_KEY_LENGTH, type CacheKeyInput } from '../../src/cache/key.js';
import { resolveLinkMode } from '../../src/cache/placement.js';
import { shouldSave } from '../../src/cache/policy.js';

const LOCK = hashText('version = 1\n');
const base: CacheKeyInput = { platform: 'linux', arch: 'x64', pythonVersion: '3.11', lockHash: LOCK, members: ['web'], suffix: '' };

/** The service's lookup: exact match of a key, else any saved key it prefixes. */
function restores(saved: string, wanted: { key: string; restoreKeys: string[] }): boolean {
  return saved === wanted.key || [wanted.key, ...wanted.restoreKeys].some((k) => saved.startsWith(k));
}

describe('cacheKey', () => {
  test('names platform, Python, the lock and the members, and widens in two steps', () => {
    const { key, restoreKeys } = cacheKey(base);
    expect(key).toMatch(/^uv-ws-v1-linux-x64-py3\.11-[0-9a-f]{12}-[0-9a-f]{12}$/);
    expect(key).toContain(LOCK.slice(0, 12));
    expect(restoreKeys).toEqual([`uv-ws-v1-linux-x64-py3.11-${LOCK.slice(0, 12)}-`, 'uv-ws-v1-linux-x64-py3.11-']);
    expect(cacheKey({ ...base, members: 'all' }).key).toBe(`uv-ws-v1-linux-x64-py3.11-${LOCK.slice(0, 12)}-all`);
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
    const gpuLinux = cacheKey({ ...base, suffix: 'gpu-linux-x64-py3.11' });
    expect(gpu.key).toMatch(/^uv-ws-v1-_gpu-linux-x64-py3\.11-/);
    for (const [saved, wanted] of [
      [plain, gpu],
      [gpu, plain],
      [gpu, gpuLinux],
      [gpuLinux, gpu],
    ] as const) {
      expect(restores(saved.key, wanted)).toBe(false);
    }
    expect(restores(gpu.key, cacheKey({ ...base, suffix: 'gpu', members: ['api'] }))).toBe(true);
  });

  test('property: a saved key is restored only by the same platform, arch, Python and suffix', () => {
    const text = fc.string({ minLength: 0, maxLength: 12 });
    const input = fc.record({
      platform: fc.constantFrom('linux', 'darwin', 'win32'),
      arch: fc.constantFrom('x64', 'arm64'),
      pythonVersion: fc.constantFrom('3.1', '3.11', '3.11.9', 'pypy-3.10', '3.13t'),
      lockHash: fc.constantFrom(LOCK, hashText('other')),
      members: fc.oneof(fc.constant('all' as const), fc.uniqueArray(fc.constantFrom('a', 'b', 'c-d', 'e'), { maxLength: 3 })),
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
          saved.pythonVersion === wanted.pythonVersion &&
          saved.suffix.trim() === wanted.suffix.trim();
        expect(restores(s.key, w)).toBe(samePlace);
        if (samePlace && saved.lockHash === wanted.lockHash) expect(s.key.startsWith(w.restoreKeys[0]!)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  test('long or odd suffixes stay within the limit and contain no commas', () => {
    const { key, restoreKeys } = cacheKey({ ...base, suffix: 'x,'.repeat(400), pythonVersion: '3'.repeat(600) });
    expect(key.length).toBeLessThan(200);
    expect([key, ...restoreKeys].join('')).not.toContain(',');
    expect(cacheKey({ ...base, suffix: 'a,b' }).key).toContain('_a%2Cb-');
  });

  test('hashFile reads the bytes it is given', async () => {
    expect(await hashFile('uv.lock', async () => new TextEncoder().encode('version = 1\n'))).toBe(LOCK);
    expect(LOCK).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe('shouldSave', () => {
  const ok = { policy: 'auto' as const, eventName: 'push', exactHit: false, syncSucceeded: true };
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
