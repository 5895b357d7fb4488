import { afterEach, describe, expect, it, vi } from 'vitest';
import { runner } from '../../src/action/runner.js';
import type { Affected } from '../../src/affected/engine.js';
import { buildAnnotations } from '../../src/report/annotations.js';
import type { UvReport } from '../../src/uv/output.js';

const members = [
  { name: 'api', path: 'services/api' },
  { name: 'cli', path: 'apps/cli' },
  { name: 'core', path: 'libs/core' },
  { name: 'docs', path: 'docs' },
];

const emptyReport: UvReport = { phases: [], built: [], hardlinkFallback: false, errors: [], warnings: [], installed: [], removed: [] };

function affectedBy(changes: Record<string, string[]>, dependents: Record<string, string[]> = {}): Affected {
  const list = members
    .map((m) => ({
      ...m,
      reasons: [
        ...(changes[m.name] ? [{ kind: 'changed' as const, paths: changes[m.name]!, more: 0 }] : []),
        ...(dependents[m.name] ?? []).map((on) => ({ kind: 'dependency' as const, on, dependency: { kind: 'runtime' as const } })),
      ],
    }))
    .filter((m) => m.reasons.length > 0);
  const pulledIn: NonNullable<Affected['pulledIn']> = {};
  for (const name of Object.keys(changes)) {
    pulledIn[name] = Object.entries(dependents)
      .filter(([, on]) => on.includes(name))
      .map(([member]) => ({ member, changed: member in changes }));
  }
  return { all: false, allReasons: [], members: list, pulledIn };
}

describe('buildAnnotations: the change', () => {
  it("puts a notice on a changed member's pyproject.toml naming the dependents it pulls in", () => {
    const affected = affectedBy({ core: ['libs/core/src/core/x.py', 'libs/core/pyproject.toml'] }, { api: ['core'], cli: ['core'] });
    const changedPaths = ['libs/core/src/core/x.py', 'libs/core/pyproject.toml'];
    expect(buildAnnotations({ affected, changedPaths, members })).toEqual([
      {
        level: 'notice',
        title: 'Affected: core',
        file: 'libs/core/pyproject.toml',
        message: 'core changed (2 files); it pulls in 2 dependents: api, cli.',
      },
    ]);
  });

  it('uses the first changed file when pyproject.toml did not change, and says when nothing depends on it', () => {
    const affected = affectedBy({ docs: ['docs/index.md', 'docs/conf.py'] });
    expect(buildAnnotations({ affected, changedPaths: ['docs/index.md', 'docs/conf.py'], members })).toEqual([
      { level: 'notice', title: 'Affected: docs', file: 'docs/index.md', message: 'docs changed (2 files); no other member depends on it.' },
    ]);
  });

  it('says once that every member is affected, on the global file that caused it', () => {
    const affected: Affected = {
      all: true,
      allReasons: [{ kind: 'global', source: 'root', paths: ['pyproject.toml'], more: 0 }],
      members: members.map((m) => ({ ...m, reasons: [{ kind: 'global', source: 'root', paths: ['pyproject.toml'], more: 0 }] })),
    };
    const annotations = buildAnnotations({ affected, changedPaths: ['README.md', 'pyproject.toml'], members });
    expect(annotations).toHaveLength(1);
    expect(annotations[0]).toMatchObject({ level: 'notice', file: 'pyproject.toml', title: 'Every workspace member is affected' });
    expect(annotations[0]!.message).toContain('all 4 members');
  });

  it('names a dependent that changed too, and caps a long list', () => {
    const both = affectedBy({ core: ['libs/core/x.py'], api: ['services/api/y.py'] }, { api: ['core'] });
    const [api, core] = buildAnnotations({ affected: both, changedPaths: ['libs/core/x.py', 'services/api/y.py'], members });
    expect(api!.message).toBe('api changed (1 file); no other member depends on it.');
    expect(core!.message).toBe('core changed (1 file); it pulls in 1 dependent: api (changed too).');

    const many = Array.from({ length: 25 }, (_, i) => ({ member: `plugin-${String(i).padStart(2, '0')}`, changed: false }));
    const big: Affected = { ...affectedBy({ core: ['libs/core/x.py'] }), pulledIn: { core: many } };
    const [notice] = buildAnnotations({ affected: big, changedPaths: ['libs/core/x.py'], members });
    expect(notice!.message).toBe(
      `core changed (1 file); it pulls in 25 dependents: ${many.slice(0, 10).map((d) => d.member).join(', ')} and 15 more.`,
    );
  });

  it('warns before GitHub rejects a matrix over 256 legs', () => {
    const annotations = buildAnnotations({ affected: affectedBy({}), changedPaths: [], members, matrixLegs: 300 });
    expect(annotations).toEqual([expect.objectContaining({ level: 'warning', title: 'Matrix too large' })]);
    expect(annotations[0]!.message).toContain("'shards'");
    expect(buildAnnotations({ affected: affectedBy({}), changedPaths: [], members, matrixLegs: 256 })).toEqual([]);
  });
});

