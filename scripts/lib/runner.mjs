// Runs a bundled action entry (dist/main, dist/post) the way the GitHub runner
// does: inputs as INPUT_* variables, and the file commands GITHUB_OUTPUT,
// GITHUB_STATE, GITHUB_ENV, GITHUB_PATH and GITHUB_STEP_SUMMARY read back
// afterwards. State saved by main reaches post as STATE_* variables, as on the
// runner. Used by `npm run demo`, the e2e tests and the bench. It runs on
// Linux, macOS and Windows: a step on Windows ends its lines with CRLF.
import { spawn } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { data, Evaluator, Lexer, Parser } from '@actions/expressions';
import { parse as parseYaml } from 'yaml';

/** Parses a file written with `name<<DELIMITER` heredocs or `name=value` lines. */
function parseFileCommand(text) {
  const values = {};
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (!line) continue;
    const heredoc = line.match(/^([^=<]+)<<(.+)$/);
    if (heredoc) {
      const [, name, delimiter] = heredoc;
      const body = [];
      while (++i < lines.length && lines[i] !== delimiter) body.push(lines[i]);
      values[name] = body.join('\n');
      continue;
    }
    const eq = line.indexOf('=');
    if (eq > 0) values[line.slice(0, eq)] = line.slice(eq + 1);
  }
  return values;
}

/** The runner's name for an input: `INPUT_` + upper case, spaces to `_`, hyphens kept. */
function inputVariable(name) {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}

/**
 * Runs `file args` with its stdout and stderr written to files, read at the
 * end: Wine hands a Windows program a pipe it cannot write to, but a file works.
 */
export async function runToFiles(file, args, { cwd, env } = {}) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'uvws-streams-'));
  try {
    const names = [path.join(dir, 'stdout'), path.join(dir, 'stderr')];
    const fds = names.map((name) => openSync(name, 'w'));
    const child = spawn(file, args, { cwd, env, stdio: ['ignore', ...fds] });
    fds.forEach((fd) => closeSync(fd));
    const code = await new Promise((resolve) => child.on('close', (c) => resolve(c ?? 1)));
    const [stdout, stderr] = names.map((name) => readFileSync(name, 'utf8'));
    return { code, stdout, stderr };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Starts the step's process: `node entry`, or `launcher… entry` (Windows Node under Wine), whose streams go through files. */
async function startStep(entry, step, env) {
  const [file, ...args] = [...(step.launcher ?? [step.node ?? process.execPath]), entry];
  if (step.launcher) {
    const result = await runToFiles(file, args, { cwd: step.cwd, env });
    if (step.echo) process.stdout.write(result.stdout + result.stderr);
    return result;
  }
  const child = spawn(file, args, { cwd: step.cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => {
    stdout += chunk;
    if (step.echo) process.stdout.write(chunk);
  });
  child.stderr.on('data', (chunk) => {
    stderr += chunk;
    if (step.echo) process.stderr.write(chunk);
  });
  const code = await new Promise((resolve) => child.on('close', (c) => resolve(c ?? 1)));
  return { code, stdout, stderr };
}

/**
 * Runs `node entry` as a step. `step.state` carries the state of an earlier
 * step (main's, for post); `step.hostPath` turns the file commands' paths
 * into the step's own form (`Z:\…` under Wine). Resolves with the exit code,
 * the streams, and what the step wrote through the file commands.
 */
export async function runStep(entry, step) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'uvws-step-'));
  const files = {
    GITHUB_OUTPUT: path.join(dir, 'output'),
    GITHUB_STATE: path.join(dir, 'state'),
    GITHUB_ENV: path.join(dir, 'env'),
    GITHUB_PATH: path.join(dir, 'path'),
    GITHUB_STEP_SUMMARY: path.join(dir, 'summary'),
  };
  for (const file of Object.values(files)) writeFileSync(file, '');
  const hostPath = step.hostPath ?? ((p) => p);
  const fileVariables = Object.fromEntries(Object.entries(files).map(([name, file]) => [name, hostPath(file)]));
  const env = { ...(step.baseEnv ?? process.env) };
  for (const key of Object.keys(env)) if (key.startsWith('INPUT_') || key.startsWith('STATE_')) delete env[key];
  Object.assign(env, fileVariables, step.env ?? {});
  for (const [name, value] of Object.entries(step.inputs ?? {})) env[inputVariable(name)] = value;
  for (const [name, value] of Object.entries(step.state ?? {})) env[`STATE_${name}`] = value;
  const started = process.hrtime.bigint();
  const { code, stdout, stderr } = await startStep(entry, step, env);
  const durationMs = Number(process.hrtime.bigint() - started) / 1e6;
  const read = (file) => readFileSync(file, 'utf8');
  const result = {
    code,
    stdout,
    stderr,
    durationMs,
    outputs: parseFileCommand(read(files.GITHUB_OUTPUT)),
    state: parseFileCommand(read(files.GITHUB_STATE)),
    exportedEnv: parseFileCommand(read(files.GITHUB_ENV)),
    summary: read(files.GITHUB_STEP_SUMMARY),
  };
  rmSync(dir, { recursive: true, force: true });
  return result;
}

