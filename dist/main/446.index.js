export const id = 446;
export const ids = [446];
export const modules = {

/***/ 1446:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  fingerprintsNeeded: () => (/* binding */ fingerprintsNeeded),
  startMain: () => (/* binding */ startMain)
});

// EXTERNAL MODULE: ./src/env.ts
var src_env = __webpack_require__(8204);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/changes/paths.ts
var paths = __webpack_require__(2253);
// EXTERNAL MODULE: ./src/sync-args.ts
var sync_args = __webpack_require__(6040);
// EXTERNAL MODULE: ./src/text.ts
var src_text = __webpack_require__(8992);
// EXTERNAL MODULE: ./src/workspace/globs.ts + 1 modules
var globs = __webpack_require__(1853);
// EXTERNAL MODULE: ./src/workspace/disk-case.ts
var disk_case = __webpack_require__(9457);
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
/**
 * `cache-timeout` in seconds (default 300) \u2192 milliseconds: from 1 s (less
 * leaves no time to look an entry up at all) to 6 hours (the longest a job
 * runs on GitHub's runners).
 */
function parseCacheTimeout(raw) {
    const text = raw.trim() || '300';
    if (!/^\d+(\.\d+)?$/.test(text) || Number(text) < 1 || Number(text) > 6 * 3600) {
        throw new errors/* UserError */.y(`input 'cache-timeout' is '${raw.trim()}'`, 'use a number of seconds from 1 to 21600 (6 hours; default 300)');
    }
    return Math.round(Number(text) * 1000);
}
/** Default `sync-timeout`, in minutes: far longer than a sync of the largest workspaces takes, far shorter than a job's 6 hours. */
const DEFAULT_SYNC_TIMEOUT_MINUTES = 60;
/** Default `run-timeout`, in minutes per member: longer than most test suites take, short enough that a hung one leaves time for the others. */
const DEFAULT_RUN_TIMEOUT_MINUTES = 30;
/** A timeout input in minutes (fractions allowed; at least a second, at most a week) \u2192 milliseconds. */
function parseMinutes(name, raw, fallback) {
    const text = raw.trim() || String(fallback);
    const minutes = Number(text);
    if (!/^\d+(\.\d+)?$/.test(text) || minutes * 60 < 1 || minutes > 7 * 24 * 60) {
        throw new errors/* UserError */.y(`input '${name}' is '${raw.trim()}'`, `use a number of minutes from 0.02 (one second) to 10080 (a week); the default is ${fallback}`);
    }
    return Math.round(minutes * 60_000);
}
/** `run-parallel`: members run at once; default the runner's CPU count. */
function parseRunParallel(raw) {
    const text = raw.trim();
    if (text === '')
        return Math.max(1, (0,external_node_os_.availableParallelism)());
    if (!/^\d+$/.test(text) || Number(text) < 1 || Number(text) > 256) {
        throw new errors/* UserError */.y(`input 'run-parallel' is '${text}'`, "use a whole number from 1 to 256, or leave it empty for the runner's CPU count");
    }
    return Number(text);
}
/** `run`: the command's words; `run` is for the step that syncs, where the members' environment is ready. */
function parseRun(raw, mode) {
    const words = (0,sync_args/* splitArgs */.sG)('run', raw);
    if (words.length > 0 && mode !== 'sync') {
        throw new errors/* UserError */.y(`input 'run' is set but 'mode' is '${mode}', which runs no uv sync`, "give 'run' to the steps that sync (mode sync, e.g. each matrix leg with 'packages'), not to the detect or record step");
    }
    return words;
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
 * Builds the Config from the inputs. `workspace` is GITHUB_WORKSPACE in the
 * action; `working-directory` must stay inside it. `env` is the step's
 * environment, whose uv settings (UV_NO_EDITABLE, UV_NO_CACHE, \u2026) uv obeys
 * as it obeys `sync-args`: read here with them, by the same owner.
 */
function parseConfig(read, workspace, env = {}) {
    // In the letter case the file system stores: a `working-directory: PY` on a
    // case-insensitive file system must still compare with the paths git prints.
    const repoRoot = (0,disk_case/* diskCase */.u)(workspace);
    const workingDirectory = (0,disk_case/* diskCase */.u)(external_node_path_default().resolve(repoRoot, read('working-directory').trim() || '.'));
    const relative = external_node_path_default().relative(repoRoot, workingDirectory);
    // Through symlinks too: a committed `ws -> /` must not take the action outside the checkout.
    const realRelative = external_node_path_default().relative(realPathPrefix(repoRoot), realPathPrefix(workingDirectory));
    if (relative.startsWith('..') || external_node_path_default().isAbsolute(relative) || realRelative.startsWith('..') || external_node_path_default().isAbsolute(realRelative)) {
        throw new errors/* UserError */.y(`input 'working-directory' (${read('working-directory').trim()}) is outside GITHUB_WORKSPACE (${repoRoot})${relative.startsWith('..') || external_node_path_default().isAbsolute(relative) ? '' : ` through a symlink: it resolves to ${realPathPrefix(workingDirectory)}`}`, "give a path relative to GITHUB_WORKSPACE, as for a step's working-directory");
    }
    const packagesRaw = parseList('packages', read('packages'), true);
    const packages = packagesRaw.length === 0 ? undefined : packagesRaw.length === 1 && packagesRaw[0] === 'all' ? 'all' : packagesRaw;
    const changedFilesRaw = read('changed-files');
    const { syncArgs, uvEnv } = (0,sync_args/* parseSyncSettings */.gy)('sync-args', read('sync-args'), env);
    const mode = oneOf('mode', read('mode'), MODES, 'sync');
    if (mode === 'record' && packages === undefined) {
        throw new errors/* UserError */.y("input 'mode' is 'record' but 'packages' is empty", "give the members whose tests passed, e.g. 'packages: ${{ steps.uvws.outputs.members }}' or '${{ matrix.package }}'");
    }
    return {
        repoRoot,
        workingDirectory,
        mode,
        packages,
        changedFiles: changedFilesRaw.trim() === '' ? undefined : (0,paths/* parseChangedFilesText */.i0)('changed-files', changedFilesRaw).paths,
        base: optional(read('base')),
        head: optional(read('head')),
        ignore: (0,globs/* checkPathFilters */.z4)("input 'ignore'", parseList('ignore', read('ignore'), false)),
        global: (0,globs/* checkPathFilters */.z4)("input 'global'", parseList('global', read('global'), false)),
        syncArgs,
        uvEnv,
        dependents: oneOf('dependents', read('dependents'), DEPENDENTS, 'shipped'),
        pythonVersion: optional(read('python-version')),
        cache: parseCache(read('cache')),
        cacheTimeoutMs: parseCacheTimeout(read('cache-timeout')),
        syncTimeoutMs: parseMinutes('sync-timeout', read('sync-timeout'), DEFAULT_SYNC_TIMEOUT_MINUTES),
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
        run: parseRun(read('run'), mode),
        runParallel: parseRunParallel(read('run-parallel')),
        runTimeoutMs: parseMinutes('run-timeout', read('run-timeout'), DEFAULT_RUN_TIMEOUT_MINUTES),
        fingerprints: parseBoolean('fingerprints', read('fingerprints'), false),
    };
}

// EXTERNAL MODULE: ./src/uv/machine.ts
var machine = __webpack_require__(4802);
// EXTERNAL MODULE: ./src/workspace/symlink-listing.ts
var symlink_listing = __webpack_require__(1783);
// EXTERNAL MODULE: ./src/action/early-probe.ts
var early_probe = __webpack_require__(3734);
;// CONCATENATED MODULE: ./src/action/main-start.ts
// What the main step does first, before the rest of its bundle is loaded:
// read the inputs and start asking uv (its version, the Python it picks), so
// that those child processes answer on the other core while Node compiles
// and loads the step (src/main.ts imports the rest only after this).





/**
 * Whether this step computes the fingerprints: where something reads them
 * (`skip-passed`, `mode: record`) or the `fingerprints` input asks for the
 * output. They hash every tracked file and the whole uv.lock, most of what
 * a warm step spends of its own, so a step that reads none skips them (and,
 * in `mode: detect`, the uv and Python probes they name).
 */
function fingerprintsNeeded(config) {
    return config.skipPassed || config.mode === 'record' || config.fingerprints;
}
/**
 * Parses the inputs (a UserError when they are wrong) and starts the uv
 * probe, or takes over `early` (src/main.ts) when it asked the same.
 */
function startMain(io, early) {
    const repoRoot = io.env.GITHUB_WORKSPACE || io.cwd;
    const config = parseConfig((name) => io.getInput(name), repoRoot, io.env);
    // The workspace load's one git child, answered while the rest of the step loads (workspace/symlink-listing.ts).
    void (0,symlink_listing/* startListStaged */.D)(config.workingDirectory);
    // Copied as the platform names variables: on Windows the runner spells PATH `Path`.
    const env = (0,src_env/* copyEnv */.x)(io.env, config.pythonVersion ? { UV_PYTHON: config.pythonVersion } : {});
    const wanted = config.mode === 'sync' || fingerprintsNeeded(config);
    const probe = !wanted ? undefined : early && (0,early_probe/* sameProbe */.F)(early, config) ? early.probe : (0,machine/* probeUv */.S)(config.workingDirectory, env, config.syncArgs.python);
    probe?.catch(() => { });
    return { config, env, probe };
}


/***/ }),

/***/ 2253:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GA: () => (/* binding */ normalizeChangedPaths),
/* harmony export */   _k: () => (/* binding */ describeAmbiguous),
/* harmony export */   i0: () => (/* binding */ parseChangedFilesText),
/* harmony export */   uh: () => (/* binding */ describeRejected)
/* harmony export */ });
/* unused harmony exports normalizeChangedPath, rejectedError */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3916);
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8992);
// The one normal form of a changed path, for every source: the changed-files
// input (newline, JSON or space separated), git diffs, the pull request files
// API, the CLI's --files and --base. Repository-relative, `/`-separated, with
// `.`, `..` and empty components resolved, and absolute paths inside the
// repository made relative. Members are compared with changed paths in this
// one frame, so a path that is spelled differently can never miss its member.
// Pure: the repository root is handed in.



