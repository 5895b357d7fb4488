// The action's outputs, as the strings `core.setOutput` receives. Every
// output in action.yml is always present, so a workflow expression never
// sees an output that is missing on one path and set on another.
import type { Affected } from '../affected.js';
import type { Matrix } from './matrix.js';

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
  'cache-hit',
  'cache-matched-key',
  'cache-key',
  'cache-dir',
  'link-mode',
  'uv-version',
  'fingerprints',
  'skipped',
] as const;

export type OutputName = (typeof OUTPUT_NAMES)[number];

export function buildOutputs(input: OutputsInput): Record<OutputName, string> {
  const { affected, matrix, cache } = input;
  const members = [...affected.members].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const reasons: Record<string, string[]> = {};
  for (const member of members) reasons[member.name] = member.reasons;
  return {
    members: JSON.stringify(members.map((m) => m.name)),
    paths: JSON.stringify(members.map((m) => m.path)),
    matrix: JSON.stringify({ include: matrix.include }),
    count: String(members.length),
    'any-affected': String(members.length > 0),
    all: String(affected.all),
    reasons: JSON.stringify(reasons),
    // No cache is not a hit: `if: steps.x.outputs.cache-hit != 'true'` keeps working.
    'cache-hit': String(cache?.hit ?? false),
    'cache-matched-key': cache?.matchedKey ?? '',
    'cache-key': cache?.key ?? '',
    'cache-dir': cache?.dir ?? '',
    'link-mode': input.linkMode ?? '',
    'uv-version': input.uvVersion ?? '',
    fingerprints: JSON.stringify(input.fingerprints ?? {}),
    skipped: JSON.stringify(input.skipped ?? {}),
  };
}
