// Environment variables as the platform names them. On Windows a name is one
// variable in any letter case: the runner's environment spells the search
// path `Path`, and `process.env` there answers `PATH` too. A copy made by
// spreading it (`{ ...process.env }`) is a plain object that does not: it
// holds `Path` only, so `copy.PATH` is undefined, and setting `copy.PATH`
// makes a second variable beside `Path`. Copies made here behave as
// `process.env` does on the platform, so code reading `env.PATH` or setting
// `env.UV_CACHE_DIR` is right on every runner. The platform is a parameter so
// that tests on Linux exercise Windows's rule.

type Env = NodeJS.ProcessEnv;

/** The name `name` is stored under in `env`: on Windows any spelling of it, else exactly it. */
function storedName(env: Env, name: string, platform: NodeJS.Platform): string | undefined {
  if (Object.prototype.hasOwnProperty.call(env, name)) return name;
  if (platform !== 'win32') return undefined;
  const upper = name.toUpperCase();
  return Object.keys(env).find((key) => key.toUpperCase() === upper);
}

/** The value of variable `name` in `env`, looked up as the platform does (any letter case on Windows). */
export function envValue(env: Env, name: string, platform: NodeJS.Platform = process.platform): string | undefined {
  const key = storedName(env, name, platform);
  return key === undefined ? undefined : env[key];
}

/**
 * On Windows, `store` behind a view whose names are case-insensitive: a read
 * finds the variable however it is spelled, and a write replaces it under its
 * existing spelling (`PATH = x` on an env holding `Path` sets `Path`).
 */
function caseInsensitive(store: Record<string, string | undefined>): Env {
  const key = (name: string | symbol) => (typeof name === 'string' ? (storedName(store, name, 'win32') ?? name) : name);
  return new Proxy(store, {
    get: (target, name) => Reflect.get(target, key(name)),
    set: (target, name, value) => Reflect.set(target, key(name), value === undefined ? undefined : String(value)),
    has: (target, name) => Reflect.has(target, key(name)),
    deleteProperty: (target, name) => Reflect.deleteProperty(target, key(name)),
    getOwnPropertyDescriptor: (target, name) => Reflect.getOwnPropertyDescriptor(target, key(name)),
    defineProperty: (target, name, descriptor) => Reflect.defineProperty(target, key(name), descriptor),
  });
}

/**
 * A copy of `env` with `changes` applied (an undefined value removes the
 * variable), named as the platform names variables: on Windows it is looked
 * up and written in any letter case and never holds two spellings of one
 * name. Copy an environment with this, never by spreading it.
 */
export function copyEnv(env: Env, changes: Record<string, string | undefined> = {}, platform: NodeJS.Platform = process.platform): Env {
  const store: Record<string, string | undefined> = {};
  const copy = platform === 'win32' ? caseInsensitive(store) : store;
  for (const name of Object.keys(env)) {
    const value = env[name];
    // Two spellings in a plain object (only a test can hand one over): the first one wins, as for the lookup.
    if (value !== undefined && envValue(copy, name, platform) === undefined) copy[name] = value;
  }
  for (const [name, value] of Object.entries(changes)) {
    if (value === undefined) delete copy[name];
    else copy[name] = value;
  }
  return copy;
}
