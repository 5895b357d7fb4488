export const id = 486;
export const ids = [486];
export const modules = {

/***/ 1486:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runPost: () => (/* binding */ runPost)
});

;// CONCATENATED MODULE: ./src/cache/budget.ts
// The repository's cache budget: GitHub keeps 10 GB of caches per repository
// and evicts the least recently used beyond that. Member-set keys multiply
// entries (one per distinct member set, selection and prune setting per
// lock), so the post step says how big the saved entry is and how many
// entries this key scheme holds for the current lock.
//
// The @actions/cache client cannot list entries; GitHub's REST API can
// (`GET /repos/{owner}/{repo}/actions/caches?key=<prefix>`, which needs the
// token's `actions: read`). Without it the count is what this run saw: a
// lower bound, and said so.
/** Pure: what this run knows — the entry it restored from (if of this lock) and the one it saved. */
function budgetFromRun(opts) {
    const known = new Set();
    if (opts.saved)
        known.add(opts.key);
    if (opts.matchedKey?.startsWith(opts.lockPrefix))
        known.add(opts.matchedKey);
    return { entries: known.size, source: 'run' };
}
/**
 * Counts the repository's entries whose key starts with `lockPrefix`, via the
 * REST API (100 a page, at most 10 pages). Undefined when the API cannot be
 * asked or refuses (no token, no `actions: read`, GHES without the route,
 * network trouble): the caller falls back to `budgetFromRun`. Never throws.
 */
