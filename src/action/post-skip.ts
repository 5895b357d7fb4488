// When post has nothing to do (an exact cache hit, a pull request that may not
// save, a detect step, a failed sync), starting it still costs the job a step:
// the runner prepares it and starts Node only for post to read main's state
// and stop. So main tells the runner instead. action.yml's `post-if` skips
// post when the job variable below holds `[<github.action>]`, this step's
// token; the runner evaluates it with the job's environment, GITHUB_ENV
// exports included (actions/runner StepsRunner). Every use of the action in a
// job writes to the one variable, so each touches its own token only, and a
// step that needs its post writes `[!<action>]`, which no later step with the
// same name (composite actions may repeat one) can turn into a skip. Without
// the variable, or on a runner that ignores it, post runs and its gate
// (post-gate.ts) decides, as before.
import { gateOf } from './post-gate.js';
import type { MainState } from './state.js';
import { inputFromEnv } from './input-env.js';
import type { RunnerIO } from './io.js';
import { logText } from '../report/escape.js';

export const SKIP_POST_VARIABLE = 'UV_WORKSPACE_SYNC_SKIP_POST';

/** A GitHub step name as the runner makes it (`__owner_repo`, `__run_2`, an `id:`): nothing that could break a token. */
const ACTION_NAME = /^[A-Za-z0-9_.-]{1,200}$/;

/**
 * Pure: the variable's value once step `action` has said whether its post has
 * work, or undefined when the value stays as it is.
 */
export function skipPostValue(current: string, action: string, postNeeded: boolean): string | undefined {
  const skip = `[${action}]`;
  const keep = `[!${action}]`;
  if (postNeeded) {
    const next = current.split(skip).join('') + (current.includes(keep) ? '' : keep);
    return next === current ? undefined : next;
  }
  return current.includes(keep) || current.includes(skip) ? undefined : current + skip;
}

export interface PostSkip {
  /** The variable and its new value to export, when it changes. */
  export?: { name: string; value: string };
  /** The line post would have printed, for main to print when post will not run. */
  line?: string;
}

/**
 * Pure: what main tells the runner about post, from the state it saved
 * (undefined: none) and the step's environment (GITHUB_ACTION, INPUT_MODE,
 * the variable's current value). Outside a runner (no GITHUB_ACTION) nothing.
 */
export function postSkip(state: MainState | undefined, env: NodeJS.ProcessEnv): PostSkip {
  const action = env.GITHUB_ACTION ?? '';
  if (!ACTION_NAME.test(action)) return {};
  const gate = gateOf(state, inputFromEnv(env, 'mode'));
  const current = env[SKIP_POST_VARIABLE] ?? '';
  const value = skipPostValue(current, action, gate.run);
  const skipped = (value ?? current).includes(`[${action}]`);
  return {
    ...(value !== undefined ? { export: { name: SKIP_POST_VARIABLE, value } } : {}),
    // Without a state main failed, and its error says so; post's "did not reach uv sync" adds nothing.
    ...(skipped && state && !gate.run && gate.line ? { line: gate.line } : {}),
  };
}

/** Tells the runner, through the variable, when post has nothing to do; any trouble writing it leaves post to run. */
export function tellPost(io: RunnerIO, state: MainState | undefined): void {
  const skip = postSkip(state, io.env);
  try {
    if (skip.export) io.exportVariable(skip.export.name, skip.export.value);
  } catch {
    return;
  }
  if (skip.line) io.info(logText(skip.line));
}
