import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 7478:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Z: () => (/* binding */ fingerprintsNeeded),
  Y: () => (/* binding */ startMain)
});

// EXTERNAL MODULE: ./src/env.ts
var src_env = __nccwpck_require__(8204);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __nccwpck_require__(3916);
// EXTERNAL MODULE: ./src/changes/paths.ts
var paths = __nccwpck_require__(2253);
// EXTERNAL MODULE: ./src/workspace/selection.ts
var selection = __nccwpck_require__(5411);
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
/** `sync-args` \u2192 `input 'sync-args'`; `--sync-args` \u2192 `option '--sync-args'`. */
function label(name) {
    return name.startsWith('-') ? `option '${name}'` : `input '${name}'`;
}
/**
 * uv options that would make the saved cache empty or not the one the action
 * placed: a second cache dir, no cache at all, no network (a warm cache
 * restored under an offline flag hides a lock that cannot be installed), or
 * a config file, which can say any of these (`no-cache = true`) where the
 * action does not look. The CLI restores no cache, so only the action
 * refuses them.
 */
const CACHE_DEFEATING_SYNC_ARGS = ['--cache-dir', '--no-cache', '--offline', '--config-file'];
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
    return new errors/* UserError */.y(`${label(name)} contains ${named(arg, option)}, which defeats the uv cache the action restores and saves`, hints[option] ?? "drop it, and set 'cache: false' if you want no GitHub cache");
}
function conflicting(name, arg, option, cli) {
    return new errors/* UserError */.y(`${label(name)} contains ${named(arg, option)}, which conflicts with the members ${cli ? 'the command computes' : 'the action selects'}`, option === '--package' || option === '--all-packages'
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
    return (0,selection/* readSyncArgs */.J1)(args);
}

// EXTERNAL MODULE: ./src/text.ts
var src_text = __nccwpck_require__(8992);
// EXTERNAL MODULE: ./src/workspace/globs.ts + 1 modules
var globs = __nccwpck_require__(1853);
// EXTERNAL MODULE: ./src/workspace/disk-case.ts
var disk_case = __nccwpck_require__(9457);
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
    const words = splitArgs('run', raw);
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
 * action; `working-directory` must stay inside it.
 */
function parseConfig(read, workspace) {
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
        changedFiles: changedFilesRaw.trim() === '' ? undefined : (0,paths/* parseChangedFilesText */.i0)('changed-files', changedFilesRaw).paths,
        base: optional(read('base')),
        head: optional(read('head')),
        ignore: (0,globs/* checkPathFilters */.z4)("input 'ignore'", parseList('ignore', read('ignore'), false)),
        global: (0,globs/* checkPathFilters */.z4)("input 'global'", parseList('global', read('global'), false)),
        syncArgs,
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

// EXTERNAL MODULE: ./src/uv/machine.ts + 1 modules
var machine = __nccwpck_require__(1608);
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
/** Parses the inputs (a UserError when they are wrong) and starts the uv probe. */
function startMain(io) {
    const repoRoot = io.env.GITHUB_WORKSPACE || io.cwd;
    const config = parseConfig((name) => io.getInput(name), repoRoot);
    // Copied as the platform names variables: on Windows the runner spells PATH `Path`.
    const env = (0,src_env/* copyEnv */.x)(io.env, config.pythonVersion ? { UV_PYTHON: config.pythonVersion } : {});
    const probe = config.mode === 'sync' || fingerprintsNeeded(config) ? (0,machine/* probeUv */.S)(config.workingDirectory, env, config.syncArgs.python) : undefined;
    probe?.catch(() => { });
    return { config, env, probe };
}


/***/ }),

/***/ 5242:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   l: () => (/* binding */ runner)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__nccwpck_require__.n(node_os__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(3916);
/* harmony import */ var _report_escape_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(4031);
// The GitHub runner's protocol, spoken by us: workflow commands on stdout
// (`::warning file=\u2026::message`, `::group::`), file commands (GITHUB_OUTPUT,
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
    process.stdout.write(`::${name}${list ? ` ${list}` : ''}::${escapeData(message)}${node_os__WEBPACK_IMPORTED_MODULE_3__.EOL}`);
}
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
const FAILURE_RESERVE = { error: 1, warning: 0, notice: 0 };
const annotated = { error: 0, warning: 0, notice: 0 };
const pastCap = { error: 0, warning: 0, notice: 0 };
function emitAnnotation(level, message, props = {}) {
    command(level, { title: props.title, file: props.file, line: props.startLine }, message);
}
function annotation(level, message, props = {}) {
    // One slot stays for the summary line endStep adds.
    if (annotated[level] < ANNOTATIONS_PER_KIND - 1 - FAILURE_RESERVE[level]) {
        annotated[level]++;
        emitAnnotation(level, message, props);
        return;
    }
    pastCap[level]++;
    if (pastCap[level] <= LOGGED_PAST_CAP) {
        const where = props.file ? ` (${props.file}${props.startLine ? `:${props.startLine}` : ''})` : '';
        process.stdout.write(`${level}${where}: ${(0,_report_escape_js__WEBPACK_IMPORTED_MODULE_5__/* .logText */ .kc)(props.title ? `${props.title}: ${message}` : message)}${node_os__WEBPACK_IMPORTED_MODULE_3__.EOL}`);
    }
}
/** `1,234`. */
function count(n) {
    return n.toLocaleString('en-US');
}
/** The line for the annotations of one kind past the cap. */
function pastCapLine(level, n) {
    const logged = Math.min(n, LOGGED_PAST_CAP);
    const where = logged === n ? `all in the log above as '${level}: \u2026' lines` : `the first ${count(logged)} in the log above as '${level}: \u2026' lines, the other ${count(n - logged)} not printed`;
    return `${count(n)} more ${level}s than GitHub shows in one step: ${where}.`;
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
    const delimiter = `ghadelimiter_${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomUUID)()}`;
    if (name.includes(delimiter) || value.includes(delimiter))
        throw new Error(`the value of ${name} contains the delimiter of ${variable}`);
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_2__.appendFileSync)(file, `${name}<<${delimiter}${node_os__WEBPACK_IMPORTED_MODULE_3__.EOL}${value}${node_os__WEBPACK_IMPORTED_MODULE_3__.EOL}${delimiter}${node_os__WEBPACK_IMPORTED_MODULE_3__.EOL}`, 'utf8');
    }
    catch (error) {
        // The runner's own file: one line that says which, never a stack trace.
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .y(`${variable} (${file}) cannot be written: ${error.code ?? String(error)}`, `the runner gives each step a writable ${variable}; check that no earlier step removed it, changed ${variable} or made its directory read-only`);
    }
    return true;
}
const runner = {
    /** An input as the runner passes it (INPUT_ + the name upper-cased, spaces as `_`), trimmed. */
    getInput(name) {
        return (process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
    },
    info(message) {
        process.stdout.write(`${message}${node_os__WEBPACK_IMPORTED_MODULE_3__.EOL}`);
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
    /** The step fails when it ends; the message is an error annotation, always shown (a slot is kept for it). */
    setFailed(message) {
        process.exitCode = 1;
        emitAnnotation('error', message);
    },
    /** Ends the step's annotations: one more of each kind that went past GitHub's cap, saying how many. */
    endStep() {
        for (const level of ['error', 'warning', 'notice']) {
            if (pastCap[level] > 0)
                emitAnnotation(level, pastCapLine(level, pastCap[level]));
            pastCap[level] = 0;
            annotated[level] = 0;
        }
    },
    /** Appends a block (and a line end) to the job summary; throws when there is none to write (the caller warns). */
    async appendSummary(markdown) {
        const file = process.env.GITHUB_STEP_SUMMARY;
        if (!file)
            throw new Error('GITHUB_STEP_SUMMARY is not set: this runner has no job summary');
        try {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.access)(file, node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.constants.R_OK | node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.constants.W_OK);
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.appendFile)(file, `${markdown}${node_os__WEBPACK_IMPORTED_MODULE_3__.EOL}`, 'utf8');
        }
        catch (error) {
            throw new Error(`GITHUB_STEP_SUMMARY (${file}) cannot be written: ${error.code ?? String(error)}`);
        }
    },
};


