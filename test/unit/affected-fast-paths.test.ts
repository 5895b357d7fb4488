// The shortcuts `affected` takes for each of thousands of paths and members
// (round 5 of issue #25) give the answers of the general rule they skip:
// each is checked against that rule, written out here, on generated inputs.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeChangedPath, normalizeChangedPaths, type NormalizeOptions } from '../../src/changes/paths.js';
import { safeJson, terminalLines } from '../../src/report/escape.js';
import { filesByMember } from '../../src/workspace/member-files.js';
import { memberOwner } from '../../src/workspace/ownership.js';
import type { Workspace } from '../../src/workspace/types.js';

const component = fc.constantFrom('a', 'b', 'src', 'pkg', '.', '..', '', 'C:', 'x.py', 'a\\b', 'Z:\\y', '::');
const typedPath = fc.array(component, { minLength: 0, maxLength: 6 }).map((parts) => parts.join('/'));
const maybeAbsolute = fc.tuple(fc.boolean(), typedPath).map(([abs, p]) => (abs ? `/work/repo/${p}` : p));

describe('normalizeChangedPaths', () => {
  const frames: NormalizeOptions[] = [
    { repoRoot: '/work/repo' },
    { repoRoot: '/work/repo', backslashes: true, exists: (rel) => rel.startsWith('a') },
    { repoRoot: '/work/repo', backslashes: true, storedCase: (abs) => abs.toLowerCase() },
    { repoRoot: '/work/repo', platform: 'posix', backslashes: true },
  ];
  it('takes a path that needs nothing as the one-path rule takes it', () => {
    fc.assert(
      fc.property(maybeAbsolute, fc.integer({ min: 0, max: frames.length - 1 }), (raw, f) => {
        fc.pre(raw !== '' && !raw.includes('\\'));
        const options = frames[f]!;
        const one = normalizeChangedPath(raw, options);
        const list = normalizeChangedPaths([raw], options);
        expect(list.ambiguous).toEqual([]);
        if (one.ok) expect(list).toEqual({ paths: [one.path], rejected: [], ambiguous: [] });
        else expect(list).toEqual({ paths: [], rejected: [{ raw, why: one.why }], ambiguous: [] });
      }),
      { numRuns: 3000 },
    );
  });
});

/** Members nested at different depths (a member inside another, the root member), as ownership sees them. */
function workspace(paths: string[], rootIsMember: boolean): Workspace {
  const members = paths.map((p, i) => ({ name: `m${i}`, path: p, isRoot: p === '.' }));
  if (rootIsMember) members.push({ name: 'root', path: '.', isRoot: true });
  return { members, rootPath: '.', virtualRoot: !rootIsMember } as unknown as Workspace;
}

/** The rule spelled out: the deepest member directory that is the path or holds it. */
function deepestOwner(ws: Workspace, p: string): number | undefined {
  let best: number | undefined;
  ws.members.forEach((m, i) => {
    if (m.path === '.' || !(p === m.path || p.startsWith(`${m.path}/`))) return;
    if (best === undefined || m.path.length > ws.members[best]!.path.length) best = i;
  });
  if (best !== undefined) return best;
  const root = ws.members.findIndex((m) => m.isRoot);
  return !ws.virtualRoot && root >= 0 ? root : undefined;
}

const dirPart = fc.constantFrom('a', 'b', 'c', 'ab');
const dir = fc.array(dirPart, { minLength: 1, maxLength: 4 }).map((parts) => parts.join('/'));
const file = fc.array(fc.constantFrom('a', 'b', 'c', 'x.py'), { minLength: 1, maxLength: 7 }).map((parts) => parts.join('/'));

describe('memberOwner and filesByMember', () => {
  it('find the deepest member holding a path, however deep the path and the members', () => {
    fc.assert(
      fc.property(fc.uniqueArray(dir, { minLength: 1, maxLength: 6 }), fc.boolean(), fc.array(file, { maxLength: 20 }), (dirs, rootIsMember, files) => {
        const ws = workspace(dirs, rootIsMember);
        const owner = memberOwner(ws);
        for (const f of files) expect(owner(f)).toBe(deepestOwner(ws, f));
        // filesByMember: a file's parents only (a path that is a member directory itself is no file of it).
        const byMember = filesByMember(ws, files);
        const expected = new Map(ws.members.map((m) => [m.name, [] as string[]]));
        for (const f of files) {
          const cut = f.lastIndexOf('/');
          const parentOwner = cut < 0 ? (rootIsMember ? ws.members.length - 1 : undefined) : deepestOwner({ ...ws, virtualRoot: false } as Workspace, f.slice(0, cut));
          const inRoot = parentOwner !== undefined && ws.members[parentOwner]!.path === '.';
          if (parentOwner === undefined || (inRoot && !rootIsMember)) continue;
          const m = ws.members[parentOwner]!;
          expected.get(m.name)!.push(m.path === '.' ? f : f.slice(m.path.length + 1));
        }
        expect(byMember).toEqual(expected);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('safeJson', () => {
  it('is a line terminalLines passes unchanged: the CLI prints JSON through it', () => {
    const hostile = fc.string({ unit: fc.constantFrom('a', ':', '\n', '\r', '\x1b', '\x00', '\x7f', '\x85', '\u2028', '\u202e', '\u2066', '#', '[', ' ') });
    fc.assert(
      fc.property(fc.array(fc.tuple(hostile, hostile)), fc.constantFrom(undefined, 2), (pairs, space) => {
        const line = `${safeJson({ list: pairs.map(([k, v]) => ({ [k]: v })), top: pairs.map(([k]) => k) }, space)}\n`;
        expect(terminalLines(line)).toBe(line);
      }),
      { numRuns: 500 },
    );
  });
});
