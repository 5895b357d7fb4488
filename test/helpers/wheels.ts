// Offline Python packages for tests: real wheels built with python3's zipfile
// and a PEP 503 simple index on 127.0.0.1, so real uv can lock and sync with
// no network. uv treats a loopback index as network, so callers that use it
// must not set UV_OFFLINE (see indexEnv in uv-workspace.ts).
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createReadStream, existsSync } from 'node:fs';
import { mkdir, readdir, readFile, stat } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

export interface WheelSpec {
  name: string;
  version: string;
  /** PEP 508 requirements, markers allowed. */
  dependencies?: string[];
  /** extra name → requirements; each becomes `Requires-Dist: req; extra == "name"`. */
  extras?: Record<string, string[]>;
  /** Total size of extra data files inside the package, to make "large" installs. */
  payloadBytes?: number;
  /** How many files the payload is split into (default 1 when payloadBytes is set). */
  files?: number;
  requiresPython?: string;
}

/** PEP 503 name, the form the simple index serves under. */
export function indexName(name: string): string {
  return name.replace(/[-_.]+/g, '-').toLowerCase();
}

/** Wheel file names use the normalised name with `_` (binary distribution format). */
export function wheelDistName(name: string): string {
  return indexName(name).replace(/-/g, '_');
}

function withExtraMarker(req: string, extra: string): string {
  const semi = req.indexOf(';');
  if (semi === -1) return `${req}; extra == "${extra}"`;
  return `${req.slice(0, semi).trim()}; (${req.slice(semi + 1).trim()}) and extra == "${extra}"`;
}

// python3's zipfile writes the archive; the metadata and RECORD hashes are
// computed here in the same script so the wheel passes uv's RECORD checks.
const BUILD_SCRIPT = String.raw`
import base64, hashlib, json, sys, zipfile
spec = json.loads(sys.stdin.read())
dist, version, module = spec["dist"], spec["version"], spec["module"]
info = f"{dist}-{version}.dist-info"
entries = []
def add(arcname, data):
    entries.append((arcname, data))
meta = ["Metadata-Version: 2.1", f"Name: {spec['name']}", f"Version: {version}"]
if spec.get("requiresPython"):
    meta.append(f"Requires-Python: {spec['requiresPython']}")
for extra in spec["providesExtra"]:
    meta.append(f"Provides-Extra: {extra}")
for req in spec["requiresDist"]:
    meta.append(f"Requires-Dist: {req}")
add(f"{module}/__init__.py", f"__version__ = {version!r}\n".encode())
files = spec["files"]
remaining = spec["payloadBytes"]
block = hashlib.sha256(dist.encode()).digest() * 64
for i in range(files):
    size = remaining // (files - i)
    remaining -= size
    data = (block * (size // len(block) + 1))[:size]
    add(f"{module}/_payload/data_{i:05d}.bin", data)
add(f"{info}/METADATA", ("\n".join(meta) + "\n").encode())
add(f"{info}/WHEEL", b"Wheel-Version: 1.0\nGenerator: uv-workspace-sync-tests\nRoot-Is-Purelib: true\nTag: py3-none-any\n")
record = []
for arcname, data in entries:
    digest = base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode()
    record.append(f"{arcname},sha256={digest},{len(data)}")
record.append(f"{info}/RECORD,,")
add(f"{info}/RECORD", ("\n".join(record) + "\n").encode())
# PEP 658: the index serves METADATA beside the wheel so resolving never downloads wheels.
with open(spec["out"] + ".metadata", "wb") as f:
    f.write(dict(entries)[f"{info}/METADATA"])
with zipfile.ZipFile(spec["out"], "w", compression=zipfile.ZIP_DEFLATED) as zf:
    for arcname, data in entries:
        zi = zipfile.ZipInfo(arcname, date_time=(2020, 1, 1, 0, 0, 0))
        zi.compress_type = zipfile.ZIP_DEFLATED
        zi.external_attr = 0o644 << 16
        zf.writestr(zi, data)
`;

function runPython(script: string, input: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = execFile('python3', ['-c', script], { maxBuffer: 16 * 1024 * 1024 }, (error, _stdout, stderr) => {
      if (error) reject(new Error(`python3 failed building a test distribution: ${stderr || error.message}`));
      else resolve();
    });
    child.stdin!.end(input);
  });
}