/***/ }),

/***/ 8716:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ builtin)
/* harmony export */ });
/* harmony import */ var node_module__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8995);
/* harmony import */ var node_module__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_module__WEBPACK_IMPORTED_MODULE_0__);
// Node's built-in modules that only some runs need, loaded when first used
// instead of with the bundle: node:child_process and node:crypto cost more to
// load (5-12 ms) than most of what a CLI run outside git does.
// process.getBuiltinModule came in Node 20.16; the published CLI accepts every
// Node 20 (package.json engines), where require answers the same.

/** The built-in module `id`, typed by the caller: `builtin<typeof import('node:crypto')>('node:crypto')`. */
function builtin(id) {
    const getBuiltinModule = process.getBuiltinModule;
    return (getBuiltinModule?.(id) ?? (0,node_module__WEBPACK_IMPORTED_MODULE_0__.createRequire)(import.meta.url)(id));
}


/***/ }),

/***/ 2253:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   GA: () => (/* binding */ normalizeChangedPaths),
/* harmony export */   _k: () => (/* binding */ describeAmbiguous),
/* harmony export */   i0: () => (/* binding */ parseChangedFilesText),
/* harmony export */   uh: () => (/* binding */ describeRejected)
/* harmony export */ });
/* unused harmony exports normalizeChangedPath, rejectedError */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3916);
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(8992);
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
    const drive = (windows || (options.backslashes && !asName)) && /^[A-Za-z]:/.test(text);
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
    for (const item of raw) {
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

/***/ 8204:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ envValue),
/* harmony export */   x: () => (/* binding */ copyEnv)
/* harmony export */ });
// Environment variables as the platform names them. On Windows a name is one
// variable in any letter case: the runner's environment spells the search
// path `Path`, and `process.env` there answers `PATH` too. A copy made by
// spreading it (`{ ...process.env }`) is a plain object that does not: it
// holds `Path` only, so `copy.PATH` is undefined, and setting `copy.PATH`
// makes a second variable beside `Path`. Copies made here behave as
// `process.env` does on the platform, so code reading `env.PATH` or setting
// `env.UV_CACHE_DIR` is right on every runner. The platform is a parameter so
// that tests on Linux exercise Windows's rule.
/** The name `name` is stored under in `env`: on Windows any spelling of it, else exactly it. */
function storedName(env, name, platform) {
    if (Object.prototype.hasOwnProperty.call(env, name))
        return name;
    if (platform !== 'win32')
        return undefined;
    const upper = name.toUpperCase();
    return Object.keys(env).find((key) => key.toUpperCase() === upper);
}
/** The value of variable `name` in `env`, looked up as the platform does (any letter case on Windows). */
function envValue(env, name, platform = process.platform) {
    const key = storedName(env, name, platform);
    return key === undefined ? undefined : env[key];
}
/**
 * On Windows, `store` behind a view whose names are case-insensitive: a read
 * finds the variable however it is spelled, and a write replaces it under its
 * existing spelling (`PATH = x` on an env holding `Path` sets `Path`).
 */
function caseInsensitive(store) {
    const key = (name) => (typeof name === 'string' ? (storedName(store, name, 'win32') ?? name) : name);
    return new Proxy(store, {
        get: (target, name) => Reflect.get(target, key(name)),
        set: (target, name, value) => Reflect.set(target, key(name), value === undefined ? undefined : String(value)),
        has: (target, name) => Reflect.has(target, key(name)),
        deleteProperty: (target, name) => Reflect.deleteProperty(target, key(name)),
        getOwnPropertyDescriptor: (target, name) => Reflect.getOwnPropertyDescriptor(target, key(name)),
        defineProperty: (target, name, descriptor) => Reflect.defineProperty(target, key(name), descriptor),
    });
}
/**
 * A copy of `env` with `changes` applied (an undefined value removes the
 * variable), named as the platform names variables: on Windows it is looked
 * up and written in any letter case and never holds two spellings of one
 * name. Copy an environment with this, never by spreading it.
 */
function copyEnv(env, changes = {}, platform = process.platform) {
    const store = {};
    const copy = platform === 'win32' ? caseInsensitive(store) : store;
    for (const name of Object.keys(env)) {
        const value = env[name];
        // Two spellings in a plain object (only a test can hand one over): the first one wins, as for the lookup.
        if (value !== undefined && envValue(copy, name, platform) === undefined)
            copy[name] = value;
    }
    for (const [name, value] of Object.entries(changes)) {
        if (value === undefined)
            delete copy[name];
        else
            copy[name] = value;
    }
    return copy;
}


