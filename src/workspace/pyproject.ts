// Reads one pyproject.toml into the few facts the workspace model needs. Only
// files uv itself reads (the workspace root and its members) come through
// here: a broken template elsewhere in the tree is none of our business.
import { parse, TomlError } from 'smol-toml';
import { UserError } from '../errors.js';
import { parseTomlFast } from './toml-fast.js';
import { isValidName, normalizeName } from './names.js';

/** One `[tool.uv.sources]` entry that can point at a workspace member. */
export interface MemberSource {
  workspace: boolean;
  /** `path = ...` as written (relative to the pyproject.toml that declares it). */
  path?: string;
}

/** An entry of a `[dependency-groups]` list. */
export type GroupItem = { requirement: string } | { includeGroup: string };

export interface Pyproject {
  /** Repository-relative path of the file, for messages. */
  file: string;
  hasProject: boolean;
  /** `[project].name`, normalised. */
  name?: string;
  /** `[tool.uv.workspace]`, when present. */
  workspace?: { members: string[]; exclude: string[] };
  /** `tool.uv.managed` (uv's default: true). */
  managed: boolean;
  defaultGroups: string[] | 'all';
  dependencies: string[];
  /** `[project.optional-dependencies]`, keys normalised. */
  optionalDependencies: Record<string, string[]>;
  /** `[dependency-groups]`, keys normalised. */
  dependencyGroups: Record<string, GroupItem[]>;
  /** Legacy `tool.uv.dev-dependencies`, undefined when absent. */
  devDependencies?: string[];
  /** `[tool.uv.sources]`, keys normalised; a list of sources (one per marker) is kept as a list. */
  sources: Record<string, MemberSource[]>;
  /** The whole parsed document, kept so the surface step (member-files.ts) does not read and parse the file again. */
  table?: Table;
}

type Table = Record<string, unknown>;

/**
 * `record[key]` when the record has it as its own: the records a Pyproject
 * holds (sources, groups, extras), and a lock package's extras, are keyed by
 * names from the file, and a name like `constructor` must not find
 * Object.prototype's.
 */
export function ownEntry<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

function isTable(value: unknown): value is Table {
  return value !== null && typeof value === 'object' && !Array.isArray(value) && !(value instanceof Date);
}

function table(parent: Table | undefined, key: string): Table | undefined {
  const value = parent?.[key];
  return isTable(value) ? value : undefined;
}

function fail(file: string, what: string): never {
  throw new UserError(`${file}: ${what}`, `fix ${file} so that \`uv lock\` accepts it`);
}

function stringList(file: string, where: string, value: unknown): string[] {
  if (value === undefined) return [];
  if (!Array.isArray(value) || value.some((v) => typeof v !== 'string')) fail(file, `\`${where}\` must be a list of strings`);
  return value as string[];
}

/** Parses TOML text (the fast reader first, smol-toml for anything it leaves); invalid TOML is a UserError naming `file:line`. */
export function parseToml(text: string, file: string): Table {
  const fast = parseTomlFast(text);
  if (fast) return fast;
  try {
    return parse(text) as Table;
  } catch (error) {
    if (error instanceof TomlError) {
      throw new UserError(
        `${file}:${error.line}: invalid TOML: ${error.message.split('\n')[0]}`,
        `fix the TOML syntax at line ${error.line}, column ${error.column} (\`uv lock\` fails on this file too)`,
      );
    }
    throw error;
  }
}

function readSources(file: string, raw: Table | undefined): Record<string, MemberSource[]> {
  // Keyed by package names (thousands of distinct ones across a big workspace): without a
  // prototype the record is a plain hash table from the start, where `{}` would make V8 build
  // a hidden class per new name, shared by no other member's record.
  const out = Object.create(null) as Record<string, MemberSource[]>;
  if (!raw) return out;
  for (const [name, value] of Object.entries(raw)) {
    const list = Array.isArray(value) ? value : [value];
    const sources: MemberSource[] = [];
    for (const entry of list) {
      if (!isTable(entry)) fail(file, `\`tool.uv.sources.${name}\` must be a table`);
      const source: MemberSource = { workspace: entry.workspace === true };
      if (typeof entry.path === 'string') source.path = entry.path;
      sources.push(source);
    }
    out[normalizeName(name)] = sources;
  }
  return out;
}

function readGroups(file: string, raw: Table | undefined): Record<string, GroupItem[]> {
  const out: Record<string, GroupItem[]> = {};
  if (!raw) return out;
  for (const [group, items] of Object.entries(raw)) {
    if (!Array.isArray(items)) fail(file, `\`dependency-groups.${group}\` must be a list`);
    const list: GroupItem[] = [];
    for (const item of items) {
      if (typeof item === 'string') list.push({ requirement: item });
      else if (isTable(item) && typeof item['include-group'] === 'string') list.push({ includeGroup: normalizeName(item['include-group']) });
      else fail(file, `\`dependency-groups.${group}\` holds an entry that is neither a requirement nor {include-group = "..."}`);
    }
    // Groups whose names normalise alike are one group to uv.
    const key = normalizeName(group);
    const same = ownEntry(out, key);
    if (same) same.push(...list);
    else out[key] = list;
  }
  return out;
}

