// The CLI in-process: what a user sees on stdout/stderr and the exit status.
// uv itself referees discovery: `uv lock` on the same fixture must list the
// same members in [manifest].
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseLock } from '../../src/workspace/lockfile.js';
import { project, tempTrees, type Tree } from '../fixtures/workspaces/tree.js';
import { cliIn } from '../helpers/cli.js';
import { projectRoot, uvBin, uvTestEnv } from '../helpers/tools.js';

const repo = tempTrees();

const cli = cliIn;

/** The fields of `affected --json` that DESIGN.md's CLI contract names (others read them); the rest is added beside them. */
function contract(stdout: string): { all: boolean; members: { name: string; path: string; reasons: string[] }[]; unowned: string[] } {
  const out = JSON.parse(stdout) as { all: boolean; members: { name: string; path: string; reasons: string[] }[]; unowned: string[] };
  return { all: out.all, members: out.members.map(({ name, path, reasons }) => ({ name, path, reasons })), unowned: out.unowned };
}

const sources = (names: string[]): string => `[tool.uv.sources]\n${names.map((n) => `${n} = { workspace = true }`).join('\n')}\n`;

/** A virtual root in `py/`, a chain api -> core -> util, and a docs member nobody depends on. */
const WORKSPACE: Tree = {
  'README.md': '# repo',
  'py/pyproject.toml': `[tool.uv.workspace]\nmembers = ["libs/*", "apps/*"]\n${sources(['core', 'util', 'api'])}`,
  'py/libs/util/pyproject.toml': project('util'),
  'py/libs/core/pyproject.toml': project('core', 'dependencies = ["util"]\n'),
  'py/apps/api/pyproject.toml': project('api', 'dependencies = ["core[fast]"]\n'),
  'py/apps/docs/pyproject.toml': project('docs'),
  'py/libs/core/src/core/__init__.py': '',
};

describe('members', () => {
  it('--json: name, path from the repository root, direct dependencies and their edges; sorted by name', async () => {
    const cwd = repo(WORKSPACE);
    const result = await cli(cwd, ['members', '--workspace', 'py', '--json']);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(JSON.parse(result.stdout)).toEqual([
      { name: 'api', path: 'py/apps/api', dependencies: ['core'], edges: [{ to: 'core', kind: 'runtime', extras: ['fast'] }] },
      { name: 'core', path: 'py/libs/core', dependencies: ['util'], edges: [{ to: 'util', kind: 'runtime' }] },
      { name: 'docs', path: 'py/apps/docs', dependencies: [], edges: [] },
      { name: 'util', path: 'py/libs/util', dependencies: [], edges: [] },
    ]);
  });

  it('a readable aligned table without --json, warnings on stderr', async () => {
    const cwd = repo({ ...WORKSPACE, 'py/pyproject.toml': WORKSPACE['py/pyproject.toml']!.replace('"apps/*"]', '"apps/*", "gone"]') });
    const result = await cli(cwd, ['members', '--workspace=py']);
    expect(result.code).toBe(0);
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^MEMBER\s+PATH\s+DEPENDS ON/);
    expect(lines[1]).toMatch(/^api\s+py\/apps\/api\s+core\[fast\] \(runtime\)$/);
    // Columns line up: PATH starts at the same offset on every row.
    const offsets = lines.slice(0, 5).map((l) => l.indexOf('py/') >= 0 ? l.indexOf('py/') : l.indexOf('PATH'));
    expect(new Set(offsets).size).toBe(1);
    expect(lines.at(-1)).toBe('4 members in workspace py (virtual root)');
    expect(result.stderr).toMatch(/^warning: .*`gone`.*matches nothing/);
  });

  it('agrees with uv lock ([manifest].members) on a workspace with odd corners', () => {
    const cwd = repo({
      'pyproject.toml': project('root', '[tool.uv.workspace]\nmembers = ["packages/*", "tools/**/plugin-*"]\nexclude = ["packages/old*"]\n'),
      'packages/a/pyproject.toml': project('a'),
      'packages/.hidden/notes.txt': '',
      'packages/.hp/pyproject.toml': project('Hidden_Project'),
      'packages/file.txt': '',
      'packages/empty/': '',
      'packages/old/README.md': '',
      'packages/old-two/sub/pyproject.toml': project('old-sub'),
      'packages/unmanaged/pyproject.toml': project('unmanaged', '[tool.uv]\nmanaged = false\n'),
      'tools/x/y/plugin-one/pyproject.toml': project('plugin-one'),
      'tools/plugin-two/pyproject.toml': project('plugin-two'),
    });
    execFileSync(uvBin(), ['lock'], { cwd, env: uvTestEnv(), stdio: 'pipe' });
    const lock = parseLock(readFileSync(path.join(cwd, 'uv.lock'), 'utf8'), 'uv.lock');
    return cli(cwd, ['members', '--json']).then((result) => {
      expect(result.code).toBe(0);
      const names = (JSON.parse(result.stdout) as { name: string }[]).map((m) => m.name);
      expect(names).toEqual(lock.members);
      expect(names).toEqual(['a', 'hidden-project', 'plugin-one', 'plugin-two', 'root']);
    });
  });

  it('reports a member directory without pyproject.toml with the words uv uses', async () => {
    const tree: Tree = {
      'pyproject.toml': '[tool.uv.workspace]\nmembers = ["packages/*"]\n',
      'packages/a/pyproject.toml': project('a'),
      'packages/docs/index.md': '',
    };
    const cwd = repo(tree);
    let uvMessage = '';
    try {
      execFileSync(uvBin(), ['lock'], { cwd, env: uvTestEnv(), stdio: 'pipe' });
    } catch (error) {
      uvMessage = String((error as { stderr: Buffer }).stderr);
    }
    expect(uvMessage).toContain(`Workspace member \`${path.join(cwd, 'packages/docs')}\` is missing a \`pyproject.toml\` (matches: \`packages/*\`)`);
    const result = await cli(cwd, ['members']);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(
      'error: Workspace member `packages/docs` is missing a `pyproject.toml` (matches: `packages/*`)\n' +
        'hint: add a pyproject.toml to packages/docs, or list it in `tool.uv.workspace.exclude` in pyproject.toml\n',
    );
  });
});

