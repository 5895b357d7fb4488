// Content ids of the tracked files, for fingerprints (the thin IO shell).
//
// One `git ls-files -s` gives every tracked file's mode and blob id. Files
// whose work-tree copy differs from the index (`git diff-files`) are hashed
// again from their bytes with `git hash-object`, which applies the same
// filters git applies when it stores them: a dirty file whose content equals
// the committed one gets the committed id, so a clean and a dirty checkout
// of the same content agree. Untracked files are not part of a fingerprint.
import { lstat, readlink } from 'node:fs/promises';
import path from 'node:path';
import { gitReason, runGit } from '../changes/git.js';
import { UserError } from '../errors.js';
import { builtin } from '../builtin.js';

/** How many paths one `git hash-object` call takes (argv stays far below the OS limit). */
const HASH_BATCH = 200;

async function git(repoRoot: string, args: string[]): Promise<string> {
  const result = await runGit(repoRoot, args);
  if (result.code !== 0) {
    throw new UserError(
      `fingerprints need a git work tree: \`git ${args[0]}\` failed in ${repoRoot}: ${gitReason(result.stderr)}`,
      'run from the root of a git checkout (fingerprints hash the tracked files)',
    );
  }
  return result.stdout;
}

/** Splits NUL-terminated git output. */
function records(text: string): string[] {
  return text.split('\0').filter((r) => r !== '');
}

/**
 * `path → "<mode> <object id>"` for every file git tracks under `repoRoot`
 * (paths relative to it, `/`-separated, as git prints them).
 */
export async function fileContentIds(repoRoot: string): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  // Two independent questions to git, asked at once; when both fail, the
  // error names the first (not whichever failed sooner), so it is the same every run.
  const answers = await Promise.allSettled([git(repoRoot, ['ls-files', '-s', '-z']), git(repoRoot, ['diff-files', '--name-only', '-z', '--relative'])]);
  const [staged, modified] = answers.map((answer) => {
    if (answer.status === 'rejected') throw answer.reason;
    return answer.value;
  }) as [string, string];
  for (const rec of records(staged)) {
    // `<mode> <object> <stage>\t<path>`; a conflicted path has several stages, the last one wins.
    const tab = rec.indexOf('\t');
    const [mode, oid] = rec.slice(0, tab).split(' ');
    ids.set(rec.slice(tab + 1), `${mode} ${oid}`);
  }
  const dirty = records(modified);
  const toHash: { file: string; mode: string }[] = [];
  for (const file of dirty) {
    const known = ids.get(file);
    // A submodule is its commit; what is inside it is the submodule's business.
    if (known === undefined || known.startsWith('160000 ')) continue;
    const stat = await lstat(path.join(repoRoot, file)).catch(() => undefined);
    if (!stat) {
      ids.delete(file); // deleted in the work tree: not part of what the tests see
    } else if (stat.isSymbolicLink()) {
      // node:crypto when first needed, as in compute.ts.
      ids.set(file, `120000 link:${builtin<typeof import('node:crypto')>('node:crypto').createHash('sha256').update(await readlink(path.join(repoRoot, file))).digest('hex')}`);
    } else if (stat.isFile()) {
      toHash.push({ file, mode: stat.mode & 0o111 ? '100755' : '100644' });
    }
  }
  for (let i = 0; i < toHash.length; i += HASH_BATCH) {
    const batch = toHash.slice(i, i + HASH_BATCH);
    const oids = (await git(repoRoot, ['hash-object', '--', ...batch.map((b) => b.file)])).split('\n').filter(Boolean);
    batch.forEach((b, j) => ids.set(b.file, `${b.mode} ${oids[j]}`));
  }
  return ids;
}
