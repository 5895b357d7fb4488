// parseUvOutput against every recording of real uv (pinned and oldest), plus
// the shapes no recording has (long durations, progress redraws, old
// `Caused by:` chains).
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDuration, parseUvOutput } from '../../src/uv/output.js';
import { stripAnsi } from '../../src/text.js';
import { UV_OLDEST_VERSION, UV_VERSION, projectRoot } from '../helpers/tools.js';

const fixtures = path.join(projectRoot, 'test', 'fixtures', 'uv-output');

function load(version: string, name: string) {
  const dir = path.join(fixtures, version);
  const cases = JSON.parse(readFileSync(path.join(dir, 'cases.json'), 'utf8')).cases as Record<string, { code: number }>;
  const stderr = readFileSync(path.join(dir, `${name}.txt`), 'utf8');
  return { stderr, code: cases[name]!.code, report: parseUvOutput(stderr, { exitCode: cases[name]!.code }) };
}

const closure = ['app==0.1.0', 'big-payload==2.0.0', 'lib==0.1.0', 'srcpkg==1.0', 'tiny-dep==1.0.0'];

describe.each([UV_VERSION, UV_OLDEST_VERSION])('recorded uv %s output', (version) => {
  it('has a cases.json entry for every recording and vice versa', () => {
    const dir = path.join(fixtures, version);
    const files = readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => f.replace(/\.txt$/, '')).sort();
    const cases = Object.keys(JSON.parse(readFileSync(path.join(dir, 'cases.json'), 'utf8')).cases).sort();
    expect(files).toEqual(cases);
    expect(files.length).toBeGreaterThanOrEqual(15);
  });

  it('every successful recording parses with no errors, every failing one with at least one', () => {
    const dir = path.join(fixtures, version);
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.txt'))) {
      const { code, report } = load(version, file.replace(/\.txt$/, ''));
      expect(report.errors.length > 0, file).toBe(code !== 0);
      for (const e of [...report.errors, ...report.warnings]) expect(e).not.toMatch(/\u001b/);
      for (const p of report.phases) expect(Number.isFinite(p.ms), `${file} ${p.verb}`).toBe(true);
    }
  });

  it('fresh sync: phases, members and the sdist built, the whole closure installed', () => {
    const { report } = load(version, 'fresh-sync');
    expect(report.phases.map((p) => p.verb)).toEqual(['Resolved', 'Prepared', 'Installed']);
    expect(report.phases.find((p) => p.verb === 'Installed')!.count).toBe(5);
    expect([...report.built].sort()).toEqual([
      'app @ file:///tmp/uv-record/ws/packages/app',
      'lib @ file:///tmp/uv-record/ws/packages/lib',
      'srcpkg==1.0',
    ]);
    expect(report.installed).toEqual(closure);
    expect(report.removed).toEqual([]);
    expect(report.hardlinkFallback).toBe(false);
    expect(report.python).toBe('CPython 3.11.7');
  });

  it('colored output parses exactly like the plain one', () => {
    const plain = load(version, 'fresh-sync');
    const color = load(version, 'fresh-sync.color');
    expect(color.stderr).toMatch(/\u001b\[/);
    const shape = (r: typeof plain.report) => ({ ...r, phases: r.phases.map((p) => ({ ...p, ms: 0 })), built: [...r.built].sort() });
    expect(shape(color.report)).toEqual(shape(plain.report));
  });

  it('warm re-sync only checks what is installed', () => {
    const { report } = load(version, 'warm-resync');
    expect(report.phases.map((p) => p.verb)).toEqual(['Resolved', version === UV_OLDEST_VERSION ? 'Audited' : 'Checked']);
    expect(report.installed).toEqual([]);
    expect(report.built).toEqual([]);
  });

  it('an exact sync of another member removes the first one and its closure', () => {
    const { report } = load(version, 'exact-switch-sync');
    expect(report.removed).toEqual(closure);
    expect(report.phases.find((p) => p.verb === 'Uninstalled')!.count).toBe(5);
  });

  it('--compile-bytecode reports the files compiled', () => {
    const phase = load(version, 'compile-sync').report.phases.find((p) => p.verb === 'Bytecode compiled');
    expect(phase).toMatchObject({ unit: 'files' });
    expect(phase!.count).toBeGreaterThan(0);
  });

  it('a cache on another filesystem gives the hardlink fallback warning', () => {
    const { report } = load(version, 'cross-filesystem-sync');
    expect(report.hardlinkFallback).toBe(true);
    expect(report.linkFallback).toBe('hardlink');
    expect(report.warnings).toHaveLength(1);
    expect(report.warnings[0]).toMatch(/^Failed to hardlink files; falling back to full copy\./);
    expect(report.warnings[0]).toContain('--link-mode=copy');
    expect(report.installed).toEqual(closure);
  });

  it('an unsatisfiable requirement is one error with its cause', () => {
    const { report } = load(version, 'failing-unsatisfiable');
    expect(report.errorDetails).toEqual([
      {
        message: 'No solution found when resolving dependencies',
        causes: [expect.stringMatching(/^Because missing-pkg was not found in the package registry and other depends on missing-pkg>=1, .* your workspace's requirements are unsatisfiable\.$/)],
        hints: [],
      },
    ]);
    expect(report.errors[0]).toMatch(/^No solution found when resolving dependencies\n {2}Caused by: Because missing-pkg/);
  });

  it('a member that fails to build names the member and the cause', () => {
    const { report } = load(version, 'failing-build');
    expect(report.errorDetails![0]!.message).toBe('Failed to build `broken @ file:///tmp/uv-record/ws/packages/broken`');
    expect(report.errorDetails![0]!.causes[0]).toMatch(/Expected a Python module at: `?packages\/broken\/src\/broken\/__init__\.py/);
    expect(report.built).toEqual([]);
  });

  it('an unknown member is reported', () => {
    expect(load(version, 'failing-unknown-member').report.errors[0]).toMatch(/nope/);
  });

  it('a stale lock under --locked is an error with what to run', () => {
    const { report } = load(version, 'failing-locked');
    expect(report.errors).toHaveLength(1);
    expect(report.errors[0]).toMatch(/^The lockfile at `uv\.lock` needs to be updated, but `--locked` was provided\./);
    expect(report.errors[0]).toContain('run `uv lock`');
  });

  it('uv cache prune reports what it removed', () => {
    const { report } = load(version, 'prune');
    expect(report.pruned!.files).toBeGreaterThan(0);
    expect(report.pruned!.bytes).toBeGreaterThan(1024);
  });
});

describe('differences between the recorded versions', () => {
  it(`uv ${UV_OLDEST_VERSION} rejects a repeated --package with a clap error (usage text not included)`, () => {
    const { code, report } = load(UV_OLDEST_VERSION, 'multi-package-sync');
    expect(code).toBe(2);
    expect(report.errors).toEqual(["the argument '--package <PACKAGE>' cannot be used multiple times"]);
  });

  it(`uv ${UV_VERSION} syncs two members in one call`, () => {
    const { report } = load(UV_VERSION, 'multi-package-sync');
    expect(report.errors).toEqual([]);
    expect(report.installed).toEqual(closure);
  });

  it(`uv ${UV_VERSION} reports rebuilt members with ~, apart from installs and removals`, () => {
    const { report } = load(UV_VERSION, 'sync-after-change');
    expect(report.reinstalled).toEqual(['app==0.1.0', 'lib==0.1.0']);
    expect(report.removed).toEqual(['other==0.1.0', 'srcpkg==1.0']);
    expect(report.installed).toEqual([]);
  });

  it(`uv ${UV_OLDEST_VERSION} --locked failure needs the exit code (no error: prefix)`, () => {
    const { stderr } = load(UV_OLDEST_VERSION, 'failing-locked');
    expect(parseUvOutput(stderr).errors).toEqual([]);
    expect(parseUvOutput(stderr, { exitCode: 0 }).errors).toEqual([]);
    expect(parseUvOutput(stderr, { exitCode: 1 }).errors).toHaveLength(1);
  });
});

describe('parseDuration', () => {
  it.each([
    ['0.72ms', 0.72],
    ['12ms', 12],
    ['1.23s', 1230],
    ['1m 05s', 65_000],
    ['2m 00s', 120_000],
    ['850µs', 0.85],
    ['850us', 0.85],
  ])('%s → %d ms', (text, ms) => {
    expect(parseDuration(text)).toBe(ms);
  });

  it('is NaN for text that is not a duration', () => {
    expect(parseDuration('soon')).toBeNaN();
  });
});

describe('shapes not in the recordings', () => {
  it('older uv `Caused by:` chains with several causes and a hint after a blank line', () => {
    const stderr = [
      'Resolved 3 packages in 1.05s',
      'error: Failed to prepare distributions',
      '  Caused by: Failed to fetch wheel: torch==2.0.0',
      '  Caused by: Request failed after 3 retries',
      '  Caused by: error sending request for url',
      '',
      'hint: This usually means the index is unreachable',
      '      (check UV_INDEX_URL).',
      'Usage: nothing to see here',
    ].join('\n');
    const report = parseUvOutput(stderr);
    expect(report.phases).toEqual([{ verb: 'Resolved', count: 3, unit: 'packages', ms: 1050 }]);
    expect(report.errorDetails).toEqual([
      {
        message: 'Failed to prepare distributions',
        causes: ['Failed to fetch wheel: torch==2.0.0', 'Request failed after 3 retries', 'error sending request for url'],
        hints: ['This usually means the index is unreachable (check UV_INDEX_URL).'],
      },
    ]);
    expect(report.errors[0]).toBe(
      'Failed to prepare distributions\n  Caused by: Failed to fetch wheel: torch==2.0.0\n  Caused by: Request failed after 3 retries\n  Caused by: error sending request for url\nhint: This usually means the index is unreachable (check UV_INDEX_URL).',
    );
  });

  it('a miette chain with ├─▶ and help:', () => {
    const stderr = '  × Failed to build `pkg==1.0`\n  ├─▶ The build backend returned an error\n  ╰─▶ Call to `setuptools.build_meta.build_wheel` failed (exit status: 1)\n  help: `pkg` (v1.0) was included because `app` depends on `pkg`\n';
    expect(parseUvOutput(stderr).errorDetails).toEqual([
      {
        message: 'Failed to build `pkg==1.0`',
        causes: ['The build backend returned an error', 'Call to `setuptools.build_meta.build_wheel` failed (exit status: 1)'],
        hints: ['`pkg` (v1.0) was included because `app` depends on `pkg`'],
      },
    ]);
  });

  it('a clone (reflink) fallback counts as a link fallback', () => {
    const report = parseUvOutput('warning: Failed to clone files; falling back to full copy. This may lead to degraded performance.\n');
    expect(report).toMatchObject({ hardlinkFallback: true, linkFallback: 'clone' });
  });

  it('progress redraws (\\r) and CRLF line ends leave only the final text', () => {
    const stderr = 'Resolving [1/3]\rResolving [3/3]\rResolved 3 packages in 2ms\r\nInstalled 1 package in 1ms\r\n + a==1.0\r\n';
    const report = parseUvOutput(stderr);
    expect(report.phases.map((p) => [p.verb, p.count, p.unit])).toEqual([
      ['Resolved', 3, 'packages'],
      ['Installed', 1, 'package'],
    ]);
    expect(report.installed).toEqual(['a==1.0']);
  });

  it('several warnings and phases across two concatenated syncs are all kept', () => {
    const stderr = 'warning: `VIRTUAL_ENV=/x` does not match the project environment path `.venv` and will be ignored\nResolved 2 packages in 1ms\nInstalled 1 package in 1ms\n + a==1\nwarning: second\nResolved 2 packages in 1ms\nInstalled 1 package in 1ms\n + b==1\n';
    const report = parseUvOutput(stderr);
    expect(report.warnings).toEqual(['`VIRTUAL_ENV=/x` does not match the project environment path `.venv` and will be ignored', 'second']);
    expect(report.phases).toHaveLength(4);
    expect(report.installed).toEqual(['a==1', 'b==1']);
  });

  it('stripAnsi removes colours and hyperlinks', () => {
    expect(stripAnsi('\u001b[1m\u001b[31merror\u001b[39m\u001b[0m: \u001b]8;;https://x\u0007link\u001b]8;;\u0007')).toBe('error: link');
  });

  it('empty output is an empty report', () => {
    expect(parseUvOutput('')).toEqual({ phases: [], built: [], hardlinkFallback: false, errors: [], warnings: [], installed: [], removed: [] });
  });
});
