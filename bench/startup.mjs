// Start-up of each bundled entry: what a step costs before it does any work,
// next to `node -e 0`. The post step with nothing to do (main's exact hit,
// or main never synced), the CLI's --version, and main in `mode: detect` on a
// 10-member workspace: with `packages: all` outside git (the goal's case,
// the entry with the least to do), and as a detect job runs it, in a git
// checkout after a one-file push (git asked for the change, the summary of
// one affected member). With BENCH_BASELINE_DIST=DIR the same entries of
// another build (e.g. the commit before a change) run in the same repetitions.
import { appendFile, mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { planWorkspace, writeWorkspace } from './lib/gen-workspace.mjs';
import { interleave, run } from './lib/measure.mjs';
import { git } from './lib/repo.mjs';

/** A 10-member git checkout with a one-file push; resolves with the push event's file. */
async function pushedCheckout(dir, tmp) {
  await mkdir(dir, { recursive: true });
  const members = planWorkspace(10);
  await writeWorkspace(dir, members);
  await git(dir, 'init', '-q', '-b', 'main');
  await git(dir, 'add', '-A');
  await git(dir, 'commit', '-q', '-m', 'base');
  const before = await git(dir, 'rev-parse', 'HEAD');
  const leaf = members.at(-1);
  await appendFile(path.join(dir, leaf.path, 'src', leaf.name.replace(/-/g, '_'), '__init__.py'), 'CHANGED = True\n');
  await git(dir, 'commit', '-q', '-am', 'change');
  const after = await git(dir, 'rev-parse', 'HEAD');
  const event = path.join(tmp, 'startup-push.json');
  await writeFile(event, JSON.stringify({ ref: 'refs/heads/main', before, after, repository: { default_branch: 'main' } }));
  return event;
}

const STATE = 'STATE_uv-workspace-sync';

export async function benchStartup(ctx) {
  const { tmp, reps, log, nodeBin, cli, actionDist } = ctx;
  if (!actionDist || !cli) return { skipped: 'dist/ is not built' };
  const ws = path.join(tmp, 'startup-ws');
  await mkdir(ws, { recursive: true });
  await writeWorkspace(ws, planWorkspace(10));
  const files = Object.fromEntries(['output', 'state', 'summary', 'env', 'path'].map((f) => [f, path.join(tmp, `startup-${f}`)]));
  const env = {
    ...process.env,
    GITHUB_OUTPUT: files.output,
    GITHUB_STATE: files.state,
    GITHUB_STEP_SUMMARY: files.summary,
    GITHUB_ENV: files.env,
    GITHUB_PATH: files.path,
    GITHUB_WORKSPACE: ws,
    RUNNER_TEMP: tmp,
  };
  for (const k of Object.keys(env)) if (k.startsWith('INPUT_') || k.startsWith('STATE_')) delete env[k];
  const reset = async () => {
    for (const f of Object.values(files)) await writeFile(f, '');
  };
  // What main leaves on an exact hit: a save it planned not to do (cache/outcome.ts planSave), so post's gate stops.
  const exactHit = JSON.stringify({
    syncSucceeded: true,
    cacheKey: 'uv-ws-v1-bench',
    cacheDir: path.join(tmp, 'startup-cache'),
    uvPath: 'uv',
    skipSaveReason: 'not saving the uv cache: it was restored from an exact key match, which cannot change',
  });
  const inputs = { 'INPUT_WORKING-DIRECTORY': '.', INPUT_MODE: 'detect', INPUT_PACKAGES: 'all', INPUT_CACHE: 'false', INPUT_SUMMARY: 'true', 'INPUT_SAVE-CACHE': 'auto', 'INPUT_PRUNE-CACHE': 'true', 'INPUT_LINK-MODE': 'auto', INPUT_SHARDS: '0', INPUT_DEBUG: 'false' };
  const checkout = path.join(tmp, 'startup-git');
  const pushEvent = await pushedCheckout(checkout, tmp);
  const { INPUT_PACKAGES: _all, ...detectInputs } = inputs;
  const pushEnv = { ...env, ...detectInputs, GITHUB_WORKSPACE: checkout, GITHUB_EVENT_NAME: 'push', GITHUB_EVENT_PATH: pushEvent, GITHUB_REF: 'refs/heads/main' };
  const entries = (dist, label) => ({
    [`${label}post, exact hit (nothing to save)`]: async () => {
      await reset();
      return (await run(nodeBin, [path.join(dist, 'post', 'index.js')], { cwd: ws, env: { ...env, ...inputs, [STATE]: exactHit } })).ms;
    },
    [`${label}post, main never synced`]: async () => (await run(nodeBin, [path.join(dist, 'post', 'index.js')], { cwd: ws, env: { ...env, ...inputs } })).ms,
    [`${label}main, mode: detect, 10 members`]: async () => {
      await reset();
      return (await run(nodeBin, [path.join(dist, 'main', 'index.js')], { cwd: ws, env: { ...env, ...inputs } })).ms;
    },
    [`${label}main, mode: detect, 10 members, git checkout after a one-file push`]: async () => {
      await reset();
      return (await run(nodeBin, [path.join(dist, 'main', 'index.js')], { cwd: checkout, env: pushEnv })).ms;
    },
    [`${label}cli --version`]: async () => (await run(nodeBin, [path.join(dist, 'cli', 'index.js'), '--version'])).ms,
  });
  const dist = path.dirname(path.dirname(actionDist.main));
  const baseline = process.env.BENCH_BASELINE_DIST ? path.resolve(process.env.BENCH_BASELINE_DIST) : undefined;
  const variants = { 'node -e 0': async () => (await run(nodeBin, ['-e', '0'])).ms, ...entries(dist, ''), ...(baseline ? entries(baseline, 'baseline: ') : {}) };
  log(`startup: ${reps} interleaved repetitions of ${Object.keys(variants).length} entries`);
  return { baseline: process.env.BENCH_BASELINE_LABEL ?? baseline, s: await interleave(reps, variants, { log }) };
}
