// The realistic workspace for the sync benchmarks: 24 members in libs/,
// services/ and tools/, a few hubs (core, testing, dataframes), an extra
// (`dataframes[plots]`), a `dev` group on every member, and third-party
// dependencies that are real PyPI wheels, from tiny (click) to large
// (pyarrow, scipy). Members use uv's own build backend (`uv_build`), which uv
// runs in-process when the running uv satisfies the requirement, so nothing
// is downloaded to build them.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** The member that the one-member change touches: small closure, no dependents. */
export const CHANGED_MEMBER = 'lint-rules';
export const CHANGED_PATH = 'tools/lint-rules/src/lint_rules/__init__.py';

export const MEMBERS = [
  { name: 'core', path: 'libs/core', deps: ['pydantic', 'structlog'] },
  { name: 'testing', path: 'libs/testing', deps: ['pytest', 'core'], dev: [] },
  { name: 'config', path: 'libs/config', deps: ['pyyaml', 'core'] },
  { name: 'log', path: 'libs/log', deps: ['structlog', 'rich'] },
  { name: 'http', path: 'libs/http', deps: ['httpx', 'core'] },
  { name: 'api-client', path: 'libs/api-client', deps: ['requests', 'core'] },
  { name: 'db', path: 'libs/db', deps: ['sqlalchemy', 'core', 'config'] },
  { name: 'crypto', path: 'libs/crypto', deps: ['cryptography', 'core'] },
  { name: 'rpc', path: 'libs/rpc', deps: ['grpcio', 'protobuf', 'core'] },
  { name: 'xml', path: 'libs/xml', deps: ['lxml'] },
  { name: 'templates', path: 'libs/templates', deps: ['jinja2'] },
  { name: 'cli-kit', path: 'libs/cli-kit', deps: ['click', 'rich'] },
  { name: 'numerics', path: 'libs/numerics', deps: ['numpy', 'scipy'] },
  { name: 'plots', path: 'libs/plots', deps: ['matplotlib', 'pillow', 'numerics'] },
  { name: 'dataframes', path: 'libs/dataframes', deps: ['pandas', 'pyarrow', 'core'], extras: { plots: ['plots'] } },
  { name: 'serialization', path: 'libs/serialization', deps: ['orjson', 'core'] },
  { name: 'progress', path: 'libs/progress', deps: ['tqdm'] },
  { name: 'ingest', path: 'services/ingest', deps: ['dataframes', 'db', 'http', 'rpc', 'progress'] },
  { name: 'reports', path: 'services/reports', deps: ['dataframes[plots]', 'templates', 'db'] },
  { name: 'gateway', path: 'services/gateway', deps: ['http', 'api-client', 'crypto', 'serialization', 'log'] },
  { name: 'scheduler', path: 'services/scheduler', deps: ['db', 'log', 'config'] },
  { name: 'lint-rules', path: 'tools/lint-rules', deps: ['cli-kit'] },
  { name: 'release', path: 'tools/release', deps: ['cli-kit', 'api-client', 'crypto'] },
  { name: 'docs-build', path: 'tools/docs-build', deps: ['templates', 'xml', 'cli-kit'] },
];

const q = JSON.stringify;
const reqName = (req) => /^[A-Za-z0-9._-]+/.exec(req)[0];
const moduleName = (name) => name.replace(/-/g, '_');

/** Writes the workspace into dir (which must exist and be empty). */
export async function writeMonorepo(dir, { uvVersion }) {
  const [major, minor] = uvVersion.split('.').map(Number);
  const uvBuild = `uv_build>=0.8.0,<${major}.${minor + 1}`;
  const names = new Set(MEMBERS.map((m) => m.name));
  // Resolve for the one platform the wheelhouse has, so the lock has no forks
  // that would need wheels the bench does not download.
  await writeFile(
    path.join(dir, 'pyproject.toml'),
    [
      '[tool.uv.workspace]',
      'members = ["libs/*", "services/*", "tools/*"]',
      '',
      '[tool.uv]',
      `environments = ["sys_platform == 'linux' and platform_machine == 'x86_64'"]`,
      '',
    ].join('\n'),
  );
  for (const m of MEMBERS) {
    const memberDir = path.join(dir, m.path);
    await mkdir(path.join(memberDir, 'src', moduleName(m.name)), { recursive: true });
    await writeFile(path.join(memberDir, 'src', moduleName(m.name), '__init__.py'), `"""${m.name}."""\n`);
    const dev = m.dev ?? ['testing'];
    const extras = Object.entries(m.extras ?? {});
    const all = [...m.deps, ...dev, ...extras.flatMap(([, r]) => r)];
    const sources = [...new Set(all.map(reqName))].filter((n) => names.has(n) && n !== m.name).sort();
    const lines = [
      '[project]',
      `name = ${q(m.name)}`,
      'version = "0.1.0"',
      'requires-python = ">=3.11,<3.12"',
      `dependencies = [${m.deps.map(q).join(', ')}]`,
    ];
    if (extras.length) lines.push('', '[project.optional-dependencies]', ...extras.map(([e, r]) => `${e} = [${r.map(q).join(', ')}]`));
    if (dev.length) lines.push('', '[dependency-groups]', `dev = [${dev.map(q).join(', ')}]`);
    if (sources.length) lines.push('', '[tool.uv.sources]', ...sources.map((s) => `${s} = { workspace = true }`));
    lines.push('', '[build-system]', `requires = [${q(uvBuild)}]`, 'build-backend = "uv_build"', '');
    await writeFile(path.join(memberDir, 'pyproject.toml'), lines.join('\n'));
  }
}