async function listLockEntries(opts) {
    if (!opts.token || !/^[^/]+\/[^/]+$/.test(opts.repository))
        return undefined;
    // One row per entry: the same key saved from two refs (a branch and a pull request) is two entries.
    const entries = [];
    try {
        for (let page = 1; page <= 10; page++) {
            const url = new URL(`${opts.apiUrl.replace(/\/+$/, '')}/repos/${opts.repository}/actions/caches`);
            url.searchParams.set('key', opts.lockPrefix);
            url.searchParams.set('per_page', '100');
            url.searchParams.set('page', String(page));
            const response = await fetch(url, {
                headers: { Accept: 'application/vnd.github+json', Authorization: `Bearer ${opts.token}`, 'X-GitHub-Api-Version': '2022-11-28' },
                signal: AbortSignal.timeout(opts.timeoutMs ?? 10_000),
            });
            if (!response.ok)
                return undefined;
            const body = (await response.json());
            const caches = Array.isArray(body.actions_caches) ? body.actions_caches : [];
            for (const c of caches) {
                // The `key` filter is a prefix match on GitHub; checked again so a lenient server cannot inflate the count.
                if (typeof c.key === 'string' && c.key.startsWith(opts.lockPrefix))
                    entries.push({ key: c.key, bytes: Number(c.size_in_bytes) || 0 });
            }
            if (caches.length < 100)
                break;
        }
    }
    catch {
        return undefined;
    }
    if (opts.savedKey && !entries.some((e) => e.key === opts.savedKey))
        entries.push({ key: opts.savedKey, bytes: opts.savedBytes ?? 0 });
    return { entries: entries.length, bytes: entries.reduce((a, b) => a + b.bytes, 0), source: 'service' };
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
;// CONCATENATED MODULE: ./src/cache/size.ts
// How big the uv cache is on disk, for the log and the job summary.


/**
 * Bytes held by regular files under `dir`. Symlinks are not followed (uv
 * links into venvs, and a venv may link back), and a file hardlinked several
 * times is counted once, as `du` does: uv's cache hardlinks its entries. A
 * missing dir is 0; entries that vanish during the walk are skipped.
 */
async function directorySize(dir) {
    const seen = new Set();
    let total = 0;
    const pending = [dir];
    while (pending.length > 0) {
        const current = pending.pop();
        let entries;
        try {
            entries = await (0,promises_.readdir)(current, { withFileTypes: true });
        }
        catch (error) {
            if (current === dir && error.code === 'ENOTDIR')
                return fileSize(dir);
            continue;
        }
        const files = [];
        for (const entry of entries) {
            const full = external_node_path_default().join(current, entry.name);
            if (entry.isDirectory())
                pending.push(full);
            else if (entry.isFile())
                files.push(full);
        }
        // lstat in batches: one at a time is slow on a cache of 100k files, all at once exhausts fds.
        for (let i = 0; i < files.length; i += 128) {
            const stats = await Promise.all(files.slice(i, i + 128).map((f) => (0,promises_.lstat)(f, { bigint: true }).catch(() => undefined)));
            for (const stat of stats) {
                if (!stat || !stat.isFile())
                    continue;
                if (stat.nlink > 1n) {
                    const id = `${stat.dev}:${stat.ino}`;
                    if (seen.has(id))
                        continue;
                    seen.add(id);
                }
                total += Number(stat.size);
            }
        }
    }
    return total;
}
async function fileSize(file) {
    const stat = await (0,promises_.lstat)(file).catch(() => undefined);
    return stat?.isFile() ? stat.size : 0;
}

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./src/text.ts
var src_text = __webpack_require__(8992);
;// CONCATENATED MODULE: ./src/changes/paths.ts
// The one normal form of a changed path, for every source: the changed-files
// input (newline, JSON or space separated), git diffs, the pull request files
// API, the CLI's --files and --base. Repository-relative, `/`-separated, with
// `.`, `..` and empty components resolved, and absolute paths inside the
// repository made relative. Members are compared with changed paths in this
// one frame, so a path that is spelled differently can never miss its member.
// Pure: the repository root is handed in.



const WINDOWS_ABSOLUTE = /^[A-Za-z]:[\\/]/;
/** What the slow path would rewrite or reject: a leading `/`, a `.` or `..` or empty component, a trailing `/`. */
const NOT_NORMAL = /^\/|(^|\/)\.\.?(\/|$)|\/\/|\/$/;
function toSlashes(p) {
    return p.split(path.sep).join('/');
}
/** `abs` relative to one of the roots, `/`-separated, or undefined when under none of them. */
function underRoot(abs, roots) {
    for (const root of roots) {
        const rel = path.relative(root, abs);
        if (rel === '')
            return '';
        if (!rel.startsWith('..') && !path.isAbsolute(rel))
            return toSlashes(rel);
    }
    return undefined;
}
/** Normalises one changed path; says why when it cannot be a path inside the repository. */
function normalizeChangedPath(raw, options) {
    let text = raw;
    if (options.backslashes)
        text = text.replace(/\\/g, '/');
    if (text === '')
        return { ok: false, raw, why: 'is empty' };
    // Already normal, as git prints paths: no split and join for each of thousands.
    if (!NOT_NORMAL.test(text) && !WINDOWS_ABSOLUTE.test(text) && !path.isAbsolute(text))
        return { ok: true, path: text };
    if (path.isAbsolute(text) || WINDOWS_ABSOLUTE.test(text)) {
        const rel = underRoot(path.resolve(text), [options.repoRoot, ...(options.rootAliases ?? [])]);
        if (rel === undefined)
            return { ok: false, raw, why: `is outside the repository (${options.repoRoot})` };
        text = rel;
    }
    const parts = [];
    for (const part of text.split('/')) {
        if (part === '' || part === '.')
            continue;
        if (part === '..') {
            if (parts.length === 0)
                return { ok: false, raw, why: `leaves the repository (${options.repoRoot})` };
            parts.pop();
            continue;
        }
        parts.push(part);
    }
    if (parts.length === 0)
        return { ok: false, raw, why: 'names the repository root, not a file in it' };
    return { ok: true, path: parts.join('/') };
}
/** Normalises a list: the accepted paths sorted and unique, the others set aside with why. */
function normalizeChangedPaths(raw, options) {
    const paths = new Set();
    const rejected = [];
    for (const item of raw) {
        const result = normalizeChangedPath(item, options);
        if (result.ok)
            paths.add(result.path);
        else
            rejected.push({ raw: result.raw, why: result.why });
    }
    return { paths: [...paths].sort(compareStrings), rejected };
}
/** One line naming the first rejected path (and how many more), for a warning or an error. */
function describeRejected(rejected, source) {
    const first = rejected[0];
    const more = rejected.length > 1 ? ` (and ${rejected.length - 1} more)` : '';
    return `${source}: '${first.raw}' ${first.why}${more}`;
}
/** For the CLI: a path outside the repository is the user's mistake, said in one line. */
function rejectedError(rejected, source) {
    return new UserError(describeRejected(rejected, source), 'give paths inside the repository, relative to its root (as `git diff --name-only` prints them) or absolute');
}
/**
 * The `changed-files` input in the three shapes tools print: a JSON list of
 * strings; several lines, one path each (names may hold spaces); or a single
 * line of paths separated by spaces (tj-actions/changed-files' default). A
 * single name containing a space must come as JSON (or with other names, one
 * per line).
 */
function parseChangedFilesText(name, raw) {
    const text = raw.trim();
    if (text === '')
        return { paths: [], format: 'lines' };
    if (text.startsWith('[')) {
        const list = (0,src_text/* jsonStringList */.u7)(name, text, 'give a JSON array of strings, one path per line, or paths separated by spaces on one line');
        return { paths: list.filter((s) => s.trim() !== ''), format: 'json' };
    }
    const lines = text.split(/\r?\n/).map((s) => s.trim()).filter(Boolean);
    if (lines.length === 1)
        return { paths: lines[0].split(/\s+/).filter(Boolean), format: 'spaces' };
    return { paths: lines, format: 'lines' };
}

;// CONCATENATED MODULE: ./src/workspace/names.ts
// PEP 503 normalisation: names enter the model once, normalised, so every
// comparison after that is plain string equality. Extras and group names are
// normalised the same way (PEP 685, PEP 735).
/** Already normal (what lock files and most pyproject files hold): returned as is, without a new string. */
const NORMAL = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
function normalizeName(name) {
    if (NORMAL.test(name))
        return name;
    return name.trim().replace(/[-_.]+/g, '-').toLowerCase();
}
/** PEP 508 / core metadata: ASCII letters and digits, with `.`, `_`, `-` inside. uv rejects anything else. */
const VALID_NAME = /^[A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?$/;
function isValidName(name) {
    return VALID_NAME.test(name);
}

;// CONCATENATED MODULE: ./src/workspace/selection.ts

/** The one reading of already-split sync arguments (the action's and the CLI's guard ran before). */
function readSyncArgs(argv = []) {
    const python = pythonRequest(argv);
    return { argv: [...argv], selection: parseSyncSelection(argv), inexact: argv.includes('--inexact'), ...(python ? { python } : {}) };
}
function pythonRequest(args) {
    let request;
    for (let i = 0; i < args.length; i++) {
        const arg = args[i];
        if (arg === '--')
            break;
        if (arg === '--python' || arg === '-p')
            request = args[++i];
        else if (arg.startsWith('--python='))
            request = arg.slice('--python='.length);
        else if (arg.startsWith('-p') && arg.length > 2 && !arg.startsWith('--'))
            request = arg.slice(2).replace(/^=/, '');
    }
    return request?.trim() || undefined;
}
/** No sync-args at all. */
const NO_SYNC_ARGS = readSyncArgs([]);
const VALUE_FLAGS = new Set(['--extra', '--no-extra', '--group', '--no-group', '--only-group']);
/** One flag's effect; a value flag gets its normalised value (empty when missing). */
const FLAG_EFFECTS = new Map(Object.entries({
    '--all-extras': (f) => void (f.sel.allExtras = true),
    '--no-all-extras': (f) => void (f.sel.allExtras = false),
    '--extra': (f, name) => void (name && f.sel.extras.add(name)),
    '--no-extra': (f, name) => void (name && f.sel.noExtras.add(name)),
    '--group': (f, name) => void (name && f.sel.groups.add(name)),
    '--no-group': (f, name) => void (name && f.sel.noGroups.add(name)),
    '--only-group': (f, name) => void (name && f.onlyGroup.push(name)),
    '--all-groups': (f) => void (f.sel.allGroups = true),
    '--no-default-groups': (f) => void (f.sel.defaultGroups = false),
    '--dev': (f) => void (f.dev = true),
    '--no-dev': (f) => void (f.noDev = true),
    '--only-dev': (f) => void (f.onlyDev = true),
}));
/** Parses the extras/groups flags out of `uv sync` arguments (`--flag value` and `--flag=value`). */
function parseSyncSelection(args) {
    const flags = {
        sel: { allExtras: false, extras: new Set(), noExtras: new Set(), allGroups: false, groups: new Set(), noGroups: new Set(), onlyGroups: false, defaultGroups: true },
        onlyGroup: [],
        dev: false,
        noDev: false,
        onlyDev: false,
    };
    for (let i = 0; i < args.length; i++) {
        const arg = args[i];
        if (arg === '--')
            break;
        const eq = arg.indexOf('=');
        const split = arg.startsWith('--') && eq > 0;
        const flag = split ? arg.slice(0, eq) : arg;
        let value = split ? arg.slice(eq + 1) : undefined;
        if (VALUE_FLAGS.has(flag) && value === undefined)
            value = args[++i];
        FLAG_EFFECTS.get(flag)?.(flags, value === undefined ? '' : normalizeName(value));
    }
    return applyDevAndOnly(flags);
}
/** uv lowers the three dev flags to one mode, `--only-dev` winning; `--only-*` drops the defaults. */
function applyDevAndOnly({ sel, onlyGroup, dev, noDev, onlyDev }) {
    const mode = onlyDev ? 'only' : noDev ? 'exclude' : dev ? 'include' : undefined;
    if (mode === 'include')
        sel.groups.add('dev');
    if (mode === 'only')
        onlyGroup.push('dev');
    if (mode === 'exclude')
        sel.noGroups.add('dev');
    if (onlyGroup.length > 0) {
        sel.onlyGroups = true;
        sel.defaultGroups = false;
        for (const g of onlyGroup)
            sel.groups.add(g);
    }
    return sel;
}
/** The extras of the target member that the selection turns on. */
function selectedExtras(sel, member) {
    if (sel.onlyGroups)
        return [];
    const out = new Set();
    if (sel.allExtras)
        for (const e of member.extras)
            if (!sel.noExtras.has(e))
                out.add(e);
    for (const e of sel.extras)
        out.add(e);
    return [...out].sort();
}
/** Whether `uv sync --package <member>` with this selection installs the member's group `group`. */
function groupSelected(sel, member, group) {
    if (sel.noGroups.has(group))
        return false;
    if (sel.allGroups || sel.groups.has(group))
        return true;
    if (!sel.defaultGroups)
        return false;
    return member.defaultGroups === 'all' || member.defaultGroups.includes(group);
}
/** Whether the workspace root's group `group` is installed for a target that does not declare it. */
function rootGroupSelected(sel, group) {
    if (sel.noGroups.has(group))
        return false;
    return sel.allGroups || sel.groups.has(group);
}

;// CONCATENATED MODULE: ./src/sync-args.ts
// `sync-args` (the action's input, the CLI's --sync-args): split like a shell
// would, guarded against the options the action or the CLI decides itself,
// then read once into a SyncArgs value (workspace/selection.ts) that every
// consumer takes. Everything in sync-args beyond the install selection and
// --inexact is uv's business and passes through as words.


/**
 * Splits sync arguments the way a POSIX shell splits words (quotes and
 * backslashes), without expanding anything: the words go to uv as argv.
 * `name` is the input or option, as messages name it (`sync-args`, `--sync-args`).
 */
function splitArgs(name, raw) {
    const words = [];
    let word = '';
    let inWord = false;
    let quote;
    for (let i = 0; i < raw.length; i++) {
        const c = raw[i];
        if (quote) {
            if (c === quote)
                quote = undefined;
            else if (c === '\\' && quote === '"' && i + 1 < raw.length && '"\\$`'.includes(raw[i + 1]))
                word += raw[++i];
            else
                word += c;
        }
        else if (c === '"' || c === "'") {
            quote = c;
            inWord = true;
        }
        else if (c === '\\' && i + 1 < raw.length) {
            word += raw[++i];
            inWord = true;
        }
        else if (/\s/.test(c)) {
            if (inWord)
                words.push(word);
            word = '';
            inWord = false;
        }
        else {
            word += c;
            inWord = true;
        }
    }
    if (quote)
        throw new errors/* UserError */.y(`${label(name)} has an unclosed ${quote} quote`, 'close the quote or remove it');
    if (inWord)
        words.push(word);
    return words;
}
/** `sync-args` → `input 'sync-args'`; `--sync-args` → `option '--sync-args'`. */
function label(name) {
    return name.startsWith('-') ? `option '${name}'` : `input '${name}'`;
}
/**
 * uv options that would make the saved cache empty or not the one the action
 * placed: a second cache dir, no cache at all, or no network (a warm cache
 * restored under an offline flag hides a lock that cannot be installed).
 * The CLI restores no cache, so only the action refuses them.
 */
const CACHE_DEFEATING_SYNC_ARGS = ['--cache-dir', '--no-cache', '-n', '--offline'];
/** uv sync options that would contradict the members the action (or the CLI) selects. */
const CONFLICTING_SYNC_ARGS = ['--package', '--all-packages', '--only-install-workspace', '--project', '--directory'];
/**
 * The one parser of sync arguments, for the action's `sync-args` input and
 * the CLI's `--sync-args`: split like a shell would, then refuse the options
 * that choose members or the project, which the action (or the CLI) decides.
 */
function parseSyncArgs(name, raw) {
    const args = splitArgs(name, raw);
    for (const arg of args) {
        const flag = arg.split('=')[0];
        const cli = name.startsWith('-');
        if (!cli && CACHE_DEFEATING_SYNC_ARGS.includes(flag)) {
            throw new errors/* UserError */.y(`${label(name)} contains '${flag}', which defeats the uv cache the action restores and saves`, flag === '--cache-dir' ? "use the 'cache-dir' input instead" : "drop it, and set 'cache: false' if you want no GitHub cache");
        }
        if (CONFLICTING_SYNC_ARGS.includes(flag)) {
            throw new errors/* UserError */.y(`${label(name)} contains '${flag}', which conflicts with the members ${cli ? 'the command computes' : 'the action selects'}`, flag === '--package' || flag === '--all-packages'
                ? cli
                    ? 'drop it: `affected` finds the members itself (use --files or --base)'
                    : "use the 'packages' input to choose members"
                : cli
                    ? 'drop it and use --workspace to choose the workspace'
                    : "use 'working-directory' to choose the workspace");
        }
    }
    return readSyncArgs(args);
}

;// CONCATENATED MODULE: ./src/inputs.ts
// The only place that reads the action's inputs. Everything is validated here
// into a typed Config, so a bad value fails before any work with a message
// that names the input.






const DEPENDENTS = ['shipped', 'any'];
const MODES = ['sync', 'detect', 'record'];
const LINK_MODES = ['auto', 'hardlink', 'clone', 'copy', 'symlink'];
function oneOf(name, raw, allowed, fallback) {
    const value = raw.trim() || fallback;
    if (allowed.includes(value))
        return value;
    throw new errors/* UserError */.y(`input '${name}' is '${value}'`, `use one of: ${allowed.join(', ')}`);
}
function parseBoolean(name, raw, fallback) {
    const value = raw.trim().toLowerCase();
    if (value === '')
        return fallback;
    if (['true', 'yes', '1', 'on'].includes(value))
        return true;
    if (['false', 'no', '0', 'off'].includes(value))
        return false;
    throw new errors/* UserError */.y(`input '${name}' is '${raw.trim()}'`, 'use true or false');
}
/**
 * A list input: a JSON array of strings, or items separated by newlines (and,
 * when `splitSpaces`, commas and spaces too). Paths can hold spaces, so
 * `changed-files` splits on newlines only.
 */
function parseList(name, raw, splitSpaces) {
    const text = raw.trim();
    if (text === '')
        return [];
    if (text.startsWith('[')) {
        return (0,src_text/* jsonStringList */.u7)(name, text, 'give a JSON array of strings, or one item per line')
            .map((s) => s.trim())
            .filter(Boolean);
    }
    const separator = splitSpaces ? /[\s,]+/ : /\r?\n/;
    return text
        .split(separator)
        .map((s) => s.trim())
        .filter(Boolean);
}
/** `sync-args` is split and guarded by the one parser the CLI's --sync-args uses too. */

function parseShards(raw) {
    const text = raw.trim() || '0';
    if (!/^\d+$/.test(text) || Number(text) > 256) {
        throw new errors/* UserError */.y(`input 'shards' is '${raw.trim()}'`, 'use a whole number from 0 (one leg per member) to 256');
    }
    return Number(text);
}
function parseSaveCache(raw) {
    const value = raw.trim().toLowerCase() || 'auto';
    if (value === 'auto')
        return 'auto';
    if (['true', 'always', 'yes'].includes(value))
        return 'always';
    if (['false', 'never', 'no'].includes(value))
        return 'never';
    if (value === 'default-branch')
        return 'default-branch';
    throw new errors/* UserError */.y(`input 'save-cache' is '${raw.trim()}'`, 'use auto, true, false or default-branch');
}
function parseCache(raw) {
    const value = raw.trim().toLowerCase() || 'auto';
    if (value === 'auto')
        return 'auto';
    if (['true', 'yes', '1', 'on'].includes(value))
        return 'true';
    if (['false', 'no', '0', 'off'].includes(value))
        return 'false';
    throw new errors/* UserError */.y(`input 'cache' is '${raw.trim()}'`, 'use auto, true or false');
}
/** `cache-timeout` in seconds (default 300) → milliseconds. */
function parseCacheTimeout(raw) {
    const text = raw.trim() || '300';
    if (!/^\d+(\.\d+)?$/.test(text) || Number(text) <= 0 || Number(text) > 6 * 3600) {
        throw new errors/* UserError */.y(`input 'cache-timeout' is '${raw.trim()}'`, 'use a number of seconds greater than 0 (default 300)');
    }
    return Math.round(Number(text) * 1000);
}
/** The path with symlinks resolved, as far as it exists (the rest is appended as given). */
function realPathPrefix(target) {
    let existing = target;
    const rest = [];
    for (;;) {
        try {
            return external_node_path_default().join((0,external_node_fs_.realpathSync)(existing), ...rest);
        }
        catch {
            const parent = external_node_path_default().dirname(existing);
            if (parent === existing)
                return target;
            rest.unshift(external_node_path_default().basename(existing));
            existing = parent;
        }
    }
}
function optional(raw) {
    const value = raw.trim();
    return value === '' ? undefined : value;
}
/**
 * Builds the Config from the inputs. `repoRoot` is GITHUB_WORKSPACE in the
 * action; `working-directory` must stay inside it.
 */
function parseConfig(read, repoRoot) {
    const workingDirectory = external_node_path_default().resolve(repoRoot, read('working-directory').trim() || '.');
    const relative = external_node_path_default().relative(repoRoot, workingDirectory);
    // Through symlinks too: a committed `ws -> /` must not take the action outside the checkout.
    const realRelative = external_node_path_default().relative(realPathPrefix(repoRoot), realPathPrefix(workingDirectory));
    if (relative.startsWith('..') || external_node_path_default().isAbsolute(relative) || realRelative.startsWith('..') || external_node_path_default().isAbsolute(realRelative)) {
        throw new errors/* UserError */.y(`input 'working-directory' (${read('working-directory').trim()}) is outside the repository (${repoRoot})${relative.startsWith('..') || external_node_path_default().isAbsolute(relative) ? '' : ` through a symlink: it resolves to ${realPathPrefix(workingDirectory)}`}`, 'give a path relative to the repository root');
    }
    const packagesRaw = parseList('packages', read('packages'), true);
    const packages = packagesRaw.length === 0 ? undefined : packagesRaw.length === 1 && packagesRaw[0] === 'all' ? 'all' : packagesRaw;
    const changedFilesRaw = read('changed-files');
    const syncArgs = parseSyncArgs('sync-args', read('sync-args'));
    const mode = oneOf('mode', read('mode'), MODES, 'sync');
    if (mode === 'record' && packages === undefined) {
        throw new errors/* UserError */.y("input 'mode' is 'record' but 'packages' is empty", "give the members whose tests passed, e.g. 'packages: ${{ steps.uvws.outputs.members }}' or '${{ matrix.package }}'");
    }
    return {
        repoRoot,
        workingDirectory,
        mode,
        packages,
        changedFiles: changedFilesRaw.trim() === '' ? undefined : parseChangedFilesText('changed-files', changedFilesRaw).paths,
        base: optional(read('base')),
        head: optional(read('head')),
        ignore: parseList('ignore', read('ignore'), false),
        global: parseList('global', read('global'), false),
        syncArgs,
        dependents: oneOf('dependents', read('dependents'), DEPENDENTS, 'shipped'),
        pythonVersion: optional(read('python-version')),
        cache: parseCache(read('cache')),
        cacheTimeoutMs: parseCacheTimeout(read('cache-timeout')),
        cacheDir: optional(read('cache-dir')),
        cacheKeySuffix: read('cache-key-suffix').trim(),
        saveCache: parseSaveCache(read('save-cache')),
        pruneCache: parseBoolean('prune-cache', read('prune-cache'), true),
        linkMode: oneOf('link-mode', read('link-mode'), LINK_MODES, 'auto'),
        shards: parseShards(read('shards')),
        summary: parseBoolean('summary', read('summary'), true),
        debug: parseBoolean('debug', read('debug'), false),
        githubToken: read('github-token').trim(),
        skipPassed: parseBoolean('skip-passed', read('skip-passed'), false),
    };
}

;// CONCATENATED MODULE: ./src/affected/reasons.ts
function viaText(v) {
    return v.kind === 'runtime' ? 'runtime' : v.kind === 'extra' ? `extra ${v.extra}` : `group ${v.group}`;
}
function lockChangeText(c) {
    if (c.base.length === 0)
        return `adds ${c.package} ${c.head.join(', ')}`;
    if (c.head.length === 0)
        return `removes ${c.package} ${c.base.join(', ')}`;
    if (c.base.join(',') !== c.head.join(','))
        return `${c.package} ${c.base.join(', ')} -> ${c.head.join(', ')}`;
    return `${c.package} ${c.head.join(', ')} source changed`;
}
const LOCK_PROBLEMS = {
    'no-base-input': 'changed (lock at base not available)',
    'no-base-lock': 'changed (no readable lock at base)',
    removed: 'was removed',
    'base-unreadable': 'at base could not be read',
    'head-unreadable': 'could not be read',
};
/**
 * The words for one reason: one line, or one per listed path. `members` is how
 * many members share it (a folded summary row): the verb agrees with it.
 */
function reasons_reasonLines(r, members = 1) {
    switch (r.kind) {
        case 'changed':
            return [...r.paths.map((p) => `changed: ${p}`), ...(r.more > 0 ? [`changed: and ${r.more} more files`] : [])];
        case 'dependency': {
            const verb = members === 1 ? 'depends' : 'depend';
            if (!r.via)
                return [`${verb} on ${r.on} (${viaText(r.dependency)})`];
            return [`${verb} on ${r.on} via ${r.via.member}${r.via.extra ? `[${r.via.extra}]` : ''}`];
        }
        case 'lock':
            return [`uv.lock: ${lockChangeText(r.change)}`];
        case 'lock-more':
            return [`uv.lock: and ${r.packages} more packages changed`];
        case 'lock-membership':
            return [r.added ? 'uv.lock: new workspace member' : 'uv.lock: no longer a workspace member'];
        case 'global': {
            const suffix = r.source === 'input' ? ' (global input)' : '';
            const more = r.more > 0 ? [`global: and ${r.more} more${r.source === 'input' ? ' files (global input)' : ''}`] : [];
            return [...r.paths.map((p) => `global: ${p} changed${suffix}`), ...more];
        }
        case 'lock-unattributed':
            return [`${r.file} ${LOCK_PROBLEMS[r.problem]}${r.error ? `: ${r.error}` : ''}`];
        case 'no-base':
            return [r.why];
        case 'not-shipped':
            return [
                r.unpackaged !== undefined
                    ? `not shipped: uv installs no files of this member in other members (${r.unpackaged})`
                    : 'not shipped (tests/docs only): no other member installs these paths',
            ];
        case 'whole-surface':
            return [`whole directory counts as shipped: ${r.why}`];
        case 'selected':
            return [r.scope === 'all' ? `${r.input}: all` : r.scope === 'every-named' ? `${r.input} names every member` : `${r.input} input`];
    }
}
/** The words for a list of reasons, in order (the `reasons` output, the CLI). */
function reasons_reasonsText(reasons) {
    return reasons.flatMap((r) => reasons_reasonLines(r));
}
/** Repository-relative files a reason is about (for an annotation to sit on). */
function reasons_reasonFiles(r) {
    switch (r.kind) {
        case 'changed':
        case 'global':
            return r.paths;
        case 'lock-unattributed':
            return [r.file];
        default:
            return [];
    }
}
/** The member is affected by its own files (not by a dependency or a global trigger): it is a cause, drawn first. */
function reasons_isOwnChange(r) {
    return r.kind === 'changed';
}
/** The member's own changed files (`paths` listed, `total` counting those not listed). */
function reasons_ownChanges(reasons) {
    const changed = reasons.filter((r) => r.kind === 'changed');
    if (changed.length === 0)
        return undefined;
    const paths = changed.flatMap((r) => r.paths);
    return { paths, total: paths.length + changed.reduce((n, r) => n + r.more, 0) };
}

;// CONCATENATED MODULE: ./src/report/matrix.ts
// The `matrix` output: one leg per affected member, or at most N legs
// ("shards") when a workspace is too big for one job per member.
//
// GitHub fails a job whose matrix expands to nothing, so a workflow guards
// the fan-out with `any-affected` (the output is still `{"include":[]}`, a
// valid value, when nothing is affected):
//
//   test:
//     needs: detect
//     if: needs.detect.outputs.any-affected == 'true'
//     strategy:
//       matrix: ${{ fromJSON(needs.detect.outputs.matrix) }}
//     steps:
//       - uses: <this action>
//         with: { packages: '${{ matrix.package }}' }
//       - run: uv run pytest
//         working-directory: ${{ matrix.path }}

/** GitHub rejects a matrix with more legs than this. */
const matrix_MAX_MATRIX_JOBS = 256;
/**
 * Builds the matrix for `members` (name and repository-relative path).
 *
 * `shards` 0 gives one entry per member. With `shards` N the members are
 * grouped into at most N entries, each synced by one `uv sync --package ...`.
 * Groups are balanced by `weight`: the number of packages `uv sync --package m`
 * installs according to uv.lock, third-party ones included (the shell falls
 * back to the member closure without a lock), because that is what a leg pays
 * for: the packages it links into its venv and, usually, the tests it then
 * runs scale with the closure, not with the number of members in the group.
 * A member with a 300-package closure is a leg's worth of work on its own;
 * twenty leaf utilities are not.
 *
 * Grouping is greedy longest-processing-time: the heaviest member goes first
 * into the lightest group. Ties are broken by name, and groups of equal load
 * by fewer members, so the same input always gives the same matrix (a
 * matrix that reshuffles between runs makes job history unreadable).
 */
function buildMatrix(members, shards, weight) {
    const sorted = [...members].sort((a, b) => compareStrings(a.name, b.name));
    if (sorted.length === 0)
        return { include: [] };
    if (!(shards > 0))
        return { include: sorted.map((m) => ({ package: m.name, path: m.path })) };
    const weighted = sorted
        .map((m) => ({ ...m, weight: Math.max(1, weight(m.name) || 0) }))
        .sort((a, b) => b.weight - a.weight || compareStrings(a.name, b.name));
    const groups = Array.from({ length: Math.min(Math.floor(shards), sorted.length) }, () => ({
        load: 0,
        members: [],
    }));
    for (const member of weighted) {
        let lightest = groups[0];
        for (const group of groups) {
            if (group.load < lightest.load || (group.load === lightest.load && group.members.length < lightest.members.length)) {
                lightest = group;
            }
        }
        lightest.load += member.weight;
        lightest.members.push(member);
    }
    return {
        include: groups
            .map((group) => {
            const sorted = [...group.members].sort((a, b) => compareStrings(a.name, b.name));
            return { package: sorted.map((m) => m.name).join(' '), path: matrix_commonDirectory(sorted.map((m) => m.path)), paths: sorted.map((m) => m.path) };
        })
            .sort((a, b) => compareStrings(a.package, b.package)),
    };
}
/**
 * The shards to build: the `shards` input, or, when it is 0 and one leg per
 * member would pass GitHub's limit, exactly that limit (with a note for the
 * log, so nobody wonders where the legs went).
 */
function effectiveShards(members, shards) {
    if (shards > 0 || members <= matrix_MAX_MATRIX_JOBS)
        return { shards };
    return {
        shards: matrix_MAX_MATRIX_JOBS,
        note: `${members} affected members would make more matrix legs than GitHub's limit of ${matrix_MAX_MATRIX_JOBS}: the matrix is sharded into ${matrix_MAX_MATRIX_JOBS} legs (set 'shards' to choose the number)`,
    };
}
/** The deepest directory containing every path, compared component by component; `.` when there is none. */
function matrix_commonDirectory(paths) {
    if (paths.length === 0)
        return '.';
    let common = paths[0].split('/').filter((part) => part !== '' && part !== '.');
    for (const p of paths.slice(1)) {
        const parts = p.split('/').filter((part) => part !== '' && part !== '.');
        let i = 0;
        while (i < common.length && i < parts.length && common[i] === parts[i])
            i++;
        common = common.slice(0, i);
    }
    return common.length === 0 ? '.' : common.join('/');
}
// Code-point order, not locale order, so the matrix is the same on every runner.

;// CONCATENATED MODULE: ./src/report/annotations.ts



const DEFAULT_SLOW_RESOLVE_MS = 10_000;
/** Notices for directly changed members, at most; a huge change would bury the rest. */
const MAX_CHANGE_NOTICES = 10;
function buildAnnotations(input) {
    return [...changeNotices(input), ...syncAnnotations(input)];
}
/** Names an annotation lists before `and N more`: a notice is one line in the checks tab. */
const MAX_LISTED_NAMES = 10;
/** `a, b, c and 5 more`. */
function listNames(names, max = MAX_LISTED_NAMES, separator = ', ') {
    const shown = names.slice(0, max).join(separator);
    return names.length > max ? `${shown} and ${names.length - max} more` : shown;
}
function changeNotices(input) {
    const { affected } = input;
    const out = [];
    const changedSet = new Set(input.changedPaths);
    if (affected.all) {
        const file = affected.allReasons.flatMap(reasonFiles).find((p) => changedSet.has(p));
        const why = reasonsText(affected.allReasons);
        out.push({
            level: 'notice',
            title: 'Every workspace member is affected',
            message: `${why.length > 0 ? listNames(why, 3, '; ') : 'a global change'}: all ${plural(affected.members.length, 'member')} are synced and tested.`,
            ...(file ? { file } : {}),
        });
        return out;
    }
    const direct = affected.members
        .map((member) => ({ member, own: ownChanges(member.reasons) }))
        .filter((d) => d.own !== undefined);
    for (const { member, own } of direct.slice(0, MAX_CHANGE_NOTICES)) {
        const pyproject = member.path === '.' ? 'pyproject.toml' : `${member.path}/pyproject.toml`;
        const file = changedSet.has(pyproject) || own.paths.includes(pyproject) ? pyproject : own.paths[0];
        const pulled = (affected.pulledIn?.[member.name] ?? []).map((d) => (d.changed ? `${d.member} (changed too)` : d.member));
        const message = pulled.length === 0
            ? `${member.name} changed (${plural(own.total, 'file')}); no other member depends on it.`
            : `${member.name} changed (${plural(own.total, 'file')}); it pulls in ${plural(pulled.length, 'dependent')}: ${listNames(pulled)}.`;
        out.push({ level: 'notice', title: `Affected: ${member.name}`, message, file });
    }
    if (direct.length > MAX_CHANGE_NOTICES) {
        const rest = direct.slice(MAX_CHANGE_NOTICES).map((d) => d.member.name);
        out.push({
            level: 'notice',
            title: 'More changed members',
            message: `${rest.length} more changed members: ${listNames(rest)}; see the job summary.`,
        });
    }
    if (input.matrixLegs !== undefined && input.matrixLegs > MAX_MATRIX_JOBS) {
        out.push({
            level: 'warning',
            title: 'Matrix too large',
            message: `The matrix has ${input.matrixLegs} legs and GitHub runs at most ${MAX_MATRIX_JOBS}; set the 'shards' input to group members into fewer legs.`,
        });
    }
    return out;
}
function syncAnnotations(input) {
    const report = input.report;
    if (!report)
        return [];
    const out = [];
    for (const error of report.errors) {
        out.push({ level: 'error', title: 'uv sync failed', message: error });
    }
    if (report.hardlinkFallback) {
        const where = input.cacheDir ? ` (the cache is at ${input.cacheDir})` : '';
        out.push({
            level: 'warning',
            title: 'uv copied instead of linking',
            message: `uv could not hardlink from its cache into the venv and copied every file${where}, which makes installs slow. ` +
                "Leave 'cache-dir' and UV_CACHE_DIR unset so the action puts the cache on the venv's filesystem, " +
                "or set 'link-mode: copy' if copying is intended.",
        });
    }
    const memberNames = new Set(input.members.map((m) => m.name));
    for (const built of annotations_thirdPartyBuilds(report.built, memberNames)) {
        out.push({
            level: 'warning',
            title: `Built from source: ${built}`,
            message: `uv built ${built} from source because no wheel fits this platform and Python; it is rebuilt on every cache miss. ` +
                'Pin a version that publishes a binary wheel for it, or, if the build needs packages it does not declare, ' +
                'list them under [tool.uv.extra-build-dependencies] in pyproject.toml.',
        });
    }
    const slowMs = input.slowResolveMs ?? DEFAULT_SLOW_RESOLVE_MS;
    const resolved = report.phases.find((p) => p.verb === 'Resolved');
    if (resolved && resolved.ms > slowMs) {
        out.push({
            level: 'warning',
            title: 'Slow resolve',
            message: `uv took ${formatDuration(resolved.ms)} to resolve ${plural(resolved.count, resolved.unit.replace(/s$/, ''))}. ` +
                "An up-to-date uv.lock resolves in milliseconds: commit uv.lock and add '--locked' to 'sync-args' so a stale lock fails fast instead.",
        });
    }
    return out;
}
/**
 * Workspace members (and other local projects) are built on every sync as
 * editables; that is expected and not worth a warning. Third-party sdists are.
 */
function annotations_thirdPartyBuilds(built, members) {
    const seen = new Set();
    for (const entry of built) {
        if (/ @ (file|editable):/i.test(entry))
            continue;
        const name = /^[A-Za-z0-9][A-Za-z0-9._-]*/.exec(entry)?.[0];
        if (name && members.has(name.toLowerCase().replace(/[-_.]+/g, '-')))
            continue;
        seen.add(entry);
    }
    return [...seen].sort();
}

// EXTERNAL MODULE: ./src/report/escape.ts
var report_escape = __webpack_require__(4031);
;// CONCATENATED MODULE: ./src/report/format.ts
// Durations and sizes the way a person reads them in a summary.
/** `850ms`, `3.4s`, `2m 05s`, `1h 02m`. */
function format_formatDuration(ms) {
    if (!Number.isFinite(ms) || ms < 0)
        return '?';
    if (ms < 1)
        return ms === 0 ? '0ms' : `${ms.toFixed(2)}ms`;
    if (ms < 1000)
        return `${Math.round(ms)}ms`;
    const seconds = ms / 1000;
    if (seconds < 60)
        return `${seconds < 10 ? seconds.toFixed(1) : Math.round(seconds)}s`;
    const totalSeconds = Math.round(seconds);
    const minutes = Math.floor(totalSeconds / 60);
    if (minutes < 60)
        return `${minutes}m ${String(totalSeconds % 60).padStart(2, '0')}s`;
    return `${Math.floor(minutes / 60)}h ${String(minutes % 60).padStart(2, '0')}m`;
}
const UNITS = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];
/** Binary units, as `uv cache prune` and `du -h` print them: `512 B`, `1.5 MiB`. */
function formatBytes(bytes) {
    if (!Number.isFinite(bytes) || bytes < 0)
        return '?';
    let value = bytes;
    let unit = 0;
    while (value >= 1024 && unit < UNITS.length - 1) {
        value /= 1024;
        unit++;
    }
    if (unit === 0)
        return `${bytes} B`;
    return `${value < 10 ? value.toFixed(1) : Math.round(value)} ${UNITS[unit]}`;
}
/** `1 package`, `3 packages`. */
function format_plural(count, singular, pluralForm = `${singular}s`) {
    return `${count} ${count === 1 ? singular : pluralForm}`;
}

;// CONCATENATED MODULE: ./src/report/graph.ts



/** Leaves of one parent with one label fold into one node from this many on. */
const FOLD_LEAVES_AT = 4;
/** Past this many nodes the graph is not drawn: it would not be read. */
const MAX_GRAPH_NODES = 40;
function kindLabel(r) {
    const d = r.dependency;
    const kind = d.kind === 'runtime' ? 'runtime' : d.kind === 'extra' ? `extra ${d.extra}` : `group ${d.group}`;
    return r.via?.extra ? `${kind}, ${r.via.extra}` : kind;
}
/** Mermaid label text: member names and paths are untrusted, so only plain characters pass. */
function graph_label(text) {
    return text.replace(/[^A-Za-z0-9 ._/+,-]/g, '_');
}
/**
 * The ```mermaid block, or undefined when there is nothing to draw (no
 * dependent) or too much even after folding.
 */
function graph_mermaidGraph(input) {
    const changed = input.members.filter((m) => m.reasons.some(isOwnChange)).map((m) => m.name);
    const changedSet = new Set(changed);
    const paths = new Map(input.members.map((m) => [m.name, m.path]));
    const edges = collectEdges(input, changedSet);
    if (edges.length === 0)
        return undefined;
    const { folded, foldNodes } = foldLeaves(edges, changedSet, paths);
    const ids = new Map();
    const nodeLines = [];
    const node = (name) => {
        const fold = folded.get(name);
        if (fold)
            return fold;
        let id = ids.get(name);
        if (!id) {
            id = `m${ids.size}`;
            ids.set(name, id);
            nodeLines.push(`  ${id}["${graph_label(name)}"]${changedSet.has(name) ? ':::changed' : ''}`);
        }
        return id;
    };
    for (const name of [...changed].sort())
        node(name);
    const edgeLines = new Set();
    for (const e of [...edges].sort(by((e) => e.from + e.to))) {
        edgeLines.add(`  ${node(e.from)} -->|${graph_label(e.label)}| ${node(e.to)}`);
    }
    if (ids.size + foldNodes.length > MAX_GRAPH_NODES)
        return undefined;
    return [
        '```mermaid',
        'graph LR',
        ...nodeLines,
        ...foldNodes.map((f) => `  ${f.id}["${graph_label(f.text)}"]`),
        ...edgeLines,
        '  classDef changed fill:#fff8c5,stroke:#9a6700,stroke-width:2px',
        '```',
    ].join('\n');
}
/** One edge per dependent, from the member it reaches the change through. */
function collectEdges(input, changedSet) {
    const edges = [];
    for (const m of input.members) {
        if (changedSet.has(m.name))
            continue;
        const dep = m.reasons.find((r) => r.kind === 'dependency');
        if (dep)
            edges.push({ from: dep.via?.member ?? dep.on, to: m.name, label: kindLabel(dep) });
    }
    // A changed member that installs another changed member: the shared walk stops at changed members, so ask pulledIn.
    for (const [on, dependents] of Object.entries(input.pulledIn ?? {})) {
        for (const d of dependents) {
            if (d.changed && d.reason)
                edges.push({ from: d.reason.via?.member ?? on, to: d.member, label: kindLabel(d.reason) });
        }
    }
    return edges;
}
/** Leaves (nodes nothing hangs off) with one parent, one label and one top-level directory become one node. */
function foldLeaves(edges, changedSet, paths) {
    const parents = new Set(edges.map((e) => e.from));
    const groups = new Map();
    for (const e of edges) {
        if (parents.has(e.to) || changedSet.has(e.to))
            continue;
        const key = `${e.from}\0${e.label}\0${(paths.get(e.to) ?? '').split('/')[0]}`;
        groups.set(key, [...(groups.get(key) ?? []), e]);
    }
    const folded = new Map(); // member → fold node id
    const foldNodes = [];
    for (const [, group] of groups) {
        if (group.length < FOLD_LEAVES_AT)
            continue;
        const id = `f${foldNodes.length}`;
        const dir = commonDirectory(group.map((e) => paths.get(e.to) ?? '.'));
        foldNodes.push({ id, text: `${group.length} members${dir === '.' ? '' : ` in ${dir}/`}` });
        for (const e of group)
            folded.set(e.to, id);
    }
    return { folded, foldNodes };
}

;// CONCATENATED MODULE: ./src/report/summary.ts







/** Past this many members the unaffected ones fold into a `<details>` list of names. */
const COLLAPSE_UNAFFECTED_ABOVE = 20;
/** Reasons shown per member before `and N more`. */
const MAX_REASONS = 5;
/** Members that share their reasons (and sync outcome) fold into one row from this many on. */
const FOLD_ROWS_AT = 3;
/** Matrix legs named in the summary before `and N more`. */
const MAX_LEGS_LISTED = 20;
/**
 * GitHub refuses a step summary over 1 MiB ("$GITHUB_STEP_SUMMARY upload
 * aborted, supports content up to a size of 1024k"); stay well below.
 */
const SUMMARY_LIMIT_BYTES = (/* unused pure expression or super */ null && (1000 * 1024));
function renderSummary(input) {
    const out = [];
    const affected = input.members.filter((m) => m.affected);
    const unaffected = input.members.filter((m) => !m.affected);
    out.push('## uv-workspace-sync', '');
    const facts = [
        `<b>${affected.length} of ${plural(input.members.length, 'member')} affected</b>`,
        `mode ${code(input.mode)}`,
        `workspace ${code(input.workspaceRoot)}`,
    ];
    if (input.uvVersion)
        facts.push(`uv ${e(input.uvVersion)}`);
    out.push(facts.join(' · '), '');
    const changed = input.change.changedFiles === undefined ? '' : ` · ${plural(input.change.changedFiles, 'changed file')}`;
    out.push(`<b>Changes:</b> ${e(input.change.description)}${changed}<br>`);
    if (input.change.all) {
        const reasons = reasonsText(input.change.allReasons);
        out.push(`<b>Every member is affected:</b> ${reasons.length > 0 ? reasons.map(e).join('; ') : 'no reason recorded'}`);
    }
    out.push('');
    out.push('### Members', '');
    if (!input.change.all) {
        const graph = mermaidGraph({ members: affected.map((m) => ({ name: m.name, path: m.path, reasons: m.reasons })), pulledIn: input.pulledIn });
        if (graph)
            out.push(graph, '');
    }
    const synced = input.mode === 'sync';
    const inlineUnaffected = input.members.length <= COLLAPSE_UNAFFECTED_ABOVE;
    if (affected.length === 0)
        out.push('No member is affected by this change.', '');
    const rows = [...memberRows(affected, synced), ...(inlineUnaffected ? unaffected.map((m) => memberRow(m, synced)) : [])];
    if (rows.length > 0)
        out.push(...tableHead(synced), ...rows, '');
    if (!inlineUnaffected && unaffected.length > 0) {
        out.push(`<details><summary>${plural(unaffected.length, 'unaffected member')}</summary>`, '');
        out.push(unaffected.map((m) => code(m.name)).join(', '), '', '</details>', '');
    }
    if (input.mode === 'detect' && input.matrix)
        out.push('### Matrix', '', matrixLine(input.matrix), '');
    if (input.sync)
        out.push(...syncSection(input.sync, input), '');
    if (input.cache || input.linkMode)
        out.push(...cacheSection(input.cache, input.linkMode, input.sync), '');
    const warnings = input.warnings ?? [];
    const notes = input.notes ?? [];
    if (warnings.length + notes.length > 0) {
        out.push('### Notes', '');
        for (const w of warnings)
            out.push(`- ⚠️ ${e(w)}`);
        for (const n of notes)
            out.push(`- ${e(n)}`);
        out.push('');
    }
    return fitSummary(out.join('\n'));
}
function matrixLine(matrix) {
    const legs = matrix.include;
    if (legs.length === 0)
        return 'The matrix is empty: guard the matrix job with <code>if: needs.&lt;job&gt;.outputs.any-affected == &#39;true&#39;</code>.';
    const named = legs.slice(0, MAX_LEGS_LISTED).map((leg) => code(leg.package.length > 80 ? `${leg.package.slice(0, 77)}...` : leg.package));
    return `${plural(legs.length, 'leg')}: ${named.join(', ')}${legs.length > MAX_LEGS_LISTED ? ` and ${legs.length - MAX_LEGS_LISTED} more` : ''}`;
}
/**
 * A summary GitHub accepts: cut at a line before `limit` bytes, with a note
 * saying so (the folding above keeps real workspaces far below it).
 */
function fitSummary(markdown, limit = SUMMARY_LIMIT_BYTES) {
    if (Buffer.byteLength(markdown) <= limit)
        return markdown;
    const note = '\n\n</details>\n\n**The summary was cut here: GitHub keeps at most 1 MiB of it.** The outputs and the log have the rest.\n';
    let cut = markdown.slice(0, limit - note.length - 4096);
    while (Buffer.byteLength(cut) > limit - note.length)
        cut = cut.slice(0, Math.floor(cut.length * 0.95));
    return cut.slice(0, cut.lastIndexOf('\n')) + note;
}
function tableHead(synced) {
    return synced
        ? ['| Member | Path | Affected | Why | Synced |', '| --- | --- | :-: | --- | :-: |']
        : ['| Member | Path | Affected | Why |', '| --- | --- | :-: | --- |'];
}
const SYNC_CELL = { synced: '✅ synced', failed: '❌ failed', 'not-synced': 'not synced' };
function whyCell(reasons, members = 1) {
    const lines = reasons.flatMap((r) => reasonLines(r, members));
    const shown = lines.slice(0, MAX_REASONS).map(e);
    if (lines.length > MAX_REASONS)
        shown.push(`and ${lines.length - MAX_REASONS} more`);
    return shown.join('<br>') || '—';
}
function memberRow(m, synced) {
    const cells = [`<b>${e(m.name)}</b>`, code(m.path), m.affected ? '✅' : '—', whyCell(m.reasons)];
    if (synced)
        cells.push(m.affected && m.sync ? SYNC_CELL[m.sync] : '—');
    return `| ${cells.join(' | ')} |`;
}
/**
 * Affected members, those whose own files changed first. Members with the
 * same reasons and sync outcome (82 plugins that all depend on one changed
 * library) share one row with their names in a collapsed list.
 */
function memberRows(members, synced) {
    // Folded by top-level directory too: "72 members in livekit-plugins" and "10 in examples" say more than "82 in .".
    const keyOf = (m) => JSON.stringify([m.reasons, m.sync, m.path.split('/')[0]]);
    const groups = new Map();
    for (const m of members)
        groups.set(keyOf(m), [...(groups.get(keyOf(m)) ?? []), m]);
    const ownChange = (m) => m.reasons.some(isOwnChange);
    const ordered = [...members].sort((a, b) => Number(ownChange(b)) - Number(ownChange(a)) || compareStrings(a.name, b.name));
    const rows = [];
    const done = new Set();
    for (const m of ordered) {
        const key = keyOf(m);
        const group = groups.get(key);
        if (group.length < FOLD_ROWS_AT) {
            rows.push(memberRow(m, synced));
            continue;
        }
        if (done.has(key))
            continue;
        done.add(key);
        const names = group.map((g) => code(g.name)).join(', ');
        const cells = [
            `<details><summary><b>${group.length} members</b></summary>${names}</details>`,
            code(commonDirectory(group.map((g) => g.path))),
            '✅',
            whyCell(m.reasons, group.length),
        ];
        if (synced)
            cells.push(m.sync ? SYNC_CELL[m.sync] : '—');
        rows.push(`| ${cells.join(' | ')} |`);
    }
    return rows;
}
const PHASE_MEANING = {
    Resolved: 'resolving versions',
    Prepared: 'downloading and building distributions missing from the cache',
    Downloaded: 'downloading distributions',
    Built: 'building distributions from source',
    Installed: 'putting packages into the venv',
    Uninstalled: 'removing packages the synced members do not need',
    Audited: 'checking the venv against the lock',
    Checked: 'checking the venv against the lock',
    'Bytecode compiled': 'compiling bytecode',
};
function syncSection(sync, input) {
    const { report } = sync;
    const out = ['### uv sync', ''];
    const status = sync.exitCode === 0 ? 'succeeded' : `failed with exit code ${sync.exitCode}`;
    out.push(`${code(sync.command.join(' '))} ${status} in ${formatDuration(sync.durationMs)}.`, '');
    if (report.phases.length > 0) {
        out.push('| Step | Count | Time |', '| --- | --: | --: |');
        for (const phase of report.phases) {
            const count = phase.verb === 'Audited' || phase.verb === 'Checked' || phase.count > 0 ? `${phase.count} ${e(phase.unit)}` : '—';
            out.push(`| ${phase.verb} | ${count} | ${formatDuration(phase.ms)} |`);
        }
        out.push('');
    }
    const installed = report.installed.length;
    const removed = report.removed.length;
    if (installed + removed > 0)
        out.push(`${installed} installed, ${removed} removed.`, '');
    // A sync that failed before doing anything has no time to explain.
    if (sync.exitCode === 0 || report.phases.length > 0)
        out.push(`<b>Where the time went:</b> ${whereTheTimeWent(sync, input)}`, '');
    const built = thirdPartyBuilds(report.built, memberNames(input));
    if (built.length > 0)
        out.push(`<b>Built from source:</b> ${built.map(code).join(', ')}`, '');
    if (report.hardlinkFallback) {
        out.push('<b>uv copied instead of linking:</b> it could not hardlink from the cache (usually the cache and the venv are on different filesystems), so every install was a full copy. ' +
            'Leave <code>cache-dir</code> empty so the action places the cache beside the venv, or set <code>link-mode: copy</code> if copying is intended.', '');
    }
    if (report.errors.length > 0) {
        out.push('<b>uv errors:</b>', '');
        for (const error of report.errors)
            out.push(`<pre>${e(error)}</pre>`, '');
    }
    if (report.warnings.length > 0) {
        out.push('<details><summary>uv warnings</summary>', '');
        for (const warning of report.warnings)
            out.push(`<pre>${e(warning)}</pre>`, '');
        out.push('</details>');
    }
    return trimBlank(out);
}
/**
 * One sentence naming the step that dominated the sync and what usually
 * makes that step slow, so the next question ("why?") is already answered.
 */
function whereTheTimeWent(sync, input) {
    const phases = sync.report.phases.filter((p) => p.verb !== 'Audited' && p.verb !== 'Checked');
    const slowest = phases.reduce((best, p) => (best && best.ms >= p.ms ? best : p), undefined);
    const accounted = sync.report.phases.reduce((sum, p) => sum + p.ms, 0);
    const total = sync.durationMs;
    if (!slowest || slowest.ms < 0.5 * Math.max(total - accounted, 0) || slowest.ms < 100) {
        if (total < 1000)
            return `nothing stood out; the whole sync took ${formatDuration(total)}.`;
        return `uv's steps account for ${formatDuration(accounted)} of ${formatDuration(total)}; the rest went to starting uv, finding Python and creating the venv.`;
    }
    const share = total > 0 ? ` (${Math.min(100, Math.round((100 * slowest.ms) / total))}% of the sync)` : '';
    const what = `${slowest.verb} ${slowest.count > 0 ? `${slowest.count} ${e(slowest.unit)} ` : ''}in ${formatDuration(slowest.ms)}${share}, ${PHASE_MEANING[slowest.verb]}`;
    const why = [];
    switch (slowest.verb) {
        case 'Resolved':
            why.push('uv.lock was missing or out of date, or the package index was slow; commit uv.lock and add <code>--locked</code> to <code>sync-args</code>');
            break;
        case 'Prepared':
        case 'Downloaded':
        case 'Built':
            if (input.cache?.restore.outcome === 'miss')
                why.push('the cache was a miss');
            else if (input.cache?.restore.outcome === 'partial')
                why.push('the cache was restored from an older key');
            else if (input.cache?.restore.outcome === 'error')
                why.push('the cache could not be restored');
            else if (input.cache?.restore.outcome === 'exact' && input.cache.pruned)
                why.push('the exact-hit cache was saved pruned, without the pre-built wheels, so uv downloads them again (<code>prune-cache: false</code> keeps them; bench/results.md has the crossover)');
            else if (input.cache?.restore.outcome === 'exact')
                why.push('the exact-hit cache holds every wheel, so the index made uv revalidate or fetch them again (an index without cache headers)');
            {
                // Workspace members are built (as editables) on every sync; only third-party builds are news.
                const built = thirdPartyBuilds(sync.report.built, memberNames(input)).length;
                if (built > 0)
                    why.push(`${plural(built, 'package')} built from source`);
            }
            break;
        case 'Installed':
            if (sync.report.hardlinkFallback)
                why.push('uv copied files because linking from the cache failed');
            else if (input.linkMode?.mode === 'copy')
                why.push('the link mode is copy');
            break;
        default:
            break;
    }
    return `${what}${why.length > 0 ? `: ${why.join('; ')}` : ''}.`;
}
function memberNames(input) {
    return new Set(input.members.map((m) => m.name));
}
/** Distributions uv fetched or built during the sync (its `Prepared` line; `Downloaded` on older uv). */
function prepared(sync) {
    const phases = sync?.report.phases ?? [];
    return phases.filter((p) => p.verb === 'Prepared' || p.verb === 'Downloaded').reduce((n, p) => Math.max(n, p.count), 0);
}
function restoreCell(cache, sync) {
    const r = cache.restore;
    switch (r.outcome) {
        case 'exact': {
            const fetched = prepared(sync);
            if (fetched === 0)
                return '✅ hit (exact key)';
            const why = cache.pruned
                ? '<code>uv cache prune --ci</code> (the <code>prune-cache</code> input) drops pre-built wheels before a save, because downloading them again costs about what restoring them does; only wheels built from source stay cached. An index that marks its files for revalidation makes uv fetch them again too.'
                : 'the index marks its files for revalidation, so uv fetched them again, or the entry was saved before these packages were locked.';
            return `✅ hit (exact key), yet uv prepared ${plural(fetched, 'distribution')}: ${why}`;
        }
        case 'partial':
            return `♻️ fallback hit: restored from ${code(r.matchedKey)} (a restore key), so what changed since is fetched`;
        case 'miss':
            return '❌ miss: no entry for this key or its restore keys';
        case 'error':
            return `⚠️ error: ${e(r.error)}`;
        case 'not-tried':
            return `not tried: ${e(r.why)}`;
    }
}
/** Main's plan for the post step, in main's summary: post says nothing when it has nothing to do. */
function saveCell(cache) {
    const plan = cache.save;
    if (!plan.save)
        return e(capitalize(plan.reason));
    return `by the post step, under the key above${cache.pruned ? ', after <code>uv cache prune --ci</code>' : ''}`;
}
function cacheSection(cache, linkMode, sync) {
    const out = ['### Cache', '', '| Setting | Value |', '| --- | --- |'];
    if (cache) {
        out.push(`| Directory | ${code(cache.dir)} |`);
        out.push(`| Placement | ${e(cache.placement)}${cache.sameFilesystem ? '' : ' (⚠️ not on the venv&#39;s filesystem)'} |`);
        if (cache.key)
            out.push(`| Key | ${code(cache.key)} |`);
        out.push(`| Restore | ${restoreCell(cache, sync)} |`);
        if (cache.save)
            out.push(`| Save | ${saveCell(cache)} |`);
    }
    if (linkMode)
        out.push(`| Link mode | ${code(linkMode.mode)}${linkMode.reason ? `: ${e(linkMode.reason)}` : ''} |`);
    return out;
}
/** The post step's short summary: pruning and saving the cache. */
function renderPostSummary(input) {
    const out = ['### uv cache', ''];
    const prune = input.prune;
    if (prune) {
        const parts = [];
        if (prune.removedFiles !== undefined)
            parts.push(prune.removedFiles === 0 ? 'uv found nothing to remove' : `uv removed ${format_plural(prune.removedFiles, 'file')}`);
        if (prune.beforeBytes !== undefined && prune.afterBytes !== undefined) {
            const freed = Math.max(0, prune.beforeBytes - prune.afterBytes);
            const pct = prune.beforeBytes > 0 ? ` (${Math.round((100 * freed) / prune.beforeBytes)}%)` : '';
            parts.push(`the cache went from ${formatBytes(prune.beforeBytes)} to ${formatBytes(prune.afterBytes)} on disk, ${formatBytes(freed)} freed${pct}`);
        }
        if (parts.length === 0)
            parts.push('done');
        const time = prune.durationMs === undefined ? '' : ` in ${format_formatDuration(prune.durationMs)}`;
        const failed = prune.exitCode ? `, ⚠️ exit code ${prune.exitCode}` : '';
        out.push(`<code>uv cache prune --ci</code>: ${parts.join('; ')}${time}${failed}.`, '');
        const output = prune.output?.trim();
        if (output)
            out.push('<details><summary>uv cache prune output</summary>', '', `<pre>${(0,report_escape/* escapeText */.X1)(output)}</pre>`, '', '</details>', '');
    }
    else {
        out.push('The cache was not pruned.', '');
    }
    if (input.save) {
        const size = input.save.sizeBytes === undefined ? '' : ` (${formatBytes(input.save.sizeBytes)})`;
        out.push(input.save.saved
            ? `Saved under ${(0,report_escape/* code */.aY)(input.save.key)}${size}.`
            : // The reason is already a sentence about the save ("not saving the uv cache: ..."), so it stands alone.
                `${input.save.reason ? (0,report_escape/* escapeText */.X1)((0,src_text/* capitalize */.ZH)(input.save.reason)) : 'Not saved'} (key ${(0,report_escape/* code */.aY)(input.save.key)}).`, '');
    }
    if (input.budget) {
        const b = input.budget;
        const size = b.bytes === undefined ? '' : `, ${formatBytes(b.bytes)}`;
        out.push(b.source === 'service'
            ? `Budget: ${format_plural(b.entries, 'cache entry', 'cache entries')} for this <code>uv.lock</code>${size}, of the repository's 10 GB.`
            : `Budget: at least ${format_plural(b.entries, 'cache entry', 'cache entries')} for this <code>uv.lock</code> (seen by this run; give the token <code>actions: read</code> for the full count).`, '');
    }
    for (const w of input.warnings ?? [])
        out.push(`- ⚠️ ${(0,report_escape/* escapeText */.X1)(w)}`);
    return trimBlank(out).join('\n') + '\n';
}
function trimBlank(lines) {
    const copy = [...lines];
    while (copy.length > 0 && copy[copy.length - 1] === '')
        copy.pop();
    return copy;
}

;// CONCATENATED MODULE: ./src/uv/output.ts
// Parsing of uv's stderr into a typed report (pure). Owned by the uv/ module.
//
// Written against recordings of real uv (test/fixtures/uv-output/, made by
// scripts/record-uv-output.mjs) for the pinned and the oldest supported uv.
// Error shapes differ between releases and are all understood:
//   uv 0.13: `error: msg` + `  cause: ...` (+ `hint: ...` after a blank line)
//   older:   `error: msg` + `  Caused by: ...`, and miette's `  × msg` / `  ╰─▶ cause`
//   clap:    `error: the argument ...` + `Usage: ...` (the usage is not part of the error)
//   uv 0.8 `--locked`: one unprefixed line and exit 1 (see `exitCode` below).

const output_UNITS = { h: 3_600_000, m: 60_000, s: 1000, ms: 1, us: 0.001, µs: 0.001, μs: 0.001, ns: 0.000001 };
/** uv's durations (`0.72ms`, `12ms`, `1.23s`, `1m 05s`, `850µs`) in milliseconds; NaN if unreadable. */
function parseDuration(text) {
    const re = /(\d+(?:\.\d+)?)\s*(ms|µs|μs|us|ns|h|m|s)(?![a-z])/g;
    let total = 0;
    let matched = false;
    for (const m of text.trim().matchAll(re)) {
        total += Number(m[1]) * output_UNITS[m[2]];
        matched = true;
    }
    return matched ? Math.round(total * 1000) / 1000 : Number.NaN;
}
const PHASE = /^(Resolved|Prepared|Installed|Uninstalled|Audited|Checked|Built|Downloaded|Bytecode compiled) (\d+) (\S+) in (.+)$/;
const CHANGE = /^ ([+\-~]) (\S+)/;
const LINK_FALLBACK = /^Failed to (hardlink|clone|symlink|reflink) files; falling back to/;
const SIZE_UNITS = { B: 1, KiB: 1024, MiB: 1024 ** 2, GiB: 1024 ** 3, TiB: 1024 ** 4 };
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
function appendTo(block, text) {
    const t = text.trim();
    if (!t)
        return;
    if (block.target === 'hint' && block.hints.length > 0)
        block.hints[block.hints.length - 1] += ` ${t}`;
    else if (block.target === 'cause' && block.causes.length > 0)
        block.causes[block.causes.length - 1] += ` ${t}`;
    else
        block.message += block.message ? ` ${t}` : t;
}
function render(error) {
    return [error.message, ...error.causes.map((c) => `  Caused by: ${c}`), ...error.hints.map((h) => `hint: ${h}`)].join('\n');
}
function closeError(p) {
    // miette ends a headline with `:` when causes follow; uv 0.13 does not.
    const error = p.error;
    if (error)
        p.errors.push({ message: error.causes.length > 0 ? error.message.replace(/:$/, '') : error.message, causes: error.causes, hints: error.hints });
    p.error = undefined;
}
function closeWarning(p) {
    if (p.warning)
        p.report.warnings.push(p.warning.join('\n'));
    p.warning = undefined;
}
/** A line inside an open error block: a cause, a hint, a continuation, or the end. True when the line was consumed. */
function continueError(p, error, lines, i) {
    const line = lines[i];
    const cause = /^\s*(?:Caused by|cause):\s*(.*)$/.exec(line) ?? /^\s*[╰├]─▶\s*(.*)$/.exec(line);
    const hint = /^\s*(?:hint|help|tip):\s*(.*)$/.exec(line);
    if (cause) {
        error.causes.push(cause[1].trim());
        error.target = 'cause';
        return true;
    }
    if (hint) {
        error.hints.push(hint[1].trim());
        error.target = 'hint';
        return true;
    }
    if (line.trim() === '') {
        // A blank line ends the error unless uv's hint follows it.
        const next = lines.slice(i + 1).find((l) => l.trim() !== '');
        if (!(next !== undefined && /^\s*(?:hint|help|tip):/.test(next)))
            closeError(p);
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
function startBlock(p, line) {
    const errorStart = /^error:\s*(.*)$/.exec(line) ?? /^\s*×\s*(.*)$/.exec(line);
    if (errorStart) {
        p.error = { message: errorStart[1].trim(), causes: [], hints: [], target: 'message' };
        return true;
    }
    const warningStart = /^warning:\s*(.*)$/.exec(line);
    if (!warningStart)
        return false;
    const text = warningStart[1].trim();
    const fallback = LINK_FALLBACK.exec(text);
    if (fallback) {
        p.report.hardlinkFallback = true;
        p.report.linkFallback = fallback[1];
    }
    p.warning = [text];
    return true;
}
/** A line of facts: a phase, a build, a package change, the Python, a prune. */
function readFact(p, line) {
    const { report } = p;
    const trimmed = line.trim();
    const phase = PHASE.exec(trimmed);
    if (phase) {
        report.phases.push({ verb: phase[1], count: Number(phase[2]), unit: phase[3], ms: parseDuration(phase[4]) });
        return;
    }
    const built = /^\s*Built (\S.*)$/.exec(line);
    if (built) {
        if (!report.built.includes(built[1].trim()))
            report.built.push(built[1].trim());
        return;
    }
    const change = CHANGE.exec(line);
    if (change) {
        const list = change[1] === '+' ? report.installed : change[1] === '-' ? report.removed : p.reinstalled;
        list.push(change[2]);
        return;
    }
    const python = /^Using ((?:CPython|PyPy|GraalPy|Pyodide) \S+)/.exec(trimmed);
    if (python)
        report.python = python[1];
    const pruned = /^Removed (\d+) files? \((\d+(?:\.\d+)?)(B|KiB|MiB|GiB|TiB)\)/.exec(trimmed);
    if (pruned)
        report.pruned = { files: Number(pruned[1]), bytes: Math.round(Number(pruned[2]) * SIZE_UNITS[pruned[3]]) };
    if (/^No unused entries found/.test(trimmed))
        report.pruned = { files: 0, bytes: 0 };
    if (trimmed !== '' && !INFORMATIONAL.some((re) => re.test(line)))
        p.lastUnrecognised = trimmed;
}
function parseUvOutput(stderr, options = {}) {
    const p = {
        report: { phases: [], built: [], hardlinkFallback: false, errors: [], warnings: [], installed: [], removed: [] },
        reinstalled: [],
        errors: [],
    };
    // A progress bar redraws with \r; what is left after the last \r is what the terminal shows.
    const lines = (0,src_text/* stripAnsi */.aJ)(stderr)
        .split('\n')
        .map((l) => l.replace(/\r$/, ''))
        .map((l) => l.slice(l.lastIndexOf('\r') + 1));
    for (let i = 0; i < lines.length; i++) {
        const line = lines[i];
        if (p.error && continueError(p, p.error, lines, i))
            continue;
        if (p.warning) {
            if (line.trim() !== '' && /^\s/.test(line)) {
                p.warning.push(line.trim());
                continue;
            }
            closeWarning(p);
        }
        if (!startBlock(p, line))
            readFact(p, line);
    }
    closeError(p);
    closeWarning(p);
    const { report, errors } = p;
    if (errors.length === 0 && options.exitCode !== undefined && options.exitCode !== 0 && p.lastUnrecognised) {
        errors.push({ message: p.lastUnrecognised, causes: [], hints: [] });
    }
    report.errors = errors.map(render);
    if (errors.length > 0)
        report.errorDetails = errors;
    if (p.reinstalled.length > 0)
        report.reinstalled = p.reinstalled;
    return report;
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:perf_hooks"
var external_node_perf_hooks_ = __webpack_require__(643);
;// CONCATENATED MODULE: ./src/process.ts
// The one place that starts child processes (uv, git, tar, zstd, Python).
// Every call is an argv array and no shell, so a member name, branch or path
// holding `$(...)`, quotes or newlines is only ever data. Output is captured
// (bounded: a runaway child cannot fill the memory) and, for uv, streamed line
// by line to the caller; a timeout ends the child. A non-zero exit is a
// result, not an exception: each caller decides what it means.
//
// Not @actions/exec: it has no timeout, no output bound and no way to end a
// stuck child, and it writes the command line to stdout itself; those are
// what the callers here need.



/** The child could not be started at all (no such file, not executable, cwd missing). */
class SpawnError extends Error {
    file;
    code;
    constructor(file, code, message) {
        super(message);
        this.file = file;
        this.code = code;
    }
}
const DEFAULT_MAX_OUTPUT = 256 * 1024 * 1024;
/** Splits a stream into lines for a callback, holding back a partial last line. */
function lineSplitter(onLine) {
    let pending = '';
    return {
        push(chunk) {
            if (!onLine)
                return;
            pending += chunk;
            const lines = pending.split('\n');
            pending = lines.pop() ?? '';
            for (const line of lines)
                onLine(line.replace(/\r$/, ''));
        },
        end() {
            if (onLine && pending !== '')
                onLine(pending.replace(/\r$/, ''));
            pending = '';
        },
    };
}
/** One output stream: captured up to the bound, and split into lines for the callback. */
function collector(max, onLine) {
    const chunks = [];
    let size = 0;
    let truncated = false;
    const lines = lineSplitter(onLine);
    return {
        push(chunk) {
            lines.push(chunk);
            if (size >= max) {
                truncated = true;
                return;
            }
            const kept = chunk.length > max - size ? chunk.slice(0, max - size) : chunk;
            truncated ||= kept.length < chunk.length;
            chunks.push(kept);
            size += kept.length;
        },
        end: () => lines.end(),
        text: () => chunks.join(''),
        get truncated() {
            return truncated;
        },
    };
}
/** Ends the child at the timeout; returns a function that cancels the timers and says whether it fired. */
function deadline(kill, options) {
    let fired = false;
    let killTimer;
    const signal = options.killSignal ?? 'SIGTERM';
    const timer = options.timeoutMs
        ? setTimeout(() => {
            fired = true;
            kill(signal);
            // A child normally exits on SIGTERM at once; a stuck one must not hold the job.
            if (signal === 'SIGTERM')
                killTimer = setTimeout(() => kill('SIGKILL'), options.killGraceMs ?? 5_000);
        }, options.timeoutMs)
        : undefined;
    return {
        cancel() {
            clearTimeout(timer);
            clearTimeout(killTimer);
        },
        fired: () => fired,
    };
}
/** Runs `file args`; resolves with the exit status and output, whatever it is; rejects with SpawnError only. */
function runProcess(file, args, options = {}) {
    const started = external_node_perf_hooks_.performance.now();
    const max = options.maxOutput ?? DEFAULT_MAX_OUTPUT;
    return new Promise((resolve, reject) => {
        const child = (0,external_node_child_process_.spawn)(file, [...args], { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'] });
        if (child.pid !== undefined)
            options.onSpawn?.(child.pid);
        const stdout = collector(max, options.onStdoutLine);
        const stderr = collector(max, options.onStderrLine);
        child.stdout.setEncoding('utf8');
        child.stderr.setEncoding('utf8');
        child.stdout.on('data', (chunk) => stdout.push(chunk));
        child.stderr.on('data', (chunk) => stderr.push(chunk));
        const timer = deadline((signal) => child.kill(signal), options);
        child.on('error', (error) => {
            timer.cancel();
            reject(new SpawnError(file, error.code, error.code === 'ENOENT' ? 'no such file' : error.message));
        });
        // A killed child can leave a grandchild (a build backend, `uv run`'s
        // program) holding the pipes open; do not wait for it forever.
        child.on('exit', () => {
            setTimeout(() => {
                child.stdout.destroy();
                child.stderr.destroy();
            }, 2_000).unref();
        });
        // 'close' (not 'exit') so that all output has been read.
        child.on('close', (code, signal) => {
            timer.cancel();
            stdout.end();
            stderr.end();
            const signalNumber = signal ? (external_node_os_.constants.signals[signal] ?? 0) : 0;
            resolve({
                code: code ?? 128 + signalNumber,
                ...(signal ? { signal } : {}),
                ...(timer.fired() ? { timedOut: true } : {}),
                ...(stdout.truncated || stderr.truncated ? { truncated: true } : {}),
                stdout: stdout.text(),
                stderr: stderr.text(),
                durationMs: external_node_perf_hooks_.performance.now() - started,
            });
        });
    });
}
/**
 * The same for the few synchronous callers (the workspace model is loaded
 * synchronously): stdout only, as bytes; undefined when the child could not
 * start, failed, or printed more than maxOutput bytes.
 */
function runProcessSync(file, args, options = {}) {
    const result = spawnSync(file, [...args], { cwd: options.cwd, stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: options.maxOutput ?? DEFAULT_MAX_OUTPUT });
    if (result.error || result.status !== 0)
        return undefined;
    return result.stdout;
}

;// CONCATENATED MODULE: ./src/uv/run.ts
// Running uv: through the one process runner (src/process.ts), so arguments
// are an argv array (member names and sync-args are never re-split or
// interpreted) and output is streamed line by line to the caller (the log)
// and also captured for parsing. A non-zero exit is a result, not an
// exception: the caller decides. A uv that cannot be started is the user's to fix.


/** Runs `uv <args>`; resolves with the exit status and output, whatever it is. */
async function runUv(uvPath, args, options) {
    try {
        const { truncated: _truncated, ...result } = await runProcess(uvPath, args, options);
        return result;
    }
    catch (error) {
        if (!(error instanceof SpawnError))
            throw error;
        throw new errors/* UserError */.y(`could not run uv at ${uvPath}: ${error.message}`, 'add astral-sh/setup-uv before this step, or put uv on PATH');
    }
}

;// CONCATENATED MODULE: ./src/uv/version.ts
// Which uv we run and what it can do. Feature gates are named after the
// feature, with the release that introduced it (from uv's CHANGELOG).




/** `uv 0.13.9 (abc123 2026-01-01)`, `uv 0.8.0`, `uv 0.13.9 (x86_64-unknown-linux-gnu)` → `0.13.9`; undefined if not uv's. */
function parseUvVersion(output) {
    const m = /^uv (\d+\.\d+\.\d+(?:[-+.a-zA-Z0-9]*)?)(?:\s|$)/m.exec(output.trim());
    return m?.[1];
}
function parts(version) {
    const m = /^(\d+)\.(\d+)(?:\.(\d+))?/.exec(version.trim());
    if (!m)
        throw new Error(`not a uv version: ${version}`);
    return [Number(m[1]), Number(m[2]), Number(m[3] ?? 0)];
}
/** Negative, zero or positive, like a sort comparator; pre-release suffixes are ignored. */
function compareVersions(a, b) {
    const pa = parts(a);
    const pb = parts(b);
    for (let i = 0; i < 3; i++)
        if (pa[i] !== pb[i])
            return pa[i] - pb[i];
    return 0;
}
function atLeast(version, minimum) {
    return compareVersions(version, minimum) >= 0;
}
/** `uv sync --package a --package b` (astral-sh/uv#16543, released in 0.9.8). */
const REPEATED_PACKAGE_SINCE = '0.9.8';
/** The oldest uv this action is tested against (tools.json `uvOldest`); older ones lack flags it passes. */
const OLDEST_SUPPORTED = '0.8.0';
/** `uv cache prune --force`, which skips the wait for other uv processes (astral-sh/uv#16137, 0.8.24). */
const PRUNE_FORCE_SINCE = '0.8.24';
function supportsRepeatedPackage(version) {
    return atLeast(version, REPEATED_PACKAGE_SINCE);
}
function supportsPruneForce(version) {
    return atLeast(version, PRUNE_FORCE_SINCE);
}
/** Absolute path of `uv` on the given PATH (the runner's PATH after setup-uv). */
function findUv(pathEnv, platform = process.platform) {
    const names = platform === 'win32' ? ['uv.exe', 'uv.cmd', 'uv'] : ['uv'];
    for (const dir of pathEnv.split(path.delimiter)) {
        if (!dir)
            continue;
        for (const name of names) {
            const candidate = path.resolve(dir, name);
            try {
                accessSync(candidate, platform === 'win32' ? constants.F_OK : constants.X_OK);
                // A directory named `uv` is "executable" too (searchable); only a file is uv.
                if (statSync(candidate).isFile())
                    return candidate;
            }
            catch {
                // not here; keep looking
            }
        }
    }
    throw new UserError('uv is not on PATH', 'add astral-sh/setup-uv before this step');
}
/** Runs `uv --version` and returns the version (`0.13.9`). */
async function uvVersion(uvPath, env = process.env) {
    let detail;
    const result = await runProcess(uvPath, ['--version'], { env, timeoutMs: 60_000, maxOutput: 64 * 1024 }).catch((error) => {
        detail = error instanceof Error ? error.message : String(error);
        return undefined;
    });
    const version = result ? parseUvVersion(result.stdout) : undefined;
    if (version && !atLeast(version, OLDEST_SUPPORTED)) {
        throw new errors/* UserError */.y(`uv ${version} at ${uvPath} is older than ${OLDEST_SUPPORTED}, the oldest uv this action supports`, `install a newer uv before this step, e.g. astral-sh/setup-uv with \`version: ">=${OLDEST_SUPPORTED}"\``);
    }
    if (version)
        return version;
    if (result && result.timedOut)
        detail = 'it did not answer within 60 s';
    else if (result && result.code !== 0)
        detail = `it exited with code ${result.code}`;
    detail ??= `it printed ${JSON.stringify((result?.stdout || result?.stderr || '').trim().slice(0, 80))}`;
    throw new errors/* UserError */.y(`could not read the version of uv at ${uvPath}: ${detail}`, 'check that the uv on PATH runs: `uv --version`');
}

;// CONCATENATED MODULE: ./src/uv/prune.ts
// `uv cache prune --ci` before the cache is saved: drops what is cheap to
// rebuild (unzipped wheels, built-wheel caches of registry packages) and keeps
// what is slow to get (downloads, wheels built from source). It is an
// optimisation, so nothing here ever fails the job: every problem becomes a
// warning and the caller goes on.






const DEFAULT_PRUNE_TIMEOUT_MS = 5 * 60_000;
function pruneArgs(version, cacheDir, force = true) {
    const withForce = force && version !== undefined && supportsPruneForce(version);
    return ['cache', 'prune', '--ci', ...(withForce ? ['--force'] : []), '--cache-dir', cacheDir];
}
async function pruneCache(uvPath, options) {
    const timeoutMs = options.timeoutMs ?? DEFAULT_PRUNE_TIMEOUT_MS;
    // uv prunes whatever dir it is given; only a dir uv itself made (its
    // CACHEDIR.TAG) is one whose contents are uv's to drop.
    if (!(0,external_node_fs_.existsSync)(external_node_path_default().join(options.cacheDir, 'CACHEDIR.TAG'))) {
        return { ok: false, args: [], stderr: '', warning: `not pruning ${options.cacheDir}: it is not a uv cache (no CACHEDIR.TAG); saving it unpruned` };
    }
    let version = options.uvVersion;
    if (version === undefined)
        version = await uvVersion(uvPath, options.env).catch(() => undefined);
    const args = pruneArgs(version, options.cacheDir, options.force ?? true);
    const what = `uv ${args.slice(0, -2).join(' ')}`;
    try {
        const result = await runUv(uvPath, args, {
            cwd: options.cwd ?? process.cwd(),
            env: options.env,
            timeoutMs,
            onStderrLine: options.onLine,
            onStdoutLine: options.onLine,
        });
        const report = parseUvOutput(result.stderr, { exitCode: result.code });
        if (result.timedOut) {
            const inUse = /currently in-use|waiting for other uv processes/i.test(result.stderr)
                ? ': another uv process is still using the cache'
                : '';
            return {
                ok: false,
                args,
                stderr: result.stderr,
                report,
                warning: `${what} did not finish within ${Math.round(timeoutMs / 1000)} s${inUse}; stopped it and saving the cache unpruned (stop background uv processes before the job ends)`,
            };
        }
        if (result.code !== 0) {
            const reason = report.errors[0]?.split('\n').join(' ') ?? (result.signal ? `killed by ${result.signal}` : `exit code ${result.code}`);
            return { ok: false, args, stderr: result.stderr, report, warning: `${what} failed, the cache is saved unpruned: ${reason}` };
        }
        return { ok: true, args, stderr: result.stderr, report };
    }
    catch (error) {
        return { ok: false, args, stderr: '', warning: `${what} could not run, the cache is saved unpruned: ${(0,errors/* formatError */.W)(error)}` };
    }
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./src/action/runner.ts
// The GitHub runner's protocol, spoken by us: workflow commands on stdout
// (`::warning file=…::message`, `::group::`), file commands (GITHUB_OUTPUT,
// GITHUB_ENV, GITHUB_STATE, GITHUB_STEP_SUMMARY) and inputs as INPUT_*
// variables, as GitHub documents them ("Workflow commands for GitHub
// Actions"). @actions/core speaks the same protocol but loads an HTTP client
// (for OIDC tokens) at start-up, about 40 ms of every step on a runner;
// nothing here needs one.




/** Command data: `%`, CR and LF escaped, so a message is one command however many lines it holds. */
function escapeData(value) {
    return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
/** Property values: as data, and `:` and `,`, which end a property. */
function escapeProperty(value) {
    return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
function command(name, props, message) {
    const list = Object.entries(props)
        .filter((entry) => entry[1] !== undefined && entry[1] !== '')
        .map(([key, value]) => `${key}=${escapeProperty(String(value))}`)
        .join(',');
    process.stdout.write(`::${name}${list ? ` ${list}` : ''}::${escapeData(message)}${external_node_os_.EOL}`);
}
function annotation(level, message, props = {}) {
    command(level, { title: props.title, file: props.file, line: props.startLine }, message);
}
/**
 * A `name<<delimiter` block in a file command. The delimiter is random, and
 * checked against the value, so a value cannot end the block early and
 * smuggle in another variable.
 */
function fileCommand(variable, name, value) {
    const file = process.env[variable];
    if (!file)
        return false;
    const delimiter = `ghadelimiter_${(0,external_node_crypto_.randomUUID)()}`;
    if (name.includes(delimiter) || value.includes(delimiter))
        throw new Error(`the value of ${name} contains the delimiter of ${variable}`);
    (0,external_node_fs_.appendFileSync)(file, `${name}<<${delimiter}${external_node_os_.EOL}${value}${external_node_os_.EOL}${delimiter}${external_node_os_.EOL}`, 'utf8');
    return true;
}
const runner = {
    /** An input as the runner passes it (INPUT_ + the name upper-cased, spaces as `_`), trimmed. */
    getInput(name) {
        return (process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
    },
    info(message) {
        process.stdout.write(`${message}${external_node_os_.EOL}`);
    },
    debug(message) {
        command('debug', {}, message);
    },
    warning(message, props) {
        annotation('warning', message, props);
    },
    notice(message, props) {
        annotation('notice', message, props);
    },
    error(message, props) {
        annotation('error', message, props);
    },
    isDebug() {
        return process.env.RUNNER_DEBUG === '1';
    },
    async group(name, fn) {
        command('group', {}, name);
        try {
            return await fn();
        }
        finally {
            command('endgroup', {}, '');
        }
    },
    /** For later steps (GITHUB_ENV) and for the rest of this one. */
    exportVariable(name, value) {
        process.env[name] = value;
        if (!fileCommand('GITHUB_ENV', name, value))
            command('set-env', { name }, value);
    },
    saveState(name, value) {
        if (!fileCommand('GITHUB_STATE', name, value))
            command('save-state', { name }, value);
    },
    setOutput(name, value) {
        if (!fileCommand('GITHUB_OUTPUT', name, value))
            command('set-output', { name }, value);
    },
    /** The step fails when it ends; the message is an error annotation. */
    setFailed(message) {
        process.exitCode = 1;
        annotation('error', message);
    },
    /** Appends a block (and a line end) to the job summary; throws when there is none to write (the caller warns). */
    async appendSummary(markdown) {
        const file = process.env.GITHUB_STEP_SUMMARY;
        if (!file)
            throw new Error('GITHUB_STEP_SUMMARY is not set: this runner has no job summary');
        try {
            await (0,promises_.access)(file, promises_.constants.R_OK | promises_.constants.W_OK);
            await (0,promises_.appendFile)(file, `${markdown}${external_node_os_.EOL}`, 'utf8');
        }
        catch (error) {
            throw new Error(`GITHUB_STEP_SUMMARY (${file}) cannot be written: ${error.code ?? String(error)}`);
        }
    },
};

;// CONCATENATED MODULE: ./src/action/summary-write.ts


/**
 * Writes the job summary; trouble (GITHUB_STEP_SUMMARY unset, unwritable, the
 * runner's size limit) is a warning: the summary explains a step, it never
 * decides whether it passed.
 */
async function writeSummary(markdown) {
    try {
        await runner.appendSummary(markdown);
    }
    catch (error) {
        runner.warning(`the job summary was not written: ${(0,errors/* formatError */.W)(error)}`);
    }
}

;// CONCATENATED MODULE: ./src/action/post-run.ts
// The post step's work, when main planned a save (cache/outcome.ts planSave;
// the entry asks action/post-gate.ts first): prune the uv cache, save it,
// count the lock's entries. Nothing here fails the job: cache trouble is a
// warning.








/** How many entries this key scheme holds for the lock: GitHub's list when the token may read it, else what this run saw. */
async function cacheBudget(state, token, save) {
    const saved = save?.saved === true;
    const listed = process.env.GITHUB_REPOSITORY
        ? await listLockEntries({
            apiUrl: process.env.GITHUB_API_URL || 'https://api.github.com',
            repository: process.env.GITHUB_REPOSITORY,
            token,
            lockPrefix: state.cacheLockPrefix,
            savedKey: saved ? state.cacheKey : undefined,
            savedBytes: save?.sizeBytes,
        })
        : undefined;
    const budget = listed ?? budgetFromRun({ lockPrefix: state.cacheLockPrefix, key: state.cacheKey, matchedKey: state.cacheMatchedKey, saved });
    runner.info(`uv cache budget: ${budget.entries} ${budget.entries === 1 ? 'entry' : 'entries'} for this uv.lock${budget.source === 'run' ? ' seen by this run (the list of the repository\'s caches was not readable: the token needs actions: read)' : ''}`);
    return budget;
}
/**
 * Pruning shapes what is uploaded; a cache that stays where it is (an exact
 * hit, cache: false on a persistent volume) is left whole.
 */
async function pruneStep(state, post) {
    const beforeBytes = await directorySize(state.cacheDir);
    const started = Date.now();
    // uv's own words go into the group, so it is never empty.
    const prune = await runner.group('uv cache prune --ci', () => pruneCache(state.uvPath, {
        cacheDir: state.cacheDir,
        uvVersion: state.uvVersion,
        env: { ...process.env, UV_CACHE_DIR: state.cacheDir },
        onLine: (line) => runner.info(line),
    }));
    if (prune.warning) {
        runner.warning(prune.warning);
        post.warnings.push(prune.warning);
    }
    post.prune = {
        beforeBytes,
        afterBytes: await directorySize(state.cacheDir),
        removedFiles: prune.report?.pruned?.files,
        output: prune.stderr,
        durationMs: Date.now() - started,
        exitCode: prune.ok ? 0 : 1,
    };
}
/** Prune (when asked) and save under the key main chose. Returns whether the upload was abandoned. */
async function saveStep(config, state, post) {
    if (config.pruneCache && state.uvPath)
        await pruneStep({ ...state, uvPath: state.uvPath }, post);
    // Loaded only when saving: the cache client and its Azure SDK are most of the bundle.
    const { saveCache } = await Promise.all(/* import() */[__webpack_require__.e(637), __webpack_require__.e(521)]).then(__webpack_require__.bind(__webpack_require__, 9521));
    const result = await runner.group('Save uv cache', () => saveCache({ paths: [state.cacheDir], key: state.cacheKey, log: runner, deadlineMs: config.cacheTimeoutMs }));
    post.save = { saved: result.saved, key: state.cacheKey, reason: result.reason, sizeBytes: result.sizeBytes };
    return result.abandoned === true;
}
/**
 * Carries out the save main planned (action/post-gate.ts decided there is
 * one): prune when asked, save, count the entries for the lock, summarise.
 * Returns true when a cache upload was given up at its deadline and may still
 * hold sockets open: the entry point then ends the process instead of
 * waiting for them.
 */
async function runPost(state) {
    let abandoned = false;
    try {
        const config = parseConfig((name) => runner.getInput(name), process.env.GITHUB_WORKSPACE || process.cwd());
        const post = { warnings: [] };
        abandoned = await saveStep(config, state, post);
        if (state.cacheLockPrefix)
            post.budget = await cacheBudget(state, config.githubToken, post.save);
        if (config.summary)
            await writeSummary(renderPostSummary(post));
    }
    catch (error) {
        // The job's result was decided in main; the post step only warns.
        runner.warning(`uv-workspace-sync post: ${(0,errors/* formatError */.W)(error)}`);
    }
    return abandoned;
}


/***/ })

};