/**
 * Static dependency lists of hatch metadata hooks
 * (`[tool.hatch.metadata.hooks.<hook>] dependencies = [...]`, used with
 * uv-dynamic-versioning by the MCP SDK, pydantic-ai and others), read when
 * `project.dynamic` says the hook provides them. They join `[project]`'s
 * lists and go through the same sources rules; a `{{ version }}` template in
 * a requirement does not matter, the name is all an edge needs. uv.lock
 * still adds what only a build of the hook knows.
 */
function readHookDependencies(doc: Table, project: Table, file: string, result: Pyproject): void {
  if (project.dynamic === undefined) return; // most projects: nothing is dynamic
  const dynamic = Array.isArray(project.dynamic) ? project.dynamic.filter((d): d is string => typeof d === 'string') : [];
  const wantsDeps = dynamic.includes('dependencies');
  const wantsOptional = dynamic.includes('optional-dependencies');
  if (!wantsDeps && !wantsOptional) return;
  const hooks = table(table(table(table(doc, 'tool'), 'hatch'), 'metadata'), 'hooks');
  if (!hooks) return;
  for (const [hook, config] of Object.entries(hooks)) {
    if (!isTable(config)) continue;
    const where = `tool.hatch.metadata.hooks.${hook}`;
    if (wantsDeps && config.dependencies !== undefined) {
      result.dependencies = [...result.dependencies, ...stringList(file, `${where}.dependencies`, config.dependencies)];
    }
    const optional = wantsOptional ? table(config, 'optional-dependencies') : undefined;
    for (const [extra, list] of Object.entries(optional ?? {})) {
      const key = normalizeName(extra);
      result.optionalDependencies[key] = [...(ownEntry(result.optionalDependencies, key) ?? []), ...stringList(file, `${where}.optional-dependencies.${extra}`, list)];
    }
  }
}

/** Extracts what the workspace model needs from a parsed pyproject.toml. */
function readPyproject(doc: Table, file: string): Pyproject {
  const project = table(doc, 'project');
  const uv = table(table(doc, 'tool'), 'uv');
  // Every field present from the start, `file` always a string: one shape for every Pyproject,
  // so the code reading thousands of them stays monomorphic (a getter per object, to make the
  // name lazily, gave each one a hidden class of its own).
  const result: Pyproject = {
    file: file,
    hasProject: project !== undefined,
    name: undefined,
    workspace: undefined,
    devDependencies: undefined,
    managed: uv?.managed !== false,
    defaultGroups: ['dev'],
    dependencies: [],
    optionalDependencies: {},
    dependencyGroups: readGroups(file, table(doc, 'dependency-groups')),
    sources: readSources(file, table(uv, 'sources')),
    table: doc,
  };
  if (project) {
    if (typeof project.name !== 'string' || project.name.trim() === '') fail(file, '`[project]` has no `name`');
    if (!isValidName(project.name)) {
      // JSON.stringify shows a newline or an escape sequence as `\n` / `\u001b`, never raw.
      fail(file, `\`[project].name\` ${JSON.stringify(project.name)} is not a valid package name (PEP 508: letters, digits, and . _ - inside)`);
    }
    result.name = normalizeName(project.name);
    result.dependencies = stringList(file, 'project.dependencies', project.dependencies);
    const optional = table(project, 'optional-dependencies') ?? {};
    for (const [extra, list] of Object.entries(optional)) {
      const key = normalizeName(extra);
      result.optionalDependencies[key] = [
        ...(ownEntry(result.optionalDependencies, key) ?? []),
        ...stringList(file, `project.optional-dependencies.${extra}`, list),
      ];
    }
  }
  if (project) readHookDependencies(doc, project, file, result);
  const workspace = table(uv, 'workspace');
  if (workspace) {
    result.workspace = {
      members: stringList(file, 'tool.uv.workspace.members', workspace.members),
      exclude: stringList(file, 'tool.uv.workspace.exclude', workspace.exclude),
    };
  }
  if (uv && uv['dev-dependencies'] !== undefined) {
    result.devDependencies = stringList(file, 'tool.uv.dev-dependencies', uv['dev-dependencies']);
  }
  const defaultGroups = uv?.['default-groups'];
  if (defaultGroups === 'all') result.defaultGroups = 'all';
  else if (defaultGroups !== undefined) {
    result.defaultGroups = [...new Set(stringList(file, 'tool.uv.default-groups', defaultGroups).map(normalizeName))].sort();
  }
  return result;
}

/** Parses and reads a pyproject.toml in one step. */
export function loadPyproject(text: string, file: string): Pyproject {
  return readPyproject(parseToml(text, file), file);
}
