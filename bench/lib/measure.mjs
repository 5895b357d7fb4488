// Timing primitives: child processes timed with process.hrtime.bigint(),
// medians, and repetitions that interleave the compared variants so that
// drift (page cache, thermal, a neighbour's load) hits every variant alike.
import { spawn } from 'node:child_process';

/** Runs a command; resolves with wall time in ms and its output. Rejects on a non-zero exit unless allowFailure. */
export function run(cmd, args, { cwd, env, input, allowFailure = false } = {}) {
  return new Promise((resolve, reject) => {
    const start = process.hrtime.bigint();
    const child = spawn(cmd, args, { cwd, env, stdio: [input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'] });
    const out = [];
    const err = [];
    child.stdout.on('data', (d) => out.push(d));
    child.stderr.on('data', (d) => err.push(d));
    child.on('error', reject);
    child.on('close', (code) => {
      const ms = Number(process.hrtime.bigint() - start) / 1e6;
      const result = { ms, code, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') };
      if (code !== 0 && !allowFailure) {
        reject(new Error(`${cmd} ${args.join(' ')} exited ${code} in ${cwd ?? process.cwd()}:\n${result.stderr.slice(-3000)}`));
      } else resolve(result);
    });
    if (input !== undefined) {
      // A child that exits without reading its input must not kill the bench with EPIPE.
      child.stdin.on('error', () => {});
      child.stdin.end(input);
    }
  });
}

/** Times an async function in ms. */
async function timed(fn) {
  const start = process.hrtime.bigint();
  const value = await fn();
  return { ms: Number(process.hrtime.bigint() - start) / 1e6, value };
}

export function median(values) {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/**
 * Runs `reps` repetitions; in each one every variant runs once, in an order
 * rotated per repetition. A variant is `async () => number` (ms) or returns
 * `{ ms, ...extra }`. Returns name → { samples, median, extra: last extra }.
 */
export async function interleave(reps, variants, { log = () => {} } = {}) {
  const names = Object.keys(variants);
  const samples = Object.fromEntries(names.map((n) => [n, []]));
  const extra = {};
  const all = Object.fromEntries(names.map((n) => [n, []]));
  for (let r = 0; r < reps; r++) {
    const order = names.map((_, i) => names[(i + r) % names.length]);
    for (const name of order) {
      const result = await variants[name]();
      const ms = typeof result === 'number' ? result : result.ms;
      samples[name].push(ms);
      if (typeof result === 'object') extra[name] = result;
      all[name].push(typeof result === 'object' ? result : { ms });
    }
    log(`  rep ${r + 1}/${reps}: ${names.map((n) => `${n} ${fmtMs(samples[n].at(-1))}`).join(', ')}`);
  }
  return Object.fromEntries(names.map((n) => [n, { samples: samples[n], median: median(samples[n]), extra: extra[n], all: all[n] }]));
}

/**
 * Repetitions over blocks of variants: a block (one network point, say) sets
 * its conditions with `before()`, then runs its variants one after another.
 * Each repetition rotates the order of the blocks and, within each block, of
 * its variants, so drift hits all of them while a block's variants stay close
 * in time (their ratios are what is read). A variant is `{ fn, reps }`: it
 * runs in the first `reps` repetitions only (the slow ones run fewer times).
 * Returns block → variant → { samples, median, extra: last extra, all }.
 */
export async function interleaveBlocks(blocks, { log = () => {} } = {}) {
  const reps = Math.max(0, ...blocks.flatMap((b) => Object.values(b.variants).map((v) => v.reps)));
  const out = Object.fromEntries(blocks.map((b) => [b.name, Object.fromEntries(Object.keys(b.variants).map((n) => [n, { samples: [], all: [], extra: undefined }]))]));
  const rotate = (list, r) => list.map((_, i) => list[(i + r) % list.length]);
  for (let r = 0; r < reps; r++) {
    for (const block of rotate(blocks, r)) {
      const names = rotate(Object.keys(block.variants), r).filter((n) => block.variants[n].reps > r);
      if (names.length === 0) continue;
      await block.before?.();
      const line = [];
      for (const name of names) {
        const result = await block.variants[name].fn();
        const ms = typeof result === 'number' ? result : result.ms;
        const slot = out[block.name][name];
        slot.samples.push(ms);
        slot.all.push(typeof result === 'object' ? result : { ms });
        if (typeof result === 'object') slot.extra = result;
        line.push(`${name} ${fmtMs(ms)}`);
      }
      log(`  rep ${r + 1}/${reps} ${block.name}: ${line.join(', ')}`);
    }
  }
  for (const block of Object.values(out)) for (const v of Object.values(block)) v.median = v.samples.length ? median(v.samples) : NaN;
  return out;
}

export function fmtMs(ms) {
  if (!Number.isFinite(ms)) return '–';
  if (ms >= 10_000) return `${(ms / 1000).toFixed(1)} s`;
  if (ms >= 1000) return `${(ms / 1000).toFixed(2)} s`;
  return `${ms.toFixed(ms >= 100 ? 0 : 1)} ms`;
}

export function fmtBytes(n) {
  if (n >= 1024 ** 3) return `${(n / 1024 ** 3).toFixed(2)} GiB`;
  if (n >= 1024 ** 2) return `${(n / 1024 ** 2).toFixed(1)} MiB`;
  if (n >= 1024) return `${(n / 1024).toFixed(0)} KiB`;
  return `${n} B`;
}

export function fmtRatio(x) {
  if (!Number.isFinite(x)) return '–';
  return `${x >= 10 ? x.toFixed(0) : x.toFixed(1)}x`;
}

/** The samples, for the appendix: "1.23 s, 1.30 s, …". */
export function fmtSamples(samples) {
  return samples.map(fmtMs).join(', ');
}
