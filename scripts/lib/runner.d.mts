export interface StepOptions {
  inputs?: Record<string, string>;
  env?: Record<string, string | undefined>;
  baseEnv?: NodeJS.ProcessEnv;
  state?: Record<string, string>;
  cwd?: string;
  node?: string;
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
export function workflowCommands(stdout: string): WorkflowCommand[];
