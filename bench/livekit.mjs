// The job benchmark on a real workspace: livekit/agents from the corpus (see
// lib/livekit.mjs and lib/livekit-jobs.mjs), real PyPI wheels from a loopback
// index, the real @actions/cache client against the local cache service, both
// behind a proxy that gives them a runner's link (lib/netem.mjs). For a
// one-plugin change, one interleaved run compares at each point:
//   (a) a setup-uv-style job (restore the whole uv cache, `uv sync
//       --all-packages`, save on a miss) and (b) the same job syncing the
//       action's `--package` selection, against this action's job (dist/main
//       then dist/post) with `prune-cache` true and false; warm (exact cache
//       hit) and cold (empty cache service).
// The points: loopback (no limit: the bytes cost nothing to move), where uv
// alone, hard links against copies and the action's own time per step are
// measured too; then the network grid: the cache service at the throughput
// published for GitHub-hosted runners, the index at each throughput of the
// sweep, each latency of the sweep. A warm job that fetches nothing from the
// index (the setup-uv-style jobs, the action's full entry) does not depend on
// the index's throughput: it runs once per latency, and the downloads it made
// are recorded so the report can check that.
import { interleaveBlocks, median, run } from './lib/measure.mjs';
import { livekitMissing, setUpLivekit } from './lib/livekit-jobs.mjs';
import { blockName } from './lib/points.mjs';

/**
 * GitHub's cache service as a hosted runner sees it (MB/s, 10^6 bytes):
 * downloads 50–100 MB/s and uploads faster in the measurements bench/results.md
 * cites; 80 down, 120 up here. BENCH_NET_CACHE=DOWN/UP overrides.
 */
const GITHUB_CACHE = { downMBps: 80, upMBps: 120 };

/** The sweep: BENCH_NET=0 skips it; BENCH_NET_INDEX, BENCH_NET_LATENCY (comma lists), BENCH_NET_CACHE, BENCH_NET_BUCKET, BENCH_NET_REPS, BENCH_NET_COLD_REPS. */
function networkPlan(quick) {
  if (process.env.BENCH_NET === '0') return undefined;
  const list = (v, d) => (v ? v.split(',').map(Number).filter((x) => x > 0 || x === 0) : d);
  const [down, up] = (process.env.BENCH_NET_CACHE ?? `${GITHUB_CACHE.downMBps}/${GITHUB_CACHE.upMBps}`).split('/').map(Number);
  return {
    index: list(process.env.BENCH_NET_INDEX, [25, 100, 400]),
    latency: list(process.env.BENCH_NET_LATENCY, [20, 60]),
    cache: { downMBps: down, upMBps: up || down },
    bucket: process.env.BENCH_NET_BUCKET === 'connection' ? 'connection' : 'shared',
    reps: Number(process.env.BENCH_NET_REPS ?? (quick ? 1 : 3)),
    coldReps: Number(process.env.BENCH_NET_COLD_REPS ?? 1),
  };
}

/** The index throughput a block whose jobs download nothing from it runs at: the middle of the sweep. */
const middle = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Median of every number in the samples' objects, nested traffic objects flattened (`index.bytesDown` → `indexBytesDown`). */
function partsOf(v) {
  const flat = v.all.map((x) => {
    const o = {};
    for (const [k, val] of Object.entries(x)) {
      if (val && typeof val === 'object') for (const [k2, v2] of Object.entries(val)) o[`${k}${k2[0].toUpperCase()}${k2.slice(1)}`] = v2;
      else o[k] = val;
    }
    return o;
  });
  const keys = [...new Set(flat.flatMap(Object.keys))];
  const parts = {};
  for (const k of keys) {
    const xs = flat.map((o) => o[k]).filter((x) => typeof x === 'number' && !Number.isNaN(x));
    if (xs.length) parts[k] = median(xs);
  }
  if (v.extra?.hit !== undefined) parts.hit = v.extra.hit;
  return parts;
}