/***/ }),

/***/ 3916:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ formatError),
/* harmony export */   y: () => (/* binding */ UserError)
/* harmony export */ });
// One error type for everything a user can cause. The shells (main, post, cli)
// print `message` as one line (plus the hint) and never a stack trace.
class UserError extends Error {
    /** What to do about it, printed after the message as `hint: ...`. */
    hint;
    constructor(message, hint) {
        super(message);
        this.name = 'UserError';
        this.hint = hint;
    }
}
/** The one-line form used in logs and annotations. */
function formatError(error) {
    if (error instanceof UserError)
        return error.hint ? `${error.message} (hint: ${error.hint})` : error.message;
    if (error instanceof Error)
        return error.message;
    return String(error);
}


/***/ }),

/***/ 5355:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   LM: () => (/* binding */ resolveExecutable),
/* harmony export */   Qi: () => (/* binding */ ExecutableNotFound),
/* harmony export */   xe: () => (/* binding */ windowsSystemProgram)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _env_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(8204);
// Which file a program name runs: the one place that looks a program up.
// Spawning a bare name leaves the lookup to the platform, and on Windows that
// tries the working directory before PATH: a `git.exe` committed to the
// checkout would run instead of git. So every bare name is resolved here to an
// absolute path from PATH (with PATHEXT's extensions on Windows) before it is
// started, and the working directory, an empty PATH entry or a relative one
// (which mean the working directory too) are never searched.
//
// Node starts a program without a shell, which cannot run a `.cmd` or `.bat`
// file: such a shim is skipped in favour of a real executable later on PATH,
// and when only a shim is found the error names it. The platform is a
// parameter so that tests on Linux exercise Windows's rules.



/** A program that cannot be started by name: not on PATH, or only as a shim that needs a shell. */
class ExecutableNotFound extends Error {
    program;
    shim;
    constructor(program, 
    /** A `.cmd`/`.bat` (or other script) found on PATH before any real executable. */
    shim) {
        super(shim
            ? `${program} on PATH is ${shim}, a script that cannot be started without a shell (no ${program}.exe is on PATH)`
            : `${program} is not on PATH`);
        this.program = program;
        this.shim = shim;
    }
}
/** What Windows appends when PATHEXT is unset. */
const DEFAULT_PATHEXT = '.COM;.EXE;.BAT;.CMD';
/** The extensions Windows starts without a shell; everything else PATHEXT lists needs one. */
const SPAWNABLE = new Set(['.exe', '.com']);
/** PATH's directories that are absolute (quotes Windows tolerates removed); the rest would mean the working directory. */
function searchDirs(env, platform) {
    const rules = platform === 'win32' ? (node_path__WEBPACK_IMPORTED_MODULE_1___default().win32) : (node_path__WEBPACK_IMPORTED_MODULE_1___default().posix);
    return ((0,_env_js__WEBPACK_IMPORTED_MODULE_2__/* .envValue */ .$)(env, 'PATH', platform) ?? '')
        .split(rules.delimiter)
        .map((dir) => (platform === 'win32' ? dir.trim().replace(/^"(.*)"$/, '$1') : dir))
        .filter((dir) => dir !== '' && rules.isAbsolute(dir));
}
/** The file names `name` may have on disk: itself, or on Windows itself with each of PATHEXT's extensions. */
function candidateNames(name, env, platform) {
    if (platform !== 'win32')
        return [name];
    const extensions = ((0,_env_js__WEBPACK_IMPORTED_MODULE_2__/* .envValue */ .$)(env, 'PATHEXT', platform) || DEFAULT_PATHEXT)
        .split(';')
        .map((ext) => ext.trim().toLowerCase())
        .filter((ext) => ext.startsWith('.'));
    // A name that already carries one of them (`tar.exe`) is taken as it is.
    if (extensions.includes(node_path__WEBPACK_IMPORTED_MODULE_1___default().extname(name).toLowerCase()))
        return [name];
    return extensions.map((ext) => `${name}${ext}`);
}
function isProgram(file, platform) {
    try {
        // Windows has no execute bit; elsewhere a file uv could not exec is not uv.
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.accessSync)(file, platform === 'win32' ? node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.F_OK : node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.X_OK);
        // A directory named `git` is "executable" too (searchable); only a file is a program.
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(file).isFile();
    }
    catch {
        return false;
    }
}
/**
 * The absolute path `name` runs from. A name holding a path separator is
 * taken as the caller gave it; a bare name is looked up in PATH only. Throws
 * ExecutableNotFound when nothing on PATH can be started.
 */
function resolveExecutable(name, options = {}) {
    const platform = options.platform ?? process.platform;
    const env = options.env ?? process.env;
    if ((platform === 'win32' ? /[\\/]/ : /\//).test(name))
        return name;
    let shim;
    for (const dir of searchDirs(env, platform)) {
        for (const candidate of candidateNames(name, env, platform)) {
            const file = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, candidate);
            if (!isProgram(file, platform))
                continue;
            if (platform !== 'win32' || SPAWNABLE.has(node_path__WEBPACK_IMPORTED_MODULE_1___default().extname(candidate).toLowerCase()))
                return file;
            shim ??= file;
        }
    }
    throw new ExecutableNotFound(name, shim);
}
/**
 * A program of Windows itself (`taskkill.exe`), from System32 under
 * `SystemRoot`, never from PATH or the working directory.
 */
function windowsSystemProgram(file, env = process.env) {
    const root = (0,_env_js__WEBPACK_IMPORTED_MODULE_2__/* .envValue */ .$)(env, 'SystemRoot', 'win32') || (0,_env_js__WEBPACK_IMPORTED_MODULE_2__/* .envValue */ .$)(env, 'windir', 'win32') || 'C:\\Windows';
    return node_path__WEBPACK_IMPORTED_MODULE_1___default().win32.join(root, 'System32', file);
}


/***/ }),

/***/ 1730:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _action_main_start_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7478);
/* harmony import */ var _action_runner_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(5242);


