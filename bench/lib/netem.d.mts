// Types for netem.mjs, for the test that sends the cache service through it.
export interface NetemLimits {
  downMBps?: number;
  upMBps?: number;
  latencyMs?: number;
  bucket?: 'shared' | 'connection';
}
export interface NetemCounter {
  bytes: number;
  first?: number;
  last?: number;
}
export interface Netem {
  url: string;
  readonly limits: Required<NetemLimits>;
  set(limits: NetemLimits): void;
  retarget(url: string): void;
  stats: { requests: number; connections: number; down: NetemCounter; up: NetemCounter };
  resetStats(): void;
  achievedDownMBps(): number | undefined;
  close(): Promise<void>;
}
export function startNetem(target: string, limits?: NetemLimits): Promise<Netem>;
