// Paths no member owns, said in the log, the summary and the CLI: bounded
// (ten named, then how many more; a long path cut) and escaped for where
// each lands (no workflow command, no markup, no terminal sequence).
import { describe, expect, it } from 'vitest';
import { buildAnnotations } from '../../src/report/annotations.js';
import { renderSummary } from '../../src/report/summary.js';
import { unownedLines, unownedNotice, unownedSummaryLine } from '../../src/report/unowned.js';

const many = Array.from({ length: 14 }, (_, i) => `tests/test_${String(i).padStart(2, '0')}.py`);

describe('unowned paths', () => {
  it('nothing to say when every path is owned', () => {
    expect(unownedNotice([])).toBeUndefined();
    expect(unownedNotice(undefined)).toBeUndefined();
    expect(unownedSummaryLine([])).toBeUndefined();
    expect(unownedLines([])).toEqual([]);
  });

  it('a notice names ten, then how many more, with the hint; it is among the annotations', () => {
    const notice = unownedNotice(many)!;
    expect(notice.title).toBe('Not owned by any member');
    expect(notice.message).toBe(
      `14 changed paths are not owned by any member and affect none: ${many.slice(0, 10).join(', ')} and 4 more; ` +
        'if a member uses them, claim them in the `global` input, or in a [tool.uv-workspace-sync] table: `inputs` in the member that uses them, `global` in the workspace root.',
    );
    const annotations = buildAnnotations({ affected: { all: false, allReasons: [], members: [], unowned: many }, changedPaths: many, members: [] });
    expect(annotations).toContainEqual({ level: 'notice', title: notice.title, message: notice.message });
  });

  it('a hostile or huge path cannot forge a workflow command or flood the line', () => {
    const message = unownedNotice(['a\n::add-mask::x', `${'d/'.repeat(400)}x.py`, '\x1b]0;title\x07b.py'])!.message;
    expect(message).not.toMatch(/\n/);
    expect(message).not.toContain('\x1b');
    expect(message).toContain('a\\n::add-mask::x');
    expect(message.length).toBeLessThan(700);
    expect(message).toContain(`${'d/'.repeat(98)}d...`);
  });

  it('the summary line is escaped markup, and sits under the changes', () => {
    const line = unownedSummaryLine(['docs/<img src=x>.md', 'a|b.py'])!;
    expect(line).toBe(
      '<b>Not owned by any member:</b> <code>docs/&lt;img src=x&gt;.md</code>, <code>a&#124;b.py</code> (2 changed paths that affect no member; ' +
        'if a member uses them, claim them in the &#96;global&#96; input, or in a &#91;tool.uv-workspace-sync&#93; table: &#96;inputs&#96; in the member that uses them, &#96;global&#96; in the workspace root)<br>',
    );
    const summary = renderSummary({
      mode: 'detect',
      workspaceRoot: '.',
      members: [],
      change: { source: 'git', description: 'push', changedFiles: 2, all: false, allReasons: [], unowned: ['tests/a.py'] },
    });
    expect(summary).toMatch(/<b>Changes:<\/b> push · 2 changed files<br>\n<b>Not owned by any member:<\/b> <code>tests\/a.py<\/code>/);
  });

  it('the CLI names them and says how to claim them with its own flag', () => {
    expect(unownedLines(many.slice(0, 2))).toEqual([
      'not owned by any member (2): tests/test_00.py, tests/test_01.py',
      'hint: these paths affect no member; if a member uses them, claim them in --global, or in a [tool.uv-workspace-sync] table: `inputs` in the member that uses them, `global` in the workspace root',
    ]);
  });
});
