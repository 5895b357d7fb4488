// A replayed history on the corpus: the share of a workspace's members that
// the default (`dependents: shipped`: the wheel, the build configuration and
// what the editable install exposes) selects per commit, against `--no-editable`
// (the wheel alone) and `dependents: any` (every file reaches the dependents).
// The corpus keeps one commit of each repository and no history, so one is
// built: the workspace (FILES.txt materialised, scripts/lib/corpus-tree.mjs)
// is committed to a git repository, then COMMITS generated commits follow
// (seeded, the same on every run), each changing 1 to 3 files of one member
// (a member picked in proportion to its files, so busy members change more,
// and the files in proportion to what the member holds: tests, sources,
// docs), and one commit in five also a file of another member. Each commit
// is asked of the bundled CLI (`affected --base <parent> --head <commit>`),
// which reads the change from git as the action does. Writes its own section
// of bench/results.md between markers.
//
//   node bench/replay.mjs          (npm run bench runs it after bench/surface.mjs)
//   BENCH_CLI=FILE                 CLI bundle (default dist/cli/index.js, built when missing)
//   BENCH_OUT=FILE                 results file (default bench/results.md)
//   BENCH_REPLAY_COMMITS=N         commits per workspace (default 30)
import { execFileSync } from 'node:child_process';
import { appendFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { corpusWorkspaces, materialise } from '../scripts/lib/corpus-tree.mjs';
import { rng } from '../scripts/lib/rng.mjs';
import { corpusBench } from './lib/corpus-bench.mjs';

const bench = corpusBench('replay');
if (!bench) process.exit(0);
const { corpus, cli, log, writeSection } = bench;
const COMMITS = Number(process.env.BENCH_REPLAY_COMMITS ?? 30);

const GIT_ENV = { ...process.env, GIT_AUTHOR_NAME: 'bench', GIT_AUTHOR_EMAIL: 'bench@localhost', GIT_COMMITTER_NAME: 'bench', GIT_COMMITTER_EMAIL: 'bench@localhost' };
const git = (cwd, ...args) => execFileSync('git', ['-c', 'commit.gpgsign=false', ...args], { cwd, env: GIT_ENV, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 }).trim();

/** Members `affected` selects for the change between two commits. */
function selected(cwd, wsRoot, base, head, dependents, syncArgs = []) {
  const stdout = execFileSync(
    process.execPath,
    [cli, 'affected', '--workspace', wsRoot, '--base', base, '--head', head, '--dependents', dependents, ...syncArgs.map((a) => `--sync-args=${a}`), '--json'],
    { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  );
  return JSON.parse(stdout).members.length;
}

/** Each member's own files (the deepest member directory above a file), build configuration left out. */
function ownedFiles(files, members) {
  const dirs = new Map(members.map((m) => [m.path, m.name]));
  const owned = new Map(members.map((m) => [m.name, []]));
  for (const f of files) {
    if (/(^|\/)(pyproject\.toml|uv\.lock)$/.test(f)) continue;
    for (let d = path.posix.dirname(f); ; d = path.posix.dirname(d)) {
      const owner = dirs.get(d);
      if (owner !== undefined) {
        owned.get(owner).push(f);
        break;
      }
      if (d === '.' || d === '') break;
    }
  }
  return owned;
}

/** The generated history: each entry the files one commit changes. */
function history(owned, next) {
  const busy = [...owned].filter(([, files]) => files.length > 0);
  const total = busy.reduce((a, [, files]) => a + files.length, 0);
  const pick = () => {
    let at = next() * total;
    for (const [, files] of busy) if ((at -= files.length) < 0) return files;
    return busy[busy.length - 1][1];
  };
  return Array.from({ length: COMMITS }, () => {
    const files = pick();
    const changed = Array.from({ length: 1 + Math.floor(next() * 3) }, () => files[Math.floor(next() * files.length)]);
    if (next() < 0.2) {
      const other = busy[Math.floor(next() * busy.length)][1];
      changed.push(other[Math.floor(next() * other.length)]);
    }
    return [...new Set(changed)];
  });
}

const median = (xs) => {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const mean = (xs) => (xs.length === 0 ? NaN : xs.reduce((a, b) => a + b, 0) / xs.length);
const pct = (x) => (Number.isNaN(x) ? '–' : `${(100 * x).toFixed(1)}%`);

const rows = [];
const tmp = mkdtempSync(path.join(os.tmpdir(), 'bench-replay-'));
try {
  for (const w of corpusWorkspaces(corpus)) {
    if (w.members.length < 2) continue;
    const prefix = w.root === '.' ? '' : `${w.root}/`;
    const files = readFileSync(path.join(corpus, w.repo, 'FILES.txt'), 'utf8')
      .split('\n')
      .filter((f) => f !== '' && f.startsWith(prefix));
    const owned = ownedFiles(files, w.members);
    if ([...owned.values()].every((f) => f.length === 0)) continue;
    const dir = materialise(corpus, w.repo, w.root, tmp);
    git(dir, 'init', '-q', '-b', 'main');
    git(dir, 'add', '-A');
    git(dir, 'commit', '-q', '-m', 'corpus');
    const commits = [git(dir, 'rev-parse', 'HEAD')];
    history(owned, rng(80)).forEach((changed, i) => {
      for (const f of changed) appendFileSync(path.join(dir, f), `# change ${i}\n`);
      git(dir, 'add', '-A');
      git(dir, 'commit', '-q', '-m', `change ${i}`);
      commits.push(git(dir, 'rev-parse', 'HEAD'));
    });
    const n = w.members.length;
    const row = { ws: `${w.repo}${w.root === '.' ? '' : ` (${w.root})`}`, members: n, shipped: [], wheel: [], any: [], fewer: 0 };
    for (let i = 1; i < commits.length; i++) {
      const [base, head] = [commits[i - 1], commits[i]];
      const shipped = selected(dir, w.root, base, head, 'shipped');
      const any = selected(dir, w.root, base, head, 'any');
      row.shipped.push(shipped / n);
      row.wheel.push(selected(dir, w.root, base, head, 'shipped', ['--no-editable']) / n);
      row.any.push(any / n);
      if (shipped < any) row.fewer++;
    }
    rows.push(row);
    log(`${row.ws}: ${n} members, ${commits.length - 1} commits replayed`);
  }
} finally {
  rmSync(tmp, { recursive: true, force: true });
}

const table = [
  '| workspace | members | commits | default (editable): median / mean | `--no-editable`: median / mean | `dependents: any`: median / mean | commits where the default selects fewer than `any` |',
  '|---|---:|---:|---:|---:|---:|---:|',
  ...rows.map(
    (r) =>
      `| ${r.ws} | ${r.members} | ${r.shipped.length} | ${pct(median(r.shipped))} / ${pct(mean(r.shipped))} | ${pct(median(r.wheel))} / ${pct(mean(r.wheel))} | ${pct(median(r.any))} / ${pct(mean(r.any))} | ${r.fewer} |`,
  ),
];
writeSection([
  '## Replayed history: share of members selected per commit (corpus)',
  '',
  `The corpus keeps one commit per repository, so a history is built: each workspace is committed to a git repository, then ${COMMITS} generated`,
  'commits (seeded) each change 1 to 3 files of one member (picked in proportion to its files; the files in proportion to what it holds), and',
  'one in five a file of another member too. Each commit is asked of the CLI (`affected --base <parent> --head <commit>`); the share is the',
  "members selected divided by the workspace's members. The default counts what `uv sync` exposes (the wheel, the build configuration, what",
  'the editable install makes importable); `--no-editable` the wheel alone (the default before editable installs were counted); `any` every',
  'file. test/integration/history-replay.test.ts checks on a synced workspace that the default selects every member whose environment sees a',
  'changed file. Produced by `node bench/replay.mjs` (no timing involved).',
  '',
  ...table,
]);

