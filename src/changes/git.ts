// Running git, through the one process runner (src/process.ts): every call
// is an argv array (no shell), so a branch name or path holding `$(...)`,
// quotes or newlines is just data, and `--end-of-options` keeps a name
// starting with `-` from being read as an option.
import { copyEnv } from '../env.js';
import { runProcess, SpawnError } from '../process.js';
import { realpath } from 'node:fs/promises';
import path from 'node:path';
import { parseNameStatus, type FileChange } from './diff.js';
import { diskCase, type Listings } from '../workspace/disk-case.js';
import { mayBeGitWorkTree } from '../workspace/git-tree.js';

export interface GitResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** git could not be started at all (not installed, repoRoot missing). */
export class GitUnavailableError extends Error {}

const MAX_OUTPUT = 1024 * 1024 * 1024;
/** A fetch that hangs (network, credential helper) must not hang the job forever. */
const FETCH_TIMEOUT_MS = 10 * 60 * 1000;

/** Never wait for a password prompt, and keep messages in English for the log. */
function gitEnv(): NodeJS.ProcessEnv {
  return copyEnv(process.env, { GIT_TERMINAL_PROMPT: '0', GCM_INTERACTIVE: 'never', LC_ALL: 'C', LANGUAGE: '' });
}

/** Runs `git -C repo <args>`; a non-zero exit is a result, not an exception. */
export async function runGit(repo: string, args: readonly string[], timeoutMs = 0): Promise<GitResult> {
  let result;
  try {
    result = await runProcess('git', ['-c', 'core.quotepath=false', ...args], {
      cwd: repo,
      maxOutput: MAX_OUTPUT,
      timeoutMs,
      env: gitEnv(),
    });
  } catch (error) {
    if (!(error instanceof SpawnError)) throw error;
    throw new GitUnavailableError(`cannot run git in ${repo}: ${error.message}`);
  }
  const { code, stdout, stderr } = result;
  if (result.timedOut) return { code: 124, stdout, stderr: `${stderr}git ${args[0]} timed out after ${timeoutMs / 1000} s` };
  if (result.signal) throw new GitUnavailableError(`cannot run git in ${repo}: git ${args[0]} was killed by ${result.signal}`);
  if (result.truncated) throw new GitUnavailableError(`cannot run git in ${repo}: git ${args[0]} printed more than ${MAX_OUTPUT} characters`);
  return { code, stdout, stderr };
}

/**
 * git's own one-line reason from its stderr: the first `fatal:` or `error:`
 * line (git adds advice after it, e.g. "Please make sure you have the correct
 * access rights / and the repository exists.", whose last line alone reads as
 * nonsense), else the first non-empty line. Never more than one line.
 */
export function gitReason(text: string): string {
  const lines = text.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
  return lines.find((l) => /^(fatal|error):/.test(l)) ?? lines[0] ?? '';
}

/** One line: git's own reason (when it gave one) first, then what it means here. */
export function withGitReason(ours: string, said: string | undefined): string {
  return said ? `git: ${said} (${ours})` : ours;
}

/** withGitReason, from git's stderr. */
export function gitFailure(stderr: string, ours: string): string {
  return withGitReason(ours, gitReason(stderr));
}

/**
 * The top of the git work tree holding `dir`, written in `dir`'s own frame
 * (git prints a realpath; when `dir` is reached through a symlink the top is
 * rebuilt from `dir` so paths compare with the ones the caller computes), in
 * the letter case the file system stores, or undefined outside a work tree or
 * without git.
 */
export async function findRepoRoot(dir: string): Promise<string | undefined> {
  return (await findRepo(dir))?.root;
}

/**
 * findRepoRoot, and whether the clone is shallow: asked in the same call to
 * git, so the change detection need not start git again to learn it.
 */
