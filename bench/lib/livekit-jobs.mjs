// The jobs the real-workspace bench times (bench/livekit.mjs), set up once:
// livekit/agents from the corpus (lib/livekit.mjs) as a git repository with a
// one-plugin change, its real PyPI wheels served from 127.0.0.1, the local
// cache service (lib/cache-service.mjs), and a network proxy (lib/netem.mjs)
// in front of each, so every job reaches the index and the cache service
// through the link of the point being measured. The jobs:
//   - setupUvJob: restore the uv cache whole with @actions/cache, `uv sync`
//     (every member, or the action's `--package` selection), save on a miss;
//   - actionJob: dist/main then dist/post, as the runner runs them, with the
//     time uv, tar and the blob transfer took inside each step;
//   - sync: `uv sync` alone on a cache already in place.
import { existsSync, readFileSync, renameSync, statSync } from 'node:fs';
import { appendFile, chmod, mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runPost, runStep } from '../../scripts/lib/runner.mjs';
import { startCacheService } from './cache-service.mjs';
import { corpusDir, ensureLivekitWheelhouse, findPython312, materialise, rewriteLock } from './livekit.mjs';
import { run } from './measure.mjs';
import { startNetem } from './netem.mjs';
import { git, installedCount } from './repo.mjs';
import { serveWheelhouse } from './wheelhouse.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..', '..');

/** Plugins to try, in order, for the one-plugin change: the first that nothing else depends on. */
const PREFERRED = ['livekit-plugins-deepgram', 'livekit-plugins-anthropic', 'livekit-plugins-cartesia', 'livekit-plugins-groq'];

/** The setup-uv-style jobs' keys: one per selection, as two workflows syncing differently would have. */
const SETUP_UV_KEY = { all: 'setup-uv-1-linux-x86_64-3.12-livekit', targeted: 'setup-uv-1-linux-x86_64-3.12-livekit-targeted' };

/** A shim that runs the real command and appends `name first-arg start end` (µs since the epoch, from bash, no fork) to $BENCH_TIMES. */
async function writeShim(dir, name, real) {
  const file = path.join(dir, name);
  await writeFile(
    file,
    `#!/bin/bash\ns=$EPOCHREALTIME\n${JSON.stringify(real)} "$@"\nrc=$?\ne=$EPOCHREALTIME\n[ -n "$BENCH_TIMES" ] && echo "${name} \${1:--} $s $e" >> "$BENCH_TIMES"\nexit $rc\n`,
  );
  await chmod(file, 0o755);
}

/**
 * ms per shimmed command from a times file (and empties it); tar's listing
 * (`-tf`) and extraction (`-xf`) apart too; `busy`: the time any of them ran
 * (main runs `uv --version` and `uv python find` at once, so their sum would
 * count the overlap twice).
 */
async function readTimes(file) {
  const totals = { uv: 0, tar: 0, tarList: 0, tarExtract: 0, busy: 0 };
  const text = existsSync(file) ? readFileSync(file, 'utf8') : '';
  const spans = [];
  for (const line of text.split('\n').filter(Boolean)) {
    const [name, arg, s, e] = line.split(' ');
    const us = (t) => BigInt(t.replace('.', ''));
    const took = Number(us(e) - us(s)) / 1000;
    spans.push([us(s), us(e)]);
    totals[name] = (totals[name] ?? 0) + took;
    if (name === 'tar' && arg.startsWith('-t')) totals.tarList += took;
    if (name === 'tar' && arg.startsWith('-x')) totals.tarExtract += took;
  }
  let until = 0n;
  for (const [s, e] of spans.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))) {
    if (e > until) totals.busy += Number(e - (s > until ? s : until)) / 1000;
    if (e > until) until = e;
  }
  await writeFile(file, '');
  return totals;
}

function which(cmd) {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    const f = path.join(dir, cmd);
    if (existsSync(f) && statSync(f).isFile()) return f;
  }
  throw new Error(`${cmd} is not on PATH`);
}

/** An input's default from action.yml (the runner passes defaults as INPUT_*). */
function readDefault(name) {
  const text = readFileSync(path.join(root, 'action.yml'), 'utf8');
  const m = new RegExp(`^  ${name}:\\n(?:    .*\\n)*?    default: '?([^'\\n]*)'?$`, 'm').exec(text);
  return m?.[1];
}

