// The one process runner's deadline (src/process.ts): with killTree, what the
// child started goes with it.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runProcess } from '../../src/process.js';

/** A child that starts a grandchild which ignores SIGTERM, prints its id, and waits. */
const SCRIPT = "trap '' TERM; sleep 300 & echo $!; wait";

function alive(pid: number): boolean {
  if (!existsSync(`/proc/${pid}`)) return false;
  // A zombie waits for its parent to reap it; it no longer runs.
  return !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
}

async function until(check: () => boolean): Promise<boolean> {
  for (let i = 0; i < 100 && !check(); i++) await new Promise((r) => setTimeout(r, 100));
  return check();
}

describe.skipIf(process.platform !== 'linux')('runProcess at its deadline', () => {
  it('killTree: the child and every process it started are ended, SIGKILL after the grace for those that ignore SIGTERM', async () => {
    const result = await runProcess('sh', ['-c', SCRIPT], { timeoutMs: 500, killGraceMs: 300, killTree: true });
    expect(result.timedOut).toBe(true);
    const grandchild = Number(result.stdout.trim());
    expect(grandchild).toBeGreaterThan(0);
    expect(await until(() => !alive(grandchild)), `grandchild ${grandchild} still runs`).toBe(true);
  });

});
