// Surfaces on the corpus: how much of a workspace a one-file change in a
// member affects, for a file the member's wheel does not ship (tests, docs,
// examples) and for one it ships, with `dependents: shipped` (the default:
// the wheel, the build configuration and what the editable install that
// `uv sync` makes exposes), with `--no-editable` in sync-args (the wheel
// alone), and with `dependents: any` (every file reaches the dependents).
// Runs the bundled CLI (`affected --files - --json`) on each corpus
// workspace materialised from FILES.txt (scripts/lib/corpus-tree.mjs), and
// writes its own section into bench/results.md between markers, so the rest
// of the file (bench/run.mjs) is left alone.
//
//   node bench/surface.mjs          (npm run bench runs it after bench/run.mjs)
//   BENCH_CLI=FILE                  CLI bundle (default dist/cli/index.js, built when missing)
//   BENCH_OUT=FILE                  results file (default bench/results.md)
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { corpusWorkspaces, materialise } from '../scripts/lib/corpus-tree.mjs';
import { corpusBench } from './lib/corpus-bench.mjs';

const bench = corpusBench('surface');
if (!bench) process.exit(0);
const { corpus, cli, log, writeSection } = bench;

/** Members `affected` marks for one changed path, and whether the owner's reasons say it reaches no other member. */
function affected(cwd, wsRoot, file, dependents, syncArgs = []) {
  const stdout = execFileSync(process.execPath, [cli, 'affected', '--workspace', wsRoot, '--files', '-', '--dependents', dependents, ...syncArgs.map((a) => `--sync-args=${a}`), '--json'], {
    cwd,
    input: `${file}\n`,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const result = JSON.parse(stdout);
  // `not shipped, not importable: ...` (editable) or `not shipped: ...` (--no-editable); `not shipped but importable` reaches the dependents.
  return { count: result.members.length, notShipped: result.members.some((m) => m.reasons.some((r) => /^not shipped[,:]/.test(r))) };
}

const NOT_SHIPPED_CANDIDATE = /(^|\/)(tests?|docs?|examples?)\/|\.(md|rst)$/i;
const mean = (xs) => (xs.length === 0 ? NaN : xs.reduce((a, b) => a + b, 0) / xs.length);
const pct = (x) => (Number.isNaN(x) ? '–' : `${(100 * x).toFixed(0)}%`);

const rows = [];
const tmp = mkdtempSync(path.join(os.tmpdir(), 'bench-surface-'));
try {
  for (const w of corpusWorkspaces(corpus)) {
    if (w.members.length < 2) continue;
    const dir = materialise(corpus, w.repo, w.root, tmp);
    const prefix = w.root === '.' ? '' : `${w.root}/`;
    const files = readFileSync(path.join(corpus, w.repo, 'FILES.txt'), 'utf8')
      .split('\n')
      .filter((f) => f !== '' && f.startsWith(prefix));
    // The member owning each file: the deepest member directory above it.
    const dirs = new Map(w.members.map((m) => [m.path, m.name]));
    const owned = new Map(w.members.map((m) => [m.name, []]));
    for (const f of files) {
      for (let d = path.posix.dirname(f); ; d = path.posix.dirname(d)) {
        const owner = dirs.get(d);
        if (owner !== undefined) {
          owned.get(owner).push(f);
          break;
        }
        if (d === '.' || d === '') break;
      }
    }
    const n = w.members.length;
    const row = { ws: `${w.repo}${w.root === '.' ? '' : ` (${w.root})`}`, members: n, offEditable: [], offWheel: [], offAny: [], offSurface: 0, shipped: [] };
    for (const m of w.members) {
      const mine = owned.get(m.name).sort();
      const rel = (f) => f.slice(m.path === '.' ? 0 : m.path.length + 1);
      // Tests first, then docs and examples, then other text: the first that the wheel does not ship (`--no-editable` says so).
      const candidates = [/^tests?\//, /^(docs?|examples?)\//, NOT_SHIPPED_CANDIDATE].map((re) => mine.find((f) => re.test(rel(f)))).filter(Boolean);
      for (const candidate of new Set(candidates)) {
        const wheel = affected(dir, w.root, candidate, 'shipped', ['--no-editable']);
        if (!wheel.notShipped) continue;
        const editable = affected(dir, w.root, candidate, 'shipped');
        row.offWheel.push(wheel.count / n);
        row.offEditable.push(editable.count / n);
        if (editable.notShipped) row.offSurface++;
        row.offAny.push(affected(dir, w.root, candidate, 'any').count / n);
        break;
      }
      const code = mine.find((f) => f.endsWith('.py') && !NOT_SHIPPED_CANDIDATE.test(rel(f)));
      if (code) {
        const now = affected(dir, w.root, code, 'shipped', ['--no-editable']);
        if (!now.notShipped) row.shipped.push(affected(dir, w.root, code, 'shipped').count / n);
      }
    }
    rows.push(row);
    log(`${row.ws}: ${n} members, ${row.offWheel.length} not-shipped and ${row.shipped.length} shipped samples`);
  }
} finally {
  rmSync(tmp, { recursive: true, force: true });
}

const table = [
  '| workspace | members | not-shipped change: members affected (default, editable) | same change, `--no-editable` | same change, `dependents: any` | shipped change | not-shipped changes off the surface (editable) | samples (not shipped / shipped) |',
  '|---|---:|---:|---:|---:|---:|---:|---:|',
  ...rows.map(
    (r) =>
      `| ${r.ws} | ${r.members} | ${pct(mean(r.offEditable))} | ${pct(mean(r.offWheel))} | ${pct(mean(r.offAny))} | ${pct(mean(r.shipped))} | ${r.offWheel.length === 0 ? '–' : `${r.offSurface} of ${r.offWheel.length}`} | ${r.offWheel.length} / ${r.shipped.length} |`,
  ),
];
writeSection([
  '## Surfaces: share of members a one-file change affects (corpus)',
  '',
  'Each member of each corpus workspace (FILES.txt materialised, real pyproject files and locks) gets one change to a file its wheel does not ship',
  '(the first under tests/, else under docs/ or examples/, else a .md/.rst, that `affected --sync-args=--no-editable` reports as not shipped) and one',
  'to a file it ships (its first other .py file). The share is the number of members `affected` marks divided by the workspace\'s members, averaged',
  'over the members sampled. The default counts what `uv sync` exposes: the wheel, the build configuration and what the editable install makes',
  'importable (the whole member directory for a flat layout, `src/` for a src layout), so a flat-layout member\'s tests reach its dependents;',
  '`--no-editable` counts the wheel alone. Produced by `node bench/surface.mjs` (no timing involved).',
  '',
  ...table,
]);

