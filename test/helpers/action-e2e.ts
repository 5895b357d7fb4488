// The bundled action (dist/main, dist/post) run the way the GitHub runner runs
// it, on a real git repository holding a real uv workspace locked against a
// loopback index. One fixture per test file holds the wheels, the index, the
// authoring repository and its bare `origin`; each job is a fresh shallow
// checkout (as actions/checkout makes it) at <sandbox>/work/monorepo/monorepo
// with an empty RUNNER_TEMP at <sandbox>/work/_temp, on the same filesystem.
// Like a hosted runner, every job gets the same paths and wipes the previous
// job's: read a JobResult's files before starting the next job.
//
//   const fx = await createActionFixture({ workspace, wheels });   // locked, committed, published
//   const base = await fx.repo.rev();
//   const head = await fx.commit('api: change', { 'packages/api/src/api/x.py': 'x = 1\n' });
//   const server = await startCacheServer();
//   const job = await fx.runJob({ event: fx.pushEvent(base, head), cacheServer: server, inputs: { 'sync-args': '--locked' } });
//   job.main.outputs['members']; job.post?.code; job.annotations; installedPackages(job.venv);
//   await fx.remove();
//
// Everything is offline: uv's only index is the loopback one, Python
// downloads are off, and the GitHub API URL points at a closed port.
import { existsSync } from 'node:fs';
import http from 'node:http';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { runPost, runStep, workflowCommands, type PostResult, type StepResult, type WorkflowCommand } from '../../scripts/lib/runner.mjs';
import { runUv } from '../../src/uv/run.js';
import type { CacheServer } from './cache-server.js';
import { createSandbox, type Remote, type Repo, type Sandbox } from './git.js';
import { distDir, UV_VERSION, uvBin, uvPathDir } from './tools.js';
import { indexEnv, makeWorkspace, uvBuildRequirement, type WorkspaceSpec } from './uv-workspace.js';
import { buildSdist, buildWheels, serveIndex, type SdistSpec, type ServedIndex, type WheelSpec } from './wheels.js';

export interface ActionFixtureOptions {
  /** The uv workspace committed at the repository root (or under `workspaceDir`). */
  workspace: WorkspaceSpec;
  /** Third-party wheels the loopback index serves. */
  wheels: WheelSpec[];
  /**
   * Third-party sdists (uv_build projects, built offline by uv's bundled backend).
   * `uv cache prune --ci` keeps wheels built from source but drops downloaded
   * ones, so only sdist dependencies make a restored cache sync with no download.
   */
  sdists?: Omit<SdistSpec, 'buildRequires'>[];
  /** Where the workspace root lives in the repository (default `.`). */
  workspaceDir?: string;
  /** uv that writes uv.lock (default the pinned one). */
  lockWith?: string;
  /** Extra files committed with the workspace (e.g. README.md). */
  files?: Record<string, string>;
}

export interface JobOptions {
  /** Action inputs by their kebab-case names. `github-token` defaults to empty. */
  inputs?: Record<string, string>;
  /** Path of the event payload; with `eventName` (default `push`). */
  event?: string;
  eventName?: string;
  /** The local cache service; without it the job runs with no cache service configured. */
  cacheServer?: CacheServer;
  /** Which uv is first on PATH (default the pinned one); `null` leaves uv off PATH altogether. */
  uvVersion?: string | null;
  /** Node binary running dist/ (default the one running the tests). */
  node?: string;
  /** Run the post step too (default true), as the runner does after main, failed or not: when action.yml's post-if holds. */
  post?: boolean;
  /** Check out this ref or sha (default `refs/heads/main`), shallow with `depth` (default 1). */
  ref?: string;
  depth?: number;
  /** Reuse a checkout (and RUNNER_TEMP) instead of making fresh ones: a second step in the same job. */
  checkout?: Repo;
  /** Extra environment for both steps (undefined removes a variable). */
  env?: Record<string, string | undefined>;
}

export interface JobResult {
  checkout: Repo;
  /** `<checkout>/<workspaceDir>/.venv`. */
  venv: string;
  runnerTemp: string;
  main: StepResult;
  /** Absent when `post: false`. */
  post?: PostResult;
  /** Workflow commands (`::error`, `::warning`, `::notice`, ...) from both steps, in order. */
  annotations: WorkflowCommand[];
  /** Everything both steps printed (stdout then stderr of main, then of post). */
  log: string;
  /** The index's whole-file downloads during this job. */
  downloads: number;
}

