// Section 5: detection speed. The bundled CLI's `affected` on generated
// workspaces of several sizes and diff sizes, each as a ratio to `node -e 0`
// run by the same Node in the same repetition; and the whole detect step
// (git diff + affected, or dist/main in `mode: detect` when it is built) on a
// 2000-member git repository.
import { appendFile, mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { changedPaths, planWorkspace, writeWorkspace } from './lib/gen-workspace.mjs';
import { interleave, run } from './lib/measure.mjs';
import { git } from './lib/repo.mjs';

export async function benchDetection(ctx) {
  const { tmp, uv, reps, log, cli, nodeBin, actionDist, quick } = ctx;
  const sizes = quick ? [100, 2000] : [100, 500, 2000];
  const pathCounts = quick ? [10, 1000] : [10, 20000];
  const cases = [];
  for (const n of sizes) for (const p of pathCounts) cases.push({ n, p });
  cases.push({ n: 2000, p: 5000, goal: true });

  const repos = {};
  for (const n of sizes) {
    const dir = path.join(tmp, `gen-${n}`);
    await mkdir(dir, { recursive: true });
    const members = planWorkspace(n);
    await writeWorkspace(dir, members);
    // A real lock, as real repositories have one and the CLI reads it.
    await run(uv, ['lock', '--offline'], { cwd: dir, env: { ...process.env, UV_NO_CONFIG: '1', UV_PYTHON_DOWNLOADS: 'never', UV_PYTHON: 'python3', UV_CACHE_DIR: path.join(tmp, 'gen-lock-cache') } });
    repos[n] = { dir, members, edges: members.reduce((k, m) => k + m.deps.length + m.dev.length + Object.values(m.extras).flat().length, 0) };
    log(`detection: generated ${n} members (${repos[n].edges} edges) in ${dir}`);
  }
  for (const c of cases) {
    c.file = path.join(repos[c.n].dir, `changed-${c.p}.txt`);
    await writeFile(c.file, `${changedPaths(repos[c.n].members, c.p).join('\n')}\n`);
  }

  const variants = { 'node -e 0': async () => (await run(nodeBin, ['-e', '0'])).ms };
  for (const c of cases) {
    variants[`${c.n}/${c.p}`] = async () => {
      const r = await run(nodeBin, [cli.path, 'affected', '--files', c.file, '--json'], { cwd: repos[c.n].dir });
      return { ms: r.ms, affected: JSON.parse(r.stdout).members.length };
    };
  }
  log(`detection: ${reps} interleaved repetitions of ${cases.length} cases`);
  const s = await interleave(reps, variants, { log });
  const goal = await benchGoal({ ctx, repo: repos[2000], file: cases.find((c) => c.goal).file });

  // The whole detect step on a 2000-member git repository with a 5000-path commit.
  const big = repos[2000];
  await git(big.dir, 'init', '-q', '-b', 'main');
  await git(big.dir, 'add', '-A');
  await git(big.dir, 'commit', '-q', '-m', 'base');
  const base = await git(big.dir, 'rev-parse', 'HEAD');
  const changed = changedPaths(big.members, 5000, 11);
  for (const p of changed) {
    await mkdir(path.dirname(path.join(big.dir, p)), { recursive: true });
    // Append, so a changed pyproject.toml stays a valid one.
    await appendFile(path.join(big.dir, p), `\n# changed\n`);
  }
  await git(big.dir, 'add', '-A');
  await git(big.dir, 'commit', '-q', '-m', 'head: 5000 paths');
  const head = await git(big.dir, 'rev-parse', 'HEAD');
  const detectVariants = {
    'node -e 0': async () => (await run(nodeBin, ['-e', '0'])).ms,
    'git diff': async () => (await run('git', ['diff', '--name-only', `${base}...${head}`], { cwd: big.dir })).ms,
    'git diff + affected': async () => {
      const d = await run('git', ['diff', '--name-only', `${base}...${head}`], { cwd: big.dir });
      const r = await run(nodeBin, [cli.path, 'affected', '--files', '-', '--json'], { cwd: big.dir, input: d.stdout });
      return { ms: d.ms + r.ms, paths: d.stdout.split('\n').filter(Boolean).length, affected: JSON.parse(r.stdout).members.length };
    },
  };
  let actionError;
  if (actionDist) {
    detectVariants['dist/main mode: detect'] = async () => {
      if (actionError) return { ms: NaN };
      const files = Object.fromEntries(['output', 'state', 'summary'].map((f) => [f, path.join(tmp, `detect-${f}`)]));
      for (const f of Object.values(files)) await writeFile(f, '');
      const r = await run(nodeBin, [actionDist.main], {
        cwd: big.dir,
        allowFailure: true,
        env: {
          ...process.env, GITHUB_ACTIONS: 'true', GITHUB_WORKSPACE: big.dir, GITHUB_EVENT_NAME: 'push', GITHUB_SHA: head,
          GITHUB_OUTPUT: files.output, GITHUB_STATE: files.state, GITHUB_STEP_SUMMARY: files.summary, RUNNER_TEMP: tmp,
          INPUT_MODE: 'detect', INPUT_BASE: base, INPUT_HEAD: head, INPUT_CACHE: 'false', 'INPUT_WORKING-DIRECTORY': '.',
        },
      });
      if (r.code !== 0) {
        actionError = `dist/main/index.js (mode: detect) failed (exit ${r.code}): ${(r.stdout + r.stderr).split('\n').filter(Boolean).slice(-5).join(' | ')}`;
        return { ms: NaN };
      }
      return { ms: r.ms };
    };
  }
  log(`detection: ${reps} interleaved repetitions of the detect step on 2000 members / 5000 changed paths`);
  const d = await interleave(reps, detectVariants, { log });
  return { goal, sizes, pathCounts, cases, repos: Object.fromEntries(Object.entries(repos).map(([n, r]) => [n, { edges: r.edges }])), s, d, actionError };
}

/**
 * The goal case (2000 members / 5000 paths) against `node -e 0` and against
 * the floor (lib/floor.mjs: read every pyproject.toml and the uv.lock; read
 * and parse them with smol-toml), under Node 20 (the oldest Node the CLI
 * supports: the bench driver's, or BENCH_NODE20) and the action's Node.
 */
async function benchGoal({ ctx, repo, file }) {
  const { tmp, reps, log, cli, nodeBin } = ctx;
  const list = path.join(tmp, 'floor-files.txt');
  await writeFile(list, `${[path.join(repo.dir, 'pyproject.toml'), ...repo.members.map((m) => path.join(repo.dir, m.path, 'pyproject.toml')), path.join(repo.dir, 'uv.lock')].join('\n')}\n`);
  const floor = path.join(path.dirname(new URL(import.meta.url).pathname), 'lib', 'floor.mjs');
  const nodes = {};
  const node20 = process.env.BENCH_NODE20 ?? (process.version.startsWith('v20.') ? process.execPath : undefined);
  if (node20) nodes['Node 20'] = node20;
  nodes[`Node ${(await run(nodeBin, ['--version'])).stdout.trim().replace(/^v(\d+).*/, '$1')}`] = nodeBin;
  const variants = {};
  for (const [label, bin] of Object.entries(nodes)) {
    variants[`${label}: node -e 0`] = async () => (await run(bin, ['-e', '0'])).ms;
    variants[`${label}: affected`] = async () => {
      const r = await run(bin, [cli.path, 'affected', '--files', file, '--json'], { cwd: repo.dir });
      return { ms: r.ms, affected: JSON.parse(r.stdout).members.length };
    };
    variants[`${label}: floor, read`] = async () => (await run(bin, [floor, 'read', list])).ms;
    variants[`${label}: floor, read + parse`] = async () => (await run(bin, [floor, 'parse', list])).ms;
  }
  log(`detection: ${reps} interleaved repetitions of the goal case against node -e 0 and the floor (${Object.keys(nodes).join(', ')})`);
  return { nodes: Object.keys(nodes), s: await interleave(reps, variants, { log }) };
}
