// Renders docs/troubleshooting.md: the situations users search for, by symptom
// (written by hand in scripts/troubleshooting-symptoms.md), then what the
// reliability tests saw (test-results/reliability/{bad-input,faults,untrusted,hostile,hostile-cache,hostile-inputs}.json,
// written by test/reliability/*.test.ts from the tables in test/reliability/cases.ts),
// and merges those files into test-results/reliability.json: the figure the
// README quotes (cases tried, faults survived, caches lost).
//
//   npx vitest run test/reliability && node scripts/troubleshooting.mjs
//   node scripts/troubleshooting.mjs --check   # exit 1 if the doc or the README figure is stale,
//                                               # or if any figure dropped below what the README states
//
// bad-input.test.ts checks that the doc holds exactly the table this script
// renders from its run, so the doc cannot drift from the messages.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const resultsDir = path.join(root, 'test-results', 'reliability');
const docPath = path.join(root, 'docs', 'troubleshooting.md');
const symptomsPath = path.join(root, 'scripts', 'troubleshooting-symptoms.md');
const readmePath = path.join(root, 'README.md');
/** The README's figure is the blockquote line starting with this. */
const FIGURE_START = '> **Reliability:**';

/** Text for a markdown table cell: HTML-escaped, so `|`, `<` and backticks show as typed. */
export function cell(text) {
  return String(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\|/g, '&#124;')
    .replace(/`/g, '&#96;')
    .replace(/\n/g, '<br>');
}

const HOW = { action: 'action', cli: 'CLI', config: 'input check' };

/** The bad-input table, one row per case, in the order of cases.ts. */
export function renderBadInputs(rows) {
  const out = ['| Case | What you did | Run through | What you get |', '| --- | --- | --- | --- |'];
  for (const row of rows) {
    out.push(`| \`${row.id}\` | ${row.did} | ${HOW[row.how] ?? row.how} | <code>${cell(row.line)}</code> |`);
  }
  return out.join('\n');
}

function renderChecks(rows, head) {
  const out = [`| Case | ${head} | Outcome |`, '| --- | --- | --- |'];
  for (const row of rows) out.push(`| \`${row.id}\` | ${row.did} | ${row.outcome}${row.passed === false ? ' (**failed in this run**)' : ''} |`);
  return out.join('\n');
}

/** The README figure, one line. */
export function renderFigure(figure) {
  return (
    `**Reliability:** ${figure.badInputs} bad inputs tried, each answered in one line naming the file, input or member; ` +
    `${figure.faultsSurvived} of ${figure.faults} injected faults survived; ${figure.untrusted} untrusted-event checks passed; ` +
    `${figure.hostile} hostile-input checks passed (injection, archive traversal, hanging services, save gate, globs, deadlines); ${figure.cachesLost} caches lost.`
  );
}

export function parseFigure(line) {
  const m =
    /\*\*Reliability:\*\* (\d+) bad inputs tried, .*?; (\d+) of (\d+) injected faults survived; (\d+) untrusted-event checks passed; (?:(\d+) hostile-input checks passed[^;]*; )?(\d+) caches lost\./.exec(line);
  if (!m) return undefined;
  return {
    badInputs: Number(m[1]),
    faultsSurvived: Number(m[2]),
    faults: Number(m[3]),
    untrusted: Number(m[4]),
    hostile: Number(m[5] ?? 0),
    cachesLost: Number(m[6]),
  };
}

export function droppedFigures(current, next) {
  const dropped = [];
  for (const [name, what] of [
    ['badInputs', 'bad inputs answered'],
    ['faultsSurvived', 'faults survived'],
    ['untrusted', 'untrusted-event checks passed'],
    ['hostile', 'hostile-input checks passed'],
  ]) {
    if (next[name] < current[name]) dropped.push(`${what}: ${current[name]} -> ${next[name]}`);
  }
  if (next.cachesLost > current.cachesLost) dropped.push(`caches lost: ${current.cachesLost} -> ${next.cachesLost}`);
  return dropped;
}

