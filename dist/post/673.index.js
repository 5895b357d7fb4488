export const id = 673;
export const ids = [673,242];
export const modules = {

/***/ 2673:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

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
/** Pure: what this run knows \u2014 the entry it restored from (if of this lock) and the one it saved. */
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

;// CONCATENATED MODULE: ./src/env.ts
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

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
var external_node_fs_default = /*#__PURE__*/__webpack_require__.n(external_node_fs_);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
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
    const p = windows ? path.win32 : path.posix;
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
    return { paths: sortedStrings(paths), rejected, ambiguous };
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
        const list = (0,src_text/* jsonStringList */.u7)(name, text, 'give a JSON array of strings, one path per line, or paths separated by spaces on one line');
        return { paths: list.filter((s) => s.trim() !== ''), format: 'json' };
    }
    const lines = text.split(/\r?\n/).map((s) => s.trim()).filter(Boolean);
    if (lines.length === 1)
        return { paths: lines[0].split(/\s+/).filter(Boolean), format: 'spaces' };
    return { paths: lines, format: 'lines' };
}

// EXTERNAL MODULE: external "node:module"
var external_node_module_ = __webpack_require__(8995);
;// CONCATENATED MODULE: ./src/builtin.ts
// Node's built-in modules that only some runs need, loaded when first used
// instead of with the bundle: node:child_process and node:crypto cost more to
// load (5-12 ms) than most of what a CLI run outside git does.
// process.getBuiltinModule came in Node 20.16; the published CLI accepts every
// Node 20 (package.json engines), where require answers the same.

/** The built-in module `id`, typed by the caller: `builtin<typeof import('node:crypto')>('node:crypto')`. */
function builtin(id) {
    const getBuiltinModule = process.getBuiltinModule;
    return (getBuiltinModule?.(id) ?? (0,external_node_module_.createRequire)(import.meta.url)(id));
}