/** A drive letter and a separator (`Z:/`, `Z:\`), as Windows writes an absolute path. */
const WINDOWS_ABSOLUTE = /^[A-Za-z]:[\\/]/;
/** What the slow path would rewrite or reject: a leading `/`, a `.` or `..` or empty component, a trailing `/`. */
const NOT_NORMAL = /^\/|(^|\/)\.\.?(\/|$)|\/\/|\/$/;
/** A drive letter, as normalizeChangedPath tests for one. */
const DRIVE = /^[A-Za-z]:/;
function platformOf(options) {
    return options.platform ?? (process.platform === 'win32' ? 'win32' : 'posix');
}
/** `abs` relative to one of the roots, `/`-separated, or undefined when under none of them. */
function underRoot(abs, roots, p) {
    for (const root of roots) {
        // win32's relative compares the roots ignoring case, as Windows does.
        const rel = p.relative(root, abs);
        if (rel === '')
            return '';
        if (!rel.startsWith('..') && !p.isAbsolute(rel))
            return rel.split(p.sep).join('/');
    }
    return undefined;
}
/** An absolute path, or (on Windows) one naming a drive: made relative to the root, or rejected. */
function fromAbsolute(raw, text, options, p) {
    let abs = p.resolve(text);
    if (options.backslashes && options.storedCase)
        abs = options.storedCase(abs);
    const rel = underRoot(abs, [options.repoRoot, ...(options.rootAliases ?? [])], p);
    return rel === undefined ? { ok: false, raw, why: `is outside the repository (${options.repoRoot})` } : { ok: true, path: rel };
}
/** `.`, `..` and empty components resolved; rejected when it leaves the root or names it. */
function resolveDots(raw, text, options) {
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
/**
 * Normalises one changed path, `/`-separated (a `\` in it is part of a
 * name: normalizeChangedPaths decides what a typed one means); says why
 * when it cannot be a path inside the repository.
 */
function normalizeChangedPath(raw, options, text = raw, asName = false) {
    if (text === '')
        return { ok: false, raw, why: 'is empty' };
    const windows = platformOf(options) === 'win32';
    const p = windows ? (node_path__WEBPACK_IMPORTED_MODULE_0___default().win32) : (node_path__WEBPACK_IMPORTED_MODULE_0___default().posix);
    // `Z:/x` is a path on another drive on Windows; elsewhere git may hold a
    // directory `Z:`, but typed text means the drive unless it names a file here.
    const drive = (windows || (options.backslashes && !asName)) && DRIVE.test(text);
    const typedCase = options.backslashes && options.storedCase;
    // Already normal, as git prints paths: no split and join for each of thousands.
    if (!NOT_NORMAL.test(text) && !drive && !typedCase)
        return { ok: true, path: text };
    let result = { ok: true, path: text };
    if (text.startsWith('/') || (windows && drive))
        result = fromAbsolute(raw, text, options, p);
    else if (drive && WINDOWS_ABSOLUTE.test(text))
        result = { ok: false, raw, why: `is a Windows path, outside the repository (${options.repoRoot})` };
    if (!result.ok)
        return result;
    result = resolveDots(raw, result.path, options);
    if (!result.ok || !typedCase)
        return result;
    // A name typed in another letter case opens the stored one: compare in that.
    const stored = underRoot(options.storedCase(p.join(options.repoRoot, ...result.path.split('/'))), [options.repoRoot], p);
    return stored ? { ok: true, path: stored } : result;
}
/**
 * What a typed path may mean. On Windows a `\` is a separator (no Windows
 * file name holds one). Elsewhere it is a valid character of a file name (git
 * keeps `a\b.py` as one name), and a list written on a Windows runner
 * separates with it: the reading that names a file in the work tree wins (the
 * name as written first); when neither does (a deleted file) both are kept,
 * so the change reaches every member it could belong to. A Windows absolute
 * path (`Z:\x`, `\\server\share\x`) names no file here: it is outside
 * the repository, unless a file of that name exists.
 */
function readings(raw, options) {
    const slashed = raw.replace(/\\/g, '/');
    if (!options.backslashes || (slashed === raw && !WINDOWS_ABSOLUTE.test(raw)))
        return { texts: [raw] };
    if (platformOf(options) === 'win32')
        return { texts: [slashed] };
    const names = (text) => {
        if (text.startsWith('/'))
            return false;
        const normal = resolveDots(raw, text, options);
        return normal.ok && options.exists?.(normal.path) === true;
    };
    if (names(raw))
        return { texts: [raw], asName: true };
    if (WINDOWS_ABSOLUTE.test(raw) || raw.startsWith('\\\\'))
        return { texts: [slashed] };
    if (names(slashed))
        return { texts: [slashed] };
    return { texts: [raw, slashed], ambiguous: true };
}
/** Normalises a list: the accepted paths sorted and unique, the others set aside with why. */
function normalizeChangedPaths(raw, options) {
    const paths = new Set();
    const rejected = [];
    const ambiguous = [];
    // What every path goes through below when it needs nothing: one reading (no
    // `\`), no drive letter, no stored case to look up, nothing to resolve.
    // Taken as it is, without the readings and result objects of each of thousands.
    const plain = platformOf(options) !== 'win32' && !(options.backslashes && options.storedCase);
    for (const item of raw) {
        if (plain && item !== '' && !item.includes('\\') && !NOT_NORMAL.test(item) && !(options.backslashes && DRIVE.test(item))) {
            paths.add(item);
            continue;
        }
        const read = readings(item, options);
        if (read.ambiguous)
            ambiguous.push(item);
        for (const text of read.texts) {
            const result = normalizeChangedPath(item, options, text, read.asName);
            if (result.ok)
                paths.add(result.path);
            else if (!rejected.some((r) => r.raw === item))
                rejected.push({ raw: result.raw, why: result.why });
        }
    }
    return { paths: (0,_text_js__WEBPACK_IMPORTED_MODULE_2__/* .sortedStrings */ .MA)(paths), rejected, ambiguous };
}
/** One line naming the first rejected path (and how many more), for a warning or an error. */
function describeRejected(rejected, source) {
    const first = rejected[0];
    const more = rejected.length > 1 ? ` (and ${rejected.length - 1} more)` : '';
    return `${source}: '${first.raw}' ${first.why}${more}`;
}
/** One line for typed paths kept in both readings of their `\` (see readings). */
function describeAmbiguous(ambiguous, source) {
    const more = ambiguous.length > 1 ? ` (and ${ambiguous.length - 1} more)` : '';
    return `${source}: '${ambiguous[0]}'${more} names no file in this checkout either with \`\\\` as part of a name or as a separator; both readings count as changed`;
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
        const list = (0,_text_js__WEBPACK_IMPORTED_MODULE_2__/* .jsonStringList */ .u7)(name, text, 'give a JSON array of strings, one path per line, or paths separated by spaces on one line');
        return { paths: list.filter((s) => s.trim() !== ''), format: 'json' };
    }
    const lines = text.split(/\r?\n/).map((s) => s.trim()).filter(Boolean);
    if (lines.length === 1)
        return { paths: lines[0].split(/\s+/).filter(Boolean), format: 'spaces' };
    return { paths: lines, format: 'lines' };
}


/***/ }),

/***/ 6040:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HA: () => (/* binding */ syncSettings),
/* harmony export */   gy: () => (/* binding */ parseSyncSettings),
/* harmony export */   sG: () => (/* binding */ splitArgs)
/* harmony export */ });
/* unused harmony export parseSyncArgs */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _uv_settings_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6056);
/* harmony import */ var _workspace_selection_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5411);
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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`${label(name)} has an unclosed ${quote} quote`, 'close the quote or remove it');
    if (inWord)
        words.push(word);
    return words;
}
/** `sync-args` \u2192 `input 'sync-args'`; `--sync-args` \u2192 `option '--sync-args'`. */
function label(name) {
    return name.startsWith('-') ? `option '${name}'` : `input '${name}'`;
}
/**
 * uv options that would make the saved cache not the one the action placed:
 * a second cache dir, no network (a warm cache restored under an offline
 * flag hides a lock that cannot be installed), or a config file, which can
 * move the cache or turn it off where the action does not look. The CLI
 * restores no cache, so only the action refuses them. `--no-cache` is taken
 * instead: the action then neither restores nor saves (uv-settings.ts).
 */
const CACHE_DEFEATING_SYNC_ARGS = ['--cache-dir', '--offline', '--config-file'];
/** uv sync options that would contradict the members the action (or the CLI) selects. */
const CONFLICTING_SYNC_ARGS = ['--package', '--all-packages', '--only-install-workspace', '--project', '--directory'];
/**
 * uv sync's short options (the same in uv 0.8.0 and 0.13.9, `uv sync
 * --help`). uv reads them as clap does: flags combine (`-nq` is `--no-cache
 * --quiet`), and a letter that takes a value ends the group, the rest being
 * its value (`-pn` is `--python n`).
 */
const SHORT_FLAGS = { U: '--upgrade', n: '--no-cache', q: '--quiet', v: '--verbose', h: '--help' };
const SHORT_WITH_VALUE = { i: '--index-url', f: '--find-links', P: '--upgrade-package', C: '--config-setting', p: '--python' };
/** The long options one argument stands for, as uv reads it: `--x=y` is `--x`, `-nq` is `--no-cache` and `--quiet`. */
function optionsOf(arg) {
    if (arg.startsWith('--'))
        return [arg.split('=')[0]];
    if (!arg.startsWith('-') || arg === '-')
        return [];
    const options = [];
    for (const letter of arg.slice(1)) {
        const valued = SHORT_WITH_VALUE[letter];
        if (valued)
            return [...options, valued];
        options.push(SHORT_FLAGS[letter] ?? `-${letter}`);
    }
    return options;
}
/** `'--no-cache'`, or `'-nq' (--no-cache)` for a short form. */
function named(arg, option) {
    const written = arg.startsWith('--') ? arg.split('=')[0] : arg;
    return written === option ? `'${option}'` : `'${written}' (${option})`;
}
function cacheDefeating(name, arg, option) {
    const hints = {
        '--cache-dir': "use the 'cache-dir' input instead",
        '--config-file': "give uv's settings as sync-args, or in the workspace's uv.toml or [tool.uv]: a config file can turn the cache off (no-cache) or move it (cache-dir) where the action does not look",
    };
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`${label(name)} contains ${named(arg, option)}, which defeats the uv cache the action restores and saves`, hints[option] ?? "drop it, and set 'cache: false' if you want no GitHub cache");
}
function conflicting(name, arg, option, cli) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`${label(name)} contains ${named(arg, option)}, which conflicts with the members ${cli ? 'the command computes' : 'the action selects'}`, option === '--package' || option === '--all-packages'
        ? cli
            ? 'drop it: `affected` finds the members itself (use --files or --base)'
            : "use the 'packages' input to choose members"
        : cli
            ? 'drop it and use --workspace to choose the workspace'
            : "use 'working-directory' to choose the workspace");
}
/**
 * The one parser of sync arguments, for the action's `sync-args` input and
 * the CLI's `--sync-args`: split like a shell would, then refuse the options
 * that choose members or the project, which the action (or the CLI) decides,
 * however uv would read them (long, `=value`, or short and combined).
 */
function parseSyncArgs(name, raw) {
    return readSyncArgs(guardedWords(name, raw));
}
function guardedWords(name, raw) {
    const args = splitArgs(name, raw);
    const cli = name.startsWith('-');
    for (const arg of args) {
        for (const option of optionsOf(arg)) {
            if (!cli && CACHE_DEFEATING_SYNC_ARGS.includes(option))
                throw cacheDefeating(name, arg, option);
            if (CONFLICTING_SYNC_ARGS.includes(option))
                throw conflicting(name, arg, option, cli);
        }
    }
    return args;
}
/**
 * `parseSyncArgs`, then the environment's uv settings read against the
 * words (uv-settings.ts): the one owner of what `uv sync` will do.
 * `uvVersion`, when known, leaves out the variables that uv does not read yet.
 */
function parseSyncSettings(name, raw, env, uvVersion) {
    return syncSettings(guardedWords(name, raw), env, uvVersion);
}
/** The same from words already guarded (a Config's `syncArgs.argv`), e.g. again once uv's version is known. */
function syncSettings(words, env, uvVersion) {
    const noCacheArg = words.find((arg) => optionsOf(arg).includes('--no-cache'));
    const noCacheFlag = noCacheArg === undefined ? undefined : named(noCacheArg, '--no-cache');
    const uvEnv = (0,_uv_settings_js__WEBPACK_IMPORTED_MODULE_1__/* .readUvEnv */ .Hn)(env, words, { uvVersion, noCacheFlag });
    return { syncArgs: (0,_workspace_selection_js__WEBPACK_IMPORTED_MODULE_2__/* .readSyncArgs */ .J1)(words, uvEnv.words), uvEnv };
}


/***/ }),

/***/ 8992:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Kt: () => (/* binding */ compareStrings),
/* harmony export */   MA: () => (/* binding */ sortedStrings),
/* harmony export */   ZH: () => (/* binding */ capitalize),
/* harmony export */   aJ: () => (/* binding */ stripAnsi),
/* harmony export */   by: () => (/* binding */ by),
/* harmony export */   qi: () => (/* binding */ posixRelative),
/* harmony export */   u7: () => (/* binding */ jsonStringList)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3916);
// Small text helpers every layer uses, written once: the ordering of names
// and paths, `/`-separated relative paths, the stripping of terminal escapes,
// the JSON list inputs take, and a clause made the start of a sentence.


