// The uv settings a step's environment gives `uv sync` (job `env:`,
// GITHUB_ENV), read as uv reads them, so the action decides from what uv will
// really do: UV_NO_EDITABLE=1 is `--no-editable` for the surfaces, the
// fingerprints and the cache key, exactly as the flag in `sync-args` is.
// This module is the one owner of "the effective sync settings": it turns
// each variable that matters into the sync-args words it stands for, with
// uv's precedence (a flag in sync-args wins over the environment, over both
// variables of a pair such as UV_DEV / UV_NO_DEV, as uv 0.12's
// resolve_flag_pair does), and refuses the variables whose flag `sync-args`
// refuses (or, for those that only risk the cache, warns). The words are
// read, never passed: uv reads the variables itself.
//
// The table follows uv's own sources (crates/uv-static/src/env_vars.rs, the
// `env = …` attributes in crates/uv-cli and, from 0.12, EnvironmentOptions in
// crates/uv-settings) for the uv versions the action supports
// (OLDEST_SUPPORTED in uv/version.ts to the pinned 0.13.9). A value uv would
// reject (it fails the sync with "expected a boolish value") is taken on the
// side that is never too little, with a warning naming the variable.
import { UserError } from './errors.js';
import { compareVersions, OLDEST_SUPPORTED } from './uv/version.js';

/** What one variable is to `uv sync`. */
interface BoolSetting {
  kind: 'bool';
  /** The flag the variable stands for when true. */
  flag: string;
  /** Flags in sync-args that make uv ignore the variable (the flag, its opposite, the other half of a pair). */
  overriddenBy: readonly string[];
  /** The first uv that reads it for `uv sync`. */
  since: string;
  /** What the flag does, for the log. */
  effect: string;
  /** The value taken when the variable holds one uv cannot read: the one that selects more (never too little). */
  safe: boolean;
}

interface ListSetting {
  kind: 'list';
  /** The valued flag each name stands for. */
  flag: string;
  overriddenBy: readonly string[];
  since: string;
  effect: string;
}

type Setting = BoolSetting | ListSetting;

/** The variables that change what `uv sync` installs, and how, or which lock it trusts. */
const SETTINGS: Readonly<Record<string, Setting>> = {
  UV_NO_EDITABLE: { kind: 'bool', flag: '--no-editable', overriddenBy: ['--editable', '--no-editable'], since: '0.6.15', effect: 'members installed from their wheels, not editable', safe: false },
  UV_DEV: { kind: 'bool', flag: '--dev', overriddenBy: ['--dev', '--no-dev'], since: '0.8.7', effect: 'the dev group included', safe: true },
  UV_NO_DEV: { kind: 'bool', flag: '--no-dev', overriddenBy: ['--dev', '--no-dev'], since: '0.8.7', effect: 'the dev group left out', safe: false },
  UV_NO_DEFAULT_GROUPS: { kind: 'bool', flag: '--no-default-groups', overriddenBy: ['--no-default-groups'], since: '0.9.9', effect: 'the default groups left out', safe: false },
  UV_NO_GROUP: { kind: 'list', flag: '--no-group', overriddenBy: ['--no-group'], since: '0.9.8', effect: 'groups left out' },
  UV_NO_SOURCES: { kind: 'bool', flag: '--no-sources', overriddenBy: ['--no-sources'], since: '0.9.8', effect: '[tool.uv.sources] ignored', safe: false },
  UV_NO_SOURCES_PACKAGE: { kind: 'list', flag: '--no-sources-package', overriddenBy: ['--no-sources-package'], since: '0.9.26', effect: 'sources ignored for' },
  UV_NO_BUILD: { kind: 'bool', flag: '--no-build', overriddenBy: ['--no-build', '--build'], since: '0.1.40', effect: 'no source builds', safe: false },
  UV_NO_BINARY: { kind: 'bool', flag: '--no-binary', overriddenBy: ['--no-binary', '--binary'], since: '0.5.30', effect: 'no pre-built wheels', safe: false },
  UV_NO_BUILD_PACKAGE: { kind: 'list', flag: '--no-build-package', overriddenBy: ['--no-build-package'], since: '0.5.30', effect: 'no source build for' },
  UV_NO_BINARY_PACKAGE: { kind: 'list', flag: '--no-binary-package', overriddenBy: ['--no-binary-package'], since: '0.5.30', effect: 'no pre-built wheel for' },
  UV_NO_INSTALL_PROJECT: { kind: 'bool', flag: '--no-install-project', overriddenBy: ['--no-install-project', '--only-install-project'], since: '0.11.20', effect: 'the project itself not installed', safe: false },
  UV_NO_INSTALL_WORKSPACE: { kind: 'bool', flag: '--no-install-workspace', overriddenBy: ['--no-install-workspace', '--only-install-workspace'], since: '0.11.20', effect: 'no workspace member installed', safe: false },
  UV_NO_INSTALL_LOCAL: { kind: 'bool', flag: '--no-install-local', overriddenBy: ['--no-install-local', '--only-install-local'], since: '0.11.20', effect: 'no local path dependency installed', safe: false },
  UV_ONLY_INSTALL_PROJECT: { kind: 'bool', flag: '--only-install-project', overriddenBy: ['--no-install-project', '--only-install-project'], since: '0.11.20', effect: 'only the project installed', safe: false },
  UV_ONLY_INSTALL_LOCAL: { kind: 'bool', flag: '--only-install-local', overriddenBy: ['--no-install-local', '--only-install-local'], since: '0.11.20', effect: 'only local path dependencies installed', safe: false },
  UV_LOCKED: { kind: 'bool', flag: '--locked', overriddenBy: ['--locked', '--frozen'], since: '0.4.25', effect: 'uv.lock must be up to date', safe: false },
  UV_FROZEN: { kind: 'bool', flag: '--frozen', overriddenBy: ['--locked', '--frozen'], since: '0.4.25', effect: 'uv.lock installed as it is, unchecked', safe: false },
};

