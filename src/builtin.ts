// Node's built-in modules that only some runs need, loaded when first used
// instead of with the bundle: node:child_process and node:crypto cost more to
// load (5-12 ms) than most of what a CLI run outside git does.
// process.getBuiltinModule came in Node 20.16; the published CLI accepts every
// Node 20 (package.json engines), where require answers the same.
import { createRequire } from 'node:module';

/** The built-in module `id`, typed by the caller: `builtin<typeof import('node:crypto')>('node:crypto')`. */
export function builtin<T>(id: `node:${string}`): T {
  const getBuiltinModule = process.getBuiltinModule as ((id: string) => unknown) | undefined;
  return (getBuiltinModule?.(id) ?? createRequire(import.meta.url)(id)) as T;
}
