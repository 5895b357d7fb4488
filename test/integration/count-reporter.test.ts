// `npm test` ends with the skipped tests and why, then the `N passed, N failed`
// line .ci/run reads: vitest run with test/helpers/count-reporter.ts on a
// throwaway test files that skip in the three ways the suite does.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../helpers/tools.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'uvws-reporter-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function vitest(...args: string[]): Promise<{ code: number; stdout: string }> {
  return new Promise((resolve) => {
    const cli = path.join(projectRoot, 'node_modules', 'vitest', 'vitest.mjs');
    execFile(process.execPath, [cli, 'run', '--root', dir, '--config', path.join(dir, 'vitest.config.mjs'), ...args], { cwd: dir, env: { ...process.env, NO_COLOR: '1', CI: '' } }, (error, stdout) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout });
    });
  });
}

describe('the count reporter', () => {
  // No imports in the fixture (globals), so it runs outside the project's node_modules.
  writeFileSync(
    path.join(dir, 'vitest.config.mjs'),
    `export default { test: { globals: true, include: ['*.check.js'], reporters: [${JSON.stringify(path.join(projectRoot, 'test', 'helpers', 'count-reporter.ts'))}] } };\n`,
  );
  writeFileSync(
    path.join(dir, 'skips.check.js'),
    [
      "const tool = undefined;",
      "if (!tool) console.warn('skipping tool tests: no tool at /opt/tool (install it)');",
      "describe.skipIf(!tool)('with the tool', () => { it('does a thing', () => {}); it('does another', () => {}); });",
      "it('needs a note', (ctx) => ctx.skip('the service is down'));",
      "it('passes', () => {});",
      "it('fails', () => { throw new Error('boom'); });",
      '',
    ].join('\n'),
  );
  // A file-level `skipping` line explains every skip in its file, so the unexplained one lives apart.
  writeFileSync(path.join(dir, 'plain.check.js'), "it.skip('is skipped for no stated reason', () => {});\n");

  it('lists each skipped test under its reason, and the counts stay the last line', async () => {
    const { code, stdout } = await vitest();
    expect(code).toBe(1);
    const lines = stdout.trimEnd().split('\n');
    expect(lines.at(-1)).toBe('1 passed, 1 failed, 4 skipped');
    const list = lines.slice(lines.indexOf('Skipped: 4'), -2);
    expect(list).toEqual([
      'Skipped: 4',
      '  skipping tool tests: no tool at /opt/tool (install it):',
      '    skips.check.js > with the tool > does a thing',
      '    skips.check.js > with the tool > does another',
      '  the service is down:',
      '    skips.check.js > needs a note',
      '  no reason printed:',
      '    plain.check.js > is skipped for no stated reason',
    ]);
  });

  it('leaves out the tests `-t` filtered away', async () => {
    const { stdout } = await vitest('-t', 'passes|note');
    expect(stdout).toContain('Skipped: 1\n  the service is down:\n    skips.check.js > needs a note\n');
    expect(stdout.trimEnd().split('\n').at(-1)).toBe('1 passed, 0 failed, 5 skipped');
  });
});
