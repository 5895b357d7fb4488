// The pool that runs a command per member (src/run/execute.ts), with real
// processes (Node scripts standing in for `uv run`): N at a time, each
// member handed over whole when it ends and one at a time, a member past its
// timeout stopped with the processes it started, a flood of output kept
// bounded, a program that cannot start a failed member with the reason.
import { readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runMembers } from '../../src/run/execute.js';
import type { MemberJob } from '../../src/run/plan.js';
import type { MemberRun } from '../../src/run/results.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'uvws-run-members-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const job = (member: string, script: string): MemberJob => ({ member, path: `p/${member}`, cwd: dir, args: ['-e', script], env: { UVWS_MEMBER: member } });

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  return !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
}

describe('runMembers', () => {
  it('runs N at a time and hands each member over whole, one at a time, in finishing order', async () => {
    let printing = false;
    const done: MemberRun[] = [];
    const log = path.join(dir, 'concurrency.log');
    const script = (ms: number) =>
      `const fs = require('node:fs'); fs.appendFileSync(${JSON.stringify(log)}, '+'); ` +
      `for (let i = 0; i < 50; i++) { console.log(process.env.UVWS_MEMBER + ' line ' + i); console.error(process.env.UVWS_MEMBER + ' err ' + i); } ` +
      `setTimeout(() => { fs.appendFileSync(${JSON.stringify(log)}, '-'); process.exit(process.env.UVWS_MEMBER === 'b' ? 3 : 0); }, ${ms});`;
    const jobs = [job('a', script(600)), job('b', script(50)), job('c', script(50))];
    const runs = await runMembers(jobs, {
      program: process.execPath,
      env: process.env,
      parallel: 2,
      timeoutMs: 60_000,
      onDone: async (run) => {
        expect(printing, 'two members printed at once').toBe(false);
        printing = true;
        await new Promise((resolve) => setTimeout(resolve, 20));
        done.push(run);
        printing = false;
      },
    });
    expect(runs.map((r) => r.member)).toEqual(done.map((r) => r.member));
    // Never more than two at once: each member marks its start (+) and its end (-).
    let open = 0;
    let most = 0;
    for (const mark of readFileSync(log, 'utf8')) most = Math.max(most, (open += mark === '+' ? 1 : -1));
    expect(most).toBe(2);
    // b and c are short; a, started first, ends last.
    expect(done.map((r) => r.member)).toEqual(['b', 'c', 'a']);
    const b = done[0]!;
    expect(b).toMatchObject({ status: 'failed', exitCode: 3, path: 'p/b' });
    expect(b.output.head).toHaveLength(100);
    expect(b.output.head.filter((l) => l.startsWith('b line'))).toEqual(Array.from({ length: 50 }, (_, i) => `b line ${i}`));
    expect(done.find((r) => r.member === 'a')!.status).toBe('passed');
  });

  it('stops a member at its timeout with every process it started', async () => {
    const pidFile = path.join(dir, 'grandchild.pid');
    const script = `const { spawn } = require('node:child_process'); const c = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' }); require('node:fs').writeFileSync(${JSON.stringify(pidFile)}, String(c.pid)); console.log('hanging'); setInterval(() => {}, 1000);`;
    let run: MemberRun | undefined;
    const [result] = await runMembers([job('slow', script)], { program: process.execPath, env: process.env, parallel: 1, timeoutMs: 1500, killGraceMs: 500, onDone: (r) => void (run = r) });
    expect(result).toMatchObject({ member: 'slow', status: 'timed-out', signal: 'SIGTERM' });
    expect(run!.output.head).toEqual(['hanging']);
    const pid = Number(await readFile(pidFile, 'utf8'));
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(alive(pid), `grandchild ${pid} outlived its member's timeout`).toBe(false);
  });

  it('keeps a flood of output bounded, a line without an end included', async () => {
    const script = `const line = 'x'.repeat(1000); for (let i = 0; i < 5000; i++) console.log(i + ' ' + line); process.stdout.write('y'.repeat(3 * 1024 * 1024));`;
    let run: MemberRun | undefined;
    const [result] = await runMembers([job('loud', script)], { program: process.execPath, env: process.env, parallel: 1, timeoutMs: 60_000, onDone: (r) => void (run = r) });
    expect(result!.status).toBe('passed');
    // Printed, then dropped: the results kept for the outputs hold no output.
    expect(result).not.toHaveProperty('output');
    const kept = [...run!.output.head, ...run!.output.tail].join('\n').length;
    expect(kept).toBeLessThan(2.2 * 1024 * 1024);
    expect(run!.output.omittedLines).toBeGreaterThan(0);
    expect(run!.output.head[0]).toMatch(/^0 x+$/);
    // The unterminated 3 MiB at the end arrives in 1 MiB pieces (never held whole), each cut to a printable line.
    const ys = run!.output.tail.filter((line) => line.startsWith('y'));
    expect(ys).toHaveLength(3);
    for (const line of ys) expect(line).toMatch(/^y{16384} … \(\d+ more characters\)$/);
  });

  it('makes a member whose program cannot start a failed member with the reason', async () => {
    const [run] = await runMembers([job('gone', '')], { program: path.join(dir, 'no-such-uv'), env: process.env, parallel: 4, timeoutMs: 1000, onDone: () => {} });
    expect(run).toMatchObject({ member: 'gone', status: 'failed' });
    expect(run!.problem).toMatch(/no-such-uv/);
  });
});
