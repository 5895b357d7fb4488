// Layer rules for src/ (run by .ci/run through `npm run lint:layers`).
// The design: a pure core (workspace/, affected/, report/, cache key and
// policy, uv output parsing) under a thin shell (action/, cli/ and the entry
// files) that alone touches the runner. These rules keep imports flowing one
// way, so a reader can follow an input down the layers without coming back up.
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'A cycle means two modules own one fact between them.',
      from: { path: '^src/' },
      to: { circular: true },
    },
    {
      name: 'no-orphans',
      severity: 'error',
      comment: 'A module nothing imports is dead code (entry points excepted).',
      from: { orphan: true, path: '^src/', pathNot: '^src/(main|post|cli)\\.ts$|\\.d\\.ts$' },
      to: {},
    },
    {
      name: 'core-not-shell',
      severity: 'error',
      comment: 'Only the shell (action/, cli/, entry files) may import the shell.',
      from: { path: '^src/', pathNot: '^src/(action|cli)/|^src/(main|post|cli)\\.ts$' },
      to: { path: '^src/(action|cli)/|^src/(main|post|cli)\\.ts$' },
    },
    {
      name: 'workspace-is-the-bottom',
      severity: 'error',
      comment: 'The workspace model imports nothing above it (the shared leaves excepted).',
      from: { path: '^src/workspace/' },
      to: { path: '^src/', pathNot: '^src/workspace/|^src/(errors|read-file|log|process|text|env|executable|builtin)\\.ts$' },
    },
    {
      name: 'affected-takes-a-change-set',
      severity: 'error',
      comment: 'affected/ reads the ChangeSet that changes/ delivers complete (changes/types.ts); it never goes back to git or the API after detection.',
      from: { path: '^src/affected/' },
      to: { path: '^src/changes/', pathNot: '^src/changes/types\\.ts$' },
    },
    {
      name: 'leaves-are-leaves',
      severity: 'error',
      comment: 'The shared leaves (errors, bounded reader, Log, process runner and its program lookup, environment names, text helpers, built-ins loaded when first used) are used by every layer, so they import only each other.',
      from: { path: '^src/(errors|read-file|log|process|text|env|executable|builtin)\\.ts$' },
      to: { path: '^src/', pathNot: '^src/(errors|read-file|log|process|text|env|executable|builtin)\\.ts$' },
    },
    {
      name: 'runner-only-in-shell',
      severity: 'error',
      comment: '@actions/* is the runner: only the shell, the cache service adapters (cache/save, cache/service) and the GitHub API client talk to it.',
      from: { path: '^src/', pathNot: '^src/(action|cli)/|^src/(main|post)\\.ts$|^src/cache/(save|service)\\.ts$|^src/changes/github-api\\.ts$' },
      to: { path: '(^|node_modules/)@actions/' },
    },
    {
      name: 'one-process-runner',
      severity: 'error',
      comment: 'Child processes start in src/process.ts only (argv arrays, bounded output, timeouts).',
      from: { path: '^src/', pathNot: '^src/process\\.ts$' },
      to: { path: '^(node:)?child_process$' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: true,
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default'] },
  },
};
