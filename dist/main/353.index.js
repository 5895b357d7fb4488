export const id = 353;
export const ids = [353];
export const modules = {

/***/ 353:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   saveCache: () => (/* binding */ saveCache)
/* harmony export */ });
/* harmony import */ var node_async_hooks__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6698);
/* harmony import */ var node_async_hooks__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_async_hooks__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _actions_cache__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3018);
/* harmony import */ var _actions_http_client_lib_auth__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2145);
/* harmony import */ var _report_escape_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4031);
/* harmony import */ var _service_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(1652);
// Save of the uv cache (post) and of marker entries (record mode), through
// @actions/cache. A thin adapter: the client already swallows service
// errors, but it reports them only as log lines (some as red `::error::`
// annotations) and returns the same `undefined` for "no cache" and "the
// service failed". So each call runs with its log lines captured: failures
// become one warning of ours, never an error. Restores do not come here
// (cache/restore.ts), so main never loads the client.







const current = new node_async_hooks__WEBPACK_IMPORTED_MODULE_0__.AsyncLocalStorage();
let hooked = false;
function unescapeCommandData(text) {
    return text.replace(/%0D/gi, '\r').replace(/%0A/gi, '\n').replace(/%25/g, '%');
}
/**
 * A chunk the client wrote through @actions/core as one of the commands it
 * issues: core writes each command in one call and escapes its data, so a
 * real one never holds a raw line break.
 */
const CORE_COMMAND = /^::(debug|group|endgroup|add-mask)(?: [^\r\n:]*)?::[^\r\n]*\r?\n?$/;
/**
 * What reaches the log of a chunk the client printed. Its info lines echo
 * what the service sent (matched keys, error bodies, once per retry): one
 * info call is one chunk, printed as one neutralised line, so a line break
 * in a service message followed by `::add-mask::` or `::stop-commands::`
 * shows as `\n` and starts no command.
 */
function passThrough(text) {
    if (CORE_COMMAND.test(text))
        return text;
    const eol = /\r?\n$/.exec(text)?.[0] ?? '';
    return `${(0,_report_escape_js__WEBPACK_IMPORTED_MODULE_5__/* .logText */ .kc)(text.slice(0, text.length - eol.length))}${eol}`;
}
function hookStdout() {
    if (hooked)
        return;
    hooked = true;
    const write = process.stdout.write.bind(process.stdout);
    process.stdout.write = ((chunk, ...rest) => {
        const captured = current.getStore();
        if (!captured)
            return write(chunk, ...rest);
        const text = typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
        const command = /^::(warning|error|notice)(?: [^:]*)?::(.*?)\r?\n?$/s.exec(text);
        if (command) {
            captured.annotations.push({ level: command[1], message: unescapeCommandData(command[2]) });
            const callback = rest.find((r) => typeof r === 'function');
            callback?.();
            return true;
        }
        captured.lines.push(...text.split(/\r?\n/).filter((line) => line !== ''));
        return write(passThrough(text), ...rest.filter((r) => typeof r === 'function'));
    });
}
async function captureOutput(fn) {
    hookStdout();
    const captured = { annotations: [], lines: [] };
    try {
        const value = await current.run(captured, fn);
        return { value, captured };
    }
    catch (thrown) {
        return { thrown, captured };
    }
}
function failureText(captured, prefix) {
    const problems = captured.annotations.filter((a) => a.level === 'warning' || a.level === 'error').map((a) => a.message);
    if (problems.length === 0)
        return undefined;
    // The client's summary line ("Failed to restore: ...") says the most; other warnings add detail.
    const main = problems.find((p) => p.startsWith(prefix)) ?? problems[problems.length - 1];
    const others = problems.filter((p) => p !== main);
    return [main, ...others].join('; ');
}
/** `host:port` of the cache service this job's token is for, as the client's requests name it. */
function serviceHost(env = process.env) {
    const raw = (0,_service_js__WEBPACK_IMPORTED_MODULE_6__/* .serviceVersion */ .C6)(env) === 'v2' ? env.ACTIONS_RESULTS_URL : env.ACTIONS_CACHE_URL || env.ACTIONS_RESULTS_URL;
    if (!raw || !URL.canParse(raw))
        return undefined;
    const url = new URL(raw);
    return `${url.hostname}:${url.port || (url.protocol === 'https:' ? '443' : '80')}`;
}
let confined = false;
/**
 * The client's HTTP client runs its credential handler on every request it
 * sends, the ones a redirect sends elsewhere included, so a redirect from
 * the cache service to another host would carry the runtime token there.
 * The handler is made to add the token only to requests for the service's
 * own host and port (restores speak to the service directly: service.ts).
 */
