// HTTP for the restore's lookups and download. Where the runner sets no proxy
// (GitHub's own runners set none), node's http and https do it: they are
// loaded by any request anyway, while @actions/http-client imports undici for
// a fetch dispatcher it never uses here, a megabyte of code compiled on every
// restore (a sixth of a warm step's own time). Where a proxy is set
// (http_proxy, https_proxy, in either case), the client does it all
// (service.ts), so its proxy rules (no_proxy, loopback, tunnels) stay the
// ones the save follows.
import http, { type IncomingMessage, type OutgoingHttpHeaders } from 'node:http';
import https from 'node:https';

export interface HttpResponse {
  message: IncomingMessage;
  readBody(): Promise<string>;
}

export interface HttpTransport {
  /** One request; a redirect is returned, not followed. */
  request(verb: 'GET' | 'POST', url: string, body: string | null, headers: OutgoingHttpHeaders): Promise<HttpResponse>;
  /** A GET that follows redirects, never from https to http. */
  get(url: string): Promise<HttpResponse>;
  dispose(): void;
}

export const USER_AGENT = 'uv-workspace-sync';
const PROXY_VARIABLES = ['http_proxy', 'HTTP_PROXY', 'https_proxy', 'HTTPS_PROXY'];
/** What the client follows at most on a GET. */
const MAX_REDIRECTS = 50;
const REDIRECTS = new Set([301, 302, 303, 307, 308]);

/** Whether the runner sets a proxy for any request: the client then takes every request. */
export function proxyConfigured(env: NodeJS.ProcessEnv): boolean {
  return PROXY_VARIABLES.some((name) => (env[name] ?? '') !== '');
}

function readBody(message: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    message.on('data', (chunk: Buffer) => chunks.push(chunk));
    message.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    message.on('error', reject);
  });
}

/** node's own http and https, without keep-alive: the step ends right after its few requests. */
export function directTransport(socketTimeout: number): HttpTransport {
  const agents = { 'http:': new http.Agent({ keepAlive: false }), 'https:': new https.Agent({ keepAlive: false }) };
  const send = (verb: 'GET' | 'POST', target: URL, body: string | null, headers: OutgoingHttpHeaders): Promise<HttpResponse> =>
    new Promise((resolve, reject) => {
      if (target.protocol !== 'http:' && target.protocol !== 'https:') {
        reject(new Error(`cannot request ${target.protocol} URLs`));
        return;
      }
      const request = (target.protocol === 'https:' ? https : http).request(
        target,
        { method: verb, agent: agents[target.protocol], headers: { 'user-agent': USER_AGENT, ...(body === null ? {} : { 'content-length': Buffer.byteLength(body) }), ...headers } },
        (message) => resolve({ message, readBody: () => readBody(message) }),
      );
      request.setTimeout(socketTimeout, () => request.destroy(new Error(`Request timeout: ${target.pathname}`)));
      request.on('error', reject);
      request.end(body ?? undefined);
    });
  return {
    request: (verb, url, body, headers) => send(verb, new URL(url), body, headers),
    async get(url) {
      let current = new URL(url);
      for (let hops = 0; ; hops++) {
        const response = await send('GET', current, null, {});
        const location = response.message.headers.location;
        if (!REDIRECTS.has(response.message.statusCode ?? 0) || !location || hops >= MAX_REDIRECTS) return response;
        const next = new URL(location, current);
        if (current.protocol === 'https:' && next.protocol !== 'https:') throw new Error('Redirect from HTTPS to HTTP protocol. This downgrade is not allowed for security reasons.');
        response.message.resume();
        current = next;
      }
    },
    dispose() {
      agents['http:'].destroy();
      agents['https:'].destroy();
    },
  };
}