/**
 * Whether the runner starts the post step of the action whose action.yml is
 * `actionYml`: its `post-if` (default `always()`), evaluated by GitHub's own
 * expression engine (@actions/expressions) with what actions/runner's
 * StepsRunner gives a post step: the `env` context (the job's environment,
 * GITHUB_ENV exports included), `github.action`, and the status functions,
 * here from main's exit code (a failed main fails the job).
 */
export function postRuns(actionYml, { mainCode, env }) {
  const condition = String(parseYaml(readFileSync(actionYml, 'utf8')).runs?.['post-if'] ?? 'always()');
  const status = (name, value) => [name, { name, minArgs: 0, maxArgs: 0, call: () => new data.BooleanData(value) }];
  const functions = new Map([status('success', mainCode === 0), status('failure', mainCode !== 0), status('always', true), status('cancelled', false)]);
  const text = (value) => new data.StringData(String(value ?? ''));
  const context = new data.Dictionary(
    { key: 'env', value: new data.Dictionary(...Object.entries(env).map(([key, value]) => ({ key, value: text(value) }))) },
    { key: 'github', value: new data.Dictionary({ key: 'action', value: text(env.GITHUB_ACTION) }) },
  );
  const lexed = new Lexer(condition).lex();
  const tree = new Parser(lexed.tokens, ['env', 'github'], [...functions.values()]).parse();
  const result = new Evaluator(tree, context, functions).evaluate();
  // A condition is its value's truthiness (the runner's EvaluateStepIf); ours are booleans, anything else is a mistake here.
  if (!(result instanceof data.BooleanData)) throw new Error(`post-if in ${actionYml} gave ${result.coerceString()}, not true or false`);
  return result.value;
}

/**
 * Runs the post step after `main` as the runner does: with main's state and
 * GITHUB_ENV exports, and only when action.yml's post-if holds (the
 * action.yml two levels above the entry, dist/post/index.js; a dist without
 * one, an older build in the bench, always runs its post). A skipped post is
 * a result with `skipped: true`, exit code 0 and no output, as the runner
 * shows a skipped step.
 */
export async function runPost(entry, main, step) {
  // The job's environment when post starts: main's exports on top of what main saw, unless the caller
  // ran more steps in between and gives it whole (`jobEnv`).
  const env = step.jobEnv ?? { ...(step.baseEnv ?? process.env), ...main.exportedEnv };
  const actionYml = path.join(path.dirname(entry), '..', '..', 'action.yml');
  if (existsSync(actionYml) && !postRuns(actionYml, { mainCode: main.code, env })) {
    return { skipped: true, code: 0, stdout: '', stderr: '', durationMs: 0, outputs: {}, state: {}, exportedEnv: {}, summary: '' };
  }
  return { skipped: false, ...(await runStep(entry, { ...step, baseEnv: env, state: main.state })) };
}

/** Workflow commands (`::error file=x::msg`) printed on stdout, parsed. */
export function workflowCommands(stdout) {
  const commands = [];
  for (const line of stdout.split(/\r?\n/)) {
    const m = line.match(/^::([a-z-]+)(?: ([^:]*))?::(.*)$/);
    if (!m) continue;
    const props = {};
    for (const pair of (m[2] ?? '').split(',').filter(Boolean)) {
      const eq = pair.indexOf('=');
      props[pair.slice(0, eq)] = pair.slice(eq + 1);
    }
    commands.push({ command: m[1], props, message: m[3] });
  }
  return commands;
}
