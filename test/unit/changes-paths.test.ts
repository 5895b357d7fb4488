// The one normal form of changed paths, the `changed-files` formats, the
// shared sync-args parser and guard, hook dependency lists, git's one line.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { explicitList, explicitNormalList } from '../../src/changes/change-set.js';
import { parseArgs } from '../../src/cli/args.js';
import { runCli } from '../../src/cli/run.js';
import { gitFailure, gitReason } from '../../src/changes/git.js';
import { normalizeChangedPath, normalizeChangedPaths, parseChangedFilesText } from '../../src/changes/paths.js';
import { UserError } from '../../src/errors.js';
import { parseConfig } from '../../src/inputs.js';
import { parseSyncArgs } from '../../src/sync-args.js';
import { loadPyproject } from '../../src/workspace/pyproject.js';
import { project, tempTrees } from '../fixtures/workspaces/tree.js';
import { uvBin, uvTestEnv } from '../helpers/tools.js';

const frame = { repoRoot: '/work/repo', rootAliases: ['/real/repo'] };

describe('normalizeChangedPath', () => {
  it('makes every spelling of a path inside the repository the repository-relative one', () => {
    const spellings = [
      'libs/core/x.py',
      './libs/core/x.py',
      'libs//core/./x.py',
      'libs/api/../core/x.py',
      '/work/repo/libs/core/x.py',
      '/work/repo/./libs/core/../core/x.py',
      '/real/repo/libs/core/x.py',
      'libs/core/x.py/',
    ];
    for (const s of spellings) expect(normalizeChangedPath(s, frame), s).toEqual({ ok: true, path: 'libs/core/x.py' });
    // Without `backslashes` (git, the API) a backslash is part of a POSIX file name.
    expect(normalizeChangedPath('a\\b.py', frame)).toEqual({ ok: true, path: 'a\\b.py' });
    // Names are data: spaces, quotes, unicode, leading dashes stay as they are.
    expect(normalizeChangedPath("docs/my file 'x' ü.md", frame)).toEqual({ ok: true, path: "docs/my file 'x' ü.md" });
    expect(normalizeChangedPath('-rf', frame)).toEqual({ ok: true, path: '-rf' });
  });

  it('says why a path cannot be inside the repository', () => {
    expect(normalizeChangedPath('../other/x.py', frame)).toEqual({ ok: false, raw: '../other/x.py', why: 'leaves the repository (/work/repo)' });
    expect(normalizeChangedPath('libs/../../x.py', frame)).toMatchObject({ ok: false, why: 'leaves the repository (/work/repo)' });
    expect(normalizeChangedPath('/etc/passwd', frame)).toEqual({ ok: false, raw: '/etc/passwd', why: 'is outside the repository (/work/repo)' });
    expect(normalizeChangedPath('/work/repository/x.py', frame)).toMatchObject({ ok: false });
    expect(normalizeChangedPath('.', frame)).toMatchObject({ ok: false, why: 'names the repository root, not a file in it' });
  });

  it('a list: sorted, unique, rejected ones set aside in order', () => {
    expect(normalizeChangedPaths(['b.py', './a.py', 'a.py', '../x', '/elsewhere'], frame)).toEqual({
      paths: ['a.py', 'b.py'],
      rejected: [
        { raw: '../x', why: 'leaves the repository (/work/repo)' },
        { raw: '/elsewhere', why: 'is outside the repository (/work/repo)' },
      ],
      ambiguous: [],
    });
  });
});

