// The local stand-in for GitHub's cache service that the tests use
// (test/helpers/cache-server.ts), run in a child Node that strips the types,
// so the real @actions/cache client restores and saves over HTTP in the
// bench as it does on a runner. The child also times the blob transfers
// (upload and download of archives): that is cache transfer, not the action's
// own time. GET /__bench/stats answers { getMs, putMs } since the last
// /__bench/reset.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

const CHILD = `
import http from 'node:http';
// Spans, not sums: the client fetches and uploads blocks in parallel.
const span = () => ({ start: Infinity, end: 0 });
let stats = { get: span(), put: span() };
const ms = (s) => (s.end > s.start ? s.end - s.start : 0);
const create = http.createServer;
http.createServer = (handler) => create((req, res) => {
  if (req.url === '/__bench/stats') { res.end(JSON.stringify({ getMs: ms(stats.get), putMs: ms(stats.put) })); return; }
  if (req.url === '/__bench/reset') { stats = { get: span(), put: span() }; res.end('{}'); return; }
  const start = performance.now();
  const blob = /^\\/devstoreaccount1\\//.test(req.url);
  res.on('finish', () => {
    const s = blob && req.method === 'GET' ? stats.get : blob && req.method === 'PUT' ? stats.put : undefined;
    if (s) { s.start = Math.min(s.start, start); s.end = Math.max(s.end, performance.now()); }
  });
  handler(req, res);
});
const { startCacheServer } = await import(${JSON.stringify(path.join(root, 'test', 'helpers', 'cache-server.ts'))});
const server = await startCacheServer();
process.stdout.write(JSON.stringify({ url: server.url, env: server.env }) + '\\n');
process.stdin.on('end', () => process.exit(0));
process.stdin.resume();
`;

/** Starts the service with a Node that runs TypeScript (Node ≥ 22.18 / 24); resolves with { url, env, stats(), reset(), close() }. */
export function startCacheService(nodeBin) {
  return new Promise((resolve, reject) => {
    const child = spawn(nodeBin, ['--experimental-strip-types', '--no-warnings', '--input-type=module', '-e', CHILD], { stdio: ['pipe', 'pipe', 'inherit'] });
    let buf = '';
    child.on('error', reject);
    child.on('exit', (code) => reject(new Error(`cache service exited (${code}) before it started`)));
    child.stdout.on('data', (d) => {
      buf += d;
      if (!buf.includes('\n')) return;
      const { url, env } = JSON.parse(buf.split('\n')[0]);
      const get = async (p) => (await fetch(new URL(p, url))).json();
      resolve({
        url,
        env,
        stats: () => get('/__bench/stats'),
        reset: () => get('/__bench/reset'),
        close: () =>
          new Promise((done) => {
            child.removeAllListeners('exit');
            child.on('exit', () => done());
            child.stdin.end();
          }),
      });
    });
  });
}
