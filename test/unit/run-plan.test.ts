// The `run` input's pure parts: the processes it plans, the bounded output it
// keeps, and the words it says about each member (group title, annotation,
// the step's failure).
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { planMemberRuns } from '../../src/run/plan.js';
import { countsText, runAnnotation, runFailure, runLines, runTitle, type MemberRun, type RunReport } from '../../src/run/results.js';
import { lastLines, Transcript } from '../../src/run/transcript.js';

const members = [
  { name: 'web', path: 'apps/web' },
  { name: 'api', path: 'services/api' },
  { name: 'root', path: '.' },
  { name: 'core', path: 'libs/core' },
];

describe('planMemberRuns', () => {
  it('runs the command words after uv run --no-sync --package <member> --, in the member directory, with its name and path', () => {
    const jobs = planMemberRuns({ members: [members[1]!], command: ['pytest', '-k', 'not slow; rm -rf /', '$HOME'], repoRoot: '/repo' });
    expect(jobs).toEqual([
      {
        member: 'api',
        path: 'services/api',
        cwd: path.join('/repo', 'services', 'api'),
        args: ['run', '--no-sync', '--package', 'api', '--', 'pytest', '-k', 'not slow; rm -rf /', '$HOME'],
        env: { UVWS_MEMBER: 'api', UVWS_MEMBER_PATH: 'services/api' },
      },
    ]);
    expect(planMemberRuns({ members: [members[2]!], command: ['true'], repoRoot: '/repo' })[0]!.cwd).toBe(path.join('/repo'));
  });

  it('starts the longest first: unknown durations, then recorded ones from the longest, ties by name', () => {
    const order = planMemberRuns({ members, command: ['t'], repoRoot: '/r', durations: { web: 3, core: 40, api: 3 } }).map((j) => j.member);
    expect(order).toEqual(['root', 'core', 'api', 'web']);
    expect(planMemberRuns({ members, command: ['t'], repoRoot: '/r' }).map((j) => j.member)).toEqual(['api', 'core', 'root', 'web']);
  });
});

describe('Transcript', () => {
  it('keeps everything a small run prints, in order', () => {
    const t = new Transcript();
    for (const line of ['a', '', 'b']) t.push(line);
    expect(t.view()).toEqual({ head: ['a', '', 'b'], omittedLines: 0, omittedChars: 0, tail: [] });
    expect(lastLines(t.view(), 5)).toEqual(['a', 'b']);
  });

  it('keeps the start and the end of a huge run and counts what it left out', () => {
    const t = new Transcript(100, 100);
    for (let i = 0; i < 10_000; i++) t.push(`line ${i}`);
    const view = t.view();
    expect(view.head[0]).toBe('line 0');
    expect(view.tail.at(-1)).toBe('line 9999');
    expect(view.head.length + view.omittedLines + view.tail.length).toBe(10_000);
    expect(view.head.join('\n').length).toBeLessThanOrEqual(100);
    expect(view.tail.join('\n').length).toBeLessThanOrEqual(100);
    expect(lastLines(view, 2)).toEqual(['line 9998', 'line 9999']);
  });

  it('cuts a line longer than 16 KiB, saying by how much', () => {
    const t = new Transcript();
    t.push('x'.repeat(20_000));
    expect(t.view().head[0]).toBe(`${'x'.repeat(16 * 1024)} … (${20_000 - 16 * 1024} more characters)`);
  });
});

const output = (lines: string[]) => ({ head: lines, omittedLines: 0, omittedChars: 0, tail: [] });
const run = (over: Partial<MemberRun>): MemberRun => ({ member: 'api', path: 'services/api', status: 'passed', durationMs: 12_340, exitCode: 0, output: output([]), ...over });

describe('what a run says', () => {
  it('titles each group with the status and the duration', () => {
    expect(runTitle(run({}), 60_000)).toBe('✅ api passed in 12s');
    expect(runTitle(run({ status: 'failed', exitCode: 2, durationMs: 4_100 }), 60_000)).toBe('❌ api failed (exit code 2) in 4.1s');
    expect(runTitle(run({ status: 'failed', signal: 'SIGKILL', exitCode: 137 }), 60_000)).toBe('❌ api failed (killed by SIGKILL) in 12s');
    expect(runTitle(run({ status: 'timed-out', durationMs: 30_200 }), 30_000)).toBe("⏱️ api timed out after 30s ('run-timeout' is 0.5 minutes)");
    expect(runTitle(run({ status: 'failed', exitCode: undefined, problem: 'uv: no such file' }), 60_000)).toBe('❌ api failed (could not start: uv: no such file) in 12s');
  });

  it('prints what was left out, and something for a silent member', () => {
    expect(runLines(run({ output: { head: ['a'], omittedLines: 3, omittedChars: 40, tail: ['z'] } }))).toEqual(['a', '… 3 lines (40 characters) of output not shown here …', 'z']);
    expect(runLines(run({}))).toEqual(['(no output)']);
  });

  it('annotates a member that did not pass with the end of its output', () => {
    const lines = Array.from({ length: 30 }, (_, i) => `line ${i}`);
    const a = runAnnotation(run({ status: 'failed', exitCode: 1, output: output(lines) }), 60_000);
    expect(a.title).toBe('Tests failed: api');
    expect(a.message).toBe(`api (services/api): exit code 1.\nLast lines of its output:\n${lines.slice(10).join('\n')}`);
    const t = runAnnotation(run({ status: 'timed-out', output: output([]) }), 90_000);
    expect(t).toEqual({ title: 'Tests timed out: api', message: "api (services/api): timed out after 1m 30s ('run-timeout' is 1.5 minutes); its processes were stopped. It printed nothing." });
    expect(runAnnotation(run({ status: 'failed', output: output(['y'.repeat(10_000)]) }), 1).message.length).toBeLessThan(4200);
  });

  it('fails the step naming every member that did not pass, once all ran', () => {
    const report: RunReport = {
      command: ['pytest'],
      runs: [run({ member: 'web', status: 'timed-out' }), run({ member: 'core', status: 'failed', exitCode: 1 }), run({})],
      skipped: { utils: 'passed at 3f2a9c0d81b4 on main' },
      parallel: 2,
      timeoutMs: 60_000,
      wallMs: 70_000,
    };
    expect(runFailure(report)).toBe("tests did not pass in 2 of 3 members: core (exit code 1), web (timed out after 1m 00s); each member's output is in its group above");
    expect(countsText(report)).toBe('1 passed, 1 failed, 1 timed out, 1 skipped');
    expect(runFailure({ ...report, runs: [run({})] })).toBeUndefined();
  });
});
