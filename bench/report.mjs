// Renders bench/results.md from the measurements: every number a median of
// the interleaved repetitions, every comparison a ratio measured in the same
// run, every goal with a verdict and, when missed, the reason.
import { fmtBytes, fmtMs, fmtRatio, fmtSamples } from './lib/measure.mjs';
import { closingNote, goalRows, loadBanner } from './report-goals.mjs';
import { livekitSamples, renderLivekit, renderStartup } from './report-livekit.mjs';
import { renderNetwork } from './report-network.mjs';

const MB = 1e6;
const ok = (pass) => (pass ? '**met**' : '**missed**');
/** "3.1x faster" or "1.2x slower" for a ratio slow/fast. */
const faster = (x) => (x >= 1 ? `${fmtRatio(x)} faster` : `${fmtRatio(1 / x)} slower`);

function table(head, rows) {
  return [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
}

export function renderResults(r) {
  // The sections first: the sync section's overhead figure feeds its goal row, and the goals lead the page.
  const body = [];
  if (r.livekit) body.push(...renderLivekit(r.livekit, r.livekitEarlier, r.livekit.skipped ? [] : renderNetwork(r.livekit)));
  const s = r.sync;
  if (s) body.push(...renderSync(r, s));
  const d = r.detection;
  if (d) body.push(...renderDetection(r, d));
  else if (!r.cli) body.push('## 5. Detection', '', 'Skipped: no CLI bundle (dist/cli/index.js is not built and bundling src/ failed).', '');
  if (s) body.push(...renderOverhead(r, s));
  if (r.startup && !r.startup.skipped) body.push(...renderStartup(r.startup));
  const out = [];
  const m = r.machine;
  out.push(
    '# Benchmark results',
    '',
    `Written by \`npm run bench\` (bench/run.mjs) on ${r.date} at commit ${r.commit}; ${r.reps} repetitions${r.quick ? ' (BENCH_QUICK: fewer runs and sizes, not for publishing)' : ''}, whole run ${fmtMs(r.totalMs)}.`,
    'Every time is the **median** of the repetitions; within each repetition the compared variants run one after another in an order rotated per repetition, so drift hits all of them. Ratios compare medians from the same run. The raw samples are at the end.',
    '',
    ...loadBanner(r),
    '## Goals',
    '',
    'Each figure holds under the conditions beside it: the link to the index and the cache service (bench/lib/netem.mjs; see "With the network"), the prune setting, and the load average (1/5/15 min, at the start → at the end of the part that measured it) on this 2-core machine.',
    '',
    table(['Goal', 'Measured', 'Conditions', 'Verdict'], [...goalRows(r), ...goals(r)]),
    '',
    '## Machine',
    '',
    table(['', ''], [
      ['CPU', m.cpus],
      ['Memory', m.memory],
      ['OS', m.os],
      ['Node', m.node],
      ['uv', m.uv],
      ['Python', m.python],
      ['Temp dir (workspaces, caches, venvs)', m.tmp],
      ['git / zstd', `${m.git} / ${m.zstd.split(',')[0]}`],
      ['Load average', m.load],
    ]),
    '',
    `Other engineers' test suites may share this machine while the bench runs (see the load average; a load far above the CPU count means every time here is inflated, often several times, and spreads are wide): medians of interleaved runs absorb most of it for the ratios, the raw samples show the spread; absolute times (like the 150 ms goal) are the ones it hurts.
All files (wheelhouse, caches, venvs) are on one filesystem and, with this much memory, in the page cache: the numbers are CPU and syscall cost, not disk speed. The network is a proxy on loopback with a runner's throughput and latency (see "With the network"): it moves the bytes at the rate a runner gets, but costs this machine's CPU, not a network card's.`,
    '',
    ...body,
  );
  out.push(...closingNote(r), ...rawSamples(r));
  return out.join('\n');
}

function renderSync(r, s) {
  const t = s.s;
  const out = [];
  out.push(
    '## The workspace',
    '',
    `${s.members} members (bench/lib/monorepo.mjs: libs/, services/, tools/; hubs \`core\` and \`testing\`, an extra \`dataframes[plots]\`, a \`dev\` group on every member) depending on ${r.wheelhouse.files.length} real PyPI wheels (bench/wheelhouse.txt, ${fmtBytes(r.wheelhouse.bytes)}: numpy, scipy, pandas, pyarrow, matplotlib, pillow, lxml, cryptography, grpcio, pydantic, sqlalchemy, … and their dependencies) served by a PEP 503 index on 127.0.0.1. Members are built by uv's own \`uv_build\` backend, in-process. Every sync is \`uv sync --locked …\` into a fresh \`.venv\` with \`UV_LINK_MODE=hardlink\` (what the action sets when the cache is on the venv's filesystem) unless stated.`,
    '',
    `The change: one file, \`${s.changedPath}\`. Members to sync, from ${s.affectedSource}: **${s.affected.join(', ')}**.`,
    '',
    '## 1. Targeted vs full sync (warm cache)',
    '',
    table(['Command', 'Median', 'Installed packages'], [
      [`\`uv sync --locked ${s.affected.map((a) => `--package ${a}`).join(' ')}\``, fmtMs(t.targeted.median), String(s.installed.targeted)],
      ['`uv sync --locked --all-packages`', fmtMs(t.all.median), String(s.installed.all)],
    ]),
    '',
    `Targeted is **${faster(t.all.median / t.targeted.median)}** and installs ${s.installed.targeted} of ${s.installed.all} packages. Both include a floor that no selection avoids: uv's start-up, finding the interpreter and creating the venv — \`uv venv\` alone takes ${fmtMs(t.venvOnly.median)}. Above that floor the targeted sync costs ${fmtMs(t.targeted.median - t.venvOnly.median)} and the full one ${fmtMs(t.all.median - t.venvOnly.median)} (**${fmtRatio((t.all.median - t.venvOnly.median) / Math.max(1, t.targeted.median - t.venvOnly.median))}**); the gap grows with what the other members pull in.`,
    '',
    '## 2. Link vs copy (warm cache, every member)',
    '',
    table(['Cache placement', 'Median'], [
      ['Cache on the venv\'s filesystem: `UV_LINK_MODE=hardlink` (what the action picks)', fmtMs(t.all.median)],
      ['Cache on another filesystem: `UV_LINK_MODE=copy`', fmtMs(t.copy.median)],
    ]),
    '',
    `Links are **${fmtRatio(t.copy.median / t.all.median)}** faster than copies. The copy here is a same-disk copy served from the page cache; across two real disks (the runner's default cache on / vs a workspace on /mnt, or a container volume) it costs at least this much more.`,
    '',
  );
  const pf = s.parts.restoredFull;
  const pp = s.parts.restoredPruned;
  out.push(
    '## 3. Cached vs cold (every member)',
    '',
    table(['Run', 'Median', 'Of which', 'Downloaded from the index'], [
      ['Cold: empty cache, every wheel downloaded and unzipped', fmtMs(t.cold.median), '', `${s.parts.cold.downloads} files, ${fmtBytes(s.parts.cold.bytes)}`],
      ['Cached: restore the saved cache (tar+zstd extract), then sync', fmtMs(t.restoredFull.median), `restore ${fmtMs(pf.restore)} + sync ${fmtMs(pf.sync)}`, `${pf.downloads} files`],
      ['Cached, the sync alone (cache already in place)', fmtMs(t.all.median), '', '0 files'],
    ]),
    '',
    `The cached run is **${faster(t.cold.median / t.restoredFull.median)}** than the cold one counting the local restore, **${faster(t.cold.median / t.all.median)}** for the sync alone: restoring means extracting ${fmtBytes(s.cache.full.bytes)} of unzipped files (${s.cache.full.files} files), which is most of the cached run's time. The cold run's download here is over loopback; from PyPI it also pays ${fmtBytes(s.parts.cold.bytes)} of network transfer, and the cached run pays the cache archive's ${fmtBytes(s.cache.full.archiveBytes)} from GitHub's cache service instead.`,
    '',
  );
  out.push(...renderPrune(r, s));
  return out;
}

function renderPrune(r, s) {
  const t = s.s;
  const c = s.cache;
  const pf = s.parts.restoredFull;
  const pp = s.parts.restoredPruned;
  const ps = s.parts.pruneSave;
  const deltaArchive = c.full.archiveBytes - c.pruned.archiveBytes;
  const redownload = pp.bytes;
  const localFull = t.restoredFull.median; // restore + sync, transfers free
  const localPruned = t.restoredPruned.median;
  const localExtra = localPruned - localFull;
  // A run's time with both transfers at the same bandwidth B (MB/s): the full
  // cache's archive from the cache service, or the wheels again from the index.
  const withNetwork = (B) => ({ full: localFull + (c.full.archiveBytes / (B * MB)) * 1000, pruned: localPruned + (c.pruned.archiveBytes / (B * MB)) * 1000 + (redownload / (B * MB)) * 1000 });
  // Pruning pays when the cache service is slower than this, for an index at indexMBps.
  const breakEven = (indexMBps) => {
    const secondsPruned = redownload / (indexMBps * MB) + localExtra / 1000;
    return secondsPruned > 0 ? `${(deltaArchive / MB / secondsPruned).toFixed(0)} MB/s` : 'any bandwidth (pruning wins)';
  };
  const at100 = withNetwork(100);
  const pruneDefault = at100.pruned < at100.full;
  const out = [
    '## 4. Prune: `uv cache prune --ci` before saving',
    '',
    table(['', 'Without prune', 'With `uv cache prune --ci`'], [
      ['Cache on disk', `${fmtBytes(c.full.bytes)}, ${c.full.files} files`, `${fmtBytes(c.pruned.bytes)}, ${c.pruned.files} files`],
      ['Archive saved to the cache service (tar+zstd)', fmtBytes(c.full.archiveBytes), fmtBytes(c.pruned.archiveBytes)],
      ['Post step on a cache miss (prune, then archive)', fmtMs(t.saveFull.median), `${fmtMs(t.pruneSave.median)} (prune ${fmtMs(ps.prune)} + archive ${fmtMs(ps.save)})`],
      ['Next run: restore (extract)', fmtMs(pf.restore), fmtMs(pp.restore)],
      ['Next run: `uv sync --all-packages`', `${fmtMs(pf.sync)}, ${pf.downloads} downloads`, `${fmtMs(pp.sync)}, ${pp.downloads} downloads (${fmtBytes(pp.bytes)})`],
      ['Next run: restore + sync', fmtMs(t.restoredFull.median), fmtMs(t.restoredPruned.median)],
    ]),
    '',
    `Note: "Cache on disk" counts hard-linked files once; the archive sizes are what travels to and from GitHub's cache service. \`uv cache prune --ci\` keeps wheels built from source and drops pre-built wheels downloaded from an index — which is every third-party package here, so the pruned cache is what is left after dropping ${fmtBytes(deltaArchive)} of archive.`,
    '',
    `**What it trades.** Pruning saves ${fmtBytes(deltaArchive)} of cache transfer each way and makes the next run download ${fmtBytes(redownload)} of wheels again from the index (${pp.downloads} files) and unzip them: on this machine, with both transfers free, the pruned run is ${fmtMs(Math.abs(localExtra))} ${localExtra > 0 ? 'slower' : 'faster'} than restoring the full cache (extracting ${fmtBytes(c.full.bytes)} of unzipped wheels costs about as much as unzipping them again). Adding the network from the measured bytes (not measured here; same bandwidth for GitHub's cache service and for PyPI):`,
    '',
    table(['Bandwidth', 'Keep wheels: restore + sync', 'Prune: restore + sync', 'Cache service slower than this makes pruning pay (index at this bandwidth)'], [25, 50, 100, 200].map((b) => {
      const w = withNetwork(b);
      return [`${b} MB/s`, fmtMs(w.full), fmtMs(w.pruned), breakEven(b)];
    })),
    '',
    `**Where it pays:** when the cache service is slower than the break-even column (a slow or distant cache service, a big cache of extracted files such as the torch/CUDA case that motivated \`--ci\`), a repository near its 10 GB cache quota, self-hosted runners where the cache grows without bound; wheels built from source are kept either way. **Where it does not:** when the cache service is faster than that, and always for PyPI: every pruned run downloads ${fmtBytes(redownload)} (${pp.downloads} files) again per job. astral-sh/setup-uv changed its \`prune-cache\` default from true to false for that load (astral-sh/setup-uv#967, after #745).`,
    '',
    `**Default picked from these numbers: \`prune-cache: ${pruneDefault ? 'true' : 'false'}\`** (the faster of the two at 100 MB/s both ways: ${fmtMs(at100.full)} keeping the wheels, ${fmtMs(at100.pruned)} pruning). ${pruneDefault ? `Pruning costs no time here: what the cache saves in unzipping, restoring ${fmtBytes(c.full.bytes)} of files gives back. The price is paid by PyPI (${fmtBytes(redownload)} per job), which is why setup-uv now defaults to false; users who care more about that than about seconds set \`prune-cache: false\`.` : `Keeping the wheels is faster unless the cache service is slower than the break-even bandwidth above; set \`prune-cache: true\` for the cases listed under "where it pays".`}`,
    '',
  ];
  r.pruneDefault = pruneDefault;
  return out;
}

function renderDetection(r, d) {
  const base = d.s['node -e 0'].median;
  const out = [
    '## 5. Detection',
    '',
    `\`uv-workspace-sync affected --files FILE --json\` (${r.cli.label}) on generated workspaces (bench/lib/gen-workspace.mjs: 1% hubs plus a \`testing\` member every member has in its \`dev\` group, five layers depending downwards, extras asking \`hub[fast]\`, a uv.lock written by \`uv lock\`), with changed-path lists shaped like real diffs (sources and tests in members, docs and CI files outside them, some member pyproject.toml files; never the root pyproject.toml). Each as a ratio to \`node -e 0\` (${fmtMs(base)}) run by the same Node in the same repetitions.`,
    '',
    table(['Members', ...d.pathCounts.map((p) => `${p} paths`)], d.sizes.map((n) => [
      `${n} (${d.repos[n].edges} edges)`,
      ...d.pathCounts.map((p) => {
        const v = d.s[`${n}/${p}`];
        return `${fmtMs(v.median)} = ${fmtRatio(v.median / base)} (${v.extra.affected} affected)`;
      }),
    ])),
    '',
  ];
  const g = d.s['2000/5000'];
  out.push(
    `The time grows with the number of members (every pyproject.toml and the uv.lock are read and parsed), hardly with the number of changed paths.`,
    '',
    `Issue #2's case, 2000 members and 5000 changed paths: **${fmtMs(g.median)} = ${fmtRatio(g.median / base)} \`node -e 0\`** (${g.extra.affected} members affected).`,
    '',
    ...renderFloor(d),
    '### The whole detect step on a 2000-member repository (git diff included)',
    '',
    table(['Step', 'Median', 'vs node -e 0'], Object.entries(d.d).map(([name, v]) => [name, !Number.isFinite(v.median) ? 'failed' : fmtMs(v.median), !Number.isFinite(v.median) ? '' : fmtRatio(v.median / d.d['node -e 0'].median)])),
    '',
    `The commit changes ${d.d['git diff + affected'].extra.paths} paths; ${d.d['git diff + affected'].extra.affected} members are affected. ${r.actionDist ? (d.actionError ? `dist/main in \`mode: detect\` could not be measured: ${d.actionError}` : 'The last row is the bundled action in `mode: detect`, run as the runner runs it: on top of `affected` it writes the outputs, the annotations and the summary of 2000 members; it computes no fingerprints (nothing reads them without `skip-passed`, `mode: record` or `fingerprints: true`) and asks uv nothing.') : 'The action\'s `dist/main` is not built yet, so the detect step is measured as the commands it runs: `git diff --name-only BASE...HEAD` piped into the CLI. Rerun `npm run bench` after the build (or with `BENCH_ACTION=1`) to add the `dist/main` row.'}`,
    '',
  );
  return out;
}

function renderFloor(d) {
  if (!d.goal) return [];
  const g = d.goal.s;
  return [
    '### Against the floor (2000 members, 5000 paths)',
    '',
    'The floor is what any tool reading this workspace must do (bench/lib/floor.mjs): read the 2001 pyproject.toml files and the uv.lock without parsing; then read and parse each with smol-toml (the parser the CLI bundles), the whole uv.lock included. `affected` also walks the member globs, builds the graph and the closure, and reads only the members\' entries of uv.lock. Same repetitions, interleaved.',
    '',
    table(['Node', '`node -e 0`', 'floor: read', 'floor: read + parse', '`affected`', 'vs `node -e 0`', 'vs read + parse'], d.goal.nodes.map((label) => {
      const v = (k) => g[`${label}: ${k}`].median;
      return [label, fmtMs(v('node -e 0')), fmtMs(v('floor, read')), fmtMs(v('floor, read + parse')), fmtMs(v('affected')), fmtRatio(v('affected') / v('node -e 0')), fmtRatio(v('affected') / v('floor, read + parse'))];
    })),
    '',
  ];
}

function renderOverhead(r, s) {
  const t = s.s;
  const own = t.detect.median + t.nodeStart.median;
  const warmTargeted = t.restoredTargeted.median;
  const warmFull = t.restoredFull.median;
  const out = [
    '## 6. Overhead: the action\'s own time',
    '',
    `The action's own work is everything but uv and the cache transfer: start Node for the main step, read the event, \`git diff\`, load the workspace and lock, compute the closure, probe the link mode, derive the key, write outputs and the summary; then start Node again for the post step. ${r.actionDist && !!Number.isFinite(t.actionMain?.median) ? '' : 'Until dist/main is built it is measured as `git diff --name-only` + the bundled CLI\'s `affected` (Node start, workspace and lock loading, closure, JSON output) + one more `node -e 0` for the post step\'s start; the probe and the key are a few file operations and hashes and are not counted.'}`,
    '',
    table(['', 'Median'], [
      ['Own work: git diff + `affected`', fmtMs(t.detect.median)],
      ['Own work: Node start of the post step', fmtMs(t.nodeStart.median)],
      ['Warm run, one-member change, exact cache hit: restore + targeted sync', fmtMs(warmTargeted)],
      ['Warm run, every member: restore + sync', fmtMs(warmFull)],
      ...(r.actionDist && t.actionMain ? [['dist/main (cache off, detection by git, targeted sync)', !Number.isFinite(t.actionMain.median) ? `failed: ${s.actionError}` : fmtMs(t.actionMain.median)]] : []),
    ]),
    '',
    `Own time is **${pct(own / (own + warmTargeted))}** of the warm one-member run (${fmtMs(own)} of ${fmtMs(own + warmTargeted)}) and **${pct(own / (own + warmFull))}** of a warm every-member run.`,
    '',
  ];
  if (r.actionDist && t.actionMain && !!Number.isFinite(t.actionMain.median)) {
    const ownAction = t.actionMain.median - t.targeted.median + t.nodeStart.median;
    out.push(`Measured through dist/main: main's wall time minus the targeted sync's median, plus the post step's Node start, is ${fmtMs(ownAction)}: **${pct(ownAction / (ownAction + warmTargeted))}** of the warm one-member run.`, '');
    r.ownMeasured = ownAction;
  }
  r.own = own;
  return out;
}

