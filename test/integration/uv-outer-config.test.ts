// The runner's own uv.toml files (the user's and the system's) as uv itself
// reads them: for each layout, `uv cache dir` (which prints the cache dir uv
// would use, or a temporary one under no-cache) against what the action reads
// from the same files with the same environment. A file the action looked
// for in the wrong place, or ranked wrongly against the workspace's own
// settings, moves the cache somewhere uv does not use.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { outerConfigPathsFor } from '../../src/cache/uv-config-files.js';
import { cacheDirFromConfigText, noCacheFromConfigText, readUvConfig } from '../../src/cache/uv-config.js';
import { runProcess } from '../../src/process.js';
import { UV_OLDEST_VERSION, UV_VERSION, uvBin } from '../helpers/tools.js';

let root: string;
beforeAll(() => {
  root = mkdtempSync(path.join(os.tmpdir(), 'uvws-outer-config-'));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

interface Layout {
  name: string;
  files: Record<string, string>;
  env: Record<string, string>;
  /** Read so by the newest uv only. */
  newest?: boolean;
}

const PYPROJECT = '[project]\nname = "ws"\nversion = "0"\n';
const LAYOUTS: Layout[] = [
  { name: "the user's cache-dir", files: { 'xdg/uv/uv.toml': 'cache-dir = "@/user-cache"\n' }, env: { XDG_CONFIG_HOME: '@/xdg' } },
  { name: "the user's under ~/.config (no XDG_CONFIG_HOME)", files: { 'home/.config/uv/uv.toml': 'cache-dir = "@/home-cache"\n' }, env: {} },
  { name: 'a relative XDG_CONFIG_HOME is ignored', files: { 'home/.config/uv/uv.toml': 'cache-dir = "@/home-cache"\n' }, env: { XDG_CONFIG_HOME: 'xdg' } },
  { name: "the system's, the first XDG_CONFIG_DIRS entry that has one", files: { 'sys-b/uv/uv.toml': 'cache-dir = "@/sys-cache"\n' }, env: { XDG_CONFIG_DIRS: '@/sys-a:@/sys-b' } },
  // uv 0.8 stopped at an empty entry; uv 0.13 (and the action) skip it.
  { name: 'XDG_CONFIG_DIRS with an empty entry', files: { 'sys-b/uv/uv.toml': 'cache-dir = "@/sys-cache"\n' }, env: { XDG_CONFIG_DIRS: '@/sys-a::@/sys-b' }, newest: true },
  { name: 'the user before the system', files: { 'xdg/uv/uv.toml': 'cache-dir = "@/user-cache"\n', 'sys/uv/uv.toml': 'cache-dir = "@/sys-cache"\n' }, env: { XDG_CONFIG_HOME: '@/xdg', XDG_CONFIG_DIRS: '@/sys' } },
  { name: "the workspace's [tool.uv] before the user", files: { 'ws/pyproject.toml': `${PYPROJECT}[tool.uv]\ncache-dir = "ws-cache"\n`, 'xdg/uv/uv.toml': 'cache-dir = "@/user-cache"\n' }, env: { XDG_CONFIG_HOME: '@/xdg' } },
  { name: "a workspace [tool.uv] without the key: the user's", files: { 'ws/pyproject.toml': `${PYPROJECT}[tool.uv]\nno-cache = false\n`, 'xdg/uv/uv.toml': 'cache-dir = "@/user-cache"\n' }, env: { XDG_CONFIG_HOME: '@/xdg' } },
  { name: "a workspace uv.toml without the key: the user's", files: { 'ws/uv.toml': 'compile-bytecode = true\n', 'xdg/uv/uv.toml': 'cache-dir = "@/user-cache"\n' }, env: { XDG_CONFIG_HOME: '@/xdg' } },
  { name: "the user's no-cache", files: { 'xdg/uv/uv.toml': 'no-cache = true\n' }, env: { XDG_CONFIG_HOME: '@/xdg' } },
  { name: "the workspace's no-cache = false before the user's true", files: { 'ws/uv.toml': 'no-cache = false\n', 'xdg/uv/uv.toml': 'no-cache = true\n' }, env: { XDG_CONFIG_HOME: '@/xdg' } },
  { name: "the user's cache-dir with the system's no-cache", files: { 'xdg/uv/uv.toml': 'cache-dir = "@/user-cache"\n', 'sys/uv/uv.toml': 'no-cache = true\n' }, env: { XDG_CONFIG_HOME: '@/xdg', XDG_CONFIG_DIRS: '@/sys' } },
  { name: 'UV_NO_CONFIG: none', files: { 'xdg/uv/uv.toml': 'cache-dir = "@/user-cache"\nno-cache = true\n' }, env: { XDG_CONFIG_HOME: '@/xdg', UV_NO_CONFIG: '1' } },
];

/** What the action reads: undefined for uv's default dir, 'no-cache', or the dir. */
async function actionReads(ws: string, env: NodeJS.ProcessEnv): Promise<string | undefined> {
  const texts = await readUvConfig(ws, outerConfigPathsFor(env, env.UV_NO_CONFIG === '1', 'linux', '/nonexistent'));
  if (env.UV_NO_CONFIG !== '1' && noCacheFromConfigText(texts.uvToml, texts.pyproject, texts.outer)) return 'no-cache';
  const dir = env.UV_NO_CONFIG === '1' ? undefined : cacheDirFromConfigText(texts.uvToml, texts.pyproject, texts.outer)?.dir;
  return dir === undefined ? undefined : path.resolve(ws, dir);
}

const CASES = [UV_VERSION, UV_OLDEST_VERSION].flatMap((uv) => LAYOUTS.filter((l) => uv === UV_VERSION || !l.newest).map((l) => ({ ...l, uv })));

describe.skipIf(process.platform === 'win32')("the runner's uv.toml, as uv reads it (`uv cache dir`)", () => {
  it.each(CASES)('uv $uv: $name', async ({ name, files, env: layoutEnv, uv: version }) => {
    const dir = path.join(root, `${version}-${name.replace(/[^a-z]+/gi, '-')}`);
    const at = (text: string) => text.replaceAll('@', dir);
    const ws = path.join(dir, 'ws');
    mkdirSync(ws, { recursive: true });
    writeFileSync(path.join(ws, 'pyproject.toml'), PYPROJECT);
    for (const [file, text] of Object.entries(files)) {
      mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
      writeFileSync(path.join(dir, file), at(text));
    }
    const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, HOME: path.join(dir, 'home'), UV_PYTHON_DOWNLOADS: 'never', UV_OFFLINE: '1' };
    for (const [k, v] of Object.entries(layoutEnv)) env[k] = at(v);
    const uv = await runProcess(uvBin(version), ['cache', 'dir'], { cwd: ws, env, timeoutMs: 30_000 });
    expect(uv.code, uv.stderr).toBe(0);
    // uv prints a relative cache-dir as written: it is relative to uv's working dir.
    const uvDir = path.resolve(ws, uv.stdout.trim());
    const expected = await actionReads(ws, env);
    // Under no-cache uv prints a temporary dir of its own, outside the layout.
    if (expected === 'no-cache') expect(uvDir.startsWith(dir), `uv: ${uvDir}`).toBe(false);
    else if (expected === undefined) expect(uvDir).toBe(path.join(dir, 'home', '.cache', 'uv'));
    else expect(uvDir).toBe(expected);
  });
});