describe('affected', () => {
  it('--files FILE: owners plus the members whose sync installs them', async () => {
    const cwd = repo(WORKSPACE);
    writeFileSync(path.join(cwd, 'changed.txt'), './py/libs/util/util.py\n\nREADME.md\n');
    const result = await cli(cwd, ['affected', '--workspace', 'py', '--files', 'changed.txt', '--json']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const out = JSON.parse(result.stdout) as { all: boolean; members: { name: string; path: string; reasons: string[] }[] };
    expect(out.all).toBe(false);
    expect(out.members.map((m) => [m.name, m.path])).toEqual([
      ['api', 'py/apps/api'],
      ['core', 'py/libs/core'],
      ['util', 'py/libs/util'],
    ]);
    expect(out.members.every((m) => m.reasons.length > 0)).toBe(true);
    expect(Object.keys(out).sort()).toEqual(['all', 'change', 'changed', 'members', 'unowned']);
  });

  it('a docs-only change affects its member alone (with the reason); --dependents any reaches the dependents again', async () => {
    const cwd = repo(WORKSPACE);
    const alone = await cli(cwd, ['affected', '--workspace', 'py', '--files', '-', '--json'], 'py/libs/util/README.md\n');
    expect(contract(alone.stdout)).toEqual({
      all: false,
      members: [{ name: 'util', path: 'py/libs/util', reasons: ['changed: py/libs/util/README.md', "not shipped, not importable: no other member's environment installs or imports these paths"] }],
      unowned: [],
    });
    const any = await cli(cwd, ['affected', '--workspace', 'py', '--files', '-', '--dependents', 'any', '--json'], 'py/libs/util/README.md\n');
    expect((JSON.parse(any.stdout) as { members: { name: string }[] }).members.map((m) => m.name)).toEqual(['api', 'core', 'util']);
    const bad = await cli(cwd, ['affected', '--workspace', 'py', '--files', '-', '--dependents', 'some'], 'x\n');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("'--dependents' is 'some'");
  });

  it('--files - reads stdin; --ignore drops paths; --global marks everything', async () => {
    const cwd = repo(WORKSPACE);
    const ignored = await cli(cwd, ['affected', '--workspace', 'py', '--files', '-', '--ignore', '**/*.md', '--json'], 'py/libs/core/README.md\n');
    // Ignored: dropped, not unowned.
    expect(contract(ignored.stdout)).toEqual({ all: false, members: [], unowned: [] });
    const global = await cli(cwd, ['affected', '--workspace', 'py', '--files', '-', '--global', 'ci/**', '--json'], 'ci/run.sh\n');
    const out = JSON.parse(global.stdout) as { all: boolean; members: { name: string }[] };
    expect(out.all).toBe(true);
    expect(out.members.map((m) => m.name)).toEqual(['api', 'core', 'docs', 'util']);
  });

  it('a table without --json', async () => {
    const cwd = repo(WORKSPACE);
    const result = await cli(cwd, ['affected', '--workspace', 'py', '--files', '-'], 'py/apps/docs/x.py\n');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^MEMBER\s+PATH\s+WHY\ndocs\s+py\/apps\/docs\s+\S.*\n1 of 4 members affected\n$/);
    const none = await cli(cwd, ['affected', '--workspace', 'py', '--files', '-'], 'README.md\n');
    // Outside the workspace root: no member owns it, and the CLI says so.
    expect(none.stdout).toBe(
      'no member is affected (1 changed path)\nnot owned by any member (1): README.md\n' +
        'hint: these paths affect no member; if a member uses them, claim them in --global, or in a [tool.uv-workspace-sync] table: `inputs` in the member that uses them, `global` in the workspace root\n',
    );
  });
});

