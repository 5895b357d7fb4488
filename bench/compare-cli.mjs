#!/usr/bin/env node
// Differential check of two CLI bundles: byte-identical stdout, stderr and exit
// code for affected (json, table, names, github), graph, fingerprints, members
// and why, on every workspace of ../shared/corpus and on a generated workspace,
// with several change sets each. A faster path must give the same answer as
// the slow one; this is the proof on real data.
//
// usage: node bench/compare-cli.mjs BASE_CLI NEW_CLI [--gen DIR] [--jobs N]
//   BASE_CLI, NEW_CLI: paths to dist/cli/index.js of the two builds
//   --gen DIR: also compare on a generated workspace (e.g. /work/gen2000)
//   --only TEXT: only the workspaces whose name (repo:root, or gen) holds TEXT
//   --git: also fingerprints inside a git work tree: an index of each
//     repository's files in a temporary GIT_DIR (the files are read in place,
//     never copied), as GIT_DIR and GIT_WORK_TREE point the CLI's git at it
// Exit status 1 when any case differs; each difference is printed.
import { execFile, execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

const here = new URL(".", import.meta.url).pathname;
const corpus = resolve(here, "../../shared/corpus");
const argv = process.argv.slice(2);
const [baseCli, newCli] = argv.map((a) => resolve(a));
const genDir = argv.includes("--gen") ? resolve(argv[argv.indexOf("--gen") + 1]) : null;
const only = argv.includes("--only") ? argv[argv.indexOf("--only") + 1] : "";
const withGit = argv.includes("--git");
const jobs = argv.includes("--jobs") ? Number(argv[argv.indexOf("--jobs") + 1]) : 2;
const tmp = mkdtempSync(join(tmpdir(), "cmp-cli-"));

// A small deterministic PRNG so change sets are the same on every run.
function rng(seed) {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

function sample(list, n, seed) {
  const r = rng(seed);
  const out = [];
  for (let i = 0; i < n && list.length; i++) out.push(list[Math.floor(r() * list.length)]);
  return out;
}

function under(files, dir) {
  const pre = dir === "." ? "" : dir + "/";
  return files.filter((f) => f.startsWith(pre));
}

// Change sets: the edge cases that decide between owners, surfaces, globals
// and the lock, plus random mixes and everything at once.
function changeSets(repoFiles, wsRoot, memberPaths, seed) {
  const files = under(repoFiles, wsRoot);
  const rel = (p) => (wsRoot === "." ? p : `${wsRoot}/${p}`);
  const firstOf = (m) => under(files, m).find((f) => f.startsWith(m === "." ? "" : m)) ?? `${m}/new_file.py`;
  const testsOf = (m) => under(files, m).find((f) => /tests?\//.test(f)) ?? `${m}/tests/test_x.py`;
  const sets = {
    empty: [],
    onePerMember: memberPaths.map(firstOf),
    testsOnly: memberPaths.map(testsOf),
    random20: sample(files, 20, seed),
    random300: sample(files, 300, seed + 1),
    oneMember: [firstOf(memberPaths[Math.floor(memberPaths.length / 2)] ?? ".")],
    pyprojects: sample(memberPaths, 5, seed + 2).map((m) => `${m}/pyproject.toml`),
    rootPyproject: [rel("pyproject.toml")],
    lock: [rel("uv.lock")],
    unowned: ["no/such/dir/file.txt", "README.md", "./docs/../x.md", rel("zz-not-a-member/a.py")],
    all: repoFiles.slice(0, 6000),
  };
  return sets;
}

// Outside a git work tree, builds up to 1b2f89c named whichever of their two
// concurrent git commands failed first (`git ls-files` on one run, `git
// diff-files` on the next); later builds always name `git ls-files`. That race
// is not a difference between builds, so a comparison with an old build ignores it.
const unraced = (text) => text.replace(/^(error: fingerprints need a git work tree: `git )(?:ls-files|diff-files)(` failed)/m, "$1...$2");

function run(cli, cwd, args, env = {}) {
  return new Promise((done) => {
    execFile(process.execPath, [cli, ...args], { cwd, maxBuffer: 1 << 28, env: { ...process.env, COLUMNS: "100", ...env } },
      (err, stdout, stderr) => done({ code: err ? (err.code ?? String(err.signal)) : 0, stdout, stderr: unraced(stderr) }));
  });
}

function casesFor(name, cwd, ws, memberNames, sets) {
  const cases = [];
  const add = (args) => cases.push({ name, cwd, args });
  const wsArgs = ["--workspace", ws];
  for (const f of ["json", "table", "names"]) add(["members", ...wsArgs, "--format", f]);
  add(["fingerprints", ...wsArgs, "--json"]);
  add(["graph", ...wsArgs]);
  add(["graph", ...wsArgs, "--format", "dot"]);
  const whyNames = [memberNames[0], memberNames[memberNames.length - 1], memberNames[memberNames.length >> 1], "not-a-member"];
  for (const [setName, paths] of Object.entries(sets)) {
    const file = join(tmp, `${name.replace(/\W/g, "_")}-${setName}.txt`);
    writeFileSync(file, paths.join("\n") + (paths.length ? "\n" : ""));
    const f = ["--files", file];
    for (const fmt of ["json", "table", "names", "github"]) add(["affected", ...wsArgs, ...f, "--format", fmt]);
    add(["affected", ...wsArgs, ...f, "--json", "--dependents", "any"]);
    add(["affected", ...wsArgs, ...f, "--json", "--sync-args", "--all-extras"]);
    add(["affected", ...wsArgs, ...f, "--json", "--sync-args", "--no-dev"]);
    add(["affected", ...wsArgs, ...f, "--json", "--ignore", "**/*.md", "--global", "**/conftest.py"]);
    add(["graph", ...wsArgs, ...f, "--affected"]);
    for (const w of whyNames) {
      add(["why", w, ...wsArgs, ...f]);
      add(["why", w, ...wsArgs, ...f, "--json"]);
    }
  }
  return cases;
}

function corpusWorkspaces() {
  const out = [];
  for (const repo of readdirSync(corpus).sort()) {
    const dir = join(corpus, repo);
    const meta = join(dir, "WORKSPACES.json");
    if (!existsSync(meta)) continue;
    const repoFiles = readFileSync(join(dir, "FILES.txt"), "utf8").split("\n").filter(Boolean);
    const info = JSON.parse(readFileSync(meta, "utf8"));
    info.workspaces.forEach((w, i) => {
      const memberPaths = w.members.map((m) => m.path);
      const memberNames = w.members.map((m) => m.name).filter(Boolean);
      out.push({ name: `${repo}:${w.root}`, cwd: dir, ws: w.root, repoFiles, memberPaths, memberNames, seed: 17 + i });
    });
  }
  return out;
}


/** Fingerprints in a git work tree: one temporary index per repository, shared by its workspaces. */
function gitCases(spaces) {
  const gitDirs = new Map();
  const cases = [];
  for (const w of spaces) {
    let env = gitDirs.get(w.cwd);
    if (!env) {
      env = { GIT_DIR: join(tmp, `git-${gitDirs.size}`), GIT_WORK_TREE: w.cwd };
      const opts = { cwd: w.cwd, env: { ...process.env, ...env }, stdio: "ignore" };
      execFileSync("git", ["init", "-q"], opts);
      execFileSync("git", ["add", "-A"], opts);
      gitDirs.set(w.cwd, env);
    }
    const ws = ["--workspace", w.ws];
    for (const extra of [["--json"], ["--format", "table"], ["--format", "github"], ["--explain"], ["--json", "--sync-args", "--all-extras"], ["--json", "--dependents", "any"]]) {
      cases.push({ name: `${w.name} (git)`, cwd: w.cwd, args: ["fingerprints", ...ws, ...extra], env });
    }
  }
  return cases;
}

async function main() {
  const spaces = corpusWorkspaces();
  if (genDir) {
    const members = JSON.parse((await run(baseCli, genDir, ["members", "--json"])).stdout);
    const repoFiles = readFileSync(join(genDir, "changed-5000.txt"), "utf8").split("\n").filter(Boolean);
    spaces.push({ name: "gen", cwd: genDir, ws: ".", repoFiles, memberPaths: members.map((m) => m.path), memberNames: members.map((m) => m.name), seed: 99 });
  }
  const chosen = spaces.filter((w) => w.name.includes(only));
  let cases = [];
  for (const s of chosen) {
    const sets = changeSets(s.repoFiles, s.ws, s.memberPaths, s.seed);
    if (s.name === "gen") sets.changed5000 = s.repoFiles;
    cases = cases.concat(casesFor(s.name, s.cwd, s.ws, s.memberNames, sets));
  }
  if (withGit) cases = cases.concat(gitCases(chosen));
  let next = 0, diffs = 0, done = 0, ok = 0;
  async function worker() {
    while (next < cases.length) {
      const c = cases[next++];
      const [a, b] = [await run(baseCli, c.cwd, c.args, c.env), await run(newCli, c.cwd, c.args, c.env)];
      done++;
      if (a.code === 0) ok++;
      for (const k of ["code", "stdout", "stderr"]) {
        if (a[k] !== b[k]) {
          diffs++;
          console.log(`DIFF ${k} ${c.name} ${c.args.join(" ")}\n  base: ${String(a[k]).slice(0, 300)}\n  new:  ${String(b[k]).slice(0, 300)}`);
        }
      }
    }
  }
  await Promise.all(Array.from({ length: jobs }, worker));
  // How many succeeded says whether answers, not only errors, were compared.
  console.log(`${done} cases on ${chosen.length} workspaces (${ok} exit 0 on base), ${diffs} differences`);
  rmSync(tmp, { recursive: true, force: true });
  process.exit(diffs ? 1 : 0);
}

await main();
