export const id = 306;
export const ids = [306];
export const modules = {

/***/ 8306:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  restoreCache: () => (/* binding */ restoreCache)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/process.ts + 1 modules
var src_process = __webpack_require__(7063);
// EXTERNAL MODULE: ./src/text.ts
var src_text = __webpack_require__(8992);
;// CONCATENATED MODULE: ./src/cache/archive.ts
// Safe extraction of a cache archive. `@actions/cache` extracts with `tar -P`
// relative to GITHUB_WORKSPACE, so an archive entry named `../x` or `/x` lands
// anywhere the job can write (sources, .github/workflows) — and an archive is
// whatever the cache service hands back. Here the archive is listed first,
// every entry must lie under the one prefix this action saves (the cache dir,
// relative to the filesystem root), and it is extracted without `-P` into an
// empty staging dir inside the cache dir; its symlinks are checked to point
// inside (venv interpreter links excepted) before anything is moved into place.




/** Runs tar or zstd; anything but a clean exit within the time is an error naming the tool and why. */
async function run(file, args, timeoutMs) {
    const fail = (why) => new Error(`${external_node_path_default().basename(file)} ${args[0]} ${why}`);
    const result = await (0,src_process/* runProcess */.R3)(file, args, { timeoutMs: Math.max(1, timeoutMs), killSignal: 'SIGKILL', maxOutput: 512 * 1024 * 1024 }).catch((error) => {
        throw error instanceof src_process/* SpawnError */.G$ ? fail(`could not be started: ${error.message}`) : error;
    });
    if (result.timedOut)
        throw fail(`did not finish within ${Math.round(timeoutMs / 1000)} s`);
    if (result.truncated)
        throw fail('printed more output than expected');
    if (result.code !== 0)
        throw fail((result.stderr.trim().split('\n')[0] ?? '') || `exited with code ${result.code}`);
    return { stdout: result.stdout, stderr: result.stderr };
}
/** What the client would pick (its getCompressionMethod): zstd when `zstd` runs, else gzip. */
async function compressionMethod() {
    try {
        const { stdout } = await run('zstd', ['--quiet', '--version'], 10_000);
        return stdout.trim() === '' ? 'gzip' : 'zstd-without-long';
    }
    catch {
        return 'gzip';
    }
}
function decompressArgs(method) {
    return method === 'gzip' ? ['-z'] : ['--use-compress-program', 'unzstd --long=30'];
}
/** The archive-relative prefix of `dir` as this action saves it (from the filesystem root, `/`-separated). */
function archivePrefix(dir) {
    const resolved = external_node_path_default().resolve(dir);
    return (0,src_text/* posixRelative */.qi)(external_node_path_default().parse(resolved).root, resolved);
}
/**
 * The first entry that does not lie under `prefix`, or undefined. GNU tar
 * lists names as stored, with a trailing `/` for dirs.
 */
function escapingEntry(names, prefix) {
    for (const raw of names) {
        const name = raw.replace(/\/+$/, '');
        if (name === '')
            continue;
        if (name.startsWith('/') || /^[A-Za-z]:/.test(name) || name.split('/').includes('..'))
            return raw;
        if (name !== prefix && !name.startsWith(`${prefix}/`))
            return raw;
    }
    return undefined;
}
/**
 * A venv's interpreter link (`bin/python`, `bin/python3.12`): uv's build and
 * cached environments (builds-v0, environments-v2) point it at the system
 * interpreter, outside the cache, and uv never writes through it.
 */
const INTERPRETER_LINK = /^python(\d+(\.\d+)?)?$/;
/**
 * The first symlink under `root` that points outside it, other than a venv's
 * interpreter link. Such a link would let a later write by uv into the cache
 * (a new wheel under `wheels-v5/pypi/x/`) land wherever it points.
 */
async function symlinkEscaping(root, dir = root) {
    for (const entry of await (0,promises_.readdir)(dir, { withFileTypes: true })) {
        const full = external_node_path_default().join(dir, entry.name);
        if (entry.isSymbolicLink()) {
            const target = external_node_path_default().resolve(dir, await (0,promises_.readlink)(full));
            const rel = external_node_path_default().relative(root, target);
            const outside = rel.startsWith('..') || external_node_path_default().isAbsolute(rel);
            if (outside && !(INTERPRETER_LINK.test(entry.name) && external_node_path_default().basename(dir) === 'bin'))
                return `${external_node_path_default().relative(root, full)} -> ${await (0,promises_.readlink)(full)}`;
        }
        else if (entry.isDirectory()) {
            const found = await symlinkEscaping(root, full);
            if (found)
                return found;
        }
    }
    return undefined;
}
/** Moves everything in `from` into `to`, replacing what is in the way, merging dirs. */
async function moveInto(from, to) {
    for (const name of await (0,promises_.readdir)(from)) {
        const source = external_node_path_default().join(from, name);
        const target = external_node_path_default().join(to, name);
        const [s, t] = await Promise.all([(0,promises_.lstat)(source), (0,promises_.lstat)(target).catch(() => undefined)]);
        if (t?.isDirectory() && s.isDirectory()) {
            await moveInto(source, target);
            await (0,promises_.rmdir)(source).catch(() => undefined);
            continue;
        }
        if (t)
            await (0,promises_.rm)(target, { recursive: true, force: true });
        await (0,promises_.rename)(source, target);
    }
}
class UnsafeArchiveError extends Error {
}
/**
 * Extracts `archive` (saved by this action from `cacheDir`) into `cacheDir`,
 * or throws without writing anything outside `cacheDir`: an
 * `UnsafeArchiveError` when an entry or symlink would escape, another error
 * when tar fails (the staging dir is removed either way).
 */
async function extractArchive(opts) {
    const { archive, cacheDir, method } = opts;
    const until = Date.now() + opts.timeoutMs;
    const left = () => until - Date.now();
    // Names as stored: with a C locale the default quoting prints a non-ASCII cache dir as octal
    // escapes. A name holding a newline then shows as two lines, each checked: only ever a false alarm.
    const { stdout } = await run('tar', ['-tf', archive, '--quoting-style=literal', ...decompressArgs(method)], left());
    const names = stdout.split('\n').filter((line) => line !== '');
    const prefix = archivePrefix(cacheDir);
    const bad = escapingEntry(names, prefix);
    if (bad !== undefined)
        throw new UnsafeArchiveError(`the archive has an entry outside ${cacheDir}: ${JSON.stringify(bad)}`);
    await (0,promises_.mkdir)(cacheDir, { recursive: true });
    const staging = external_node_path_default().join(cacheDir, `.uvws-restore-${process.pid}-${Date.now()}`);
    await (0,promises_.mkdir)(staging);
    try {
        const strip = prefix.split('/').length;
        // No -P: GNU tar then refuses `..` members and defers symlinks that point
        // outside until the end, so nothing is written through one.
        await run('tar', ['-xf', archive, ...decompressArgs(method), '-C', staging, `--strip-components=${strip}`, '--no-same-owner'], left());
        const link = await symlinkEscaping(staging);
        if (link)
            throw new UnsafeArchiveError(`the archive has a symlink pointing outside ${cacheDir}: ${JSON.stringify(link)}`);
        await moveInto(staging, cacheDir);
    }
    finally {
        await (0,promises_.rm)(staging, { recursive: true, force: true });
    }
}

// EXTERNAL MODULE: ./src/cache/service.ts
var service = __webpack_require__(8125);
;// CONCATENATED MODULE: ./src/cache/restore.ts
// Restore of the uv cache (main) and lookups of marker entries (skip-passed):
// one directory, spoken to the cache service directly (service.ts, v1 and v2)
// and extracted safely (archive.ts), so this path never loads @actions/cache
// (most of the bundle) and the client's `tar -P`, which trusts the archive,
// never runs on a restore. Saves go through the client: cache/save.ts.






/**
 * Restores the cache into `dir`. Never throws: a service or archive problem
 * is `hit: 'error'` with a warning (already logged), and the job goes on
 * without a cache. The lookup (cache service v2 on github.com, v1 on GitHub
 * Enterprise Server) and the download run under `deadlineMs`, and the
 * archive is extracted by archive.ts, which writes nothing outside the cache
 * dir; an archive with an entry that would escape is discarded.
 */
async function restoreCache(opts) {
    const { dir, primaryKey, restoreKeys, log } = opts;
    const deadlineMs = opts.deadlineMs ?? service/* DEFAULT_CACHE_DEADLINE_MS */.ls;
    const missing = (0,service/* serviceMissing */.WI)();
    if (missing) {
        // Not a fault of the service: there is none to ask (GitHub always sets it on its runners).
        log.info(`not restoring the uv cache: ${missing}`);
        return { hit: 'unavailable', warning: missing };
    }
    return restoreSafely(dir, primaryKey, restoreKeys, log, deadlineMs, opts.lookupOnly ?? false);
}
async function restoreSafely(dir, primaryKey, restoreKeys, log, deadlineMs, lookupOnly) {
    const until = Date.now() + deadlineMs;
    const left = () => Math.max(1, until - Date.now());
    const fail = (why) => {
        const warning = `the uv cache was not restored, continuing without it: ${why}`;
        log.warning(warning);
        return { hit: 'error', warning };
    };
    const method = await compressionMethod();
    let found;
    try {
        found = await (0,service/* lookup */.$I)({ service: (0,service/* serviceVersion */.C6)(), key: primaryKey, restoreKeys, version: (0,service/* cacheVersion */.DS)([dir], method), timeoutMs: left() });
    }
    catch (error) {
        return fail(error instanceof service/* DeadlineError */.j3 ? `${error.message} ('cache-timeout' is ${Math.round(deadlineMs / 1000)} s)` : (0,errors/* formatError */.W)(error));
    }
    if (!found)
        return { hit: 'miss' };
    if (lookupOnly)
        return { hit: found.matchedKey === primaryKey ? 'exact' : 'partial', matchedKey: found.matchedKey };
    log.info(`Cache hit for ${found.matchedKey === primaryKey ? '' : 'restore-key: '}${found.matchedKey}`);
    const tmp = await (0,promises_.mkdtemp)(external_node_path_default().join(process.env.RUNNER_TEMP || external_node_os_default().tmpdir(), 'uvws-archive-'));
    try {
        const archive = external_node_path_default().join(tmp, method === 'gzip' ? 'cache.tgz' : 'cache.tzst');
        const bytes = await (0,service/* download */.RG)(found.url, archive, left());
        log.info(`Cache size: ~${Math.round(bytes / (1024 * 1024))} MB (${bytes} B)`);
        await extractArchive({ archive, cacheDir: dir, method, timeoutMs: left() });
    }
    catch (error) {
        if (error instanceof UnsafeArchiveError)
            return fail(`${error.message}; the archive was discarded and nothing was extracted`);
        const why = error instanceof service/* DeadlineError */.j3 ? `${error.message} ('cache-timeout' is ${Math.round(deadlineMs / 1000)} s)` : (0,errors/* formatError */.W)(error);
        return fail(`${why}; nothing was extracted`);
    }
    finally {
        await (0,promises_.rm)(tmp, { recursive: true, force: true });
    }
    return { hit: found.matchedKey === primaryKey ? 'exact' : 'partial', matchedKey: found.matchedKey };
}


/***/ }),

