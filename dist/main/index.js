import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 3734:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ sameProbe),
/* harmony export */   e: () => (/* binding */ startEarlyProbe)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _env_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(8204);
/* harmony import */ var _uv_machine_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(4802);
/* harmony import */ var _input_env_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(2036);
// The uv probe (`uv --version`, `uv python find`), started by src/main.ts
// before the inputs' parser and the runner's code are even loaded: on a warm
// step `uv python find` is the longest wait of main, so every millisecond it
// starts sooner is one the step ends sooner. It is asked with what the
// inputs would give it only when that is plain from their raw values (the
// default working directory, the python-version input as given); startMain
// uses it only when the parsed inputs ask exactly the same (sameProbe), and
// asks again otherwise, so a wrong guess costs a wasted probe, never a wrong answer.




/**
 * Starts the probe of a sync step in the default working directory;
 * undefined for any other (a detect step may need no uv at all, and a
 * working directory is asked from only once parseConfig has checked that it
 * stays inside GITHUB_WORKSPACE).
 */
function startEarlyProbe(env, cwd) {
    const mode = (0,_input_env_js__WEBPACK_IMPORTED_MODULE_2__/* .inputFromEnv */ .y)(env, 'mode');
    const dir = (0,_input_env_js__WEBPACK_IMPORTED_MODULE_2__/* .inputFromEnv */ .y)(env, 'working-directory');
    if ((mode !== '' && mode !== 'sync') || (dir !== '' && dir !== '.'))
        return undefined;
    const root = node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(env.GITHUB_WORKSPACE || cwd);
    const pythonVersion = (0,_input_env_js__WEBPACK_IMPORTED_MODULE_2__/* .inputFromEnv */ .y)(env, 'python-version') || undefined;
    const probe = (0,_uv_machine_js__WEBPACK_IMPORTED_MODULE_1__/* .probeUv */ .S)(root, (0,_env_js__WEBPACK_IMPORTED_MODULE_3__/* .copyEnv */ .x)(env, pythonVersion ? { UV_PYTHON: pythonVersion } : {}));
    probe.catch(() => { });
    return { root, pythonVersion, probe };
}
/** Whether `early` asked what startMain would ask for these inputs: the same directory, UV_PYTHON and `--python` request. */
function sameProbe(early, config) {
    return early.root === config.workingDirectory && early.pythonVersion === config.pythonVersion && config.syncArgs.python === undefined;
}


/***/ }),

/***/ 2036:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   y: () => (/* binding */ inputFromEnv)
/* harmony export */ });
// How the runner hands a step its inputs: the variable INPUT_ + the input's
// name upper-cased, spaces as `_`. A module of its own so that the entries'
// first lines (main's early uv probe, post's gate) read an input without
// loading the runner's code.
/** Input `name` as the runner passes it in `env`, trimmed; '' when unset. */
function inputFromEnv(env, name) {
    return (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
}


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
/* harmony import */ var _action_early_probe_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3734);

