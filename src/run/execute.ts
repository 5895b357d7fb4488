// Runs the planned member jobs, `parallel` at a time, through the one process
// runner: each member's output is kept (bounded, transcript.ts) until it ends,
// then handed to `onDone` whole, so the caller prints one member at a time and
// outputs never interleave. A member past `timeoutMs` is stopped with every
// process it started (its process group on POSIX, taskkill /T on Windows).
// Nothing here throws for a member: a command that cannot start is a failed
// member with the reason.
import { copyEnv } from '../env.js';
import { runProcess, SpawnError } from '../process.js';
import type { MemberJob } from './plan.js';
import type { MemberResult, MemberRun } from './results.js';
import { Transcript } from './transcript.js';

export interface RunMembersOptions {
  /** The program the argv of each job goes to (uv's absolute path, or `uv` from PATH). */
  program: string;
  /** The environment every job starts from (its own variables are added). */
  env: NodeJS.ProcessEnv;
  parallel: number;
  timeoutMs: number;
  /** Between SIGTERM and SIGKILL at the timeout. */
  killGraceMs?: number;
  /** Called once per member as it ends, one call at a time, in finishing order. */
  onDone(run: MemberRun): void | Promise<void>;
}

async function runOne(job: MemberJob, options: RunMembersOptions): Promise<MemberRun> {
  const output = new Transcript();
  const started = performance.now();
  const push = (line: string) => output.push(line);
  try {
    const result = await runProcess(options.program, job.args, {
      cwd: job.cwd,
      env: copyEnv(options.env, job.env),
      onStdoutLine: push,
      onStderrLine: push,
      timeoutMs: options.timeoutMs,
      killTree: true,
      killGraceMs: options.killGraceMs,
      // Lines go to the transcript, which bounds them; nothing else is kept.
      maxOutput: 0,
    });
    const status = result.timedOut ? 'timed-out' : result.code === 0 ? 'passed' : 'failed';
    return { member: job.member, path: job.path, status, durationMs: result.durationMs, exitCode: result.code, ...(result.signal ? { signal: result.signal } : {}), output: output.view() };
  } catch (error) {
    if (!(error instanceof SpawnError)) throw error;
    const problem = `${error.file}: ${error.message}`;
    return { member: job.member, path: job.path, status: 'failed', durationMs: performance.now() - started, problem, output: output.view() };
  }
}

/** Runs every job; resolves with the members' results in the order they finished (their output went to `onDone`). */
export async function runMembers(jobs: readonly MemberJob[], options: RunMembersOptions): Promise<MemberResult[]> {
  const finished: MemberResult[] = [];
  let next = 0;
  // One printer at a time: a member that ends while another is being printed waits its turn.
  let printing: Promise<void> = Promise.resolve();
  const worker = async () => {
    while (next < jobs.length) {
      const job = jobs[next++]!;
      const run = await runOne(job, options);
      const { output: _printed, ...result } = run;
      finished.push(result);
      printing = printing.then(() => options.onDone(run));
      await printing;
    }
  };
  const workers = Math.max(1, Math.min(options.parallel, jobs.length));
  await Promise.all(Array.from({ length: workers }, worker));
  await printing;
  return finished;
}