/** Code-unit order, the same on every machine (localeCompare is not). */
function compareStrings(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
/**
 * The strings in code-unit order, as compareStrings orders them: the default
 * `sort()` compares UTF-16 code units itself, without a call per comparison
 * (thousands of changed paths).
 */
function sortedStrings(values) {
    return [...values].sort();
}
/** Order by a string key (a member's name, an entry's key), in code-unit order. */
function by(key) {
    return (a, b) => compareStrings(key(a), key(b));
}
// CSI sequences (colours, cursor moves) and OSC hyperlinks.
// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[[0-?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)/g;
/** `text` without terminal escapes (uv colours its output when it thinks it may). */
function stripAnsi(text) {
    return text.replace(ANSI, '');
}
/**
 * A list given as a JSON array of strings (`["a", "b"]`), as list inputs
 * accept it; `hint` says which other shapes the input takes.
 */
function jsonStringList(name, text, hint) {
    let parsed;
    try {
        parsed = JSON.parse(text);
    }
    catch {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y(`input '${name}' starts with '[' but is not a JSON array`, hint);
    }
    if (!Array.isArray(parsed) || parsed.some((item) => typeof item !== 'string')) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y(`input '${name}' is a JSON value but not an array of strings`, hint);
    }
    return parsed;
}
/** `to` relative to `from`, `/`-separated on every OS (`''` when they are the same). */
function posixRelative(from, to) {
    return node_path__WEBPACK_IMPORTED_MODULE_0___default().relative(from, to).split((node_path__WEBPACK_IMPORTED_MODULE_0___default().sep)).join('/');
}
/** A clause as the start of a sentence ("not saving the uv cache: \u2026" \u2192 "Not saving the uv cache: \u2026"). */
function capitalize(text) {
    return text.charAt(0).toUpperCase() + text.slice(1);
}


/***/ }),

/***/ 6056:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hn: () => (/* binding */ readUvEnv),
/* harmony export */   Q7: () => (/* binding */ noCacheNotice)
/* harmony export */ });
/* unused harmony export boolish */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _uv_version_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1495);
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
// `env = \u2026` attributes in crates/uv-cli and, from 0.12, EnvironmentOptions in
// crates/uv-settings) for the uv versions the action supports
// (OLDEST_SUPPORTED in uv/version.ts to the pinned 0.13.9). A value uv would
// reject (it fails the sync with "expected a boolish value") is taken on the
// side that is never too little, with a warning naming the variable.


/** The variables that change what `uv sync` installs, and how, or which lock it trusts. */
const SETTINGS = {
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
const REFUSED = {
    UV_OFFLINE: { flag: '--offline', kind: 'bool', level: 'warning', since: '0.5.9', why: 'a warm cache restored under it can hide a lock that cannot be installed', hint: "unset it for this step, or set 'cache: false' so that no restored cache decides whether the sync passes" },
    UV_CONFIG_FILE: { flag: '--config-file', kind: 'path', level: 'warning', since: '0.1.34', why: 'a config file can turn the cache off (no-cache) or move it (cache-dir) where the action does not look', hint: "give uv's settings as sync-args, or in the workspace's uv.toml or [tool.uv]" },
    UV_PROJECT: { flag: '--project', kind: 'path', since: '0.4.4', why: 'uv would sync another project than the workspace the action read', hint: "unset it for this step and use 'working-directory' to choose the workspace" },
    UV_WORKING_DIR: { flag: '--directory', kind: 'path', since: '0.9.14', why: 'uv would sync another project than the workspace the action read', hint: "unset it for this step and use 'working-directory' to choose the workspace" },
    UV_ONLY_INSTALL_WORKSPACE: { flag: '--only-install-workspace', kind: 'bool', since: '0.11.20', why: 'it conflicts with the members the action selects', hint: "unset it for this step and use 'packages' to choose members" },
};
const TRUE = ['y', 'yes', 't', 'true', 'on', '1'];
const FALSE = ['n', 'no', 'f', 'false', 'off', '0'];
/** uv's boolish reading (clap's BoolishValueParser, and uv-static's copy of it): undefined for anything else, the empty value included. */
function boolish(value) {
    const v = value.toLowerCase();
    return TRUE.includes(v) ? true : FALSE.includes(v) ? false : undefined;
}
/** The long option an argument is, `--x=y` read as `--x` (short forms are expanded by the caller). */
function longOptions(argv) {
    const out = new Set();
    for (const arg of argv) {
        if (arg === '--')
            break;
        if (arg.startsWith('--'))
            out.add(arg.split('=')[0]);
    }
    return out;
}
/** Whether this uv reads the variable; undefined when the version is not known. */
function readByUv(since, uvVersion) {
    if (!uvVersion)
        return undefined;
    return (0,_uv_version_js__WEBPACK_IMPORTED_MODULE_1__/* .compareVersions */ .Zy)(uvVersion, since) >= 0;
}
function quoted(name, value) {
    return `${name}=${JSON.stringify(value).slice(1, -1)}`;
}
/** A variable set that this uv does not read, said once; true when the action should skip it too. */
function skippedForVersion(r, name, since) {
    const reads = readByUv(since, r.uvVersion);
    if (reads === false) {
        r.out.notes.push(`${name} is set, but uv ${r.uvVersion} does not read it for uv sync (uv reads it from ${since}): left out`);
        return true;
    }
    if (reads === undefined && (0,_uv_version_js__WEBPACK_IMPORTED_MODULE_1__/* .compareVersions */ .Zy)(since, _uv_version_js__WEBPACK_IMPORTED_MODULE_1__/* .OLDEST_SUPPORTED */ .nq) > 0)
        r.out.versionDependent.push(name);
    return false;
}
/** The uv whose reading the table follows when the step's uv is not known. */
const NEWEST_KNOWN_UV = '0.13.9';
function readBool(r, name, raw, s) {
    if (skippedForVersion(r, name, s.since))
        return;
    const overriding = s.overriddenBy.find((f) => r.flags.has(f));
    if (overriding) {
        r.out.notes.push(`${quoted(name, raw)} ignored: '${overriding}' in sync-args wins, as in uv`);
        return;
    }
    let value = boolish(raw);
    if (value === undefined) {
        value = s.safe;
        r.out.warnings.push(`${quoted(name, raw)} is not a value uv reads (use 1 or 0, true or false): uv sync will fail on it; read as ${value ? 'set' : 'unset'}, the side that affects more members`);
    }
    if (value) {
        r.out.words.push(s.flag);
        r.out.notes.push(`${quoted(name, raw)}: read as '${s.flag}' in sync-args (${s.effect})`);
    }
}
function readList(r, name, raw, s) {
    const names = raw.split(/\s+/).filter(Boolean);
    if (names.length === 0 || skippedForVersion(r, name, s.since))
        return;
    if (s.overriddenBy.some((f) => r.flags.has(f))) {
        r.out.notes.push(`${quoted(name, raw)} ignored: '${s.flag}' in sync-args replaces it, as in uv`);
        return;
    }
    for (const n of names)
        r.out.words.push(`${s.flag}=${n}`);
    r.out.notes.push(`${quoted(name, raw)}: read as ${names.map((n) => `'${s.flag} ${n}'`).join(' ')} in sync-args (${s.effect} ${names.join(', ')})`);
}
function refuse(r, name, raw) {
    const rule = REFUSED[name];
    if (readByUv(rule.since, r.uvVersion) === false)
        return;
    // An unreadable boolean is taken as set: uv fails on it anyway, and a refusal says why first.
    if (rule.kind === 'bool' && boolish(raw) === false)
        return;
    const message = `${quoted(name, raw)} in the step's environment is uv's '${rule.flag}', which 'sync-args' refuses: ${rule.why}`;
    if (rule.level === 'warning')
        r.out.warnings.push(`${message} (hint: ${rule.hint})`);
    else
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(message, rule.hint);
}
/** The notice of a step whose uv uses no cache, `source` saying what turned it off (a flag, a variable, a config file). */
function noCacheNotice(source) {
    return `not restoring or saving the uv cache: ${source} (uv uses a temporary cache that it removes at the end, so a restored cache would go unread and there is nothing to save)`;
}
/** UV_NO_CACHE, or `--no-cache` in sync-args (`noCacheFlag`, as written: `'-nq' (--no-cache)`): why the uv cache is not restored or saved. */
function readNoCache(r, env, noCacheFlag) {
    if (noCacheFlag) {
        r.out.noCache = noCacheNotice(`${noCacheFlag} is in sync-args`);
        return;
    }
    const raw = env.UV_NO_CACHE;
    if (raw === undefined)
        return;
    const value = boolish(raw);
    if (value === false)
        return;
    if (value === undefined)
        r.out.warnings.push(`${quoted('UV_NO_CACHE', raw)} is not a value uv reads (use 1 or 0): uv sync will fail on it; read as set`);
    r.out.noCache = noCacheNotice(`${quoted('UV_NO_CACHE', raw)} is in the step's environment`);
}
/**
 * The uv settings the environment gives `uv sync`, against the user's
 * sync-args words (`argv`, flags winning) and, when known, the uv version
 * (a variable that uv does not read yet is left out, and said).
 * Throws a UserError for a variable whose flag sync-args refuses.
 */
function readUvEnv(env, argv, opts = {}) {
    const flags = longOptions(argv);
    const ignoresConfig = flags.has('--no-config') || boolish(env.UV_NO_CONFIG ?? '') === true;
    const r = { out: { words: [], notes: [], warnings: [], versionDependent: [], ignoresConfig }, flags, uvVersion: opts.uvVersion };
    for (const name of Object.keys(REFUSED)) {
        const raw = env[name];
        if (raw !== undefined && raw !== '')
            refuse(r, name, raw);
    }
    for (const [name, setting] of Object.entries(SETTINGS)) {
        const raw = env[name];
        if (raw === undefined)
            continue;
        if (setting.kind === 'bool')
            readBool(r, name, raw, setting);
        else
            readList(r, name, raw, setting);
    }
    readNoCache(r, env, opts.noCacheFlag);
    if (r.out.versionDependent.length > 0) {
        r.out.notes.push(`uv's version is not known in this step: ${r.out.versionDependent.join(', ')} read as uv ${NEWEST_KNOWN_UV} reads ${r.out.versionDependent.length === 1 ? 'it' : 'them'}`);
    }
    return r.out;
}


/***/ }),

/***/ 9457:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   m: () => (/* binding */ isCaseInsensitive),
/* harmony export */   u: () => (/* binding */ diskCase)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
// Paths in the letter case the file system stores them. On a case-insensitive
// file system (Windows, default macOS) `PY/Packages/core` opens
// `py/packages/core`, but a path built from the typed text keeps the typed
// case, and git prints the stored one: compared as strings they never meet,
// and a change is silently owned by no member. So every directory the
// workspace model holds (the repository root, the workspace root, member
// directories, `path` sources) is brought to the stored case where it enters.
//
// Case-insensitivity is asked of the file system itself, never assumed from
// the platform: Windows can mark single directories case-sensitive, macOS
// volumes can be either, and Linux can mount a case-insensitive one. A name
// is replaced only by a directory entry that the file system proves is the
// same file (same device and inode, the file index on Windows), so on a
// case-sensitive file system nothing ever changes.


function entries(dir, listings) {
    if (!listings.has(dir)) {
        let names;
        try {
            names = new Set(node_fs__WEBPACK_IMPORTED_MODULE_0___default().readdirSync(dir));
        }
        catch {
            names = undefined; // unreadable (a Windows profile folder, a 0711 home): keep the name as given
        }
        listings.set(dir, names);
    }
    return listings.get(dir);
}
function identity(p) {
    try {
        // Not found is the common answer of a flipped name: no exception made for it.
        return node_fs__WEBPACK_IMPORTED_MODULE_0___default().lstatSync(p, { bigint: true, throwIfNoEntry: false });
    }
    catch {
        return undefined;
    }
}
/** Are the two names one file? Where the file system gives no inode (0: FAT, some network shares), one entry matching is taken as proof. */
function sameFile(a, b) {
    return a.dev === b.dev && a.ino === b.ino;
}
const fold = (name) => name.toLowerCase();
/** A printable ASCII name with a letter in it: no other spelling of it is one file system lookup away but a case flip. */
const CASED_ASCII = /^(?=.*[A-Za-z])[\x20-\x7e]+$/;
/**
 * Whether `name` is stored in `dir` as typed, proven with two lookups rather
 * than a listing of `dir` (a runner's temp directory holds thousands of
 * entries, listed once per path asked): the name is found, and the same name
 * with its case flipped is not, or is another file. A file system that finds
 * names in another case finds the flipped one as the same file, and only
 * case (never Unicode normalisation, which ASCII is untouched by) can make a
 * typed ASCII name open an entry spelt otherwise. False is no answer: the
 * listing then decides.
 */