describe('typed paths (changed-files, --files): Windows separators and absolute paths on every platform', () => {
  const makeTreeForTyped = tempTrees();
  const typed = (platform: 'win32' | 'posix', files: string[], exists: string[] = []) =>
    normalizeChangedPaths(files, {
      ...(platform === 'win32' ? { repoRoot: 'D:\\a\\repo\\repo' } : frame),
      backslashes: true,
      platform,
      exists: (rel) => exists.includes(rel),
    });

  it('on Windows a backslash separates, and a drive or UNC path is placed against the root (ignoring case, as Windows does)', () => {
    expect(typed('win32', ['libs\\core\\x.py', 'D:\\a\\repo\\repo\\libs\\api\\y.py', 'd:/A/REPO/repo/README.md', '.\\libs\\core\\..\\z.py'])).toEqual({
      paths: ['README.md', 'libs/api/y.py', 'libs/core/x.py', 'libs/z.py'],
      rejected: [],
      ambiguous: [],
    });
    expect(typed('win32', ['Z:\\elsewhere\\x.py', '\\\\server\\share\\x.py', 'C:x.py']).rejected.map((r) => r.raw)).toEqual(['Z:\\elsewhere\\x.py', '\\\\server\\share\\x.py', 'C:x.py']);
  });

  it('elsewhere a Windows absolute path is outside the repository (every member), never a relative path', () => {
    expect(typed('posix', ['Z:\\work\\repo\\x.py', 'C:/work/repo/y.py', '\\\\server\\share\\x.py'])).toEqual({
      paths: [],
      rejected: [
        { raw: 'Z:\\work\\repo\\x.py', why: 'is a Windows path, outside the repository (/work/repo)' },
        { raw: 'C:/work/repo/y.py', why: 'is a Windows path, outside the repository (/work/repo)' },
        { raw: '\\\\server\\share\\x.py', why: 'is outside the repository (/work/repo)' },
      ],
      ambiguous: [],
    });
    // Unless the work tree has a file of that name: git allows `C:` as a directory and `\` in a name.
    expect(typed('posix', ['C:/work/y.py', 'Z:\\x.py'], ['C:/work/y.py', 'Z:\\x.py']).paths).toEqual(['C:/work/y.py', 'Z:\\x.py']);
  });

  it('elsewhere a backslash means what names a file in the work tree; naming none, both readings count', () => {
    // A name holding a backslash (valid in git on Linux and macOS) that exists: as written.
    expect(typed('posix', ['libs\\core.py'], ['libs\\core.py']).paths).toEqual(['libs\\core.py']);
    // A list written on a Windows runner: the separator reading names the file.
    expect(typed('posix', ['libs\\core\\x.py'], ['libs/core/x.py']).paths).toEqual(['libs/core/x.py']);
    // A deleted file names nothing either way: both, said once.
    expect(typed('posix', ['libs\\core\\gone.py', 'libs\\api\\gone.py'])).toEqual({
      paths: ['libs/api/gone.py', 'libs/core/gone.py', 'libs\\api\\gone.py', 'libs\\core\\gone.py'],
      rejected: [],
      ambiguous: ['libs\\core\\gone.py', 'libs\\api\\gone.py'],
    });
    // A separator reading that leaves the repository cannot be placed: every member.
    expect(typed('posix', ['..\\other\\x.py']).rejected).toEqual([{ raw: '..\\other\\x.py', why: 'leaves the repository (/work/repo)' }]);
  });

  it('through the CLI: the work tree decides, and both readings of a deleted path are said in a warning', async () => {
    const dir = makeTreeForTyped({
      'pyproject.toml': '[tool.uv.workspace]\nmembers = ["packages/*"]\n',
      'packages/core/pyproject.toml': project('core'),
      'packages/core/src/core/__init__.py': '',
      'packages/api/pyproject.toml': project('api'),
      // A root-level file whose name holds backslashes (valid on Linux): owned by no member.
      'packages\\api\\notes.txt': '',
    });
    const affected = async (list: string) => {
      let out = '';
      let err = '';
      fs.writeFileSync(path.join(dir, 'changed.txt'), list);
      const code = await runCli(['affected', '--files', path.join(dir, 'changed.txt'), '--json'], { cwd: dir, stdout: { write: (t: string) => (out += t) }, stderr: { write: (t: string) => (err += t) } });
      expect(code, err).toBe(0);
      return { members: (JSON.parse(out) as { members: { name: string }[] }).members.map((m) => m.name), stderr: err };
    };
    // Written on a Windows runner, read on Linux: the file exists with `/`.
    expect(await affected('packages\\core\\src\\core\\__init__.py\r\n')).toEqual({ members: ['core'], stderr: '' });
    // The file with backslashes in its name exists: it is that file, not packages/api's.
    expect(await affected('packages\\api\\notes.txt\n')).toEqual({ members: [], stderr: '' });
    // Deleted, so neither reading names a file: both count, and the warning says so.
    const gone = await affected('packages\\api\\gone.py\n');
    expect(gone.members).toEqual(['api']);
    expect(gone.stderr).toContain("changed-files: 'packages\\api\\gone.py' names no file in this checkout either with `\\` as part of a name or as a separator; both readings count as changed");
  });

  it("git's and the API's paths are names as printed: a backslash or a drive-like first component stays", () => {
    expect(normalizeChangedPaths(['Z:\\x.py', 'C:/y.py', 'a\\b.py'], { ...frame, platform: 'posix' }).paths).toEqual(['C:/y.py', 'Z:\\x.py', 'a\\b.py']);
  });
});