describe('errors: one line, exit 1 (input) or 2 (usage), never a stack', () => {
  const oneError = (stderr: string): void => {
    const lines = stderr.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^error: /);
    expect(lines.slice(1).every((l) => l.startsWith('hint: '))).toBe(true);
    expect(stderr).not.toMatch(/\n\s+at /);
  };

  it('invalid TOML in the root and in a member name file:line', async () => {
    const rootBad = repo({ 'pyproject.toml': '[tool.uv.workspace\nmembers = []\n' });
    const r1 = await cli(rootBad, ['members']);
    expect(r1.code).toBe(1);
    oneError(r1.stderr);
    expect(r1.stderr).toMatch(/^error: pyproject\.toml:1: invalid TOML: /);
    const memberBad = repo({ 'pyproject.toml': '[tool.uv.workspace]\nmembers = ["m"]\n', 'm/pyproject.toml': '[project]\nname = "m"\nname = "again"\n' });
    const r2 = await cli(memberBad, ['members', '--json']);
    expect(r2.code).toBe(1);
    oneError(r2.stderr);
    expect(r2.stderr).toMatch(/^error: m\/pyproject\.toml:3: invalid TOML: /);
    expect(r2.stdout).toBe('');
  });

  it('missing workspace dir, neither [project] nor [tool.uv.workspace], unknown lock version, unreadable --files', async () => {
    const cwd = repo({ 'pyproject.toml': '[tool.ruff]\n', 'ws/pyproject.toml': '[tool.uv.workspace]\nmembers = []\n', 'ws/uv.lock': 'version = 9\n' });
    const cases: [string[], RegExp][] = [
      [['members', '--workspace', 'missing'], /^error: workspace directory 'missing' does not exist\nhint: /],
      [['members'], /^error: pyproject\.toml has no \[tool\.uv\.workspace\] table/],
      [['members', '--workspace', 'ws'], /^error: ws\/uv\.lock: lock version 9 is not supported/],
      [['members', '--workspace', 'ws', '--lock', 'nope.lock'], /^error: lock file 'nope\.lock' does not exist/],
      [['affected', '--workspace', 'ws', '--lock', 'ws/uv.lock', '--files', 'nope.txt'], /^error: ws\/uv\.lock: lock version 9/],
    ];
    for (const [argv, pattern] of cases) {
      const result = await cli(cwd, argv);
      expect(result.code, argv.join(' ')).toBe(1);
      oneError(result.stderr);
      expect(result.stderr).toMatch(pattern);
    }
  });

  it("no workspace here: the hint names the one a level or two below, in the CLI's words", async () => {
    const below = repo({ 'README.md': '', 'tools/py/pyproject.toml': '[tool.uv.workspace]\nmembers = []\n', 'docs/pyproject.toml': '[tool.ruff]\n' });
    const result = await cli(below, ['members']);
    expect(result).toEqual({
      code: 1,
      stdout: '',
      stderr: "error: no pyproject.toml in '.' or any parent directory up to the repository root\nhint: tools/py/pyproject.toml has [tool.uv.workspace]: run with --workspace tools/py\n",
    });
    // From a directory below the root, --workspace is relative to it.
    expect((await cli(path.join(below, 'docs'), ['members', '--workspace', '..'])).stderr).toContain('run with --workspace ../tools/py\n');
    const none = await cli(repo({ 'README.md': '', 'a/b/c/pyproject.toml': '[tool.uv.workspace]\nmembers = []\n' }), ['members']);
    expect(none.stderr).toBe(
      "error: no pyproject.toml in '.' or any parent directory up to the repository root\nhint: point --workspace at the directory whose pyproject.toml has [tool.uv.workspace] (none is one or two levels below it)\n",
    );
    expect(none.stderr).not.toContain('working-directory');
  });

  it('usage errors exit 2 and point at --help', async () => {
    const cwd = repo(WORKSPACE);
    for (const argv of [[], ['frobnicate'], ['members', '--frob'], ['members', '--workspace'], ['affected'], ['affected', '--files', 'a', '--base', 'b'], ['members', 'extra']]) {
      const result = await cli(cwd, argv);
      expect(result.code, argv.join(' ')).toBe(2);
      oneError(result.stderr);
      expect(result.stderr).toMatch(/hint: run 'uv-workspace-sync (\w+ )?--help'/);
    }
  });

  it('--help and --version', async () => {
    const cwd = repo(WORKSPACE);
    const help = await cli(cwd, ['--help']);
    expect(help.code).toBe(0);
    for (const command of ['members', 'affected', 'why', 'graph', 'fingerprints']) expect(help.stdout).toMatch(new RegExp(`^  ${command} +\\S`, 'm'));
    expect(help.stdout).toContain('Exit status: 0');
    const pkg = JSON.parse(readFileSync(path.join(projectRoot, 'package.json'), 'utf8')) as { version: string };
    expect(await cli(cwd, ['--version'])).toEqual({ code: 0, stdout: `uv-workspace-sync ${pkg.version}\n`, stderr: '' });
  });
});

