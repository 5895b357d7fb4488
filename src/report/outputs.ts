// The action's outputs, as the strings `core.setOutput` receives. Every
// output in action.yml is always present, so a workflow expression never
// sees an output that is missing on one path and set on another.
import type { Affected } from '../affected/engine.js';
import { reasonsText } from '../affected/reasons.js';
import type { Matrix } from './matrix.js';
import { runOutputs, type RunReport } from '../run/results.js';
import { by } from '../text.js';

export interface OutputsInput {
  affected: Affected;
  matrix: Matrix;
  /** Absent when the cache was not used (mode `detect`, `cache: false`). */
  cache?: { hit: boolean; matchedKey?: string; key?: string; dir?: string };
  linkMode?: string;
  uvVersion?: string;
  /** Every member's fingerprint (`{}` when not computed). */
  fingerprints?: Record<string, string>;
  /** Members `skip-passed` dropped, with the reason. */
  skipped?: Record<string, string>;
  /** The `run` input's run per member, when there was one. */
  run?: RunReport;
}

/** Output names in the order action.yml lists them. */
export const OUTPUT_NAMES = [
  'members',
  'paths',
  'matrix',
  'count',
  'any-affected',
  'all',
  'reasons',
  'unowned',
  'cache-hit',
  'cache-matched-key',
  'cache-key',
  'cache-dir',
  'link-mode',
  'uv-version',
  'fingerprints',
  'skipped',
  'passed',
  'failed',
  'results',
] as const;

export type OutputName = (typeof OUTPUT_NAMES)[number];

/** The outputs that describe a change and what it affects (no cache, no sync): what the CLI's `--format github` prints. */
export const CHANGE_OUTPUTS = ['members', 'paths', 'matrix', 'count', 'any-affected', 'all', 'reasons', 'unowned'] as const satisfies readonly OutputName[];

export function buildOutputs(input: OutputsInput): Record<OutputName, string> {
  const { affected, matrix, cache } = input;
  const members = [...affected.members].sort(by((m) => m.name));
  const reasons: Record<string, string[]> = {};
  for (const member of members) reasons[member.name] = reasonsText(member.reasons);
  const run = runOutputs(input.run);
  return {
    members: JSON.stringify(members.map((m) => m.name)),
    paths: JSON.stringify(members.map((m) => m.path)),
    matrix: JSON.stringify({ include: matrix.include }),
    count: String(members.length),
    'any-affected': String(members.length > 0),
    all: String(affected.all),
    reasons: JSON.stringify(reasons),
    unowned: JSON.stringify(affected.unowned ?? []),
    // No cache is not a hit: `if: steps.x.outputs.cache-hit != 'true'` keeps working.
    'cache-hit': String(cache?.hit ?? false),
    'cache-matched-key': cache?.matchedKey ?? '',
    'cache-key': cache?.key ?? '',
    'cache-dir': cache?.dir ?? '',
    'link-mode': input.linkMode ?? '',
    'uv-version': input.uvVersion ?? '',
    fingerprints: JSON.stringify(input.fingerprints ?? {}),
    skipped: JSON.stringify(input.skipped ?? {}),
    passed: JSON.stringify(run.passed),
    failed: JSON.stringify(run.failed),
    results: JSON.stringify(run.results),
  };
}

/** Every output with its empty value: what a workflow sees when main fails before it knows more. */
export function emptyOutputs(): Record<OutputName, string> {
  return buildOutputs({ affected: { all: false, allReasons: [], members: [] }, matrix: { include: [] } });
}

/**
 * GitHub keeps at most 1 MB of outputs per job, counted in UTF-16 (docs:
 * "Outputs can be a maximum of 1 MB per job ... approximated based on UTF-16
 * encoding"). Leave room for the outputs of the job's other steps.
 */
export const OUTPUTS_BUDGET_BYTES = 768 * 1024;

