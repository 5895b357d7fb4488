// Environment names and program lookup as each platform does them (src/env.ts,
// src/executable.ts). The platform is a parameter, so Windows's rules run here
// on real files: `Path` is PATH, PATHEXT's extensions, `.cmd` shims, and
// never the working directory.
import { readdirSync, readFileSync } from 'node:fs';
import { chmod, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyEnv, envValue } from '../../src/env.js';
import { ExecutableNotFound, resolveExecutable, windowsSystemProgram } from '../../src/executable.js';
import { runProcess, SpawnError, treeKillCommand } from '../../src/process.js';
import { UserError } from '../../src/errors.js';
import { findUv } from '../../src/uv/version.js';
import { projectRoot } from '../helpers/tools.js';

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sourceFiles(path.join(dir, entry.name)) : entry.name.endsWith('.ts') ? [path.join(dir, entry.name)] : [],
  );
}

let tmp: string;
/** A directory on PATH, another one, and the working directory holding the decoys. */
let bin: string;
let later: string;
let checkout: string;

async function program(dir: string, name: string, body = '#!/bin/sh\necho real\n'): Promise<string> {
  const file = path.join(dir, name);
  await writeFile(file, body);
  await chmod(file, 0o755);
  return file;
}

function thrown(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    return error;
  }
  throw new Error('expected a throw');
}

beforeAll(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'uvws-lookup-'));
  bin = path.join(tmp, 'bin');
  later = path.join(tmp, 'later');
  checkout = path.join(tmp, 'checkout');
  for (const dir of [bin, later, checkout]) await mkdir(dir);
});
afterAll(() => rm(tmp, { recursive: true, force: true }));

describe('environment names', () => {
  it('on Windows, `Path` is PATH: read in any case, written under the spelling it has, never a second one', () => {
    const env = copyEnv({ Path: 'C:\\bin', SystemRoot: 'C:\\Windows' }, {}, 'win32');
    expect(env.PATH).toBe('C:\\bin');
    expect(envValue(env, 'path', 'win32')).toBe('C:\\bin');
    expect('PATH' in env).toBe(true);
    env.PATH = 'D:\\uv;C:\\bin';
    env.UV_CACHE_DIR = 'D:\\cache';
    expect(Object.keys(env).sort()).toEqual(['Path', 'SystemRoot', 'UV_CACHE_DIR']);
    expect({ ...env }.Path).toBe('D:\\uv;C:\\bin');
    delete env.PATH;
    expect(Object.keys(env).sort()).toEqual(['SystemRoot', 'UV_CACHE_DIR']);
  });

  it('on Windows, a change replaces the variable however it is spelled', () => {
    const env = copyEnv({ Path: 'a', uv_python: '3.11' }, { PATH: 'b', UV_PYTHON: '3.12', RUNNER_TEMP: undefined }, 'win32');
    expect(Object.entries(env).sort()).toEqual([
      ['Path', 'b'],
      ['uv_python', '3.12'],
    ]);
  });

  it('elsewhere, `Path` is another variable', () => {
    const env = copyEnv({ Path: '/opt/uv' }, { PATH: '/usr/bin' }, 'linux');
    expect(env.PATH).toBe('/usr/bin');
    expect(envValue(env, 'path', 'linux')).toBeUndefined();
    expect(Object.keys(env).sort()).toEqual(['PATH', 'Path']);
  });

  it('no module in src copies an environment by spreading it (a spread copy is case-sensitive on Windows)', () => {
    const spreads = sourceFiles(path.join(projectRoot, 'src'))
      .filter((file) => !file.endsWith(`${path.sep}env.ts`))
      .flatMap((file) => [...readFileSync(file, 'utf8').matchAll(/\.\.\.\s*[\w.]*\benv\b(?!\w)/gi)].map((m) => `${path.relative(projectRoot, file)}: ${m[0]}`));
    expect(spreads).toEqual([]);
  });

  it('a child started with a Windows-rules copy gets each variable once', async () => {
    const env = copyEnv({ ...process.env, Uvws_Probe: 'a' }, { UVWS_PROBE: 'b' }, 'win32');
    const script = 'console.log(JSON.stringify(Object.entries(process.env).filter(([k]) => /^uvws_probe$/i.test(k))))';
    const result = await runProcess(process.execPath, ['-e', script], { env });
    expect(JSON.parse(result.stdout)).toEqual([['Uvws_Probe', 'b']]);
  });
});