/***/ 8125:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $I: () => (/* binding */ lookup),
/* harmony export */   C6: () => (/* binding */ serviceVersion),
/* harmony export */   DS: () => (/* binding */ cacheVersion),
/* harmony export */   NE: () => (/* binding */ withDeadline),
/* harmony export */   RG: () => (/* binding */ download),
/* harmony export */   WI: () => (/* binding */ serviceMissing),
/* harmony export */   j3: () => (/* binding */ DeadlineError),
/* harmony export */   ls: () => (/* binding */ DEFAULT_CACHE_DEADLINE_MS)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6466);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_stream_promises__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _actions_http_client__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4942);
/* harmony import */ var _actions_http_client_lib_auth__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2145);
// The restore half of GitHub's cache service, spoken directly so that the
// lookup and the download run under our deadline and the archive reaches our
// safe extraction (archive.ts) instead of the client's `tar -P`. Both
// protocols are spoken: v2 (the twirp API every github.com runner uses) and
// v1 (the REST API of GitHub Enterprise Server). The requests are the ones
// @actions/cache 6.3 sends (same version hash), so entries it saved are
// found. HTTP goes through @actions/http-client, which honours the runner's
// proxy settings like the client does.





const SERVICE = 'github.actions.results.api.v1.CacheService';
/** The entry version @actions/cache computes (its getCacheVersion, salt 1.0). */
function cacheVersion(paths, method, platform = process.platform) {
    const components = [...paths, method];
    if (platform === 'win32')
        components.push('windows-only');
    components.push('1.0');
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(components.join('|')).digest('hex');
}
/** The protocol the client would use: v2 on github.com and ghe.com, v1 on GitHub Enterprise Server. */
function serviceVersion(env = process.env) {
    const host = new URL(env.GITHUB_SERVER_URL || 'https://github.com').hostname.trimEnd().toUpperCase();
    const ghes = host !== 'GITHUB.COM' && !host.endsWith('.GHE.COM') && !host.endsWith('.LOCALHOST');
    return !ghes && env.ACTIONS_CACHE_SERVICE_V2 ? 'v2' : 'v1';
}
/** Why this job has no cache service to talk to, or undefined when it has one (the client's isFeatureAvailable). */
function serviceMissing(env = process.env) {
    if (serviceVersion(env) === 'v2' ? env.ACTIONS_RESULTS_URL : env.ACTIONS_CACHE_URL)
        return undefined;
    return 'the GitHub cache service is not available to this job (ACTIONS_RESULTS_URL is not set; GitHub sets it on its runners)';
}
/** Restore and save each give up after this long by default (the `cache-timeout` input). */
const DEFAULT_CACHE_DEADLINE_MS = 5 * 60_000;
class DeadlineError extends Error {
}
/** Rejects with a DeadlineError after `ms`; the timer does not keep the process alive. */
function withDeadline(promise, ms, what) {
    let timer;
    const deadline = new Promise((_, reject) => {
        timer = setTimeout(() => reject(new DeadlineError(`${what} did not finish within ${Math.round(ms / 1000)} s`)), Math.max(0, ms));
        timer.unref();
    });
    return Promise.race([promise, deadline]).finally(() => clearTimeout(timer));
}
function client(timeoutMs) {
    const token = process.env.ACTIONS_RUNTIME_TOKEN ?? '';
    return new _actions_http_client__WEBPACK_IMPORTED_MODULE_3__/* .HttpClient */ .Qq('uv-workspace-sync', [new _actions_http_client_lib_auth__WEBPACK_IMPORTED_MODULE_4__/* .BearerCredentialHandler */ .tZ(token)], { socketTimeout: Math.max(1000, timeoutMs), allowRetries: false });
}
class ServiceError extends Error {
    retryable;
    constructor(message, retryable) {
        super(message);
        this.retryable = retryable;
    }
}
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
/**
 * The entry for `key` (else the first restore key that matches); undefined
 * when nothing matches. Throws on any service trouble. Like the client on
 * v2: 5xx and dropped connections are retried (5 attempts, backoff from 1 s),
 * a 429 is not; unlike it, all of it stays inside `timeoutMs`. v1 gets the
 * same policy (its client tries twice, 5 s apart).
 */