function storedAsTyped(dir, name) {
    if (!CASED_ASCII.test(name))
        return false;
    const typed = identity(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, name));
    if (!typed || typed.ino === 0n)
        return false;
    const flipped = identity(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, flipCase(name)));
    return flipped === undefined || !sameFile(typed, flipped);
}
/** The stored spelling of `name` in `dir`, or undefined when the file system does not find it. */
function storedName(dir, name, listings) {
    // Keyed apart from the directories (a NUL is in no path): `Packages` asked once for 500 members under it.
    const key = `${dir}\0${name}`;
    if (listings.has(key))
        return listings.get(key);
    if (!listings.has(dir) && storedAsTyped(dir, name)) {
        listings.set(key, name);
        return name;
    }
    const names = entries(dir, listings);
    if (names === undefined || names.has(name))
        return name;
    listings.set(key, findStored(dir, name, names));
    return listings.get(key);
}
function findStored(dir, name, names) {
    const typed = identity(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, name));
    if (!typed)
        return undefined;
    const candidates = [...names].filter((n) => fold(n) === fold(name));
    if (typed.ino === 0n)
        return candidates.length === 1 ? candidates[0] : undefined;
    return candidates.find((n) => {
        const stored = identity(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, n));
        return stored !== undefined && sameFile(typed, stored);
    });
}
/**
 * `abs` (absolute) with each existing component in its stored case; from the
 * first component the file system does not find on, the rest stays as given.
 * A Windows drive letter is written in upper case, as git for Windows and the
 * runner's GITHUB_WORKSPACE write it.
 */
function diskCase(abs, listings = new Map()) {
    const resolved = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(abs);
    const { root } = node_path__WEBPACK_IMPORTED_MODULE_1___default().parse(resolved);
    const parts = resolved.slice(root.length).split((node_path__WEBPACK_IMPORTED_MODULE_1___default().sep)).filter(Boolean);
    let dir = (node_path__WEBPACK_IMPORTED_MODULE_1___default().sep) === '\\' ? root.replace(/^[a-z]:/, (d) => d.toUpperCase()) : root;
    for (let i = 0; i < parts.length; i++) {
        const name = storedName(dir, parts[i], listings);
        if (name === undefined)
            return node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, ...parts.slice(i));
        dir = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, name);
    }
    return dir;
}
function flipCase(name) {
    return [...name].map((c) => (c === c.toLowerCase() ? c.toUpperCase() : c.toLowerCase())).join('');
}
/**
 * Does the file system holding `dir` find names in another letter case? Asked
 * for real: a name in `dir` (or `dir`'s own) with its case flipped is looked
 * up, and must be the same file. A directory with no cased name in sight
 * answers false: nothing there can differ in case.
 */
function isCaseInsensitive(dir) {
    const parent = node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(dir);
    const candidates = [];
    if (parent !== dir)
        candidates.push([parent, node_path__WEBPACK_IMPORTED_MODULE_1___default().basename(dir)]);
    try {
        for (const name of node_fs__WEBPACK_IMPORTED_MODULE_0___default().readdirSync(dir).slice(0, 64))
            candidates.push([dir, name]);
    }
    catch {
        // unreadable: only its own name can tell
    }
    for (const [where, name] of candidates) {
        const flipped = flipCase(name);
        if (flipped === name)
            continue;
        const stored = identity(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(where, name));
        if (!stored)
            continue;
        const other = identity(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(where, flipped));
        return other !== undefined && (stored.ino === 0n || sameFile(stored, other));
    }
    return false;
}


/***/ }),

/***/ 70:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   k: () => (/* binding */ mayBeGitWorkTree)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
// Whether git could see a work tree at a directory, asked without git: every
// spawn of git costs milliseconds (more than most of what it answers), and
// outside a checkout it can only fail. The workspace model and the change
// detection ask it before they list files or look for the repository.


/**
 * Could git see a work tree at `absDir`? Only with a `.git` there or above
 * (or git's own variables pointing elsewhere); without one, spawning git can
 * only fail.
 */
function mayBeGitWorkTree(absDir) {
    // The one environment read here: git itself honours these before any `.git`.
    if (process.env.GIT_DIR !== undefined || process.env.GIT_WORK_TREE !== undefined)
        return true;
    for (let dir = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(absDir);; dir = node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(dir)) {
        if (node_fs__WEBPACK_IMPORTED_MODULE_0___default().existsSync(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, '.git')))
            return true;
        if (node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(dir) === dir)
            return false;
    }
}


/***/ }),

/***/ 865:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CC: () => (/* binding */ alt),
/* harmony export */   HO: () => (/* binding */ DOT_KIND),
/* harmony export */   Ii: () => (/* binding */ kindAt),
/* harmony export */   Kp: () => (/* binding */ END),
/* harmony export */   O6: () => (/* binding */ seq),
/* harmony export */   Tp: () => (/* binding */ char),
/* harmony export */   cO: () => (/* binding */ lit),
/* harmony export */   d4: () => (/* binding */ star),
/* harmony export */   fp: () => (/* binding */ SLASH_KIND),
/* harmony export */   lq: () => (/* binding */ optional),
/* harmony export */   sn: () => (/* binding */ NOT_SLASH),
/* harmony export */   ux: () => (/* binding */ compileNode),
/* harmony export */   vA: () => (/* binding */ assert),
/* harmony export */   x4: () => (/* binding */ ANY)
/* harmony export */ });
// The one matcher every glob dialect compiles to (globs.ts, glob-picomatch.ts).
// A pull request chooses the file names and can choose globs too (a member's
// pyproject.toml), so matching must not backtrack: a pattern becomes a tree
// of plain parts (GlobNode), the tree a Thompson automaton, and a name is
// matched by walking the set of live states one character at a time. The
// work is at most (pattern size) x (name length), whatever the pattern:
// `{a,b}` twenty times is forty states, not a million patterns, and fifty
// `*a` against a long name is a few hundred thousand steps, not minutes of
// backtracking as in a regular expression.
//
// Characters are UTF-16 code units, as JavaScript's regular expressions
// without the `u` flag see them (picomatch's semantics are those).
/** The kinds of character an assertion tells apart. */
const END = 0;
const SLASH_KIND = 1;
const DOT_KIND = 2;
const OTHER_KIND = 3;
/** The kind of the character `j` (0 to 3) places after the position. */
const kindAt = (kinds, j) => (kinds >> (2 * j)) & 3;
function kindOf(text, at) {
    if (at >= text.length)
        return END;
    const c = text.charCodeAt(at);
    return c === 0x2f ? SLASH_KIND : c === 0x2e ? DOT_KIND : OTHER_KIND;
}
const lit = (text) => ({ t: 'lit', text });
const char = (test) => ({ t: 'char', test });
const seq = (...items) => ({ t: 'seq', items });
const alt = (...items) => ({ t: 'alt', items });
const star = (item) => ({ t: 'star', item });
const assert = (test) => ({ t: 'assert', test });
const optional = (item) => alt(item, seq());
const SLASH = 0x2f;
/** Any character but `/`. */
const NOT_SLASH = (c) => c !== SLASH;
/** Any character at all. */
const ANY = () => true;
const CHAR = 0;
const SPLIT = 1;
const ASSERT = 2;
const MATCH = 3;
/** The automaton: state 0 is the match; each other state reads a character, splits, or asserts. */
class Nfa {
    kind = [MATCH];
    next = [-1];
    tests = [undefined];
    splits = [[]];
    add(kind, next, test) {
        this.kind.push(kind);
        this.next.push(next);
        this.tests.push(test);
        this.splits.push([]);
        return this.kind.length - 1;
    }
    /** The states for `node`, continuing to `next`; returns the first. */
    build(node, next) {
        switch (node.t) {
            case 'lit': {
                let at = next;
                for (let i = node.text.length - 1; i >= 0; i--) {
                    const code = node.text.charCodeAt(i);
                    at = this.add(CHAR, at, (c) => c === code);
                }
                return at;
            }
            case 'char':
                return this.add(CHAR, next, node.test);
            case 'seq': {
                let at = next;
                for (let i = node.items.length - 1; i >= 0; i--)
                    at = this.build(node.items[i], at);
                return at;
            }
            case 'alt': {
                const split = this.add(SPLIT, -1);
                this.splits[split] = node.items.map((item) => this.build(item, next));
                return split;
            }
            case 'star': {
                const split = this.add(SPLIT, -1);
                this.splits[split] = [this.build(node.item, split), next];
                return split;
            }
            case 'assert':
                return this.add(ASSERT, next, node.test);
        }
    }
}
/** A literal pattern needs no automaton. */
function literalOf(node) {
    if (node.t === 'lit')
        return node.text;
    if (node.t !== 'seq')
        return undefined;
    let text = '';
    for (const item of node.items) {
        const part = literalOf(item);
        if (part === undefined)
            return undefined;
        text += part;
    }
    return text;
}
/** DFA states remembered per pattern; past it they are forgotten and remembered afresh (exact, only slower). */
const MAX_DFA_STATES = 2_000;
/** Moves remembered per pattern, likewise. */
const MAX_DFA_MOVES = 200_000;
/**
 * Compiles `node` into a test of whole strings. The automaton is walked
 * as sets of states; each set met is remembered with its moves (a lazy DFA,
 * keyed by the character and by which assertions hold at the next position),
 * so a path costs one lookup per character once the sets are known.
 */
function compileNode(node) {
    const literal = literalOf(node);
    if (literal !== undefined)
        return (text) => text === literal;
    const nfa = new Nfa();
    const start = nfa.build(node, 0);
    return new LazyDfa(nfa, start).test;
}
class LazyDfa {
    start;
    kind;
    next;
    charTests;
    splits;
    /** For an assertion state, the bit of its condition in a position's mask. */
    assertBit;
    assertions = [];
    seen;
    mark = 0;
    /** DFA states: the NFA states (reading or matching) live at a position. */
    sets = [];
    ids = new Map();
    moves = [];
    starts = new Map();
    constructor(nfa, start) {
        this.start = start;
        this.kind = nfa.kind;
        this.next = nfa.next;
        this.splits = nfa.splits;
        this.charTests = nfa.tests.map((t, s) => (nfa.kind[s] === CHAR ? t : undefined));
        const bits = new Map();
        this.assertBit = nfa.tests.map((t, s) => {
            if (nfa.kind[s] !== ASSERT)
                return -1;
            const a = t;
            if (!bits.has(a)) {
                bits.set(a, this.assertions.length);
                this.assertions.push(a);
            }
            return bits.get(a);
        });
        this.seen = new Int32Array(nfa.kind.length);
    }
    /** Which assertions hold in a window, as bits (computed once per window). */
    masks = new Int32Array(512).fill(-1);
    maskOf(atStart, kinds) {
        const index = (atStart ? 256 : 0) | kinds;
        let mask = this.masks[index];
        if (mask < 0) {
            mask = 0;
            for (let i = 0; i < this.assertions.length; i++)
                if (this.assertions[i](atStart, kinds))
                    mask |= 1 << i;
            this.masks[index] = mask;
        }
        return mask;
    }
    /** The DFA state for the NFA states reachable without reading from `from`, under `mask`. */
    close(from, mask) {
        const mark = ++this.mark;
        const list = [];
        const stack = [...from];
        while (stack.length > 0) {
            const s = stack.pop();
            if (this.seen[s] === mark)
                continue;
            this.seen[s] = mark;
            const k = this.kind[s];
            if (k === SPLIT)
                for (const out of this.splits[s])
                    stack.push(out);
            else if (k === ASSERT) {
                if (mask & (1 << this.assertBit[s]))
                    stack.push(this.next[s]);
            }
            else
                list.push(s);
        }
        list.sort((a, b) => a - b);
        const key = list.join(',');
        let id = this.ids.get(key);
        if (id === undefined) {
            // Past the bound, what is remembered is forgotten and remembering starts
            // again: memory stays bounded, and each step still costs at most the automaton's size.
            if (this.sets.length >= MAX_DFA_STATES || this.remembered > MAX_DFA_MOVES)
                this.forget();
            id = this.sets.length;
            this.sets.push(list);
            this.moves.push(new Map());
            this.ids.set(key, id);
        }
        return id;
    }
    /** Bumped each time the remembered sets are forgotten, so a move computed across it is not stored. */
    era = 0;
    remembered = 0;
    forget() {
        this.remembered = 0;
        this.ids.clear();
        this.sets.length = 0;
        this.moves.length = 0;
        this.starts.clear();
        this.era++;
    }
    step(state, code, kinds) {
        const key = code * 256 + kinds;
        const known = this.moves[state].get(key);
        if (known !== undefined)
            return known;
        const targets = [];
        for (const s of this.sets[state])
            if (this.kind[s] === CHAR && this.charTests[s](code))
                targets.push(this.next[s]);
        const era = this.era;
        const next = this.close(targets, this.maskOf(false, kinds));
        if (era === this.era && ++this.remembered <= MAX_DFA_MOVES)
            this.moves[state].set(key, next);
        return next;
    }
    test = (text) => {
        // The window at position 0, then slid one character at a time.
        let kinds = kindOf(text, 0) | (kindOf(text, 1) << 2) | (kindOf(text, 2) << 4) | (kindOf(text, 3) << 6);
        const watch = this.assertions.length > 0;
        const mask0 = this.maskOf(true, kinds);
        let state = this.starts.get(mask0);
        if (state === undefined) {
            state = this.close([this.start], mask0);
            this.starts.set(mask0, state);
        }
        for (let i = 0; i < text.length; i++) {
            kinds = (kinds >> 2) | (kindOf(text, i + 4) << 6);
            state = this.step(state, text.charCodeAt(i), watch ? kinds : 0);
            if (this.sets[state].length === 0)
                return false;
        }
        return this.sets[state].includes(0);
    };
}