function read(name) {
  const file = path.join(resultsDir, `${name}.json`);
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : undefined;
}

const PERMISSIONS = `### Untrusted events and permissions

- With the default \`cache: auto\`, runs on \`pull_request_target\`,
  \`workflow_run\`, \`release\` and tag pushes neither restore nor save the
  cache (as setup-uv does): those run in the base repository's cache scope
  while the code may come from a fork, so a cache could be poisoned for later
  trusted runs, or a poisoned one reach a release. Self-hosted runners
  (\`RUNNER_ENVIRONMENT\` other than \`github-hosted\`) keep their cache on
  disk. \`cache: true\` uses the cache anyway.
- The default \`save-cache: auto\` saves only on a push of a branch,
  \`pull_request\`, \`merge_group\`, \`schedule\` and \`workflow_dispatch\`;
  other events (\`issue_comment\`, \`check_run\`, ...) restore but do not save.
  \`save-cache: true\` saves anyway (only do that when the job never builds a
  fork's code).
- Nothing a pull request author controls (file names, branch names, titles)
  reaches a shell: git and uv are run with argv arrays. Text rendered into the
  job summary is HTML-escaped, log lines go through one escaper, and
  annotations through one writer of workflow commands (\`src/action/runner.ts\`), which escapes newlines, so a file
  name holding a newline then \`::error::\` cannot start a workflow command.
- \`github-token\` is only used for read calls (listing a pull request's files
  when git cannot, and \`base: last-success\`); it is never printed, even when
  the API fails.

The minimal permissions the action needs:

\`\`\`yaml
permissions:
  contents: read        # checkout, and git fetch of the base
  pull-requests: read   # only when git cannot list a pull request's files
  actions: read         # only for base: last-success
\`\`\`
`;

export function renderDoc({ symptoms, badInput, faults, untrusted, hostile, figure }) {
  return [
    '# Troubleshooting',
    '',
    '<!-- Generated by scripts/troubleshooting.mjs from scripts/troubleshooting-symptoms.md and the reliability tests (test/reliability/); do not edit by hand. -->',
    '',
    'First the situations people run into, by what they see; then every bad input,',
    'fault and hostile input the tests tried, with the exact message each gets',
    '([What the tests tried](#what-the-tests-tried)).',
    '',
    symptoms.trim(),
    '',
    '## What the tests tried',
    '',
    renderFigure(figure),
    '',
    'Every mistake below was made on purpose by `test/reliability/bad-input.test.ts`,',
    'through the bundled action as the runner runs it, the CLI, or the input',
    'checks. Errors are one line: in the action an `::error::` annotation ending in',
    '`(hint: ...)`, in the CLI `error: ...` then `hint: ...` (exit 1; 2 for a wrong',
    'command line). Where the action can go on safely it does, with a warning, and',
    'syncs every member rather than too few. `<checkout>` and `<tmp>` stand for the',
    'paths of your checkout and of a temporary directory.',
    '',
    '### Bad inputs',
    '',
    renderBadInputs(badInput?.rows ?? []),
    '',
    '### Faults',
    '',
    'Injected by `test/reliability/faults.test.ts` into real runs of the bundled',
    'action (main, then post) against a local cache service, a loopback package',
    'index and real git and uv. Cache trouble never fails a job.',
    '',
    renderChecks(faults?.rows ?? [], 'Fault'),
    '',
    PERMISSIONS,
    'Checked by `test/reliability/untrusted.test.ts`:',
    '',
    renderChecks(untrusted?.rows ?? [], 'What was tried'),
    '',
    '### Hostile input and hostile services',
    '',
    'Checked by `test/reliability/hostile.test.ts`, `hostile-cache.test.ts` and `hostile-inputs.test.ts` through the bundled action and CLI.',
    'Text from the repository, the event, uv or the cache service is printed',
    'through one escaper (`src/report/escape.ts`): in the log no line it carries',
    'can start a workflow command (`::` at a line start, `##[` anywhere), line',
    'breaks show as `\\n`; in a terminal no ESC sequence or C0/C1 control gets',
    'through. A restored archive has every tar header read and checked before',
    'tar reads it: an entry outside the cache dir, a FIFO or device, a',
    'hard link to anything but an earlier file, or a symlink that resolves',
    'outside (through the other symlinks, as the OS resolves it) discards the',
    'whole archive, as does more than 100 times its download size (at least',
    '1 GiB) or more than 1,000,000 entries. It is extracted without `-P`,',
    'owners or setuid bits into a staging dir inside the cache dir, checked',
    'again there, and moved into place only then (a refused archive leaves the',
    'cache dir as it was). The runtime token goes only to the cache service\'s own host.',
    'Restore and save give up after `cache-timeout` seconds (default 300) with a',
    'warning; a read-only or full `RUNNER_TEMP` is a warning too.',
    'Each GitHub API lookup gives up after 30 s; `uv sync` after `sync-timeout`',
    'minutes (default 60), stopped with every process it started. Passed markers',
    'are saved exactly where the uv cache would be. Globs follow picomatch and',
    'never backtrack. Annotations stay within the 10 of each kind GitHub shows',
    'per step, the rest counted in one.',
    '',
    renderChecks(hostile?.rows ?? [], 'What was tried'),
    '',
  ].join('\n');
}

