// Pruning by numbers that do not flip: an exact cache hit with and without
// `uv cache prune --ci`, on a real workspace from the corpus (hundreds of
// real wheels from PyPI), with the two transfers measured apart:
//
// - restore bytes: the cache entry as @actions/cache stores it (tar + zstd
//   -T0 --long=30, what the client runs), for the full and the pruned cache;
// - index bytes: what `uv sync` downloads from PyPI on an exact hit of each,
//   counted by a CONNECT proxy on loopback that every uv request goes through.
//
// Byte counts are properties of the workspace and of uv, not of the network
// of the day, so the rule written from them does not flip between runs; the
// bandwidths only decide which side of the crossover a given runner is on.
//
//   node bench/prune.mjs                                   # livekit/agents, all packages, Python 3.12
//   node bench/prune.mjs --corpus modelcontextprotocol__python-sdk --python 3.11 --sync-args "--frozen --all-packages --no-install-workspace --no-default-groups"
//   node bench/prune.mjs --no-write                        # print, do not touch bench/results.md
//   node bench/prune.mjs --render                          # rewrite the section from bench/prune-results.json
//
// Needs the network (PyPI) and the corpus at ../shared/corpus. Writes its own
// section of bench/results.md (between the prune-bench markers) and
// bench/prune-results.json.
import { spawn } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { existsSync, readFileSync } from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const tools = JSON.parse(readFileSync(path.join(root, 'tools.json'), 'utf8'));

function arg(name, fallback) {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 && i + 1 < process.argv.length ? process.argv[i + 1] : fallback;
}
const corpusName = arg('corpus', 'livekit__agents');
const python = arg('python', process.env.UV_PYTHON || '3.12');
const syncArgs = arg('sync-args', '--frozen --all-packages --no-install-workspace').split(/\s+/).filter(Boolean);
const uv = path.resolve(arg('uv', path.join(root, '.tools', 'uv', tools.uv, 'bin', 'uv')));
const write = !process.argv.includes('--no-write');

// ---------------------------------------------------------------------------
// A CONNECT proxy that counts the bytes each direction (uv speaks TLS through it).

function startProxy() {
  const counters = { down: 0, up: 0, tunnels: 0, activeMs: 0 };
  let active = 0;
  let since = 0;
  const server = http.createServer((req, res) => {
    res.writeHead(405);
    res.end('CONNECT only');
  });
  server.on('connect', (req, client, head) => {
    const [host, port] = (req.url ?? '').split(':');
    const upstream = net.connect(Number(port) || 443, host, () => {
      counters.tunnels++;
      if (active++ === 0) since = performance.now();
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      if (head?.length) upstream.write(head);
      upstream.on('data', (chunk) => (counters.down += chunk.length));
      client.on('data', (chunk) => (counters.up += chunk.length));
      upstream.pipe(client);
      client.pipe(upstream);
    });
    let closed = false;
    const close = () => {
      if (closed) return;
      closed = true;
      if (--active === 0) counters.activeMs += performance.now() - since;
      upstream.destroy();
      client.destroy();
    };
    upstream.on('error', close);
    client.on('error', close);
    upstream.on('close', close);
    client.on('close', close);
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({
        url: `http://127.0.0.1:${server.address().port}`,
        counters,
        reset() {
          Object.assign(counters, { down: 0, up: 0, tunnels: 0, activeMs: 0 });
        },
        close: () => new Promise((r) => server.close(() => r())),
      }),
    ),
  );
}

// ---------------------------------------------------------------------------

function run(file, args, options = {}) {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(file, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    child.on('error', reject);
    child.on('close', (code) => {
      const ms = performance.now() - started;
      if (code !== 0) reject(new Error(`${path.basename(file)} ${args.join(' ')} exited ${code}\n${err.slice(-3000)}`));
      else resolve({ ms, out, err });
    });
  });
}

