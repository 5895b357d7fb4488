// What the listing of the changed paths (detect.ts fromGit) will ask git,
// asked all at once as it starts, not one child after another: whether the
// commits compared are in the clone, and for two full commit names their
// merge-base and their diff. The action starts the listing just before the
// workspace load blocks the event loop, so these children answer on the
// other core meanwhile. An answer is kept only where it is the one git gives
// when asked at its turn: every commit it names was in the clone when asked
// (nothing fetched since changes it), and a diff from the merge-base only
// when git found exactly one (`git diff --merge-base` refuses several).
// Anything else is dropped, and detect.ts asks again in its own order, so
// every error and every message stays as it was.
import { isFullSha, type EventPlan } from './event.js';
import type { FileChange } from './diff.js';
import { diffFiles, diffFromMergeBase, mergeBase, presentCommits } from './git.js';

/** What detect.ts may ask early: all lower-case full commit names. */
export interface EarlyQuestions {
  /** Whether each is a commit in the clone (git.ts presentCommits). */
  commits: string[];
  /** Base and head inputs, compared three-dot: their merge-base, and the diff from it to the head. */
  threeDot?: [base: string, head: string];
  /** An event's own range, compared two-dot (a push's before..after, a merge group's base..head). */
  twoDot?: [from: string, to: string];
}

/** The answers kept. A method answering undefined: not asked early (detect.ts asks git itself). */
export class EarlyAnswers {
  readonly present: Map<string, boolean>;
  private readonly mergeBases = new Map<string, string | undefined>();
  private readonly diffs = new Map<string, Promise<FileChange[] | undefined>>();

  constructor(present = new Map<string, boolean>()) {
    this.present = present;
  }

  /** git merge-base's answer for (a, b): `found` is undefined when there is none in the history present. */
  mergeBase(a: string, b: string): { found: string | undefined } | undefined {
    const key = `${a} ${b}`;
    return this.mergeBases.has(key) ? { found: this.mergeBases.get(key) } : undefined;
  }

  /** diffFiles(from, to)'s answer, or a promise of undefined where git must be asked again. */
  diff(from: string, to: string): Promise<FileChange[] | undefined> {
    return this.diffs.get(`${from} ${to}`) ?? Promise.resolve(undefined);
  }

  keepMergeBase(a: string, b: string, found: string | undefined): void {
    this.mergeBases.set(`${a} ${b}`, found);
  }

  keepDiff(from: string, to: string, changes: Promise<FileChange[] | undefined>): void {
    this.diffs.set(`${from} ${to}`, changes);
  }
}

const fullSha = (ref: string | undefined): string | undefined => (ref !== undefined && isFullSha(ref) ? ref.toLowerCase() : undefined);

/**
 * The questions for these options: the full names among the `base` and `head`
 * inputs (three-dot when both are, as fromInputRefs compares them), else the
 * event's own commits (two-dot where the event names a range it compares so).
 */
export function earlyQuestions(inputs: { base?: string; head?: string; workTree?: boolean }, plan: EventPlan): EarlyQuestions {
  if (inputs.base !== undefined || inputs.head !== undefined) {
    const base = inputs.base === 'last-success' ? undefined : fullSha(inputs.base);
    const head = fullSha(inputs.head);
    const commits = [head, base].filter((sha): sha is string => sha !== undefined);
    return { commits, ...(base && head && !inputs.workTree ? { threeDot: [base, head] } : {}) };
  }
  const range: [string | undefined, string | undefined] =
    plan.kind === 'push' ? [plan.before && !plan.forced ? fullSha(plan.before) : undefined, fullSha(plan.after)] : plan.kind === 'merge-group' ? [fullSha(plan.base), fullSha(plan.head)] : [undefined, undefined];
  const [from, to] = range;
  const commits = [to, from].filter((sha): sha is string => sha !== undefined);
  return { commits, ...(from && to ? { twoDot: [from, to] } : {}) };
}

/** Asks the questions at once; resolves when the commits' presence is known, with the answers that hold. */
export async function askEarly(repo: string, questions: EarlyQuestions): Promise<EarlyAnswers> {
  const { threeDot, twoDot } = questions;
  const base = threeDot && mergeBase(repo, ...threeDot).then(
    (found) => ({ found }),
    () => undefined,
  );
  const fromBase = threeDot && diffFromMergeBase(repo, ...threeDot);
  const range = twoDot && diffFiles(repo, ...twoDot).catch(() => undefined);
  const answers = new EarlyAnswers(await presentCommits(repo, questions.commits));
  const present = (shas: string[]) => shas.every((sha) => answers.present.get(sha) === true);
  if (threeDot && present(threeDot)) {
    const asked = await base;
    if (asked) answers.keepMergeBase(...threeDot, asked.found);
    if (asked?.found) answers.keepDiff(asked.found, threeDot[1], fromBase!);
  }
  if (twoDot && range && present(twoDot)) answers.keepDiff(...twoDot, range);
  return answers;
}
