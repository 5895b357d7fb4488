// The layer rules and the function-length limit are only worth having if they
// catch what they are for: each check runs on the real tree (it must pass) and
// on a temp copy of src/ with one planted violation (it must fail, naming it).
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../helpers/tools.js';

const depcruise = path.join(projectRoot, 'node_modules', '.bin', 'depcruise');
const config = path.join(projectRoot, '.dependency-cruiser.cjs');
const temps: string[] = [];
afterAll(() => temps.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** A copy of the project's src/ and tsconfig in a temp dir, for planting violations. */
function copyOfSrc(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'uvws-layers-'));
  temps.push(dir);
  cpSync(path.join(projectRoot, 'src'), path.join(dir, 'src'), { recursive: true });
  cpSync(path.join(projectRoot, 'tsconfig.json'), path.join(dir, 'tsconfig.json'));
  return dir;
}

function cruise(cwd: string) {
  return spawnSync(depcruise, ['src', '--config', config, '--output-type', 'err'], { cwd, encoding: 'utf8' });
}

function plant(dir: string, file: string, line: string) {
  const p = path.join(dir, file);
  writeFileSync(p, `${line}\n${readFileSync(p, 'utf8')}`);
}

describe('layer rules (dependency-cruiser)', () => {
  it('the real tree keeps them', () => {
    const run = cruise(projectRoot);
    expect(run.stdout + run.stderr).not.toMatch(/error /);
    expect(run.status).toBe(0);
  });

  it.each([
    ['workspace-is-the-bottom', 'src/workspace/names.ts', "import '../affected/engine.js';"],
    ['core-not-shell', 'src/affected/engine.ts', "import '../action/state.js';"],
    ['affected-takes-a-change-set', 'src/affected/from-changes.ts', "import '../changes/git.js';"],
    ['no-circular', 'src/errors.ts', "import './workspace/discover.js';"],
    ['leaves-are-leaves', 'src/log.ts', "import './workspace/names.js';"],
    ['runner-only-in-shell', 'src/affected/engine.ts', "import '@actions/core';"],
    ['one-process-runner', 'src/changes/git.ts', "import 'node:child_process';"],
  ])('a planted %s violation fails the check and is named', (rule, file, line) => {
    const dir = copyOfSrc();
    plant(dir, file, line);
    const run = cruise(dir);
    expect(run.status).not.toBe(0);
    expect(run.stdout + run.stderr).toContain(rule);
  });
});

describe('function length', () => {
  const script = path.join(projectRoot, 'scripts', 'function-length.mjs');

  it('no function in src/ is over 60 lines', () => {
    expect(() => execFileSync(process.execPath, [script], { cwd: projectRoot, encoding: 'utf8', stdio: 'pipe' })).not.toThrow();
  });

  it('a planted 61-line function fails the check and is named', () => {
    const dir = copyOfSrc();
    const body = Array.from({ length: 59 }, (_, i) => `  const v${i} = ${i};`).join('\n');
    writeFileSync(path.join(dir, 'src', 'planted.ts'), `export function planted(): void {\n${body}\n}\n`);
    const run = spawnSync(process.execPath, [script, path.join(dir, 'src')], { encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/planted\.ts:1: planted is 61 lines/);
  });
});
