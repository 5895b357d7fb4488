// The job benchmark on a real workspace: livekit/agents from the corpus (see
// lib/livekit.mjs), real PyPI wheels from a loopback index, the real
// @actions/cache client against the local cache service. One interleaved run
// compares, for a one-plugin change:
//   (a) a setup-uv-style job (restore the whole uv cache, `uv sync
//       --all-packages`, save on a miss) against this action's job (dist/main
//       then dist/post, its defaults), warm (exact cache hit) and cold (empty
//       cache service);
//   (b) uv alone: `--package <affected>` against `--all-packages`, warm (the
//       cache in place) and cold (from the cold jobs: the same commands on an
//       empty cache);
//   (c) hard links against copies, warm, every member;
//   (d) the action's own time per step: each step's wall time minus uv (timed
//       by a shim on PATH), tar (the archive, timed the same way) and the blob
//       transfer (timed by the cache service).
import { existsSync, readFileSync, renameSync, statSync } from 'node:fs';
import { appendFile, chmod, mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runStep } from '../scripts/lib/runner.mjs';
import { startCacheService } from './lib/cache-service.mjs';
import { corpusDir, ensureLivekitWheelhouse, findPython312, materialise, rewriteLock } from './lib/livekit.mjs';
import { interleave, median, run } from './lib/measure.mjs';
import { git, installedCount } from './lib/repo.mjs';
import { serveWheelhouse } from './lib/wheelhouse.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.dirname(here);

/** Plugins to try, in order, for the one-plugin change: the first that nothing else depends on. */
const PREFERRED = ['livekit-plugins-deepgram', 'livekit-plugins-anthropic', 'livekit-plugins-cartesia', 'livekit-plugins-groq'];

/** A shim that runs the real command and appends `name start end` (µs since the epoch, from bash, no fork) to $BENCH_TIMES. */
async function writeShim(dir, name, real) {
  const file = path.join(dir, name);
  await writeFile(
    file,
    `#!/bin/bash\ns=$EPOCHREALTIME\n${JSON.stringify(real)} "$@"\nrc=$?\ne=$EPOCHREALTIME\n[ -n "$BENCH_TIMES" ] && echo "${name} $s $e" >> "$BENCH_TIMES"\nexit $rc\n`,
  );
  await chmod(file, 0o755);
}

