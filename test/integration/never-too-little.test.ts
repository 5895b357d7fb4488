// The differential test of every door into the affected set. For generated
// workspaces (some under a subdirectory of the repository, some with a
// symlinked member) and generated change sets committed to a real git
// repository, each door must give the member set that the plain newline list
// gives — or every member, where the rule says so — and never fewer than the
// generator's own model says (owners of the changed files plus every member
// depending on them, transitively).
//
// Doors: the `changed-files` input as newline list, JSON list and one line of
// spaces; a push event on a shallow checkout; a pull_request event on a full
// and on a shallow clone; both events in a checkout under a sub-path
// (actions/checkout `path:`); the pull request files API from a loopback
// server (git unable to fetch the base); the CLI's --files with relative,
// absolute and `..` paths, from the root and from a subdirectory; the CLI's
// --base from the root and from a subdirectory; a tag push (every member).
import fs from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { rng } from '../../scripts/lib/rng.mjs';
import { detect } from '../../src/action/detect-run.js';
import type { GithubEnv } from '../../src/action/runner-env.js';
import { findRepoRoot } from '../../src/changes/git.js';
import { runCli } from '../../src/cli/run.js';
import { parseConfig } from '../../src/inputs.js';
import { loadWorkspace } from '../../src/workspace/index.js';
import { createSandbox, type Remote, type Repo, type Sandbox } from '../helpers/git.js';
import { startGitHubApi } from '../helpers/github-api-server.js';

// ---- the generator ------------------------------------------------------

interface GenMember {
  name: string;
  /** Repository-relative directory as the workspace names it. */
  dir: string;
  /** Where its files really are (differs for a symlinked member). */
  realDir: string;
  deps: string[];
}

interface GenWorkspace {
  /** Workspace root, repository-relative ('.' or a subdirectory). */
  wsDir: string;
  members: GenMember[];
  files: Record<string, string>;
  /** [link path, link target as written] for symlinked members. */
  links: [string, string][];
}

const join = (...parts: string[]): string => parts.filter((p) => p !== '.' && p !== '').join('/');

function generateWorkspace(seed: number): GenWorkspace {
  const r = rng(seed);
  const wsDir = seed % 3 === 0 ? '.' : 'python';
  const count = 3 + Math.floor(r() * 4);
  const withLink = seed % 2 === 1;
  const members: GenMember[] = [];
  for (let i = 0; i < count; i++) {
    const name = `m${i}`;
    const deps = members.filter(() => r() < 0.4).map((m) => m.name);
    const linked = withLink && i === 1;
    const dir = join(wsDir, 'packages', name);
    members.push({ name, dir, realDir: linked ? join(wsDir, 'vendor', name) : dir, deps });
  }
  const files: Record<string, string> = {
    [join(wsDir, 'pyproject.toml')]: '[tool.uv.workspace]\nmembers = ["packages/*"]\n',
    'docs/guide.md': '# guide\n',
    'README.md': '# repo\n',
  };
  for (const m of members) {
    const deps = m.deps.map((d) => `"${d}"`).join(', ');
    const sources = m.deps.map((d) => `${d} = { workspace = true }`).join('\n');
    files[join(m.realDir, 'pyproject.toml')] =
      `[project]\nname = "${m.name}"\nversion = "0.1.0"\nrequires-python = ">=3.11"\ndependencies = [${deps}]\n\n[tool.uv.sources]\n${sources}\n`;
    files[join(m.realDir, 'src', m.name, '__init__.py')] = '';
    files[join(m.realDir, 'README.md')] = `# ${m.name}\n`;
  }
  const links: [string, string][] = members.filter((m) => m.realDir !== m.dir).map((m) => [m.dir, `../vendor/${m.name}`]);
  return { wsDir, members, files, links };
}

/** A change set: files to write (or delete, null), as git will report them (real paths). */
function generateChange(ws: GenWorkspace, seed: number): Record<string, string | null> {
  const r = rng(seed * 7919 + 1);
  const change: Record<string, string | null> = {};
  const n = 1 + Math.floor(r() * 3);
  for (let k = 0; k < n; k++) {
    const pick = r();
    const m = ws.members[Math.floor(r() * ws.members.length)]!;
    if (pick < 0.08) change[join(ws.wsDir, 'pyproject.toml')] = `[tool.uv.workspace]\nmembers = ["packages/*"]\n# ${seed}.${k}\n`;
    else if (pick < 0.2) change['docs/guide.md'] = `# guide ${seed}.${k}\n`;
    else if (pick < 0.25) change[join(m.realDir, 'README.md')] = null;
    else change[join(m.realDir, 'src', m.name, `mod_${seed}_${k}.py`)] = `X = ${k}\n`;
  }
  // Every other change set touches the symlinked member, whose files git reports under the link's target.
  const linked = ws.members.find((m) => m.realDir !== m.dir);
  if (linked && seed % 2 === 1) change[join(linked.realDir, 'src', linked.name, `linked_${seed}.py`)] = 'L = 1\n';
  return change;
}

