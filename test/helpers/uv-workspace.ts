// Real uv workspaces on disk for tests.
//
// Layout decision: every member is a package built with `uv_build`, the
// layout `uv init --package` writes (src/<module>/__init__.py). uv builds
// such members with its own bundled build backend when the running uv
// satisfies the `uv_build` requirement, so nothing is downloaded: this works
// offline with both the pinned uv and the oldest supported one (0.8.0). The
// member lands in the venv as an editable install (`<name>-<ver>.dist-info`
// plus `<module>.pth`), so tests can see exactly which members were synced.
// Third-party dependencies come from a loopback index (wheels.ts).
import { readdirSync, existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { UV_VERSION, uvTestEnv } from './tools.js';
import { indexName, wheelDistName } from './wheels.js';

export interface MemberSpec {
  name: string;
  /** Relative to the workspace root, `/`-separated; `.` makes the root a project. */
  path: string;
  version?: string;
  /** PEP 508 requirements; names that are members get `{ workspace = true }` sources. */
  dependencies?: string[];
  /** `[dependency-groups]`. */
  groups?: Record<string, string[]>;
  /** `[project.optional-dependencies]`. */
  extras?: Record<string, string[]>;
  /** Extra TOML appended to this member's pyproject.toml verbatim. */
  extraToml?: string;
}

export interface WorkspaceSpec {
  members: MemberSpec[];
  /** `virtual` (default unless a member has path `.`): the root has no `[project]`. */
  root?: 'virtual' | 'project';
  requiresPython?: string;
  /** `[tool.uv.workspace] members`; defaults to the explicit list of member paths. */
  memberGlobs?: string[];
  exclude?: string[];
  /** Extra TOML appended to the root pyproject.toml verbatim. */
  rootExtraToml?: string;
}

/** `uv_build` range that the pinned and the oldest uv both satisfy, so uv uses its bundled backend. */
export function uvBuildRequirement(): string {
  const [major = 0, minor = 0] = UV_VERSION.split('.').map(Number);
  return `uv_build>=0.8.0,<${major}.${minor + 1}`;
}

function requirementName(req: string): string {
  const m = /^\s*([A-Za-z0-9][A-Za-z0-9._-]*)/.exec(req);
  if (!m) throw new Error(`not a PEP 508 requirement: ${req}`);
  return indexName(m[1]!);
}

const q = (s: string) => JSON.stringify(s);
const list = (items: string[]) => `[${items.map(q).join(', ')}]`;

function projectToml(member: MemberSpec, memberNames: Set<string>, requiresPython: string): string {
  const lines = [
    '[project]',
    `name = ${q(member.name)}`,
    `version = ${q(member.version ?? '0.1.0')}`,
    `requires-python = ${q(requiresPython)}`,
    `dependencies = ${list(member.dependencies ?? [])}`,
  ];
  const extras = Object.entries(member.extras ?? {});
  if (extras.length > 0) {
    lines.push('', '[project.optional-dependencies]');
    for (const [extra, reqs] of extras) lines.push(`${q(extra)} = ${list(reqs)}`);
  }
  const groups = Object.entries(member.groups ?? {});
  if (groups.length > 0) {
    lines.push('', '[dependency-groups]');
    for (const [group, reqs] of groups) lines.push(`${q(group)} = ${list(reqs)}`);
  }
  const own = indexName(member.name);
  const named = [
    ...(member.dependencies ?? []),
    ...extras.flatMap(([, r]) => r),
    ...groups.flatMap(([, r]) => r),
  ].map(requirementName);
  const sources = [...new Set(named)].filter((n) => n !== own && memberNames.has(n)).sort();
  if (sources.length > 0) {
    lines.push('', '[tool.uv.sources]');
    for (const s of sources) lines.push(`${q(s)} = { workspace = true }`);
  }
  lines.push('', '[build-system]', `requires = [${q(uvBuildRequirement())}]`, 'build-backend = "uv_build"');
  return lines.join('\n') + '\n';
}

/** Writes pyproject.toml files and `src/<module>/__init__.py` for every member under dir. */
export async function makeWorkspace(dir: string, spec: WorkspaceSpec): Promise<void> {
  const requiresPython = spec.requiresPython ?? '>=3.8';
  const rootMember = spec.members.find((m) => path.posix.normalize(m.path) === '.');
  if (spec.root === 'project' && !rootMember) throw new Error("makeWorkspace: root 'project' needs a member with path '.'");
  if (spec.root === 'virtual' && rootMember) throw new Error("makeWorkspace: a virtual root cannot have a member with path '.'");
  const memberNames = new Set(spec.members.map((m) => indexName(m.name)));
  const others = spec.members.filter((m) => m !== rootMember);

  for (const member of spec.members) {
    const memberDir = path.join(dir, member.path);
    const moduleDir = path.join(memberDir, 'src', wheelDistName(member.name));
    await mkdir(moduleDir, { recursive: true });
    await writeFile(path.join(moduleDir, '__init__.py'), `# ${member.name}\n`);
  }

  const workspace = [
    '[tool.uv.workspace]',
    `members = ${list(spec.memberGlobs ?? others.map((m) => m.path))}`,
    ...(spec.exclude ? [`exclude = ${list(spec.exclude)}`] : []),
  ].join('\n');
  const rootToml = [
    ...(rootMember ? [projectToml(rootMember, memberNames, requiresPython), rootMember.extraToml ?? ''] : []),
    workspace,
    spec.rootExtraToml ?? '',
  ]
    .filter(Boolean)
    .join('\n');
  await writeFile(path.join(dir, 'pyproject.toml'), rootToml + '\n');

  for (const member of others) {
    const toml = projectToml(member, memberNames, requiresPython) + (member.extraToml ? `\n${member.extraToml}\n` : '');
    await writeFile(path.join(dir, member.path, 'pyproject.toml'), toml);
  }
}

/**
 * Environment for uv against a loopback index: not offline (uv counts
 * 127.0.0.1 as network) but with the given index as the only one, no
 * managed Python downloads and no user config.
 */
export function indexEnv(indexUrl: string, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env = uvTestEnv({ UV_DEFAULT_INDEX: indexUrl, UV_PYTHON: 'python3', ...extra });
  delete env.UV_OFFLINE;
  delete env.UV_INDEX_URL;
  delete env.UV_EXTRA_INDEX_URL;
  delete env.UV_INDEX;
  delete env.UV_FIND_LINKS;
  return env;
}

/**
 * PEP 503 names of the distributions installed in a venv (from its
 * `*.dist-info` directories), sorted. Editable members appear too.
 */
export function installedPackages(venvDir: string): string[] {
  const lib = path.join(venvDir, 'lib');
  if (!existsSync(lib)) return [];
  const names: string[] = [];
  for (const py of readdirSync(lib)) {
    const site = path.join(lib, py, 'site-packages');
    if (!existsSync(site)) continue;
    for (const entry of readdirSync(site)) {
      const m = /^(.+?)-[^-]+\.dist-info$/.exec(entry);
      if (m) names.push(indexName(m[1]!));
    }
  }
  return [...new Set(names)].sort();
}
