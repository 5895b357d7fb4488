// How the runner hands a step its inputs: the variable INPUT_ + the input's
// name upper-cased, spaces as `_`. A module of its own so that the entries'
// first lines (main's early uv probe, post's gate) read an input without
// loading the runner's code.

/** Input `name` as the runner passes it in `env`, trimmed; '' when unset. */
export function inputFromEnv(env: NodeJS.ProcessEnv, name: string): string {
  return (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
}