/** Why the real workspace cannot be measured here, or undefined. */
export function livekitMissing(ctx) {
  if (!findPython312()) return 'no CPython 3.12 found (set BENCH_PYTHON): the livekit/agents lock needs >=3.12';
  if (!existsSync(path.join(corpusDir(root), 'uv.lock'))) return `no corpus entry at ${corpusDir(root)} (set BENCH_CORPUS)`;
  if (!ctx.actionDist || !ctx.cli) return 'dist/main, dist/post and dist/cli must be built (npm run build)';
  return undefined;
}

/** The repository: base commit, then one plugin's source changed. Resolves with the plugin, the path and both commits. */
async function commitChange({ repo, corpus, nodeBin, cli }) {
  await writeFile(path.join(repo, '.gitignore'), '.venv/\n');
  await git(repo, 'init', '-q', '-b', 'main');
  await git(repo, 'add', '-A');
  await git(repo, 'commit', '-q', '-m', 'base');
  const base = await git(repo, 'rev-parse', 'HEAD');
  const files = readFileSync(path.join(corpus, 'FILES.txt'), 'utf8').split('\n');
  for (const name of PREFERRED) {
    const file = files.find((f) => f.startsWith(`livekit-plugins/${name}/`) && f.endsWith('/__init__.py'));
    if (!file) continue;
    const r = await run(nodeBin, [cli.path, 'affected', '--files', '-', '--json'], { cwd: repo, input: `${file}\n` });
    const names = JSON.parse(r.stdout).members.map((m) => m.name);
    if (names.length !== 1 || names[0] !== name) continue;
    await appendFile(path.join(repo, file), 'CHANGED = True\n');
    await git(repo, 'commit', '-q', '-am', `change ${name}`);
    return { plugin: name, changedPath: file, base, head: await git(repo, 'rev-parse', 'HEAD') };
  }
  throw new Error(`none of ${PREFERRED.join(', ')} is a plugin that nothing depends on`);
}

/** The environment every job starts from: no runner or uv settings of the caller's, the shims first on PATH, the index behind its proxy. */
function jobEnv({ shims, python, indexUrl }) {
  const env = { ...process.env };
  for (const k of Object.keys(env)) if (k.startsWith('UV_') || k === 'VIRTUAL_ENV' || k.startsWith('ACTIONS_') || k.startsWith('GITHUB_') || k.startsWith('INPUT_') || k.startsWith('STATE_')) delete env[k];
  return Object.assign(env, {
    PATH: `${shims}${path.delimiter}${process.env.PATH}`,
    UV_PYTHON_DOWNLOADS: 'never',
    UV_NO_CONFIG: '1',
    UV_NO_PROGRESS: '1',
    NO_COLOR: '1',
    UV_PYTHON: python,
    UV_DEFAULT_INDEX: indexUrl,
  });
}

/**
 * Builds the workspace and everything the jobs need; resolves with the jobs,
 * the facts about the workspace, the two proxies (`net.index`, `net.cache`:
 * set their limits per point) and close().
 */
export async function setUpLivekit(ctx) {
  const { tmp, uv, log, nodeBin, cli, actionDist } = ctx;
  const python = findPython312();
  const corpus = corpusDir(root);
  const repo = path.join(tmp, 'livekit');
  const shape = materialise(corpus, repo);
  const whDir = path.resolve(process.env.BENCH_WHEELHOUSE ?? path.join(root, '.tools', 'wheelhouse-livekit'));
  const wh = ensureLivekitWheelhouse({ workspace: repo, dir: whDir, uv, python, log });
  const server = await serveWheelhouse(whDir, wh.files);
  const warmService = await startCacheService(nodeBin);
  const net = { index: await startNetem(server.url.replace(/simple\/$/, '')), cache: await startNetem(warmService.url) };
  const close = async () => {
    await net.index.close();
    await net.cache.close();
    await warmService.close();
    await server.close();
  };
  try {
    // uv compares the lock's registry with the configured index literally: no trailing slash on either.
    const indexUrl = `${net.index.url}simple`;
    const lockRewrite = rewriteLock(path.join(repo, 'uv.lock'), indexUrl, wh.files);
    const shims = path.join(tmp, 'shims');
    await mkdir(shims, { recursive: true });
    await writeShim(shims, 'uv', uv);
    await writeShim(shims, 'tar', which('tar'));
    const times = path.join(tmp, 'shim-times');
    await writeFile(times, '');
    const runnerTemp = path.join(tmp, 'runner-temp');
    await mkdir(runnerTemp, { recursive: true });
    const baseEnv = jobEnv({ shims, python, indexUrl });
    const change = await commitChange({ repo, corpus, nodeBin, cli });
    const members = JSON.parse((await run(nodeBin, [cli.path, 'members', '--json'], { cwd: repo })).stdout).length;
    const facts = {
      corpus: path.relative(root, corpus),
      commit: readFileSync(path.join(corpus, 'COMMIT.txt'), 'utf8').split('\n')[0],
      members,
      shape,
      wheelhouse: { files: wh.files.length, bytes: wh.bytes, packages: wh.packages, droppedLockWheels: lockRewrite.dropped },
      python,
      plugin: change.plugin,
      changedPath: change.changedPath,
    };
    const jobs = makeJobs({ ...ctx, repo, baseEnv, times, runnerTemp, server, net, warmService, change, actionDist, nodeBin });
    return { facts, jobs, net, warmService, server, close };
  } catch (error) {
    await close();
    throw error;
  }
}

