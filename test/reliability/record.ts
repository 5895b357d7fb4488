// What the reliability tests saw, for docs/troubleshooting.md and the README
// figure: each test file writes test-results/reliability/<name>.json, and
// scripts/troubleshooting.mjs merges them into test-results/reliability.json
// and renders the doc.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { workflowCommands, type StepResult } from '../../scripts/lib/runner.mjs';
import { projectRoot } from '../helpers/tools.js';

const RESULTS_DIR = path.join(projectRoot, 'test-results', 'reliability');
export const TROUBLESHOOTING = path.join(projectRoot, 'docs', 'troubleshooting.md');

export function writeResults(name: string, data: unknown): void {
  mkdirSync(RESULTS_DIR, { recursive: true });
  writeFileSync(path.join(RESULTS_DIR, `${name}.json`), `${JSON.stringify(data, null, 2)}\n`);
}

/** Replaces temp directories in a message with stable placeholders, longest first. */
export function normalizeMessage(text: string, dirs: Record<string, string>): string {
  let out = text;
  for (const [dir, placeholder] of Object.entries(dirs).sort((a, b) => b[0].length - a[0].length)) {
    if (dir) out = out.split(dir).join(placeholder);
  }
  return out;
}

/** Undoes @actions/core's escaping of a workflow command's message. */
export function unescapeCommand(text: string): string {
  return text.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
}

/** The messages of one workflow command (`warning`, `error`, ...) a step printed, unescaped. */
export function commandMessages(step: StepResult | undefined, command: string): string[] {
  return workflowCommands(step?.stdout ?? '')
    .filter((c) => c.command === command)
    .map((c) => unescapeCommand(c.message));
}

/** A results row per case: what was tried, the outcome it should have, and whether its test passed. */
export function caseRows(cases: readonly { id: string; did: string; outcome: string }[], passed: ReadonlySet<string>) {
  return cases.map((c) => ({ id: c.id, did: c.did, outcome: c.outcome, passed: passed.has(c.id) }));
}
