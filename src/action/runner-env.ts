// GitHub's environment variables, read in this one module by the entry point
// and passed down as a value, so no other module looks at process.env for them.

export interface GithubEnv {
  eventName?: string;
  eventPath?: string;
  apiUrl: string;
  repository?: string;
  workflowRef?: string;
  runId?: string;
  refName?: string;
}

export function readGithubEnv(env: NodeJS.ProcessEnv): GithubEnv {
  return {
    eventName: env.GITHUB_EVENT_NAME,
    eventPath: env.GITHUB_EVENT_PATH,
    apiUrl: env.GITHUB_API_URL || 'https://api.github.com',
    repository: env.GITHUB_REPOSITORY,
    workflowRef: env.GITHUB_WORKFLOW_REF,
    runId: env.GITHUB_RUN_ID,
    refName: env.GITHUB_REF_NAME,
  };
}
