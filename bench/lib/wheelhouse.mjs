// The local wheelhouse: real PyPI wheels, pinned in bench/wheelhouse.txt,
// downloaded once into .tools/wheelhouse/ and then served from 127.0.0.1 as a
// PEP 503 simple index, so every sync in the bench is offline and repeatable
// while a cold sync still pays for HTTP transfer and unzipping like on CI.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createReadStream, existsSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';

const normalize = (name) => name.replace(/[-_.]+/g, '-').toLowerCase();

function readPins(file) {
  return readFileSync(file, 'utf8')
    .split('\n')
    .map((l) => l.replace(/#.*/, '').trim())
    .filter(Boolean)
    .map((l) => {
      const [name, version] = l.split('==');
      return { name: normalize(name), version };
    });
}

function wheelsIn(dir) {
  return existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.whl')) : [];
}

/** name==version of a wheel file name. */
function wheelPin(file) {
  const [name, version] = file.split('-');
  return `${normalize(name)}==${version}`;
}

/** Makes sure every pinned wheel is in dir; downloads the missing ones with pip (the one network step). */
export function ensureWheelhouse(pinsFile, dir, log) {
  const pins = readPins(pinsFile);
  const have = new Set(wheelsIn(dir).map(wheelPin));
  const missing = pins.filter((p) => !have.has(`${p.name}==${p.version}`));
  if (missing.length > 0) {
    log(`wheelhouse: downloading ${missing.length} pinned wheels from PyPI into ${dir}`);
    mkdirSync(dir, { recursive: true });
    execFileSync(
      process.env.PYTHON ?? 'python3',
      [
        '-m', 'pip', 'download', '--disable-pip-version-check', '--quiet', '--no-deps', '--only-binary=:all:',
        '--python-version', '3.11', '--implementation', 'cp', '--abi', 'cp311', '--abi', 'abi3', '--abi', 'none',
        '--platform', 'manylinux2014_x86_64', '--platform', 'manylinux_2_17_x86_64', '--platform', 'manylinux_2_28_x86_64', '--platform', 'any',
        '-d', dir, ...missing.map((p) => `${p.name}==${p.version}`),
      ],
      { stdio: ['ignore', 'inherit', 'inherit'] },
    );
  }
  const files = wheelsIn(dir).filter((f) => pins.some((p) => wheelPin(f) === `${p.name}==${p.version}`));
  const bytes = files.reduce((n, f) => n + statSync(path.join(dir, f)).size, 0);
  return { files, bytes, pins };
}

/**
 * Serves the given wheel files on a free loopback port as a PEP 503 index.
 * Counts whole-file downloads and bytes so a run can show what it fetched.
 */
export async function serveWheelhouse(dir, files) {
  const byProject = new Map();
  for (const file of files) {
    const sha = createHash('sha256').update(readFileSync(path.join(dir, file))).digest('hex');
    const project = normalize(file.split('-')[0]);
    if (!byProject.has(project)) byProject.set(project, []);
    byProject.get(project).push({ file, sha });
  }
  const stats = { downloads: 0, bytes: 0 };
  const page = (links) => `<!DOCTYPE html>\n<html><body>\n${links.join('<br/>\n')}\n</body></html>\n`;
  const server = http.createServer((req, res) => {
    const parts = new URL(req.url ?? '/', 'http://x').pathname.split('/').filter(Boolean).map(decodeURIComponent);
    if (parts[0] === 'simple' && parts.length === 1) {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end(page([...byProject.keys()].map((p) => `<a href="/simple/${p}/">${p}</a>`)));
    } else if (parts[0] === 'simple' && parts.length === 2 && byProject.has(normalize(parts[1]))) {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end(page(byProject.get(normalize(parts[1])).map((f) => `<a href="/files/${encodeURIComponent(f.file)}#sha256=${f.sha}">${f.file}</a>`)));
    } else if (parts[0] === 'files' && parts.length === 2 && files.includes(parts[1])) {
      const full = path.join(dir, parts[1]);
      const size = statSync(full).size;
      stats.downloads++;
      stats.bytes += size;
      res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': size });
      createReadStream(full).pipe(res);
    } else {
      res.writeHead(404);
      res.end('not found');
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${server.address().port}/simple/`,
    stats,
    close: () => new Promise((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }),
  };
}