// The inputs are read and uv is asked (its version, its Python) before the
// rest of the step is loaded: Node compiles most of the bundle while uv
// answers on the other core.
let start;
try {
    start = (0,_action_main_start_js__WEBPACK_IMPORTED_MODULE_0__/* .startMain */ .Y)({ env: process.env, cwd: process.cwd(), getInput: _action_runner_js__WEBPACK_IMPORTED_MODULE_1__/* .runner */ .l.getInput });
}
catch {
    // Inputs that do not parse: runMain reads them again and reports it as the step's error.
}
const { runMain } = await Promise.all(/* import() */[__nccwpck_require__.e(292), __nccwpck_require__.e(579)]).then(__nccwpck_require__.bind(__nccwpck_require__, 2579));
await runMain(undefined, start);

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 4006:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   G$: () => (/* binding */ SpawnError),
/* harmony export */   R3: () => (/* binding */ runProcess),
/* harmony export */   gh: () => (/* binding */ runProcessSync)
/* harmony export */ });
/* unused harmony export treeKillCommand */
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_os__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _builtin_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(8716);
/* harmony import */ var _executable_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(5355);



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
/** The absolute path a program name runs from (the child's PATH is searched); not found is a SpawnError. */
function programPath(file, env) {
    try {
        return (0,_executable_js__WEBPACK_IMPORTED_MODULE_2__/* .resolveExecutable */ .LM)(file, { env: env ?? process.env });
    }
    catch (error) {
        if (error instanceof _executable_js__WEBPACK_IMPORTED_MODULE_2__/* .ExecutableNotFound */ .Qi)
            throw new SpawnError(file, 'ENOENT', error.message);
        throw error;
    }
}
/**
 * The longest partial line held back: a child that writes without a line
 * break (a progress bar, a binary dump) must not grow it without bound, so
 * past this it is handed over as a line of its own.
 */
const MAX_PENDING_LINE = 1024 * 1024;
/** Splits a stream into lines for a callback, holding back a partial last line (up to MAX_PENDING_LINE). */
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
            while (pending.length > MAX_PENDING_LINE) {
                onLine(pending.slice(0, MAX_PENDING_LINE));
                pending = pending.slice(MAX_PENDING_LINE);
            }
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
/**
 * What ends a child and every process it started, where the child's own end
 * does not: on Windows `child.kill` is TerminateProcess on the child alone, so
 * uv's build backends and Python would live on holding the venv's files.
 * taskkill comes from System32, never from PATH. Elsewhere undefined: a
 * signal to the child, or to its process group (`killTree`).
 */
function treeKillCommand(pid, platform = process.platform, env = process.env) {
    if (platform !== 'win32')
        return undefined;
    return { file: (0,_executable_js__WEBPACK_IMPORTED_MODULE_2__/* .windowsSystemProgram */ .xe)('taskkill.exe', env), args: ['/T', '/F', '/PID', String(pid)] };
}
/**
 * Ends the child: with its tree on Windows (taskkill; the child alone when
 * taskkill cannot), with its process group elsewhere when `group` (the child
 * and everything it started that did not leave the group), else the child.
 */
function stop(child, signal, group = false) {
    const command = child.pid === undefined ? undefined : treeKillCommand(child.pid);
    if (command) {
        runProcess(command.file, command.args, { timeoutMs: 30_000, maxOutput: 64 * 1024 })
            .then((result) => result.code === 0 || child.kill(signal))
            .catch(() => child.kill(signal));
        return;
    }
    if (group && child.pid !== undefined) {
        try {
            process.kill(-child.pid, signal);
            return;
        }
        catch {
            // The group is gone already (every member exited): nothing left to end.
        }
    }
    child.kill(signal);
}
/**
 * Ends the child at the timeout; returns a function that cancels the timers
 * and says whether it fired. With `group`, a SIGKILL already due still goes
 * out after the child closed: a grandchild that ignored SIGTERM is still there.
 */
function deadline(kill, options, group = false) {
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
            if (!group)
                clearTimeout(killTimer);
        },
        fired: () => fired,
    };
}
/** Feeds stdout to `consume` chunk by chunk, pausing the child while it works; its first error kills the child. */
function streamStdout(stream, consume, kill) {
    let failed;
    stream.on('data', (chunk) => {
        if (failed)
            return;
        const fail = (error) => {
            failed ??= { error };
            kill();
        };
        try {
            const pending = consume(chunk);
            if (!pending)
                return;
            stream.pause();
            pending.then(() => stream.resume(), fail);
        }
        catch (error) {
            fail(error);
        }
    });
    return { failure: () => failed };
}
/**
 * node:child_process, loaded when a first child starts: loading it costs
 * more (8-12 ms) than most of what a CLI run outside git does, and
 * `affected --files` there starts no child at all.
 */
const childProcess = () => (0,_builtin_js__WEBPACK_IMPORTED_MODULE_1__/* .builtin */ .S)('node:child_process');
/** Starts the child, its stdin handed to `onStdin` when there is one. */
function start(file, args, options, group) {
    const program = programPath(file, options.env);
    const spawnOptions = { cwd: options.cwd, env: options.env, detached: group };
    const { spawn } = childProcess();
    const child = options.onStdin ? spawn(program, [...args], { ...spawnOptions, stdio: 'pipe' }) : spawn(program, [...args], { ...spawnOptions, stdio: ['ignore', 'pipe', 'pipe'] });
    if (child.pid !== undefined)
        options.onSpawn?.(child.pid);
    if (options.onStdin && child.stdin) {
        // EPIPE once the child has exited or closed its stdin; the exit status is the answer.
        child.stdin.on('error', () => { });
        options.onStdin(child.stdin);
    }
    return child;
}
/**
 * Runs `file args`; resolves with the exit status and output, whatever it is;
 * rejects with SpawnError, or with what `onStdoutData` threw.
 */
