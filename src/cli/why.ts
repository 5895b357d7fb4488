// `uv-workspace-sync why MEMBER`: the chain from each changed path to the
// member, one line per hop, or why the change does not reach it.
import { reasonLines, viaText } from '../affected/reasons.js';
import { whyMember, type Chain, type WhyAnswer } from '../affected/why.js';
import { UserError } from '../errors.js';
import { safeJson } from '../report/escape.js';
import { plural } from '../report/format.js';
import { unownedLines } from '../report/unowned.js';
import { normalizeName } from '../workspace/names.js';
import type { ChainHop } from '../workspace/closure.js';
import type { WhyArgs } from './args.js';
import { changeJson, reasonJson } from './affected.js';
import { detectAffected, type CliIO } from './context.js';

/** Chains printed in full before `and N more`; --format json has them all. */
const MAX_CHAINS = 10;

function hopLine(hop: ChainHop): string {
  return `-> ${hop.member} installs ${hop.installs}${hop.extra ? `[${hop.extra}]` : ''} (${viaText(hop.via)})`;
}

/** What changed in the changed member (its reasons' words), then each hop from it to the member asked about. */
function chainLines(chain: Chain): string[] {
  const what = chain.reasons.flatMap((r) => reasonLines(r));
  return [`  ${chain.changed}: ${what[0]}`, ...what.slice(1).map((line) => `    ${line}`), ...[...chain.hops].reverse().map((hop) => `    ${hopLine(hop)}`)];
}

function affectedLines(answer: Extract<WhyAnswer, { affected: true }>): string[] {
  const lines = [`${answer.member} (${answer.path}) is affected:`];
  for (const line of answer.reasons.flatMap((r) => reasonLines(r))) lines.push(`  ${line}`);
  if (answer.chains.length > 0) {
    lines.push(`it installs ${plural(answer.chains.length, 'changed member')} (uv sync --package ${answer.member}):`);
    for (const chain of answer.chains.slice(0, MAX_CHAINS)) lines.push(...chainLines(chain));
    if (answer.chains.length > MAX_CHAINS) lines.push(`  and ${answer.chains.length - MAX_CHAINS} more (--format json lists them all)`);
  }
  return lines;
}

function notAffectedLines(answer: Extract<WhyAnswer, { affected: false }>): string[] {
  const lines = [`${answer.member} (${answer.path}) is not affected by ${plural(answer.changed, 'changed path')}:`];
  lines.push(`  ${answer.changed === 1 ? 'it is not' : 'none of them is'} in ${answer.path} or among its inputs`);
  const names = (list: readonly string[]) => (list.length > 8 ? `${list.slice(0, 8).join(', ')} and ${list.length - 8} more` : list.join(', '));
  if (answer.installs.length === 0) lines.push(`  uv sync --package ${answer.member} installs no other member`);
  else lines.push(`  uv sync --package ${answer.member} installs ${plural(answer.installs.length, 'other member')}: ${names(answer.installs)}`);
  for (const { member, reasons } of answer.offSurface) {
    lines.push(`  ${member} changed, but no member that installs it sees the change:`, ...reasons.flatMap((r) => reasonLines(r)).map((l) => `    ${l}`));
  }
  if (answer.elsewhere.length > 0) lines.push(`  changed, and not installed by ${answer.member}: ${names(answer.elsewhere)}`);
  return lines;
}

export async function why(args: WhyArgs, io: CliIO): Promise<void> {
  const detected = await detectAffected(args, io);
  const { ws, affected, change } = detected;
  const name = normalizeName(args.member);
  if (!ws.members.some((m) => m.name === name)) {
    throw new UserError(`'${args.member}' is not a member of the workspace at ${ws.rootPath}`, "'uv-workspace-sync members --format names' lists them");
  }
  const answer = whyMember(ws, affected, name, change.paths.length, args.syncArgs);
  if (args.format === 'json') {
    const reasons = answer.affected
      ? { reasons: answer.reasons.map(reasonJson), chains: answer.chains.map((c) => ({ ...c, reasons: c.reasons.map(reasonJson) })) }
      : { ...answer, offSurface: answer.offSurface.map((o) => ({ ...o, reasons: o.reasons.map(reasonJson) })) };
    io.stdout.write(`${safeJson({ ...answer, ...reasons, change: changeJson(change) }, 2)}\n`);
    return;
  }
  if (args.base !== undefined) io.stdout.write(`changes: ${change.description}\n`);
  const lines = answer.affected ? affectedLines(answer) : notAffectedLines(answer);
  io.stdout.write(`${lines.join('\n')}\n`);
  if (!answer.affected) for (const line of unownedLines(affected.unowned)) io.stdout.write(`${line}\n`);
}
