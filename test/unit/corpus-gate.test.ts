// The corpus gate: on GitHub (CI=true, no ../shared) corpus tests skip with a
// printed reason; .ci/run sets UVWS_REQUIRE_CORPUS=1, which makes a missing
// corpus a failure.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { corpusDir, projectRoot } from '../helpers/tools.js';

describe('corpusDir', () => {
  it('skips with a printed reason when the corpus is absent, even under CI=true', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    try {
      expect(corpusDir({ CI: 'true', GITHUB_ACTIONS: 'true', UVWS_CORPUS: '/nonexistent/corpus' })).toBeUndefined();
      expect(warn).toHaveBeenCalledWith(expect.stringContaining('skipping corpus tests: /nonexistent/corpus does not exist'));
    } finally {
      warn.mockRestore();
    }
  });

  it('fails when UVWS_REQUIRE_CORPUS is set and the corpus is absent', () => {
    expect(() => corpusDir({ UVWS_REQUIRE_CORPUS: '1', UVWS_CORPUS: '/nonexistent/corpus' })).toThrow(
      'the corpus is missing at /nonexistent/corpus, and UVWS_REQUIRE_CORPUS is set',
    );
  });

  it('.ci/run requires the corpus; the GitHub workflows do not', () => {
    expect(readFileSync(path.join(projectRoot, '.ci', 'run'), 'utf8')).toMatch(/^export UVWS_REQUIRE_CORPUS=1$/m);
    const workflows = path.join(projectRoot, '.github', 'workflows');
    for (const file of readdirSync(workflows)) {
      expect(readFileSync(path.join(workflows, file), 'utf8'), file).not.toContain('UVWS_REQUIRE_CORPUS');
    }
  });
});
