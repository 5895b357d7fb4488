// Detection for the action: which members, and why. Shared by both modes, so
// `mode: detect` and `mode: sync` can never disagree on the answer.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { computeAffected, type Affected } from '../affected.js';
import { detectChanges, readFileAtRef } from '../changes/detect.js';
import type { ChangeSet } from '../changes/types.js';
import type { Config } from '../inputs.js';
import { selectPackages } from '../select.js';
import type { Workspace } from '../workspace/types.js';

export interface Detection {
  affected: Affected;
  /** Absent when the `packages` input skipped detection. */
  change?: ChangeSet;
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

/** Every member, each with the one reason the whole workspace is affected. */
export function allMembers(ws: Workspace, reason: string): Affected {
  return { all: true, allReasons: [reason], members: ws.members.map((m) => ({ name: m.name, path: m.path, reasons: [reason] })) };
}

/**
 * uv.lock at base and head when the change touched it, for the lock
 * attribution. Head is the checkout unless another head was compared.
 */
async function lockTexts(ws: Workspace, change: ChangeSet, repoRoot: string): Promise<{ base: string | undefined; head: string | undefined } | undefined> {
  if (!ws.lockPath) return undefined;
  const lockRel = path.relative(repoRoot, ws.lockPath).split(path.sep).join('/');
  if (!change.paths.includes(lockRel)) return undefined;
  const base = change.base ? await readFileAtRef(repoRoot, change.base, lockRel) : undefined;
  const head = change.head
    ? await readFileAtRef(repoRoot, change.head, lockRel)
    : await readFile(ws.lockPath, 'utf8').catch(() => undefined);
  return { base, head };
}

export async function detect(config: Config, ws: Workspace, github: GithubEnv, log: Log): Promise<Detection> {
  if (config.packages !== undefined) return { affected: selectPackages(ws, config.packages) };
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
  if (change.all) return { affected: allMembers(ws, change.allReason ?? 'every member (no change list)'), change };
  const affected = computeAffected(ws, {
    paths: change.paths,
    ignore: config.ignore,
    global: config.global,
    lock: await lockTexts(ws, change, config.repoRoot),
    syncArgs: config.syncArgs,
  });
  return { affected, change };
}
