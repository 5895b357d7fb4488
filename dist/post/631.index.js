export const id = 631;
export const ids = [631];
export const modules = {

/***/ 7631:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   saveCache: () => (/* binding */ saveCache)
/* harmony export */ });
/* unused harmony export restoreCache */
/* harmony import */ var node_async_hooks__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6698);
/* harmony import */ var node_async_hooks__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_async_hooks__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _actions_cache__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1691);
// Restore (in main) and save (in post) of the uv cache through @actions/cache.
// A thin adapter: the client already swallows service errors, but it reports
// them only as log lines (some as red `::error::` annotations) and returns
// the same `undefined` for "no cache" and "the service failed". So each call
// runs with its log lines captured: failures become one warning of ours,
// never an error, and a restore that died while extracting is told apart
// from a miss, so the half-extracted cache dir can be emptied.





const current = new node_async_hooks__WEBPACK_IMPORTED_MODULE_0__.AsyncLocalStorage();
let hooked = false;
function unescapeCommandData(text) {
    return text.replace(/%0D/gi, '\r').replace(/%0A/gi, '\n').replace(/%25/g, '%');
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
        return write(chunk, ...rest);
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
function serviceMissing() {
    if (_actions_cache__WEBPACK_IMPORTED_MODULE_4__/* .isFeatureAvailable */ .w3())
        return undefined;
    return 'the GitHub cache service is not available to this job (ACTIONS_RESULTS_URL is not set; GitHub sets it on its runners)';
}
async function isEmptyDir(dir) {
    try {
        return (await readdir(dir)).length === 0;
    }
    catch {
        return true; // missing counts as empty: everything in it later came from the restore
    }
}
async function emptyDir(dir) {
    const names = await readdir(dir).catch(() => []);
    await Promise.all(names.map((name) => rm(path.join(dir, name), { recursive: true, force: true })));
}
// ---------------------------------------------------------------------------
/**
 * Restores the cache into `paths`. Never throws: a service or archive problem
 * is `hit: 'error'` with a warning (already logged), and the job goes on
 * without a cache. If the archive fails to extract, a dir that was empty
 * before (or is a uv cache, marked by its CACHEDIR.TAG) is emptied again: a
 * half-extracted uv cache would hand uv entries with files missing.
 */
async function restoreCache(opts) {
    const { paths, primaryKey, restoreKeys, log } = opts;
    const missing = serviceMissing();
    if (missing) {
        const warning = `the uv cache was not restored: ${missing}`;
        log.warning(warning);
        return { hit: 'error', warning };
    }
    // Decided before the restore: a failed extraction may itself have written a CACHEDIR.TAG.
    const disposable = await Promise.all(paths.map(async (dir) => (await isEmptyDir(dir)) || existsSync(path.join(dir, 'CACHEDIR.TAG'))));
    const { value: matchedKey, thrown, captured } = await captureOutput(() => cache.restoreCache(paths, primaryKey, restoreKeys, opts.lookupOnly ? { lookupOnly: true } : undefined));
    if (matchedKey) {
        return { hit: matchedKey === primaryKey ? 'exact' : 'partial', matchedKey };
    }
    const failure = thrown !== undefined ? (thrown instanceof Error ? thrown.message : String(thrown)) : failureText(captured, 'Failed to restore');
    if (failure === undefined)
        return { hit: 'miss' };
    // Only once tar ran (@actions/exec echoes it as `[command]... -xf ...`) can anything be half-extracted;
    // a failed lookup or download leaves an older cache in the dir intact.
    const extracting = captured.lines.some((line) => line.startsWith('[command]') && / -xf /.test(line));
    const notes = [];
    if (extracting) {
        for (const [i, dir] of paths.entries()) {
            if (disposable[i]) {
                await emptyDir(dir);
                notes.push(`emptied ${dir} so no half-extracted entries remain`);
            }
            else {
                notes.push(`${dir} may hold half-extracted files; run 'uv cache clean' if uv misbehaves`);
            }
        }
    }
    const warning = `the uv cache was not restored, continuing without it: ${failure}${notes.length ? ` (${notes.join('; ')})` : ''}`;
    log.warning(warning);
    return { hit: 'error', warning };
}
/**
 * Saves `paths` under `key`. Never throws. Another job having saved (or
 * saving) the same key is normal in a matrix and is a notice, not a warning;
 * any other failure is a warning.
 */
async function saveCache(opts) {
    const { paths, key, log } = opts;
    const notice = (message) => (log.notice ?? log.info)(message);
    const missing = serviceMissing();
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
    const { value: id, thrown, captured } = await captureOutput(() => _actions_cache__WEBPACK_IMPORTED_MODULE_4__/* .saveCache */ .Io(paths, key));
    if (thrown === undefined && typeof id === 'number' && id !== -1) {
        const reason = `saved the uv cache under key ${key}`;
        log.info(reason);
        const size = captured.lines.map((line) => /^::debug::File Size: (\d+)\s*$/.exec(line)?.[1]).find((n) => n !== undefined);
        return size === undefined ? { saved: true, reason } : { saved: true, reason, sizeBytes: Number(size) };
    }
    // The client reports every failed reservation as "another job may be creating this cache";
    // only its debug line tells a real conflict (409, as GitHub answers a taken key) from an outage.
    const reserved = captured.lines.some((line) => line.startsWith('Failed to save: Unable to reserve cache'));
    if (thrown === undefined && reserved) {
        const detailLine = captured.lines.find((line) => line.startsWith('::debug::Failed to reserve cache:'));
        const detail = detailLine ? unescapeCommandData(detailLine.slice('::debug::Failed to reserve cache:'.length)).trim() : '';
        if (detail === '' || /\(409\)|already exists/i.test(detail)) {
            const reason = `another job already saved (or is saving) the uv cache under key ${key}; nothing to do`;
            notice(reason);
            return { saved: false, reason };
        }
        const reason = `the uv cache was not saved: ${detail.replace(/^Error: /, '')}`;
        log.warning(reason);
        return { saved: false, reason };
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


/***/ })

};