/***/ }),

/***/ 1853:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  uf: () => (/* binding */ UvGlobError),
  z4: () => (/* binding */ checkPathFilters),
  SO: () => (/* binding */ compileGlob),
  tI: () => (/* binding */ compileGlobs),
  B: () => (/* binding */ compileUvExclude),
  pF: () => (/* binding */ compileUvGlob),
  PH: () => (/* binding */ expandBraces),
  i_: () => (/* binding */ expandUvGlob),
  Dw: () => (/* binding */ matchUvGlob)
});

// UNUSED EXPORTS: GlobSyntaxError, compileComponent

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/text.ts
var src_text = __webpack_require__(8992);
// EXTERNAL MODULE: ./src/workspace/glob-nfa.ts
var glob_nfa = __webpack_require__(865);
;// CONCATENATED MODULE: ./src/workspace/glob-picomatch.ts
// Path filters (`ignore`, `global`) mean what they mean in picomatch with
// `dot: true` (dorny/paths-filter's matcher, which users copy filters from),
// matched against repository-relative paths without regular expressions
// (glob-nfa.ts). picomatch compiles a glob to a regular expression through
// three routes, and the routes differ in small ways that decide real matches
// (`.*` as a whole pattern matches `..x`, inside braces it does not); each
// route is followed here as picomatch 4 takes it, and test/property checks
// the result against picomatch itself on generated patterns and paths.
//
// Where picomatch's answer comes from its regular expression rather than
// from glob rules, the pattern is refused with a message instead of matched
// differently: extglobs `@(a|b)`, a bare `(`, `)` or `|` (a regex group and
// alternation in picomatch), `"` (quoting), brace ranges `{1..3}`, braces
// without a comma, POSIX classes, `***`, a `\` before a letter or digit (a
// regex escape like `\b`), `\\`, a class that never closes, and doubled
// `$`, `^` or `+`. Escape such a character with `\` to match it literally.

/** A glob this dialect refuses; the caller names the input it came from. */
class GlobSyntaxError extends Error {
}
/** Longer globs are refused (picomatch allows 65,536 characters; no path filter comes near this). */
const MAX_GLOB_LENGTH = 4096;
/** Braces nested deeper are refused. */
const MAX_BRACE_DEPTH = 32;
const SLASH = 0x2f;
// picomatch's lookaheads with `dot: true`, as conditions on the window at a position (glob-nfa.ts).
const endsSegment = (kinds, j) => (0,glob_nfa/* kindAt */.Ii)(kinds, j) === glob_nfa/* END */.Kp || (0,glob_nfa/* kindAt */.Ii)(kinds, j) === glob_nfa/* SLASH_KIND */.fp;
/** `\.{1,2}(?:\/|$)` at place `j`: a `.` or `..` path segment starts there. */
function dotsSegment(kinds, j) {
    if ((0,glob_nfa/* kindAt */.Ii)(kinds, j) !== glob_nfa/* DOT_KIND */.HO)
        return false;
    return endsSegment(kinds, j + 1) || ((0,glob_nfa/* kindAt */.Ii)(kinds, j + 1) === glob_nfa/* DOT_KIND */.HO && endsSegment(kinds, j + 2));
}
/** `(?!\.{1,2}(?:\/|$))`. */
const NO_DOTS_SLASH = (_start, kinds) => !dotsSegment(kinds, 0);
/** `(?!\.{0,1}(?:\/|$))`: after a `.`, neither the end, a `/`, nor `./` or `.` then the end. */
const NO_DOT_SLASH = (_start, kinds) => !(endsSegment(kinds, 0) || ((0,glob_nfa/* kindAt */.Ii)(kinds, 0) === glob_nfa/* DOT_KIND */.HO && endsSegment(kinds, 1)));
/** `(?!(?:^|\/)\.{1,2}(?:\/|$))`. */
const NO_DOTS = (start, kinds) => !((start && dotsSegment(kinds, 0)) || ((0,glob_nfa/* kindAt */.Ii)(kinds, 0) === glob_nfa/* SLASH_KIND */.fp && dotsSegment(kinds, 1)));
/** `(?=.)` (the `s` flag: any character). */
const ONE_CHAR = (_start, kinds) => (0,glob_nfa/* kindAt */.Ii)(kinds, 0) !== glob_nfa/* END */.Kp;
const AT_START = (start) => start;
const AT_END = (_start, kinds) => (0,glob_nfa/* kindAt */.Ii)(kinds, 0) === glob_nfa/* END */.Kp;
/** `[^/]*?`: a star inside one path segment. */
const STAR = () => (0,glob_nfa/* star */.d4)((0,glob_nfa/* char */.Tp)(glob_nfa/* NOT_SLASH */.sn));
/** picomatch's globstar: any characters, but never a `.` or `..` segment. */
const GLOBSTAR = () => (0,glob_nfa/* star */.d4)((0,glob_nfa/* seq */.O6)((0,glob_nfa/* assert */.vA)(NO_DOTS), (0,glob_nfa/* char */.Tp)(glob_nfa/* ANY */.x4)));
const isWord = (c) => /^[A-Za-z0-9_]$/.test(c);
const isAlnum = (c) => /^[A-Za-z0-9]$/.test(c);
function refuse(pattern, why) {
    throw new GlobSyntaxError(`\`${pattern}\`: ${why}`);
}
/** The checks every route shares: what picomatch would read as a regular expression, not a glob. */
function checkEscapes(pattern, text) {
    for (let i = 0; i < text.length; i++) {
        const c = text[i];
        if (c === '\0')
            refuse(pattern, 'a NUL character is not allowed');
        if (c !== '\\')
            continue;
        const next = text[i + 1];
        if (next === undefined)
            refuse(pattern, 'it ends with a lone `\\`');
        if (next === '\\')
            refuse(pattern, '`\\\\` is not supported (no path filter can match a backslash)');
        if (isAlnum(next))
            refuse(pattern, `\`\\${next}\` is a regular-expression escape in picomatch; write \`${next}\``);
        i++;
    }
    for (const run of ['$$', '^^', '++'])
        if (text.includes(run))
            refuse(pattern, `\`${run}\` is read as a regular expression by picomatch; escape each with \`\\\``);
    if (text.includes('***'))
        refuse(pattern, '`***` is not a glob; use `*` or `**`');
}
// ---------------------------------------------------------------------------
// Route 1: a pattern starting with `*` or `.` that is one of a few shapes.
/** The shapes picomatch compiles directly, with `**` (`dot: true`) excluding `.`/`..` segments. */
function fastShape(shape) {
    const globstarDir = () => (0,glob_nfa/* optional */.lq)((0,glob_nfa/* seq */.O6)((0,glob_nfa/* assert */.vA)(NO_DOTS), GLOBSTAR(), (0,glob_nfa/* lit */.cO)('/')));
    switch (shape) {
        case '*':
            return (0,glob_nfa/* seq */.O6)((0,glob_nfa/* assert */.vA)(NO_DOTS), (0,glob_nfa/* assert */.vA)(ONE_CHAR), STAR());
        case '.*':
            return (0,glob_nfa/* seq */.O6)((0,glob_nfa/* lit */.cO)('.'), (0,glob_nfa/* assert */.vA)(ONE_CHAR), STAR());
        case '*.*':
            return (0,glob_nfa/* seq */.O6)((0,glob_nfa/* assert */.vA)(NO_DOTS), STAR(), (0,glob_nfa/* lit */.cO)('.'), (0,glob_nfa/* assert */.vA)(ONE_CHAR), STAR());
        case '*/*':
            return (0,glob_nfa/* seq */.O6)((0,glob_nfa/* assert */.vA)(NO_DOTS), STAR(), (0,glob_nfa/* lit */.cO)('/'), (0,glob_nfa/* assert */.vA)(ONE_CHAR), (0,glob_nfa/* assert */.vA)(NO_DOTS_SLASH), STAR());
        case '**':
            return (0,glob_nfa/* seq */.O6)((0,glob_nfa/* assert */.vA)(NO_DOTS), GLOBSTAR());
        case '**/*':
            return (0,glob_nfa/* seq */.O6)(globstarDir(), (0,glob_nfa/* assert */.vA)(NO_DOTS_SLASH), (0,glob_nfa/* assert */.vA)(ONE_CHAR), STAR());
        case '**/*.*':
            return (0,glob_nfa/* seq */.O6)(globstarDir(), (0,glob_nfa/* assert */.vA)(NO_DOTS_SLASH), STAR(), (0,glob_nfa/* lit */.cO)('.'), (0,glob_nfa/* assert */.vA)(ONE_CHAR), STAR());
        case '**/.*':
            return (0,glob_nfa/* seq */.O6)(globstarDir(), (0,glob_nfa/* lit */.cO)('.'), (0,glob_nfa/* assert */.vA)(ONE_CHAR), STAR());
        default: {
            // `<shape>.<word characters>`, split at the last dot.
            const dot = shape.lastIndexOf('.');
            const ext = shape.slice(dot + 1);
            if (dot < 0 || ext === '' || ![...ext].every(isWord))
                return undefined;
            const head = fastShape(shape.slice(0, dot));
            return head && (0,glob_nfa/* seq */.O6)(head, (0,glob_nfa/* lit */.cO)(`.${ext}`));
        }
    }
}
// ---------------------------------------------------------------------------
// Route 2: a pattern with no `/`, brackets, braces, parentheses or quotes
// that does not start with `*` or `!`: each `*` is a star in the segment,
// each `?` one character, everything else literal.
function plainRoute(pattern, text) {
    if (text.includes('|'))
        refuse(pattern, '`|` is a regular-expression alternation in picomatch; escape it as `\\|`');
    const items = [];
    for (let i = 0; i < text.length; i++) {
        let c = text[i];
        if (c === '\\')
            c = text[++i];
        else if (c === '*') {
            while (text[i + 1] === '*')
                i++;
            items.push(STAR());
            continue;
        }
        else if (c === '?') {
            items.push((0,glob_nfa/* char */.Tp)(glob_nfa/* NOT_SLASH */.sn));
            continue;
        }
        items.push((0,glob_nfa/* lit */.cO)(c));
    }
    return (0,glob_nfa/* seq */.O6)(...items);
}
/** Brace markers in the flat output: `(`, `|`, `)`. */
const OPEN = { t: 'open' };
const BAR = { t: 'bar' };
const CLOSE = { t: 'close' };
/** The flat output (picomatch's regex source, as values) into one tree. */
function tree(items) {
    const stack = [[[]]];
    for (const item of items) {
        const branches = stack.at(-1);
        if (item.t === 'open')
            stack.push([[]]);
        else if (item.t === 'bar')
            branches.push([]);
        else if (item.t === 'close') {
            stack.pop();
            stack.at(-1).at(-1).push((0,glob_nfa/* alt */.CC)(...branches.map((b) => (0,glob_nfa/* seq */.O6)(...b))));
        }
        else
            branches.at(-1).push(item);
    }
    return (0,glob_nfa/* seq */.O6)(...stack[0][0]);
}
/** A character class as JavaScript reads picomatch's `[...]` (`!` is a member, `^` negates, a negated class never matches `/`). */
function classTest(atoms, negated, pattern) {
    const ranges = [];
    for (let i = 0; i < atoms.length; i++) {
        const a = atoms[i];
        const to = atoms[i + 2];
        if (atoms[i + 1]?.dash && to) {
            if (to.code < a.code)
                refuse(pattern, `the range \`${String.fromCharCode(a.code)}-${String.fromCharCode(to.code)}\` is out of order`);
            ranges.push([a.code, to.code]);
            i += 2;
        }
        else
            ranges.push([a.code, a.code]);
    }
    const inClass = (c) => ranges.some(([lo, hi]) => c >= lo && c <= hi);
    return negated ? (c) => c !== SLASH && !inClass(c) : inClass;
}
/** The class starting at `text[at] === '['`; undefined when no `]` follows at all (the `[` is then literal). */
function readClass(pattern, text, at) {
    if (!text.slice(at + 1).includes(']'))
        return undefined;
    let i = at + 1;
    let raw = '';
    const atoms = [];
    let literal = '';
    const negated = text[i] === '^';
    if (negated) {
        raw = '^';
        literal = '^';
        i++;
    }
    for (;; i++) {
        const c = text[i];
        if (c === undefined)
            refuse(pattern, 'the `[` class never closes');
        if (c === '\\') {
            const next = text[i + 1];
            // picomatch drops a `\` before `/`, `.` and `;`; the character then counts as written.
            if (next === '/' || next === '.' || next === ';')
                continue;
            atoms.push({ code: next.charCodeAt(0), dash: false });
            raw += `\\${next}`;
            literal += next;
            i++;
            continue;
        }
        if (c === ']' && (raw === '' || raw === '^')) {
            atoms.push({ code: 0x5d, dash: false });
            raw += '\\]';
            literal += ']';
            continue;
        }
        if (c === ']')
            break;
        if (c === '[')
            refuse(pattern, 'a `[` inside a class (POSIX classes like `[[:alpha:]]` are not supported)');
        const closesNext = text[i + 1] === ']';
        atoms.push({ code: c.charCodeAt(0), dash: c === '-' && !closesNext });
        raw += c === '-' && closesNext ? '\\-' : c;
        literal += c;
    }
    const test = (0,glob_nfa/* char */.Tp)(classTest(atoms, negated, pattern));
    // A class without regular-expression characters also matches itself, written out.
    const node = /[-*+?.^${}(|)[\]]/.test(raw) ? test : (0,glob_nfa/* alt */.CC)((0,glob_nfa/* lit */.cO)(`[${literal}]`), test);
    return { node, end: i };
}
/**
 * Route 3: picomatch's tokenizer, as a walk over the glob. The output is
 * flat, as picomatch's regex source is (brace groups as markers), because
 * `**` rewrites the tail of what came before it.
 */