const sh = (script, options) => run('/bin/sh', ['-c', script], options);
const q = (s) => `'${String(s).replace(/'/g, `'\\''`)}'`;

async function duBytes(dir) {
  const { out } = await run('du', ['-sb', dir]);
  return Number(out.split(/\s/)[0]);
}

/** tar + zstd exactly as @actions/cache does on Linux (`-T0 --long=30`), returning the archive's size and time. */
async function archive(cacheDir, file) {
  const { ms } = await sh(`tar -cf - -P -C ${q(cacheDir)} . | zstd -T0 --long=30 -q -o ${q(file)}`);
  return { bytes: (await stat(file)).size, ms };
}

async function extract(file, dir) {
  await mkdir(dir, { recursive: true });
  const { ms } = await sh(`zstd -d --long=30 -q -c ${q(file)} | tar -xf - -C ${q(dir)}`);
  return ms;
}

const MiB = 1024 * 1024;
const mib = (b) => `${(b / MiB).toFixed(1)} MiB`;
const secs = (ms) => `${(ms / 1000).toFixed(1)} s`;

/** Prints the section and (unless --no-write) puts it into bench/results.md between its markers. */
async function publish(result) {
  const section = render(result);
  console.log(`\n${section}`);
  if (!write) return;
  const resultsPath = path.join(root, 'bench', 'results.md');
  const text = existsSync(resultsPath) ? await readFile(resultsPath, 'utf8') : '# Benchmark results\n';
  const block = `${START}\n${section}\n${END}`;
  const escape = (t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const re = new RegExp(`${escape(START)}[\\s\\S]*?${escape(END)}`);
  await writeFile(resultsPath, re.test(text) ? text.replace(re, block) : `${text.trimEnd()}\n\n${block}\n`);
}

async function main() {
  // Re-render the section from the last measurement, without measuring again.
  if (process.argv.includes('--render')) return publish(JSON.parse(await readFile(path.join(root, 'bench', 'prune-results.json'), 'utf8')));
  const corpus = path.resolve(root, '..', 'shared', 'corpus', corpusName);
  if (!existsSync(path.join(corpus, 'uv.lock'))) throw new Error(`no uv.lock in ${corpus}`);
  const tmp = await mkdtemp(path.join(os.tmpdir(), 'uvws-prune-bench-'));
  const proxy = await startProxy();
  try {
    // The corpus is read in place and copied only to a temp dir, never into the project.
    const ws = path.join(tmp, 'ws');
    await cp(corpus, ws, { recursive: true });
    const { out: version } = await run(uv, ['--version']);
    const env = (cacheDir) => ({
      ...process.env,
      UV_CACHE_DIR: cacheDir,
      UV_PYTHON: python,
      UV_PYTHON_DOWNLOADS: 'never',
      UV_NO_PROGRESS: '1',
      UV_LINK_MODE: 'hardlink',
      HTTPS_PROXY: proxy.url,
      HTTP_PROXY: proxy.url,
      ALL_PROXY: proxy.url,
      NO_PROXY: '',
      no_proxy: '',
    });
    const sync = async (cacheDir) => {
      await rm(path.join(ws, '.venv'), { recursive: true, force: true });
      proxy.reset();
      const { ms, err } = await run(uv, ['sync', ...syncArgs], { cwd: ws, env: env(cacheDir) });
      const installed = Number(/Installed (\d+) packages?/.exec(err)?.[1] ?? 0);
      const downloaded = (err.match(/^Downloading /gm) ?? []).length;
      return { ms, installed, downloadedFiles: downloaded, indexBytes: proxy.counters.down, uploadBytes: proxy.counters.up, networkMs: proxy.counters.activeMs };
    };

    const interpreter = (await run(uv, ['python', 'find', python], { cwd: ws, env: { ...process.env, UV_PYTHON_DOWNLOADS: 'never' } })).out.trim();
    const pythonVersion = (await run(interpreter, ['-c', 'import platform; print(platform.python_version())'])).out.trim();
    console.log(`${version.trim()}, ${corpusName}, uv sync ${syncArgs.join(' ')}, Python ${pythonVersion}`);
    const full = path.join(tmp, 'cache-full');
    const cold = await sync(full);
    console.log(`cold sync: ${cold.installed} packages, ${mib(cold.indexBytes)} from the index in ${secs(cold.ms)}`);

    const pruned = path.join(tmp, 'cache-pruned');
    await sh(`cp -a ${q(full)} ${q(pruned)}`);
    const prune = await run(uv, ['cache', 'prune', '--ci', '--force'], { env: { ...env(pruned), HTTPS_PROXY: '' } });
    const fullDisk = await duBytes(full);
    const prunedDisk = await duBytes(pruned);
    const fullArchive = await archive(full, path.join(tmp, 'full.tzst'));
    const prunedArchive = await archive(pruned, path.join(tmp, 'pruned.tzst'));
    await rm(full, { recursive: true });
    await rm(pruned, { recursive: true });
    console.log(`entries: full ${mib(fullArchive.bytes)}, pruned ${mib(prunedArchive.bytes)}`);

    // An exact hit of each: restore the entry into an empty dir, sync a fresh venv.
    const hits = {};
    for (const [name, file] of [
      ['full', 'full.tzst'],
      ['pruned', 'pruned.tzst'],
    ]) {
      const dir = path.join(tmp, `restored-${name}`);
      const extractMs = await extract(path.join(tmp, file), dir);
      const s = await sync(dir);
      hits[name] = { extractMs, ...s };
      console.log(`exact hit, ${name}: extract ${secs(extractMs)}, sync ${secs(s.ms)}, ${mib(s.indexBytes)} from the index (${s.downloadedFiles} files)`);
      await rm(dir, { recursive: true });
    }

    // The rule. Restoring the full entry moves `extra` more bytes from the cache
    // service; restoring the pruned one moves `hits.pruned.indexBytes` from the index.
    const extra = fullArchive.bytes - prunedArchive.bytes;
    const indexDelta = hits.pruned.indexBytes - hits.full.indexBytes;
    const crossover = indexDelta > 0 ? extra / indexDelta : Infinity;
    const indexMBps = hits.pruned.networkMs > 0 ? hits.pruned.indexBytes / MiB / (hits.pruned.networkMs / 1000) : undefined;
    const cpuDeltaMs = hits.pruned.ms - hits.full.ms - (hits.full.extractMs - hits.pruned.extractMs);
    const result = {
      date: new Date().toISOString(),
      uv: version.trim(),
      corpus: corpusName,
      commit: readFileSync(path.join(corpus, 'COMMIT.txt'), 'utf8').split('\n')[0],
      python: pythonVersion,
      syncArgs,
      packages: cold.installed,
      cold,
      pruneMs: prune.ms,
      disk: { full: fullDisk, pruned: prunedDisk },
      archive: { full: fullArchive, pruned: prunedArchive },
      hits,
      extraRestoreBytes: extra,
      extraIndexBytes: indexDelta,
      crossover,
      indexMBpsHere: indexMBps,
    };
    if (write) await writeFile(path.join(root, 'bench', 'prune-results.json'), `${JSON.stringify(result, null, 2)}\n`);
    await publish(result);
  } finally {
    await proxy.close();
    await rm(tmp, { recursive: true, force: true });
  }
}

const START = '<!-- prune-bench:start (bench/prune.mjs writes this section) -->';
const END = '<!-- prune-bench:end -->';

function render(r) {
  const h = r.hits;
  const k = r.crossover;
  const tiny = r.archive.pruned.bytes < 0.01 * r.archive.full.bytes;
  const extraExtract = Math.max(0, h.full.extractMs - h.pruned.extractMs) / 1000;
  // Break-even cache bandwidth for a given index bandwidth: the full entry pays when its extra bytes over the cache
  // plus its extra extraction take less than the pruned hit's downloads from the index.
  const breakEven = (indexMiBps) => {
    const download = r.extraIndexBytes / MiB / indexMiBps;
    return download > extraExtract ? r.extraRestoreBytes / MiB / (download - extraExtract) : Infinity;
  };
  const speeds = [...new Set([r.indexMBpsHere ? Math.round(r.indexMBpsHere * 10) / 10 : undefined, 25, 50, 100, 200].filter(Boolean))];
  const lines = [
    '## Prune or not, on a real workspace (bench/prune.mjs)',
    '',
    `Written by \`node bench/prune.mjs\` on ${r.date.slice(0, 10)}: ${r.corpus} (${r.commit}), \`uv sync ${r.syncArgs.join(' ')}\` with Python ${r.python} and ${r.uv.replace(/^uv /, 'uv ').replace(/ \(.*\)$/, '')}: **${r.packages} packages** from PyPI, through a byte-counting proxy. The entries are archived as @actions/cache archives them (tar, \`zstd -T0 --long=30\`); one run, whose byte counts do not depend on the network of the day.`,
    '',
    '| | Full entry (`prune-cache: false`) | Pruned entry (`prune-cache: true`) |',
    '|---|---|---|',
    `| Cache on disk | ${mib(r.disk.full)} | ${mib(r.disk.pruned)} |`,
    `| **Restore bytes** (the entry, from the cache service) | **${mib(r.archive.full.bytes)}** | **${mib(r.archive.pruned.bytes)}**${tiny ? ' (no wheel here is built from source: pruning leaves an almost empty entry)' : ''} |`,
    `| **Index bytes** on the exact hit (from PyPI) | **${mib(h.full.indexBytes)}** | **${mib(h.pruned.indexBytes)}** |`,
    `| Extract the entry, here | ${secs(h.full.extractMs)} | ${secs(h.pruned.extractMs)} |`,
    `| \`uv sync\` after it, here (includes the downloads) | ${secs(h.full.ms)} | ${secs(h.pruned.ms)} |`,
    `| Post step on a miss: prune, archive | archive ${secs(r.archive.full.ms)} | prune ${secs(r.pruneMs)} + archive ${secs(r.archive.pruned.ms)} |`,
    '',
    `A cold sync downloaded ${mib(r.cold.indexBytes)} in ${secs(r.cold.ms)}.`,
    '',
    `**The rule.** On an exact hit, keeping the pre-built wheels moves ${mib(r.extraRestoreBytes)} more from the cache service and ${secs(extraExtract * 1000)} more of extraction (${mib(r.disk.full)} of unpacked files here), and saves ${mib(r.extraIndexBytes)} from the index (uv unzips those while downloading). So, to first order, \`prune-cache: false\` pays when`,
    '',
    '```',
    `${(r.extraRestoreBytes / MiB).toFixed(1)} MiB / cache bandwidth + ${extraExtract.toFixed(1)} s  <  ${(r.extraIndexBytes / MiB).toFixed(1)} MiB / index bandwidth`,
    '```',
    '',
    `On bytes alone the crossover is cache bandwidth = **${Number.isFinite(k) ? k.toFixed(2) : '∞'} × index bandwidth**; with the extraction it takes a faster cache still:`,
    '',
    '| index bandwidth | the full entry pays when the cache service is faster than |',
    '|---|---|',
    ...speeds.map((b) => `| ${b} MiB/s${r.indexMBpsHere && Math.abs(b - r.indexMBpsHere) < 0.06 ? ' (PyPI, here)' : ''} | ${Number.isFinite(breakEven(b)) ? `${breakEven(b).toFixed(0)} MiB/s` : 'never (extracting alone takes longer than downloading)'} |`),
    '',
    'The bytes are properties of the workspace and uv, so the byte crossover holds from run to run; only the side a runner falls on depends on its network.',
    "The extraction seconds are this machine's (2 shared cores, other test suites running), so the table is an estimate for a runner like it; and uv's own unzipping on the pruned path overlapped with its downloads here and is not counted, which flatters pruning at high index bandwidths.",
    '',
    indexDescription(r),
    '',
    defaultText(r),
  ];
  return lines.join('\n');
}

