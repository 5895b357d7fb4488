// Types for gen-workspace.mjs, for the tests that read generated workspaces.
export interface PlannedMember {
  name: string;
  path: string;
  layer: number;
  deps: string[];
  extras: Record<string, string[]>;
  dev: string[];
}
export function planWorkspace(n: number, seed?: number): PlannedMember[];
export function writeWorkspace(dir: string, members: PlannedMember[]): Promise<void>;
export function changedPaths(members: PlannedMember[], count: number, seed?: number): string[];
