// `affected --base REF` on a laptop: without --head it counts the work tree
// (committed, staged, unstaged, and untracked files git does not ignore), as
// nx does; `--head HEAD` keeps commits only. And it fetches nothing unless
// --fetch says so: a ref only origin has is one clear error with git's words.
import { readFileSync } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { memberPyproject as pyproject } from '../helpers/fixtures.js';
import { createSandbox, type Remote, type Repo, type Sandbox } from '../helpers/git.js';
import { cliIn } from '../helpers/cli.js';

interface Out {
  members: { name: string }[];
  changed: string[];
  change: { source: string; description: string; base?: string; head?: string; workTree?: boolean };
}

async function affected(dir: string, ...args: string[]): Promise<Out> {
  const result = await cliIn(dir, ['affected', '--workspace', 'py', ...args, '--json']);
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  return JSON.parse(result.stdout) as Out;
}

const names = (out: Out) => out.members.map((m) => m.name);

let box: Sandbox;
let source: Repo;
let origin: Remote;
let work: Repo;

beforeAll(async () => {
  box = await createSandbox();
  source = await box.repo('source');
  await source.commit('workspace', {
    'py/pyproject.toml': '[tool.uv.workspace]\nmembers = ["libs/*"]\n',
    'py/libs/core/pyproject.toml': pyproject('core'),
    'py/libs/core/src/core/__init__.py': '',
    'py/libs/core/src/core/gone.py': 'x = 1\n',
    'py/libs/api/pyproject.toml': pyproject('api', ['core'], ['core']),
    'py/libs/api/src/api/__init__.py': '',
    'py/libs/tool/pyproject.toml': pyproject('tool'),
    'py/libs/tool/src/tool/__init__.py': '',
    '.gitignore': '*.log\n',
  });
  origin = await box.remote(source, 'origin');
  work = await box.checkout(origin, 'refs/heads/main', { depth: 0, name: 'work' });
  await work.commit('tool: committed', { 'py/libs/tool/src/tool/x.py': 'x = 1\n' });
});

afterAll(async () => {
  await box?.remove();
});

describe('--base without --head: the work tree', () => {
  it('a clean work tree: what the commits since origin/main changed', async () => {
    const out = await affected(work.dir, '--base', 'origin/main');
    expect(out.changed).toEqual(['py/libs/tool/src/tool/x.py']);
    expect(names(out)).toEqual(['tool']);
    expect(out.change).toMatchObject({ source: 'git', workTree: true });
    expect(out.change.head).toBeUndefined();
    expect(out.change.description).toMatch(/origin\/main\.\.\.work tree/);
  });

  describe('with local edits', () => {
    beforeAll(async () => {
      // Unstaged: an edit and a deletion in core; staged: a new file in api; untracked: a file in core and an ignored log in api.
      await writeFile(path.join(work.dir, 'py/libs/core/src/core/__init__.py'), 'edited = True\n');
      await rm(path.join(work.dir, 'py/libs/core/src/core/gone.py'));
      await writeFile(path.join(work.dir, 'py/libs/api/src/api/staged.py'), 'y = 2\n');
      await work.git('add', 'py/libs/api/src/api/staged.py');
      await mkdir(path.join(work.dir, 'py/libs/core/src/core/new'), { recursive: true });
      await writeFile(path.join(work.dir, 'py/libs/core/src/core/new/untracked.py'), 'z = 3\n');
      await writeFile(path.join(work.dir, 'py/libs/api/debug.log'), 'ignored\n');
    });

    it('counts committed, staged, unstaged, deleted and untracked files, not ignored ones', async () => {
      const out = await affected(work.dir, '--base', 'origin/main');
      expect(out.changed).toEqual([
        'py/libs/api/src/api/staged.py',
        'py/libs/core/src/core/__init__.py',
        'py/libs/core/src/core/gone.py',
        'py/libs/core/src/core/new/untracked.py',
        'py/libs/tool/src/tool/x.py',
      ]);
      expect(names(out)).toEqual(['api', 'core', 'tool']);
      expect(out.change.description).toContain('1 untracked');
    });

    it('the same from a member directory', async () => {
      const result = await cliIn(path.join(work.dir, 'py/libs/tool'), ['affected', '--workspace', '../..', '--base', 'origin/main', '--format', 'names']);
      expect(result.stdout).toBe('api\ncore\ntool\n');
    });

    it('--head HEAD: commits only, the local edits are not counted', async () => {
      const out = await affected(work.dir, '--base', 'origin/main', '--head', 'HEAD');
      expect(out.changed).toEqual(['py/libs/tool/src/tool/x.py']);
      expect(names(out)).toEqual(['tool']);
      expect(out.change.workTree).toBeUndefined();
      expect(out.change.head).toBe(await work.rev());
    });
  });
});

describe('fetching', () => {
  let feature: string;

  beforeAll(async () => {
    // A branch origin has and this clone has not fetched.
    await source.git('checkout', '-q', '-b', 'feature');
    feature = await source.commit('feature', { 'py/libs/api/src/api/feature.py': 'f = 1\n' });
    await source.git('checkout', '-q', 'main');
    await origin.publish();
  });

  it('nothing is fetched without --fetch: an unknown ref is one error in git\'s words', async () => {
    const fetchHead = readFileSync(path.join(work.dir, '.git', 'FETCH_HEAD'), 'utf8');
    const result = await cliIn(work.dir, ['affected', '--workspace', 'py', '--base', 'feature', '--head', 'HEAD']);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(
      "error: --base feature: git: fatal: bad revision 'feature' (base 'feature' is not a commit, branch or tag in this clone, and fetching is off)\n" +
        'hint: give a commit, branch or tag that this clone has (e.g. origin/main), or add --fetch to fetch it from origin\n',
    );
    expect(readFileSync(path.join(work.dir, '.git', 'FETCH_HEAD'), 'utf8')).toBe(fetchHead);
    await expect(work.rev(feature)).rejects.toThrow();
  });

  it('--fetch fetches it from origin and answers', async () => {
    const out = await affected(work.dir, '--base', 'feature', '--head', 'HEAD', '--fetch');
    expect(out.change.description).toMatch(/fetched base feature/);
    // What HEAD changed since it left feature: feature's own commit is on the base side.
    expect(out.changed).toEqual(['py/libs/tool/src/tool/x.py']);
    expect(await work.rev(feature)).toBe(feature);
  });

  it('a shallow clone is not deepened without --fetch; with it, it is', async () => {
    // main moves on after feature left it; a depth-1 clone of each has no merge-base.
    await source.commit('main: two', { 'py/libs/tool/src/tool/two.py': '2\n' });
    await origin.publish();
    const shallow = await box.checkout(origin, 'refs/heads/main', { depth: 1, name: 'shallow' });
    await shallow.git('fetch', '-q', '--depth=1', 'origin', `+refs/heads/feature:refs/remotes/origin/feature`);
    const refused = await cliIn(shallow.dir, ['affected', '--workspace', 'py', '--base', 'origin/feature', '--head', 'HEAD']);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/^error: --base origin\/feature: [0-9a-f]{7} and [0-9a-f]{7} have no common history in this shallow clone, and fetching \(to deepen it\) is off\nhint: .*--fetch/);
    const out = await affected(shallow.dir, '--base', 'origin/feature', '--head', 'HEAD', '--fetch');
    expect(out.change.description).toMatch(/deepened/);
    expect(out.changed).toEqual(['py/libs/tool/src/tool/two.py']);
  });
});
