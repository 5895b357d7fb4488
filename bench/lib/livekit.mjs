// The real workspace for the job benchmarks: livekit/agents from the shared
// corpus (83 members, ~300 locked packages). Its pyproject files and uv.lock
// are copied as they are; every other tracked file (FILES.txt) becomes a stub
// so each member is a minimal importable package its build backend
// (hatchling, setuptools) can build. Real PyPI wheels for what
// `uv sync --all-packages` installs on CPython 3.12 / Linux x86_64 are
// downloaded once into a wheelhouse and served from 127.0.0.1; the lock is
// rewritten to point at that index, so every measured sync is offline.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));

/** Stub version for members with a dynamic version: satisfies every `livekit-*>=x` bound in the corpus. */
const STUB_VERSION = '1.7.0';

/** The corpus entry: BENCH_CORPUS, else ../shared/corpus/livekit__agents next to the repository. */
export function corpusDir(root) {
  return path.resolve(process.env.BENCH_CORPUS ?? path.join(root, '..', 'shared', 'corpus', 'livekit__agents'));
}

/** CPython 3.12 (the lock needs >=3.12): BENCH_PYTHON, a pyenv install, or python3.12 on PATH. */
export function findPython312() {
  const candidates = [process.env.BENCH_PYTHON, '/root/.pyenv/versions/3.12.1/bin/python3', 'python3.12'].filter(Boolean);
  for (const c of candidates) {
    try {
      const v = execFileSync(c, ['-c', 'import sys; print("%d.%d" % sys.version_info[:2])'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
      if (v === '3.12') return c;
    } catch {
      // try the next one
    }
  }
  return undefined;
}

function walkPyprojects(dir, rel = '', out = []) {
  for (const e of readdirSync(path.join(dir, rel), { withFileTypes: true })) {
    const r = rel ? `${rel}/${e.name}` : e.name;
    if (e.isDirectory()) walkPyprojects(dir, r, out);
    else if (e.name === 'pyproject.toml') out.push(r);
  }
  return out;
}

function stubText(file) {
  const base = path.basename(file);
  if (base === 'version.py') return `__version__ = "${STUB_VERSION}"\n`;
  if (file.endsWith('.py')) return `"""${file} (bench stub)."""\n`;
  if (base.startsWith('README')) return '# bench stub\n';
  return '';
}

/** Writes the workspace into dest: the corpus's pyproject files and uv.lock, stubs for every other tracked file. */
export function materialise(corpus, dest) {
  mkdirSync(dest, { recursive: true });
  const pyprojects = walkPyprojects(corpus);
  for (const rel of pyprojects) {
    mkdirSync(path.dirname(path.join(dest, rel)), { recursive: true });
    copyFileSync(path.join(corpus, rel), path.join(dest, rel));
  }
  copyFileSync(path.join(corpus, 'uv.lock'), path.join(dest, 'uv.lock'));
  let stubs = 0;
  for (const rel of readFileSync(path.join(corpus, 'FILES.txt'), 'utf8').split('\n').filter(Boolean)) {
    const file = path.join(dest, rel);
    if (existsSync(file)) continue;
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, stubText(rel));
    stubs++;
  }
  return { pyprojects: pyprojects.length, stubs };
}

/**
 * Makes sure the wheelhouse holds a wheel for every package `uv sync
 * --all-packages` installs (from `uv export`, markers evaluated by pip on
 * CPython 3.12) plus the members' build backends; downloads what is missing
 * with pip (the bench's one network step). Returns the wheel files.
 */
export function ensureLivekitWheelhouse({ workspace, dir, uv, python, log }) {
  mkdirSync(dir, { recursive: true });
  const req = execFileSync(
    uv,
    ['export', '--all-packages', '--frozen', '--no-hashes', '--no-emit-workspace', '--no-header', '--no-annotate', '--quiet'],
    { cwd: workspace, encoding: 'utf8', env: { ...process.env, UV_PYTHON: python, UV_PYTHON_DOWNLOADS: 'never', UV_NO_CONFIG: '1' } },
  );
  const lines = req.split('\n').filter((l) => l && !l.startsWith('-e ') && !l.startsWith('#') && !l.startsWith(' '));
  const digest = createHash('sha256').update(lines.join('\n')).digest('hex').slice(0, 16);
  const marker = path.join(dir, `.complete-${digest}`);
  if (!existsSync(marker)) {
    log(`wheelhouse: downloading the ${lines.length} locked packages of livekit/agents and the build backends from PyPI into ${dir} (once)`);
    const reqFile = path.join(dir, 'requirements.txt');
    writeFileSync(reqFile, `${lines.join('\n')}\n`);
    // The wheel uv would pick from the lock for this interpreter, straight from the lock's URL (hash checked).
    execFileSync(python, [path.join(here, 'fetch-wheels.py'), path.join(workspace, 'uv.lock'), dir], { input: lines.join('\n'), stdio: ['pipe', 'inherit', 'inherit'] });
    // Build backends with their own dependencies: uv builds the members in isolated environments from the index.
    execFileSync(python, ['-m', 'pip', 'download', '--disable-pip-version-check', '--quiet', '--only-binary=:all:', '-d', dir, 'hatchling', 'editables', 'setuptools', 'wheel'], { stdio: ['ignore', 'inherit', 'inherit'] });
    writeFileSync(marker, '');
  }
  const files = readdirSync(dir).filter((f) => f.endsWith('.whl'));
  const bytes = files.reduce((n, f) => n + statSync(path.join(dir, f)).size, 0);
  return { files, bytes, packages: lines.length };
}

/**
 * Points the lock at the loopback index: the registry URL, and each wheel URL
 * at the same file name on the local server. Wheels the wheelhouse lacks (other
 * platforms and Pythons) are dropped, so uv picks exactly the downloaded one.
 */
export function rewriteLock(lockFile, indexUrl, wheelFiles) {
  const have = new Set(wheelFiles);
  const filesBase = indexUrl.replace(/\/simple\/?$/, '/files');
  const out = [];
  let dropped = 0;
  for (const line of readFileSync(lockFile, 'utf8').split('\n')) {
    const m = /url = "https:\/\/files\.pythonhosted\.org\/[^"]*\/([^"/]+)"/.exec(line);
    if (m && m[1].endsWith('.whl') && !line.includes('sdist')) {
      if (!have.has(decodeURIComponent(m[1]))) {
        dropped++;
        continue;
      }
      out.push(line.replace(m[0], `url = "${filesBase}/${m[1]}"`));
    } else if (m) out.push(line.replace(m[0], `url = "${filesBase}/${m[1]}"`));
    else out.push(line.replaceAll('registry = "https://pypi.org/simple"', `registry = "${indexUrl.replace(/\/$/, '')}"`));
  }
  writeFileSync(lockFile, out.join('\n'));
  return { dropped };
}