function confineToken() {
    if (confined)
        return;
    confined = true;
    const handler = _actions_http_client_lib_auth__WEBPACK_IMPORTED_MODULE_4__/* .BearerCredentialHandler */ .tZ.prototype;
    const addToken = handler.prepareRequest;
    handler.prepareRequest = function (options) {
        if (`${options.host}:${options.port}` === serviceHost())
            addToken.call(this, options);
    };
}
/**
 * The client runs tar with `-C $GITHUB_WORKSPACE` inside one command string
 * it splits on spaces, so a workspace path with a space fails every save
 * ("tar exit code 2"). Archiving relative to the filesystem root avoids
 * that, and it is the one layout restoreSafely accepts (archive.ts archivePrefix).
 */
async function uploadFromRoot(paths, first, key, deadlineMs) {
    const root = node_path__WEBPACK_IMPORTED_MODULE_2___default().parse(node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(first)).root;
    confineToken();
    const savedWorkspace = process.env.GITHUB_WORKSPACE;
    process.env.GITHUB_WORKSPACE = root;
    // Paths go to the client as given: the service versions an entry by these
    // strings, and lookups (restoreSafely, skip-passed markers) pass the same ones.
    return captureOutput(() => (0,_service_js__WEBPACK_IMPORTED_MODULE_6__/* .withDeadline */ .NE)(_actions_cache__WEBPACK_IMPORTED_MODULE_3__/* .saveCache */ .Io(paths, key), deadlineMs, 'the cache upload')).finally(() => {
        if (savedWorkspace === undefined)
            delete process.env.GITHUB_WORKSPACE;
        else
            process.env.GITHUB_WORKSPACE = savedWorkspace;
    });
}
/**
 * The client reports every failed reservation as "another job may be
 * creating this cache"; only its debug line tells a real conflict (409, as
 * GitHub answers a taken key: a notice) from an outage (a warning).
 */
function reservationFailure(lines, key) {
    if (!lines.some((line) => line.startsWith('Failed to save: Unable to reserve cache')))
        return undefined;
    const detailLine = lines.find((line) => line.startsWith('::debug::Failed to reserve cache:'));
    const detail = detailLine ? unescapeCommandData(detailLine.slice('::debug::Failed to reserve cache:'.length)).trim() : '';
    if (detail === '' || /\(409\)|already exists/i.test(detail)) {
        return { conflict: true, reason: `another job already saved (or is saving) the uv cache under key ${key}; nothing to do` };
    }
    return { conflict: false, reason: `the uv cache was not saved: ${detail.replace(/^Error: /, '')}` };
}
/**
 * Saves `paths` under `key`. Never throws. Another job having saved (or
 * saving) the same key is normal in a matrix and is a notice, not a warning;
 * any other failure is a warning.
 */
async function saveCache(opts) {
    const { paths, key, log } = opts;
    const deadlineMs = opts.deadlineMs ?? _service_js__WEBPACK_IMPORTED_MODULE_6__/* .DEFAULT_CACHE_DEADLINE_MS */ .ls;
    const notice = (message) => (log.notice ?? log.info)(message);
    const missing = (0,_service_js__WEBPACK_IMPORTED_MODULE_6__/* .serviceMissing */ .WI)();
    if (missing) {
        const reason = `the uv cache was not saved: ${missing}`;
        log.warning(reason);
        return { saved: false, reason };
    }
    const present = paths.filter((p) => (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(p));
    if (present.length === 0) {
        const reason = `nothing to save: ${paths.join(', ')} does not exist`;
        log.info(reason);
        return { saved: false, reason };
    }
    const { value: id, thrown, captured } = await uploadFromRoot(paths, present[0], key, deadlineMs);
    if (thrown instanceof _service_js__WEBPACK_IMPORTED_MODULE_6__/* .DeadlineError */ .j3) {
        const reason = `the uv cache was not saved: ${thrown.message} ('cache-timeout' is ${Math.round(deadlineMs / 1000)} s)`;
        log.warning(reason);
        return { saved: false, reason, abandoned: true };
    }
    if (thrown === undefined && typeof id === 'number' && id !== -1) {
        const reason = `saved the uv cache under key ${key}`;
        log.info(reason);
        const size = captured.lines.map((line) => /^::debug::File Size: (\d+)\s*$/.exec(line)?.[1]).find((n) => n !== undefined);
        return size === undefined ? { saved: true, reason } : { saved: true, reason, sizeBytes: Number(size) };
    }
    const reserved = thrown === undefined ? reservationFailure(captured.lines, key) : undefined;
    if (reserved) {
        if (reserved.conflict)
            notice(reserved.reason);
        else
            log.warning(reserved.reason);
        return { saved: false, reason: reserved.reason };
    }
    const skipped = captured.lines.find((line) => line.startsWith('Cache save skipped'));
    if (thrown === undefined && skipped) {
        log.info(skipped);
        return { saved: false, reason: skipped };
    }
    const failure = thrown !== undefined ? (thrown instanceof Error ? thrown.message : String(thrown)) : (failureText(captured, 'Failed to save') ?? 'the cache service did not accept it');
    const reason = `the uv cache was not saved: ${failure}`;
    log.warning(reason);
    return { saved: false, reason };
}


/***/ }),

