// Real git repositories in a temp dir, for tests. One sandbox per test (or
// file) holds everything; `remove()` deletes it.
//
//   const box = await createSandbox();
//   const repo = await box.repo();                          // `main`, empty
//   const c1 = await repo.commit('first', { 'a/x.py': 'x' }); // null content = delete
//   const origin = await box.remote(repo);                  // bare copy of every ref, file:// URL
//   const ci = await box.checkout(origin, 'refs/heads/main', { depth: 1 }); // as actions/checkout does
//   await repo.commit(...); await origin.publish();         // push every ref again (forced)
//   await box.remove();
//
// Git runs with no global or system config, fixed identities, and argv
// arrays, so any path (spaces, quotes, newlines, unicode) is passed as is.
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

/** git's environment for tests: no user or system config, a fixed identity, no prompts. */
export const GIT_ENV: NodeJS.ProcessEnv = {
  ...process.env,
  GIT_CONFIG_GLOBAL: '/dev/null',
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_AUTHOR_NAME: 'Test',
  GIT_AUTHOR_EMAIL: 'test@example.com',
  GIT_COMMITTER_NAME: 'Test',
  GIT_COMMITTER_EMAIL: 'test@example.com',
  GIT_TERMINAL_PROMPT: '0',
  LC_ALL: 'C',
};

/** Runs git in `cwd` and returns stdout; throws with stderr on failure. */
export function git(cwd: string, ...args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile('git', args, { cwd, env: GIT_ENV, maxBuffer: 256 * 1024 * 1024, encoding: 'utf8' }, (error, stdout, stderr) => {
      if (error) reject(new Error(`git ${args.join(' ')} failed in ${cwd}: ${stderr || error.message}`));
      else resolve(stdout);
    });
  });
}

export interface Repo {
  dir: string;
  /** git in this work tree; returns stdout. */
  git(...args: string[]): Promise<string>;
  /** Writes (string) or deletes (null) files, stages everything, commits; returns the new sha. */
  commit(message: string, files?: Record<string, string | null>): Promise<string>;
  /** The sha a revision names (default HEAD). */
  rev(rev?: string): Promise<string>;
}

export interface Remote {
  /** The bare repository. */
  dir: string;
  /** file:// URL, so clones honour --depth. */
  url: string;
  /** Force-pushes every ref of the source repo again (branches, tags, refs/pull/*). */
  publish(): Promise<void>;
}

export interface Sandbox {
  root: string;
  /** A new repository with an empty `main` branch. */
  repo(name?: string): Promise<Repo>;
  /** A bare copy of `source` with all its refs. */
  remote(source: Repo, name?: string): Promise<Remote>;
  /**
   * A work tree checked out the way actions/checkout does it: init, add
   * `origin`, fetch one ref or sha at `depth` (default 1; 0 = full history),
   * check it out (a branch for refs/heads/*, detached otherwise).
   */
  checkout(remote: Remote, ref: string, options?: { depth?: number; name?: string }): Promise<Repo>;
  remove(): Promise<void>;
}

function wrap(dir: string): Repo {
  return {
    dir,
    git: (...args) => git(dir, ...args),
    async commit(message, files = {}) {
      for (const [file, content] of Object.entries(files)) {
        const target = path.join(dir, file);
        if (content === null) {
          await git(dir, 'rm', '-q', '--', file);
        } else {
          await mkdir(path.dirname(target), { recursive: true });
          await writeFile(target, content);
        }
      }
      await git(dir, 'add', '-A');
      await git(dir, 'commit', '-q', '--allow-empty', '--no-verify', '-m', message);
      return (await git(dir, 'rev-parse', 'HEAD')).trim();
    },
    async rev(rev = 'HEAD') {
      return (await git(dir, 'rev-parse', '--verify', `${rev}^{commit}`)).trim();
    },
  };
}

export async function createSandbox(): Promise<Sandbox> {
  const root = await mkdtemp(path.join(os.tmpdir(), 'uvws-git-'));
  let count = 0;
  const fresh = (name: string | undefined, fallback: string) => path.join(root, name ?? `${fallback}-${++count}`);
  return {
    root,
    async repo(name) {
      const dir = fresh(name, 'repo');
      await mkdir(dir, { recursive: true });
      await git(dir, 'init', '-q', '-b', 'main');
      await git(dir, 'config', 'commit.gpgsign', 'false');
      return wrap(dir);
    },
    async remote(source, name) {
      const dir = fresh(name, 'remote') + '.git';
      await mkdir(dir, { recursive: true });
      await git(dir, 'init', '-q', '--bare', '-b', 'main');
      const publish = async () => {
        await git(source.dir, 'push', '-q', '--force', dir, 'refs/*:refs/*');
      };
      await publish();
      return { dir, url: pathToFileURL(dir).href, publish };
    },
    async checkout(remote, ref, options = {}) {
      const dir = fresh(options.name, 'checkout');
      await mkdir(dir, { recursive: true });
      await git(dir, 'init', '-q', '-b', 'unused');
      await git(dir, 'remote', 'add', 'origin', remote.url);
      const depth = options.depth ?? 1;
      const branch = ref.startsWith('refs/heads/') ? ref.slice('refs/heads/'.length) : undefined;
      const target = branch ? `refs/remotes/origin/${branch}` : ref.startsWith('refs/') ? `refs/remotes/${ref.slice('refs/'.length)}` : 'refs/remotes/checkout';
      await git(dir, 'fetch', '-q', '--no-tags', ...(depth > 0 ? [`--depth=${depth}`] : []), 'origin', `+${ref}:${target}`);
      if (branch) await git(dir, 'checkout', '-q', '--force', '-B', branch, target);
      else await git(dir, 'checkout', '-q', '--force', '--detach', target);
      return wrap(dir);
    },
    async remove() {
      await rm(root, { recursive: true, force: true });
    },
  };
}

/**
 * Checks the work tree out again as a Windows runner has it: git for Windows
 * sets `core.autocrlf=true`, so text files are written with CRLF while the
 * index and the objects keep the LF that was committed.
 */
export async function checkOutWithCrlf(repo: Repo): Promise<void> {
  await repo.git('config', 'core.autocrlf', 'true');
  await repo.git('rm', '-q', '-r', '--cached', '.');
  await repo.git('reset', '-q', '--hard');
}
