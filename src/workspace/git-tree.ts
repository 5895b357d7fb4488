// Whether git could see a work tree at a directory, asked without git: every
// spawn of git costs milliseconds (more than most of what it answers), and
// outside a checkout it can only fail. The workspace model and the change
// detection ask it before they list files or look for the repository.
import fs from 'node:fs';
import path from 'node:path';

/**
 * Could git see a work tree at `absDir`? Only with a `.git` there or above
 * (or git's own variables pointing elsewhere); without one, spawning git can
 * only fail.
 */
export function mayBeGitWorkTree(absDir: string): boolean {
  // The one environment read here: git itself honours these before any `.git`.
  if (process.env.GIT_DIR !== undefined || process.env.GIT_WORK_TREE !== undefined) return true;
  for (let dir = path.resolve(absDir); ; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, '.git'))) return true;
    if (path.dirname(dir) === dir) return false;
  }
}