/***/ 1652:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ls: () => (/* binding */ DEFAULT_CACHE_DEADLINE_MS),
  j3: () => (/* binding */ DeadlineError),
  DS: () => (/* binding */ cacheVersion),
  RG: () => (/* binding */ download),
  $I: () => (/* binding */ lookup),
  WI: () => (/* binding */ serviceMissing),
  C6: () => (/* binding */ serviceVersion),
  NE: () => (/* binding */ withDeadline)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:stream/promises"
var promises_ = __webpack_require__(6466);
// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(7067);
var external_node_http_default = /*#__PURE__*/__webpack_require__.n(external_node_http_);
// EXTERNAL MODULE: external "node:https"
var external_node_https_ = __webpack_require__(4708);
var external_node_https_default = /*#__PURE__*/__webpack_require__.n(external_node_https_);
;// CONCATENATED MODULE: ./src/cache/http.ts
// HTTP for the restore's lookups and download. Where the runner sets no proxy
// (GitHub's own runners set none), node's http and https do it: they are
// loaded by any request anyway, while @actions/http-client imports undici for
// a fetch dispatcher it never uses here, a megabyte of code compiled on every
// restore (a sixth of a warm step's own time). Where a proxy is set
// (http_proxy, https_proxy, in either case), the client does it all
// (service.ts), so its proxy rules (no_proxy, loopback, tunnels) stay the
// ones the save follows.


const USER_AGENT = 'uv-workspace-sync';
const PROXY_VARIABLES = ['http_proxy', 'HTTP_PROXY', 'https_proxy', 'HTTPS_PROXY'];
/** What the client follows at most on a GET. */
const MAX_REDIRECTS = 50;
const REDIRECTS = new Set([301, 302, 303, 307, 308]);
/** Whether the runner sets a proxy for any request: the client then takes every request. */
function proxyConfigured(env) {
    return PROXY_VARIABLES.some((name) => (env[name] ?? '') !== '');
}
function readBody(message) {
    return new Promise((resolve, reject) => {
        const chunks = [];
        message.on('data', (chunk) => chunks.push(chunk));
        message.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
        message.on('error', reject);
    });
}
/** node's own http and https, without keep-alive: the step ends right after its few requests. */
function directTransport(socketTimeout) {
    const agents = { 'http:': new (external_node_http_default()).Agent({ keepAlive: false }), 'https:': new (external_node_https_default()).Agent({ keepAlive: false }) };
    const send = (verb, target, body, headers) => new Promise((resolve, reject) => {
        if (target.protocol !== 'http:' && target.protocol !== 'https:') {
            reject(new Error(`cannot request ${target.protocol} URLs`));
            return;
        }
        const request = (target.protocol === 'https:' ? (external_node_https_default()) : (external_node_http_default())).request(target, { method: verb, agent: agents[target.protocol], headers: { 'user-agent': USER_AGENT, ...(body === null ? {} : { 'content-length': Buffer.byteLength(body) }), ...headers } }, (message) => resolve({ message, readBody: () => readBody(message) }));
        request.setTimeout(socketTimeout, () => request.destroy(new Error(`Request timeout: ${target.pathname}`)));
        request.on('error', reject);
        request.end(body ?? undefined);
    });
    return {
        request: (verb, url, body, headers) => send(verb, new URL(url), body, headers),
        async get(url) {
            let current = new URL(url);
            for (let hops = 0;; hops++) {
                const response = await send('GET', current, null, {});
                const location = response.message.headers.location;
                if (!REDIRECTS.has(response.message.statusCode ?? 0) || !location || hops >= MAX_REDIRECTS)
                    return response;
                const next = new URL(location, current);
                if (current.protocol === 'https:' && next.protocol !== 'https:')
                    throw new Error('Redirect from HTTPS to HTTP protocol. This downgrade is not allowed for security reasons.');
                response.message.resume();
                current = next;
            }
        },
        dispose() {
            agents['http:'].destroy();
            agents['https:'].destroy();
        },
    };
}