export interface ActionFixture {
  root: string;
  index: ServedIndex;
  sandbox: Sandbox;
  /** The authoring repository; commit to it with `commit`, which also publishes to `origin`. */
  repo: Repo;
  origin: Remote;
  workspaceDir: string;
  /** Commits files (null deletes) to `main` and publishes; returns the new sha. */
  commit(message: string, files: Record<string, string | null>): Promise<string>;
  /** Writes a `push` event payload for before..after on `main`; returns its path. */
  pushEvent(before: string, after: string): Promise<string>;
  /** The environment a job step sees (before inputs): PATH, uv's index, RUNNER_TEMP, GITHUB_*. */
  jobEnv(options: { workspace: string; runnerTemp: string; uvVersion?: string | null; cacheServer?: CacheServer; event?: string; eventName?: string }): NodeJS.ProcessEnv;
  /** Checks out, runs dist/main/index.js, then (by default) dist/post/index.js as the runner does. */
  runJob(options?: JobOptions): Promise<JobResult>;
  remove(): Promise<void>;
}

/** A loopback URL nothing listens on: connections are refused at once. */
export async function closedPortUrl(): Promise<string> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return `http://127.0.0.1:${port}/`;
}

/**
 * Puts PyPI's answer for distribution files in front of a served index:
 * `Cache-Control: max-age=365000000, immutable`. Without it uv revalidates a
 * cached sdist on every sync (a full GET from this index) and rebuilds it, so a
 * restored cache would look like it downloads what PyPI never re-sends.
 */
