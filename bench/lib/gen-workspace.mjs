// Generated uv workspaces for the detection bench: N members in a layered
// dependency shape like large monorepos have (a few hubs everyone uses, then
// layers that depend downwards), with extras asking extras of hubs, a `dev`
// group on every member pointing at a shared `testing` member, and files on
// disk so git can diff them. Deterministic (seeded PRNG).
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { rng } from '../../scripts/lib/rng.mjs';

const AREAS = ['platform', 'data', 'services', 'providers', 'tools'];

/** The members (name, path, deps, extras) of an n-member workspace. */
export function planWorkspace(n, seed = 1) {
  const r = rng(seed);
  const pick = (list) => list[Math.floor(r() * list.length)];
  const hubs = Math.max(3, Math.round(n * 0.01));
  const layers = 5;
  const members = [];
  for (let i = 0; i < n; i++) {
    const layer = i === 0 ? 0 : i < hubs ? 0 : 1 + Math.floor(((i - hubs) / (n - hubs)) * (layers - 1));
    const name = i === 0 ? 'testing' : i < hubs ? `hub-${i}` : `${AREAS[layer % AREAS.length]}-${String(i).padStart(5, '0')}`;
    const area = i < hubs ? 'libs' : AREAS[layer % AREAS.length];
    members.push({ name, path: `${area}/${name}`, layer, deps: [], extras: {}, dev: i === 0 ? [] : ['testing'] });
  }
  for (const m of members) {
    if (m.layer === 0) continue;
    const lower = members.filter((o) => o.layer < m.layer && o.name !== 'testing');
    const count = 1 + Math.floor(r() * 3);
    for (let k = 0; k < count; k++) {
      const hubOnly = r() < 0.4;
      const target = hubOnly ? pick(members.slice(1, hubs)) : pick(lower);
      if (target && target.name !== m.name && !m.deps.some((d) => d.startsWith(target.name))) {
        m.deps.push(hubOnly && r() < 0.3 ? `${target.name}[fast]` : target.name);
      }
    }
    if (r() < 0.3) {
      const target = pick(lower);
      if (target && target.name !== m.name) m.extras.all = [target.name];
    }
  }
  for (const hub of members.slice(1, hubs)) hub.extras.fast = [];
  return members;
}

const q = JSON.stringify;
const mod = (name) => name.replace(/-/g, '_');
const reqName = (req) => /^[A-Za-z0-9._-]+/.exec(req)[0];

/** Writes the workspace (pyproject files, sources, a tests dir) into dir. */
export async function writeWorkspace(dir, members) {
  await writeFile(path.join(dir, 'pyproject.toml'), `[tool.uv.workspace]\nmembers = [${[...new Set(members.map((m) => `${m.path.split('/')[0]}/*`))].map(q).join(', ')}]\n`);
  for (const m of members) {
    const md = path.join(dir, m.path);
    await mkdir(path.join(md, 'src', mod(m.name)), { recursive: true });
    await mkdir(path.join(md, 'tests'), { recursive: true });
    await writeFile(path.join(md, 'src', mod(m.name), '__init__.py'), `"""${m.name}."""\n`);
    await writeFile(path.join(md, 'tests', 'test_basic.py'), 'def test_ok():\n    assert True\n');
    await writeFile(path.join(md, 'README.md'), `# ${m.name}\n`);
    const extras = Object.entries(m.extras);
    const sources = [...new Set([...m.deps, ...m.dev, ...extras.flatMap(([, r]) => r)].map(reqName))].filter((s) => s !== m.name).sort();
    const lines = ['[project]', `name = ${q(m.name)}`, 'version = "0.1.0"', 'requires-python = ">=3.11"', `dependencies = [${m.deps.map(q).join(', ')}]`];
    if (extras.length) lines.push('', '[project.optional-dependencies]', ...extras.map(([e, r]) => `${e} = [${r.map(q).join(', ')}]`));
    if (m.dev.length) lines.push('', '[dependency-groups]', `dev = [${m.dev.map(q).join(', ')}]`);
    if (sources.length) lines.push('', '[tool.uv.sources]', ...sources.map((s) => `${s} = { workspace = true }`));
    lines.push('', '[build-system]', 'requires = ["uv_build>=0.8.0,<0.14"]', 'build-backend = "uv_build"', '');
    await writeFile(path.join(md, 'pyproject.toml'), lines.join('\n'));
  }
}

/**
 * `count` changed paths as a diff of that size looks: mostly sources and
 * tests inside members (spread over the members with a bias to a few hot
 * ones), some docs and CI files outside every member, some member
 * pyproject.toml files. Never the root pyproject.toml (that would make
 * every member affected and skip the work being measured).
 */
export function changedPaths(members, count, seed = 7) {
  const r = rng(seed);
  // Hubs are changed rarely (they would pull in everything); leaves often.
  const leaves = members.filter((m) => m.layer > 0);
  const hot = leaves.filter((_, k) => k % 20 === 0);
  const out = new Set();
  let i = 0;
  while (out.size < count) {
    i++;
    const x = r();
    const y = r();
    const m = y < 0.3 ? hot[Math.floor(r() * hot.length)] : y < 0.98 ? leaves[Math.floor(r() * leaves.length)] : members[Math.floor(r() * members.length)];
    if (x < 0.1) out.add(`docs/section-${i % 50}/page-${i}.md`);
    else if (x < 0.13) out.add(`.github/workflows/wf-${i % 40}.yml`);
    else if (x < 0.16) out.add(`${m.path}/pyproject.toml`);
    else if (x < 0.6) out.add(`${m.path}/src/${mod(m.name)}/module_${i}.py`);
    else out.add(`${m.path}/tests/test_${i}.py`);
  }
  return [...out];
}
