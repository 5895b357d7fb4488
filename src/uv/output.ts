// Parsing of uv's stderr into a typed report (pure). Owned by the uv/ module.
//
// Written against recordings of real uv (test/fixtures/uv-output/, made by
// scripts/record-uv-output.mjs) for the pinned and the oldest supported uv.
// Error shapes differ between releases and are all understood:
//   uv 0.13: `error: msg` + `  cause: ...` (+ `hint: ...` after a blank line)
//   older:   `error: msg` + `  Caused by: ...`, and miette's `  × msg` / `  ╰─▶ cause`
//   clap:    `error: the argument ...` + `Usage: ...` (the usage is not part of the error)
//   uv 0.8 `--locked`: one unprefixed line and exit 1 (see `exitCode` below).
import { stripAnsi } from '../text.js';

/** One of uv's summary lines: `Resolved 12 packages in 3ms`, `Installed 5 packages in 20ms`, ... */
export interface UvPhase {
  verb: 'Resolved' | 'Prepared' | 'Installed' | 'Uninstalled' | 'Audited' | 'Checked' | 'Built' | 'Downloaded' | 'Bytecode compiled';
  count: number;
  unit: string; // usually `packages`
  ms: number;
}

/** An error as uv reported it: the headline, the chain of causes, and uv's hints. */
export interface UvError {
  message: string;
  causes: string[];
  hints: string[];
}

export interface UvReport {
  phases: UvPhase[];
  /** Packages built from source (`Building foo==1.0`, `Built foo==1.0`). */
  built: string[];
  /** uv could not link from the cache and copied instead. */
  hardlinkFallback: boolean;
  /**
   * `error:` lines with their `Caused by:` / `hint:` continuation, ANSI stripped.
   * Each entry is one error, rendered the same way for every uv version:
   * the message, then `  Caused by: <cause>` lines, then `hint: <hint>` lines.
   */
  errors: string[];
  /** `warning:` lines, ANSI stripped (without the `warning: ` prefix; continuation lines joined by newlines). */
  warnings: string[];
  /** Installed (`+ name==ver`) and removed (`- name==ver`) packages. */
  installed: string[];
  removed: string[];
  /** Reinstalled in place (`~ name==ver`, uv ≥ 0.9): neither installed nor removed. */
  reinstalled?: string[];
  /** The errors with their parts, for annotations. Same order as `errors`. */
  errorDetails?: UvError[];
  /** Which link mode failed when `hardlinkFallback` is set: `hardlink`, `clone` or `symlink`. */
  linkFallback?: string;
  /** `uv cache prune`: `Removed 79 files (168.0KiB)`; zero when uv found nothing to remove. */
  pruned?: { files: number; bytes: number };
  /** Interpreter uv used or created the venv with, e.g. `CPython 3.11.7`. */
  python?: string;
}

export interface ParseOptions {
  /**
   * uv's exit code. When it is non-zero and stderr holds no recognisable
   * error (uv 0.8 prints the `--locked` failure without `error:`), the last
   * line uv printed is taken as the error.
   */
  exitCode?: number;
}


const UNITS: Record<string, number> = { h: 3_600_000, m: 60_000, s: 1000, ms: 1, us: 0.001, µs: 0.001, μs: 0.001, ns: 0.000001 };

/** uv's durations (`0.72ms`, `12ms`, `1.23s`, `1m 05s`, `850µs`) in milliseconds; NaN if unreadable. */
export function parseDuration(text: string): number {
  const re = /(\d+(?:\.\d+)?)\s*(ms|µs|μs|us|ns|h|m|s)(?![a-z])/g;
  let total = 0;
  let matched = false;
  for (const m of text.trim().matchAll(re)) {
    total += Number(m[1]) * UNITS[m[2]!]!;
    matched = true;
  }
  return matched ? Math.round(total * 1000) / 1000 : Number.NaN;
}

const PHASE = /^(Resolved|Prepared|Installed|Uninstalled|Audited|Checked|Built|Downloaded|Bytecode compiled) (\d+) (\S+) in (.+)$/;
const CHANGE = /^ ([+\-~]) (\S+)/;
const LINK_FALLBACK = /^Failed to (hardlink|clone|symlink|reflink) files; falling back to/;
const SIZE_UNITS: Record<string, number> = { B: 1, KiB: 1024, MiB: 1024 ** 2, GiB: 1024 ** 3, TiB: 1024 ** 4 };

/** Lines uv prints for information, which are never the text of an error. */
const INFORMATIONAL = [
  /^Using (CPython|PyPy|GraalPy|Pyodide|Python) /,
  /^Creating virtual environment at: /,
  /^Activate with: /,
  /^Pruning cache at: /,
  /^No unused entries found/,
  /^Removed \d+ files?/,
  /^\s*(Building|Built|Downloading|Downloaded|Updating|Updated|Preparing|Uninstalling) /,
  /^(DEBUG|TRACE|INFO|WARN) /,
];

interface Block {
  message: string;
  causes: string[];
  hints: string[];
  /** Where continuation text goes: the message, the last cause or the last hint. */
  target: 'message' | 'cause' | 'hint';
}

function appendTo(block: Block, text: string): void {
  const t = text.trim();
  if (!t) return;
  if (block.target === 'hint' && block.hints.length > 0) block.hints[block.hints.length - 1] += ` ${t}`;
  else if (block.target === 'cause' && block.causes.length > 0) block.causes[block.causes.length - 1] += ` ${t}`;
  else block.message += block.message ? ` ${t}` : t;
}

function render(error: UvError): string {
  return [error.message, ...error.causes.map((c) => `  Caused by: ${c}`), ...error.hints.map((h) => `hint: ${h}`)].join('\n');
}