/** What went through a proxy during a job: bytes each way and requests. */
function traffic(proxy) {
  return { bytesDown: proxy.stats.down.bytes, bytesUp: proxy.stats.up.bytes, requests: proxy.stats.requests, achievedMBps: proxy.achievedDownMBps() };
}

function makeJobs(h) {
  const { repo, baseEnv, times, runnerTemp, server, net, warmService, change, actionDist, nodeBin, tmp } = h;
  const venv = path.join(repo, '.venv');
  const uvEnv = (cacheDir, extra = {}) => ({ ...baseEnv, UV_CACHE_DIR: cacheDir, UV_LINK_MODE: 'hardlink', ...extra });
  const cacheDirs = { setupUv: path.join(tmp, 'lk-cache-setup-uv'), action: path.join(tmp, 'lk-cache-action'), warm: path.join(tmp, 'lk-cache-warm') };
  const targetArgs = ['--package', change.plugin];
  // The cache service as the job sees it: its env, with the proxy's address for the service's own.
  const serviceEnv = (service) => ({ ...service.env, ACTIONS_RESULTS_URL: net.cache.url });
  const resetTraffic = () => {
    net.index.resetStats();
    net.cache.resetStats();
  };
  const jobTraffic = () => ({ index: traffic(net.index), cache: traffic(net.cache) });

  const sync = async (cacheDir, args, extra) => {
    await rm(venv, { recursive: true, force: true });
    const r = await run(h.uv, ['sync', '--locked', ...args], { cwd: repo, env: uvEnv(cacheDir, extra) });
    return { ms: r.ms, installed: installedCount(venv) };
  };
  const actionsCache = async (service, op, dir, key) => {
    const r = await run(nodeBin, [path.join(here, 'actions-cache.mjs'), op, dir, key], { cwd: repo, env: { ...baseEnv, ...serviceEnv(service), RUNNER_TEMP: runnerTemp } });
    return { ms: r.ms, ...JSON.parse(r.stdout.trim().split('\n').at(-1)) };
  };

  /** setup-uv's way: restore the cache dir whole, sync, and (its post step) save the whole dir on a miss. */
  const setupUvJob = async (service, selection = 'all') => {
    const dir = cacheDirs.setupUv;
    await rm(venv, { recursive: true, force: true });
    await rm(dir, { recursive: true, force: true });
    resetTraffic();
    const downloadsBefore = server.stats.downloads;
    const restore = await actionsCache(service, 'restore', dir, SETUP_UV_KEY[selection]);
    const s = await sync(dir, selection === 'all' ? ['--all-packages'] : targetArgs);
    const saved = !restore.hit ? await actionsCache(service, 'save', dir, SETUP_UV_KEY[selection]) : { ms: 0 };
    return { ms: restore.ms + s.ms + saved.ms, restore: restore.ms, sync: s.ms, save: saved.ms, hit: restore.hit, installed: s.installed, downloads: server.stats.downloads - downloadsBefore, ...jobTraffic() };
  };

  const inputs = {
    'working-directory': '.',
    mode: 'sync',
    base: change.base,
    head: change.head,
    'sync-args': '--locked',
    cache: 'true',
    'cache-dir': cacheDirs.action,
    'save-cache': 'auto',
    'prune-cache': readDefault('prune-cache') ?? 'true',
    'link-mode': 'auto',
    summary: 'true',
    debug: 'false',
    'github-token': '',
    shards: '0',
  };
  const event = path.join(tmp, 'lk-event.json');
  const eventWritten = writeFile(event, JSON.stringify({ before: change.base, after: change.head, ref: 'refs/heads/main', repository: { default_branch: 'main' } }));

  /** The action's job: dist/main, then dist/post with main's state, on an empty cache dir and a fresh venv. */
  const actionJob = async (service, prune) => {
    await eventWritten;
    await rm(venv, { recursive: true, force: true });
    await rm(cacheDirs.action, { recursive: true, force: true });
    await service.reset();
    await readTimes(times);
    resetTraffic();
    const downloadsBefore = server.stats.downloads;
    const stepEnv = {
      ...baseEnv,
      ...serviceEnv(service),
      BENCH_TIMES: times,
      GITHUB_ACTIONS: 'true',
      GITHUB_ACTION: '__bench_uv-workspace-sync',
      GITHUB_WORKSPACE: repo,
      GITHUB_EVENT_NAME: 'push',
      GITHUB_EVENT_PATH: event,
      GITHUB_SHA: change.head,
      GITHUB_REF: 'refs/heads/main',
      GITHUB_REPOSITORY: 'bench/livekit-agents',
      RUNNER_TEMP: runnerTemp,
      RUNNER_OS: 'Linux',
    };
    // prune-cache false gets its own entry (the key says `full`); the suffix keeps it apart from older builds' keys too.
    const stepInputs = { ...inputs, ...(prune === false ? { 'prune-cache': 'false', 'cache-key-suffix': 'unpruned' } : { 'prune-cache': 'true' }) };
    const main = await runStep(actionDist.main, { inputs: stepInputs, baseEnv: stepEnv, cwd: repo, node: nodeBin });
    if (main.code !== 0) throw new Error(`dist/main failed: ${main.stdout.split('\n').slice(-8).join(' | ')}`);
    const mainTimes = await readTimes(times);
    const mainTransfer = (await service.stats()).getMs;
    await service.reset();
    // Post runs only when action.yml's post-if lets the runner start it (a skipped post costs nothing).
    const post = await runPost(actionDist.post, main, { inputs: stepInputs, baseEnv: stepEnv, cwd: repo, node: nodeBin });
    if (post.code !== 0) throw new Error(`dist/post failed: ${post.stdout.split('\n').slice(-8).join(' | ')}`);
    const postTimes = await readTimes(times);
    const postTransfer = (await service.stats()).putMs;
    const own = (wall, t, transfer) => wall - t.busy - transfer;
    return {
      ms: main.durationMs + post.durationMs,
      hit: main.outputs['cache-hit'],
      main: main.durationMs,
      post: post.durationMs,
      mainUv: mainTimes.uv,
      mainTar: mainTimes.tar,
      mainTarList: mainTimes.tarList,
      mainTarExtract: mainTimes.tarExtract,
      mainTransfer,
      postUv: postTimes.uv,
      postTar: postTimes.tar,
      postTransfer,
      mainOwn: own(main.durationMs, mainTimes, mainTransfer),
      postOwn: own(post.durationMs, postTimes, postTransfer),
      // 0 when action.yml's post-if kept the runner from starting post (main said it had nothing to do).
      postStarted: post.skipped ? 0 : 1,
      own: own(main.durationMs, mainTimes, mainTransfer) + own(post.durationMs, postTimes, postTransfer),
      members: main.outputs.members,
      downloads: server.stats.downloads - downloadsBefore,
      ...jobTraffic(),
    };
  };

  /** Runs fn(service) against an empty cache service (a cold job), the cache proxy pointed at it meanwhile. */
  const withColdService = async (fn) => {
    const service = await startCacheService(nodeBin);
    net.cache.retarget(service.url);
    try {
      return await fn(service);
    } finally {
      net.cache.retarget(warmService.url);
      await service.close();
    }
  };

  /**
   * The warm service's entries, each saved by one cold job of its kind (on
   * loopback): the setup-uv-style caches of both selections, the action's
   * pruned and full entries; and a warm cache in place for uv alone.
   */
  const prime = async (log) => {
    log('livekit: priming: one cold `uv sync --all-packages` (every wheel from the loopback index, every member built)');
    const all = await setupUvJob(warmService, 'all');
    log(`livekit: primed in ${(all.sync / 1000).toFixed(1)} s (${all.installed} packages); whole cache saved in ${(all.save / 1000).toFixed(1)} s`);
    renameSync(cacheDirs.setupUv, cacheDirs.warm);
    const targeted = await setupUvJob(warmService, 'targeted');
    const action = await actionJob(warmService, true);
    log(`livekit: the action's entries: pruned (${(action.ms / 1000).toFixed(1)} s, members ${action.members}), then full`);
    await actionJob(warmService, false);
    return { all, targeted, action, installed: { all: all.installed, targeted: targeted.installed } };
  };

  return {
    sync,
    setupUvJob,
    actionJob,
    withColdService,
    prime,
    warmCache: cacheDirs.warm,
    targetArgs,
    inputs: { 'sync-args': inputs['sync-args'], 'prune-cache': inputs['prune-cache'] },
  };
}
