// The doors into the affected set through the bundled action (dist/main, as
// the runner runs it, `mode: detect`): one line of space-separated
// changed-files, absolute and `..` paths, a path outside the repository, a
// tag push and a release (no base: every member, said in the log and the
// summary), a checkout under a sub-path (actions/checkout `path:`), and a
// symlinked member whose files git reports under the link's target.
import { mkdirSync, renameSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createActionFixture, type ActionFixture, type JobResult } from '../helpers/action-e2e.js';

let fx: ActionFixture;
let base: string;
let coreChange: string;
let linkedChange: string;
const ALL = ['api', 'core', 'linked', 'tools', 'web'];

beforeAll(async () => {
  fx = await createActionFixture({
    workspaceDir: 'py',
    workspace: {
      memberGlobs: ['libs/*', 'services/*'],
      members: [
        { name: 'core', path: 'libs/core' },
        { name: 'linked', path: 'libs/linked' },
        { name: 'api', path: 'services/api', dependencies: ['core'] },
        { name: 'web', path: 'services/web', dependencies: ['api', 'linked'] },
        { name: 'tools', path: 'services/tools' },
      ],
    },
    wheels: [],
    files: { 'README.md': '# monorepo\n' },
  });
  // `py/libs/linked -> ../vendor/linked`: uv finds the member through the link.
  mkdirSync(path.join(fx.repo.dir, 'py/vendor'), { recursive: true });
  renameSync(path.join(fx.repo.dir, 'py/libs/linked'), path.join(fx.repo.dir, 'py/vendor/linked'));
  symlinkSync('../vendor/linked', path.join(fx.repo.dir, 'py/libs/linked'));
  base = await fx.commit('vendor linked behind a symlink', {});
  coreChange = await fx.commit('core: change', { 'py/libs/core/src/core/util.py': 'X = 1\n' });
  linkedChange = await fx.commit('linked: change', { 'py/vendor/linked/src/linked/util.py': 'Y = 1\n' });
});

afterAll(async () => {
  await fx?.remove();
});

const DETECT = { mode: 'detect', 'working-directory': 'py' };

function members(job: JobResult): string[] {
  expect(job.main.code, job.log).toBe(0);
  return JSON.parse(job.main.outputs.members!) as string[];
}

/** Where runJob checks out: `<sandbox>/work/monorepo/monorepo`. */
const checkoutDir = () => path.join(fx.sandbox.root, 'work', 'monorepo', 'monorepo');

describe('changed-files doors, through dist', () => {
  it('one line separated by spaces (tj-actions/changed-files default) is read as several paths', async () => {
    const job = await fx.runJob({ uvVersion: null, inputs: { ...DETECT, 'changed-files': 'README.md py/libs/core/src/core/util.py' } });
    expect(members(job)).toEqual(['api', 'core', 'web']);
  });

  it('absolute paths inside the repository and paths with .. reach their members', async () => {
    const files = [`${checkoutDir()}/py/libs/core/src/core/util.py`, 'py/services/../services/tools/x.py'].join('\n');
    const job = await fx.runJob({ uvVersion: null, inputs: { ...DETECT, 'changed-files': files } });
    expect(members(job)).toEqual(['api', 'core', 'tools', 'web']);
    expect(JSON.parse(job.main.outputs.reasons!).core).toEqual(['changed: py/libs/core/src/core/util.py']);
  });

  it('a path outside the repository is a warning, and every member is affected', async () => {
    const job = await fx.runJob({ uvVersion: null, inputs: { ...DETECT, 'changed-files': '["py/libs/core/x.py", "../elsewhere/x.py"]' } });
    expect(members(job)).toEqual(ALL);
    expect(job.main.outputs.all).toBe('true');
    const warnings = job.annotations.filter((a) => a.command === 'warning').map((a) => a.message);
    expect(warnings.some((w) => w.includes("changed-files: '../elsewhere/x.py' leaves the repository"))).toBe(true);
  });
});

describe('events without a base mean every member, with the reason in the log and the summary', () => {
  it('a push of a tag (a release)', async () => {
    const event = path.join(fx.root, 'tag-event.json');
    writeFileSync(event, JSON.stringify({ ref: 'refs/tags/v1.0.0', before: '0'.repeat(40), after: coreChange, repository: { default_branch: 'main' } }));
    const job = await fx.runJob({ uvVersion: null, event, eventName: 'push', ref: coreChange, inputs: DETECT });
    expect(members(job)).toEqual(ALL);
    expect(job.main.outputs.all).toBe('true');
    expect(job.log).toContain('a push of tag v1.0.0 has no base commit to compare against');
    expect(job.main.summary).toContain('a push of tag v1.0.0 has no base commit to compare against');
  });

  it('a release event', async () => {
    const event = path.join(fx.root, 'release-event.json');
    writeFileSync(event, JSON.stringify({ action: 'published', release: { tag_name: 'v1.0.0' } }));
    const job = await fx.runJob({ uvVersion: null, event, eventName: 'release', inputs: DETECT });
    expect(members(job)).toEqual(ALL);
    expect(job.log).toContain('a release event has no base commit to compare against');
    expect(job.main.summary).toContain('a release event has no base commit to compare against');
  });
});

describe('a checkout under a sub-path (actions/checkout `path: monorepo`)', () => {
  it('git diff paths and members compare in the repository frame; outputs stay repository-relative', async () => {
    const job = await fx.runJob({
      uvVersion: null,
      event: await fx.pushEvent(base, coreChange),
      ref: coreChange,
      env: { GITHUB_WORKSPACE: path.dirname(checkoutDir()) },
      inputs: { ...DETECT, 'working-directory': 'monorepo/py' },
    });
    expect(members(job)).toEqual(['api', 'core', 'web']);
    expect(JSON.parse(job.main.outputs.paths!)).toEqual(['py/services/api', 'py/libs/core', 'py/services/web']);
  });

  it('changed-files relative to the repository root', async () => {
    const job = await fx.runJob({
      uvVersion: null,
      env: { GITHUB_WORKSPACE: path.dirname(checkoutDir()) },
      inputs: { ...DETECT, 'working-directory': 'monorepo/py', 'changed-files': 'py/libs/core/src/core/util.py' },
    });
    expect(members(job)).toEqual(['api', 'core', 'web']);
  });
});

describe('a symlinked member', () => {
  it('a change git reports under the link target belongs to the member the link makes, and reaches its dependents', async () => {
    const job = await fx.runJob({ uvVersion: null, event: await fx.pushEvent(coreChange, linkedChange), ref: linkedChange, inputs: DETECT });
    expect(members(job)).toEqual(['linked', 'web']);
    expect(JSON.parse(job.main.outputs.paths!)).toEqual(['py/libs/linked', 'py/services/web']);
  });
});
