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
import type { ChangeSet } from '../changes/types.js';

/** The change set of a listing started early (startChanges), once the workspace it needs at the end is loaded. */
export type Changes = (ws: Workspace) => Promise<ChangeSet>;

/**
 * Starts listing the changed paths (the event, git, the API) before the
 * workspace is loaded, so git answers while it loads: the workspace (for
 * uv.lock's path, whose texts the change set carries) is needed only once
 * the list is made. Undefined when the `packages` input skips detection.
 * `shallow`: known from finding the repository (git.ts findRepo), undefined
 * when git did not find it.
 */
export function startChanges(config: Config, github: GithubEnv, log: Log, shallow?: boolean): Changes | undefined {
  if (config.packages !== undefined) return undefined;
  let loaded: (ws: Workspace) => void = () => {};
  const watch = new Promise<readonly string[]>((resolve) => (loaded = (ws) => resolve(watchedFiles(ws, config.repoRoot))));
  const change = detectChanges({
    repoRoot: config.repoRoot,
    eventName: github.eventName,
    eventPath: github.eventPath,
    base: config.base,
    head: config.head,
    changedFiles: config.changedFiles,
    watch,
    shallow,
    api: github.repository
      ? { token: config.githubToken, url: github.apiUrl, repository: github.repository, workflowRef: github.workflowRef, runId: github.runId, ref: github.refName }
      : undefined,
    log,
  });
  change.catch(() => {}); // awaited in detect, where a failure surfaces
  return (ws) => {
    loaded(ws);
    return change;
  };
}

/** `changes`: a listing startChanges started, else one started here. */
export async function detect(config: Config, ws: Workspace, github: GithubEnv, facts: Promise<EnvFacts> | undefined, log: Log, changes?: Changes): Promise<Detection> {
  if (config.packages !== undefined) return applyMarkers(config, ws, { affected: selectPackages(ws, config.packages) }, github, facts, log);
  // detectChanges logs its own progress and description; its warnings are in
  // change.warnings, for the caller's journal to log and keep for the summary.
  const change = await (changes ?? startChanges(config, github, log)!)(ws);
  const affected = await affectedFromChanges(ws, change, config);
  return applyMarkers(config, ws, { affected, change }, github, facts, log);
}
