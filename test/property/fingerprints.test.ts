// Fingerprints against affected detection, on random workspaces written into
// real git repositories: for each random change (member files, tests, new and
// deleted files, root triggers, `global` and `ignore` globs of the input and
// of the root's [tool.uv-workspace-sync] table, files outside every member,
// inputs outside members (path sources, symlink targets, declared inputs),
// third-party versions, dependencies and a rebuilt local wheel in uv.lock),
// the members whose fingerprint changed are exactly the members
// computeAffected marks for that change. The tree is fingerprinted dirty (changes written, not committed)
// and again after the commit, from a clone at another path, and twice.
import { mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { computeAffected } from '../../src/affected/engine.js';
import { computeFingerprints, type EnvFacts } from '../../src/fingerprint/compute.js';
import { fileContentIds } from '../../src/fingerprint/files.js';
import { loadWorkspace } from '../../src/workspace/index.js';
import { parseLock } from '../../src/workspace/lockfile.js';
import type { Workspace } from '../../src/workspace/types.js';
import { randomWorkspace, rng } from '../helpers/gen-workspace.js';
import { createSandbox, git, type Sandbox } from '../helpers/git.js';
import { readSyncArgs } from '../../src/workspace/selection.js';

const FACTS: EnvFacts = { python: '3.12', os: 'linux', arch: 'x64', uv: '0.13.9' };
const IGNORE = ['**/*.md'];
const GLOBAL = ['ci/**'];
const SYNC_VARIANTS = [[], ['--all-extras'], ['--no-dev'], ['--all-groups']];

/** Third-party packages: name → versions; `requests` pulls `urllib3`. */
const THIRD_PARTY: Record<string, string[]> = { numpy: ['1.26.4', '2.0.0', '2.1.0'], requests: ['2.31.0', '2.32.3'], urllib3: ['2.2.0', '2.2.3'], pytest: ['8.2.0', '8.3.1'] };
const THIRD_DEPS: Record<string, string[]> = { requests: ['urllib3'] };

interface LockModel {
  versions: Record<string, string>;
  /** The hash uv.lock records for the local wheel `lw` (`source = { path = ... }`): a rebuild keeps its version. */
  localHash: string;
  /** Third-party runtime dependencies per member. */
  extraDeps: Map<string, string[]>;
}

const join = (dir: string, file: string) => (dir === '.' ? file : `${dir}/${file}`);
const q = (s: string) => JSON.stringify(s);

function dep(name: string, extras: string[] = []): string {
  return extras.length ? `{ name = ${q(name)}, extra = [${extras.map(q).join(', ')}] }` : `{ name = ${q(name)} }`;
}

/** A uv.lock laid out as uv writes it, with the workspace's edges and the model's third-party packages. */
function lockText(ws: Workspace, model: LockModel): string {
  const out = ['version = 1', 'revision = 2', 'requires-python = ">=3.8"', '', '[manifest]', `members = [${ws.members.map((m) => q(m.name)).join(', ')}]`, ''];
  for (const m of ws.members) {
    const edges = ws.edges.filter((e) => e.from === m.name);
    const runtime = [...edges.filter((e) => e.kind === 'runtime').map((e) => dep(e.to, e.extras)), ...(model.extraDeps.get(m.name) ?? []).map((d) => dep(d))];
    out.push('[[package]]', `name = ${q(m.name)}`, 'version = "0.1.0"', `source = { editable = ${q(m.path)} }`, `dependencies = [${runtime.join(', ')}]`, '');
    const table = (header: string, prefix: string) => {
      const by = new Map<string, string[]>();
      for (const e of edges.filter((e) => e.kind.startsWith(prefix))) by.set(e.kind.slice(prefix.length), [...(by.get(e.kind.slice(prefix.length)) ?? []), dep(e.to, e.extras)]);
      if (by.size === 0) return;
      out.push(header);
      for (const [k, deps] of [...by].sort()) out.push(`${q(k)} = [${deps.join(', ')}]`);
      out.push('');
    };
    table('[package.optional-dependencies]', 'extra:');
    table('[package.dev-dependencies]', 'group:');
  }
  for (const name of Object.keys(THIRD_PARTY).sort()) {
    out.push('[[package]]', `name = ${q(name)}`, `version = ${q(model.versions[name]!)}`, 'source = { registry = "https://pypi.org/simple" }');
    out.push(`dependencies = [${(THIRD_DEPS[name] ?? []).map((d) => dep(d)).join(', ')}]`, '');
  }
  out.push('[[package]]', 'name = "lw"', 'version = "1.0"', 'source = { path = "dist/lw-1.0-py3-none-any.whl" }');
  out.push(`wheels = [{ filename = "lw-1.0-py3-none-any.whl", hash = "sha256:${model.localHash}" }]`, '');
  return out.join('\n');
}

/** The files of a fresh checkout of the workspace. */
function initialFiles(ws: Workspace, model: LockModel): Record<string, string> {
  const files: Record<string, string> = {
    'README.md': '# repo\n',
    'outside/notes.txt': 'notes\n',
    'ci/build.sh': 'echo build\n',
    'docs/guide.md': 'guide\n',
    'shared/a.yaml': 'a: 1\n',
    'shared/data/d.csv': 'x\n',
    'tools/a.cfg': 'x\n',
    'notes.rst': 'x\n',
    [join(ws.rootPath, 'pyproject.toml')]: '[tool.uv.workspace]\n',
    [join(ws.rootPath, 'uv.lock')]: lockText(ws, model),
  };
  for (const m of ws.members) {
    if (!(m.isRoot && m.path === ws.rootPath)) files[join(m.path, 'pyproject.toml')] = `[project]\nname = ${q(m.name)}\n`;
    files[join(m.path, `src/${m.name}/__init__.py`)] = `# ${m.name}\n`;
    files[join(m.path, `tests/test_${m.name}.py`)] = `def test(): pass\n`;
    files[`vendor/${m.name}/x.py`] = 'x = 0\n';
  }
  return files;
}

/**
 * Inputs outside the members, as loadWorkspace would have read them (the
 * reading itself is tested on disk below and in test/unit/outside.test.ts):
 * some members use `vendor/<name>` as a path source, some read
 * `shared/*.yaml` (declared), some link `shared/data`; the root's table
 * adds a `global` and an `ignore` glob.
 */
function withOutsideInputs(ws: Workspace, seed: number): void {
  const r = rng(seed ^ 0x5eed);
  const inputs: NonNullable<Workspace['inputs']> = [];
  for (const m of ws.members) {
    if (r() < 0.3) inputs.push({ member: m.name, kind: 'path-source', package: `v-${m.name}`, path: `vendor/${m.name}` });
    if (r() < 0.2) inputs.push({ member: m.name, kind: 'declared', declared: '../shared/*.yaml', glob: 'shared/*.yaml', except: r() < 0.5 ? ['shared/a.yaml'] : [] });
    if (r() < 0.15) inputs.push({ member: m.name, kind: 'symlink', link: join(m.path, 'src/data'), path: 'shared/data' });
  }
  if (inputs.length > 0) ws.inputs = inputs;
  if (r() < 0.6) ws.declared = { file: join(ws.rootPath, 'pyproject.toml'), global: ['tools/*.cfg'], ignore: ['**/*.rst'] };
}

type Step = { files: Record<string, string | null>; lockOnly: boolean };

/** One random change: 1-3 edits of random kinds; `lockOnly` when it touches uv.lock alone. */
function randomStep(ws: Workspace, model: LockModel, tracked: Set<string>, seed: number, n: number): Step {
  const r = rng(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(r() * list.length)]!;
  const files: Record<string, string | null> = {};
  const lockOnly = r() < 0.3;
  let lockChanged = false;
  const edits = 1 + Math.floor(r() * 3);
  for (let k = 0; k < edits; k++) {
    const kind = lockOnly ? pick([8, 9, 12]) : Math.floor(r() * 16);
    const m = pick(ws.members);
    switch (kind) {
      case 0:
      case 1:
        files[join(m.path, `src/${m.name}/__init__.py`)] = `# ${m.name} ${n}.${k}\n`;
        break;
      case 2:
        files[join(m.path, `tests/test_new_${n}_${k}.py`)] = 'def test(): pass\n';
        break;
      case 3: {
        const test = join(m.path, `tests/test_${m.name}.py`);
        if (tracked.has(test)) files[test] = null;
        break;
      }
      case 4:
        files[pick(['README.md', 'outside/notes.txt', `${m.path === '.' ? 'x' : m.path}2/stray.py`])] = `${n}.${k}\n`;
        break;
      case 5:
        files[pick(['docs/guide.md', join(m.path, 'NOTES.md')])] = `ignored ${n}.${k}\n`;
        break;
      case 6:
        files['ci/build.sh'] = `echo ${n}.${k}\n`;
        break;
      case 7:
        files[join(ws.rootPath, pick(['.python-version', 'uv.toml']))] = `${n}.${k}\n`;
        break;
      case 8: {
        const name = pick(Object.keys(THIRD_PARTY));
        const next = pick(THIRD_PARTY[name]!);
        lockChanged ||= next !== model.versions[name];
        model.versions[name] = next;
        break;
      }
      case 9: {
        const list = model.extraDeps.get(m.name) ?? [];
        const name = pick(['numpy', 'requests', 'pytest', 'lw']);
        model.extraDeps.set(m.name, list.includes(name) ? list.filter((d) => d !== name) : [...list, name]);
        lockChanged = true;
        break;
      }
      case 10:
        files[join(m.path, `src/${m.name}/mod_${n}.py`)] = `x = ${k}\n`;
        break;
      case 12:
        // The local wheel rebuilt: the same name and version, another hash.
        model.localHash = `${n}${k}`.padStart(4, '0');
        lockChanged = true;
        break;
      case 13:
        files[`vendor/${m.name}/${pick(['x.py', `new_${n}.py`])}`] = `x = ${n}.${k}\n`;
        break;
      case 14:
        files[pick(['shared/a.yaml', `shared/b_${n}.yaml`, 'shared/data/d.csv', 'shared/notes.txt'])] = `${n}.${k}\n`;
        break;
      case 15:
        files[pick(['tools/a.cfg', 'tools/sub/b.cfg', 'notes.rst', join(m.path, 'x.rst')])] = `${n}.${k}\n`;
        break;
      default:
        files[join(m.path, 'pyproject.toml')] = `[project]\nname = ${q(m.name)}\n# ${n}.${k}\n`;
    }
  }
  if (lockChanged) files[join(ws.rootPath, 'uv.lock')] = lockText(ws, model);
  return { files, lockOnly };
}

async function writeFiles(dir: string, files: Record<string, string | null>): Promise<void> {
  for (const [file, content] of Object.entries(files)) {
    const target = path.join(dir, file);
    if (content === null) await rm(target, { force: true });
    else {
      await mkdir(path.dirname(target), { recursive: true });
      await writeFile(target, content);
    }
  }
}

async function fingerprints(dir: string, ws: Workspace, syncArgs: string[]): Promise<Record<string, string>> {
  const files = await fileContentIds(dir);
  const lockRel = join(ws.rootPath, 'uv.lock');
  const lockText = await readFile(path.join(dir, lockRel), 'utf8').catch(() => undefined);
  const lock = lockText === undefined ? undefined : parseLock(lockText, lockRel);
  return computeFingerprints({ ws, lock, files, env: FACTS, syncArgs: readSyncArgs(syncArgs), ignore: IGNORE, global: GLOBAL });
}

const changedMembers = (a: Record<string, string>, b: Record<string, string>) => Object.keys(b).filter((m) => a[m] !== b[m]).sort();

let box: Sandbox;
beforeAll(async () => {
  box = await createSandbox();
});
afterAll(async () => {
  await box?.remove();
});

describe('a member’s fingerprint changes exactly when a change affects it', () => {
  it('on random workspaces with real git history', async () => {
    let lockOnlySteps = 0;
    let lockMarked = 0;
    const seen = { input: 0, rebuilt: 0, unowned: 0 };
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: 2 ** 31 - 1 }), fc.integer({ min: 2, max: 12 }), fc.nat(SYNC_VARIANTS.length - 1), async (seed, size, vi) => {
        const ws = randomWorkspace(seed, size);
        const syncArgs = SYNC_VARIANTS[vi]!;
        withOutsideInputs(ws, seed);
        // One member installs the local wheel from the start, so its rebuilds are seen.
        const model: LockModel = { versions: Object.fromEntries(Object.entries(THIRD_PARTY).map(([k, v]) => [k, v[0]!])), localHash: '0000', extraDeps: new Map([[ws.members[0]!.name, ['lw']]]) };
        const repo = await box.repo();
        await repo.commit('workspace', initialFiles(ws, model));
        let before = await fingerprints(repo.dir, ws, syncArgs);
        expect(Object.keys(before)).toEqual(ws.members.map((m) => m.name));
        for (let n = 0; n < 4; n++) {
          const tracked = new Set((await repo.git('ls-files', '-z')).split('\0').filter(Boolean));
          const step = randomStep(ws, model, tracked, seed + n * 7919, n);
          const base = await repo.rev();
          // Dirty: written, new files only announced (`git add -N`), nothing staged.
          await writeFiles(repo.dir, step.files);
          await repo.git('add', '-N', '.');
          const dirty = await fingerprints(repo.dir, ws, syncArgs);
          const head = await repo.commit(`step ${n}`);
          const after = await fingerprints(repo.dir, ws, syncArgs);
          expect(dirty).toEqual(after);

          const lockRel = join(ws.rootPath, 'uv.lock');
          const paths = (await repo.git('diff', '--name-only', '--no-renames', '-z', base, head)).split('\0').filter(Boolean);
          const affected = computeAffected(ws, {
            paths,
            ignore: IGNORE,
            global: GLOBAL,
            syncArgs: readSyncArgs(syncArgs),
            lock: { base: await repo.git('show', `${base}:${lockRel}`), head: await repo.git('show', `${head}:${lockRel}`) },
          });
          const expected = affected.members.map((m) => m.name).sort();
          const reasons = affected.members.flatMap((m) => m.reasons);
          seen.input += reasons.filter((r) => r.kind === 'input').length;
          seen.rebuilt += reasons.filter((r) => r.kind === 'lock' && r.change.rebuilt).length;
          seen.unowned += affected.unowned?.length ?? 0;
          expect(changedMembers(before, after), `paths: ${paths.join(', ')}`).toEqual(expected);
          if (step.lockOnly && paths.length > 0) {
            lockOnlySteps++;
            lockMarked += expected.length;
            // Lock-only: the members lock attribution marks, each for a uv.lock reason.
            for (const m of affected.members) expect(m.reasons.every((r) => r.kind === 'lock' || r.kind === 'lock-more' || r.kind === 'lock-membership')).toBe(true);
          }
          before = after;
        }
        // Same commit: a clone at another path, and a second run, agree.
        // fast-check may draw the same values twice: the clone's dir must still be new.
        const clone = await mkdtemp(path.join(box.root, `clone-${seed}-${size}-${vi}-`));
        await rm(clone, { recursive: true });
        await git(box.root, 'clone', '-q', repo.dir, clone);
        expect(await fingerprints(clone, ws, syncArgs)).toEqual(before);
        expect(await fingerprints(repo.dir, ws, syncArgs)).toEqual(before);
      }),
      { numRuns: 30, seed: process.env.FC_SEED ? Number(process.env.FC_SEED) : undefined },
    );
    // The lock-only cases were exercised, and marked someone; so were the inputs outside members, a rebuilt wheel and unowned paths.
    expect(lockOnlySteps).toBeGreaterThan(0);
    expect(lockMarked).toBeGreaterThan(0);
    for (const [what, count] of Object.entries(seen)) expect(count, what).toBeGreaterThan(0);
  }, 300_000);

  it('machine facts and the sync selection are in every fingerprint', async () => {
    const ws = randomWorkspace(7, 6);
    const model: LockModel = { versions: Object.fromEntries(Object.entries(THIRD_PARTY).map(([k, v]) => [k, v[0]!])), localHash: '0000', extraDeps: new Map() };
    const repo = await box.repo();
    await repo.commit('workspace', initialFiles(ws, model));
    const files = await fileContentIds(repo.dir);
    const lock = parseLock(lockText(ws, model), 'uv.lock');
    const fp = (env: EnvFacts, syncArgs: string[] = []) => computeFingerprints({ ws, lock, files, env, syncArgs: readSyncArgs(syncArgs) });
    const base = fp(FACTS);
    for (const other of [{ ...FACTS, python: '3.11' }, { ...FACTS, os: 'darwin' }, { ...FACTS, arch: 'arm64' }, { ...FACTS, uv: '0.13.8' }]) {
      expect(changedMembers(base, fp(other))).toEqual(ws.members.map((m) => m.name));
    }
    expect(changedMembers(base, fp(FACTS, ['--no-dev']))).toEqual(ws.members.map((m) => m.name));
    // The same selection spelled differently is the same fingerprint.
    expect(fp(FACTS, ['--extra', 'a', '--extra=b'])).toEqual(fp(FACTS, ['--extra', 'b', '--extra', 'a']));
    // Files given in another order hash the same.
    const reversed = new Map([...files].reverse());
    expect(computeFingerprints({ ws, lock, files: reversed, env: FACTS })).toEqual(base);
  });
});

