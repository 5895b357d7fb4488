// The `[tool.uv-workspace-sync]` table (pure): inputs no tool can infer,
// declared in the pyproject.toml beside the code that has them, so the
// action and the CLI read the same ones. In the workspace root: `global` and
// `ignore` (the inputs and flags of the same names add to them); in a member:
// `inputs`, whose changes affect that member and its dependents. Every glob
// is relative to the directory of the pyproject.toml that declares it and is
// rebased here onto the repository root, where changed paths are compared
// (`../*/provider.yaml` in `providers/amazon` is `providers/*/provider.yaml`).
import { UserError } from '../errors.js';
import { expandBraces } from './globs.js';

const TABLE = 'tool.uv-workspace-sync';

/** What one pyproject.toml's table declares, rebased onto the repository root. */
export interface DeclaredTable {
  global: string[];
  ignore: string[];
  /** `inputs` as written, each with its repository-relative globs (several when braces hold `..`). */
  inputs: { declared: string; globs: string[] }[];
  /** The `!` entries of `inputs`, repository-relative. */
  inputsExcept: string[];
}

/** Where a table sits: which keys it may hold. */
export interface TablePlace {
  /** Repository-relative pyproject.toml, for messages. */
  file: string;
  /** Repository-relative directory of that file (`.` for the root). */
  dir: string;
  /** The workspace root: `global` and `ignore` are read. */
  root: boolean;
  /** A workspace member: `inputs` are read. */
  member: boolean;
  /** The root's pyproject.toml, named when a member holds a root key. */
  rootFile: string;
}

const isTable = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v) && !(v instanceof Date);

const HINT = 'the table takes `global` and `ignore` in the workspace root and `inputs` in a member, each a list of globs relative to that pyproject.toml (README: "What counts as affected")';

function stringList(place: TablePlace, key: string, value: unknown): string[] {
  if (!Array.isArray(value) || value.some((v) => typeof v !== 'string')) {
    throw new UserError(`${place.file}: \`${TABLE}.${key}\` must be a list of strings`, `write e.g. ${key} = ["../*/provider.yaml"]`);
  }
  return value as string[];
}

const WILD = /[*?[\]{}\\]/;

/**
 * One glob relative to `dir`, from the repository root: `.` and `..`
 * resolved component by component (braces expanded first, since an
 * alternative may hold `..`). A `..` after a wildcard, or one that leaves
 * the repository, cannot be resolved and is an error.
 */
function rebaseGlob(dir: string, glob: string, where: string): string[] {
  const bad = (why: string): never => {
    throw new UserError(`${where}: \`${glob}\` ${why}`, 'write globs relative to the directory of this pyproject.toml, e.g. `../*/provider.yaml` or `data/**`');
  };
  const text = glob.trim();
  if (text === '') bad('is empty');
  if (text.startsWith('/')) bad('starts with `/`');
  const out: string[] = [];
  for (const alternative of expandBraces(text)) {
    const parts = dir === '.' ? [] : dir.split('/');
    const fixed = parts.length;
    const components = alternative.split('/');
    components.forEach((c, i) => {
      if (c === '.' || (c === '' && i < components.length - 1)) return;
      if (c !== '..') return void parts.push(c);
      const last = parts[parts.length - 1];
      if (last === undefined) bad('leaves the repository');
      if (parts.length > fixed && WILD.test(last!)) bad('has `..` after a wildcard, which cannot be resolved');
      parts.pop();
    });
    const rebased = parts.join('/');
    if (rebased === '') bad('names the repository itself');
    out.push(rebased);
  }
  return [...new Set(out)];
}

/** Each entry rebased; `!` entries keep their `!`. */
function rebaseAll(place: TablePlace, key: string, list: string[]): string[] {
  return list.flatMap((g) => {
    const negated = g.trim().startsWith('!');
    const body = negated ? g.trim().slice(1) : g;
    return rebaseGlob(place.dir, body, `${place.file}: \`${TABLE}.${key}\``).map((r) => (negated ? `!${r}` : r));
  });
}

/**
 * The table of one parsed pyproject.toml, checked: an unknown key, a key in
 * the wrong place or a value that is no list of strings is a UserError
 * naming the file and the key. Undefined when there is no table. `placeOf`
 * is asked only then: most files hold none, and their names are made lazily.
 */
export function readDeclared(doc: Record<string, unknown> | undefined, placeOf: () => TablePlace): DeclaredTable | undefined {
  const tool = doc?.tool;
  const raw = isTable(tool) ? tool['uv-workspace-sync'] : undefined;
  if (raw === undefined) return undefined;
  const place = placeOf();
  if (!isTable(raw)) throw new UserError(`${place.file}: \`${TABLE}\` must be a table`, HINT);
  const out: DeclaredTable = { global: [], ignore: [], inputs: [], inputsExcept: [] };
  for (const [key, value] of Object.entries(raw)) {
    if (key === 'global' || key === 'ignore') {
      if (!place.root) throw new UserError(`${place.file}: \`${TABLE}.${key}\` is read only in the workspace root (${place.rootFile})`, HINT);
      out[key] = rebaseAll(place, key, stringList(place, key, value));
    } else if (key === 'inputs') {
      if (!place.member) throw new UserError(`${place.file}: \`${TABLE}.inputs\` is read only in a workspace member (this virtual root is none)`, HINT);
      for (const entry of stringList(place, key, value)) {
        const rebased = rebaseAll(place, key, [entry]);
        if (entry.trim().startsWith('!')) out.inputsExcept.push(...rebased.map((r) => r.slice(1)));
        else out.inputs.push({ declared: entry.trim(), globs: rebased });
      }
    } else {
      throw new UserError(`${place.file}: unknown key \`${key}\` in [${TABLE}]`, HINT);
    }
  }
  return out;
}
