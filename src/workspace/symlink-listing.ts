// The one question the workspace load asks git (outside-load.ts, the symlinks
// a member may reach outside itself through), named once so that the action
// can start it before the load: its inputs are the workspace root alone, and
// the load is synchronous, so asked there it blocked main for the whole of
// git's answer. Its own small module: main-start.ts starts it before the rest
// of the step (the workspace model included) is even loaded.
import { runProcessSync, startProcessSync } from '../process.js';
import { mayBeGitWorkTree } from './git-tree.js';

const ARGS = ['ls-files', '--stage', '-z', '--', '.'];
const options = (root: string) => ({ cwd: root, maxOutput: 256 * 1024 * 1024 });

/** `git ls-files --stage` of the tree under `root`: one `<mode> <object> <stage>\t<path>` record per NUL; undefined outside a git work tree or when git fails. */
export function listStaged(root: string): Buffer | undefined {
  return mayBeGitWorkTree(root) ? runProcessSync('git', ARGS, options(root)) : undefined;
}

/**
 * Starts listStaged's git child for a workspace expected at `root` (the
 * working directory, where it mostly is): a later listStaged(root) takes its
 * answer, if it is in by then (process.ts startProcessSync). A guess that
 * misses costs one unused child, never a wrong answer. Resolves once git
 * has answered (never rejects); undefined outside a git work tree.
 */
export function startListStaged(root: string): Promise<void> | undefined {
  return mayBeGitWorkTree(root) ? startProcessSync('git', ARGS, options(root)) : undefined;
}