// The same property with the workspace read from disk at each commit
// (loadWorkspace, no uv.lock): the edges themselves change, through runtime
// dependencies, extras asked of other members and dependency groups.
interface DiskMember {
  name: string;
  path: string;
  deps: string[];
  extras: Record<string, string[]>;
  groups: Record<string, string[]>;
}

function memberToml(m: DiskMember, names: string[]): string {
  const list = (items: string[]) => `[${items.map(q).join(', ')}]`;
  const lines = ['[project]', `name = ${q(m.name)}`, 'version = "0.1.0"', `dependencies = ${list(m.deps)}`];
  if (Object.keys(m.extras).length) lines.push('', '[project.optional-dependencies]', ...Object.entries(m.extras).map(([k, v]) => `${k} = ${list(v)}`));
  if (Object.keys(m.groups).length) lines.push('', '[dependency-groups]', ...Object.entries(m.groups).map(([k, v]) => `${k} = ${list(v)}`));
  lines.push('', '[tool.uv.sources]', ...names.filter((n) => n !== m.name).map((n) => `${n} = { workspace = true }`));
  return `${lines.join('\n')}\n`;
}

describe('on workspaces read from disk, with edges that change', () => {
  it('the fingerprint moves exactly for the members affected at head', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: 2 ** 31 - 1 }), fc.integer({ min: 2, max: 8 }), fc.nat(SYNC_VARIANTS.length - 1), async (seed, size, vi) => {
        const r = rng(seed);
        const syncArgs = SYNC_VARIANTS[vi]!;
        const names = Array.from({ length: size }, (_, i) => `p${i}`);
        const requirement = () => {
          const to = names[Math.floor(r() * size)]!;
          return r() < 0.3 ? `${to}[a]` : to;
        };
        const members: DiskMember[] = names.map((name, i) => ({
          name,
          path: r() < 0.3 && i > 0 ? `${names[i - 1] === 'p0' ? 'libs/p0' : `libs/${names[i - 1]}`}/sub/${name}` : `libs/${name}`,
          deps: [],
          extras: (r() < 0.5 ? { a: [] } : {}) as Record<string, string[]>,
          groups: (r() < 0.5 ? { dev: [] } : {}) as Record<string, string[]>,
        }));
        const sanitize = (m: DiskMember, reqs: string[]) => [...new Set(reqs.filter((x) => x.replace('[a]', '') !== m.name))];
        const write = () => {
          const files: Record<string, string> = {};
          for (const m of members) files[`${m.path}/pyproject.toml`] = memberToml(m, names);
          return files;
        };
        const repo = await box.repo();
        await repo.commit('workspace', {
          'pyproject.toml': `[tool.uv.workspace]\nmembers = ${JSON.stringify(members.map((m) => m.path))}\n`,
          ...Object.fromEntries(members.flatMap((m) => [[`${m.path}/src/${m.name}/__init__.py`, `# ${m.name}\n`], [`${m.path}/tests/test_${m.name}.py`, 'def test(): pass\n']])),
          ...write(),
        });
        const fp = async () => {
          const ws = loadWorkspace('.', repo.dir);
          return { ws, fp: computeFingerprints({ ws, lock: undefined, files: await fileContentIds(repo.dir), env: FACTS, syncArgs: readSyncArgs(syncArgs) }) };
        };
        let before = await fp();
        for (let n = 0; n < 5; n++) {
          const base = await repo.rev();
          const files: Record<string, string> = {};
          const edits = 1 + Math.floor(r() * 2);
          for (let k = 0; k < edits; k++) {
            const m = members[Math.floor(r() * size)]!;
            const x = r();
            if (x < 0.4) files[`${m.path}/src/${m.name}/__init__.py`] = `# ${m.name} ${n}.${k}\n`;
            else if (x < 0.5) files[`${m.path}/tests/test_${m.name}.py`] = `def test(): assert ${n}\n`;
            else if (x < 0.7) m.deps = r() < 0.5 && m.deps.length ? m.deps.slice(1) : sanitize(m, [...m.deps, requirement()]);
            else if (x < 0.85 && 'a' in m.extras) m.extras.a = sanitize(m, [...m.extras.a!, requirement()]);
            else if ('dev' in m.groups) m.groups.dev = r() < 0.3 ? [] : sanitize(m, [...m.groups.dev!, requirement()]);
          }
          const head = await repo.commit(`step ${n}`, { ...write(), ...files });
          const after = await fp();
          const paths = (await repo.git('diff', '--name-only', '--no-renames', '-z', base, head)).split('\0').filter(Boolean);
          const affected = computeAffected(after.ws, { paths, syncArgs: readSyncArgs(syncArgs) });
          expect(changedMembers(before.fp, after.fp), `paths: ${paths.join(', ')}`).toEqual(affected.members.map((m) => m.name).sort());
          before = after;
        }
      }),
      { numRuns: 20, seed: process.env.FC_SEED ? Number(process.env.FC_SEED) : undefined },
    );
  }, 300_000);
});

