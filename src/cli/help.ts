// The words of --help: the command list, and each command's own usage and
// options, made from the one table in commands.ts.
import { COMMANDS, FORMAT_HELP, OPTION_HELP, type CommandName } from './commands.js';

const PATHS = `Run it from anywhere in the repository (the root is found with git): the
answer is the same. --workspace, --lock and --files FILE are relative to the
current directory; the paths listed in FILE, and every path printed, are
relative to the repository root ('/'-separated, '.' for the root), as
'git diff --name-only' prints them. Absolute paths inside the repository are
accepted; a path outside it is an error.`;

const GLOBS = `Globs follow picomatch (as dorny/paths-filter uses it): '*' and '?' stay
within one path component, '**' spans components, '{a,b}' alternates,
dotfiles match, and a pattern is anchored at the repository root ('*.md' is
top-level only; write '**/*.md' for any depth).`;

const EXIT = `Exit status: 0 on success, 1 when the workspace, a ref or an input file is
wrong (the message starts with 'error:' and names it), 2 when the command
line itself is wrong.`;

/** Where option descriptions start, and the width help text is wrapped to. */
const OPTION_COLUMN = 21;
const WIDTH = 80;

/** Words wrapped to `width` columns. */
function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  return line ? [...lines, line] : lines;
}

function optionLines(name: string, command: CommandName): string[] {
  const help = OPTION_HELP[name]!;
  const room = WIDTH - OPTION_COLUMN;
  const lines =
    name === '--format'
      ? COMMANDS[command].formats.flatMap((f, i) => wrap(`${f}: ${FORMAT_HELP[f]}${i === 0 ? ' (the default)' : ''}`, room))
      : wrap(help.lines.join(' '), room);
  const head = `  ${name === '--help' ? '-h, --help' : name}${help.arg ? ` ${help.arg}` : ''}`;
  const pad = (text: string) => `${' '.repeat(OPTION_COLUMN)}${text}`;
  if (head.length >= OPTION_COLUMN - 1) return [head, ...lines.map(pad)];
  return [`${head.padEnd(OPTION_COLUMN)}${lines[0] ?? ''}`, ...lines.slice(1).map(pad)];
}

/** A usage line: the program name first; a continuation (indented) lines up under the command. */
const PROGRAM = 'uv-workspace-sync ';
const usageLine = (u: string) => `  ${u.startsWith(' ') ? ' '.repeat(PROGRAM.length) : PROGRAM}${u}`;

/** `uv-workspace-sync COMMAND --help`: its usage, what it does, and every option it takes. */
export function commandHelp(command: CommandName): string {
  const spec = COMMANDS[command];
  const options = [...spec.values, ...spec.flags].flatMap((o) => optionLines(o, command));
  const globs = (spec.values as readonly string[]).includes('--ignore') ? `\n${GLOBS}\n` : '';
  return `Usage:
${spec.usage.map(usageLine).join('\n')}

${wrap(spec.summary.join(' '), WIDTH).join('\n')}

Options:
${options.join('\n')}
${optionLines('--help', command).join('\n')}
${globs}
${PATHS}
`;
}

/** `uv-workspace-sync --help`: the commands, and where each one's options are. */
export function globalHelp(): string {
  const commands = (Object.keys(COMMANDS) as CommandName[]).flatMap((name) => {
    const [first, ...rest] = wrap(COMMANDS[name].summary.join(' '), WIDTH - 16);
    return [`  ${name.padEnd(14)}${first}`, ...rest.map((line) => `${' '.repeat(16)}${line}`)];
  });
  return `uv-workspace-sync: which uv workspace members a change affects

Usage:
  uv-workspace-sync COMMAND [OPTIONS]
  uv-workspace-sync COMMAND --help     (or: uv-workspace-sync help COMMAND)
  uv-workspace-sync --help | --version

Commands:
${commands.join('\n')}

Each command's --help lists its options.

${PATHS}

${EXIT}
`;
}
