// Durations recorded and used, through dist/ with the real uv: a `run` with
// skip-passed records each member's test time in its passed marker (post);
// after a change that touches every member, a detect step with `shards`
// balances the legs by those times and says so. The members' tests take
// skewed times that have nothing to do with what they install (the slowest
// install least), so the closure-size split puts the two slow members in one
// leg, while the duration split's slowest leg is within 10% of the best split
// (found by brute force over the recorded times).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createActionFixture, expandMatrix, type ActionFixture } from '../helpers/action-e2e.js';
import { startCacheServer, type CacheServer } from '../helpers/cache-server.js';
import { bestSplit, passedMarkerKeys } from '../helpers/markers.js';

/** Seconds each member's test sleeps. */
const SLEEP: Record<string, number> = { alpha: 4, beta: 3, gamma: 0.2, delta: 0.6, eps: 0.4, zeta: 0.2 };

const test = (seconds: number) => `import time, unittest\n\nclass T(unittest.TestCase):\n    def test_takes_its_time(self):\n        time.sleep(${seconds})\n`;

let fx: ActionFixture;
let server: CacheServer;

beforeAll(async () => {
  fx = await createActionFixture({
    workspace: {
      members: [
        { name: 'alpha', path: 'packages/alpha' },
        { name: 'beta', path: 'packages/beta' },
        // gamma installs three other members: the heaviest closure, the quickest test.
        { name: 'gamma', path: 'packages/gamma', dependencies: ['delta', 'eps', 'zeta'] },
        { name: 'delta', path: 'packages/delta' },
        { name: 'eps', path: 'packages/eps' },
        { name: 'zeta', path: 'packages/zeta' },
      ],
    },
    wheels: [],
    files: Object.fromEntries(Object.entries(SLEEP).map(([name, s]) => [`packages/${name}/tests/test_${name}.py`, test(s)])),
  });
  server = await startCacheServer();
}, 120_000);

afterAll(async () => {
  await server?.close();
  await fx?.remove();
});

const COMMON = { 'sync-args': '--locked', 'skip-passed': 'true', global: 'ci/**' };

describe('shards balanced by recorded test durations', () => {
  it('records each member’s time in its marker, then a detect step balances by it, within 10% of the best split', async () => {
    const first = await fx.runJob({ cacheServer: server, inputs: { ...COMMON, run: 'python -m unittest discover -s tests', 'run-parallel': '3', 'run-timeout': '2' } });
    expect(first.main.code, first.log).toBe(0);
    const results = JSON.parse(first.main.outputs.results!) as Record<string, { status: string; seconds: number }>;
    const seconds = Object.fromEntries(Object.entries(results).map(([name, r]) => [name, r.seconds]));
    expect(Object.keys(seconds).sort()).toEqual(Object.keys(SLEEP).sort());
    // Every passed member's marker holds its duration.
    const keys = passedMarkerKeys(server);
    for (const [name, s] of Object.entries(seconds)) expect(keys.some((k) => k.startsWith(`uv-ws-passed-v1-${name}-`) && k.endsWith(`-${s.toFixed(1)}s`))).toBe(true);

    // A change every member's fingerprint covers: none is skipped, each one's last duration is known.
    await fx.commit('ci: touch', { 'ci/trigger.txt': 'again\n' });
    const detect = await fx.runJob({ cacheServer: server, post: false, inputs: { ...COMMON, mode: 'detect', shards: '2' } });
    expect(detect.main.code, detect.log).toBe(0);
    expect(JSON.parse(detect.main.outputs.skipped!)).toEqual({});
    expect(detect.log).toContain('shards are balanced by the recorded test durations of all 6 members');
    expect(detect.main.summary).toContain('shards are balanced by the recorded test durations of all 6 members');

    const slowestLeg = (matrix: string) =>
      Math.max(...expandMatrix(matrix).map((leg) => leg.package!.split(' ').reduce((sum, name) => sum + seconds[name]!, 0)));
    const best = bestSplit(Object.values(seconds), 2);
    const byDurations = slowestLeg(detect.main.outputs.matrix!);
    expect(byDurations).toBeLessThanOrEqual(1.1 * best);

    // The same detection without markers balances by closure size: gamma (4 packages) alone, alpha and beta together.
    const byClosure = await fx.runJob({ cacheServer: server, post: false, inputs: { 'sync-args': '--locked', global: 'ci/**', mode: 'detect', shards: '2' } });
    expect(byClosure.log).toContain('shards are balanced by the packages each member installs (its locked closure): no test durations are recorded for them');
    const closureSlowest = slowestLeg(byClosure.main.outputs.matrix!);
    expect(expandMatrix(byClosure.main.outputs.matrix!).some((leg) => leg.package!.split(' ').includes('alpha') && leg.package!.split(' ').includes('beta'))).toBe(true);
    expect(closureSlowest).toBeGreaterThan(1.1 * best);
    console.log(`slowest leg: ${byDurations.toFixed(1)} s by recorded durations, ${closureSlowest.toFixed(1)} s by closure size, ${best.toFixed(1)} s at best`);
  }, 300_000);
});