const pct = (x) => `${(x * 100).toFixed(1)}%`;

/** The 24-member workspace's goals (BENCH_ONLY=sync): Goal | Measured | Conditions | Verdict. */
function goals(r) {
  const rows = [];
  const s = r.sync;
  if (!s) return rows;
  const t = s.s;
  const cond = `the 24-member workspace, loopback index; load ${r.machine.load}`;
  const x1 = t.all.median / t.targeted.median;
  rows.push(['Targeted sync of one affected member out of 20+ at least 5x faster than `--all-packages` (small closure)', `${fmtRatio(x1)} (${fmtMs(t.targeted.median)} vs ${fmtMs(t.all.median)})`, cond, ok(x1 >= 5) + (x1 >= 5 ? '' : `: both pay uv's start-up and venv creation (\`uv venv\` alone: ${fmtMs(t.venvOnly.median)}); above that floor the ratio is ${fmtRatio((t.all.median - t.venvOnly.median) / Math.max(1, t.targeted.median - t.venvOnly.median))}`)]);
  const x2 = t.copy.median / t.all.median;
  rows.push(['Warm-cache sync with links at least 3x faster than forced copy (large packages)', `${fmtRatio(x2)} (${fmtMs(t.all.median)} vs ${fmtMs(t.copy.median)})`, cond, ok(x2 >= 3) + (x2 >= 3 ? '' : ': the copy reads from the page cache on the same disk, the cheapest copy there is; the ratio is a lower bound')]);
  const own = r.ownMeasured ?? r.own;
  const share = own / (own + s.s.restoredTargeted.median);
  rows.push(['Action overhead under 5% of a warm run', `${pct(share)} of the warm one-member run (${fmtMs(own)})`, cond, ok(share < 0.05)]);
  return rows;
}

function rawSamples(r) {
  const out = ['## Raw samples (ms, in repetition order)', ''];
  const add = (title, obj) => {
    out.push(`${title}:`, '');
    for (const [name, v] of Object.entries(obj)) out.push(`- ${name}: ${fmtSamples(v.samples)}`);
    out.push('');
  };
  out.push(...livekitSamples(r.livekit));
  if (r.sync) add('Sync', r.sync.s);
  if (r.detection) {
    add('Detection', r.detection.s);
    add('Detect step, 2000 members', r.detection.d);
    if (r.detection.goal) add('Goal case against the floor', r.detection.goal.s);
  }
  if (r.startup?.s) {
    add('Start-up of the entries', r.startup.s);
  }
  return out;
}