describe('changed-files formats', () => {
  it('newline separated (names may hold spaces), a JSON list, or one line separated by spaces', () => {
    expect(parseChangedFilesText('changed-files', 'a b/c.py\nd.py\n')).toEqual({ paths: ['a b/c.py', 'd.py'], format: 'lines' });
    expect(parseChangedFilesText('changed-files', 'a.py\r\n\r\nb.py\r\n')).toEqual({ paths: ['a.py', 'b.py'], format: 'lines' });
    expect(parseChangedFilesText('changed-files', '["a b/c.py", "d.py"]')).toEqual({ paths: ['a b/c.py', 'd.py'], format: 'json' });
    // tj-actions/changed-files' default output.
    expect(parseChangedFilesText('changed-files', 'libs/core/x.py libs/api/y.py  README.md')).toEqual({
      paths: ['libs/core/x.py', 'libs/api/y.py', 'README.md'],
      format: 'spaces',
    });
    expect(parseChangedFilesText('changed-files', 'libs/core/x.py')).toEqual({ paths: ['libs/core/x.py'], format: 'spaces' });
  });

  it('the action reads changed-files through it', () => {
    const read = (inputs: Record<string, string>) => (name: string) => inputs[name] ?? '';
    expect(parseConfig(read({ 'changed-files': 'a.py b.py' }), '/repo').changedFiles).toEqual(['a.py', 'b.py']);
    expect(() => parseConfig(read({ 'changed-files': '["a.py", 3]' }), '/repo')).toThrow("input 'changed-files' is a JSON value but not an array of strings");
  });
});

describe('sync-args: one parser and one guard for the action and the CLI', () => {
  it('the CLI takes a --sync-args value that starts with a dash, in both spellings', () => {
    for (const argv of [
      ['affected', '--files', '-', '--sync-args', '--all-extras'],
      ['affected', '--files', '-', '--sync-args=--all-extras'],
    ]) {
      expect(parseArgs(argv)).toMatchObject({ command: 'affected', syncArgs: { argv: ['--all-extras'] } });
    }
    expect(parseArgs(['affected', '--files', '-', '--sync-args', '--extra cpu --no-dev'])).toMatchObject({ syncArgs: { argv: ['--extra', 'cpu', '--no-dev'] } });
  });

  it('refuses what chooses members or the project, in the action and the CLI alike', () => {
    for (const flag of ['--package x', '--all-packages', '--project=.', '--directory d', '--only-install-workspace']) {
      const name = flag.split(/[ =]/)[0]!;
      expect(() => parseSyncArgs('sync-args', flag)).toThrow(`input 'sync-args' contains '${name}'`);
      expect(() => parseArgs(['affected', '--files', '-', '--sync-args', flag])).toThrow(`option '--sync-args' contains '${name}'`);
    }
    let error: unknown;
    try {
      parseArgs(['affected', '--files', '-', '--sync-args', '--package api']);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).hint).toContain('affected');
    expect(() => parseArgs(['affected', '--files', '-', '--sync-args', '"--extra'])).toThrow(`option '--sync-args' has an unclosed " quote`);
  });
});

describe('git failures in one line', () => {
  it("git's first reason, then ours, never the advice's last line", () => {
    const stderr =
      "fatal: 'origin' does not appear to be a git repository\nfatal: Could not read from remote repository.\n\nPlease make sure you have the correct access rights\nand the repository exists.\n";
    expect(gitReason(stderr)).toBe("fatal: 'origin' does not appear to be a git repository");
    expect(gitFailure(stderr, 'the base could not be fetched')).toBe("git: fatal: 'origin' does not appear to be a git repository (the base could not be fetched)");
    expect(gitFailure('', 'the base could not be fetched')).toBe('the base could not be fetched');
    expect(gitReason('warning: x\nerror: pathspec y did not match\n')).toBe('error: pathspec y did not match');
  });
});

describe('hatch metadata hook dependency lists', () => {
  const hooked = (dynamic: string) => `[project]
name = "app"
dynamic = [${dynamic}]

[tool.hatch.metadata.hooks.uv-dynamic-versioning]
dependencies = ["core=={{ version }}", "httpx>=0.27"]

[tool.hatch.metadata.hooks.uv-dynamic-versioning.optional-dependencies]
cli = ["cli-kit=={{ version }}"]

[tool.uv.sources]
core = { workspace = true }
cli-kit = { workspace = true }
`;

  it('are read as the project lists when project.dynamic names them', () => {
    const p = loadPyproject(hooked('"version", "dependencies", "optional-dependencies"'), 'app/pyproject.toml');
    expect(p.dependencies).toEqual(['core=={{ version }}', 'httpx>=0.27']);
    expect(p.optionalDependencies).toEqual({ cli: ['cli-kit=={{ version }}'] });
  });

  it('are ignored when project.dynamic does not name them (the hook would not provide them)', () => {
    const p = loadPyproject(hooked('"version"'), 'app/pyproject.toml');
    expect(p.dependencies).toEqual([]);
    expect(p.optionalDependencies).toEqual({});
  });

  it('a malformed list names the file and the table', () => {
    expect(() => loadPyproject('[project]\nname = "a"\ndynamic = ["dependencies"]\n[tool.hatch.metadata.hooks.h]\ndependencies = "core"\n', 'a/pyproject.toml')).toThrow(
      'a/pyproject.toml: `tool.hatch.metadata.hooks.h.dependencies` must be a list of strings',
    );
  });
});

