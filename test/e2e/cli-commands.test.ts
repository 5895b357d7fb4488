// Every CLI command and format through the bundle (dist/cli/index.js), on a
// real workspace read in place: livekit/agents from the corpus (83 members,
// livekit-agents with ~70 plugins as optional extras, plugins that ask
// livekit-agents[openai]). The corpus is no git work tree, so the change is
// given with --files; fingerprints (which hash tracked files) run on the
// corpus files committed to a temporary repository.
import { execFile } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMANDS, OPTION_HELP } from '../../src/cli/commands.js';
import { CHANGE_OUTPUTS } from '../../src/report/outputs.js';
import { runOnRepo } from '../helpers/action-e2e.js';
import { corpusFiles } from '../helpers/fixtures.js';
import { createSandbox, type Repo, type Sandbox } from '../helpers/git.js';
import { corpusDir, distDir, uvPathDir, UV_VERSION } from '../helpers/tools.js';

const corpus = corpusDir();
const livekit = corpus && path.join(corpus, 'livekit__agents');
const autogen = corpus && path.join(corpus, 'microsoft__autogen');
const CLI = path.join(distDir(), 'cli', 'index.js');

/** PATH with node but without uv (the pinned uv is put first when a test wants it). */
const NODE_PATH = `${path.dirname(process.execPath)}${path.delimiter}/usr/bin${path.delimiter}/bin`;

function run(cwd: string, args: string[], env: Record<string, string> = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, env: { PATH: NODE_PATH, HOME: os.tmpdir(), ...env } }, (error, stdout, stderr) => {
      resolve({ code: error ? ((error as { code?: number }).code ?? 1) : 0, stdout, stderr });
    });
  });
}

function sh(cwd: string, script: string): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile('sh', ['-c', script], { cwd, encoding: 'utf8', env: { PATH: NODE_PATH, CLI } }, (error, stdout, stderr) => {
      resolve({ code: error ? ((error as { code?: number }).code ?? 1) : 0, stdout, stderr });
    });
  });
}

const widest = (text: string) => Math.max(...text.split('\n').map((line) => line.length));

let tmp: string;
/** One file of livekit-agents, one of the openai plugin, one top-level test (no member owns it). */
let changes: string;
let CHANGED: string[];

beforeAll(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'uvws-cli-commands-'));
  if (!livekit) return;
  const files = readFileSync(path.join(livekit, 'FILES.txt'), 'utf8').split('\n');
  CHANGED = [
    files.find((f) => f.startsWith('livekit-agents/livekit/agents/') && f.endsWith('.py'))!,
    files.find((f) => f.startsWith('livekit-plugins/livekit-plugins-openai/livekit/') && f.endsWith('.py'))!,
    files.find((f) => /^tests\/test_[a-z_]+\.py$/.test(f))!,
  ];
  changes = path.join(tmp, 'changes.txt');
  writeFileSync(changes, `${CHANGED.join('\n')}\n`);
});

afterAll(async () => {
  if (tmp) await rm(tmp, { recursive: true, force: true });
});