export async function findRepo(dir: string): Promise<{ root: string; shallow: boolean } | undefined> {
  if (!mayBeGitWorkTree(dir)) return undefined;
  let result: GitResult;
  try {
    result = await runGit(dir, ['rev-parse', '--show-toplevel', '--is-shallow-repository']);
  } catch {
    return undefined;
  }
  const [printed = '', shallow] = result.stdout.split(/\r?\n/);
  if (result.code !== 0 || printed === '') return undefined;
  let real: string;
  // The three paths share their ancestors: each directory is listed once for all of them.
  const listings: Listings = new Map();
  try {
    // Both in the stored letter case: on a case-insensitive file system git and
    // realpath may print a directory as it was last typed (disk-case.ts).
    real = diskCase(await realpath(dir), listings);
  } catch {
    return undefined;
  }
  const top = diskCase(printed, listings);
  const own = diskCase(path.resolve(dir), listings);
  const rel = path.relative(top, real);
  const root = rel === '' ? own : rel.startsWith('..') || path.isAbsolute(rel) ? top : path.resolve(own, ...rel.split(path.sep).map(() => '..'));
  return { root, shallow: shallow?.trim() === 'true' };
}

/** Whether `repo` is a git work tree, and a shallow clone: one question to git, not two. */
export async function workTreeState(repo: string): Promise<{ workTree: boolean; shallow: boolean }> {
  const result = await runGit(repo, ['rev-parse', '--is-inside-work-tree', '--is-shallow-repository']);
  const [inside, shallow] = result.code === 0 ? result.stdout.split('\n').map((line) => line.trim()) : [];
  return { workTree: inside === 'true', shallow: shallow === 'true' };
}

export async function isShallow(repo: string): Promise<boolean> {
  const result = await runGit(repo, ['rev-parse', '--is-shallow-repository']);
  return result.code === 0 && result.stdout.trim() === 'true';
}

