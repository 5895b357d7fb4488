// The one logging interface of the core: modules that report progress take a
// Log instead of importing the runner, so the shell decides where lines go
// (the action's log, the CLI's stderr, a test's array).
export interface Log {
  info(message: string): void;
  warning(message: string): void;
  /** For expected non-problems (another job saved the same key); falls back to info. */
  notice?(message: string): void;
}
