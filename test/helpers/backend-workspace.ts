// Workspaces whose members use the real build backends (offline, from
// .tools/backends; maturin compiles with the machine's cargo), synced by the
// real uv, and a probe that asks the synced venv's own interpreter what it
// can see of each member: the test oracle for surfaces
// (test/integration/surface-editable.test.ts, history-replay.test.ts).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { projectRoot, uvBin, uvTestEnv } from './tools.js';

export const wheelhouse = path.join(projectRoot, '.tools', 'backends');

export const hasCargo = (() => {
  try {
    execFileSync('cargo', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();
export const hasMaturin = existsSync(wheelhouse) && readdirSync(wheelhouse).some((f) => f.startsWith('maturin-'));

export const SYSTEMS = {
  hatchling: ['hatchling', 'hatchling.build'],
  setuptools: ['setuptools', 'setuptools.build_meta'],
  flit: ['flit_core>=3.4', 'flit_core.buildapi'],
  uv_build: ['uv_build>=0.13,<0.14', 'uv_build'],
  poetry: ['poetry-core>=2', 'poetry.core.masonry.api'],
  pdm: ['pdm-backend', 'pdm.backend'],
  maturin: ['maturin>=1,<2', 'maturin'],
} as const;

export interface BackendMember {
  backend: keyof typeof SYSTEMS;
  name: string;
  /** Extra pyproject.toml text (tool tables, dependency groups). */
  toml?: string;
  /** Runtime dependencies (members get `{ workspace = true }` sources). */
  dependencies?: string[];
  /** `[dependency-groups]` (members get sources too). */
  groups?: Record<string, string[]>;
  /** Member-relative files besides pyproject.toml. */
  files: string[];
}

/** `bindings = "bin"`: no pyo3 to download; `compatibility = "linux"`: no manylinux audit. */
export const MATURIN_BIN = 'bindings = "bin"\ncompatibility = "linux"\n';

export function backendPyproject(m: BackendMember, memberNames: readonly string[] = []): string {
  const [req, backend] = SYSTEMS[m.backend];
  const deps = m.dependencies ?? [];
  const groups = Object.entries(m.groups ?? {});
  const sources = [...new Set([...deps, ...groups.flatMap(([, g]) => g)])].filter((d) => memberNames.includes(d));
  return [
    `[project]\nname = "${m.name}"\nversion = "0.1.0"\ndescription = "surface test"\nrequires-python = ">=3.8"\ndependencies = ${JSON.stringify(deps)}\n`,
    groups.length > 0 ? `[dependency-groups]\n${groups.map(([g, reqs]) => `${g} = ${JSON.stringify(reqs)}`).join('\n')}\n` : '',
    `[build-system]\nrequires = ["${req}"]\nbuild-backend = "${backend}"\n`,
    sources.length > 0 ? `[tool.uv.sources]\n${sources.map((s) => `${s} = { workspace = true }`).join('\n')}\n` : '',
    m.toml ?? '',
  ].join('\n');
}

function content(m: BackendMember, file: string): string {
  if (file === 'Cargo.toml') return `[package]\nname = "${m.name}"\nversion = "0.1.0"\nedition = "2021"\n\n[[bin]]\nname = "${m.name}"\npath = "src/main.rs"\n`;
  if (file.endsWith('.rs')) return 'fn main() {}\n';
  return file.endsWith('.py') ? 'x = 1\n' : 'text\n';
}

/** Members at `m/<name>` under a virtual root; `rootToml` is appended to the root pyproject.toml. */
export function writeBackendWorkspace(root: string, members: readonly BackendMember[], rootToml = ''): void {
  mkdirSync(root, { recursive: true });
  const names = members.map((m) => m.name);
  writeFileSync(path.join(root, 'pyproject.toml'), `[tool.uv.workspace]\nmembers = [${names.map((n) => `"m/${n}"`).join(', ')}]\n\n${rootToml}`);
  for (const m of members) {
    const dir = path.join(root, 'm', m.name);
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, 'pyproject.toml'), backendPyproject(m, names));
    for (const f of m.files) {
      mkdirSync(path.dirname(path.join(dir, f)), { recursive: true });
      writeFileSync(path.join(dir, f), content(m, f));
    }
  }
}

/**
 * uv for these workspaces: offline from the wheelhouse; the workspace's own
 * `[tool.uv]` settings count (UV_NO_CONFIG would drop them), user and system
 * uv.toml files do not.
 */
export function backendUv(args: string[], cwd: string, scratch: string): string {
  const noConfig = path.join(scratch, 'no-config');
  mkdirSync(noConfig, { recursive: true });
  const env = uvTestEnv({ UV_PYTHON: 'python3', XDG_CONFIG_HOME: noConfig, XDG_CONFIG_DIRS: noConfig });
  delete env.UV_NO_CONFIG;
  return execFileSync(uvBin(), [...args, '--no-index', '--find-links', wheelhouse, '--cache-dir', path.join(scratch, 'uv-cache')], {
    cwd,
    env,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    timeout: 15 * 60_000,
  });
}

// Run by the venv's interpreter, isolated (-I: no cwd or user site on sys.path).
// In: files (absolute). Out: what the install made importable (the `.pth`
// lines that are directories, the setuptools finders' MAPPING, the editables
// finders' map); which Python files some dotted name imports as that very
// file; and which files the venv can see: those, and any file in a directory
// that some dotted name imports as a package (its resources).
const PROBE = String.raw`
import glob, importlib, importlib.util, json, os, site, sys
files = json.load(sys.stdin)
exposed = []
for sp in site.getsitepackages():
    for pth in glob.glob(os.path.join(sp, "*.pth")):
        for line in open(pth, encoding="utf-8").read().splitlines():
            line = line.strip()
            if line and not line.startswith(("#", "import")) and os.path.isdir(line):
                exposed.append(line)
    for finder in glob.glob(os.path.join(sp, "__editable___*_finder.py")):
        mod = importlib.import_module(os.path.basename(finder)[:-3])
        for target in mod.MAPPING.values():
            exposed.append(target if os.path.isdir(target) else target + ".py")
try:
    from editables.redirector import RedirectingFinder
    for target in RedirectingFinder._redirections.values():
        exposed.append(os.path.dirname(target) if target.endswith("__init__.py") else target)
except ImportError:
    pass
def spec_of(name):
    try:
        return importlib.util.find_spec(name)
    except Exception:
        return None
def names(parts):
    for i in range(len(parts) - 1, 0, -1):
        if not all(p.isidentifier() for p in parts[i:]):
            return
        yield ".".join(parts[i:])
def importable(path):
    parts = path[:-3].split(os.sep)
    if parts[-1] == "__init__":
        parts = parts[:-1]
    for name in names(parts):
        spec = spec_of(name)
        if spec is not None and spec.origin and os.path.realpath(spec.origin) == os.path.realpath(path):
            return True
    return False
def in_package(path):
    parent = os.path.realpath(os.path.dirname(path))
    for name in names(parent.split(os.sep)):
        spec = spec_of(name)
        if spec is not None and any(os.path.realpath(p) == parent for p in (spec.submodule_search_locations or [])):
            return True
    return False
result = {"exposed": exposed, "importable": [], "visible": []}
for f in files:
    imp = f.endswith(".py") and importable(f)
    if imp:
        result["importable"].append(f)
    if imp or in_package(f):
        result["visible"].append(f)
print(json.dumps(result))
`;

export interface VenvProbe {
  /** Absolute paths the install put on sys.path or mapped. */
  exposed: string[];
  /** Python files some dotted name imports as that very file. */
  importable: Set<string>;
  /** Those, and files in a directory some dotted name imports as a package. */
  visible: Set<string>;
}

export function probeVenv(root: string, files: readonly string[], cwd: string): VenvProbe {
  const python = path.join(root, '.venv', 'bin', 'python');
  const out = execFileSync(python, ['-I', '-c', PROBE], { cwd, input: JSON.stringify(files), encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const parsed = JSON.parse(out) as { exposed: string[]; importable: string[]; visible: string[] };
  return { exposed: parsed.exposed, importable: new Set(parsed.importable), visible: new Set(parsed.visible) };
}
