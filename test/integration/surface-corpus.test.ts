// Shipped surfaces on the real workspaces of the corpus, materialised from
// FILES.txt (empty files plus the real pyproject files and lock, see
// scripts/lib/corpus-tree.mjs): for every member that other members install,
// a change under its top-level tests/ or docs/ affects that member alone, and
// a change in what it ships affects exactly the members it affected before.
import { readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { corpusWorkspaces, materialise } from '../../scripts/lib/corpus-tree.mjs';
import { computeAffected } from '../../src/affected/engine.js';
import { loadWorkspace } from '../../src/workspace/index.js';
import { filesByMember, listFiles, loadSurfaces } from '../../src/workspace/member-files.js';
import { onSurface } from '../../src/workspace/surface.js';
import { corpusDir } from '../helpers/tools.js';

const corpus = corpusDir();
const temps: string[] = [];
afterAll(() => {
  for (const t of temps) rmSync(t, { recursive: true, force: true });
});

const TESTS = /^tests?\//;
const DOCS = /^(docs?|examples?)\/|\.(md|rst)$/i;

interface Tally {
  members: number;
  withDependents: number;
  tests: number;
  docs: number;
  shipped: number;
  whole: string[];
}

describe.skipIf(!corpus)('shipped surfaces on the corpus', () => {
  const totals: Tally = { members: 0, withDependents: 0, tests: 0, docs: 0, shipped: 0, whole: [] };
  const workspaces = corpus ? corpusWorkspaces(corpus) : [];

  it.each(workspaces.map((w) => [`${w.repo} ${w.root}`, w] as const))('%s', (_title, w) => {
    const dir = materialise(corpus!, w.repo, w.root, os.tmpdir());
    temps.push(dir);
    const ws = loadWorkspace(w.root, dir);
    const surfaces = loadSurfaces(ws);
    const prefix = w.root === '.' ? '' : `${w.root}/`;
    const allFiles = readFileSync(path.join(corpus!, w.repo, 'FILES.txt'), 'utf8')
      .split('\n')
      .filter((f) => f !== '' && f.startsWith(prefix))
      .map((f) => f.slice(prefix.length));
    const perMember = filesByMember(ws, allFiles);
    const names = (paths: string[], withSurfaces: boolean) =>
      computeAffected(ws, { paths, ...(withSurfaces ? { surfaces } : {}) }).members.map((m) => m.name);
    const inRepo = (member: string, rel: string) => {
      const m = ws.members.find((x) => x.name === member)!;
      return m.path === '.' ? rel : `${m.path}/${rel}`;
    };
    for (const m of ws.members) {
      totals.members++;
      const surface = surfaces.get(m.name)!;
      const files = (perMember.get(m.name) ?? []).sort();
      const shippedFile = files.find((f) => f.endsWith('.py') && onSurface(surface, f));
      const before = names([inRepo(m.name, shippedFile ?? 'pyproject.toml')], false);
      if (before.length < 2) continue; // nobody installs this member
      totals.withDependents++;
      if (surface.kind === 'whole') {
        totals.whole.push(`${w.repo}:${m.name} (${surface.why})`);
        continue;
      }
      const testsFile = files.find((f) => TESTS.test(f));
      if (testsFile) {
        expect(names([inRepo(m.name, testsFile)], true), `${m.name}: ${testsFile}`).toEqual([m.name]);
        totals.tests++;
      }
      const docsFile = files.find((f) => DOCS.test(f) && !onSurface(surface, f));
      if (docsFile) {
        expect(names([inRepo(m.name, docsFile)], true), `${m.name}: ${docsFile}`).toEqual([m.name]);
        totals.docs++;
      }
      if (shippedFile) {
        expect(names([inRepo(m.name, shippedFile)], true), `${m.name}: ${shippedFile}`).toEqual(before);
        totals.shipped++;
      }
    }
  });

  // Outside git, loadSurfaces reads only the directories of the members that
  // own a changed path, each only as far as its backend asks: the surfaces it
  // gives them must be the ones the file list of a walk of the whole tree gives.
  it.each(workspaces.map((w) => [`${w.repo} ${w.root}`, w] as const))('%s: reading the changed members only gives them the same surfaces', (_title, w) => {
    const dir = materialise(corpus!, w.repo, w.root, os.tmpdir());
    temps.push(dir);
    const ws = loadWorkspace(w.root, dir);
    const chosen = ws.members.filter((m, i) => i % 2 === 1 && !m.isRoot);
    if (chosen.length === 0) return; // a workspace of one: no change list names a subset
    const changed = chosen.map((m) => (m.path === '.' ? 'pyproject.toml' : `${m.path}/pyproject.toml`));
    const scoped = loadSurfaces(ws, changed);
    const full = loadSurfaces(ws, changed, listFiles(ws.root));
    expect([...scoped.keys()].sort()).toEqual(chosen.map((m) => m.name).sort());
    const allFiles = readFileSync(path.join(corpus!, w.repo, 'FILES.txt'), 'utf8').split('\n').filter((f) => f !== '');
    const prefix = w.root === '.' ? '' : `${w.root}/`;
    const perMember = filesByMember(ws, allFiles.filter((f) => f.startsWith(prefix)).map((f) => f.slice(prefix.length)));
    for (const m of chosen) {
      const [a, b] = [full.get(m.name)!, scoped.get(m.name)!];
      expect(b.kind, m.name).toBe(a.kind);
      for (const f of [...(perMember.get(m.name) ?? []), 'src/new_module.py', 'tests/test_new.py']) expect(onSurface(b, f), `${m.name}: ${f}`).toBe(onSurface(a, f));
    }
  });

  it("a project root's leftovers (docs/, .github/, top-level tests/) affect the root alone: MCP python-sdk", () => {
    const dir = materialise(corpus!, 'modelcontextprotocol__python-sdk', '.', os.tmpdir());
    temps.push(dir);
    const ws = loadWorkspace('.', dir);
    const files = readFileSync(path.join(corpus!, 'modelcontextprotocol__python-sdk', 'FILES.txt'), 'utf8').split('\n');
    const pick = (re: RegExp) => files.find((f) => re.test(f))!;
    const leftovers = [pick(/^docs\//), pick(/^\.github\//), pick(/^tests\/.*\.py$/)];
    const shippedFile = pick(/^src\/mcp\/.*\.py$/);
    for (const p of leftovers) {
      const change = [p];
      expect(computeAffected(ws, { paths: change, surfaces: loadSurfaces(ws, change) }).members.map((m) => m.name), p).toEqual(['mcp']);
    }
    // Before surfaces, a docs edit marked mcp and every example server that installs it.
    const before = computeAffected(ws, { paths: [leftovers[0]!] }).members.map((m) => m.name);
    expect(before.length).toBeGreaterThan(10);
    const shipped = computeAffected(ws, { paths: [shippedFile], surfaces: loadSurfaces(ws, [shippedFile]) }).members.map((m) => m.name);
    expect(shipped).toEqual(before);
  });

  it('covered enough members to mean something', () => {
    console.log(`surface corpus: ${JSON.stringify({ ...totals, whole: totals.whole.length })}${totals.whole.length ? `\nwhole-directory surfaces: ${totals.whole.join('; ')}` : ''}`);
    expect(totals.withDependents).toBeGreaterThanOrEqual(20);
    expect(totals.tests).toBeGreaterThanOrEqual(5);
    expect(totals.docs).toBeGreaterThanOrEqual(5);
    expect(totals.shipped).toBeGreaterThanOrEqual(20);
  });
});