function main() {
  const badInput = read('bad-input');
  const faults = read('faults');
  const untrusted = read('untrusted');
  // The hostile checks of the cache path and of round three's inputs go in the same table.
  const parts = ['hostile', 'hostile-cache', 'hostile-inputs'].map(read);
  const hostile = parts.every(Boolean) ? { ...parts[0], rows: parts.flatMap((p) => p.rows) } : undefined;
  if (!badInput || !faults || !untrusted || !hostile) {
    console.error(`error: run the reliability tests first (npx vitest run test/reliability): ${resultsDir} lacks results`);
    process.exitCode = 1;
    return;
  }
  const figure = {
    badInputs: badInput.passed,
    faults: faults.rows.length,
    faultsSurvived: faults.rows.filter((r) => r.passed).length,
    untrusted: untrusted.rows.filter((r) => r.passed).length,
    hostile: hostile.rows.filter((r) => r.passed).length,
    cachesLost: faults.cachesLost + untrusted.cachesLost,
  };
  writeFileSync(path.join(root, 'test-results', 'reliability.json'), `${JSON.stringify({ ...figure, line: renderFigure(figure) }, null, 2)}\n`);
  const doc = renderDoc({ symptoms: readFileSync(symptomsPath, 'utf8'), badInput, faults, untrusted, hostile, figure });
  const readme = readFileSync(readmePath, 'utf8');
  const figureLine = readme.split('\n').find((line) => line.startsWith(FIGURE_START));
  const stated = figureLine && parseFigure(figureLine);
  // A figure may only grow: fewer checks passing than the README states is a failure, not a doc update.
  const dropped = stated ? droppedFigures(stated, figure) : [];
  if (dropped.length > 0) {
    console.error(`error: the reliability figure dropped below what README.md states (${dropped.join('; ')})\nhint: fix what fails in test/reliability before updating the figure`);
    process.exitCode = 1;
    return;
  }
  const newReadme = readme
    .split('\n')
    .map((line) => (line === figureLine ? `> ${renderFigure(figure)}` : line))
    .join('\n');
  if (process.argv.includes('--check')) {
    const current = existsSync(docPath) ? readFileSync(docPath, 'utf8') : '';
    if (current !== doc || newReadme !== readme || !figureLine) {
      console.error('error: docs/troubleshooting.md or the README figure is stale\nhint: run node scripts/troubleshooting.mjs and commit docs/troubleshooting.md and README.md');
      process.exitCode = 1;
    }
    return;
  }
  mkdirSync(path.dirname(docPath), { recursive: true });
  writeFileSync(docPath, doc);
  if (figureLine) writeFileSync(readmePath, newReadme);
  console.log(`wrote ${path.relative(root, docPath)}: ${renderFigure(figure)}`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
