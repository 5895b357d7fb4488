// What an editable install exposes reaches the members that install it,
// through the bundled action (dist/, `mode: detect`). Airflow's shape:
// `devel-common`'s wheel ships its own module alone, but every provider's
// docs import `docs.provider_conf` from its `src/`, which its editable
// install (uv's default for workspace members) puts on sys.path. A change
// there affects the providers too, with the reason, and changes their
// fingerprints; a change to its tests affects it alone; with `--no-editable`
// in sync-args, only what the wheel ships counts again.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createActionFixture, type ActionFixture, type JobResult } from '../helpers/action-e2e.js';

let fx: ActionFixture;
let base: string;
let confChange: string;
let testsChange: string;

beforeAll(async () => {
  fx = await createActionFixture({
    workspace: {
      members: [
        // uv_build ships src/devel_common; its editable install puts src/ on sys.path.
        { name: 'devel-common', path: 'devel-common' },
        { name: 'provider-a', path: 'providers/a', groups: { dev: ['devel-common'] } },
        { name: 'provider-b', path: 'providers/b', groups: { dev: ['devel-common'] } },
        { name: 'lonely', path: 'lonely' },
      ],
    },
    wheels: [],
    files: {
      'devel-common/src/docs/provider_conf.py': 'THEME = "a"\n',
      'devel-common/tests/test_common.py': 'def test():\n    pass\n',
      'providers/a/docs/conf.py': 'from docs.provider_conf import THEME\n',
    },
  });
  base = await fx.repo.rev();
  confChange = await fx.commit('devel-common: docs configuration', { 'devel-common/src/docs/provider_conf.py': 'THEME = "b"\n' });
  testsChange = await fx.commit('devel-common: tests', { 'devel-common/tests/test_common.py': 'def test():\n    assert True\n' });
}, 120_000);

afterAll(async () => {
  await fx?.remove();
});

const DETECT = { mode: 'detect', fingerprints: 'true' };

async function detect(before: string, after: string, inputs: Record<string, string> = {}, env: Record<string, string> = {}): Promise<JobResult> {
  const job = await fx.runJob({ event: await fx.pushEvent(before, after), ref: after, post: false, inputs: { ...DETECT, ...inputs }, env });
  expect(job.main.code, job.log).toBe(0);
  return job;
}
const members = (job: JobResult) => JSON.parse(job.main.outputs.members!) as string[];
const reasons = (job: JobResult) => JSON.parse(job.main.outputs.reasons!) as Record<string, string[]>;
const fingerprints = (job: JobResult) => JSON.parse(job.main.outputs.fingerprints!) as Record<string, string>;
const changedFingerprints = (a: JobResult, b: JobResult) => Object.keys(fingerprints(a)).filter((m) => fingerprints(a)[m] !== fingerprints(b)[m]);

describe('editable exposure, through dist', () => {
  it("a change under devel-common's src/ that its wheel does not ship affects the members that install it, and their fingerprints", async () => {
    const atBase = await detect(base, base);
    const job = await detect(base, confChange);
    expect(members(job)).toEqual(['devel-common', 'provider-a', 'provider-b']);
    expect(reasons(job)['devel-common']).toEqual([
      'changed: devel-common/src/docs/provider_conf.py',
      'not shipped but importable: the editable install exposes devel-common/src to the members that install it',
    ]);
    expect(reasons(job)['provider-a']).toEqual(['depends on devel-common (group dev)']);
    expect(changedFingerprints(atBase, job)).toEqual(['devel-common', 'provider-a', 'provider-b']);
  });

  it('a change to its tests, which nothing exposes, affects devel-common alone and leaves the providers’ fingerprints', async () => {
    const before = await detect(confChange, confChange);
    const job = await detect(confChange, testsChange);
    expect(members(job)).toEqual(['devel-common']);
    expect(reasons(job)['devel-common']).toEqual([
      'changed: devel-common/tests/test_common.py',
      "not shipped, not importable: no other member's environment installs or imports these paths",
    ]);
    expect(changedFingerprints(before, job)).toEqual(['devel-common']);
  });

  it('with --no-editable in sync-args, only what the wheel ships reaches the providers', async () => {
    const noEditable = { 'sync-args': '--no-editable' };
    const atBase = await detect(base, base, noEditable);
    const job = await detect(base, confChange, noEditable);
    expect(members(job)).toEqual(['devel-common']);
    expect(reasons(job)['devel-common']).toEqual([
      'changed: devel-common/src/docs/provider_conf.py',
      "not shipped: no other member's environment installs these paths (members installed with --no-editable)",
    ]);
    expect(changedFingerprints(atBase, job)).toEqual(['devel-common']);
  });

  it('UV_NO_EDITABLE=1 in the step environment, which uv obeys, counts as --no-editable in sync-args does, and the log and summary say so', async () => {
    const env = { UV_NO_EDITABLE: '1' };
    const atBase = await detect(base, base, {}, env);
    const job = await detect(base, confChange, {}, env);
    const viaFlag = await detect(base, confChange, { 'sync-args': '--no-editable' });
    expect(members(job)).toEqual(['devel-common']);
    expect(reasons(job)).toEqual(reasons(viaFlag));
    expect(fingerprints(job)).toEqual(fingerprints(viaFlag));
    expect(changedFingerprints(atBase, job)).toEqual(['devel-common']);
    const line = "UV_NO_EDITABLE=1: read as '--no-editable' in sync-args (members installed from their wheels, not editable)";
    expect(job.main.stdout).toContain(line);
    // The summary escapes what it prints (`_` and `'` as entities).
    expect(job.main.summary.replace(/&#(\d+);/g, (_, code: string) => String.fromCharCode(Number(code)))).toContain(line);
  });

  it("'--editable' in sync-args wins over UV_NO_EDITABLE=1, as in uv", async () => {
    const job = await detect(base, confChange, { 'sync-args': '--editable' }, { UV_NO_EDITABLE: '1' });
    expect(members(job)).toEqual(['devel-common', 'provider-a', 'provider-b']);
    expect(job.main.stdout).toContain("UV_NO_EDITABLE=1 ignored: '--editable' in sync-args wins, as in uv");
  });
});