function runProcess(file, args, options = {}) {
    // The global `performance` (node:perf_hooks' own), set up on first use rather than with the bundle.
    const started = performance.now();
    const max = options.maxOutput ?? DEFAULT_MAX_OUTPUT;
    return new Promise((resolve, reject) => {
        const group = options.killTree === true && process.platform !== 'win32';
        const child = start(file, args, options, group);
        const stdout = collector(max, options.onStdoutLine);
        const stderr = collector(max, options.onStderrLine);
        const raw = options.onStdoutData ? streamStdout(child.stdout, options.onStdoutData, () => stop(child, 'SIGKILL', group)) : undefined;
        if (!raw) {
            child.stdout.setEncoding('utf8');
            child.stdout.on('data', (chunk) => stdout.push(chunk));
        }
        child.stderr.setEncoding('utf8');
        child.stderr.on('data', (chunk) => stderr.push(chunk));
        const timer = deadline((signal) => stop(child, signal, group), options, group);
        child.on('error', (error) => {
            timer.cancel();
            reject(new SpawnError(file, error.code, error.code === 'ENOENT' ? 'no such file' : error.message));
        });
        // A killed child can leave a grandchild (a build backend, `uv run`'s
        // program) holding the pipes open; do not wait for it forever. (Raw
        // stdout is left to its consumer, which may still be writing the last
        // chunks the child wrote before it exited.)
        child.on('exit', () => {
            setTimeout(() => {
                if (!raw)
                    child.stdout.destroy();
                child.stderr.destroy();
            }, 2_000).unref();
        });
        // 'close' (not 'exit') so that all output has been read.
        child.on('close', (code, signal) => {
            timer.cancel();
            stdout.end();
            stderr.end();
            const failure = raw?.failure();
            if (failure) {
                reject(failure.error);
                return;
            }
            const signalNumber = signal ? (node_os__WEBPACK_IMPORTED_MODULE_0__.constants.signals[signal] ?? 0) : 0;
            resolve({
                code: code ?? 128 + signalNumber,
                ...(signal ? { signal } : {}),
                ...(timer.fired() ? { timedOut: true } : {}),
                ...(stdout.truncated || stderr.truncated ? { truncated: true } : {}),
                stdout: stdout.text(),
                stderr: stderr.text(),
                durationMs: performance.now() - started,
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
    let program;
    try {
        program = programPath(file, undefined);
    }
    catch {
        return undefined;
    }
    const result = childProcess().spawnSync(program, [...args], { cwd: options.cwd, stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: options.maxOutput ?? DEFAULT_MAX_OUTPUT });
    if (result.error || result.status !== 0)
        return undefined;
    return result.stdout;
}


/***/ }),

/***/ 9834:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ readBoundedText)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3916);
// The one reader of files a repository or the runner hands us (pyproject.toml,
// uv.toml, uv.lock, .python-version, the event payload). A pull request can
// commit a symlink to /dev/zero or a FIFO named pyproject.toml; reading that
// would never end. So a file is read only when it is a regular file (after
// following symlinks), and never past MAX_READ_BYTES, with one clear error.


/** 64 MiB: a uv.lock of a thousand-member workspace is a few MB; nothing legitimate comes near. */
const MAX_READ_BYTES = 64 * 1024 * 1024;
function kindOf(stat) {
    if (stat.isDirectory())
        return 'a directory';
    if (stat.isCharacterDevice())
        return 'a character device';
    if (stat.isBlockDevice())
        return 'a block device';
    if (stat.isFIFO())
        return 'a named pipe';
    if (stat.isSocket())
        return 'a socket';
    return 'not a regular file';
}
/**
 * Reads `file` as UTF-8, with CRLF line ends made LF: the form git stores a
 * text file in, so a Windows checkout (`core.autocrlf=true`) reads, compares
 * and hashes as an LF one does. Missing files (ENOENT, ENOTDIR) and directories
 * give undefined, as before; anything else that is not a regular file, or a
 * file larger than `limit`, is a UserError naming `shown` (the path as the
 * user knows it).
 */
function readBoundedText(file, shown = file, limit = MAX_READ_BYTES) {
    let fd;
    try {
        // Open first and ask the descriptor what it is: one path lookup instead of
        // two (stat, then open), which at 2000 pyproject.toml files shows. A FIFO
        // opened with O_NONBLOCK does not wait for a writer; O_NOCTTY keeps a tty
        // from becoming ours. Both are refused below before any read.
        fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(file, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY | (node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NONBLOCK ?? 0) | (node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NOCTTY ?? 0));
    }
    catch (error) {
        const code = error.code;
        if (code === 'ENOENT' || code === 'ENOTDIR' || code === 'ELOOP')
            return undefined;
        // A socket (ENXIO) or a file we may not open: say what it is, as before.
        return readByPath(file, shown, limit, error);
    }
    try {
        return readOpen(fd, (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fstatSync)(fd), shown, limit);
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
    }
}
/** Where opening failed: the path's kind makes the message, else the open's own error stands. */
function readByPath(file, shown, limit, openError) {
    let stat;
    try {
        stat = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(file);
    }
    catch {
        throw openError;
    }
    if (stat.isDirectory())
        return undefined;
    checkKind(stat, shown, limit);
    throw openError;
}
function checkKind(stat, shown, limit) {
    if (!stat.isFile())
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y(`${shown} is ${kindOf(stat)}, not a regular file; refusing to read it`, 'commit a regular file there');
    if (stat.size > limit)
        throw tooBig(shown, limit);
}
function tooBig(shown, limit) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y(`${shown} is larger than ${Math.round(limit / (1024 * 1024))} MiB; refusing to read it`, 'check that this is the file you meant to commit');
}
/** Small files are read into this one buffer (then decoded): a buffer per file made reading 2000 pyproject.toml files GC-bound. */
const SHARED = Buffer.allocUnsafe(64 * 1024);
function readOpen(fd, stat, shown, limit) {
    if (stat.isDirectory())
        return undefined;
    checkKind(stat, shown, limit);
    // Read through the descriptor, never past the limit: a file may grow (or be a /proc file reporting size 0).
    const chunks = [];
    let total = 0;
    // The first read asks for one byte more than stat reported, so a file that
    // has not grown is read in one call.
    let want = Math.min(stat.size + 1, limit + 1);
    for (;;) {
        const chunk = chunks.length === 0 && want <= SHARED.length ? SHARED : Buffer.allocUnsafe(want);
        const n = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(fd, chunk, 0, want, null);
        if (n === 0)
            break;
        chunks.push(chunk.subarray(0, n));
        total += n;
        if (total > limit)
            throw tooBig(shown, limit);
        // A short read once stat's size is in is the end of a regular file. A
        // file reporting size 0 (/proc) may answer a page at a time: read on.
        if (n < want && stat.size > 0 && total >= stat.size)
            break;
        want = Math.min(1024 * 1024, limit + 1 - total);
    }
    // Decoded before SHARED is used again; concat copies it when there are several chunks.
    const text = (chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, total)).toString('utf8');
    return text.includes('\r\n') ? text.replace(/\r\n/g, '\n') : text;
}


