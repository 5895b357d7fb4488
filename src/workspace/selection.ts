// The install selection of `uv sync`: which extras and dependency groups of
// the target member `uv sync --package Y` installs, whether it installs
// workspace members editable (`--no-editable`, `--no-editable-package`), and
// the build backend settings it passes (`-C`). Read once from the words
// of `sync-args` (src/sync-args.ts splits and guards them) into a SyncArgs
// value that the closure, the lock diff, the fingerprints, the cache key and
// the sync plan all read; nothing else looks at the words again.
//
// The group rules mirror uv's own (crates/uv-configuration/src/dependency_groups.rs):
// `--no-group` always wins; `--only-group`/`--only-dev` add their groups but
// drop the project and its runtime dependencies and the default groups;
// `--no-default-groups` drops only the defaults; `--all-groups` includes every
// group; `--dev`/`--no-dev`/`--only-dev` are `--group dev`/`--no-group dev`/`--only-group dev`.
// With `--package`, uv applies these to the selected package only, never to
// the members it pulls in, so closure.ts applies them to the target alone.
// One more rule, seen in uv 0.13 (`uv export --package Y --group G`): a group
// asked for explicitly (`--group`, `--only-group`, `--all-groups`) that Y does
// not declare is taken from the workspace root's `[dependency-groups]`;
// default groups never fall back to the root.
import type { Member } from './types.js';
import { normalizeName } from './names.js';

/** `sync-args`, read once: the words for uv, what they install of the target, and whether they ask for --inexact. */
export interface SyncArgs {
  /** The user's words, passed to uv. */
  readonly argv: readonly string[];
  /**
   * What every reader of the selection reads: the words the step's uv
   * settings stand for (src/uv-settings.ts: UV_NO_EDITABLE is
   * `--no-editable`), then `argv`. uv reads those variables itself, so
   * they are never passed.
   */
  readonly words: readonly string[];
  readonly selection: SyncSelection;
  /** `--inexact` is among the words, so the sync plan must not add it again (uv rejects a flag given twice). */
  readonly inexact: boolean;
  /** The `--python` (`-p`) request among the words: it decides the interpreter over UV_PYTHON. */
  readonly python?: string;
  /**
   * `--no-editable` (`all`) or `--no-editable-package` (those members, by
   * normalised name): uv installs them from their wheel rather than editable.
   */
  readonly noEditable: 'all' | ReadonlySet<string>;
  /** PEP 517 config settings: `-C`/`--config-setting KEY=VALUE` for every package, `--config-settings-package PKG:KEY=VALUE` for one. */
  readonly configSettings: ConfigSettings;
}

export interface ConfigSettings {
  readonly all: Readonly<Record<string, string>>;
  /** By normalised package name. */
  readonly byPackage: ReadonlyMap<string, Readonly<Record<string, string>>>;
}

/**
 * The one reading of already-split sync arguments (the action's and the
 * CLI's guard ran before). `fromEnv`: the words the environment's uv
 * settings stand for (src/uv-settings.ts), already stripped of what a flag in
 * `argv` overrides, so reading them before `argv` gives uv's precedence.
 */
export function readSyncArgs(argv: readonly string[] = [], fromEnv: readonly string[] = []): SyncArgs {
  const words = [...fromEnv, ...argv];
  const python = pythonRequest(argv);
  const build = buildFlags(words);
  return { argv: [...argv], words, selection: parseSyncSelection(words), inexact: argv.includes('--inexact'), ...(python ? { python } : {}), ...build };
}

/** The value of `--flag value`, `--flag=value` or (for a short flag) `-Xvalue` at `args[i]`, and the index it ends at. */
function flagValue(args: readonly string[], i: number, long: readonly string[], short?: string): { value: string; end: number } | undefined {
  const arg = args[i]!;
  if (long.includes(arg) || arg === short) return args[i + 1] === undefined ? undefined : { value: args[i + 1]!, end: i + 1 };
  const eq = long.find((f) => arg.startsWith(`${f}=`));
  if (eq) return { value: arg.slice(eq.length + 1), end: i };
  if (short && arg.startsWith(short) && !arg.startsWith('--')) return { value: arg.slice(short.length).replace(/^=/, ''), end: i };
  return undefined;
}

