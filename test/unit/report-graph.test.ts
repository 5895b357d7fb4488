// The Mermaid picture of why, from the engine's own reasons on a workspace
// (not reasons written by hand): edges labelled by kind, folding, limits.
import { describe, expect, it } from 'vitest';
import { computeAffected } from '../../src/affected/engine.js';
import { mermaidGraph, MAX_GRAPH_NODES } from '../../src/report/graph.js';
import { workspace } from '../helpers/gen-workspace.js';

function graphOf(ws: ReturnType<typeof workspace>, paths: string[]): string | undefined {
  const affected = computeAffected(ws, { paths });
  return mermaidGraph({ members: affected.members, pulledIn: affected.pulledIn });
}

describe('mermaidGraph', () => {
  it('draws the changed member and its dependents, edges labelled runtime, extra or group', () => {
    const ws = workspace({
      members: [
        { name: 'core', path: 'libs/core' },
        { name: 'api', path: 'svc/api' },
        { name: 'docs', path: 'docs', groups: ['dev'] },
      ],
      edges: ['api -> core', 'docs -group:dev-> api'],
    });
    const graph = graphOf(ws, ['libs/core/core/x.py'])!;
    expect(graph.split('\n')).toEqual([
      '```mermaid',
      'graph LR',
      '  m0["core"]:::changed',
      '  m1["api"]',
      '  m2["docs"]',
      '  m1 -->|group dev| m2',
      '  m0 -->|runtime| m1',
      '  classDef changed fill:#fff8c5,stroke:#9a6700,stroke-width:2px',
      '```',
    ]);
  });

  it('is absent when no member depends on the change', () => {
    const ws = workspace({ members: [{ name: 'solo', path: 'solo' }] });
    expect(graphOf(ws, ['solo/x.py'])).toBeUndefined();
  });

  it('folds the leaves of one member into one node per directory, and gives up past a readable size', () => {
    const plugins = Array.from({ length: 30 }, (_, i) => ({ name: `plugin-${i}`, path: `plugins/p${i}` }));
    const apps = Array.from({ length: 2 }, (_, i) => ({ name: `app-${i}`, path: `apps/a${i}` }));
    const ws = workspace({ members: [{ name: 'core', path: 'core' }, ...plugins, ...apps], edges: [...plugins, ...apps].map((m) => `${m.name} -> core`) });
    const graph = graphOf(ws, ['core/x.py'])!;
    expect(graph).toContain('f0["30 members in plugins/"]');
    expect(graph).toContain('m0 -->|runtime| f0');
    // Two apps are fewer than the fold threshold: they stay named.
    expect(graph).toContain('["app-0"]');

    const many = Array.from({ length: MAX_GRAPH_NODES + 5 }, (_, i) => ({ name: `lib-${i}`, path: `libs/l${i}` }));
    const wide = workspace({ members: [...many, { name: 'top', path: 'top' }], edges: many.map((m) => `top -> ${m.name}`) });
    expect(graphOf(wide, many.map((m) => `${m.path}/x.py`))).toBeUndefined();
  });

  it('keeps hostile names from breaking out of a label or the code block', () => {
    const hostile = 'x"]```<script>';
    const ws = workspace({
      members: [
        { name: 'core', path: 'core' },
        { name: hostile, path: 'x' },
      ],
      edges: [{ from: hostile, to: 'core', kind: 'runtime', extras: [], origin: 'pyproject' }],
    });
    const graph = graphOf(ws, ['core/a.py'])!;
    expect(graph.match(/```/g)).toHaveLength(2);
    expect(graph).toContain('  m1["x______script_"]');
  });
});