/***/ }),

/***/ 4031:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   X1: () => (/* binding */ escapeText),
/* harmony export */   aY: () => (/* binding */ code),
/* harmony export */   kc: () => (/* binding */ logText)
/* harmony export */ });
/* unused harmony exports terminalText, safeJson, terminalLines */
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8992);
// The one escaping function for text that comes from files or uv (paths,
// member names, reasons, uv's messages) on its way into the job summary.
//
// The summary is GitHub-flavoured markdown with HTML in it, and the same text
// can land in a markdown table cell, an HTML element or a <summary>. Numeric
// character references are inert in all three places: they are never a tag,
// never a cell separator and never markdown syntax, so one function serves
// every context and a path like `<img src=x>` or `| x |` shows as typed.

const ENTITIES = {
    '&': '&amp;',
    '<': '&lt;',
    '>': '&gt;',
    '"': '&quot;',
    "'": '&#39;',
    // A `|` would end a table cell.
    '|': '&#124;',
    // Markdown syntax: emphasis, code spans, links/images, strikethrough,
    // headings, escapes. `!`, `(` and `)` only matter next to `[`, which is
    // escaped, so they stay readable.
    '\\': '&#92;',
    '`': '&#96;',
    '*': '&#42;',
    _: '&#95;',
    '[': '&#91;',
    ']': '&#93;',
    '~': '&#126;',
    '#': '&#35;',
    // GitHub turns `@name` into a mention that notifies someone.
    '@': '&#64;',
    // `$` starts GitHub's math rendering.
    $: '&#36;',
};
const SPECIAL = /[&<>"'|\\`*_[\]~#@$]/g;
/**
 * Makes `text` render literally in markdown, HTML and table cells. Line
 * breaks become `<br>` so a multi-line uv message stays inside its cell;
 * other control characters (ANSI escapes included) are dropped.
 */
function escapeText(text) {
    return ((0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .stripAnsi */ .aJ)(text)
        .replace(SPECIAL, (c) => ENTITIES[c])
        // `:name:` is an emoji shortcode on GitHub (`a:b:c` would show a \ud83c\udd71\ufe0f).
        .replace(/:(?=\S)/g, '&#58;')
        // A line that starts like a list item, heading underline or quote
        // would become one when the text stands on its own line.
        .replace(/^(\s*)([-+=](?=[-+=\s]|$)|\d(?=\d{0,8}[.)](?:\s|$)))/, (_, space, c) => `${space}&#${c.charCodeAt(0)};`)
        .replace(/\r\n|\r|\n/g, '<br>')
        .replace(/[\x00-\x08\x0b-\x1f\x7f]/g, '')
        .replace(/\t/g, ' '));
}
/** `text` as inline code (escaped, so it can't close the element early). */
function code(text) {
    return `<code>${escapeText(text)}</code>`;
}
// ---------------------------------------------------------------------------
// Log lines and terminals. The runner reads every stdout line of a step as a
// possible workflow command: `::name::` at the start of a line (leading
// whitespace trimmed) and the legacy `##[name]` anywhere in it. A member
// name, file name or uv message holding a newline then `::add-mask::`,
// `::stop-commands::` or `::warning file=\u2026::` would forge one. A terminal
// obeys ESC sequences (OSC 0 sets the title, OSC 8 makes links, CSI moves
// the cursor) and C1 controls. So text from the repository, the event or uv
// passes through logText (the action's log) or terminalText (the CLI) on its
// way out.
/** Line breaks as uv, JavaScript and Unicode know them. */
const LINE_BREAKS = /\r\n|[\n\r\v\f\x85\u2028\u2029]/g;
/** ESC sequences: CSI (`ESC [ \u2026 final`), OSC/DCS/APC/PM/SOS (up to BEL or ST), and two-byte ones. */
const ESC_SEQUENCES = /\x1b(?:\[[0-?]*[ -/]*[@-~]|[\]PX^_][^\x07\x1b]*(?:\x07|\x1b\\)?|[@-Z\\-_]?)/g;
const SGR = /^\x1b\[[0-9;]*m$/;
/** C0 (but tab), DEL, C1 (8-bit CSI/OSC in a UTF-8 terminal), bidi overrides that reorder what is shown. */
const CONTROLS = /[\x00-\x08\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]/g;
function visible(c) {
    return `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`;
}
/** One pass over all three, so a kept colour's ESC is not then taken for a stray control. */
const ANY = new RegExp(`${ESC_SEQUENCES.source}|${LINE_BREAKS.source}|${CONTROLS.source}`, 'g');
const LINE_BREAK = new RegExp(`^(?:${LINE_BREAKS.source})$`);
/** Every character any of them starts with: a text without one (most of them) is returned as it is. */
const SUSPECT = /[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;
function neutralise(text, keepColour) {
    if (!SUSPECT.test(text))
        return text;
    return text.replace(ANY, (match) => {
        if (match.startsWith('\x1b'))
            return keepColour && SGR.test(match) ? match : '';
        if (LINE_BREAK.test(match))
            return '\\n';
        return match.charCodeAt(0) < 0x100 ? visible(match) : `\\u${match.charCodeAt(0).toString(16)}`;
    });
}
// U+2060 WORD JOINER: invisible, not whitespace to the runner's TrimStart,
// so `\u2060::warning::` is shown as typed but is no command.
const JOINER = '\u2060';
/**
 * One line of the action's log carrying untrusted text: line breaks become a
 * visible `\n`, control characters and ESC sequences other than colours go
 * (colour is kept: GitHub renders it), and neither `::` at the start nor
 * `##[` anywhere can start a workflow command. Use for whole lines, or for
 * pieces that end up at the start of one.
 */
function logText(text) {
    return neutralise(text, true)
        .replace(/##\[/g, `##${JOINER}[`)
        .replace(/^(\s*)::/, `$1${JOINER}::`);
}
/** Untrusted text for a terminal (the CLI's tables and messages): no ESC sequence, no control character survives. */
function terminalText(text) {
    return neutralise(text, false);
}
/**
 * JSON for stdout: JSON.stringify escapes C0 but leaves C1 controls, bidi
 * overrides and U+2028/2029 raw; they are escaped too (the value is the same).
 */
function safeJson(value, space) {
    return JSON.stringify(value, null, space).replace(/[\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
/**
 * What terminalLines could change in a text split at `\n`: SUSPECT but tab
 * and `\n` (which the slow path leaves as they are), so that `\n` is the only
 * line break left for `^` in COMMAND_AT_LINE_START.
 */
const LINES_SUSPECT = /[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;
/** `::` at the start of a line, after whitespace; it may match across lines, never miss one. */
const COMMAND_AT_LINE_START = /^\s*::/m;
/**
 * Whole output of the CLI (tables, messages), line by line: each line as
 * terminalText, and no line can start a workflow command when the CLI runs
 * inside a CI step. JSON written through safeJson passes unchanged (its
 * lines start with a bracket, a brace or spaces and a quote).
 */
function terminalLines(text) {
    // Most output (all JSON, most tables) has no suspect character and no line
    // starting with `::`: returned as it is, not split into lines (the JSON of
    // 2000 members is 50000 lines).
    if (!LINES_SUSPECT.test(text) && (!text.includes('::') || !COMMAND_AT_LINE_START.test(text)))
        return text;
    return text
        .split('\n')
        .map((line) => terminalText(line).replace(/^(\s*)::/, `$1${JOINER}::`))
        .join('\n');
}


/***/ }),

/***/ 8992:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Kt: () => (/* binding */ compareStrings),
/* harmony export */   MA: () => (/* binding */ sortedStrings),
/* harmony export */   ZH: () => (/* binding */ capitalize),
/* harmony export */   aJ: () => (/* binding */ stripAnsi),
/* harmony export */   by: () => (/* binding */ by),
/* harmony export */   qi: () => (/* binding */ posixRelative),
/* harmony export */   u7: () => (/* binding */ jsonStringList)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3916);
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

/***/ 1608:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  S: () => (/* binding */ probeUv)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/process.ts
var process = __nccwpck_require__(4006);
// EXTERNAL MODULE: ./src/read-file.ts
var read_file = __nccwpck_require__(9834);
;// CONCATENATED MODULE: ./src/uv/python.ts
// Which Python the venv will use, for the cache key: wheels differ per
// interpreter (implementation, minor version, free-threading), so a cache made
// for CPython 3.12 is mostly dead weight for 3.11 or PyPy. The patch version
// is left out on purpose: wheels are tagged by minor version, and a runner
// image bumping 3.12.4 to 3.12.5 must not throw every cache away.



/** The trimmed stdout of a probe, or undefined when it could not run or failed (the key then says less, never wrong). */
async function run(file, args, cwd, env) {
    const result = await (0,process/* runProcess */.R3)(file, args, { cwd, env, timeoutMs: 60_000, maxOutput: 1024 * 1024 }).catch(() => undefined);
    return result && result.code === 0 && !result.timedOut ? result.stdout.trim() : undefined;
}
/**
 * Implementation, minor version and free-threading, from `sys` alone: a
 * free-threaded build has `t` in its ABI flags (PEP 703). `sysconfig` (12 ms
 * to import on 3.12) only where `sys.abiflags` is missing (Windows before 3.14).
 */
const PROBE = 'import sys; f = getattr(sys, "abiflags", None); t = ("t" in f) if f is not None else __import__("sysconfig").get_config_var("Py_GIL_DISABLED"); print(sys.implementation.name, "%d.%d%s" % (sys.version_info[0], sys.version_info[1], "t" if t else ""))';
/**
 * The probe's answer. `-I -S` (isolated, no `site`) halves the interpreter's
 * start, the probe needs nothing site adds; an interpreter that cannot start
 * so (one that needs PYTHONHOME, which -I ignores) is asked plainly.
 */
async function askInterpreter(interpreter, cwd, env) {
    return (await run(interpreter, ['-I', '-S', '-c', PROBE], cwd, env)) ?? (await run(interpreter, ['-c', PROBE], cwd, env));
}
/** `cpython@3.12`, `pypy3.10`, `3.13t`, `>=3.11` \u2192 what the request pins, as far as it does. */
function pythonFromRequest(request) {
    const m = /^\s*(cpython|pypy|graalpy|python|cp|pp)?[@-]?(?:[<>=~!]=?)?\s*(\d+\.\d+)(?:\.\d+)?(t?)/i.exec(request);
    if (!m)
        return undefined;
    const impl = (m[1] ?? '').toLowerCase();
    const implementation = impl === 'pypy' || impl === 'pp' ? 'pypy' : impl === 'graalpy' ? 'graalpy' : 'cpython';
    return { implementation, version: `${m[2]}${m[3] ?? ''}` };
}
/**
 * The interpreter uv would pick for the workspace (it honours a `--python`
 * request from sync-args, then UV_PYTHON, `.python-version` and
 * `requires-python`), asked from that interpreter itself; falls back to the
 * request (`--python`, the `python-version` input or `.python-version`), else
 * `unknown` \u2014 a key that is merely less precise, never a failure.
 */
async function pythonForKey(uvPath, workspaceRoot, env, request) {
    const interpreter = await run(uvPath, ['python', 'find', ...(request ? [request] : [])], workspaceRoot, env);
    if (interpreter) {
        const out = await askInterpreter(interpreter, workspaceRoot, env);
        const m = out && /^(\S+) (\d+\.\d+t?)$/.exec(out);
        if (m)
            return { implementation: m[1].toLowerCase(), version: m[2] };
    }
    const requested = request ?? env.UV_PYTHON ?? (0,read_file/* readBoundedText */.H)(external_node_path_default().join(workspaceRoot, '.python-version'), '.python-version', 64 * 1024);
    return (requested && pythonFromRequest(requested)) || { implementation: 'unknown', version: 'unknown' };
}

// EXTERNAL MODULE: ./src/uv/version.ts
var uv_version = __nccwpck_require__(1495);
;// CONCATENATED MODULE: ./src/uv/machine.ts
// uv and the Python it picks for the workspace, asked once per step: the
// member fingerprints and the cache key name the same interpreter, and
// `uv python find` (slow where a Python manager's shims sit on PATH) runs once.


/**
 * `env` is the environment uv will run in (UV_PYTHON from the
 * python-version input included); `request` is a `--python` from sync-args.
 * Without uv the Python falls back to the request (pythonForKey).
 */
async function probeUv(workspaceRoot, env, request) {
    let path;
    let problem;
    try {
        path = (0,uv_version/* findUv */.d4)(env);
    }
    catch (error) {
        problem = error;
    }
    // `uv python find` needs uv's path, not its version: both run at once
    // (`uv python find` is the slow one), not one after the other.
    const version = path === undefined ? undefined : (0,uv_version/* uvVersion */.ez)(path, env);
    const python = pythonForKey(path ?? 'uv', workspaceRoot, env, request);
    // Both awaited below (a failed version becomes the problem); a rejection must not go unhandled while the other runs.
    for (const p of [version, python])
        p?.catch(() => { });
    let uv;
    if (path !== undefined && version) {
        try {
            uv = { path, version: await version };
        }
        catch (error) {
            problem = error;
        }
    }
    return { ...(uv ? { uv } : { problem }), python: await python };
}


/***/ }),

/***/ 1495:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Rm: () => (/* binding */ REPEATED_PACKAGE_SINCE),
/* harmony export */   d4: () => (/* binding */ findUv),
/* harmony export */   ez: () => (/* binding */ uvVersion),
/* harmony export */   xe: () => (/* binding */ supportsRepeatedPackage)
/* harmony export */ });
/* unused harmony exports parseUvVersion, compareVersions, supportsPruneForce */
/* harmony import */ var _process_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4006);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3916);
/* harmony import */ var _executable_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(5355);
// Which uv we run and what it can do. Feature gates are named after the
// feature, with the release that introduced it (from uv's CHANGELOG).