/** The parser's state: the report so far and the error or warning block being read. */
interface Parse {
  report: UvReport;
  reinstalled: string[];
  errors: UvError[];
  error?: Block;
  warning?: string[];
  lastUnrecognised?: string;
}

function closeError(p: Parse): void {
  // miette ends a headline with `:` when causes follow; uv 0.13 does not.
  const error = p.error;
  if (error) p.errors.push({ message: error.causes.length > 0 ? error.message.replace(/:$/, '') : error.message, causes: error.causes, hints: error.hints });
  p.error = undefined;
}

function closeWarning(p: Parse): void {
  if (p.warning) p.report.warnings.push(p.warning.join('\n'));
  p.warning = undefined;
}

/** A line inside an open error block: a cause, a hint, a continuation, or the end. True when the line was consumed. */
function continueError(p: Parse, error: Block, lines: readonly string[], i: number): boolean {
  const line = lines[i]!;
  const cause = /^\s*(?:Caused by|cause):\s*(.*)$/.exec(line) ?? /^\s*[╰├]─▶\s*(.*)$/.exec(line);
  const hint = /^\s*(?:hint|help|tip):\s*(.*)$/.exec(line);
  if (cause) {
    error.causes.push(cause[1]!.trim());
    error.target = 'cause';
    return true;
  }
  if (hint) {
    error.hints.push(hint[1]!.trim());
    error.target = 'hint';
    return true;
  }
  if (line.trim() === '') {
    // A blank line ends the error unless uv's hint follows it.
    const next = lines.slice(i + 1).find((l) => l.trim() !== '');
    if (!(next !== undefined && /^\s*(?:hint|help|tip):/.test(next))) closeError(p);
    return true;
  }
  if (/^\s/.test(line) && !/^\s*×/.test(line) && !CHANGE.test(line)) {
    appendTo(error, line);
    return true;
  }
  closeError(p);
  return false;
}

/** An `error:` or `warning:` line opens a block. True when it did. */
function startBlock(p: Parse, line: string): boolean {
  const errorStart = /^error:\s*(.*)$/.exec(line) ?? /^\s*×\s*(.*)$/.exec(line);
  if (errorStart) {
    p.error = { message: errorStart[1]!.trim(), causes: [], hints: [], target: 'message' };
    return true;
  }
  const warningStart = /^warning:\s*(.*)$/.exec(line);
  if (!warningStart) return false;
  const text = warningStart[1]!.trim();
  const fallback = LINK_FALLBACK.exec(text);
  if (fallback) {
    p.report.hardlinkFallback = true;
    p.report.linkFallback = fallback[1];
  }
  p.warning = [text];
  return true;
}

/** A line of facts: a phase, a build, a package change, the Python, a prune. */
function readFact(p: Parse, line: string): void {
  const { report } = p;
  const trimmed = line.trim();
  const phase = PHASE.exec(trimmed);
  if (phase) {
    report.phases.push({ verb: phase[1] as UvPhase['verb'], count: Number(phase[2]), unit: phase[3]!, ms: parseDuration(phase[4]!) });
    return;
  }
  const built = /^\s*Built (\S.*)$/.exec(line);
  if (built) {
    if (!report.built.includes(built[1]!.trim())) report.built.push(built[1]!.trim());
    return;
  }
  const change = CHANGE.exec(line);
  if (change) {
    const list = change[1] === '+' ? report.installed : change[1] === '-' ? report.removed : p.reinstalled;
    list.push(change[2]!);
    return;
  }
  const python = /^Using ((?:CPython|PyPy|GraalPy|Pyodide) \S+)/.exec(trimmed);
  if (python) report.python = python[1];
  const pruned = /^Removed (\d+) files? \((\d+(?:\.\d+)?)(B|KiB|MiB|GiB|TiB)\)/.exec(trimmed);
  if (pruned) report.pruned = { files: Number(pruned[1]), bytes: Math.round(Number(pruned[2]) * SIZE_UNITS[pruned[3]!]!) };
  if (/^No unused entries found/.test(trimmed)) report.pruned = { files: 0, bytes: 0 };
  if (trimmed !== '' && !INFORMATIONAL.some((re) => re.test(line))) p.lastUnrecognised = trimmed;
}

export function parseUvOutput(stderr: string, options: ParseOptions = {}): UvReport {
  const p: Parse = {
    report: { phases: [], built: [], hardlinkFallback: false, errors: [], warnings: [], installed: [], removed: [] },
    reinstalled: [],
    errors: [],
  };
  // A progress bar redraws with \r; what is left after the last \r is what the terminal shows.
  const lines = stripAnsi(stderr)
    .split('\n')
    .map((l) => l.replace(/\r$/, ''))
    .map((l) => l.slice(l.lastIndexOf('\r') + 1));

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (p.error && continueError(p, p.error, lines, i)) continue;
    if (p.warning) {
      if (line.trim() !== '' && /^\s/.test(line)) {
        p.warning.push(line.trim());
        continue;
      }
      closeWarning(p);
    }
    if (!startBlock(p, line)) readFact(p, line);
  }
  closeError(p);
  closeWarning(p);

  const { report, errors } = p;
  if (errors.length === 0 && options.exitCode !== undefined && options.exitCode !== 0 && p.lastUnrecognised) {
    errors.push({ message: p.lastUnrecognised, causes: [], hints: [] });
  }
  report.errors = errors.map(render);
  if (errors.length > 0) report.errorDetails = errors;
  if (p.reinstalled.length > 0) report.reinstalled = p.reinstalled;
  return report;
}
