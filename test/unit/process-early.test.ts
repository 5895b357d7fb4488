// startProcessSync starts what a later runProcessSync asks, so a synchronous
// caller (the workspace load) takes git's answer without blocking on it. The
// answer it hands over must be the one runProcessSync gives when it runs the
// child itself, in success and in every failure; it is taken once, only by
// the same question, and only once it is in.
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runProcessSync, startProcessSync } from '../../src/process.js';

const tmp = mkdtempSync(path.join(os.tmpdir(), 'uvws-early-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** A script whose output (NUL bytes, a partial last record) and exit code the test chooses; it counts its runs. */
const script = path.join(tmp, 'answer.sh');
writeFileSync(script, 'echo run >> "$1"; printf "a\\0b\\0%s" "$2"; exit "$3"\n');

function runs(log: string): number {
  try {
    return readFileSync(log, 'utf8').split('\n').filter(Boolean).length;
  } catch {
    return 0;
  }
}

const CASES: [name: string, args: string[], options: { cwd?: string; maxOutput?: number }][] = [
  ['success', ['ok', '0'], {}],
  ['a failure', ['partial', '3'], {}],
  ['output over the bound', ['x'.repeat(64), '0'], { maxOutput: 16 }],
  ['output at the bound', ['x'.repeat(12), '0'], { maxOutput: 16 }],
  ['a missing directory', ['ok', '0'], { cwd: path.join(tmp, 'gone') }],
];

describe('startProcessSync', () => {
  for (const [name, args, options] of CASES) {
    it(`hands over runProcessSync's own answer: ${name}`, async () => {
      const log = path.join(tmp, `${name}.log`);
      const direct = runProcessSync('sh', [script, log, ...args], options);
      await startProcessSync('sh', [script, log, ...args], options);
      const before = runs(log);
      expect(runProcessSync('sh', [script, log, ...args], options)).toEqual(direct);
      // Taken from the early child, not run again...
      expect(runs(log)).toBe(before);
      // ...and only once: the next call asks again.
      expect(runProcessSync('sh', [script, log, ...args], options)).toEqual(direct);
      if (!options.cwd) expect(runs(log)).toBe(before + 1);
    });
  }

  it('a program not on PATH: undefined, as runProcessSync says', async () => {
    await startProcessSync('no-such-program-uvws', []);
    expect(runProcessSync('no-such-program-uvws', [])).toBeUndefined();
  });

  it('is taken only by the same question, and not before it is in', async () => {
    const log = path.join(tmp, 'other.log');
    const started = startProcessSync('sh', [script, log, 'early', '0']);
    // Not in yet (no turn of the event loop has passed): the caller runs the child itself, and the early answer is dropped.
    expect(runProcessSync('sh', [script, log, 'early', '0'])?.toString()).toBe('a\0b\0early');
    await started;
    const ran = runs(log);
    // The caller's own run; the dropped early child is stopped, so it counts only if it got that far first.
    expect([1, 2]).toContain(ran);
    expect(runProcessSync('sh', [script, log, 'early', '0'])?.toString()).toBe('a\0b\0early');
    expect(runs(log)).toBe(ran + 1);
    await startProcessSync('sh', [script, log, 'early', '0'], { cwd: tmp });
    const before = runs(log);
    // Another directory is another question.
    expect(runProcessSync('sh', [script, log, 'early', '0'])?.toString()).toBe('a\0b\0early');
    expect(runs(log)).toBe(before + 1);
    // Its own question takes it (its output file goes with it: none is left in the temp directory).
    expect(runProcessSync('sh', [script, log, 'early', '0'], { cwd: tmp })?.toString()).toBe('a\0b\0early');
    expect(runs(log)).toBe(before + 1);
  });

  it('writes the answer to a file of its own, readable by this user alone, and leaves none behind once taken', async () => {
    const temp = mkdtempSync(path.join(tmp, 'temp-'));
    const saved = process.env.TMPDIR;
    process.env.TMPDIR = temp;
    try {
      const log = path.join(tmp, 'own-file.log');
      const started = startProcessSync('sh', [script, log, 'own', '0']);
      const [file, ...more] = readdirSync(temp);
      expect(more).toEqual([]);
      if (process.platform !== 'win32') expect(statSync(path.join(temp, file!)).mode & 0o777).toBe(0o600);
      await started;
      expect(runProcessSync('sh', [script, log, 'own', '0'])?.toString()).toBe('a\0b\0own');
      expect(readdirSync(temp)).toEqual([]);
    } finally {
      if (saved === undefined) delete process.env.TMPDIR;
      else process.env.TMPDIR = saved;
    }
  });
});