export async function benchLivekit(ctx) {
  const { log, nodeBin } = ctx;
  const missing = livekitMissing(ctx);
  if (missing) return { skipped: missing };
  const reps = ctx.quick ? ctx.reps : Math.max(7, ctx.reps);
  // The cold jobs and the copies take minutes on a shared 2-core machine: fewer of them by default.
  const coldReps = Math.min(reps, Number(process.env.BENCH_COLD_REPS ?? 3));
  const net = networkPlan(ctx.quick);
  const lk = await setUpLivekit(ctx);
  try {
    const j = lk.jobs;
    const primed = await j.prime(log);
    const warm = lk.warmService;
    const cold = (fn) => () => j.withColdService(fn);
    const setLinks = (index, cache) => {
      lk.net.index.set(index);
      lk.net.cache.set(cache);
    };
    const blocks = [
      {
        name: 'loopback',
        before: () => setLinks({}, {}),
        variants: {
          'setup-uv warm': { reps, fn: () => j.setupUvJob(warm, 'all') },
          'setup-uv warm, targeted': { reps, fn: () => j.setupUvJob(warm, 'targeted') },
          'action warm, prune true': { reps, fn: () => j.actionJob(warm, true) },
          'action warm, prune false': { reps, fn: () => j.actionJob(warm, false) },
          'uv all warm': { reps, fn: () => j.sync(j.warmCache, ['--all-packages']) },
          'uv targeted warm': { reps, fn: () => j.sync(j.warmCache, j.targetArgs) },
          'uv all copy': { reps: coldReps, fn: () => j.sync(j.warmCache, ['--all-packages'], { UV_LINK_MODE: 'copy' }) },
          'uv targeted copy': { reps: coldReps, fn: () => j.sync(j.warmCache, j.targetArgs, { UV_LINK_MODE: 'copy' }) },
          'setup-uv cold': { reps: coldReps, fn: cold((svc) => j.setupUvJob(svc, 'all')) },
          'setup-uv cold, targeted': { reps: coldReps, fn: cold((svc) => j.setupUvJob(svc, 'targeted')) },
          'action cold, prune true': { reps: coldReps, fn: cold((svc) => j.actionJob(svc, true)) },
          'action cold, prune false': { reps: coldReps, fn: cold((svc) => j.actionJob(svc, false)) },
          'node -e 0': { reps, fn: async () => (await run(nodeBin, ['-e', '0'])).ms },
        },
      },
    ];
    if (net) {
      const link = (mbps, latencyMs, up = mbps) => ({ downMBps: mbps, upMBps: up, latencyMs, bucket: net.bucket });
      const cacheLink = (latency) => link(net.cache.downMBps, latency, net.cache.upMBps);
      for (const latency of net.latency) {
        blocks.push({
          name: blockName.cache(net, latency),
          before: () => setLinks(link(middle(net.index), latency), cacheLink(latency)),
          variants: {
            'setup-uv warm': { reps: net.reps, fn: () => j.setupUvJob(warm, 'all') },
            'setup-uv warm, targeted': { reps: net.reps, fn: () => j.setupUvJob(warm, 'targeted') },
            'action warm, prune false': { reps: net.reps, fn: () => j.actionJob(warm, false) },
          },
        });
        for (const mbps of net.index) {
          blocks.push({
            name: blockName.index(mbps, latency),
            before: () => setLinks(link(mbps, latency), cacheLink(latency)),
            variants: {
              'action warm, prune true': { reps: net.reps, fn: () => j.actionJob(warm, true) },
              'setup-uv cold': { reps: net.coldReps, fn: cold((svc) => j.setupUvJob(svc, 'all')) },
              'setup-uv cold, targeted': { reps: net.coldReps, fn: cold((svc) => j.setupUvJob(svc, 'targeted')) },
              'action cold, prune true': { reps: net.coldReps, fn: cold((svc) => j.actionJob(svc, true)) },
              'action cold, prune false': { reps: net.coldReps, fn: cold((svc) => j.actionJob(svc, false)) },
            },
          });
        }
      }
    }
    // BENCH_JOBS=REGEX: only the jobs whose names match (to re-measure one comparison; the report then has gaps).
    const only = process.env.BENCH_JOBS ? new RegExp(process.env.BENCH_JOBS) : undefined;
    if (only) for (const b of blocks) for (const name of Object.keys(b.variants)) if (!only.test(name)) b.variants[name].reps = 0;
    log(`livekit: ${blocks.length} points; loopback ${reps} repetitions (${coldReps} of the cold jobs)${net ? `, network ${net.reps} (${net.coldReps} cold)` : ''}, interleaved`);
    const measured = await interleaveBlocks(blocks, { log });
    const partsOfBlock = (b) => Object.fromEntries(Object.entries(b).map(([name, v]) => [name, partsOf(v)]));
    const loop = measured.loopback;
    return {
      ...lk.facts,
      installed: primed.installed,
      prime: { ms: primed.all.sync, saveMs: primed.all.save, action: primed.action },
      inputs: lk.jobs.inputs,
      reps,
      coldReps,
      s: loop,
      parts: partsOfBlock(loop),
      net: net && {
        ...net,
        blocks: Object.fromEntries(Object.entries(measured).filter(([name]) => name !== 'loopback').map(([name, b]) => [name, { s: b, parts: partsOfBlock(b) }])),
      },
    };
  } finally {
    await lk.close();
  }
}
