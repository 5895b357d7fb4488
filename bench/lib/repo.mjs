// What the bench sections share about the repositories and venvs they build:
// git with a fixed author (the temp repositories have no user config), and the
// count of what a sync installed.
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { run } from './measure.mjs';

/** Runs git in `cwd` as the bench's author; resolves with its trimmed stdout. */
export async function git(cwd, ...args) {
  const env = { ...process.env, GIT_AUTHOR_NAME: 'bench', GIT_AUTHOR_EMAIL: 'bench@example.invalid', GIT_COMMITTER_NAME: 'bench', GIT_COMMITTER_EMAIL: 'bench@example.invalid' };
  return (await run('git', args, { cwd, env })).stdout.trim();
}

/** Distributions installed in a venv (its *.dist-info directories); members included. */
export function installedCount(venv) {
  const lib = path.join(venv, 'lib');
  if (!existsSync(lib)) return 0;
  let n = 0;
  for (const py of readdirSync(lib)) {
    const site = path.join(lib, py, 'site-packages');
    if (existsSync(site)) n += readdirSync(site).filter((e) => e.endsWith('.dist-info')).length;
  }
  return n;
}