describe.skipIf(!livekit)('livekit/agents through dist/cli/index.js', () => {
  describe('members', () => {
    it('the table fits the terminal: long dependency lists end in "and N more", edge kinds are named', async () => {
      for (const columns of [80, 120, 200]) {
        const result = await run(livekit!, ['members'], { COLUMNS: String(columns) });
        expect(result.code, result.stderr).toBe(0);
        expect(widest(result.stdout), `COLUMNS=${columns}`).toBeLessThanOrEqual(columns);
        // livekit-agents' plugins are its optional extras, said as such.
        expect(result.stdout).toMatch(/livekit-plugins-[a-z]+ \(extra [a-z]+\).*, and \d+ more$/m);
        expect(result.stdout).toMatch(/^83 members in workspace \. \(virtual root\)$/m);
      }
    });

    it('--format json: each edge with its kind and name, beside the names', async () => {
      const result = await run(livekit!, ['members', '--format', 'json']);
      const list = JSON.parse(result.stdout) as { name: string; dependencies: string[]; edges: { to: string; kind: string; extra?: string; extras?: string[] }[] }[];
      const agents = list.find((m) => m.name === 'livekit-agents')!;
      expect(agents.edges).toContainEqual({ to: 'livekit-plugins-openai', kind: 'extra', extra: 'openai' });
      expect(agents.edges.every((e) => e.kind === 'extra')).toBe(true);
      expect(agents.dependencies).toEqual([...new Set(agents.edges.map((e) => e.to))].sort());
      const azure = list.find((m) => m.name === 'livekit-plugins-azure')!;
      expect(azure.edges).toContainEqual({ to: 'livekit-agents', kind: 'runtime', extras: ['openai'] });
      // --json is an alias.
      expect((await run(livekit!, ['members', '--json'])).stdout).toBe(result.stdout);
    });

    it('--format names: one member per line', async () => {
      const json = JSON.parse((await run(livekit!, ['members', '--json'])).stdout) as { name: string }[];
      const names = await run(livekit!, ['members', '--format', 'names']);
      expect(names.stdout).toBe(json.map((m) => `${m.name}\n`).join(''));
    });
  });

  describe('affected', () => {
    it('the table fits the terminal and names what no member owns', async () => {
      for (const columns of [80, 120]) {
        const result = await run(livekit!, ['affected', '--files', changes], { COLUMNS: String(columns) });
        expect(result.code, result.stderr).toBe(0);
        // The unowned hint is one sentence of prose; every table line fits.
        const table = result.stdout.split('\nnot owned by any member')[0]!;
        expect(widest(table), `COLUMNS=${columns}`).toBeLessThanOrEqual(columns);
        expect(result.stdout).toMatch(/^83 of 83 members affected$/m);
        expect(result.stdout).toContain(`not owned by any member (1): ${CHANGED[2]}`);
      }
    });

    it('--format names, piped into a shell loop', async () => {
      const json = JSON.parse((await run(livekit!, ['affected', '--files', changes, '--json'])).stdout) as { members: { name: string }[] };
      const loop = await sh(livekit!, `for m in $(node "$CLI" affected --files ${JSON.stringify(changes)} --format names); do echo "test $m"; done`);
      expect(loop.code, loop.stderr).toBe(0);
      expect(loop.stdout).toBe(json.members.map((m) => `test ${m.name}\n`).join(''));
      // What no member owns is still said, on stderr, out of the loop's way.
      expect(loop.stderr).toContain(`not owned by any member (1): ${CHANGED[2]}`);
    });

    it('--format json: the change, the changed and unowned paths, and reasons as values beside their words', async () => {
      const result = await run(livekit!, ['affected', '--files', changes, '--format', 'json']);
      const out = JSON.parse(result.stdout) as {
        all: boolean;
        change: { source: string };
        changed: string[];
        unowned: string[];
        members: { name: string; path: string; reasons: string[]; details: Record<string, unknown>[] }[];
      };
      expect(out.change.source).toBe('changed-files');
      expect(out.changed).toEqual([...CHANGED].sort());
      expect(out.unowned).toEqual([CHANGED[2]]);
      const agents = out.members.find((m) => m.name === 'livekit-agents')!;
      expect(agents.reasons).toEqual([`changed: ${CHANGED[0]}`]);
      expect(agents.details).toEqual([{ kind: 'changed', paths: [CHANGED[0]], more: 0, text: [`changed: ${CHANGED[0]}`] }]);
      const azure = out.members.find((m) => m.name === 'livekit-plugins-azure')!;
      // Through livekit-agents[openai]: the via member and the extra asked of it, and the edge kind of azure's own edge.
      expect(azure.details).toContainEqual({
        kind: 'dependency',
        on: 'livekit-plugins-openai',
        dependency: { kind: 'runtime' },
        via: { member: 'livekit-agents', extra: 'openai' },
        text: ['depends on livekit-plugins-openai via livekit-agents[openai]'],
      });
      expect(azure.reasons).toEqual(azure.details.flatMap((d) => d.text as string[]));
    });

    it('--format github: key=value lines of the action\'s outputs', async () => {
      const result = await run(livekit!, ['affected', '--files', changes, '--format', 'github']);
      const lines = result.stdout.trimEnd().split('\n');
      expect(lines.map((l) => l.slice(0, l.indexOf('=')))).toEqual([...CHANGE_OUTPUTS]);
      const outputs = Object.fromEntries(lines.map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]));
      expect(JSON.parse(outputs.members!)).toHaveLength(83);
      expect(outputs.count).toBe('83');
      expect(outputs['any-affected']).toBe('true');
      expect(JSON.parse(outputs.unowned!)).toEqual([CHANGED[2]]);
      expect(JSON.parse(outputs.matrix!).include[0]).toEqual({ package: 'livekit-agents', path: 'livekit-agents' });
    });
  });

  describe('why', () => {
    it('the chain from the changed path to the member, one line per hop', async () => {
      const result = await run(livekit!, ['why', 'livekit-plugins-azure', '--files', changes]);
      expect(result.code, result.stderr).toBe(0);
      expect(result.stdout).toContain(
        [
          `  livekit-plugins-openai: changed: ${CHANGED[1]}`,
          '    -> livekit-agents installs livekit-plugins-openai (extra openai)',
          '    -> livekit-plugins-azure installs livekit-agents[openai] (runtime)',
        ].join('\n'),
      );
      expect(result.stdout).toContain(`  livekit-agents: changed: ${CHANGED[0]}\n    -> livekit-plugins-azure installs livekit-agents (runtime)\n`);
      const json = JSON.parse((await run(livekit!, ['why', 'livekit-plugins-azure', '--files', changes, '--json'])).stdout) as { affected: boolean; chains: { changed: string; hops: unknown[] }[] };
      expect(json.affected).toBe(true);
      expect(json.chains.map((c) => [c.changed, c.hops.length])).toEqual([
        ['livekit-agents', 1],
        ['livekit-plugins-openai', 2],
      ]);
    });

    it('or why not: what its sync installs, and what changed elsewhere', async () => {
      const plugin = path.join(tmp, 'plugin.txt');
      writeFileSync(plugin, `${CHANGED[1]}\n`);
      const result = await run(livekit!, ['why', 'livekit-plugins-silero', '--files', plugin]);
      expect(result.code, result.stderr).toBe(0);
      expect(result.stdout).toBe(
        [
          'livekit-plugins-silero (livekit-plugins/livekit-plugins-silero) is not affected by 1 changed path:',
          '  it is not in livekit-plugins/livekit-plugins-silero or among its inputs',
          '  uv sync --package livekit-plugins-silero installs 1 other member: livekit-agents',
          '  changed, and not installed by livekit-plugins-silero: livekit-plugins-openai',
          '',
        ].join('\n'),
      );
      const unknown = await run(livekit!, ['why', 'no-such-member', '--files', plugin]);
      expect(unknown.code).toBe(1);
      expect(unknown.stderr).toMatch(/^error: 'no-such-member' is not a member of the workspace at \.\nhint: /);
    });
  });

  describe('graph', () => {
    it('the workspace as Mermaid and as DOT, every member and labelled edge', async () => {
      const mermaid = await run(livekit!, ['graph']);
      expect(mermaid.code, mermaid.stderr).toBe(0);
      const lines = mermaid.stdout.trimEnd().split('\n');
      expect(lines[0]).toBe('graph LR');
      expect(lines.filter((l) => /^ {2}m\d+\["/.test(l))).toHaveLength(83);
      const id = (name: string) => /^ {2}(m\d+)\["(.*)"\]$/.exec(lines.find((l) => l.endsWith(`["${name}"]`))!)![1];
      expect(lines).toContain(`  ${id('livekit-agents')} -->|extra openai| ${id('livekit-plugins-openai')}`);
      expect(lines).toContain(`  ${id('livekit-plugins-azure')} -->|runtime +openai| ${id('livekit-agents')}`);
      const dot = await run(livekit!, ['graph', '--format', 'dot']);
      expect(dot.stdout).toMatch(/^digraph workspace \{\n/);
      expect(dot.stdout).toContain(`  ${id('livekit-agents')} -> ${id('livekit-plugins-openai')} [label="extra openai"];`);
      expect(dot.stdout.trimEnd().endsWith('}')).toBe(true);
    });

    it('--affected: the changed members and what they pull in, as the job summary draws it', async () => {
      const result = await run(livekit!, ['graph', '--affected', '--files', changes]);
      expect(result.stdout).toMatch(/^ {2}m0\["livekit-agents"\]:::changed$/m);
      expect(result.stdout).toMatch(/^ {2}m1\["livekit-plugins-openai"\]:::changed$/m);
      expect(result.stdout).toMatch(/^ {2}f\d+\["\d+ members in livekit-plugins\/"\]$/m);
      // The openai plugin changed too, and installs livekit-agents.
      expect(result.stdout).toContain('  m0 -->|runtime| m1');
      const refused = await run(livekit!, ['graph', '--files', changes]);
      expect(refused.code).toBe(2);
      expect(refused.stderr).toBe("error: --files needs --affected (the graph of the whole workspace reads no change)\nhint: run 'uv-workspace-sync graph --help' for usage\n");
    });
  });

  describe('--help', () => {
    it('each command prints its own usage and every option it takes', async () => {
      const helps = new Set<string>();
      for (const [command, spec] of Object.entries(COMMANDS)) {
        const result = await run(livekit!, [command, '--help']);
        expect(result.code).toBe(0);
        expect(result.stdout.startsWith(`Usage:\n  uv-workspace-sync ${command} `), command).toBe(true);
        for (const option of [...spec.values, ...spec.flags]) {
          const shown = `  ${option}${OPTION_HELP[option]!.arg ? ` ${OPTION_HELP[option]!.arg}` : ''}`;
          expect(result.stdout, `${command} ${option}`).toMatch(new RegExp(`^${shown.replace(/[|[\]]/g, '\\$&')}( |$)`, 'm'));
        }
        expect(result.stdout).toMatch(/^ {2}-h, --help +Show this help$/m);
        expect(widest(result.stdout), command).toBeLessThanOrEqual(100);
        expect((await run(livekit!, ['help', command])).stdout).toBe(result.stdout);
        helps.add(result.stdout);
      }
      expect(helps.size).toBe(Object.keys(COMMANDS).length);
      const affected = await run(livekit!, ['affected', '-h']);
      expect(affected.stdout).toMatch(/^ {2}--head REF +Compare the commit REF instead of the work tree/m);
      const wrong = await run(livekit!, ['affected', '--frob']);
      expect(wrong).toEqual({ code: 2, stdout: '', stderr: "error: unknown option '--frob' for 'affected'\nhint: run 'uv-workspace-sync affected --help' for usage\n" });
    });
  });
});

describe.skipIf(!autogen)('microsoft/autogen: the workspace lives in python/', () => {
  it("from the repository root, the error points at python/ in the CLI's words", async () => {
    const result = await run(autogen!, ['members']);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(
      "error: no pyproject.toml in '.' or any parent directory up to the repository root\nhint: python/pyproject.toml has [tool.uv.workspace]: run with --workspace python\n",
    );
    expect(result.stderr).not.toContain('working-directory');
    const there = await run(autogen!, ['members', '--workspace', 'python', '--format', 'names']);
    expect(there.code, there.stderr).toBe(0);
    expect(there.stdout.trimEnd().split('\n')).toHaveLength(9);
  });
});

describe.skipIf(!livekit)('livekit/agents committed to a git repository', () => {
  let box: Sandbox;
  let repo: Repo;
  let base: string;

  beforeAll(async () => {
    box = await createSandbox();
    repo = await box.repo('livekit');
    const files = corpusFiles(livekit!, ['pyproject.toml', 'uv.lock', '.python-version']);
    base = await repo.commit('workspace', files);
    await repo.commit('change', Object.fromEntries(CHANGED.map((f) => [f, 'x = 1\n'])));
  });

  afterAll(async () => {
    await box?.remove();
  });

  it("--format github prints the same keys and values the action's outputs hold", async () => {
    const job = await runOnRepo({ repoDir: repo.dir, inputs: { mode: 'detect', base }, post: false });
    expect(job.main.code, job.main.stdout).toBe(0);
    const cli = await run(repo.dir, ['affected', '--base', base, '--format', 'github']);
    expect(cli.code, cli.stderr).toBe(0);
    const printed = Object.fromEntries(cli.stdout.trimEnd().split('\n').map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]));
    expect(Object.keys(printed)).toEqual([...CHANGE_OUTPUTS]);
    for (const name of CHANGE_OUTPUTS) expect(printed[name], name).toBe(job.main.outputs[name]);
  });

  it('fingerprints --explain: the facts behind each; without uv on PATH a warning that they will differ from CI', async () => {
    const without = await run(repo.dir, ['fingerprints', '--explain']);
    expect(without.code, without.stderr).toBe(0);
    expect(without.stderr).toBe(
      'warning: uv is not on PATH: the uv version is part of every fingerprint, so these will differ from the ones a CI job with uv computes; put uv on PATH\n',
    );
    expect(without.stdout).toMatch(/^uv: none \(not on PATH\)\npython: \S+\nos: linux x64\nselection: \{.*\}\nglobal files: \d+\n/);
    const withUv = await run(repo.dir, ['fingerprints', '--explain'], { PATH: `${uvPathDir()}${path.delimiter}${NODE_PATH}` });
    expect(withUv.stderr).toBe('');
    expect(withUv.stdout).toMatch(new RegExp(`^uv: ${UV_VERSION.replace(/\./g, '\\.')}\\n`));
    const prints = JSON.parse((await run(repo.dir, ['fingerprints', '--json'], { PATH: `${uvPathDir()}${path.delimiter}${NODE_PATH}` })).stdout) as Record<string, string>;
    // Each member's block: its fingerprint, its files, what it installs, its locked closure.
    expect(withUv.stdout).toContain(`\nlivekit-agents  ${prints['livekit-agents']}\n  files: 2 own, 0 under its inputs outside it\n  installs: no other member\n  lock closure: `);
    expect(withUv.stdout).toMatch(/\nlivekit-plugins-azure {2}[0-9a-f]{64}\n {2}files: 1 own, 0 under its inputs outside it\n {2}installs: 2 other members \(\d+ of their files count\): livekit-agents, livekit-plugins-openai\n {2}lock closure: \d+ packages, sha256 [0-9a-f]{16}\n/);
    const json = JSON.parse((await run(repo.dir, ['fingerprints', '--explain', '--json'], { PATH: `${uvPathDir()}${path.delimiter}${NODE_PATH}` })).stdout) as {
      env: { uv: string };
      members: Record<string, { fingerprint: string; lock: { packages: number } }>;
    };
    expect(json.env.uv).toBe(UV_VERSION);
    expect(Object.fromEntries(Object.entries(json.members).map(([name, m]) => [name, m.fingerprint]))).toEqual(prints);
    const github = await run(repo.dir, ['fingerprints', '--format', 'github'], { PATH: `${uvPathDir()}${path.delimiter}${NODE_PATH}` });
    expect(github.stdout).toBe(`fingerprints=${JSON.stringify(prints)}\n`);
  });
});