/** ms per shimmed command from a times file (and empties it). */
async function readTimes(file) {
  const totals = { uv: 0, tar: 0 };
  const text = existsSync(file) ? readFileSync(file, 'utf8') : '';
  for (const line of text.split('\n').filter(Boolean)) {
    const [name, s, e] = line.split(' ');
    const us = (t) => BigInt(t.replace('.', ''));
    totals[name] = (totals[name] ?? 0) + Number(us(e) - us(s)) / 1000;
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

export async function benchLivekit(ctx) {
  const { tmp, uv, log, nodeBin, cli, actionDist } = ctx;
  const reps = ctx.quick ? ctx.reps : Math.max(7, ctx.reps);
  // The cold jobs and the copies take minutes on a shared 2-core machine: fewer of them by default.
  const coldReps = Math.min(reps, Number(process.env.BENCH_COLD_REPS ?? 3));
  const python = findPython312();
  const corpus = corpusDir(root);
  if (!python) return { skipped: 'no CPython 3.12 found (set BENCH_PYTHON): the livekit/agents lock needs >=3.12' };
  if (!existsSync(path.join(corpus, 'uv.lock'))) return { skipped: `no corpus entry at ${corpus} (set BENCH_CORPUS)` };
  if (!actionDist || !cli) return { skipped: 'dist/main, dist/post and dist/cli must be built (npm run build)' };

  const repo = path.join(tmp, 'livekit');
  const shape = materialise(corpus, repo);
  const wh = ensureLivekitWheelhouse({ workspace: repo, dir: path.join(root, '.tools', 'wheelhouse-livekit'), uv, python, log });
  const server = await serveWheelhouse(path.join(root, '.tools', 'wheelhouse-livekit'), wh.files);
  const warmService = await startCacheService(nodeBin);
  try {
    // uv compares the lock's registry with the configured index literally: no trailing slash on either.
    const indexUrl = server.url.replace(/\/$/, '');
    const lockRewrite = rewriteLock(path.join(repo, 'uv.lock'), indexUrl, wh.files);
    const shims = path.join(tmp, 'shims');
    await mkdir(shims, { recursive: true });
    await writeShim(shims, 'uv', uv);
    await writeShim(shims, 'tar', which('tar'));
    const times = path.join(tmp, 'shim-times');
    await writeFile(times, '');

    const baseEnv = { ...process.env };
    for (const k of Object.keys(baseEnv)) if (k.startsWith('UV_') || k === 'VIRTUAL_ENV' || k.startsWith('ACTIONS_') || k.startsWith('GITHUB_') || k.startsWith('INPUT_') || k.startsWith('STATE_')) delete baseEnv[k];
    Object.assign(baseEnv, {
      PATH: `${shims}${path.delimiter}${process.env.PATH}`,
      UV_PYTHON_DOWNLOADS: 'never',
      UV_NO_CONFIG: '1',
      UV_NO_PROGRESS: '1',
      NO_COLOR: '1',
      UV_PYTHON: python,
      UV_DEFAULT_INDEX: indexUrl,
    });
    const uvEnv = (cacheDir, extra = {}) => ({ ...baseEnv, UV_CACHE_DIR: cacheDir, UV_LINK_MODE: 'hardlink', ...extra });
    const venv = path.join(repo, '.venv');
    const sync = async (cacheDir, args, extra) => {
      await rm(venv, { recursive: true, force: true });
      const r = await run(uv, ['sync', '--locked', ...args], { cwd: repo, env: uvEnv(cacheDir, extra) });
      return { ms: r.ms, installed: installedCount(venv) };
    };

    // The repository: base commit, then one plugin's source changed.
    await writeFile(path.join(repo, '.gitignore'), '.venv/\n');
    await git(repo, 'init', '-q', '-b', 'main');
    await git(repo, 'add', '-A');
    await git(repo, 'commit', '-q', '-m', 'base');
    const base = await git(repo, 'rev-parse', 'HEAD');
    const files = readFileSync(path.join(corpus, 'FILES.txt'), 'utf8').split('\n');
    let plugin;
    let changedPath;
    for (const name of PREFERRED) {
      const file = files.find((f) => f.startsWith(`livekit-plugins/${name}/`) && f.endsWith('/__init__.py'));
      if (!file) continue;
      const r = await run(nodeBin, [cli.path, 'affected', '--files', '-', '--json'], { cwd: repo, input: `${file}\n` });
      const names = JSON.parse(r.stdout).members.map((m) => m.name);
      if (names.length === 1 && names[0] === name) {
        plugin = name;
        changedPath = file;
        break;
      }
    }
    if (!plugin) throw new Error(`none of ${PREFERRED.join(', ')} is a plugin that nothing depends on`);
    await appendFile(path.join(repo, changedPath), 'CHANGED = True\n');
    await git(repo, 'commit', '-q', '-am', `change ${plugin}`);
    const head = await git(repo, 'rev-parse', 'HEAD');
    const members = JSON.parse((await run(nodeBin, [cli.path, 'members', '--json'], { cwd: repo })).stdout).length;

    // The setup-uv-style job's cache: one cold sync of everything, saved whole.
    const cacheS = path.join(tmp, 'lk-cache-setup-uv');
    const cacheA = path.join(tmp, 'lk-cache-action');
    const cacheWarm = path.join(tmp, 'lk-cache-warm');
    const setupUvKey = 'setup-uv-1-linux-x86_64-3.12-livekit';
    const actionsCache = async (service, op, dir, key) => {
      const r = await run(nodeBin, [path.join(here, 'lib', 'actions-cache.mjs'), op, dir, key], { cwd: repo, env: { ...baseEnv, ...service.env, RUNNER_TEMP: path.join(tmp, 'runner-temp') } });
      return { ms: r.ms, ...JSON.parse(r.stdout.trim().split('\n').at(-1)) };
    };
    await mkdir(path.join(tmp, 'runner-temp'), { recursive: true });
    log('livekit: priming: one cold `uv sync --all-packages` (every wheel from the loopback index, every member built)');
    const prime = await sync(cacheS, ['--all-packages']);
    const primeSave = await actionsCache(warmService, 'save', cacheS, setupUvKey);
    log(`livekit: primed in ${(prime.ms / 1000).toFixed(1)} s (${prime.installed} packages); whole cache saved in ${(primeSave.ms / 1000).toFixed(1)} s`);
    renameSync(cacheS, cacheWarm);
    const targetArgs = ['--package', plugin];
    const targetedInstalled = (await sync(cacheWarm, targetArgs)).installed;

    const inputs = {
      'working-directory': '.',
      mode: 'sync',
      base,
      head,
      'sync-args': '--locked',
      cache: 'true',
      'cache-dir': cacheA,
      'save-cache': 'auto',
      'prune-cache': readDefault('prune-cache') ?? 'true',
      'link-mode': 'auto',
      summary: 'true',
      debug: 'false',
      'github-token': '',
      shards: '0',
    };
    const event = path.join(tmp, 'lk-event.json');
    await writeFile(event, JSON.stringify({ before: base, after: head, ref: 'refs/heads/main', repository: { default_branch: 'main' } }));
    const actionJob = async (service, extraInputs = {}) => {
      await rm(venv, { recursive: true, force: true });
      await rm(cacheA, { recursive: true, force: true });
      await service.reset();
      await readTimes(times);
      const downloadsBefore = server.stats.downloads;
      const stepEnv = {
        ...baseEnv,
        ...service.env,
        BENCH_TIMES: times,
        GITHUB_ACTIONS: 'true',
        GITHUB_WORKSPACE: repo,
        GITHUB_EVENT_NAME: 'push',
        GITHUB_EVENT_PATH: event,
        GITHUB_SHA: head,
        GITHUB_REF: 'refs/heads/main',
        GITHUB_REPOSITORY: 'bench/livekit-agents',
        RUNNER_TEMP: path.join(tmp, 'runner-temp'),
        RUNNER_OS: 'Linux',
      };
      const stepInputs = { ...inputs, ...extraInputs };
      const main = await runStep(actionDist.main, { inputs: stepInputs, baseEnv: stepEnv, cwd: repo, node: nodeBin });
      if (main.code !== 0) throw new Error(`dist/main failed: ${main.stdout.split('\n').slice(-8).join(' | ')}`);
      const mainTimes = await readTimes(times);
      const mainTransfer = (await service.stats()).getMs;
      await service.reset();
      const post = await runStep(actionDist.post, { inputs: stepInputs, baseEnv: { ...stepEnv, ...main.exportedEnv }, state: main.state, cwd: repo, node: nodeBin });
      const postTimes = await readTimes(times);
      const postTransfer = (await service.stats()).putMs;
      const own = (wall, t, transfer) => wall - t.uv - t.tar - transfer;
      return {
        ms: main.durationMs + post.durationMs,
        hit: main.outputs['cache-hit'],
        main: main.durationMs,
        post: post.durationMs,
        mainUv: mainTimes.uv,
        mainTar: mainTimes.tar,
        mainTransfer,
        postUv: postTimes.uv,
        postTar: postTimes.tar,
        postTransfer,
        mainOwn: own(main.durationMs, mainTimes, mainTransfer),
        postOwn: own(post.durationMs, postTimes, postTransfer),
        own: own(main.durationMs, mainTimes, mainTransfer) + own(post.durationMs, postTimes, postTransfer),
        members: main.outputs.members,
        downloads: server.stats.downloads - downloadsBefore,
      };
    };
    const setupUvJob = async (service, { save }) => {
      await rm(venv, { recursive: true, force: true });
      await rm(cacheS, { recursive: true, force: true });
      const restore = await actionsCache(service, 'restore', cacheS, setupUvKey);
      const s = await sync(cacheS, ['--all-packages']);
      // setup-uv's post step saves on a miss only.
      const saved = save && !restore.hit ? await actionsCache(service, 'save', cacheS, setupUvKey) : { ms: 0 };
      return { ms: restore.ms + s.ms + saved.ms, restore: restore.ms, sync: s.ms, save: saved.ms, hit: restore.hit, installed: s.installed };
    };
    const withColdService = async (fn) => {
      const service = await startCacheService(nodeBin);
      try {
        return await fn(service);
      } finally {
        await service.close();
      }
    };

    log('livekit: priming the action\'s own cache entry (one cold job)');
    const actionPrime = await actionJob(warmService);
    log(`livekit: action primed: ${(actionPrime.ms / 1000).toFixed(1)} s, members ${actionPrime.members}`);
    // The same job keeping the wheels in its cache: its own entry (a key suffix), primed once.
    const unpruned = { 'prune-cache': 'false', 'cache-key-suffix': 'unpruned' };
    await actionJob(warmService, unpruned);

    log(`livekit: ${reps} interleaved repetitions (${coldReps} of the cold jobs)`);
    // The cold jobs are the slow ones: BENCH_COLD_REPS can run fewer of them (the results say how many).
    const coldCount = {};
    const slow = (which, fn) => () => ((coldCount[which] = (coldCount[which] ?? 0) + 1) <= coldReps ? fn() : { ms: NaN });
    const cold = (which, fn) => slow(which, () => withColdService(fn));
    const variants = {
      'setup-uv warm': () => setupUvJob(warmService, { save: true }),
      'action warm': () => actionJob(warmService),
      'action warm, prune-cache false': () => actionJob(warmService, unpruned),
      'uv all warm': () => sync(cacheWarm, ['--all-packages']),
      'uv targeted warm': () => sync(cacheWarm, targetArgs),
      'uv all copy': slow('allCopy', () => sync(cacheWarm, ['--all-packages'], { UV_LINK_MODE: 'copy' })),
      'uv targeted copy': slow('targetedCopy', () => sync(cacheWarm, targetArgs, { UV_LINK_MODE: 'copy' })),
      'setup-uv cold': cold('setupUv', (svc) => setupUvJob(svc, { save: true })),
      'action cold': cold('action', (svc) => actionJob(svc)),
      'node -e 0': async () => (await run(nodeBin, ['-e', '0'])).ms,
    };
    const s = await interleave(reps, variants, { log });
    for (const v of Object.values(s)) {
      v.samples = v.samples.filter((x) => !Number.isNaN(x));
      v.median = median(v.samples);
    }
    const part = (name, key) => median(s[name].all.map((x) => x[key]).filter((x) => typeof x === 'number' && !Number.isNaN(x)));
    const parts = {};
    for (const name of ['setup-uv warm', 'setup-uv cold']) parts[name] = Object.fromEntries(['restore', 'sync', 'save'].map((k) => [k, part(name, k)]));
    for (const name of ['action warm', 'action warm, prune-cache false', 'action cold']) {
      parts[name] = Object.fromEntries(['main', 'post', 'mainUv', 'mainTar', 'mainTransfer', 'postUv', 'postTar', 'postTransfer', 'mainOwn', 'postOwn', 'own', 'downloads'].map((k) => [k, part(name, k)]));
      parts[name].hit = s[name].extra?.hit;
    }
    return {
      corpus: path.relative(root, corpus),
      commit: readFileSync(path.join(corpus, 'COMMIT.txt'), 'utf8').split('\n')[0],
      members,
      shape,
      wheelhouse: { files: wh.files.length, bytes: wh.bytes, packages: wh.packages, droppedLockWheels: lockRewrite.dropped },
      python,
      plugin,
      changedPath,
      installed: { all: prime.installed, targeted: targetedInstalled },
      prime: { ms: prime.ms, saveMs: primeSave.ms, action: actionPrime },
      inputs: { 'sync-args': inputs['sync-args'], 'prune-cache': inputs['prune-cache'] },
      reps,
      coldReps,
      s,
      parts,
    };
  } finally {
    await warmService.close();
    await server.close();
  }
}

/** An input's default from action.yml (the runner passes defaults as INPUT_*). */
function readDefault(name) {
  const text = readFileSync(path.join(root, 'action.yml'), 'utf8');
  const m = new RegExp(`^  ${name}:\\n(?:    .*\\n)*?    default: '?([^'\\n]*)'?$`, 'm').exec(text);
  return m?.[1];
}
