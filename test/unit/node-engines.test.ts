// The README states the Node version a fresh machine needs; `npm ci` on that
// version must print no EBADENGINE: every package in the lock file (dev and
// optional ones too, as npm checks them all) accepts it.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import semver from 'semver';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../helpers/tools.js';

const readme = readFileSync(path.join(projectRoot, 'README.md'), 'utf8');
const lock = JSON.parse(readFileSync(path.join(projectRoot, 'package-lock.json'), 'utf8')) as {
  packages: Record<string, { version?: string; engines?: Record<string, string> | string[] }>;
};
const pkg = JSON.parse(readFileSync(path.join(projectRoot, 'package.json'), 'utf8')) as { engines: { node: string } };

/** The version in the README's set-up heading, e.g. `## Set-up (a fresh machine: Node 20.19 or newer, …)`. */
function statedNode(): string {
  const heading = readme.split('\n').find((line) => line.startsWith('## Set-up'));
  const version = heading && /\bNode (\d+\.\d+)\b/.exec(heading)?.[1];
  if (!version) throw new Error(`README.md's "## Set-up" heading names no Node version (${heading})`);
  return `${version}.0`;
}

describe('the Node version the README states', () => {
  const node = statedNode();

  it(`every package in package-lock.json accepts Node ${node} (npm ci prints no EBADENGINE)`, () => {
    const refusing = Object.entries(lock.packages)
      .filter(([name]) => name !== '')
      .map(([name, entry]) => ({ name: name.replace(/^.*node_modules\//, ''), version: entry.version, range: Array.isArray(entry.engines) ? undefined : entry.engines?.node }))
      .filter((p) => p.range !== undefined && !semver.satisfies(node, p.range));
    expect(refusing.map((p) => `${p.name}@${p.version} wants node ${p.range}`)).toEqual([]);
  });

  it('is one the published CLI accepts too (package.json engines)', () => {
    expect(semver.satisfies(node, pkg.engines.node)).toBe(true);
  });
});
