// The only place that calls the GitHub REST API. Read-only calls; the token
// goes to octokit and nowhere else (never into a message).
//
// @actions/github is imported on first use, not at load: importing it builds
// its `context`, which JSON.parses GITHUB_EVENT_PATH and would kill the step
// with a stack trace before any of our code runs when the event file is not
// JSON. Loaded lazily, that failure is an API error like any other: a warning.
type Octokit = ReturnType<typeof import('@actions/github').getOctokit>;

export interface ApiAccess {
  token: string;
  /** GITHUB_API_URL, e.g. https://api.github.com or a GHES /api/v3 URL. */
  url: string;
  /** owner/name (GITHUB_REPOSITORY). */
  repository: string;
}

/** GitHub lists at most this many files of a pull request. */
export const PULL_FILES_LIMIT = 3000;

export interface PullRequestFiles {
  /** Paths as GitHub reports them: `filename`, plus `previous_filename` of renames. */
  paths: string[];
  /** Number of file entries GitHub returned. */
  count: number;
  /** The list hit GitHub's limit, so files past it are unknown. */
  truncated: boolean;
}

function split(repository: string): { owner: string; repo: string } {
  const [owner, repo, ...rest] = repository.split('/');
  if (!owner || !repo || rest.length > 0) throw new Error(`GITHUB_REPOSITORY '${repository}' is not owner/name`);
  return { owner, repo };
}

/**
 * Each lookup (a pull request's files, every page of them; the last
 * successful run) gives up after this long, and the caller goes on as when
 * the API fails: a silent API must not hold the step. GitHub answers a page
 * in well under a second; 30 pages of files fit with room to spare.
 */
const API_TIMEOUT_MS = 30_000;

/**
 * Runs `work` with a client whose every request (pages included) is aborted
 * at the deadline, so no socket is left holding the step open after it.
 */
async function withDeadline<T>(api: ApiAccess, work: (octokit: Octokit) => Promise<T>): Promise<T> {
  const { getOctokit } = await import('@actions/github');
  const octokit = getOctokit(api.token, { baseUrl: api.url.replace(/\/+$/, '') });
  const controller = new AbortController();
  // A hook, not a `request` option: that would replace @actions/github's proxy-aware fetch.
  octokit.hook.before('request', (options) => {
    options.request = { ...options.request, signal: controller.signal };
  });
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      reject(new Error(`the GitHub API did not answer within ${API_TIMEOUT_MS / 1000} s`));
      controller.abort();
    }, API_TIMEOUT_MS);
  });
  try {
    return await Promise.race([work(octokit), deadline]);
  } finally {
    clearTimeout(timer);
  }
}

/** The files of pull request `number`, page by page (100 a page). */
export function listPullRequestFiles(api: ApiAccess, number: number): Promise<PullRequestFiles> {
  return withDeadline(api, (octokit) => pullRequestFiles(octokit, api, number));
}

async function pullRequestFiles(octokit: Octokit, api: ApiAccess, number: number): Promise<PullRequestFiles> {
  const paths = new Set<string>();
  let count = 0;
  const pages = octokit.paginate.iterator(octokit.rest.pulls.listFiles, { ...split(api.repository), pull_number: number, per_page: 100 });
  for await (const page of pages) {
    for (const file of page.data) {
      count++;
      paths.add(file.filename);
      if (file.previous_filename) paths.add(file.previous_filename);
    }
  }
  return { paths: [...paths], count, truncated: count >= PULL_FILES_LIMIT };
}

export interface LastSuccessQuery {
  /** GITHUB_WORKFLOW_REF: `owner/name/.github/workflows/ci.yml@refs/heads/main`. */
  workflowRef?: string;
  /** GITHUB_RUN_ID, used to find the workflow when workflowRef is absent. */
  runId?: string;
  branch: string;
  /** Only runs of this event (push runs on the branch, not pull requests from it). */
  event?: string;
}

export interface LastSuccess {
  sha: string;
  runId: number;
  runUrl?: string;
}

/** `ci.yml` from `owner/name/.github/workflows/ci.yml@refs/heads/main`. */
function workflowFileFromRef(workflowRef: string): string | undefined {
  const match = /\.github\/workflows\/([^@/]+)@/.exec(workflowRef);
  return match?.[1];
}

/**
 * The head commit of the newest successful run of the same workflow on
 * `branch`, or undefined when there is none.
 */
export function lastSuccessfulRun(api: ApiAccess, query: LastSuccessQuery): Promise<LastSuccess | undefined> {
  return withDeadline(api, (octokit) => newestSuccess(octokit, api, query));
}

async function newestSuccess(octokit: Octokit, api: ApiAccess, query: LastSuccessQuery): Promise<LastSuccess | undefined> {
  const repo = split(api.repository);
  let workflowId: string | number | undefined = query.workflowRef ? workflowFileFromRef(query.workflowRef) : undefined;
  if (workflowId === undefined && query.runId) {
    const run = await octokit.rest.actions.getWorkflowRun({ ...repo, run_id: Number(query.runId) });
    workflowId = run.data.workflow_id;
  }
  if (workflowId === undefined) throw new Error('neither GITHUB_WORKFLOW_REF nor GITHUB_RUN_ID names the workflow');
  const runs = await octokit.rest.actions.listWorkflowRuns({
    ...repo,
    workflow_id: workflowId,
    branch: query.branch,
    status: 'success',
    ...(query.event ? { event: query.event } : {}),
    per_page: 1,
  });
  const run = runs.data.workflow_runs[0];
  return run ? { sha: run.head_sha, runId: run.id, runUrl: run.html_url } : undefined;
}
