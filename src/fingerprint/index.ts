// Fingerprints of a checkout in one call, for the CLI and the action: reads
// uv.lock, the tracked files' content ids and the machine's facts, then
// hands them to the pure fingerprintFacts.
import type { Dependents } from '../inputs.js';
import { loadSurfaces } from '../workspace/member-files.js';
import { readBoundedText } from '../read-file.js';
import { probeUv, type UvMachine } from '../uv/machine.js';
import { repoRelative } from '../workspace/discover.js';
import { parseLock, type Lock } from '../workspace/lockfile.js';
import type { Workspace } from '../workspace/types.js';
import { fingerprintFacts, type EnvFacts, type FingerprintFacts } from './compute.js';
import { fileContentIds } from './files.js';
import type { SyncArgs } from '../workspace/selection.js';

/** Python, OS, arch and uv as the step sees them (uv/machine.ts); no uv on PATH is `none`, not a failure. */
export function envFactsOf(machine: UvMachine): EnvFacts {
  return { python: `${machine.python.implementation}-${machine.python.version}`, os: process.platform, arch: process.arch, uv: machine.uv?.version ?? 'none' };
}

async function readLock(ws: Workspace): Promise<Lock | undefined> {
  if (!ws.lockPath) return undefined;
  const text = readBoundedText(ws.lockPath, repoRelative(ws.repoRoot, ws.lockPath));
  return text === undefined ? undefined : parseLock(text, repoRelative(ws.repoRoot, ws.lockPath));
}

export interface FingerprintOptions {
  syncArgs: SyncArgs;
  ignore?: readonly string[];
  global?: readonly string[];
  /** `any`: every file of a member reaches its dependents (as `affected` with `dependents: any`). */
  dependents?: Dependents;
  /** Machine facts, still being probed (uv/machine.ts); probed here from `env` when absent. */
  facts?: Promise<EnvFacts>;
  env?: NodeJS.ProcessEnv;
}

/** `{member: hex}` for the checkout at `ws.repoRoot`, keys in name order. */
export async function fingerprintWorkspace(ws: Workspace, options: FingerprintOptions): Promise<Record<string, string>> {
  const facts = await workspaceFingerprintFacts(ws, options);
  return Object.fromEntries(Object.entries(facts.members).map(([name, m]) => [name, m.fingerprint]));
}

/** The fingerprints of the checkout at `ws.repoRoot`, with the facts that went into them. */
export async function workspaceFingerprintFacts(ws: Workspace, options: FingerprintOptions): Promise<FingerprintFacts> {
  const [lock, files, facts] = await Promise.all([
    readLock(ws),
    fileContentIds(ws.repoRoot),
    options.facts ?? probeUv(ws.root, options.env ?? process.env, options.syncArgs.python).then(envFactsOf),
  ]);
  const prefix = ws.rootPath === '.' ? '' : `${ws.rootPath}/`;
  const surfaces =
    options.dependents === 'any'
      ? undefined
      : loadSurfaces(ws, [], [...files.keys()].filter((p) => p.startsWith(prefix)).map((p) => p.slice(prefix.length)), options.syncArgs);
  return fingerprintFacts({ ws, lock, files, env: facts, syncArgs: options.syncArgs, ignore: options.ignore, global: options.global, surfaces });
}
