// The post step's entry when main left it nothing to do: it must print what
// the post step says and write its summary without loading the post bundle
// (so a warm exact hit pays little more than starting Node). Run here from a
// copy of dist/post/index.js alone: were the entry to import the bundle, the
// missing chunks would make it fail.
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runStep } from '../../scripts/lib/runner.mjs';
import { distDir, nodeBinaries } from '../helpers/tools.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'uvws-post-entry-'));
for (const file of ['index.js', 'package.json']) copyFileSync(path.join(distDir(), 'post', file), path.join(dir, file));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const STATE = 'uv-workspace-sync';

describe.each(nodeBinaries())('dist/post/index.js alone ($name)', ({ bin }) => {
  it('an exact hit: main\'s line on the log, main\'s post summary appended, exit 0', async () => {
    // Worded unlike what post would compute itself, so the test shows post printed main's decision.
    const message = 'not saving the uv cache: decided by main (exact hit)';
    const summary = '### uv cache\n\nThe cache was not pruned.\n\nDecided by main (key <code>k</code>).';
    const state = { syncSucceeded: true, exactHit: true, cacheEnabled: true, cacheKey: 'k', cacheDir: '/nonexistent', postSkip: { message, summary } };
    const step = await runStep(path.join(dir, 'index.js'), { node: bin, cwd: dir, state: { [STATE]: JSON.stringify(state) } });
    expect(step.code, step.stderr).toBe(0);
    expect(step.stdout).toBe(`${message}\n`);
    expect(step.summary).toBe(`${summary}\n`);
  });

  it('main never reached uv sync: one line, exit 0', async () => {
    const step = await runStep(path.join(dir, 'index.js'), { node: bin, cwd: dir, state: {} });
    expect(step.code, step.stderr).toBe(0);
    expect(step.stdout).toMatch(/main did not reach uv sync; nothing to prune or save/);
    expect(step.summary).toBe('');
  });
});
