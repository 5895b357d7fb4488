// What the main step needs from the runner, as one value: the real one speaks
// the runner's protocol (runner.ts), a test passes a fake and runs the step
// in-process.
import { runner, type CommandProps } from './runner.js';
import { writeSummary } from './summary-write.js';

export type AnnotationProps = CommandProps;

export interface RunnerIO {
  /** The environment the step runs in (GITHUB_*, RUNNER_*, UV_*, PATH). */
  env: NodeJS.ProcessEnv;
  cwd: string;
  getInput(name: string): string;
  info(message: string): void;
  warning(message: string, props?: AnnotationProps): void;
  notice(message: string, props?: AnnotationProps): void;
  error(message: string, props?: AnnotationProps): void;
  group<T>(name: string, fn: () => Promise<T>): Promise<T>;
  isDebug(): boolean;
  exportVariable(name: string, value: string): void;
  saveState(name: string, value: string): void;
  setOutput(name: string, value: string): void;
  setFailed(message: string): void;
  writeSummary(markdown: string): Promise<void>;
  /** The step is done: say what GitHub's per-step annotation cap left out. */
  endStep(): void;
}

/** The runner itself. */
export const actionsIO: RunnerIO = {
  env: process.env,
  cwd: process.cwd(),
  getInput: runner.getInput,
  info: runner.info,
  warning: runner.warning,
  notice: runner.notice,
  error: runner.error,
  group: runner.group,
  isDebug: runner.isDebug,
  exportVariable: runner.exportVariable,
  saveState: runner.saveState,
  setOutput: runner.setOutput,
  setFailed: runner.setFailed,
  writeSummary,
  endStep: runner.endStep,
};
