// The bundle as GitHub's Windows runner runs it, as far as this Linux machine
// can show it: dist/ under Windows Node in Wine (scripts/lib/wine.mjs), on the
// same repository as a Linux run, with the same inputs. The step's
// environment spells the search path `Path`, as the runner does
// (test/helpers/windows-launcher.cjs). Wine has no git for Windows programs
// (they cannot start Linux ones, and no Windows git comes from a registry
// here), so the changes come from `changed-files` and the fingerprints, which
// need git, are left out; uv.exe does not start under Wine 8, so a sync ends
// at its first uv call. Skipped, with the reason printed, where Wine is missing.
import { execFileSync } from 'node:child_process';
import { copyFile, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runStep, workflowCommands, type StepResult } from '../../scripts/lib/runner.mjs';
import { prepareWindows, runWindowsNode, windowsPath, wineMissing, type WindowsTools } from '../../scripts/lib/wine.mjs';
import { createSandbox, type Repo, type Sandbox } from '../helpers/git.js';
import { distDir, projectRoot, uvPathDir } from '../helpers/tools.js';
import { makeWorkspace } from '../helpers/uv-workspace.js';

const missing = wineMissing();
if (missing) console.warn(`skipping the Wine runs: ${missing}`);

let windows: WindowsTools;
let box: Sandbox;
let repo: Repo;
let temp: string;

/** Windows's own directories, which every Windows PATH holds. */
const SYSTEM_PATH = 'C:\\windows\\system32;C:\\windows';

const CHANGED = 'py/libs/core/src/core/util.py\npy/README.md\n';

beforeAll(async () => {
  if (!missing) windows = prepareWindows();
  box = await createSandbox();
  repo = await box.repo();
  const dir = path.join(repo.dir, 'py');
  await makeWorkspace(dir, {
    members: [
      { name: 'core', path: 'libs/core' },
      { name: 'api', path: 'services/api', dependencies: ['core'] },
      { name: 'web', path: 'services/web', dependencies: ['api'] },
      { name: 'tools', path: 'tools' },
    ],
  });
  await repo.commit('workspace', { 'py/README.md': '# py\n' });
  temp = await mkdtemp(path.join(os.tmpdir(), 'uvws-wine-temp-'));
  // The first run makes the Wine prefix and fetches Windows Node and uv.exe (about a minute here).
}, 600_000);

afterAll(async () => {
  await box?.remove();
  if (temp) await rm(temp, { recursive: true, force: true });
});

const entry = (name: 'main' | 'cli') => path.join(distDir(), name, 'index.js');

/** The step on Linux, in the checkout. */
function linuxStep(inputs: Record<string, string>, env: Record<string, string | undefined> = {}): Promise<StepResult> {
  return runStep(entry('main'), { cwd: repo.dir, inputs, env: { GITHUB_WORKSPACE: repo.dir, RUNNER_TEMP: temp, GITHUB_EVENT_NAME: 'push', ...env } });
}

/** The same step under Windows Node in Wine, its environment spelling `Path` as the runner does. */
function windowsStep(inputs: Record<string, string>, stepPath: string, env: Record<string, string | undefined> = {}): Promise<StepResult> {
  return runStep(windowsPath(entry('main')), {
    cwd: repo.dir,
    inputs,
    hostPath: windowsPath,
    launcher: [windows.wine, windows.node, windowsPath(path.join(projectRoot, 'test', 'helpers', 'windows-launcher.cjs'))],
    env: { ...windows.env, GITHUB_WORKSPACE: windowsPath(repo.dir), RUNNER_TEMP: windowsPath(temp), GITHUB_EVENT_NAME: 'push', UVWS_STEP_PATH: stepPath, ...env },
  });
}

function errors(step: StepResult): string[] {
  return workflowCommands(step.stdout)
    .filter((c) => c.command === 'error')
    .map((c) => c.message);
}