describe('a single project without [tool.uv.workspace]', () => {
  it('is a workspace of one, as uv sees it: the project is the only member, and a change to it affects it', async () => {
    const cwd = repo({ 'pyproject.toml': project('Solo-App'), 'src/solo_app/__init__.py': '', 'docs/x.md': '' });
    // uv agrees: `uv lock` locks it alone.
    const lock = execFileSync(uvBin(), ['lock', '--offline'], { cwd, env: uvTestEnv(), encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    expect(lock).toBe('');
    expect(parseLock(readFileSync(path.join(cwd, 'uv.lock'), 'utf8'), 'uv.lock').members).toEqual([]);
    const members = await cli(cwd, ['members', '--json']);
    expect(members.stderr).toBe('');
    expect(JSON.parse(members.stdout)).toEqual([{ name: 'solo-app', path: '.', dependencies: [], edges: [] }]);
    writeFileSync(path.join(cwd, 'changed.txt'), 'src/solo_app/__init__.py\n');
    const affected = await cli(cwd, ['affected', '--files', 'changed.txt', '--json']);
    expect(contract(affected.stdout)).toEqual({ all: false, members: [{ name: 'solo-app', path: '.', reasons: ['changed: src/solo_app/__init__.py'] }], unowned: [] });
  });
});