class Tokenizer {
    pattern;
    text;
    out = [];
    bos = { type: 'bos', start: 0 };
    prev = this.bos;
    /** Where the glob's body begins: after a leading `!`, and after each leading `./`. */
    body;
    braces = [];
    constructor(pattern, text, start) {
        this.pattern = pattern;
        this.text = text;
        this.body = start;
    }
    run() {
        for (let i = this.body; i < this.text.length; i++)
            i = this.step(i);
        if (this.braces.length > 0)
            refuse(this.pattern, 'a `{` never closes');
        // A glob ending in a star or a class also matches with one `/` after it.
        if (this.prev.type === 'star' || this.prev.type === 'bracket')
            this.out.push((0,glob_nfa/* optional */.lq)((0,glob_nfa/* lit */.cO)('/')));
        return tree(this.out);
    }
    push(type, ...items) {
        const { prev } = this;
        // A globstar not followed by `/` (or by `,`/`}` inside braces) is a plain star after all.
        if (prev.type === 'globstar' && type !== 'slash' && !(this.braces.length > 0 && (type === 'comma' || type === 'brace'))) {
            this.out.splice(prev.start, this.out.length - prev.start, STAR());
            prev.type = 'star';
        }
        this.prev = { type, start: this.out.length, prev };
        this.out.push(...items);
    }
    /** Reads the character at `i`; returns the last index it consumed. */
    step(i) {
        const c = this.text[i];
        const next = this.text[i + 1];
        if (c === '\\') {
            // picomatch drops a `\` before `/`, `.` and `;`: the character then counts as written.
            if (next === '/' || next === '.' || next === ';')
                return i;
            this.push('text', (0,glob_nfa/* lit */.cO)(next));
            return i + 1;
        }
        if (c === '"' || c === '(' || c === ')' || c === '|') {
            refuse(this.pattern, `\`${c}\` is ${c === '"' ? 'quoting' : 'regular-expression syntax'} in picomatch; escape it as \`\\${c}\``);
        }
        if ('@!+?*'.includes(c) && next === '(')
            refuse(this.pattern, 'extglobs like `@(a|b)` are not supported; use `{a,b}`');
        if (c === '+' && (this.prev.type === 'bracket' || this.prev.type === 'brace')) {
            refuse(this.pattern, 'a `+` after `]` or a brace repeats in picomatch; escape it as `\\+`');
        }
        switch (c) {
            case '[':
                return this.bracket(i);
            case '{':
            case ',':
            case '}':
                return this.brace(c, i);
            case '/':
                return this.slash(i);
            case '.':
                if (this.braces.length > 0 && this.prev.type === 'dot')
                    refuse(this.pattern, 'brace ranges like `{1..3}` are not supported; list the values: `{1,2,3}`');
                this.push(this.braces.length === 0 && this.prev.type !== 'bos' && this.prev.type !== 'slash' ? 'text' : 'dot', (0,glob_nfa/* lit */.cO)('.'));
                return i;
            case '?':
                this.push('qmark', (0,glob_nfa/* char */.Tp)(glob_nfa/* NOT_SLASH */.sn));
                return i;
            case '*':
                return this.star(i);
            default:
                this.push('text', (0,glob_nfa/* lit */.cO)(c));
                return i;
        }
    }
    bracket(i) {
        const cls = readClass(this.pattern, this.text, i);
        // Without a `]` anywhere after it, `[` is literal (still a bracket token to picomatch).
        this.push('bracket', cls ? cls.node : (0,glob_nfa/* lit */.cO)('['));
        return cls ? cls.end : i;
    }
    brace(c, i) {
        const open = this.braces.at(-1);
        if (c === '{') {
            if (this.braces.length >= MAX_BRACE_DEPTH)
                refuse(this.pattern, `braces nest more than ${MAX_BRACE_DEPTH} deep`);
            this.braces.push({ comma: false });
            this.push('brace', OPEN);
        }
        else if (!open) {
            this.push('text', (0,glob_nfa/* lit */.cO)(c));
        }
        else if (c === ',') {
            open.comma = true;
            this.push('comma', BAR);
        }
        else {
            if (!open.comma)
                refuse(this.pattern, 'braces without a comma are literal in picomatch; escape them as `\\{` and `\\}`');
            this.push('brace', CLOSE);
            this.braces.pop();
        }
        return i;
    }
    slash(i) {
        if (this.prev.type === 'dot' && i === this.body + 1) {
            // A leading `./` is dropped.
            this.body = i + 1;
            this.out = [];
            this.prev = this.bos;
        }
        else
            this.push('slash', (0,glob_nfa/* lit */.cO)('/'));
        return i;
    }
    /** A `*`: a star, or with the one before it a globstar. Returns the last index consumed. */
    star(i) {
        const { prev, text } = this;
        if (prev.type !== 'star') {
            // A star opening a segment (or the glob) never matches a `.`/`..` segment, nor (unless `**`) nothing at the very end.
            if (i === this.body || prev.type === 'slash' || prev.type === 'dot') {
                this.out.push((0,glob_nfa/* assert */.vA)(prev.type === 'dot' ? NO_DOT_SLASH : NO_DOTS_SLASH));
                if (text[i + 1] !== '*')
                    this.out.push((0,glob_nfa/* assert */.vA)(ONE_CHAR));
            }
            this.push('star', STAR());
            return i;
        }
        const prior = prev.prev;
        const inBraces = this.braces.length > 0 && (prior.type === 'brace' || prior.type === 'comma');
        // `a**` is `a*`.
        if (prior.type !== 'slash' && prior.type !== 'bos' && !inBraces) {
            this.push('star');
            return i;
        }
        // `/**/**` is `/**`.
        while (text.startsWith('/**', i + 1) && (text[i + 4] === undefined || text[i + 4] === '/'))
            i += 3;
        return this.globstar(i, prev, prior);
    }
    /** The rewrites a `**` makes of what came before it, by what surrounds it. */
    globstar(i, prev, prior) {
        const end = i + 1 === this.text.length;
        const slashNext = this.text[i + 1] === '/';
        const afterStar = prior.prev?.type === 'star' || prior.prev?.type === 'globstar';
        const head = this.out.slice(0, prior.start);
        const priorPart = this.out.slice(prior.start, prev.start);
        const inner = prior.type === 'slash' && prior.prev?.type !== 'bos';
        prev.type = 'globstar';
        if (prior.type === 'bos' && end) {
            this.out = [GLOBSTAR()];
        }
        else if (inner && !afterStar && end) {
            // `a/**`: `a` itself, or anything below it.
            this.out = [...head, OPEN, ...priorPart, GLOBSTAR(), BAR, (0,glob_nfa/* assert */.vA)(AT_END), CLOSE];
        }
        else if (inner && slashNext) {
            // `a/**/b`: any segments between, none included.
            const orEnd = this.text[i + 2] !== undefined ? [BAR, (0,glob_nfa/* assert */.vA)(AT_END)] : [];
            this.out = [...head, OPEN, ...priorPart, GLOBSTAR(), (0,glob_nfa/* lit */.cO)('/'), BAR, (0,glob_nfa/* lit */.cO)('/'), ...orEnd, CLOSE];
            this.push('slash');
            return i + 1;
        }
        else if (prior.type === 'bos' && slashNext) {
            // `**/b`: `b` at any depth.
            this.out = [OPEN, (0,glob_nfa/* assert */.vA)(AT_START), BAR, (0,glob_nfa/* lit */.cO)('/'), BAR, GLOBSTAR(), (0,glob_nfa/* lit */.cO)('/'), CLOSE];
            this.push('slash');
            return i + 1;
        }
        else {
            this.out = [...this.out.slice(0, prev.start), GLOBSTAR()];
        }
        return i;
    }
}
/** What a path filter compiles to: the tree, and whether a leading `!` negates it. */
function picomatchNode(pattern) {
    // Route 1 (picomatch's makeRe): a glob starting with `*` or `.` of one of the direct shapes.
    if (pattern[0] === '.' || pattern[0] === '*') {
        const shape = removePrefix(REPLACEMENTS[pattern] ?? pattern);
        const node = fastShape(shape);
        // These too match with one `/` after them.
        if (node)
            return { node: (0,glob_nfa/* seq */.O6)(node, (0,glob_nfa/* optional */.lq)((0,glob_nfa/* lit */.cO)('/'))), negated: false };
    }
    const input = removePrefix(REPLACEMENTS[pattern] ?? pattern);
    checkEscapes(pattern, input);
    // Route 2: nothing but characters, `*`, `?` and escapes.
    if (!/(^[*!]|[/()[\]{}"])/.test(input))
        return { node: plainRoute(pattern, input), negated: false };
    let bangs = 0;
    while (input[bangs] === '!' && input[bangs + 1] !== '(')
        bangs++;
    if (bangs > 0 && bangs % 2 === 0)
        refuse(pattern, 'an even number of leading `!` is not supported; drop them');
    return { node: new Tokenizer(pattern, input, bangs).run(), negated: bangs > 0 };
}
/** picomatch's replacements of whole globs. */
const REPLACEMENTS = { '***': '*', '**/**': '**', '**/**/**': '**' };
function removePrefix(text) {
    return text.startsWith('./') ? text.slice(2) : text;
}
/**
 * A matcher of repository-relative paths for one glob, as picomatch with
 * `{ dot: true }` matches (a path equal to the glob as written matches too,
 * as in picomatch); throws GlobSyntaxError for what it refuses (above).
 */
function compilePicomatch(pattern) {
    if (pattern.length > MAX_GLOB_LENGTH)
        refuse(`${pattern.slice(0, 40)}\u2026`, `longer than ${MAX_GLOB_LENGTH} characters`);
    const { node, negated } = picomatchNode(pattern);
    const test = (0,glob_nfa/* compileNode */.ux)(node);
    return (path) => path !== '' && (path === pattern || test(path) !== negated);
}

;// CONCATENATED MODULE: ./src/workspace/globs.ts
// The one owner of glob semantics. Three dialects live here because users
// meet three, and all compile to one matcher that never backtracks
// (glob-nfa.ts: time at most pattern size x name length), because a pull
// request chooses the file names and, through pyproject.toml, some globs:
//
// - Path filters (`ignore`, `global`; compileGlobs): picomatch's rules with
//   `dot: true`, as dorny/paths-filter matches, followed exactly
//   (glob-picomatch.ts, checked against picomatch itself). Matched against
//   repository-relative `/`-separated paths, anchored at the repository root
//   (`*.md` matches `README.md`, not `docs/README.md`; `**/*.md` any depth).
//   Two conveniences where picomatch would match no repository path: a
//   leading `/` is dropped, and a trailing `/` means everything below
//   (`docs/` = `docs/**`). In a list, `!pattern` subtracts, gitignore-style.
// - Backend globs (compileGlob): what build backends write in pyproject.toml
//   (hatchling's include/exclude, package data, license-files), read as
//   before: `*`, `?` and `[...]` (`[!...]`/`[^...]` negate) within one
//   component, `**` as a whole component for any depth, `{a,b}` alternation
//   (at most MAX_BRACE_EXPANSIONS patterns), `\` escapes.
// - uv's `members` / `exclude` globs (below), as the Rust glob crate reads them.





/** A backend glob's `{a,b}` may expand to at most this many patterns (each alternative multiplies). */
const MAX_BRACE_EXPANSIONS = 256;
/** Expands `{a,b}` alternations (nested ones too) into plain patterns; throws GlobSyntaxError past MAX_BRACE_EXPANSIONS. */
function expandBraces(pattern) {
    const out = [];
    const pending = [pattern];
    while (pending.length > 0) {
        const next = pending.pop();
        const group = firstBraceGroup(next);
        if (!group) {
            out.push(next);
            if (out.length > MAX_BRACE_EXPANSIONS)
                throw new GlobSyntaxError(`\`${pattern}\`: its braces expand to more than ${MAX_BRACE_EXPANSIONS} patterns`);
            continue;
        }
        const { head, alternatives, tail } = group;
        for (let k = alternatives.length - 1; k >= 0; k--)
            pending.push(head + alternatives[k] + tail);
        if (pending.length > MAX_BRACE_EXPANSIONS * 2)
            throw new GlobSyntaxError(`\`${pattern}\`: its braces expand to more than ${MAX_BRACE_EXPANSIONS} patterns`);
    }
    return out;
}
/** The first top-level `{\u2026,\u2026}` with its alternatives; `{a}` and unbalanced braces stay literal. */
function firstBraceGroup(pattern) {
    for (let i = 0; i < pattern.length; i++) {
        const c = pattern[i];
        if (c === '\\') {
            i++;
            continue;
        }
        if (c !== '{')
            continue;
        let depth = 0;
        const commas = [];
        let close = -1;
        for (let j = i; j < pattern.length && close < 0; j++) {
            const d = pattern[j];
            if (d === '\\')
                j++;
            else if (d === '{')
                depth++;
            else if (d === '}' && --depth === 0)
                close = j;
            else if (d === ',' && depth === 1)
                commas.push(j);
        }
        if (close < 0)
            return undefined;
        if (commas.length === 0)
            continue;
        const bounds = [i, ...commas, close];
        const alternatives = bounds.slice(0, -1).map((b, k) => pattern.slice(b + 1, bounds[k + 1]));
        return { head: pattern.slice(0, i), alternatives, tail: pattern.slice(close + 1) };
    }
    return undefined;
}
/** The character class starting at `text[start] === '['`; undefined when unclosed or empty (then `[` is literal). */
function classAt(text, start, backslashEscapes, crossSlash) {
    let i = start + 1;
    const negate = text[i] === '!' || text[i] === '^';
    if (negate)
        i++;
    const codes = [];
    for (let first = true; i < text.length; i++, first = false) {
        const c = text[i];
        // A `]` right after `[` or `[!` is a member, as in both picomatch and the glob crate.
        if (c === ']' && !first) {
            if (codes.length === 0)
                return undefined;
            const ranges = [];
            for (let k = 0; k < codes.length; k++) {
                const to = codes[k + 2];
                if (codes[k + 1]?.dash && to) {
                    if (to.code < codes[k].code)
                        return undefined;
                    ranges.push([codes[k].code, to.code]);
                    k += 2;
                }
                else
                    ranges.push([codes[k].code, codes[k].code]);
            }
            const member = (code) => ranges.some(([lo, hi]) => code >= lo && code <= hi);
            const test = negate ? (code) => (crossSlash || code !== 0x2f) && !member(code) : member;
            return { test, end: i };
        }
        if (c === '/' && !crossSlash)
            return undefined;
        if (backslashEscapes && c === '\\' && i + 1 < text.length)
            codes.push({ code: text.charCodeAt(++i), dash: false });
        else
            codes.push({ code: c.charCodeAt(0), dash: c === '-' });
    }
    return undefined;
}
/**
 * One path component (no `/`) as a matcher tree where no wildcard crosses
 * `/` (or, with `crossSlash`, where `*`, `?` and classes do, as uv's
 * `exclude` reads them). Used by the backend and uv dialects.
 */
function componentNode(component, backslashEscapes = true, crossSlash = false) {
    const items = [];
    const one = crossSlash ? glob_nfa/* ANY */.x4 : glob_nfa/* NOT_SLASH */.sn;
    for (let i = 0; i < component.length; i++) {
        const c = component[i];
        if (backslashEscapes && c === '\\' && i + 1 < component.length)
            items.push((0,glob_nfa/* lit */.cO)(component[++i]));
        else if (c === '*')
            items.push((0,glob_nfa/* star */.d4)((0,glob_nfa/* char */.Tp)(one)));
        else if (c === '?')
            items.push((0,glob_nfa/* char */.Tp)(one));
        else if (c === '[') {
            const cls = classAt(component, i, backslashEscapes, crossSlash);
            if (cls) {
                items.push((0,glob_nfa/* char */.Tp)(cls.test));
                i = cls.end;
            }
            else
                items.push((0,glob_nfa/* lit */.cO)('['));
        }
        else
            items.push((0,glob_nfa/* lit */.cO)(c));
    }
    return (0,glob_nfa/* seq */.O6)(...items);
}
function normalizePattern(pattern) {
    let p = pattern.trim();
    while (p.startsWith('./'))
        p = p.slice(2);
    while (p.startsWith('/'))
        p = p.slice(1);
    if (p.endsWith('/'))
        p += '**';
    return p;
}
function normalizePath(relPath) {
    let p = relPath;
    while (p.startsWith('./'))
        p = p.slice(2);
    return p;
}
/** One brace-free, non-negated backend glob, component by component; consecutive `**` are one. */
function patternNode(pattern) {
    const parts = pattern.split('/').filter((part, i, all) => !(part === '**' && all[i - 1] === '**'));
    const segment = () => (0,glob_nfa/* seq */.O6)((0,glob_nfa/* char */.Tp)(glob_nfa/* NOT_SLASH */.sn), (0,glob_nfa/* star */.d4)((0,glob_nfa/* char */.Tp)(glob_nfa/* NOT_SLASH */.sn)));
    const items = [];
    for (let i = 0; i < parts.length; i++) {
        const part = parts[i];
        if (part === '**') {
            if (parts.length === 1)
                items.push((0,glob_nfa/* star */.d4)((0,glob_nfa/* char */.Tp)(glob_nfa/* ANY */.x4)));
            // `a/**` also matches `a` itself, as picomatch does.
            else if (i === parts.length - 1)
                items.push((0,glob_nfa/* optional */.lq)((0,glob_nfa/* seq */.O6)((0,glob_nfa/* lit */.cO)('/'), (0,glob_nfa/* star */.d4)((0,glob_nfa/* char */.Tp)(glob_nfa/* ANY */.x4)))));
            else if (i === 0)
                items.push((0,glob_nfa/* star */.d4)((0,glob_nfa/* seq */.O6)(segment(), (0,glob_nfa/* lit */.cO)('/'))));
            else
                items.push((0,glob_nfa/* lit */.cO)('/'), (0,glob_nfa/* star */.d4)((0,glob_nfa/* seq */.O6)(segment(), (0,glob_nfa/* lit */.cO)('/'))));
            continue;
        }
        if (i > 0 && parts[i - 1] !== '**')
            items.push((0,glob_nfa/* lit */.cO)('/'));
        items.push(componentNode(part));
    }
    return (0,glob_nfa/* seq */.O6)(...items);
}
/** Compiles one backend glob (see the dialects above). */
function compileGlob(pattern) {
    let p = pattern.trim();
    let negated = false;
    while (p.startsWith('!') && !p.startsWith('!(')) {
        negated = !negated;
        p = p.slice(1);
    }
    const test = (0,glob_nfa/* compileNode */.ux)((0,glob_nfa/* alt */.CC)(...expandBraces(normalizePattern(p)).map(patternNode)));
    return negated ? (relPath) => !test(normalizePath(relPath)) : (relPath) => test(normalizePath(relPath));
}
/** One path filter: picomatch's rules, with the two conveniences above. */
function compilePathFilter(pattern) {
    let body = pattern;
    let bangs = '';
    while (body.startsWith('!') && !body.startsWith('!(')) {
        bangs += '!';
        body = body.slice(1);
    }
    while (body.startsWith('/'))
        body = body.slice(1);
    if (body.endsWith('/') && !body.endsWith('\\/'))
        body += '**';
    if (body === '')
        return () => false;
    return compilePicomatch(bangs + body);
}
/**
 * The globs of a path-filter input, checked where they enter (the action's
 * inputs, the CLI's options) so that a glob picomatch would read as a
 * regular expression is one error naming the input. `what` is how the
 * message names it: `input 'global'`, `option '--ignore'`.
 */
function checkPathFilters(what, patterns) {
    try {
        compileGlobs(patterns);
    }
    catch (error) {
        if (!(error instanceof GlobSyntaxError))
            throw error;
        throw new errors/* UserError */.y(`${what} has a glob this action does not read as picomatch would: ${error.message}`, "path filters follow picomatch's rules with dotfiles matching; see Globs in the README");
    }
    return patterns;
}
/**
 * Path filters (`ignore`, `global`): any of the patterns matches. `!pattern`
 * entries subtract: a path matches when some positive pattern matches and no
 * negated one does. A list of only negations matches nothing (there is
 * nothing to subtract from). Throws GlobSyntaxError for a pattern picomatch
 * would read as a regular expression (glob-picomatch.ts).
 */
function compileGlobs(patterns) {
    const positives = [];
    const negatives = [];
    for (const raw of patterns) {
        const p = raw.trim();
        if (p === '')
            continue;
        if (p.startsWith('!') && !p.startsWith('!(') && p.length > 1)
            negatives.push(compilePathFilter(p.slice(1)));
        else
            positives.push(compilePathFilter(p));
    }
    if (positives.length === 0)
        return () => false;
    return (relPath) => positives.some((m) => m(relPath)) && !negatives.some((m) => m(relPath));
}
/** An invalid uv glob; the caller names the pyproject.toml it came from. */
class UvGlobError extends Error {
}
function hasWildcard(component) {
    return /[*?[]/.test(component);
}
/** Matches one path component against one glob component, the glob crate's way. */
function compileComponent(component) {
    if (component.includes('**')) {
        throw new UvGlobError(`\`${component}\`: recursive wildcards must form a single path component`);
    }
    if (!hasWildcard(component))
        return (name) => name === component;
    return (0,glob_nfa/* compileNode */.ux)(componentNode(component, false));
}
/** Parses a `members`/`exclude` glob relative to the workspace root. */
function compileUvGlob(pattern) {
    const components = [];
    for (const part of pattern.split('/')) {
        // Empty parts (`a//b`, trailing `/`) and `.` do not change the path.
        if (part === '' || part === '.')
            continue;
        if (part === '**') {
            // `**/**` is the same as `**`.
            if (components.at(-1)?.kind !== 'recursive')
                components.push({ kind: 'recursive' });
        }
        else if (!hasWildcard(part)) {
            if (part.includes('**'))
                throw new UvGlobError(`\`${pattern}\`: recursive wildcards must form a single path component`);
            components.push({ kind: 'literal', name: part });
        }
        else {
            components.push({ kind: 'wildcard', source: part, match: compileComponent(part) });
        }
    }
    return { pattern, components };
}
/**
 * Does the directory at `relPath` (relative to the workspace root,
 * `/`-separated, `.` or '' for the root) belong to the expansion of `glob`?
 * Used for `exclude`, and equal to expanding the glob on disk when the path
 * exists and is a directory.
 */
function matchUvGlob(glob, relPath) {
    const parts = relPath.split('/').filter((p) => p !== '' && p !== '.');
    const comps = glob.components;
    // Memoised (component index, part index) \u2192 match; `**` makes naive recursion exponential.
    const memo = new Map();
    const go = (ci, pi) => {
        const key = ci * (parts.length + 1) + pi;
        const cached = memo.get(key);
        if (cached !== undefined)
            return cached;
        let result;
        if (ci === comps.length)
            result = pi === parts.length;
        else {
            const comp = comps[ci];
            if (comp.kind === 'recursive') {
                result = false;
                // A trailing `**` needs at least one component (see expandUvGlob).
                const first = ci + 1 === comps.length ? pi + 1 : pi;
                for (let k = first; k <= parts.length && !result; k++) {
                    // `..` is never produced by walking down, so `**` cannot swallow it.
                    if (k > pi && parts[k - 1] === '..')
                        break;
                    result = go(ci + 1, k);
                }
            }
            else if (pi === parts.length)
                result = false;
            else if (comp.kind === 'literal')
                result = comp.name === parts[pi] && go(ci + 1, pi + 1);
            else
                result = parts[pi] !== '..' && comp.match(parts[pi]) && go(ci + 1, pi + 1);
        }
        memo.set(key, result);
        return result;
    };
    return go(0, 0);
}
function joinRel(base, name) {
    if (base === '')
        return name;
    if (name === '..') {
        // Lexical parent, so a member glob like `../lib/*` resolves the way the path reads.
        const parts = base.split('/');
        if (parts.length > 0 && parts.at(-1) !== '..') {
            parts.pop();
            return parts.join('/');
        }
    }
    return `${base}/${name}`;
}
/**
 * Expands a uv glob against a directory tree, like the glob crate:
 * returns matched paths (files and directories) relative to the base,
 * sorted, without duplicates. '' is the base itself.
 */
function expandUvGlob(glob, dir) {
    const found = new Map();
    const walk = (ci, rel, isDir) => {
        if (ci === glob.components.length) {
            found.set(rel, isDir);
            return;
        }
        if (!isDir)
            return;
        const comp = glob.components[ci];
        if (comp.kind === 'literal') {
            const next = joinRel(rel, comp.name);
            const kind = dir.kind(next);
            if (kind)
                walk(ci + 1, next, kind === 'dir');
            return;
        }
        if (comp.kind === 'wildcard') {
            for (const entry of dir.list(rel) ?? []) {
                if (comp.match(entry.name))
                    walk(ci + 1, joinRel(rel, entry.name), entry.isDir);
            }
            return;
        }
        // `**`: this directory and every directory below it; only directories
        // strictly below when `**` is the last component. Symlinked directories
        // are followed, as uv 0.13 does (a `packages/**` finds the member behind
        // `packages/linked -> ../vendor/linked`), except into a directory that is
        // already an ancestor on the way down: a link cycle would never end.
        const last = ci + 1 === glob.components.length;
        const follow = dir.realpath !== undefined;
        const stack = [{ rel, seen: follow ? [dir.realpath(rel) ?? rel] : [] }];
        while (stack.length > 0) {
            const { rel: current, seen } = stack.pop();
            if (!last || current !== rel)
                walk(ci + 1, current, true);
            for (const entry of dir.list(current) ?? []) {
                if (!entry.isDir)
                    continue;
                const child = joinRel(current, entry.name);
                if (!entry.isSymlink) {
                    stack.push({ rel: child, seen });
                    continue;
                }
                if (!follow)
                    continue;
                const real = dir.realpath(child);
                if (real === undefined || seen.includes(real))
                    continue;
                stack.push({ rel: child, seen: [...seen, real] });
            }
        }
    };
    walk(0, '', true);
    return [...found.entries()]
        .sort((0,src_text.by)(([key]) => key))
        .map(([path, isDir]) => ({ path, isDir }));
}
/**
 * A `tool.uv.workspace.exclude` entry as uv applies it: the whole pattern
 * against the member's path relative to the workspace root, where `*`, `?`
 * and `[...]` may cross `/` and `**` as a component spans directories.
 */
function compileUvExclude(pattern) {
    const clean = (p) => p.split('/').filter((part) => part !== '' && part !== '.');
    const parts = clean(pattern);
    const items = [];
    for (let i = 0; i < parts.length; i++) {
        const part = parts[i];
        const last = i === parts.length - 1;
        if (part === '**') {
            const any = (0,glob_nfa/* star */.d4)((0,glob_nfa/* char */.Tp)(glob_nfa/* ANY */.x4));
            if (last)
                items.push(...(i === 0 ? [any] : [(0,glob_nfa/* lit */.cO)('/'), any]));
            else
                items.push(...(i === 0 ? [] : [(0,glob_nfa/* lit */.cO)('/')]), (0,glob_nfa/* optional */.lq)((0,glob_nfa/* seq */.O6)(any, (0,glob_nfa/* lit */.cO)('/'))));
            continue;
        }
        if (i > 0 && parts[i - 1] !== '**')
            items.push((0,glob_nfa/* lit */.cO)('/'));
        items.push(componentNode(part, false, true));
    }
    const test = (0,glob_nfa/* compileNode */.ux)((0,glob_nfa/* seq */.O6)(...items));
    return (relPath) => test(clean(relPath).join('/'));
}


/***/ }),

/***/ 2165:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ normalizeName),
/* harmony export */   u: () => (/* binding */ isValidName)
/* harmony export */ });
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