describe('on Linux', () => {
  it('`Path` is another variable than PATH: a step whose uv is only on `Path` does not find it', async () => {
    const inputs = { mode: 'sync', cache: 'false', 'working-directory': 'py', 'changed-files': CHANGED };
    const linux = await linuxStep(inputs, { Path: uvPathDir(), PATH: path.dirname(process.execPath) });
    expect(linux.code).toBe(1);
    expect(errors(linux)).toEqual(['uv is not on PATH (hint: add astral-sh/setup-uv before this step)']);
  });
});

describe.skipIf(missing)('under Wine, as on a Windows runner', () => {
  it('mode: detect gives the same outputs as on Linux, and a git.exe in the checkout never runs', async () => {
    const inputs = { mode: 'detect', 'working-directory': 'py', 'changed-files': CHANGED, fingerprints: 'true' };
    const linux = await linuxStep(inputs);
    expect(linux.code, linux.stdout + linux.stderr).toBe(0);

    // A pull request that commits git.exe: Windows's own lookup would run it from
    // the working directory. The decoy is Node itself, which leaves a mark when
    // started under the name git.exe.
    const marker = path.join(temp, 'decoy-ran');
    const decoy = path.join(temp, 'decoy.cjs');
    await writeFile(decoy, `if (/git\\.exe$/i.test(process.execPath)) require('fs').writeFileSync(${JSON.stringify(windowsPath(marker))}, process.argv.join(' '));\n`);
    for (const dir of ['.', 'py']) await copyFile(windows.node, path.join(repo.dir, dir, 'git.exe'));
    try {
      const win = await windowsStep(inputs, SYSTEM_PATH, { NODE_OPTIONS: `--require ${windowsPath(decoy).replace(/\\/g, '/')}` });
      expect(win.code, win.stdout + win.stderr).toBe(0);
      expect(existsSync(marker), 'the decoy git.exe ran').toBe(false);
      const { fingerprints: linuxFingerprints, ...expected } = linux.outputs;
      const { fingerprints, ...actual } = win.outputs;
      expect(actual).toEqual(expected);
      expect(JSON.parse(actual.members!)).toEqual(['api', 'core', 'web']);
      expect(Object.keys(JSON.parse(linuxFingerprints!))).toEqual(['api', 'core', 'tools', 'web']);
      // Without git the fingerprints are left out, and the log says why.
      expect(fingerprints).toBe('{}');
      expect(win.stdout).toContain('member fingerprints could not be computed: cannot run git in Z:\\');
      expect(win.stdout).toMatch(/git is not on PATH/);
    } finally {
      for (const dir of ['.', 'py']) await rm(path.join(repo.dir, dir, 'git.exe'), { force: true });
    }
  });

  it('mode: sync finds uv.exe through `Path` and ends in one clear error about it (uv.exe does not start under Wine), not a crash', async () => {
    const inputs = { mode: 'sync', cache: 'false', 'working-directory': 'py', 'changed-files': CHANGED };
    const uvDir = windowsPath(path.dirname(windows.uv));
    const win = await windowsStep(inputs, `${SYSTEM_PATH};${uvDir}`);
    expect(win.code).toBe(1);
    expect(errors(win)).toEqual([
      expect.stringMatching(/^could not read the version of uv at Z:\\.*\\uv\.exe: it exited with code \d+ \(hint: check that the uv on PATH runs: `uv --version`\)$/),
    ]);
    expect(win.stderr).not.toMatch(/\n\s+at /); // no stack trace
  });

  it('the CLI prints the same members and affected members as on Linux', async () => {
    const files = path.join(temp, 'changed.txt');
    await writeFile(files, CHANGED);
    for (const args of [
      ['members', '--workspace', 'py', '--json'],
      ['affected', '--workspace', 'py', '--files', files, '--json'],
      ['affected', '--workspace', 'py', '--files', files],
    ]) {
      const linux = execFileSync(process.execPath, [entry('cli'), ...args], { cwd: repo.dir, encoding: 'utf8' });
      const win = await runWindowsNode(windows, [windowsPath(entry('cli')), ...args.map((a) => (a === files ? windowsPath(files) : a))], { cwd: repo.dir });
      expect(win.code, win.stderr).toBe(0);
      expect(win.stdout.replace(/\r\n/g, '\n'), args.join(' ')).toBe(linux);
    }
  });
});