/**
 * Variables whose flag `sync-args` refuses (sync-args.ts), with why, and
 * since when uv reads them. Those that only put the cache at risk are a
 * warning, not an error: an air-gapped runner (or a test suite) that sets
 * UV_OFFLINE for every step, or UV_CONFIG_FILE for its index settings, worked
 * before and still does. Those that make uv sync another project or other
 * members than the action read are an error, as their flags are.
 */
const REFUSED: Readonly<Record<string, { flag: string; why: string; hint: string; since: string; kind: 'bool' | 'path'; level?: 'warning' }>> = {
  UV_OFFLINE: { flag: '--offline', kind: 'bool', level: 'warning', since: '0.5.9', why: 'a warm cache restored under it can hide a lock that cannot be installed', hint: "unset it for this step, or set 'cache: false' so that no restored cache decides whether the sync passes" },
  UV_CONFIG_FILE: { flag: '--config-file', kind: 'path', level: 'warning', since: '0.1.34', why: 'a config file can turn the cache off (no-cache) or move it (cache-dir) where the action does not look', hint: "give uv's settings as sync-args, or in the workspace's uv.toml or [tool.uv]" },
  UV_PROJECT: { flag: '--project', kind: 'path', since: '0.4.4', why: 'uv would sync another project than the workspace the action read', hint: "unset it for this step and use 'working-directory' to choose the workspace" },
  UV_WORKING_DIR: { flag: '--directory', kind: 'path', since: '0.9.14', why: 'uv would sync another project than the workspace the action read', hint: "unset it for this step and use 'working-directory' to choose the workspace" },
  UV_ONLY_INSTALL_WORKSPACE: { flag: '--only-install-workspace', kind: 'bool', since: '0.11.20', why: 'it conflicts with the members the action selects', hint: "unset it for this step and use 'packages' to choose members" },
};

/** What the environment gives `uv sync`, read once. */
export interface UvEnvSettings {
  /** The sync-args words the environment stands for (read with sync-args, never passed to uv). */
  words: string[];
  /** One line per variable taken into account, or left out and why, naming it. */
  notes: string[];
  /** Values uv cannot read, each taken on the safe side. */
  warnings: string[];
  /** Why uv uses no cache in this step (UV_NO_CACHE, `--no-cache` in sync-args), or undefined. */
  noCache?: string;
  /** Variables set whose effect depends on the uv version, which was not known: read as the newest uv reads them. */
  versionDependent: string[];
  /** uv reads no uv.toml or [tool.uv] settings (UV_NO_CONFIG, `--no-config`): the action then does not either. */
  ignoresConfig: boolean;
}

const TRUE = ['y', 'yes', 't', 'true', 'on', '1'];
const FALSE = ['n', 'no', 'f', 'false', 'off', '0'];

/** uv's boolish reading (clap's BoolishValueParser, and uv-static's copy of it): undefined for anything else, the empty value included. */
export function boolish(value: string): boolean | undefined {
  const v = value.toLowerCase();
  return TRUE.includes(v) ? true : FALSE.includes(v) ? false : undefined;
}

/** The long option an argument is, `--x=y` read as `--x` (short forms are expanded by the caller). */
function longOptions(argv: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const arg of argv) {
    if (arg === '--') break;
    if (arg.startsWith('--')) out.add(arg.split('=')[0]!);
  }
  return out;
}

/** Whether this uv reads the variable; undefined when the version is not known. */
function readByUv(since: string, uvVersion: string | undefined): boolean | undefined {
  if (!uvVersion) return undefined;
  return compareVersions(uvVersion, since) >= 0;
}

function quoted(name: string, value: string): string {
  return `${name}=${JSON.stringify(value).slice(1, -1)}`;
}

interface Reading {
  out: UvEnvSettings;
  flags: Set<string>;
  uvVersion: string | undefined;
}

/** A variable set that this uv does not read, said once; true when the action should skip it too. */
function skippedForVersion(r: Reading, name: string, since: string): boolean {
  const reads = readByUv(since, r.uvVersion);
  if (reads === false) {
    r.out.notes.push(`${name} is set, but uv ${r.uvVersion} does not read it for uv sync (uv reads it from ${since}): left out`);
    return true;
  }
  if (reads === undefined && compareVersions(since, OLDEST_SUPPORTED) > 0) r.out.versionDependent.push(name);
  return false;
}

