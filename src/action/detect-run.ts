// Detection for the action: which members, and why. Shared by both modes, so
// `mode: detect` and `mode: sync` can never disagree on the answer.
import type { Affected } from '../affected.js';
import { detectChanges } from '../changes/detect.js';
import type { ChangeSet } from '../changes/types.js';
import { affectedFromChanges } from '../detection.js';
import type { Config } from '../inputs.js';
import { selectPackages } from '../select.js';
import type { Workspace } from '../workspace/types.js';
import { applyMarkers } from './markers.js';

export interface Detection {
  affected: Affected;
  /** Absent when the `packages` input skipped detection. */
  change?: ChangeSet;
  /** Every member's fingerprint (markers.ts); empty when it could not be computed. */
  fingerprints?: Record<string, string>;
  /** Members `skip-passed` dropped from `affected`, with the reason. */
  skipped?: Record<string, string>;
  /** What the markers did, for the summary. */
  markerNotes?: string[];
}

export interface Log {
  info(message: string): void;
  warning(message: string): void;
}

/** GitHub's environment, read once by the entry point. */
export interface GithubEnv {
  eventName?: string;
  eventPath?: string;
  apiUrl: string;
  repository?: string;
  workflowRef?: string;
  runId?: string;
  refName?: string;
}

export function readGithubEnv(env: NodeJS.ProcessEnv): GithubEnv {
  return {
    eventName: env.GITHUB_EVENT_NAME,
    eventPath: env.GITHUB_EVENT_PATH,
    apiUrl: env.GITHUB_API_URL || 'https://api.github.com',
    repository: env.GITHUB_REPOSITORY,
    workflowRef: env.GITHUB_WORKFLOW_REF,
    runId: env.GITHUB_RUN_ID,
    refName: env.GITHUB_REF_NAME,
  };
}

export async function detect(config: Config, ws: Workspace, github: GithubEnv, log: Log): Promise<Detection> {
  if (config.packages !== undefined) return applyMarkers(config, ws, { affected: selectPackages(ws, config.packages) }, github, log);
  const change = await detectChanges({
    repoRoot: config.repoRoot,
    eventName: github.eventName,
    eventPath: github.eventPath,
    base: config.base,
    head: config.head,
    changedFiles: config.changedFiles,
    api: github.repository
      ? { token: config.githubToken, url: github.apiUrl, repository: github.repository, workflowRef: github.workflowRef, runId: github.runId, ref: github.refName }
      : undefined,
    log,
  });
  // detectChanges logs its own progress and description; its warnings are ours to emit.
  for (const warning of change.warnings) log.warning(warning);
  const affected = await affectedFromChanges(ws, change, config);
  return applyMarkers(config, ws, { affected, change }, github, log);
}