// uv is asked (its version, its Python) first, before the inputs' parser is
// even loaded (action/early-probe.ts); then the inputs are read, and only
// then is the rest of the step loaded: Node compiles the bundle while uv
// answers on the other core.
let early;
try {
    early = (0,_action_early_probe_js__WEBPACK_IMPORTED_MODULE_0__/* .startEarlyProbe */ .e)(process.env, process.cwd());
}
catch {
    // Nothing is lost: startMain asks uv itself.
}
const [{ startMain }, { runner }] = await Promise.all([__nccwpck_require__.e(/* import() */ 446).then(__nccwpck_require__.bind(__nccwpck_require__, 1446)), __nccwpck_require__.e(/* import() */ 242).then(__nccwpck_require__.bind(__nccwpck_require__, 5242))]);
let start;
try {
    start = startMain({ env: process.env, cwd: process.cwd(), getInput: runner.getInput }, early);
}
catch {
    // Inputs that do not parse: runMain reads them again and reports it as the step's error.
}
const { runMain } = await Promise.all(/* import() */[__nccwpck_require__.e(292), __nccwpck_require__.e(446), __nccwpck_require__.e(659)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9659));
await runMain(undefined, start);

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 4006:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   G$: () => (/* binding */ SpawnError),
/* harmony export */   R3: () => (/* binding */ runProcess),
/* harmony export */   RZ: () => (/* binding */ startProcessSync),
/* harmony export */   gh: () => (/* binding */ runProcessSync)
/* harmony export */ });
/* unused harmony export treeKillCommand */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _builtin_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(8716);
/* harmony import */ var _executable_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(5355);





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
        return (0,_executable_js__WEBPACK_IMPORTED_MODULE_4__/* .resolveExecutable */ .LM)(file, { env: env ?? process.env });
    }
    catch (error) {
        if (error instanceof _executable_js__WEBPACK_IMPORTED_MODULE_4__/* .ExecutableNotFound */ .Qi)
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
    return { file: (0,_executable_js__WEBPACK_IMPORTED_MODULE_4__/* .windowsSystemProgram */ .xe)('taskkill.exe', env), args: ['/T', '/F', '/PID', String(pid)] };
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
const childProcess = () => (0,_builtin_js__WEBPACK_IMPORTED_MODULE_3__/* .builtin */ .S)('node:child_process');
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
            const signalNumber = signal ? (node_os__WEBPACK_IMPORTED_MODULE_1__.constants.signals[signal] ?? 0) : 0;
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
/** What runProcessSync's answer depends on: the program as named, its arguments, its directory and the output bound. */
function syncKey(file, args, options) {
    return JSON.stringify([file, args, options.cwd ?? '', options.maxOutput ?? DEFAULT_MAX_OUTPUT]);
}
/** runProcessSync answers started early, by syncKey. */
const early = new Map();
let cleanupSet = false;
/** Removes an early child's output file (a leftover in the temp directory is harmless), and stops it if it still runs. */
function discard(child) {
    if (!child.exited)
        child.child?.kill();
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.unlinkSync)(child.file);
    }
    catch {
        // nothing to do
    }
}
/** The answer an early child gives runProcessSync: its stdout, unless it failed or wrote more than `max` bytes. */
function answerOf(child, max) {
    try {
        const out = child.exited?.ok ? (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(child.file) : undefined;
        return out && out.length <= max ? out : undefined;
    }
    catch {
        return undefined;
    }
    finally {
        discard(child);
    }
}
/**
 * A new file name in the temp directory, for one early child's stdout. One
 * file opened exclusively (`wx`: never one that is there, nor a symlink
 * planted in its place) and readable by this user alone, rather than a
 * private directory holding it: mkdtemp and a recursive removal cost main
 * several milliseconds of a warm step where an open and an unlink cost a
 * tenth of one.
 */
function earlyFile() {
    // Math.random, not node:crypto, which the CLI (it loads this module too) loads only to hash: `wx` refuses whatever is there already.
    return node_path__WEBPACK_IMPORTED_MODULE_2___default().join((0,node_os__WEBPACK_IMPORTED_MODULE_1__.tmpdir)(), `uvws-early-${process.pid}-${Math.random().toString(36).slice(2)}`);
}
/**
 * Starts now, without blocking the event loop, what a later runProcessSync
 * with the same arguments asks (a synchronous caller, such as the workspace
 * load, whose inputs are known before it runs), so that it answers on
 * another core meanwhile. Its stdout goes to a file, not a pipe: a busy
 * main thread would read a pipe only between its tasks, 64 KiB at a time,
 * and git would wait for it. runProcessSync takes the answer if the child
 * has exited by then (once: a second call runs the child again) and else
 * runs the child itself. The answer is what runProcessSync would return:
 * stdout as bytes, undefined when the child could not start, failed, or
 * printed more than maxOutput bytes. Resolves, never rejects, once the
 * child has exited.
 */
function startProcessSync(file, args, options = {}) {
    const key = syncKey(file, args, options);
    const previous = early.get(key);
    if (previous)
        discard(previous);
    let child;
    let fd;
    try {
        child = { file: earlyFile() };
        fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(child.file, 'wx', 0o600);
    }
    catch {
        // No temp directory to write to: runProcessSync runs the child itself.
        return Promise.resolve();
    }
    // One that no caller took (the workspace was not where it was expected) leaves no file behind.
    if (!cleanupSet)
        process.once('exit', () => early.forEach(discard));
    cleanupSet = true;
    early.set(key, child);
    return new Promise((resolve) => {
        const settle = (ok) => {
            child.exited ??= { ok };
            resolve();
        };
        try {
            const started = childProcess().spawn(programPath(file, undefined), [...args], { cwd: options.cwd, stdio: ['ignore', fd, 'ignore'] });
            child.child = started;
            started.on('error', () => settle(false));
            started.on('exit', (code) => settle(code === 0));
        }
        catch {
            settle(false);
        }
        finally {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
        }
    });
}
/**
 * The same for the few synchronous callers (the workspace model is loaded
 * synchronously): stdout only, as bytes; undefined when the child could not
 * start, failed, or printed more than maxOutput bytes.
 */
function runProcessSync(file, args, options = {}) {
    if (early.size > 0) {
        const key = syncKey(file, args, options);
        const started = early.get(key);
        early.delete(key);
        if (started?.exited)
            return answerOf(started, options.maxOutput ?? DEFAULT_MAX_OUTPUT);
        if (started)
            discard(started);
    }
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

/***/ 4802:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ probeUv)
/* harmony export */ });
/* harmony import */ var _python_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7717);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(1495);
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
        path = (0,_version_js__WEBPACK_IMPORTED_MODULE_1__/* .findUv */ .d4)(env);
    }
    catch (error) {
        problem = error;
    }
    // `uv python find` needs uv's path, not its version: both run at once, not
    // one after the other, and `uv python find`, the slow one (main waits for
    // it on a warm hit), starts first.
    const python = (0,_python_js__WEBPACK_IMPORTED_MODULE_0__/* .pythonForKey */ .d0)(path ?? 'uv', workspaceRoot, env, request);
    const version = path === undefined ? undefined : (0,_version_js__WEBPACK_IMPORTED_MODULE_1__/* .uvVersion */ .ez)(path, env);
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