/** `--no-editable`, `--no-editable-package` and the config settings among the words. */
function buildFlags(args: readonly string[]): Pick<SyncArgs, 'noEditable' | 'configSettings'> {
  let all = false;
  const packages = new Set<string>();
  const settings: Record<string, string> = {};
  const byPackage = new Map<string, Record<string, string>>();
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--') break;
    if (args[i] === '--no-editable') all = true;
    const pkg = flagValue(args, i, ['--no-editable-package']);
    const setting = flagValue(args, i, ['--config-setting', '--config-settings'], '-C');
    const perPackage = flagValue(args, i, ['--config-settings-package', '--config-setting-package']);
    const hit = pkg ?? setting ?? perPackage;
    if (!hit) continue;
    i = hit.end;
    if (pkg) packages.add(normalizeName(pkg.value));
    else if (setting) addSetting(settings, setting.value);
    else {
      const colon = hit.value.indexOf(':');
      if (colon <= 0) continue;
      const name = normalizeName(hit.value.slice(0, colon));
      if (!byPackage.has(name)) byPackage.set(name, {});
      addSetting(byPackage.get(name)!, hit.value.slice(colon + 1));
    }
  }
  return { noEditable: all ? 'all' : packages, configSettings: { all: settings, byPackage } };
}

function addSetting(into: Record<string, string>, pair: string): void {
  const eq = pair.indexOf('=');
  if (eq > 0) into[pair.slice(0, eq)] = pair.slice(eq + 1);
}

/** Whether `uv sync` with these arguments installs the workspace member `member` (normalised name) editable. */
export function installsEditable(args: SyncArgs, member: string): boolean {
  return args.noEditable !== 'all' && !args.noEditable.has(member);
}

/**
 * The config settings uv passes to `member`'s build backend: the workspace
 * root's `[tool.uv]` settings (`fromConfig`), then the words' `-C`, then the
 * words' `--config-settings-package` for it, the later winning per key.
 */
export function configSettingsFor(args: SyncArgs, member: string, fromConfig?: ConfigSettings): Record<string, string> {
  return {
    ...fromConfig?.all,
    ...fromConfig?.byPackage.get(member),
    ...args.configSettings.all,
    ...args.configSettings.byPackage.get(member),
  };
}

function pythonRequest(args: readonly string[]): string | undefined {
  let request: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--') break;
    if (arg === '--python' || arg === '-p') request = args[++i];
    else if (arg.startsWith('--python=')) request = arg.slice('--python='.length);
    else if (arg.startsWith('-p') && arg.length > 2 && !arg.startsWith('--')) request = arg.slice(2).replace(/^=/, '');
  }
  return request?.trim() || undefined;
}

/** No sync-args at all. */
export const NO_SYNC_ARGS: SyncArgs = readSyncArgs([]);

export interface SyncSelection {
  allExtras: boolean;
  extras: Set<string>;
  /** `--no-extra`: only meaningful with `--all-extras`. */
  noExtras: Set<string>;
  allGroups: boolean;
  groups: Set<string>;
  noGroups: Set<string>;
  /** An `--only-*` flag was given: the target's own runtime dependencies are not installed. */
  onlyGroups: boolean;
  defaultGroups: boolean;
}

const VALUE_FLAGS = new Set(['--extra', '--no-extra', '--group', '--no-group', '--only-group']);

/** What the flags said, before uv's dev flags and `--only-*` rules are applied. */
interface Flags {
  sel: SyncSelection;
  onlyGroup: string[];
  dev: boolean;
  noDev: boolean;
  onlyDev: boolean;
}

