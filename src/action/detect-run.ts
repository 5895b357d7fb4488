// Detection for the action: which members, and why. Shared by both modes, so
// `mode: detect` and `mode: sync` can never disagree on the answer.
import { detectChanges } from '../changes/detect.js';
import { affectedFromChanges, watchedFiles } from '../affected/from-changes.js';
import type { Config } from '../inputs.js';
import { selectPackages } from '../affected/packages.js';
import type { Workspace } from '../workspace/types.js';
import type { Log } from '../log.js';
import type { EnvFacts } from '../fingerprint/compute.js';
import { applyMarkers, type Detection } from './markers.js';
import type { GithubEnv } from './runner-env.js';

/** `shallow`: known from finding the repository (git.ts findRepo), undefined when git did not find it. */
export async function detect(config: Config, ws: Workspace, github: GithubEnv, facts: Promise<EnvFacts> | undefined, log: Log, shallow?: boolean): Promise<Detection> {
  if (config.packages !== undefined) return applyMarkers(config, ws, { affected: selectPackages(ws, config.packages) }, github, facts, log);
  const change = await detectChanges({
    repoRoot: config.repoRoot,
    eventName: github.eventName,
    eventPath: github.eventPath,
    base: config.base,
    head: config.head,
    changedFiles: config.changedFiles,
    watch: watchedFiles(ws, config.repoRoot),
    shallow,
    api: github.repository
      ? { token: config.githubToken, url: github.apiUrl, repository: github.repository, workflowRef: github.workflowRef, runId: github.runId, ref: github.refName }
      : undefined,
    log,
  });
  // detectChanges logs its own progress and description; its warnings are in
  // change.warnings, for the caller's journal to log and keep for the summary.
  const affected = await affectedFromChanges(ws, change, config);
  return applyMarkers(config, ws, { affected, change }, github, facts, log);
}
