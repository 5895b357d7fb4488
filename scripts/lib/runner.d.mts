export interface StepOptions {
  inputs?: Record<string, string>;
  env?: Record<string, string | undefined>;
  baseEnv?: NodeJS.ProcessEnv;
  state?: Record<string, string>;
  cwd?: string;
  node?: string;
  /** Runs `launcher… entry` instead of `node entry` (Windows Node under Wine); the streams go through files. */
  launcher?: string[];
  /** The step's form of a path of this machine (the file commands' paths), e.g. `Z:\…` under Wine. */
  hostPath?: (path: string) => string;
  echo?: boolean;
}
export interface StepResult {
  code: number;
  stdout: string;
  stderr: string;
  durationMs: number;
  outputs: Record<string, string>;
  state: Record<string, string>;
  exportedEnv: Record<string, string>;
  summary: string;
}
export interface WorkflowCommand {
  command: string;
  props: Record<string, string>;
  message: string;
}
export function parseFileCommand(text: string): Record<string, string>;
export function inputVariable(name: string): string;
export function runStep(entry: string, step: StepOptions): Promise<StepResult>;
/** The post step's result; `skipped` when action.yml's post-if kept the runner from starting it. */
export interface PostResult extends StepResult {
  skipped: boolean;
}
export function postRuns(actionYml: string, job: { mainCode: number; env: NodeJS.ProcessEnv }): boolean;
export function runPost(entry: string, main: StepResult, step: StepOptions & { jobEnv?: NodeJS.ProcessEnv }): Promise<PostResult>;
export function workflowCommands(stdout: string): WorkflowCommand[];
export function runToFiles(
  file: string,
  args: string[],
  options?: { cwd?: string; env?: NodeJS.ProcessEnv },
): Promise<{ code: number; stdout: string; stderr: string }>;
