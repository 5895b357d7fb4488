// The network in the bench: an HTTP reverse proxy on 127.0.0.1 that puts a
// runner's link between a client and a loopback server (the wheel index, the
// cache service). Each request waits one round trip before it is forwarded,
// each new connection two more (TCP and TLS handshakes: uv and the cache
// clients speak HTTPS on a runner); bytes flow at most at the configured rate
// in each direction, through a token bucket shared by every connection of the
// proxy (the runner's share of that service) or, with `bucket: 'connection'`,
// one per connection (a per-stream limit, where parallel connections add up).
//
// The limits change at run time (`set`), so one proxy serves every point of a
// sweep; `target` can be pointed at another server (a fresh cache service for
// a cold job). JSON answers of the target that name its own address (the
// cache service hands out signed blob URLs) are rewritten to the proxy's, so
// the blob transfer goes through the proxy too. Loopback only.
import { once } from 'node:events';
import http from 'node:http';

/** Bytes handed to the socket at once: small enough that connections interleave, big enough to be cheap. */
const PIECE = 128 * 1024;
/**
 * How far the clock may fall behind real time: a timer that wakes late lets
 * this much through at once instead of losing it (20 ms of the rate, at
 * least a few pieces: about what a TCP window holds).
 */
const burstOf = (rate) => Math.max(4 * PIECE, rate * 20);

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * A token bucket as a virtual clock: each take(n) is scheduled after the ones
 * before it (FIFO), at `rate` bytes/ms; taking returns how long to wait. The
 * clock, not the wake-up time, decides the next slot, so timer overshoot does
 * not lower the average rate.
 */
function bucket(rate) {
  let next = 0;
  const slack = burstOf(rate) / rate;
  return (n) => {
    if (!Number.isFinite(rate)) return 0;
    const now = performance.now();
    next = Math.max(next, now - slack) + n / rate;
    return next - now;
  };
}

/** Copies `from` to `to` in pieces, each waiting for its tokens; honours backpressure. */
async function pump(from, to, take, counter) {
  for await (const chunk of from) {
    for (let i = 0; i < chunk.length; i += PIECE) {
      const piece = chunk.length <= PIECE ? chunk : chunk.subarray(i, i + PIECE);
      const wait = take(piece.length);
      if (wait >= 2) await sleep(wait);
      counter.bytes += piece.length;
      const now = performance.now();
      counter.first ??= now;
      counter.last = now;
      if (!to.write(piece)) await once(to, 'drain');
    }
  }
  to.end();
}

const HOP = new Set(['connection', 'keep-alive', 'proxy-connection', 'transfer-encoding', 'upgrade', 'te', 'trailer']);
const forwardHeaders = (headers) => Object.fromEntries(Object.entries(headers).filter(([k]) => !HOP.has(k.toLowerCase())));

/**
 * Starts a proxy in front of `target` (http://127.0.0.1:PORT/). Resolves with
 * { url, set(limits), limits, retarget(url), stats, resetStats(), close() };
 * limits = { downMBps, upMBps, latencyMs, bucket: 'shared' | 'connection' }
 * (MB = 10^6 bytes; Infinity and 0 ms: a plain pass-through).
 */
export async function startNetem(target, limits = {}) {
  let upstream = new URL(target);
  let current = { downMBps: Infinity, upMBps: Infinity, latencyMs: 0, bucket: 'shared', ...limits };
  let shared = { down: bucket(current.downMBps * 1000), up: bucket(current.upMBps * 1000) };
  // Bumped by set(): a kept-alive connection's own buckets are remade under new limits.
  let generation = 0;
  const stats = { requests: 0, connections: 0, down: { bytes: 0 }, up: { bytes: 0 } };
  const agent = new http.Agent({ keepAlive: true, maxSockets: Infinity });
  let base = '';

  const server = http.createServer(async (req, res) => {
    stats.requests++;
    const socket = req.socket;
    // The first request on a connection also pays its handshakes.
    const handshake = socket.netemSeen ? 0 : 2;
    socket.netemSeen = true;
    if (current.bucket === 'connection' && socket.netemGeneration !== generation) {
      socket.netemGeneration = generation;
      socket.netemBuckets = { down: bucket(current.downMBps * 1000), up: bucket(current.upMBps * 1000) };
    }
    const buckets = current.bucket === 'connection' ? socket.netemBuckets : shared;
    const wait = current.latencyMs * (1 + handshake);
    if (wait > 0) await sleep(wait);
    const from = upstream;
    const out = http.request(
      { host: from.hostname, port: from.port, method: req.method, path: req.url, headers: { ...forwardHeaders(req.headers), host: from.host }, agent },
      async (answer) => {
        try {
          const headers = forwardHeaders(answer.headers);
          if (/json/.test(answer.headers['content-type'] ?? '')) {
            // Small control answers: the signed URLs in them must lead back through the proxy.
            const chunks = [];
            for await (const c of answer) chunks.push(c);
            const body = Buffer.from(Buffer.concat(chunks).toString('utf8').replaceAll(from.origin + '/', base));
            delete headers['content-length'];
            res.writeHead(answer.statusCode ?? 502, { ...headers, 'content-length': String(body.length) });
            stats.down.bytes += body.length;
            res.end(body);
            return;
          }
          res.writeHead(answer.statusCode ?? 502, headers);
          await pump(answer, res, buckets.down, stats.down);
        } catch {
          res.destroy();
        }
      },
    );
    out.on('error', () => res.destroy());
    res.on('close', () => {
      if (!res.writableFinished) out.destroy();
    });
    pump(req, out, buckets.up, stats.up).catch(() => out.destroy());
  });
  server.on('connection', () => stats.connections++);
  server.keepAliveTimeout = 60_000;
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${server.address().port}/`;
  return {
    url: base,
    get limits() {
      return { ...current };
    },
    /** New limits for the requests that start from now on (a fresh shared bucket). */
    set(next) {
      current = { downMBps: Infinity, upMBps: Infinity, latencyMs: 0, bucket: 'shared', ...next };
      shared = { down: bucket(current.downMBps * 1000), up: bucket(current.upMBps * 1000) };
      generation++;
    },
    retarget(url) {
      upstream = new URL(url);
    },
    stats,
    resetStats() {
      Object.assign(stats, { requests: 0, connections: 0, down: { bytes: 0 }, up: { bytes: 0 } });
    },
    /** Bytes per second from the first to the last piece sent down since the reset, in MB/s (undefined under 1 MB). */
    achievedDownMBps() {
      const d = stats.down;
      return d.bytes >= 1e6 && d.last > d.first ? d.bytes / 1e3 / (d.last - d.first) : undefined;
    },
    close: () =>
      new Promise((resolve) => {
        agent.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
