// Sections 1–4 and 6 of the bench: targeted vs full sync, link vs copy,
// cached vs cold, prune or not, and the action's own overhead — all on the
// realistic 24-member workspace of lib/monorepo.mjs, with real PyPI wheels
// served from a loopback index.
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { restoreArchive, saveArchive, treeStats } from './lib/cache-archive.mjs';
import { interleave, median, run } from './lib/measure.mjs';
import { git, installedCount } from './lib/repo.mjs';
import { CHANGED_MEMBER, CHANGED_PATH, MEMBERS, writeMonorepo } from './lib/monorepo.mjs';
import { serveWheelhouse } from './lib/wheelhouse.mjs';

export async function benchSync(ctx) {
  const { tmp, uv, uvVersion, wheelhouse, reps, log, cli, nodeBin, actionDist } = ctx;
  const repo = path.join(tmp, 'monorepo');
  await mkdir(repo, { recursive: true });
  await writeMonorepo(repo, { uvVersion });
  const server = await serveWheelhouse(wheelhouse.dir, wheelhouse.files);
  try {
    const baseEnv = { ...process.env };
    for (const k of Object.keys(baseEnv)) if (k.startsWith('UV_') || k === 'VIRTUAL_ENV') delete baseEnv[k];
    const uvEnv = (cacheDir, extra = {}) => ({
      ...baseEnv,
      UV_PYTHON_DOWNLOADS: 'never',
      UV_NO_CONFIG: '1',
      UV_NO_PROGRESS: '1',
      NO_COLOR: '1',
      UV_PYTHON: 'python3',
      UV_DEFAULT_INDEX: server.url,
      UV_CACHE_DIR: cacheDir,
      // What the action sets when its probe finds the cache on the venv's filesystem.
      UV_LINK_MODE: 'hardlink',
      ...extra,
    });
    const venv = path.join(repo, '.venv');
    const sync = async (cacheDir, args, extra) => {
      await rm(venv, { recursive: true, force: true });
      const r = await run(uv, ['sync', '--locked', ...args], { cwd: repo, env: uvEnv(cacheDir, extra) });
      return { ms: r.ms, installed: installedCount(venv) };
    };

    log('sync: locking the workspace against the loopback index');
    await run(uv, ['lock'], { cwd: repo, env: uvEnv(path.join(tmp, 'lock-cache')) });
    await rm(path.join(tmp, 'lock-cache'), { recursive: true, force: true });
    await git(repo, 'init', '-q', '-b', 'main');
    await writeFile(path.join(repo, '.gitignore'), '.venv/\n');
    await git(repo, 'add', '-A');
    await git(repo, 'commit', '-q', '-m', 'base');
    const base = await git(repo, 'rev-parse', 'HEAD');
    await writeFile(path.join(repo, CHANGED_PATH), `"""${CHANGED_MEMBER}: a new rule."""\nRULES = ["no-print"]\n`);
    await git(repo, 'commit', '-q', '-am', 'change one member');
    const head = await git(repo, 'rev-parse', 'HEAD');

    // The members the action would sync for this change, asked of the CLI when
    // it is available (and checked), else the known answer.
    let affected = [CHANGED_MEMBER];
    let affectedSource = 'known answer (no CLI bundle)';
    if (cli) {
      const r = await run(nodeBin, [cli.path, 'affected', '--files', '-', '--json'], { cwd: repo, input: `${CHANGED_PATH}\n` });
      affected = JSON.parse(r.stdout).members.map((m) => m.name);
      affectedSource = `\`uv-workspace-sync affected\` (${cli.label})`;
    }
    const targetArgs = affected.flatMap((m) => ['--package', m]);

    log('sync: priming the warm cache (one cold sync of every member)');
    const warm = path.join(tmp, 'cache-warm');
    const prime = await sync(warm, ['--all-packages']);
    const downloadedOnPrime = { ...server.stats };
    const fullArchive = path.join(tmp, 'cache-full.tzst');
    const prunedArchive = path.join(tmp, 'cache-pruned.tzst');
    const targetedArchive = path.join(tmp, 'cache-targeted.tzst');
    const full = { ...treeStats(warm), ...(await saveArchive(warm, fullArchive)) };
    const prunedDir = path.join(tmp, 'cache-pruned');
    await restoreArchive(fullArchive, prunedDir);
    await run(uv, ['cache', 'prune', '--ci', '--force'], { env: uvEnv(prunedDir) });
    const pruned = { ...treeStats(prunedDir), ...(await saveArchive(prunedDir, prunedArchive)) };
    await rm(prunedDir, { recursive: true, force: true });
    const targetedCache = path.join(tmp, 'cache-targeted');
    await sync(targetedCache, targetArgs);
    const targeted = { ...treeStats(targetedCache), ...(await saveArchive(targetedCache, targetedArchive)) };

    const scratch = path.join(tmp, 'cache-scratch');
    const downloadsSince = (before) => ({ downloads: server.stats.downloads - before.downloads, bytes: server.stats.bytes - before.bytes });

    let actionError;
    log(`sync: ${reps} interleaved repetitions of the sync variants`);
    const s = await interleave(
      reps,
      {
        // 1. one affected member vs every member, both from the warm cache
        targeted: () => sync(warm, targetArgs),
        all: () => sync(warm, ['--all-packages']),
        // 1. the floor under both: uv start-up, interpreter discovery, venv creation
        venvOnly: async () => {
          await rm(venv, { recursive: true, force: true });
          return (await run(uv, ['venv', '--quiet'], { cwd: repo, env: uvEnv(warm) })).ms;
        },
        // 2. the same full sync with the cache on "another filesystem"
        copy: () => sync(warm, ['--all-packages'], { UV_LINK_MODE: 'copy' }),
        // 3. no cache at all: every wheel downloaded and unzipped
        cold: async () => {
          await rm(scratch, { recursive: true, force: true });
          const before = { ...server.stats };
          const r = await sync(scratch, ['--all-packages']);
          return { ...r, ...downloadsSince(before) };
        },
        // 3+4. restore the full cache, then sync (the cache-hit run)
        restoredFull: async () => {
          const restore = await restoreArchive(fullArchive, scratch);
          const before = { ...server.stats };
          const r = await sync(scratch, ['--all-packages']);
          return { ms: restore.ms + r.ms, restore: restore.ms, sync: r.ms, ...downloadsSince(before) };
        },
        // 4. restore the pruned cache, then sync: pre-built wheels come again from the index
        restoredPruned: async () => {
          const restore = await restoreArchive(prunedArchive, scratch);
          const before = { ...server.stats };
          const r = await sync(scratch, ['--all-packages']);
          return { ms: restore.ms + r.ms, restore: restore.ms, sync: r.ms, ...downloadsSince(before) };
        },
        // 4. the post step's work on a cache miss: save as is, or prune then save
        saveFull: async () => {
          await restoreArchive(fullArchive, scratch);
          const r = await saveArchive(scratch, path.join(tmp, 'save-test.tzst'));
          return { ms: r.ms };
        },
        pruneSave: async () => {
          await restoreArchive(fullArchive, scratch);
          const p = await run(uv, ['cache', 'prune', '--ci', '--force'], { env: uvEnv(scratch) });
          const r = await saveArchive(scratch, path.join(tmp, 'save-test.tzst'));
          return { ms: p.ms + r.ms, prune: p.ms, save: r.ms };
        },
        // 6. the warm run the action does for the one-member change on an exact cache hit
        restoredTargeted: async () => {
          const restore = await restoreArchive(targetedArchive, scratch);
          const r = await sync(scratch, targetArgs);
          return { ms: restore.ms + r.ms, restore: restore.ms, sync: r.ms };
        },
        // 6. the action's own work: git diff + the bundled CLI (node start, workspace, closure)
        detect: async () => {
          const diff = await run('git', ['diff', '--name-only', `${base}...${head}`], { cwd: repo });
          if (!cli) return { ms: diff.ms };
          const r = await run(nodeBin, [cli.path, 'affected', '--files', '-', '--json'], { cwd: repo, input: diff.stdout });
          return { ms: diff.ms + r.ms };
        },
        nodeStart: async () => (await run(nodeBin, ['-e', '0'])).ms,
        ...(actionDist
          ? {
              actionMain: async () => {
                if (actionError) return { ms: NaN };
                await rm(venv, { recursive: true, force: true });
                try {
                  return { ms: (await runActionMain({ repo, base, head, nodeBin, actionDist, env: uvEnv(warm), tmp, uvDir: path.dirname(uv) })).ms };
                } catch (error) {
                  actionError = error.message;
                  return { ms: NaN };
                }
              },
            }
          : {}),
      },
      { log },
    );
    const parts = (name, key) => median(s[name].all.map((x) => x[key]));
    return {
      members: MEMBERS.length,
      affected,
      affectedSource,
      actionError,
      changedPath: CHANGED_PATH,
      primeColdMs: prime.ms,
      wheelhouseDownloadsOnPrime: downloadedOnPrime,
      installed: { targeted: s.targeted.extra.installed, all: s.all.extra.installed },
      cache: { full, pruned, targeted },
      s,
      parts: {
        restoredFull: { restore: parts('restoredFull', 'restore'), sync: parts('restoredFull', 'sync'), downloads: s.restoredFull.extra.downloads, bytes: s.restoredFull.extra.bytes },
        restoredPruned: { restore: parts('restoredPruned', 'restore'), sync: parts('restoredPruned', 'sync'), downloads: s.restoredPruned.extra.downloads, bytes: s.restoredPruned.extra.bytes },
        pruneSave: { prune: parts('pruneSave', 'prune'), save: parts('pruneSave', 'save') },
        restoredTargeted: { restore: parts('restoredTargeted', 'restore'), sync: parts('restoredTargeted', 'sync') },
        cold: { downloads: s.cold.extra.downloads, bytes: s.cold.extra.bytes },
      },
    };
  } finally {
    await server.close();
  }
}

