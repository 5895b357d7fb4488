// The network section of results.md (bench/livekit.mjs's grid): the jobs at
// each throughput and latency, both baselines, both prune settings; where the
// numbers come from (the published measurements behind the cache service's
// link); and the crossover that decides `prune-cache`.
import { blockName } from './lib/points.mjs';
import { fmtBytes, fmtMs, fmtRatio } from './lib/measure.mjs';

const table = (head, rows) => [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
const ms = (x) => (typeof x === 'number' && Number.isFinite(x) ? fmtMs(x) : '–');
const ratio = (slow, fast) => (Number.isFinite(slow) && Number.isFinite(fast) && fast > 0 ? fmtRatio(slow / fast) : '–');
export const loadText = (load) => (load ? `${load.start.map((x) => x.toFixed(1)).join('/')} → ${load.end.map((x) => x.toFixed(1)).join('/')}` : 'not recorded');

/** Where the cache service's throughput comes from (searched: actions/cache issues, runner vendors' benchmarks). */
export const CACHE_SOURCES = [
  ['https://github.com/actions/cache/issues/928', 'hosted runners: average download 50 MBs/s for a ~300 MB entry (2022)'],
  ['https://github.com/actions/cache/issues/944', 'Linux hosted runners: 59–92 MB/s (2022)'],
  ['https://github.com/actions/cache/issues/1141', 'a 2.2 GB entry received at 81–88 MBs/sec before its connection stalled (2023)'],
  ['https://runs-on.com/benchmarks/github-actions-cache-performance', 'GitHub runner, actions/cache@v4, a 4 GB random file: save 33 s, restore 45 s, about 120 and 90 MB/s with tar and zstd included (2025)'],
  ['https://avrea.com/blog/how-we-made-github-actions-cache-up-to-6x-faster', 'a 1 GB restore takes 10–20 s on GitHub Actions (50–100 MB/s); a restore is two round trips before the bytes flow (GetCacheEntryDownloadURL, then the GET) (2026)'],
  ['https://docs.blacksmith.sh/feature-spotlight/colocated-cache', "GitHub's cache \"usually gets you up to 100MB/s\""],
];

/** Looked for and not found: what stands in for them, and what was searched. */
const NOT_FOUND = [
  'PyPI (files.pythonhosted.org, Fastly) to a hosted runner: no published throughput found (searched actions/setup-python, astral-sh/uv and setup-uv, pypi/support issues, blog posts); so the index is swept over 25, 100 and 400 MB/s. What was found is the comparison itself, without MB/s: dropping the pre-built wheels from a ~650 MB uv cache made a hosted job faster, 44 s → 27 s (https://github.com/home-assistant/core/pull/169554), uv\'s own help for `uv cache prune --ci` says that in GitHub Actions "it\'s faster to omit pre-built wheels from the cache" (https://docs.rs/uv-cli/latest/uv_cli/struct.PruneArgs.html), and setup-uv changed its `prune-cache` default to `false` to spare PyPI the downloads, not for speed (https://github.com/astral-sh/setup-uv/pull/967, after https://github.com/astral-sh/setup-uv/issues/745).',
  'Round trips from a hosted runner to either service: no published figure found; so each point is measured at 20 and 60 ms per request.',
];

/** The jobs' times at one point: (a), (b) and the action with either prune setting, warm and cold. */
function pointTimes(lk, mbps, latency) {
  const c = lk.net.blocks[blockName.cache(lk.net, latency)].s;
  const x = lk.net.blocks[blockName.index(mbps, latency)].s;
  const m = (b, n) => b[n]?.median;
  return {
    warm: { a: m(c, 'setup-uv warm'), b: m(c, 'setup-uv warm, targeted'), true: m(x, 'action warm, prune true'), false: m(c, 'action warm, prune false') },
    cold: { a: m(x, 'setup-uv cold'), b: m(x, 'setup-uv cold, targeted'), true: m(x, 'action cold, prune true'), false: m(x, 'action cold, prune false') },
  };
}

function loopbackTimes(lk) {
  const m = (n) => lk.s[n]?.median;
  return {
    warm: { a: m('setup-uv warm'), b: m('setup-uv warm, targeted'), true: m('action warm, prune true'), false: m('action warm, prune false') },
    cold: { a: m('setup-uv cold'), b: m('setup-uv cold, targeted'), true: m('action cold, prune true'), false: m('action cold, prune false') },
  };
}

/** Every point of the grid, loopback first: { label, mbps, latency, warm, cold }. */
export function networkPoints(lk) {
  const points = [{ label: 'loopback (no limit)', loopback: true, ...loopbackTimes(lk) }];
  if (!lk.net) return points;
  for (const latency of lk.net.latency) for (const mbps of lk.net.index) points.push({ label: `index ${mbps} MB/s, ${latency} ms`, mbps, latency, ...pointTimes(lk, mbps, latency) });
  return points;
}

function jobTable(points, kind) {
  return table(
    ['Point', '(a) setup-uv style, every member', '(b) setup-uv style, `--package`', 'action, `prune-cache: true`', 'action, `prune-cache: false`', '(a) ÷ action: true / false', '(b) ÷ action: true / false'],
    points.map((p) => {
      const t = p[kind];
      return [p.label, ms(t.a), ms(t.b), ms(t.true), ms(t.false), `${ratio(t.a, t.true)} / ${ratio(t.a, t.false)}`, `${ratio(t.b, t.true)} / ${ratio(t.b, t.false)}`];
    }),
  );
}

/** What each job moved through the proxies, from the loopback runs (bytes do not depend on the link). */
function trafficTable(lk) {
  const p = lk.parts;
  const rows = [
    ['(a) setup-uv style, warm', 'setup-uv warm'],
    ['(b) setup-uv style `--package`, warm', 'setup-uv warm, targeted'],
    ['action, `prune-cache: true`, warm', 'action warm, prune true'],
    ['action, `prune-cache: false`, warm', 'action warm, prune false'],
    ['(a) setup-uv style, cold', 'setup-uv cold'],
    ['(b) setup-uv style `--package`, cold', 'setup-uv cold, targeted'],
    ['action, `prune-cache: true`, cold', 'action cold, prune true'],
    ['action, `prune-cache: false`, cold', 'action cold, prune false'],
  ].filter(([, k]) => Number.isFinite(p[k]?.ms));
  return table(
    ['Job', 'from the index', 'wheel downloads', 'from the cache service', 'to the cache service'],
    rows.map(([label, k]) => [label, fmtBytes(p[k].indexBytesDown ?? 0), String(p[k].downloads ?? 0), fmtBytes(p[k].cacheBytesDown ?? 0), fmtBytes(p[k].cacheBytesUp ?? 0)]),
  );
}

/** What the proxies delivered against their limits: bytes ÷ first-to-last byte, in the jobs that move the most. */
function achievedTable(lk) {
  const net = lk.net;
  const mbps = (x) => (Number.isFinite(x) ? `${x.toFixed(0)} MB/s` : '–');
  const rows = [];
  for (const latency of net.latency) {
    const c = net.blocks[blockName.cache(net, latency)]?.parts['setup-uv warm'];
    rows.push([`cache service, ${latency} ms`, `${net.cache.downMBps} MB/s`, mbps(c?.cacheAchievedMBps), '(a) warm: its restore']);
    for (const i of net.index) {
      // The pruned warm job: uv fetches its 71 wheels at once, so the link is what limits it (a cold job's downloads wait on builds).
      const x = net.blocks[blockName.index(i, latency)]?.parts['action warm, prune true'];
      rows.push([`index, ${latency} ms`, `${i} MB/s`, mbps(x?.indexAchievedMBps), 'the action\'s warm job, `prune-cache: true`: the pruned wheels']);
    }
  }
  return table(['Link', 'limit', 'delivered', 'measured in'], rows);
}

/**
 * The prune crossover at one latency: the warm job with `prune-cache: true`
 * fetches the pruned wheels from the index, so its time is a + b/I over the
 * index throughput I (least squares over the measured points); the full entry's
 * job does not depend on I. Keeping the wheels pays below I* = b / (full - a).
 * The full entry's transfer is scaled to other cache throughputs from its bytes.
 */
export function pruneCrossover(lk, latency) {
  const xs = lk.net.index.map((mbps) => ({ inv: 1 / mbps, t: lk.net.blocks[blockName.index(mbps, latency)].s['action warm, prune true']?.median })).filter((p) => Number.isFinite(p.t));
  const full = lk.net.blocks[blockName.cache(lk.net, latency)].s['action warm, prune false']?.median;
  if (xs.length < 2 || !Number.isFinite(full)) return undefined;
  const n = xs.length;
  const mi = xs.reduce((s, p) => s + p.inv, 0) / n;
  const mt = xs.reduce((s, p) => s + p.t, 0) / n;
  const b = xs.reduce((s, p) => s + (p.inv - mi) * (p.t - mt), 0) / xs.reduce((s, p) => s + (p.inv - mi) ** 2, 0);
  const a = mt - b * mi;
  const fullBytes = lk.parts['action warm, prune false']?.cacheBytesDown ?? 0;
  const fullAt = (cacheMBps) => full - (fullBytes / (lk.net.cache.downMBps * 1e6)) * 1000 + (fullBytes / (cacheMBps * 1e6)) * 1000;
  // No trend (b <= 0: the pruned job did not get faster with the index) means no crossover was measured.
  const star = (f) => (b <= 0 ? NaN : f > a ? b / (f - a) : Infinity);
  return { latency, a, b, full, fullBytes, at: Object.fromEntries([50, lk.net.cache.downMBps, 100].map((c) => [c, star(fullAt(c))])) };
}

const mbpsText = (x) => (Number.isNaN(x) ? 'no trend measured' : Number.isFinite(x) ? `${x.toFixed(0)} MB/s` : 'any throughput');

/** The section. */
export function renderNetwork(lk) {
  const net = lk.net;
  if (!net) return ['### With the network', '', 'Not measured in this run (BENCH_NET=0).', ''];
  const points = networkPoints(lk);
  const crossings = net.latency.map((l) => pruneCrossover(lk, l)).filter(Boolean);
  return [
    '### With the network',
    '',
    `Every job reaches the wheel index and the cache service through a proxy on 127.0.0.1 (bench/lib/netem.mjs) that gives it a runner's link: each request waits one round trip before it is forwarded, each new connection two more (TCP and TLS handshakes), and the bytes flow through a token bucket ${net.bucket === 'shared' ? 'shared by all connections to that service (the runner\'s share of its link: parallel downloads do not add up)' : 'per connection (parallel connections add up)'}. MB = 10^6 bytes.`,
    '',
    `- **The cache service**: ${net.cache.downMBps} MB/s down, ${net.cache.upMBps} MB/s up, from these measurements on GitHub-hosted runners (\`@actions/cache\` prints MiB/s as "MBs/sec"; 5% apart, within their spread):`,
    ...CACHE_SOURCES.map(([url, what]) => `  - ${url}: ${what}`),
    ...NOT_FOUND.map((t) => `- ${t}`),
    `- **The grid**: the index at ${net.index.join(', ')} MB/s, each at ${net.latency.join(' and ')} ms per request (the cache service at the same latency). The jobs that fetch no wheel from the index (both setup-uv-style warm jobs, and the action's warm job on its full entry) cannot depend on the index's throughput: they ran once per latency, and their downloads are in the table below (0 expected). ${net.reps} interleaved repetitions per point${net.coldReps < net.reps ? `, the cold jobs ${net.coldReps}` : ''}; loopback is the point without a proxy limit, ${lk.reps} repetitions (${lk.coldReps} cold).`,
    '',
    'Warm (exact hit: each job restores the entry its own cold run saved):',
    '',
    jobTable(points, 'warm'),
    '',
    'Cold (empty cache service; the job saves at the end):',
    '',
    jobTable(points, 'cold'),
    '',
    '(a) against (b) is what targeting saves (the same job, `--all-packages` against the action\'s selection); (b) against the action is what the action\'s cache handling does beyond targeting: an entry per member set, restored beside the venv for hard links, pruned or whole. Where the workspace and the cache share a filesystem, as here, uv hard-links from either cache, so placement adds nothing to (b): what is left is the entry per member set, pruning, and the action\'s own time (detection, the key, the summary).',
    '',
    'The proxies delivered (bytes ÷ the time from the first to the last byte; below the limit where the job did not ask faster, or where this machine\'s CPU, busy with uv and tar, could not forward faster):',
    '',
    achievedTable(lk),
    '',
    'What each job moves (loopback runs; the bytes do not depend on the link):',
    '',
    trafficTable(lk),
    '',
    ...renderCrossover(lk, crossings),
  ];
}

function renderCrossover(lk, crossings) {
  if (crossings.length === 0) return [];
  const c0 = crossings[0];
  const dflt = lk.inputs['prune-cache'];
  return [
    '#### Prune or keep the wheels: the crossover',
    '',
    `The action's warm job with \`prune-cache: true\` fetches the pruned wheels from the index (${fmtBytes(lk.parts['action warm, prune true']?.indexBytesDown ?? 0)}); with \`prune-cache: false\` it restores them from the cache service instead (its entry: ${fmtBytes(c0.fullBytes)}) and extracts them. Fitting the pruned job's times to a + b/I over the index throughput I (b comes out near the bytes it fetches when the transfer is what grows), keeping the wheels pays below the index throughput where the two meet:`,
    '',
    table(
      ['Latency', 'pruned job: a + b/I', 'full entry\'s job', `keep the wheels below (cache at ${lk.net.cache.downMBps} MB/s)`, 'at 50 MB/s', 'at 100 MB/s'],
      crossings.map((c) => [`${c.latency} ms`, `${fmtMs(c.a)} + ${(c.b / 1000).toFixed(0)} MB / I`, fmtMs(c.full), `**${mbpsText(c.at[lk.net.cache.downMBps])}**`, mbpsText(c.at[50]), mbpsText(c.at[100])]),
    ),
    '',
    `The 50 and 100 MB/s columns move the full entry's transfer to the ends of the published cache throughputs (its bytes at that rate); everything else is measured. Where the index delivered less than its limit (the table above), uv's own download-and-unpack, not the link, set the pace on this machine's 2 cores; more cores speed uv's parallel unpacking more than the archive's extraction, which would move the crossover down (not measured here). Where the index delivers less than the crossover, \`prune-cache: false\` is the faster warm job; above it, \`prune-cache: true\`. The default here is \`prune-cache: ${dflt}\` (README, Cache).`,
    '',
  ];
}