const size = (outputs: Record<string, string>) =>
  Object.entries(outputs).reduce((n, [name, value]) => n + 2 * (name.length + value.length), 0);

/**
 * The most the `unowned` list takes of the budget on its own: a change can
 * hold thousands of paths no member owns (crewAI keeps 92% of its files
 * outside every member), and they must not push out what the sync uses.
 */
const UNOWNED_BUDGET_BYTES = 64 * 1024;

const LIMIT = 'outputs are limited to 1 MB per job';

/** A JSON list cut to the longest prefix whose UTF-16 size fits `room` bytes, and a note when it was cut. */
function cutList(name: string, text: string, room: number, why: string, rest: string): { text: string; note?: string } {
  if (2 * text.length <= room) return { text };
  const list = JSON.parse(text) as string[];
  let keep = list.length;
  while (keep > 0 && 2 * JSON.stringify(list.slice(0, keep)).length > room) keep = Math.floor(keep * 0.9);
  return { text: JSON.stringify(list.slice(0, keep)), note: `the ${name} output lists ${keep} of ${list.length} (${why}); ${rest}` };
}

const UNOWNED_REST = 'the log and the job summary say how many there are';

/**
 * Outputs that fit `budget`: `unowned` never takes more than its own share;
 * then first the `reasons` fold to one line per member, then they go, then
 * shard legs lose their `paths` lists, and last the lists are cut short.
 * Each step taken is said in `notes` (for the log): a cut list is never silent.
 */
export function fitOutputs(outputs: Record<OutputName, string>, budget = OUTPUTS_BUDGET_BYTES): { outputs: Record<OutputName, string>; notes: string[] } {
  const out = { ...outputs };
  const notes: string[] = [];
  const unowned = cutList('unowned', out.unowned, Math.min(UNOWNED_BUDGET_BYTES, budget), 'it is kept under 64 KB, so it never pushes out the other outputs', UNOWNED_REST);
  out.unowned = unowned.text;
  if (unowned.note) notes.push(unowned.note);
  if (size(out) <= budget) return { outputs: out, notes };
  const reasons = JSON.parse(out.reasons) as Record<string, string[]>;
  out.reasons = JSON.stringify(
    Object.fromEntries(Object.entries(reasons).map(([name, list]) => [name, list.length > 1 ? [list[0]!, `and ${list.length - 1} more`] : list])),
  );
  notes.push('the reasons output keeps the first reason of each member (outputs are limited to 1 MB per job)');
  if (size(out) > budget) {
    out.reasons = '{}';
    notes.push('the reasons output is empty: it does not fit GitHub\'s 1 MB limit; the job summary has them');
  }
  if (size(out) > budget && out.results !== '{}') {
    out.results = '{}';
    notes.push("the results output is empty: it does not fit GitHub's 1 MB limit; the passed and failed outputs and the job summary have the outcome of each member");
  }
  if (size(out) > budget && out.fingerprints !== '{}') {
    out.fingerprints = '{}';
    notes.push("the fingerprints output is empty: it does not fit GitHub's 1 MB limit; 'uv-workspace-sync fingerprints --json' prints them");
  }
  if (size(out) > budget) {
    const matrix = JSON.parse(out.matrix) as Matrix;
    out.matrix = JSON.stringify({ include: matrix.include.map(({ paths: _paths, ...leg }) => leg) });
    notes.push('matrix legs carry their common path only, not each member\'s path (outputs are limited to 1 MB per job)');
  }
  for (const name of ['unowned', 'paths', 'members', 'passed', 'failed'] as const) {
    if (size(out) <= budget) break;
    const room = Math.max(0, budget - (size(out) - 2 * out[name].length));
    const cut = cutList(name, out[name], room, LIMIT, name === 'unowned' ? UNOWNED_REST : 'use the matrix output or the job summary for the rest');
    out[name] = cut.text;
    if (cut.note) notes.push(cut.note);
  }
  return { outputs: out, notes };
}
