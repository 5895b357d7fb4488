// The workspace model: what uv sees when it reads a workspace. Plain data, so
// the affected engine, the CLI and the report can share it without IO.

/**
 * How a member reaches another member:
 * - `runtime`: `[project].dependencies`
 * - `extra:<name>`: `[project.optional-dependencies].<name>` (PEP 685-normalised name)
 * - `group:<name>`: `[dependency-groups].<name>` or legacy `tool.uv.dev-dependencies` (group `dev`)
 */
export type EdgeKind = 'runtime' | `extra:${string}` | `group:${string}`;

export interface Edge {
  /** PEP 503 name of the member that declares the requirement. */
  from: string;
  /** PEP 503 name of the member it requires. */
  to: string;
  kind: EdgeKind;
  /** Extras requested of `to`, e.g. `core[openai]` gives `['openai']` (normalised, sorted). */
  extras: string[];
  /** Where the edge was seen; an edge seen in both keeps `pyproject`. */
  origin: 'pyproject' | 'lock';
}

export interface Member {
  /** PEP 503-normalised project name. */
  name: string;
  /** Directory relative to the repository root, `/`-separated, `.` for the repository root. */
  path: string;
  /** Absolute directory. */
  dir: string;
  /** True for the workspace root when it has a `[project]` table. */
  isRoot: boolean;
  /**
   * Groups `uv sync --package <name>` installs by default: `tool.uv.default-groups`
   * of this member (default `['dev']`), or `'all'`.
   */
  defaultGroups: string[] | 'all';
  /** Names of the extras this member declares (normalised). */
  extras: string[];
  /** Names of the dependency groups this member declares (normalised). */
  groups: string[];
}

/**
 * An input of a member outside its own directory: a change under it affects
 * the member and, as a change to the member would, the members that install
 * it. Read when the workspace is loaded (workspace/outside-load.ts); paths
 * and globs are repository-relative and `/`-separated.
 */
export type MemberInput =
  /** A `[tool.uv.sources]` `path` that is no workspace member: a directory (a git submodule too), a wheel or an sdist. */
  | { member: string; kind: 'path-source'; package: string; path: string }
  /** A symlink inside the member (`link`) whose target (`path`) lies outside it. */
  | { member: string; kind: 'symlink'; link: string; path: string }
  /**
   * A glob of `inputs` in the member's `[tool.uv-workspace-sync]` table:
   * `declared` as written (relative to the member), `glob` from the
   * repository root, `except` the list's `!` globs, from the repository root.
   */
  | { member: string; kind: 'declared'; declared: string; glob: string; except: string[] };

/** `global` and `ignore` of the workspace root's `[tool.uv-workspace-sync]` table, as globs from the repository root. */
export interface DeclaredGlobs {
  /** The repository-relative pyproject.toml that declares them. */
  file: string;
  global: string[];
  ignore: string[];
}

export interface Workspace {
  /** Absolute repository root (the CLI's current directory, the action's GITHUB_WORKSPACE). */
  repoRoot: string;
  /** Absolute workspace root (the directory holding the `[tool.uv.workspace]` pyproject.toml). */
  root: string;
  /** Workspace root relative to the repository root, `.` when they are the same. */
  rootPath: string;
  /** The root has no `[project]`: it owns no files. */
  virtualRoot: boolean;
  /** Members sorted by name. */
  members: Member[];
  /** Member → member edges, the union of pyproject and uv.lock edges, deduplicated. */
  edges: Edge[];
  /**
   * Group edges of a virtual root's `[dependency-groups]` (`from` is `''`,
   * kind `group:<name>`). Optional: uv installs a root group with
   * `uv sync --package Y --group G` (or `--all-groups`) when Y does not declare
   * G itself, so the install closure needs them; a project root's groups are
   * its own member edges already.
   */
  rootGroupEdges?: Edge[];
  /** Absolute path of uv.lock when it exists. */
  lockPath?: string;
  /** Inputs of members outside their own directories, by member name then path; absent when there are none. */
  inputs?: MemberInput[];
  /** The root's `[tool.uv-workspace-sync]` globs; absent when it declares none. */
  declared?: DeclaredGlobs;
  /** Things a user should know that do not stop the run (e.g. a listed member missing from the checkout). */
  warnings: string[];
}