/** `uv 0.13.9 (abc123 2026-01-01)`, `uv 0.8.0`, `uv 0.13.9 (x86_64-unknown-linux-gnu)` \u2192 `0.13.9`; undefined if not uv's. */
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
/**
 * Absolute path of the `uv` the step runs: the first on the environment's PATH
 * (the runner's PATH after setup-uv), `uv.exe` on Windows.
 */
function findUv(env, platform = process.platform) {
    try {
        return (0,_executable_js__WEBPACK_IMPORTED_MODULE_2__/* .resolveExecutable */ .LM)('uv', { env, platform });
    }
    catch (error) {
        if (!(error instanceof _executable_js__WEBPACK_IMPORTED_MODULE_2__/* .ExecutableNotFound */ .Qi))
            throw error;
        if (error.shim)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y(error.message, 'put uv.exe on PATH before this step: astral-sh/setup-uv installs it');
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y('uv is not on PATH', 'add astral-sh/setup-uv before this step');
    }
}
/** Runs `uv --version` and returns the version (`0.13.9`). */
async function uvVersion(uvPath, env = process.env) {
    let detail;
    const result = await (0,_process_js__WEBPACK_IMPORTED_MODULE_0__/* .runProcess */ .R3)(uvPath, ['--version'], { env, timeoutMs: 60_000, maxOutput: 64 * 1024 }).catch((error) => {
        detail = error instanceof Error ? error.message : String(error);
        return undefined;
    });
    const version = result ? parseUvVersion(result.stdout) : undefined;
    if (version && !atLeast(version, OLDEST_SUPPORTED)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y(`uv ${version} at ${uvPath} is older than ${OLDEST_SUPPORTED}, the oldest uv this action supports`, `install a newer uv before this step, e.g. astral-sh/setup-uv with \`version: ">=${OLDEST_SUPPORTED}"\``);
    }
    if (version)
        return version;
    if (result && result.timedOut)
        detail = 'it did not answer within 60 s';
    else if (result && result.code !== 0)
        detail = `it exited with code ${result.code}`;
    detail ??= `it printed ${JSON.stringify((result?.stdout || result?.stderr || '').trim().slice(0, 80))}`;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y(`could not read the version of uv at ${uvPath}: ${detail}`, 'check that the uv on PATH runs: `uv --version`');
}