describe('program lookup', () => {
  // A shell script as the program: POSIX only (Windows's rules are the next case).
  it.skipIf(process.platform === 'win32')('never runs a program from the working directory: empty and relative PATH entries are skipped', async () => {
    await program(checkout, 'git', '#!/bin/sh\necho decoy\n');
    await program(bin, 'git');
    const env = copyEnv(process.env, { PATH: ['', '.', 'sub', bin].join(':') }, 'linux');
    expect(resolveExecutable('git', { env, platform: 'linux' })).toBe(path.join(bin, 'git'));
    // The real spawn: with `.` first on PATH the platform's own lookup would run ./git.
    const result = await runProcess('git', [], { cwd: checkout, env });
    expect(result.stdout).toBe('real\n');
  });

  it('with Windows rules: PATHEXT extensions, `Path` spelled any way, never the working directory', async () => {
    await writeFile(path.join(checkout, 'git.exe'), 'decoy');
    await writeFile(path.join(later, 'git.exe'), '');
    const env = { Path: ['', '.', '.\\tools', checkout.replace(tmp, '.'), later].join(';'), PATHEXT: '.COM;.EXE;.BAT;.CMD' };
    expect(resolveExecutable('git', { env, platform: 'win32' })).toBe(path.join(later, 'git.exe'));
    expect(resolveExecutable('git.exe', { env, platform: 'win32' })).toBe(path.join(later, 'git.exe'));
    // The working directory is searched by no rule: with nothing else on PATH, git is not found.
    const error = thrown(() => resolveExecutable('git', { env: { Path: '.;' }, platform: 'win32' }));
    expect(error).toBeInstanceOf(ExecutableNotFound);
    expect((error as Error).message).toBe('git is not on PATH');
  });

  it('with Windows rules, a .cmd shim is passed over for a real .exe later on PATH', async () => {
    await writeFile(path.join(bin, 'uv.cmd'), '@echo off\n');
    await writeFile(path.join(later, 'uv.exe'), '');
    const env = { PATH: `"${bin}";${later}` };
    expect(resolveExecutable('uv', { env, platform: 'win32' })).toBe(path.join(later, 'uv.exe'));
    expect(findUv(env, 'win32')).toBe(path.join(later, 'uv.exe'));
  });

  it('with Windows rules, only a shim on PATH is one error naming it and what to do', async () => {
    await writeFile(path.join(bin, 'uv.cmd'), '@echo off\n');
    const error = thrown(() => findUv({ Path: bin }, 'win32'));
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).message).toBe(`uv on PATH is ${path.join(bin, 'uv.cmd')}, a script that cannot be started without a shell (no uv.exe is on PATH)`);
    expect((error as UserError).hint).toBe('put uv.exe on PATH before this step: astral-sh/setup-uv installs it');
  });

  it('a program not on PATH is a SpawnError saying so; a path is taken as given', async () => {
    const error = await runProcess('uvws-no-such-program', [], { env: { PATH: bin } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SpawnError);
    expect((error as SpawnError).message).toBe('uvws-no-such-program is not on PATH');
    expect(resolveExecutable(path.join(checkout, 'git'), { env: {} })).toBe(path.join(checkout, 'git'));
    expect(resolveExecutable('tools\\git.exe', { env: {}, platform: 'win32' })).toBe('tools\\git.exe');
  });

  it("Windows's own programs come from System32 under SystemRoot, spelled any way", () => {
    expect(windowsSystemProgram('taskkill.exe', { SYSTEMROOT: 'D:\\Win' })).toBe('D:\\Win\\System32\\taskkill.exe');
    expect(windowsSystemProgram('taskkill.exe', {})).toBe('C:\\Windows\\System32\\taskkill.exe');
  });
});

describe('ending a child at its timeout', () => {
  it("on Windows, taskkill from System32 ends the child's whole tree; elsewhere a signal to the child", () => {
    expect(treeKillCommand(4242, 'win32', { SystemRoot: 'C:\\Windows' })).toEqual({ file: 'C:\\Windows\\System32\\taskkill.exe', args: ['/T', '/F', '/PID', '4242'] });
    expect(treeKillCommand(4242, 'linux')).toBeUndefined();
    expect(treeKillCommand(4242, 'darwin')).toBeUndefined();
  });

  // Only Windows has the problem (TerminateProcess reaches the child alone); GitHub's Windows runner runs this.
  it('on Windows, a timeout ends the grandchild too', async (ctx) => {
    if (process.platform !== 'win32') ctx.skip('Windows only (TerminateProcess reaches the child alone); the windows-latest unit job runs it');
    const pidFile = path.join(tmp, 'grandchild.pid');
    const grandchild = 'setInterval(() => {}, 1000)';
    const parent = `const c = require('child_process').spawn(process.execPath, ['-e', ${JSON.stringify(grandchild)}], { stdio: 'ignore' }); require('fs').writeFileSync(${JSON.stringify(pidFile)}, String(c.pid)); setInterval(() => {}, 1000);`;
    const result = await runProcess(process.execPath, ['-e', parent], { timeoutMs: 5_000 });
    expect(result.timedOut).toBe(true);
    const pid = Number(readFileSync(pidFile, 'utf8'));
    const alive = () => {
      try {
        process.kill(pid, 0);
        return true;
      } catch {
        return false;
      }
    };
    for (let i = 0; i < 50 && alive(); i++) await new Promise((r) => setTimeout(r, 100));
    expect(alive()).toBe(false);
  });
});