describe('hook dependencies are edges, with no uv.lock or an older one', () => {
  const makeTree = tempTrees();
  const files = {
    'pyproject.toml': '[tool.uv.workspace]\nmembers = ["packages/*"]\n',
    'packages/core/pyproject.toml': project('core'),
    'packages/other/pyproject.toml': project('other'),
  };
  const hookApp = `[project]
name = "app"
version = "0.1.0"
requires-python = ">=3.11"
dynamic = ["dependencies"]

[tool.hatch.metadata.hooks.uv-dynamic-versioning]
dependencies = ["core=={{ version }}"]

[tool.uv.sources]
core = { workspace = true }
`;

  async function affectedBy(dir: string, file: string): Promise<string[]> {
    let out = '';
    const listing = path.join(dir, 'changed.txt');
    fs.writeFileSync(listing, `${file}\n`);
    const code = await runCli(['affected', '--files', listing, '--json'], { cwd: dir, stdout: { write: (t: string) => (out += t) }, stderr: { write: () => {} } });
    expect(code).toBe(0);
    return (JSON.parse(out) as { members: { name: string }[] }).members.map((m) => m.name);
  }

  it('without uv.lock', async () => {
    const dir = makeTree({ ...files, 'packages/app/pyproject.toml': hookApp });
    expect(await affectedBy(dir, 'packages/core/src/core/x.py')).toEqual(['app', 'core']);
  });

  it('with a uv.lock written before the hook listed core (uv 0.13.9 locked it)', async () => {
    const dir = makeTree({ ...files, 'packages/app/pyproject.toml': project('app') });
    const lock = spawnSync(uvBin(), ['lock', '--offline'], { cwd: dir, env: uvTestEnv(), encoding: 'utf8' });
    expect(lock.status, lock.stderr).toBe(0);
    fs.writeFileSync(path.join(dir, 'packages/app/pyproject.toml'), hookApp);
    expect(await affectedBy(dir, 'packages/core/src/core/x.py')).toEqual(['app', 'core']);
    // The lock alone does not know the edge: without the hook list, app would be missed.
    fs.writeFileSync(path.join(dir, 'packages/app/pyproject.toml'), project('app'));
    expect(await affectedBy(dir, 'packages/core/src/core/x.py')).toEqual(['core']);
  });
});

describe('--files is normalised once: explicitNormalList gives what a second normalisation gave', () => {
  // The CLI normalises --files itself (to refuse a path outside the
  // repository) and hands the result to the change detection, which used to
  // normalise it again. Any list, on both platforms' rules: whenever the
  // first pass rejects nothing and finds nothing ambiguous, the change set
  // made without the second pass is the one made with it.
  const component = fc.constantFrom('a', 'b', 'core', '.', '..', '', ' ', 'x y', 'a\\b', 'Z:', 'Ü', ' . ', '-rf');
  const typedPath = fc.oneof(
    fc.array(component, { minLength: 1, maxLength: 5 }).map((parts) => parts.join('/')),
    fc.array(component, { minLength: 1, maxLength: 4 }).map((parts) => `/work/repo/${parts.join('/')}`),
    fc.array(component, { minLength: 1, maxLength: 4 }).map((parts) => parts.join('\\')),
  );
  for (const platform of ['posix', 'win32'] as const) {
    it(`on ${platform} rules`, () => {
      fc.assert(
        fc.property(fc.array(typedPath, { maxLength: 8 }), fc.array(fc.constantFrom<string>('a', 'a\\b', 'a/b', 'core/x y', 'b'), { maxLength: 3 }), (raw, existing) => {
          const options = {
            ...(platform === 'win32' ? { repoRoot: 'D:\\work\\repo' } : frame),
            backslashes: true,
            platform,
            exists: (rel: string) => existing.includes(rel),
          };
          const first = normalizeChangedPaths(raw.map((p) => p.trim()).filter(Boolean), options);
          fc.pre(first.rejected.length === 0 && first.ambiguous.length === 0);
          expect(explicitNormalList(first.paths, () => options)).toEqual(explicitList(first.paths, options));
        }),
        { numRuns: 3000 },
      );
    });
  }

  it('a path with a blank at an end (`a/ ` from `a/ /.`) takes the whole way, as explicitList trims it', () => {
    const options = { ...frame, backslashes: true, platform: 'posix' as const };
    const first = normalizeChangedPaths(['a/ /.', 'b/x'], options);
    expect(first.paths).toEqual(['a/ ', 'b/x']);
    expect(explicitNormalList(first.paths, () => options)).toEqual(explicitList(first.paths, options));
    expect(explicitNormalList(first.paths, () => options).paths).toEqual(['a', 'b/x']);
  });
});
