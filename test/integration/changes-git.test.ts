// Change detection on real git repositories: a source repo, a bare `origin`
// reached through file:// (so --depth is honoured), and CI checkouts made the
// way actions/checkout makes them (fetch-depth 1 unless said otherwise).
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { detectChanges, type DetectOptions } from '../../src/changes/detect.js';
import { presentCommits, readBlob } from '../../src/changes/git.js';
import { createSandbox, type Repo, type Remote, type Sandbox } from '../helpers/git.js';

const ZERO = '0'.repeat(40);

let box: Sandbox;
let logs: string[];

beforeEach(async () => {
  box = await createSandbox();
  logs = [];
});
afterEach(async () => {
  await box.remove();
});

const log = { info: (m: string) => logs.push(`info: ${m}`), warning: (m: string) => logs.push(`warning: ${m}`) };

async function eventFile(payload: unknown, raw?: string): Promise<string> {
  const file = path.join(box.root, `event-${Math.random().toString(36).slice(2)}.json`);
  await writeFile(file, raw ?? JSON.stringify(payload));
  return file;
}

async function detect(repo: Repo | string, eventName: string | undefined, payload: unknown, extra: Partial<DetectOptions> = {}) {
  return detectChanges({
    repoRoot: typeof repo === 'string' ? repo : repo.dir,
    eventName,
    eventPath: payload === undefined ? undefined : await eventFile(payload),
    log,
    ...extra,
  });
}

function prPayload(number: number, base: string, head: string) {
  return {
    action: 'synchronize',
    number,
    pull_request: { number, base: { sha: base, ref: 'main' }, head: { sha: head, ref: 'feature' }, changed_files: 2 },
    repository: { default_branch: 'main', full_name: 'octo/mono' },
  };
}

function pushPayload(ref: string, before: string, after: string, extra: Record<string, unknown> = {}) {
  return { ref, before, after, forced: false, created: before === ZERO, deleted: false, repository: { default_branch: 'main' }, ...extra };
}

/**
 * main: c1 (two members) → feature branches off and changes member a twice
 * → main moves on (member b). Returns the shas and the published origin.
 */
async function forkedHistory(): Promise<{ src: Repo; origin: Remote; c1: string; mainTip: string; f2: string }> {
  const src = await box.repo('src');
  const c1 = await src.commit('two members', {
    'pyproject.toml': '[tool.uv.workspace]\nmembers = ["packages/*"]\n',
    'uv.lock': 'version = 1\n# base lock\n',
    'packages/a/pyproject.toml': '[project]\nname = "a"\n',
    'packages/b/pyproject.toml': '[project]\nname = "b"\n',
  });
  await src.git('checkout', '-q', '-b', 'feature');
  await src.commit('a: first', { 'packages/a/src/a/one.py': '1\n' });
  const f2 = await src.commit('a: second', { 'packages/a/src/a/two.py': '2\n' });
  await src.git('checkout', '-q', 'main');
  // Enough commits on main that a depth-1 fetch of its tip cannot reach c1.
  for (let i = 0; i < 3; i++) await src.commit(`b: ${i}`, { [`packages/b/src/b/m${i}.py`]: `${i}\n` });
  const mainTip = await src.rev('main');
  const origin = await box.remote(src);
  return { src, origin, c1, mainTip, f2 };
}

/** A merge commit of feature into main published as refs/pull/N/merge, as GitHub does. */
async function publishPullRefs(src: Repo, origin: Remote, number: number, base: string, head: string): Promise<string> {
  await src.git('checkout', '-q', '--detach', base);
  await src.git('merge', '-q', '--no-ff', '--no-edit', '-m', 'Merge', head);
  const merge = await src.rev();
  await src.git('update-ref', `refs/pull/${number}/merge`, merge);
  await src.git('update-ref', `refs/pull/${number}/head`, head);
  await src.git('checkout', '-q', 'main');
  await origin.publish();
  return merge;
}