async function lookup(opts) {
    const once = opts.service === 'v2' ? lookupOnceV2 : lookupOnceV1;
    const until = Date.now() + opts.timeoutMs;
    for (let attempt = 1;; attempt++) {
        try {
            return await once({ ...opts, timeoutMs: Math.max(1, until - Date.now()) });
        }
        catch (error) {
            const wait = 1000 * 1.5 ** (attempt - 1);
            if (!(error instanceof ServiceError) || !error.retryable || attempt >= 5 || Date.now() + wait >= until)
                throw error;
            await sleep(wait);
        }
    }
}
/** One request of a lookup: its status and body, with the service's trouble as ServiceErrors. */
async function send(timeoutMs, request) {
    const http = client(timeoutMs);
    try {
        const response = await withDeadline(request(http), timeoutMs, 'the cache lookup').catch((error) => {
            const code = error.code;
            throw error instanceof DeadlineError ? error : new ServiceError(`the cache lookup failed: ${error.message}`, code === 'ECONNRESET' || code === 'EPIPE');
        });
        const text = await withDeadline(response.readBody(), timeoutMs, 'the cache lookup');
        const status = response.message.statusCode ?? 0;
        if (status === 429) {
            const after = response.message.headers['retry-after'];
            throw new ServiceError(`the cache service is rate limiting this repository (429${after ? `, retry after ${after} s` : ''})`, false);
        }
        if (status < 200 || status > 299)
            throw new ServiceError(`the cache service answered ${status} to the lookup: ${text.slice(0, 200)}`, status >= 500);
        return { status, text };
    }
    finally {
        http.dispose();
    }
}
/** v2: twirp GetCacheEntryDownloadURL. */
async function lookupOnceV2(opts) {
    const url = new URL(`/twirp/${SERVICE}/GetCacheEntryDownloadURL`, process.env.ACTIONS_RESULTS_URL ?? '').href;
    const body = JSON.stringify({ key: opts.key, restore_keys: opts.restoreKeys, version: opts.version });
    const { text } = await send(opts.timeoutMs, (http) => http.post(url, body, { 'Content-Type': 'application/json' }));
    const parsed = JSON.parse(text);
    if (!parsed.ok || !parsed.signed_download_url || !parsed.matched_key)
        return undefined;
    return { matchedKey: parsed.matched_key, url: parsed.signed_download_url };
}
/**
 * v1 (GitHub Enterprise Server): `GET _apis/artifactcache/cache`, the primary
 * key and the restore keys comma-joined in one query; 204 is a miss.
 */
