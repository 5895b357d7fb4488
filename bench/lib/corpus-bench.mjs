// What the corpus benches (bench/surface.mjs, bench/replay.mjs) share: the
// bundled CLI they ask, the corpus they read, and their own section of
// bench/results.md, written between markers so the rest of the file (the
// other benches') is left alone.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(path.dirname(path.dirname(fileURLToPath(import.meta.url))));

/** The bench's setting, or undefined when there is no corpus (the caller exits: nothing to measure). */
export function corpusBench(name) {
  const log = (msg) => process.stderr.write(`bench/${name}: ${msg}\n`);
  const corpus = path.resolve(root, '..', 'shared', 'corpus');
  const cli = process.env.BENCH_CLI ? path.resolve(process.env.BENCH_CLI) : path.join(root, 'dist', 'cli', 'index.js');
  if (!existsSync(cli)) {
    log('building dist/ (npm run build)');
    execFileSync('npm', ['run', '-s', 'build'], { cwd: root, stdio: 'inherit' });
  }
  if (!existsSync(corpus)) {
    log(`no corpus at ${corpus}: nothing to measure`);
    return undefined;
  }
  const out = process.env.BENCH_OUT ?? path.join(root, 'bench', 'results.md');
  /** Prints `lines` as the section and puts it between its markers in the results file. */
  const writeSection = (lines) => {
    const [start, end] = [`<!-- ${name}:start -->`, `<!-- ${name}:end -->`];
    const section = [start, ...lines, end].join('\n');
    console.log(section);
    const previous = existsSync(out) ? readFileSync(out, 'utf8') : '';
    const at = previous.indexOf(start);
    const endAt = previous.indexOf(end);
    const next = at >= 0 && endAt > at ? `${previous.slice(0, at)}${section}${previous.slice(endAt + end.length)}` : `${previous.trimEnd()}\n\n${section}\n`;
    writeFileSync(out, next);
    log(`wrote the ${name} section of ${path.relative(root, out)}`);
  };
  return { corpus, cli, log, writeSection };
}