/** Writes a pure-Python py3-none-any wheel into outDir; returns its path. Deterministic bytes. */
export async function buildWheel(outDir: string, spec: WheelSpec): Promise<string> {
  await mkdir(outDir, { recursive: true });
  const dist = wheelDistName(spec.name);
  const out = path.join(outDir, `${dist}-${spec.version}-py3-none-any.whl`);
  const extras = spec.extras ?? {};
  const requiresDist = [
    ...(spec.dependencies ?? []),
    ...Object.entries(extras).flatMap(([extra, reqs]) => reqs.map((r) => withExtraMarker(r, extra))),
  ];
  const payloadBytes = spec.payloadBytes ?? 0;
  await runPython(
    BUILD_SCRIPT,
    JSON.stringify({
      name: spec.name,
      dist,
      module: dist,
      version: spec.version,
      requiresPython: spec.requiresPython,
      providesExtra: Object.keys(extras),
      requiresDist,
      payloadBytes,
      files: payloadBytes > 0 ? Math.max(1, spec.files ?? 1) : 0,
      out,
    }),
  );
  return out;
}

/** Builds several wheels into one directory (sequentially; python3 start-up dominates). */
export async function buildWheels(outDir: string, specs: WheelSpec[]): Promise<string[]> {
  const out: string[] = [];
  for (const spec of specs) out.push(await buildWheel(outDir, spec));
  return out;
}

/** Project name of a distribution file: wheels split on `-`, sdists on the last `-`. */
function projectOf(file: string): string | undefined {
  if (file.endsWith('.whl')) return indexName(file.split('-')[0]!);
  const sdist = /^(.+)-[^-]+\.(tar\.gz|zip)$/.exec(file);
  return sdist ? indexName(sdist[1]!) : undefined;
}

export interface ServedIndex {
  /** Simple index URL, e.g. `http://127.0.0.1:40123/simple/`; pass as `--index-url` / `UV_DEFAULT_INDEX`. */
  url: string;
  /** Flat listing of all files, for `--find-links`. */
  findLinksUrl: string;
  /** How many distribution files were fetched whole (not HEAD, not PEP 658 metadata), to show a sync came from the cache. */
  downloads(): number;
  close(): Promise<void>;
}

/**
 * Serves every wheel/sdist in wheelDir as a PEP 503 simple index on a free
 * loopback port. The directory is read per request, so wheels built after
 * the server started are served too.
 */
