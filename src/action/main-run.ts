// The main step: detect → (mode sync) place and restore the cache → one uv
// sync. Everything here is wiring; the decisions live in the pure modules.
import * as core from '@actions/core';
import { formatError } from '../errors.js';
import { parseConfig } from '../inputs.js';
import { buildAnnotations, type Annotation } from '../report/annotations.js';
import { buildMatrix } from '../report/matrix.js';
import { buildOutputs } from '../report/outputs.js';
import { renderSummary, type SummaryInput } from '../report/summary.js';
import { installClosure } from '../workspace/closure.js';
import { loadWorkspace } from '../workspace/index.js';
import { detect, readGithubEnv } from './detect-run.js';
import { planPostSkip } from './post-plan.js';
import { encodeState, STATE_KEY } from './state.js';
import type { SyncOutcome } from './sync-run.js';

function emit(annotation: Annotation): void {
  const props = { title: annotation.title, file: annotation.file, startLine: annotation.startLine };
  if (annotation.level === 'error') core.error(annotation.message, props);
  else if (annotation.level === 'warning') core.warning(annotation.message, props);
  else core.notice(annotation.message, props);
}

export async function runMain(): Promise<void> {
  try {
    const repoRoot = process.env.GITHUB_WORKSPACE || process.cwd();
    const config = parseConfig((name) => core.getInput(name), repoRoot);
    const ws = loadWorkspace(config.workingDirectory, config.repoRoot);
    for (const warning of ws.warnings) core.warning(warning);
    const github = readGithubEnv(process.env);
    const detection = await detect(config, ws, github, core);
    const { affected } = detection;
    core.info(
      affected.all
        ? `all ${affected.members.length} members affected: ${affected.allReasons.join('; ')}`
        : `${affected.members.length} of ${ws.members.length} members affected: ${affected.members.map((m) => m.name).join(', ') || '(none)'}`,
    );
    const closureSizes = new Map<string, number>();
    const closureSize = (name: string): number => {
      if (!closureSizes.has(name)) closureSizes.set(name, installClosure(ws, name, config.syncArgs).size);
      return closureSizes.get(name)!;
    };
    const matrix = buildMatrix(affected.members, config.shards, closureSize);

    let outcome: SyncOutcome | undefined;
    if (config.mode === 'sync') {
      // Loaded only in sync mode: detect mode needs no uv and no cache code.
      const { runSync } = await import('./sync-run.js');
      outcome = await runSync(config, ws, detection);
      const postSkip = planPostSkip(outcome.state, { saveCache: config.saveCache, summary: config.summary, eventName: process.env.GITHUB_EVENT_NAME ?? '' });
      core.saveState(STATE_KEY, encodeState(postSkip ? { ...outcome.state, postSkip } : outcome.state));
    }

    const outputs = buildOutputs({
      affected,
      matrix,
      cache: outcome?.cacheDir
        ? { hit: outcome.state.exactHit, matchedKey: outcome.restore?.matchedKey, key: outcome.cacheKey, dir: outcome.cacheDir }
        : undefined,
      linkMode: outcome?.linkMode?.mode,
      uvVersion: outcome?.uvVersion,
    });
    for (const [name, value] of Object.entries(outputs)) core.setOutput(name, value);

    const changedPaths = detection.change?.paths ?? [];
    for (const annotation of buildAnnotations({
      affected,
      changedPaths,
      members: ws.members,
      report: outcome?.sync?.report,
      cacheDir: outcome?.cacheDir,
      matrixLegs: matrix.include.length,
    })) {
      emit(annotation);
    }

    if (config.summary) {
      const affectedNames = new Map(affected.members.map((m) => [m.name, m]));
      const synced = outcome?.sync ? new Set(affected.members.map((m) => m.name)) : new Set<string>();
      const summary: SummaryInput = {
        mode: config.mode,
        workspaceRoot: ws.rootPath,
        members: ws.members.map((m) => ({
          name: m.name,
          path: m.path,
          affected: affectedNames.has(m.name),
          reasons: affectedNames.get(m.name)?.reasons ?? [],
          synced: synced.has(m.name),
        })),
        change: {
          source: detection.change?.source ?? 'changed-files',
          description: detection.change?.description ?? `packages input: ${affected.members.map((m) => m.name).join(', ')}`,
          changedFiles: detection.change?.paths.length,
          all: affected.all,
          allReasons: affected.allReasons,
        },
        cache: outcome?.summaryCache,
        linkMode: outcome?.linkMode,
        uvVersion: outcome?.uvVersion,
        sync: outcome?.sync,
        matrix: config.mode === 'detect' ? matrix : undefined,
        notes: outcome?.notes,
        warnings: [...ws.warnings, ...(detection.change?.warnings ?? []), ...(outcome?.warnings ?? [])],
      };
      await core.summary.addRaw(renderSummary(summary), true).write();
    }
    if (outcome?.failure) {
      core.setFailed(
        outcome.sync?.report.errors.length ? `${outcome.failure}; uv's error is annotated above and in the job summary` : outcome.failure,
      );
    }
  } catch (error) {
    core.setFailed(formatError(error));
  }
}
