// Golden files: the job summary and annotations rendered from uv's real
// output, recorded with the pinned uv and the oldest supported one
// (scripts/record-uv-output.mjs → test/fixtures/uv-output/<version>/).
// Any change to the rendering, to the parser or to a recording shows up as a
// diff here. After a deliberate change, refresh with
//   UPDATE_GOLDEN=1 npx vitest run test/unit/report-golden.test.ts
// and review the diff of test/fixtures/summary/ before committing it.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildAnnotations } from '../../src/report/annotations.js';
import { renderPostSummary, renderSummary } from '../../src/report/summary.js';
import { parseUvOutput } from '../../src/uv/output.js';
import { scenarioAnnotations, scenarioSummary, type RecordedCase } from '../fixtures/summary/scenario.js';
import { projectRoot, UV_OLDEST_VERSION, UV_VERSION } from '../helpers/tools.js';

const recordings = path.join(projectRoot, 'test', 'fixtures', 'uv-output');
const goldens = path.join(projectRoot, 'test', 'fixtures', 'summary');
const update = process.env.UPDATE_GOLDEN === '1';

interface CasesFile {
  uv: string;
  cases: Record<string, { args: string[]; code: number | null }>;
}

/** Every recorded `uv sync`, per uv version. */
function recordedSyncs(version: string): RecordedCase[] {
  const dir = path.join(recordings, version);
  const file = JSON.parse(readFileSync(path.join(dir, 'cases.json'), 'utf8')) as CasesFile;
  return Object.entries(file.cases)
    .filter(([, c]) => c.args.filter((a) => !a.startsWith('-') && a !== 'always')[0] === 'sync')
    .map(([name, c]) => ({
      name,
      uvVersion: file.uv,
      args: c.args.filter((a, i, all) => a !== '--color' && all[i - 1] !== '--color'),
      code: c.code,
      report: parseUvOutput(readFileSync(path.join(dir, `${name}.txt`), 'utf8'), c.code === null ? {} : { exitCode: c.code }),
    }))
    .sort((a, b) => (a.name < b.name ? -1 : 1));
}

export function renderGolden(rec: RecordedCase): string {
  const annotations = buildAnnotations(scenarioAnnotations(rec));
  return [
    `<!-- golden: uv ${rec.uvVersion} \`uv ${rec.args.join(' ')}\` (exit ${rec.code}), from test/fixtures/uv-output/${rec.uvVersion}/${rec.name}.txt -->`,
    '',
    renderSummary(scenarioSummary(rec)).trimEnd(),
    '',
    '<!-- annotations -->',
    '',
    '```json',
    ...annotations.map((a) => JSON.stringify(a)),
    '```',
    '',
  ].join('\n');
}

const versions = [UV_VERSION, UV_OLDEST_VERSION];

describe('golden summaries from recorded uv output', () => {
  it('has recordings of both the pinned and the oldest supported uv', () => {
    for (const version of versions) expect(existsSync(path.join(recordings, version, 'cases.json')), `recordings for uv ${version}`).toBe(true);
  });

  describe.each(versions)('uv %s', (version) => {
    const syncs = existsSync(path.join(recordings, version, 'cases.json')) ? recordedSyncs(version) : [];

    it.each(syncs.map((rec) => [rec.name, rec] as const))('%s', (name, rec) => {
      const file = path.join(goldens, version, `${name}.md`);
      const rendered = renderGolden(rec);
      if (update) {
        mkdirSync(path.dirname(file), { recursive: true });
        writeFileSync(file, rendered);
      }
      expect(existsSync(file), `${path.relative(projectRoot, file)} is missing: run with UPDATE_GOLDEN=1`).toBe(true);
      expect(rendered).toBe(readFileSync(file, 'utf8'));
    });

    it('post step: prune', () => {
      const file = path.join(goldens, version, 'post-prune.md');
      const output = readFileSync(path.join(recordings, version, 'prune.txt'), 'utf8');
      const report = parseUvOutput(output, { exitCode: 0 });
      expect(report.pruned).toBeDefined();
      const rendered = renderPostSummary({
        prune: { beforeBytes: 412 * 1024 * 1024, afterBytes: 148 * 1024 * 1024, removedFiles: report.pruned!.files, durationMs: 1350, exitCode: 0, output },
        save: { saved: true, key: 'uv-workspace-sync-linux-x64-py3.11-0f3c9a1e', sizeBytes: 61 * 1024 * 1024 },
      });
      if (update) writeFileSync(file, rendered);
      expect(rendered).toBe(readFileSync(file, 'utf8'));
    });

    it('keeps no golden file whose recording is gone', () => {
      const dir = path.join(goldens, version);
      const kept = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.md')) : [];
      expect(kept.sort()).toEqual([...syncs.map((rec) => `${rec.name}.md`), 'post-prune.md'].sort());
    });
  });
});
