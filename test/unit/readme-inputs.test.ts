// action.yml and the README's Inputs table describe the same inputs with the
// same meaning-bearing words: the default, and what a path is relative to.
// The error a user gets for an outside `working-directory` says it the same way.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { UserError } from '../../src/errors.js';
import { parseConfig } from '../../src/inputs.js';
import { projectRoot } from '../helpers/tools.js';

const action = parse(readFileSync(path.join(projectRoot, 'action.yml'), 'utf8')) as { inputs: Record<string, { description: string; default?: string }> };
const readme = readFileSync(path.join(projectRoot, 'README.md'), 'utf8');

/** The README's `## Inputs` table: input name → its default cell and meaning cell (`base` / `head` share a row). */
function readmeInputs(): Map<string, { default: string; meaning: string }> {
  const section = readme.slice(readme.indexOf('\n## Inputs\n'), readme.indexOf('\n## Outputs\n'));
  const rows = new Map<string, { default: string; meaning: string }>();
  for (const line of section.split('\n').filter((l) => l.startsWith('| `'))) {
    const [names, defaultCell, ...meaning] = line.slice(1, -1).split('|');
    const row = { default: defaultCell!.trim(), meaning: meaning.join('|').trim() };
    for (const name of [...names!.matchAll(/`([\w-]+)`/g)].map((m) => m[1]!)) rows.set(name, row);
  }
  return rows;
}

/** What a path is "relative to", in one form (backticks dropped): the words users act on. */
const ANCHORS = ['GITHUB_WORKSPACE', 'the repository root', 'the workspace root', 'the current directory'];
function relativeTo(text: string): string[] {
  const found = new Set<string>();
  for (const match of text.replace(/`/g, '').matchAll(/relative to (.{0,40})/g)) {
    const anchor = ANCHORS.find((a) => match[1]!.startsWith(a));
    if (!anchor) throw new Error(`"relative to ${match[1]}…" names no known anchor (${ANCHORS.join(', ')}): add it to ANCHORS if it is a new one`);
    found.add(anchor);
  }
  return [...found].sort();
}

describe("action.yml and the README's Inputs table", () => {
  const table = readmeInputs();
  const inputs = Object.entries(action.inputs);

  it('list the same inputs', () => {
    expect([...table.keys()].sort()).toEqual(inputs.map(([name]) => name).sort());
  });

  it.each(inputs)('%s: the same default', (name, input) => {
    const cell = table.get(name)!.default;
    const value = input.default ?? '';
    if (/^`.*`$/.test(cell)) expect(cell.slice(1, -1), `README default of ${name}`).toBe(value);
    else if (cell === '') expect(value, `README gives ${name} no default`).toBe('');
    // A default in words ("from the event") means no value in action.yml, and action.yml says the same words.
    else {
      expect(value, `README's default of ${name} is "${cell}"`).toBe('');
      expect(input.description).toContain(cell);
    }
  });

  it.each(inputs)('%s: relative to the same place', (name, input) => {
    expect(relativeTo(table.get(name)!.meaning), `README on ${name}`).toEqual(relativeTo(input.description));
  });

  it("the error for a working-directory outside names the place action.yml names", () => {
    const outside = (() => {
      try {
        parseConfig((name) => (name === 'working-directory' ? '../elsewhere' : ''), '/work/repo');
      } catch (error) {
        return error;
      }
      return undefined;
    })();
    expect(outside).toBeInstanceOf(UserError);
    const error = outside as UserError;
    expect(relativeTo(`${error.message} ${error.hint}`)).toEqual(relativeTo(action.inputs['working-directory']!.description));
  });
});
