// Parsing of uv's stderr into a typed report (pure). Owned by the uv/ module.

/** One of uv's summary lines: `Resolved 12 packages in 3ms`, `Installed 5 packages in 20ms`, ... */
export interface UvPhase {
  verb: 'Resolved' | 'Prepared' | 'Installed' | 'Uninstalled' | 'Audited' | 'Checked' | 'Built' | 'Downloaded' | 'Bytecode compiled';
  count: number;
  unit: string; // usually `packages`
  ms: number;
}

export interface UvReport {
  phases: UvPhase[];
  /** Packages built from source (`Building foo==1.0`, `Built foo==1.0`). */
  built: string[];
  /** uv could not link from the cache and copied instead. */
  hardlinkFallback: boolean;
  /** `error:` lines with their `Caused by:` / `hint:` continuation, ANSI stripped. */
  errors: string[];
  /** `warning:` lines, ANSI stripped. */
  warnings: string[];
  /** Installed (`+ name==ver`) and removed (`- name==ver`) packages. */
  installed: string[];
  removed: string[];
}