function defaultText(r) {
  const ratio = r.archive.pruned.bytes >= 0.01 * r.archive.full.bytes ? `${(r.archive.full.bytes / r.archive.pruned.bytes).toFixed(1)}× the bytes of the pruned one` : `${mib(r.archive.full.bytes)} where the pruned one is nearly empty`;
  return [
    '**Default: `prune-cache: true`**, from these numbers: the full entry is only worth it where the cache service beats the index by the margin above,',
    `and it always costs: ${ratio}, on every restore (restore-key hits too, which are only a starting point), and in the repository's 10 GB, where this action keeps one entry per lock, member set, selection, OS release, Python and uv version.`,
    'Pruning also costs the post step of a miss (the prune time above), paid once per saved entry.',
    'Runners whose cache service is much faster than their index (a slow mirror or proxy, a self-hosted cache) set `prune-cache: false`: the key carries the setting, so they get their own unpruned entry at once.',
    'An exact hit that still downloads is expected with the default, and the summary says why (the pruned pre-built wheels come from the index again).',
  ].join(' ');
}

function indexDescription(r) {
  const here = r.indexMBpsHere ? `PyPI (files.pythonhosted.org) delivered ${r.indexMBpsHere.toFixed(1)} MiB/s to this machine` : 'PyPI throughput was not measurable';
  return `Measured apart: restore bytes are the archive sizes; index bytes are counted at the proxy (TLS payload, ${r.hits.pruned.uploadBytes ? mib(r.hits.pruned.uploadBytes) : '0'} sent up). ${here} during the pruned hit. GitHub's cache service cannot be reached from here, so its bandwidth is not measured: compare your runner's restore speed (the cache step logs it) with the crossover.`;
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
