// `members --json` on every real workspace of the shared corpus must give
// exactly what uv resolves (WORKSPACES.json): member names and paths, and
// each member's direct dependencies on other members.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run.js';
import { discoverWorkspace } from '../../src/workspace/discover.js';
import { pyprojectEdges } from '../../src/workspace/graph.js';
import { corpusDir } from '../helpers/tools.js';

interface CorpusWorkspace {
  root: string;
  members: { name: string; path: string }[];
  pyproject_edges: { from: string; to: string; kind: string; extras: string }[];
  uv_lock: { path: string; analysis: { edges: [string, string, string][] } } | null;
}

const corpus = corpusDir();
const cases: { repo: string; ws: CorpusWorkspace }[] = [];
if (corpus) {
  for (const repo of readdirSync(corpus).sort()) {
    const file = path.join(corpus, repo, 'WORKSPACES.json');
    if (!existsSync(file)) continue;
    const data = JSON.parse(readFileSync(file, 'utf8')) as { workspaces: CorpusWorkspace[] };
    for (const ws of data.workspaces) cases.push({ repo, ws });
  }
}

/** The lock the corpus used, when it is not `<root>/uv.lock` (pyx keeps it beside the root under another name). */
function lockArgs(repoDir: string, ws: CorpusWorkspace): string[] {
  if (!ws.uv_lock) return [];
  const standard = path.posix.join(ws.root, 'uv.lock');
  if (existsSync(path.join(repoDir, standard))) return [];
  const candidates = readdirSync(path.join(repoDir, ws.root)).filter((f) => f.startsWith('uv.lock'));
  expect(candidates, `lock for ${ws.root}`).toHaveLength(1);
  return ['--lock', path.posix.join(ws.root, candidates[0]!)];
}

function expectedDependencies(ws: CorpusWorkspace): Map<string, string[]> {
  const deps = new Map<string, Set<string>>(ws.members.map((m) => [m.name, new Set()]));
  // Every pyproject edge kind counts, including `runtime(dynamic:<hook>)`: the
  // dependency is injected by a build hook, uv sees it when it builds the
  // project and records it in uv.lock, and `uv sync` installs it.
  for (const e of ws.pyproject_edges) if (e.from !== e.to) deps.get(e.from)?.add(e.to);
  for (const [from, to] of ws.uv_lock?.analysis.edges ?? []) if (from !== to) deps.get(from)?.add(to);
  return new Map([...deps].map(([name, set]) => [name, [...set].sort()]));
}

async function members(cwd: string, argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runCli(argv, { cwd, stdout: { write: (s: string) => (out += s) }, stderr: { write: (s: string) => (err += s) } });
  return { code, out, err };
}

describe.skipIf(!corpus)('members --json on the corpus', () => {
  it('finds workspaces in the corpus', () => {
    expect(cases.length).toBeGreaterThanOrEqual(9);
  });

  for (const { repo, ws } of cases) {
    it(`${repo}: ${ws.root}`, async () => {
      const repoDir = path.join(corpus!, repo);
      const result = await members(repoDir, ['members', '--workspace', ws.root, '--json', ...lockArgs(repoDir, ws)]);
      expect(result.err.split('\n').filter((l) => l.startsWith('error'))).toEqual([]);
      expect(result.code).toBe(0);
      const got = JSON.parse(result.out) as { name: string; path: string; dependencies: string[] }[];
      const want = [...ws.members].sort((a, b) => (a.name < b.name ? -1 : 1));
      expect(got.map((m) => [m.name, m.path])).toEqual(want.map((m) => [m.name, m.path]));
      const deps = expectedDependencies(ws);
      expect(Object.fromEntries(got.map((m) => [m.name, m.dependencies]))).toEqual(Object.fromEntries(want.map((m) => [m.name, deps.get(m.name)])));
    });
  }
});

describe.skipIf(!corpus)('pyproject edges alone on the corpus', () => {
  for (const { repo, ws } of cases) {
    it(`${repo}: ${ws.root} matches pyproject_edges`, () => {
      const repoDir = path.join(corpus!, repo);
      const found = discoverWorkspace(path.join(repoDir, ws.root), repoDir);
      const graphMembers = found.members.map((m) => ({ name: m.pyproject.name!, dir: m.dir, pyproject: m.pyproject }));
      const got = pyprojectEdges(graphMembers, { dir: found.root, pyproject: found.rootPyproject })
        .list()
        // Self-edges (`pkg[a]` inside pkg) only switch on pkg's own extras; WORKSPACES.json lists member-to-other-member edges.
        .filter((e) => e.from !== e.to)
        .map((e) => `${e.from} -> ${e.to} ${e.kind} [${e.extras.join(',')}]`);
      // `runtime(dynamic:<hook>)` edges come from the static lists of a hatch
      // metadata hook (`[tool.hatch.metadata.hooks.<hook>] dependencies`), which
      // pyproject.ts reads as the project's own lists: plain `runtime` edges here.
      const want = ws.pyproject_edges.map((e) => {
        const extras = e.extras.replace(/[[\]\s]/g, '').split(',').filter(Boolean).sort();
        return `${e.from} -> ${e.to} ${e.kind.replace(/\(dynamic:[^)]*\)$/, '')} [${[...new Set(extras)].join(',')}]`;
      });
      expect(got.sort()).toEqual([...new Set(want)].sort());
    });
  }
});