async function lookupOnceV1(opts) {
    // Appended, not resolved: on GHES the base URL carries a path of its own (as the client builds it).
    const base = process.env.ACTIONS_CACHE_URL || process.env.ACTIONS_RESULTS_URL || '';
    const url = `${base}_apis/artifactcache/cache?keys=${encodeURIComponent([opts.key, ...opts.restoreKeys].join(','))}&version=${opts.version}`;
    const { status, text } = await send(opts.timeoutMs, (http) => http.get(url, { Accept: 'application/json;api-version=6.0-preview.1' }));
    if (status === 204)
        return undefined;
    const parsed = JSON.parse(text);
    // The client gives up on an entry without a location too ("Cache not found."); not a miss, the service misbehaves.
    if (!parsed.archiveLocation || !parsed.cacheKey)
        throw new ServiceError('the cache service answered the lookup without an archive location or key', false);
    return { matchedKey: parsed.cacheKey, url: parsed.archiveLocation };
}
/** Downloads `url` to `file` within `timeoutMs`. */
async function download(url, file, timeoutMs) {
    const http = new _actions_http_client__WEBPACK_IMPORTED_MODULE_3__/* .HttpClient */ .Qq('uv-workspace-sync', [], { socketTimeout: Math.max(1000, timeoutMs) });
    try {
        const response = await withDeadline(http.get(url), timeoutMs, 'the cache download');
        const status = response.message.statusCode ?? 0;
        if (status !== 200) {
            response.message.resume();
            throw new Error(`the cache storage answered ${status} to the download`);
        }
        const out = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.createWriteStream)(file);
        let bytes = 0;
        response.message.on('data', (chunk) => (bytes += chunk.length));
        await withDeadline((0,node_stream_promises__WEBPACK_IMPORTED_MODULE_2__.pipeline)(response.message, out), timeoutMs, 'the cache download').catch((error) => {
            response.message.destroy();
            out.destroy();
            throw error;
        });
        const expected = Number(response.message.headers['content-length'] ?? bytes);
        if (bytes !== expected)
            throw new Error(`the cache download ended after ${bytes} of ${expected} bytes`);
        return bytes;
    }
    finally {
        http.dispose();
    }
}


/***/ })

};