/***/ 7717:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   d0: () => (/* binding */ pythonForKey),
/* harmony export */   iN: () => (/* binding */ pythonPathError)
/* harmony export */ });
/* unused harmony export pythonFromRequest */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _process_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(4006);
/* harmony import */ var _read_file_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(9834);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(3916);
// Which Python the venv will use, for the cache key: wheels differ per
// interpreter (implementation, minor version, free-threading), so a cache made
// for CPython 3.12 is mostly dead weight for 3.11 or PyPy. The patch version
// is left out on purpose: wheels are tagged by minor version, and a runner
// image bumping 3.12.4 to 3.12.5 must not throw every cache away.




/** A probe's whole result (stderr too), or undefined when it could not start. */
function probe(file, args, cwd, env) {
    return (0,_process_js__WEBPACK_IMPORTED_MODULE_1__/* .runProcess */ .R3)(file, args, { cwd, env, timeoutMs: 60_000, maxOutput: 1024 * 1024 }).catch(() => undefined);
}
/** The trimmed stdout of a probe that ran and succeeded, else undefined (the key then says less, never wrong). */
function succeeded(result) {
    return result && result.code === 0 && !result.timedOut ? result.stdout.trim() : undefined;
}
async function run(file, args, cwd, env) {
    return succeeded(await probe(file, args, cwd, env));
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
    // `uv python find` does not read UV_PYTHON (uv 0.13.9) while `uv sync`
    // does (it is `--python`'s variable), so the request is passed as uv sync
    // would take it: `--python` from sync-args first, then UV_PYTHON.
    const wanted = request ?? (env.UV_PYTHON?.trim() || undefined);
    const found = await probe(uvPath, ['python', 'find', ...(wanted ? [wanted] : [])], workspaceRoot, env);
    const interpreter = succeeded(found);
    if (interpreter) {
        const out = await askInterpreter(interpreter, workspaceRoot, env);
        const m = out && /^(\S+) (\d+\.\d+t?)$/.exec(out);
        if (m)
            return { implementation: m[1].toLowerCase(), version: m[2] };
    }
    const requested = wanted ?? (0,_read_file_js__WEBPACK_IMPORTED_MODULE_2__/* .readBoundedText */ .H)(node_path__WEBPACK_IMPORTED_MODULE_0___default().join(workspaceRoot, '.python-version'), '.python-version', 64 * 1024);
    const fallback = (requested && pythonFromRequest(requested)) || { implementation: 'unknown', version: 'unknown' };
    // A path uv ran and did not find is the sync's own failure to come (uv/machine.ts callers say it); a uv that did not run says nothing.
    if (wanted && isInterpreterPath(wanted) && found && !found.timedOut && found.code !== 0) {
        const uvSays = found.stderr.split(/\r?\n/).map((l) => l.trim()).find((l) => l.startsWith('error:')) ?? `uv python find exited with ${found.code}`;
        return { ...fallback, pathNotFound: { request: wanted, uvSays: uvSays.slice(0, 500) } };
    }
    return fallback;
}
/** Whether a Python request names an interpreter by path (as uv reads requests: a separator makes it a path). */
function isInterpreterPath(request) {
    return /[\\/]/.test(request) || request.startsWith('~');
}
/**
 * The one line for a Python path uv does not find, naming where the request
 * came from as uv sync takes it: `--python` in sync-args, else the
 * `python-version` input (which the action exports as UV_PYTHON), else a
 * UV_PYTHON of the step's environment.
 */
function pythonPathError(notFound, from) {
    const source = from.syncArgsPython
        ? `input 'sync-args' asks for --python ${from.syncArgsPython}`
        : from.pythonVersionInput
            ? `input 'python-version' is '${from.pythonVersionInput}'`
            : `UV_PYTHON=${notFound.request} is in the step's environment`;
    return new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .y(`${source}, but uv finds no interpreter at that path (${notFound.uvSays})`, 'give the path of an interpreter that exists on this runner, or a version such as 3.12: uv never downloads a Python for a path, so uv sync would fail the same way');
}


/***/ }),

/***/ 1495:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Rm: () => (/* binding */ REPEATED_PACKAGE_SINCE),
/* harmony export */   Zy: () => (/* binding */ compareVersions),
/* harmony export */   d4: () => (/* binding */ findUv),
/* harmony export */   ez: () => (/* binding */ uvVersion),
/* harmony export */   nq: () => (/* binding */ OLDEST_SUPPORTED),
/* harmony export */   xe: () => (/* binding */ supportsRepeatedPackage)
/* harmony export */ });
/* unused harmony exports parseUvVersion, supportsPruneForce */
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
