// What the main step needs from the runner, as one value: the real one talks
// to @actions/core, a test passes a fake and runs the step in-process.
import * as core from '@actions/core';
import { writeSummary } from './summary-write.js';

export interface AnnotationProps {
  title?: string;
  file?: string;
  startLine?: number;
}

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
}

/** The runner itself. */
export const actionsIO: RunnerIO = {
  env: process.env,
  cwd: process.cwd(),
  getInput: (name) => core.getInput(name),
  info: (message) => core.info(message),
  warning: (message, props) => core.warning(message, props),
  notice: (message, props) => core.notice(message, props),
  error: (message, props) => core.error(message, props),
  group: (name, fn) => core.group(name, fn),
  isDebug: () => core.isDebug(),
  exportVariable: (name, value) => core.exportVariable(name, value),
  saveState: (name, value) => core.saveState(name, value),
  setOutput: (name, value) => core.setOutput(name, value),
  setFailed: (message) => core.setFailed(message),
  writeSummary,
};
