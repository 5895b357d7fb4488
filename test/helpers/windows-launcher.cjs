// Run by Windows Node under Wine (test/e2e/wine.test.ts): starts `node
// <entry>` with the environment spelled as GitHub's Windows runner spells it.
// Wine names the search path `PATH`; the runner names it `Path`, which is the
// spelling that broke a step copying its environment. UVWS_STEP_PATH is the
// value the step gets as `Path`.
const { spawnSync } = require('node:child_process');

const env = {};
for (const [name, value] of Object.entries(process.env)) {
  if (name.toUpperCase() !== 'PATH' && name !== 'UVWS_STEP_PATH') env[name] = value;
}
env.Path = process.env.UVWS_STEP_PATH ?? process.env.PATH;
const result = spawnSync(process.execPath, process.argv.slice(2), { env, stdio: 'inherit' });
if (result.error) console.error(`launcher: ${result.error.message}`);
process.exitCode = result.status ?? 1;
