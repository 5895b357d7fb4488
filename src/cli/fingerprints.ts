// `uv-workspace-sync fingerprints`: a hash per member over everything its
// tests depend on, and with --explain the facts that went into each. The uv
// version is one of them: without uv on PATH the fingerprints cannot match
// the ones a CI job with uv computes, and the user is told so.
import { workspaceFingerprintFacts } from '../fingerprint/index.js';
import type { FingerprintFacts, MemberFacts } from '../fingerprint/compute.js';
import { safeJson } from '../report/escape.js';
import { plural } from '../report/format.js';
import { buildOutputs } from '../report/outputs.js';
import type { FingerprintsArgs } from './args.js';
import { load, repoRootOf, type CliIO } from './context.js';
import { renderTable, tableWidth } from './table.js';

function lockWords(lock: MemberFacts['lock']): string {
  if (lock === 'no-lock') return 'no uv.lock';
  if (lock === 'unlisted') return 'not in uv.lock';
  return `${lock.packages} packages, sha256 ${lock.hash.slice(0, 16)}${lock.listed ? '' : ' (not in [manifest].members)'}`;
}

/** The facts as lines: the shared ones once, then each member's. */
function explainLines(facts: FingerprintFacts): string[] {
  const { env } = facts;
  const lines = [
    `uv: ${env.uv === 'none' ? 'none (not on PATH)' : env.uv}`,
    `python: ${env.python}`,
    `os: ${env.os} ${env.arch}`,
    `selection: ${facts.selection}`,
    `global files: ${facts.globalFiles}`,
    `format: ${facts.version}`,
  ];
  for (const [name, m] of Object.entries(facts.members)) {
    const installed = m.installs.reduce((n, i) => n + i.files, 0);
    lines.push(
      '',
      `${name}  ${m.fingerprint}`,
      `  files: ${m.files} own, ${m.inputFiles} under its inputs outside it`,
      `  installs: ${m.installs.length === 0 ? 'no other member' : `${plural(m.installs.length, 'other member')} (${installed} of their files count): ${m.installs.map((i) => i.member).join(', ')}`}`,
      `  lock closure: ${lockWords(m.lock)}`,
    );
  }
  return lines;
}

export async function fingerprints(args: FingerprintsArgs, io: CliIO): Promise<void> {
  const ws = load(args, io, await repoRootOf(io));
  const facts = await workspaceFingerprintFacts(ws, { syncArgs: args.syncArgs, ignore: args.ignore, global: args.global, dependents: args.dependents });
  if (facts.env.uv === 'none') {
    io.stderr.write("warning: uv is not on PATH: the uv version is part of every fingerprint, so these will differ from the ones a CI job with uv computes; put uv on PATH\n");
  }
  const prints = Object.fromEntries(Object.entries(facts.members).map(([name, m]) => [name, m.fingerprint]));
  if (args.format === 'json') {
    io.stdout.write(`${args.explain ? safeJson(facts, 2) : JSON.stringify(prints, null, 2)}\n`);
  } else if (args.format === 'github') {
    // The action's own `fingerprints` output (skip-passed computes it).
    const outputs = buildOutputs({ affected: { all: false, allReasons: [], members: [] }, matrix: { include: [] }, fingerprints: prints });
    io.stdout.write(`fingerprints=${outputs.fingerprints}\n`);
  } else if (args.explain) {
    io.stdout.write(`${explainLines(facts).join('\n')}\n`);
  } else {
    const rows = ws.members.map((m): [string, string, string] => [m.name, m.path, prints[m.name]!]);
    io.stdout.write(`${renderTable(['MEMBER', 'PATH', 'FINGERPRINT'], rows, tableWidth(io.columns))}\n`);
  }
}