/** The model's answer: owners of the changed paths, then every member depending on them. Never fewer than this. */
function expectedMembers(ws: GenWorkspace, paths: string[]): string[] {
  if (paths.includes(join(ws.wsDir, 'pyproject.toml'))) return ws.members.map((m) => m.name).sort();
  const hit = new Set<string>();
  for (const p of paths) {
    for (const m of ws.members) if (p.startsWith(`${m.realDir}/`)) hit.add(m.name);
  }
  let grew = true;
  while (grew) {
    grew = false;
    for (const m of ws.members) {
      if (!hit.has(m.name) && m.deps.some((d) => hit.has(d))) {
        hit.add(m.name);
        grew = true;
      }
    }
  }
  return [...hit].sort();
}

// ---- the doors ----------------------------------------------------------

interface Answer {
  all: boolean;
  members: string[];
}

const quiet = { info: () => {}, warning: () => {} };

/** The action's own wiring (main-run.ts): inputs → Config, the repository root found by git, then detect(). */
async function viaAction(githubWorkspace: string, inputs: Record<string, string>, github: Partial<GithubEnv>): Promise<Answer> {
  const config = parseConfig((name) => inputs[name] ?? '', githubWorkspace);
  config.repoRoot = (await findRepoRoot(config.workingDirectory)) ?? config.repoRoot;
  const ws = loadWorkspace(config.workingDirectory, config.repoRoot);
  const facts = Promise.resolve({ python: 'cpython-3.12', os: 'linux', arch: 'x64', uv: 'none' });
  const { affected } = await detect(config, ws, { apiUrl: 'http://127.0.0.1:1', ...github }, facts, quiet);
  return { all: affected.all, members: affected.members.map((m) => m.name).sort() };
}

async function viaCli(cwd: string, args: string[]): Promise<Answer> {
  let out = '';
  let err = '';
  const code = await runCli(['affected', ...args, '--json'], {
    cwd,
    stdout: { write: (t: string) => (out += t) },
    stderr: { write: (t: string) => (err += t) },
  });
  if (code !== 0) throw new Error(`CLI exited ${code} in ${cwd}: ${err}`);
  const parsed = JSON.parse(out) as { all: boolean; members: { name: string }[] };
  return { all: parsed.all, members: parsed.members.map((m) => m.name).sort() };
}

async function writeEvent(dir: string, name: string, payload: unknown): Promise<string> {
  const file = path.join(dir, `${name}.json`);
  await writeFile(file, JSON.stringify(payload));
  return file;
}

const SHAPES = 6;
const CHANGES_PER_SHAPE = 2;

