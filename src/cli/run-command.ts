// The CLI's `run`: the action's `run` input on a laptop. The members a change
// affects (the same detection as `affected`; every member without --base or
// --files), optionally one `uv sync --package a --package b …` first, then
// the command once per member through the same pool (src/run/): each
// member's output printed whole under a header when it ends, a table of the
// results at the end, exit status 1 when any member failed.
import type { Affected } from '../affected/engine.js';
import { copyEnv } from '../env.js';
import { safeJson } from '../report/escape.js';
import { formatDuration, plural } from '../report/format.js';
import { runMembers } from '../run/execute.js';
import { planMemberRuns } from '../run/plan.js';
import { countsText, runLines, runOutputs, runTitle, type MemberRun, type RunReport } from '../run/results.js';
import { runUv } from '../uv/run.js';
import { planSync } from '../uv/sync.js';
import { findUv, uvVersion } from '../uv/version.js';
import type { Workspace } from '../workspace/types.js';
import type { AffectedArgs } from './args.js';
import type { RunArgs } from './run-args.js';
import { renderTable } from './table.js';

/** The CLI's streams (run.ts CliIO; its text is already made safe for a terminal there). */
interface RunIO {
  cwd: string;
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
}

/** The CLI's detection (as `affected` answers it; every member without --base or --files), handed in by run.ts, which imports this module. */
type Detect = (args: AffectedArgs, io: RunIO) => Promise<{ repoRoot: string; ws: Workspace; affected: Affected }>;

/** One `uv sync` of the members (several on a uv that takes one --package per sync); false when it failed. */
async function syncFirst(uv: string, ws: Workspace, names: string[], args: RunArgs, env: NodeJS.ProcessEnv, io: RunIO): Promise<boolean> {
  const plan = planSync({ members: names, syncArgs: args.syncArgs, uvVersion: await uvVersion(uv, env), debug: false });
  if (plan.note) io.stderr.write(`note: ${plan.note}\n`);
  for (const invocation of plan.invocations) {
    io.stderr.write(`$ uv ${invocation.join(' ')}\n`);
    const line = (text: string) => io.stderr.write(`${text}\n`);
    const result = await runUv(uv, invocation, { cwd: ws.root, env, onStderrLine: line, onStdoutLine: line, killTree: true });
    if (result.code !== 0) {
      io.stderr.write(`error: uv sync failed with exit code ${result.code}; no member was run\n`);
      return false;
    }
  }
  return true;
}

/** A member's output, whole, under a header with its status and duration. */
function printRun(run: MemberRun, timeoutMs: number, out: RunIO['stdout']): void {
  const title = runTitle(run, timeoutMs);
  out.write(`── ${title} ${'─'.repeat(Math.max(3, 72 - title.length))}\n`);
  for (const line of runLines(run)) out.write(`${line}\n`);
}

function printResults(report: RunReport, args: RunArgs, io: RunIO): void {
  if (args.format === 'json') {
    io.stdout.write(`${safeJson(runOutputs(report), 2)}\n`);
    return;
  }
  const { results } = runOutputs(report);
  const rows = Object.entries(results).map(([name, r]): [string, string, string] => [name, r.status, r.seconds.toFixed(1)]);
  io.stdout.write(`\n${renderTable(['MEMBER', 'RESULT', 'SECONDS'], rows)}\n`);
  io.stdout.write(`${countsText(report)} in ${formatDuration(report.wallMs)}, ${report.parallel} at a time\n`);
}

/** `uv-workspace-sync run … -- COMMAND…`; returns the exit status. */
export async function runCommand(args: RunArgs, io: RunIO, detect: Detect): Promise<number> {
  const { repoRoot, ws, affected: result } = await detect({ ...args, command: 'affected' }, io);
  const names = result.members.map((m) => m.name);
  if (names.length === 0) {
    io.stderr.write('no member is affected: nothing to run\n');
    return 0;
  }
  const env = copyEnv(process.env);
  const uv = findUv(env);
  io.stderr.write(`${plural(names.length, 'member')} of ${ws.members.length}: ${names.join(', ')}\n`);
  if (args.sync && !(await syncFirst(uv, ws, names, args, env, io))) return 1;
  const jobs = planMemberRuns({ members: result.members, command: args.run, repoRoot });
  const parallel = Math.min(args.parallel, jobs.length);
  const started = performance.now();
  // With --json, stdout is the JSON alone: the members' output goes to stderr.
  const out = args.format === 'json' ? io.stderr : io.stdout;
  const runs = await runMembers(jobs, { program: uv, env, parallel, timeoutMs: args.timeoutMs, onDone: (run) => printRun(run, args.timeoutMs, out) });
  const report: RunReport = { command: args.run, runs, skipped: {}, parallel, timeoutMs: args.timeoutMs, wallMs: performance.now() - started };
  printResults(report, args, io);
  return runs.some((r) => r.status !== 'passed') ? 1 : 0;
}