describe('pull requests', () => {
  it('diffs the merge commit against its first parent in a depth-1 checkout of refs/pull/N/merge', async () => {
    const { src, origin, mainTip, f2 } = await forkedHistory();
    await publishPullRefs(src, origin, 12, mainTip, f2);
    const ci = await box.checkout(origin, 'refs/pull/12/merge');

    const result = await detect(ci, 'pull_request', prPayload(12, mainTip, f2));

    expect(result).toMatchObject({ source: 'git', all: false, base: mainTip, warnings: [] });
    // Only the PR's own work: main's later commits to member b are not in it.
    expect(result.paths).toEqual(['packages/a/src/a/one.py', 'packages/a/src/a/two.py']);
    expect(result.description).toContain('pull_request #12');
    expect(result.description).toContain('merge commit');
    expect(result.description).toContain(`fetched first parent ${mainTip.slice(0, 7)} at depth 1`);
    expect(logs.some((l) => l.includes(`fetched first parent ${mainTip.slice(0, 7)}`))).toBe(true);
  });

  it('uses three-dot semantics when the PR head itself is checked out, deepening the shallow clone to the merge-base', async () => {
    const { origin, c1, mainTip, f2 } = await forkedHistory();
    const ci = await box.checkout(origin, f2);

    const result = await detect(ci, 'pull_request', prPayload(3, mainTip, f2));

    expect(result).toMatchObject({ source: 'git', all: false, base: c1, head: f2 });
    expect(result.paths).toEqual(['packages/a/src/a/one.py', 'packages/a/src/a/two.py']);
    expect(result.description).toMatch(/pull_request #3: [0-9a-f]{7}\.\.\.[0-9a-f]{7} \(git diff from merge-base/);
    expect(result.description).toContain(`fetched base ${mainTip.slice(0, 7)} at depth 1`);
    expect(result.description).toContain('deepened');
  });

  it('fetches the PR head for pull_request_target, whose checkout is the base branch', async () => {
    const { src, origin, mainTip, f2 } = await forkedHistory();
    await publishPullRefs(src, origin, 4, mainTip, f2);
    const ci = await box.checkout(origin, 'refs/heads/main');

    const result = await detect(ci, 'pull_request_target', prPayload(4, mainTip, f2));

    expect(result.all).toBe(false);
    expect(result.paths).toEqual(['packages/a/src/a/one.py', 'packages/a/src/a/two.py']);
    expect(result.description).toContain(`fetched head ${f2.slice(0, 7)}`);
  });

  it('carries the watched files it lists at base and head, so nothing goes back to git after detection', async () => {
    const { src, origin, mainTip } = await forkedHistory();
    await src.git('checkout', '-q', 'feature');
    const head = await src.commit('lock change', { 'uv.lock': 'version = 1\n# head lock\n', 'packages/ä b/x.py': 'x' });
    await src.git('checkout', '-q', 'main');
    await origin.publish();
    const ci = await box.checkout(origin, head);

    const result = await detect(ci, 'pull_request', prPayload(5, mainTip, head), { watch: ['uv.lock', 'packages/ä b/x.py', 'README.md'] });
    expect(result.paths).toContain('uv.lock');

    expect(result.watched).toEqual({
      'uv.lock': { base: 'version = 1\n# base lock\n', head: 'version = 1\n# head lock\n' },
      'packages/ä b/x.py': { base: undefined, head: 'x' },
    });
    expect(await readBlob(ci.dir, 'no-such-ref', 'uv.lock')).toBeUndefined();
  });

  it('reads a watched file from the work tree for an explicit list, with no base', async () => {
    const ci = await box.repo('listed');
    await ci.commit('lock', { 'uv.lock': 'version = 1\n# committed\n' });
    await writeFile(path.join(ci.dir, 'uv.lock'), 'version = 1\n# edited\n');

    const result = await detect(ci, undefined, undefined, { changedFiles: ['uv.lock'], watch: ['uv.lock'] });
    expect(result.watched).toEqual({ 'uv.lock': { base: undefined, head: 'version = 1\n# edited\n' } });
    const unwatched = await detect(ci, undefined, undefined, { changedFiles: ['uv.lock'] });
    expect(unwatched.watched).toBeUndefined();
  });
});

describe('pushes', () => {
  it('diffs before..after in a depth-1 checkout, with renames, deletions and unusual file names', async () => {
    const src = await box.repo('src');
    const before = await src.commit('start', {
      'packages/a/old name.py': 'moved\n'.repeat(20),
      'packages/b/gone.py': 'bye\n',
      'packages/c/keep.py': 'k\n',
    });
    const odd = ['packages/c/with space.py', 'packages/c/"quoted".py', "packages/c/it's.py", 'packages/c/new\nline.py', 'packages/c/ünïcødé.py', 'packages/c/$(touch pwned).py'];
    await src.commit('odd names', Object.fromEntries(odd.map((f) => [f, 'x\n'])));
    await src.git('mv', 'packages/a/old name.py', 'packages/a/new name.py');
    const after = await src.commit('rename and delete', { 'packages/b/gone.py': null });
    const origin = await box.remote(src);
    const ci = await box.checkout(origin, 'refs/heads/main');

    const result = await detect(ci, 'push', pushPayload('refs/heads/main', before, after));

    expect(result).toMatchObject({ source: 'git', all: false, base: before, head: after, warnings: [] });
    expect([...result.paths].sort()).toEqual(['packages/a/new name.py', 'packages/a/old name.py', 'packages/b/gone.py', ...odd].sort());
    expect(result.description).toBe(`push to main: ${before.slice(0, 7)}..${after.slice(0, 7)} (git diff, fetched before ${before.slice(0, 7)} at depth 1)`);
    expect(existsSync(path.join(ci.dir, 'pwned'))).toBe(false);
  });

  it('compares a new branch with its merge-base on the default branch', async () => {
    const { origin, c1, f2 } = await forkedHistory();
    const ci = await box.checkout(origin, 'refs/heads/feature');

    const result = await detect(ci, 'push', pushPayload('refs/heads/feature', ZERO, f2, { created: true }));

    expect(result).toMatchObject({ source: 'git', all: false, base: c1, head: f2 });
    expect(result.paths).toEqual(['packages/a/src/a/one.py', 'packages/a/src/a/two.py']);
    expect(result.description).toContain('push to feature (a new branch)');
    expect(result.description).toContain('fetched main');
  });

  it('compares a force push with the default branch, not with the rewritten before', async () => {
    const { src, origin, c1, f2 } = await forkedHistory();
    await src.git('checkout', '-q', 'feature');
    await src.git('reset', '-q', '--hard', c1);
    const rewritten = await src.commit('a: redone', { 'packages/a/src/a/three.py': '3\n' });
    await src.git('checkout', '-q', 'main');
    await origin.publish();
    const ci = await box.checkout(origin, 'refs/heads/feature');

    const result = await detect(ci, 'push', pushPayload('refs/heads/feature', f2, rewritten, { forced: true }));

    expect(result).toMatchObject({ all: false, base: c1, head: rewritten });
    expect(result.paths).toEqual(['packages/a/src/a/three.py']);
    expect(result.description).toContain('a force push');
  });

  it('treats a force push to the default branch as every member, saying why', async () => {
    const { origin, mainTip, f2 } = await forkedHistory();
    const ci = await box.checkout(origin, 'refs/heads/main');

    const result = await detect(ci, 'push', pushPayload('refs/heads/main', f2, mainTip, { forced: true }));

    expect(result).toMatchObject({ source: 'none', all: true, paths: [] });
    expect(result.allReason).toContain('force push to the default branch main');
    expect(result.description).toContain('every member');
  });

  it('falls back to the merge-base when before cannot be fetched', async () => {
    const { origin, c1, f2 } = await forkedHistory();
    const ci = await box.checkout(origin, 'refs/heads/feature');

    const result = await detect(ci, 'push', pushPayload('refs/heads/feature', 'f'.repeat(40), f2));

    expect(result).toMatchObject({ all: false, base: c1 });
    expect(result.paths).toEqual(['packages/a/src/a/one.py', 'packages/a/src/a/two.py']);
    expect(result.description).toContain('before commit fffffff is not in the clone');
  });
});

describe('presentCommits: the event commits asked in one call', () => {
  it('says which full names are commits in the clone and which are not (a tree is no commit); outside git, none is known', async () => {
    const src = await box.repo('src');
    const first = await src.commit('one', { 'a.py': '1\n' });
    const second = await src.commit('two', { 'a.py': '2\n' });
    const origin = await box.remote(src);
    const ci = await box.checkout(origin, 'refs/heads/main');
    const tree = await ci.git('rev-parse', 'HEAD^{tree}');
    const absent = 'f'.repeat(40);
    const known = await presentCommits(ci.dir, [second.toUpperCase(), first, tree.trim(), absent]);
    // The depth-1 checkout has the head, not its parent.
    expect(known).toEqual(new Map([[second, true], [first, false], [tree.trim(), false], [absent, false]]));
    expect(await presentCommits(path.join(box.root, 'not-a-repo'), [second])).toEqual(new Map());
  });
});

describe('merge queue and other events', () => {
  it('diffs merge_group base_sha..head_sha', async () => {
    const { src, origin, mainTip, f2 } = await forkedHistory();
    const merged = await publishPullRefs(src, origin, 9, mainTip, f2);
    await src.git('update-ref', 'refs/heads/gh-readonly-queue/main/pr-9', merged);
    await origin.publish();
    const ci = await box.checkout(origin, 'refs/heads/gh-readonly-queue/main/pr-9');

    const result = await detect(ci, 'merge_group', { merge_group: { base_sha: mainTip, head_sha: merged, base_ref: 'refs/heads/main' } });

    expect(result).toMatchObject({ source: 'git', all: false, base: mainTip, head: merged });
    expect(result.paths).toEqual(['packages/a/src/a/one.py', 'packages/a/src/a/two.py']);
    expect(result.description).toMatch(/^merge_group: /);
  });

  it.each(['workflow_dispatch', 'schedule', 'release'])('treats %s as every member, with the reason and no warning', async (event) => {
    const { origin } = await forkedHistory();
    const ci = await box.checkout(origin, 'refs/heads/main');

    const result = await detect(ci, event, {});

    expect(result).toMatchObject({ source: 'none', all: true, paths: [], warnings: [] });
    expect(result.allReason).toContain(event);
    expect(result.description).toBe(`${event}: every member (${result.allReason})`);
  });
});

describe('explicit inputs and bad input', () => {
  it('takes the changed-files list without git, even outside a repository', async () => {
    const result = await detect(box.root, 'push', undefined, { changedFiles: ['./a/x.py', 'b/y z.py', 'a/x.py'] });
    expect(result).toEqual({ source: 'changed-files', description: 'explicit list of changed files: 2 paths', paths: ['a/x.py', 'b/y z.py'], all: false, warnings: [] });
  });

  it('resolves a base branch name with three-dot semantics, fetching it into a shallow clone', async () => {
    const { origin, c1, f2 } = await forkedHistory();
    const ci = await box.checkout(origin, 'refs/heads/feature');

    const result = await detect(ci, 'workflow_dispatch', {}, { base: 'main' });

    expect(result).toMatchObject({ source: 'git', all: false, base: c1, head: f2 });
    expect(result.paths).toEqual(['packages/a/src/a/one.py', 'packages/a/src/a/two.py']);
    expect(result.description).toContain('main...HEAD');
    expect(result.description).toContain('fetched base main');
  });

  it('works like the CLI: no event, --base and --head in a full clone', async () => {
    const { src, c1, f2 } = await forkedHistory();
    const result = await detect(src, undefined, undefined, { base: c1, head: 'feature' });
    expect(result).toMatchObject({ source: 'git', all: false, base: c1, head: f2 });
    expect(result.paths).toEqual(['packages/a/src/a/one.py', 'packages/a/src/a/two.py']);
  });

  // Full names as inputs are asked with their merge-base in one go (detect.ts
  // fromGit): the answer must be the one the names' branches give, one by one.
  it('gives the same answer for full commit names as inputs as for the branches naming them', async () => {
    const { src, c1, mainTip, f2 } = await forkedHistory();
    const byName = await detect(src, 'push', pushPayload('refs/heads/feature', ZERO, f2), { base: 'main', head: 'feature' });
    const bySha = await detect(src, 'push', pushPayload('refs/heads/feature', ZERO, f2), { base: mainTip.toUpperCase(), head: f2 });
    expect(bySha).toMatchObject({ source: 'git', all: false, base: c1, head: f2, warnings: [] });
    expect({ ...bySha, description: '' }).toEqual({ ...byName, description: '' });
    expect(bySha.description).toBe(`push with base input: ${mainTip.toUpperCase()}...${f2} (git diff from merge-base ${c1.slice(0, 7)})`);
  });

  it('fetches and deepens for a full base name missing from a shallow clone, as for a branch name', async () => {
    const { origin, c1, mainTip, f2 } = await forkedHistory();
    const ci = await box.checkout(origin, 'refs/heads/feature');

    const result = await detect(ci, 'workflow_dispatch', {}, { base: mainTip, head: f2 });

    expect(result).toMatchObject({ source: 'git', all: false, base: c1, head: f2, warnings: [] });
    expect(result.paths).toEqual(['packages/a/src/a/one.py', 'packages/a/src/a/two.py']);
    expect(result.description).toContain(`fetched base ${mainTip.slice(0, 7)} at depth 1`);
    expect(result.description).toContain('deepened');
  });

  it('peels the full name of an annotated tag given as base to its commit', async () => {
    const { src, c1, f2 } = await forkedHistory();
    await src.git('tag', '-a', '-m', 'release', 'v1', c1);
    const tag = (await src.git('rev-parse', 'v1')).trim();
    expect(tag).not.toBe(c1);

    const result = await detect(src, undefined, undefined, { base: tag, head: f2 });

    expect(result).toMatchObject({ source: 'git', all: false, base: c1, head: f2 });
    expect(result.paths).toEqual(['packages/a/src/a/one.py', 'packages/a/src/a/two.py']);
  });

  it('says which full base name is missing when fetching is off, as for one asked alone', async () => {
    const { origin, mainTip, f2 } = await forkedHistory();
    const ci = await box.checkout(origin, 'refs/heads/feature');

    const result = await detect(ci, undefined, undefined, { base: mainTip, head: f2, fetch: false });

    expect(result).toMatchObject({ source: 'none', all: true, paths: [] });
    expect(result.warnings).toEqual([`could not list the changed files (the base commit ${mainTip.slice(0, 7)} is not in the clone and fetching is off); treating every member as affected`]);
  });

  it('treats an unknown base ref as every member, with one warning naming it', async () => {
    const { origin } = await forkedHistory();
    const ci = await box.checkout(origin, 'refs/heads/main');

    const result = await detect(ci, 'push', pushPayload('refs/heads/main', ZERO, ZERO), { base: 'no-such-branch' });

    expect(result).toMatchObject({ source: 'none', all: true, paths: [] });
    expect(result.warnings).toHaveLength(1);
    expect(result.warnings[0]).toContain("base 'no-such-branch' is not a commit, branch or tag here or on origin");
  });

  it('treats a base that is not reachable even after fetching as every member, with a warning', async () => {
    const { origin, mainTip } = await forkedHistory();
    const ci = await box.checkout(origin, 'refs/heads/main');
    const missing = 'a'.repeat(40);

    const result = await detect(ci, 'merge_group', { merge_group: { base_sha: missing, head_sha: mainTip } });

    expect(result).toMatchObject({ source: 'none', all: true });
    expect(result.warnings).toHaveLength(1);
    expect(result.warnings[0]).toContain('aaaaaaa is not in the clone and could not be fetched from origin');
  });

  it('gives up deepening when base and head share no history, and says so', async () => {
    const { src, origin, mainTip } = await forkedHistory();
    await src.git('checkout', '-q', '--orphan', 'unrelated');
    const lone = await src.commit('no common root', { 'other.py': 'x' });
    await src.git('checkout', '-q', 'main');
    await origin.publish();
    const ci = await box.checkout(origin, lone);

    const result = await detect(ci, 'pull_request', prPayload(21, mainTip, lone));

    expect(result).toMatchObject({ source: 'none', all: true, paths: [] });
    expect(result.allReason).toContain('have no common history');
    expect(result.warnings).toHaveLength(1);
    expect(logs.some((l) => l.includes('deepened'))).toBe(true);
  });

  it('treats a malformed event file as every member, with a warning naming the file', async () => {
    const { origin } = await forkedHistory();
    const ci = await box.checkout(origin, 'refs/heads/main');
    const file = await eventFile(undefined, '{"pull_request": {"base": ');

    const result = await detectChanges({ repoRoot: ci.dir, eventName: 'pull_request', eventPath: file, log });

    expect(result).toMatchObject({ source: 'none', all: true, paths: [] });
    expect(result.warnings).toHaveLength(1);
    expect(result.warnings[0]).toContain(file);
    expect(result.warnings[0]).toContain('not valid JSON');
  });

  it('treats a directory that is not a git work tree as every member, with a warning', async () => {
    const result = await detect(box.root, 'push', pushPayload('refs/heads/main', 'a'.repeat(40), 'b'.repeat(40)));
    expect(result).toMatchObject({ source: 'none', all: true });
    expect(result.warnings[0]).toContain('is not a git work tree');
  });
});
