// `uv-workspace-sync run`'s command line: the command after `--` as words,
// the change options as `affected` takes them (or none: every member), the
// run's own options, and one usage error for each mistake.
import { availableParallelism } from 'node:os';
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/cli/args.js';
import { parseRunArgs } from '../../src/cli/run-args.js';

describe('parseRunArgs', () => {
  it('takes the words after -- as the command, untouched', () => {
    const args = parseRunArgs(['--base', 'origin/main', '--sync', '--', 'pytest', '-k', 'not slow', '--', '$HOME']);
    expect(args).toMatchObject({ command: 'run', base: 'origin/main', files: [], sync: true, format: 'table', run: ['pytest', '-k', 'not slow', '--', '$HOME'] });
    expect(args !== 'help' && args.parallel).toBe(availableParallelism());
    expect(args !== 'help' && args.timeoutMs).toBe(30 * 60_000);
  });

  it('reads every option, none of them needed', () => {
    expect(
      parseRunArgs(['--workspace=py', '--files', 'a.txt', '--files', '-', '--ignore', '**/*.md', '--sync-args', '--all-extras', '--parallel', '3', '--timeout', '0.5', '--json', '--', 't']),
    ).toMatchObject({ workspace: 'py', files: ['a.txt', '-'], ignore: ['**/*.md'], parallel: 3, timeoutMs: 30_000, format: 'json', run: ['t'] });
    expect(parseRunArgs(['--', 't'])).toMatchObject({ workspace: '.', files: [], run: ['t'] });
    expect(parseRunArgs(['--help', '--', 't'])).toBe('help');
  });

  it.each([
    [['--base', 'x'], "'run' needs the command after --"],
    [['pytest'], "unexpected argument 'pytest' (the command to run follows --)"],
    [['--bogus', '--', 't'], "unknown option '--bogus' for 'run'"],
    [['--base', '--', 't'], "option '--base' needs a value"],
    [['--base', 'a', '--base', 'b', '--', 't'], "option '--base' given more than once"],
    [['--base', 'a', '--files', 'f', '--', 't'], 'give either --files or --base, not both'],
    [['--head', 'h', '--', 't'], '--head needs --base'],
    [['--parallel', '0', '--', 't'], "option '--parallel' is '0': use a whole number from 1 to 256"],
    [['--timeout', '5m', '--', 't'], "option '--timeout' is '5m': use a number from 0.02 to 10080"],
    [['--dependents', 'all', '--', 't'], "option '--dependents' is 'all': use one of shipped, any"],
  ])('%j: %s', (argv, message) => {
    expect(() => parseRunArgs(argv)).toThrow(UsageError);
    expect(() => parseRunArgs(argv)).toThrow(message);
  });
});
