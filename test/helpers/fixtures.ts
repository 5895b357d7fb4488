// Starting points that more than one test file builds on: the four-member
// action fixture with a change and a broken commit (the e2e failure runs and
// the summary screenshots), a corpus workspace's configuration as files to
// commit, and a member's pyproject.toml.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { expect } from 'vitest';
import { createActionFixture, type ActionFixture } from './action-e2e.js';

export interface BrokenToolsFixture {
  fx: ActionFixture;
  /** The first commit. */
  base: string;
  /** base + a change in packages/api (api and web are affected). */
  apiChange: string;
  /** apiChange + tools asking `lonely>=9`, which the index (lonely 3.0.0 only) cannot satisfy. */
  broken: string;
}

/** packages/{core,api,web,tools}: api → core → tiny-dep, web → api + webdep, tools → lonely; three commits on top of it. */
export async function createBrokenToolsFixture(): Promise<BrokenToolsFixture> {
  const fx = await createActionFixture({
    workspace: {
      members: [
        { name: 'core', path: 'packages/core', dependencies: ['tiny-dep'] },
        { name: 'api', path: 'packages/api', dependencies: ['core'] },
        { name: 'web', path: 'packages/web', dependencies: ['api', 'webdep'] },
        { name: 'tools', path: 'packages/tools', dependencies: ['lonely'] },
      ],
    },
    wheels: [
      { name: 'tiny-dep', version: '1.0.0' },
      { name: 'webdep', version: '0.3.0' },
      { name: 'lonely', version: '3.0.0' },
    ],
  });
  const base = await fx.repo.rev();
  const apiChange = await fx.commit('api: change', { 'packages/api/src/api/handlers.py': 'def handle():\n    return 1\n' });
  // The index only has lonely 3.0.0: no resolution can satisfy this.
  const toolsToml = await readFile(path.join(fx.repo.dir, 'packages/tools/pyproject.toml'), 'utf8');
  expect(toolsToml).toContain('["lonely"]');
  const broken = await fx.commit('tools: need lonely>=9', { 'packages/tools/pyproject.toml': toolsToml.replace('["lonely"]', '["lonely>=9"]') });
  return { fx, base, apiChange, broken };
}

/** The files named `names` anywhere under a corpus workspace `dir`, keyed by relative path, as files to commit. */
export function corpusFiles(dir: string, names: readonly string[]): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (rel: string) => {
    for (const name of readdirSync(path.join(dir, rel))) {
      const relPath = rel ? `${rel}/${name}` : name;
      if (statSync(path.join(dir, relPath)).isDirectory()) walk(relPath);
      else if (names.includes(name)) files[relPath] = readFileSync(path.join(dir, relPath), 'utf8');
    }
  };
  walk('');
  return files;
}

/** A member's pyproject.toml: `deps` as dependencies, `sources` as workspace sources. */
export function memberPyproject(name: string, deps: string[] = [], sources: string[] = []): string {
  return [
    '[project]',
    `name = "${name}"`,
    'version = "0.1.0"',
    `dependencies = [${deps.map((d) => `"${d}"`).join(', ')}]`,
    '',
    '[tool.uv.sources]',
    ...sources.map((s) => `${s} = { workspace = true }`),
    '',
  ].join('\n');
}