describe('every door into the affected set gives the newline list answer, never fewer', () => {
  const boxes: Sandbox[] = [];
  afterAll(async () => {
    for (const box of boxes) await box.remove();
  });

  for (let shape = 0; shape < SHAPES; shape++) {
    it(`generated workspace ${shape}`, { timeout: 120_000 }, async () => {
      const gen = generateWorkspace(shape + 1);
      const box = await createSandbox();
      boxes.push(box);
      const repo: Repo = await box.repo('source');
      await repo.commit('workspace', gen.files);
      for (const [link, target] of gen.links) fs.symlinkSync(target, path.join(repo.dir, link));
      if (gen.links.length > 0) await repo.commit('links');
      await repo.git('tag', 'base');
      const origin: Remote = await box.remote(repo, 'origin');
      const wsMembers = gen.members.map((m) => m.name).sort();
      const events = path.join(box.root, 'events');
      await mkdir(events, { recursive: true });

      for (let c = 0; c < CHANGES_PER_SHAPE; c++) {
        const change = generateChange(gen, shape * 10 + c);
        const base = await repo.rev();
        const head = await repo.commit(`change ${c}`, change);
        await repo.git('update-ref', `refs/pull/${c + 1}/head`, head);
        await origin.publish();
        const gitPaths = (await repo.git('diff', '--name-only', '-z', base, head)).split('\0').filter(Boolean).sort();
        const expected = expectedMembers(gen, gitPaths);
        const label = `workspace ${shape} change ${c}: ${gitPaths.join(' ')}`;
        const wd = gen.wsDir;

        // The reference: a plain newline list in the `changed-files` input.
        const plain = path.join(box.root, `plain-${c}`);
        fs.mkdirSync(plain);
        const cloneForLists = await box.checkout(origin, 'refs/heads/main', { depth: 1, name: `lists-${c}` });
        const reference = await viaAction(cloneForLists.dir, { 'working-directory': wd, 'changed-files': gitPaths.join('\n') }, {});
        expect(reference.members, label).toEqual(expected);

        const answers: Record<string, Answer> = {};
        const doors: Record<string, () => Promise<Answer>> = {
          'json list': () => viaAction(cloneForLists.dir, { 'working-directory': wd, 'changed-files': JSON.stringify(gitPaths) }, {}),
          'space list': () => viaAction(cloneForLists.dir, { 'working-directory': wd, 'changed-files': gitPaths.join(' ') }, {}),
          'push, shallow checkout': async () => {
            const co = await box.checkout(origin, 'refs/heads/main', { depth: 1, name: `push-${c}` });
            const event = await writeEvent(events, `push-${c}`, { ref: 'refs/heads/main', before: base, after: head, repository: { default_branch: 'main' } });
            return viaAction(co.dir, { 'working-directory': wd }, { eventName: 'push', eventPath: event });
          },
          'pull_request, full clone': async () => {
            const co = await box.checkout(origin, head, { depth: 0, name: `pr-full-${c}` });
            const event = await writeEvent(events, `pr-${c}`, { number: c + 1, pull_request: { number: c + 1, base: { sha: base }, head: { sha: head } } });
            return viaAction(co.dir, { 'working-directory': wd }, { eventName: 'pull_request', eventPath: event });
          },
          'pull_request, shallow clone': async () => {
            const co = await box.checkout(origin, head, { depth: 1, name: `pr-shallow-${c}` });
            const event = await writeEvent(events, `pr-${c}`, { number: c + 1, pull_request: { number: c + 1, base: { sha: base }, head: { sha: head } } });
            return viaAction(co.dir, { 'working-directory': wd }, { eventName: 'pull_request', eventPath: event });
          },
          'push, checkout under a sub-path': async () => {
            const co = await box.checkout(origin, 'refs/heads/main', { depth: 1, name: `gw-push-${c}/sub` });
            const event = await writeEvent(events, `push-${c}`, { ref: 'refs/heads/main', before: base, after: head, repository: { default_branch: 'main' } });
            return viaAction(path.dirname(co.dir), { 'working-directory': join('sub', wd) }, { eventName: 'push', eventPath: event });
          },
          'changed-files, checkout under a sub-path': async () => {
            const co = await box.checkout(origin, 'refs/heads/main', { depth: 1, name: `gw-list-${c}/sub` });
            return viaAction(path.dirname(co.dir), { 'working-directory': join('sub', wd), 'changed-files': gitPaths.join('\n') }, {});
          },
          'pull request API (loopback), checkout under a sub-path, git cannot fetch': async () => {
            const co = await box.checkout(origin, head, { depth: 1, name: `gw-api-${c}/sub` });
            await co.git('remote', 'set-url', 'origin', path.join(box.root, 'no-such-remote.git'));
            const api = await startGitHubApi({ token: 't', repository: 'octo/mono', pulls: { [c + 1]: gitPaths } });
            try {
              const event = await writeEvent(events, `pr-${c}`, { number: c + 1, pull_request: { number: c + 1, base: { sha: base }, head: { sha: head } } });
              return await viaAction(
                path.dirname(co.dir),
                { 'working-directory': join('sub', wd), 'github-token': 't' },
                { eventName: 'pull_request', eventPath: event, apiUrl: api.url, repository: 'octo/mono' },
              );
            } finally {
              await api.close();
            }
          },
          'CLI --files: relative, absolute and .. paths, from the root': async () => {
            const variants = gitPaths.map((p, i) => (i % 3 === 0 ? p : i % 3 === 1 ? path.join(repo.dir, p) : `docs/../${p}`));
            const list = path.join(plain, 'variants.txt');
            fs.writeFileSync(list, `${variants.join('\n')}\n`);
            return viaCli(repo.dir, ['--workspace', wd, '--files', list]);
          },
          'CLI --files from a subdirectory (paths as git prints them)': async () => {
            const list = path.join(plain, 'plain.txt');
            fs.writeFileSync(list, `${gitPaths.map((p) => `./${p}`).join('\n')}\n`);
            return viaCli(path.join(repo.dir, 'docs'), ['--workspace', path.relative('docs', wd) || '.', '--files', list]);
          },
          'CLI --base from the root': () => viaCli(repo.dir, ['--workspace', wd, '--base', base]),
          'CLI --base from the workspace directory': () => viaCli(path.join(repo.dir, wd), ['--base', base]),
        };
        for (const [door, run] of Object.entries(doors)) answers[door] = await run();
        for (const [door, answer] of Object.entries(answers)) {
          expect({ door, ...answer }, label).toEqual({ door, ...reference });
        }

        // The rule "every member": a tag push has no base to compare against.
        const co = await box.checkout(origin, 'refs/heads/main', { depth: 1, name: `tag-${c}` });
        const tagEvent = await writeEvent(events, `tag-${c}`, { ref: `refs/tags/v${c}`, before: '0'.repeat(40), after: head, repository: { default_branch: 'main' } });
        const tag = await viaAction(co.dir, { 'working-directory': wd }, { eventName: 'push', eventPath: tagEvent });
        expect(tag, label).toEqual({ all: true, members: wsMembers });
      }
    });
  }
});
