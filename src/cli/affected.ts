// `uv-workspace-sync affected`: the members a change affects, as a table that
// fits the terminal, one name per line (for a shell loop), JSON with every
// detail, or the action's own outputs as `key=value` lines for $GITHUB_OUTPUT.
import { reasonLines, reasonSummary, type Reason } from '../affected/reasons.js';
import type { Affected } from '../affected/engine.js';
import type { ChangeSet } from '../changes/types.js';
import { safeJson } from '../report/escape.js';
import { buildMatrix } from '../report/matrix.js';
import { buildOutputs, CHANGE_OUTPUTS, fitOutputs } from '../report/outputs.js';
import { unownedLines } from '../report/unowned.js';
import type { AffectedArgs } from './args.js';
import { detectAffected, type CliIO, type Detected } from './context.js';
import { foldList, renderTable, tableWidth, type ListCell } from './table.js';

/** A reason as --format json gives it: the value itself (kind, paths, via, ...) and its words. */
export function reasonJson(r: Reason): Reason & { text: string[] } {
  return { ...r, text: reasonLines(r) };
}

/** Where the changed paths came from, for --format json. */
export function changeJson(change: ChangeSet) {
  return {
    source: change.source,
    description: change.description,
    ...(change.base ? { base: change.base } : {}),
    ...(change.head ? { head: change.head } : {}),
    ...(change.workTree ? { workTree: true } : {}),
  };
}

/**
 * `all`, `members` (each with `reasons` as words, the CLI contract, and
 * `details`, the same reasons as values) and `unowned` as before; then where
 * the change came from and every changed path.
 */
function affectedJson({ affected, change }: Detected) {
  return {
    all: affected.all,
    members: affected.members.map((m) => {
      // Each reason's words are made once, for `reasons` (all of them, in order: reasonsText) and its `details` entry.
      const details = m.reasons.map(reasonJson);
      return { name: m.name, path: m.path, reasons: details.flatMap((d) => d.text), details };
    }),
    unowned: affected.unowned ?? [],
    change: changeJson(change),
    changed: change.paths,
  };
}

/** The action's outputs that describe the change (report/outputs.ts), as `key=value` lines; notes of what had to be cut go to stderr. */
function githubLines(affected: Affected, io: CliIO): string {
  const matrix = buildMatrix(affected.members, 0, () => 1);
  const { outputs, notes } = fitOutputs(buildOutputs({ affected, matrix }));
  for (const note of notes) io.stderr.write(`note: ${note}\n`);
  return CHANGE_OUTPUTS.map((name) => `${name}=${outputs[name]}\n`).join('');
}

function table(detected: Detected, args: AffectedArgs, io: CliIO): void {
  const { affected, change, ws } = detected;
  const width = tableWidth(io.columns);
  if (args.base !== undefined) io.stdout.write(`changes: ${change.description}\n`);
  if (affected.all) {
    const lead = 'every member is affected: ';
    io.stdout.write(`${lead}${foldList({ items: affected.allReasons.map(reasonSummary), noun: 'reason', separator: '; ', empty: '' }, width - lead.length)}\n`);
  }
  const paths = change.paths.length;
  if (affected.members.length === 0) {
    io.stdout.write(`no member is affected (${paths} changed path${paths === 1 ? '' : 's'})\n`);
  } else {
    // With every member affected, the shared reason was said once above.
    const own = (reasons: Reason[]) => (affected.all ? reasons.filter((r) => !affected.allReasons.includes(r)) : reasons);
    const rows = affected.members.map((m): [string, string, ListCell] => [
      m.name,
      m.path,
      { items: own(m.reasons).map(reasonSummary), noun: 'reason', separator: '; ', empty: affected.all ? '(every member)' : '-' },
    ]);
    io.stdout.write(`${renderTable(['MEMBER', 'PATH', 'WHY'], rows, width)}\n`);
    io.stdout.write(`${affected.members.length} of ${ws.members.length} members affected\n`);
  }
  for (const line of unownedLines(affected.unowned)) io.stdout.write(`${line}\n`);
}

export async function affected(args: AffectedArgs, io: CliIO): Promise<void> {
  const detected = await detectAffected(args, io);
  switch (args.format) {
    case 'json':
      io.stdout.write(`${safeJson(affectedJson(detected), 2)}\n`);
      return;
    case 'names':
      for (const m of detected.affected.members) io.stdout.write(`${m.name}\n`);
      // Standard output is the names alone; what no member owns is still said.
      for (const line of unownedLines(detected.affected.unowned)) io.stderr.write(`${line}\n`);
      return;
    case 'github':
      io.stdout.write(githubLines(detected.affected, io));
      return;
    default:
      table(detected, args, io);
  }
}
