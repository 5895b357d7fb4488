// The bad-input table (issue #7): what a user did, how it reaches the code
// (the CLI in-process, the bundled action, or parseConfig), and the one line
// they get back. bad-input.test.ts runs every row; the messages it sees are
// written to test-results/reliability/bad-input.json, from which
// scripts/troubleshooting.mjs renders docs/troubleshooting.md (and the test
// checks that the doc lists every row with the message it really gets).
//
// Every row starts from the same committed workspace (see BASE_WORKSPACE),
// checked out fresh; `files` changes that checkout's work tree (null deletes),
// the way a user's repository differs from what the action expects.

/** The workspace every case starts from: packages/{core,api,cli,tools}, api → core, cli → api. */
export const BASE_WORKSPACE = {
  members: [
    { name: 'core', path: 'packages/core' },
    { name: 'api', path: 'packages/api', dependencies: ['core'] },
    { name: 'cli', path: 'packages/cli', dependencies: ['api'] },
    { name: 'tools', path: 'packages/tools' },
  ],
  memberGlobs: ['packages/*'],
};

/** The fixture (workspace and wheels) the hostile and untrusted runs share: packages/{a,b,c}, a → tiny (a wheel), b → a. */
export const ABC_FIXTURE = {
  workspace: {
    members: [
      { name: 'a', path: 'packages/a', dependencies: ['tiny'] },
      { name: 'b', path: 'packages/b', dependencies: ['a'] },
      { name: 'c', path: 'packages/c' },
    ],
    memberGlobs: ['packages/*'],
  },
  wheels: [{ name: 'tiny', version: '1.0.0' }],
};

export type How = 'cli' | 'action' | 'config';

/**
 * - `error`: the step/command fails with exactly one error line (exit 1).
 * - `usage`: the CLI was invoked wrongly (exit 2).
 * - `all`: the action goes on with every member affected (`all=true`) and one `::warning::` saying why.
 * - `members`: the action or CLI succeeds with exactly `members` affected (never "none").
 */
export type Outcome = 'error' | 'usage' | 'all' | 'members';

/** Special set-ups a row can ask for (done by the test, which owns the fixtures). */
export type Setup =
  | 'fake-uv-old'
  | 'fake-uv-garbage'
  | 'no-uv'
  | 'no-git'
  | 'event-not-json'
  | 'event-missing'
  | 'event-empty-object'
  | 'push-100k-paths'
  | 'push-non-utf8-path'
  | 'files-100k'
  | 'files-long-path'
  | 'pyproject-dev-zero'
  | 'lock-fifo'
  | 'working-directory-symlink-outside'
  | 'uv-is-a-directory';

export interface BadInputCase {
  id: string;
  /** What the user did, as the troubleshooting table says it. */
  did: string;
  how: How;
  outcome: Outcome;
  /** The error line (or, for `all`/`members`, the warning line when one is expected), without `error: ` / `::error::`. */
  message?: RegExp;
  /** The file, input or member the line must name. */
  names?: string;
  /** Work-tree changes in the checkout before the run (null deletes a file or directory). */
  files?: Record<string, string | null>;
  /** CLI argv. */
  args?: string[];
  /** Action inputs (kebab-case), for `action` and `config`. */
  inputs?: Record<string, string>;
  /** The step's environment (job `env:`), for `action` and `config`. */
  env?: Record<string, string>;
  setup?: Setup;
  /** For `members`: exactly these are affected. */
  members?: string[];
}

const BROKEN_TOML = '[project\nname = "x"\n';
const CONFLICTED_LOCK = 'version = 1\nrevision = 3\nrequires-python = ">=3.8"\n\n<<<<<<< HEAD\n[[package]]\nname = "core"\n=======\n[[package]]\nname = "kore"\n>>>>>>> feature\n';
const ROOT = '[tool.uv.workspace]\nmembers = ["packages/*"]\n';