async function immutableFiles(index: ServedIndex): Promise<ServedIndex> {
  const upstream = new URL(index.url);
  const server = http.createServer((req, res) => {
    const forward = http.request(
      { host: upstream.hostname, port: upstream.port, path: req.url, method: req.method, headers: { ...req.headers, host: upstream.host } },
      (answer) => {
        const headers = { ...answer.headers };
        if (req.url?.startsWith('/files/') && answer.statusCode === 200) headers['cache-control'] = 'max-age=365000000, immutable, public';
        res.writeHead(answer.statusCode ?? 502, headers);
        answer.pipe(res);
      },
    );
    forward.on('error', (error) => {
      res.writeHead(502);
      res.end(String(error));
    });
    req.pipe(forward);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  const base = `http://127.0.0.1:${port}`;
  return {
    url: `${base}/simple/`,
    findLinksUrl: `${base}/find-links/`,
    downloads: () => index.downloads(),
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await index.close();
    },
  };
}

/** PATH with every directory holding a `uv` binary removed, so only the one we put first is found. */
function pathWithoutUv(): string {
  return (process.env.PATH ?? '')
    .split(path.delimiter)
    .filter((dir) => dir && !existsSync(path.join(dir, 'uv')))
    .join(path.delimiter);
}

// Variables that would leak the test process's own setup into the step.
/** GITHUB_ACTION of the action's step in every job here. */
export const STEP_NAME = '__example_uv-workspace-sync';

const SCRUBBED = [
  'UV_CACHE_DIR',
  'UV_LINK_MODE',
  'UV_PROJECT_ENVIRONMENT',
  'UV_OFFLINE',
  'UV_PYTHON',
  'RUNNER_DEBUG',
  'ACTIONS_STEP_DEBUG',
  'UV_WORKSPACE_SYNC_SKIP_POST',
  'ACTIONS_CACHE_SERVICE_V2',
  'ACTIONS_RESULTS_URL',
  'ACTIONS_RUNTIME_TOKEN',
  'ACTIONS_CACHE_URL',
  'GITHUB_TOKEN',
  'CI',
];

export async function createActionFixture(options: ActionFixtureOptions): Promise<ActionFixture> {
  const root = await mkdtemp(path.join(os.tmpdir(), 'uvws-e2e-'));
  const wheelDir = path.join(root, 'wheels');
  await mkdir(wheelDir, { recursive: true });
  await buildWheels(wheelDir, options.wheels);
  for (const sdist of options.sdists ?? []) await buildSdist(wheelDir, { ...sdist, buildRequires: uvBuildRequirement() });
  const index = await immutableFiles(await serveIndex(wheelDir));
  const sandbox = await createSandbox();
  const apiUrl = await closedPortUrl();
  const workspaceDir = options.workspaceDir ?? '.';

  const repo = await sandbox.repo('source');
  await makeWorkspace(path.join(repo.dir, workspaceDir), options.workspace);
  for (const [file, content] of Object.entries(options.files ?? {})) {
    await mkdir(path.dirname(path.join(repo.dir, file)), { recursive: true });
    await writeFile(path.join(repo.dir, file), content);
  }
  await writeFile(path.join(repo.dir, '.gitignore'), '.venv/\n');
  const lock = await runUv(options.lockWith ?? uvBin(UV_VERSION), ['lock'], {
    cwd: path.join(repo.dir, workspaceDir),
    env: indexEnv(index.url, { UV_CACHE_DIR: path.join(root, 'lock-cache') }),
  });
  if (lock.code !== 0) throw new Error(`uv lock failed in the e2e fixture:\n${lock.stderr}`);
  await repo.commit('workspace');
  const origin = await sandbox.remote(repo, 'origin');

  const fixture: ActionFixture = {
    root,
    index,
    sandbox,
    repo,
    origin,
    workspaceDir,
    async commit(message, files) {
      const sha = await repo.commit(message, files);
      await origin.publish();
      return sha;
    },
    async pushEvent(before, after) {
      const file = path.join(root, `event-${before.slice(0, 7)}-${after.slice(0, 7)}.json`);
      await writeFile(file, JSON.stringify({ ref: 'refs/heads/main', before, after, forced: false, created: false, deleted: false, repository: { default_branch: 'main' } }));
      return file;
    },
    jobEnv({ workspace, runnerTemp, uvVersion, cacheServer, event, eventName }) {
      const env = indexEnv(index.url);
      for (const name of SCRUBBED) delete env[name];
      for (const name of Object.keys(env)) if (name.startsWith('VITEST') || name.startsWith('INPUT_') || name.startsWith('STATE_')) delete env[name];
      const uvDir = uvVersion === null ? undefined : uvPathDir(uvVersion ?? UV_VERSION);
      Object.assign(env, {
        PATH: [uvDir, pathWithoutUv()].filter(Boolean).join(path.delimiter),
        GITHUB_ACTIONS: 'true',
        // The step's name as the runner gives a `uses:` step without an id; post-if reads it.
        GITHUB_ACTION: STEP_NAME,
        GITHUB_WORKSPACE: workspace,
        GITHUB_REPOSITORY: 'example/monorepo',
        GITHUB_REF_NAME: 'main',
        GITHUB_API_URL: apiUrl,
        GITHUB_SERVER_URL: 'https://github.com',
        RUNNER_TEMP: runnerTemp,
        RUNNER_OS: 'Linux',
        // As on GitHub's own runners: `cache: auto` uses the GitHub cache there.
        RUNNER_ENVIRONMENT: 'github-hosted',
        UV_PYTHON_DOWNLOADS: 'never',
        // Git as the action runs it, without the machine's config.
        GIT_CONFIG_GLOBAL: '/dev/null',
        GIT_CONFIG_NOSYSTEM: '1',
        GIT_TERMINAL_PROMPT: '0',
        ...(cacheServer?.env ?? {}),
      });
      if (event) {
        env.GITHUB_EVENT_PATH = event;
        env.GITHUB_EVENT_NAME = eventName ?? 'push';
      } else if (eventName) {
        env.GITHUB_EVENT_NAME = eventName;
      }
      return env;
    },
    async runJob(job = {}) {
      // Every job on a hosted runner sees the same paths (the cache service's
      // entry version hashes the cached path, so it must not move between
      // jobs), freshly emptied: the previous job's checkout and RUNNER_TEMP go.
      const runnerTemp = path.join(sandbox.root, 'work', '_temp');
      let checkout = job.checkout;
      if (!checkout) {
        const name = path.join('work', 'monorepo', 'monorepo');
        await rm(path.join(sandbox.root, name), { recursive: true, force: true });
        await rm(runnerTemp, { recursive: true, force: true });
        checkout = await sandbox.checkout(origin, job.ref ?? 'refs/heads/main', { depth: job.depth ?? 1, name });
      }
      await mkdir(runnerTemp, { recursive: true });
      const baseEnv = fixture.jobEnv({
        workspace: checkout.dir,
        runnerTemp,
        uvVersion: job.uvVersion,
        cacheServer: job.cacheServer,
        event: job.event,
        eventName: job.eventName,
      });
      for (const [name, value] of Object.entries(job.env ?? {})) {
        if (value === undefined) delete baseEnv[name];
        else baseEnv[name] = value;
      }
      const inputs = { 'github-token': '', ...(job.inputs ?? {}) };
      const downloadsBefore = index.downloads();
      const dist = distDir();
      const main = await runStep(path.join(dist, 'main', 'index.js'), { inputs, baseEnv, cwd: checkout.dir, node: job.node });
      // The runner hands GITHUB_ENV exports to every later step, the post step (and its post-if) included.
      const post = job.post === false ? undefined : await runPost(path.join(dist, 'post', 'index.js'), main, { inputs, baseEnv, cwd: checkout.dir, node: job.node });
      return {
        checkout,
        venv: path.join(checkout.dir, workspaceDir, '.venv'),
        runnerTemp,
        main,
        post,
        annotations: workflowCommands(main.stdout + (post ? `\n${post.stdout}` : '')),
        log: [main.stdout, main.stderr, post?.stdout ?? '', post?.stderr ?? ''].join('\n'),
        downloads: index.downloads() - downloadsBefore,
      };
    },
    async remove() {
      await index.close();
      await sandbox.remove();
      await rm(root, { recursive: true, force: true });
    },
  };
  return fixture;
}

/**
 * GitHub's expansion of `strategy.matrix: ${{ fromJSON(needs.detect.outputs.matrix) }}`
 * when the matrix has only `include`: each entry becomes one leg with exactly
 * its properties. An empty `include` expands to no legs (GitHub then fails the
 * job, which is why workflows guard with `any-affected`).
 */
export function expandMatrix(matrixOutput: string): Record<string, string>[] {
  const matrix = JSON.parse(matrixOutput) as Record<string, unknown>;
  const keys = Object.keys(matrix);
  if (keys.some((k) => k !== 'include')) throw new Error(`matrix has keys besides include: ${keys.join(', ')}`);
  const include = matrix.include;
  if (!Array.isArray(include)) throw new Error('matrix.include is not an array');
  return include.map((entry) => {
    if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) throw new Error(`matrix entry is not an object: ${JSON.stringify(entry)}`);
    return Object.fromEntries(Object.entries(entry).map(([k, v]) => [k, String(v)]));
  });
}