/** The commit a revision names, or undefined when it names none here. */
export async function resolveCommit(repo: string, rev: string): Promise<string | undefined> {
  const result = await runGit(repo, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${rev}^{commit}`]);
  return result.code === 0 ? result.stdout.trim() : undefined;
}

/**
 * Whether the clone has each of these full commit names, in one call to git
 * (the commits an event names; in a shallow clone its base is often
 * missing). A name git could not answer for is left out.
 */
export async function presentCommits(repo: string, shas: readonly string[]): Promise<Map<string, boolean>> {
  const known = new Map<string, boolean>();
  if (shas.length === 0) return known;
  const asked = shas.map((sha) => sha.toLowerCase());
  const result = await runProcess('git', ['-c', 'core.quotepath=false', 'cat-file', '--batch-check'], {
    cwd: repo,
    env: gitEnv(),
    timeoutMs: 60_000,
    maxOutput: 1024 * 1024,
    onStdin: (stdin) => stdin.end(asked.map((sha) => `${sha}^{commit}\n`).join('')),
  }).catch(() => undefined);
  if (!result || result.code !== 0) return known;
  // One line per name, in order: `<sha> commit <size>`, or `<name>^{commit} missing`.
  const lines = result.stdout.split('\n');
  asked.forEach((sha, i) => {
    const [name, type] = (lines[i] ?? '').trim().toLowerCase().split(' ');
    if (name === sha && type === 'commit') known.set(sha, true);
    else if (name === `${sha}^{commit}` && type === 'missing') known.set(sha, false);
  });
  return known;
}

/**
 * Parents of a commit, read from the commit object itself: this works in a
 * shallow clone, where the parents are named but not present.
 */
export async function commitParents(repo: string, sha: string): Promise<string[] | undefined> {
  const result = await runGit(repo, ['cat-file', 'commit', sha]);
  if (result.code !== 0) return undefined;
  const header = result.stdout.split('\n\n', 1)[0] ?? '';
  return header
    .split('\n')
    .filter((line) => line.startsWith('parent '))
    .map((line) => line.slice('parent '.length).trim());
}

export interface FetchResult {
  ok: boolean;
  /** git's reason when it failed. */
  error?: string;
}

/**
 * `git fetch --no-tags` of exact objects or refs from `origin` (into
 * FETCH_HEAD, no branch is touched). `depth` bounds the history fetched; it
 * is only given in shallow clones, where a deeper fetch would change nothing.
 */
export async function fetchFromOrigin(repo: string, refspecs: readonly string[], depth?: number): Promise<FetchResult> {
  const args = ['fetch', '--no-tags', '--no-recurse-submodules', '--quiet'];
  if (depth !== undefined) args.push(`--depth=${depth}`);
  args.push('--end-of-options', 'origin', ...refspecs);
  const result = await runGit(repo, args, FETCH_TIMEOUT_MS);
  return result.code === 0 ? { ok: true } : { ok: false, error: gitReason(result.stderr) || `git fetch exited with ${result.code}` };
}

/** The best common ancestor, or undefined when the history present has none. */
export async function mergeBase(repo: string, a: string, b: string): Promise<string | undefined> {
  const result = await runGit(repo, ['merge-base', '--end-of-options', a, b]);
  return result.code === 0 ? result.stdout.trim().split('\n')[0] : undefined;
}

/** What every diff here passes: names and status only, renames forced on, nothing the user's config adds. */
const DIFF_OPTIONS = ['--name-status', '-z', '-M', '--no-relative', '--no-ext-diff', '--no-textconv', '--ignore-submodules=none'] as const;

/**
 * Files that differ between two commits' trees (two-dot). Rename detection
 * is forced on (`-M`) so a move lists both paths whatever diff.renames says;
 * `--no-relative` keeps paths relative to the repository root.
 */
export async function diffFiles(repo: string, from: string, to: string): Promise<FileChange[]> {
  const result = await runGit(repo, ['diff', ...DIFF_OPTIONS, '--end-of-options', from, to, '--']);
  if (result.code !== 0) throw new Error(gitFailure(result.stderr, `git diff ${from.slice(0, 7)} ${to.slice(0, 7)} failed`));
  return parseNameStatus(result.stdout);
}

/**
 * diffFiles from the merge-base of `base` and `head` to `head`, found by git
 * in the same call (`git diff --merge-base`), or undefined when git gives no
 * such diff: a commit missing, no merge-base, or several (which git refuses
 * rather than pick one).
 */
export async function diffFromMergeBase(repo: string, base: string, head: string): Promise<FileChange[] | undefined> {
  const result = await runGit(repo, ['diff', '--merge-base', ...DIFF_OPTIONS, '--end-of-options', base, head, '--']).catch(() => undefined);
  return result?.code === 0 ? parseNameStatus(result.stdout) : undefined;
}

/** A file's content at a commit, or undefined when it is absent there or unreadable. */
export async function readBlob(repo: string, rev: string, repoRelativePath: string): Promise<string | undefined> {
  const path = repoRelativePath.replace(/^(\.\/)+/, '');
  try {
    const result = await runGit(repo, ['cat-file', 'blob', `${rev}:${path}`]);
    return result.code === 0 ? result.stdout : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Why `rev` names no commit here, in git's own words (`fatal: bad revision
 * 'x'`): `rev-parse --verify --quiet` says nothing, and the user is owed git's
 * message, not a guess.
 */
export async function revisionError(repo: string, rev: string): Promise<string> {
  const result = await runGit(repo, ['rev-parse', rev, '--']);
  return result.code === 0 ? `'${rev}' names no commit` : gitReason(result.stderr) || `git rev-parse exited with ${result.code}`;
}

/**
 * Files that differ between a commit's tree and the work tree: what is
 * committed since, staged and not yet staged (as `git diff <commit>` shows,
 * rename detection forced on as in diffFiles). Untracked files are not
 * there: untrackedFiles lists them.
 */
export async function diffWorkTree(repo: string, from: string): Promise<FileChange[]> {
  const result = await runGit(repo, ['diff', ...DIFF_OPTIONS, '--end-of-options', from, '--']);
  if (result.code !== 0) throw new Error(gitFailure(result.stderr, `git diff ${from.slice(0, 7)} (work tree) failed`));
  return parseNameStatus(result.stdout);
}

/** Untracked files that .gitignore (and the other exclude files) does not ignore, relative to the top of the work tree. */
export async function untrackedFiles(repo: string): Promise<string[]> {
  const result = await runGit(repo, ['ls-files', '--others', '--exclude-standard', '--full-name', '-z', '--', ':/']);
  if (result.code !== 0) throw new Error(gitFailure(result.stderr, 'git ls-files --others failed'));
  return result.stdout.split('\0').filter((p) => p !== '');
}
