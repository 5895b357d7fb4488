// The main step run in-process against a fake runner (action/io.ts), beside
// the dist/ end-to-end tests: what a workflow sees (outputs, warnings, the
// failure line, the summary) from the step's own wiring, without a bundle.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AnnotationProps, RunnerIO } from '../../src/action/io.js';
import { runMain } from '../../src/action/main-run.js';
import { OUTPUT_NAMES } from '../../src/report/outputs.js';
import { tempTrees } from '../fixtures/workspaces/tree.js';

const tree = tempTrees();

const WORKSPACE = {
  'pyproject.toml': '[project]\nname = "root"\nversion = "0"\n[tool.uv.workspace]\nmembers = ["packages/*", "missing/*"]\n',
  'packages/a/pyproject.toml': '[project]\nname = "a"\nversion = "0"\n',
  'packages/a/a.py': '',
  'packages/b/pyproject.toml': '[project]\nname = "b"\nversion = "0"\ndependencies = ["a"]\n[tool.uv.sources]\na = { workspace = true }\n',
  'packages/c/pyproject.toml': '[project]\nname = "c"\nversion = "0"\n',
};

interface Seen {
  outputs: Record<string, string>;
  warnings: string[];
  failed: string[];
  summaries: string[];
  info: string[];
  state: Record<string, string>;
}

function fakeIO(dir: string, inputs: Record<string, string>): { io: RunnerIO; seen: Seen } {
  const seen: Seen = { outputs: {}, warnings: [], failed: [], summaries: [], info: [], state: {} };
  const io: RunnerIO = {
    env: { GITHUB_WORKSPACE: dir, PATH: process.env.PATH },
    cwd: dir,
    getInput: (name) => inputs[name] ?? '',
    info: (m) => void seen.info.push(m),
    warning: (m: string, _props?: AnnotationProps) => void seen.warnings.push(m),
    notice: () => {},
    error: () => {},
    group: (_name, fn) => fn(),
    isDebug: () => false,
    exportVariable: () => {},
    saveState: (name, value) => void (seen.state[name] = value),
    setOutput: (name, value) => void (seen.outputs[name] = value),
    setFailed: (m) => void seen.failed.push(m),
    writeSummary: async (markdown) => void seen.summaries.push(markdown),
    endStep: () => {},
  };
  return { io, seen };
}

describe('runMain in-process against a fake runner', () => {
  it('mode detect: the affected members and their dependents are the outputs, and the summary names them', async () => {
    const dir = tree(WORKSPACE);
    const { io, seen } = fakeIO(dir, { mode: 'detect', 'changed-files': 'packages/a/a.py' });
    await runMain(io);
    expect(seen.failed).toEqual([]);
    expect(JSON.parse(seen.outputs.members!)).toEqual(['a', 'b']);
    expect(seen.outputs['any-affected']).toBe('true');
    expect(Object.keys(seen.outputs).sort()).toEqual([...OUTPUT_NAMES].sort());
    expect(seen.summaries).toHaveLength(1);
    expect(seen.summaries[0]).toContain('depends on a');
    // detect mode hands nothing to post.
    expect(seen.state).toEqual({});
  });

  it('a warning is logged once and listed once in the summary', async () => {
    const dir = tree(WORKSPACE);
    const { io, seen } = fakeIO(dir, { mode: 'detect', 'changed-files': 'packages/c/pyproject.toml' });
    await runMain(io);
    const missing = seen.warnings.filter((w) => w.includes('`missing/*`'));
    expect(missing).toHaveLength(1);
    expect(seen.summaries[0]!.split('matches nothing in this checkout').length - 1).toBe(1);
  });

  it('working-directory naming a member: uv is asked for its Python from the workspace root, where the sync runs', async () => {
    const dir = tree(WORKSPACE);
    // A uv whose `python find` answers by where it is asked, and interpreters that name themselves.
    const bin = path.join(dir, '.bin');
    mkdirSync(bin);
    const python = (version: string) => {
      const file = path.join(bin, `python${version}`);
      writeFileSync(file, `#!/bin/sh\necho "cpython ${version}"\n`, { mode: 0o755 });
      return file;
    };
    const [atRoot, atMember] = [python('3.12'), python('3.11')];
    writeFileSync(
      path.join(bin, 'uv'),
      `#!/bin/sh\ncase "$1" in\n--version) echo "uv 0.13.9";;\npython) if [ "$PWD" = ${JSON.stringify(dir)} ]; then echo ${JSON.stringify(atRoot)}; else echo ${JSON.stringify(atMember)}; fi;;\nesac\n`,
      { mode: 0o755 },
    );
    const { io, seen } = fakeIO(dir, { mode: 'sync', 'working-directory': 'packages/a', 'changed-files': 'packages/a/a.py', cache: 'true', 'cache-dir': path.join(dir, '.cache') });
    io.env.PATH = `${bin}${path.delimiter}${process.env.PATH}`;
    await runMain(io);
    expect(seen.failed).toEqual([]);
    expect(seen.outputs['cache-key']).toContain('-cpython-3.12-');
  });

  it('a user error fails the step with one line naming the input, and every output is still set', async () => {
    const dir = tree(WORKSPACE);
    const { io, seen } = fakeIO(dir, { mode: 'detect', 'changed-files': 'packages/a/a.py', 'sync-args': '--package a' });
    await runMain(io);
    expect(seen.failed).toHaveLength(1);
    expect(seen.failed[0]).toMatch(/^input 'sync-args' contains '--package'/);
    expect(seen.failed[0]).not.toContain('\n');
    expect(Object.keys(seen.outputs).sort()).toEqual([...OUTPUT_NAMES].sort());
    expect(seen.outputs['any-affected']).toBe('false');
    expect(seen.summaries).toEqual([]);
  });
});
