// The runner's protocol as action/runner.ts speaks it, read back the way the
// runner reads it (scripts/lib/runner.mjs: file commands and workflow commands).
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { runner } from '../../src/action/runner.js';
import { setEnv } from '../helpers/cache-server.js';

let dir: string;
let restore: () => void;
let written: string[];

beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'uvws-runner-'));
  const files = Object.fromEntries(['GITHUB_OUTPUT', 'GITHUB_ENV', 'GITHUB_STATE', 'GITHUB_STEP_SUMMARY'].map((v) => [v, path.join(dir, v)]));
  for (const f of Object.values(files)) writeFileSync(f, '');
  restore = setEnv({ ...files, 'INPUT_SYNC-ARGS': '  --locked \n', INPUT_MY_INPUT: 'x', RUNNER_DEBUG: undefined, UV_CACHE_DIR: undefined });
  written = [];
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    written.push(String(chunk));
    return true;
  });
  // Each test is a step of its own (the cap counts per step).
  runner.endStep();
  written = [];
});
afterEach(() => {
  vi.restoreAllMocks();
  restore();
  rmSync(dir, { recursive: true, force: true });
});

describe('annotations past GitHub\'s cap of 10 per kind and step', () => {
  const commands = (kind: string) => written.filter((line) => line.startsWith(`::${kind}`));
  test('the first are annotations, the next plain log lines, and one annotation at the end says how many', () => {
    for (let i = 0; i < 120; i++) runner.warning(`w${i}\n::add-mask::x`, { file: 'a.py' });
    for (let i = 0; i < 12; i++) runner.error(`e${i}`);
    runner.notice('n');
    const exitCode = process.exitCode;
    runner.setFailed('the step failed');
    process.exitCode = exitCode;
    expect(commands('warning')).toHaveLength(9);
    expect(commands('error')).toHaveLength(9);
    expect(written.filter((line) => line.startsWith('warning (a.py): w'))).toHaveLength(100);
    // Plain lines carry the text neutralised: a line break shows as \n, so nothing starts a command.
    expect(written).toContain('warning (a.py): w9\\n::add-mask::x\n');
    expect(written.filter((line) => line.startsWith('error: e'))).toHaveLength(4);
    runner.endStep();
    expect(commands('warning')).toHaveLength(10);
    expect(commands('warning').at(-1)).toBe(
      "::warning::111 more warnings than GitHub shows in one step: the first 100 in the log above as 'warning: …' lines, the other 11 not printed.\n",
    );
    expect(commands('error')).toHaveLength(10);
    expect(commands('error').at(-1)).toBe("::error::4 more errors than GitHub shows in one step: all in the log above as 'error: …' lines.\n");
    expect(commands('notice')).toEqual(['::notice::n\n']);
    // A new step starts afresh.
    written = [];
    runner.warning('again');
    expect(commands('warning')).toEqual(['::warning::again\n']);
  });
});

describe('runner', () => {
  test('inputs: INPUT_ + upper case, spaces as _, hyphens kept, trimmed', () => {
    expect(runner.getInput('sync-args')).toBe('--locked');
    expect(runner.getInput('my input')).toBe('x');
    expect(runner.getInput('missing')).toBe('');
  });

  test('a multi-line value is one output, and cannot smuggle in another', () => {
    runner.setOutput('members', 'a\nb=c\nmatrix<<EOF\nx\nEOF');
    runner.saveState('s', '{"x":1}');
    runner.exportVariable('UV_CACHE_DIR', '/c');
    const block = /^(\w+)<<(ghadelimiter_[0-9a-f-]{36})\n([\s\S]*?)\n\2\n$/;
    const out = block.exec(readFileSync(path.join(dir, 'GITHUB_OUTPUT'), 'utf8'));
    expect(out?.[1]).toBe('members');
    expect(out?.[3]).toBe('a\nb=c\nmatrix<<EOF\nx\nEOF');
    expect(block.exec(readFileSync(path.join(dir, 'GITHUB_STATE'), 'utf8'))?.[3]).toBe('{"x":1}');
    expect(process.env.UV_CACHE_DIR).toBe('/c');
    expect(written).toEqual([]);
  });

  test('annotations escape their data and properties, so nothing starts a command of its own', () => {
    runner.warning('50% done\n::error::forged', { title: 'a, b: c', file: 'x\n::notice::y.py', startLine: 3 });
    expect(written.join('')).toBe('::warning title=a%2C b%3A c,file=x%0A%3A%3Anotice%3A%3Ay.py,line=3::50%25 done%0A::error::forged\n');
  });

  test('group and endgroup around the work, even when it throws; setFailed marks the step failed', async () => {
    await expect(runner.group('uv sync', async () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(written).toEqual(['::group::uv sync\n', '::endgroup::\n']);
    const before = process.exitCode;
    runner.setFailed('uv sync failed');
    expect(process.exitCode).toBe(1);
    process.exitCode = before;
  });

  test('the summary is appended; a missing one is an error naming the file', async () => {
    await runner.appendSummary('### a');
    await runner.appendSummary('### b');
    expect(readFileSync(path.join(dir, 'GITHUB_STEP_SUMMARY'), 'utf8')).toBe('### a\n### b\n');
    process.env.GITHUB_STEP_SUMMARY = path.join(dir, 'gone', 'summary');
    await expect(runner.appendSummary('x')).rejects.toThrow(/^GITHUB_STEP_SUMMARY \(.*gone\/summary\) cannot be written: ENOENT$/);
  });
});
