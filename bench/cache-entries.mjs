// How many cache entries the member-set key makes per uv.lock, on a real
// workspace: every one-file change of the corpus repository's tracked files
// (a sample of up to --per-member files per owning member, plus files no
// member owns) is run through the bundled CLI (`affected --files -`), and the
// distinct member sets are counted: each is one entry per lock, selection, OS
// release, Python and uv version. With the pruned entry size from
// bench/prune-results.json, that is the share of the repository's 10 GB one
// lock can take, which is what `save-cache` decides.
//
//   node bench/cache-entries.mjs [--corpus livekit__agents] [--per-member 3] [--no-write]
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
function arg(name, fallback) {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 && i + 1 < process.argv.length ? process.argv[i + 1] : fallback;
}
const corpusName = arg('corpus', 'livekit__agents');
const perMember = Number(arg('per-member', '3'));
const write = !process.argv.includes('--no-write');
const cli = path.join(root, 'dist', 'cli', 'index.js');

function affected(cwd, file) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cli, 'affected', '--files', '-', '--json'], { cwd, stdio: ['pipe', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve(JSON.parse(out)) : reject(new Error(`affected ${file}: ${err}`))));
    child.stdin.end(`${file}\n`);
  });
}

/** A deterministic sample: files spread evenly through each member's sorted list. */
function spread(files, n) {
  if (files.length <= n) return files;
  return Array.from({ length: n }, (_, i) => files[Math.floor(((i + 0.5) * files.length) / n)]);
}

async function main() {
  const corpus = path.resolve(root, '..', 'shared', 'corpus', corpusName);
  const ws = JSON.parse(readFileSync(path.join(corpus, 'WORKSPACES.json'), 'utf8')).workspaces[0];
  const members = ws.members.map((m) => ({ name: m.name, path: m.path.replace(/\/$/, '') }));
  const files = readFileSync(path.join(corpus, 'FILES.txt'), 'utf8').split('\n').filter(Boolean);
  // Owner = deepest member directory containing the file (component-wise).
  const owner = (file) =>
    members
      .filter((m) => m.path === '.' || file === m.path || file.startsWith(`${m.path}/`))
      .sort((a, b) => b.path.length - a.path.length)[0]?.name ?? '(none)';
  const byOwner = new Map();
  for (const f of files) {
    const o = owner(f);
    if (!byOwner.has(o)) byOwner.set(o, []);
    byOwner.get(o).push(f);
  }
  const sample = [...byOwner.values()].flatMap((list) => spread(list.sort(), perMember));
  const sets = new Map();
  let all = 0;
  let none = 0;
  for (const file of sample) {
    const result = await affected(corpus, file);
    if (result.all) all++;
    const names = result.members.map((m) => m.name).sort();
    if (names.length === 0) {
      none++;
      continue;
    }
    const key = result.all ? '(all)' : names.join(',');
    sets.set(key, (sets.get(key) ?? 0) + 1);
  }
  const prune = existsSync(path.join(root, 'bench', 'prune-results.json')) ? JSON.parse(readFileSync(path.join(root, 'bench', 'prune-results.json'), 'utf8')) : undefined;
  const entryBytes = prune?.corpus === corpusName ? prune.archive.pruned.bytes : undefined;
  const fullBytes = prune?.corpus === corpusName ? prune.archive.full.bytes : undefined;
  const sizes = [...sets.keys()].map((k) => (k === '(all)' ? members.length : k.split(',').length));
  const result = {
    date: new Date().toISOString(),
    corpus: corpusName,
    members: members.length,
    files: files.length,
    sampled: sample.length,
    distinctSets: sets.size,
    changesSyncingNothing: none,
    changesSyncingAll: all,
    medianSetSize: sizes.sort((a, b) => a - b)[Math.floor(sizes.length / 2)] ?? 0,
    entryBytes,
    fullBytes,
  };
  const section = render(result);
  console.log(section);
  if (write) {
    const resultsPath = path.join(root, 'bench', 'results.md');
    const text = await readFile(resultsPath, 'utf8');
    const block = `${START}\n${section}\n${END}`;
    const escape = (t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const re = new RegExp(`${escape(START)}[\\s\\S]*?${escape(END)}`);
    await writeFile(resultsPath, re.test(text) ? text.replace(re, block) : `${text.trimEnd()}\n\n${block}\n`);
  }
}

const START = '<!-- cache-entries:start (bench/cache-entries.mjs writes this section) -->';
const END = '<!-- cache-entries:end -->';
const MiB = 1024 * 1024;
const GiB = 1024 * MiB;

function render(r) {
  const per = (bytes) => (bytes === undefined ? 'unknown (run bench/prune.mjs on the same corpus first)' : `${((r.distinctSets * bytes) / GiB).toFixed(1)} GiB`);
  return [
    '## Entries per lock, and who saves them (bench/cache-entries.mjs)',
    '',
    `Written by \`node bench/cache-entries.mjs\` on ${r.date.slice(0, 10)}: ${r.corpus}, ${r.members} members, ${r.files} tracked files. ${r.sampled} one-file changes (up to ${perMember} per owning member, spread through its files) through \`uv-workspace-sync affected\`:`,
    '',
    '| | |',
    '|---|---|',
    `| distinct member sets (= cache entries per lock, selection, OS, Python, uv) | **${r.distinctSets}** |`,
    `| median members per set | ${r.medianSetSize} |`,
    `| changes that sync nothing / every member | ${r.changesSyncingNothing} / ${r.changesSyncingAll} |`,
    `| one entry, pruned / full (bench/prune.mjs) | ${r.entryBytes === undefined ? '?' : `${(r.entryBytes / MiB).toFixed(0)} MiB`} / ${r.fullBytes === undefined ? '?' : `${(r.fullBytes / MiB).toFixed(0)} MiB`} |`,
    `| every set saved once, pruned / full (an upper bound: bench/prune.mjs syncs the whole workspace, one set's closure is smaller) | ${per(r.entryBytes)} / ${per(r.fullBytes)} |`,
    '',
    "**Reading it for `save-cache`.** GitHub scopes a pull request's entries to that pull request (`refs/pull/N/merge`): with `auto`, every pull request saves its own entry for its member set, which only the same pull request's later pushes can hit exactly, and which never serves the default branch or another pull request. With `default-branch`, only default-branch runs write, at most one entry per member set per lock, and every pull request restores them (exactly when its member set matches, by restore key otherwise). The set count above bounds the default branch's entries; pull requests under `auto` add entries beyond it, one per pull request per lock.",
    '',
    "**Default: `save-cache: auto`**, unchanged. What would make `default-branch` the default is the reuse of a pull request's own entries by its later pushes (an exact hit needs the same lock and member set), and this machine has no CI history to measure that on; the number above shows when the budget forces the choice: when the member sets times the entry size approach 10 GB, set `save-cache: default-branch`.",
  ].join('\n');
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
