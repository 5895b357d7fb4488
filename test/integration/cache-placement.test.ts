// Cache placement with the real link probe on real filesystems, checked
// against what the real uv then does when it installs from that cache.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { chooseCacheDir, linkModeFromProbe, probeLinks, resolveLinkMode, type ProbeFs } from '../../src/cache/placement.js';
import { uvBin, uvTestEnv } from '../helpers/tools.js';

let root: string;
let workspace: string;
let venv: string;

beforeEach(() => {
  root = mkdtempSync(path.join(os.tmpdir(), 'uvws-placement-'));
  workspace = path.join(root, 'repo');
  mkdirSync(workspace);
  venv = path.join(workspace, '.venv');
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

/** A writable dir on another filesystem than os.tmpdir() (/dev/shm is tmpfs here), or undefined. */
function otherFilesystem(): string | undefined {
  try {
    const dir = mkdtempSync('/dev/shm/uvws-placement-');
    if (statSync(dir).dev !== statSync(os.tmpdir()).dev) return dir;
    rmSync(dir, { recursive: true, force: true });
  } catch {
    // no /dev/shm: the injected-EXDEV tests below still cover the logic
  }
  console.warn('skipping tmpfs placement tests: /dev/shm is not a separate writable filesystem here');
  return undefined;
}

function exdev(): Error {
  return Object.assign(new Error("EXDEV: cross-device link not permitted, link 'a' -> 'b'"), { code: 'EXDEV' });
}
const crossDevice: ProbeFs = {
  link: async () => {
    throw exdev();
  },
  clone: async () => {
    throw exdev();
  },
};

function probeLeftovers(...dirs: string[]): string[] {
  return dirs.flatMap((d) => (existsSync(d) ? readdirSync(d).filter((n) => n.includes('uv-workspace-sync-probe')) : []));
}

/** A minimal pure-Python wheel, so uv can install offline from a local file. */
function buildWheel(dir: string): string {
  const wheel = path.join(dir, 'demo_pkg-0.1.0-py3-none-any.whl');
  const script = `
import sys, zipfile
files = {
  "demo_pkg/__init__.py": "VALUE = 42\\n",
  "demo_pkg-0.1.0.dist-info/METADATA": "Metadata-Version: 2.1\\nName: demo-pkg\\nVersion: 0.1.0\\n",
  "demo_pkg-0.1.0.dist-info/WHEEL": "Wheel-Version: 1.0\\nGenerator: test\\nRoot-Is-Purelib: true\\nTag: py3-none-any\\n",
}
with zipfile.ZipFile(sys.argv[1], "w") as z:
  for name, text in files.items():
    z.writestr(name, text)
  z.writestr("demo_pkg-0.1.0.dist-info/RECORD", "".join(f"{n},,\\n" for n in files) + "demo_pkg-0.1.0.dist-info/RECORD,,\\n")
`;
  execFileSync('python3', ['-c', script, wheel]);
  return wheel;
}

/** Installs the wheel into `venv` with the given cache dir and link mode; returns uv's stderr and the installed file's link count. */
function uvInstall(cacheDir: string, linkMode: string | undefined): { stderr: string; nlink: number } {
  const env = uvTestEnv({ UV_CACHE_DIR: cacheDir });
  delete env.UV_LINK_MODE;
  if (linkMode) env.UV_LINK_MODE = linkMode;
  if (!existsSync(venv)) execFileSync(uvBin(), ['venv', '--python', 'python3', venv], { env, stdio: 'pipe' });
  const wheel = buildWheel(root);
  const run = spawnSync(uvBin(), ['pip', 'install', '--python', path.join(venv, 'bin', 'python'), wheel], { env, encoding: 'utf8' });
  expect(run.status, run.stderr).toBe(0);
  const installed = readdirSync(path.join(venv, 'lib')).map((py) => path.join(venv, 'lib', py, 'site-packages', 'demo_pkg', '__init__.py'));
  return { stderr: run.stderr, nlink: statSync(installed[0]!).nlink };
}

describe('automatic placement', () => {
  test('RUNNER_TEMP on the venv filesystem is kept, and uv really hardlinks from it', async () => {
    const runnerTemp = path.join(root, '_temp');
    mkdirSync(runnerTemp);
    const choice = await chooseCacheDir({ runnerTemp, workspaceRoot: workspace, venvDir: venv });
    expect(choice).toMatchObject({ dir: path.join(runnerTemp, 'uv-cache'), source: 'RUNNER_TEMP', sameFilesystem: true, linkMode: 'hardlink' });
    expect(choice.probe.hardlink).toBe(true);
    expect(choice.warning).toBeUndefined();
    expect(probeLeftovers(choice.dir, workspace)).toEqual([]);

    const link = resolveLinkMode('auto', undefined, choice.linkMode);
    const installed = uvInstall(choice.dir, link.exportValue);
    expect(installed.nlink).toBeGreaterThan(1);
    expect(installed.stderr).not.toMatch(/Failed to hardlink/);
  });

  test('without RUNNER_TEMP (a laptop) the cache goes to <workspace>/.uv-cache', async () => {
    const choice = await chooseCacheDir({ workspaceRoot: workspace, venvDir: venv });
    expect(choice).toMatchObject({ dir: path.join(workspace, '.uv-cache'), source: 'workspace', linkMode: 'hardlink' });
  });

  test('a venv that does not exist yet, deep in a missing dir, is probed at its nearest existing ancestor', async () => {
    const deepVenv = path.join(workspace, 'not', 'yet', '.venv');
    const choice = await chooseCacheDir({ workspaceRoot: workspace, venvDir: deepVenv });
    expect(choice.probe.target).toBe(workspace);
    expect(choice.linkMode).toBe('hardlink');
    expect(existsSync(path.join(workspace, 'not'))).toBe(false);
  });

  test('RUNNER_TEMP on another filesystem (tmpfs) is rejected for <workspace>/.uv-cache, and left as it was', async () => {
    const shm = otherFilesystem();
    if (!shm) return;
    try {
      const choice = await chooseCacheDir({ runnerTemp: shm, workspaceRoot: workspace, venvDir: venv });
      expect(choice).toMatchObject({ dir: path.join(workspace, '.uv-cache'), source: 'workspace', sameFilesystem: true, linkMode: 'hardlink' });
      expect(choice.reason).toContain(`${path.join(shm, 'uv-cache')} rejected: it is on a different filesystem`);
      expect(choice.warning).toBeUndefined();
      expect(readdirSync(shm)).toEqual([]); // the rejected candidate dir was removed again
    } finally {
      rmSync(shm, { recursive: true, force: true });
    }
  });

  test('when the probe is made to reject every dir, uv copies and one warning says so', async () => {
    const runnerTemp = path.join(root, '_temp');
    const choice = await chooseCacheDir({ runnerTemp, workspaceRoot: workspace, venvDir: venv, fs: crossDevice });
    expect(choice.linkMode).toBe('copy');
    expect(choice.dir).toBe(path.join(runnerTemp, 'uv-cache'));
    expect(choice.warning).toMatch(/uv cannot link from any cache dir .* \(hint: /);
    // The other candidate it created and rejected is gone.
    expect(existsSync(path.join(workspace, '.uv-cache'))).toBe(false);
  });

  test('a dir where hardlinks fail but reflinks work is used with link-mode clone', async () => {
    const fs: ProbeFs = {
      link: async () => {
        throw Object.assign(new Error('EPERM: operation not permitted'), { code: 'EPERM' });
      },
      clone: async () => {},
    };
    const choice = await chooseCacheDir({ workspaceRoot: workspace, venvDir: venv, fs });
    expect(choice).toMatchObject({ source: 'workspace', linkMode: 'clone' });
    expect(resolveLinkMode('auto', undefined, choice.linkMode)).toMatchObject({ mode: 'clone', exportValue: 'clone' });
  });
});

describe('a cache dir the user chose', () => {
  test('cache-dir on the same filesystem is used as given (relative to the workspace), no warning', async () => {
    const choice = await chooseCacheDir({ inputCacheDir: 'caches/uv', envCacheDir: '/elsewhere', runnerTemp: root, workspaceRoot: workspace, venvDir: venv });
    expect(choice).toMatchObject({ dir: path.join(workspace, 'caches', 'uv'), source: 'cache-dir', linkMode: 'hardlink', reason: "set by input 'cache-dir'" });
    expect(choice.warning).toBeUndefined();
  });

  test('~ in cache-dir means the home dir', async () => {
    const choice = await chooseCacheDir({ inputCacheDir: '~/uv-cache', workspaceRoot: workspace, venvDir: venv, homeDir: root });
    expect(choice.dir).toBe(path.join(root, 'uv-cache'));
  });

  test('~\\ in cache-dir means the home dir on Windows; elsewhere a backslash is part of a name', async () => {
    const windows = await chooseCacheDir({ inputCacheDir: '~\\uv-cache', workspaceRoot: workspace, venvDir: venv, homeDir: root, platform: 'win32' });
    expect(windows.dir).toBe(path.join(root, 'uv-cache'));
    const linux = await chooseCacheDir({ inputCacheDir: '~\\uv-cache', workspaceRoot: workspace, venvDir: venv, homeDir: root, platform: 'linux' });
    expect(linux.dir).toBe(path.join(workspace, '~\\uv-cache'));
  });

  test('cache-dir forced onto tmpfs: kept, one warning with the fix, and uv copies without warning again', async () => {
    const shm = otherFilesystem();
    if (!shm) return;
    try {
      const forced = path.join(shm, 'uv-cache');
      const choice = await chooseCacheDir({ inputCacheDir: forced, runnerTemp: root, workspaceRoot: workspace, venvDir: venv });
      expect(choice).toMatchObject({ dir: forced, source: 'cache-dir', sameFilesystem: false, linkMode: 'copy' });
      expect(choice.probe.hardlinkError).toMatch(/EXDEV/);
      expect(choice.warning).toContain(`the uv cache dir ${forced} (set by input 'cache-dir') cannot be linked into ${venv}`);
      expect(choice.warning).toContain('different filesystem');
      expect(choice.warning).toContain("(hint: remove 'cache-dir'");
      expect(choice.warning).toContain(path.join(workspace, '.uv-cache'));
      expect(probeLeftovers(forced, workspace)).toEqual([]);

      // What uv does with that dir: without a link mode it warns on every install...
      const link = resolveLinkMode('auto', undefined, choice.linkMode);
      expect(link.exportValue).toBe('copy');
      const plain = uvInstall(forced, undefined);
      expect(plain.stderr).toMatch(/Failed to hardlink/);
      expect(plain.nlink).toBe(1);
      // ...with the exported UV_LINK_MODE=copy it copies quietly: our warning is the only one.
      rmSync(venv, { recursive: true, force: true });
      const quiet = uvInstall(forced, link.exportValue);
      expect(quiet.stderr).not.toMatch(/hardlink/i);
      expect(quiet.nlink).toBe(1);
    } finally {
      rmSync(shm, { recursive: true, force: true });
    }
  });

  test('UV_CACHE_DIR on another filesystem (probe made to reject): warning names UV_CACHE_DIR', async () => {
    const choice = await chooseCacheDir({ envCacheDir: path.join(root, 'env-cache'), workspaceRoot: workspace, venvDir: venv, fs: crossDevice });
    expect(choice).toMatchObject({ source: 'UV_CACHE_DIR', linkMode: 'copy', reason: 'set by UV_CACHE_DIR' });
    expect(choice.warning).toMatch(/^the uv cache dir .* \(set by UV_CACHE_DIR\) cannot be linked .* \(hint: unset UV_CACHE_DIR/);
  });

  test('a cache-dir nobody can write (sysfs) is refused as read-only, not as another filesystem', async () => {
    await expect(chooseCacheDir({ inputCacheDir: '/sys/uvws-cache-test', workspaceRoot: workspace, venvDir: venv })).rejects.toThrow(
      /^the uv cache dir \/sys\/uvws-cache-test \(set by input 'cache-dir'\) is read-only \((EPERM|EROFS|EACCES)/,
    );
  });

  test('an existing dir of somebody else\'s files is refused before anything is written to it; an empty dir or a uv cache is fine', async () => {
    const foreign = path.join(root, 'foreign');
    execFileSync('mkdir', ['-p', path.join(foreign, 'src')]);
    execFileSync('touch', [path.join(foreign, 'notes.txt')]);
    await expect(chooseCacheDir({ inputCacheDir: foreign, workspaceRoot: workspace, venvDir: venv })).rejects.toThrow(/is not empty and is not a uv cache \(no CACHEDIR\.TAG; it holds notes\.txt, src…\)/);
    expect(execFileSync('ls', ['-A', foreign]).toString().split('\n').filter(Boolean)).toEqual(['notes.txt', 'src']);
    execFileSync('touch', [path.join(foreign, 'CACHEDIR.TAG')]);
    await expect(chooseCacheDir({ inputCacheDir: foreign, workspaceRoot: workspace, venvDir: venv })).resolves.toMatchObject({ dir: foreign });
    // Chosen by the action itself: a foreign dir is skipped, not used.
    const runnerTemp = path.join(root, 'rt-foreign');
    execFileSync('mkdir', ['-p', path.join(runnerTemp, 'uv-cache')]);
    execFileSync('touch', [path.join(runnerTemp, 'uv-cache', 'mine.txt')]);
    const auto = await chooseCacheDir({ runnerTemp, workspaceRoot: workspace, venvDir: venv });
    expect(auto.dir).not.toBe(path.join(runnerTemp, 'uv-cache'));
    expect(auto.reason).toMatch(/rejected: it is not empty and is not a uv cache/);
  });

  test('an unwritable cache-dir is reported as such', async () => {
    const blocker = path.join(root, 'file');
    execFileSync('touch', [blocker]);
    const choice = await chooseCacheDir({ inputCacheDir: path.join(blocker, 'cache'), workspaceRoot: workspace, venvDir: venv });
    expect(choice.linkMode).toBe('copy');
    expect(choice.warning).toMatch(/cannot be written/);
  });
});

describe('the link mode, as uv prefers it on each platform', () => {
  test('on macOS clone comes first (uv\'s default there); this ext4 refuses a clone, so the probe falls back to hardlink and says why', async () => {
    const choice = await chooseCacheDir({ workspaceRoot: workspace, venvDir: venv, platform: 'darwin' });
    if (choice.probe.reflink) {
      // A file system that clones (btrfs, XFS with reflink, APFS): clone, as uv on macOS.
      expect(choice.linkMode).toBe('clone');
      expect(choice.linkWhy).toBe("clone is uv's default on macOS, and the probe cloned a file from the cache into the venv's dir");
      return;
    }
    expect(choice.linkMode).toBe('hardlink');
    expect(choice.linkWhy).toMatch(/^clone is uv's default on macOS, but the probe's clone failed \((ENOTSUP|EOPNOTSUPP|EINVAL|EXDEV|ENOSYS)\); hardlink worked$/);
  });

  test('on Linux and Windows hardlink comes first, even where a clone works', async () => {
    const both: ProbeFs = { link: async () => {}, clone: async () => {} };
    const linux = await chooseCacheDir({ workspaceRoot: workspace, venvDir: venv, fs: both, platform: 'linux' });
    expect([linux.linkMode, linux.linkWhy]).toEqual(['hardlink', "hardlink is uv's default on Linux, and the probe hardlinked a file from the cache into the venv's dir"]);
    const macos = await chooseCacheDir({ workspaceRoot: workspace, venvDir: venv, fs: both, platform: 'darwin' });
    expect(macos.linkMode).toBe('clone');
    expect(resolveLinkMode('auto', undefined, macos.linkMode)).toMatchObject({ mode: 'clone', exportValue: 'clone' });
  });

  test('neither works: copy, with both reasons', () => {
    const probe = { cacheDir: 'c', target: 't', sameDevice: false, hardlink: false, hardlinkError: "EXDEV: cross-device link not permitted, link 'a' -> 'b'", reflink: false, reflinkError: 'EXDEV: x' };
    expect(linkModeFromProbe(probe, 'win32')).toEqual({ mode: 'copy', why: "hardlink is uv's default on Windows, but the probe's hardlink failed (EXDEV), and so did clone (EXDEV)" });
  });
});

describe('probeLinks', () => {
  test('reports hardlink and reflink separately and cleans up after itself', async () => {
    const cache = path.join(root, 'c');
    const probe = await probeLinks(cache, workspace);
    expect(probe.hardlink).toBe(true);
    expect(probe.sameDevice).toBe(true);
    // ext4 has no reflink, btrfs/xfs do: either way the answer is recorded, with the reason when it failed.
    expect(probe.reflink || /EOPNOTSUPP|EXDEV|ENOTSUP|EINVAL|ENOSYS/.test(probe.reflinkError ?? '')).toBe(true);
    expect(probeLeftovers(cache, workspace)).toEqual([]);
  });
});