export const BAD_INPUTS: BadInputCase[] = [
  // --- inputs -----------------------------------------------------------
  { id: 'mode-unknown', did: '`mode: install`', how: 'action', outcome: 'error', inputs: { mode: 'install' }, names: "'mode'", message: /^input 'mode' is 'install' \(hint: use one of: sync, detect, record\)$/ },
  { id: 'record-without-packages', did: '`mode: record` without `packages`', how: 'config', outcome: 'error', inputs: { mode: 'record' }, names: "'packages'", message: /^input 'mode' is 'record' but 'packages' is empty \(hint: give the members whose tests passed, e\.g\. / },
  { id: 'skip-passed-not-boolean', did: '`skip-passed: sometimes`', how: 'config', outcome: 'error', inputs: { 'skip-passed': 'sometimes' }, names: "'skip-passed'", message: /^input 'skip-passed' is 'sometimes' \(hint: use true or false\)$/ },
  { id: 'link-mode-unknown', did: '`link-mode: hardlinks`', how: 'action', outcome: 'error', inputs: { 'link-mode': 'hardlinks' }, names: "'link-mode'", message: /^input 'link-mode' is 'hardlinks' \(hint: use one of: auto, hardlink, clone, copy, symlink\)$/ },
  { id: 'save-cache-unknown', did: '`save-cache: sometimes`', how: 'action', outcome: 'error', inputs: { 'save-cache': 'sometimes' }, names: "'save-cache'", message: /^input 'save-cache' is 'sometimes' \(hint: use auto, true, false or default-branch\)$/ },
  { id: 'cache-not-boolean', did: '`cache: maybe`', how: 'action', outcome: 'error', inputs: { cache: 'maybe' }, names: "'cache'", message: /^input 'cache' is 'maybe' \(hint: use auto, true or false\)$/ },
  { id: 'prune-cache-not-boolean', did: '`prune-cache: yes please`', how: 'config', outcome: 'error', inputs: { 'prune-cache': 'yes please' }, names: "'prune-cache'", message: /^input 'prune-cache' is 'yes please' \(hint: use true or false\)$/ },
  { id: 'summary-not-boolean', did: '`summary: verbose`', how: 'config', outcome: 'error', inputs: { summary: 'verbose' }, names: "'summary'", message: /^input 'summary' is 'verbose' \(hint: use true or false\)$/ },
  { id: 'dependents-unknown', did: '`dependents: all`', how: 'config', outcome: 'error', inputs: { dependents: 'all' }, names: "'dependents'", message: /^input 'dependents' is 'all' \(hint: use one of: shipped, any\)$/ },
  { id: 'shards-not-a-number', did: '`shards: many`', how: 'config', outcome: 'error', inputs: { shards: 'many' }, names: "'shards'", message: /^input 'shards' is 'many' \(hint: use a whole number from 0 .* to 256\)$/ },
  { id: 'shards-too-many', did: '`shards: 1000`', how: 'config', outcome: 'error', inputs: { shards: '1000' }, names: "'shards'", message: /^input 'shards' is '1000' \(hint: use a whole number/ },
  { id: 'working-directory-outside', did: '`working-directory: ../elsewhere` (outside the checkout)', how: 'action', outcome: 'error', inputs: { 'working-directory': '../elsewhere' }, names: "'working-directory'", message: /^input 'working-directory' \(\.\.\/elsewhere\) is outside GITHUB_WORKSPACE \(.+\) \(hint: give a path relative to GITHUB_WORKSPACE, as for a step's working-directory\)$/ },
  { id: 'working-directory-absolute', did: '`working-directory: /etc`', how: 'config', outcome: 'error', inputs: { 'working-directory': '/etc' }, names: "'working-directory'", message: /^input 'working-directory' \(\/etc\) is outside GITHUB_WORKSPACE \(.+\) \(hint: give a path relative to GITHUB_WORKSPACE, as for a step's working-directory\)$/ },
  { id: 'working-directory-missing', did: '`working-directory: services/missing` (no such directory)', how: 'action', outcome: 'error', inputs: { 'working-directory': 'services/missing' }, names: 'services/missing', message: /^workspace directory 'services\/missing' does not exist \(hint: point --workspace \(or the working-directory input\) at/ },
  { id: 'working-directory-file', did: '`working-directory` names a file', how: 'action', outcome: 'error', inputs: { 'working-directory': 'packages/core/pyproject.toml' }, names: 'packages/core/pyproject.toml', message: /^workspace directory 'packages\/core\/pyproject\.toml' is a file \(hint: / },
  { id: 'packages-typo', did: '`packages: cor` (a typo)', how: 'action', outcome: 'error', inputs: { packages: 'cor' }, names: "'cor'", message: /^input 'packages' names 'cor', which is not a member of the workspace at \. \(hint: did you mean 'core'( or '[a-z]+')*\?\)$/ },
  { id: 'packages-one-unknown', did: "`packages: core apii` (one of several unknown)", how: 'action', outcome: 'error', inputs: { packages: 'core apii' }, names: "'apii'", message: /^input 'packages' names 'apii', .* \(hint: did you mean 'api'/ },
  { id: 'packages-nothing-close', did: '`packages: zzzzzzzz` (nothing like it)', how: 'action', outcome: 'error', inputs: { packages: 'zzzzzzzz' }, names: "'zzzzzzzz'", message: /^input 'packages' names 'zzzzzzzz', which is not a member .* \(hint: run `uv-workspace-sync members` to list the members\)$/ },
  { id: 'packages-bad-json', did: '`packages: ["core",` (broken JSON)', how: 'action', outcome: 'error', inputs: { packages: '["core",' }, names: "'packages'", message: /^input 'packages' starts with '\[' but is not a JSON array \(hint: / },
  { id: 'changed-files-not-strings', did: '`changed-files: [1, 2]`', how: 'action', outcome: 'error', inputs: { 'changed-files': '[1, 2]' }, names: "'changed-files'", message: /^input 'changed-files' is a JSON value but not an array of strings \(hint: / },
  { id: 'ignore-bad-json', did: '`ignore: [docs/**` (broken JSON)', how: 'config', outcome: 'error', inputs: { ignore: '[docs/**' }, names: "'ignore'", message: /^input 'ignore' starts with '\[' but is not a JSON array/ },
  { id: 'sync-args-package', did: '`sync-args: --package core`', how: 'action', outcome: 'error', inputs: { 'sync-args': '--package core' }, names: "'sync-args'", message: /^input 'sync-args' contains '--package', which conflicts with the members the action selects \(hint: use the 'packages' input to choose members\)$/ },
  { id: 'sync-args-all-packages', did: '`sync-args: --all-packages`', how: 'config', outcome: 'error', inputs: { 'sync-args': '--all-packages' }, names: "'sync-args'", message: /^input 'sync-args' contains '--all-packages', which conflicts/ },
  { id: 'sync-args-directory', did: '`sync-args: --directory=packages/core`', how: 'config', outcome: 'error', inputs: { 'sync-args': '--directory=packages/core' }, names: "'sync-args'", message: /^input 'sync-args' contains '--directory', .* \(hint: use 'working-directory' to choose the workspace\)$/ },
  { id: 'sync-args-cache-dir', did: '`sync-args: --cache-dir /tmp/other`', how: 'config', outcome: 'error', inputs: { 'sync-args': '--cache-dir /tmp/other' }, names: "'sync-args'", message: /^input 'sync-args' contains '--cache-dir', which defeats the uv cache the action restores and saves \(hint: use the 'cache-dir' input instead\)$/ },
  { id: 'env-uv-only-install-workspace', did: '`UV_ONLY_INSTALL_WORKSPACE: 1` in the step\'s `env:` (uv\'s `--only-install-workspace`)', how: 'action', outcome: 'error', env: { UV_ONLY_INSTALL_WORKSPACE: '1' }, names: 'UV_ONLY_INSTALL_WORKSPACE', message: /^UV_ONLY_INSTALL_WORKSPACE=1 in the step's environment is uv's '--only-install-workspace', which 'sync-args' refuses: it conflicts with the members the action selects \(hint: unset it for this step and use 'packages' to choose members\)$/ },
  { id: 'sync-args-offline', did: '`sync-args: --offline`', how: 'config', outcome: 'error', inputs: { 'sync-args': '--offline' }, names: "'sync-args'", message: /^input 'sync-args' contains '--offline', which defeats the uv cache/ },
  { id: 'env-uv-project', did: '`UV_PROJECT: packages/core` in the step\'s `env:` (uv\'s `--project`)', how: 'config', outcome: 'error', env: { UV_PROJECT: 'packages/core' }, names: 'UV_PROJECT', message: /^UV_PROJECT=packages\/core in the step's environment is uv's '--project', which 'sync-args' refuses: .* \(hint: unset it for this step and use 'working-directory' to choose the workspace\)$/ },
  { id: 'python-version-missing-path', did: '`python-version: /opt/no-python/bin/python3` (no interpreter there)', how: 'action', outcome: 'error', inputs: { 'python-version': '/opt/no-python/bin/python3' }, names: "'python-version'", message: /^input 'python-version' is '\/opt\/no-python\/bin\/python3', but uv finds no interpreter at that path \(error: .*\) \(hint: give the path of an interpreter that exists on this runner, or a version such as 3\.12: /  },
  { id: 'sync-args-config-file', did: '`sync-args: --config-file ci/uv.toml` (a file that can say `no-cache = true`)', how: 'action', outcome: 'error', inputs: { 'sync-args': '--config-file ci/uv.toml' }, names: "'sync-args'", message: /^input 'sync-args' contains '--config-file', which defeats the uv cache the action restores and saves \(hint: give uv's settings as sync-args, or in the workspace's uv\.toml or \[tool\.uv\]/ },
  { id: 'sync-timeout-invalid', did: '`sync-timeout: 1h`', how: 'config', outcome: 'error', inputs: { 'sync-timeout': '1h' }, names: "'sync-timeout'", message: /^input 'sync-timeout' is '1h' \(hint: use a number of minutes from 0\.02 \(one second\) to 10080 \(a week\); the default is 60\)$/ },
  { id: 'run-timeout-invalid', did: '`run-timeout: 10m`', how: 'config', outcome: 'error', inputs: { 'run-timeout': '10m' }, names: "'run-timeout'", message: /^input 'run-timeout' is '10m' \(hint: use a number of minutes from 0\.02 \(one second\) to 10080 \(a week\); the default is 30\)$/ },
  { id: 'run-parallel-zero', did: '`run-parallel: 0`', how: 'config', outcome: 'error', inputs: { 'run-parallel': '0' }, names: "'run-parallel'", message: /^input 'run-parallel' is '0' \(hint: use a whole number from 1 to 256, or leave it empty for the runner's CPU count\)$/ },
  { id: 'run-in-detect', did: '`run: pytest` with `mode: detect` (which syncs nothing to run in)', how: 'config', outcome: 'error', inputs: { run: 'pytest', mode: 'detect' }, names: "'run'", message: /^input 'run' is set but 'mode' is 'detect', which runs no uv sync \(hint: give 'run' to the steps that sync/ },
  { id: 'run-unclosed-quote', did: '`run: pytest -k "slow`', how: 'action', outcome: 'error', inputs: { run: 'pytest -k "slow' }, names: "'run'", message: /^input 'run' has an unclosed " quote \(hint: close the quote or remove it\)$/ },
  { id: 'global-extglob', did: '`global: docs/@(api|guide)/**` (an extglob)', how: 'action', outcome: 'error', inputs: { global: 'docs/@(api|guide)/**' }, names: "'global'", message: /^input 'global' has a glob this action does not read as picomatch would: `docs\/@\(api\|guide\)\/\*\*`: extglobs like `@\(a\|b\)` are not supported; use `\{a,b\}` \(hint: / },
  { id: 'cache-timeout-invalid', did: '`cache-timeout: 5m`', how: 'config', outcome: 'error', inputs: { 'cache-timeout': '5m' }, names: "'cache-timeout'", message: /^input 'cache-timeout' is '5m' \(hint: use a number of seconds from 1 to 21600 \(6 hours; default 300\)\)$/ },
  { id: 'cache-timeout-too-small', did: '`cache-timeout: 0.0001` (no time to reach the cache at all)', how: 'action', outcome: 'error', inputs: { 'cache-timeout': '0.0001' }, names: "'cache-timeout'", message: /^input 'cache-timeout' is '0\.0001' \(hint: use a number of seconds from 1 to 21600 \(6 hours; default 300\)\)$/ },
  { id: 'working-directory-symlink-outside', did: '`working-directory: ws`, a committed symlink to a directory outside the checkout', how: 'action', outcome: 'error', setup: 'working-directory-symlink-outside', inputs: { 'working-directory': 'ws' }, names: "'working-directory'", message: /^input 'working-directory' \(ws\) is outside GITHUB_WORKSPACE \(.+\) through a symlink: it resolves to .+ \(hint: give a path relative to GITHUB_WORKSPACE, as for a step's working-directory\)$/ },
  { id: 'cache-dir-not-a-uv-cache', did: '`cache-dir: packages` (a directory of your files, not a uv cache)', how: 'action', outcome: 'error', inputs: { 'cache-dir': 'packages' }, names: "'cache-dir'", message: /^the uv cache dir .+\/packages \(set by input 'cache-dir'\) is not empty and is not a uv cache \(no CACHEDIR\.TAG; it holds api, cli, core…\); the action would overwrite and prune files that are not its own \(hint: point 'cache-dir' at an empty dir or an existing uv cache\)$/ },
  { id: 'cache-dir-read-only', did: '`cache-dir: /sys/uv-cache` (a place nobody can write)', how: 'action', outcome: 'error', inputs: { 'cache-dir': '/sys/uv-cache' }, names: "'cache-dir'", message: /^the uv cache dir \/sys\/uv-cache \(set by input 'cache-dir'\) is read-only \((EPERM|EROFS|EACCES)[^)]*\); uv must write its cache there \(hint: choose a writable dir, or remove 'cache-dir' so the action places the cache itself\)$/ },
  { id: 'sync-args-unclosed-quote', did: "`sync-args: --extra 'fast`", how: 'action', outcome: 'error', inputs: { 'sync-args': "--extra 'fast" }, names: "'sync-args'", message: /^input 'sync-args' has an unclosed ' quote \(hint: close the quote or remove it\)$/ },
  // --- uv ---------------------------------------------------------------
  { id: 'uv-missing', did: 'no uv on PATH (setup-uv step forgotten)', how: 'action', outcome: 'error', setup: 'no-uv', names: 'uv', message: /^uv is not on PATH \(hint: add astral-sh\/setup-uv before this step\)$/ },
  { id: 'uv-too-old', did: 'uv 0.4.30 on PATH', how: 'action', outcome: 'error', setup: 'fake-uv-old', names: '0.4.30', message: /^uv 0\.4\.30 at .+ is older than 0\.8\.0, the oldest uv this action supports \(hint: install a newer uv/ },
  { id: 'uv-is-a-directory', did: 'a directory named `uv` on PATH (and no uv)', how: 'action', outcome: 'error', setup: 'uv-is-a-directory', names: 'uv', message: /^uv is not on PATH \(hint: add astral-sh\/setup-uv before this step\)$/ },
  { id: 'uv-not-uv', did: 'something else called `uv` on PATH', how: 'action', outcome: 'error', setup: 'fake-uv-garbage', names: 'uv', message: /^could not read the version of uv at .+: it printed "usage: uv \[-h\]" \(hint: check that the uv on PATH runs/ },
  // --- workspace files --------------------------------------------------
  { id: 'root-toml-invalid', did: 'invalid TOML in the root pyproject.toml', how: 'action', outcome: 'error', files: { 'pyproject.toml': BROKEN_TOML }, names: 'pyproject.toml:1', message: /^pyproject\.toml:1: invalid TOML: .+ \(hint: fix the TOML syntax at line 1, column \d+/ },
  { id: 'member-toml-invalid', did: "invalid TOML in a member's pyproject.toml", how: 'cli', outcome: 'error', args: ['members'], files: { 'packages/api/pyproject.toml': `[project]\nname = "api"\nversion = 0.1.0"\n` }, names: 'packages/api/pyproject.toml:3', message: /^packages\/api\/pyproject\.toml:3: invalid TOML: / },
  { id: 'member-name-invalid', did: 'a member named `tools\\n::add-mask::x` (a newline and a workflow command)', how: 'cli', outcome: 'error', args: ['members'], files: { 'packages/tools/pyproject.toml': '[project]\nname = "tools\\n::add-mask::x"\nversion = "1.0"\n' }, names: 'packages/tools/pyproject.toml', message: /^packages\/tools\/pyproject\.toml: `\[project\]\.name` "tools\\n::add-mask::x" is not a valid package name \(PEP 508: letters, digits, and \. _ - inside\)$/ },
  { id: 'pyproject-dev-zero', did: "a member's pyproject.toml committed as a symlink to `/dev/zero`", how: 'action', outcome: 'error', setup: 'pyproject-dev-zero', inputs: { mode: 'detect' }, names: 'packages/api/pyproject.toml', message: /^.+\/packages\/api\/pyproject\.toml is a character device, not a regular file; refusing to read it \(hint: commit a regular file there\)$/ },
  { id: 'lock-fifo', did: 'uv.lock is a named pipe (nothing ever writes to it)', how: 'cli', outcome: 'error', setup: 'lock-fifo', args: ['members'], names: 'uv.lock', message: /^.+\/uv\.lock is a named pipe, not a regular file; refusing to read it$/ },
  { id: 'lock-merge-conflict', did: 'uv.lock committed with merge-conflict markers', how: 'action', outcome: 'error', files: { 'uv.lock': CONFLICTED_LOCK }, names: 'uv.lock:5', message: /^uv\.lock:5: invalid TOML: .+ \(hint: regenerate it with `uv lock` \(resolve merge conflicts first\)\)$/ },
  { id: 'lock-not-a-lock', did: 'uv.lock that is not a uv lock file', how: 'cli', outcome: 'error', args: ['members'], files: { 'uv.lock': 'foo = 1\n' }, names: 'uv.lock', message: /^uv\.lock: no lock 'version' at the top; this is not a uv\.lock$/ },
  { id: 'lock-version-unsupported', did: 'uv.lock written by a future uv (`version = 2`)', how: 'cli', outcome: 'error', args: ['members'], files: { 'uv.lock': 'version = 2\n' }, names: 'uv.lock', message: /^uv\.lock: lock version 2 is not supported \(this action reads version 1\)$/ },
  { id: 'lock-option-missing', did: '`--lock other.lock` that does not exist', how: 'cli', outcome: 'error', args: ['members', '--lock', 'other.lock'], names: 'other.lock', message: /^lock file 'other\.lock' does not exist$/ },
  { id: 'glob-dir-without-pyproject', did: '`packages/*` matches `packages/docs`, which has no pyproject.toml', how: 'action', outcome: 'error', files: { 'packages/docs/README.md': '# docs\n' }, names: 'packages/docs', message: /^Workspace member `packages\/docs` is missing a `pyproject\.toml` \(matches: `packages\/\*`\) \(hint: add a pyproject\.toml to packages\/docs, or list it in `tool\.uv\.workspace\.exclude`/ },
  { id: 'member-without-project', did: 'a matched pyproject.toml with no `[project]` table', how: 'cli', outcome: 'error', args: ['members'], files: { 'packages/notes/pyproject.toml': '[tool.ruff]\nline-length = 100\n' }, names: 'packages/notes/pyproject.toml', message: /^No `project` table found in: `packages\/notes\/pyproject\.toml` \(matches: `packages\/\*`\)$/ },
  { id: 'member-without-name', did: '`[project]` without `name`', how: 'cli', outcome: 'error', args: ['members'], files: { 'packages/tools/pyproject.toml': '[project]\nversion = "1.0"\n' }, names: 'packages/tools/pyproject.toml', message: /^packages\/tools\/pyproject\.toml: `\[project\]` has no `name`$/ },
  { id: 'duplicate-member-name', did: 'two members named `core`', how: 'cli', outcome: 'error', args: ['members'], files: { 'packages/core2/pyproject.toml': '[project]\nname = "Core"\nversion = "2.0"\n' }, names: 'packages/core2', message: /^Two workspace members are both named `core`: `packages\/core` and `packages\/core2`$/ },
  { id: 'member-glob-invalid', did: '`members = ["packages/**x"]`', how: 'cli', outcome: 'error', args: ['members'], files: { 'pyproject.toml': '[tool.uv.workspace]\nmembers = ["packages/**x"]\n' }, names: 'pyproject.toml', message: /^pyproject\.toml: invalid glob in `tool\.uv\.workspace\.members`: `packages\/\*\*x`: recursive wildcards must form a single path component$/ },
  { id: 'members-not-a-list', did: '`members = "packages/*"` (a string)', how: 'cli', outcome: 'error', args: ['members'], files: { 'pyproject.toml': '[tool.uv.workspace]\nmembers = "packages/*"\n' }, names: 'pyproject.toml', message: /^pyproject\.toml: `tool\.uv\.workspace\.members` must be a list of strings$/ },
  { id: 'no-workspace-table', did: 'root pyproject.toml without `[tool.uv.workspace]`', how: 'cli', outcome: 'error', args: ['members'], files: { 'pyproject.toml': '[tool.ruff]\nline-length = 100\n' }, names: 'pyproject.toml', message: /^pyproject\.toml has no \[tool\.uv\.workspace\] table, and no workspace above it includes it$/ },
  { id: 'no-pyproject', did: 'no pyproject.toml in the checkout at all', how: 'action', outcome: 'error', files: { 'pyproject.toml': null }, names: "'.'", message: /^no pyproject\.toml in '\.' or any parent directory up to the repository root \(hint: / },
  { id: 'root-unmanaged', did: 'root project with `tool.uv.managed = false`', how: 'cli', outcome: 'error', args: ['members'], files: { 'pyproject.toml': `[project]\nname = "root"\nversion = "0"\n\n[tool.uv]\nmanaged = false\n\n${ROOT}` }, names: 'pyproject.toml', message: /^pyproject\.toml: the workspace root is marked as unmanaged \(tool\.uv\.managed = false\)$/ },
  { id: 'table-unknown-key', did: '`[tool.uv-workspace-sync] globals = [...]` (a misspelt key) in the root pyproject.toml', how: 'cli', outcome: 'error', args: ['members'], files: { 'pyproject.toml': `${ROOT}\n[tool.uv-workspace-sync]\nglobals = ["ci/**"]\n` }, names: 'pyproject.toml', message: /^pyproject\.toml: unknown key `globals` in \[tool\.uv-workspace-sync\]$/ },
  { id: 'table-global-in-member', did: "`global` in a member's `[tool.uv-workspace-sync]`", how: 'action', outcome: 'error', inputs: { mode: 'detect' }, files: { 'packages/tools/pyproject.toml': '[project]\nname = "tools"\nversion = "0.1.0"\n\n[tool.uv-workspace-sync]\nglobal = ["ci/**"]\n' }, names: 'packages/tools/pyproject.toml', message: /^packages\/tools\/pyproject\.toml: `tool\.uv-workspace-sync\.global` is read only in the workspace root \(pyproject\.toml\) \(hint: / },
  { id: 'table-inputs-not-a-list', did: '`inputs = "../shared/*.yaml"` (a string) in a member', how: 'cli', outcome: 'error', args: ['members'], files: { 'packages/api/pyproject.toml': '[project]\nname = "api"\nversion = "0.1.0"\n\n[tool.uv-workspace-sync]\ninputs = "../shared/*.yaml"\n' }, names: 'packages/api/pyproject.toml', message: /^packages\/api\/pyproject\.toml: `tool\.uv-workspace-sync\.inputs` must be a list of strings$/ },
  { id: 'table-input-leaves-repo', did: '`inputs = ["../../../outside/*"]` in a member (past the repository root)', how: 'cli', outcome: 'error', args: ['members'], files: { 'packages/api/pyproject.toml': '[project]\nname = "api"\nversion = "0.1.0"\n\n[tool.uv-workspace-sync]\ninputs = ["../../../outside/*"]\n' }, names: 'packages/api/pyproject.toml', message: /^packages\/api\/pyproject\.toml: `tool\.uv-workspace-sync\.inputs`: `\.\.\/\.\.\/\.\.\/outside\/\*` leaves the repository$/ },
  {
    id: 'stale-lock',
    did: 'uv.lock still names a member that was deleted (`packages/tools` removed, no `uv lock`)',
    how: 'action',
    outcome: 'members',
    files: { 'packages/tools': null },
    inputs: { mode: 'detect', 'changed-files': 'packages/core/src/core/__init__.py' },
    members: ['api', 'cli', 'core'],
    names: 'tools',
    message: /^uv\.lock lists member `tools` that is not in this checkout of the workspace; if it was removed, run `uv lock` and commit uv\.lock$/,
  },
  {
    id: 'member-not-checked-out',
    did: 'a listed member is absent from the checkout (gitignored, generated later)',
    how: 'action',
    outcome: 'members',
    files: { 'pyproject.toml': '[tool.uv.workspace]\nmembers = ["packages/*", "services/billing"]\n', '.gitignore': '.venv/\nservices/\n' },
    inputs: { mode: 'detect', 'changed-files': 'packages/api/src/api/__init__.py' },
    members: ['api', 'cli'],
    names: 'services/billing',
    message: /^`tool\.uv\.workspace\.members` entry `services\/billing` in pyproject\.toml matches nothing in this checkout \(is the member gitignored or not checked out\?\)$/,
  },
  // --- the CLI itself ---------------------------------------------------
  { id: 'cli-unknown-option', did: '`uv-workspace-sync affected --file x`', how: 'cli', outcome: 'usage', args: ['affected', '--file', 'x'], names: '--file', message: /^unknown option '--file' for 'affected'$/ },
  { id: 'cli-no-change-source', did: '`uv-workspace-sync affected` with neither --files nor --base', how: 'cli', outcome: 'usage', args: ['affected'], names: '--files', message: /^'affected' needs --files FILE \(or - for stdin\) or --base REF$/ },
  { id: 'cli-files-outside-repo', did: '`--files` listing `/etc/passwd` (a path outside the repository)', how: 'cli', outcome: 'error', args: ['affected', '--files', 'changed.txt'], files: { 'changed.txt': 'packages/core/x.py\n/etc/passwd\n' }, names: '/etc/passwd', message: /^--files: '\/etc\/passwd' is outside the repository \(.+\)$/ },
  { id: 'cli-sync-args-package', did: "`affected --sync-args '--package core'`", how: 'cli', outcome: 'error', args: ['affected', '--base', 'HEAD', '--sync-args', '--package core'], names: '--sync-args', message: /^option '--sync-args' contains '--package', which conflicts with the members the command computes$/ },
  { id: 'cli-base-unknown', did: '`affected --base no-such-branch` (nothing is fetched)', how: 'cli', outcome: 'error', args: ['affected', '--base', 'no-such-branch'], names: 'no-such-branch', message: /^--base no-such-branch: git: fatal: bad revision 'no-such-branch' \(base 'no-such-branch' is not a commit, branch or tag in this clone, and fetching is off\)$/ },
  { id: 'cli-base-unknown-fetch', did: '`affected --base no-such-branch --fetch`', how: 'cli', outcome: 'error', args: ['affected', '--base', 'no-such-branch', '--fetch'], names: 'no-such-branch', message: /^--base no-such-branch: git: fatal: couldn't find remote ref no-such-branch \(base 'no-such-branch' is not a commit, branch or tag here or on origin\)$/ },
  { id: 'cli-files-unreadable', did: '`--files changed.txt` that does not exist', how: 'cli', outcome: 'error', args: ['affected', '--files', 'changed.txt'], names: 'changed.txt', message: /^--files: cannot read 'changed\.txt'$/ },
  // --- events and git: detection falls back to every member -------------
  { id: 'event-not-json', did: 'an event file that is not JSON', how: 'action', outcome: 'all', setup: 'event-not-json', inputs: { mode: 'detect' }, names: 'event', message: /^could not list the changed files \(the push event in .+ is not valid JSON\); treating every member as affected$/ },
  { id: 'event-missing', did: 'GITHUB_EVENT_PATH names a file that does not exist', how: 'action', outcome: 'all', setup: 'event-missing', inputs: { mode: 'detect' }, names: 'event', message: /^could not list the changed files \(the pull_request event in .+ could not be read\); treating every member as affected$/ },
  { id: 'event-empty-object', did: 'a pull_request event file holding `{}`', how: 'action', outcome: 'all', setup: 'event-empty-object', inputs: { mode: 'detect' }, names: 'pull_request', message: /^could not list the changed files \(the pull_request event in .+ lacks pull_request\.number, base\.sha or head\.sha\); treating every member as affected$/ },
  { id: 'base-unknown', did: '`base: no-such-branch`', how: 'action', outcome: 'all', inputs: { mode: 'detect', base: 'no-such-branch' }, names: 'no-such-branch', message: /^could not list the changed files \(git: fatal: couldn't find remote ref no-such-branch \(base 'no-such-branch' is not a commit, branch or tag here or on origin\)\); treating every member as affected$/ },
  { id: 'base-option-like', did: '`base: --upload-pack=touch pwned` (an option in disguise)', how: 'action', outcome: 'all', inputs: { mode: 'detect', base: '--upload-pack=touch pwned' }, names: '--upload-pack', message: /^could not list the changed files \(base '--upload-pack=touch pwned' is not a valid git ref\); treating every member as affected$/ },
  { id: 'changed-files-outside-repo', did: '`changed-files: ../other/x.py` (a path outside the repository)', how: 'action', outcome: 'all', inputs: { mode: 'detect', 'changed-files': '../other/x.py' }, names: '../other/x.py', message: /^could not list the changed files \(changed-files: '\.\.\/other\/x\.py' leaves the repository \(.+\)\); treating every member as affected$/ },
  { id: 'not-a-git-checkout', did: 'a checkout without .git (downloaded archive)', how: 'action', outcome: 'all', setup: 'no-git', inputs: { mode: 'detect' }, names: 'git work tree', message: /^could not list the changed files \(.+ is not a git work tree\); treating every member as affected$/ },
  // --- sizes and names --------------------------------------------------
  { id: 'push-100k-paths', did: 'a push changing 100,000 paths', how: 'action', outcome: 'members', setup: 'push-100k-paths', inputs: { mode: 'detect' }, members: ['api', 'cli', 'core'] },
  { id: 'push-non-utf8-path', did: 'a push adding a file whose name is not UTF-8', how: 'action', outcome: 'members', setup: 'push-non-utf8-path', inputs: { mode: 'detect' }, members: ['tools'] },
  { id: 'changed-files-long-path', did: '`changed-files` naming a 3,000-character path', how: 'action', outcome: 'members', setup: 'files-long-path', inputs: { mode: 'detect' }, members: ['api', 'cli'] },
  { id: 'cli-files-100k', did: '`affected --files` with 100,000 paths', how: 'cli', outcome: 'members', setup: 'files-100k', args: ['affected', '--files', 'changed.txt', '--json'], members: ['tools'] },
];

/** Faults injected through the bundled action (faults.test.ts); each must end with the right outcome. */
export const FAULTS = [
  { id: 'uv-sync-killed', did: '`uv sync` killed mid-way (SIGKILL, as the OOM killer does)', outcome: 'step fails with one error; post saves nothing' },
  { id: 'shallow-fetch-fails', did: 'shallow clone whose origin is gone, so git cannot fetch the base', outcome: 'every member synced, one warning' },
  { id: 'prune-blocked', did: 'another uv process holds the cache while post prunes', outcome: 'prune does not wait (`--force`), cache saved' },
  { id: 'restore-corrupt', did: 'cache archive garbled in storage', outcome: 'restore discarded before anything reaches the cache dir, sync runs, job green' },
  { id: 'restore-truncated', did: 'cache archive truncated in storage', outcome: 'restore discarded before anything reaches the cache dir, sync runs, job green' },
  { id: 'save-race', did: 'two jobs save the same key at once', outcome: 'one saves, the other gets a notice; both green; the entry restores' },
  { id: 'service-503', did: 'cache service answers 503 on restore', outcome: 'retried; the cache is restored, job green' },
  { id: 'service-refused', did: 'cache service refuses connections', outcome: 'warnings, sync runs, job green, nothing saved' },
] as const;

/** Untrusted-event checks (untrusted.test.ts). */
export const UNTRUSTED = [
  { id: 'pull-request-target-no-save', did: '`pull_request_target` run with default inputs', outcome: 'cache neither restored nor saved, said in the log' },
  { id: 'workflow-run-no-save', did: '`workflow_run` run with default inputs', outcome: 'cache neither restored nor saved' },
  { id: 'save-cache-true-overrides', did: '`pull_request_target` with `cache: true` and `save-cache: true`', outcome: 'cache saved' },
  { id: 'hostile-names', did: 'PR whose file names, branch and title hold `$(…)`, backticks, `;`, newlines, `::error::`, HTML', outcome: 'nothing executed, no injected workflow command, summary escaped' },
  { id: 'token-never-printed', did: 'github-token given, the GitHub API fails, debug logging on', outcome: 'token in no log, summary, output or state; only GET requests' },
  { id: 'no-shell', did: 'every child process in src/ is an argv array', outcome: 'no `shell: true`, no `exec`/`execSync` string commands' },
] as const;

/**
 * Hostile input and hostile services (hostile.test.ts), through the bundled
 * action and CLI: a pull request controls file names and pyproject files; a
 * compromised or hanging cache service controls what is restored and when.
 */
export const HOSTILE = [
  { id: 'log-injection', did: 'changed file names holding a newline then `::add-mask::`, `::stop-commands::`, `::warning …::`, matched by a `global` glob (`mode: detect`)', outcome: 'every line a runner parses is one of the action\'s own commands; the names show escaped' },
  { id: 'cli-terminal-escapes', did: '`affected --files -` with paths holding an OSC title, a screen clear, NUL, C1 CSI and `::error::` after a newline', outcome: 'no ESC, C0 or C1 byte on stdout; no line starts a workflow command' },
  { id: 'restore-traversal', did: 'the cache service serves an archive with `../` and absolute entries (real tar + zstd)', outcome: 'archive discarded with a warning, `cache-hit` false, nothing outside the cache dir changed, sync runs' },
  { id: 'restore-traversal-ghes', did: 'as `restore-traversal`, from the cache service of GitHub Enterprise Server (v1 API), after a save and an exact hit through it', outcome: 'the saved cache restores (exact hit); the crafted archive is discarded the same way, nothing outside the cache dir changed' },
  { id: 'restore-symlink-escape', did: 'the cache service serves an archive whose symlink points outside the cache dir, with a file written through it', outcome: 'archive discarded with a warning, nothing written outside, sync runs' },
  { id: 'service-hangs', did: 'the cache service accepts connections and never answers (`cache-timeout: 3`)', outcome: 'restore and save each give up after 3 s with a warning; main and post green' },
  { id: 'no-cache-risky-events', did: '`pull_request_target`, `workflow_run`, `release` and a tag push with default inputs', outcome: 'no request to the cache service at all; the log says why' },
  { id: 'save-allow-list', did: 'an `issue_comment` run with default inputs', outcome: 'cache restored, not saved; the log says why' },
  { id: 'cache-auto-self-hosted', did: '`RUNNER_ENVIRONMENT=self-hosted` with default inputs', outcome: 'no GitHub cache; the log says why; sync runs' },
  { id: 'summary-unwritable', did: '`GITHUB_STEP_SUMMARY` in a directory that does not exist', outcome: 'one warning; the step is green' },
  { id: 'workspace-path-with-space', did: 'the checkout path holds a space', outcome: 'the cache saves, and the next job restores it' },
] as const;

/**
 * A compromised cache service or an unlucky runner, against the cache path
 * (hostile-cache.test.ts), through the bundled action with the local cache
 * service's fault injection; rendered with the hostile checks.
 */
export const HOSTILE_CACHE = [
  { id: 'restore-symlink-chain', did: 'the cache service serves an archive with `d1/d2/l2 -> ../..` and `archive-v0 -> d1/d2/l2/../../victim` (inside when read lexically)', outcome: 'links resolved as the OS does: archive discarded with a warning, nothing written through it, sync runs' },
  { id: 'restore-special-files', did: 'an archive holding a FIFO, a character device and a block device (the job runs as root)', outcome: 'archive discarded with a warning naming the entry; none of them reaches the cache dir; sync runs' },
  { id: 'restore-hard-links', did: 'an archive whose hard links name `/etc/passwd`, a path with `..`, and a symlink', outcome: 'archive discarded with a warning naming the link; no file outside gains a link; sync runs' },
  { id: 'restore-modes', did: 'an archive of setuid, setgid, sticky and world-writable entries (the job runs as root)', outcome: 'restored with those bits masked (umask applied)' },
  { id: 'restore-bomb', did: 'a 104 KB archive that decompresses to 3 GiB of zeros', outcome: 'refused at 1 GiB (the bound for a small archive), nothing extracted, sync runs' },
  { id: 'runner-temp-trouble', did: '`RUNNER_TEMP` read-only (EROFS) or full (ENOSPC), after a save to a `cache-dir` elsewhere, with `skip-passed`', outcome: 'a warning; the cache placed elsewhere; markers looked up; sync runs; main and post green' },
  { id: 'token-redirect', did: 'the cache service answers the lookups (restore, skip-passed markers) and the save with a 307 to another host', outcome: 'the runtime token is never sent there; warnings; the job goes on' },
  { id: 'save-error-injection', did: 'the cache service fails the save twice with an error message holding a newline then `::add-mask::` and `::stop-commands::`', outcome: 'the client\'s retry lines are printed escaped: no command forged; the cache saves on the third try' },
] as const;

/**
 * Hostile input, round three (hostile-inputs.test.ts, issue #22 outside the
 * cache archive): through the bundled action and CLI.
 */
export const HOSTILE_INPUTS = [
  { id: 'record-follows-save-gate', did: '`mode: record` with `save-cache: true` on `pull_request_target`, `workflow_run`, `release`, a tag push, with `cache: false`, and on a self-hosted runner', outcome: 'no passed marker saved, the log says why; on a push of a branch the marker is saved' },
  { id: 'record-default-branch', did: '`mode: record` with `save-cache: default-branch`', outcome: 'a push to the default branch records; a push to another branch does not, said' },
  { id: 'globs-picomatch', did: '`global: **/**/conftest.py` and `ignore: packages/a/**/**/*.gen.py`', outcome: 'matched as picomatch matches them' },
  { id: 'globs-no-backtracking', did: '`ignore` of `{a,b}` twenty times, `global` of thirty `*a` parts, a 3,000-character changed name', outcome: 'the step finishes with the right members' },
  { id: 'api-deadline', did: 'a GitHub API that accepts connections and never answers, for a pull request\'s files and for `base: last-success`', outcome: 'each lookup gives up after 30 s with a warning; every member, or the event\'s own base' },
  { id: 'sync-timeout', did: 'a build backend that never returns, `sync-timeout: 0.1`', outcome: 'uv and the backend are stopped after 6 s; one error naming the input; nothing saved' },
  { id: 'prune-output-escaped', did: '`uv cache prune` printing `::add-mask::`, `::warning …::`, an OSC 8 link and `##[error]`', outcome: 'printed inert: no workflow command, no ESC sequence' },
  { id: 'runner-files-unwritable', did: '`GITHUB_OUTPUT`, `GITHUB_ENV` or `GITHUB_STATE` in a directory that does not exist', outcome: 'one error naming the file, no stack trace' },
  { id: 'annotations-capped-warnings', did: '100,000 `members` globs that match nothing', outcome: '10 warning annotations, the last saying how many more; a log under 1 MB' },
  { id: 'annotations-capped-errors', did: '20,000 error lines from uv sync', outcome: '10 error annotations: 8 of uv\'s, the step\'s failure, and how many more' },
  { id: 'notice-not-shipped', did: 'a change to a member\'s tests only (a dependent installs the member)', outcome: 'the notice names no dependent and says the change is not shipped' },
  { id: 'cli-files-bounded', did: '`affected --files /dev/zero`, and `--files` naming a FIFO', outcome: 'one error at once, never a hang or a runaway read' },
] as const;