export async function serveIndex(wheelDir: string): Promise<ServedIndex> {
  let downloadCount = 0;
  const hashes = new Map<string, string>(); // "file|mtime|size" → sha256

  async function listing(): Promise<{ file: string; project: string; sha256: string; metadataSha?: string }[]> {
    const names = (await readdir(wheelDir)).sort();
    const out = [];
    for (const file of names) {
      const project = projectOf(file);
      if (!project) continue;
      const full = path.join(wheelDir, file);
      const st = await stat(full);
      const key = `${file}|${st.mtimeMs}|${st.size}`;
      let sha = hashes.get(key);
      if (!sha) {
        sha = createHash('sha256').update(await readFile(full)).digest('hex');
        hashes.set(key, sha);
      }
      const metadata = `${full}.metadata`;
      let metadataSha: string | undefined;
      if (file.endsWith('.whl') && existsSync(metadata)) metadataSha = createHash('sha256').update(await readFile(metadata)).digest('hex');
      out.push({ file, project, sha256: sha, metadataSha });
    }
    return out;
  }

  const html = (title: string, links: string[]) =>
    `<!DOCTYPE html>\n<html><head><meta name="pypi:repository-version" content="1.0"><title>${title}</title></head><body>\n${links.join('<br/>\n')}\n</body></html>\n`;

  const anchor = (f: { file: string; sha256: string; metadataSha?: string }) => {
    const meta = f.metadataSha ? ` data-dist-info-metadata="sha256=${f.metadataSha}" data-core-metadata="sha256=${f.metadataSha}"` : '';
    return `<a href="/files/${encodeURIComponent(f.file)}#sha256=${f.sha256}"${meta}>${f.file}</a>`;
  };

  const server = http.createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? '/', 'http://localhost');
      const parts = url.pathname.split('/').filter(Boolean).map(decodeURIComponent);
      const [top, name = ''] = parts;
      if (top === 'simple' && parts.length === 1) {
        const projects = [...new Set((await listing()).map((f) => f.project))];
        res.writeHead(200, { 'content-type': 'text/html' });
        res.end(html('Simple index', projects.map((p) => `<a href="/simple/${p}/">${p}</a>`)));
      } else if (top === 'simple' && parts.length === 2) {
        const want = indexName(name);
        const files = (await listing()).filter((f) => f.project === want);
        if (files.length === 0) {
          res.writeHead(404, { 'content-type': 'text/plain' });
          res.end('not found');
          return;
        }
        res.writeHead(200, { 'content-type': 'text/html' });
        res.end(html(`Links for ${want}`, files.map(anchor)));
      } else if (top === 'find-links' && parts.length === 1) {
        const files = await listing();
        res.writeHead(200, { 'content-type': 'text/html' });
        res.end(html('Files', files.map(anchor)));
      } else if (top === 'files' && parts.length === 2 && !name.includes('/') && projectOf(name.replace(/\.metadata$/, ''))) {
        const full = path.join(wheelDir, name);
        try {
          const st = await stat(full);
          if (req.method === 'GET' && !name.endsWith('.metadata') && !req.headers.range) downloadCount++;
          res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': st.size });
          createReadStream(full).pipe(res);
        } catch {
          res.writeHead(404);
          res.end();
        }
      } else {
        res.writeHead(404, { 'content-type': 'text/plain' });
        res.end('not found');
      }
    })().catch((error: unknown) => {
      res.writeHead(500);
      res.end(String(error));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/simple/`,
    findLinksUrl: `http://127.0.0.1:${port}/find-links/`,
    downloads: () => downloadCount,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

export interface SdistSpec {
  name: string;
  version: string;
  dependencies?: string[];
  /** The `uv_build` requirement; uv builds with its bundled backend when the running uv satisfies it. */
  buildRequires: string;
}

// An sdist built by `uv_build`: uv builds it with its bundled backend
// (`Building name==ver` / `Built name==ver` in the log) without downloading.
const SDIST_SCRIPT = String.raw`
import io, json, sys, tarfile
spec = json.loads(sys.stdin.read())
name, version, module = spec["name"], spec["version"], spec["module"]
top = f"{spec['dist']}-{version}"
deps = ", ".join(json.dumps(d) for d in spec["dependencies"])
files = {
    "pyproject.toml": f'[project]\nname = "{name}"\nversion = "{version}"\nrequires-python = ">=3.8"\ndependencies = [{deps}]\n\n[build-system]\nrequires = [{json.dumps(spec["buildRequires"])}]\nbuild-backend = "uv_build"\n',
    "PKG-INFO": f"Metadata-Version: 2.1\nName: {name}\nVersion: {version}\n" + "".join(f"Requires-Dist: {d}\n" for d in spec["dependencies"]),
    f"src/{module}/__init__.py": f"__version__ = {version!r}\n",
}
with tarfile.open(spec["out"], "w:gz") as tf:
    for rel, text in files.items():
        data = text.encode()
        ti = tarfile.TarInfo(f"{top}/{rel}")
        ti.size, ti.mtime, ti.mode = len(data), 1577836800, 0o644
        tf.addfile(ti, io.BytesIO(data))
`;

/** Writes `<name>-<version>.tar.gz` (a uv_build project) into outDir; returns its path. */
export async function buildSdist(outDir: string, spec: SdistSpec): Promise<string> {
  await mkdir(outDir, { recursive: true });
  const dist = wheelDistName(spec.name);
  const out = path.join(outDir, `${dist}-${spec.version}.tar.gz`);
  await runPython(
    SDIST_SCRIPT,
    JSON.stringify({ name: spec.name, dist, module: dist, version: spec.version, dependencies: spec.dependencies ?? [], buildRequires: spec.buildRequires, out }),
  );
  return out;
}
