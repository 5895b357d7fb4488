// `npm run demo`: the action's main job, run from dist/ as the GitHub runner
// runs it, on the bundled example workspace (example/), with the real uv.
// A throwaway git repository gets two commits — the second edits the `api`
// member — and a push event between them; the action then detects, places
// the uv cache, syncs the affected members, prunes and (tries to) save.
// Packages come from PyPI, as on a user's runner. The GitHub cache service
// does not exist here, so restore/save end in a warning, as they would on a
// runner without it: cache trouble never fails the job.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, appendFileSync, writeFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runPost, runStep } from './lib/runner.mjs';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const tools = JSON.parse(readFileSync(path.join(root, 'tools.json'), 'utf8'));
const uvDir = path.join(root, '.tools', 'uv', tools.uv, 'bin');
const keep = process.argv.includes('--keep');

const tmp = mkdtempSync(path.join(os.tmpdir(), 'uvws-demo-'));
const repo = path.join(tmp, 'repo');
cpSync(path.join(root, 'example'), repo, { recursive: true, filter: (src) => !/[\\/](\.venv|\.uv-cache)$/.test(src) });

const git = (...args) => execFileSync('git', args, { cwd: repo, encoding: 'utf8' }).trim();
git('init', '-q', '-b', 'main');
git('-c', 'user.name=demo', '-c', 'user.email=demo@example.com', 'add', '-A');
git('-c', 'user.name=demo', '-c', 'user.email=demo@example.com', 'commit', '-qm', 'example workspace');
const before = git('rev-parse', 'HEAD');
appendFileSync(path.join(repo, 'packages', 'api', 'src', 'demo_api', '__init__.py'), '\nVERSION = "0.1.1"\n');
git('-c', 'user.name=demo', '-c', 'user.email=demo@example.com', 'commit', '-qam', 'api: add VERSION');
const after = git('rev-parse', 'HEAD');

const eventPath = path.join(tmp, 'event.json');
writeFileSync(eventPath, JSON.stringify({ ref: 'refs/heads/main', before, after, forced: false, repository: { default_branch: 'main' } }));
const runnerTemp = path.join(tmp, 'runner-temp');
mkdirSync(runnerTemp);

const env = {
  GITHUB_ACTIONS: 'true',
  GITHUB_ACTION: '__example_uv-workspace-sync',
  GITHUB_WORKSPACE: repo,
  GITHUB_EVENT_NAME: 'push',
  GITHUB_EVENT_PATH: eventPath,
  GITHUB_REPOSITORY: 'example/monorepo',
  GITHUB_REF_NAME: 'main',
  RUNNER_TEMP: runnerTemp,
  RUNNER_ENVIRONMENT: 'github-hosted',
  PATH: `${uvDir}${path.delimiter}${process.env.PATH}`,
  UV_PYTHON_DOWNLOADS: 'never',
};
const inputs = { 'working-directory': '.', 'sync-args': '--locked', 'github-token': '' };

function banner(text) {
  process.stdout.write(`\n\x1b[1m=== ${text}\x1b[0m\n`);
}

banner(`main step (dist/main/index.js) on ${repo}: push ${before.slice(0, 7)}..${after.slice(0, 7)}`);
const main = await runStep(path.join(root, 'dist', 'main', 'index.js'), { inputs, env, cwd: repo, echo: true });
banner('post step (dist/post/index.js)');
const post = await runPost(path.join(root, 'dist', 'post', 'index.js'), main, { inputs, env, cwd: repo, echo: true });
if (post.skipped) process.stdout.write("skipped: main said it has nothing to do (action.yml's post-if)\n");

banner('outputs');
for (const [name, value] of Object.entries(main.outputs)) process.stdout.write(`${name}: ${value}\n`);
banner('job summary (markdown)');
process.stdout.write(main.summary + post.summary);
if (existsSync(path.join(repo, '.venv'))) {
  banner('the venv holds');
  process.stdout.write(execFileSync(path.join(uvDir, 'uv'), ['pip', 'list', '--python', path.join(repo, '.venv')], { cwd: repo, encoding: 'utf8' }));
}
if (keep) process.stdout.write(`\nkept ${tmp}\n`);
else rmSync(tmp, { recursive: true, force: true });
process.exitCode = main.code || post.code;
