import { describe, expect, it } from 'vitest';
import { planFromEvent } from '../../src/changes/event.js';

const A = 'a'.repeat(40);
const B = 'b'.repeat(40);
const ZERO = '0'.repeat(40);
const json = (value: unknown) => JSON.stringify(value);

describe('planFromEvent', () => {
  it('takes base.sha and head.sha of pull_request and its relatives', () => {
    const payload = json({ number: 12, pull_request: { number: 12, base: { sha: A }, head: { sha: B }, changed_files: 3 } });
    for (const event of ['pull_request', 'pull_request_target', 'pull_request_review']) {
      expect(planFromEvent(event, payload)).toEqual({ kind: 'pull-request', event, number: 12, base: A, head: B, changedFiles: 3 });
    }
  });

  it('takes before and after of a push, with its branch and default branch', () => {
    const plan = planFromEvent('push', json({ ref: 'refs/heads/release/1.x', before: A, after: B, forced: false, repository: { default_branch: 'main' } }));
    expect(plan).toEqual({ kind: 'push', event: 'push', ref: 'refs/heads/release/1.x', branch: 'release/1.x', before: A, after: B, forced: false, defaultBranch: 'main' });
  });

  it('drops the all-zero before of a new branch and keeps the forced flag', () => {
    expect(planFromEvent('push', json({ ref: 'refs/heads/f', before: ZERO, after: B }))).toMatchObject({ kind: 'push', before: undefined });
    expect(planFromEvent('push', json({ ref: 'refs/heads/f', before: A, after: B, forced: true }))).toMatchObject({ kind: 'push', before: A, forced: true });
  });

  it('a push of a tag (a release) or of any ref that is not a branch has no base: every member, said why', () => {
    // Comparing a tag with the default branch finds nothing when the tag names its tip: never none.
    expect(planFromEvent('push', json({ ref: 'refs/tags/v1', before: ZERO, after: B }))).toEqual({
      kind: 'all',
      event: 'push',
      reason: 'a push of tag v1 has no base commit to compare against',
      problem: false,
    });
    // A moved tag has a `before`, and still no base of its own.
    expect(planFromEvent('push', json({ ref: 'refs/tags/v1', before: A, after: B, forced: true }))).toMatchObject({ kind: 'all' });
    expect(planFromEvent('push', json({ ref: 'refs/notes/x', before: A, after: B }))).toMatchObject({
      kind: 'all',
      reason: 'a push of ref refs/notes/x has no base commit to compare against',
    });
  });

  it('treats a deleted branch as every member without calling it a problem', () => {
    expect(planFromEvent('push', json({ ref: 'refs/heads/f', before: A, after: ZERO }))).toMatchObject({ kind: 'all', problem: false, reason: 'the push deleted refs/heads/f' });
  });

  it('takes base_sha and head_sha of merge_group', () => {
    expect(planFromEvent('merge_group', json({ merge_group: { base_sha: A, head_sha: B } }))).toEqual({ kind: 'merge-group', event: 'merge_group', base: A, head: B });
  });

  it('gives every member, with the reason, for events without a base', () => {
    for (const event of ['workflow_dispatch', 'schedule', 'release', 'create', 'workflow_run', 'something_new']) {
      const plan = planFromEvent(event, '{}');
      expect(plan).toMatchObject({ kind: 'all', event, problem: false });
      expect(plan.kind === 'all' && plan.reason).toContain(event);
    }
    expect(planFromEvent(undefined, undefined)).toMatchObject({ kind: 'all', problem: false });
  });

  it('reports a malformed or incomplete payload as a problem naming the file', () => {
    const cases: [string, string | undefined][] = [
      ['pull_request', '{"pull_request": '],
      ['pull_request', '[1]'],
      ['pull_request', undefined],
      ['pull_request', json({ pull_request: { number: 1, base: { sha: 'main' }, head: { sha: B } } })],
      ['push', json({ ref: 'refs/heads/x', before: 'nope', after: B })],
      ['push', json({ before: A, after: B })],
      ['merge_group', json({ merge_group: { base_sha: A } })],
    ];
    for (const [event, text] of cases) {
      const plan = planFromEvent(event, text, '/tmp/event.json');
      expect(plan, `${event} ${text}`).toMatchObject({ kind: 'all', problem: true });
      expect(plan.kind === 'all' && plan.reason).toContain('/tmp/event.json');
    }
  });
});
