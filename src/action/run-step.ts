// The `run` input in the main step: after a good sync, the command once per
// affected member (src/run/), each member's output printed as one collapsed
// group when it ends, a failed member annotated with the end of its output,
// and, with `skip-passed`, the markers of the members that passed handed to
// the post step (which saves them where the save gate lets the uv cache be
// saved: no `mode: record` step, so no second set of inputs to keep equal).
import { markerKey } from '../cache/marker-key.js';
import { saveGate, type SaveFacts } from '../cache/policy.js';
import type { Config } from '../inputs.js';
import { logText } from '../report/escape.js';
import { formatDuration, plural } from '../report/format.js';
import { runMembers } from '../run/execute.js';
import { planMemberRuns } from '../run/plan.js';
import { countsText, runAnnotation, runLines, runTitle, seconds, type MemberRun, type RunReport } from '../run/results.js';
import { stripAnsi } from '../text.js';
import type { RunnerIO } from './io.js';
import type { Journal } from './journal.js';
import type { MarkerToSave } from './marker-save.js';
import type { Detection } from './markers.js';
import type { GithubEnv } from './runner-env.js';
import type { MainState } from './state.js';

export interface RunStepResult {
  report: RunReport;
  /** The markers post saves, when skip-passed is on, some member passed and the save gate allows it. */
  markers?: MainState['markers'];
}

/** One member's group, then (when it did not pass) its error annotation. */
async function printRun(run: MemberRun, timeoutMs: number, io: RunnerIO): Promise<void> {
  await io.group(logText(runTitle(run, timeoutMs)), async () => {
    // Test output is the repository's text: no line of it may start a workflow command or end the group.
    for (const line of runLines(run)) io.info(logText(line));
  });
  if (run.status !== 'passed') {
    const annotation = runAnnotation(run, timeoutMs);
    io.error(stripAnsi(annotation.message), { title: annotation.title });
  }
}

/** The markers of the members that passed, keyed with their durations; or why none are saved. */
function markersToSave(report: RunReport, detection: Detection, config: Config, github: GithubEnv, facts: SaveFacts, journal: Journal): MainState['markers'] {
  const fingerprints = detection.fingerprints ?? {};
  const passed = report.runs.filter((r) => r.status === 'passed' && fingerprints[r.member]);
  if (!config.skipPassed || passed.length === 0) return undefined;
  const gate = saveGate(facts);
  if (!gate.save) {
    journal.note(gate.reason.replace(/the uv cache/g, 'passed markers'));
    return undefined;
  }
  const ref = github.refName ?? '';
  const list: MarkerToSave[] = passed.map((r) => ({
    member: r.member,
    fingerprint: fingerprints[r.member]!,
    key: markerKey(r.member, fingerprints[r.member]!, config.cacheKeySuffix, ref, seconds(r.durationMs)),
  }));
  journal.info(`skip-passed: the post step saves the passed markers of ${list.map((m) => m.member).join(', ')}`);
  return { ref, runId: github.runId ?? '', list };
}

/** Runs the command for every affected member; never throws for a member that fails. */
export async function runStep(
  config: Config,
  detection: Detection,
  uv: { uvPath: string; env: NodeJS.ProcessEnv },
  context: { github: GithubEnv; facts: SaveFacts },
  io: RunnerIO,
  journal: Journal,
): Promise<RunStepResult> {
  const members = detection.affected.members.map((m) => ({ name: m.name, path: m.path }));
  const jobs = planMemberRuns({ members, command: config.run, repoRoot: config.repoRoot, durations: detection.durations });
  const parallel = Math.min(config.runParallel, Math.max(1, jobs.length));
  journal.info(
    jobs.length === 0
      ? 'run: no member to test'
      : `run: ${plural(jobs.length, 'member')}, ${parallel} at a time, each as 'uv run --no-sync --package <member> -- ${config.run.join(' ')}' in its directory ` +
          `(stopped after ${formatDuration(config.runTimeoutMs)}, 'run-timeout')`,
  );
  const started = performance.now();
  const runs = await runMembers(jobs, {
    program: uv.uvPath,
    env: uv.env,
    parallel,
    timeoutMs: config.runTimeoutMs,
    onDone: (run) => printRun(run, config.runTimeoutMs, io),
  });
  const report: RunReport = { command: config.run, runs, skipped: detection.skipped ?? {}, parallel, timeoutMs: config.runTimeoutMs, wallMs: performance.now() - started };
  journal.info(`run: ${countsText(report)} in ${formatDuration(report.wallMs)}`);
  const markers = markersToSave(report, detection, config, context.github, context.facts, journal);
  return { report, ...(markers ? { markers } : {}) };
}
