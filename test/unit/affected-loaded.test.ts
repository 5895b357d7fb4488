// The engine on workspaces loaded from real pyproject files: patterns where
// discovery and the install closure must agree.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { affectedFromChanges } from '../../src/affected/from-changes.js';
import type { ChangeSet } from '../../src/changes/types.js';
import { computeAffected } from '../../src/affected/engine.js';
import { loadWorkspace } from '../../src/workspace/index.js';
import { project, tempTrees, type Tree } from '../fixtures/workspaces/tree.js';
import { readSyncArgs } from '../../src/workspace/selection.js';

const makeTree = tempTrees();

function load(tree: Tree) {
  return loadWorkspace('.', makeTree(tree));
}

const names = (ws: ReturnType<typeof load>, paths: string[], syncArgs: string[] = []) =>
  computeAffected(ws, { paths, syncArgs: readSyncArgs(syncArgs) }).members.map((m) => m.name);

describe('affected on loaded workspaces', () => {
  it('follows an `all` extra that switches on the package’s own extras', () => {
    const ws = load({
      'pyproject.toml': '[tool.uv.workspace]\nmembers = ["libs/*"]\n[tool.uv.sources]\ncore = { workspace = true }\nfast = { workspace = true }\n',
      'libs/fast/pyproject.toml': project('fast'),
      'libs/core/pyproject.toml': project('core', '[project.optional-dependencies]\nspeed = ["fast"]\nall = ["core[speed]"]\n'),
      'libs/app/pyproject.toml': project('app', 'dependencies = ["core[all]"]\n'),
      'libs/lean/pyproject.toml': project('lean', 'dependencies = ["core"]\n'),
    });
    // app installs core[all] → core[speed] → fast; lean installs core alone.
    expect(names(ws, ['libs/fast/x.py'])).toEqual(['app', 'fast']);
  });

  it('takes a virtual root’s group only when sync-args ask for it', () => {
    const ws = load({
      'pyproject.toml': '[tool.uv.workspace]\nmembers = ["libs/*"]\n[dependency-groups]\nlint = ["tools"]\n[tool.uv.sources]\ntools = { workspace = true }\n',
      'libs/tools/pyproject.toml': project('tools'),
      'libs/app/pyproject.toml': project('app'),
    });
    expect(ws.rootGroupEdges?.map((e) => `${e.to} ${e.kind}`)).toEqual(['tools group:lint']);
    expect(names(ws, ['libs/tools/x.py'])).toEqual(['tools']);
    expect(names(ws, ['libs/tools/x.py'], ['--group', 'lint'])).toEqual(['app', 'tools']);
  });

  it('a change under the target of a symlinked member reaches it, among enough members that their directory is listed once', async () => {
    const tree: Tree = { 'pyproject.toml': '[tool.uv.workspace]\nmembers = ["packages/*"]\n', 'vendor/linked/pyproject.toml': project('linked') };
    for (let i = 0; i < 10; i++) tree[`packages/p${i}/pyproject.toml`] = project(`p${i}`);
    const root = makeTree(tree);
    fs.symlinkSync('../vendor/linked', path.join(root, 'packages', 'linked'));
    const ws = loadWorkspace('.', root);
    expect(ws.members.map((m) => m.name)).toContain('linked');
    const change: ChangeSet = { source: 'changed-files', description: 'test', paths: ['vendor/linked/src/linked/x.py', 'packages/p3/x.py'], all: false, warnings: [] };
    const got = await affectedFromChanges(ws, change, { repoRoot: root, ignore: [], global: [], syncArgs: readSyncArgs([]), dependents: 'any' });
    expect(got.members.map((m) => m.name)).toEqual(['linked', 'p3']);
  });
});

