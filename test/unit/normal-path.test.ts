// The one "already normal" fast path (discovery's joins, the member
// realpaths of from-changes.ts, repoRelative): it must be path.join's answer
// for every input, normal or not, or a member directory could be spelled two
// ways and miss its changed paths.
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isNormal, joinNormal } from '../../src/workspace/normal-path.js';

const component = fc.constantFrom('a', 'b', 'core', '.', '..', '', ' ', 'x y', 'a\\b', 'Z:', 'Ü', '...', '.hidden');
const relative = fc.array(component, { minLength: 0, maxLength: 5 }).map((parts) => parts.join('/'));
const absolute = fc.oneof(relative.map((r) => `/${r}`), fc.constant('/'), fc.constant('//x'), relative.map((r) => `/work/repo/${r}`));

describe('joinNormal', () => {
  it('is path.join for every pair of paths', () => {
    fc.assert(
      fc.property(fc.oneof(absolute, relative), fc.oneof(relative, absolute), (dir, rel) => {
        expect(joinNormal(dir, rel)).toBe(path.join(dir, rel));
      }),
      { numRuns: 5000 },
    );
  });

  it('concatenates normal paths (the fast path is taken), and leaves the rest to path.join', () => {
    expect(joinNormal('/work/repo', 'packages/core')).toBe('/work/repo/packages/core');
    expect(joinNormal('/work/repo/', 'core')).toBe('/work/repo/core');
    expect(joinNormal('/work/./repo', '../core')).toBe('/work/core');
    expect(joinNormal('/', 'core')).toBe('/core');
  });
});

describe('isNormal', () => {
  it('holds exactly for non-empty paths without a `.`, `..` or empty component (a trailing `/` makes one)', () => {
    fc.assert(
      fc.property(fc.oneof(absolute, relative), (p) => {
        const components = (p.startsWith('/') ? p.slice(1) : p).split('/');
        expect(isNormal(p)).toBe(p !== '' && !components.some((c) => c === '' || c === '.' || c === '..'));
        // Such a path is its own normal form.
        if (isNormal(p)) expect(path.posix.normalize(p)).toBe(p);
      }),
      { numRuns: 5000 },
    );
  });
});
