// The `run` input through dist/, with the real uv, on a workspace whose
// members' tests pass, fail, hang past `run-timeout` (with a grandchild) and
// print workflow-command-looking text (test/helpers/run-workspace.ts): one
// collapsed group per member in finishing order, nothing forged, the step
// failing after every member ran, the three outputs, the summary's Tests
// column, one error annotation per member that did not pass. Then, with
// `skip-passed`, the post step saves the markers of the members that passed
// (no `mode: record` step), the next run on the same inputs skips them, and
// a change to one member runs it (and its dependent) again.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { marked } from 'marked';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { workflowCommands } from '../../scripts/lib/runner.mjs';
import { createActionFixture, type ActionFixture, type JobResult } from '../helpers/action-e2e.js';
import { startCacheServer, type CacheServer } from '../helpers/cache-server.js';
import { htmlTables } from '../helpers/html.js';
import { passedMarkerKeys } from '../helpers/markers.js';
import { RUN_COMMAND, RUN_FIXTURE, RUN_TIMEOUT_MINUTES } from '../helpers/run-workspace.js';

let fx: ActionFixture;
let server: CacheServer;

beforeAll(async () => {
  fx = await createActionFixture(RUN_FIXTURE);
  server = await startCacheServer();
}, 120_000);

afterAll(async () => {
  await server?.close();
  await fx?.remove();
});

const INPUTS = { 'sync-args': '--locked', run: RUN_COMMAND, 'run-parallel': '2', 'run-timeout': RUN_TIMEOUT_MINUTES, 'skip-passed': 'true' };

/** The commands this action itself issues; anything else on a line start was forged. */
const OWN_COMMANDS = /^::(group|endgroup|remove-matcher|warning|error|notice|debug)( [^:]*)?::/;

function expectNoForgedCommands(stdout: string): void {
  for (const line of stdout.split('\n')) {
    const trimmed = line.trimStart();
    if (trimmed.startsWith('::')) expect(trimmed, 'a workflow command the action did not mean to issue').toMatch(OWN_COMMANDS);
    else expect(line, 'a legacy ##[ command').not.toContain('##[');
    expect(line, 'an OSC sequence reached the log').not.toContain('\x1b]');
  }
  const commands = workflowCommands(stdout);
  expect(commands.filter((c) => c.command === 'add-mask' || c.command === 'stop-commands')).toEqual([]);
  expect(commands.filter((c) => c.props.title === 'forged')).toEqual([]);
}

/** The member groups of a step's log, in order: title and the lines inside. */
function memberGroups(stdout: string): { title: string; member: string; lines: string[] }[] {
  const groups: { title: string; member: string; lines: string[] }[] = [];
  let open: { title: string; member: string; lines: string[] } | undefined;
  for (const line of stdout.split('\n')) {
    const start = /^::group::(.*)$/.exec(line);
    if (start) {
      const member = /^(?:✅|❌|⏱️) (\S+) /.exec(start[1]!)?.[1];
      open = member ? { title: start[1]!, member, lines: [] } : undefined;
      if (open) groups.push(open);
    } else if (line.startsWith('::endgroup::')) open = undefined;
    else open?.lines.push(line);
  }
  return groups;
}

function summaryTable(job: JobResult): string[][] {
  const html = marked.parse(job.main.summary, { async: false, gfm: true });
  return htmlTables(html, ' / ').find((t) => t[0]![0] === 'Member')!;
}

const markerKeys = () => passedMarkerKeys(server);

/** A workflow command's data or property as the runner reads it. */
function unescape(text: string): string {
  return text.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%3A/g, ':').replace(/%2C/g, ',').replace(/%25/g, '%');
}

/** The error annotations of a step: title and message as GitHub shows them. */
function errorsOf(job: JobResult): { title: string; message: string }[] {
  return job.annotations.filter((a) => a.command === 'error').map((a) => ({ title: unescape(a.props.title ?? ''), message: unescape(a.message) }));
}

