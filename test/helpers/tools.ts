// Where the project's own tools are: the pinned uv, the oldest supported uv,
// Node 24, and the shared corpus. `npm test` installs them first (scripts/setup.mjs).
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { node24Binary, projectRoot, tools, uvBinary } from '../../scripts/lib/tools.mjs';

export { projectRoot };

export const UV_VERSION = tools.uv;
export const UV_OLDEST_VERSION = tools.uvOldest;

/** Absolute path of a project-local uv binary (pinned by default). */
export function uvBin(version: string = UV_VERSION): string {
  const bin = uvBinary(version);
  if (!existsSync(bin)) throw new Error(`uv ${version} is not installed at ${bin}: run 'npm test' (it runs scripts/setup.mjs)`);
  return bin;
}

/** Directory holding the uv binary, for putting on PATH. */
export function uvPathDir(version: string = UV_VERSION): string {
  return path.dirname(uvBin(version));
}

/** Node binaries to run dist/ under, as the runner would: Node 20 (this one) and Node 24. */
export function nodeBinaries(): { name: string; bin: string }[] {
  const node24 = node24Binary();
  const list = [{ name: `node ${process.versions.node}`, bin: process.execPath }];
  if (existsSync(node24)) list.push({ name: `node ${tools.node24}`, bin: node24 });
  // On Linux x64 setup.mjs always installs it; elsewhere npm may not publish that release.
  else if (process.env.CI && process.platform === 'linux' && process.arch === 'x64') throw new Error(`Node 24 is missing at ${node24}: scripts/setup.mjs installs it`);
  return list;
}

/** Set (to anything but empty or `0`) by .ci/run: a missing corpus fails instead of skipping. */
const REQUIRE_CORPUS_VARIABLE = 'UVWS_REQUIRE_CORPUS';

/**
 * The shared corpus of real workspaces, read in place (`UVWS_CORPUS` points
 * elsewhere). When it is absent the caller skips with the printed reason,
 * unless UVWS_REQUIRE_CORPUS is set: .ci/run sets it, where the corpus is
 * always beside the checkout. `CI` alone does not require it: GitHub sets
 * CI=true, and GitHub's runners have no ../shared.
 */
export function corpusDir(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const dir = env.UVWS_CORPUS ? path.resolve(env.UVWS_CORPUS) : path.resolve(projectRoot, '..', 'shared', 'corpus');
  if (existsSync(dir)) return dir;
  const required = env[REQUIRE_CORPUS_VARIABLE];
  if (required && required !== '0') {
    throw new Error(`the corpus is missing at ${dir}, and ${REQUIRE_CORPUS_VARIABLE} is set: put ../shared/corpus beside the checkout`);
  }
  console.warn(`skipping corpus tests: ${dir} does not exist (put ../shared/corpus beside the checkout; ${REQUIRE_CORPUS_VARIABLE}=1 makes this a failure)`);
  return undefined;
}

/** Every file under `dir` (outside `.git` and `node_modules`) whose name `keep` accepts, read in place: the corpus's TOML files. */
export function filesNamed(dir: string, keep: (name: string) => boolean): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    if (name === '.git' || name === 'node_modules') continue;
    const full = path.join(dir, name);
    const stat = statSync(full, { throwIfNoEntry: false });
    if (stat?.isDirectory()) out.push(...filesNamed(full, keep));
    else if (stat?.isFile() && keep(name)) out.push(full);
  }
  return out;
}

/** Environment for running uv in tests: offline, no managed Python downloads, no user config. */
export function uvTestEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return {
    ...process.env,
    UV_PYTHON_DOWNLOADS: 'never',
    UV_OFFLINE: '1',
    UV_NO_CONFIG: '1',
    UV_NO_PROGRESS: '1',
    NO_COLOR: '1',
    ...extra,
  };
}

/**
 * The bundled action and CLI that e2e tests run: dist/ (what CI checks against
 * a fresh build), or UVWS_DIST to test a bundle built elsewhere with
 * `node scripts/build.mjs --out DIR`.
 */
export function distDir(): string {
  return process.env.UVWS_DIST ? path.resolve(process.env.UVWS_DIST) : path.join(projectRoot, 'dist');
}