/** Runs dist/main/index.js the way the runner does, detection by git, cache off; resolves with its wall time. */
async function runActionMain({ repo, base, head, nodeBin, actionDist, env, tmp, uvDir }) {
  const files = Object.fromEntries(['output', 'state', 'summary', 'env', 'path'].map((f) => [f, path.join(tmp, `gh-${f}`)]));
  for (const f of Object.values(files)) await writeFile(f, '');
  const event = path.join(tmp, 'gh-event.json');
  await writeFile(event, JSON.stringify({ before: base, after: head, ref: 'refs/heads/main', repository: { default_branch: 'main' } }));
  const r = await run(nodeBin, [actionDist.main], {
    cwd: repo,
    allowFailure: true,
    env: {
      ...env,
      PATH: `${uvDir}${path.delimiter}${env.PATH}`,
      GITHUB_ACTIONS: 'true',
      GITHUB_WORKSPACE: repo,
      GITHUB_EVENT_NAME: 'push',
      GITHUB_EVENT_PATH: event,
      GITHUB_SHA: head,
      GITHUB_REF: 'refs/heads/main',
      GITHUB_REPOSITORY: 'bench/monorepo',
      GITHUB_OUTPUT: files.output,
      GITHUB_STATE: files.state,
      GITHUB_STEP_SUMMARY: files.summary,
      GITHUB_ENV: files.env,
      GITHUB_PATH: files.path,
      RUNNER_TEMP: tmp,
      RUNNER_OS: 'Linux',
      'INPUT_WORKING-DIRECTORY': '.',
      INPUT_BASE: base,
      INPUT_HEAD: head,
      INPUT_CACHE: 'false',
      'INPUT_PRUNE-CACHE': 'false',
      'INPUT_CACHE-DIR': env.UV_CACHE_DIR,
      'INPUT_LINK-MODE': 'hardlink',
      INPUT_SUMMARY: 'true',
    },
  });
  if (r.code !== 0) throw new Error(`dist/main/index.js failed (exit ${r.code}): ${(r.stdout + r.stderr).split('\n').filter(Boolean).slice(-5).join(' | ')}`);
  return r;
}