// Inputs outside the members, read from disk at each commit: path sources
// to vendored directories, symlinks to shared data, declared inputs and the
// root's [tool.uv-workspace-sync] table, which change along with the files
// they name (a member starts or stops using an input; its files change).
interface OutsideMember {
  name: string;
  path: string;
  deps: string[];
  /** `[tool.uv.sources]` path source to `vendor/<name>`. */
  vendor: boolean;
  /** `inputs = ["<...>/shared/*.yaml"]`. */
  reads: boolean;
  /** A symlink `src/<name>/data -> <...>/shared/data`. */
  link: boolean;
}

const outsideRoot = (members: readonly OutsideMember[]) =>
  `[tool.uv.workspace]\nmembers = ${JSON.stringify(members.map((m) => m.path))}\n\n[tool.uv-workspace-sync]\nglobal = ["ci/*.sh"]\nignore = ["**/*.md"]\n`;

function outsideToml(m: OutsideMember, names: string[]): string {
  const rel = (to: string) => path.posix.relative(m.path, to);
  const deps = [...m.deps, ...(m.vendor ? [`v-${m.name}`] : [])];
  const lines = ['[project]', `name = ${q(m.name)}`, 'version = "0.1.0"', `dependencies = [${deps.map(q).join(', ')}]`, '', '[tool.uv.sources]'];
  lines.push(...names.filter((n) => n !== m.name).map((n) => `${n} = { workspace = true }`));
  if (m.vendor) lines.push(`v-${m.name} = { path = ${q(rel(`vendor/${m.name}`))} }`);
  if (m.reads) lines.push('', '[tool.uv-workspace-sync]', `inputs = [${q(`${rel('shared')}/*.yaml`)}]`);
  return `${lines.join('\n')}\n`;
}

async function setLink(dir: string, m: OutsideMember): Promise<void> {
  const link = path.join(dir, m.path, 'src', m.name, 'data');
  await rm(link, { force: true });
  if (m.link) await symlink(path.posix.relative(`${m.path}/src/${m.name}`, 'shared/data'), link);
}

describe('inputs outside the members, read from disk, changing with the files they name', () => {
  it('the fingerprint moves exactly for the members affected at head', async () => {
    const seen = { input: 0, unowned: 0 };
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: 2 ** 31 - 1 }), fc.integer({ min: 2, max: 7 }), async (seed, size) => {
        const r = rng(seed);
        const pick = <T>(list: readonly T[]): T => list[Math.floor(r() * list.length)]!;
        const names = Array.from({ length: size }, (_, i) => `p${i}`);
        const members: OutsideMember[] = names.map((name, i) => ({
          name,
          path: i > 0 && r() < 0.3 ? `libs/p${i - 1}/sub/${name}` : `libs/${name}`,
          deps: i > 0 && r() < 0.6 ? [names[Math.floor(r() * i)]!] : [],
          vendor: r() < 0.4,
          reads: r() < 0.3,
          link: r() < 0.3,
        }));
        const repo = await box.repo();
        const tomls = () => Object.fromEntries(members.map((m) => [`${m.path}/pyproject.toml`, outsideToml(m, names)]));
        const files: Record<string, string> = { 'pyproject.toml': outsideRoot(members), 'shared/a.yaml': 'a\n', 'shared/data/d.csv': 'd\n', 'tests/test_top.py': 'x\n', 'ci/build.sh': 'x\n', ...tomls() };
        for (const m of members) {
          files[`${m.path}/src/${m.name}/__init__.py`] = `# ${m.name}\n`;
          files[`vendor/${m.name}/pyproject.toml`] = `[project]\nname = "v-${m.name}"\nversion = "1"\n`;
        }
        await repo.commit('workspace', files);
        for (const m of members) await setLink(repo.dir, m);
        await repo.commit('links');
        const fp = async () => {
          const ws = loadWorkspace('.', repo.dir);
          return { ws, fp: computeFingerprints({ ws, lock: undefined, files: await fileContentIds(repo.dir), env: FACTS }) };
        };
        let before = await fp();
        for (let n = 0; n < 5; n++) {
          const base = await repo.rev();
          const edits: Record<string, string> = {};
          for (let k = 0; k < 1 + Math.floor(r() * 2); k++) {
            const m = pick(members);
            const x = Math.floor(r() * 8);
            if (x === 0) edits[`vendor/${m.name}/${pick(['x.py', `new_${n}.py`])}`] = `${n}.${k}\n`;
            else if (x === 1) edits[pick(['shared/a.yaml', `shared/b_${n}.yaml`, 'shared/c.txt'])] = `${n}.${k}\n`;
            else if (x === 2) edits['shared/data/d.csv'] = `${n}.${k}\n`;
            else if (x === 3) edits[pick(['tests/test_top.py', `tools/t_${n}.py`, 'ci/build.sh', 'ci/sub/x.sh', 'docs/x.md'])] = `${n}.${k}\n`;
            else if (x === 4) edits[`${m.path}/src/${m.name}/__init__.py`] = `# ${n}.${k}\n`;
            else if (x === 5) m.vendor = !m.vendor;
            else if (x === 6) m.reads = !m.reads;
            else {
              m.link = !m.link;
              await setLink(repo.dir, m);
            }
          }
          const head = await repo.commit(`step ${n}`, { ...tomls(), ...edits });
          const after = await fp();
          const paths = (await repo.git('diff', '--name-only', '--no-renames', '-z', base, head)).split('\0').filter(Boolean);
          const affected = computeAffected(after.ws, { paths });
          seen.input += affected.members.flatMap((m) => m.reasons).filter((x) => x.kind === 'input').length;
          seen.unowned += affected.unowned?.length ?? 0;
          expect(changedMembers(before.fp, after.fp), `paths: ${paths.join(', ')}`).toEqual(affected.members.map((m) => m.name).sort());
          before = after;
        }
      }),
      { numRuns: 15, seed: process.env.FC_SEED ? Number(process.env.FC_SEED) : undefined },
    );
    for (const [what, count] of Object.entries(seen)) expect(count, what).toBeGreaterThan(0);
  }, 300_000);
});