describe('buildAnnotations: the sync', () => {
  const none = affectedBy({});

  it('turns each uv error into an error annotation with the whole message', () => {
    const report = { ...emptyReport, errors: ['No solution found when resolving dependencies\n  cause: Because x was not found'] };
    expect(buildAnnotations({ affected: none, changedPaths: [], members, report })).toEqual([
      { level: 'error', title: 'uv sync failed', message: 'No solution found when resolving dependencies\n  cause: Because x was not found' },
    ]);
  });

  it('warns about the hardlink fallback and says how to fix it', () => {
    const report = { ...emptyReport, hardlinkFallback: true };
    const [annotation, ...rest] = buildAnnotations({ affected: none, changedPaths: [], members, report, cacheDir: '/tmp/uv-cache' });
    expect(rest).toEqual([]);
    expect(annotation).toMatchObject({ level: 'warning', title: 'uv copied instead of linking' });
    expect(annotation!.message).toContain('/tmp/uv-cache');
    expect(annotation!.message).toContain("'cache-dir'");
    expect(annotation!.message).toContain('link-mode: copy');
  });

  it('warns once per third-party package built from source, not for workspace members', () => {
    const report = {
      ...emptyReport,
      built: ['core @ file:///home/runner/work/repo/libs/core', 'api==0.1.0', 'pyyaml==6.0.1', 'pyyaml==6.0.1', 'cchardet==2.1.7'],
    };
    const annotations = buildAnnotations({ affected: none, changedPaths: [], members, report });
    expect(annotations.map((a) => a.title)).toEqual(['Built from source: cchardet==2.1.7', 'Built from source: pyyaml==6.0.1']);
    expect(annotations[0]!.message).toContain('binary wheel');
    expect(annotations[0]!.message).toContain('extra-build-dependencies');
  });

  it('warns about a slow resolve only past the threshold', () => {
    const slow = { ...emptyReport, phases: [{ verb: 'Resolved' as const, count: 140, unit: 'packages', ms: 15_000 }] };
    const fast = { ...emptyReport, phases: [{ verb: 'Resolved' as const, count: 140, unit: 'packages', ms: 25 }] };
    const [warning] = buildAnnotations({ affected: none, changedPaths: [], members, report: slow });
    expect(warning).toMatchObject({ level: 'warning', title: 'Slow resolve' });
    expect(warning!.message).toContain('15s to resolve 140 packages');
    expect(buildAnnotations({ affected: none, changedPaths: [], members, report: fast })).toEqual([]);
    expect(buildAnnotations({ affected: none, changedPaths: [], members, report: slow, slowResolveMs: 20_000 })).toEqual([]);
  });
});

describe('emitting annotations through the runner (action/runner.ts)', () => {
  afterEach(() => vi.restoreAllMocks());

  it('cannot be turned into another workflow command by a file name or message holding newlines', () => {
    const written: string[] = [];
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      written.push(String(chunk));
      return true;
    });
    const affected = affectedBy({ docs: ['docs/a\n::error::pwned.md'] });
    for (const a of buildAnnotations({ affected, changedPaths: ['docs/a\n::error::pwned.md'], members })) {
      runner.notice(a.message, { title: a.title, file: a.file, startLine: a.startLine });
    }
    const lines = written.join('').split('\n').filter(Boolean);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^::notice /);
    expect(lines[0]).toContain('file=docs/a%0A%3A%3Aerror%3A%3Apwned.md');
  });
});
