// Prints, after vitest's own summary, the tests that were skipped and why,
// then the closing line CI reads: `N passed, N failed, N skipped` (.ci/run
// takes the last line matching `N passed, N failed`).
//
// Why a test was skipped: the note of `ctx.skip(note)`, else the `skipping …`
// lines its file printed (corpusDir(), findChromium() and the like print one
// when they make a test skip), else "no reason printed".
import type { UserConsoleLog } from 'vitest';
import type { Reporter, TestCase, TestModule, Vitest } from 'vitest/node';

const NO_REASON = 'no reason printed';

export default class CountReporter implements Reporter {
  private skipLines = new Map<string, string[]>();
  private namePattern: RegExp | undefined;

  onInit(vitest: Vitest): void {
    this.namePattern = vitest.config.testNamePattern;
  }

  onUserConsoleLog(log: UserConsoleLog): void {
    const line = log.content.trim();
    if (!log.taskId || !/^skipping\b/i.test(line)) return;
    const lines = this.skipLines.get(log.taskId) ?? [];
    if (!lines.includes(line)) lines.push(line);
    this.skipLines.set(log.taskId, lines);
  }

  onTestRunEnd(modules: ReadonlyArray<TestModule>, errors: ReadonlyArray<unknown>): void {
    let passed = 0;
    let failed = 0;
    let skipped = 0;
    const why = new Map<string, string[]>();
    for (const mod of modules) {
      for (const test of mod.children.allTests()) {
        const result = test.result();
        if (result.state === 'passed') passed++;
        else if (result.state === 'failed') failed++;
        else {
          skipped++;
          // Tests left out by `-t` are not news.
          if (this.namePattern && !this.namePattern.test(test.fullName)) continue;
          const reason = (result.state === 'skipped' ? result.note : undefined) ?? this.reasonIn(mod, test);
          why.set(reason, [...(why.get(reason) ?? []), `${mod.relativeModuleId} > ${test.fullName}`]);
        }
      }
      // A file that failed to load has no tests but is still a failure.
      if (mod.state() === 'failed' && [...mod.children.allTests()].length === 0) failed++;
    }
    failed += errors.length;
    process.stdout.write(skippedList(why));
    process.stdout.write(`\n${passed} passed, ${failed} failed, ${skipped} skipped\n`);
  }

  /** The `skipping …` lines printed by the test, its suites or its file (where a module-level check prints). */
  private reasonIn(mod: TestModule, test: TestCase): string {
    const ids = [test.id, mod.id];
    for (let parent = test.parent; parent.type === 'suite'; parent = parent.parent) ids.push(parent.id);
    const lines = ids.flatMap((id) => this.skipLines.get(id) ?? []);
    return lines.length > 0 ? [...new Set(lines)].join('; ') : NO_REASON;
  }
}

/** `Skipped: N` then each reason with the tests it skipped (sorted, the unexplained last), or nothing when none was. */
function skippedList(why: ReadonlyMap<string, string[]>): string {
  if (why.size === 0) return '';
  const count = [...why.values()].reduce((n, tests) => n + tests.length, 0);
  const out = ['', `Skipped: ${count}`];
  const reasons = [...why.keys()].sort((a, b) => Number(a === NO_REASON) - Number(b === NO_REASON) || a.localeCompare(b));
  for (const reason of reasons) {
    out.push(`  ${reason}:`);
    for (const name of [...why.get(reason)!].sort()) out.push(`    ${name}`);
  }
  return `${out.join('\n')}\n`;
}