/***/ }),

/***/ 9457:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   m: () => (/* binding */ isCaseInsensitive),
/* harmony export */   u: () => (/* binding */ diskCase)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
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
        return node_fs__WEBPACK_IMPORTED_MODULE_0___default().lstatSync(p, { bigint: true });
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
/** The stored spelling of `name` in `dir`, or undefined when the file system does not find it. */
function storedName(dir, name, listings) {
    const names = entries(dir, listings);
    if (names === undefined || names.has(name))
        return name;
    // Keyed apart from the directories (a NUL is in no path): `Packages` asked once for 500 members under it.
    const key = `${dir}\0${name}`;
    if (!listings.has(key))
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

/***/ 865:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
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
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
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
var errors = __nccwpck_require__(3916);
// EXTERNAL MODULE: ./src/text.ts
var src_text = __nccwpck_require__(8992);
// EXTERNAL MODULE: ./src/workspace/glob-nfa.ts
var glob_nfa = __nccwpck_require__(865);
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
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
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
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   J1: () => (/* binding */ readSyncArgs),
/* harmony export */   X$: () => (/* binding */ configSettingsFor),
/* harmony export */   bj: () => (/* binding */ installsEditable),
/* harmony export */   f$: () => (/* binding */ rootGroupSelected),
/* harmony export */   fV: () => (/* binding */ groupSelected),
/* harmony export */   k3: () => (/* binding */ NO_SYNC_ARGS),
/* harmony export */   lL: () => (/* binding */ selectedExtras)
/* harmony export */ });
/* harmony import */ var _names_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(2165);

/** The one reading of already-split sync arguments (the action's and the CLI's guard ran before). */
function readSyncArgs(argv = []) {
    const python = pythonRequest(argv);
    const build = buildFlags(argv);
    return { argv: [...argv], selection: parseSyncSelection(argv), inexact: argv.includes('--inexact'), ...(python ? { python } : {}), ...build };
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

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 5317:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");

/***/ }),

/***/ 6982:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 4589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 6698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 7540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 4708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");

/***/ }),

/***/ 8995:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:module");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:process");

/***/ }),

/***/ 1792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 6466:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream/promises");

/***/ }),

/***/ 1692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 3429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 6928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 2203:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream");

/***/ }),

/***/ 3193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 3557:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 2018:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tty");

/***/ }),

/***/ 7016:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("url");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(1730);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
