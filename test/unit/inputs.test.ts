import { availableParallelism } from 'node:os';
import { describe, expect, it } from 'vitest';
import { parseConfig, parseList, splitArgs } from '../../src/inputs.js';
import { formatError, UserError } from '../../src/errors.js';

function reader(values: Record<string, string>) {
  return (name: string) => values[name] ?? '';
}

describe('inputs', () => {
  it('gives the documented defaults', () => {
    const config = parseConfig(reader({}), '/repo');
    expect(config).toMatchObject({
      workingDirectory: '/repo',
      mode: 'sync',
      packages: undefined,
      changedFiles: undefined,
      cache: 'auto',
      cacheTimeoutMs: 300_000,
      saveCache: 'auto',
      pruneCache: true,
      linkMode: 'auto',
      shards: 0,
      summary: true,
    });
  });

  it('reads run as words (split like a shell would), one member per CPU at once, 30 minutes each by default', () => {
    const config = parseConfig(reader({ run: `pytest -k 'not slow' "$HOME" *.py` }), '/repo');
    expect(config.run).toEqual(['pytest', '-k', 'not slow', '$HOME', '*.py']);
    expect(config.runParallel).toBe(availableParallelism());
    expect(config.runTimeoutMs).toBe(30 * 60_000);
    expect(parseConfig(reader({}), '/repo').run).toEqual([]);
    expect(parseConfig(reader({ 'run-parallel': '3', 'run-timeout': '0.5' }), '/repo')).toMatchObject({ runParallel: 3, runTimeoutMs: 30_000 });
  });

  it('reads packages as a list or all', () => {
    expect(parseConfig(reader({ packages: 'all' }), '/r').packages).toBe('all');
    expect(parseConfig(reader({ packages: 'a, b\nc' }), '/r').packages).toEqual(['a', 'b', 'c']);
    expect(parseConfig(reader({ packages: '["a","b"]' }), '/r').packages).toEqual(['a', 'b']);
  });

  it('reads every save-cache policy, default-branch included', () => {
    expect(parseConfig(reader({ 'save-cache': 'default-branch' }), '/r').saveCache).toBe('default-branch');
    expect(parseConfig(reader({ 'save-cache': ' Default-Branch ' }), '/r').saveCache).toBe('default-branch');
    expect(parseConfig(reader({ 'save-cache': 'true' }), '/r').saveCache).toBe('always');
    expect(parseConfig(reader({ 'save-cache': 'false' }), '/r').saveCache).toBe('never');
  });

  it('keeps spaces inside changed file names', () => {
    expect(parseList('changed-files', 'a b/c.py\nd.py\n', false)).toEqual(['a b/c.py', 'd.py']);
  });

  it('splits sync-args like a shell without running one', () => {
    expect(splitArgs('sync-args', `--locked --no-group "my docs" '$(rm -rf /)'`)).toEqual([
      '--locked',
      '--no-group',
      'my docs',
      '$(rm -rf /)',
    ]);
  });

  it('reads short options as uv does: a letter that takes a value ends the group', () => {
    // `-pn` is `--python n`, `-Pn` is `--upgrade-package n`: no --no-cache there.
    for (const ok of ['-pn', '-Pn', '-Cn=1', '-qv', '-U', '--python 3.12 -q', '--no-config', '--', '-']) {
      expect(() => parseConfig(reader({ 'sync-args': ok }), '/repo'), ok).not.toThrow();
      expect(parseConfig(reader({ 'sync-args': ok }), '/repo').uvEnv.noCache, ok).toBeUndefined();
    }
  });

  it('takes --no-cache (-n, alone or in a group such as -nq) as uv using no cache: nothing restored or saved, said once', () => {
    expect(parseConfig(reader({ 'sync-args': '--no-cache' }), '/repo').uvEnv.noCache).toMatch(/^not restoring or saving the uv cache: '--no-cache' is in sync-args \(uv uses a temporary cache/);
    for (const [words, arg] of [['--locked -nq', '-nq'], ['-qUn', '-qUn'], ['-n', '-n']]) {
      expect(parseConfig(reader({ 'sync-args': words! }), '/repo').uvEnv.noCache, words).toContain(`'${arg}' (--no-cache) is in sync-args`);
    }
  });

  it.each([
    [{ mode: 'fast' }, /input 'mode' is 'fast'.*sync, detect/],
    [{ 'link-mode': 'reflink' }, /input 'link-mode' is 'reflink'/],
    [{ 'save-cache': 'sometimes' }, /input 'save-cache' is 'sometimes'/],
    [{ cache: 'maybe' }, /input 'cache' is 'maybe'/],
    [{ shards: '-1' }, /input 'shards' is '-1'/],
    [{ 'sync-args': '--package foo' }, /sync-args.*--package.*packages/],
    [{ 'sync-args': '--all-packages' }, /sync-args.*--all-packages/],
    [{ 'sync-args': '"unclosed' }, /unclosed " quote/],
    [{ 'sync-args': '--locked -qp3.12 --offline' }, /^input 'sync-args' contains '--offline', which defeats the uv cache/],
    [{ 'sync-args': '--offline=true' }, /contains '--offline', which defeats/],
    [{ 'sync-args': '--config-file ci/uv.toml' }, /^input 'sync-args' contains '--config-file', which defeats the uv cache .* \(hint: give uv's settings as sync-args/],
    [{ 'sync-args': '--config-file=ci/uv.toml' }, /contains '--config-file'/],
    [{ 'working-directory': '../elsewhere' }, /working-directory.*outside GITHUB_WORKSPACE/],
    [{ 'changed-files': '[1,2]' }, /changed-files.*not an array of strings/],
  ])('rejects %j with one clear line', (values, message) => {
    let caught: unknown;
    try {
      parseConfig(reader(values as Record<string, string>), '/repo');
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(UserError);
    const line = formatError(caught);
    expect(line).toMatch(message);
    expect(line).not.toContain('\n');
  });
});