;// CONCATENATED MODULE: ./src/executable.ts
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
class executable_ExecutableNotFound extends Error {
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
    const rules = platform === 'win32' ? (external_node_path_default()).win32 : (external_node_path_default()).posix;
    return (envValue(env, 'PATH', platform) ?? '')
        .split(rules.delimiter)
        .map((dir) => (platform === 'win32' ? dir.trim().replace(/^"(.*)"$/, '$1') : dir))
        .filter((dir) => dir !== '' && rules.isAbsolute(dir));
}
/** The file names `name` may have on disk: itself, or on Windows itself with each of PATHEXT's extensions. */
function candidateNames(name, env, platform) {
    if (platform !== 'win32')
        return [name];
    const extensions = (envValue(env, 'PATHEXT', platform) || DEFAULT_PATHEXT)
        .split(';')
        .map((ext) => ext.trim().toLowerCase())
        .filter((ext) => ext.startsWith('.'));
    // A name that already carries one of them (`tar.exe`) is taken as it is.
    if (extensions.includes(external_node_path_default().extname(name).toLowerCase()))
        return [name];
    return extensions.map((ext) => `${name}${ext}`);
}
function isProgram(file, platform) {
    try {
        // Windows has no execute bit; elsewhere a file uv could not exec is not uv.
        (0,external_node_fs_.accessSync)(file, platform === 'win32' ? external_node_fs_.constants.F_OK : external_node_fs_.constants.X_OK);
        // A directory named `git` is "executable" too (searchable); only a file is a program.
        return (0,external_node_fs_.statSync)(file).isFile();
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
function executable_resolveExecutable(name, options = {}) {
    const platform = options.platform ?? process.platform;
    const env = options.env ?? process.env;
    if ((platform === 'win32' ? /[\\/]/ : /\//).test(name))
        return name;
    let shim;
    for (const dir of searchDirs(env, platform)) {
        for (const candidate of candidateNames(name, env, platform)) {
            const file = external_node_path_default().join(dir, candidate);
            if (!isProgram(file, platform))
                continue;
            if (platform !== 'win32' || SPAWNABLE.has(external_node_path_default().extname(candidate).toLowerCase()))
                return file;
            shim ??= file;
        }
    }
    throw new executable_ExecutableNotFound(name, shim);
}
/**
 * A program of Windows itself (`taskkill.exe`), from System32 under
 * `SystemRoot`, never from PATH or the working directory.
 */
function windowsSystemProgram(file, env = process.env) {
    const root = envValue(env, 'SystemRoot', 'win32') || envValue(env, 'windir', 'win32') || 'C:\\Windows';
    return external_node_path_default().win32.join(root, 'System32', file);
}

;// CONCATENATED MODULE: ./src/process.ts





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
        return executable_resolveExecutable(file, { env: env ?? process.env });
    }
    catch (error) {
        if (error instanceof executable_ExecutableNotFound)
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
    return { file: windowsSystemProgram('taskkill.exe', env), args: ['/T', '/F', '/PID', String(pid)] };
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
const childProcess = () => builtin('node:child_process');
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
            const signalNumber = signal ? (external_node_os_.constants.signals[signal] ?? 0) : 0;
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
        unlinkSync(child.file);
    }
    catch {
        // nothing to do
    }
}
/** The answer an early child gives runProcessSync: its stdout, unless it failed or wrote more than `max` bytes. */
function answerOf(child, max) {
    try {
        const out = child.exited?.ok ? readFileSync(child.file) : undefined;
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
    return path.join(tmpdir(), `uvws-early-${process.pid}-${Math.random().toString(36).slice(2)}`);
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
        fd = openSync(child.file, 'wx', 0o600);
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
            closeSync(fd);
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

;// CONCATENATED MODULE: ./src/uv/version.ts
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
        return resolveExecutable('uv', { env, platform });
    }
    catch (error) {
        if (!(error instanceof ExecutableNotFound))
            throw error;
        if (error.shim)
            throw new UserError(error.message, 'put uv.exe on PATH before this step: astral-sh/setup-uv installs it');
        throw new UserError('uv is not on PATH', 'add astral-sh/setup-uv before this step');
    }
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

;// CONCATENATED MODULE: ./src/uv-settings.ts
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
    return compareVersions(uvVersion, since) >= 0;
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
    if (reads === undefined && compareVersions(since, OLDEST_SUPPORTED) > 0)
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
        throw new errors/* UserError */.y(message, rule.hint);
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

;// CONCATENATED MODULE: ./src/workspace/names.ts
// PEP 503 normalisation: names enter the model once, normalised, so every
// comparison after that is plain string equality. Extras and group names are
// normalised the same way (PEP 685, PEP 735).
/** Already normal (what lock files and most pyproject files hold): returned as is, without a new string. */
const NORMAL = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
function names_normalizeName(name) {
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

/**
 * The one reading of already-split sync arguments (the action's and the
 * CLI's guard ran before). `fromEnv`: the words the environment's uv
 * settings stand for (src/uv-settings.ts), already stripped of what a flag in
 * `argv` overrides, so reading them before `argv` gives uv's precedence.
 */
function selection_readSyncArgs(argv = [], fromEnv = []) {
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
            packages.add(names_normalizeName(pkg.value));
        else if (setting)
            addSetting(settings, setting.value);
        else {
            const colon = hit.value.indexOf(':');
            if (colon <= 0)
                continue;
            const name = names_normalizeName(hit.value.slice(0, colon));
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
const NO_SYNC_ARGS = selection_readSyncArgs([]);
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
        FLAG_EFFECTS.get(flag)?.(flags, value === undefined ? '' : names_normalizeName(value));
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
    const uvEnv = readUvEnv(env, words, { uvVersion, noCacheFlag });
    return { syncArgs: selection_readSyncArgs(words, uvEnv.words), uvEnv };
}

;// CONCATENATED MODULE: ./src/workspace/glob-nfa.ts
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
const glob_nfa_lit = (text) => ({ t: 'lit', text });
const glob_nfa_char = (test) => ({ t: 'char', test });
const glob_nfa_seq = (...items) => ({ t: 'seq', items });
const glob_nfa_alt = (...items) => ({ t: 'alt', items });
const glob_nfa_star = (item) => ({ t: 'star', item });
const assert = (test) => ({ t: 'assert', test });
const glob_nfa_optional = (item) => glob_nfa_alt(item, glob_nfa_seq());
const SLASH = 0x2f;
/** Any character but `/`. */
const glob_nfa_NOT_SLASH = (c) => c !== SLASH;
/** Any character at all. */
const glob_nfa_ANY = () => true;
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
function glob_nfa_compileNode(node) {
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
class glob_picomatch_GlobSyntaxError extends Error {
}
/** Longer globs are refused (picomatch allows 65,536 characters; no path filter comes near this). */
const MAX_GLOB_LENGTH = 4096;
/** Braces nested deeper are refused. */
const MAX_BRACE_DEPTH = 32;
const glob_picomatch_SLASH = 0x2f;
// picomatch's lookaheads with `dot: true`, as conditions on the window at a position (glob-nfa.ts).
const endsSegment = (kinds, j) => kindAt(kinds, j) === END || kindAt(kinds, j) === SLASH_KIND;
/** `\.{1,2}(?:\/|$)` at place `j`: a `.` or `..` path segment starts there. */
function dotsSegment(kinds, j) {
    if (kindAt(kinds, j) !== DOT_KIND)
        return false;
    return endsSegment(kinds, j + 1) || (kindAt(kinds, j + 1) === DOT_KIND && endsSegment(kinds, j + 2));
}
/** `(?!\.{1,2}(?:\/|$))`. */
const NO_DOTS_SLASH = (_start, kinds) => !dotsSegment(kinds, 0);
/** `(?!\.{0,1}(?:\/|$))`: after a `.`, neither the end, a `/`, nor `./` or `.` then the end. */
const NO_DOT_SLASH = (_start, kinds) => !(endsSegment(kinds, 0) || (kindAt(kinds, 0) === DOT_KIND && endsSegment(kinds, 1)));
/** `(?!(?:^|\/)\.{1,2}(?:\/|$))`. */
const NO_DOTS = (start, kinds) => !((start && dotsSegment(kinds, 0)) || (kindAt(kinds, 0) === SLASH_KIND && dotsSegment(kinds, 1)));
/** `(?=.)` (the `s` flag: any character). */
const ONE_CHAR = (_start, kinds) => kindAt(kinds, 0) !== END;
const AT_START = (start) => start;
const AT_END = (_start, kinds) => kindAt(kinds, 0) === END;
/** `[^/]*?`: a star inside one path segment. */
const STAR = () => glob_nfa_star(glob_nfa_char(glob_nfa_NOT_SLASH));
/** picomatch's globstar: any characters, but never a `.` or `..` segment. */
const GLOBSTAR = () => glob_nfa_star(glob_nfa_seq(assert(NO_DOTS), glob_nfa_char(glob_nfa_ANY)));
const isWord = (c) => /^[A-Za-z0-9_]$/.test(c);
const isAlnum = (c) => /^[A-Za-z0-9]$/.test(c);
function glob_picomatch_refuse(pattern, why) {
    throw new glob_picomatch_GlobSyntaxError(`\`${pattern}\`: ${why}`);
}
/** The checks every route shares: what picomatch would read as a regular expression, not a glob. */
function checkEscapes(pattern, text) {
    for (let i = 0; i < text.length; i++) {
        const c = text[i];
        if (c === '\0')
            glob_picomatch_refuse(pattern, 'a NUL character is not allowed');
        if (c !== '\\')
            continue;
        const next = text[i + 1];
        if (next === undefined)
            glob_picomatch_refuse(pattern, 'it ends with a lone `\\`');
        if (next === '\\')
            glob_picomatch_refuse(pattern, '`\\\\` is not supported (no path filter can match a backslash)');
        if (isAlnum(next))
            glob_picomatch_refuse(pattern, `\`\\${next}\` is a regular-expression escape in picomatch; write \`${next}\``);
        i++;
    }
    for (const run of ['$$', '^^', '++'])
        if (text.includes(run))
            glob_picomatch_refuse(pattern, `\`${run}\` is read as a regular expression by picomatch; escape each with \`\\\``);
    if (text.includes('***'))
        glob_picomatch_refuse(pattern, '`***` is not a glob; use `*` or `**`');
}
// ---------------------------------------------------------------------------
// Route 1: a pattern starting with `*` or `.` that is one of a few shapes.
/** The shapes picomatch compiles directly, with `**` (`dot: true`) excluding `.`/`..` segments. */
function fastShape(shape) {
    const globstarDir = () => glob_nfa_optional(glob_nfa_seq(assert(NO_DOTS), GLOBSTAR(), glob_nfa_lit('/')));
    switch (shape) {
        case '*':
            return glob_nfa_seq(assert(NO_DOTS), assert(ONE_CHAR), STAR());
        case '.*':
            return glob_nfa_seq(glob_nfa_lit('.'), assert(ONE_CHAR), STAR());
        case '*.*':
            return glob_nfa_seq(assert(NO_DOTS), STAR(), glob_nfa_lit('.'), assert(ONE_CHAR), STAR());
        case '*/*':
            return glob_nfa_seq(assert(NO_DOTS), STAR(), glob_nfa_lit('/'), assert(ONE_CHAR), assert(NO_DOTS_SLASH), STAR());
        case '**':
            return glob_nfa_seq(assert(NO_DOTS), GLOBSTAR());
        case '**/*':
            return glob_nfa_seq(globstarDir(), assert(NO_DOTS_SLASH), assert(ONE_CHAR), STAR());
        case '**/*.*':
            return glob_nfa_seq(globstarDir(), assert(NO_DOTS_SLASH), STAR(), glob_nfa_lit('.'), assert(ONE_CHAR), STAR());
        case '**/.*':
            return glob_nfa_seq(globstarDir(), glob_nfa_lit('.'), assert(ONE_CHAR), STAR());
        default: {
            // `<shape>.<word characters>`, split at the last dot.
            const dot = shape.lastIndexOf('.');
            const ext = shape.slice(dot + 1);
            if (dot < 0 || ext === '' || ![...ext].every(isWord))
                return undefined;
            const head = fastShape(shape.slice(0, dot));
            return head && glob_nfa_seq(head, glob_nfa_lit(`.${ext}`));
        }
    }
}
// ---------------------------------------------------------------------------
// Route 2: a pattern with no `/`, brackets, braces, parentheses or quotes
// that does not start with `*` or `!`: each `*` is a star in the segment,
// each `?` one character, everything else literal.
function plainRoute(pattern, text) {
    if (text.includes('|'))
        glob_picomatch_refuse(pattern, '`|` is a regular-expression alternation in picomatch; escape it as `\\|`');
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
            items.push(glob_nfa_char(glob_nfa_NOT_SLASH));
            continue;
        }
        items.push(glob_nfa_lit(c));
    }
    return glob_nfa_seq(...items);
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
            stack.at(-1).at(-1).push(glob_nfa_alt(...branches.map((b) => glob_nfa_seq(...b))));
        }
        else
            branches.at(-1).push(item);
    }
    return glob_nfa_seq(...stack[0][0]);
}
/** A character class as JavaScript reads picomatch's `[...]` (`!` is a member, `^` negates, a negated class never matches `/`). */
function classTest(atoms, negated, pattern) {
    const ranges = [];
    for (let i = 0; i < atoms.length; i++) {
        const a = atoms[i];
        const to = atoms[i + 2];
        if (atoms[i + 1]?.dash && to) {
            if (to.code < a.code)
                glob_picomatch_refuse(pattern, `the range \`${String.fromCharCode(a.code)}-${String.fromCharCode(to.code)}\` is out of order`);
            ranges.push([a.code, to.code]);
            i += 2;
        }
        else
            ranges.push([a.code, a.code]);
    }
    const inClass = (c) => ranges.some(([lo, hi]) => c >= lo && c <= hi);
    return negated ? (c) => c !== glob_picomatch_SLASH && !inClass(c) : inClass;
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
            glob_picomatch_refuse(pattern, 'the `[` class never closes');
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
            glob_picomatch_refuse(pattern, 'a `[` inside a class (POSIX classes like `[[:alpha:]]` are not supported)');
        const closesNext = text[i + 1] === ']';
        atoms.push({ code: c.charCodeAt(0), dash: c === '-' && !closesNext });
        raw += c === '-' && closesNext ? '\\-' : c;
        literal += c;
    }
    const test = glob_nfa_char(classTest(atoms, negated, pattern));
    // A class without regular-expression characters also matches itself, written out.
    const node = /[-*+?.^${}(|)[\]]/.test(raw) ? test : glob_nfa_alt(glob_nfa_lit(`[${literal}]`), test);
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
            glob_picomatch_refuse(this.pattern, 'a `{` never closes');
        // A glob ending in a star or a class also matches with one `/` after it.
        if (this.prev.type === 'star' || this.prev.type === 'bracket')
            this.out.push(glob_nfa_optional(glob_nfa_lit('/')));
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
            this.push('text', glob_nfa_lit(next));
            return i + 1;
        }
        if (c === '"' || c === '(' || c === ')' || c === '|') {
            glob_picomatch_refuse(this.pattern, `\`${c}\` is ${c === '"' ? 'quoting' : 'regular-expression syntax'} in picomatch; escape it as \`\\${c}\``);
        }
        if ('@!+?*'.includes(c) && next === '(')
            glob_picomatch_refuse(this.pattern, 'extglobs like `@(a|b)` are not supported; use `{a,b}`');
        if (c === '+' && (this.prev.type === 'bracket' || this.prev.type === 'brace')) {
            glob_picomatch_refuse(this.pattern, 'a `+` after `]` or a brace repeats in picomatch; escape it as `\\+`');
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
                    glob_picomatch_refuse(this.pattern, 'brace ranges like `{1..3}` are not supported; list the values: `{1,2,3}`');
                this.push(this.braces.length === 0 && this.prev.type !== 'bos' && this.prev.type !== 'slash' ? 'text' : 'dot', glob_nfa_lit('.'));
                return i;
            case '?':
                this.push('qmark', glob_nfa_char(glob_nfa_NOT_SLASH));
                return i;
            case '*':
                return this.star(i);
            default:
                this.push('text', glob_nfa_lit(c));
                return i;
        }
    }
    bracket(i) {
        const cls = readClass(this.pattern, this.text, i);
        // Without a `]` anywhere after it, `[` is literal (still a bracket token to picomatch).
        this.push('bracket', cls ? cls.node : glob_nfa_lit('['));
        return cls ? cls.end : i;
    }
    brace(c, i) {
        const open = this.braces.at(-1);
        if (c === '{') {
            if (this.braces.length >= MAX_BRACE_DEPTH)
                glob_picomatch_refuse(this.pattern, `braces nest more than ${MAX_BRACE_DEPTH} deep`);
            this.braces.push({ comma: false });
            this.push('brace', OPEN);
        }
        else if (!open) {
            this.push('text', glob_nfa_lit(c));
        }
        else if (c === ',') {
            open.comma = true;
            this.push('comma', BAR);
        }
        else {
            if (!open.comma)
                glob_picomatch_refuse(this.pattern, 'braces without a comma are literal in picomatch; escape them as `\\{` and `\\}`');
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
            this.push('slash', glob_nfa_lit('/'));
        return i;
    }
    /** A `*`: a star, or with the one before it a globstar. Returns the last index consumed. */
    star(i) {
        const { prev, text } = this;
        if (prev.type !== 'star') {
            // A star opening a segment (or the glob) never matches a `.`/`..` segment, nor (unless `**`) nothing at the very end.
            if (i === this.body || prev.type === 'slash' || prev.type === 'dot') {
                this.out.push(assert(prev.type === 'dot' ? NO_DOT_SLASH : NO_DOTS_SLASH));
                if (text[i + 1] !== '*')
                    this.out.push(assert(ONE_CHAR));
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
            this.out = [...head, OPEN, ...priorPart, GLOBSTAR(), BAR, assert(AT_END), CLOSE];
        }
        else if (inner && slashNext) {
            // `a/**/b`: any segments between, none included.
            const orEnd = this.text[i + 2] !== undefined ? [BAR, assert(AT_END)] : [];
            this.out = [...head, OPEN, ...priorPart, GLOBSTAR(), glob_nfa_lit('/'), BAR, glob_nfa_lit('/'), ...orEnd, CLOSE];
            this.push('slash');
            return i + 1;
        }
        else if (prior.type === 'bos' && slashNext) {
            // `**/b`: `b` at any depth.
            this.out = [OPEN, assert(AT_START), BAR, glob_nfa_lit('/'), BAR, GLOBSTAR(), glob_nfa_lit('/'), CLOSE];
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
            return { node: glob_nfa_seq(node, glob_nfa_optional(glob_nfa_lit('/'))), negated: false };
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
        glob_picomatch_refuse(pattern, 'an even number of leading `!` is not supported; drop them');
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
        glob_picomatch_refuse(`${pattern.slice(0, 40)}\u2026`, `longer than ${MAX_GLOB_LENGTH} characters`);
    const { node, negated } = picomatchNode(pattern);
    const test = glob_nfa_compileNode(node);
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
    const one = crossSlash ? ANY : NOT_SLASH;
    for (let i = 0; i < component.length; i++) {
        const c = component[i];
        if (backslashEscapes && c === '\\' && i + 1 < component.length)
            items.push(lit(component[++i]));
        else if (c === '*')
            items.push(star(char(one)));
        else if (c === '?')
            items.push(char(one));
        else if (c === '[') {
            const cls = classAt(component, i, backslashEscapes, crossSlash);
            if (cls) {
                items.push(char(cls.test));
                i = cls.end;
            }
            else
                items.push(lit('['));
        }
        else
            items.push(lit(c));
    }
    return seq(...items);
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
    const segment = () => seq(char(NOT_SLASH), star(char(NOT_SLASH)));
    const items = [];
    for (let i = 0; i < parts.length; i++) {
        const part = parts[i];
        if (part === '**') {
            if (parts.length === 1)
                items.push(star(char(ANY)));
            // `a/**` also matches `a` itself, as picomatch does.
            else if (i === parts.length - 1)
                items.push(optional(seq(lit('/'), star(char(ANY)))));
            else if (i === 0)
                items.push(star(seq(segment(), lit('/'))));
            else
                items.push(lit('/'), star(seq(segment(), lit('/'))));
            continue;
        }
        if (i > 0 && parts[i - 1] !== '**')
            items.push(lit('/'));
        items.push(componentNode(part));
    }
    return seq(...items);
}
/** Compiles one backend glob (see the dialects above). */
function compileGlob(pattern) {
    let p = pattern.trim();
    let negated = false;
    while (p.startsWith('!') && !p.startsWith('!(')) {
        negated = !negated;
        p = p.slice(1);
    }
    const test = compileNode(alt(...expandBraces(normalizePattern(p)).map(patternNode)));
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
        if (!(error instanceof glob_picomatch_GlobSyntaxError))
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
class UvGlobError extends (/* unused pure expression or super */ null && (Error)) {
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
    return compileNode(componentNode(component, false));
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
        .sort(by(([key]) => key))
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
            const any = star(char(ANY));
            if (last)
                items.push(...(i === 0 ? [any] : [lit('/'), any]));
            else
                items.push(...(i === 0 ? [] : [lit('/')]), optional(seq(any, lit('/'))));
            continue;
        }
        if (i > 0 && parts[i - 1] !== '**')
            items.push(lit('/'));
        items.push(componentNode(part, false, true));
    }
    const test = compileNode(seq(...items));
    return (relPath) => test(clean(relPath).join('/'));
}

;// CONCATENATED MODULE: ./src/workspace/disk-case.ts
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
            names = new Set(external_node_fs_default().readdirSync(dir));
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
        return external_node_fs_default().lstatSync(p, { bigint: true, throwIfNoEntry: false });
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
    const typed = identity(external_node_path_default().join(dir, name));
    if (!typed || typed.ino === 0n)
        return false;
    const flipped = identity(external_node_path_default().join(dir, flipCase(name)));
    return flipped === undefined || !sameFile(typed, flipped);
}
/** The stored spelling of `name` in `dir`, or undefined when the file system does not find it. */
function disk_case_storedName(dir, name, listings) {
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
    const typed = identity(external_node_path_default().join(dir, name));
    if (!typed)
        return undefined;
    const candidates = [...names].filter((n) => fold(n) === fold(name));
    if (typed.ino === 0n)
        return candidates.length === 1 ? candidates[0] : undefined;
    return candidates.find((n) => {
        const stored = identity(external_node_path_default().join(dir, n));
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
    const resolved = external_node_path_default().resolve(abs);
    const { root } = external_node_path_default().parse(resolved);
    const parts = resolved.slice(root.length).split((external_node_path_default()).sep).filter(Boolean);
    let dir = (external_node_path_default()).sep === '\\' ? root.replace(/^[a-z]:/, (d) => d.toUpperCase()) : root;
    for (let i = 0; i < parts.length; i++) {
        const name = disk_case_storedName(dir, parts[i], listings);
        if (name === undefined)
            return external_node_path_default().join(dir, ...parts.slice(i));
        dir = external_node_path_default().join(dir, name);
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
    const parent = path.dirname(dir);
    const candidates = [];
    if (parent !== dir)
        candidates.push([parent, path.basename(dir)]);
    try {
        for (const name of fs.readdirSync(dir).slice(0, 64))
            candidates.push([dir, name]);
    }
    catch {
        // unreadable: only its own name can tell
    }
    for (const [where, name] of candidates) {
        const flipped = flipCase(name);
        if (flipped === name)
            continue;
        const stored = identity(path.join(where, name));
        if (!stored)
            continue;
        const other = identity(path.join(where, flipped));
        return other !== undefined && (stored.ino === 0n || sameFile(stored, other));
    }
    return false;
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
function inputs_optional(raw) {
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
    const repoRoot = diskCase(workspace);
    const workingDirectory = diskCase(external_node_path_default().resolve(repoRoot, read('working-directory').trim() || '.'));
    const relative = external_node_path_default().relative(repoRoot, workingDirectory);
    // Through symlinks too: a committed `ws -> /` must not take the action outside the checkout.
    const realRelative = external_node_path_default().relative(realPathPrefix(repoRoot), realPathPrefix(workingDirectory));
    if (relative.startsWith('..') || external_node_path_default().isAbsolute(relative) || realRelative.startsWith('..') || external_node_path_default().isAbsolute(realRelative)) {
        throw new errors/* UserError */.y(`input 'working-directory' (${read('working-directory').trim()}) is outside GITHUB_WORKSPACE (${repoRoot})${relative.startsWith('..') || external_node_path_default().isAbsolute(relative) ? '' : ` through a symlink: it resolves to ${realPathPrefix(workingDirectory)}`}`, "give a path relative to GITHUB_WORKSPACE, as for a step's working-directory");
    }
    const packagesRaw = parseList('packages', read('packages'), true);
    const packages = packagesRaw.length === 0 ? undefined : packagesRaw.length === 1 && packagesRaw[0] === 'all' ? 'all' : packagesRaw;
    const changedFilesRaw = read('changed-files');
    const { syncArgs, uvEnv } = parseSyncSettings('sync-args', read('sync-args'), env);
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
        base: inputs_optional(read('base')),
        head: inputs_optional(read('head')),
        ignore: checkPathFilters("input 'ignore'", parseList('ignore', read('ignore'), false)),
        global: checkPathFilters("input 'global'", parseList('global', read('global'), false)),
        syncArgs,
        uvEnv,
        dependents: oneOf('dependents', read('dependents'), DEPENDENTS, 'shipped'),
        pythonVersion: inputs_optional(read('python-version')),
        cache: parseCache(read('cache')),
        cacheTimeoutMs: parseCacheTimeout(read('cache-timeout')),
        syncTimeoutMs: parseMinutes('sync-timeout', read('sync-timeout'), DEFAULT_SYNC_TIMEOUT_MINUTES),
        cacheDir: inputs_optional(read('cache-dir')),
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

// EXTERNAL MODULE: ./src/report/escape.ts
var report_escape = __webpack_require__(4031);
;// CONCATENATED MODULE: ./src/affected/reasons.ts
/** The words for an edge kind: `runtime`, `extra NAME`, `group NAME`. */
function reasons_viaText(v) {
    return v.kind === 'runtime' ? 'runtime' : v.kind === 'extra' ? `extra ${v.extra}` : `group ${v.group}`;
}
function lockChangeText(c) {
    if (c.base.length === 0)
        return `adds ${c.package} ${c.head.join(', ')}`;
    if (c.head.length === 0)
        return `removes ${c.package} ${c.base.join(', ')}`;
    if (c.rebuilt)
        return `${c.package} ${c.head.join(', ')} rebuilt (the local file's hash changed)`;
    if (c.base.join(',') !== c.head.join(','))
        return `${c.package} ${c.base.join(', ')} -> ${c.head.join(', ')}`;
    return `${c.package} ${c.head.join(', ')} source changed`;
}
function inputText(i) {
    if (i.kind === 'path-source')
        return `path source ${i.package} (${i.path})`;
    if (i.kind === 'symlink')
        return `symlink ${i.link} -> ${i.path}`;
    return `input ${i.declared}`;
}
function globalSuffix(r) {
    if (r.source === 'input')
        return ' (global input)';
    return r.source === 'table' ? ` (global in ${r.file ?? 'pyproject.toml'})` : '';
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
                return [`${verb} on ${r.on} (${reasons_viaText(r.dependency)})`];
            return [`${verb} on ${r.on} via ${r.via.member}${r.via.extra ? `[${r.via.extra}]` : ''}`];
        }
        case 'dependency-more':
            return [`${members === 1 ? 'depends' : 'depend'} on ${r.members} more changed ${r.members === 1 ? 'member' : 'members'}`];
        case 'input': {
            const what = inputText(r.input);
            return [...r.paths.map((p) => `${what}: ${p} changed`), ...(r.more > 0 ? [`${what}: and ${r.more} more files changed`] : [])];
        }
        case 'lock':
            return [`uv.lock: ${lockChangeText(r.change)}`];
        case 'lock-more':
            return [`uv.lock: and ${r.packages} more packages changed`];
        case 'lock-membership':
            return [r.added ? 'uv.lock: new workspace member' : 'uv.lock: no longer a workspace member'];
        case 'global': {
            const suffix = globalSuffix(r);
            const more = r.more > 0 ? [`global: and ${r.more} more${r.source === 'root' ? '' : ` files${suffix}`}`] : [];
            return [...r.paths.map((p) => `global: ${p} changed${suffix}`), ...more];
        }
        case 'lock-unattributed':
            return [`${r.file} ${LOCK_PROBLEMS[r.problem]}${r.error ? `: ${r.error}` : ''}`];
        case 'no-base':
            return [r.why];
        case 'off-surface':
            if (r.unpackaged !== undefined)
                return [`not shipped, not importable: uv installs no files of this member in other members (${r.unpackaged})`];
            return [
                r.editable
                    ? "not shipped, not importable: no other member's environment installs or imports these paths"
                    : "not shipped: no other member's environment installs these paths (members installed with --no-editable)",
            ];
        case 'importable':
            return [`not shipped but importable: the editable install exposes ${[...r.paths, ...(r.more > 0 ? [`${r.more} more`] : [])].join(', ')} to the members that install it`];
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
/**
 * One line for a reason, for a table cell that must fit a terminal: a reason
 * about several files names the first, then how many more (the full list is
 * in reasonLines).
 */
function reasonSummary(r) {
    const lines = reasons_reasonLines(r);
    if (lines.length <= 1)
        return lines[0] ?? '';
    if (r.kind === 'changed' || r.kind === 'input' || r.kind === 'global') {
        const more = r.paths.length + r.more - 1;
        return `${lines[0]} (and ${more} more ${more === 1 ? 'file' : 'files'})`;
    }
    return lines.join('; ');
}
/** Repository-relative files a reason is about (for an annotation to sit on). */
function reasons_reasonFiles(r) {
    switch (r.kind) {
        case 'changed':
        case 'global':
        case 'input':
            return r.paths;
        case 'lock-unattributed':
            return [r.file];
        default:
            return [];
    }
}
/** The member is affected by its own files or its inputs (not by a dependency or a global trigger): it is a cause, drawn first. */
function reasons_isOwnChange(r) {
    return r.kind === 'changed' || r.kind === 'input';
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
 * When the passed markers recorded how long each member's tests took, the
 * shell weighs members by those durations instead (action/shards.ts), and
 * the slowest leg is what the matrix is waiting for.
 *
 * Grouping is greedy longest-processing-time (the heaviest member goes first
 * into the lightest group), then improved: a member moved, or two swapped,
 * between the heaviest group and another whenever that lowers the heavier of
 * the two. Ties are broken by name, and groups of equal load by fewer
 * members, so the same input always gives the same matrix (a matrix that
 * reshuffles between runs makes job history unreadable).
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
    const groups = Array.from({ length: Math.min(Math.floor(shards), sorted.length) }, () => ({ load: 0, members: [] }));
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
    improve(groups);
    return {
        include: groups
            .map((group) => {
            const sorted = [...group.members].sort((a, b) => compareStrings(a.name, b.name));
            return { package: sorted.map((m) => m.name).join(' '), path: matrix_commonDirectory(sorted.map((m) => m.path)), paths: sorted.map((m) => m.path) };
        })
            .sort((a, b) => compareStrings(a.package, b.package)),
    };
}
/** The best single move or swap out of `heavy` into `other`: the heavier of the two afterwards, below `heavy.load`. */
function bestExchange(heavy, other) {
    let best;
    for (let i = 0; i < heavy.members.length; i++) {
        const w = heavy.members[i].weight;
        if (heavy.members.length > 1) {
            const peak = Math.max(heavy.load - w, other.load + w);
            if (peak < (best?.peak ?? heavy.load))
                best = { peak, out: i };
        }
        for (let j = 0; j < other.members.length; j++) {
            const v = other.members[j].weight;
            if (v >= w)
                continue;
            const peak = Math.max(heavy.load - w + v, other.load + w - v);
            if (peak < (best?.peak ?? heavy.load))
                best = { peak, out: i, back: j };
        }
    }
    return best;
}
/**
 * Local search after LPT: while some move or swap lowers the heaviest group's
 * load (the other group staying below its old load), take the best one. Each
 * step lowers the sum of squared loads, so it ends; the cap only bounds a
 * pathological input.
 */
function improve(groups) {
    for (let step = 0; step < 1000; step++) {
        const heavy = groups.reduce((a, b) => (b.load > a.load ? b : a));
        let choice;
        for (const other of groups) {
            if (other === heavy)
                continue;
            const exchange = bestExchange(heavy, other);
            if (exchange && exchange.peak < (choice?.peak ?? heavy.load))
                choice = { other, ...exchange };
        }
        if (!choice)
            return;
        const [moved] = heavy.members.splice(choice.out, 1);
        heavy.load -= moved.weight;
        choice.other.members.push(moved);
        choice.other.load += moved.weight;
        if (choice.back !== undefined) {
            const [returned] = choice.other.members.splice(choice.back, 1);
            choice.other.load -= returned.weight;
            heavy.members.push(returned);
            heavy.load += returned.weight;
        }
    }
}
/**
 * What each member weighs in a shard, and one line saying by what: the
 * recorded test durations where the passed markers know them, the closure
 * size (`sizeOf`) otherwise. Mixed, a member without a duration is given the
 * duration its closure size predicts, at the median seconds per package of
 * the members with one, so both kinds weigh in the same unit. Durations are
 * weighed in milliseconds (buildMatrix counts at least 1 per member).
 */
function shardWeights(names, sizeOf, durations = {}) {
    const known = names.filter((n) => durations[n] !== undefined);
    if (known.length === 0)
        return { weight: sizeOf, basis: 'shards are balanced by the packages each member installs (its locked closure): no test durations are recorded for them' };
    const perPackage = known.map((n) => durations[n] / Math.max(1, sizeOf(n))).sort((a, b) => a - b);
    const median = perPackage[Math.floor(perPackage.length / 2)];
    const ms = (name) => 1000 * (durations[name] ?? median * Math.max(1, sizeOf(name)));
    const rest = names.length - known.length;
    return {
        weight: ms,
        basis: rest === 0
            ? `shards are balanced by the recorded test durations of all ${names.length} members`
            : `shards are balanced by the recorded test durations of ${known.length} of ${names.length} members; the other ${rest} are estimated from the packages they install`,
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

;// CONCATENATED MODULE: ./src/report/unowned.ts
// Changed paths no member owns (Affected.unowned), said wherever a user looks
// (pure): a notice in the log, a line in the job summary, lines in the CLI's
// text output. Never dropped in silence: a change that only edits a
// top-level tests/ of a virtual root must say that it affects nobody, and how
// to make it affect someone. Each list is bounded, each path escaped for
// where it lands.


/** Paths named before `and N more`. */
const MAX_NAMED = 10;
/** A path longer than this is cut in the middle of the list, not in the output. */
const MAX_PATH_CHARS = 200;
/** What to do about them, in the words of every place that names them (`global`: the input, or the CLI's flag). */
const hint = (global) => `if a member uses them, claim them in ${global}, or in a [tool.uv-workspace-sync] table: \`inputs\` in the member that uses them, \`global\` in the workspace root`;
const ACTION_HINT = hint('the `global` input');
const shorten = (p) => (p.length > MAX_PATH_CHARS ? `${p.slice(0, MAX_PATH_CHARS - 3)}...` : p);
function unowned_named(unowned, show) {
    const list = unowned.slice(0, MAX_NAMED).map((p) => show(shorten(p)));
    return unowned.length > MAX_NAMED ? `${list.join(', ')} and ${unowned.length - MAX_NAMED} more` : list.join(', ');
}
function headline(n) {
    return `${plural(n, 'changed path')} ${n === 1 ? 'is' : 'are'} not owned by any member and ${n === 1 ? 'affects' : 'affect'} none`;
}
/** The notice for the log and the run's annotations, or none when every path is owned. */
function unowned_unownedNotice(unowned) {
    if (!unowned || unowned.length === 0)
        return undefined;
    return { level: 'notice', title: 'Not owned by any member', message: `${headline(unowned.length)}: ${unowned_named(unowned, logText)}; ${ACTION_HINT}.` };
}
/** The job summary's line (markdown, escaped), or none. */
function unowned_unownedSummaryLine(unowned) {
    if (!unowned || unowned.length === 0)
        return undefined;
    const n = unowned.length;
    return `<b>Not owned by any member:</b> ${unowned_named(unowned, code)} (${plural(n, 'changed path')} that ${n === 1 ? 'affects' : 'affect'} no member; ${escapeText(ACTION_HINT)})<br>`;
}
/** The CLI's lines (the CLI neutralises what it prints), or none. */
function unownedLines(unowned) {
    if (!unowned || unowned.length === 0)
        return [];
    return [`not owned by any member (${unowned.length}): ${unowned_named(unowned, (p) => p)}`, `hint: these paths affect no member; ${hint('--global')}`];
}

;// CONCATENATED MODULE: ./src/report/annotations.ts




const DEFAULT_SLOW_RESOLVE_MS = 10_000;
/** Notices for directly changed members, at most; a huge change would bury the rest. */
const MAX_CHANGE_NOTICES = 10;
function buildAnnotations(input) {
    const unowned = unownedNotice(input.affected.unowned);
    return [...changeNotices(input), ...(unowned ? [unowned] : []), ...syncAnnotations(input)];
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
        // pulledIn lists only the dependents the change reaches; a change off the surface says why it reaches none.
        const offSurface = member.reasons.find((r) => r.kind === 'off-surface');
        const alone = offSurface ? reasonLines(offSurface)[0] : 'no other member depends on it';
        const message = pulled.length === 0
            ? `${member.name} changed (${plural(own.total, 'file')}); ${alone}.`
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
    const kind = viaText(r.dependency);
    return r.via?.extra ? `${kind}, ${r.via.extra}` : kind;
}
/** Mermaid label text: member names and paths are untrusted, so only plain characters pass. */
function graph_label(text) {
    return text.replace(/[^A-Za-z0-9 ._/+,-]/g, '_');
}
/**
 * The picture of a change: the members whose own files changed and the
 * dependents they pull in, leaves folded. `isolated`: also every other
 * affected member, unlinked (the CLI's `graph --affected` draws them all;
 * the summary draws only what explains a dependency).
 */
function affectedPicture(input, isolated = false) {
    const changed = input.members.filter((m) => m.reasons.some(isOwnChange)).map((m) => m.name);
    const changedSet = new Set(changed);
    const paths = new Map(input.members.map((m) => [m.name, m.path]));
    const edges = collectEdges(input, changedSet);
    const { folded, foldNodes } = foldLeaves(edges, changedSet, paths);
    const ids = new Map();
    const nodes = [];
    const node = (name) => {
        const fold = folded.get(name);
        if (fold)
            return fold;
        let id = ids.get(name);
        if (!id) {
            id = `m${ids.size}`;
            ids.set(name, id);
            nodes.push({ id, text: name, changed: changedSet.has(name) });
        }
        return id;
    };
    for (const name of [...changed].sort())
        node(name);
    const lines = new Map();
    for (const e of [...edges].sort(by((e) => e.from + e.to))) {
        const edge = { from: node(e.from), to: node(e.to), label: e.label };
        lines.set(`${edge.from} ${edge.to} ${edge.label}`, edge);
    }
    if (isolated)
        for (const m of input.members)
            node(m.name);
    return { nodes: [...nodes, ...foldNodes.map((f) => ({ id: f.id, text: f.text, changed: false }))], edges: [...lines.values()] };
}
/** The workspace itself: every member, an arrow from each to the members it names, labelled with how (runtime, extra NAME, group NAME). */
function workspacePicture(members, edges) {
    const ids = new Map(members.map((name, i) => [name, `m${i}`]));
    const labels = new Map();
    for (const e of edges) {
        const key = `${e.from}\0${e.to}`;
        labels.set(key, [...(labels.get(key) ?? []), e.label]);
    }
    return {
        nodes: members.map((name) => ({ id: ids.get(name), text: name, changed: false })),
        edges: [...labels].map(([key, list]) => {
            const [from, to] = key.split('\0');
            return { from: ids.get(from), to: ids.get(to), label: list.join(', ') };
        }),
    };
}
/** Mermaid flowchart text (no code fence). */
function mermaidText(p) {
    return [
        'graph LR',
        ...p.nodes.map((n) => `  ${n.id}["${graph_label(n.text)}"]${n.changed ? ':::changed' : ''}`),
        ...p.edges.map((e) => `  ${e.from} -->|${graph_label(e.label)}| ${e.to}`),
        ...(p.nodes.some((n) => n.changed) ? ['  classDef changed fill:#fff8c5,stroke:#9a6700,stroke-width:2px'] : []),
    ].join('\n');
}
/** Graphviz DOT text: the same nodes and edges; labels pass the same filter, so no quote or brace of a name ends one. */
function dotText(p) {
    return [
        'digraph workspace {',
        '  rankdir=LR;',
        '  node [shape=box];',
        ...p.nodes.map((n) => `  ${n.id} [label="${graph_label(n.text)}"${n.changed ? ', style=filled, fillcolor="#fff8c5"' : ''}];`),
        ...p.edges.map((e) => `  ${e.from} -> ${e.to} [label="${graph_label(e.label)}"];`),
        '}',
    ].join('\n');
}
/**
 * The ```mermaid block, or undefined when there is nothing to draw (no
 * dependent) or too much even after folding.
 */
function graph_mermaidGraph(input) {
    const picture = affectedPicture(input);
    if (picture.edges.length === 0 || picture.nodes.length > MAX_GRAPH_NODES)
        return undefined;
    return ['```mermaid', mermaidText(picture), '```'].join('\n');
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
    const folded = new Map(); // member \u2192 fold node id
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

;// CONCATENATED MODULE: ./src/run/results.ts
// What a run of the `run` command per member produced, and everything said
// about it (pure): the `passed`, `failed` and `results` outputs, each
// member's group title, its error annotation and the step's failure line.
// The action and the CLI print the same words.



/** Tenths of a second, as the outputs and the summary show them. */
function results_seconds(ms) {
    return Math.round(ms / 100) / 10;
}
/** The `passed`, `failed` and `results` outputs: lists sorted by name; `failed` holds the timed-out members too. */
function runOutputs(report) {
    if (!report)
        return { passed: [], failed: [], results: {} };
    const entries = [
        ...report.runs.map((r) => [r.member, { status: r.status, seconds: results_seconds(r.durationMs) }]),
        ...Object.keys(report.skipped).map((name) => [name, { status: 'skipped', seconds: 0 }]),
    ].sort((a, b) => compareStrings(a[0], b[0]));
    const names = (keep) => report.runs.filter(keep).map((r) => r.member).sort(compareStrings);
    return { passed: names((r) => r.status === 'passed'), failed: names((r) => r.status !== 'passed'), results: Object.fromEntries(entries) };
}
/** `'run-timeout' is 0.5 minutes`. */
function timeoutSetting(timeoutMs) {
    const minutes = timeoutMs / 60_000;
    return `'run-timeout' is ${minutes} ${minutes === 1 ? 'minute' : 'minutes'}`;
}
/** How a member that did not pass ended, in a few words: `exit code 1`, `timed out after 30s`. */
function howItEnded(run, timeoutMs) {
    if (run.status === 'timed-out')
        return `timed out after ${formatDuration(timeoutMs)}`;
    if (run.problem)
        return `could not start: ${run.problem}`;
    if (run.signal)
        return `killed by ${run.signal}`;
    return `exit code ${run.exitCode ?? '?'}`;
}
const MARK = { passed: '\u2705', failed: '\u274c', 'timed-out': '\u23f1\ufe0f' };
/** The member's group title: status and duration, e.g. `\u2705 api passed in 12.3s`. */
function runTitle(run, timeoutMs) {
    if (run.status === 'passed')
        return `${MARK.passed} ${run.member} passed in ${formatDuration(run.durationMs)}`;
    if (run.status === 'timed-out')
        return `${MARK['timed-out']} ${run.member} timed out after ${formatDuration(run.durationMs)} (${timeoutSetting(timeoutMs)})`;
    return `${MARK.failed} ${run.member} failed (${howItEnded(run, timeoutMs)}) in ${formatDuration(run.durationMs)}`;
}
/** The lines of the member's group: its output, with a line where some was left out. */
function runLines(run) {
    const { head, omittedLines, omittedChars, tail } = run.output;
    const lines = [...head];
    if (omittedLines > 0)
        lines.push(`\u2026 ${plural(omittedLines, 'line')} (${omittedChars} characters) of output not shown here \u2026`);
    lines.push(...tail);
    if (run.problem)
        lines.push(`could not run: ${run.problem}`);
    if (lines.length === 0)
        lines.push('(no output)');
    return lines;
}
/** Lines of output an error annotation quotes. */
const ANNOTATION_LINES = 20;
/** GitHub cuts an annotation's message; keep well below. */
const ANNOTATION_CHARS = 4000;
/** The error annotation of a member that did not pass: its end of output. */
function runAnnotation(run, timeoutMs) {
    const what = run.status === 'timed-out' ? `timed out after ${formatDuration(timeoutMs)} (${timeoutSetting(timeoutMs)}); its processes were stopped` : howItEnded(run, timeoutMs);
    const tail = lastLines(run.output, ANNOTATION_LINES);
    let body = tail.join('\n');
    if (body.length > ANNOTATION_CHARS)
        body = `\u2026${body.slice(body.length - ANNOTATION_CHARS)}`;
    const message = `${run.member} (${run.path}): ${what}.${body ? `\nLast lines of its output:\n${body}` : ' It printed nothing.'}`;
    return { title: `Tests ${run.status === 'timed-out' ? 'timed out' : 'failed'}: ${run.member}`, message };
}
/** `3 passed, 1 failed, 1 timed out, 2 skipped`. */
function results_countsText(report) {
    const count = (status) => report.runs.filter((r) => r.status === status).length;
    const parts = [`${count('passed')} passed`, `${count('failed')} failed`];
    if (count('timed-out') > 0)
        parts.push(`${count('timed-out')} timed out`);
    const skipped = Object.keys(report.skipped).length;
    if (skipped > 0)
        parts.push(`${skipped} skipped`);
    return parts.join(', ');
}
/** The step's failure, once every member ran; undefined when none failed. */
function runFailure(report) {
    const bad = report.runs.filter((r) => r.status !== 'passed').sort((a, b) => compareStrings(a.member, b.member));
    if (bad.length === 0)
        return undefined;
    const shown = bad.slice(0, 10).map((r) => `${r.member} (${howItEnded(r, report.timeoutMs)})`);
    const more = bad.length > 10 ? ` and ${bad.length - 10} more` : '';
    return `tests did not pass in ${bad.length} of ${plural(report.runs.length, 'member')}: ${shown.join(', ')}${more}; each member's output is in its group above`;
}

;// CONCATENATED MODULE: ./src/report/tests-summary.ts
// The `run` input in the job summary (pure): the member table's Tests column
// (\u2705 12.3 s, \u274c 4.1 s, \u23f1\ufe0f timed out, \u23ed passed at 3f2a9c0d81b4 on main),
// the order that puts members that did not pass first, the Tests line under
// the table, and the post step's lines for the markers it saved.



/** Each member's cell: the members run, and those skip-passed left out. */
function testCells(report) {
    const cells = new Map();
    for (const run of report.runs)
        cells.set(run.member, { status: run.status, seconds: seconds(run.durationMs) });
    for (const [name, reason] of Object.entries(report.skipped))
        cells.set(name, { status: 'skipped', reason });
    return cells;
}
const tests_summary_MARK = { passed: '\u2705', failed: '\u274c', 'timed-out': '\u23f1\ufe0f', skipped: '\u23ed' };
/** `12.3 s`. */
function secondsText(value) {
    return `${value.toFixed(1)} s`;
}
function tests_summary_testsCell(cell) {
    if (!cell)
        return '\u2014';
    if (cell.status === 'skipped')
        return `${tests_summary_MARK.skipped} ${e(cell.reason)}`;
    if (cell.status === 'timed-out')
        return `${tests_summary_MARK['timed-out']} timed out after ${secondsText(cell.seconds)}`;
    return `${tests_summary_MARK[cell.status]} ${secondsText(cell.seconds)}`;
}
/** The cell of members folded into one row (same reasons, same outcome): how many, and the slowest. */
function tests_summary_foldedTestsCell(cells) {
    const first = cells[0];
    if (!first)
        return '\u2014';
    if (first.status === 'skipped')
        return `${tests_summary_MARK.skipped} ${cells.length} skipped (passed on these inputs before)`;
    const slowest = Math.max(...cells.map((c) => (c && c.status !== 'skipped' ? c.seconds : 0)));
    return `${tests_summary_MARK[first.status]} ${cells.length} ${first.status === 'timed-out' ? 'timed out' : first.status}, the slowest ${secondsText(slowest)}`;
}
/** Members that did not pass come first in the table, then those that ran, then the rest. */
function tests_summary_testsRank(cell) {
    if (!cell)
        return 3;
    if (cell.status === 'failed' || cell.status === 'timed-out')
        return 0;
    return cell.status === 'passed' ? 1 : 2;
}
/** What a folded row shares of its members' cells: the outcome, never the duration. */
function tests_summary_testsFoldKey(cell) {
    return cell?.status ?? '';
}
/** The line under the member table: the command, the counts, the wall time. */
function testsLine(report) {
    const command = `uv run --no-sync --package <member> -- ${report.command.join(' ')}`;
    const wall = report.runs.length > 0 ? ` in ${formatDuration(report.wallMs)}, ${report.parallel} at a time` : '';
    return `<b>Tests:</b> ${code(command)}: ${e(countsText(report))}${wall}.`;
}
/** The post step's section for the passed markers it saved. */
function markersSummary(lines) {
    const out = ['### Passed markers', '', `${format_plural(lines.length, 'member')} of this run, for <code>skip-passed</code>:`, ''];
    for (const line of lines)
        out.push(`- ${(0,report_escape/* escapeText */.X1)(line)}`);
    return `${out.join('\n')}\n`;
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
    out.push(facts.join(' \u00b7 '), '');
    const changed = input.change.changedFiles === undefined ? '' : ` \u00b7 ${plural(input.change.changedFiles, 'changed file')}`;
    out.push(`<b>Changes:</b> ${e(input.change.description)}${changed}<br>`);
    const unowned = unownedSummaryLine(input.change.unowned);
    if (unowned)
        out.push(unowned);
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
    const columns = { synced: input.mode === 'sync', tests: input.tests !== undefined };
    const inlineUnaffected = input.members.length <= COLLAPSE_UNAFFECTED_ABOVE;
    // Members skip-passed left out keep their row: their Tests cell says why.
    const listed = unaffected.filter((m) => inlineUnaffected || m.tests);
    const folded = unaffected.filter((m) => !listed.includes(m));
    if (affected.length === 0)
        out.push('No member is affected by this change.', '');
    const rows = [...memberRows(affected, columns), ...listed.map((m) => memberRow(m, columns))];
    if (rows.length > 0)
        out.push(...tableHead(columns), ...rows, '');
    if (input.tests)
        out.push(input.tests, '');
    if (folded.length > 0) {
        out.push(`<details><summary>${plural(folded.length, 'unaffected member')}</summary>`, '');
        out.push(folded.map((m) => code(m.name)).join(', '), '', '</details>', '');
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
            out.push(`- \u26a0\ufe0f ${e(w)}`);
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
function tableHead(columns) {
    const names = ['Member', 'Path', 'Affected', 'Why', ...(columns.synced ? ['Synced'] : []), ...(columns.tests ? ['Tests'] : [])];
    const aligns = ['---', '---', ':-:', '---', ...(columns.synced ? [':-:'] : []), ...(columns.tests ? ['---'] : [])];
    return [`| ${names.join(' | ')} |`, `| ${aligns.join(' | ')} |`];
}
const SYNC_CELL = { synced: '\u2705 synced', failed: '\u274c failed', 'not-synced': 'not synced' };
function whyCell(reasons, members = 1) {
    const lines = reasons.flatMap((r) => reasonLines(r, members));
    const shown = lines.slice(0, MAX_REASONS).map(e);
    if (lines.length > MAX_REASONS)
        shown.push(`and ${lines.length - MAX_REASONS} more`);
    return shown.join('<br>') || '\u2014';
}
function memberRow(m, columns) {
    const cells = [`<b>${e(m.name)}</b>`, code(m.path), m.affected ? '\u2705' : '\u2014', whyCell(m.reasons)];
    if (columns.synced)
        cells.push(m.affected && m.sync ? SYNC_CELL[m.sync] : '\u2014');
    if (columns.tests)
        cells.push(testsCell(m.tests));
    return `| ${cells.join(' | ')} |`;
}
/**
 * Affected members: those whose tests did not pass first, then those whose
 * own files changed. Members with the same reasons, sync and test outcome
 * (82 plugins that all depend on one changed library) share one row with
 * their names in a collapsed list; a member whose tests did not pass always
 * has a row of its own.
 */
function memberRows(members, columns) {
    // Folded by top-level directory too: "72 members in livekit-plugins" and "10 in examples" say more than "82 in .".
    const keyOf = (m) => JSON.stringify([m.reasons, m.sync, testsFoldKey(m.tests), m.path.split('/')[0]]);
    const groups = new Map();
    for (const m of members)
        groups.set(keyOf(m), [...(groups.get(keyOf(m)) ?? []), m]);
    const ownChange = (m) => m.reasons.some(isOwnChange);
    const ordered = [...members].sort((a, b) => testsRank(a.tests) - testsRank(b.tests) || Number(ownChange(b)) - Number(ownChange(a)) || compareStrings(a.name, b.name));
    const rows = [];
    const done = new Set();
    for (const m of ordered) {
        const key = keyOf(m);
        const group = groups.get(key);
        if (group.length < FOLD_ROWS_AT || testsRank(m.tests) === 0) {
            rows.push(memberRow(m, columns));
            continue;
        }
        if (done.has(key))
            continue;
        done.add(key);
        const names = group.map((g) => code(g.name)).join(', ');
        const cells = [
            `<details><summary><b>${group.length} members</b></summary>${names}</details>`,
            code(commonDirectory(group.map((g) => g.path))),
            '\u2705',
            whyCell(m.reasons, group.length),
        ];
        if (columns.synced)
            cells.push(m.sync ? SYNC_CELL[m.sync] : '\u2014');
        if (columns.tests)
            cells.push(foldedTestsCell(group.map((g) => g.tests)));
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
            const count = phase.verb === 'Audited' || phase.verb === 'Checked' || phase.count > 0 ? `${phase.count} ${e(phase.unit)}` : '\u2014';
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
                return '\u2705 hit (exact key)';
            const why = cache.pruned
                ? '<code>uv cache prune --ci</code> (the <code>prune-cache</code> input) drops pre-built wheels before a save, because downloading them again costs about what restoring them does; only wheels built from source stay cached. An index that marks its files for revalidation makes uv fetch them again too.'
                : 'the index marks its files for revalidation, so uv fetched them again, or the entry was saved before these packages were locked.';
            return `\u2705 hit (exact key), yet uv prepared ${plural(fetched, 'distribution')}: ${why}`;
        }
        case 'partial':
            return `\u267b\ufe0f fallback hit: restored from ${code(r.matchedKey)} (a restore key), so what changed since is fetched`;
        case 'miss':
            return '\u274c miss: no entry for this key or its restore keys';
        case 'error':
            return `\u26a0\ufe0f error: ${e(r.error)}`;
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
        out.push(`| Placement | ${e(cache.placement)}${cache.sameFilesystem ? '' : ' (\u26a0\ufe0f not on the venv&#39;s filesystem)'} |`);
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
        const failed = prune.exitCode ? `, \u26a0\ufe0f exit code ${prune.exitCode}` : '';
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
        out.push(`- \u26a0\ufe0f ${(0,report_escape/* escapeText */.X1)(w)}`);
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
//   older:   `error: msg` + `  Caused by: ...`, and miette's `  \u00d7 msg` / `  \u2570\u2500\u25b6 cause`
//   clap:    `error: the argument ...` + `Usage: ...` (the usage is not part of the error)
//   uv 0.8 `--locked`: one unprefixed line and exit 1 (see `exitCode` below).

const output_UNITS = { h: 3_600_000, m: 60_000, s: 1000, ms: 1, us: 0.001, \u00b5s: 0.001, \u03bcs: 0.001, ns: 0.000001 };
/** uv's durations (`0.72ms`, `12ms`, `1.23s`, `1m 05s`, `850\u00b5s`) in milliseconds; NaN if unreadable. */
function parseDuration(text) {
    const re = /(\d+(?:\.\d+)?)\s*(ms|\u00b5s|\u03bcs|us|ns|h|m|s)(?![a-z])/g;
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
    const cause = /^\s*(?:Caused by|cause):\s*(.*)$/.exec(line) ?? /^\s*[\u2570\u251c]\u2500\u25b6\s*(.*)$/.exec(line);
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
    if (/^\s/.test(line) && !/^\s*\u00d7/.test(line) && !CHANGE.test(line)) {
        appendTo(error, line);
        return true;
    }
    closeError(p);
    return false;
}
/** An `error:` or `warning:` line opens a block. True when it did. */
function startBlock(p, line) {
    const errorStart = /^error:\s*(.*)$/.exec(line) ?? /^\s*\u00d7\s*(.*)$/.exec(line);
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

// EXTERNAL MODULE: ./src/action/runner.ts
var runner = __webpack_require__(5242);
;// CONCATENATED MODULE: ./src/action/summary-write.ts


/**
 * Writes the job summary; trouble (GITHUB_STEP_SUMMARY unset, unwritable, the
 * runner's size limit) is a warning: the summary explains a step, it never
 * decides whether it passed.
 */
async function writeSummary(markdown) {
    try {
        await runner.runner.appendSummary(markdown);
    }
    catch (error) {
        runner.runner.warning(`the job summary was not written: ${(0,errors/* formatError */.W)(error)}`);
    }
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./src/cache/key.ts
// Cache key derivation (pure). A key names what an entry is good for: an
// entry restored under an exact key is never saved again, so every fact that
// makes a cache useless to a job must be in the key, or the job gets a stale
// cache forever. The pieces are named and composed in one function
// (`cacheKey`), as setup-uv composes its own.
//
//   uv-ws-v2[-_suffix]-<platform>-<arch>-<os>-<os release>-<python impl>-<python>-uv<version>-<lock>-<selection>-<prune>-<members>
//
// Restore keys widen from the right: same lock/selection/prune with any
// members, then same lock with anything, then any lock. Everything left of
// the lock (platform, OS release, Python, uv version, suffix) is never
// crossed: a wheel built from source on ubuntu 22.04 breaks on 24.04, a
// cache of another Python is dead weight, and another uv's cache has another
// bucket layout (`sdists-v9` vs `sdists-v11`) that the new uv ignores.




/** Bumped when the layout of the key or of what we cache changes, so old entries stop matching. */
const CACHE_KEY_VERSION = 'v2';
const PREFIX = (/* unused pure expression or super */ null && (`uv-ws-${CACHE_KEY_VERSION}`));
/** The cache service rejects longer keys. */
const MAX_KEY_LENGTH = 512;
/** Longer free-text fields are replaced by a hash so the key stays well under the limit. */
const MAX_FIELD_LENGTH = 64;
function hashText(text) {
    return createHash('sha256').update(text).digest('hex');
}
/**
 * The bytes with every CRLF made LF: the form git stores a text file in. A
 * Windows runner checks uv.lock out with CRLF (git's `core.autocrlf=true`),
 * the others with LF; hashed as checked out, the same lock would never share
 * a cache entry across them.
 */
function withLf(bytes) {
    const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    if (buf.indexOf('\r\n') === -1)
        return bytes;
    const out = Buffer.allocUnsafe(buf.length);
    let n = 0;
    for (let i = 0; i < buf.length; i++) {
        if (buf[i] === 13 && buf[i + 1] === 10)
            continue;
        out[n++] = buf[i];
    }
    return out.subarray(0, n);
}
/** sha256 of a file's bytes (uv.lock) in git's LF form; `read` is injectable so callers can hash from memory. */
async function hashFile(file, read = readFile) {
    return hashText(withLf(await read(file)));
}
/**
 * Makes a free-text field safe and unambiguous inside a key: `-` separates
 * fields and restore keys match by prefix, so a field must never contain `-`
 * (or a suffix `a` would restore the caches of suffix `a-b`), nor `_`, which
 * marks the suffix. Everything outside a small safe set is percent-encoded,
 * which also removes commas, the one character the cache service forbids.
 */
function key_field(value) {
    const encoded = value.replace(/[^A-Za-z0-9.+]/g, (c) => [...Buffer.from(c, 'utf8')].map((b) => `%${b.toString(16).toUpperCase().padStart(2, '0')}`).join(''));
    return encoded.length > MAX_FIELD_LENGTH ? `h${hashText(value).slice(0, 16)}` : encoded;
}
function membersField(members) {
    if (members === 'all')
        return 'all';
    // Order and duplicates do not change what gets installed, so they must not change the key.
    const set = [...new Set(members)].sort();
    return hashText(set.join('\n')).slice(0, 12);
}
/** `uv sync` options besides extras and groups that change what lands in the venv or the cache, and take a value. */
const VALUED_FLAGS = new Set(['--no-install-package', '--no-binary-package', '--no-build-package', '--only-binary-package', '--no-sources-package']);
/** The same, without a value. */
const PLAIN_FLAGS = new Set(['--no-install-project', '--no-install-workspace', '--no-install-local', '--only-install-project', '--only-install-local', '--no-editable', '--no-binary', '--no-build', '--no-sources']);
/**
 * The part of `sync-args` that changes what is installed, in one normal
 * form: extras and groups as uv reads them (so `--dev` and `--group dev`, or
 * flags in another order, are the same selection), plus the flags that skip
 * packages or forbid building or downloading wheels. Everything else
 * (`--locked`, `-v`, `--inexact`, ...) does not change the key. A `--python`
 * is not here: it is in the key as the interpreter it resolves to.
 * Empty for a plain sync.
 */
function syncSelectionText({ words: args, selection: sel }) {
    const parts = [];
    if (sel.allExtras)
        parts.push('all-extras', ...sortedStrings(sel.noExtras).map((e) => `no-extra=${e}`));
    parts.push(...sortedStrings(sel.extras).map((e) => `extra=${e}`));
    if (sel.allGroups)
        parts.push('all-groups');
    parts.push(...sortedStrings(sel.groups).map((g) => `group=${g}`));
    parts.push(...sortedStrings(sel.noGroups).map((g) => `no-group=${g}`));
    if (sel.onlyGroups)
        parts.push('only-groups');
    else if (!sel.defaultGroups)
        parts.push('no-default-groups');
    const flags = new Set();
    for (let i = 0; i < args.length; i++) {
        const arg = args[i];
        if (arg === '--')
            break;
        const eq = arg.indexOf('=');
        const flag = arg.startsWith('--') && eq > 0 ? arg.slice(0, eq) : arg;
        if (PLAIN_FLAGS.has(flag))
            flags.add(flag);
        else if (VALUED_FLAGS.has(flag)) {
            const value = eq > 0 && flag !== arg ? arg.slice(eq + 1) : args[++i];
            if (value !== undefined)
                flags.add(`${flag}=${value === ':all:' ? value : normalizeName(value)}`);
        }
    }
    parts.push(...sortedStrings(flags));
    return parts.join(' ');
}
function selectionField(syncArgs) {
    const text = syncSelectionText(syncArgs);
    return text === '' ? 'default' : `s${hashText(text).slice(0, 10)}`;
}
/**
 * Builds the cache key and restore keys from named pieces, e.g.
 * `uv-ws-v2-linux-x64-ubuntu-24.04-cpython-3.12-uv0.13.9-<lock12>-default-pruned-<members12>`.
 * A suffix goes right after the version, marked with `_`
 * (`uv-ws-v2-_gpu-linux-...`), so every restore key carries it: a user who
 * separates caches with a suffix never restores another suffix's cache, and
 * a key without a suffix never restores one with a suffix.
 */
function cacheKey(input) {
    const suffix = input.suffix.trim();
    const pieces = {
        scheme: PREFIX,
        // `_` cannot appear in an encoded field, so a suffixed prefix can never equal an unsuffixed one.
        suffix: suffix === '' ? undefined : `_${key_field(suffix)}`,
        platform: key_field(input.platform),
        arch: key_field(input.arch),
        osName: key_field(input.os.name.toLowerCase()),
        osRelease: key_field(input.os.release),
        pythonImplementation: key_field(input.python.implementation.toLowerCase()),
        python: key_field(input.python.version),
        uv: `uv${key_field(input.uvVersion)}`,
        lock: input.lockHash.slice(0, 12),
        selection: selectionField(input.syncArgs),
        prune: input.pruned ? 'pruned' : 'full',
        members: membersField(input.members),
    };
    const join = (...parts) => parts.filter((p) => p !== undefined).join('-');
    // Never crossed by a restore key.
    const fixed = join(pieces.scheme, pieces.suffix, pieces.platform, pieces.arch, pieces.osName, pieces.osRelease, pieces.pythonImplementation, pieces.python, pieces.uv);
    const lockPrefix = `${join(fixed, pieces.lock)}-`;
    const samePrefix = `${join(fixed, pieces.lock, pieces.selection, pieces.prune)}-`;
    const key = `${samePrefix}${pieces.members}`;
    // Bounded by construction (every field is capped); kept as a guard against future fields.
    if (key.length > MAX_KEY_LENGTH)
        throw new Error(`cache key is ${key.length} characters, over the service's ${MAX_KEY_LENGTH}`);
    return { key, restoreKeys: [samePrefix, lockPrefix, `${fixed}-`], lockPrefix };
}

;// CONCATENATED MODULE: ./src/cache/marker-key.ts
// The keys of passed markers (pure). A marker is a tiny cache entry whose key
// says everything anyone reads of it, so reading one is a lookup, never a
// download:
//
//   uv-ws-passed-v1[-_suffix]-<member>-<fingerprint>-<ref>[-<seconds>s]
//
// The member's tests passed at this fingerprint on this ref, in this many
// seconds (written by the post step after a `run`; `mode: record` knows no
// duration). Every field is `field`-encoded, so none holds a `-`: the member
// prefix of `api` never matches `api-client`'s markers, and the duration is
// what follows the last `-`. A key without it (written before durations were
// kept) reads as a pass with no duration.

/**
 * Where a marker is written before it is saved, relative to the step's
 * working directory. The cache service versions an entry by the paths it
 * holds, so lookup and save must name the same path on every runner: a
 * relative one does not depend on where the runner keeps its work directory.
 */
const MARKER_DIR = '.uv-workspace-sync-passed';
/** Bumped when the marker layout changes incompatibly, so old markers stop matching. */
const MARKER_VERSION = 'v1';
/** The prefix of every marker of `member` (any fingerprint): its newest says how long its tests took last. */
function memberMarkerPrefix(member, suffix) {
    const head = suffix.trim() === '' ? `uv-ws-passed-${MARKER_VERSION}` : `uv-ws-passed-${MARKER_VERSION}-_${field(suffix.trim())}`;
    return `${head}-${field(member)}-`;
}
/** Key prefix of one member's markers at one fingerprint; the ref it passed on follows. */
function markerPrefix(member, fingerprint, suffix) {
    return `${memberMarkerPrefix(member, suffix)}${fingerprint}-`;
}
/** The duration as the key holds it: tenths of a second. */
function secondsField(seconds) {
    return `${(Math.round(Math.max(0, seconds) * 10) / 10).toFixed(1)}s`;
}
function markerKey(member, fingerprint, suffix, ref, seconds) {
    return `${markerPrefix(member, fingerprint, suffix)}${field(ref || 'unknown')}${seconds === undefined ? '' : `-${secondsField(seconds)}`}`;
}
/** What a matched marker key of `member` says; undefined when it is not one. */
function readMarkerKey(key, member, suffix) {
    const prefix = memberMarkerPrefix(member, suffix);
    if (!key.startsWith(prefix))
        return undefined;
    const [fingerprint, ref, duration, ...rest] = key.slice(prefix.length).split('-');
    if (!fingerprint || ref === undefined || rest.length > 0)
        return undefined;
    const seconds = duration === undefined ? undefined : /^(\d+(?:\.\d+)?)s$/.exec(duration)?.[1];
    if (duration !== undefined && seconds === undefined)
        return undefined;
    let decoded;
    try {
        decoded = decodeURIComponent(ref) || 'unknown ref';
    }
    catch {
        decoded = ref;
    }
    return { fingerprint, ref: decoded, ...(seconds === undefined ? {} : { seconds: Number(seconds) }) };
}

;// CONCATENATED MODULE: ./src/action/marker-save.ts
// Saving passed markers (cache/marker-key.ts), for `mode: record` and for the
// post step after a `run`: each marker is one tiny entry holding a JSON note
// of what passed (for whoever opens it; nothing reads it back: the key says
// it all). The caller has asked the save gate (cache/policy.ts saveGate)
// already. Cache trouble is collected and said once, never per member.



/** How much of a fingerprint a line shows. */
const SHORT = 12;
/**
 * Collects the cache adapter's warnings instead of printing them: a cache
 * service that is down would otherwise say so once per member. Its messages
 * speak of "the uv cache"; a marker is not one.
 */
function markerLog(problems) {
    return { info: () => { }, warning: (message) => problems.push(message.replace(/the uv cache/g, 'the marker')), notice: () => { } };
}
function warnOnce(log, problems, what) {
    if (problems.length === 0)
        return;
    log.warning(`${what} (${problems.length} of them): ${problems[0]}`);
}
/**
 * Saves each marker, each under `deadlineMs`; problems go to `problems`. A
 * save given up at its deadline ends the saving: the service is not
 * answering, and the others would wait as long.
 */
async function saveMarkers(markers, note, log, problems, deadlineMs) {
    if (markers.length === 0)
        return { lines: [], abandoned: false };
    const { saveCache } = await Promise.all(/* import() */[__webpack_require__.e(637), __webpack_require__.e(149)]).then(__webpack_require__.bind(__webpack_require__, 4149));
    const dir = external_node_path_default().resolve(MARKER_DIR);
    const lines = [];
    try {
        for (const { member, fingerprint, key } of markers) {
            await (0,promises_.mkdir)(dir, { recursive: true });
            await (0,promises_.writeFile)(external_node_path_default().join(dir, 'marker.json'), `${JSON.stringify({ member, fingerprint, ref: note.ref, runId: note.runId })}\n`);
            const saved = await saveCache({ paths: [MARKER_DIR], key, log: markerLog(problems), ...(deadlineMs ? { deadlineMs } : {}) });
            const line = saved.saved || /already saved/.test(saved.reason)
                ? `recorded ${member} as passed at ${fingerprint.slice(0, SHORT)}`
                : `did not record ${member}: ${saved.reason.replace(/the uv cache/g, 'the marker')}`;
            log.info(line);
            lines.push(line);
            if (saved.abandoned)
                return { lines, abandoned: true };
        }
    }
    finally {
        await (0,promises_.rm)(dir, { recursive: true, force: true });
    }
    return { lines, abandoned: false };
}

;// CONCATENATED MODULE: ./src/action/post-run.ts
// The post step's work, when main planned a save (cache/outcome.ts planSave;
// the entry asks action/post-gate.ts first): prune the uv cache, save it,
// count the lock's entries; save the passed markers of a `run`. Nothing here
// fails the job: cache trouble is a warning.












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
    runner.runner.info(`uv cache budget: ${budget.entries} ${budget.entries === 1 ? 'entry' : 'entries'} for this uv.lock${budget.source === 'run' ? ' seen by this run (the list of the repository\'s caches was not readable: the token needs actions: read)' : ''}`);
    return budget;
}
/**
 * Pruning shapes what is uploaded; a cache that stays where it is (an exact
 * hit, cache: false on a persistent volume) is left whole.
 */
async function pruneStep(state, post) {
    const beforeBytes = await directorySize(state.cacheDir);
    const started = Date.now();
    // uv's own words go into the group, so it is never empty; they are uv's,
    // not ours, so neutralised like every other untrusted line (no workflow
    // command, no ESC sequence but colour).
    const prune = await runner.runner.group('uv cache prune --ci', () => pruneCache(state.uvPath, {
        cacheDir: state.cacheDir,
        uvVersion: state.uvVersion,
        env: copyEnv(process.env, { UV_CACHE_DIR: state.cacheDir }),
        onLine: (line) => runner.runner.info((0,report_escape/* logText */.kc)(line)),
    }));
    if (prune.warning) {
        runner.runner.warning(prune.warning);
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
    const { saveCache } = await Promise.all(/* import() */[__webpack_require__.e(637), __webpack_require__.e(149)]).then(__webpack_require__.bind(__webpack_require__, 4149));
    const result = await runner.runner.group('Save uv cache', () => saveCache({ paths: [state.cacheDir], key: state.cacheKey, log: runner.runner, deadlineMs: config.cacheTimeoutMs }));
    post.save = { saved: result.saved, key: state.cacheKey, reason: result.reason, sizeBytes: result.sizeBytes };
    return result.abandoned === true;
}
/** Saves the passed markers main handed over (it asked the save gate). */
async function markersStep(markers, config) {
    const problems = [];
    const saved = await runner.runner.group('Save passed markers', () => saveMarkers(markers.list, markers, runner.runner, problems, config.cacheTimeoutMs));
    warnOnce(runner.runner, problems, 'skip-passed: some passed markers were not saved');
    return saved;
}
/**
 * Carries out the saves main planned (action/post-gate.ts decided there is
 * one): prune when asked, save the uv cache, count the entries for the lock,
 * save the passed markers, summarise. Returns true when an upload was given
 * up at its deadline and may still hold sockets open: the entry point then
 * ends the process instead of waiting for them.
 */
async function runPost(state, cache) {
    let abandoned = false;
    try {
        const config = parseConfig((name) => runner.runner.getInput(name), process.env.GITHUB_WORKSPACE || process.cwd());
        const post = { warnings: [] };
        const summary = [];
        if (cache.save) {
            const saving = { ...state, cacheDir: cache.cacheDir, cacheKey: cache.cacheKey };
            abandoned = await saveStep(config, saving, post);
            if (state.cacheLockPrefix)
                post.budget = await cacheBudget(saving, config.githubToken, post.save);
            summary.push(renderPostSummary(post));
        }
        if (state.markers?.list.length && !abandoned) {
            const markers = await markersStep(state.markers, config);
            abandoned = markers.abandoned;
            summary.push(markersSummary(markers.lines));
        }
        if (config.summary && summary.length > 0)
            await writeSummary(summary.join('\n'));
    }
    catch (error) {
        // The job's result was decided in main; the post step only warns.
        runner.runner.warning(`uv-workspace-sync post: ${(0,errors/* formatError */.W)(error)}`);
    }
    return abandoned;
}


/***/ }),

/***/ 5242:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runner: () => (/* binding */ runner)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3916);
/* harmony import */ var _input_env_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2036);
/* harmony import */ var _report_escape_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4031);
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
    process.stdout.write(`::${name}${list ? ` ${list}` : ''}::${escapeData(message)}${node_os__WEBPACK_IMPORTED_MODULE_2__.EOL}`);
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
        process.stdout.write(`${level}${where}: ${(0,_report_escape_js__WEBPACK_IMPORTED_MODULE_4__/* .logText */ .kc)(props.title ? `${props.title}: ${message}` : message)}${node_os__WEBPACK_IMPORTED_MODULE_2__.EOL}`);
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
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.appendFileSync)(file, `${name}<<${delimiter}${node_os__WEBPACK_IMPORTED_MODULE_2__.EOL}${value}${node_os__WEBPACK_IMPORTED_MODULE_2__.EOL}${delimiter}${node_os__WEBPACK_IMPORTED_MODULE_2__.EOL}`, 'utf8');
    }
    catch (error) {
        // The runner's own file: one line that says which, never a stack trace.
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .y(`${variable} (${file}) cannot be written: ${error.code ?? String(error)}`, `the runner gives each step a writable ${variable}; check that no earlier step removed it, changed ${variable} or made its directory read-only`);
    }
    return true;
}
const runner = {
    /** An input as the runner passes it (INPUT_ + the name upper-cased, spaces as `_`), trimmed. */
    getInput(name) {
        return (0,_input_env_js__WEBPACK_IMPORTED_MODULE_5__/* .inputFromEnv */ .y)(process.env, name);
    },
    info(message) {
        process.stdout.write(`${message}${node_os__WEBPACK_IMPORTED_MODULE_2__.EOL}`);
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
    /**
     * Appends a block (and a line end) to the job summary; throws when there is
     * none to write (the caller warns). Written at once, as the file commands
     * are: it is the last thing a step does, and the four round trips through
     * libuv's thread pool (access, open, write, close) were a few ms of a warm
     * step's own time on a busy runner.
     */
    async appendSummary(markdown) {
        const file = process.env.GITHUB_STEP_SUMMARY;
        if (!file)
            throw new Error('GITHUB_STEP_SUMMARY is not set: this runner has no job summary');
        try {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.accessSync)(file, node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.R_OK | node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.W_OK);
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.appendFileSync)(file, `${markdown}${node_os__WEBPACK_IMPORTED_MODULE_2__.EOL}`, 'utf8');
        }
        catch (error) {
            throw new Error(`GITHUB_STEP_SUMMARY (${file}) cannot be written: ${error.code ?? String(error)}`);
        }
    },
};


/***/ })

};