;// CONCATENATED MODULE: ./src/cache/service.ts
// The restore half of GitHub's cache service, spoken directly so that the
// lookup and the download run under our deadline and the archive reaches our
// safe extraction (archive.ts) instead of the client's `tar -P`. Both
// protocols are spoken: v2 (the twirp API every github.com runner uses) and
// v1 (the REST API of GitHub Enterprise Server). The requests are the ones
// @actions/cache 6.3 sends (same version hash), so entries it saved are
// found. Behind a proxy HTTP goes through @actions/http-client, which honours
// the runner's proxy settings like the client does; without one, through
// node's own http (http.ts).




const SERVICE = 'github.actions.results.api.v1.CacheService';
/** The entry version @actions/cache computes (its getCacheVersion, salt 1.0). */
function cacheVersion(paths, method, platform = process.platform) {
    const components = [...paths, method];
    if (platform === 'win32')
        components.push('windows-only');
    components.push('1.0');
    return (0,external_node_crypto_.createHash)('sha256').update(components.join('|')).digest('hex');
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
/**
 * node's own HTTP (http.ts), or @actions/http-client, loaded only where the
 * runner sets a proxy, with the client's proxy rules. `request` never
 * follows a redirect (requestWithToken does, below); `get` does.
 */
async function transport(socketTimeout) {
    if (!proxyConfigured(process.env))
        return directTransport(socketTimeout);
    const { HttpClient } = await Promise.all(/* import() */[__webpack_require__.e(119), __webpack_require__.e(942)]).then(__webpack_require__.bind(__webpack_require__, 4942));
    const requests = new HttpClient(USER_AGENT, [], { socketTimeout, allowRetries: false, allowRedirects: false });
    const downloads = new HttpClient(USER_AGENT, [], { socketTimeout });
    return {
        request: (verb, url, body, headers) => requests.request(verb, url, body, headers),
        get: (url) => downloads.get(url),
        dispose() {
            requests.dispose();
            downloads.dispose();
        },
    };
}
const service_REDIRECTS = new Set([301, 302, 303, 307, 308]);
const service_MAX_REDIRECTS = 5;
/**
 * Sends one request, following redirects here rather than in the HTTP
 * client: its credential handler adds the runtime token to every request,
 * the redirected ones included, wherever they go. The token goes only to the
 * origin (scheme, host, port) it was issued for; a redirect elsewhere is
 * followed without it, and never from https to http.
 */
async function requestWithToken(http, verb, url, body, headers) {
    const origin = new URL(url).origin;
    const token = process.env.ACTIONS_RUNTIME_TOKEN ?? '';
    let current = new URL(url);
    for (let hops = 0;; hops++) {
        const response = await http.request(verb, current.href, body, current.origin === origin ? { ...headers, Authorization: `Bearer ${token}` } : headers);
        const location = response.message.headers.location;
        if (!service_REDIRECTS.has(response.message.statusCode ?? 0) || !location)
            return response;
        await response.readBody();
        const next = new URL(location, current);
        if (hops >= service_MAX_REDIRECTS)
            throw new ServiceError(`the cache service redirected the lookup more than ${service_MAX_REDIRECTS} times`, false);
        if (current.protocol === 'https:' && next.protocol !== 'https:')
            throw new ServiceError(`the cache service redirected the lookup from https to ${next.protocol}`, false);
        current = next;
    }
}
/** One request of a lookup: its status and body, with the service's trouble as ServiceErrors. */
async function send(timeoutMs, verb, url, body, headers) {
    const http = await transport(Math.max(1000, timeoutMs));
    try {
        const response = await withDeadline(requestWithToken(http, verb, url, body, headers), timeoutMs, 'the cache lookup').catch((error) => {
            const code = error.code;
            if (error instanceof DeadlineError || error instanceof ServiceError)
                throw error;
            throw new ServiceError(`the cache lookup failed: ${error.message}`, code === 'ECONNRESET' || code === 'EPIPE');
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
    const { text } = await send(opts.timeoutMs, 'POST', url, body, { 'Content-Type': 'application/json' });
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
    const { status, text } = await send(opts.timeoutMs, 'GET', url, null, { Accept: 'application/json;api-version=6.0-preview.1' });
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
    const http = await transport(Math.max(1000, timeoutMs));
    try {
        const response = await withDeadline(http.get(url), timeoutMs, 'the cache download');
        const status = response.message.statusCode ?? 0;
        if (status !== 200) {
            response.message.resume();
            throw new Error(`the cache storage answered ${status} to the download`);
        }
        const out = (0,external_node_fs_.createWriteStream)(file);
        let bytes = 0;
        response.message.on('data', (chunk) => (bytes += chunk.length));
        await withDeadline((0,promises_.pipeline)(response.message, out), timeoutMs, 'the cache download').catch((error) => {
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