/** Dead or a zombie waiting for its reaper: either way it holds nothing. */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  const stat = existsSync(`/proc/${pid}/stat`) ? readFileSync(`/proc/${pid}/stat`, 'utf8') : '';
  return !/^\d+ \(.*\) Z/.test(stat);
}

describe('run: one command per affected member after the sync', () => {
  let first: JobResult;

  beforeAll(async () => {
    first = await fx.runJob({ cacheServer: server, inputs: INPUTS });
  }, 300_000);

  it('prints each member as one collapsed group when it ends, with its status and duration, and forges nothing', () => {
    const groups = memberGroups(first.main.stdout);
    expect(groups.map((g) => g.member).sort(), first.log).toEqual(['api', 'bad', 'core', 'slow']);
    // Finishing order: the member that hangs until its timeout ends last.
    expect(groups.at(-1)!.member).toBe('slow');
    const by = Object.fromEntries(groups.map((g) => [g.member, g]));
    expect(by.core!.title).toMatch(/^✅ core passed in \d/);
    expect(by.api!.title).toMatch(/^✅ api passed in \d/);
    expect(by.bad!.title).toMatch(/^❌ bad failed \(exit code 1\) in \d/);
    expect(by.slow!.title).toMatch(/^⏱️ slow timed out after \d+(\.\d)?s \('run-timeout' is 0\.25 minutes\)$/);
    // Each member's lines are in its own group, and nowhere else.
    for (const [member, line] of [
      ['core', 'core: ran in its own directory'],
      ['api', 'api: printed its hostile lines'],
      ['bad', 'bad: about to fail'],
      ['slow', 'slow: started a grandchild, now hanging'],
    ] as const) {
      expect(by[member]!.lines).toContain(line);
      for (const other of groups.filter((g) => g.member !== member)) expect(other.lines).not.toContain(line);
    }
    expect(by.bad!.lines.join('\n')).toContain('AssertionError: 2 != 3 : bad arithmetic in bad');
    // The test's workflow commands are shown as typed, inert.
    expect(by.api!.lines.join('\n')).toContain('pwned by a test');
    expect(by.api!.lines.join('\n')).toContain('legacy forgery');
    expectNoForgedCommands(first.main.stdout);
  });

  it('stops the member that hangs with every process it started, and fails the step after every member ran', () => {
    const pid = Number(readFileSync(path.join(first.checkout.dir, 'packages', 'slow', 'grandchild.pid'), 'utf8'));
    expect(pid).toBeGreaterThan(0);
    expect(alive(pid), `grandchild ${pid} of the timed-out member still runs`).toBe(false);
    expect(first.main.code).toBe(1);
    const errors = errorsOf(first);
    expect(errors.map((a) => a.title)).toEqual(expect.arrayContaining(['Tests failed: bad', 'Tests timed out: slow']));
    const bad = errors.find((a) => a.title === 'Tests failed: bad')!;
    // One annotation per member, quoting the end of its output.
    expect(errors.filter((a) => a.title === 'Tests failed: bad')).toHaveLength(1);
    expect(bad.message).toMatch(/bad \(packages\/bad\): exit code 1\.\nLast lines of its output:\n[\s\S]*AssertionError: 2 != 3 : bad arithmetic in bad[\s\S]*FAILED \(failures=1\)/);
    const slow = errors.find((a) => a.title === 'Tests timed out: slow')!;
    expect(slow.message).toContain('slow (packages/slow): timed out after 15s');
    expect(slow.message).toContain('slow: started a grandchild, now hanging');
    // The step's failure names every member that did not pass.
    const failure = errors.find((a) => a.message.startsWith('tests did not pass'));
    expect(failure?.message).toBe("tests did not pass in 2 of 4 members: bad (exit code 1), slow (timed out after 15s); each member's output is in its group above");
  });

  it('sets passed, failed and results', () => {
    expect(JSON.parse(first.main.outputs.passed!)).toEqual(['api', 'core']);
    expect(JSON.parse(first.main.outputs.failed!)).toEqual(['bad', 'slow']);
    const results = JSON.parse(first.main.outputs.results!) as Record<string, { status: string; seconds: number }>;
    expect(Object.fromEntries(Object.entries(results).map(([name, r]) => [name, r.status]))).toEqual({ api: 'passed', bad: 'failed', core: 'passed', slow: 'timed-out' });
    for (const r of Object.values(results)) expect(r.seconds).toBeGreaterThan(0);
    expect(results.slow!.seconds).toBeGreaterThanOrEqual(15);
  });

  it('adds a Tests column to the summary, failed members first', () => {
    const table = summaryTable(first);
    expect(table[0]).toEqual(['Member', 'Path', 'Affected', 'Why', 'Synced', 'Tests']);
    expect(table.slice(1, 3).map((row) => row[0]).sort()).toEqual(['bad', 'slow']);
    const cell = (member: string) => table.find((row) => row[0] === member)![5]!;
    expect(cell('bad')).toMatch(/^❌ \d+\.\d s$/);
    expect(cell('slow')).toMatch(/^⏱️ timed out after \d+\.\d s$/);
    expect(cell('core')).toMatch(/^✅ \d+\.\d s$/);
    expect(first.main.summary).toContain('<b>Tests:</b> <code>uv run --no-sync --package &lt;member&gt; -- python -m unittest discover -s tests -p test&#95;&#42;.py -v</code>: 2 passed, 1 failed, 1 timed out in');
  });

  it('has post save the markers of the members that passed, with their durations', () => {
    expect(first.post?.code, first.log).toBe(0);
    const keys = markerKeys();
    expect(keys).toHaveLength(2);
    const fingerprints = JSON.parse(first.main.outputs.fingerprints!) as Record<string, string>;
    const results = JSON.parse(first.main.outputs.results!) as Record<string, { seconds: number }>;
    for (const name of ['api', 'core']) expect(keys).toContain(`uv-ws-passed-v1-${name}-${fingerprints[name]}-main-${results[name]!.seconds.toFixed(1)}s`);
    expect(first.post!.stdout).toContain(`recorded core as passed at ${fingerprints.core!.slice(0, 12)}`);
    expect(first.post!.summary).toContain('### Passed markers');
  });

  it('a second run on the same inputs skips what passed, with no record step, and runs the rest', async () => {
    const second = await fx.runJob({ cacheServer: server, inputs: INPUTS });
    const fingerprints = JSON.parse(first.main.outputs.fingerprints!) as Record<string, string>;
    expect(JSON.parse(second.main.outputs.skipped!)).toEqual({
      api: `passed at ${fingerprints.api!.slice(0, 12)} on main`,
      core: `passed at ${fingerprints.core!.slice(0, 12)} on main`,
    });
    expect(memberGroups(second.main.stdout).map((g) => g.member).sort()).toEqual(['bad', 'slow']);
    const results = JSON.parse(second.main.outputs.results!) as Record<string, { status: string; seconds: number }>;
    expect(results.core).toEqual({ status: 'skipped', seconds: 0 });
    expect(results.bad!.status).toBe('failed');
    expect(JSON.parse(second.main.outputs.passed!)).toEqual([]);
    const table = summaryTable(second);
    expect(table.find((row) => row[0] === 'core')![5]).toBe(`⏭ passed at ${fingerprints.core!.slice(0, 12)} on main`);
    expect(second.main.code).toBe(1);
  }, 300_000);

  it('a change to one member runs it and its dependent again', async () => {
    await fx.commit('core: change', { 'packages/core/src/core/x.py': 'x = 1\n' });
    const third = await fx.runJob({ cacheServer: server, inputs: INPUTS });
    expect(JSON.parse(third.main.outputs.skipped!)).toEqual({});
    expect(JSON.parse(third.main.outputs.passed!)).toEqual(['api', 'core']);
    // Two more markers: core and api at their new fingerprints.
    expect(markerKeys()).toHaveLength(4);
  }, 300_000);
});
