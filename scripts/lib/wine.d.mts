export interface WindowsTools {
  wine: string;
  node: string;
  uv: string;
  env: Record<string, string>;
}
export function windowsPath(file: string): string;
export function wineMissing(): string | undefined;
export function prepareWindows(): WindowsTools;
export function runWindowsNode(
  windows: WindowsTools,
  args: string[],
  options?: { cwd?: string; env?: Record<string, string | undefined> },
): Promise<{ code: number; stdout: string; stderr: string }>;