/**
 * Runs dist/main (and dist/post) of the action on an existing repository work
 * tree, as a runner would after a full-history checkout: for `mode: detect`
 * on workspaces that are not built here (the real corpus, a generated
 * monorepo), so no uv and no cache service are involved.
 */
export async function runOnRepo(options: {
  repoDir: string;
  inputs: Record<string, string>;
  event?: { before: string; after: string };
  post?: boolean;
  env?: Record<string, string>;
}): Promise<{ main: StepResult; post?: PostResult; annotations: WorkflowCommand[] }> {
  const root = await mkdtemp(path.join(os.tmpdir(), 'uvws-repo-job-'));
  try {
    const runnerTemp = path.join(root, '_temp');
    await mkdir(runnerTemp, { recursive: true });
    const baseEnv: NodeJS.ProcessEnv = { ...process.env };
    for (const name of SCRUBBED) delete baseEnv[name];
    for (const name of Object.keys(baseEnv)) if (name.startsWith('VITEST') || name.startsWith('INPUT_') || name.startsWith('STATE_')) delete baseEnv[name];
    Object.assign(baseEnv, {
      PATH: pathWithoutUv(),
      GITHUB_ACTIONS: 'true',
      GITHUB_ACTION: STEP_NAME,
      GITHUB_WORKSPACE: options.repoDir,
      GITHUB_REPOSITORY: 'example/monorepo',
      GITHUB_REF_NAME: 'main',
      GITHUB_API_URL: await closedPortUrl(),
      RUNNER_TEMP: runnerTemp,
      RUNNER_OS: 'Linux',
      GIT_CONFIG_GLOBAL: '/dev/null',
      GIT_CONFIG_NOSYSTEM: '1',
      GIT_TERMINAL_PROMPT: '0',
      ...(options.env ?? {}),
    });
    if (options.event) {
      const file = path.join(root, 'event.json');
      await writeFile(file, JSON.stringify({ ref: 'refs/heads/main', ...options.event, forced: false, created: false, deleted: false, repository: { default_branch: 'main' } }));
      baseEnv.GITHUB_EVENT_PATH = file;
      baseEnv.GITHUB_EVENT_NAME = 'push';
    }
    const inputs = { 'github-token': '', ...options.inputs };
    const dist = distDir();
    const main = await runStep(path.join(dist, 'main', 'index.js'), { inputs, baseEnv, cwd: options.repoDir });
    const post = options.post === false ? undefined : await runPost(path.join(dist, 'post', 'index.js'), main, { inputs, baseEnv, cwd: options.repoDir });
    return { main, post, annotations: workflowCommands(main.stdout + (post ? `\n${post.stdout}` : '')) };
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}