/** The uv whose reading the table follows when the step's uv is not known. */
const NEWEST_KNOWN_UV = '0.13.9';

function readBool(r: Reading, name: string, raw: string, s: BoolSetting): void {
  if (skippedForVersion(r, name, s.since)) return;
  const overriding = s.overriddenBy.find((f) => r.flags.has(f));
  if (overriding) {
    r.out.notes.push(`${quoted(name, raw)} ignored: '${overriding}' in sync-args wins, as in uv`);
    return;
  }
  let value = boolish(raw);
  if (value === undefined) {
    value = s.safe;
    r.out.warnings.push(
      `${quoted(name, raw)} is not a value uv reads (use 1 or 0, true or false): uv sync will fail on it; read as ${value ? 'set' : 'unset'}, the side that affects more members`,
    );
  }
  if (value) {
    r.out.words.push(s.flag);
    r.out.notes.push(`${quoted(name, raw)}: read as '${s.flag}' in sync-args (${s.effect})`);
  }
}

function readList(r: Reading, name: string, raw: string, s: ListSetting): void {
  const names = raw.split(/\s+/).filter(Boolean);
  if (names.length === 0 || skippedForVersion(r, name, s.since)) return;
  if (s.overriddenBy.some((f) => r.flags.has(f))) {
    r.out.notes.push(`${quoted(name, raw)} ignored: '${s.flag}' in sync-args replaces it, as in uv`);
    return;
  }
  for (const n of names) r.out.words.push(`${s.flag}=${n}`);
  r.out.notes.push(`${quoted(name, raw)}: read as ${names.map((n) => `'${s.flag} ${n}'`).join(' ')} in sync-args (${s.effect} ${names.join(', ')})`);
}

function refuse(r: Reading, name: string, raw: string): void {
  const rule = REFUSED[name]!;
  if (readByUv(rule.since, r.uvVersion) === false) return;
  // An unreadable boolean is taken as set: uv fails on it anyway, and a refusal says why first.
  if (rule.kind === 'bool' && boolish(raw) === false) return;
  const message = `${quoted(name, raw)} in the step's environment is uv's '${rule.flag}', which 'sync-args' refuses: ${rule.why}`;
  if (rule.level === 'warning') r.out.warnings.push(`${message} (hint: ${rule.hint})`);
  else throw new UserError(message, rule.hint);
}

/** The notice of a step whose uv uses no cache, `source` saying what turned it off (a flag, a variable, a config file). */
export function noCacheNotice(source: string): string {
  return `not restoring or saving the uv cache: ${source} (uv uses a temporary cache that it removes at the end, so a restored cache would go unread and there is nothing to save)`;
}

/** UV_NO_CACHE, or `--no-cache` in sync-args (`noCacheFlag`, as written: `'-nq' (--no-cache)`): why the uv cache is not restored or saved. */
function readNoCache(r: Reading, env: NodeJS.ProcessEnv, noCacheFlag: string | undefined): void {
  if (noCacheFlag) {
    r.out.noCache = noCacheNotice(`${noCacheFlag} is in sync-args`);
    return;
  }
  const raw = env.UV_NO_CACHE;
  if (raw === undefined) return;
  const value = boolish(raw);
  if (value === false) return;
  if (value === undefined) r.out.warnings.push(`${quoted('UV_NO_CACHE', raw)} is not a value uv reads (use 1 or 0): uv sync will fail on it; read as set`);
  r.out.noCache = noCacheNotice(`${quoted('UV_NO_CACHE', raw)} is in the step's environment`);
}

/**
 * The uv settings the environment gives `uv sync`, against the user's
 * sync-args words (`argv`, flags winning) and, when known, the uv version
 * (a variable that uv does not read yet is left out, and said).
 * Throws a UserError for a variable whose flag sync-args refuses.
 */
export function readUvEnv(env: NodeJS.ProcessEnv, argv: readonly string[], opts: { uvVersion?: string; noCacheFlag?: string } = {}): UvEnvSettings {
  const flags = longOptions(argv);
  const ignoresConfig = flags.has('--no-config') || boolish(env.UV_NO_CONFIG ?? '') === true;
  const r: Reading = { out: { words: [], notes: [], warnings: [], versionDependent: [], ignoresConfig }, flags, uvVersion: opts.uvVersion };
  for (const name of Object.keys(REFUSED)) {
    const raw = env[name];
    if (raw !== undefined && raw !== '') refuse(r, name, raw);
  }
  for (const [name, setting] of Object.entries(SETTINGS)) {
    const raw = env[name];
    if (raw === undefined) continue;
    if (setting.kind === 'bool') readBool(r, name, raw, setting);
    else readList(r, name, raw, setting);
  }
  readNoCache(r, env, opts.noCacheFlag);
  if (r.out.versionDependent.length > 0) {
    r.out.notes.push(`uv's version is not known in this step: ${r.out.versionDependent.join(', ')} read as uv ${NEWEST_KNOWN_UV} reads ${r.out.versionDependent.length === 1 ? 'it' : 'them'}`);
  }
  return r.out;
}

