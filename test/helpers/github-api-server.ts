// A local stand-in for the GitHub REST API on 127.0.0.1 (port 0), answering
// the routes the action reads, with GitHub's pagination (Link headers,
// per_page up to 100) and its 3000-file cap on a pull request's files.
//
//   const api = await startGitHubApi({ token: 't', pulls: { 7: ['a.py', ...] } });
//   ... GITHUB_API_URL = api.url ...
//   api.requests   // what was asked, to assert on
//   await api.close();
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface PullFile {
  filename: string;
  status?: 'added' | 'removed' | 'modified' | 'renamed' | 'copied' | 'changed' | 'unchanged';
  previous_filename?: string;
}

export interface FakeRun {
  id: number;
  workflow_id: number;
  /** Workflow file name, e.g. `ci.yml` (GitHub accepts it in place of the id). */
  workflow_file: string;
  head_branch: string;
  head_sha: string;
  event: string;
  status: 'completed' | 'in_progress' | 'queued';
  conclusion: 'success' | 'failure' | 'cancelled' | null;
  /** ISO time; newer first in listings. */
  created_at: string;
}

export interface FakeGitHubData {
  /** The only token accepted (`Authorization: token <t>` or `Bearer <t>`). */
  token: string;
  /** owner/name served; other repositories are 404. */
  repository?: string;
  /** Pull request number → its files (strings are modified files). */
  pulls?: Record<number, (string | PullFile)[]>;
  runs?: FakeRun[];
  /** Answer every request with this HTTP status (to test failures). */
  failWith?: number;
}

export interface RecordedRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  authorized: boolean;
}

export interface FakeGitHub {
  url: string;
  requests: RecordedRequest[];
  data: FakeGitHubData;
  close(): Promise<void>;
}

/** GitHub returns at most this many files for one pull request. */
const PULL_FILES_CAP = 3000;

function json(res: http.ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
  res.end(JSON.stringify(body));
}

function page<T>(items: T[], query: Record<string, string>, base: string): { slice: T[]; link?: string } {
  const perPage = Math.min(Math.max(Number(query.per_page ?? 30) || 30, 1), 100);
  const pageNo = Math.max(Number(query.page ?? 1) || 1, 1);
  const slice = items.slice((pageNo - 1) * perPage, pageNo * perPage);
  const last = Math.max(Math.ceil(items.length / perPage), 1);
  const at = (n: number) => {
    const u = new URL(base);
    u.searchParams.set('per_page', String(perPage));
    u.searchParams.set('page', String(n));
    return u.href;
  };
  const links: string[] = [];
  if (pageNo < last) links.push(`<${at(pageNo + 1)}>; rel="next"`, `<${at(last)}>; rel="last"`);
  if (pageNo > 1) links.push(`<${at(1)}>; rel="first"`, `<${at(pageNo - 1)}>; rel="prev"`);
  return { slice, link: links.length ? links.join(', ') : undefined };
}

export async function startGitHubApi(data: FakeGitHubData): Promise<FakeGitHub> {
  const requests: RecordedRequest[] = [];
  const repository = data.repository ?? 'octo/mono';
  const server = http.createServer((req, res) => {
    const origin = `http://${req.headers.host}`;
    const url = new URL(req.url ?? '/', origin);
    const query = Object.fromEntries(url.searchParams);
    const auth = req.headers.authorization ?? '';
    const authorized = auth === `token ${data.token}` || auth === `Bearer ${data.token}`;
    requests.push({ method: req.method ?? 'GET', path: url.pathname, query, authorized });
    if (data.failWith) return json(res, data.failWith, { message: 'Server Error' });
    if (!authorized) return json(res, 401, { message: 'Bad credentials' });
    if (req.method !== 'GET') return json(res, 405, { message: 'read-only fake' });
    const prefix = `/repos/${repository}/`;
    if (!url.pathname.startsWith(prefix)) return json(res, 404, { message: 'Not Found' });
    const route = url.pathname.slice(prefix.length);

    let m = /^pulls\/(\d+)\/files$/.exec(route);
    if (m) {
      const files = data.pulls?.[Number(m[1])];
      if (!files) return json(res, 404, { message: 'Not Found' });
      const entries = files.slice(0, PULL_FILES_CAP).map((f) => (typeof f === 'string' ? { filename: f, status: 'modified' } : { status: 'modified', ...f }));
      const { slice, link } = page(entries, query, `${origin}${url.pathname}`);
      return json(res, 200, slice, link ? { link } : {});
    }
    m = /^actions\/runs\/(\d+)$/.exec(route);
    if (m) {
      const run = data.runs?.find((r) => r.id === Number(m![1]));
      return run ? json(res, 200, { ...run, html_url: `https://github.invalid/${repository}/actions/runs/${run.id}` }) : json(res, 404, { message: 'Not Found' });
    }
    m = /^actions\/workflows\/([^/]+)\/runs$/.exec(route);
    if (m) {
      const workflow = decodeURIComponent(m[1]!);
      const runs = (data.runs ?? [])
        .filter((r) => String(r.workflow_id) === workflow || r.workflow_file === workflow)
        .filter((r) => !query.branch || r.head_branch === query.branch)
        .filter((r) => !query.event || r.event === query.event)
        .filter((r) => !query.status || r.status === query.status || r.conclusion === query.status)
        .sort((a, b) => (a.created_at < b.created_at ? 1 : -1));
      const { slice, link } = page(runs, query, `${origin}${url.pathname}`);
      const body = { total_count: runs.length, workflow_runs: slice.map((r) => ({ ...r, html_url: `https://github.invalid/${repository}/actions/runs/${r.id}` })) };
      return json(res, 200, body, link ? { link } : {});
    }
    return json(res, 404, { message: 'Not Found' });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    data,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