/***/ }),

/***/ 5411:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J1: () => (/* binding */ readSyncArgs),
/* harmony export */   X$: () => (/* binding */ configSettingsFor),
/* harmony export */   bj: () => (/* binding */ installsEditable),
/* harmony export */   f$: () => (/* binding */ rootGroupSelected),
/* harmony export */   fV: () => (/* binding */ groupSelected),
/* harmony export */   k3: () => (/* binding */ NO_SYNC_ARGS),
/* harmony export */   lL: () => (/* binding */ selectedExtras)
/* harmony export */ });
/* harmony import */ var _names_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2165);

/**
 * The one reading of already-split sync arguments (the action's and the
 * CLI's guard ran before). `fromEnv`: the words the environment's uv
 * settings stand for (src/uv-settings.ts), already stripped of what a flag in
 * `argv` overrides, so reading them before `argv` gives uv's precedence.
 */
function readSyncArgs(argv = [], fromEnv = []) {
    const words = [...fromEnv, ...argv];
    const python = pythonRequest(argv);
    const build = buildFlags(words);
    return { argv: [...argv], words, selection: parseSyncSelection(words), inexact: argv.includes('--inexact'), ...(python ? { python } : {}), ...build };
}
/** The value of `--flag value`, `--flag=value` or (for a short flag) `-Xvalue` at `args[i]`, and the index it ends at. */
function flagValue(args, i, long, short) {
    const arg = args[i];
    if (long.includes(arg) || arg === short)
        return args[i + 1] === undefined ? undefined : { value: args[i + 1], end: i + 1 };
    const eq = long.find((f) => arg.startsWith(`${f}=`));
    if (eq)
        return { value: arg.slice(eq.length + 1), end: i };
    if (short && arg.startsWith(short) && !arg.startsWith('--'))
        return { value: arg.slice(short.length).replace(/^=/, ''), end: i };
    return undefined;
}
/** `--no-editable`, `--no-editable-package` and the config settings among the words. */
function buildFlags(args) {
    let all = false;
    const packages = new Set();
    const settings = {};
    const byPackage = new Map();
    for (let i = 0; i < args.length; i++) {
        if (args[i] === '--')
            break;
        if (args[i] === '--no-editable')
            all = true;
        const pkg = flagValue(args, i, ['--no-editable-package']);
        const setting = flagValue(args, i, ['--config-setting', '--config-settings'], '-C');
        const perPackage = flagValue(args, i, ['--config-settings-package', '--config-setting-package']);
        const hit = pkg ?? setting ?? perPackage;
        if (!hit)
            continue;
        i = hit.end;
        if (pkg)
            packages.add((0,_names_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeName */ .P)(pkg.value));
        else if (setting)
            addSetting(settings, setting.value);
        else {
            const colon = hit.value.indexOf(':');
            if (colon <= 0)
                continue;
            const name = (0,_names_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeName */ .P)(hit.value.slice(0, colon));
            if (!byPackage.has(name))
                byPackage.set(name, {});
            addSetting(byPackage.get(name), hit.value.slice(colon + 1));
        }
    }
    return { noEditable: all ? 'all' : packages, configSettings: { all: settings, byPackage } };
}
function addSetting(into, pair) {
    const eq = pair.indexOf('=');
    if (eq > 0)
        into[pair.slice(0, eq)] = pair.slice(eq + 1);
}
/** Whether `uv sync` with these arguments installs the workspace member `member` (normalised name) editable. */
function installsEditable(args, member) {
    return args.noEditable !== 'all' && !args.noEditable.has(member);
}
/**
 * The config settings uv passes to `member`'s build backend: the workspace
 * root's `[tool.uv]` settings (`fromConfig`), then the words' `-C`, then the
 * words' `--config-settings-package` for it, the later winning per key.
 */
