// Small deterministic PRNG (mulberry32), so a failing property prints a seed
// that reproduces it and a bench workspace is the same on every run. Shared by
// test/helpers/gen-workspace.ts, test/integration/never-too-little.test.ts and
// bench/lib/gen-workspace.mjs.

/** A generator of floats in [0, 1), fixed by `seed`. */
export function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
