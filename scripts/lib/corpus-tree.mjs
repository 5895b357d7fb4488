// Materialises one real workspace of the shared corpus in a temp directory:
// every tracked file of the repository (FILES.txt) as an empty file, with the
// real pyproject.toml, .python-version and uv.lock written over them. The
// corpus keeps no source code, and the shipped surface is computed from paths
// and configuration alone, so this is all `affected` needs. Shared by
// test/integration/surface-corpus.test.ts and bench/surface.mjs.
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const KEEP = new Set(['pyproject.toml', '.python-version']);

/** Workspaces of the corpus: `{ repo, root, members: [{name, path}] }` from each WORKSPACES.json. */
export function corpusWorkspaces(corpus) {
  const out = [];
  for (const repo of readdirSync(corpus).sort()) {
    const file = path.join(corpus, repo, 'WORKSPACES.json');
    if (!existsSync(file)) continue;
    for (const ws of JSON.parse(readFileSync(file, 'utf8')).workspaces) out.push({ repo, root: ws.root, members: ws.members.map((m) => ({ name: m.name, path: m.path })) });
  }
  return out;
}

/** A temp repository holding the workspace at `root`; returns its directory. */
export function materialise(corpus, repo, root, tmpParent = os.tmpdir()) {
  const src = path.join(corpus, repo);
  const dest = mkdtempSync(path.join(tmpParent, 'corpus-tree-'));
  const prefix = root === '.' ? '' : `${root}/`;
  const dirs = new Set();
  for (const f of readFileSync(path.join(src, 'FILES.txt'), 'utf8').split('\n')) {
    if (f === '' || !f.startsWith(prefix)) continue;
    const dir = path.posix.dirname(f);
    if (!dirs.has(dir)) {
      mkdirSync(path.join(dest, dir), { recursive: true });
      dirs.add(dir);
    }
    const from = path.join(src, f);
    if (KEEP.has(path.posix.basename(f)) && existsSync(from)) copyFileSync(from, path.join(dest, f));
    else writeFileSync(path.join(dest, f), '');
  }
  // The lock, wherever the corpus keeps it; uv's insta snapshots redact versions as `[X]`.
  const lockDir = path.join(src, root);
  const lock = existsSync(lockDir) ? readdirSync(lockDir).find((f) => f === 'uv.lock') ?? readdirSync(lockDir).find((f) => f.startsWith('uv.lock')) : undefined;
  if (lock) writeFileSync(path.join(dest, root, 'uv.lock'), readFileSync(path.join(lockDir, lock), 'utf8').replaceAll('[X]', '0'));
  return dest;
}