function configSettingsFor(args, member, fromConfig) {
    return {
        ...fromConfig?.all,
        ...fromConfig?.byPackage.get(member),
        ...args.configSettings.all,
        ...args.configSettings.byPackage.get(member),
    };
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
        FLAG_EFFECTS.get(flag)?.(flags, value === undefined ? '' : (0,_names_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeName */ .P)(value));
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
    // No extra asked for (the usual case): no set and no sort for each of thousands of members.
    if (!sel.allExtras && sel.extras.size === 0)
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


/***/ }),

/***/ 1783:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ startListStaged),
/* harmony export */   t: () => (/* binding */ listStaged)
/* harmony export */ });
/* harmony import */ var _process_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4006);
/* harmony import */ var _git_tree_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(70);
// The one question the workspace load asks git (outside-load.ts, the symlinks
// a member may reach outside itself through), named once so that the action
// can start it before the load: its inputs are the workspace root alone, and
// the load is synchronous, so asked there it blocked main for the whole of
// git's answer. Its own small module: main-start.ts starts it before the rest
// of the step (the workspace model included) is even loaded.


const ARGS = ['ls-files', '--stage', '-z', '--', '.'];
const options = (root) => ({ cwd: root, maxOutput: 256 * 1024 * 1024 });
/** `git ls-files --stage` of the tree under `root`: one `<mode> <object> <stage>\t<path>` record per NUL; undefined outside a git work tree or when git fails. */
function listStaged(root) {
    return (0,_git_tree_js__WEBPACK_IMPORTED_MODULE_1__/* .mayBeGitWorkTree */ .k)(root) ? (0,_process_js__WEBPACK_IMPORTED_MODULE_0__/* .runProcessSync */ .gh)('git', ARGS, options(root)) : undefined;
}
/**
 * Starts listStaged's git child for a workspace expected at `root` (the
 * working directory, where it mostly is): a later listStaged(root) takes its
 * answer, if it is in by then (process.ts startProcessSync). A guess that
 * misses costs one unused child, never a wrong answer. Resolves once git
 * has answered (never rejects); undefined outside a git work tree.
 */
function startListStaged(root) {
    return (0,_git_tree_js__WEBPACK_IMPORTED_MODULE_1__/* .mayBeGitWorkTree */ .k)(root) ? (0,_process_js__WEBPACK_IMPORTED_MODULE_0__/* .startProcessSync */ .RZ)('git', ARGS, options(root)) : undefined;
}


/***/ })

};
