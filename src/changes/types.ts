// What the change detection hands to the affected engine and the report.

export type ChangeSource =
  | 'changed-files' // the `changed-files` input or the CLI's --files
  | 'git' // git diff between two commits
  | 'api' // the pull request's files from the GitHub REST API
  | 'none'; // nothing could be listed: every member is affected

/** A watched file's text on both sides of the change; undefined where it is absent (or there is no base). */
export interface WatchedText {
  base: string | undefined;
  head: string | undefined;
}

export interface ChangeSet {
  source: ChangeSource;
  /** One line for the log and the summary, e.g. `pull_request #12: a1b2c3d...e4f5a6b (git diff, fetched base at depth 1)`. */
  description: string;
  /** Changed paths relative to the repository root, `/`-separated (renames give both paths). */
  paths: string[];
  /** Every member must be treated as affected (no history, scheduled run, ...). */
  all: boolean;
  /** Why `all` is true, shown to the user. */
  allReason?: string;
  /** The commits compared, when git was used. */
  base?: string;
  head?: string;
  /** The head side is the work tree (no `head` commit): committed, staged and unstaged changes, and untracked files git does not ignore. */
  workTree?: true;
  /**
   * The texts of the files the caller asked to watch (DetectOptions.watch,
   * e.g. uv.lock) that are among `paths`, keyed by repository-relative path,
   * so nothing has to go back to git after detection.
   */
  watched?: Record<string, WatchedText>;
  /** Warnings already decided (e.g. a fallback), to be emitted by the shell. */
  warnings: string[];
}
