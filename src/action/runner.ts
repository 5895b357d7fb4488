// The GitHub runner's protocol, spoken by us: workflow commands on stdout
// (`::warning file=…::message`, `::group::`), file commands (GITHUB_OUTPUT,
// GITHUB_ENV, GITHUB_STATE, GITHUB_STEP_SUMMARY) and inputs as INPUT_*
// variables, as GitHub documents them ("Workflow commands for GitHub
// Actions"). @actions/core speaks the same protocol but loads an HTTP client
// (for OIDC tokens) at start-up, about 40 ms of every step on a runner;
// nothing here needs one.
import { randomUUID } from 'node:crypto';
import { accessSync, appendFileSync, constants } from 'node:fs';
import { EOL } from 'node:os';
import { UserError } from '../errors.js';
import { inputFromEnv } from './input-env.js';
import { logText } from '../report/escape.js';

export interface CommandProps {
  title?: string;
  file?: string;
  startLine?: number;
}

/** Command data: `%`, CR and LF escaped, so a message is one command however many lines it holds. */
function escapeData(value: string): string {
  return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Property values: as data, and `:` and `,`, which end a property. */
function escapeProperty(value: string): string {
  return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

function command(name: string, props: Record<string, string | number | undefined>, message: string): void {
  const list = Object.entries(props)
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined && entry[1] !== '')
    .map(([key, value]) => `${key}=${escapeProperty(String(value))}`)
    .join(',');
  process.stdout.write(`::${name}${list ? ` ${list}` : ''}::${escapeData(message)}${EOL}`);
}

type Level = 'error' | 'warning' | 'notice';

/**
 * GitHub shows 10 annotations of each kind (error, warning, notice) per step
 * and 50 per job, and drops the rest without a word (actions/toolkit,
 * docs/problem-matchers.md, "Limitations"). So a step annotates the first of
 * each kind, prints the next ones as plain log lines (up to LOGGED_PAST_CAP),
 * and at its end (endStep) adds one annotation saying how many more there
 * were. One error is kept for the step's failure (setFailed), which is
 * always shown.
 */
const ANNOTATIONS_PER_KIND = 10;
const LOGGED_PAST_CAP = 100;
const FAILURE_RESERVE: Record<Level, number> = { error: 1, warning: 0, notice: 0 };
const annotated: Record<Level, number> = { error: 0, warning: 0, notice: 0 };
const pastCap: Record<Level, number> = { error: 0, warning: 0, notice: 0 };

function emitAnnotation(level: Level, message: string, props: CommandProps = {}): void {
  command(level, { title: props.title, file: props.file, line: props.startLine }, message);
}

function annotation(level: Level, message: string, props: CommandProps = {}): void {
  // One slot stays for the summary line endStep adds.
  if (annotated[level] < ANNOTATIONS_PER_KIND - 1 - FAILURE_RESERVE[level]) {
    annotated[level]++;
    emitAnnotation(level, message, props);
    return;
  }
  pastCap[level]++;
  if (pastCap[level] <= LOGGED_PAST_CAP) {
    const where = props.file ? ` (${props.file}${props.startLine ? `:${props.startLine}` : ''})` : '';
    process.stdout.write(`${level}${where}: ${logText(props.title ? `${props.title}: ${message}` : message)}${EOL}`);
  }
}

/** `1,234`. */
function count(n: number): string {
  return n.toLocaleString('en-US');
}

/** The line for the annotations of one kind past the cap. */
function pastCapLine(level: Level, n: number): string {
  const logged = Math.min(n, LOGGED_PAST_CAP);
  const where = logged === n ? `all in the log above as '${level}: …' lines` : `the first ${count(logged)} in the log above as '${level}: …' lines, the other ${count(n - logged)} not printed`;
  return `${count(n)} more ${level}s than GitHub shows in one step: ${where}.`;
}

/**
 * A `name<<delimiter` block in a file command. The delimiter is random, and
 * checked against the value, so a value cannot end the block early and
 * smuggle in another variable.
 */
function fileCommand(variable: string, name: string, value: string): boolean {
  const file = process.env[variable];
  if (!file) return false;
  const delimiter = `ghadelimiter_${randomUUID()}`;
  if (name.includes(delimiter) || value.includes(delimiter)) throw new Error(`the value of ${name} contains the delimiter of ${variable}`);
  try {
    appendFileSync(file, `${name}<<${delimiter}${EOL}${value}${EOL}${delimiter}${EOL}`, 'utf8');
  } catch (error) {
    // The runner's own file: one line that says which, never a stack trace.
    throw new UserError(
      `${variable} (${file}) cannot be written: ${(error as NodeJS.ErrnoException).code ?? String(error)}`,
      `the runner gives each step a writable ${variable}; check that no earlier step removed it, changed ${variable} or made its directory read-only`,
    );
  }
  return true;
}

export const runner = {
  /** An input as the runner passes it (INPUT_ + the name upper-cased, spaces as `_`), trimmed. */
  getInput(name: string): string {
    return inputFromEnv(process.env, name);
  },
  info(message: string): void {
    process.stdout.write(`${message}${EOL}`);
  },
  debug(message: string): void {
    command('debug', {}, message);
  },
  warning(message: string, props?: CommandProps): void {
    annotation('warning', message, props);
  },
  notice(message: string, props?: CommandProps): void {
    annotation('notice', message, props);
  },
  error(message: string, props?: CommandProps): void {
    annotation('error', message, props);
  },
  isDebug(): boolean {
    return process.env.RUNNER_DEBUG === '1';
  },
  async group<T>(name: string, fn: () => Promise<T>): Promise<T> {
    command('group', {}, name);
    try {
      return await fn();
    } finally {
      command('endgroup', {}, '');
    }
  },
  /** For later steps (GITHUB_ENV) and for the rest of this one. */
  exportVariable(name: string, value: string): void {
    process.env[name] = value;
    if (!fileCommand('GITHUB_ENV', name, value)) command('set-env', { name }, value);
  },
  saveState(name: string, value: string): void {
    if (!fileCommand('GITHUB_STATE', name, value)) command('save-state', { name }, value);
  },
  setOutput(name: string, value: string): void {
    if (!fileCommand('GITHUB_OUTPUT', name, value)) command('set-output', { name }, value);
  },
  /** The step fails when it ends; the message is an error annotation, always shown (a slot is kept for it). */
  setFailed(message: string): void {
    process.exitCode = 1;
    emitAnnotation('error', message);
  },
  /** Ends the step's annotations: one more of each kind that went past GitHub's cap, saying how many. */
  endStep(): void {
    for (const level of ['error', 'warning', 'notice'] as const) {
      if (pastCap[level] > 0) emitAnnotation(level, pastCapLine(level, pastCap[level]));
      pastCap[level] = 0;
      annotated[level] = 0;
    }
  },
  /**
   * Appends a block (and a line end) to the job summary; throws when there is
   * none to write (the caller warns). Written at once, as the file commands
   * are: it is the last thing a step does, and the four round trips through
   * libuv's thread pool (access, open, write, close) were a few ms of a warm
   * step's own time on a busy runner.
   */
  async appendSummary(markdown: string): Promise<void> {
    const file = process.env.GITHUB_STEP_SUMMARY;
    if (!file) throw new Error('GITHUB_STEP_SUMMARY is not set: this runner has no job summary');
    try {
      accessSync(file, constants.R_OK | constants.W_OK);
      appendFileSync(file, `${markdown}${EOL}`, 'utf8');
    } catch (error) {
      throw new Error(`GITHUB_STEP_SUMMARY (${file}) cannot be written: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
    }
  },
};