/** One flag's effect; a value flag gets its normalised value (empty when missing). */
const FLAG_EFFECTS = new Map<string, (f: Flags, name: string) => void>(Object.entries({
  '--all-extras': (f: Flags) => void (f.sel.allExtras = true),
  '--no-all-extras': (f: Flags) => void (f.sel.allExtras = false),
  '--extra': (f: Flags, name: string) => void (name && f.sel.extras.add(name)),
  '--no-extra': (f: Flags, name: string) => void (name && f.sel.noExtras.add(name)),
  '--group': (f: Flags, name: string) => void (name && f.sel.groups.add(name)),
  '--no-group': (f: Flags, name: string) => void (name && f.sel.noGroups.add(name)),
  '--only-group': (f: Flags, name: string) => void (name && f.onlyGroup.push(name)),
  '--all-groups': (f: Flags) => void (f.sel.allGroups = true),
  '--no-default-groups': (f: Flags) => void (f.sel.defaultGroups = false),
  '--dev': (f: Flags) => void (f.dev = true),
  '--no-dev': (f: Flags) => void (f.noDev = true),
  '--only-dev': (f: Flags) => void (f.onlyDev = true),
}));

/** Parses the extras/groups flags out of `uv sync` arguments (`--flag value` and `--flag=value`). */
function parseSyncSelection(args: readonly string[]): SyncSelection {
  const flags: Flags = {
    sel: { allExtras: false, extras: new Set(), noExtras: new Set(), allGroups: false, groups: new Set(), noGroups: new Set(), onlyGroups: false, defaultGroups: true },
    onlyGroup: [],
    dev: false,
    noDev: false,
    onlyDev: false,
  };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--') break;
    const eq = arg.indexOf('=');
    const split = arg.startsWith('--') && eq > 0;
    const flag = split ? arg.slice(0, eq) : arg;
    let value = split ? arg.slice(eq + 1) : undefined;
    if (VALUE_FLAGS.has(flag) && value === undefined) value = args[++i];
    FLAG_EFFECTS.get(flag)?.(flags, value === undefined ? '' : normalizeName(value));
  }
  return applyDevAndOnly(flags);
}

/** uv lowers the three dev flags to one mode, `--only-dev` winning; `--only-*` drops the defaults. */
function applyDevAndOnly({ sel, onlyGroup, dev, noDev, onlyDev }: Flags): SyncSelection {
  const mode = onlyDev ? 'only' : noDev ? 'exclude' : dev ? 'include' : undefined;
  if (mode === 'include') sel.groups.add('dev');
  if (mode === 'only') onlyGroup.push('dev');
  if (mode === 'exclude') sel.noGroups.add('dev');
  if (onlyGroup.length > 0) {
    sel.onlyGroups = true;
    sel.defaultGroups = false;
    for (const g of onlyGroup) sel.groups.add(g);
  }
  return sel;
}

/** The extras of the target member that the selection turns on. */
export function selectedExtras(sel: SyncSelection, member: Member): string[] {
  if (sel.onlyGroups) return [];
  // No extra asked for (the usual case): no set and no sort for each of thousands of members.
  if (!sel.allExtras && sel.extras.size === 0) return [];
  const out = new Set<string>();
  if (sel.allExtras) for (const e of member.extras) if (!sel.noExtras.has(e)) out.add(e);
  for (const e of sel.extras) out.add(e);
  return [...out].sort();
}

/** Whether `uv sync --package <member>` with this selection installs the member's group `group`. */
export function groupSelected(sel: SyncSelection, member: Member, group: string): boolean {
  if (sel.noGroups.has(group)) return false;
  if (sel.allGroups || sel.groups.has(group)) return true;
  if (!sel.defaultGroups) return false;
  return member.defaultGroups === 'all' || member.defaultGroups.includes(group);
}

/** Whether the workspace root's group `group` is installed for a target that does not declare it. */
export function rootGroupSelected(sel: SyncSelection, group: string): boolean {
  if (sel.noGroups.has(group)) return false;
  return sel.allGroups || sel.groups.has(group);
}
