export const id = 659;
export const ids = [659];
export const modules = {

/***/ 9659:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runMain: () => (/* binding */ runMain)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./src/workspace/names.ts
var workspace_names = __webpack_require__(2165);
// EXTERNAL MODULE: ./src/text.ts
var src_text = __webpack_require__(8992);
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
const PREFIX = `uv-ws-${CACHE_KEY_VERSION}`;
/** The cache service rejects longer keys. */
const MAX_KEY_LENGTH = 512;
/** Longer free-text fields are replaced by a hash so the key stays well under the limit. */
const MAX_FIELD_LENGTH = 64;
function hashText(text) {
    return (0,external_node_crypto_.createHash)('sha256').update(text).digest('hex');
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
async function hashFile(file, read = promises_.readFile) {
    return hashText(withLf(await read(file)));
}
/**
 * Makes a free-text field safe and unambiguous inside a key: `-` separates
 * fields and restore keys match by prefix, so a field must never contain `-`
 * (or a suffix `a` would restore the caches of suffix `a-b`), nor `_`, which
 * marks the suffix. Everything outside a small safe set is percent-encoded,
 * which also removes commas, the one character the cache service forbids.
 */
function field(value) {
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
        parts.push('all-extras', ...(0,src_text/* sortedStrings */.MA)(sel.noExtras).map((e) => `no-extra=${e}`));
    parts.push(...(0,src_text/* sortedStrings */.MA)(sel.extras).map((e) => `extra=${e}`));
    if (sel.allGroups)
        parts.push('all-groups');
    parts.push(...(0,src_text/* sortedStrings */.MA)(sel.groups).map((g) => `group=${g}`));
    parts.push(...(0,src_text/* sortedStrings */.MA)(sel.noGroups).map((g) => `no-group=${g}`));
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
                flags.add(`${flag}=${value === ':all:' ? value : (0,workspace_names/* normalizeName */.P)(value)}`);
        }
    }
    parts.push(...(0,src_text/* sortedStrings */.MA)(flags));
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
        suffix: suffix === '' ? undefined : `_${field(suffix)}`,
        platform: field(input.platform),
        arch: field(input.arch),
        osName: field(input.os.name.toLowerCase()),
        osRelease: field(input.os.release),
        pythonImplementation: field(input.python.implementation.toLowerCase()),
        python: field(input.python.version),
        uv: `uv${field(input.uvVersion)}`,
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

;// CONCATENATED MODULE: ./src/cache/policy.ts
/**
 * Events whose runs build code someone without write access controls, in the
 * base repository's cache scope (or publish from a tag): a cache restored
 * there can be poisoned and a cache saved there poisons later trusted runs.
 * With `cache: auto` these neither restore nor save, as setup-uv v7+ does.
 */
const NO_CACHE_EVENTS = ['pull_request_target', 'workflow_run', 'release'];
/**
 * Events whose runs save by default (`save-cache: auto`). An allow-list:
 * `issue_comment`, `check_run`, `pull_request_review_comment` and the like
 * often build a fork's code in the base scope, so anything not named here
 * restores but does not save.
 */
const SAVE_EVENTS = ['push', 'pull_request', 'merge_group', 'schedule', 'workflow_dispatch'];
/** `a push`, `an issue_comment`. */
function article(word) {
    return /^[aeiou]/i.test(word) ? `an ${word}` : `a ${word}`;
}
function isTagPush(eventName, ref) {
    return eventName === 'push' && (ref ?? '').startsWith('refs/tags/');
}
function gateOff(opts) {
    if (opts.cache === 'true')
        return undefined;
    if (opts.cache === 'false')
        return { by: 'input' };
    if (opts.runnerEnvironment !== 'github-hosted')
        return { by: 'runner', environment: opts.runnerEnvironment };
    if (isTagPush(opts.eventName, opts.ref))
        return { by: 'tag-push' };
    if (NO_CACHE_EVENTS.includes(opts.eventName))
        return { by: 'event', event: opts.eventName };
    return undefined;
}
const FORCE_CACHE = "(set 'cache: true' to use it anyway)";
/** `RUNNER_ENVIRONMENT is 'self-hosted'`. */
function runnerNamed(environment) {
    return `RUNNER_ENVIRONMENT is ${environment ? `'${environment}'` : 'unset'}`;
}
/**
 * `cache: true` / `false` are taken as given. `cache: auto` (the default) is
 * on for GitHub-hosted runners only (`RUNNER_ENVIRONMENT=github-hosted`; a
 * self-hosted runner keeps its cache on its own disk) and off on the events
 * in NO_CACHE_EVENTS and on tag pushes.
 */
function cacheGate(opts) {
    const off = gateOff(opts);
    if (!off)
        return { enabled: true };
    switch (off.by) {
        case 'input':
            return { enabled: false };
        case 'runner':
            return {
                enabled: false,
                reason: `not using the GitHub cache: this is not a GitHub-hosted runner (${runnerNamed(off.environment)}); the uv cache stays on this machine ${FORCE_CACHE.replace('it anyway', 'the GitHub cache anyway')}`,
            };
        case 'tag-push':
            return { enabled: false, reason: `not restoring or saving the uv cache on a tag push, where a poisoned cache could reach a release ${FORCE_CACHE}` };
        case 'event':
            return {
                enabled: false,
                reason: `not restoring or saving the uv cache on ${article(off.event)} event, which runs in the base repository's cache scope where a poisoned cache could reach trusted runs ${FORCE_CACHE}`,
            };
    }
}
/** The gate's reason, worded for a save. */
function notSavingBecause(off) {
    switch (off.by) {
        case 'input':
            return "not saving the uv cache: 'cache' is false";
        case 'runner':
            return `not saving the uv cache: this is not a GitHub-hosted runner (${runnerNamed(off.environment)}), where 'cache: auto' does not use the GitHub cache ${FORCE_CACHE}`;
        case 'tag-push':
            return `not saving the uv cache on a tag push, where a poisoned cache could reach a release ${FORCE_CACHE}`;
        case 'event':
            return `not saving the uv cache on ${article(off.event)} event, which runs in the base repository's cache scope where a poisoned cache could reach trusted runs ${FORCE_CACHE}`;
    }
}
/**
 * The one save gate: whether this job may write an entry to the GitHub
 * cache. The uv cache (shouldSave, after the sync) and passed markers
 * (`mode: record`) both ask it, so a marker is saved exactly where the uv
 * cache would be. First the cache gate (cacheGate: the `cache` input, the
 * runner, the event), then the `save-cache` policy: `auto` (the default)
 * saves on the events in SAVE_EVENTS (a push of a branch, not of a tag) and
 * on no other; `true` saves anyway, `false` never saves; `default-branch`
 * only for the default branch (onDefaultBranch).
 */
function saveGate(facts) {
    const off = gateOff(facts);
    if (off)
        return { save: false, reason: notSavingBecause(off) };
    if (facts.policy === 'never')
        return { save: false, reason: "not saving the uv cache: 'save-cache' is false" };
    if (facts.policy === 'default-branch' && !onDefaultBranch(facts)) {
        return { save: false, reason: "not saving the uv cache: 'save-cache' is default-branch and this job does not run for the default branch (it restores only)" };
    }
    // GITHUB_EVENT_NAME is set on every GitHub run; without it (a local run of
    // dist/, the tests' runner) there is no event to distrust.
    if (facts.policy === 'auto' && facts.eventName !== '') {
        if (isTagPush(facts.eventName, facts.ref)) {
            return { save: false, reason: "not saving the uv cache on a tag push (set 'save-cache: true' to save anyway)" };
        }
        if (!SAVE_EVENTS.includes(facts.eventName)) {
            return {
                save: false,
                reason: `not saving the uv cache on ${article(facts.eventName)} event: 'save-cache: auto' saves only on ${SAVE_EVENTS.join(', ')}, where the code is the repository's own (set 'save-cache: true' to save anyway)`,
            };
        }
    }
    return { save: true, reason: facts.policy === 'always' ? "saving the uv cache ('save-cache' is true)" : 'saving the uv cache' };
}
/**
 * Whether post should save the uv cache: never after a failed sync, nor
 * after an exact hit (cache entries are immutable); otherwise the save gate.
 */
function shouldSave(opts) {
    if (!opts.syncSucceeded)
        return { save: false, reason: 'not saving the uv cache: uv sync failed' };
    if (opts.exactHit)
        return { save: false, reason: 'not saving the uv cache: it was restored from an exact key match, which cannot change' };
    return saveGate(opts);
}
/**
 * For `save-cache: default-branch`, the single writer: a job for the default
 * branch on an event that saves by default (so never a pull request, and
 * never workflow_run, which runs on the default branch's ref but may build a
 * fork's code).
 */
function onDefaultBranch(opts) {
    if (!opts.defaultBranch || !opts.ref)
        return false;
    if (!SAVE_EVENTS.includes(opts.eventName) || opts.eventName.startsWith('pull_request'))
        return false;
    return opts.ref === `refs/heads/${opts.defaultBranch}`;
}
/** `repository.default_branch` of the event payload (GITHUB_EVENT_PATH's text); undefined when absent or unreadable. */
function defaultBranchFromPayload(text) {
    if (!text)
        return undefined;
    try {
        const branch = JSON.parse(text)?.repository?.default_branch;
        return typeof branch === 'string' && branch !== '' ? branch : undefined;
    }
    catch {
        return undefined;
    }
}

;// CONCATENATED MODULE: ./src/cache/outcome.ts
// What became of the uv cache in a main step, as one value owned here: the
// state handed to post, the step's outputs and the job summary all read it,
// so none of them reshapes the restore result on its own.

/** The restore result (or its absence) as the outcome a reader sees. */
function restoreOutcome(gate, restore, nothingToSync) {
    if (!gate.enabled)
        return { outcome: 'not-tried', why: gate.reason ?? 'the cache input is false: the uv cache stays where it is and the GitHub cache is not used' };
    if (nothingToSync)
        return { outcome: 'not-tried', why: 'no member is affected, so nothing is synced' };
    if (!restore)
        return { outcome: 'not-tried', why: 'no restore was attempted' };
    if (restore.hit === 'exact' || restore.hit === 'partial')
        return { outcome: restore.hit, matchedKey: restore.matchedKey ?? '' };
    if (restore.hit === 'error')
        return { outcome: 'error', error: restore.warning ?? 'the cache service failed' };
    if (restore.hit === 'unavailable')
        return { outcome: 'not-tried', why: restore.warning ?? 'the GitHub cache service is not available to this job' };
    return { outcome: 'miss' };
}
/** The key an entry was restored from, exact or by a restore key. */
function matchedKey(cache) {
    return cache.restore.outcome === 'exact' || cache.restore.outcome === 'partial' ? cache.restore.matchedKey : undefined;
}
function exactHit(cache) {
    return cache.restore.outcome === 'exact';
}
/** The `cache-*` outputs' facts. */
function cacheOutputs(cache) {
    return { hit: exactHit(cache), matchedKey: matchedKey(cache), key: cache.key, dir: cache.dir };
}
/**
 * Whether post prunes and saves: decided in main, which has every fact (the
 * sync's result, the restore, the event), so the summary main writes and the
 * save post does cannot disagree, and post can stop before loading its bundle
 * when there is nothing to do. Undefined when the GitHub cache is not used and
 * the sync succeeded: there is nothing to say.
 */
function planSave(cache, o) {
    if (!o.syncSucceeded)
        return { save: false, reason: 'not saving the uv cache: uv sync failed' };
    if (!cache?.key)
        return undefined;
    if (cache.unsaveable)
        return { save: false, reason: `not saving the uv cache: ${cache.unsaveable}` };
    if (!o.synced)
        return { save: false, reason: 'not saving the uv cache: nothing was synced' };
    return shouldSave({ ...o.facts, exactHit: exactHit(cache), syncSucceeded: true });
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
var external_node_fs_default = /*#__PURE__*/__webpack_require__.n(external_node_fs_);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
;// CONCATENATED MODULE: ./src/cache/placement.ts
// Where the uv cache lives. uv installs by hardlinking (or cloning) files from
// its cache into the venv, which only works when both are on one filesystem;
// otherwise every install is a full copy. So the choice is proven, not
// guessed: a real probe creates a file in the candidate dir and links it next
// to the venv, exactly the operation uv will perform.






/** The probe's files, in the cache dir and beside the venv, start with this. */
const PROBE_PREFIX = '.uv-workspace-sync-probe-';
// The probe's file operations are synchronous: each is one short system
// call on a local dir, while main waits for nothing else (the restore waits
// for the placement); through the thread pool each was a round trip, and
// the eight of them in a row a few milliseconds of a warm step.
const realFs = {
    link: async (existing, created) => (0,external_node_fs_.linkSync)(existing, created),
    clone: async (source, destination) => (0,external_node_fs_.copyFileSync)(source, destination, external_node_fs_.constants.COPYFILE_FICLONE_FORCE),
};
function errorText(error) {
    const e = error;
    if (!e?.message)
        return String(error);
    return e.code && !e.message.startsWith(e.code) ? `${e.code}: ${e.message}` : e.message;
}
/** The venv may not exist yet, nor its parent: probe against the nearest dir that does. */
function nearestExistingDir(dir) {
    let current = external_node_path_default().resolve(dir);
    while (!(0,external_node_fs_.existsSync)(current)) {
        const parent = external_node_path_default().dirname(current);
        if (parent === current)
            break;
        current = parent;
    }
    return current;
}
/**
 * Creates `cacheDir` if needed and proves what uv can do from it into
 * `targetDir`: a hardlink (`link(2)`) and a reflink (`FICLONE`). Probe files
 * are removed afterwards; the cache dir is left in place (the caller removes
 * it if it picks another).
 */
async function probeLinks(cacheDir, targetDir, fs = realFs) {
    const target = nearestExistingDir(targetDir);
    const probe = { cacheDir, target, sameDevice: false, hardlink: false, reflink: false };
    const tag = `${PROBE_PREFIX}${process.pid}-${(0,external_node_crypto_.randomBytes)(4).toString('hex')}`;
    const source = external_node_path_default().join(cacheDir, tag);
    const linked = external_node_path_default().join(target, `${tag}-link`);
    const cloned = external_node_path_default().join(target, `${tag}-clone`);
    try {
        (0,external_node_fs_.mkdirSync)(cacheDir, { recursive: true });
        (0,external_node_fs_.writeFileSync)(source, 'uv-workspace-sync link probe\n');
    }
    catch (error) {
        probe.writeError = errorText(error);
        return probe;
    }
    try {
        const [a, b] = [(0,external_node_fs_.statSync)(source), (0,external_node_fs_.statSync)(target)];
        probe.sameDevice = a.dev === b.dev;
        try {
            await fs.link(source, linked);
            probe.hardlink = true;
        }
        catch (error) {
            probe.hardlinkError = errorText(error);
        }
        try {
            await fs.clone(source, cloned);
            probe.reflink = true;
        }
        catch (error) {
            probe.reflinkError = errorText(error);
        }
    }
    finally {
        for (const file of [source, linked, cloned]) {
            try {
                (0,external_node_fs_.unlinkSync)(file);
            }
            catch {
                // not made, or already gone
            }
        }
    }
    return probe;
}
/** The code of a probe's error (`ENOTSUP`), not libuv's text, which can mislead ("not supported on socket"). */
function errorCode(error) {
    return /^([A-Z][A-Z0-9_]+)\b/.exec(error ?? '')?.[1] ?? error ?? 'unknown error';
}
/**
 * The link mode uv should use, as uv itself prefers them: on macOS its
 * default is `clone` (APFS copy-on-write: as fast as a hardlink, and a file
 * changed in the venv does not change the cache), elsewhere `hardlink`; the
 * other one where the preferred fails; else copy. `why` says it in words.
 */
function linkModeFromProbe(probe, platform = process.platform) {
    if (probe.writeError)
        return { mode: 'copy', why: `the probe could not write a file in the cache dir (${errorCode(probe.writeError)})` };
    const macos = platform === 'darwin';
    const clone = { mode: 'clone', works: probe.reflink, error: probe.reflinkError, did: 'cloned' };
    const hardlink = { mode: 'hardlink', works: probe.hardlink, error: probe.hardlinkError, did: 'hardlinked' };
    const [first, second] = macos ? [clone, hardlink] : [hardlink, clone];
    const preferred = `${first.mode} is uv's default on ${macos ? 'macOS' : platform === 'win32' ? 'Windows' : 'Linux'}`;
    if (first.works)
        return { mode: first.mode, why: `${preferred}, and the probe ${first.did} a file from the cache into the venv's dir` };
    const refused = `${preferred}, but the probe's ${first.mode} failed (${errorCode(first.error)})`;
    if (second.works)
        return { mode: second.mode, why: `${refused}; ${second.mode} worked` };
    return { mode: 'copy', why: `${refused}, and so did ${second.mode} (${errorCode(second.error)})` };
}
/** `~`, `~/\u2026`, and on Windows `~\\\u2026`, in a cache-dir: the home dir, as a shell would have it. */
function expandHome(dir, homeDir, platform) {
    if (dir === '~')
        return homeDir;
    if (dir.startsWith('~/') || (platform === 'win32' && dir.startsWith('~\\')))
        return external_node_path_default().join(homeDir, dir.slice(2));
    return dir;
}
/** Removes the dirs `mkdir -p` created for a rejected candidate, if they are still empty. */
async function removeCreated(dir, stopAt) {
    if (!stopAt)
        return;
    let current = dir;
    for (;;) {
        try {
            await (0,promises_.rmdir)(current);
        }
        catch {
            return;
        }
        if (current === stopAt)
            return;
        const parent = external_node_path_default().dirname(current);
        if (parent === current)
            return;
        current = parent;
    }
}
/**
 * A dir the action may use as the uv cache: missing, empty, or a uv cache
 * (uv writes CACHEDIR.TAG at its root). Anything else holds someone's files,
 * which the restore would overwrite and `uv cache prune` delete.
 */
function foreignDirContents(dir) {
    let names;
    try {
        // Another step's probe, in a dir two jobs share, is ours too: it is gone once that probe ends.
        names = (0,external_node_fs_.readdirSync)(dir).filter((name) => !name.startsWith(PROBE_PREFIX));
    }
    catch {
        return undefined; // missing (or not a dir: the probe reports that)
    }
    if (names.length === 0 || names.includes('CACHEDIR.TAG'))
        return undefined;
    return names.sort().slice(0, 3);
}
function isReadOnly(error) {
    return error !== undefined && /^(EROFS|EACCES|EPERM)\b/.test(error);
}
function whyNoLink(probe) {
    if (isReadOnly(probe.writeError))
        return `it is read-only (${probe.writeError})`;
    if (probe.writeError)
        return `it cannot be written (${probe.writeError})`;
    if (!probe.sameDevice)
        return `it is on a different filesystem from the virtual environment`;
    return `uv cannot link from it into the virtual environment (${probe.hardlinkError ?? 'unknown error'})`;
}
/**
 * Picks the uv cache dir: the `cache-dir` input, else `UV_CACHE_DIR`, else
 * `RUNNER_TEMP/uv-cache` if the probe proves uv can link from it into the
 * venv, else `<workspace>/.uv-cache` (on the venv's filesystem in the usual
 * layout; uv writes a `.gitignore` into its cache dir, so git ignores it).
 * A dir the user chose is always kept; if uv would have to copy from it, the
 * warning says how to fix that.
 */
async function chooseCacheDir(opts) {
    const workspaceRoot = external_node_path_default().resolve(opts.workspaceRoot);
    const venvDir = external_node_path_default().resolve(workspaceRoot, opts.venvDir);
    const where = { workspaceRoot, venvDir, venvParent: external_node_path_default().dirname(venvDir), fs: opts.fs ?? realFs };
    const forced = forcedDir(opts);
    if (forced)
        return useForcedDir(opts, forced, where);
    return pickDir(opts, where);
}
/** The cache dir the user chose, strongest first: the input, UV_CACHE_DIR, uv's own config. */
function forcedDir(opts) {
    if (opts.inputCacheDir?.trim())
        return { dir: opts.inputCacheDir.trim(), source: 'cache-dir' };
    if (opts.envCacheDir?.trim())
        return { dir: opts.envCacheDir.trim(), source: 'UV_CACHE_DIR' };
    if (opts.configCacheDir?.dir.trim())
        return { dir: opts.configCacheDir.dir.trim(), source: 'uv-config' };
    return undefined;
}
/** A dir the user chose is kept (unless it is someone else's or read-only); a copy-only one gets a warning with the fix. */
async function useForcedDir(opts, forced, { workspaceRoot, venvDir, venvParent, fs }) {
    const dir = external_node_path_default().resolve(workspaceRoot, expandHome(forced.dir, opts.homeDir ?? external_node_os_default().homedir(), opts.platform ?? process.platform));
    const by = forced.source === 'cache-dir' ? "input 'cache-dir'" : forced.source === 'UV_CACHE_DIR' ? 'UV_CACHE_DIR' : `cache-dir in ${opts.configCacheDir.file}`;
    const setting = forced.source === 'cache-dir' ? "'cache-dir'" : forced.source === 'UV_CACHE_DIR' ? 'UV_CACHE_DIR' : `cache-dir in ${opts.configCacheDir.file}`;
    const foreign = foreignDirContents(dir);
    if (foreign) {
        throw new errors/* UserError */.y(`the uv cache dir ${dir} (set by ${by}) is not empty and is not a uv cache (no CACHEDIR.TAG; it holds ${foreign.join(', ')}\u2026); the action would overwrite and prune files that are not its own`, `point ${setting} at an empty dir or an existing uv cache`);
    }
    const probe = await probeLinks(dir, venvParent, fs);
    if (isReadOnly(probe.writeError)) {
        throw new errors/* UserError */.y(`the uv cache dir ${dir} (set by ${by}) is read-only (${probe.writeError}); uv must write its cache there`, `choose a writable dir, or remove ${setting} so the action places the cache itself`);
    }
    const { mode: linkMode, why: linkWhy } = linkModeFromProbe(probe, opts.platform);
    const choice = { dir, reason: `set by ${by}`, source: forced.source, sameFilesystem: probe.sameDevice, linkMode, linkWhy, probe };
    if (linkMode === 'copy') {
        const sameFs = `on the same filesystem as ${venvParent}, such as ${external_node_path_default().join(workspaceRoot, '.uv-cache')}`;
        const fix = forced.source === 'cache-dir'
            ? `remove 'cache-dir' so the action places the cache itself, or choose a dir ${sameFs}`
            : forced.source === 'uv-config'
                ? `remove cache-dir from ${opts.configCacheDir.file} so the action places the cache itself, or point it at a dir ${sameFs}`
                : `unset UV_CACHE_DIR so the action places the cache itself, or point it at a dir ${sameFs}`;
        choice.warning = (0,errors/* formatError */.W)(new errors/* UserError */.y(`the uv cache dir ${dir} (set by ${by}) cannot be linked into ${venvDir}: ${whyNoLink(probe)}, so uv copies every file it installs`, fix));
    }
    return choice;
}
/** The places the action may put the cache itself, in order of preference. */
function candidateDirs(opts, { workspaceRoot, venvParent }) {
    const candidates = [];
    if (opts.runnerTemp?.trim())
        candidates.push({ dir: external_node_path_default().join(external_node_path_default().resolve(opts.runnerTemp.trim()), 'uv-cache'), source: 'RUNNER_TEMP' });
    candidates.push({ dir: external_node_path_default().join(workspaceRoot, '.uv-cache'), source: 'workspace' });
    // A venv outside the workspace (UV_PROJECT_ENVIRONMENT) may sit on yet another filesystem.
    const beside = external_node_path_default().join(venvParent, '.uv-cache');
    if (!candidates.some((c) => c.dir === beside))
        candidates.push({ dir: beside, source: 'venv' });
    return candidates;
}
/** `mkdir -p dir`: the first dir it created, undefined when it created none or failed (the probe then says why). */
function madeDirs(dir) {
    try {
        return (0,external_node_fs_.mkdirSync)(dir, { recursive: true });
    }
    catch {
        return undefined;
    }
}
/** The first candidate uv can link from into the venv; else copy from the first writable one, with a warning. */
async function pickDir(opts, where) {
    const { venvDir, venvParent, fs } = where;
    const candidates = candidateDirs(opts, where);
    const rejected = [];
    let fallback;
    for (const candidate of candidates) {
        const foreign = foreignDirContents(candidate.dir);
        if (foreign) {
            rejected.push(`${candidate.dir} rejected: it is not empty and is not a uv cache (no CACHEDIR.TAG)`);
            continue;
        }
        // Known before probing, so a rejected candidate leaves no empty dirs behind.
        const created = madeDirs(candidate.dir);
        const probe = await probeLinks(candidate.dir, venvParent, fs);
        const { mode: linkMode, why: linkWhy } = linkModeFromProbe(probe, opts.platform);
        if (linkMode !== 'copy') {
            const reason = rejected.length === 0
                ? `${describe(candidate.source)}; uv can ${linkMode} from it into the venv`
                : `${rejected.join('; ')}; using ${describe(candidate.source)}, where uv can ${linkMode} into the venv`;
            if (fallback)
                await removeCreated(fallback.candidate.dir, fallback.created);
            return { dir: candidate.dir, reason, source: candidate.source, sameFilesystem: probe.sameDevice, linkMode, linkWhy, probe };
        }
        rejected.push(`${candidate.dir} rejected: ${whyNoLink(probe)}`);
        if (!fallback && !probe.writeError)
            fallback = { candidate, probe, created };
        else
            await removeCreated(candidate.dir, created);
    }
    // Nothing can link into the venv (its own filesystem refuses links): copy from the first writable dir.
    const { candidate, probe } = fallback ?? { candidate: candidates[candidates.length - 1], probe: undefined };
    const finalProbe = probe ?? (await probeLinks(candidate.dir, venvParent, fs));
    return {
        dir: candidate.dir,
        reason: `${rejected.join('; ')}; using ${describe(candidate.source)}`,
        source: candidate.source,
        sameFilesystem: finalProbe.sameDevice,
        linkMode: 'copy',
        linkWhy: linkModeFromProbe(finalProbe, opts.platform).why,
        probe: finalProbe,
        warning: (0,errors/* formatError */.W)(new errors/* UserError */.y(`uv cannot link from any cache dir into ${venvDir} (${rejected.join('; ')}), so uv copies every file it installs`, `put the venv on a filesystem that supports hardlinks, or set 'cache-dir' to a dir on the venv's filesystem`)),
    };
}
function describe(source) {
    switch (source) {
        case 'RUNNER_TEMP':
            return 'a dir under RUNNER_TEMP';
        case 'workspace':
            return '.uv-cache in the workspace';
        case 'venv':
            return ".uv-cache beside the venv";
        default:
            return source;
    }
}
/**
 * The link mode uv should use. A `UV_LINK_MODE` the user set always wins and
 * is never overwritten. Otherwise an explicit `link-mode` input is exported
 * as is, and `auto` exports what the probe proved: naming `copy` explicitly
 * also keeps uv from repeating its own hardlink-failure warning on every
 * install, since ours already said it once.
 */
function resolveLinkMode(input, envUvLinkMode, probed) {
    const env = envUvLinkMode?.trim();
    if (env) {
        const choice = { mode: env, source: 'UV_LINK_MODE' };
        if (input !== 'auto' && input !== env) {
            choice.warning = (0,errors/* formatError */.W)(new errors/* UserError */.y(`input 'link-mode' is '${input}' but UV_LINK_MODE is already '${env}'; uv uses '${env}'`, `drop one of them so they do not disagree`));
        }
        return choice;
    }
    if (input !== 'auto') {
        const choice = { mode: input, source: 'link-mode', exportValue: input };
        if (input === 'hardlink' && probed !== 'hardlink') {
            choice.warning = (0,errors/* formatError */.W)(new errors/* UserError */.y(`input 'link-mode' is 'hardlink' but the probe found uv cannot hardlink from the cache into the venv; uv will fall back to copying`, `use link-mode: auto, or put the cache on the venv's filesystem`));
        }
        return choice;
    }
    return { mode: probed, source: 'probe', exportValue: probed };
}

;// CONCATENATED MODULE: ./src/cache/setup-uv.ts
// Living beside astral-sh/setup-uv (pure). With `enable-cache` on, setup-uv
// exports UV_CACHE_DIR (on hosted runners `$RUNNER_TEMP/setup-uv-cache`, its
// default `cache-local-path`) and saves that directory in its own post step.
// This action honours UV_CACHE_DIR, so both would upload the same directory
// under two keys: twice the bytes against the repository's 10 GB, and
// setup-uv's key (one per lock) ignores members, OS release and prune setting.


/** setup-uv's directory name for its default cache on hosted runners. */
const SETUP_UV_CACHE_DIR_NAME = 'setup-uv-cache';
/**
 * One warning when setup-uv's cache is on for the directory this action
 * caches too; undefined otherwise (or when this action's GitHub cache is off,
 * since then only setup-uv uploads).
 */
function setupUvCacheConflict(opts) {
    if (!opts.cacheEnabled || !opts.envCacheDir?.trim())
        return undefined;
    const env = external_node_path_default().resolve(opts.envCacheDir.trim());
    if (external_node_path_default().resolve(opts.cacheDir) !== env)
        return undefined;
    if (!env.split(/[\\/]/).includes(SETUP_UV_CACHE_DIR_NAME))
        return undefined;
    return (0,errors/* formatError */.W)(new errors/* UserError */.y(`astral-sh/setup-uv caches ${env} too (UV_CACHE_DIR is its ${SETUP_UV_CACHE_DIR_NAME} dir, so its enable-cache is on): the GitHub cache would get this directory twice, under two keys`, `set 'enable-cache: false' on astral-sh/setup-uv so this action owns the cache, or 'cache: false' on this action to leave it to setup-uv`));
}

// EXTERNAL MODULE: ./src/env.ts
var src_env = __webpack_require__(8204);
// EXTERNAL MODULE: ./src/read-file.ts
var read_file = __webpack_require__(9834);
;// CONCATENATED MODULE: ./src/cache/uv-config-files.ts
// The uv.toml files uv reads besides the workspace's own: the user's and the
// system's. A self-hosted runner may pin a persistent cache there
// (`cache-dir` in /etc/uv/uv.toml) or turn it off (`no-cache`), and uv
// honours them when the project does not set the key itself, so the action
// must see them too. Where uv looks (uv-dirs and uv-settings; checked against
// uv itself in test/integration/uv-outer-config.test.ts):
//   - user: `$XDG_CONFIG_HOME/uv/uv.toml` (only an absolute XDG_CONFIG_HOME),
//     else `~/.config/uv/uv.toml`, on Linux and macOS alike; `%APPDATA%\uv\uv.toml`
//     on Windows;
//   - system: the first `<dir>/uv/uv.toml` that is a file for `dir` in
//     XDG_CONFIG_DIRS (`/etc/xdg` when unset or empty), else /etc/uv/uv.toml;
//     `%SYSTEMDRIVE%\ProgramData\uv\uv.toml` on Windows.
// uv reads neither with UV_NO_CONFIG / `--no-config`, nor beside a config
// file it is given (UV_CONFIG_FILE / `--config-file`): it reads that alone.





/** Pure: the paths uv looks at for the user's and the system's uv.toml, from the environment as the platform names it. */
function outerConfigPaths(env, platform, homeDir) {
    const get = (name) => (0,src_env/* envValue */.$)(env, name, platform);
    if (platform === 'win32') {
        const appData = get('APPDATA') || external_node_path_default().win32.join(homeDir, 'AppData', 'Roaming');
        const drive = get('SYSTEMDRIVE');
        return { user: external_node_path_default().win32.join(appData, 'uv', 'uv.toml'), system: drive ? [external_node_path_default().win32.join(`${drive}\\`, 'ProgramData', 'uv', 'uv.toml')] : [] };
    }
    const xdgHome = get('XDG_CONFIG_HOME');
    const home = get('HOME') || homeDir;
    const user = xdgHome && external_node_path_default().posix.isAbsolute(xdgHome) ? external_node_path_default().posix.join(xdgHome, 'uv', 'uv.toml') : home ? external_node_path_default().posix.join(home, '.config', 'uv', 'uv.toml') : undefined;
    // uv 0.13 skips an empty entry (uv 0.8 stopped at it: the newest uv's reading is the one kept).
    const dirs = (get('XDG_CONFIG_DIRS') || '/etc/xdg').split(':').filter((dir) => dir !== '');
    return { user, system: [...dirs.map((dir) => external_node_path_default().posix.join(dir, 'uv', 'uv.toml')), '/etc/uv/uv.toml'] };
}
/**
 * Where a sync with this environment has uv look for the user's and the
 * system's uv.toml; undefined when it reads neither (`ignoresConfig`:
 * UV_NO_CONFIG or `--no-config`; or UV_CONFIG_FILE names a file). sync-args
 * never holds `--config-file`: it is refused there (sync-args.ts).
 */
function outerConfigPathsFor(env, ignoresConfig, platform = process.platform, homeDir = external_node_os_default().homedir()) {
    if (ignoresConfig || (0,src_env/* envValue */.$)(env, 'UV_CONFIG_FILE', platform))
        return undefined;
    return outerConfigPaths(env, platform, homeDir);
}
function isFile(file) {
    try {
        return (0,external_node_fs_.statSync)(file).isFile();
    }
    catch {
        return false;
    }
}
/**
 * Reads the user's and the system's uv.toml where uv would (`paths`). A file
 * that is missing or cannot be read counts as absent: uv then fails on it
 * itself, or, for the user's, skips it as the action does.
 */
function readOuterConfigs(paths) {
    const read = (file) => {
        if (!file)
            return undefined;
        try {
            const text = (0,read_file/* readBoundedText */.H)(file);
            return text === undefined ? undefined : { path: file, text };
        }
        catch {
            return undefined;
        }
    };
    const system = paths.system.find(isFile);
    const user = read(paths.user);
    const sys = read(system);
    return { ...(user ? { user } : {}), ...(sys ? { system: sys } : {}) };
}

// EXTERNAL MODULE: ./src/process.ts
var src_process = __webpack_require__(4006);
;// CONCATENATED MODULE: ./src/changes/diff.ts
// Pure: parse `git diff --name-status -z` output. With -z git prints paths
// verbatim (no quoting, no escaping), each field ended by NUL, so spaces,
// quotes, newlines and unicode need no special handling here.

const STATUS = {
    A: 'added',
    C: 'copied',
    D: 'deleted',
    M: 'modified',
    R: 'renamed',
    T: 'type-changed',
    U: 'unmerged',
    X: 'unknown',
    B: 'modified', // pairing broken by -B: the content was rewritten in place
};
/**
 * Parses `git diff --name-status -z`. Records are `STATUS\0path\0`, or
 * `R<score>\0old\0new\0` / `C<score>\0old\0new\0` for renames and copies.
 * Throws on output that does not follow that shape, because a silently
 * dropped path would make a member look unaffected.
 */
function parseNameStatus(output) {
    const fields = output.split('\0');
    // A well-formed output ends with NUL, leaving one empty field after it.
    if (fields[fields.length - 1] === '')
        fields.pop();
    const changes = [];
    let i = 0;
    while (i < fields.length) {
        const code = fields[i++];
        const letter = code.charAt(0);
        const status = STATUS[letter];
        if (!status || !/^[A-Z]\d*$/.test(code)) {
            throw new Error(`unexpected git diff --name-status field '${code}' at field ${i}`);
        }
        if (letter === 'R' || letter === 'C') {
            const previousPath = fields[i++];
            const path = fields[i++];
            if (previousPath === undefined || path === undefined)
                throw new Error(`git diff --name-status output ends inside a ${status} record`);
            changes.push({ status, path, previousPath });
        }
        else {
            const path = fields[i++];
            if (path === undefined)
                throw new Error(`git diff --name-status output ends inside a ${status} record`);
            changes.push({ status, path });
        }
    }
    return changes;
}
/** Every path a change touches (both names of a rename), sorted and unique. */
function changedPaths(changes) {
    const paths = new Set();
    for (const change of changes) {
        paths.add(change.path);
        if (change.previousPath !== undefined)
            paths.add(change.previousPath);
    }
    return (0,src_text/* sortedStrings */.MA)(paths);
}

// EXTERNAL MODULE: ./src/workspace/disk-case.ts
var disk_case = __webpack_require__(9457);
// EXTERNAL MODULE: ./src/workspace/git-tree.ts
var git_tree = __webpack_require__(70);
;// CONCATENATED MODULE: ./src/changes/git.ts
// Running git, through the one process runner (src/process.ts): every call
// is an argv array (no shell), so a branch name or path holding `$(...)`,
// quotes or newlines is just data, and `--end-of-options` keeps a name
// starting with `-` from being read as an option.







/** git could not be started at all (not installed, repoRoot missing). */
class GitUnavailableError extends Error {
}
const MAX_OUTPUT = 1024 * 1024 * 1024;
/** A fetch that hangs (network, credential helper) must not hang the job forever. */
const FETCH_TIMEOUT_MS = 10 * 60 * 1000;
/** Never wait for a password prompt, and keep messages in English for the log. */
function gitEnv() {
    return (0,src_env/* copyEnv */.x)(process.env, { GIT_TERMINAL_PROMPT: '0', GCM_INTERACTIVE: 'never', LC_ALL: 'C', LANGUAGE: '' });
}
/** Runs `git -C repo <args>`; a non-zero exit is a result, not an exception. */
async function runGit(repo, args, timeoutMs = 0) {
    let result;
    try {
        result = await (0,src_process/* runProcess */.R3)('git', ['-c', 'core.quotepath=false', ...args], {
            cwd: repo,
            maxOutput: MAX_OUTPUT,
            timeoutMs,
            env: gitEnv(),
        });
    }
    catch (error) {
        if (!(error instanceof src_process/* SpawnError */.G$))
            throw error;
        throw new GitUnavailableError(`cannot run git in ${repo}: ${error.message}`);
    }
    const { code, stdout, stderr } = result;
    if (result.timedOut)
        return { code: 124, stdout, stderr: `${stderr}git ${args[0]} timed out after ${timeoutMs / 1000} s` };
    if (result.signal)
        throw new GitUnavailableError(`cannot run git in ${repo}: git ${args[0]} was killed by ${result.signal}`);
    if (result.truncated)
        throw new GitUnavailableError(`cannot run git in ${repo}: git ${args[0]} printed more than ${MAX_OUTPUT} characters`);
    return { code, stdout, stderr };
}
/**
 * git's own one-line reason from its stderr: the first `fatal:` or `error:`
 * line (git adds advice after it, e.g. "Please make sure you have the correct
 * access rights / and the repository exists.", whose last line alone reads as
 * nonsense), else the first non-empty line. Never more than one line.
 */
function gitReason(text) {
    const lines = text.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
    return lines.find((l) => /^(fatal|error):/.test(l)) ?? lines[0] ?? '';
}
/** One line: git's own reason (when it gave one) first, then what it means here. */
function withGitReason(ours, said) {
    return said ? `git: ${said} (${ours})` : ours;
}
/** withGitReason, from git's stderr. */
function gitFailure(stderr, ours) {
    return withGitReason(ours, gitReason(stderr));
}
/**
 * The top of the git work tree holding `dir`, written in `dir`'s own frame
 * (git prints a realpath; when `dir` is reached through a symlink the top is
 * rebuilt from `dir` so paths compare with the ones the caller computes), in
 * the letter case the file system stores, or undefined outside a work tree or
 * without git.
 */
async function findRepoRoot(dir) {
    return (await findRepo(dir))?.root;
}
/**
 * findRepoRoot, and whether the clone is shallow: asked in the same call to
 * git, so the change detection need not start git again to learn it.
 */
async function findRepo(dir) {
    if (!(0,git_tree/* mayBeGitWorkTree */.k)(dir))
        return undefined;
    let result;
    try {
        result = await runGit(dir, ['rev-parse', '--show-toplevel', '--is-shallow-repository']);
    }
    catch {
        return undefined;
    }
    const [printed = '', shallow] = result.stdout.split(/\r?\n/);
    if (result.code !== 0 || printed === '')
        return undefined;
    let real;
    // The three paths share their ancestors: each directory is listed once for all of them.
    const listings = new Map();
    try {
        // Both in the stored letter case: on a case-insensitive file system git and
        // realpath may print a directory as it was last typed (disk-case.ts).
        real = (0,disk_case/* diskCase */.u)(await (0,promises_.realpath)(dir), listings);
    }
    catch {
        return undefined;
    }
    const top = (0,disk_case/* diskCase */.u)(printed, listings);
    const own = (0,disk_case/* diskCase */.u)(external_node_path_default().resolve(dir), listings);
    const rel = external_node_path_default().relative(top, real);
    const root = rel === '' ? own : rel.startsWith('..') || external_node_path_default().isAbsolute(rel) ? top : external_node_path_default().resolve(own, ...rel.split((external_node_path_default()).sep).map(() => '..'));
    return { root, shallow: shallow?.trim() === 'true' };
}
/** Whether `repo` is a git work tree, and a shallow clone: one question to git, not two. */
async function workTreeState(repo) {
    const result = await runGit(repo, ['rev-parse', '--is-inside-work-tree', '--is-shallow-repository']);
    const [inside, shallow] = result.code === 0 ? result.stdout.split('\n').map((line) => line.trim()) : [];
    return { workTree: inside === 'true', shallow: shallow === 'true' };
}
async function isShallow(repo) {
    const result = await runGit(repo, ['rev-parse', '--is-shallow-repository']);
    return result.code === 0 && result.stdout.trim() === 'true';
}
/** The commit a revision names, or undefined when it names none here. */
async function resolveCommit(repo, rev) {
    const result = await runGit(repo, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${rev}^{commit}`]);
    return result.code === 0 ? result.stdout.trim() : undefined;
}
/**
 * Whether the clone has each of these full commit names, in one call to git
 * (the commits an event names; in a shallow clone its base is often
 * missing). A name git could not answer for is left out.
 */
async function presentCommits(repo, shas) {
    const known = new Map();
    if (shas.length === 0)
        return known;
    const asked = shas.map((sha) => sha.toLowerCase());
    const result = await (0,src_process/* runProcess */.R3)('git', ['-c', 'core.quotepath=false', 'cat-file', '--batch-check'], {
        cwd: repo,
        env: gitEnv(),
        timeoutMs: 60_000,
        maxOutput: 1024 * 1024,
        onStdin: (stdin) => stdin.end(asked.map((sha) => `${sha}^{commit}\n`).join('')),
    }).catch(() => undefined);
    if (!result || result.code !== 0)
        return known;
    // One line per name, in order: `<sha> commit <size>`, or `<name>^{commit} missing`.
    const lines = result.stdout.split('\n');
    asked.forEach((sha, i) => {
        const [name, type] = (lines[i] ?? '').trim().toLowerCase().split(' ');
        if (name === sha && type === 'commit')
            known.set(sha, true);
        else if (name === `${sha}^{commit}` && type === 'missing')
            known.set(sha, false);
    });
    return known;
}
/**
 * Parents of a commit, read from the commit object itself: this works in a
 * shallow clone, where the parents are named but not present.
 */
async function commitParents(repo, sha) {
    const result = await runGit(repo, ['cat-file', 'commit', sha]);
    if (result.code !== 0)
        return undefined;
    const header = result.stdout.split('\n\n', 1)[0] ?? '';
    return header
        .split('\n')
        .filter((line) => line.startsWith('parent '))
        .map((line) => line.slice('parent '.length).trim());
}
/**
 * `git fetch --no-tags` of exact objects or refs from `origin` (into
 * FETCH_HEAD, no branch is touched). `depth` bounds the history fetched; it
 * is only given in shallow clones, where a deeper fetch would change nothing.
 */
async function fetchFromOrigin(repo, refspecs, depth) {
    const args = ['fetch', '--no-tags', '--no-recurse-submodules', '--quiet'];
    if (depth !== undefined)
        args.push(`--depth=${depth}`);
    args.push('--end-of-options', 'origin', ...refspecs);
    const result = await runGit(repo, args, FETCH_TIMEOUT_MS);
    return result.code === 0 ? { ok: true } : { ok: false, error: gitReason(result.stderr) || `git fetch exited with ${result.code}` };
}
/** The best common ancestor, or undefined when the history present has none. */
async function mergeBase(repo, a, b) {
    const result = await runGit(repo, ['merge-base', '--end-of-options', a, b]);
    return result.code === 0 ? result.stdout.trim().split('\n')[0] : undefined;
}
/** What every diff here passes: names and status only, renames forced on, nothing the user's config adds. */
const DIFF_OPTIONS = ['--name-status', '-z', '-M', '--no-relative', '--no-ext-diff', '--no-textconv', '--ignore-submodules=none'];
/**
 * Files that differ between two commits' trees (two-dot). Rename detection
 * is forced on (`-M`) so a move lists both paths whatever diff.renames says;
 * `--no-relative` keeps paths relative to the repository root.
 */
async function diffFiles(repo, from, to) {
    const result = await runGit(repo, ['diff', ...DIFF_OPTIONS, '--end-of-options', from, to, '--']);
    if (result.code !== 0)
        throw new Error(gitFailure(result.stderr, `git diff ${from.slice(0, 7)} ${to.slice(0, 7)} failed`));
    return parseNameStatus(result.stdout);
}
/**
 * diffFiles from the merge-base of `base` and `head` to `head`, found by git
 * in the same call (`git diff --merge-base`), or undefined when git gives no
 * such diff: a commit missing, no merge-base, or several (which git refuses
 * rather than pick one).
 */
async function diffFromMergeBase(repo, base, head) {
    const result = await runGit(repo, ['diff', '--merge-base', ...DIFF_OPTIONS, '--end-of-options', base, head, '--']).catch(() => undefined);
    return result?.code === 0 ? parseNameStatus(result.stdout) : undefined;
}
/** A file's content at a commit, or undefined when it is absent there or unreadable. */
async function readBlob(repo, rev, repoRelativePath) {
    const path = repoRelativePath.replace(/^(\.\/)+/, '');
    try {
        const result = await runGit(repo, ['cat-file', 'blob', `${rev}:${path}`]);
        return result.code === 0 ? result.stdout : undefined;
    }
    catch {
        return undefined;
    }
}
/**
 * Why `rev` names no commit here, in git's own words (`fatal: bad revision
 * 'x'`): `rev-parse --verify --quiet` says nothing, and the user is owed git's
 * message, not a guess.
 */
async function revisionError(repo, rev) {
    const result = await runGit(repo, ['rev-parse', rev, '--']);
    return result.code === 0 ? `'${rev}' names no commit` : gitReason(result.stderr) || `git rev-parse exited with ${result.code}`;
}
/**
 * Files that differ between a commit's tree and the work tree: what is
 * committed since, staged and not yet staged (as `git diff <commit>` shows,
 * rename detection forced on as in diffFiles). Untracked files are not
 * there: untrackedFiles lists them.
 */
async function diffWorkTree(repo, from) {
    const result = await runGit(repo, ['diff', ...DIFF_OPTIONS, '--end-of-options', from, '--']);
    if (result.code !== 0)
        throw new Error(gitFailure(result.stderr, `git diff ${from.slice(0, 7)} (work tree) failed`));
    return parseNameStatus(result.stdout);
}
/** Untracked files that .gitignore (and the other exclude files) does not ignore, relative to the top of the work tree. */
async function untrackedFiles(repo) {
    const result = await runGit(repo, ['ls-files', '--others', '--exclude-standard', '--full-name', '-z', '--', ':/']);
    if (result.code !== 0)
        throw new Error(gitFailure(result.stderr, 'git ls-files --others failed'));
    return result.stdout.split('\0').filter((p) => p !== '');
}

;// CONCATENATED MODULE: ./src/affected/reasons.ts
/** The words for an edge kind: `runtime`, `extra NAME`, `group NAME`. */
function viaText(v) {
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
function reasonLines(r, members = 1) {
    switch (r.kind) {
        case 'changed':
            return [...r.paths.map((p) => `changed: ${p}`), ...(r.more > 0 ? [`changed: and ${r.more} more files`] : [])];
        case 'dependency': {
            const verb = members === 1 ? 'depends' : 'depend';
            if (!r.via)
                return [`${verb} on ${r.on} (${viaText(r.dependency)})`];
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
function reasonsText(reasons) {
    return reasons.flatMap((r) => reasonLines(r));
}
/**
 * One line for a reason, for a table cell that must fit a terminal: a reason
 * about several files names the first, then how many more (the full list is
 * in reasonLines).
 */
function reasonSummary(r) {
    const lines = reasonLines(r);
    if (lines.length <= 1)
        return lines[0] ?? '';
    if (r.kind === 'changed' || r.kind === 'input' || r.kind === 'global') {
        const more = r.paths.length + r.more - 1;
        return `${lines[0]} (and ${more} more ${more === 1 ? 'file' : 'files'})`;
    }
    return lines.join('; ');
}
/** Repository-relative files a reason is about (for an annotation to sit on). */
function reasonFiles(r) {
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
function isOwnChange(r) {
    return r.kind === 'changed' || r.kind === 'input';
}
/** The member's own changed files (`paths` listed, `total` counting those not listed). */
function ownChanges(reasons) {
    const changed = reasons.filter((r) => r.kind === 'changed');
    if (changed.length === 0)
        return undefined;
    const paths = changed.flatMap((r) => r.paths);
    return { paths, total: paths.length + changed.reduce((n, r) => n + r.more, 0) };
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
const UNITS = (/* unused pure expression or super */ null && (['B', 'KiB', 'MiB', 'GiB', 'TiB']));
/** Binary units, as `uv cache prune` and `du -h` print them: `512 B`, `1.5 MiB`. */
function format_formatBytes(bytes) {
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
const MAX_MATRIX_JOBS = 256;
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
    const sorted = [...members].sort((a, b) => (0,src_text/* compareStrings */.Kt)(a.name, b.name));
    if (sorted.length === 0)
        return { include: [] };
    if (!(shards > 0))
        return { include: sorted.map((m) => ({ package: m.name, path: m.path })) };
    const weighted = sorted
        .map((m) => ({ ...m, weight: Math.max(1, weight(m.name) || 0) }))
        .sort((a, b) => b.weight - a.weight || (0,src_text/* compareStrings */.Kt)(a.name, b.name));
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
            const sorted = [...group.members].sort((a, b) => (0,src_text/* compareStrings */.Kt)(a.name, b.name));
            return { package: sorted.map((m) => m.name).join(' '), path: commonDirectory(sorted.map((m) => m.path)), paths: sorted.map((m) => m.path) };
        })
            .sort((a, b) => (0,src_text/* compareStrings */.Kt)(a.package, b.package)),
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
    if (shards > 0 || members <= MAX_MATRIX_JOBS)
        return { shards };
    return {
        shards: MAX_MATRIX_JOBS,
        note: `${members} affected members would make more matrix legs than GitHub's limit of ${MAX_MATRIX_JOBS}: the matrix is sharded into ${MAX_MATRIX_JOBS} legs (set 'shards' to choose the number)`,
    };
}
/** The deepest directory containing every path, compared component by component; `.` when there is none. */
function commonDirectory(paths) {
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

// EXTERNAL MODULE: ./src/report/escape.ts
var report_escape = __webpack_require__(4031);
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
function named(unowned, show) {
    const list = unowned.slice(0, MAX_NAMED).map((p) => show(shorten(p)));
    return unowned.length > MAX_NAMED ? `${list.join(', ')} and ${unowned.length - MAX_NAMED} more` : list.join(', ');
}
function headline(n) {
    return `${format_plural(n, 'changed path')} ${n === 1 ? 'is' : 'are'} not owned by any member and ${n === 1 ? 'affects' : 'affect'} none`;
}
/** The notice for the log and the run's annotations, or none when every path is owned. */
function unownedNotice(unowned) {
    if (!unowned || unowned.length === 0)
        return undefined;
    return { level: 'notice', title: 'Not owned by any member', message: `${headline(unowned.length)}: ${named(unowned, report_escape/* logText */.kc)}; ${ACTION_HINT}.` };
}
/** The job summary's line (markdown, escaped), or none. */
function unownedSummaryLine(unowned) {
    if (!unowned || unowned.length === 0)
        return undefined;
    const n = unowned.length;
    return `<b>Not owned by any member:</b> ${named(unowned, report_escape/* code */.aY)} (${format_plural(n, 'changed path')} that ${n === 1 ? 'affects' : 'affect'} no member; ${(0,report_escape/* escapeText */.X1)(ACTION_HINT)})<br>`;
}
/** The CLI's lines (the CLI neutralises what it prints), or none. */
function unownedLines(unowned) {
    if (!unowned || unowned.length === 0)
        return [];
    return [`not owned by any member (${unowned.length}): ${named(unowned, (p) => p)}`, `hint: these paths affect no member; ${hint('--global')}`];
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
            message: `${why.length > 0 ? listNames(why, 3, '; ') : 'a global change'}: all ${format_plural(affected.members.length, 'member')} are synced and tested.`,
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
            ? `${member.name} changed (${format_plural(own.total, 'file')}); ${alone}.`
            : `${member.name} changed (${format_plural(own.total, 'file')}); it pulls in ${format_plural(pulled.length, 'dependent')}: ${listNames(pulled)}.`;
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
    for (const built of thirdPartyBuilds(report.built, memberNames)) {
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
            message: `uv took ${format_formatDuration(resolved.ms)} to resolve ${format_plural(resolved.count, resolved.unit.replace(/s$/, ''))}. ` +
                "An up-to-date uv.lock resolves in milliseconds: commit uv.lock and add '--locked' to 'sync-args' so a stale lock fails fast instead.",
        });
    }
    return out;
}
/**
 * Workspace members (and other local projects) are built on every sync as
 * editables; that is expected and not worth a warning. Third-party sdists are.
 */
function thirdPartyBuilds(built, members) {
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

;// CONCATENATED MODULE: ./src/run/transcript.ts
// A member's test output as it is kept until the member ends (pure): stdout
// and stderr lines in the order they arrived, bounded. A test suite can print
// gigabytes, and several run at once, so the first HEAD_CHARS and the last
// TAIL_CHARS are kept and what lies between is counted, never silently lost:
// the printed group says how much was left out. The tail is what an error
// annotation quotes, so it is always the real end of the output.
/** Kept from the start of the output. */
const HEAD_CHARS = 1024 * 1024;
/** Kept from the end of the output. */
const TAIL_CHARS = 1024 * 1024;
/** A line longer than this is cut (a progress bar redrawn with `\r` for minutes is one line). */
const MAX_LINE_CHARS = 16 * 1024;
function cut(line) {
    return line.length <= MAX_LINE_CHARS ? line : `${line.slice(0, MAX_LINE_CHARS)} \u2026 (${line.length - MAX_LINE_CHARS} more characters)`;
}
class Transcript {
    headLimit;
    tailLimit;
    head = [];
    headChars = 0;
    /** The head is full: every later line goes to the tail. */
    headFull = false;
    tail = [];
    /** Index of the first live line in `tail` (lines before it were dropped; compacted now and then). */
    tailStart = 0;
    tailChars = 0;
    omittedLines = 0;
    omittedChars = 0;
    constructor(headLimit = HEAD_CHARS, tailLimit = TAIL_CHARS) {
        this.headLimit = headLimit;
        this.tailLimit = tailLimit;
    }
    push(raw) {
        const line = cut(raw);
        if (!this.headFull && this.headChars + line.length + 1 <= this.headLimit) {
            this.head.push(line);
            this.headChars += line.length + 1;
            return;
        }
        this.headFull = true;
        this.tail.push(line);
        this.tailChars += line.length + 1;
        while (this.tailChars > this.tailLimit && this.tail.length - this.tailStart > 1) {
            const dropped = this.tail[this.tailStart++];
            this.tailChars -= dropped.length + 1;
            this.omittedLines++;
            this.omittedChars += dropped.length + 1;
        }
        if (this.tailStart > 4096 && this.tailStart * 2 > this.tail.length) {
            this.tail = this.tail.slice(this.tailStart);
            this.tailStart = 0;
        }
    }
    view() {
        return { head: [...this.head], omittedLines: this.omittedLines, omittedChars: this.omittedChars, tail: this.tail.slice(this.tailStart) };
    }
}
/** The last `n` lines that are not blank, from the end of the output. */
function lastLines(view, n) {
    const all = view.omittedLines === 0 ? [...view.head, ...view.tail] : view.tail;
    const kept = all.filter((line) => line.trim() !== '');
    return kept.slice(Math.max(0, kept.length - n));
}

;// CONCATENATED MODULE: ./src/run/results.ts
// What a run of the `run` command per member produced, and everything said
// about it (pure): the `passed`, `failed` and `results` outputs, each
// member's group title, its error annotation and the step's failure line.
// The action and the CLI print the same words.



/** Tenths of a second, as the outputs and the summary show them. */
function seconds(ms) {
    return Math.round(ms / 100) / 10;
}
/** The `passed`, `failed` and `results` outputs: lists sorted by name; `failed` holds the timed-out members too. */
function runOutputs(report) {
    if (!report)
        return { passed: [], failed: [], results: {} };
    const entries = [
        ...report.runs.map((r) => [r.member, { status: r.status, seconds: seconds(r.durationMs) }]),
        ...Object.keys(report.skipped).map((name) => [name, { status: 'skipped', seconds: 0 }]),
    ].sort((a, b) => (0,src_text/* compareStrings */.Kt)(a[0], b[0]));
    const names = (keep) => report.runs.filter(keep).map((r) => r.member).sort(src_text/* compareStrings */.Kt);
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
        return `timed out after ${format_formatDuration(timeoutMs)}`;
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
        return `${MARK.passed} ${run.member} passed in ${format_formatDuration(run.durationMs)}`;
    if (run.status === 'timed-out')
        return `${MARK['timed-out']} ${run.member} timed out after ${format_formatDuration(run.durationMs)} (${timeoutSetting(timeoutMs)})`;
    return `${MARK.failed} ${run.member} failed (${howItEnded(run, timeoutMs)}) in ${format_formatDuration(run.durationMs)}`;
}
/** The lines of the member's group: its output, with a line where some was left out. */
function runLines(run) {
    const { head, omittedLines, omittedChars, tail } = run.output;
    const lines = [...head];
    if (omittedLines > 0)
        lines.push(`\u2026 ${format_plural(omittedLines, 'line')} (${omittedChars} characters) of output not shown here \u2026`);
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
    const what = run.status === 'timed-out' ? `timed out after ${format_formatDuration(timeoutMs)} (${timeoutSetting(timeoutMs)}); its processes were stopped` : howItEnded(run, timeoutMs);
    const tail = lastLines(run.output, ANNOTATION_LINES);
    let body = tail.join('\n');
    if (body.length > ANNOTATION_CHARS)
        body = `\u2026${body.slice(body.length - ANNOTATION_CHARS)}`;
    const message = `${run.member} (${run.path}): ${what}.${body ? `\nLast lines of its output:\n${body}` : ' It printed nothing.'}`;
    return { title: `Tests ${run.status === 'timed-out' ? 'timed out' : 'failed'}: ${run.member}`, message };
}
/** `3 passed, 1 failed, 1 timed out, 2 skipped`. */
function countsText(report) {
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
    const bad = report.runs.filter((r) => r.status !== 'passed').sort((a, b) => (0,src_text/* compareStrings */.Kt)(a.member, b.member));
    if (bad.length === 0)
        return undefined;
    const shown = bad.slice(0, 10).map((r) => `${r.member} (${howItEnded(r, report.timeoutMs)})`);
    const more = bad.length > 10 ? ` and ${bad.length - 10} more` : '';
    return `tests did not pass in ${bad.length} of ${format_plural(report.runs.length, 'member')}: ${shown.join(', ')}${more}; each member's output is in its group above`;
}

;// CONCATENATED MODULE: ./src/report/outputs.ts



/** Output names in the order action.yml lists them. */
const OUTPUT_NAMES = (/* unused pure expression or super */ null && ([
    'members',
    'paths',
    'matrix',
    'count',
    'any-affected',
    'all',
    'reasons',
    'unowned',
    'cache-hit',
    'cache-matched-key',
    'cache-key',
    'cache-dir',
    'link-mode',
    'uv-version',
    'fingerprints',
    'skipped',
    'passed',
    'failed',
    'results',
]));
/** The outputs that describe a change and what it affects (no cache, no sync): what the CLI's `--format github` prints. */
const CHANGE_OUTPUTS = (/* unused pure expression or super */ null && (['members', 'paths', 'matrix', 'count', 'any-affected', 'all', 'reasons', 'unowned']));
function buildOutputs(input) {
    const { affected, matrix, cache } = input;
    const members = [...affected.members].sort((0,src_text.by)((m) => m.name));
    const reasons = {};
    for (const member of members)
        reasons[member.name] = reasonsText(member.reasons);
    const run = runOutputs(input.run);
    return {
        members: JSON.stringify(members.map((m) => m.name)),
        paths: JSON.stringify(members.map((m) => m.path)),
        matrix: JSON.stringify({ include: matrix.include }),
        count: String(members.length),
        'any-affected': String(members.length > 0),
        all: String(affected.all),
        reasons: JSON.stringify(reasons),
        unowned: JSON.stringify(affected.unowned ?? []),
        // No cache is not a hit: `if: steps.x.outputs.cache-hit != 'true'` keeps working.
        'cache-hit': String(cache?.hit ?? false),
        'cache-matched-key': cache?.matchedKey ?? '',
        'cache-key': cache?.key ?? '',
        'cache-dir': cache?.dir ?? '',
        'link-mode': input.linkMode ?? '',
        'uv-version': input.uvVersion ?? '',
        fingerprints: JSON.stringify(input.fingerprints ?? {}),
        skipped: JSON.stringify(input.skipped ?? {}),
        passed: JSON.stringify(run.passed),
        failed: JSON.stringify(run.failed),
        results: JSON.stringify(run.results),
    };
}
/** Every output with its empty value: what a workflow sees when main fails before it knows more. */
function emptyOutputs() {
    return buildOutputs({ affected: { all: false, allReasons: [], members: [] }, matrix: { include: [] } });
}
/**
 * GitHub keeps at most 1 MB of outputs per job, counted in UTF-16 (docs:
 * "Outputs can be a maximum of 1 MB per job ... approximated based on UTF-16
 * encoding"). Leave room for the outputs of the job's other steps.
 */
const OUTPUTS_BUDGET_BYTES = 768 * 1024;
const size = (outputs) => Object.entries(outputs).reduce((n, [name, value]) => n + 2 * (name.length + value.length), 0);
/**
 * The most the `unowned` list takes of the budget on its own: a change can
 * hold thousands of paths no member owns (crewAI keeps 92% of its files
 * outside every member), and they must not push out what the sync uses.
 */
const UNOWNED_BUDGET_BYTES = 64 * 1024;
const LIMIT = 'outputs are limited to 1 MB per job';
/** A JSON list cut to the longest prefix whose UTF-16 size fits `room` bytes, and a note when it was cut. */
function cutList(name, text, room, why, rest) {
    if (2 * text.length <= room)
        return { text };
    const list = JSON.parse(text);
    let keep = list.length;
    while (keep > 0 && 2 * JSON.stringify(list.slice(0, keep)).length > room)
        keep = Math.floor(keep * 0.9);
    return { text: JSON.stringify(list.slice(0, keep)), note: `the ${name} output lists ${keep} of ${list.length} (${why}); ${rest}` };
}
const UNOWNED_REST = 'the log and the job summary say how many there are';
/**
 * Outputs that fit `budget`: `unowned` never takes more than its own share;
 * then first the `reasons` fold to one line per member, then they go, then
 * shard legs lose their `paths` lists, and last the lists are cut short.
 * Each step taken is said in `notes` (for the log): a cut list is never silent.
 */
function fitOutputs(outputs, budget = OUTPUTS_BUDGET_BYTES) {
    const out = { ...outputs };
    const notes = [];
    const unowned = cutList('unowned', out.unowned, Math.min(UNOWNED_BUDGET_BYTES, budget), 'it is kept under 64 KB, so it never pushes out the other outputs', UNOWNED_REST);
    out.unowned = unowned.text;
    if (unowned.note)
        notes.push(unowned.note);
    if (size(out) <= budget)
        return { outputs: out, notes };
    const reasons = JSON.parse(out.reasons);
    out.reasons = JSON.stringify(Object.fromEntries(Object.entries(reasons).map(([name, list]) => [name, list.length > 1 ? [list[0], `and ${list.length - 1} more`] : list])));
    notes.push('the reasons output keeps the first reason of each member (outputs are limited to 1 MB per job)');
    if (size(out) > budget) {
        out.reasons = '{}';
        notes.push('the reasons output is empty: it does not fit GitHub\'s 1 MB limit; the job summary has them');
    }
    if (size(out) > budget && out.results !== '{}') {
        out.results = '{}';
        notes.push("the results output is empty: it does not fit GitHub's 1 MB limit; the passed and failed outputs and the job summary have the outcome of each member");
    }
    if (size(out) > budget && out.fingerprints !== '{}') {
        out.fingerprints = '{}';
        notes.push("the fingerprints output is empty: it does not fit GitHub's 1 MB limit; 'uv-workspace-sync fingerprints --json' prints them");
    }
    if (size(out) > budget) {
        const matrix = JSON.parse(out.matrix);
        out.matrix = JSON.stringify({ include: matrix.include.map(({ paths: _paths, ...leg }) => leg) });
        notes.push('matrix legs carry their common path only, not each member\'s path (outputs are limited to 1 MB per job)');
    }
    for (const name of ['unowned', 'paths', 'members', 'passed', 'failed']) {
        if (size(out) <= budget)
            break;
        const room = Math.max(0, budget - (size(out) - 2 * out[name].length));
        const cut = cutList(name, out[name], room, LIMIT, name === 'unowned' ? UNOWNED_REST : 'use the matrix output or the job summary for the rest');
        out[name] = cut.text;
        if (cut.note)
            notes.push(cut.note);
    }
    return { outputs: out, notes };
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
function label(text) {
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
    for (const e of [...edges].sort((0,src_text.by)((e) => e.from + e.to))) {
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
        ...p.nodes.map((n) => `  ${n.id}["${label(n.text)}"]${n.changed ? ':::changed' : ''}`),
        ...p.edges.map((e) => `  ${e.from} -->|${label(e.label)}| ${e.to}`),
        ...(p.nodes.some((n) => n.changed) ? ['  classDef changed fill:#fff8c5,stroke:#9a6700,stroke-width:2px'] : []),
    ].join('\n');
}
/** Graphviz DOT text: the same nodes and edges; labels pass the same filter, so no quote or brace of a name ends one. */
function dotText(p) {
    return [
        'digraph workspace {',
        '  rankdir=LR;',
        '  node [shape=box];',
        ...p.nodes.map((n) => `  ${n.id} [label="${label(n.text)}"${n.changed ? ', style=filled, fillcolor="#fff8c5"' : ''}];`),
        ...p.edges.map((e) => `  ${e.from} -> ${e.to} [label="${label(e.label)}"];`),
        '}',
    ].join('\n');
}
/**
 * The ```mermaid block, or undefined when there is nothing to draw (no
 * dependent) or too much even after folding.
 */
function mermaidGraph(input) {
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
function testsCell(cell) {
    if (!cell)
        return '\u2014';
    if (cell.status === 'skipped')
        return `${tests_summary_MARK.skipped} ${(0,report_escape/* escapeText */.X1)(cell.reason)}`;
    if (cell.status === 'timed-out')
        return `${tests_summary_MARK['timed-out']} timed out after ${secondsText(cell.seconds)}`;
    return `${tests_summary_MARK[cell.status]} ${secondsText(cell.seconds)}`;
}
/** The cell of members folded into one row (same reasons, same outcome): how many, and the slowest. */
function foldedTestsCell(cells) {
    const first = cells[0];
    if (!first)
        return '\u2014';
    if (first.status === 'skipped')
        return `${tests_summary_MARK.skipped} ${cells.length} skipped (passed on these inputs before)`;
    const slowest = Math.max(...cells.map((c) => (c && c.status !== 'skipped' ? c.seconds : 0)));
    return `${tests_summary_MARK[first.status]} ${cells.length} ${first.status === 'timed-out' ? 'timed out' : first.status}, the slowest ${secondsText(slowest)}`;
}
/** Members that did not pass come first in the table, then those that ran, then the rest. */
function testsRank(cell) {
    if (!cell)
        return 3;
    if (cell.status === 'failed' || cell.status === 'timed-out')
        return 0;
    return cell.status === 'passed' ? 1 : 2;
}
/** What a folded row shares of its members' cells: the outcome, never the duration. */
function testsFoldKey(cell) {
    return cell?.status ?? '';
}
/** The line under the member table: the command, the counts, the wall time. */
function testsLine(report) {
    const command = `uv run --no-sync --package <member> -- ${report.command.join(' ')}`;
    const wall = report.runs.length > 0 ? ` in ${format_formatDuration(report.wallMs)}, ${report.parallel} at a time` : '';
    return `<b>Tests:</b> ${(0,report_escape/* code */.aY)(command)}: ${(0,report_escape/* escapeText */.X1)(countsText(report))}${wall}.`;
}
/** The post step's section for the passed markers it saved. */
function markersSummary(lines) {
    const out = ['### Passed markers', '', `${plural(lines.length, 'member')} of this run, for <code>skip-passed</code>:`, ''];
    for (const line of lines)
        out.push(`- ${e(line)}`);
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
const SUMMARY_LIMIT_BYTES = 1000 * 1024;
function renderSummary(input) {
    const out = [];
    const affected = input.members.filter((m) => m.affected);
    const unaffected = input.members.filter((m) => !m.affected);
    out.push('## uv-workspace-sync', '');
    const facts = [
        `<b>${affected.length} of ${format_plural(input.members.length, 'member')} affected</b>`,
        `mode ${(0,report_escape/* code */.aY)(input.mode)}`,
        `workspace ${(0,report_escape/* code */.aY)(input.workspaceRoot)}`,
    ];
    if (input.uvVersion)
        facts.push(`uv ${(0,report_escape/* escapeText */.X1)(input.uvVersion)}`);
    out.push(facts.join(' \u00b7 '), '');
    const changed = input.change.changedFiles === undefined ? '' : ` \u00b7 ${format_plural(input.change.changedFiles, 'changed file')}`;
    out.push(`<b>Changes:</b> ${(0,report_escape/* escapeText */.X1)(input.change.description)}${changed}<br>`);
    const unowned = unownedSummaryLine(input.change.unowned);
    if (unowned)
        out.push(unowned);
    if (input.change.all) {
        const reasons = reasonsText(input.change.allReasons);
        out.push(`<b>Every member is affected:</b> ${reasons.length > 0 ? reasons.map(report_escape/* escapeText */.X1).join('; ') : 'no reason recorded'}`);
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
        out.push(`<details><summary>${format_plural(folded.length, 'unaffected member')}</summary>`, '');
        out.push(folded.map((m) => (0,report_escape/* code */.aY)(m.name)).join(', '), '', '</details>', '');
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
            out.push(`- \u26a0\ufe0f ${(0,report_escape/* escapeText */.X1)(w)}`);
        for (const n of notes)
            out.push(`- ${(0,report_escape/* escapeText */.X1)(n)}`);
        out.push('');
    }
    return fitSummary(out.join('\n'));
}
function matrixLine(matrix) {
    const legs = matrix.include;
    if (legs.length === 0)
        return 'The matrix is empty: guard the matrix job with <code>if: needs.&lt;job&gt;.outputs.any-affected == &#39;true&#39;</code>.';
    const named = legs.slice(0, MAX_LEGS_LISTED).map((leg) => (0,report_escape/* code */.aY)(leg.package.length > 80 ? `${leg.package.slice(0, 77)}...` : leg.package));
    return `${format_plural(legs.length, 'leg')}: ${named.join(', ')}${legs.length > MAX_LEGS_LISTED ? ` and ${legs.length - MAX_LEGS_LISTED} more` : ''}`;
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
    const shown = lines.slice(0, MAX_REASONS).map(report_escape/* escapeText */.X1);
    if (lines.length > MAX_REASONS)
        shown.push(`and ${lines.length - MAX_REASONS} more`);
    return shown.join('<br>') || '\u2014';
}
function memberRow(m, columns) {
    const cells = [`<b>${(0,report_escape/* escapeText */.X1)(m.name)}</b>`, (0,report_escape/* code */.aY)(m.path), m.affected ? '\u2705' : '\u2014', whyCell(m.reasons)];
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
    const ordered = [...members].sort((a, b) => testsRank(a.tests) - testsRank(b.tests) || Number(ownChange(b)) - Number(ownChange(a)) || (0,src_text/* compareStrings */.Kt)(a.name, b.name));
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
        const names = group.map((g) => (0,report_escape/* code */.aY)(g.name)).join(', ');
        const cells = [
            `<details><summary><b>${group.length} members</b></summary>${names}</details>`,
            (0,report_escape/* code */.aY)(commonDirectory(group.map((g) => g.path))),
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
    out.push(`${(0,report_escape/* code */.aY)(sync.command.join(' '))} ${status} in ${format_formatDuration(sync.durationMs)}.`, '');
    if (report.phases.length > 0) {
        out.push('| Step | Count | Time |', '| --- | --: | --: |');
        for (const phase of report.phases) {
            const count = phase.verb === 'Audited' || phase.verb === 'Checked' || phase.count > 0 ? `${phase.count} ${(0,report_escape/* escapeText */.X1)(phase.unit)}` : '\u2014';
            out.push(`| ${phase.verb} | ${count} | ${format_formatDuration(phase.ms)} |`);
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
        out.push(`<b>Built from source:</b> ${built.map(report_escape/* code */.aY).join(', ')}`, '');
    if (report.hardlinkFallback) {
        out.push('<b>uv copied instead of linking:</b> it could not hardlink from the cache (usually the cache and the venv are on different filesystems), so every install was a full copy. ' +
            'Leave <code>cache-dir</code> empty so the action places the cache beside the venv, or set <code>link-mode: copy</code> if copying is intended.', '');
    }
    if (report.errors.length > 0) {
        out.push('<b>uv errors:</b>', '');
        for (const error of report.errors)
            out.push(`<pre>${(0,report_escape/* escapeText */.X1)(error)}</pre>`, '');
    }
    if (report.warnings.length > 0) {
        out.push('<details><summary>uv warnings</summary>', '');
        for (const warning of report.warnings)
            out.push(`<pre>${(0,report_escape/* escapeText */.X1)(warning)}</pre>`, '');
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
            return `nothing stood out; the whole sync took ${format_formatDuration(total)}.`;
        return `uv's steps account for ${format_formatDuration(accounted)} of ${format_formatDuration(total)}; the rest went to starting uv, finding Python and creating the venv.`;
    }
    const share = total > 0 ? ` (${Math.min(100, Math.round((100 * slowest.ms) / total))}% of the sync)` : '';
    const what = `${slowest.verb} ${slowest.count > 0 ? `${slowest.count} ${(0,report_escape/* escapeText */.X1)(slowest.unit)} ` : ''}in ${format_formatDuration(slowest.ms)}${share}, ${PHASE_MEANING[slowest.verb]}`;
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
                    why.push(`${format_plural(built, 'package')} built from source`);
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
            return `\u2705 hit (exact key), yet uv prepared ${format_plural(fetched, 'distribution')}: ${why}`;
        }
        case 'partial':
            return `\u267b\ufe0f fallback hit: restored from ${(0,report_escape/* code */.aY)(r.matchedKey)} (a restore key), so what changed since is fetched`;
        case 'miss':
            return '\u274c miss: no entry for this key or its restore keys';
        case 'error':
            return `\u26a0\ufe0f error: ${(0,report_escape/* escapeText */.X1)(r.error)}`;
        case 'not-tried':
            return `not tried: ${(0,report_escape/* escapeText */.X1)(r.why)}`;
    }
}
/** Main's plan for the post step, in main's summary: post says nothing when it has nothing to do. */
function saveCell(cache) {
    const plan = cache.save;
    if (!plan.save)
        return (0,report_escape/* escapeText */.X1)((0,src_text/* capitalize */.ZH)(plan.reason));
    return `by the post step, under the key above${cache.pruned ? ', after <code>uv cache prune --ci</code>' : ''}`;
}
function cacheSection(cache, linkMode, sync) {
    const out = ['### Cache', '', '| Setting | Value |', '| --- | --- |'];
    if (cache) {
        out.push(`| Directory | ${(0,report_escape/* code */.aY)(cache.dir)} |`);
        out.push(`| Placement | ${(0,report_escape/* escapeText */.X1)(cache.placement)}${cache.sameFilesystem ? '' : ' (\u26a0\ufe0f not on the venv&#39;s filesystem)'} |`);
        if (cache.key)
            out.push(`| Key | ${(0,report_escape/* code */.aY)(cache.key)} |`);
        out.push(`| Restore | ${restoreCell(cache, sync)} |`);
        if (cache.save)
            out.push(`| Save | ${saveCell(cache)} |`);
    }
    if (linkMode)
        out.push(`| Link mode | ${(0,report_escape/* code */.aY)(linkMode.mode)}${linkMode.reason ? `: ${(0,report_escape/* escapeText */.X1)(linkMode.reason)}` : ''} |`);
    return out;
}
/** The post step's short summary: pruning and saving the cache. */
function renderPostSummary(input) {
    const out = ['### uv cache', ''];
    const prune = input.prune;
    if (prune) {
        const parts = [];
        if (prune.removedFiles !== undefined)
            parts.push(prune.removedFiles === 0 ? 'uv found nothing to remove' : `uv removed ${plural(prune.removedFiles, 'file')}`);
        if (prune.beforeBytes !== undefined && prune.afterBytes !== undefined) {
            const freed = Math.max(0, prune.beforeBytes - prune.afterBytes);
            const pct = prune.beforeBytes > 0 ? ` (${Math.round((100 * freed) / prune.beforeBytes)}%)` : '';
            parts.push(`the cache went from ${formatBytes(prune.beforeBytes)} to ${formatBytes(prune.afterBytes)} on disk, ${formatBytes(freed)} freed${pct}`);
        }
        if (parts.length === 0)
            parts.push('done');
        const time = prune.durationMs === undefined ? '' : ` in ${formatDuration(prune.durationMs)}`;
        const failed = prune.exitCode ? `, \u26a0\ufe0f exit code ${prune.exitCode}` : '';
        out.push(`<code>uv cache prune --ci</code>: ${parts.join('; ')}${time}${failed}.`, '');
        const output = prune.output?.trim();
        if (output)
            out.push('<details><summary>uv cache prune output</summary>', '', `<pre>${e(output)}</pre>`, '', '</details>', '');
    }
    else {
        out.push('The cache was not pruned.', '');
    }
    if (input.save) {
        const size = input.save.sizeBytes === undefined ? '' : ` (${formatBytes(input.save.sizeBytes)})`;
        out.push(input.save.saved
            ? `Saved under ${code(input.save.key)}${size}.`
            : // The reason is already a sentence about the save ("not saving the uv cache: ..."), so it stands alone.
                `${input.save.reason ? e(capitalize(input.save.reason)) : 'Not saved'} (key ${code(input.save.key)}).`, '');
    }
    if (input.budget) {
        const b = input.budget;
        const size = b.bytes === undefined ? '' : `, ${formatBytes(b.bytes)}`;
        out.push(b.source === 'service'
            ? `Budget: ${plural(b.entries, 'cache entry', 'cache entries')} for this <code>uv.lock</code>${size}, of the repository's 10 GB.`
            : `Budget: at least ${plural(b.entries, 'cache entry', 'cache entries')} for this <code>uv.lock</code> (seen by this run; give the token <code>actions: read</code> for the full count).`, '');
    }
    for (const w of input.warnings ?? [])
        out.push(`- \u26a0\ufe0f ${e(w)}`);
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

// EXTERNAL MODULE: ./src/uv/python.ts
var python = __webpack_require__(7717);
// EXTERNAL MODULE: ./node_modules/smol-toml/dist/index.js + 8 modules
var dist = __webpack_require__(3292);
;// CONCATENATED MODULE: ./src/workspace/toml-fast.ts
// A fast reader for the TOML that pyproject.toml and uv.lock files actually
// hold. smol-toml is correct, but at 2000 members parsing with it is a large
// share of what `affected` costs: it runs once per process, mostly before V8
// has optimised it, one character and one call at a time, and keeps a tree
// of table states beside the result. This reader matches whole common lines
// in one native regular-expression call each and builds the same result
// directly, and only for a strict subset:
// tables, arrays of tables, dotted and quoted keys, basic and literal strings
// (single- and multi-line), decimal integers, booleans, arrays and one-line
// inline tables. Anything else, and anything it is not sure is valid (a
// float, a date, a redefined key, a CR, a control character, `__proto__`,
// deep nesting), makes it give up and return undefined: the caller then
// parses with smol-toml, so the answer, and every error, stays smol-toml's.
/** How a table came to be, which decides what may extend it later (TOML's rules, as smol-toml applies them). */
const IMPLICIT = 1; // a prefix of a `[header]`: a later `[header]` may define it
const HEADER = 2; // defined by `[header]` (or the root): only sub-headers reach into it
const DOTTED = 3; // made by a dotted key: only dotted keys extend it
const TABLE_ARRAY = 4; // an array made by `[[header]]`: later `[[header]]`s append, `[header.x]` reaches into its last table
/** Thrown to abandon the fast path; never escapes `parseTomlFast`. */
const BAIL = Symbol('toml-fast bail');
const bail = () => {
    throw BAIL;
};
/** Arrays and inline tables nest no deeper than this on the fast path (smol-toml's own limit is 1000). */
const MAX_DEPTH = 64;
/** Fifteen digits always fit a double exactly. */
const MAX_INTEGER_DIGITS = 15;
// The text and the cursor: module state, since parsing is synchronous and never re-entered.
let s = '';
let p = 0;
// The tables this parse made from headers and dotted keys, and its arrays of tables, with their kinds. A
// Map: a list searched per lookup made a document of many headers quadratic (40,000 headers reaching
// into one made late took a second, where smol-toml takes a tenth), and a pull request writes the
// pyproject.toml. Inline tables and arrays are not in it, so nothing can extend them.
const kinds = new Map();
function kindOf(value) {
    return kinds.get(value) ?? 0;
}
function forget() {
    kinds.clear();
}
/** Set per call: build ordinary objects instead of prototype-less ones. */
let plain = false;
/**
 * A table as smol-toml makes it (no prototype, so no key is ever inherited),
 * or with `plainObjects` an ordinary object: V8 keeps prototype-less objects
 * as hash maps, several times dearer to build, which a caller that reads
 * only fixed keys (`name`, `source`, ...) and drops the tree can skip.
 */
function newObject() {
    return plain ? {} : Object.create(null);
}
/**
 * The document as smol-toml's `parse` returns it (tables with a null
 * prototype unless `plainObjects`, plain arrays, numbers for integers), or
 * undefined when the text holds anything this reader does not handle exactly.
 */
function parseTomlFast(text, options = {}) {
    plain = options.plainObjects === true;
    s = text;
    p = 0;
    forget();
    try {
        return parseDocument();
    }
    catch (error) {
        if (error === BAIL)
            return undefined;
        throw error;
    }
    finally {
        s = '';
        forget();
    }
}
function parseDocument() {
    const root = newTable(HEADER);
    let current = root;
    for (;;) {
        skipBlank();
        if (p >= s.length)
            return root;
        COMMON_LINE.lastIndex = p;
        const line = COMMON_LINE.exec(s);
        if (line !== null) {
            p = COMMON_LINE.lastIndex;
            current = readCommonLine(line, root, current);
            continue;
        }
        if (s.charCodeAt(p) === 0x5b /* [ */)
            current = parseHeader(root);
        else
            parseKeyValue(current);
        endOfLine();
    }
}
/**
 * The lines most pyproject.toml files and lock entries are made of, each
 * matched whole (newline included) in one native call: `key = "text"`,
 * `key = true`, `key = ["a", "b"]`, `key = { k = "v" }`, `[a.b]`,
 * `[[a.b]]`. Strings here hold no backslash, quote or control character, so
 * they need no decoding. Any other line goes through the general path.
 * Groups: 1 key, 2 string, 3 boolean, 4 array body, 5 inline key, 6 inline
 * string, 7 inline boolean, 8 table header, 9 array-of-tables header.
 */
const COMMON_LINE = /(?:([A-Za-z0-9_-]+) = (?:"([^"\\\x00-\x08\x0a-\x1f\x7f]*)"|(true|false)|\[("[^"\\\x00-\x08\x0a-\x1f\x7f]*"(?:, "[^"\\\x00-\x08\x0a-\x1f\x7f]*")*)?\]|\{ ([A-Za-z0-9_-]+) = (?:"([^"\\\x00-\x08\x0a-\x1f\x7f]*)"|(true|false)) \})|\[([A-Za-z0-9_-]+(?:\.[A-Za-z0-9_-]+)*)\]|\[\[([A-Za-z0-9_-]+(?:\.[A-Za-z0-9_-]+)*)\]\])\n/y;
/** Applies one COMMON_LINE match; returns the table that following pairs go into. */
function readCommonLine(line, root, current) {
    if (line[8] !== undefined)
        return openHeader(root, line[8].split('.'), false);
    if (line[9] !== undefined)
        return openHeader(root, line[9].split('.'), true);
    const key = line[1];
    if (key === '__proto__' || current[key] !== undefined)
        bail();
    let value = line[2]; // a string as written, when the value is one
    if (value === undefined && line[3] !== undefined)
        value = line[3] === 'true';
    else if (value === undefined && line[5] !== undefined) {
        if (line[5] === '__proto__')
            bail();
        const inline = newObject();
        inline[line[5]] = line[6] ?? line[7] === 'true';
        value = inline;
    }
    else if (value === undefined)
        value = line[4] === undefined ? [] : line[4].slice(1, -1).split('", "');
    current[key] = value;
    return current;
}
function newTable(kind) {
    const table = newObject();
    kinds.set(table, kind);
    return table;
}
/** Spaces, tabs, newlines and comments. */
function skipBlank() {
    // The end is tested before reading past it: charCodeAt out of bounds (NaN) at the end of every
    // document made V8 throw away the optimised parseDocument, with this inlined, and compile it again.
    for (; p < s.length;) {
        const c = s.charCodeAt(p);
        if (c === 0x20 || c === 0x09 || c === 0x0a)
            p++;
        else if (c === 0x23 /* # */)
            skipComment();
        else
            return;
    }
}
function skipSpaces() {
    const text = s;
    const end = text.length;
    let i = p;
    while (i < end) {
        const c = text.charCodeAt(i);
        if (c !== 0x20 && c !== 0x09)
            break;
        i++;
    }
    p = i;
}
/** A comment up to (not including) its newline; control characters in it are smol-toml's to report. */
function skipComment() {
    COMMENT_BODY.lastIndex = p + 1;
    COMMENT_BODY.test(s);
    p = COMMENT_BODY.lastIndex;
    if (p < s.length && s.charCodeAt(p) !== 0x0a)
        bail();
}
/** What may follow a key/value pair or a header: spaces, a comment, then a newline or the end. */
function endOfLine() {
    skipSpaces();
    if (p >= s.length)
        return;
    if (s.charCodeAt(p) === 0x23)
        skipComment();
    if (p >= s.length)
        return;
    if (s.charCodeAt(p) !== 0x0a)
        bail();
    p++;
}
// Sticky patterns that step over a run of ordinary characters in one native call: far fewer steps than a
// character loop in code that runs once per process and is rarely optimised by then.
const BARE_KEY = /[A-Za-z0-9_-]+/y;
const COMMENT_BODY = /[^\x00-\x08\x0a-\x1f\x7f]*/y;
const LITERAL_BODY = /[^'\x00-\x08\x0a-\x1f\x7f]*/y;
const BASIC_BODY = /[^"\\\x00-\x08\x0a-\x1f\x7f]*/y;
/** One part of a key: bare, or a one-line quoted string. */
function parseKeyPart() {
    const c = s.charCodeAt(p);
    let key;
    if (c === 0x22 || c === 0x27) {
        if (s.charCodeAt(p + 1) === c && s.charCodeAt(p + 2) === c)
            bail(); // `""` followed by more: leave it to smol-toml
        key = c === 0x22 ? parseBasicString() : parseLiteralString();
    }
    else {
        const start = p;
        BARE_KEY.lastIndex = p;
        if (!BARE_KEY.test(s))
            bail();
        p = BARE_KEY.lastIndex;
        key = s.slice(start, p);
    }
    // smol-toml defines `__proto__` as an own property; not worth copying here.
    if (key === '__proto__')
        bail();
    return key;
}
/** A (dotted) key ending at `end` (`=` or `]`), the cursor left after it. */
function parseKey(end) {
    const parts = [];
    for (;;) {
        skipSpaces();
        parts.push(parseKeyPart());
        skipSpaces();
        const c = s.charCodeAt(p++);
        if (c === end)
            return parts;
        if (c !== 0x2e /* . */)
            bail();
    }
}
/** `[a.b]` or `[[a.b]]`: the table the following pairs go into. */
function parseHeader(root) {
    const isArray = s.charCodeAt(++p) === 0x5b;
    if (isArray)
        p++;
    const parts = parseKey(0x5d /* ] */);
    if (isArray && s.charCodeAt(p++) !== 0x5d)
        bail();
    return openHeader(root, parts, isArray);
}
/** The table a header names, made or reopened as TOML allows (anything else bails). */
function openHeader(root, parts, isArray) {
    if (parts.includes('__proto__'))
        bail();
    let table = root;
    for (let i = 0; i < parts.length - 1; i++)
        table = descend(table, parts[i]);
    const last = parts[parts.length - 1];
    const existing = table[last];
    if (isArray) {
        let list = existing;
        if (list === undefined) {
            list = [];
            table[last] = list;
            kinds.set(list, TABLE_ARRAY);
        }
        else if (kindOf(list) !== TABLE_ARRAY)
            bail();
        const entry = newTable(HEADER);
        list.push(entry);
        return entry;
    }
    if (existing === undefined) {
        const made = newTable(HEADER);
        table[last] = made;
        return made;
    }
    // A table only named so far as a prefix of another header may be defined once.
    if (kindOf(existing) !== IMPLICIT)
        bail();
    kinds.set(existing, HEADER);
    return existing;
}
/** One step along a header's key: into a header's table, or the last table of an array of tables. */
function descend(table, key) {
    const value = table[key];
    if (value === undefined) {
        const made = newTable(IMPLICIT);
        table[key] = made;
        return made;
    }
    const kind = kindOf(value);
    if (kind === TABLE_ARRAY)
        return value[value.length - 1];
    if (kind === IMPLICIT || kind === HEADER)
        return value;
    return bail();
}
function parseKeyValue(current) {
    const parts = parseKey(0x3d /* = */);
    let table = current;
    for (let i = 0; i < parts.length - 1; i++) {
        const value = table[parts[i]];
        if (value === undefined) {
            const made = newTable(DOTTED);
            table[parts[i]] = made;
            table = made;
        }
        else if (kindOf(value) === DOTTED)
            table = value;
        else
            bail();
    }
    const last = parts[parts.length - 1];
    if (table[last] !== undefined)
        bail();
    skipSpaces();
    table[last] = parseValue(0);
}
function parseValue(depth) {
    const c = s.charCodeAt(p);
    if (c === 0x22 /* " */)
        return s.charCodeAt(p + 1) === 0x22 && s.charCodeAt(p + 2) === 0x22 ? parseMultiline(true) : parseBasicString();
    if (c === 0x27 /* ' */)
        return s.charCodeAt(p + 1) === 0x27 && s.charCodeAt(p + 2) === 0x27 ? parseMultiline(false) : parseLiteralString();
    if (c === 0x5b /* [ */)
        return parseArray(depth + 1);
    if (c === 0x7b /* { */)
        return parseInlineTable(depth + 1);
    if (c === 0x74 /* t */ && s.startsWith('true', p))
        return (p += 4), true;
    if (c === 0x66 /* f */ && s.startsWith('false', p))
        return (p += 5), false;
    if (c >= 0x30 && c <= 0x39)
        return parseInteger();
    return bail();
}
/** A plain decimal integer; a sign, underscores, another base, a float or a date bail. */
function parseInteger() {
    const start = p;
    while (s.charCodeAt(p) >= 0x30 && s.charCodeAt(p) <= 0x39)
        p++;
    if (p - start > MAX_INTEGER_DIGITS || (s.charCodeAt(start) === 0x30 && p - start > 1))
        bail();
    const c = s.charCodeAt(p);
    // What smol-toml ends a number at; anything else (`.`, `e`, `_`, `-`, `:`, `x`, a CR) is not ours.
    if (!(p >= s.length || c === 0x20 || c === 0x09 || c === 0x0a || c === 0x23 || c === 0x2c || c === 0x5d || c === 0x7d))
        bail();
    return Number(s.slice(start, p));
}
/**
 * The array element uv.lock is mostly made of, `{ name = "x" }` or
 * `{ name = "x", marker = "..." }`, matched whole in one native call (plain
 * strings only, as in COMMON_LINE). Groups: 1, 3 keys; 2, 4 strings.
 */
const COMMON_ITEM = /\{ ([A-Za-z0-9_-]+) = "([^"\\\x00-\x08\x0a-\x1f\x7f]*)"(?:, ([A-Za-z0-9_-]+) = "([^"\\\x00-\x08\x0a-\x1f\x7f]*)")? \}/y;
function readCommonItem(item) {
    const table = newObject();
    const first = item[1];
    const second = item[3];
    if (first === '__proto__' || second === '__proto__' || second === first)
        bail();
    table[first] = item[2];
    if (second !== undefined)
        table[second] = item[4];
    return table;
}
function parseArray(depth) {
    if (depth > MAX_DEPTH)
        bail();
    p++;
    const out = [];
    for (;;) {
        skipBlank();
        if (s.charCodeAt(p) === 0x5d /* ] */) {
            p++;
            return out;
        }
        COMMON_ITEM.lastIndex = p;
        const item = COMMON_ITEM.exec(s);
        if (item === null)
            out.push(parseValue(depth));
        else {
            p = COMMON_ITEM.lastIndex;
            out.push(readCommonItem(item));
        }
        skipBlank();
        const c = s.charCodeAt(p++);
        if (c === 0x5d)
            return out;
        if (c !== 0x2c /* , */)
            bail();
    }
}
/** `{ k = v, ... }` on one line, plain keys only (dotted keys, newlines and trailing commas bail). */
function parseInlineTable(depth) {
    if (depth > MAX_DEPTH)
        bail();
    p++;
    const out = newObject();
    skipSpaces();
    if (s.charCodeAt(p) === 0x7d /* } */) {
        p++;
        return out;
    }
    for (;;) {
        skipSpaces();
        const key = parseKeyPart();
        skipSpaces();
        if (s.charCodeAt(p++) !== 0x3d || out[key] !== undefined)
            bail();
        skipSpaces();
        out[key] = parseValue(depth);
        skipSpaces();
        const c = s.charCodeAt(p++);
        if (c === 0x7d)
            return out;
        if (c !== 0x2c)
            bail();
    }
}
function isControl(c) {
    return (c < 0x20 && c !== 0x09) || c === 0x7f;
}
/** `'...'` on one line. */
function parseLiteralString() {
    const start = p + 1;
    LITERAL_BODY.lastIndex = start;
    LITERAL_BODY.test(s);
    p = LITERAL_BODY.lastIndex;
    if (s.charCodeAt(p) !== 0x27)
        bail();
    return s.slice(start, p++);
}
/** `"..."` on one line, with TOML 1.0's escapes. */
function parseBasicString() {
    let start = p + 1;
    let out = '';
    for (;;) {
        BASIC_BODY.lastIndex = start;
        BASIC_BODY.test(s);
        p = BASIC_BODY.lastIndex;
        const c = s.charCodeAt(p);
        if (c === 0x22)
            break;
        if (c !== 0x5c /* \ */)
            bail(); // a control character or the end of the text
        out += s.slice(start, p);
        out += parseEscape();
        start = p;
    }
    const last = s.slice(start, p++);
    return out === '' ? last : out + last;
}
const SIMPLE_ESCAPES = { 0x62: '\b', 0x74: '\t', 0x6e: '\n', 0x66: '\f', 0x72: '\r', 0x22: '"', 0x5c: '\\' };
/** One escape sequence, the cursor on its backslash and left after it. TOML 1.1's `\e` and `\x` bail. */
function parseEscape() {
    const c = s.charCodeAt(p + 1);
    const simple = SIMPLE_ESCAPES[c];
    if (simple !== undefined) {
        p += 2;
        return simple;
    }
    const length = c === 0x75 /* u */ ? 4 : c === 0x55 /* U */ ? 8 : bail();
    const hex = s.slice(p + 2, p + 2 + length);
    if (hex.length !== length || !/^[0-9A-Fa-f]+$/.test(hex))
        bail();
    const code = parseInt(hex, 16);
    if (code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff))
        bail();
    p += 2 + length;
    return String.fromCodePoint(code);
}
/**
 * `"""..."""` or `'''...'''`: a newline right after the opening is dropped,
 * and one or two quotes before the closing three belong to the string. A
 * line-ending backslash (which trims the next line's indent) bails.
 */
function parseMultiline(basic) {
    const quote = basic ? 0x22 : 0x27;
    p += 3;
    if (s.charCodeAt(p) === 0x0a)
        p++;
    let start = p;
    let out = '';
    for (;;) {
        const c = s.charCodeAt(p);
        if (p >= s.length || (isControl(c) && c !== 0x0a))
            bail();
        if (c === quote && s.charCodeAt(p + 1) === quote && s.charCodeAt(p + 2) === quote) {
            if (s.charCodeAt(p + 3) === quote)
                p++;
            if (s.charCodeAt(p + 3) === quote)
                p++;
            out += s.slice(start, p);
            p += 3;
            return out;
        }
        if (basic && c === 0x5c) {
            const next = s.charCodeAt(p + 1);
            if (next === 0x20 || next === 0x09 || next === 0x0a)
                bail();
            out += s.slice(start, p);
            out += parseEscape();
            start = p;
        }
        else
            p++;
    }
}

;// CONCATENATED MODULE: ./src/cache/uv-config.ts
// uv's own `cache-dir` setting in the workspace root (else in the user's or
// the system's uv.toml), which uv (and setup-uv) honour after `--cache-dir`
// and UV_CACHE_DIR: a project or runner that pins its cache there expects it
// used, so the action places the cache there too. And its `no-cache`, which
// makes a restored cache go unread.





/**
 * Pure: the value of uv setting `key` as uv finds it in the workspace root:
 * in uv.toml when there is one (uv then ignores [tool.uv], and warns, even if
 * uv.toml lacks the key), else in pyproject.toml's `[tool.uv]`. An
 * unparsable file counts as unset: uv reports a broken config itself, and
 * the action just does not use it.
 */
function projectSetting(uvToml, pyproject, key) {
    if (uvToml !== undefined)
        return { value: readToml(uvToml, (doc) => doc[key]), file: 'uv.toml' };
    if (pyproject === undefined)
        return undefined;
    return { value: readToml(pyproject, (doc) => doc.tool?.uv?.[key]), file: 'pyproject.toml' };
}
function readToml(text, pick) {
    try {
        // The fast reader gives smol-toml's document or gives up (then smol-toml decides, errors
        // included): most root pyproject.toml files are in its subset, and smol-toml, cold, took
        // about 3 ms of main's busy thread on the livekit root. Prototype-less tables as smol-toml
        // makes them, since `key` is looked up in them.
        return pick(parseTomlFast(text) ?? (0,dist/* parse */.qg)(text));
    }
    catch {
        return undefined;
    }
}
/**
 * Pure: setting `key` as uv merges its config files: the workspace's own
 * (projectSetting), else the user's uv.toml, else the system's; the first
 * that sets the key decides (uv's `combine`), with a `false` as much as a
 * `true`.
 */
function configSetting(uvToml, pyproject, outer, key) {
    const project = projectSetting(uvToml, pyproject, key);
    if (project?.value !== undefined)
        return project;
    for (const file of [outer.user, outer.system]) {
        const value = file && readToml(file.text, (doc) => doc[key]);
        if (value !== undefined)
            return { value, file: file.path };
    }
    return project;
}
/** Pure: `cache-dir` from the texts of uv.toml and pyproject.toml (uv.toml wins, as uv decides), else of the user's or the system's uv.toml. Unparsable files count as unset. */
function cacheDirFromConfigText(uvToml, pyproject, outer = {}) {
    const found = configSetting(uvToml, pyproject, outer, 'cache-dir');
    return found && typeof found.value === 'string' && found.value.trim() !== '' ? { dir: found.value.trim(), file: found.file } : undefined;
}
/**
 * Pure: whether uv's `no-cache = true` is set in uv.toml, else (without a
 * uv.toml, as uv reads them) in pyproject.toml's `[tool.uv]`, else in the
 * user's or the system's uv.toml, and in which. uv ORs it with `--no-cache`
 * and UV_NO_CACHE: no flag or variable turns it off again. Unparsable files
 * count as unset (uv reports them itself).
 */
function noCacheFromConfigText(uvToml, pyproject, outer = {}) {
    // Most files never name the key: no parse for them (a root pyproject.toml takes about 1 ms).
    if (![uvToml ?? pyproject, outer.user?.text, outer.system?.text].some((text) => text?.includes('no-cache')))
        return undefined;
    const found = configSetting(uvToml, pyproject, outer, 'no-cache');
    return found?.value === true ? found.file : undefined;
}
/**
 * Reads the workspace's uv settings files, and the user's and the system's
 * where uv reads them (`outer`, uv-config-files.ts; undefined where it reads
 * none), once for everything a sync takes from them (`cache-dir`,
 * `no-cache`). A workspace file that cannot be read (too large, not a
 * regular file) is the promise's rejection.
 */
async function readUvConfig(workspaceRoot, outer) {
    const text = (name) => (0,read_file/* readBoundedText */.H)(external_node_path_default().join(workspaceRoot, name), name);
    return { uvToml: text('uv.toml'), pyproject: text('pyproject.toml'), outer: outer ? readOuterConfigs(outer) : {} };
}

// EXTERNAL MODULE: ./src/sync-args.ts
var sync_args = __webpack_require__(6040);
// EXTERNAL MODULE: ./src/uv-settings.ts
var uv_settings = __webpack_require__(6056);
;// CONCATENATED MODULE: ./src/action/uv-env-step.ts
// What main says about the uv settings it found in the step's environment
// (src/uv-settings.ts) and about a Python path uv does not find, kept out of
// main-run.ts, which only calls these.




/**
 * The uv settings of the step's environment, said in the log and the
 * summary, and the Config the rest of the step reads. A variable that only
 * some uv versions read waits for uv's version (only then), so the detection
 * reads what this uv will do: the settings are read again for that version
 * into a new Config, the parsed one stays as it was.
 */
async function uvEnvStep(parsed, env, probe, journal) {
    let config = parsed;
    if (parsed.uvEnv.versionDependent.length > 0 && probe) {
        const version = (await probe.catch(() => undefined))?.uv?.version;
        if (version)
            config = { ...parsed, ...(0,sync_args/* syncSettings */.HA)(parsed.syncArgs.argv, env, version) };
    }
    for (const note of config.uvEnv.notes)
        journal.note(note);
    for (const warning of config.uvEnv.warnings)
        journal.warning(warning, { title: 'uv setting in the environment' });
    return config;
}
/** A step that runs no sync (detect, record) goes on with a Python path uv does not find, saying so: its fingerprints name Python 'unknown'. */
function warnPythonNotFound(config, probe, journal) {
    const notFound = probe?.python.pathNotFound;
    if (!notFound)
        return;
    const problem = (0,python/* pythonPathError */.iN)(notFound, { syncArgsPython: config.syncArgs.python, pythonVersionInput: config.pythonVersion });
    journal.warning(`${problem.message}: the fingerprints name Python 'unknown'`, { title: 'Python not found' });
}
/**
 * Why uv uses no cache in this sync, or undefined: UV_NO_CACHE or
 * `--no-cache` (src/uv-settings.ts), else `no-cache = true` in the
 * workspace's uv settings or the user's or the system's uv.toml (as the
 * sync's prep read them), which uv ORs
 * with them (unless it reads none: UV_NO_CONFIG, `--no-config`).
 */
async function noCacheReason(config, uvConfig) {
    if (config.uvEnv.noCache)
        return config.uvEnv.noCache;
    if (config.uvEnv.ignoresConfig)
        return undefined;
    const { uvToml, pyproject, outer } = await uvConfig;
    const file = noCacheFromConfigText(uvToml, pyproject, outer);
    return file && (0,uv_settings/* noCacheNotice */.Q7)(`${file === 'pyproject.toml' ? "pyproject.toml's [tool.uv]" : file} says no-cache = true`);
}

// EXTERNAL MODULE: ./src/uv/machine.ts
var machine = __webpack_require__(4802);
;// CONCATENATED MODULE: ./src/workspace/pyproject.ts
// Reads one pyproject.toml into the few facts the workspace model needs. Only
// files uv itself reads (the workspace root and its members) come through
// here: a broken template elsewhere in the tree is none of our business.




/**
 * `record[key]` when the record has it as its own: the records a Pyproject
 * holds (sources, groups, extras), and a lock package's extras, are keyed by
 * names from the file, and a name like `constructor` must not find
 * Object.prototype's.
 */
function ownEntry(record, key) {
    return Object.hasOwn(record, key) ? record[key] : undefined;
}
function isTable(value) {
    return value !== null && typeof value === 'object' && !Array.isArray(value) && !(value instanceof Date);
}
function table(parent, key) {
    const value = parent?.[key];
    return isTable(value) ? value : undefined;
}
function fail(file, what) {
    throw new errors/* UserError */.y(`${file}: ${what}`, `fix ${file} so that \`uv lock\` accepts it`);
}
function stringList(file, where, value) {
    if (value === undefined)
        return [];
    if (!Array.isArray(value) || value.some((v) => typeof v !== 'string'))
        fail(file, `\`${where}\` must be a list of strings`);
    return value;
}
/** Parses TOML text (the fast reader first, smol-toml for anything it leaves); invalid TOML is a UserError naming `file:line`. */
function parseToml(text, file) {
    const fast = parseTomlFast(text);
    if (fast)
        return fast;
    try {
        return (0,dist/* parse */.qg)(text);
    }
    catch (error) {
        if (error instanceof dist/* TomlError */.zx) {
            throw new errors/* UserError */.y(`${file}:${error.line}: invalid TOML: ${error.message.split('\n')[0]}`, `fix the TOML syntax at line ${error.line}, column ${error.column} (\`uv lock\` fails on this file too)`);
        }
        throw error;
    }
}
function readSources(file, raw) {
    // Keyed by package names (thousands of distinct ones across a big workspace): without a
    // prototype the record is a plain hash table from the start, where `{}` would make V8 build
    // a hidden class per new name, shared by no other member's record.
    const out = Object.create(null);
    if (!raw)
        return out;
    for (const [name, value] of Object.entries(raw)) {
        const list = Array.isArray(value) ? value : [value];
        const sources = [];
        for (const entry of list) {
            if (!isTable(entry))
                fail(file, `\`tool.uv.sources.${name}\` must be a table`);
            const source = { workspace: entry.workspace === true };
            if (typeof entry.path === 'string')
                source.path = entry.path;
            sources.push(source);
        }
        out[(0,workspace_names/* normalizeName */.P)(name)] = sources;
    }
    return out;
}
function readGroups(file, raw) {
    const out = {};
    if (!raw)
        return out;
    for (const [group, items] of Object.entries(raw)) {
        if (!Array.isArray(items))
            fail(file, `\`dependency-groups.${group}\` must be a list`);
        const list = [];
        for (const item of items) {
            if (typeof item === 'string')
                list.push({ requirement: item });
            else if (isTable(item) && typeof item['include-group'] === 'string')
                list.push({ includeGroup: (0,workspace_names/* normalizeName */.P)(item['include-group']) });
            else
                fail(file, `\`dependency-groups.${group}\` holds an entry that is neither a requirement nor {include-group = "..."}`);
        }
        // Groups whose names normalise alike are one group to uv.
        const key = (0,workspace_names/* normalizeName */.P)(group);
        const same = ownEntry(out, key);
        if (same)
            same.push(...list);
        else
            out[key] = list;
    }
    return out;
}
/**
 * Static dependency lists of hatch metadata hooks
 * (`[tool.hatch.metadata.hooks.<hook>] dependencies = [...]`, used with
 * uv-dynamic-versioning by the MCP SDK, pydantic-ai and others), read when
 * `project.dynamic` says the hook provides them. They join `[project]`'s
 * lists and go through the same sources rules; a `{{ version }}` template in
 * a requirement does not matter, the name is all an edge needs. uv.lock
 * still adds what only a build of the hook knows.
 */
function readHookDependencies(doc, project, file, result) {
    if (project.dynamic === undefined)
        return; // most projects: nothing is dynamic
    const dynamic = Array.isArray(project.dynamic) ? project.dynamic.filter((d) => typeof d === 'string') : [];
    const wantsDeps = dynamic.includes('dependencies');
    const wantsOptional = dynamic.includes('optional-dependencies');
    if (!wantsDeps && !wantsOptional)
        return;
    const hooks = table(table(table(table(doc, 'tool'), 'hatch'), 'metadata'), 'hooks');
    if (!hooks)
        return;
    for (const [hook, config] of Object.entries(hooks)) {
        if (!isTable(config))
            continue;
        const where = `tool.hatch.metadata.hooks.${hook}`;
        if (wantsDeps && config.dependencies !== undefined) {
            result.dependencies = [...result.dependencies, ...stringList(file, `${where}.dependencies`, config.dependencies)];
        }
        const optional = wantsOptional ? table(config, 'optional-dependencies') : undefined;
        for (const [extra, list] of Object.entries(optional ?? {})) {
            const key = (0,workspace_names/* normalizeName */.P)(extra);
            result.optionalDependencies[key] = [...(ownEntry(result.optionalDependencies, key) ?? []), ...stringList(file, `${where}.optional-dependencies.${extra}`, list)];
        }
    }
}
/** Extracts what the workspace model needs from a parsed pyproject.toml. */
function readPyproject(doc, file) {
    const project = table(doc, 'project');
    const uv = table(table(doc, 'tool'), 'uv');
    // Every field present from the start, `file` always a string: one shape for every Pyproject,
    // so the code reading thousands of them stays monomorphic (a getter per object, to make the
    // name lazily, gave each one a hidden class of its own).
    const result = {
        file: file,
        hasProject: project !== undefined,
        name: undefined,
        workspace: undefined,
        devDependencies: undefined,
        managed: uv?.managed !== false,
        defaultGroups: ['dev'],
        dependencies: [],
        optionalDependencies: {},
        dependencyGroups: readGroups(file, table(doc, 'dependency-groups')),
        sources: readSources(file, table(uv, 'sources')),
        table: doc,
    };
    if (project) {
        if (typeof project.name !== 'string' || project.name.trim() === '')
            fail(file, '`[project]` has no `name`');
        if (!(0,workspace_names/* isValidName */.u)(project.name)) {
            // JSON.stringify shows a newline or an escape sequence as `\n` / `\u001b`, never raw.
            fail(file, `\`[project].name\` ${JSON.stringify(project.name)} is not a valid package name (PEP 508: letters, digits, and . _ - inside)`);
        }
        result.name = (0,workspace_names/* normalizeName */.P)(project.name);
        result.dependencies = stringList(file, 'project.dependencies', project.dependencies);
        const optional = table(project, 'optional-dependencies') ?? {};
        for (const [extra, list] of Object.entries(optional)) {
            const key = (0,workspace_names/* normalizeName */.P)(extra);
            result.optionalDependencies[key] = [
                ...(ownEntry(result.optionalDependencies, key) ?? []),
                ...stringList(file, `project.optional-dependencies.${extra}`, list),
            ];
        }
    }
    if (project)
        readHookDependencies(doc, project, file, result);
    const workspace = table(uv, 'workspace');
    if (workspace) {
        result.workspace = {
            members: stringList(file, 'tool.uv.workspace.members', workspace.members),
            exclude: stringList(file, 'tool.uv.workspace.exclude', workspace.exclude),
        };
    }
    if (uv && uv['dev-dependencies'] !== undefined) {
        result.devDependencies = stringList(file, 'tool.uv.dev-dependencies', uv['dev-dependencies']);
    }
    const defaultGroups = uv?.['default-groups'];
    if (defaultGroups === 'all')
        result.defaultGroups = 'all';
    else if (defaultGroups !== undefined) {
        result.defaultGroups = [...new Set(stringList(file, 'tool.uv.default-groups', defaultGroups).map(workspace_names/* normalizeName */.P))].sort();
    }
    return result;
}
/** Parses and reads a pyproject.toml in one step. */
function loadPyproject(text, file) {
    return readPyproject(parseToml(text, file), file);
}

// EXTERNAL MODULE: ./src/workspace/selection.ts
var selection = __webpack_require__(5411);
// EXTERNAL MODULE: ./src/workspace/globs.ts + 1 modules
var workspace_globs = __webpack_require__(1853);
;// CONCATENATED MODULE: ./src/workspace/surface/model.ts
// The shared model of the surface modules (surface.ts and one module per
// build backend family): the Surface value, the build configuration every
// backend reads, and the small path and TOML helpers they share. Paths are
// member-relative and `/`-separated throughout.

/** Build configuration: always on the surface, whatever the backend (member-relative). */
const CONFIG_FILES = new Set(['pyproject.toml', 'setup.py', 'setup.cfg', 'hatch_build.py', 'MANIFEST.in', 'build.py', 'pdm_build.py']);
/** License files backends pick up by default (hatchling, setuptools, flit, pdm): they land in `.dist-info`. */
const LICENSE_DEFAULT = /^(LICEN[CS]E|COPYING|NOTICE|AUTHORS)[^/]*$/;
function model_isTable(v) {
    return v !== null && typeof v === 'object' && !Array.isArray(v) && !(v instanceof Date);
}
function tbl(parent, ...keys) {
    let cur = parent;
    for (const k of keys) {
        if (!model_isTable(cur))
            return undefined;
        cur = cur[k];
    }
    return model_isTable(cur) ? cur : undefined;
}
function strs(v) {
    if (v === undefined)
        return undefined;
    if (typeof v === 'string')
        return [v];
    return Array.isArray(v) && v.every((x) => typeof x === 'string') ? v : undefined;
}
/** What clean() would change: a `\\`, an empty or `.` component, a leading or trailing `/`. */
const UNCLEAN = /\\|\/\/|(^|\/)\.(\/|$)|^\/|\/$/;
/** `a/./b/` \u2192 `a/b`; `.` and `` \u2192 ``. */
function clean(p) {
    // Most paths (git's, the walk's) are clean already: no split and join for each.
    if (!UNCLEAN.test(p))
        return p;
    return p
        .replace(/\\/g, '/')
        .split('/')
        .filter((c) => c !== '' && c !== '.')
        .join('/');
}
const under = (dir, rel) => dir === '' || rel === dir || rel.startsWith(`${dir}/`);
const model_parent = (rel) => (rel.includes('/') ? rel.slice(0, rel.lastIndexOf('/')) : '');
const isIdentifier = (s) => /^[A-Za-z_][A-Za-z0-9_]*$/.test(s);
/** Directories that hold at least one file, derived from the file list (git tracks no empty directory). */
function dirsOf(files) {
    const out = new Set();
    for (const f of files)
        for (let d = model_parent(f); d !== '' && !out.has(d); d = model_parent(d))
            out.add(d);
    return out;
}
/** Metadata files named in `[project]` (readme, license) end up in the wheel's `.dist-info`. */
function metadataFiles(project) {
    const exact = new Set();
    const globs = [];
    const readme = project?.readme;
    if (typeof readme === 'string')
        exact.add(clean(readme));
    else if (model_isTable(readme) && typeof readme.file === 'string')
        exact.add(clean(readme.file));
    const license = project?.license;
    if (model_isTable(license) && typeof license.file === 'string')
        exact.add(clean(license.file));
    // PEP 639's list of globs, or the table hatchling read before it (`{ globs = [...] }`, `{ paths = [...] }`).
    for (const g of strs(project?.['license-files']) ?? strs(tbl(project, 'license-files')?.globs) ?? [])
        globs.push((0,workspace_globs/* compileGlob */.SO)(clean(g)));
    for (const f of strs(tbl(project, 'license-files')?.paths) ?? [])
        exact.add(clean(f));
    return (rel) => exact.has(rel) || LICENSE_DEFAULT.test(rel) || globs.some((m) => m(rel));
}
/**
 * Gitignore-style patterns (hatchling's include/exclude): a pattern without
 * an inner `/` matches at any depth, a leading `/` or inner `/` anchors it,
 * a match on a directory covers everything below, `!` re-includes, last match wins.
 */
function compileGitignore(patterns) {
    const rules = patterns
        .map((raw) => raw.trim())
        .filter((p) => p !== '' && !p.startsWith('#'))
        .map((p) => {
        const negate = p.startsWith('!');
        let body = negate ? p.slice(1) : p;
        const trailing = body.endsWith('/');
        body = body.replace(/\/+$/, '');
        const anchored = body.startsWith('/') || body.includes('/');
        body = body.replace(/^\/+/, '');
        const base = anchored ? body : `**/${body}`;
        // A directory match covers what is below; a trailing `/` matches directories only.
        const self = (0,workspace_globs/* compileGlob */.SO)(base);
        const below = (0,workspace_globs/* compileGlob */.SO)(`${base}/**`);
        const match = trailing ? (rel) => below(rel) && !self(rel) : (rel) => self(rel) || below(rel);
        return { negate, match };
    });
    return (rel) => {
        let hit = false;
        for (const r of rules)
            if (r.match(rel))
                hit = !r.negate;
        return hit;
    };
}
/** Reasons quote pyproject text (untrusted): keep them one bounded line. */
const bounded = (text) => {
    const line = text.replace(/\s+/g, ' ');
    return line.length > 200 ? `${line.slice(0, 199)}\u2026` : line;
};
/** A backend's surface: its wheel's files, and what its editable install makes importable (see Importable). */
const shipped = (backend, ships, importable) => ({
    kind: 'shipped',
    backend,
    ships,
    importable: { editable: true, paths: [...new Set(importable)] },
});
const whole = (backend, why) => ({ kind: 'whole', backend: bounded(backend), why: bounded(why) });

;// CONCATENATED MODULE: ./src/workspace/surface/flit.ts
// flit_core's wheel (flit_core/common.py Module, config.py) and its editable
// install (wheel.py add_pth: one `.pth` line, the directory holding the module).

function flit(pyproject, files) {
    const B = 'flit_core';
    const flitTool = tbl(pyproject, 'tool', 'flit');
    const project = tbl(pyproject, 'project');
    const configured = tbl(flitTool, 'module')?.name ?? tbl(flitTool, 'metadata')?.module;
    const name = typeof configured === 'string' ? configured : typeof project?.name === 'string' ? project.name.replace(/-/g, '_') : undefined;
    if (!name)
        return whole(B, 'flit module name not found');
    const asPath = name.replace(/\./g, '/');
    const dirs = dirsOf(files);
    const fileSet = new Set(files);
    const candidates = [
        { path: asPath, dir: true },
        { path: `${asPath}.py`, dir: false },
        { path: `src/${asPath}`, dir: true },
        { path: `src/${asPath}.py`, dir: false },
    ].filter((c) => (c.dir ? dirs.has(c.path) : fileSet.has(c.path)));
    if (candidates.length !== 1)
        return whole(B, candidates.length === 0 ? `no file or folder for flit module \`${name}\`` : `several candidates for flit module \`${name}\``);
    const mod = candidates[0];
    const dataDir = tbl(flitTool, 'external-data')?.directory;
    const data = typeof dataDir === 'string' ? clean(dataDir) : undefined;
    const ships = (rel) => (data !== undefined && under(data, rel)) || (mod.dir ? under(mod.path, rel) && !/(^|\/)__pycache__(\/|$)|\.pyc$/.test(rel) : rel === mod.path);
    // The module's source_dir: `src` for a src layout, the project directory otherwise.
    return shipped(B, ships, [mod.path.startsWith('src/') ? 'src' : '']);
}

;// CONCATENATED MODULE: ./src/workspace/surface/hatchling.ts
// hatchling's wheel (hatchling/builders/wheel.py default_file_selection_options, builders/config.py)
// and its editable install (wheel.py build_editable: `dev-mode-dirs` on sys.path when set; else the
// directory above each selected top-level package or module, or with `dev-mode-exact` those
// packages and modules themselves, mapped by the `editables` finder).


/** Without include/packages/only-include, hatchling ships the package or module named after the project. */
function hatchDefaultSelection(pyproject, files) {
    const project = tbl(pyproject, 'project');
    const raw = typeof project?.name === 'string' ? project.name : '';
    const norm = (s) => s.replace(/[^\w.]+/gu, '_');
    const present = new Set(files);
    for (const name of [norm(raw), norm((0,workspace_names/* normalizeName */.P)(raw))]) {
        if (name === '')
            continue;
        if (present.has(`${name}/__init__.py`))
            return { packages: [name], onlyInclude: [] };
        if (present.has(`src/${name}/__init__.py`))
            return { packages: [`src/${name}`], onlyInclude: [] };
        if (present.has(`${name}.py`))
            return { packages: [], onlyInclude: [`${name}.py`] };
        const ns = files.filter((f) => f.split('/').length === 3 && f.endsWith(`/${name}/__init__.py`));
        if (ns.length === 1)
            return { packages: [ns[0].split('/')[0]], onlyInclude: [] };
    }
    return undefined;
}
/**
 * Files that version sources and metadata hooks read (`tool.hatch.version.path`,
 * hatch-requirements-txt's `files`, fancy-pypi-readme fragments...) shape the
 * wheel's metadata: any string in their configuration naming a member file.
 */
function hatchMetadataFiles(pyproject, files) {
    const fileSet = new Set(files);
    const metaFiles = new Set();
    const collect = (v) => {
        if (typeof v === 'string') {
            if (fileSet.has(clean(v)))
                metaFiles.add(clean(v));
        }
        else if (Array.isArray(v))
            v.forEach(collect);
        else if (model_isTable(v))
            Object.values(v).forEach(collect);
    };
    collect(tbl(pyproject, 'tool', 'hatch', 'version'));
    collect(tbl(pyproject, 'tool', 'hatch', 'metadata', 'hooks'));
    return metaFiles;
}
function hatchling(pyproject, files) {
    const B = 'hatchling';
    const build = tbl(pyproject, 'tool', 'hatch', 'build') ?? {};
    const wheel = tbl(build, 'targets', 'wheel') ?? {};
    const get = (key) => (key in wheel ? wheel[key] : build[key]);
    const hooks = new Set([...Object.keys(tbl(build, 'hooks') ?? {}), ...Object.keys(tbl(wheel, 'hooks') ?? {})]);
    // `vcs` only writes a version file from git; any other hook runs code that may ship any file.
    for (const h of hooks)
        if (h !== 'vcs')
            return whole(B, `hatch build hook \`${h}\` can add any file to the wheel`);
    const exclude = strs(get('exclude')) ?? [];
    let include = strs(get('include')) ?? [];
    let packages = strs(get('packages')) ?? [];
    let onlyInclude = strs(get('only-include')) ?? [];
    const forced = new Map();
    for (const key of ['force-include', 'shared-data', 'shared-scripts', 'extra-metadata']) {
        for (const [src] of Object.entries(tbl(wheel, key) ?? (key === 'force-include' ? tbl(build, key) : undefined) ?? {}))
            forced.set(clean(src), key);
    }
    if (include.length === 0 && packages.length === 0 && onlyInclude.length === 0) {
        const found = hatchDefaultSelection(pyproject, files);
        if (!found && forced.size === 0 && get('bypass-selection') !== true) {
            const project = tbl(pyproject, 'project');
            return whole(B, `hatchling finds no package named after project \`${typeof project?.name === 'string' ? project.name : ''}\` (it would fail to build)`);
        }
        if (found)
            ({ packages, onlyInclude } = found);
        include = [];
    }
    const metaFiles = hatchMetadataFiles(pyproject, files);
    // The VCS ignore file hatchling reads beside pyproject.toml excludes files from the wheel.
    if (get('ignore-vcs') !== true)
        for (const f of ['.gitignore', '.hgignore'])
            metaFiles.add(f);
    const roots = (onlyInclude.length > 0 ? onlyInclude : packages).map(clean);
    const included = include.length > 0 ? compileGitignore(include) : undefined;
    const excluded = compileGitignore(exclude);
    const forcedRoots = [...forced.keys()];
    const nothingSelected = roots.length === 0 && !included;
    const selects = (rel) => {
        if (nothingSelected)
            return false;
        // `only-include` (and `packages`, its shortcut) walks just those paths and
        // ignores `include` patterns there (hatchling's recurse_explicit_files):
        // `exclude` alone filters them.
        if (roots.length > 0)
            return roots.some((r) => under(r, rel)) && !excluded(rel);
        if (included && !included(rel))
            return false;
        return !excluded(rel);
    };
    const ships = (rel) => metaFiles.has(rel) || forcedRoots.some((r) => under(r, rel)) || selects(rel);
    const devModeDirs = strs(get('dev-mode-dirs')) ?? [];
    if (devModeDirs.length > 0)
        return shipped(B, ships, devModeDirs.map(clean));
    const sources = sourcesOf(get('sources'), packages);
    return shipped(B, ships, editableExposure(files.filter((f) => f.endsWith('.py') && selects(f)), sources, get('dev-mode-exact') === true));
}
/** hatchling's `sources` (prefix \u2192 replacement, sorted), with the parent directory of each `packages` entry stripped. */
function sourcesOf(raw, packages) {
    const out = new Map();
    const dir = (p) => (clean(p) === '' ? '' : `${clean(p)}/`);
    if (Array.isArray(raw))
        for (const src of strs(raw) ?? [])
            out.set(dir(src), '');
    else if (model_isTable(raw))
        for (const [src, to] of Object.entries(raw))
            if (typeof to === 'string')
                out.set(src === '' ? '' : dir(src), dir(to));
    for (const p of packages.map(clean))
        if (model_parent(p) !== '' && !out.has(dir(p)))
            out.set(dir(model_parent(p)), '');
    return [...out].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}
/**
 * What build_editable_detection exposes, from the selected `.py` files: for
 * each, its top-level package or module in the wheel and where that lies in
 * the project; the directory above it goes on sys.path (or, with
 * `dev-mode-exact`, the package or module itself is mapped).
 */
function editableExposure(selectedPy, sources, exact) {
    const distributionPath = (rel) => {
        for (const [src, to] of sources) {
            if (src === '')
                return to + rel;
            if (rel.startsWith(src))
                return to + rel.slice(src.length);
        }
        return rel;
    };
    const exposed = new Set();
    for (const rel of selectedPy) {
        const parts = rel.split('/');
        const dist = distributionPath(rel);
        if (parts.length === 1 || dist === rel)
            exposed.add(parts.length === 1 ? rel : parts[0]);
        else {
            const top = dist.split('/')[0];
            const at = rel.indexOf(dist);
            // hatchling refuses a dev-mode install when a source rewrite adds a prefix: say the whole member, never less.
            exposed.add(at < 0 ? '' : `${rel.slice(0, at)}${top}`);
        }
    }
    return exact ? [...exposed] : [...exposed].map(model_parent);
}

;// CONCATENATED MODULE: ./src/workspace/surface/maturin.ts
// maturin's wheel and editable install (maturin src/project_layout.rs, module_writer):
// the Python package named by the module name's first component and the
// `python-packages`, all under the python directory (`python-source`, else
// `src` for a python-first layout with `rust/Cargo.toml`, else the project
// directory); the Rust crate is compiled into the extension, so every Rust
// source and Cargo file is shipped. The editable install writes one `.pth`
// holding the python directory when there is any Python package at all.




/**
 * The module name as maturin resolves it: `tool.maturin.module-name`, then the
 * Cargo manifest's `[lib] name`, then `project.name`, then the crate's name.
 * Undefined when the manifest names the module but cannot be read.
 */
function moduleNameOf(mt, project, manifest, read) {
    if (typeof mt['module-name'] === 'string')
        return mt['module-name'];
    const projectName = typeof project?.name === 'string' ? project.name : undefined;
    if (!read)
        return projectName ?? '';
    let cargo;
    try {
        const text = read(manifest);
        if (text === undefined)
            return projectName ?? '';
        cargo = parseToml(text, manifest);
    }
    catch {
        return undefined;
    }
    const lib = tbl(cargo, 'lib')?.name;
    const crate = tbl(cargo, 'package')?.name;
    return typeof lib === 'string' ? lib : (projectName ?? (typeof crate === 'string' ? crate : ''));
}
/** The python directory (maturin's python_root), member-relative. */
function pythonDir(mt, project, packages, has) {
    if (typeof mt['python-source'] === 'string')
        return clean(mt['python-source']);
    const importName = typeof project?.name === 'string' ? project.name.replace(/-/g, '_') : undefined;
    if (importName === undefined || !has('rust/Cargo.toml'))
        return '';
    return [importName, ...packages].some((p) => has(`src/${p}/__init__.py`)) ? 'src' : '';
}
function maturin(pyproject, files, read) {
    const B = 'maturin';
    const mt = tbl(pyproject, 'tool', 'maturin') ?? {};
    const project = tbl(pyproject, 'project');
    const fileSet = new Set(files);
    const has = (rel) => fileSet.has(rel);
    const packages = (strs(mt['python-packages']) ?? []).map(clean).filter((p) => p !== '');
    const pyDir = pythonDir(mt, project, packages, has);
    const manifest = typeof mt['manifest-path'] === 'string' ? clean(mt['manifest-path']) : has('rust/Cargo.toml') && !has('Cargo.toml') ? 'rust/Cargo.toml' : 'Cargo.toml';
    const moduleName = moduleNameOf(mt, project, manifest, read);
    if (moduleName === undefined)
        return whole(B, `${manifest} could not be read for the module name`);
    const pkg = clean(`${pyDir}/${moduleName.split('.')[0]}`);
    // The Python package is a directory there, unless it is a Rust crate with no __init__.py (a pure Rust project).
    const mixed = moduleName !== '' && files.some((f) => under(pkg, f) && f !== pkg) && !(has(`${pkg}/Cargo.toml`) && !has(`${pkg}/__init__.py`));
    const roots = [...(mixed ? [pkg] : []), ...packages.map((p) => clean(`${pyDir}/${p}`))];
    const includes = [];
    for (const i of Array.isArray(mt.include) ? mt.include : []) {
        const p = typeof i === 'string' ? i : model_isTable(i) && typeof i.path === 'string' ? i.path : undefined;
        if (p !== undefined)
            includes.push((0,workspace_globs/* compileGlob */.SO)(clean(p)));
    }
    const dataDirs = typeof mt.data === 'string' ? [clean(mt.data)] : [`${moduleName}.data`, `${(0,workspace_names/* normalizeName */.P)(typeof project?.name === 'string' ? project.name : '').replace(/-/g, '_')}.data`];
    // Without a Python package, a stub beside Cargo.toml named after the extension becomes the package's __init__.pyi.
    const stub = mixed ? undefined : `${moduleName.split('.').pop()}.pyi`;
    const ships = (rel) => /(^|\/)(Cargo\.toml|Cargo\.lock|build\.rs)$|\.rs$|(^|\/)\.cargo\//.test(rel) ||
        rel === stub ||
        roots.some((r) => under(r, rel)) ||
        dataDirs.some((d) => under(d, rel)) ||
        includes.some((m) => m(rel));
    return shipped(B, ships, roots.length > 0 ? [pyDir] : []);
}

;// CONCATENATED MODULE: ./src/workspace/surface/pdm.ts
// pdm-backend's wheel (pdm/backend/base.py _get_include_and_exclude, config.py package_dir)
// and its editable install (editable.py: `editable-backend = "path"`, the default, puts
// package-dir on sys.path; `"editables"` maps the top-level packages or modules instead).


function pdm(pyproject, files) {
    const B = 'pdm-backend';
    const build = tbl(pyproject, 'tool', 'pdm', 'build') ?? {};
    const fileSet = new Set(files);
    if (fileSet.has('pdm_build.py') || build['custom-hook'] !== undefined)
        return whole(B, 'a pdm build hook can add any file to the wheel');
    if (build['run-setuptools'] === true)
        return whole(B, '`run-setuptools` runs build.py');
    const includes = strs(build.includes) ?? [];
    const excludes = strs(build.excludes) ?? [];
    const dirs = dirsOf(files);
    let packageDir;
    if (typeof build['package-dir'] === 'string')
        packageDir = clean(build['package-dir']);
    else {
        const srcIncluded = includes.some((p) => clean(p) === 'src' || clean(p).startsWith('src/'));
        packageDir = ((dirs.has('src') && includes.length === 0) || srcIncluded) && !excludes.includes('src') && !excludes.includes('src/') ? 'src' : '';
    }
    const inc = [];
    const addGlob = (pattern) => {
        const glob = (0,workspace_globs/* compileGlob */.SO)(clean(pattern));
        const roots = [...dirs, ...files].filter((p) => glob(p));
        inc.push((rel) => roots.some((r) => under(r, rel)) || glob(rel));
    };
    if (includes.length === 0) {
        const top = [...dirs].filter((d) => model_parent(d) === packageDir && !/(^|\/)(__pycache__|__pypackages__)$/.test(d) && (fileSet.has(`${d}/__init__.py`) || (d.endsWith('-stubs') && fileSet.has(`${d}/__init__.pyi`))));
        if (top.length > 0)
            for (const d of top)
                inc.push((rel) => under(d, rel));
        else
            inc.push((rel) => model_parent(rel) === packageDir && rel.endsWith('.py'));
    }
    else
        for (const p of includes)
            addGlob(p);
    // source-includes (default `tests`) go to the sdist only.
    const exc = [...excludes, ...(strs(build['source-includes']) ?? ['tests']), '.pdm-build'].map((g) => {
        const glob = (0,workspace_globs/* compileGlob */.SO)(clean(g));
        const below = (0,workspace_globs/* compileGlob */.SO)(`${clean(g)}/**`);
        return (rel) => glob(rel) || below(rel);
    });
    const ships = (rel) => !rel.endsWith('.pyc') && inc.some((m) => m(rel)) && !exc.some((m) => m(rel));
    const mapped = build['editable-backend'] === 'editables' && includes.length === 0 ? editablesMap(files, dirs, packageDir) : [];
    return shipped(B, ships, mapped.length > 0 ? mapped : [packageDir]);
}
/**
 * What the `editables` backend maps (convert_package_paths without
 * `includes`): the top-level packages under package-dir (a directory with
 * `__init__.py`, `tests` excepted), else its top-level modules. Empty when
 * nothing can be mapped (a namespace package): pdm then falls back to the `.pth`.
 * With `includes`, the `.pth` directory is taken: never narrower than the map.
 */
function editablesMap(files, dirs, packageDir) {
    const fileSet = new Set(files);
    const name = (d) => d.slice(packageDir === '' ? 0 : packageDir.length + 1);
    const packages = [...dirs].filter((d) => under(packageDir, d) && d !== packageDir && fileSet.has(`${d}/__init__.py`) && !/^tests(\/|$)/.test(name(d)));
    if (packages.length > 0)
        return packages.filter((d) => model_parent(d) === packageDir && !name(d).includes('.'));
    return files.filter((f) => model_parent(f) === packageDir && f.endsWith('.py') && !name(f).slice(0, -3).includes('.'));
}

;// CONCATENATED MODULE: ./src/workspace/surface/poetry.ts
// poetry-core's wheel (poetry/core/masonry/utils/module.py, factory.py: packages ship in
// sdist and wheel by default, `include` entries only in the sdist) and its editable
// install (builders/wheel.py _add_pth: one `.pth` line per package's `from` directory).



function wheelFormat(format, fallback) {
    const list = strs(format) ?? fallback;
    return list.includes('wheel');
}
/** poetry's own package when `packages` names none for the wheel: `<name>` or `<name>.py`, else under `src/`. */
function defaultPackage(pyproject, tp, dirs, fileSet) {
    const project = tbl(pyproject, 'project');
    const raw = typeof tp.name === 'string' ? tp.name : typeof project?.name === 'string' ? project.name : '';
    const mod = (0,workspace_names/* normalizeName */.P)(raw).replace(/-/g, '_');
    const hits = [mod, `src/${mod}`].flatMap((base) => [dirs.has(base) ? base : '', fileSet.has(`${base}.py`) ? `${base}.py` : '']).filter((x) => x !== '');
    // poetry looks at the flat layout first and falls back to src/.
    const flat = hits.filter((h) => !h.startsWith('src/'));
    const chosen = flat.length > 0 ? flat : hits;
    if (chosen.length !== 1)
        return { why: chosen.length === 0 ? `no file or folder for package \`${mod}\`` : `both a package and a module named \`${mod}\`` };
    return chosen[0];
}
function poetry(pyproject, files) {
    const B = 'poetry-core';
    const tp = tbl(pyproject, 'tool', 'poetry') ?? {};
    const buildScript = tbl(tp, 'build')?.script ?? (typeof tp.build === 'string' ? tp.build : undefined);
    if (buildScript !== undefined)
        return whole(B, `poetry build script \`${String(buildScript)}\` can add any file to the wheel`);
    const matchers = [];
    const pth = [];
    const dirs = dirsOf(files);
    const entries = Array.isArray(tp.packages) ? tp.packages : [];
    for (const e of entries) {
        if (!model_isTable(e) || typeof e.include !== 'string')
            return whole(B, '`tool.poetry.packages` entry without `include`');
        if (!wheelFormat(e.format, ['sdist', 'wheel']))
            continue;
        const from = typeof e.from === 'string' ? clean(e.from) : '';
        const glob = (0,workspace_globs/* compileGlob */.SO)(clean(`${from}/${e.include}`));
        // A matched directory ships everything below it; a matched file ships itself.
        const roots = [...dirs, ...files].filter((p) => glob(p));
        matchers.push((rel) => roots.some((r) => under(r, rel)) || glob(rel));
        pth.push(from);
    }
    // No package for the wheel (none listed, or only sdist ones): poetry's Module finds its own.
    if (pth.length === 0) {
        const root = defaultPackage(pyproject, tp, dirs, new Set(files));
        if (typeof root !== 'string')
            return whole(B, root.why);
        matchers.push((rel) => under(root, rel));
        pth.push(root.startsWith('src/') ? 'src' : '');
    }
    for (const inc of Array.isArray(tp.include) ? tp.include : []) {
        const path = typeof inc === 'string' ? inc : model_isTable(inc) && typeof inc.path === 'string' ? inc.path : undefined;
        if (path === undefined)
            continue;
        if (!wheelFormat(model_isTable(inc) ? inc.format : undefined, ['sdist']))
            continue;
        const glob = (0,workspace_globs/* compileGlob */.SO)(clean(path));
        const roots = [...dirs, ...files].filter((p) => glob(p));
        matchers.push((rel) => roots.some((r) => under(r, rel)) || glob(rel));
    }
    const excludeGlobs = (strs(tp.exclude) ?? []).map((g) => (0,workspace_globs/* compileGlob */.SO)(clean(g)));
    const ships = (rel) => !/(^|\/)__pycache__(\/|$)|\.pyc$/.test(rel) && matchers.some((m) => m(rel)) && !excludeGlobs.some((m) => m(rel));
    return shipped(B, ships, pth);
}

// EXTERNAL MODULE: ./src/workspace/glob-nfa.ts
var glob_nfa = __webpack_require__(865);
;// CONCATENATED MODULE: ./src/workspace/surface/setuptools.ts
// setuptools' wheel (setuptools/discovery.py, config/pyprojecttoml.py, command/build_py.py)
// and its editable install (command/editable_wheel.py _select_strategy: `editable_mode`
// strict links the wheel's files; a package-dir of `""` alone, or compat mode, puts that
// directory on sys.path; otherwise a finder maps the top-level packages and modules).




const FLAT_EXCLUDE_PACKAGES = [
    'ci', 'bin', 'debian', 'doc', 'docs', 'documentation', 'manpages', 'news', 'newsfragments', 'changelog', 'test', 'tests',
    'unit_test', 'unit_tests', 'example', 'examples', 'scripts', 'tools', 'util', 'utils', 'python', 'build', 'dist', 'venv',
    'env', 'requirements', 'tasks', 'fabfile', 'site_scons', 'benchmark', 'benchmarks', 'exercise', 'exercises', 'htmlcov', '[._]*',
].flatMap((p) => [p, `${p}.*`]);
const FLAT_EXCLUDE_MODULES = [
    'setup', 'conftest', 'test', 'tests', 'example', 'examples', 'build', 'toxfile', 'noxfile', 'pavement', 'dodo', 'tasks',
    'fabfile', '[Ss][Cc]onstruct', 'conanfile', 'manage', 'benchmark', 'benchmarks', 'exercise', 'exercises', '[._]*',
];
/**
 * Python's fnmatchcase: `*` matches anything, dots included. The patterns
 * come from a member's pyproject.toml (a pull request's), so they compile to
 * the one non-backtracking automaton (glob-nfa.ts), never a regular expression.
 */
function fnmatch(pattern) {
    const parts = [];
    for (let i = 0; i < pattern.length; i++) {
        const c = pattern[i];
        if (c === '*')
            parts.push((0,glob_nfa/* star */.d4)((0,glob_nfa/* char */.Tp)(glob_nfa/* ANY */.x4)));
        else if (c === '?')
            parts.push((0,glob_nfa/* char */.Tp)(glob_nfa/* ANY */.x4));
        else if (c === '[' && pattern.indexOf(']', i + 2) >= 0) {
            const end = pattern.indexOf(']', i + 2);
            parts.push((0,glob_nfa/* char */.Tp)(charClass(pattern.slice(i + 1, end))));
            i = end;
        }
        else
            parts.push((0,glob_nfa/* lit */.cO)(c));
    }
    return (0,glob_nfa/* compileNode */.ux)((0,glob_nfa/* seq */.O6)(...parts));
}
/** The body of a `[...]` class as fnmatch reads it: a leading `!` negates, `a-z` is a range. */
function charClass(body) {
    const negate = body.startsWith('!');
    const chars = negate ? body.slice(1) : body;
    const ranges = [];
    for (let i = 0; i < chars.length; i++) {
        const lo = chars.charCodeAt(i);
        if (chars[i + 1] === '-' && i + 2 < chars.length) {
            ranges.push([lo, chars.charCodeAt(i + 2)]);
            i += 2;
        }
        else
            ranges.push([lo, lo]);
    }
    return (code) => ranges.some(([lo, hi]) => code >= lo && code <= hi) !== negate;
}
const anyOf = (patterns) => {
    const ms = patterns.map(fnmatch);
    return (name) => ms.some((m) => m(name));
};
/** setuptools' PackageFinder walk: `where`-relative dotted names and their directories. */
function findPackages(dirs, where, include, exclude, excludeList, looksLike) {
    const out = new Map();
    const byParent = new Map();
    for (const d of dirs) {
        const list = byParent.get(model_parent(d));
        if (list)
            list.push(d);
        else
            byParent.set(model_parent(d), [d]);
    }
    const children = (d) => byParent.get(d) ?? [];
    const walk = (d, prefix) => {
        for (const child of children(d).sort()) {
            const base = child.slice(child.lastIndexOf('/') + 1);
            const name = prefix ? `${prefix}.${base}` : base;
            if (base.includes('.') || base === '__pycache__' || !looksLike(child, name))
                continue;
            if (include(name) && !exclude(name))
                out.set(name, child);
            if (excludeList.includes(`${name}*`) || excludeList.includes(`${name}.*`))
                continue;
            walk(child, name);
        }
    };
    walk(where, '');
    return out;
}
/**
 * `tool.setuptools.packages`: a list, or `find` options. Returns why it cannot
 * be read, if it cannot. `find` fills package-dir as setuptools'
 * expand.find_packages does: one `where` other than the project directory
 * becomes `""`'s directory, several give each top-level package its own.
 */
function listedPackages(rawPackages, dirs, fileSet, layout) {
    if (Array.isArray(rawPackages)) {
        for (const p of rawPackages)
            if (typeof p === 'string')
                layout.packages.set(p, pathOf(layout.packageDir, p));
        return undefined;
    }
    if (!(model_isTable(rawPackages) && model_isTable(rawPackages.find)))
        return '`tool.setuptools.packages` is neither a list nor `find`';
    const find = rawPackages.find;
    const wheres = [...new Set((strs(find.where) ?? ['.']).map(clean))];
    const includes = strs(find.include) ?? ['*'];
    const excludes = strs(find.exclude) ?? [];
    const namespaces = find.namespaces !== false;
    if (wheres.length === 1 && wheres[0] !== '')
        layout.packageDir[''] ??= wheres[0];
    for (const where of wheres) {
        const found = findPackages(dirs, where, anyOf(includes), anyOf([...excludes, 'ez_setup', '*__pycache__']), excludes, (d) => namespaces || fileSet.has(`${d}/__init__.py`));
        for (const [n, d] of found)
            layout.packages.set(n, d);
        if (found.size > 0 && where !== '' && layout.packageDir[''] !== where) {
            for (const [n, d] of found)
                if (!n.includes('.'))
                    layout.packageDir[n] = d;
        }
    }
    return undefined;
}
/**
 * setuptools' automatic discovery: explicit package-dir, then src-layout,
 * then flat-layout. Returns why setuptools would refuse to build, if it would.
 */
function discoverPackages(files, dirs, layout) {
    const { packageDir, packages, modules } = layout;
    const explicit = Object.entries(packageDir).filter(([k]) => k !== '');
    const src = packageDir[''] ?? 'src';
    if (explicit.length > 0) {
        for (const [pkg, dir] of explicit) {
            packages.set(pkg, dir);
            for (const [n, d] of findPackages(dirs, dir, () => true, anyOf(['ez_setup', '*__pycache__']), [], () => true))
                packages.set(`${pkg}.${n}`, d);
        }
        return undefined;
    }
    if (dirs.has(src)) {
        packageDir[''] = src;
        for (const [n, d] of findPackages(dirs, src, () => true, anyOf(['ez_setup', '*__pycache__']), [], () => true))
            packages.set(n, d);
        for (const f of files)
            if (model_parent(f) === src && f.endsWith('.py') && isIdentifier(f.slice(src.length + 1, -3)))
                modules.add(f);
        return undefined;
    }
    const flatExclude = anyOf(FLAT_EXCLUDE_PACKAGES);
    const found = findPackages(dirs, '', () => true, flatExclude, FLAT_EXCLUDE_PACKAGES, (_d, name) => {
        const parts = name.split('.');
        return (isIdentifier(parts[0]) || parts[0].endsWith('-stubs')) && parts.slice(1).every(isIdentifier);
    });
    const top = [...found.keys()].filter((n) => !n.includes('.') && !n.endsWith('-stubs'));
    if (top.length > 1)
        return `setuptools finds several top-level packages in a flat layout (${top.slice(0, 3).join(', ')}) and would refuse to build`;
    if (top.length === 1) {
        for (const [n, d] of found)
            packages.set(n, d);
        return undefined;
    }
    const modExclude = anyOf(FLAT_EXCLUDE_MODULES);
    const mods = files.filter((f) => !f.includes('/') && f.endsWith('.py') && isIdentifier(f.slice(0, -3)) && !modExclude(f.slice(0, -3)));
    if (mods.length > 1)
        return `setuptools finds several top-level modules in a flat layout (${mods.slice(0, 3).join(', ')}) and would refuse to build`;
    for (const m of mods)
        modules.add(m);
    for (const m of mods)
        layout.topModules.add(m);
    return undefined;
}
/** Directory of a dotted package name through `package-dir` (setuptools' find_package_path). */
function pathOf(packageDir, name) {
    const parts = name.split('.');
    for (let i = parts.length; i > 0; i--) {
        const key = parts.slice(0, i).join('.');
        if (key in packageDir)
            return clean([packageDir[key], ...parts.slice(i)].join('/'));
    }
    return clean([packageDir[''] ?? '', ...parts].join('/'));
}
/** The packages and modules setuptools builds, or why it would not build (or this tool cannot tell). */
function layoutOf(st, files, dirs, fileSet) {
    const layout = { packages: new Map(), modules: new Set(), topModules: new Set(), packageDir: {} };
    for (const [k, v] of Object.entries(tbl(st, 'package-dir') ?? {}))
        if (typeof v === 'string')
            layout.packageDir[k] = clean(v);
    const rawPackages = st.packages;
    const rawModules = strs(st['py-modules']);
    const chosen = rawPackages !== undefined ? listedPackages(rawPackages, dirs, fileSet, layout) : undefined;
    if (chosen)
        return chosen;
    for (const m of rawModules ?? []) {
        const file = `${pathOf(layout.packageDir, m)}.py`;
        layout.modules.add(file);
        if (!m.includes('.'))
            layout.topModules.add(file);
    }
    if (rawPackages === undefined && rawModules === undefined)
        return discoverPackages(files, dirs, layout) ?? layout;
    return layout;
}
function setuptools(pyproject, files, settings = {}) {
    const B = 'setuptools';
    const fileSet = new Set(files);
    if (fileSet.has('setup.py'))
        return whole(B, 'setup.py can choose the packages in code');
    if (fileSet.has('setup.cfg'))
        return whole(B, 'setup.cfg may list the packages (not read)');
    const st = tbl(pyproject, 'tool', 'setuptools') ?? {};
    if (st['ext-modules'] !== undefined)
        return whole(B, '`tool.setuptools.ext-modules` compiles sources this tool does not trace');
    const dirs = dirsOf(files);
    const layout = layoutOf(st, files, dirs, fileSet);
    if (typeof layout === 'string')
        return whole(B, layout);
    const { packages, modules } = layout;
    // Package data: with include-package-data (the default for pyproject
    // configuration) every file under a package that the sdist manifest holds
    // ships; the manifest is all tracked files with setuptools-scm and is
    // written by MANIFEST.in otherwise, which this tool does not evaluate.
    const requires = (strs(tbl(pyproject, 'build-system')?.requires) ?? []).map((r) => (0,workspace_names/* normalizeName */.P)(r.split(/[<>=!~;[ ]/)[0]));
    const manifestAll = st['include-package-data'] !== false && (fileSet.has('MANIFEST.in') || requires.includes('setuptools-scm'));
    const packageData = [];
    for (const [pkg, globs] of Object.entries(tbl(st, 'package-data') ?? {})) {
        const targets = pkg === '*' || pkg === '' ? [...packages.values()] : packages.has(pkg) ? [packages.get(pkg)] : [];
        for (const dir of targets)
            for (const g of strs(globs) ?? [])
                packageData.push({ dir, glob: (0,workspace_globs/* compileGlob */.SO)(clean(`${dir}/${g}`)) });
    }
    const dataFiles = new Set();
    for (const v of Object.values(tbl(st, 'data-files') ?? {}))
        for (const f of strs(v) ?? [])
            dataFiles.add(clean(f));
    const dynamic = dynamicFiles(tbl(st, 'dynamic'));
    const pkgDirs = new Set(packages.values());
    const pkgDirList = [...pkgDirs];
    const ships = (rel) => {
        if (modules.has(rel) || dataFiles.has(rel) || dynamic.has(rel))
            return true;
        if (rel.endsWith('.py') && pkgDirs.has(model_parent(rel)))
            return true;
        if (manifestAll && pkgDirList.some((d) => under(d, rel) && d !== rel))
            return true;
        return packageData.some((p) => p.glob(rel));
    };
    return shipped(B, ships, setuptools_editableExposure(layout, settings['editable-mode'] ?? settings.editable_mode));
}
/** What the editable strategy setuptools picks for `editable_mode` (config setting; lenient by default) exposes. */
function setuptools_editableExposure(layout, mode) {
    const m = (mode ?? '').toLowerCase();
    // strict: a tree of links to the wheel's own files, nothing more.
    if (m === 'strict')
        return [];
    const keys = Object.keys(layout.packageDir);
    // compat (and a mode setuptools would refuse: never narrower) puts package-dir's `""` on sys.path, the project directory by default.
    if ((m !== '' && m !== 'lenient') || (keys.length === 1 && keys[0] === ''))
        return [layout.packageDir[''] ?? ''];
    // lenient: the finder maps each package that is not where its parent would put it, and each top-level module.
    const pkgs = [...layout.packages];
    const nested = ([name, dir]) => pkgs.some(([other, otherDir]) => other !== name && name.startsWith(`${other}.`) && dir === clean([otherDir, ...name.slice(other.length + 1).split('.')].join('/')));
    return [...pkgs.filter((p) => !nested(p)).map(([, dir]) => dir), ...layout.topModules];
}
/** Files that `tool.setuptools.dynamic` reads into the metadata (`{file = ...}`). */
function dynamicFiles(dynamic) {
    const out = new Set();
    const visit = (v) => {
        if (model_isTable(v)) {
            for (const f of strs(v.file) ?? [])
                out.add(clean(f));
            for (const x of Object.values(v))
                if (model_isTable(x))
                    visit(x);
        }
    };
    visit(dynamic);
    return out;
}

;// CONCATENATED MODULE: ./src/workspace/surface/uv-build.ts
// uv_build's wheel (uv-build-backend settings.rs: module-root "src", module-name from the
// project name) and its editable install (wheel.rs build_editable: a `.pth` holding module-root).


function uvBuild(pyproject, tree) {
    const B = 'uv_build';
    const settings = tbl(pyproject, 'tool', 'uv', 'build-backend') ?? {};
    const project = tbl(pyproject, 'project');
    const root = clean(typeof settings['module-root'] === 'string' ? settings['module-root'] : 'src');
    const configured = strs(settings['module-name']);
    const raw = typeof project?.name === 'string' ? project.name : '';
    const names = configured ?? [(0,workspace_names/* normalizeName */.P)(raw).replace(/-/g, '_').replace(/_stubs$/, '-stubs')];
    const modules = [];
    for (const n of names) {
        const rel = clean(`${root}/${n.replace(/\./g, '/')}`);
        // uv_build also accepts a module directory whose name differs only in case.
        const hit = tree.hasDir(rel) ? rel : [...tree.dirs()].find((d) => d.toLowerCase() === rel.toLowerCase());
        if (!hit)
            return whole(B, `uv_build finds no module directory \`${rel}\``);
        modules.push(hit);
    }
    const dataRoots = [];
    for (const v of Object.values(tbl(settings, 'data') ?? {}))
        if (typeof v === 'string')
            dataRoots.push(clean(v));
    const defaultExcludes = settings['default-excludes'] !== false;
    const ships = (rel) => {
        if (dataRoots.some((d) => under(d, rel)))
            return true;
        if (!modules.some((m) => under(m, rel)))
            return false;
        return !(defaultExcludes && /(^|\/)__pycache__(\/|$)|\.py[co]$/.test(rel));
    };
    return shipped(B, ships, [root]);
}

;// CONCATENATED MODULE: ./src/workspace/surface.ts
// A member's surface: what of its files reaches the environments of the
// members whose `uv sync --package` installs it. That is the files its build
// backend puts in the wheel (import packages and modules, metadata files),
// the build configuration that shapes the wheel, and, since uv installs
// workspace members editable by default, every file under what the editable
// install makes importable (the directories its `.pth` puts on sys.path, or
// the packages its editable finder maps). A change off the surface is neither
// shipped nor importable: it cannot change another member's environment, so
// it affects the member alone. Pure: the parsed pyproject.toml and the
// member's file list (member-relative, `/`-separated) in, rules out. The
// rules are prefixes and globs rather than a file set, so a deleted or new
// file is judged too.
//
// Each backend follows its own documented defaults, checked against its
// source (versions pinned in scripts/build-backends.txt; wheels built in
// test/integration/surface-wheels.test.ts, editable installs made by a real
// `uv sync` in test/integration/surface-editable.test.ts); its rules live in
// surface/<backend>.ts, the shared model and helpers in surface/model.ts.
// Anything this module does not understand (an unknown backend, setup.py, a
// build hook or script that runs user code) makes the whole member directory
// the surface: never too little.








/** Which backend builds the member, from `build-system.build-backend`. */
function backendOf(pyproject) {
    const b = tbl(pyproject, 'build-system')?.['build-backend'];
    return typeof b === 'string' ? b.trim() : undefined;
}
/**
 * Whether computeSurface asks no more of the member's files than
 * MemberTree.hasDir (uv_build, or a member uv does not build): then a cheap
 * listing that may answer yes is worth trying before the whole one.
 */
function asksOnlyForDirectories(pyproject) {
    if (tbl(pyproject, 'tool', 'uv')?.package === false)
        return true;
    return tbl(pyproject, 'build-system') !== undefined && backendOf(pyproject) === 'uv_build';
}
const BACKENDS = new Map([
    ['hatchling.build', (p, f) => hatchling(p, f)],
    ['setuptools.build_meta', (p, f, o) => setuptools(p, f, o.configSettings)],
    ['setuptools.build_meta:__legacy__', (p, f, o) => setuptools(p, f, o.configSettings)],
    ['flit_core.buildapi', (p, f) => flit(p, f)],
    ['poetry.core.masonry.api', (p, f) => poetry(p, f)],
    ['pdm.backend', (p, f) => pdm(p, f)],
    ['maturin', (p, f, o) => maturin(p, f, o.readFile)],
]);
/**
 * The member's surface. `pyproject` is the parsed pyproject.toml, `files`
 * the member's tracked files relative to its directory (a list, or a
 * MemberTree that lists them on demand).
 */
function computeSurface(pyproject, files, options = {}) {
    const uvTool = tbl(pyproject, 'tool', 'uv');
    const buildSystem = tbl(pyproject, 'build-system');
    // uv neither builds nor installs such a member, not even for a member that depends on it (checked with uv 0.13.9).
    if (uvTool?.package === false)
        return { kind: 'unpackaged', why: '`tool.uv.package = false`' };
    // Without [build-system], uv still builds the member when another member
    // depends on it, with setuptools' legacy backend (checked with uv 0.13.9).
    const backend = (buildSystem && backendOf(pyproject)) || 'setuptools.build_meta:__legacy__';
    if (backend === 'uv_build')
        return finish(pyproject, uvBuild(pyproject, treeOf(files)), options);
    const rules = BACKENDS.get(backend);
    if (!rules)
        return whole(backend, `build backend \`${backend}\` is not one this tool reads`);
    const list = (Array.isArray(files) ? files : files.files()).map(clean).filter((f) => f !== '');
    return finish(pyproject, rules(pyproject, list, options), options);
}
/** A backend's surface plus what every backend ships (build configuration, metadata files), importable only when installed editable. */
function finish(pyproject, inner, options) {
    if (inner.kind !== 'shipped')
        return inner;
    const meta = metadataFiles(tbl(pyproject, 'project'));
    const ships = inner.ships;
    const importable = options.editable === false ? { editable: false, paths: [] } : inner.importable;
    return { kind: 'shipped', backend: inner.backend, ships: (rel) => CONFIG_FILES.has(rel) || meta(rel) || ships(rel), importable };
}
/** The directories holding a file, from a raw file list (cleaned as computeSurface cleans it): what MemberTree.hasDir answers. */
function dirsOfFiles(files) {
    return dirsOf(files.map(clean).filter((f) => f !== ''));
}
/** A file list as a MemberTree (clean paths; directories derived once, on the first question). */
function treeOf(files) {
    let list;
    let dirs;
    const allDirs = () => (dirs ??= dirsOf((list ??= (Array.isArray(files) ? files : files.files()).map(clean).filter((f) => f !== ''))));
    return { hasDir: Array.isArray(files) ? (rel) => allDirs().has(rel) : (rel) => files.hasDir(rel), dirs: allDirs };
}
/**
 * How a member-relative path reaches the members that install this one: it
 * ships (in the wheel, or as build configuration), it is importable only
 * through the editable install, or it does not reach them (undefined).
 */
function reachOf(surface, rel) {
    if (surface.kind === 'whole')
        return 'shipped';
    const p = clean(rel);
    // The member directory itself (a submodule's gitlink): anything in it may have changed.
    if (p === '')
        return 'shipped';
    if (surface.kind === 'unpackaged')
        return CONFIG_FILES.has(p) ? 'shipped' : undefined;
    if (surface.ships(p))
        return 'shipped';
    return surface.importable.paths.some((r) => under(r, p)) ? 'importable' : undefined;
}
/** Whether a member-relative path is on the surface. */
function onSurface(surface, rel) {
    return reachOf(surface, rel) !== undefined;
}

;// CONCATENATED MODULE: ./src/workspace/normal-path.ts
// Paths that are normal already, as discovery makes them (an absolute member
// directory, a relative path of directory entry names): joined and compared
// by concatenation, not by path.join or path.relative, for each of thousands
// of members. One helper, so every fast path says "normal" the same way and
// anything else takes the slow path.

/** A `.` or `..` component, an empty one, or a trailing `/`: what path.join or path.relative would rewrite. */
const UNNORMAL = /(^|\/)\.\.?(\/|$)|\/\/|\/$/;
/** Would path.posix.normalize leave this non-empty text as it is (no `.`, `..` or empty component, no trailing `/`)? */
function isNormal(text) {
    return text !== '' && !UNNORMAL.test(text);
}
/**
 * path.join(dir, rel), by concatenation when `dir` is a normal absolute path
 * and `rel` a normal relative one (where path.join would return the
 * concatenation itself); anything else (Windows separators, a `.` or `..`, a
 * trailing `/`, the file system root) takes path.join. Equal to path.join for
 * every input.
 */
function joinNormal(dir, rel) {
    if ((external_node_path_default()).sep === '/' && dir.length > 1 && dir.charCodeAt(0) === 47 && rel.charCodeAt(0) !== 47 && isNormal(dir) && isNormal(rel)) {
        return `${dir}/${rel}`;
    }
    return external_node_path_default().join(dir, rel);
}

;// CONCATENATED MODULE: ./src/workspace/discover.ts
// Finds the workspace root and its members the way uv does (uv's
// crates/uv-workspace/src/workspace.rs is the reference): members globs are
// expanded one component at a time from the workspace root, matches that are
// files are ignored, `exclude` removes matches, a matched hidden directory
// without pyproject.toml is skipped while any other one is an error, a root
// with `[project]` is itself a member, and `tool.uv.managed = false` drops a
// member. Pure over an injected FsReader; nodeFs is the real one.










function containsFile(absDir) {
    let entries;
    try {
        entries = external_node_fs_default().readdirSync(absDir, { withFileTypes: true });
    }
    catch {
        return true; // unreadable: assume content, as uv does
    }
    return entries.some((entry) => !entry.isDirectory() || containsFile(external_node_path_default().join(absDir, entry.name)));
}
const nodeFs = {
    readText(absPath) {
        return (0,read_file/* readBoundedText */.H)(absPath);
    },
    kind(absPath) {
        try {
            const stat = external_node_fs_default().statSync(absPath);
            return stat.isDirectory() ? 'dir' : stat.isFile() ? 'file' : undefined;
        }
        catch {
            return undefined;
        }
    },
    list(absDir) {
        let entries;
        try {
            entries = external_node_fs_default().readdirSync(absDir, { withFileTypes: true });
        }
        catch {
            return undefined;
        }
        return entries.map((entry) => {
            const isSymlink = entry.isSymbolicLink();
            // A symlinked directory counts as a directory, as it does for the glob crate (it stats).
            const isDir = isSymlink ? nodeFs.kind(external_node_path_default().join(absDir, entry.name)) === 'dir' : entry.isDirectory();
            return { name: entry.name, isDir, isSymlink };
        });
    },
    realpath(absPath) {
        try {
            return external_node_fs_default().realpathSync(absPath);
        }
        catch {
            return undefined;
        }
    },
    caseInsensitive: disk_case/* isCaseInsensitive */.m,
    diskCase: disk_case/* diskCase */.u,
    hasOnlyIgnoredFiles(absDir) {
        if (!containsFile(absDir))
            return true;
        // Files git tracks or would track; ignored ones are left out (.gitignore, info/exclude, core.excludesFile).
        const out = (0,src_process/* runProcessSync */.gh)('git', ['ls-files', '--cached', '--others', '--exclude-standard', '-z', '--', '.'], { cwd: absDir, maxOutput: 64 * 1024 * 1024 });
        // Not a git work tree (or no git): .gitignore does not apply, as with uv.
        return out !== undefined && out.length === 0;
    },
};
/** `/`-separated path of `abs` relative to the repository root, `.` for the root itself. */
function repoRelative(repoRoot, abs) {
    // The common case, a normal path below the root (as discovery joins them): a slice, not path.relative.
    if ((external_node_path_default()).sep === '/' && abs.length > repoRoot.length + 1 && abs.charCodeAt(repoRoot.length) === 47 && !repoRoot.endsWith('/') && abs.startsWith(repoRoot)) {
        const rest = abs.slice(repoRoot.length + 1);
        if (isNormal(rest))
            return rest;
    }
    const rel = (0,src_text/* posixRelative */.qi)(repoRoot, abs);
    return rel === '' ? '.' : rel;
}
function pyprojectPath(repoRoot, dir) {
    return repoRelative(repoRoot, joinNormal(dir, 'pyproject.toml'));
}
function readPyprojectAt(fsr, repoRoot, dir) {
    const text = fsr.readText(joinNormal(dir, 'pyproject.toml'));
    return text === undefined ? undefined : loadPyproject(text, pyprojectPath(repoRoot, dir));
}
function compileAll(globs, key, file) {
    return globs.map((g) => {
        try {
            return (0,workspace_globs/* compileUvGlob */.pF)(g);
        }
        catch (error) {
            if (error instanceof workspace_globs/* UvGlobError */.uf) {
                // Name the whole entry as written, not just the component the glob parser choked on.
                const why = error.message.replace(/^`[^`]*`: /, '');
                throw new errors/* UserError */.y(`${file}: invalid glob in \`${key}\`: \`${g}\`: ${why}`, 'write `**` as a whole path component, e.g. `packages/**/x`');
            }
            throw error;
        }
    });
}
/**
 * The tree under the workspace root as every members glob sees it: each
 * directory listed (and each path's kind asked) once for all the globs, so
 * `packages/*` and `packages/*\/plugins/*` make one pass over `packages`.
 */
function globDir(fsr, base) {
    const lists = new Map();
    const kinds = new Map();
    const abs = (rel) => (rel === '' ? base : external_node_path_default().join(base, rel));
    return {
        list: (rel) => {
            if (!lists.has(rel))
                lists.set(rel, fsr.list(abs(rel)));
            return lists.get(rel);
        },
        kind: (rel) => {
            if (!kinds.has(rel))
                kinds.set(rel, fsr.kind(abs(rel)));
            return kinds.get(rel);
        },
        ...(fsr.realpath ? { realpath: (rel) => fsr.realpath(rel === '' ? base : external_node_path_default().join(base, rel)) } : {}),
    };
}
function isInside(parent, child) {
    const rel = external_node_path_default().relative(parent, child);
    return rel === '' || (!rel.startsWith('..') && !external_node_path_default().isAbsolute(rel));
}
/** Is `dir` a member of the workspace rooted at `root` (matched by `members`, not by `exclude`)? */
function includedIn(root, ws, file, dir) {
    const rel = (0,src_text/* posixRelative */.qi)(root, dir);
    const members = compileAll(ws.members, 'tool.uv.workspace.members', file);
    return members.some((g) => (0,workspace_globs/* matchUvGlob */.Dw)(g, rel)) && !ws.exclude.some((g) => (0,workspace_globs/* compileUvExclude */.B)(g)(rel));
}
/**
 * No workspace where one was asked for (the directory is missing, or has no
 * workspace at or above it). The hint speaks to the action's user; a shell
 * with its own words for "where" (the CLI's --workspace) says them instead,
 * and can look near `startDir` for a workspace.
 */
class NoWorkspaceError extends errors/* UserError */.y {
    startDir;
    constructor(startDir, message, hint) {
        super(message, hint);
        this.startDir = startDir;
    }
}
/**
 * Finds the workspace root for `startDir`: the directory itself when its
 * pyproject.toml has `[tool.uv.workspace]`, else (like uv) the nearest
 * pyproject.toml at or above it, and then the workspace above that project
 * which includes it, else that project alone (a workspace of one). The walk
 * never leaves the repository.
 */
function findWorkspaceRoot(startDir, repoRoot, fsr) {
    const shown = repoRelative(repoRoot, startDir);
    const kind = fsr.kind(startDir);
    if (kind !== 'dir') {
        throw new NoWorkspaceError(startDir, kind === 'file' ? `workspace directory '${shown}' is a file` : `workspace directory '${shown}' does not exist`, 'point --workspace (or the working-directory input) at the directory holding the workspace root pyproject.toml');
    }
    const limit = isInside(repoRoot, startDir) ? repoRoot : startDir;
    let projectDir;
    for (let dir = startDir;; dir = external_node_path_default().dirname(dir)) {
        if (fsr.kind(external_node_path_default().join(dir, 'pyproject.toml')) === 'file') {
            projectDir = dir;
            break;
        }
        if (dir === limit || external_node_path_default().dirname(dir) === dir)
            break;
    }
    if (!projectDir) {
        throw new NoWorkspaceError(startDir, `no pyproject.toml in '${shown}' or any parent directory up to the repository root`, 'run from the repository root, or point --workspace (working-directory) at the directory holding the workspace pyproject.toml');
    }
    const pyproject = readPyprojectAt(fsr, repoRoot, projectDir);
    if (pyproject.workspace)
        return { root: projectDir, pyproject };
    const noWorkspace = new NoWorkspaceError(startDir, `${pyproject.file} has no [tool.uv.workspace] table, and no workspace above it includes it`, 'point --workspace (working-directory) at the workspace root, whose pyproject.toml has [tool.uv.workspace] with `members`');
    if (!pyproject.hasProject)
        throw noWorkspace;
    // A project: look for the workspace that lists it, as uv's find_workspace does.
    for (let dir = projectDir; dir !== limit && external_node_path_default().dirname(dir) !== dir;) {
        dir = external_node_path_default().dirname(dir);
        if (fsr.kind(external_node_path_default().join(dir, 'pyproject.toml')) !== 'file')
            continue;
        const above = readPyprojectAt(fsr, repoRoot, dir);
        if (above.workspace && includedIn(dir, above.workspace, above.file, projectDir))
            return { root: dir, pyproject: above };
        // The nearest pyproject.toml above decides, as in uv: a project above means we are its example or test.
        break;
    }
    // A project no workspace includes: uv treats it as a workspace of one, the
    // project its only member (collectMembers reads no members globs for it).
    return { root: projectDir, pyproject };
}
/**
 * The pyproject.toml of a directory a members glob matched, as uv judges it:
 * undefined for what uv skips (hidden or ignored-only dirs, unmanaged
 * projects); uv's own error for a member without a pyproject or a project.
 */
function memberPyproject(memberDir, source, rootPyproject, repoRoot, fsr) {
    const pyproject = readPyprojectAt(fsr, repoRoot, memberDir);
    if (!pyproject) {
        if (external_node_path_default().basename(memberDir).startsWith('.'))
            return undefined;
        if (fsr.hasOnlyIgnoredFiles(memberDir))
            return undefined;
        const shown = repoRelative(repoRoot, memberDir);
        throw new errors/* UserError */.y(`Workspace member \`${shown}\` is missing a \`pyproject.toml\` (matches: \`${source}\`)`, `add a pyproject.toml to ${shown}, or list it in \`tool.uv.workspace.exclude\` in ${rootPyproject.file}`);
    }
    if (!pyproject.managed)
        return undefined;
    if (!pyproject.hasProject) {
        throw new errors/* UserError */.y(`No \`project\` table found in: \`${pyproject.file}\` (matches: \`${source}\`)`, `add a [project] table with a name to ${pyproject.file}, or list its directory in \`tool.uv.workspace.exclude\``);
    }
    return pyproject;
}
function refuseDuplicateNames(members, repoRoot) {
    const byName = new Map();
    for (const member of members) {
        const name = member.pyproject.name;
        const other = byName.get(name);
        if (other) {
            throw new errors/* UserError */.y(`Two workspace members are both named \`${name}\`: \`${repoRelative(repoRoot, other.dir)}\` and \`${repoRelative(repoRoot, member.dir)}\``, 'rename one of the projects, or exclude one with `tool.uv.workspace.exclude`');
        }
        byName.set(name, member);
    }
}
/** Collects the members of the workspace rooted at `root`. */
function collectMembers(root, rootPyproject, repoRoot, fsr) {
    const ws = rootPyproject.workspace ?? { members: [], exclude: [] };
    const members = [];
    const warnings = [];
    const seen = new Set();
    if (rootPyproject.hasProject) {
        if (!rootPyproject.managed) {
            throw new errors/* UserError */.y(`${rootPyproject.file}: the workspace root is marked as unmanaged (tool.uv.managed = false)`, 'remove `managed = false` from the workspace root, uv does not sync unmanaged projects');
        }
        members.push({ dir: root, isRoot: true, pyproject: rootPyproject });
        seen.add(root);
    }
    const exclude = ws.exclude.map(workspace_globs/* compileUvExclude */.B);
    const dir = globDir(fsr, root);
    for (const [i, glob] of compileAll(ws.members, 'tool.uv.workspace.members', rootPyproject.file).entries()) {
        const source = ws.members[i];
        const matches = (0,workspace_globs/* expandUvGlob */.i_)(glob, dir);
        if (matches.length === 0) {
            warnings.push(`\`tool.uv.workspace.members\` entry \`${source}\` in ${rootPyproject.file} matches nothing in this checkout (is the member gitignored or not checked out?)`);
        }
        for (const match of matches) {
            const memberDir = match.path === '' ? root : joinNormal(root, match.path);
            if (seen.has(memberDir))
                continue;
            seen.add(memberDir);
            if (exclude.some((excluded) => excluded(match.path)))
                continue;
            if (!match.isDir)
                continue;
            const pyproject = memberPyproject(memberDir, source, rootPyproject, repoRoot, fsr);
            if (!pyproject)
                continue;
            members.push({ dir: memberDir, isRoot: false, pyproject });
        }
    }
    refuseDuplicateNames(members, repoRoot);
    const storedCase = storedCaseOf(root, fsr);
    if (!storedCase)
        return { root, rootPyproject, members, warnings };
    // uv expands a literal glob component (`Packages/*`) by asking the file
    // system, so on a case-insensitive one it finds `packages/...` and keeps the
    // typed case: the members are the same (and so is uv's duplicate-name check,
    // made above), but only the stored spelling compares with the paths git prints.
    return { root, rootPyproject, members: members.map((m) => (m.isRoot ? m : { ...m, dir: storedCase(m.dir) })), warnings, storedCase };
}
/** disk-case.ts's diskCase, sharing directory listings, where the workspace's file system is case-insensitive. */
function storedCaseOf(root, fsr) {
    if (!fsr.diskCase || !fsr.caseInsensitive?.(root))
        return undefined;
    const listings = new Map();
    return (absPath) => fsr.diskCase(absPath, listings);
}
/**
 * Finds the workspace for `startDir` and collects its members. `startDir` and
 * `repoRoot` are taken in their stored letter case (the caller's may be typed).
 */
function discoverWorkspace(startDir, repoRoot, fsr = nodeFs) {
    const { root, pyproject } = findWorkspaceRoot(fsr.diskCase?.(startDir) ?? startDir, repoRoot, fsr);
    return collectMembers(root, pyproject, repoRoot, fsr);
}

;// CONCATENATED MODULE: ./src/workspace/requirements.ts
// Just enough PEP 508 to know which project a requirement names and which of
// its extras it asks for. Versions, URLs and markers do not decide whether a
// member depends on another member, so they are not parsed.

const NAME = /^\s*([A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?)\s*/;
/**
 * `core[openai, x] >=1; python_version<'3.12'` \u2192 `{name: 'core', extras: ['openai', 'x']}`.
 * Returns undefined for text that does not start with a project name.
 */
function parseRequirement(text) {
    const match = NAME.exec(text);
    if (!match)
        return undefined;
    const name = (0,workspace_names/* normalizeName */.P)(match[1]);
    const rest = text.slice(match[0].length);
    const extras = new Set();
    if (rest.startsWith('[')) {
        const close = rest.indexOf(']');
        if (close < 0)
            return undefined;
        for (const extra of rest.slice(1, close).split(',')) {
            const trimmed = extra.trim();
            if (trimmed)
                extras.add((0,workspace_names/* normalizeName */.P)(trimmed));
        }
    }
    return { name, extras: [...extras].sort() };
}

;// CONCATENATED MODULE: ./src/workspace/graph.ts
// Member \u2192 member edges: the union of what the pyproject files declare and
// what uv.lock records. The lock matters because metadata can be dynamic
// (e.g. dependencies injected by a build hook) and only uv's build of the
// project sees it; the pyproject side matters when the lock is missing or
// stale.




/**
 * Does `source` make the requirement resolve to the member at `targetDir`?
 * `workspace = true` does; so does a `path` that points at the member's
 * directory. `declaredIn` is the directory of the pyproject.toml that holds
 * the source, against which uv resolves its relative paths.
 */
function pointsAtMember(sources, declaredIn, targetDir, storedCase) {
    if (!sources)
        return false;
    // Resolved only for a `path` source: most are `workspace = true` (one per edge of thousands).
    let target;
    return sources.some((s) => {
        if (s.workspace)
            return true;
        if (s.path === undefined)
            return false;
        target ??= external_node_path_default().resolve(targetDir);
        const resolved = external_node_path_default().resolve(declaredIn, s.path);
        // `path = "../Core"` opens `core` on a case-insensitive file system, where member directories are in the stored case.
        return resolved === target || storedCase?.(resolved) === target;
    });
}
/** Resolves a dependency group, following `{include-group = ...}` (cycles end the walk). */
function groupRequirements(pyproject, group, seen = new Set()) {
    if (seen.has(group))
        return [];
    seen.add(group);
    const out = [];
    for (const item of ownEntry(pyproject.dependencyGroups, group) ?? []) {
        if ('requirement' in item)
            out.push(item.requirement);
        else
            out.push(...groupRequirements(pyproject, item.includeGroup, seen));
    }
    return out;
}
/** Every requirement list of a pyproject, with the edge kind it gives. */
function requirementLists(pyproject) {
    const lists = [['runtime', pyproject.dependencies]];
    for (const [extra, reqs] of Object.entries(pyproject.optionalDependencies))
        lists.push([`extra:${extra}`, reqs]);
    for (const group of Object.keys(pyproject.dependencyGroups))
        lists.push([`group:${group}`, groupRequirements(pyproject, group)]);
    // uv treats legacy dev-dependencies as part of the `dev` group.
    if (pyproject.devDependencies)
        lists.push(['group:dev', pyproject.devDependencies]);
    return lists;
}
class EdgeSet {
    /** Edges by `from`: a member names few others, so a short list beats a composite string key per edge. */
    byFrom = new Map();
    add(from, to, kind, extras, origin) {
        // `pkg[a,b]` inside pkg (the common `all = ["pkg[a,b]"]`) switches on pkg's
        // own extras: the install closure needs it, so it is kept; a plain
        // self-reference says nothing. `members` never lists a member as its own
        // dependency (directDependencies filters these).
        if (from === to && extras.length === 0)
            return;
        let list = this.byFrom.get(from);
        if (!list)
            this.byFrom.set(from, (list = []));
        const existing = list.find((e) => e.to === to && e.kind === kind);
        if (!existing) {
            // Most edges ask for no extra, or one: no Set, no sort.
            list.push({ from, to, kind, extras: extras.length < 2 ? extras.slice() : [...new Set(extras)].sort(), origin });
            return;
        }
        // The same requirement under different markers asks for the union of extras
        // (seen from both the pyproject and the lock, usually the same ones).
        if (extras.some((x) => !existing.extras.includes(x)))
            existing.extras = [...new Set([...existing.extras, ...extras])].sort();
        if (origin === 'pyproject')
            existing.origin = 'pyproject';
    }
    /** Sorted by from, to, kind: the few edges of each `from` sorted apart, not thousands with a three-key comparison each. */
    list() {
        const out = [];
        // Code-unit order, as compareStrings orders.
        for (const from of [...this.byFrom.keys()].sort()) {
            const edges = this.byFrom.get(from);
            if (edges.length > 1)
                edges.sort((a, b) => (0,src_text/* compareStrings */.Kt)(a.to, b.to) || (0,src_text/* compareStrings */.Kt)(a.kind, b.kind));
            for (const edge of edges)
                out.push(edge);
        }
        return out;
    }
}
/**
 * parseRequirement, once per distinct text: the same requirement strings
 * (`core[openai]>=1`, `pytest`) recur across the members of a workspace.
 */
function requirementParser() {
    const seen = new Map();
    return (text) => {
        if (seen.has(text))
            return seen.get(text);
        const req = parseRequirement(text);
        seen.set(text, req);
        return req;
    };
}
/** Edges declared in the members' pyproject.toml files. */
function pyprojectEdges(members, root, into = new EdgeSet(), storedCase) {
    const byName = new Map(members.map((m) => [m.name, m]));
    const parse = requirementParser();
    for (const member of members) {
        for (const [kind, reqs] of requirementLists(member.pyproject)) {
            for (const text of reqs) {
                const req = parse(text);
                if (!req)
                    continue;
                const target = byName.get(req.name);
                if (!target)
                    continue;
                // uv lowers a member's own sources first and falls back to the root's.
                const own = ownEntry(member.pyproject.sources, req.name);
                const isMember = own
                    ? pointsAtMember(own, member.dir, target.dir, storedCase)
                    : pointsAtMember(ownEntry(root.pyproject.sources, req.name), root.dir, target.dir, storedCase);
                if (isMember)
                    into.add(member.name, req.name, kind, req.extras, 'pyproject');
            }
        }
    }
    return into;
}
/** Lock sources of workspace members: uv writes them as editable, virtual or directory. */
function isLocalSource(source) {
    return source.startsWith('editable=') || source.startsWith('virtual=') || source.startsWith('directory=') || source.startsWith('path=');
}
/** Edges recorded in uv.lock between members of `[manifest].members` that are members here. */
function lockEdges(memberNames, lock, into = new EdgeSet()) {
    const manifest = new Set(lock.members);
    const isMember = (name) => memberNames.has(name) && manifest.has(name);
    for (const pkg of lock.packages) {
        if (!isMember(pkg.name) || !isLocalSource(pkg.source))
            continue;
        for (const dep of pkg.dependencies)
            if (isMember(dep.name))
                into.add(pkg.name, dep.name, 'runtime', dep.extras, 'lock');
        for (const [extra, deps] of Object.entries(pkg.optionalDependencies)) {
            for (const dep of deps)
                if (isMember(dep.name))
                    into.add(pkg.name, dep.name, `extra:${extra}`, dep.extras, 'lock');
        }
        for (const [group, deps] of Object.entries(pkg.devDependencies)) {
            for (const dep of deps)
                if (isMember(dep.name))
                    into.add(pkg.name, dep.name, `group:${group}`, dep.extras, 'lock');
        }
    }
    return into;
}
/**
 * Edges of a virtual root's `[dependency-groups]` to members (`from` is ''):
 * uv installs a root group for `uv sync --package Y --group G` when Y has no
 * group G. Root requirements resolve through the root's own sources.
 */
function rootGroupEdges(members, root, storedCase) {
    const byName = new Map(members.map((m) => [m.name, m]));
    const set = new EdgeSet();
    for (const [kind, reqs] of requirementLists(root.pyproject)) {
        if (!kind.startsWith('group:'))
            continue;
        for (const text of reqs) {
            const req = parseRequirement(text);
            const target = req && byName.get(req.name);
            if (req && target && pointsAtMember(ownEntry(root.pyproject.sources, req.name), root.dir, target.dir, storedCase))
                set.add('', req.name, kind, req.extras, 'pyproject');
        }
    }
    return set.list();
}
/** The union of pyproject and lock edges, deduplicated and sorted. */
function buildEdges(members, root, lock, storedCase) {
    const set = pyprojectEdges(members, root, new EdgeSet(), storedCase);
    if (lock)
        lockEdges(new Set(members.map((m) => m.name)), lock, set);
    return set.list();
}

;// CONCATENATED MODULE: ./src/workspace/lockfile.ts
// Reads uv.lock into plain data. Only the parts the affected engine needs:
// the workspace members, and for each package its identity (name, version,
// source) and its dependency lists per kind.





/** Lock versions this reader understands (uv writes `version = 1`). */
const SUPPORTED_LOCK_VERSION = 1;
function canonicalSource(source) {
    if (source === null || typeof source !== 'object')
        return '';
    const keys = Object.keys(source);
    // The usual one key (`editable`, `registry`, `virtual`): nothing to sort.
    if (keys.length === 1)
        return `${keys[0]}=${String(source[keys[0]])}`;
    return Object.entries(source)
        .sort(([a], [b]) => (0,src_text/* compareStrings */.Kt)(a, b))
        .map(([k, v]) => `${k}=${String(v)}`)
        .join(',');
}
function readDependencies(list) {
    if (!Array.isArray(list))
        return [];
    return list
        .filter((d) => d !== null && typeof d === 'object' && typeof d.name === 'string')
        .map((d) => {
        const dep = {
            name: (0,workspace_names/* normalizeName */.P)(d.name),
            extras: Array.isArray(d.extra) ? d.extra.map((e) => (0,workspace_names/* normalizeName */.P)(String(e))).sort() : [],
        };
        if (typeof d.version === 'string')
            dep.version = d.version;
        if (d.source !== undefined)
            dep.source = canonicalSource(d.source);
        if (typeof d.marker === 'string')
            dep.marker = d.marker;
        return dep;
    });
}
function readDependencyTable(table) {
    const out = {};
    if (table === null || typeof table !== 'object')
        return out;
    for (const [key, list] of Object.entries(table)) {
        out[(0,workspace_names/* normalizeName */.P)(key)] = readDependencies(list);
    }
    return out;
}
/** A merge-conflict marker (`<<<<<<<`, `=======`, `>>>>>>>` at the start of a line, then a space or the line's end). */
function hasConflictMarker(text) {
    for (const marker of ['<<<<<<<', '=======', '>>>>>>>']) {
        for (let i = text.indexOf(marker); i !== -1; i = text.indexOf(marker, i + 1)) {
            const after = text.charCodeAt(i + 7);
            // NaN at the end of the text; 32 space, 10 \n, 13 \r.
            if ((i === 0 || text.charCodeAt(i - 1) === 10) && (Number.isNaN(after) || after === 32 || after === 10 || after === 13))
                return true;
        }
    }
    return false;
}
const HEAD = '[[package]]\n';
const ENTRY = `\n${HEAD}`;
const NAME_LINE = 'name = "';
const SUB_TABLE = '\n[package.';
const METADATA = '[package.metadata';
/**
 * The lock text cut into its head and the `[[package]]` entries `only`
 * wants, or undefined when the text is not laid out as uv writes it (every
 * entry opens with `[[package]]` then `name = "..."`). Most of a real lock is
 * third-party wheels lists; loading a workspace needs the members' entries
 * alone, so the text is scanned for entry heads with indexOf and only the
 * members' entries are cut out and handed to the TOML parser; the rest is
 * never materialised.
 */
function selectPackages(text, only) {
    // A merge conflict anywhere is the broken lock users actually commit: parse
    // all of it, so the error names the line. (A subtler syntax error inside a
    // skipped third-party entry is left to uv, which reads the whole lock.)
    if (hasConflictMarker(text))
        return undefined;
    // uv writes \n; a lock written with \r\n (or otherwise laid out) takes the general path.
    if (text.includes('\r'))
        return selectPackagesSlow(text, only);
    const nextHead = (from) => {
        const i = text.indexOf(ENTRY, from);
        return i === -1 ? -1 : i + 1;
    };
    let head = text.startsWith(HEAD) ? 0 : nextHead(0);
    const selected = { head: text.slice(0, head === -1 ? text.length : head), entries: [] };
    while (head !== -1) {
        const body = head + HEAD.length;
        if (!text.startsWith(NAME_LINE, body))
            return undefined;
        const nameEnd = text.indexOf('"', body + NAME_LINE.length);
        if (nameEnd === -1)
            return undefined;
        const name = text.slice(body + NAME_LINE.length, nameEnd);
        if (name.includes('\\') || name.includes('\n'))
            return undefined;
        const next = nextHead(body);
        if (only((0,workspace_names/* normalizeName */.P)(name)))
            selected.entries.push(keepEntry(text, body, next === -1 ? text.length : next));
        head = next;
    }
    return selected;
}
/**
 * Keeps one entry's head and sub-tables, except `[package.metadata]` and its
 * children (the requirements as declared): the bulk of a member's entry, and
 * it says nothing about what is installed.
 */
function keepEntry(text, body, end) {
    let kept = HEAD;
    let from = body;
    for (let h = text.indexOf(SUB_TABLE, body); h !== -1 && h < end; h = text.indexOf(SUB_TABLE, h + 1)) {
        if (!text.startsWith(METADATA, from))
            kept += text.slice(from, h + 1);
        from = h + 1;
    }
    if (!text.startsWith(METADATA, from))
        kept += text.slice(from, end);
    return kept;
}
/** The same selection by regular expressions, for texts that are not laid out exactly as uv writes them. */
function selectPackagesSlow(text, only) {
    const parts = text.split(/^\[\[package\]\][ \t]*\r?\n/m);
    const selected = { head: parts[0], entries: [] };
    for (const body of parts.slice(1)) {
        const name = /^name = "([^"\\]+)"/.exec(body);
        if (!name)
            return undefined;
        if (!only((0,workspace_names/* normalizeName */.P)(name[1])))
            continue;
        const sections = body.split(/^(?=\[package\.)/m).filter((section) => !section.startsWith('[package.metadata'));
        selected.entries.push(`[[package]]\n${sections.join('')}`);
    }
    return selected;
}
/** Parses TOML text (the fast reader first, smol-toml for anything it leaves); invalid TOML is a UserError naming `file:line`. */
function lockfile_parseToml(text, file) {
    // Plain objects, which V8 builds faster than prototype-less ones: safe only because this tree is read
    // through fixed keys Object.prototype does not have (name, version, source, ...) and Object.entries,
    // and dropped once the packages are read. Never look up a key taken from the file in it.
    const fast = parseTomlFast(text, { plainObjects: true });
    if (fast)
        return fast;
    try {
        return (0,dist/* parse */.qg)(text);
    }
    catch (error) {
        if (error instanceof dist/* TomlError */.zx) {
            throw new errors/* UserError */.y(`${file}:${error.line}: invalid TOML: ${error.message.split('\n')[0]}`, 'regenerate it with `uv lock` (resolve merge conflicts first)');
        }
        throw error;
    }
}
/** The `sdist` and `wheels` hashes of a local file's entry, in one string (undefined when it records none). */
function localFileHash(raw) {
    const hashOf = (v) => (v !== null && typeof v === 'object' && typeof v.hash === 'string' ? [v.hash] : []);
    const hashes = [...hashOf(raw.sdist), ...(Array.isArray(raw.wheels) ? raw.wheels.flatMap(hashOf) : [])];
    return hashes.length > 0 ? hashes.join(',') : undefined;
}
/** One `[[package]]` entry as read, or undefined for one without a name. */
function readPackage(raw) {
    if (typeof raw?.name !== 'string')
        return undefined;
    const pkg = {
        name: (0,workspace_names/* normalizeName */.P)(raw.name),
        source: canonicalSource(raw.source),
        dependencies: readDependencies(raw.dependencies),
        optionalDependencies: readDependencyTable(raw['optional-dependencies']),
        devDependencies: readDependencyTable(raw['dev-dependencies']),
    };
    if (typeof raw.version === 'string')
        pkg.version = raw.version;
    const hash = pkg.source.startsWith('path=') ? localFileHash(raw) : undefined;
    if (hash)
        pkg.hash = hash;
    return pkg;
}
/** The lock from its top-level tables (version, manifest) and its packages as read. */
function lockOf(doc, packages, file) {
    const version = doc.version;
    if (typeof version !== 'number') {
        throw new errors/* UserError */.y(`${file}: no lock 'version' at the top; this is not a uv.lock`, 'regenerate it with `uv lock`');
    }
    if (version !== SUPPORTED_LOCK_VERSION) {
        throw new errors/* UserError */.y(`${file}: lock version ${version} is not supported (this action reads version ${SUPPORTED_LOCK_VERSION})`, 'update uv-workspace-sync, or regenerate the lock with the uv version your project pins');
    }
    const manifest = (doc.manifest ?? {});
    const members = Array.isArray(manifest.members) ? manifest.members.map((m) => (0,workspace_names/* normalizeName */.P)(String(m))).sort() : [];
    return { version, revision: typeof doc.revision === 'number' ? doc.revision : 0, members, packages };
}
/**
 * The selected entries, each parsed on its own: the parser's tree of one
 * entry is garbage as soon as the entry is read, instead of the tree of all
 * of them living until the last one is read (at 2000 members that tree is
 * most of what the garbage collector copies). Undefined unless every entry
 * holds exactly one `[[package]]` and the head none, so that the result is
 * the one parsing the selected text whole gives; the caller then does that.
 */
function parseSelected(selected, file) {
    const head = lockfile_parseToml(selected.head, file);
    if (head.package !== undefined)
        return undefined;
    const packages = [];
    for (const entry of selected.entries) {
        const doc = lockfile_parseToml(entry, file);
        const list = doc.package;
        if (!Array.isArray(list) || list.length !== 1 || Object.keys(doc).length !== 1)
            return undefined;
        const pkg = readPackage(list[0]);
        if (pkg)
            packages.push(pkg);
    }
    return lockOf(head, packages, file);
}
/**
 * Parses uv.lock text. `file` names the lock in errors (repository-relative
 * path is best). Throws a UserError for invalid TOML (with the line) and for
 * a lock version this reader does not know. With `only`, `packages` holds
 * just the entries whose (normalised) name it accepts; an error anywhere in
 * the lock is still reported, with the line of the whole file.
 */
function parseLock(text, file, only) {
    if (only) {
        const selected = selectPackages(text, only);
        if (selected !== undefined) {
            try {
                const lock = parseSelected(selected, file);
                if (lock)
                    return lock;
            }
            catch {
                // Report against the whole file, with its real line numbers.
            }
        }
        return filterPackages(parseLock(text, file), only);
    }
    const doc = lockfile_parseToml(text, file);
    const packages = [];
    for (const raw of Array.isArray(doc.package) ? doc.package : []) {
        const pkg = readPackage(raw);
        if (pkg)
            packages.push(pkg);
    }
    return lockOf(doc, packages, file);
}
function filterPackages(lock, only) {
    return { ...lock, packages: lock.packages.filter((p) => only(p.name)) };
}

// EXTERNAL MODULE: ./src/workspace/symlink-listing.ts
var symlink_listing = __webpack_require__(1783);
;// CONCATENATED MODULE: ./src/workspace/declared.ts
// The `[tool.uv-workspace-sync]` table (pure): inputs no tool can infer,
// declared in the pyproject.toml beside the code that has them, so the
// action and the CLI read the same ones. In the workspace root: `global` and
// `ignore` (the inputs and flags of the same names add to them); in a member:
// `inputs`, whose changes affect that member and its dependents. Every glob
// is relative to the directory of the pyproject.toml that declares it and is
// rebased here onto the repository root, where changed paths are compared
// (`../*/provider.yaml` in `providers/amazon` is `providers/*/provider.yaml`).


const TABLE = 'tool.uv-workspace-sync';
const declared_isTable = (v) => v !== null && typeof v === 'object' && !Array.isArray(v) && !(v instanceof Date);
const HINT = 'the table takes `global` and `ignore` in the workspace root and `inputs` in a member, each a list of globs relative to that pyproject.toml (README: "What counts as affected")';
function declared_stringList(place, key, value) {
    if (!Array.isArray(value) || value.some((v) => typeof v !== 'string')) {
        throw new errors/* UserError */.y(`${place.file}: \`${TABLE}.${key}\` must be a list of strings`, `write e.g. ${key} = ["../*/provider.yaml"]`);
    }
    return value;
}
const WILD = /[*?[\]{}\\]/;
/**
 * One glob relative to `dir`, from the repository root: `.` and `..`
 * resolved component by component (braces expanded first, since an
 * alternative may hold `..`). A `..` after a wildcard, or one that leaves
 * the repository, cannot be resolved and is an error.
 */
function rebaseGlob(dir, glob, where) {
    const bad = (why) => {
        throw new errors/* UserError */.y(`${where}: \`${glob}\` ${why}`, 'write globs relative to the directory of this pyproject.toml, e.g. `../*/provider.yaml` or `data/**`');
    };
    const text = glob.trim();
    if (text === '')
        bad('is empty');
    if (text.startsWith('/'))
        bad('starts with `/`');
    const out = [];
    for (const alternative of (0,workspace_globs/* expandBraces */.PH)(text)) {
        const parts = dir === '.' ? [] : dir.split('/');
        const fixed = parts.length;
        const components = alternative.split('/');
        components.forEach((c, i) => {
            if (c === '.' || (c === '' && i < components.length - 1))
                return;
            if (c !== '..')
                return void parts.push(c);
            const last = parts[parts.length - 1];
            if (last === undefined)
                bad('leaves the repository');
            if (parts.length > fixed && WILD.test(last))
                bad('has `..` after a wildcard, which cannot be resolved');
            parts.pop();
        });
        const rebased = parts.join('/');
        if (rebased === '')
            bad('names the repository itself');
        out.push(rebased);
    }
    return [...new Set(out)];
}
/** Each entry rebased; `!` entries keep their `!`. */
function rebaseAll(place, key, list) {
    return list.flatMap((g) => {
        const negated = g.trim().startsWith('!');
        const body = negated ? g.trim().slice(1) : g;
        return rebaseGlob(place.dir, body, `${place.file}: \`${TABLE}.${key}\``).map((r) => (negated ? `!${r}` : r));
    });
}
/**
 * The table of one parsed pyproject.toml, checked: an unknown key, a key in
 * the wrong place or a value that is no list of strings is a UserError
 * naming the file and the key. Undefined when there is no table. `placeOf`
 * is asked only then: most files hold none, and their names are made lazily.
 */
function readDeclared(doc, placeOf) {
    const tool = doc?.tool;
    const raw = declared_isTable(tool) ? tool['uv-workspace-sync'] : undefined;
    if (raw === undefined)
        return undefined;
    const place = placeOf();
    if (!declared_isTable(raw))
        throw new errors/* UserError */.y(`${place.file}: \`${TABLE}\` must be a table`, HINT);
    const out = { global: [], ignore: [], inputs: [], inputsExcept: [] };
    for (const [key, value] of Object.entries(raw)) {
        if (key === 'global' || key === 'ignore') {
            if (!place.root)
                throw new errors/* UserError */.y(`${place.file}: \`${TABLE}.${key}\` is read only in the workspace root (${place.rootFile})`, HINT);
            out[key] = rebaseAll(place, key, declared_stringList(place, key, value));
        }
        else if (key === 'inputs') {
            if (!place.member)
                throw new errors/* UserError */.y(`${place.file}: \`${TABLE}.inputs\` is read only in a workspace member (this virtual root is none)`, HINT);
            for (const entry of declared_stringList(place, key, value)) {
                const rebased = rebaseAll(place, key, [entry]);
                if (entry.trim().startsWith('!'))
                    out.inputsExcept.push(...rebased.map((r) => r.slice(1)));
                else
                    out.inputs.push({ declared: entry.trim(), globs: rebased });
            }
        }
        else {
            throw new errors/* UserError */.y(`${place.file}: unknown key \`${key}\` in [${TABLE}]`, HINT);
        }
    }
    return out;
}

;// CONCATENATED MODULE: ./src/workspace/ownership.ts
/**
 * The index (in `ws.members`) of the member that owns each path: the
 * deepest member directory that is the path or a parent of it, compared
 * component by component (a submodule's gitlink can be a member directory
 * itself). A project root at the repository root owns what no deeper member
 * owns; a virtual root owns nothing, and nothing outside the workspace root
 * is owned.
 */
function memberOwner(ws) {
    const byPath = new Map(ws.members.map((m, i) => [m.path, i]));
    const rootMember = ws.virtualRoot || ws.rootPath !== '.' ? -1 : ws.members.findIndex((m) => m.isRoot);
    const holder = deepestHolder([...byPath.keys()]);
    return (p) => {
        const dir = holder(p, true);
        return (dir === undefined ? undefined : byPath.get(dir)) ?? (rootMember >= 0 ? rootMember : undefined);
    };
}
/**
 * The deepest of `dirs` (normal, `/`-separated; '' is the root) that holds
 * path `p`, compared component by component; with `self`, `p` itself counts
 * (a submodule's gitlink can be a member directory). The one lookup of
 * member ownership and of the member files' owners (member-files.ts).
 */
function deepestHolder(dirs) {
    const known = new Set(dirs);
    const depth = deepest(dirs);
    return (p, self) => {
        // No directory has more than `depth` components: a longer path is looked up from that prefix down, not from its own full length.
        let cut = prefixEnd(p, depth);
        if (cut < 0) {
            if (self && known.has(p))
                return p;
            cut = p.lastIndexOf('/');
        }
        for (; cut > 0; cut = p.lastIndexOf('/', cut - 1)) {
            const dir = p.slice(0, cut);
            if (known.has(dir))
                return dir;
        }
        return known.has('') ? '' : undefined;
    };
}
/** The most `/`-separated components any of the directories has. */
function deepest(dirs) {
    let most = 0;
    for (const dir of dirs) {
        let n = 1;
        for (let i = dir.indexOf('/'); i >= 0; i = dir.indexOf('/', i + 1))
            n++;
        if (n > most)
            most = n;
    }
    return most;
}
/** Where the first `depth` components of `p` end (the index of the `/` after them), or -1 when `p` has no more than `depth` components. */
function prefixEnd(p, depth) {
    let cut = -1;
    for (let k = 0; k < depth; k++) {
        cut = p.indexOf('/', cut + 1);
        if (cut < 0)
            return -1;
    }
    return cut;
}

;// CONCATENATED MODULE: ./src/workspace/outside-load.ts
// Reads, when the workspace is loaded, what each member uses from outside its
// own directory (the IO step; matching changed paths against it is pure, in
// outside.ts):
// - `path` sources in `[tool.uv.sources]` that are no workspace member
//   (a vendored directory, a git submodule, a wheel or an sdist), the
//   member's own and the root's it falls back to, as uv lowers them, and
//   the path sources of such a directory's own pyproject.toml in turn;
// - symlinks inside the member whose target lies outside it (git lists the
//   target's files where they are, so a change there names no member);
// - the `[tool.uv-workspace-sync]` tables (declared.ts).









/** How deep path sources of path sources are followed (a cycle ends sooner). */
const MAX_SOURCE_DEPTH = 8;
/** Names a pyproject's requirement lists name (runtime, extras, groups, legacy dev-dependencies). */
function requiredNames(p) {
    const groups = Object.values(p.dependencyGroups).flatMap((items) => items.flatMap((i) => ('requirement' in i ? [i.requirement] : [])));
    const texts = [...p.dependencies, ...Object.values(p.optionalDependencies).flat(), ...groups, ...(p.devDependencies ?? [])];
    return new Set(texts.flatMap((t) => parseRequirement(t)?.name ?? []));
}
/** The `path` entries of a `[tool.uv.sources]` table (most have none: nothing is made for the `workspace = true` ones). */
function pathsOf(sources, dir) {
    const out = [];
    for (const name of Object.keys(sources)) {
        for (const s of sources[name])
            if (s.path !== undefined)
                out.push([name, external_node_path_default().resolve(dir, s.path)]);
    }
    return out;
}
/** `[package, absolute path]` of each `path` source a member's requirements resolve through. */
function declaredPathSources(m, rootPaths) {
    const out = pathsOf(m.pyproject.sources, m.dir);
    if (m.isRoot || rootPaths.length === 0)
        return out;
    // uv falls back to the root's sources for what the member names and does not source itself.
    const names = requiredNames(m.pyproject);
    return [...out, ...rootPaths.filter(([name]) => names.has(name) && !Object.hasOwn(m.pyproject.sources, name))];
}
/** The path sources of a directory source's own pyproject.toml (none when it has none or it cannot be read). */
function nestedPathSources(dir, fsr) {
    const text = fsr.kind(dir) === 'dir' ? fsr.readText(external_node_path_default().join(dir, 'pyproject.toml')) : undefined;
    if (text === undefined)
        return [];
    let pyproject;
    try {
        pyproject = loadPyproject(text, external_node_path_default().join(dir, 'pyproject.toml'));
    }
    catch {
        return []; // uv fails on it at sync time, and says why
    }
    return pathsOf(pyproject.sources, dir);
}
/** A repository-relative path, or undefined for one outside the repository (git reports no change there). */
function insideRepo(absRepo, abs) {
    const rel = repoRelative(absRepo, abs);
    return rel === '..' || rel.startsWith('../') || external_node_path_default().isAbsolute(rel) ? undefined : rel;
}
/** What pathSourceInputs compares each source with, made on its first `path` source (most workspaces have none). */
function sourceContext(ws, discovered) {
    return {
        memberDirs: new Set(discovered.map((m) => external_node_path_default().resolve(m.dir))),
        owner: memberOwner(ws),
        indexOf: new Map(ws.members.map((m, i) => [m.name, i])),
    };
}
function pathSourceInputs(ws, discovered, root, fsr) {
    let context;
    const rootPaths = pathsOf(root.pyproject.sources, root.dir);
    const out = [];
    for (const m of discovered) {
        let level = declaredPathSources(m, rootPaths);
        if (level.length === 0)
            continue;
        const { memberDirs, owner, indexOf } = (context ??= sourceContext(ws, discovered));
        const member = m.pyproject.name;
        const own = indexOf.get(member);
        const seen = new Set();
        for (let depth = 0; level.length > 0 && depth < MAX_SOURCE_DEPTH; depth++) {
            const next = [];
            for (const [name, abs] of level) {
                // A source that is a member is an edge between members (graph.ts), not an input.
                if (seen.has(abs) || memberDirs.has(abs))
                    continue;
                seen.add(abs);
                const rel = insideRepo(ws.repoRoot, abs);
                // A wheel kept in the member's own directory is the member's file already.
                if (rel !== undefined && rel !== '.' && owner(rel) !== own)
                    out.push({ member, kind: 'path-source', package: name, path: rel });
                next.push(...nestedPathSources(abs, fsr));
            }
            level = next;
        }
    }
    return out;
}
/**
 * The symlinks git tracks under the workspace root (relative to it), none
 * outside a git work tree: walking every member's directory for them added
 * 45% to loading a 2000-member workspace, and outside git the changed paths
 * are a list given by hand, in which a path under no member is still said
 * (unowned).
 */
function symlinksUnder(ws) {
    const listed = (0,symlink_listing/* listStaged */.t)(ws.root);
    const out = [];
    for (const record of listed?.toString('utf8').split('\0') ?? []) {
        // `<mode> <object> <stage>\t<path>`; 120000 is a symlink.
        if (record.startsWith('120000 '))
            out.push(record.slice(record.indexOf('\t') + 1));
    }
    return out;
}
function realOr(abs) {
    try {
        return external_node_fs_default().realpathSync(abs);
    }
    catch {
        return undefined;
    }
}
/** Where a symlink points, repository-relative: its real target (chains followed), or for a dangling one where it would be. */
function linkTarget(abs, absRepo, realRepo) {
    const real = realOr(abs);
    if (real !== undefined)
        return insideRepo(realRepo, real);
    try {
        return insideRepo(absRepo, external_node_path_default().resolve(external_node_path_default().dirname(abs), external_node_fs_default().readlinkSync(abs)));
    }
    catch {
        return undefined;
    }
}
const within = (p, dir) => p === dir || p.startsWith(`${dir}/`);
/** Symlinks inside members whose target lies outside the member but inside the repository. */
function symlinkInputs(ws) {
    const links = symlinksUnder(ws);
    if (links.length === 0)
        return [];
    const owner = memberOwner(ws);
    const realRepo = realOr(ws.repoRoot) ?? ws.repoRoot;
    const out = [];
    for (const rel of links) {
        const abs = external_node_path_default().join(ws.root, rel);
        const link = repoRelative(ws.repoRoot, abs);
        const i = owner(link);
        const target = i === undefined ? undefined : linkTarget(abs, ws.repoRoot, realRepo);
        if (i === undefined || target === undefined || target === '.')
            continue;
        // Inside the member: what it owns, or (a member reached through a link) its real directory.
        const member = ws.members[i];
        const realDir = insideRepo(realRepo, realOr(member.dir) ?? member.dir);
        if (owner(target) === i || (realDir !== undefined && realDir !== '.' && within(target, realDir)))
            continue;
        out.push({ member: member.name, kind: 'symlink', link, path: target });
    }
    return out;
}
/** The members' declared `inputs`, as inputs. */
function declaredInputs(tables) {
    const out = [];
    for (const [member, table] of tables) {
        for (const { declared, globs } of table.inputs) {
            for (const glob of globs)
                out.push({ member, kind: 'declared', declared, glob, except: table.inputsExcept });
        }
    }
    return out;
}
const inputKey = (i) => `${i.member}\0${i.kind}\0${i.kind === 'declared' ? i.glob : i.path}`;
/**
 * Every member's inputs outside its directory and the root's declared
 * globs, for loadWorkspace. `realFs`: the workspace is on disk (not a test's
 * FsReader), so its symlinks can be listed.
 */
function loadOutside(ws, discovered, root, fsr, realFs) {
    // Named only for a message or a table: most roots hold neither.
    const rootFile = () => root.pyproject.file;
    const tables = new Map();
    let declared;
    const rootTable = readDeclared(root.pyproject.table, () => ({ file: rootFile(), dir: ws.rootPath, root: true, member: !ws.virtualRoot, rootFile: rootFile() }));
    if (rootTable && rootTable.global.length + rootTable.ignore.length > 0)
        declared = { file: rootFile(), global: rootTable.global, ignore: rootTable.ignore };
    for (const m of discovered) {
        const table = m.isRoot ? rootTable : readDeclared(m.pyproject.table, () => ({ file: m.pyproject.file, dir: repoRelative(ws.repoRoot, m.dir), root: false, member: true, rootFile: rootFile() }));
        if (table)
            tables.set(m.pyproject.name, table);
    }
    const all = [...pathSourceInputs(ws, discovered, root, fsr), ...(realFs ? symlinkInputs(ws) : []), ...declaredInputs(tables)];
    const unique = new Map(all.map((i) => [inputKey(i), i]));
    const inputs = [...unique.values()].sort((a, b) => (0,src_text/* compareStrings */.Kt)(inputKey(a), inputKey(b)));
    return { ...(inputs.length > 0 ? { inputs } : {}), ...(declared ? { declared } : {}) };
}

;// CONCATENATED MODULE: ./src/workspace/index.ts
// The workspace model in one call: discovery, uv.lock, edges. Everything else
// (the action, the CLI, the affected engine) starts from loadWorkspace.







/**
 * Each loaded workspace's parsed member pyproject.toml files, by member name:
 * the surface step (member-files.ts) reads them again otherwise. Kept beside
 * the Workspace rather than in it, so the model stays the facts it states.
 */
const tables = new WeakMap();
/** The parsed pyproject.toml of a member of a workspace loadWorkspace returned (undefined for any other). */
function parsedPyproject(ws, name) {
    return tables.get(ws)?.get(name);
}
/** The lock to read: --lock when given (it must exist), else <workspace root>/uv.lock when there is one. */
function readLock(lockFile, absRepo, root, fsr, onlyMembers) {
    if (lockFile !== undefined) {
        const lockPath = fsr.diskCase?.(external_node_path_default().resolve(absRepo, lockFile)) ?? external_node_path_default().resolve(absRepo, lockFile);
        const text = fsr.readText(lockPath);
        if (text === undefined) {
            throw new errors/* UserError */.y(`lock file '${repoRelative(absRepo, lockPath)}' does not exist`, 'pass the path of the uv.lock to read, or drop --lock to use <workspace root>/uv.lock');
        }
        return { lock: parseLock(text, repoRelative(absRepo, lockPath), onlyMembers), lockPath };
    }
    const candidate = external_node_path_default().join(root, 'uv.lock');
    const text = fsr.readText(candidate);
    // No lock is fine: the pyproject files alone still give the graph.
    if (text === undefined)
        return {};
    return { lock: parseLock(text, repoRelative(absRepo, candidate), onlyMembers), lockPath: candidate };
}
/**
 * A lock naming members this checkout lacks is stale (a member was removed
 * without `uv lock`) or the member is not checked out; the lock's edges to
 * them are dropped, so say it rather than guess.
 */
function staleLockWarning(lock, lockPath, members, absRepo) {
    const present = new Set(members.map((m) => m.name));
    const gone = lock.members.filter((name) => !present.has(name));
    if (gone.length === 0)
        return undefined;
    return `${repoRelative(absRepo, lockPath)} lists ${gone.length === 1 ? 'member' : 'members'} ${gone.map((n) => `\`${n}\``).join(', ')} that ${gone.length === 1 ? 'is' : 'are'} not in this checkout of the workspace; if ${gone.length === 1 ? 'it was' : 'they were'} removed, run \`uv lock\` and commit uv.lock`;
}
/**
 * Loads the uv workspace that `dir` (absolute, or relative to `repoRoot`)
 * belongs to. Every problem a user can cause is a UserError naming the file.
 */
function loadWorkspace(dir, repoRoot, options = {}) {
    const fsr = options.fs ?? nodeFs;
    // In the letter case the file system stores (disk-case.ts), as member directories are.
    const absRepo = fsr.diskCase?.(external_node_path_default().resolve(repoRoot)) ?? external_node_path_default().resolve(repoRoot);
    const discovered = discoverWorkspace(external_node_path_default().resolve(absRepo, dir), absRepo, fsr);
    const { root } = discovered;
    // Only the members' own lock entries give edges (graph.ts lockEdges).
    const memberNames = new Set(discovered.members.map((m) => m.pyproject.name));
    const onlyMembers = (name) => memberNames.has(name);
    const { lock, lockPath } = readLock(options.lockFile, absRepo, root, fsr, onlyMembers);
    const graphMembers = discovered.members.map((m) => ({ name: m.pyproject.name, dir: m.dir, pyproject: m.pyproject }));
    const edges = buildEdges(graphMembers, { dir: root, pyproject: discovered.rootPyproject }, lock, discovered.storedCase);
    const members = discovered.members.map((m) => {
        const p = m.pyproject;
        const groups = new Set(Object.keys(p.dependencyGroups));
        if (p.devDependencies)
            groups.add('dev');
        return {
            name: p.name,
            path: repoRelative(absRepo, m.dir),
            dir: m.dir,
            isRoot: m.isRoot,
            defaultGroups: p.defaultGroups,
            extras: Object.keys(p.optionalDependencies).sort(),
            groups: [...groups].sort(),
        };
    });
    members.sort((0,src_text.by)((m) => m.name));
    const warnings = [...discovered.warnings];
    const stale = lock && lockPath ? staleLockWarning(lock, lockPath, members, absRepo) : undefined;
    if (stale)
        warnings.push(stale);
    const ws = {
        repoRoot: absRepo,
        root,
        rootPath: repoRelative(absRepo, root),
        virtualRoot: !discovered.rootPyproject.hasProject,
        members,
        edges,
        warnings,
    };
    if (ws.virtualRoot) {
        const groupEdges = rootGroupEdges(graphMembers, { dir: root, pyproject: discovered.rootPyproject }, discovered.storedCase);
        if (groupEdges.length > 0)
            ws.rootGroupEdges = groupEdges;
    }
    if (lockPath)
        ws.lockPath = lockPath;
    Object.assign(ws, loadOutside(ws, discovered.members, { dir: root, pyproject: discovered.rootPyproject }, fsr, options.fs === undefined));
    tables.set(ws, new Map(discovered.members.flatMap((m) => (m.pyproject.table ? [[m.pyproject.name, m.pyproject.table]] : []))));
    return ws;
}
/** Names of the members `name` names directly, in any edge kind, sorted. */
function directDependencies(ws, name) {
    return [...new Set(ws.edges.filter((e) => e.from === name && e.to !== name).map((e) => e.to))].sort();
}

;// CONCATENATED MODULE: ./src/workspace/entry-kinds.ts
// What an entry is (a real directory, a symlink, missing), asked of many
// entries that share parents: the members of `packages/*` all live in one
// directory. A parent asked about often is listed once (one readdir with
// entry types) instead of an lstat per entry; a parent asked about rarely
// gets the lstat (listing a crowded repository root for one entry would cost more).


/**
 * Where a path's parent ends: the index of its last `/` when path.dirname
 * would cut there (a `/`-separated path ending in a name after a single
 * `/`), else -1 (path.dirname and path.basename decide). Members' directories
 * are such paths: one scan instead of two path calls for each of thousands.
 */
function plainCut(abs) {
    const cut = abs.lastIndexOf('/');
    return (external_node_path_default()).sep === '/' && cut > 0 && cut < abs.length - 1 && abs.charCodeAt(cut - 1) !== 47 ? cut : -1;
}
/** path.dirname(abs). */
function parentOf(abs) {
    const cut = plainCut(abs);
    return cut < 0 ? external_node_path_default().dirname(abs) : abs.slice(0, cut);
}
/** path.basename(abs). */
function nameOf(abs) {
    const cut = plainCut(abs);
    return cut < 0 ? external_node_path_default().basename(abs) : abs.slice(cut + 1);
}
/** How many entries of one parent make listing it cheaper than an lstat each. */
const LIST_FROM = 8;
/**
 * Kinds of the absolute paths in `expected` (and of any other path, by
 * lstat): parents holding at least LIST_FROM of them are listed once.
 */
function entryKinds(expected) {
    const perParent = new Map();
    for (const p of expected) {
        const parent = parentOf(p);
        perParent.set(parent, (perParent.get(parent) ?? 0) + 1);
    }
    const listings = new Map();
    const known = new Map();
    const listing = (parent) => {
        if (listings.has(parent))
            return listings.get(parent);
        let entries;
        try {
            entries = new Map(external_node_fs_default().readdirSync(parent, { withFileTypes: true }).map((e) => [e.name, e]));
        }
        catch {
            entries = undefined;
        }
        listings.set(parent, entries);
        return entries;
    };
    const byLstat = (abs) => {
        const stat = external_node_fs_default().lstatSync(abs, { throwIfNoEntry: false });
        return !stat ? 'missing' : stat.isSymbolicLink() ? 'link' : stat.isDirectory() ? 'dir' : 'other';
    };
    return (abs) => {
        let kind = known.get(abs);
        if (kind !== undefined)
            return kind;
        const cut = plainCut(abs);
        const parent = cut < 0 ? external_node_path_default().dirname(abs) : abs.slice(0, cut);
        const entries = parent !== abs && (perParent.get(parent) ?? 0) >= LIST_FROM ? listing(parent) : undefined;
        const entry = entries?.get(cut < 0 ? external_node_path_default().basename(abs) : abs.slice(cut + 1));
        // An entry whose type the listing does not give (unknown on some filesystems) is lstat'ed.
        kind = !entry ? byLstat(abs) : entry.isSymbolicLink() ? 'link' : entry.isDirectory() ? 'dir' : entry.isFile() ? 'other' : byLstat(abs);
        known.set(abs, kind);
        return kind;
    };
}

;// CONCATENATED MODULE: ./src/workspace/member-files.ts
// The files of each member and, from them, each member's surface
// (surface.ts). The one IO step: the file list comes from `git ls-files`
// (tracked plus untracked-but-not-ignored, so a new file counts) and, outside
// a git work tree, from a directory walk; how uv installs each member comes
// from the sync arguments and the workspace root's uv settings.













/** Directories a walk never enters: they hold no source a build ships. */
const WALK_SKIP = new Set(['.git', '.venv', 'node_modules', '__pycache__', '.tox', '.nox', '.mypy_cache', '.pytest_cache', '.ruff_cache']);
/**
 * Files below `absDir` (relative to it, after `prefix`): every entry that is
 * not a directory, symlinks included and not followed. `skip` names
 * directories (relative to the walk's start) that are not entered.
 */
function walk(absDir, prefix, out, skip) {
    let entries;
    try {
        entries = external_node_fs_default().readdirSync(absDir, { withFileTypes: true });
    }
    catch {
        return;
    }
    for (const e of entries) {
        const rel = prefix ? `${prefix}/${e.name}` : e.name;
        if (!e.isDirectory())
            out.push(rel);
        else if (!WALK_SKIP.has(e.name) && !skip?.(rel))
            walk(external_node_path_default().join(absDir, e.name), rel, out, skip);
    }
}
/** What git lists below `absDir` (relative to it), or undefined outside a git work tree. */
function gitFiles(absDir, only, trackedOnly = false) {
    if (!(0,git_tree/* mayBeGitWorkTree */.k)(absDir))
        return undefined;
    const list = ['ls-files', '--cached', ...(trackedOnly ? [] : ['--others', '--exclude-standard']), '-z', '--'];
    // `only`: directories (relative to absDir) taken literally, so a `*` in a name is no glob.
    const args = only ? ['--literal-pathspecs', ...list, ...only] : [...list, '.'];
    const out = (0,src_process/* runProcessSync */.gh)('git', args, { cwd: absDir, maxOutput: 256 * 1024 * 1024 });
    return out?.toString('utf8').split('\0').filter((f) => f !== '');
}
/**
 * How many changed members git is asked about by name; above it, one listing
 * of the whole workspace. `--others` makes git walk the directories it lists
 * for untracked files: a change to a few members should not walk them all.
 */
const MAX_PATHSPECS = 64;
/** The wanted members' directories for `git ls-files`, or undefined when the whole workspace must be listed. */
function pathspecsFor(ws, wanted) {
    if (wanted.length > MAX_PATHSPECS)
        return undefined;
    const dirs = wanted.map((m) => rootRelative(ws, m.path));
    // The root member owns what no other member does: all of it is needed; a member outside the root is outside the listing.
    return dirs.some((d) => d === '' || d === '..' || d.startsWith('../')) ? undefined : dirs;
}
/** Files below `absDir`, relative to it and `/`-separated: what git lists, or outside a git work tree every file on disk. */
function listFiles(absDir) {
    const listed = gitFiles(absDir);
    if (listed !== undefined)
        return listed;
    const files = [];
    walk(absDir, '', files);
    return files;
}
/**
 * One member's files on disk, walked only when a rule asks for the list,
 * and the one question uv_build asks (does its module directory hold a
 * file?) answered by looking at that directory alone. The answers are those
 * of a walk of the whole workspace root: a file belongs to the deepest
 * member directory holding it, the walk enters no symlinked or WALK_SKIP
 * directory, and a changed path (`extras`, member-relative) counts as a file.
 */
function diskTree(absRoot, memberRel, extras, memberDirs, isDir) {
    const abs = (rel) => (rel === '' ? absRoot : (external_node_path_default()).sep === '/' && !absRoot.endsWith('/') ? `${absRoot}/${rel}` : external_node_path_default().join(absRoot, rel));
    const under = (rel) => (memberRel === '' ? rel : `${memberRel}/${rel}`);
    // A directory the root walk enters: a real directory (lstat), not skipped, and not another member's.
    // `..` (a module-root outside the member): the walk lists nothing there for this member.
    const entered = (rel, name) => name !== '..' && !WALK_SKIP.has(name) && !memberDirs.has(rel) && isDir(abs(rel));
    // The root walk reaches the member's directory through real, unskipped directories (members' ones included).
    // Asked only when the changed paths do not answer (most of a large change's members never ask).
    let known;
    const reachable = () => (known ??= memberRel === '' || (!memberRel.startsWith('..') && everyPrefix(memberRel, (p, name) => !WALK_SKIP.has(name) && isDir(abs(p)))));
    const skip = (rel) => memberDirs.has(under(rel));
    let files;
    return {
        files: () => {
            if (files)
                return files;
            const walked = [];
            if (reachable())
                walk(abs(memberRel), '', walked, skip);
            return (files = extras.length === 0 ? walked : [...new Set([...walked, ...extras])]);
        },
        // '' is the member itself, never one of the directories a file list gives.
        hasDir: (rel) => {
            if (rel === '')
                return false;
            const below = `${rel}/`;
            if (extras.some((f) => f.startsWith(below)))
                return true;
            return reachable() && everyPrefix(rel, (p, name) => entered(under(p), name)) && holdsFile(abs(under(rel)), under(rel), (r) => memberDirs.has(r));
        },
    };
}
/**
 * A member's files as git lists them, asked first of what git tracks: a
 * directory that holds a tracked file holds a file of the whole listing too,
 * so a yes is final; a no asks the whole listing (untracked files included).
 */
function yesFirst(tracked, whole) {
    let trackedDirs;
    let wholeDirs;
    return {
        files: whole,
        hasDir: (rel) => (trackedDirs ??= dirsOfFiles(tracked)).has(rel) || (wholeDirs ??= dirsOfFiles(whole())).has(rel),
    };
}
/** The member's parsed pyproject.toml, or an empty table when the workspace was loaded otherwise (the cheap listing is then not tried). */
function tableOf(ws, m) {
    return parsedPyproject(ws, m.name) ?? {};
}
/** Whether `check` holds for every prefix of a `/`-separated path (`a`, `a/b`, ...), with its last component. */
function everyPrefix(rel, check) {
    let from = 0;
    for (;;) {
        const cut = rel.indexOf('/', from);
        const prefix = cut < 0 ? rel : rel.slice(0, cut);
        if (!check(prefix, prefix.slice(from)))
            return false;
        if (cut < 0)
            return true;
        from = cut + 1;
    }
}
/** Whether a walk of `absDir` (at `rel` under the root) finds a file: the first one ends the look. */
function holdsFile(absDir, rel, isMember) {
    let entries;
    try {
        entries = external_node_fs_default().readdirSync(absDir, { withFileTypes: true });
    }
    catch {
        return false;
    }
    if (entries.some((e) => !e.isDirectory()))
        return true;
    return entries.some((e) => !WALK_SKIP.has(e.name) && !isMember(`${rel}/${e.name}`) && holdsFile(external_node_path_default().join(absDir, e.name), `${rel}/${e.name}`, isMember));
}
/** A repository-relative member path relative to the workspace root ('' for the root). */
function rootRelative(ws, p) {
    // Member paths are normal and mostly below the root: a slice, not path.relative, for each of thousands.
    if (ws.rootPath === '.')
        return p === '.' ? '' : p;
    if (p.startsWith(`${ws.rootPath}/`))
        return p.slice(ws.rootPath.length + 1);
    return external_node_path_default().posix.relative(ws.rootPath, p === '.' ? '' : p);
}
/**
 * Each member's files, relative to the member directory: a file belongs to
 * the deepest member directory that holds it (the same rule as ownership).
 * `files` are relative to the workspace root.
 */
function filesByMember(ws, files) {
    const byDir = new Map(ws.members.map((m) => [rootRelative(ws, m.path), m.name]));
    const out = new Map(ws.members.map((m) => [m.name, []]));
    const holder = deepestHolder([...byDir.keys()]);
    for (const f of files) {
        const dir = holder(f, false);
        if (dir !== undefined)
            out.get(byDir.get(dir)).push(dir === '' ? f : f.slice(dir.length + 1));
    }
    return out;
}
/**
 * Every member's surface, by name. `changed` (repository-relative)
 * joins the file list: a deleted file still counts for the backend's
 * discovery, so deleting a member's only module is a shipped change. A
 * pyproject.toml that cannot be read here (it was read once already by
 * loadWorkspace) makes that member's whole directory its surface rather than
 * failing the run. `syncArgs` says how `uv sync` installs the members
 * (editable unless `--no-editable`, and the backend settings it passes).
 */
function loadSurfaces(ws, changed = [], files, syncArgs = selection/* NO_SYNC_ARGS */.k3) {
    const prefix = ws.rootPath === '.' ? '' : `${ws.rootPath}/`;
    const extra = changed.filter((p) => p.startsWith(prefix)).map((p) => p.slice(prefix.length));
    const extraByMember = filesByMember(ws, extra);
    // Only members that own a changed path need a surface (all of them when no change is given).
    const wanted = changed.length === 0 ? ws.members : ws.members.filter((m) => extraByMember.get(m.name).length > 0);
    const out = new Map();
    if (wanted.length === 0)
        return out;
    const withExtra = (list) => filesByMember(ws, extra.length === 0 ? list : [...new Set([...list, ...extra])]);
    let filesOf = files === undefined ? fromGit(ws, wanted, withExtra) : undefined;
    if (files !== undefined) {
        const perMember = withExtra(files);
        filesOf = (m) => perMember.get(m.name) ?? [];
    }
    else if (!filesOf) {
        // Outside git: each wanted member's own directory, and only as far as its backend asks.
        const memberDirs = new Set(ws.members.map((m) => rootRelative(ws, m.path)));
        // Is the path a directory itself (a symlink is not)? The members' parents are listed once, not lstat'ed per member.
        const kinds = entryKinds(wanted.map((m) => m.dir));
        const isDir = (abs) => kinds(abs) === 'dir';
        filesOf = (m) => diskTree(ws.root, rootRelative(ws, m.path), extraByMember.get(m.name) ?? [], memberDirs, isDir);
    }
    // Read only when a rule asks for them (setuptools' editable_mode).
    let fromConfig;
    const rootSettings = () => (fromConfig ??= rootConfigSettings(ws));
    for (const m of wanted)
        out.set(m.name, surfaceOf(ws, m, filesOf(m), syncArgs, rootSettings));
    return out;
}
/**
 * `config-settings` and `config-settings-package` of the workspace root's
 * uv settings: its uv.toml when there is one (uv then ignores the
 * pyproject.toml's `[tool.uv]`), else `[tool.uv]`. Unreadable: none (the
 * workspace load reported the pyproject.toml already).
 */
function rootConfigSettings(ws) {
    const all = {};
    const byPackage = new Map();
    const strings = (t, into) => {
        if (t && typeof t === 'object' && !Array.isArray(t))
            for (const [k, v] of Object.entries(t))
                if (typeof v === 'string')
                    into[k] = v;
    };
    try {
        const uvToml = (0,read_file/* readBoundedText */.H)(external_node_path_default().join(ws.root, 'uv.toml'));
        const file = uvToml !== undefined ? 'uv.toml' : 'pyproject.toml';
        const text = uvToml ?? (0,read_file/* readBoundedText */.H)(external_node_path_default().join(ws.root, 'pyproject.toml'));
        const table = text === undefined ? {} : parseToml(text, external_node_path_default().posix.join(ws.rootPath, file));
        const tool = table.tool;
        const uv = (uvToml !== undefined ? table : tool?.uv);
        strings(uv?.['config-settings'], all);
        for (const [name, t] of Object.entries(uv?.['config-settings-package'] ?? {})) {
            const into = {};
            strings(t, into);
            byPackage.set((0,workspace_names/* normalizeName */.P)(name), into);
        }
    }
    catch {
        // Nothing more to say: an unreadable root pyproject.toml failed the workspace load already.
    }
    return { all, byPackage };
}
/**
 * The wanted members' files as git lists them (tracked, and untracked but
 * not ignored), or undefined outside a git work tree. When every wanted
 * member only asks whether a directory holds a file (uv_build), what git
 * tracks is asked first: reading the index walks no directory, and `--others`
 * is run only if some answer needs it.
 */
function fromGit(ws, wanted, withExtra) {
    // Outside a git work tree git lists nothing: asked first, before every wanted member's backend is looked at.
    if (!(0,git_tree/* mayBeGitWorkTree */.k)(ws.root))
        return undefined;
    const pathspecs = pathspecsFor(ws, wanted);
    const tracked = wanted.every((m) => asksOnlyForDirectories(tableOf(ws, m))) ? gitFiles(ws.root, pathspecs, true) : undefined;
    if (tracked === undefined) {
        const listed = gitFiles(ws.root, pathspecs);
        if (listed === undefined)
            return undefined;
        const perMember = withExtra(listed);
        return (m) => perMember.get(m.name) ?? [];
    }
    const perMember = withExtra(tracked);
    let whole;
    // If git fails the second time, what it tracks is the list: fewer files can only widen a uv_build surface.
    const all = () => (whole ??= withExtra(gitFiles(ws.root, pathspecs) ?? tracked));
    return (m) => yesFirst(perMember.get(m.name) ?? [], () => all().get(m.name) ?? []);
}
/** One member's surface, from the pyproject.toml loadWorkspace parsed (read again only for a workspace loaded otherwise). */
function surfaceOf(ws, m, files, syncArgs, rootSettings) {
    try {
        const table = parsedPyproject(ws, m.name) ?? parseToml(external_node_fs_default().readFileSync(external_node_path_default().join(m.dir, 'pyproject.toml'), 'utf8'), external_node_path_default().posix.join(m.path, 'pyproject.toml'));
        return computeSurface(table, files, {
            editable: (0,selection/* installsEditable */.bj)(syncArgs, m.name),
            get configSettings() {
                return (0,selection/* configSettingsFor */.X$)(syncArgs, m.name, rootSettings());
            },
            readFile: (rel) => (0,read_file/* readBoundedText */.H)(external_node_path_default().join(m.dir, rel), external_node_path_default().posix.join(m.path, rel)),
        });
    }
    catch (error) {
        return { kind: 'whole', backend: 'unknown', why: `its pyproject.toml could not be read: ${(0,errors/* formatError */.W)(error)}` };
    }
}

;// CONCATENATED MODULE: ./src/workspace/reach.ts
// Depth-first reachability over a state graph given as adjacency lists: the
// one walk both install closures use (members in closure.ts, locked packages
// in lockdiff.ts). Iterative, so deep chains cannot overflow the stack.
/** Calls `visit` once for every state reachable from `starts` (the starts included). */
function forEachReachable(out, starts, visit) {
    const seen = new Uint8Array(out.length);
    const stack = [];
    for (const s of starts) {
        if (!seen[s]) {
            seen[s] = 1;
            stack.push(s);
        }
    }
    while (stack.length > 0) {
        const s = stack.pop();
        visit(s);
        for (const t of out[s]) {
            if (!seen[t]) {
                seen[t] = 1;
                stack.push(t);
            }
        }
    }
}

;// CONCATENATED MODULE: ./src/workspace/closure.ts
// The install closure: which members `uv sync --package Y` installs.
//
// The graph is over install states, not members, because what uv installs of
// a member depends on the extras asked of it:
//   root(Y)   the sync of Y itself: Y, its selected extras, its selected groups
//   base(X)   X is installed: its runtime dependencies follow
//   X[e]      extra e of X is installed: X itself and the extra's dependencies
// Groups are only ever followed from root(Y): uv installs the groups of the
// package it syncs, never those of the members it pulls in. Cycles (through
// extras, groups or plain runtime deps) need no special case: every walk marks
// what it has seen.


const rootState = (g, member) => member;
const baseState = (g, member) => g.names.length + member;
/** Builds the state graph for a workspace and the install selection of `sync-args`. */
function buildInstallGraph(ws, syncArgs) {
    return buildWithSelection(ws, syncArgs.selection);
}
/**
 * The states of the graph: root(i) and base(i) for each member i, then one
 * state per (member, extra) made on first use; `out` holds the edges.
 */
function newStates(n) {
    const memberOf = [];
    const extraOf = [];
    for (let i = 0; i < 2 * n; i++) {
        memberOf.push(i % n);
        extraOf.push('');
    }
    const extraIds = new Map();
    const out = [];
    for (let i = 0; i < 2 * n; i++)
        out.push([]);
    const extraState = (member, extra) => {
        const key = `${member}\0${extra}`;
        let id = extraIds.get(key);
        if (id === undefined) {
            id = memberOf.length;
            memberOf.push(member);
            extraOf.push(extra);
            extraIds.set(key, id);
            // Installing X[e] installs X.
            out.push([n + member]);
        }
        return id;
    };
    const link = (from, to, extras) => {
        out[from].push(n + to);
        for (const e of extras)
            out[from].push(extraState(to, e));
    };
    return { memberOf, extraOf, out, extraState, link };
}
/**
 * Each list deduplicated in place (the builder's own arrays, compacted:
 * not a copy of each of thousands), keeping first-seen order
 * (deterministic), and the reverse edges.
 */
function finishEdges(out) {
    const stamp = new Int32Array(out.length).fill(-1);
    const inArr = [];
    for (let from = 0; from < out.length; from++) {
        inArr.push([]);
        const list = out[from];
        let kept = 0;
        for (const to of list) {
            if (stamp[to] !== from) {
                stamp[to] = from;
                list[kept++] = to;
            }
        }
        list.length = kept;
    }
    for (let from = 0; from < out.length; from++)
        for (const to of out[from])
            inArr[to].push(from);
    return { out, in: inArr };
}
function buildWithSelection(ws, sel) {
    const names = ws.members.map((m) => m.name);
    const n = names.length;
    const index = new Map(names.map((name, i) => [name, i]));
    const { memberOf, extraOf, out, extraState, link } = newStates(n);
    const rootGroups = new Map();
    const byFrom = new Map();
    for (const edge of ws.edges) {
        let list = byFrom.get(edge.from);
        if (!list)
            byFrom.set(edge.from, (list = []));
        list.push(edge);
    }
    // The workspace root's group edges, for targets that lack the group (see selection.ts).
    const rootMember = ws.members.find((m) => m.isRoot);
    const rootGroupEdges = [...(ws.rootGroupEdges ?? []), ...(rootMember ? (byFrom.get(rootMember.name) ?? []) : [])].filter((e) => e.kind.startsWith('group:'));
    const recordGroup = (i, to, group) => {
        const key = i * n + to;
        const known = rootGroups.get(key);
        if (known === undefined || group < known)
            rootGroups.set(key, group);
    };
    for (let i = 0; i < n; i++) {
        const member = ws.members[i];
        if (!member.isRoot) {
            for (const edge of rootGroupEdges) {
                const group = edge.kind.slice(6);
                const to = index.get(edge.to);
                if (to === undefined || member.groups.includes(group) || !(0,selection/* rootGroupSelected */.f$)(sel, group))
                    continue;
                link(i, to, edge.extras);
                recordGroup(i, to, group);
            }
        }
        if (!sel.onlyGroups)
            out[i].push(n + i);
        for (const e of (0,selection/* selectedExtras */.lL)(sel, member))
            out[i].push(extraState(i, e));
        for (const edge of byFrom.get(member.name) ?? []) {
            const to = index.get(edge.to);
            if (to === undefined)
                continue; // a lock edge to a member missing from the checkout
            if (edge.kind === 'runtime')
                link(n + i, to, edge.extras);
            else if (edge.kind.startsWith('extra:'))
                link(extraState(i, edge.kind.slice(6)), to, edge.extras);
            else {
                const group = edge.kind.slice(6);
                if (!(0,selection/* groupSelected */.fV)(sel, member, group))
                    continue;
                link(i, to, edge.extras);
                recordGroup(i, to, group);
            }
        }
    }
    return { names, index, memberOf, extraOf, ...finishEdges(out), rootGroups };
}
const graphCache = new WeakMap();
/** The graph for (ws, syncArgs), built once per workspace object and argument list. */
function installGraph(ws, syncArgs = selection/* NO_SYNC_ARGS */.k3) {
    let perArgs = graphCache.get(ws);
    if (!perArgs)
        graphCache.set(ws, (perArgs = new Map()));
    const key = syncArgs.words.join('\0');
    let g = perArgs.get(key);
    if (!g)
        perArgs.set(key, (g = buildInstallGraph(ws, syncArgs)));
    return g;
}
/** Members reached from root(member), including the member itself. */
function closureOf(g, member) {
    const members = new Set([g.names[member]]);
    forEachReachable(g.out, [rootState(g, member)], (s) => members.add(g.names[g.memberOf[s]]));
    return members;
}
/**
 * The members `uv sync --package <member>` installs (the member included),
 * given the `uv sync` arguments. Throws for a name that is not a member.
 */
function installClosure(ws, member, syncArgs = selection/* NO_SYNC_ARGS */.k3) {
    const g = installGraph(ws, syncArgs);
    const i = g.index.get(member);
    if (i === undefined)
        throw new Error(`installClosure: '${member}' is not a member of the workspace at ${ws.rootPath}`);
    return closureOf(g, i);
}
/**
 * Every member whose install closure contains one of `changed` (member
 * indices), each with the path to the nearest changed member. One reverse
 * breadth-first walk from all changed members at once: linear in the graph,
 * however many paths changed. Changed members themselves are not in the result.
 */
function dependentsOf(g, changed) {
    const n = g.names.length;
    // next[s] is the state one step closer to a changed member.
    const next = new Int32Array(g.out.length).fill(-2);
    const queue = [];
    const isChanged = new Uint8Array(n);
    for (const c of [...changed].sort((a, b) => a - b)) {
        isChanged[c] = 1;
        const s = baseState(g, c);
        if (next[s] === -2) {
            next[s] = -1;
            queue.push(s);
        }
    }
    for (let head = 0; head < queue.length; head++) {
        const s = queue[head];
        for (const p of g.in[s]) {
            if (next[p] === -2) {
                next[p] = s;
                queue.push(p);
            }
        }
    }
    const result = new Map();
    for (let y = 0; y < n; y++) {
        if (isChanged[y] || next[y] === -2)
            continue;
        // Walk from root(y) past y's own states to the first state of another member.
        let prev = y;
        let s = next[y];
        while (s >= 0 && g.memberOf[s] === y) {
            prev = s;
            s = next[s];
        }
        if (s < 0)
            continue; // cannot happen: y is not changed
        const hopMember = g.memberOf[s];
        let target = s;
        while (next[target] >= 0)
            target = next[target];
        const hop = g.names[hopMember];
        result.set(g.names[y], {
            target: g.names[g.memberOf[target]],
            hop,
            hopExtra: g.extraOf[s],
            via: describeVia(g, y, prev, hopMember),
        });
    }
    return result;
}
/**
 * A walk per member over what its sync installs, for the reasons: the
 * members of `isCause` (by index) that `uv sync --package <y>` installs,
 * other than y: the nearest `limit` with the path to each, and how many in
 * all. One breadth-first walk over y's install closure; the buffers are
 * shared between the calls.
 */
function causeWalker(g, isCause, limit) {
    const states = g.out.length;
    const seen = new Int32Array(states);
    // For a state reached: the first state of another member on the way to it, and y's own state before that.
    const hop = new Int32Array(states);
    const from = new Int32Array(states);
    const queue = new Int32Array(states);
    let walk = 0;
    return (y) => {
        const nearest = [];
        let total = 0;
        let tail = 0;
        walk++;
        seen[rootState(g, y)] = walk;
        hop[rootState(g, y)] = -1;
        queue[tail++] = rootState(g, y);
        for (let head = 0; head < tail; head++) {
            const s = queue[head];
            for (const t of g.out[s]) {
                if (seen[t] === walk)
                    continue;
                seen[t] = walk;
                queue[tail++] = t;
                const m = g.memberOf[t];
                // Still y's own states (its root, base, extras): no hop yet; the first other member's state is the hop.
                const leaving = hop[s] === -1;
                hop[t] = m === y ? -1 : leaving ? t : hop[s];
                from[t] = leaving ? s : from[s];
                if (m === y || !isCause[m] || t !== baseState(g, m))
                    continue;
                if (++total > limit)
                    continue;
                const h = hop[t];
                nearest.push({ target: g.names[m], hop: g.names[g.memberOf[h]], hopExtra: g.extraOf[h], via: describeVia(g, y, from[t], g.memberOf[h]) });
            }
        }
        return { nearest, total };
    };
}
/**
 * How `uv sync --package <from>` comes to install `to` (member indices): the
 * hops of one shortest path through the install states, from `from` on;
 * undefined when it does not install it.
 */
function installChain(g, from, to) {
    const parent = new Int32Array(g.out.length).fill(-2);
    const start = rootState(g, from);
    parent[start] = -1;
    const queue = [start];
    for (let head = 0; head < queue.length && parent[baseState(g, to)] === -2; head++) {
        for (const t of g.out[queue[head]]) {
            if (parent[t] !== -2)
                continue;
            parent[t] = queue[head];
            queue.push(t);
        }
    }
    if (parent[baseState(g, to)] === -2)
        return undefined;
    const states = [];
    for (let s = baseState(g, to); s >= 0; s = parent[s])
        states.unshift(s);
    const hops = [];
    // A hop where the member changes; the state left is the holder's own (its base, an extra, or its root).
    for (let i = 1; i < states.length; i++) {
        const [a, b] = [states[i - 1], states[i]];
        const [ma, mb] = [g.memberOf[a], g.memberOf[b]];
        if (ma === mb)
            continue;
        hops.push({ member: g.names[ma], installs: g.names[mb], extra: g.extraOf[b], via: describeVia(g, ma, a, mb) });
    }
    return hops;
}
/** Does another member's sync install `member` (directly, or through an extra asked of it)? */
function hasInstallers(g, member) {
    for (const s of g.in[baseState(g, member)]) {
        if (g.memberOf[s] !== member)
            return true;
        // An extra of the member installs it; who asks for the extra?
        if (s !== rootState(g, member) && s !== baseState(g, member) && g.in[s].some((p) => g.memberOf[p] !== member))
            return true;
    }
    return false;
}
// The kind of y's own edge that leads to the hop.
function describeVia(g, y, from, hop) {
    if (from === baseState(g, y))
        return { kind: 'runtime' };
    if (from !== rootState(g, y))
        return { kind: 'extra', extra: g.extraOf[from] };
    // A group edge was the shortest way, but a runtime edge is the plainer story.
    if (g.out[baseState(g, y)].includes(baseState(g, hop)))
        return { kind: 'runtime' };
    return { kind: 'group', group: g.rootGroups.get(y * g.names.length + hop) ?? '' };
}

;// CONCATENATED MODULE: ./src/workspace/lockdiff.ts



/** Lock entries by package name (a forked lock has several per name). */
function entriesByName(lock) {
    const byName = new Map();
    lock.packages.forEach((p, i) => {
        const list = byName.get(p.name);
        if (list)
            list.push(i);
        else
            byName.set(p.name, [i]);
    });
    return byName;
}
function buildLockGraph(lock) {
    const byName = entriesByName(lock);
    const pkgOf = lock.packages.map((_, i) => i);
    const extraOf = lock.packages.map(() => '');
    const out = lock.packages.map(() => []);
    const extraIds = new Map();
    const pending = [];
    const extraState = (pkg, extra) => {
        const key = `${pkg}\0${extra}`;
        let id = extraIds.get(key);
        if (id === undefined) {
            id = pkgOf.length;
            pkgOf.push(pkg);
            extraOf.push(extra);
            out.push([]);
            extraIds.set(key, id);
            pending.push(id);
        }
        return id;
    };
    const resolve = (deps) => {
        const targets = [];
        for (const dep of deps) {
            for (const id of byName.get(dep.name) ?? []) {
                const pkg = lock.packages[id];
                // Forked locks name the exact version (and source) a dependency uses.
                if (dep.version !== undefined && pkg.version !== dep.version)
                    continue;
                if (dep.source !== undefined && pkg.source !== dep.source)
                    continue;
                targets.push(id);
                for (const e of dep.extras)
                    targets.push(extraState(id, e));
            }
        }
        return targets;
    };
    const settle = () => {
        while (pending.length > 0) {
            const s = pending.pop();
            const pkg = lock.packages[pkgOf[s]];
            // Installing an extra installs the package itself.
            out[s] = [pkgOf[s], ...resolve(ownEntry(pkg.optionalDependencies, extraOf[s]) ?? [])];
        }
    };
    lock.packages.forEach((p, i) => {
        out[i] = resolve(p.dependencies);
    });
    settle();
    // A local file's hash is part of what is installed: a rebuild with the same name and version is another install.
    const identity = lock.packages.map((p) => `${p.name}\0${p.version ?? ''}\0${p.source}${p.hash === undefined ? '' : `\0${p.hash}`}`);
    return { lock, byName, pkgOf, out, extraState, resolve, settle, identity };
}
/** The lock entry of a workspace member: the local (editable, virtual, directory) one when names repeat. */
function memberPackage(g, name) {
    const ids = g.byName.get(name) ?? [];
    return ids.find((id) => !/^(registry|url|git)=/.test(g.lock.packages[id].source)) ?? ids[0];
}
/** Identities (`name\0version\0source`) of what `uv sync --package member` installs according to this lock. */
function memberClosure(g, member, sel, rootName) {
    const result = new Set();
    const root = memberPackage(g, member.name);
    if (root === undefined)
        return result;
    const pkg = g.lock.packages[root];
    const starts = [];
    if (!sel.onlyGroups)
        starts.push(root);
    const extras = (0,selection/* selectedExtras */.lL)(sel, { ...member, extras: Object.keys(pkg.optionalDependencies) });
    for (const e of extras)
        starts.push(g.extraState(root, e));
    for (const [group, deps] of Object.entries(pkg.devDependencies)) {
        if ((0,selection/* groupSelected */.fV)(sel, member, group))
            starts.push(...g.resolve(deps));
    }
    // Explicitly asked groups the member lacks come from a project root (see selection.ts).
    const rootPkg = rootName !== undefined && rootName !== member.name ? memberPackage(g, rootName) : undefined;
    if (rootPkg !== undefined) {
        for (const [group, deps] of Object.entries(g.lock.packages[rootPkg].devDependencies)) {
            if (!(group in pkg.devDependencies) && !member.groups.includes(group) && (0,selection/* rootGroupSelected */.f$)(sel, group))
                starts.push(...g.resolve(deps));
        }
    }
    g.settle();
    forEachReachable(g.out, starts, (s) => result.add(g.identity[g.pkgOf[s]]));
    return result;
}
/** Versions of a package's lock entries (`(dynamic)` when the lock records none), deduplicated and sorted. */
function versions(ids) {
    return [...new Set(ids.map((id) => id.split('\0')[1] || '(dynamic)'))].sort();
}
/** Identities without a local file's hash. */
const withoutHash = (ids) => [...new Set(ids.map((id) => id.split('\0').slice(0, 3).join('\0')))].sort().join('\n');
/**
 * Members (of `members`, the workspace at head) whose installed packages
 * differ between the base and head locks, with each changed package and its
 * versions on both sides (the affected engine turns them into reasons).
 */
function attributeLockChange(base, head, members, sel) {
    const bg = buildLockGraph(base);
    const hg = buildLockGraph(head);
    const baseMembers = new Set(base.members);
    const headMembers = new Set(head.members);
    const result = new Map();
    const rootName = members.find((m) => m.isRoot)?.name;
    for (const member of members) {
        if (headMembers.has(member.name) !== baseMembers.has(member.name)) {
            result.set(member.name, { membership: headMembers.has(member.name) ? 'added' : 'removed', packages: [] });
            continue;
        }
        const b = memberClosure(bg, member, sel, rootName);
        const h = memberClosure(hg, member, sel, rootName);
        if (b.size === h.size && [...b].every((id) => h.has(id)))
            continue;
        const byName = new Map();
        const entry = (id) => {
            const name = id.slice(0, id.indexOf('\0'));
            let e = byName.get(name);
            if (!e)
                byName.set(name, (e = { base: [], head: [] }));
            return e;
        };
        for (const id of b)
            if (!h.has(id))
                entry(id).base.push(id);
        for (const id of h)
            if (!b.has(id))
                entry(id).head.push(id);
        // A name present on both sides but changed only on one (a fork added) still lists both sides.
        for (const [name, e] of byName) {
            for (const id of b)
                if (h.has(id) && id.startsWith(`${name}\0`))
                    e.base.push(id), e.head.push(id);
        }
        const names = [...byName.keys()].sort();
        result.set(member.name, {
            packages: names.map((name) => {
                const { base: b, head: h } = byName.get(name);
                return { package: name, base: versions(b), head: versions(h), ...(withoutHash(b) === withoutHash(h) ? { rebuilt: true } : {}) };
            }),
        });
    }
    return result;
}
/**
 * Each member's locked closure: the same sets `attributeLockChange` compares,
 * so a fingerprint over them changes exactly when lock attribution marks the member.
 */
function lockedClosures(lock, members, sel) {
    const listed = new Set(lock.members);
    const result = new Map();
    for (const [name, closure] of closuresIn(lock, members, sel, () => true)) {
        result.set(name, { listed: listed.has(name), packages: [...closure].sort() });
    }
    return result;
}
/**
 * How many packages (members and third-party, as the lock pins them)
 * `uv sync --package m` installs, for each of `names`: what a matrix leg
 * that syncs `m` pays for.
 */
function lockedClosureSizes(lock, members, names, sel) {
    const wanted = new Set(names);
    const sizes = new Map();
    for (const [name, closure] of closuresIn(lock, members, sel, (m) => wanted.has(m.name)))
        sizes.set(name, closure.size);
    return sizes;
}
/** The locked closure of each member `wanted` picks, by name: one graph, one walk per member. */
function closuresIn(lock, members, sel, wanted) {
    const g = buildLockGraph(lock);
    const rootName = members.find((m) => m.isRoot)?.name;
    const out = new Map();
    for (const member of members)
        if (wanted(member))
            out.set(member.name, memberClosure(g, member, sel, rootName));
    return out;
}

;// CONCATENATED MODULE: ./src/workspace/outside.ts
// Which members' inputs outside their directories claim a changed path
// (pure; outside-load.ts reads the inputs). The affected engine and the
// fingerprints ask the same question through this one matcher, so a
// fingerprint moves exactly for the paths that affect a member.


const NONE = [];
const claimsCache = new WeakMap();
/**
 * The claims of a workspace's inputs: a path source or a symlink target
 * claims the path itself and everything below it; a declared glob claims
 * what it matches, less what the member's `!` globs match. Members that
 * declare the same glob share one matcher (100 providers' `../*\/provider.yaml`
 * is one glob from the repository root). A member never claims a path it
 * owns: that is its own change, and its surface decides whether the members
 * that install it see it.
 */
function inputClaims(ws) {
    let claims = claimsCache.get(ws);
    if (claims)
        return claims;
    const inputs = ws.inputs ?? [];
    if (inputs.length === 0) {
        claims = () => NONE;
    }
    else {
        const byPrefix = new Map();
        const byGlob = new Map();
        for (const input of inputs) {
            if (input.kind !== 'declared') {
                byPrefix.set(input.path, [...(byPrefix.get(input.path) ?? []), input]);
                continue;
            }
            const key = JSON.stringify([input.glob, input.except]);
            let group = byGlob.get(key);
            if (!group) {
                const positive = (0,workspace_globs/* compileGlob */.SO)(input.glob);
                const negative = input.except.length > 0 ? (0,workspace_globs/* compileGlobs */.tI)(input.except) : undefined;
                byGlob.set(key, (group = { match: negative ? (p) => positive(p) && !negative(p) : positive, inputs: [] }));
            }
            group.inputs.push(input);
        }
        const globs = [...byGlob.values()];
        const owner = memberOwner(ws);
        claims = (p) => {
            let out;
            for (let prefix = p;;) {
                const hit = byPrefix.get(prefix);
                if (hit)
                    out = [...(out ?? []), ...hit];
                const cut = prefix.lastIndexOf('/');
                if (cut <= 0)
                    break;
                prefix = prefix.slice(0, cut);
            }
            for (const g of globs)
                if (g.match(p))
                    out = [...(out ?? []), ...g.inputs];
            if (!out)
                return NONE;
            const o = owner(p);
            return o === undefined ? out : out.filter((i) => i.member !== ws.members[o].name);
        };
    }
    claimsCache.set(ws, claims);
    return claims;
}
/** The `ignore` and `global` globs in force: those of the inputs (or flags), and those of the root's `[tool.uv-workspace-sync]` table added to them. */
function effectiveGlobs(ws, given) {
    return { ignore: [...(given.ignore ?? []), ...(ws.declared?.ignore ?? [])], global: [...(given.global ?? []), ...(ws.declared?.global ?? [])] };
}

// EXTERNAL MODULE: ./src/builtin.ts
var builtin = __webpack_require__(8716);
;// CONCATENATED MODULE: ./src/fingerprint/compute.ts
// Member fingerprints (pure): one hash per member over everything its test run
// depends on, so "these exact inputs already passed" can be remembered.
//
// A member's fingerprint covers
//   - every tracked file the member owns (tests included),
//   - its inputs outside its directory (path sources, symlink targets, declared
//     inputs: workspace/outside.ts), and those of every member it installs,
//   - the surface (wheel files, build configuration, what its editable install
//     makes importable) of every other member its `uv sync --package` installs,
//   - its locked closure (name, version, source of each package it installs),
//   - the global triggers (root pyproject.toml, .python-version, uv.toml, `global`
//     globs of the input and of the root's `[tool.uv-workspace-sync]` table),
//   - Python version, OS, arch, uv version and the normalised sync selection.
// It is built from the same pieces affected/engine.ts uses (ownership, the install
// closure, lock attribution, the `ignore`/`global` globs), so it changes
// exactly when a change would mark the member affected. Paths are
// repository-relative and every list is sorted before hashing: nothing
// outside the repository, no mtime and no ordering can reach the hash.









/** Bumped when what goes into a fingerprint changes, so old markers stop matching. */
const FINGERPRINT_VERSION = 'uvws-fingerprint-v2';
/** Files in the workspace root that configure every member's environment (as in affected/engine.ts). */
const ROOT_TRIGGERS = ['pyproject.toml', '.python-version', 'uv.toml'];
const join = (dir, file) => (dir === '.' ? file : `${dir}/${file}`);
function sha256(lines) {
    // node:crypto when a first fingerprint is made: loading it with the bundle cost every CLI run (`affected` makes none) 5-9 ms.
    const hash = (0,builtin/* builtin */.S)('node:crypto').createHash('sha256');
    // Each entry is JSON: a path holding a newline cannot run into the next entry.
    for (const line of lines)
        hash.update(`${line}\n`);
    return hash.digest('hex');
}
/**
 * The files of `member` that other members' environments see: those on its
 * surface (the same rule `affected` uses to decide whether a change
 * reaches the member's dependents), or all of them without a surface.
 */
function surfaceFiles(member, files, surface) {
    if (!surface)
        return files;
    const prefix = member.path === '.' ? '' : `${member.path}/`;
    return files.filter((p) => onSurface(surface, p.slice(prefix.length)));
}
/** The selection in one canonical text: sets sorted, flags spelled out. */
function selectionText(sel) {
    return JSON.stringify({
        allExtras: sel.allExtras,
        extras: (0,src_text/* sortedStrings */.MA)(sel.extras),
        noExtras: (0,src_text/* sortedStrings */.MA)(sel.noExtras),
        allGroups: sel.allGroups,
        groups: (0,src_text/* sortedStrings */.MA)(sel.groups),
        noGroups: (0,src_text/* sortedStrings */.MA)(sel.noGroups),
        onlyGroups: sel.onlyGroups,
        defaultGroups: sel.defaultGroups,
    });
}
/** Each file where it counts: global, owned by a member, under a member's inputs (or several). */
function sortFiles(input) {
    const { ws, files } = input;
    const globs = effectiveGlobs(ws, input);
    const ignored = globs.ignore.length > 0 ? (0,workspace_globs/* compileGlobs */.tI)(globs.ignore) : undefined;
    const globalMatch = globs.global.length > 0 ? (0,workspace_globs/* compileGlobs */.tI)(globs.global) : undefined;
    const rootTriggers = new Set(ROOT_TRIGGERS.map((f) => join(ws.rootPath, f)));
    // uv.lock counts through the locked closures, never as a file (as in lock attribution).
    const lockRel = join(ws.rootPath, 'uv.lock');
    const owner = memberOwner(ws);
    const claims = inputClaims(ws);
    const index = new Map(ws.members.map((m, i) => [m.name, i]));
    const sorted = { global: [], owned: ws.members.map(() => []), inputs: ws.members.map(() => new Set()) };
    for (const p of [...files.keys()].sort()) {
        if (ignored && ignored(p))
            continue;
        if (p === lockRel)
            continue;
        if (rootTriggers.has(p) || (globalMatch && globalMatch(p)))
            sorted.global.push(JSON.stringify([p, files.get(p)]));
        const o = owner(p);
        if (o !== undefined)
            sorted.owned[o].push(p);
        // Files under each member's inputs outside its directory, each once (two inputs may hold one file).
        for (const claim of claims(p))
            sorted.inputs[index.get(claim.member)].add(p);
    }
    return sorted;
}
/** Every member's fingerprint, and the facts that went into it. */
function fingerprintFacts(input) {
    const { ws, files, env } = input;
    const syncArgs = input.syncArgs ?? selection/* NO_SYNC_ARGS */.k3;
    const { global, owned, inputs } = sortFiles(input);
    const digestOf = (paths) => sha256([...paths].sort().map((p) => JSON.stringify([p, files.get(p)])));
    const ownDigest = owned.map(digestOf);
    const inputsDigest = inputs.map((set) => (set.size === 0 ? '' : digestOf([...set])));
    const surfaces = ws.members.map((m, i) => surfaceFiles(m, owned[i], input.surfaces?.get(m.name)));
    const surfaceDigest = surfaces.map((surface, i) => (surface === owned[i] ? ownDigest[i] : digestOf(surface)));
    const sel = syncArgs.selection;
    const locked = input.lock ? lockedClosures(input.lock, ws.members, sel) : undefined;
    const shared = [
        JSON.stringify(['version', FINGERPRINT_VERSION]),
        JSON.stringify(['env', env.python, env.os, env.arch, env.uv]),
        JSON.stringify(['selection', selectionText(sel)]),
        JSON.stringify(['global', sha256(global)]),
    ];
    const graph = installGraph(ws, syncArgs);
    // A member's `installs` line is the same in every closure that holds it: made once, not per closure.
    // What a member's inputs hold reaches the members that install it, as its shipped files do.
    const installsLine = new Map(ws.members.map((m, i) => [m.name, JSON.stringify(['installs', m.name, surfaceDigest[i], inputsDigest[i]])]));
    const index = new Map(ws.members.map((m, i) => [m.name, i]));
    const members = {};
    ws.members.forEach((m, i) => {
        const closure = locked?.get(m.name);
        const lock = locked ? (closure ? { listed: closure.listed, packages: closure.packages.length, hash: sha256(closure.packages) } : 'unlisted') : 'no-lock';
        const lines = [...shared, JSON.stringify(['lock', typeof lock === 'string' ? lock : [lock.listed, lock.hash]]), JSON.stringify(['member', m.name, ownDigest[i], inputsDigest[i]])];
        const installs = [];
        for (const name of [...closureOf(graph, i)].sort()) {
            if (name === m.name)
                continue;
            lines.push(installsLine.get(name));
            const j = index.get(name);
            installs.push({ member: name, files: surfaces[j].length + inputs[j].size });
        }
        members[m.name] = { fingerprint: sha256(lines), files: owned[i].length, inputFiles: inputs[i].size, installs, lock };
    });
    return { version: FINGERPRINT_VERSION, env, selection: selectionText(sel), globalFiles: global.length, members };
}
/** `{member: hex}` for every member of the workspace, keys in name order. */
function computeFingerprints(input) {
    return Object.fromEntries(Object.entries(fingerprintFacts(input).members).map(([name, facts]) => [name, facts.fingerprint]));
}

;// CONCATENATED MODULE: ./src/fingerprint/files.ts
// Content ids of the tracked files, for fingerprints (the thin IO shell).
//
// One `git ls-files -s` gives every tracked file's mode and blob id. Files
// whose work-tree copy differs from the index (`git diff-files`) are hashed
// again from their bytes with `git hash-object`, which applies the same
// filters git applies when it stores them: a dirty file whose content equals
// the committed one gets the committed id, so a clean and a dirty checkout
// of the same content agree. Untracked files are not part of a fingerprint.





/** How many paths one `git hash-object` call takes (argv stays far below the OS limit). */
const HASH_BATCH = 200;
async function git(repoRoot, args) {
    const result = await runGit(repoRoot, args);
    if (result.code !== 0) {
        throw new errors/* UserError */.y(`fingerprints need a git work tree: \`git ${args[0]}\` failed in ${repoRoot}: ${gitReason(result.stderr)}`, 'run from the root of a git checkout (fingerprints hash the tracked files)');
    }
    return result.stdout;
}
/** Splits NUL-terminated git output. */
function records(text) {
    return text.split('\0').filter((r) => r !== '');
}
/**
 * `path \u2192 "<mode> <object id>"` for every file git tracks under `repoRoot`
 * (paths relative to it, `/`-separated, as git prints them).
 */
async function fileContentIds(repoRoot) {
    const ids = new Map();
    // Two independent questions to git, asked at once; when both fail, the
    // error names the first (not whichever failed sooner), so it is the same every run.
    const answers = await Promise.allSettled([git(repoRoot, ['ls-files', '-s', '-z']), git(repoRoot, ['diff-files', '--name-only', '-z', '--relative'])]);
    const [staged, modified] = answers.map((answer) => {
        if (answer.status === 'rejected')
            throw answer.reason;
        return answer.value;
    });
    for (const rec of records(staged)) {
        // `<mode> <object> <stage>\t<path>`; a conflicted path has several stages, the last one wins.
        const tab = rec.indexOf('\t');
        const [mode, oid] = rec.slice(0, tab).split(' ');
        ids.set(rec.slice(tab + 1), `${mode} ${oid}`);
    }
    const dirty = records(modified);
    const toHash = [];
    for (const file of dirty) {
        const known = ids.get(file);
        // A submodule is its commit; what is inside it is the submodule's business.
        if (known === undefined || known.startsWith('160000 '))
            continue;
        const stat = await (0,promises_.lstat)(external_node_path_default().join(repoRoot, file)).catch(() => undefined);
        if (!stat) {
            ids.delete(file); // deleted in the work tree: not part of what the tests see
        }
        else if (stat.isSymbolicLink()) {
            // node:crypto when first needed, as in compute.ts.
            ids.set(file, `120000 link:${(0,builtin/* builtin */.S)('node:crypto').createHash('sha256').update(await (0,promises_.readlink)(external_node_path_default().join(repoRoot, file))).digest('hex')}`);
        }
        else if (stat.isFile()) {
            toHash.push({ file, mode: stat.mode & 0o111 ? '100755' : '100644' });
        }
    }
    for (let i = 0; i < toHash.length; i += HASH_BATCH) {
        const batch = toHash.slice(i, i + HASH_BATCH);
        const oids = (await git(repoRoot, ['hash-object', '--', ...batch.map((b) => b.file)])).split('\n').filter(Boolean);
        batch.forEach((b, j) => ids.set(b.file, `${b.mode} ${oids[j]}`));
    }
    return ids;
}

;// CONCATENATED MODULE: ./src/fingerprint/index.ts







/** Python, OS, arch and uv as the step sees them (uv/machine.ts); no uv on PATH is `none`, not a failure. */
function envFactsOf(machine) {
    return { python: `${machine.python.implementation}-${machine.python.version}`, os: process.platform, arch: process.arch, uv: machine.uv?.version ?? 'none' };
}
async function fingerprint_readLock(ws) {
    if (!ws.lockPath)
        return undefined;
    const text = (0,read_file/* readBoundedText */.H)(ws.lockPath, repoRelative(ws.repoRoot, ws.lockPath));
    return text === undefined ? undefined : parseLock(text, repoRelative(ws.repoRoot, ws.lockPath));
}
/** `{member: hex}` for the checkout at `ws.repoRoot`, keys in name order. */
async function fingerprintWorkspace(ws, options) {
    const facts = await workspaceFingerprintFacts(ws, options);
    return Object.fromEntries(Object.entries(facts.members).map(([name, m]) => [name, m.fingerprint]));
}
/** The fingerprints of the checkout at `ws.repoRoot`, with the facts that went into them. */
async function workspaceFingerprintFacts(ws, options) {
    const [lock, files, facts] = await Promise.all([
        fingerprint_readLock(ws),
        fileContentIds(ws.repoRoot),
        options.facts ?? (0,machine/* probeUv */.S)(ws.root, options.env ?? process.env, options.syncArgs.python).then(envFactsOf),
    ]);
    const prefix = ws.rootPath === '.' ? '' : `${ws.rootPath}/`;
    const surfaces = options.dependents === 'any'
        ? undefined
        : loadSurfaces(ws, [], [...files.keys()].filter((p) => p.startsWith(prefix)).map((p) => p.slice(prefix.length)), options.syncArgs);
    return fingerprintFacts({ ws, lock, files, env: facts, syncArgs: options.syncArgs, ignore: options.ignore, global: options.global, surfaces });
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
        const { truncated: _truncated, ...result } = await (0,src_process/* runProcess */.R3)(uvPath, args, options);
        return result;
    }
    catch (error) {
        if (!(error instanceof src_process/* SpawnError */.G$))
            throw error;
        throw new errors/* UserError */.y(`could not run uv at ${uvPath}: ${error.message}`, 'add astral-sh/setup-uv before this step, or put uv on PATH');
    }
}

// EXTERNAL MODULE: ./src/uv/version.ts
var version = __webpack_require__(1495);
;// CONCATENATED MODULE: ./src/uv/sync.ts

function planSync(input) {
    const verbose = input.debug ? ['-v'] : [];
    const tail = [...input.syncArgs.argv, ...verbose];
    if (input.members === 'all')
        return { invocations: [['sync', '--all-packages', ...tail]] };
    const members = [...new Set(input.members)].sort();
    if (members.length === 0)
        return { invocations: [] };
    if (members.length === 1 || (0,version/* supportsRepeatedPackage */.xe)(input.uvVersion)) {
        return { invocations: [['sync', ...members.flatMap((m) => ['--package', m]), ...tail]] };
    }
    // Older uv accepts one --package per sync, and each exact sync would
    // uninstall what the previous one installed; --inexact keeps them all (but
    // also keeps packages nothing needs any more).
    // uv rejects a flag given twice, so --inexact from sync-args is not repeated.
    const inexact = input.syncArgs.inexact ? [] : ['--inexact'];
    return {
        invocations: members.map((m) => ['sync', ...inexact, '--package', m, ...tail]),
        note: `uv ${input.uvVersion} takes one --package per sync (repeating it needs uv >= ${version/* REPEATED_PACKAGE_SINCE */.Rm}), ` +
            `so ${members.length} members are synced one by one with --inexact; packages no member needs any more are not removed. ` +
            `Use uv >= ${version/* REPEATED_PACKAGE_SINCE */.Rm} for one exact sync.`,
    };
}

;// CONCATENATED MODULE: ./src/changes/event.ts
// Pure: a GitHub event payload \u2192 which two commits to compare. No git, no IO:
// the caller reads GITHUB_EVENT_PATH and hands the text in.
/** A full git object name (sha1, or sha256 for sha256 repositories), lower case as GitHub sends it. */
const SHA = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;
/** A full commit name, in either case (a user's `base` input may be upper case). */
function isFullSha(ref) {
    return SHA.test(ref.toLowerCase());
}
const ZERO = /^0+$/;
function object(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? value : undefined;
}
function sha(value) {
    return typeof value === 'string' && SHA.test(value) ? value : undefined;
}
function event_text(value) {
    return typeof value === 'string' && value !== '' ? value : undefined;
}
function malformed(event, source, what) {
    return { kind: 'all', event, reason: `the ${event} event in ${source} ${what}`, problem: true };
}
/**
 * The one wording of "this run has nothing to compare against", for every
 * event without a base (a new reason string; the lead maps it to a
 * structured reason at merge).
 */
function noBaseReason(what) {
    return `${what} has no base commit to compare against`;
}
/**
 * Decides what to compare for one event. `payloadText` is the content of
 * GITHUB_EVENT_PATH (undefined when it could not be read); `source` names it
 * in messages.
 */
function planFromEvent(eventName, payloadText, source = 'GITHUB_EVENT_PATH') {
    if (!eventName) {
        return { kind: 'all', event: 'local', reason: 'no GitHub event and no base to compare against', problem: false };
    }
    const event = eventName;
    if (event === 'workflow_dispatch' || event === 'schedule' || event === 'repository_dispatch' || event === 'workflow_call') {
        return { kind: 'all', event, reason: noBaseReason(`a ${event} run`), problem: false };
    }
    const known = event.startsWith('pull_request') || event === 'push' || event === 'merge_group';
    if (!known) {
        // release, create, workflow_run, ...: the rule is every member, never none.
        return { kind: 'all', event, reason: noBaseReason(`a ${event} event`), problem: false };
    }
    if (payloadText === undefined)
        return malformed(event, source, 'could not be read');
    let parsed;
    try {
        parsed = JSON.parse(payloadText);
    }
    catch {
        return malformed(event, source, 'is not valid JSON');
    }
    const payload = object(parsed);
    if (!payload)
        return malformed(event, source, 'is not a JSON object');
    if (event.startsWith('pull_request'))
        return pullRequestPlan(event, payload, source);
    if (event === 'merge_group')
        return mergeGroupPlan(event, payload, source);
    return pushPlan(event, payload, source);
}
function pullRequestPlan(event, payload, source) {
    const pr = object(payload.pull_request);
    const base = sha(object(pr?.base)?.sha);
    const head = sha(object(pr?.head)?.sha);
    const number = typeof pr?.number === 'number' ? pr.number : typeof payload.number === 'number' ? payload.number : undefined;
    if (!pr || !base || !head || number === undefined) {
        return malformed(event, source, 'lacks pull_request.number, base.sha or head.sha');
    }
    const changedFiles = typeof pr.changed_files === 'number' ? pr.changed_files : undefined;
    return { kind: 'pull-request', event, number, base, head, changedFiles };
}
function mergeGroupPlan(event, payload, source) {
    const group = object(payload.merge_group);
    const base = sha(group?.base_sha);
    const head = sha(group?.head_sha);
    if (!base || !head)
        return malformed(event, source, 'lacks merge_group.base_sha or head_sha');
    return { kind: 'merge-group', event, base, head };
}
function pushPlan(event, payload, source) {
    const ref = event_text(payload.ref);
    const after = sha(payload.after);
    const beforeRaw = payload.before;
    if (!ref || !after || (beforeRaw !== undefined && typeof beforeRaw === 'string' && !SHA.test(beforeRaw))) {
        return malformed(event, source, 'lacks ref, before or after');
    }
    if (ZERO.test(after)) {
        return { kind: 'all', event, reason: `the push deleted ${ref}`, problem: false };
    }
    // A tag (a release) or any other ref that is not a branch has no earlier
    // state of its own: comparing it with the default branch would find
    // nothing for a tag of the default branch's tip. Nothing can be proven.
    if (!ref.startsWith('refs/heads/')) {
        const what = ref.startsWith('refs/tags/') ? `tag ${ref.slice('refs/tags/'.length)}` : `ref ${ref}`;
        return { kind: 'all', event, reason: noBaseReason(`a push of ${what}`), problem: false };
    }
    const before = sha(beforeRaw);
    return {
        kind: 'push',
        event,
        ref,
        branch: ref.startsWith('refs/heads/') ? ref.slice('refs/heads/'.length) : undefined,
        before: before && !ZERO.test(before) ? before : undefined,
        after,
        forced: payload.forced === true,
        defaultBranch: event_text(object(payload.repository)?.default_branch),
    };
}

;// CONCATENATED MODULE: ./src/changes/github-api.ts
/** GitHub lists at most this many files of a pull request. */
const PULL_FILES_LIMIT = 3000;
function split(repository) {
    const [owner, repo, ...rest] = repository.split('/');
    if (!owner || !repo || rest.length > 0)
        throw new Error(`GITHUB_REPOSITORY '${repository}' is not owner/name`);
    return { owner, repo };
}
/**
 * Each lookup (a pull request's files, every page of them; the last
 * successful run) gives up after this long, and the caller goes on as when
 * the API fails: a silent API must not hold the step. GitHub answers a page
 * in well under a second; 30 pages of files fit with room to spare.
 */
const API_TIMEOUT_MS = 30_000;
/**
 * Runs `work` with a client whose every request (pages included) is aborted
 * at the deadline, so no socket is left holding the step open after it.
 */
async function withDeadline(api, work) {
    const { getOctokit } = await Promise.all(/* import() */[__webpack_require__.e(119), __webpack_require__.e(157)]).then(__webpack_require__.bind(__webpack_require__, 157));
    const octokit = getOctokit(api.token, { baseUrl: api.url.replace(/\/+$/, '') });
    const controller = new AbortController();
    // A hook, not a `request` option: that would replace @actions/github's proxy-aware fetch.
    octokit.hook.before('request', (options) => {
        options.request = { ...options.request, signal: controller.signal };
    });
    let timer;
    const deadline = new Promise((_, reject) => {
        timer = setTimeout(() => {
            reject(new Error(`the GitHub API did not answer within ${API_TIMEOUT_MS / 1000} s`));
            controller.abort();
        }, API_TIMEOUT_MS);
    });
    try {
        return await Promise.race([work(octokit), deadline]);
    }
    finally {
        clearTimeout(timer);
    }
}
/** The files of pull request `number`, page by page (100 a page). */
function listPullRequestFiles(api, number) {
    return withDeadline(api, (octokit) => pullRequestFiles(octokit, api, number));
}
async function pullRequestFiles(octokit, api, number) {
    const paths = new Set();
    let count = 0;
    const pages = octokit.paginate.iterator(octokit.rest.pulls.listFiles, { ...split(api.repository), pull_number: number, per_page: 100 });
    for await (const page of pages) {
        for (const file of page.data) {
            count++;
            paths.add(file.filename);
            if (file.previous_filename)
                paths.add(file.previous_filename);
        }
    }
    return { paths: [...paths], count, truncated: count >= PULL_FILES_LIMIT };
}
/** `ci.yml` from `owner/name/.github/workflows/ci.yml@refs/heads/main`. */
function workflowFileFromRef(workflowRef) {
    const match = /\.github\/workflows\/([^@/]+)@/.exec(workflowRef);
    return match?.[1];
}
/**
 * The head commit of the newest successful run of the same workflow on
 * `branch`, or undefined when there is none.
 */
function lastSuccessfulRun(api, query) {
    return withDeadline(api, (octokit) => newestSuccess(octokit, api, query));
}
async function newestSuccess(octokit, api, query) {
    const repo = split(api.repository);
    let workflowId = query.workflowRef ? workflowFileFromRef(query.workflowRef) : undefined;
    if (workflowId === undefined && query.runId) {
        const run = await octokit.rest.actions.getWorkflowRun({ ...repo, run_id: Number(query.runId) });
        workflowId = run.data.workflow_id;
    }
    if (workflowId === undefined)
        throw new Error('neither GITHUB_WORKFLOW_REF nor GITHUB_RUN_ID names the workflow');
    const runs = await octokit.rest.actions.listWorkflowRuns({
        ...repo,
        workflow_id: workflowId,
        branch: query.branch,
        status: 'success',
        ...(query.event ? { event: query.event } : {}),
        per_page: 1,
    });
    const run = runs.data.workflow_runs[0];
    return run ? { sha: run.head_sha, runId: run.id, runUrl: run.html_url } : undefined;
}

;// CONCATENATED MODULE: ./src/changes/frame.ts
// The frame changed paths are normalised in (paths.ts is pure; this is what it
// is handed): the repository root and its realpath, and for text a user or
// another tool typed (changed-files, --files) what only the work tree can
// answer: whether a path names a file (what a `\` means off Windows), and the
// stored letter case on a case-insensitive file system.



/** The repository root and its realpath: an absolute path may be written under either. */
function gitFrame(repoRoot) {
    let real = repoRoot;
    try {
        real = (0,external_node_fs_.realpathSync)(repoRoot);
    }
    catch {
        // a root that cannot be resolved has no other spelling
    }
    return { repoRoot, rootAliases: real === repoRoot ? [] : [real] };
}
/** gitFrame, plus the work tree's answers for typed text. */
function typedFrame(repoRoot) {
    const listings = new Map();
    return {
        ...gitFrame(repoRoot),
        backslashes: true,
        exists: (rel) => {
            try {
                (0,external_node_fs_.lstatSync)(external_node_path_default().join(repoRoot, ...rel.split('/')));
                return true;
            }
            catch {
                return false;
            }
        },
        ...((0,disk_case/* isCaseInsensitive */.m)(repoRoot) ? { storedCase: (abs) => (0,disk_case/* diskCase */.u)(abs, listings) } : {}),
    };
}

;// CONCATENATED MODULE: ./src/changes/early.ts
// What the listing of the changed paths (detect.ts fromGit) will ask git,
// asked all at once as it starts, not one child after another: whether the
// commits compared are in the clone, and for two full commit names their
// merge-base and their diff. The action starts the listing just before the
// workspace load blocks the event loop, so these children answer on the
// other core meanwhile. An answer is kept only where it is the one git gives
// when asked at its turn: every commit it names was in the clone when asked
// (nothing fetched since changes it), and a diff from the merge-base only
// when git found exactly one (`git diff --merge-base` refuses several).
// Anything else is dropped, and detect.ts asks again in its own order, so
// every error and every message stays as it was.


/** The answers kept. A method answering undefined: not asked early (detect.ts asks git itself). */
class EarlyAnswers {
    present;
    mergeBases = new Map();
    diffs = new Map();
    constructor(present = new Map()) {
        this.present = present;
    }
    /** git merge-base's answer for (a, b): `found` is undefined when there is none in the history present. */
    mergeBase(a, b) {
        const key = `${a} ${b}`;
        return this.mergeBases.has(key) ? { found: this.mergeBases.get(key) } : undefined;
    }
    /** diffFiles(from, to)'s answer, or a promise of undefined where git must be asked again. */
    diff(from, to) {
        return this.diffs.get(`${from} ${to}`) ?? Promise.resolve(undefined);
    }
    keepMergeBase(a, b, found) {
        this.mergeBases.set(`${a} ${b}`, found);
    }
    keepDiff(from, to, changes) {
        this.diffs.set(`${from} ${to}`, changes);
    }
}
const fullSha = (ref) => (ref !== undefined && isFullSha(ref) ? ref.toLowerCase() : undefined);
/**
 * The questions for these options: the full names among the `base` and `head`
 * inputs (three-dot when both are, as fromInputRefs compares them), else the
 * event's own commits (two-dot where the event names a range it compares so).
 */
function earlyQuestions(inputs, plan) {
    if (inputs.base !== undefined || inputs.head !== undefined) {
        const base = inputs.base === 'last-success' ? undefined : fullSha(inputs.base);
        const head = fullSha(inputs.head);
        const commits = [head, base].filter((sha) => sha !== undefined);
        return { commits, ...(base && head && !inputs.workTree ? { threeDot: [base, head] } : {}) };
    }
    const range = plan.kind === 'push' ? [plan.before && !plan.forced ? fullSha(plan.before) : undefined, fullSha(plan.after)] : plan.kind === 'merge-group' ? [fullSha(plan.base), fullSha(plan.head)] : [undefined, undefined];
    const [from, to] = range;
    const commits = [to, from].filter((sha) => sha !== undefined);
    return { commits, ...(from && to ? { twoDot: [from, to] } : {}) };
}
/** Asks the questions at once; resolves when the commits' presence is known, with the answers that hold. */
async function askEarly(repo, questions) {
    const { threeDot, twoDot } = questions;
    const base = threeDot && mergeBase(repo, ...threeDot).then((found) => ({ found }), () => undefined);
    const fromBase = threeDot && diffFromMergeBase(repo, ...threeDot);
    const range = twoDot && diffFiles(repo, ...twoDot).catch(() => undefined);
    const answers = new EarlyAnswers(await presentCommits(repo, questions.commits));
    const present = (shas) => shas.every((sha) => answers.present.get(sha) === true);
    if (threeDot && present(threeDot)) {
        const asked = await base;
        if (asked)
            answers.keepMergeBase(...threeDot, asked.found);
        if (asked?.found)
            answers.keepDiff(asked.found, threeDot[1], fromBase);
    }
    if (twoDot && range && present(twoDot))
        answers.keepDiff(...twoDot, range);
    return answers;
}

// EXTERNAL MODULE: ./src/changes/paths.ts
var changes_paths = __webpack_require__(2253);
;// CONCATENATED MODULE: ./src/changes/change-set.ts
// A change set from a list of paths, and the change set that says "every
// member" when nothing can be listed: the two shapes every source of changes
// in detect.ts ends in.

function everything(label, reason, warn, extraWarnings = []) {
    const warnings = [...extraWarnings];
    if (warn)
        warnings.push(`could not list the changed files (${reason}); treating every member as affected`);
    return { source: 'none', description: `${label}: every member (${reason})`, paths: [], all: true, allReason: reason, warnings };
}
/**
 * Brings a source's paths to the normal form. A path outside the repository
 * cannot be placed, so nothing can be proven about what changed: every member.
 */
function normalized(label, source, raw, frame, build) {
    const { paths, rejected, ambiguous } = (0,changes_paths/* normalizeChangedPaths */.GA)(raw, frame);
    if (rejected.length > 0)
        return everything(label, (0,changes_paths/* describeRejected */.uh)(rejected, source), true);
    const built = build(paths);
    return ambiguous.length === 0 ? built : { ...built, warnings: [...built.warnings, (0,changes_paths/* describeAmbiguous */._k)(ambiguous, source)] };
}
function explicitChangeSet(paths) {
    return {
        source: 'changed-files',
        description: `explicit list of changed files: ${paths.length} path${paths.length === 1 ? '' : 's'}`,
        paths,
        all: false,
        warnings: [],
    };
}
function explicitList(files, frame) {
    const trimmed = files.map((f) => f.trim()).filter(Boolean);
    return normalized('changed-files', 'changed-files', trimmed, frame, explicitChangeSet);
}
/**
 * What a second normalisation could change in a path the first one gave: a
 * blank at an end (`a/ ` from `a/ /.`, which explicitList trims), a first
 * component that reads as a drive (`Z:/a` from `/repo/Z:/a`, then refused
 * as a Windows path: every member), a `\` (read again against the work tree).
 */
const RENORMALISED = /^\s|\s$|^[A-Za-z]:|\\/;
/**
 * explicitList of paths that normalizeChangedPaths gave already, in the same
 * frame, with none rejected or ambiguous (the CLI's --files): normalising
 * them again gives them back as they are (sorted, unique, no warning). A
 * list holding a path that a second pass could change takes the whole way.
 */
function explicitNormalList(paths, frame) {
    if (paths.some((p) => p === '' || RENORMALISED.test(p)))
        return explicitList(paths, frame());
    return explicitChangeSet([...paths]);
}
function oneLine(error) {
    const text = error instanceof Error ? error.message : String(error);
    return text.split('\n')[0].trim();
}

;// CONCATENATED MODULE: ./src/changes/detect.ts
// Which paths changed: the explicit list, else two commits from the inputs or
// the event, diffed with git (fetching exactly what a shallow clone lacks),
// else the pull request's files from the API. Detection never throws: when
// nothing reliable can be listed the answer is "every member", because
// syncing too much is safe and syncing too little is not.









/** Depths tried, in turn, to reach a merge-base in a shallow clone. */
const DEEPEN_STEPS = [64, 512, 4096];
const detect_short = (sha) => sha.slice(0, 7);
/** Git could not answer; `reason` is one line for the log and the summary. */
class NoHistory extends Error {
}
/** What a missing object or ref leads to: fetched from origin, or not when fetching is off. */
const fetchOff = (ctx) => ctx.options.fetch === false;
/** `git fetch` from origin, unless fetching is off (then nothing runs, and the result says so by its error). */
async function fetchMissing(ctx, refspecs, depth) {
    return fetchOff(ctx) ? { ok: false } : fetchFromOrigin(ctx.repo, refspecs, depth);
}
/** Makes sure a commit named by sha is present, fetching just it from origin if not. */
async function ensureCommit(ctx, sha, role) {
    const known = ctx.early.present.get(sha.toLowerCase());
    if (known)
        return sha.toLowerCase();
    const present = known === false ? undefined : await resolveCommit(ctx.repo, sha);
    if (present)
        return present;
    const depth = ctx.shallow ? 1 : undefined;
    const fetched = await fetchMissing(ctx, [sha], depth);
    const after = fetched.ok ? await resolveCommit(ctx.repo, sha) : undefined;
    if (!after) {
        const how = fetchOff(ctx) ? 'and fetching is off' : 'and could not be fetched from origin';
        throw new NoHistory(withGitReason(`the ${role} commit ${detect_short(sha)} is not in the clone ${how}`, fetched.error));
    }
    const note = `fetched ${role} ${detect_short(sha)}${depth ? ` at depth ${depth}` : ''}`;
    ctx.options.log.info(`${note} from origin (it was not in the clone)`);
    ctx.notes.push(note);
    return after;
}
/** A ref from the inputs (sha, branch, tag, `origin/x`, `HEAD~2`...), fetched from origin when absent. */
async function resolveInputRef(ctx, ref, role) {
    if (ref.startsWith('-'))
        throw new NoHistory(`${role} '${ref}' is not a valid git ref`);
    if (isFullSha(ref))
        return ensureCommit(ctx, ref.toLowerCase(), role);
    const local = (await resolveCommit(ctx.repo, ref)) ?? (await resolveCommit(ctx.repo, `refs/remotes/origin/${ref}`));
    if (local)
        return local;
    // git's own words for a ref it does not know: the user typed it.
    if (fetchOff(ctx))
        throw new NoHistory(withGitReason(`${role} '${ref}' is not a commit, branch or tag in this clone, and fetching is off`, await revisionError(ctx.repo, ref)));
    const depth = ctx.shallow ? 1 : undefined;
    const fetched = await fetchFromOrigin(ctx.repo, [ref], depth);
    const sha = fetched.ok ? await resolveCommit(ctx.repo, 'FETCH_HEAD') : undefined;
    if (!sha)
        throw new NoHistory(withGitReason(`${role} '${ref}' is not a commit, branch or tag here or on origin`, fetched.error));
    const note = `fetched ${role} ${ref} (${detect_short(sha)})${depth ? ` at depth ${depth}` : ''}`;
    ctx.options.log.info(`${note} from origin`);
    ctx.notes.push(note);
    return sha;
}
/** A branch of origin: the remote-tracking ref when the clone has it, else fetched. */
async function originBranch(ctx, branch) {
    const local = await resolveCommit(ctx.repo, `refs/remotes/origin/${branch}`);
    if (local)
        return local;
    const depth = ctx.shallow ? 1 : undefined;
    const fetched = await fetchMissing(ctx, [`refs/heads/${branch}`], depth);
    const sha = fetched.ok ? await resolveCommit(ctx.repo, 'FETCH_HEAD') : undefined;
    if (!sha)
        throw new NoHistory(withGitReason(`the default branch ${branch} could not be fetched from origin`, fetched.error));
    const note = `fetched ${branch} (${detect_short(sha)})${depth ? ` at depth ${depth}` : ''}`;
    ctx.options.log.info(`${note} from origin`);
    ctx.notes.push(note);
    return sha;
}
/**
 * The merge-base of two present commits. A shallow clone cuts history, so
 * the search deepens both sides step by step (bounded) before giving up.
 */
async function findMergeBase(ctx, a, b) {
    const asked = ctx.early.mergeBase(a, b);
    const found = asked ? asked.found : await mergeBase(ctx.repo, a, b);
    if (found)
        return found;
    if (ctx.shallow && fetchOff(ctx))
        throw new NoHistory(`${detect_short(a)} and ${detect_short(b)} have no common history in this shallow clone, and fetching (to deepen it) is off`);
    if (ctx.shallow) {
        for (const depth of DEEPEN_STEPS) {
            const fetched = await fetchFromOrigin(ctx.repo, [a, b], depth);
            if (!fetched.ok)
                throw new NoHistory(withGitReason(`no merge-base of ${detect_short(a)} and ${detect_short(b)} in the shallow clone, and deepening failed`, fetched.error));
            const note = `deepened ${detect_short(a)} and ${detect_short(b)} to depth ${depth}`;
            ctx.options.log.info(`${note} to find their merge-base`);
            const base = await mergeBase(ctx.repo, a, b);
            if (base) {
                ctx.notes.push(note);
                return base;
            }
            if (!(await isShallow(ctx.repo)))
                break;
        }
    }
    throw new NoHistory(`${detect_short(a)} and ${detect_short(b)} have no common history${ctx.shallow ? ` within ${DEEPEN_STEPS[DEEPEN_STEPS.length - 1]} commits` : ''}`);
}
async function gitDiff(ctx, label, range, how, from, to) {
    const listed = (await ctx.early.diff(from, to)) ?? (await diffFiles(ctx.repo, from, to));
    return diffed(ctx, label, range, [how, ...ctx.notes], changedPaths(listed), { base: from, head: to });
}
function diffed(ctx, label, range, detail, raw, sides) {
    return normalized(label, 'git diff', raw, ctx.frame, (paths) => ({
        source: 'git',
        description: `${label}: ${range} (${detail.join(', ')})`,
        paths,
        all: false,
        ...sides,
        warnings: [],
    }));
}
/**
 * What the work tree changed since HEAD left `base`: the merge-base against
 * the work tree (committed, staged, unstaged), plus the untracked files git
 * does not ignore, as nx counts them.
 */
async function workTreeChange(ctx, label, baseRef) {
    const base = await resolveInputRef(ctx, baseRef, 'base');
    const head = await resolveInputRef(ctx, 'HEAD', 'head');
    const from = await findMergeBase(ctx, base, head);
    const [tracked, untracked] = await Promise.all([diffWorkTree(ctx.repo, from), untrackedFiles(ctx.repo)]);
    const how = from === base ? 'git diff' : `git diff from merge-base ${detect_short(from)}`;
    const detail = [`${how} to the work tree`, ...(untracked.length > 0 ? [`${untracked.length} untracked`] : []), ...ctx.notes];
    const raw = [...new Set([...changedPaths(tracked), ...untracked])];
    return diffed(ctx, label, `${baseRef}...work tree`, detail, raw, { base: from, workTree: true });
}
/** Two-dot: everything that differs between the trees, whatever the history between them. */
async function twoDot(ctx, label, from, to, how = 'git diff') {
    return gitDiff(ctx, label, `${detect_short(from)}..${detect_short(to)}`, how, from, to);
}
/** Three-dot: what `to` changed since it diverged from `from`, as GitHub's "Files changed" shows. */
async function threeDot(ctx, label, from, to, rangeText) {
    const base = await findMergeBase(ctx, from, to);
    const how = base === from ? 'git diff' : `git diff from merge-base ${detect_short(base)}`;
    return gitDiff(ctx, label, rangeText ?? `${detect_short(from)}...${detect_short(to)}`, how, base, to);
}
// `options` is passed beside `ctx` because a checkout that is not a git work
// tree has no Context, and the API (with its token) is then the only way left.
async function pullRequest(options, ctx, plan) {
    const label = `${plan.event} #${plan.number}`;
    let why = 'the checkout is not a git work tree';
    if (ctx) {
        try {
            if (ctx.options.head === undefined) {
                // actions/checkout's default for pull requests is refs/pull/N/merge: its
                // first parent is the base tip, so HEAD^1..HEAD is exactly the PR's change.
                // The second parent being the PR head is what identifies that commit (the
                // payload's base.sha can lag behind the base tip GitHub merged into).
                const headSha = await resolveCommit(ctx.repo, 'HEAD');
                const parents = headSha ? await commitParents(ctx.repo, headSha) : undefined;
                if (headSha && parents?.length === 2 && parents[1] === plan.head) {
                    const first = await ensureCommit(ctx, parents[0], 'first parent');
                    return await twoDot(ctx, label, first, headSha, 'git diff of the merge commit against its first parent');
                }
            }
            const head = ctx.options.head === undefined ? await ensureCommit(ctx, plan.head, 'head') : await resolveInputRef(ctx, ctx.options.head, 'head');
            const base = await ensureCommit(ctx, plan.base, 'base');
            return await threeDot(ctx, label, base, head);
        }
        catch (error) {
            if (!(error instanceof NoHistory))
                throw error;
            why = error.message;
            ctx.options.log.info(`git cannot list the pull request's changes (${why}); asking the GitHub API`);
        }
    }
    return pullRequestFromApi(options, ctx, plan, label, why);
}
async function pullRequestFromApi(options, ctx, plan, label, why) {
    const api = options.api;
    if (!api?.token)
        return everything(label, `${why}; no github-token to list the pull request's files`, true);
    if (plan.changedFiles !== undefined && plan.changedFiles > PULL_FILES_LIMIT) {
        return everything(label, `${why}; the pull request changes ${plan.changedFiles} files and the GitHub API lists at most ${PULL_FILES_LIMIT}`, true);
    }
    let listed;
    try {
        listed = await listPullRequestFiles(api, plan.number);
    }
    catch (error) {
        return everything(label, `${why}; the GitHub API did not list the pull request's files: ${oneLine(error)}`, true);
    }
    if (listed.truncated) {
        return everything(label, `${why}; the GitHub API stops listing a pull request's files at ${PULL_FILES_LIMIT}`, true);
    }
    options.log.info(`listed ${listed.count} files of pull request #${plan.number} from the GitHub API`);
    const base = ctx ? await resolveCommit(ctx.repo, plan.base) : undefined;
    return normalized(label, 'the GitHub API', listed.paths, gitFrame(options.repoRoot), (paths) => ({
        source: 'api',
        description: `${label}: ${listed.count} file${listed.count === 1 ? '' : 's'} from the GitHub API (${why})`,
        paths,
        all: false,
        ...(base ? { base } : {}),
        head: plan.head,
        warnings: [],
    }));
}
async function push(ctx, plan, head) {
    const label = `${plan.event} to ${plan.branch ?? plan.ref}`;
    let reason;
    let warn = false;
    if (plan.before && !plan.forced) {
        try {
            const before = await ensureCommit(ctx, plan.before, 'before');
            return await twoDot(ctx, label, before, head);
        }
        catch (error) {
            if (!(error instanceof NoHistory))
                throw error;
            reason = error.message;
            warn = true;
        }
    }
    else {
        reason = plan.forced ? 'a force push' : plan.branch ? 'a new branch' : `a new ${plan.ref.startsWith('refs/tags/') ? 'tag' : 'ref'}`;
    }
    // Without a usable `before`, the branch's own work is what it adds to the default branch.
    const defaultBranch = plan.defaultBranch;
    if (!defaultBranch)
        return everything(label, `${reason}, and the event does not name the default branch`, true);
    if (plan.branch === defaultBranch) {
        // A failure is its own sentence; only a new branch or a force push reads on into "to the default branch ...".
        return everything(label, warn ? reason : `${reason} to the default branch ${defaultBranch} leaves no earlier commit to compare against`, warn);
    }
    try {
        const main = await originBranch(ctx, defaultBranch);
        return await threeDot(ctx, `${label} (${reason})`, main, head, `${defaultBranch}...${detect_short(head)}`);
    }
    catch (error) {
        if (!(error instanceof NoHistory))
            throw error;
        return everything(label, `${reason}, and ${error.message}`, true);
    }
}
/** `base: last-success`: the head of the newest successful run of this workflow on this branch. */
async function lastSuccess(ctx, plan, head) {
    const api = ctx.options.api;
    const branch = plan.kind === 'push' ? plan.branch : api?.ref;
    const label = `${plan.event} to ${branch ?? 'HEAD'}`;
    if (!api?.token)
        return `base 'last-success' needs github-token`;
    if (!branch)
        return `base 'last-success' needs a branch, and ${plan.event} did not push one`;
    let run;
    try {
        // A push compares with earlier pushes; pull request runs on a same-named branch tested something else.
        run = await lastSuccessfulRun(api, { workflowRef: api.workflowRef, runId: api.runId, branch, event: plan.kind === 'push' ? 'push' : undefined });
    }
    catch (error) {
        return `base 'last-success': the GitHub API did not list this workflow's runs: ${oneLine(error)}`;
    }
    if (!run) {
        ctx.options.log.info(`no successful run of this workflow on ${branch} yet`);
        return '';
    }
    ctx.options.log.info(`last successful run of this workflow on ${branch}: ${run.runId} at ${detect_short(run.sha)}`);
    try {
        const from = await ensureCommit(ctx, run.sha, 'last successful');
        return await twoDot(ctx, label, from, head, `git diff against the last successful run ${run.runId}`);
    }
    catch (error) {
        if (!(error instanceof NoHistory))
            throw error;
        return `base 'last-success': ${error.message}`;
    }
}
async function readEvent(eventPath) {
    if (!eventPath)
        return undefined;
    try {
        return (0,read_file/* readBoundedText */.H)(eventPath, `the event file ${eventPath}`);
    }
    catch {
        return undefined;
    }
}
/** `base` (and `head`) inputs: the three-dot diff between them, whatever the event. */
async function fromInputRefs(ctx, options) {
    const label = options.eventName ? `${options.eventName} with base input` : 'base/head';
    try {
        if (options.workTree && options.head === undefined)
            return await workTreeChange(ctx, label, options.base);
        const head = await resolveInputRef(ctx, options.head ?? 'HEAD', 'head');
        const base = await resolveInputRef(ctx, options.base, 'base');
        return await threeDot(ctx, label, base, head, `${options.base}...${options.head ?? 'HEAD'}`);
    }
    catch (error) {
        if (!(error instanceof NoHistory))
            throw error;
        return everything(label, error.message, true);
    }
}
/** The event's own base: a push's before, a merge group's base, or every member. */
async function fromEventRefs(ctx, plan, head, warnings) {
    switch (plan.kind) {
        case 'push': {
            const result = await push(ctx, plan, head);
            return { ...result, warnings: [...warnings, ...result.warnings] };
        }
        case 'merge-group': {
            const label = plan.event;
            try {
                const base = await ensureCommit(ctx, plan.base, 'base');
                return { ...(await twoDot(ctx, label, base, head)), warnings };
            }
            catch (error) {
                if (!(error instanceof NoHistory))
                    throw error;
                return everything(label, error.message, true, warnings);
            }
        }
        case 'all':
            return everything(plan.event, plan.reason, plan.problem, warnings);
    }
}
async function detect_fromGit(options, plan) {
    const repo = options.repoRoot;
    const state = options.shallow === undefined ? await workTreeState(repo) : { workTree: true, shallow: options.shallow };
    if (!state.workTree) {
        if (plan.kind === 'pull-request')
            return pullRequest(options, undefined, plan);
        return everything(plan.event, `${repo} is not a git work tree`, true);
    }
    // The commits compared (usually all in the clone), their merge-base and diff, asked at once.
    const early = await askEarly(repo, earlyQuestions(options, plan));
    const ctx = { options, frame: gitFrame(options.repoRoot), repo, shallow: state.shallow, notes: [], early };
    const warnings = [];
    if (options.base !== undefined && options.base !== 'last-success')
        return fromInputRefs(ctx, { ...options, base: options.base });
    if (plan.kind === 'pull-request') {
        if (options.base === 'last-success')
            options.log.info(`base 'last-success' applies to pushes; ${plan.event} compares with the pull request's base`);
        return pullRequest(options, ctx, plan);
    }
    const eventHead = plan.kind === 'push' ? plan.after : plan.kind === 'merge-group' ? plan.head : undefined;
    let head;
    try {
        head =
            options.head !== undefined
                ? await resolveInputRef(ctx, options.head, 'head')
                : eventHead
                    ? await ensureCommit(ctx, eventHead, 'head')
                    : await resolveInputRef(ctx, 'HEAD', 'head');
    }
    catch (error) {
        if (!(error instanceof NoHistory))
            throw error;
        return everything(plan.event, error.message, true);
    }
    if (options.base === 'last-success') {
        const result = await lastSuccess(ctx, plan, head);
        if (typeof result !== 'string')
            return result;
        if (result)
            warnings.push(`${result}; comparing with the event's own base instead`);
    }
    return fromEventRefs(ctx, plan, head, warnings);
}
/**
 * A watched file's texts: at the commits compared, and the work tree as the
 * head when no head commit was compared (an explicit list, or HEAD with local
 * edits). The work tree is read bounded: a FIFO or /dev/zero link committed
 * as uv.lock is one clear error, as for any file we read.
 */
async function watchedText(repoRoot, change, rel) {
    const base = change.base ? await readBlob(repoRoot, change.base, rel) : undefined;
    const head = change.head ? await readBlob(repoRoot, change.head, rel) : (0,read_file/* readBoundedText */.H)(external_node_path_default().join(repoRoot, ...rel.split('/')), rel);
    return { base, head };
}
/** The change set with the texts of the watched files it lists. Outside the never-throw guard: a bad work-tree file is the user's to fix. */
async function withWatched(options, change) {
    const wanted = ((await options.watch) ?? []).filter((rel) => change.paths.includes(rel));
    if (change.all || wanted.length === 0)
        return change;
    const watched = {};
    for (const rel of wanted)
        watched[rel] = await watchedText(options.repoRoot, change, rel);
    return { ...change, watched };
}
/** Lists the changed paths; never throws (a failure means every member, with a warning). */
async function detectChanges(options) {
    return withWatched(options, await listChanges(options));
}
async function listChanges(options) {
    if (options.changedFiles !== undefined) {
        const result = options.changedFilesNormal
            ? explicitNormalList(options.changedFiles, () => typedFrame(options.repoRoot))
            : explicitList(options.changedFiles, typedFrame(options.repoRoot));
        options.log.info(`changed files: ${result.description}`);
        return result;
    }
    const plan = options.eventName === undefined
        ? planFromEvent(undefined, undefined)
        : planFromEvent(options.eventName, await readEvent(options.eventPath), options.eventPath ?? 'GITHUB_EVENT_PATH (unset)');
    try {
        const result = await detect_fromGit(options, plan);
        options.log.info(`changed files: ${result.description}`);
        return result;
    }
    catch (error) {
        const reason = error instanceof GitUnavailableError ? error.message : `change detection failed: ${oneLine(error)}`;
        const result = everything(plan.event, reason, true);
        options.log.info(`changed files: ${result.description}`);
        return result;
    }
}

;// CONCATENATED MODULE: ./src/affected/claims.ts
// Who claims each changed path (pure): the global triggers (every member),
// the member that owns it (its directory), the members whose inputs outside
// their directories hold it (path sources, symlink targets, declared
// inputs), and what nobody claims: the unowned paths, which affect no member
// and are always said.




/** Files in the workspace root that configure every member's environment. */
const claims_ROOT_TRIGGERS = ['pyproject.toml', '.python-version', 'uv.toml'];
/** How many paths a reason list names before `and N more`. */
const MAX_LISTED = 3;
const claims_join = (dir, file) => (dir === '.' ? file : `${dir}/${file}`);
function listed(paths) {
    return { paths: paths.slice(0, MAX_LISTED), more: Math.max(0, paths.length - MAX_LISTED) };
}
/** The global reasons, and the set of paths they name. */
function globalClaims(ws, paths, inputGlobal) {
    const reasons = [];
    const named = new Set();
    const take = (hits, reason) => {
        if (hits.length === 0)
            return;
        reasons.push(reason(listed(hits)));
        for (const p of hits)
            named.add(p);
    };
    const rootTriggers = new Set(claims_ROOT_TRIGGERS.map((f) => claims_join(ws.rootPath, f)));
    take(paths.filter((p) => rootTriggers.has(p)), (l) => ({ kind: 'global', source: 'root', ...l }));
    const input = inputGlobal.length > 0 ? (0,workspace_globs/* compileGlobs */.tI)([...inputGlobal]) : undefined;
    if (input)
        take(paths.filter((p) => !named.has(p) && input(p)), (l) => ({ kind: 'global', source: 'input', ...l }));
    const declared = ws.declared && ws.declared.global.length > 0 ? (0,workspace_globs/* compileGlobs */.tI)(ws.declared.global) : undefined;
    if (declared)
        take(paths.filter((p) => !named.has(p) && declared(p)), (l) => ({ kind: 'global', source: 'table', file: ws.declared.file, ...l }));
    return { reasons, named };
}
function sourceOf(i) {
    if (i.kind === 'path-source')
        return { kind: 'path-source', package: i.package, path: i.path };
    if (i.kind === 'symlink')
        return { kind: 'symlink', link: i.link, path: i.path };
    return { kind: 'declared', declared: i.declared };
}
/** One reason per input of a member whose files changed, in the order of the inputs (an entry whose braces gave several globs is one input). */
function inputReasons(ws, hits) {
    const index = new Map(ws.members.map((m, i) => [m.name, i]));
    const grouped = new Map();
    for (const input of ws.inputs ?? []) {
        const paths = hits.get(input);
        const member = index.get(input.member);
        if (!paths || member === undefined)
            continue;
        const source = sourceOf(input);
        const key = JSON.stringify([member, source]);
        const group = grouped.get(key) ?? { member, input: source, paths: new Set() };
        for (const p of paths)
            group.paths.add(p);
        grouped.set(key, group);
    }
    const out = new Map();
    for (const { member, input, paths } of grouped.values()) {
        const list = out.get(member) ?? [];
        list.push({ kind: 'input', input, ...listed([...paths].sort(src_text/* compareStrings */.Kt)) });
        out.set(member, list);
    }
    return out;
}
function pushTo(map, key, p) {
    const list = map.get(key);
    if (list)
        list.push(p);
    else
        map.set(key, [p]);
}
/**
 * Claims on the changed paths (normal form, sorted). `lockRel`, the
 * workspace's uv.lock, is attributed by the lock diff and claimed by nobody here.
 */
function claimPaths(ws, paths, options) {
    const { reasons, named } = globalClaims(ws, paths, options.global);
    const owner = memberOwner(ws);
    const claims = inputClaims(ws);
    const owned = new Map();
    const hits = new Map();
    const unowned = [];
    for (const p of paths) {
        if (p === options.lockRel)
            continue;
        const o = owner(p);
        if (o !== undefined)
            pushTo(owned, o, p);
        const claimed = claims(p);
        for (const input of claimed)
            pushTo(hits, input, p);
        if (o === undefined && claimed.length === 0 && !named.has(p))
            unowned.push(p);
    }
    return { global: reasons, owned, inputs: inputReasons(ws, hits), unowned };
}

;// CONCATENATED MODULE: ./src/affected/engine.ts
// The affected-members engine (pure). Owned by the affected-engine helper;
// these types are the contract the report and the shells rely on.











/** How many changed members a member's reasons name before `and N more` (nearest first). */
const MAX_DEPENDENCY_REASONS = 3;
/** How many package changes a member's reasons list before `and N more`. */
const MAX_LOCK_REASONS = 3;
function normalizePath(p) {
    // A `\` stays: it is part of a name on Linux and macOS, and paths.ts has
    // already read a typed one as a separator where that is what it means.
    let out = p.trim();
    while (out.startsWith('./'))
        out = out.slice(2);
    return out.endsWith('/') ? out.replace(/\/+$/, '') : out;
}
function dependencyReason(d) {
    const direct = d.hop === d.target && d.hopExtra === '';
    return { kind: 'dependency', on: d.target, dependency: d.via, ...(direct ? {} : { via: { member: d.hop, extra: d.hopExtra } }) };
}
/** Member-relative form of a repository-relative path inside the member. */
function memberRelative(memberPath, p) {
    return memberPath === '.' ? p : p.slice(memberPath.length + 1);
}
/**
 * How a member's changed paths reach the members that install it: some ship,
 * some are importable through its editable install only, or none reaches
 * them (no surfaces: every path ships).
 */
function reachAny(member, changed, surfaces) {
    const surface = surfaces?.get(member.name);
    if (!surface)
        return 'shipped';
    let reach;
    for (const p of changed) {
        const r = reachOf(surface, memberRelative(member.path, p));
        if (r === 'shipped')
            return r;
        reach ??= r;
    }
    return reach;
}
/**
 * The one place that decides the surface reason of a changed member: why
 * its dependents are not affected (nothing it ships or exposes changed),
 * why they are although nothing it ships changed (its editable install
 * exposes the files), or why they are although the surface could not be
 * narrowed (whole directory).
 */
function surfaceReason(surface, reach, reachesOthers, memberPath = '.') {
    if (!surface)
        return undefined;
    if (reach === undefined) {
        if (surface.kind === 'unpackaged')
            return { kind: 'off-surface', editable: true, unpackaged: surface.why };
        return { kind: 'off-surface', editable: surface.kind !== 'shipped' || surface.importable.editable };
    }
    if (reach === 'importable' && surface.kind === 'shipped' && reachesOthers) {
        const paths = surface.importable.paths.map((p) => (p === '' ? memberPath : claims_join(memberPath, p)));
        return { kind: 'importable', ...listed(paths) };
    }
    if (surface.kind === 'whole' && reachesOthers)
        return { kind: 'whole-surface', why: surface.why };
    return undefined;
}
function attributeLock(ws, lockRel, input) {
    const unattributed = (problem, error) => ({
        all: { kind: 'lock-unattributed', file: lockRel, problem, ...(error === undefined ? {} : { error: (0,errors/* formatError */.W)(error) }) },
    });
    if (!input.lock)
        return unattributed('no-base-input');
    if (input.lock.head === undefined)
        return unattributed('removed');
    if (input.lock.base === undefined)
        return unattributed('no-base-lock');
    let base;
    let head;
    try {
        base = parseLock(input.lock.base, `${lockRel} at base`);
    }
    catch (error) {
        return unattributed('base-unreadable', error);
    }
    try {
        head = parseLock(input.lock.head, lockRel);
    }
    catch (error) {
        return unattributed('head-unreadable', error);
    }
    const changes = attributeLockChange(base, head, ws.members, (input.syncArgs ?? selection/* NO_SYNC_ARGS */.k3).selection);
    return { members: new Map([...changes].map(([name, change]) => [name, lockReasons(change)])) };
}
/**
 * Which members a change affects, and why. Pure: everything it needs is in
 * `ws` and `input`. The README's "What counts as affected" is the contract.
 *
 * Ownership follows uv's model of a project: a member is its directory, so a
 * path belongs to the deepest member directory that contains it (component by
 * component). A project root's package is built from the workspace root, so
 * the root owns what no deeper member owns, but only below the workspace
 * root. A path no member owns can still be an input of members (a path
 * source, a symlink's target, a declared input: workspace/outside.ts); one
 * that nothing claims affects nothing, and is listed in `unowned`.
 */
function computeAffected(ws, input) {
    const { ignore } = effectiveGlobs(ws, input);
    const ignored = ignore.length > 0 ? (0,workspace_globs/* compileGlobs */.tI)(ignore) : undefined;
    const paths = [...new Set(input.paths.map(normalizePath).filter((p) => p !== '' && !(ignored && ignored(p))))].sort();
    const lockRel = claims_join(ws.rootPath, 'uv.lock');
    const claims = claimPaths(ws, paths, { global: input.global ?? [], lockRel });
    const allReasons = [...claims.global];
    let lockReasons = new Map();
    if (paths.includes(lockRel)) {
        const outcome = attributeLock(ws, lockRel, input);
        if ('all' in outcome)
            allReasons.push(outcome.all);
        else
            lockReasons = outcome.members;
    }
    const { owned } = claims;
    const graph = installGraph(ws, input.syncArgs);
    // Causes reach the members that install them: a change on the surface (shipped or importable), or an input's.
    const reach = new Map([...owned.keys()].map((i) => [i, reachAny(ws.members[i], owned.get(i), input.surfaces)]));
    const shipping = [...owned.keys()].filter((i) => reach.get(i) !== undefined);
    const causes = [...new Set([...shipping, ...claims.inputs.keys()])].sort((a, b) => a - b);
    const deps = dependencyReasons(graph, causes);
    const all = allReasons.length > 0;
    const members = [];
    ws.members.forEach((m, i) => {
        const changed = owned.get(i);
        // Most members of a large workspace have no reason at all: nothing is made for them.
        if (!all && !changed && !claims.inputs.has(i) && !deps.has(i) && !lockReasons.has(m.name))
            return;
        const reasons = [...(all ? allReasons : []), ...(lockReasons.get(m.name) ?? [])];
        if (changed) {
            reasons.push({ kind: 'changed', ...listed(changed) });
            const note = surfaceReason(input.surfaces?.get(m.name), reach.get(i), hasInstallers(graph, i), m.path);
            if (note)
                reasons.push(note);
        }
        reasons.push(...(claims.inputs.get(i) ?? []), ...(deps.get(i) ?? []));
        if (all || reasons.length > 0)
            members.push({ name: m.name, path: m.path, reasons });
    });
    members.sort((0,src_text.by)((m) => m.name));
    const result = { all, allReasons, members, unowned: claims.unowned };
    const direct = [...new Set([...owned.keys(), ...claims.inputs.keys()])].sort((a, b) => a - b);
    if (all || direct.length === 0)
        return result;
    // Up to MAX_PULLED_IN walks that only the action's summary and annotations
    // read: made on first read, so `affected` on the command line never makes them.
    let walked;
    Object.defineProperty(result, 'pulledIn', { enumerable: true, configurable: true, get: () => (walked ??= pulledIn(graph, ws, direct, new Set(causes))) });
    return result;
}
/**
 * Every member that installs a cause (and every cause that installs
 * another), each with the changed members it installs: the nearest few as
 * reasons, then how many more. Which members: one shared reverse walk from
 * all causes; their reasons: one walk over each one's own install closure.
 */
function dependencyReasons(graph, causes) {
    const reasons = new Map();
    if (causes.length === 0)
        return reasons;
    const isCause = new Uint8Array(graph.names.length);
    for (const c of causes)
        isCause[c] = 1;
    const walk = causeWalker(graph, isCause, MAX_DEPENDENCY_REASONS);
    const dependents = [...dependentsOf(graph, causes).keys()].map((name) => graph.index.get(name));
    for (const y of [...causes, ...dependents]) {
        const { nearest, total } = walk(y);
        if (total === 0)
            continue;
        const list = nearest.map(dependencyReason);
        if (total > nearest.length)
            list.push({ kind: 'dependency-more', members: total - nearest.length });
        reasons.set(y, list);
    }
    return reasons;
}
/** How many changed members get their own walk for `pulledIn`; notices and the picture show fewer. */
const MAX_PULLED_IN = 100;
// One walk per changed member, so a dependent that changed too is still
// named as a dependent (the shared walk above stops at changed members). A
// member whose change reaches no one (it ships nothing, and no input of it
// changed) pulls in no one: its dependents are not affected by it, whatever
// the graph says.
function pulledIn(graph, ws, changed, causes) {
    const out = {};
    const changedNames = new Set(changed.map((i) => ws.members[i].name));
    for (const c of [...changed].sort((a, b) => a - b).slice(0, MAX_PULLED_IN)) {
        const paths = causes.has(c) ? dependentsOf(graph, [c]) : new Map();
        out[ws.members[c].name] = [...paths.keys()].sort().map((member) => changedNames.has(member) ? { member, changed: true, reason: dependencyReason(paths.get(member)) } : { member, changed: false });
    }
    return out;
}
/** One reason per changed package, the first few, then how many more. */
function lockReasons(change) {
    if (change.membership)
        return [{ kind: 'lock-membership', added: change.membership === 'added' }];
    const reasons = change.packages.slice(0, MAX_LOCK_REASONS).map((c) => ({ kind: 'lock', change: c }));
    if (change.packages.length > MAX_LOCK_REASONS)
        reasons.push({ kind: 'lock-more', packages: change.packages.length - MAX_LOCK_REASONS });
    return reasons;
}

;// CONCATENATED MODULE: ./src/affected/from-changes.ts
// From a change set to the affected members: shared by the action and the
// CLI, so `uv-workspace-sync affected` previews exactly what the action does.







/** Every member, each with the one reason the whole workspace is affected. */
function allMembers(ws, reason) {
    return { all: true, allReasons: [reason], members: ws.members.map((m) => ({ name: m.name, path: m.path, reasons: [reason] })) };
}
function lockRelOf(ws, repoRoot) {
    return ws.lockPath ? (0,src_text/* posixRelative */.qi)(repoRoot, ws.lockPath) : undefined;
}
/** The files whose base and head texts the engine needs from the change set (DetectOptions.watch): uv.lock. */
function watchedFiles(ws, repoRoot) {
    const lockRel = lockRelOf(ws, repoRoot);
    return lockRel ? [lockRel] : [];
}
/**
 * uv.lock at base and head when the change touched it, for the lock
 * attribution, as the change set carries them (changes/detect.ts). Base is
 * undefined when git has no base (an explicit file list), which the engine
 * treats as "every member"; so is a change set that does not carry the lock.
 */
function lockTexts(ws, change, paths, repoRoot) {
    const lockRel = lockRelOf(ws, repoRoot);
    if (!lockRel || !paths.includes(lockRel))
        return undefined;
    return change.watched?.[lockRel];
}
function from_changes_realOr(p) {
    try {
        return (0,external_node_fs_.realpathSync)(p);
    }
    catch {
        return p;
    }
}
/**
 * realpath for many directories that share parents: a directory that is no
 * symlink has its parent's real path plus its own name, so each costs one
 * look at its kind (a shared parent is listed once) and each parent is
 * resolved once (instead of an lstat of every component of every member's path).
 */
function realpaths(kinds) {
    const known = new Map();
    const real = (dir) => {
        let out = known.get(dir);
        if (out !== undefined)
            return out;
        const parent = parentOf(dir);
        const kind = kinds(dir);
        // A link, or gone: realOr decides, as before.
        if (kind === 'link' || kind === 'missing' || parent === dir)
            out = from_changes_realOr(dir);
        else {
            const realParent = real(parent);
            // Nothing on the way is a link (the parent is its own real path): a
            // normal directory is its own real path too, the very string, so the
            // caller's comparison with the member's path is one pointer test.
            // Otherwise normal paths (members' directories are) are joined by concatenation: no path.join for each of thousands of members.
            out = realParent === parent && (external_node_path_default()).sep === '/' && isNormal(dir) ? dir : joinNormal(realParent, nameOf(dir));
        }
        known.set(dir, out);
        return out;
    };
    return real;
}
/**
 * Members whose directory is (or lies under) a symlink: git records the
 * link as one entry and the files under the link's target, so a change to
 * `vendor/linked/x.py` must reach the member `packages/linked` that the link
 * makes. Targets outside the repository are not git's to report.
 */
function linkAliases(ws) {
    const real = realpaths(entryKinds(ws.members.map((m) => m.dir)));
    const realRepo = real(ws.repoRoot);
    const out = [];
    for (const member of ws.members) {
        const resolved = real(member.dir);
        // Where the member would really be if nothing on its way were a link (the member's own path, unless the repository root is a link).
        const expected = realRepo === ws.repoRoot ? member.dir : external_node_path_default().join(realRepo, external_node_path_default().relative(ws.repoRoot, member.dir));
        if (resolved === expected)
            continue;
        const rel = (0,src_text/* posixRelative */.qi)(realRepo, resolved);
        if (rel === '' || rel.startsWith('..') || external_node_path_default().isAbsolute(rel))
            continue;
        out.push({ target: rel, link: member.path });
    }
    return out;
}
/** The changed paths plus, for each under a link's target, the same path under the link. Never fewer. */
function withLinkAliases(paths, aliases) {
    if (aliases.length === 0)
        return [...paths];
    const out = new Set(paths);
    for (const p of paths) {
        for (const { target, link } of aliases) {
            if (p !== target && !p.startsWith(`${target}/`))
                continue;
            const rest = p.slice(target.length).replace(/^\//, '');
            out.add(link === '.' ? rest || p : rest ? `${link}/${rest}` : link);
        }
    }
    return (0,src_text/* sortedStrings */.MA)(out);
}
async function affectedFromChanges(ws, change, options) {
    if (change.all)
        return allMembers(ws, { kind: 'no-base', why: change.allReason ?? 'every member (no change list)' });
    const aliases = linkAliases(ws);
    const paths = withLinkAliases(change.paths, aliases);
    const affected = computeAffected(ws, {
        paths,
        ignore: options.ignore,
        global: options.global,
        lock: lockTexts(ws, change, paths, options.repoRoot),
        syncArgs: options.syncArgs,
        ...((options.dependents ?? 'shipped') === 'shipped' && change.paths.length > 0 ? { surfaces: loadSurfaces(ws, change.paths, undefined, options.syncArgs) } : {}),
    });
    // A path under a member link's target is that member's, under its other name.
    if (aliases.length > 0 && affected.unowned)
        affected.unowned = affected.unowned.filter((p) => !aliases.some(({ target }) => p === target || p.startsWith(`${target}/`)));
    return affected;
}

;// CONCATENATED MODULE: ./src/affected/packages.ts



function editDistance(a, b) {
    let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
        const current = [i];
        for (let j = 1; j <= b.length; j++) {
            current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
        }
        previous = current;
    }
    return previous[b.length];
}
/** Up to three member names closest to `name`: same prefix/substring first, then by edit distance. */
function closestNames(name, candidates) {
    const scored = candidates.map((candidate) => {
        const contains = candidate.includes(name) || name.includes(candidate);
        return { candidate, score: editDistance(name, candidate) - (contains ? 100 : 0) };
    });
    const limit = Math.max(2, Math.floor(name.length / 2));
    return scored
        .filter((s) => s.score <= limit)
        .sort((a, b) => a.score - b.score || (0,src_text/* compareStrings */.Kt)(a.candidate, b.candidate))
        .slice(0, 3)
        .map((s) => s.candidate);
}
/**
 * The members named by the `packages` input as an Affected answer (detection
 * skipped). Names are PEP 503-normalised, so `My_Pkg` finds `my-pkg`.
 */
function packages_selectPackages(ws, packages, input = 'packages') {
    if (packages === 'all') {
        return {
            all: true,
            allReasons: [{ kind: 'selected', input, scope: 'all' }],
            members: ws.members.map((m) => ({ name: m.name, path: m.path, reasons: [{ kind: 'selected', input, scope: 'all' }] })),
        };
    }
    const byName = new Map(ws.members.map((m) => [m.name, m]));
    const wanted = [...new Set(packages.map(workspace_names/* normalizeName */.P))].sort();
    for (const name of wanted) {
        if (byName.has(name))
            continue;
        const close = closestNames(name, [...byName.keys()]);
        throw new errors/* UserError */.y(`input '${input}' names '${name}', which is not a member of the workspace at ${ws.rootPath}`, close.length > 0 ? `did you mean ${close.map((c) => `'${c}'`).join(' or ')}?` : 'run `uv-workspace-sync members` to list the members');
    }
    const every = wanted.length === ws.members.length;
    return {
        all: every,
        allReasons: every ? [{ kind: 'selected', input, scope: 'every-named' }] : [],
        members: wanted.map((name) => ({ name, path: byName.get(name).path, reasons: [{ kind: 'selected', input, scope: 'member' }] })),
    };
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
    const { saveCache } = await Promise.all(/* import() */[__webpack_require__.e(119), __webpack_require__.e(942), __webpack_require__.e(637), __webpack_require__.e(353)]).then(__webpack_require__.bind(__webpack_require__, 353));
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

// EXTERNAL MODULE: ./src/action/main-start.ts + 1 modules
var main_start = __webpack_require__(1446);
;// CONCATENATED MODULE: ./src/action/markers.ts






/** Lookups in flight at once: each is one small request to the cache service. */
const LOOKUP_CONCURRENCY = 8;
function withoutMembers(affected, drop) {
    if (drop.size === 0)
        return affected;
    const members = affected.members.filter((m) => !drop.has(m.name));
    // Some members were skipped, so not every member is synced any more.
    return { all: false, allReasons: [], members, ...(affected.unowned ? { unowned: affected.unowned } : {}) };
}
/**
 * One request per member: a marker at its fingerprint (it passed: skip it),
 * else its newest marker at any fingerprint, which says only how long its
 * tests took last (for the order of a run and the shards of a matrix).
 */
async function lookUp(member, fingerprint, config, ref, problems) {
    const { restoreCache } = await __webpack_require__.e(/* import() */ 19).then(__webpack_require__.bind(__webpack_require__, 7019));
    const result = await restoreCache({
        dir: MARKER_DIR,
        primaryKey: markerKey(member, fingerprint, config.cacheKeySuffix, ref),
        restoreKeys: [markerPrefix(member, fingerprint, config.cacheKeySuffix), memberMarkerPrefix(member, config.cacheKeySuffix)],
        log: markerLog(problems),
        lookupOnly: true,
    });
    // No cache service is a problem here: the user asked for markers, and none can be read.
    if (result.hit === 'unavailable')
        problems.push(`the markers could not be looked up: ${result.warning}`);
    if (result.hit !== 'exact' && result.hit !== 'partial')
        return {};
    const facts = readMarkerKey(result.matchedKey ?? '', member, config.cacheKeySuffix);
    if (!facts)
        return {};
    const seconds = facts.seconds === undefined ? {} : { seconds: facts.seconds };
    return facts.fingerprint === fingerprint ? { passed: `passed at ${fingerprint.slice(0, SHORT)} on ${facts.ref}`, ...seconds } : seconds;
}
/**
 * Computes every member's fingerprint when they are needed
 * (fingerprintsNeeded) and, with `skip-passed`, drops the affected members
 * whose fingerprint already passed and reads the recorded durations of the
 * rest. Called once, right after detection, in every mode.
 */
async function applyMarkers(config, ws, detection, github, facts, log) {
    const result = {
        ...detection,
        fingerprints: {},
        skipped: {},
        markerNotes: [],
        durations: {},
    };
    if (!(0,main_start.fingerprintsNeeded)(config))
        return result;
    try {
        result.fingerprints = await fingerprintWorkspace(ws, { syncArgs: config.syncArgs, ignore: config.ignore, global: config.global, dependents: config.dependents, facts });
    }
    catch (error) {
        // Computed only where asked for (markers, or the output): said as a warning.
        const markers = config.skipPassed || config.mode === 'record';
        log.warning(`member fingerprints could not be computed${markers ? ', so no member is skipped or recorded' : ''}: ${(0,errors/* formatError */.W)(error)}`);
        return result;
    }
    if (!config.skipPassed || config.mode === 'record')
        return result;
    const candidates = detection.affected.members.map((m) => m.name).filter((name) => result.fingerprints[name]);
    const found = new Map();
    const problems = [];
    for (let i = 0; i < candidates.length; i += LOOKUP_CONCURRENCY) {
        await Promise.all(candidates.slice(i, i + LOOKUP_CONCURRENCY).map(async (name) => {
            const { passed, seconds } = await lookUp(name, result.fingerprints[name], config, github.refName ?? '', problems);
            if (passed)
                found.set(name, passed);
            else if (seconds !== undefined)
                result.durations[name] = seconds;
        }));
    }
    warnOnce(log, problems, 'skip-passed: some passed markers could not be looked up, so those members run');
    for (const name of [...found.keys()].sort()) {
        result.skipped[name] = found.get(name);
        result.markerNotes.push(`skipped ${name}: ${found.get(name)}`);
        log.info(`skip-passed: ${name} ${found.get(name)}`);
    }
    if (candidates.length > 0)
        log.info(`skip-passed: ${found.size} of ${candidates.length} affected members already passed on these exact inputs`);
    result.affected = withoutMembers(detection.affected, new Set(found.keys()));
    return result;
}
/**
 * `mode: record`: saves a marker for each member of the `packages` input at
 * its current fingerprint, exactly where this job would save the uv cache
 * (cache/policy.ts saveGate: the `cache` input, the runner, the event and
 * `save-cache`; never where a fork's code could write it). Returns the lines
 * for the log and summary.
 */
async function recordMarkers(config, detection, github, facts, log) {
    const notes = [];
    const fingerprints = detection.fingerprints ?? {};
    const names = detection.affected.members.map((m) => m.name).filter((name) => fingerprints[name]);
    if (names.length === 0)
        return notes;
    const decision = saveGate(facts);
    if (!decision.save) {
        const line = decision.reason.replace(/the uv cache/g, 'passed markers');
        log.info(line);
        return [line];
    }
    const markers = names.map((name) => ({ member: name, fingerprint: fingerprints[name], key: markerKey(name, fingerprints[name], config.cacheKeySuffix, github.refName ?? '') }));
    const problems = [];
    const saved = await saveMarkers(markers, { ref: github.refName ?? '', runId: github.runId ?? '' }, log, problems, config.cacheTimeoutMs);
    notes.push(...saved.lines);
    warnOnce(log, problems, 'mode record: some passed markers were not saved');
    return notes;
}

;// CONCATENATED MODULE: ./src/action/detect-run.ts
// Detection for the action: which members, and why. Shared by both modes, so
// `mode: detect` and `mode: sync` can never disagree on the answer.




/**
 * Starts listing the changed paths (the event, git, the API) before the
 * workspace is loaded, so git answers while it loads: the workspace (for
 * uv.lock's path, whose texts the change set carries) is needed only once
 * the list is made. Undefined when the `packages` input skips detection.
 * `shallow`: known from finding the repository (git.ts findRepo), undefined
 * when git did not find it.
 */
function startChanges(config, github, log, shallow) {
    if (config.packages !== undefined)
        return undefined;
    let loaded = () => { };
    const watch = new Promise((resolve) => (loaded = (ws) => resolve(watchedFiles(ws, config.repoRoot))));
    const change = detectChanges({
        repoRoot: config.repoRoot,
        eventName: github.eventName,
        eventPath: github.eventPath,
        base: config.base,
        head: config.head,
        changedFiles: config.changedFiles,
        watch,
        shallow,
        api: github.repository
            ? { token: config.githubToken, url: github.apiUrl, repository: github.repository, workflowRef: github.workflowRef, runId: github.runId, ref: github.refName }
            : undefined,
        log,
    });
    change.catch(() => { }); // awaited in detect, where a failure surfaces
    return (ws) => {
        loaded(ws);
        return change;
    };
}
/** `changes`: a listing startChanges started, else one started here. */
async function detect(config, ws, github, facts, log, changes) {
    if (config.packages !== undefined)
        return applyMarkers(config, ws, { affected: packages_selectPackages(ws, config.packages) }, github, facts, log);
    // detectChanges logs its own progress and description; its warnings are in
    // change.warnings, for the caller's journal to log and keep for the summary.
    const change = await (changes ?? startChanges(config, github, log))(ws);
    const affected = await affectedFromChanges(ws, change, config);
    return applyMarkers(config, ws, { affected, change }, github, facts, log);
}

;// CONCATENATED MODULE: ./src/cache/os-release.ts
// The OS and its release, for the cache key. `uv cache prune --ci` keeps
// exactly the wheels built from source, and those link against the image's
// libraries (glibc, libssl): a cache from ubuntu 22.04 breaks on 24.04, so
// the release must be in the key (setup-uv learned this in astral-sh/setup-uv#703).


/** `KEY=value` lines of os-release(5); values may be quoted. */
function parseOsRelease(text) {
    const out = {};
    for (const line of text.split(/\r?\n/)) {
        const m = /^\s*([A-Z0-9_]+)=(.*)$/.exec(line);
        if (!m)
            continue;
        let value = m[2].trim();
        if (/^(["']).*\1$/.test(value))
            value = value.slice(1, -1).replace(/\\(["'\\$`])/g, '$1');
        out[m[1]] = value;
    }
    return out;
}
/** Pure: the identity from the platform, `os.release()` and the os-release text (Linux). */
function osIdentityFrom(platform, kernelRelease, osReleaseText) {
    if (platform === 'linux') {
        const fields = parseOsRelease(osReleaseText ?? '');
        // Rolling distributions (Arch) have no VERSION_ID; BUILD_ID is the closest thing.
        return { name: fields.ID || 'linux', release: fields.VERSION_ID || fields.BUILD_ID || 'unknown' };
    }
    if (platform === 'darwin')
        return { name: 'macos', release: `darwin${kernelRelease.split('.')[0]}` };
    if (platform === 'win32')
        return { name: 'windows', release: kernelRelease };
    return { name: platform, release: kernelRelease };
}
/** Reads the running OS's identity; never fails (a missing os-release gives `linux`/`unknown`). */
async function osIdentity(platform = process.platform) {
    let text;
    if (platform === 'linux') {
        for (const file of ['/etc/os-release', '/usr/lib/os-release']) {
            text = await (0,promises_.readFile)(file, 'utf8').catch(() => undefined);
            if (text !== undefined)
                break;
        }
    }
    return osIdentityFrom(platform, external_node_os_default().release(), text);
}

;// CONCATENATED MODULE: ./src/action/sync-prep.ts
// What a sync needs that does not depend on uv's answers: where the uv cache
// goes (the link probe, uv's own config) and the key's OS and lock hash. The
// main step starts it as soon as the detection is done, so it runs while
// `uv python find` still answers (most of a warm step's wait on uv) instead
// of after it; runSync awaits each part where it used to compute it, so an
// error still surfaces there, after uv's own.





/** The OS and the lock hash, both read now. An unreadable uv.lock hashes as empty, as a missing one does. */
function keyFacts(ws) {
    return {
        os: osIdentity(),
        lockHash: ws.lockPath ? hashFile(ws.lockPath).catch(() => hashText('')) : Promise.resolve(hashText('')),
    };
}
/**
 * Starts the placement (and the key's facts when the cache may be used).
 * `env` is uv's environment as the sync will see it (UV_CACHE_DIR,
 * UV_PROJECT_ENVIRONMENT); `outer`, where uv looks for the user's and the
 * system's uv.toml (uv-config-files.ts outerConfigPathsFor; undefined: it
 * reads neither). A rejection is handled here; whoever awaits the promise
 * sees it.
 */
function startSyncPrep(config, ws, env, outer) {
    const venvDir = env.UV_PROJECT_ENVIRONMENT ? external_node_path_default().resolve(ws.root, env.UV_PROJECT_ENVIRONMENT) : external_node_path_default().join(ws.root, '.venv');
    const uvConfig = readUvConfig(ws.root, outer);
    const placement = uvConfig.then((texts) => chooseCacheDir({
        inputCacheDir: config.cacheDir,
        envCacheDir: env.UV_CACHE_DIR,
        configCacheDir: cacheDirFromConfigText(texts.uvToml, texts.pyproject, texts.outer),
        runnerTemp: env.RUNNER_TEMP,
        workspaceRoot: ws.root,
        venvDir,
    }));
    for (const p of [uvConfig, placement])
        p.catch(() => { });
    return { uvConfig, placement, ...(config.cache === 'false' ? {} : { key: keyFacts(ws) }) };
}

;// CONCATENATED MODULE: ./src/run/execute.ts
// Runs the planned member jobs, `parallel` at a time, through the one process
// runner: each member's output is kept (bounded, transcript.ts) until it ends,
// then handed to `onDone` whole, so the caller prints one member at a time and
// outputs never interleave. A member past `timeoutMs` is stopped with every
// process it started (its process group on POSIX, taskkill /T on Windows).
// Nothing here throws for a member: a command that cannot start is a failed
// member with the reason.



async function runOne(job, options) {
    const output = new Transcript();
    const started = performance.now();
    const push = (line) => output.push(line);
    try {
        const result = await (0,src_process/* runProcess */.R3)(options.program, job.args, {
            cwd: job.cwd,
            env: (0,src_env/* copyEnv */.x)(options.env, job.env),
            onStdoutLine: push,
            onStderrLine: push,
            timeoutMs: options.timeoutMs,
            killTree: true,
            killGraceMs: options.killGraceMs,
            // Lines go to the transcript, which bounds them; nothing else is kept.
            maxOutput: 0,
        });
        const status = result.timedOut ? 'timed-out' : result.code === 0 ? 'passed' : 'failed';
        return { member: job.member, path: job.path, status, durationMs: result.durationMs, exitCode: result.code, ...(result.signal ? { signal: result.signal } : {}), output: output.view() };
    }
    catch (error) {
        if (!(error instanceof src_process/* SpawnError */.G$))
            throw error;
        const problem = `${error.file}: ${error.message}`;
        return { member: job.member, path: job.path, status: 'failed', durationMs: performance.now() - started, problem, output: output.view() };
    }
}
/** Runs every job; resolves with the members' results in the order they finished (their output went to `onDone`). */
async function runMembers(jobs, options) {
    const finished = [];
    let next = 0;
    // One printer at a time: a member that ends while another is being printed waits its turn.
    let printing = Promise.resolve();
    const worker = async () => {
        while (next < jobs.length) {
            const job = jobs[next++];
            const run = await runOne(job, options);
            const { output: _printed, ...result } = run;
            finished.push(result);
            printing = printing.then(() => options.onDone(run));
            await printing;
        }
    };
    const workers = Math.max(1, Math.min(options.parallel, jobs.length));
    await Promise.all(Array.from({ length: workers }, worker));
    await printing;
    return finished;
}

;// CONCATENATED MODULE: ./src/run/plan.ts
// Which processes a run of the `run` command per member starts (pure): one
// `uv run --no-sync --package <member> -- <command\u2026>` per member, in the
// member's directory, with UVWS_MEMBER and UVWS_MEMBER_PATH set. The command
// comes as words (split like a shell would, never run through one), so a
// member name or a word of the command is only ever an argument.


/** The argv after `uv` that runs `command` for `member`. */
function memberRunArgs(member, command) {
    return ['run', '--no-sync', '--package', member, '--', ...command];
}
/**
 * One job per member, the longest first: members with a recorded duration
 * by that duration, members without one before them (they may be the
 * longest of all), ties by name. Started in this order, a pool of N
 * finishes about when its slowest member allows (longest processing time
 * first), rather than with one long member started last.
 */
function planMemberRuns(input) {
    const known = (name) => input.durations?.[name];
    const order = [...input.members].sort((a, b) => {
        const da = known(a.name) ?? Infinity;
        const db = known(b.name) ?? Infinity;
        return da === db ? (0,src_text/* compareStrings */.Kt)(a.name, b.name) : db - da;
    });
    return order.map((m) => ({
        member: m.name,
        path: m.path,
        cwd: external_node_path_default().join(input.repoRoot, ...m.path.split('/').filter((part) => part !== '.' && part !== '')),
        args: memberRunArgs(m.name, input.command),
        env: { UVWS_MEMBER: m.name, UVWS_MEMBER_PATH: m.path },
    }));
}

;// CONCATENATED MODULE: ./src/action/run-step.ts
// The `run` input in the main step: after a good sync, the command once per
// affected member (src/run/), each member's output printed as one collapsed
// group when it ends, a failed member annotated with the end of its output,
// and, with `skip-passed`, the markers of the members that passed handed to
// the post step (which saves them where the save gate lets the uv cache be
// saved: no `mode: record` step, so no second set of inputs to keep equal).








/** One member's group, then (when it did not pass) its error annotation. */
async function printRun(run, timeoutMs, io) {
    await io.group((0,report_escape/* logText */.kc)(runTitle(run, timeoutMs)), async () => {
        // Test output is the repository's text: no line of it may start a workflow command or end the group.
        for (const line of runLines(run))
            io.info((0,report_escape/* logText */.kc)(line));
    });
    if (run.status !== 'passed') {
        const annotation = runAnnotation(run, timeoutMs);
        io.error((0,src_text/* stripAnsi */.aJ)(annotation.message), { title: annotation.title });
    }
}
/** The markers of the members that passed, keyed with their durations; or why none are saved. */
function markersToSave(report, detection, config, github, facts, journal) {
    const fingerprints = detection.fingerprints ?? {};
    const passed = report.runs.filter((r) => r.status === 'passed' && fingerprints[r.member]);
    if (!config.skipPassed || passed.length === 0)
        return undefined;
    const gate = saveGate(facts);
    if (!gate.save) {
        journal.note(gate.reason.replace(/the uv cache/g, 'passed markers'));
        return undefined;
    }
    const ref = github.refName ?? '';
    const list = passed.map((r) => ({
        member: r.member,
        fingerprint: fingerprints[r.member],
        key: markerKey(r.member, fingerprints[r.member], config.cacheKeySuffix, ref, seconds(r.durationMs)),
    }));
    journal.info(`skip-passed: the post step saves the passed markers of ${list.map((m) => m.member).join(', ')}`);
    return { ref, runId: github.runId ?? '', list };
}
/** Runs the command for every affected member; never throws for a member that fails. */
async function runStep(config, detection, uv, context, io, journal) {
    const members = detection.affected.members.map((m) => ({ name: m.name, path: m.path }));
    const jobs = planMemberRuns({ members, command: config.run, repoRoot: config.repoRoot, durations: detection.durations });
    const parallel = Math.min(config.runParallel, Math.max(1, jobs.length));
    journal.info(jobs.length === 0
        ? 'run: no member to test'
        : `run: ${format_plural(jobs.length, 'member')}, ${parallel} at a time, each as 'uv run --no-sync --package <member> -- ${config.run.join(' ')}' in its directory ` +
            `(stopped after ${format_formatDuration(config.runTimeoutMs)}, 'run-timeout')`);
    const started = performance.now();
    const runs = await runMembers(jobs, {
        program: uv.uvPath,
        env: uv.env,
        parallel,
        timeoutMs: config.runTimeoutMs,
        onDone: (run) => printRun(run, config.runTimeoutMs, io),
    });
    const report = { command: config.run, runs, skipped: detection.skipped ?? {}, parallel, timeoutMs: config.runTimeoutMs, wallMs: performance.now() - started };
    journal.info(`run: ${countsText(report)} in ${format_formatDuration(report.wallMs)}`);
    const markers = markersToSave(report, detection, config, context.github, context.facts, journal);
    return { report, ...(markers ? { markers } : {}) };
}

;// CONCATENATED MODULE: ./src/action/shards.ts
// The matrix of the affected members (report/matrix.ts), in shards when asked:
// each member weighs what its tests took when the passed markers recorded it,
// else the packages `uv sync --package m` installs according to uv.lock
// (third-party ones included; without a readable lock, the members it
// installs). The log and the summary say which weights were used.







/** The packages each member installs: from uv.lock, else its member closure. */
function closureSizes(ws, names, syncArgs, journal) {
    let sizes;
    if (ws.lockPath) {
        try {
            const lockName = external_node_path_default().relative(ws.root, ws.lockPath) || 'uv.lock';
            const lock = parseLock((0,read_file/* readBoundedText */.H)(ws.lockPath, lockName) ?? '', lockName);
            sizes = lockedClosureSizes(lock, ws.members, names, syncArgs.selection);
        }
        catch (error) {
            journal.info(`shards are balanced by member closures: uv.lock could not be read (${(0,errors/* formatError */.W)(error)})`);
        }
    }
    return (name) => sizes?.get(name) ?? installClosure(ws, name, syncArgs).size;
}
/** The matrix, and the notes for the summary (why it was sharded, by what). */
function matrixStep(config, ws, affected, durations, journal) {
    const shards = effectiveShards(affected.members.length, config.shards);
    if (shards.note)
        journal.info(shards.note);
    const notes = shards.note ? [shards.note] : [];
    if (shards.shards === 0 || affected.members.length === 0)
        return { matrix: buildMatrix(affected.members, shards.shards, () => 1), notes };
    const names = affected.members.map((m) => m.name);
    const { weight, basis } = shardWeights(names, closureSizes(ws, names, config.syncArgs, journal), durations);
    journal.info(basis);
    return { matrix: buildMatrix(affected.members, shards.shards, weight), notes: [...notes, basis] };
}

;// CONCATENATED MODULE: ./src/action/runner-env.ts
// GitHub's environment variables, read in this one module by the entry point
// and passed down as a value, so no other module looks at process.env for them.
function readGithubEnv(env) {
    return {
        eventName: env.GITHUB_EVENT_NAME,
        eventPath: env.GITHUB_EVENT_PATH,
        apiUrl: env.GITHUB_API_URL || 'https://api.github.com',
        repository: env.GITHUB_REPOSITORY,
        workflowRef: env.GITHUB_WORKFLOW_REF,
        runId: env.GITHUB_RUN_ID,
        refName: env.GITHUB_REF_NAME,
    };
}

;// CONCATENATED MODULE: ./src/action/state.ts
const state_STATE_KEY = 'uv-workspace-sync';
function encodeState(state) {
    return JSON.stringify(state);
}
function state_decodeState(text) {
    if (!text)
        return undefined;
    try {
        const value = JSON.parse(text);
        return typeof value === 'object' && value !== null && typeof value.syncSucceeded === 'boolean' ? value : undefined;
    }
    catch {
        return undefined;
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

;// CONCATENATED MODULE: ./src/action/io.ts
// What the main step needs from the runner, as one value: the real one speaks
// the runner's protocol (runner.ts), a test passes a fake and runs the step
// in-process.


/** The runner itself. */
const actionsIO = {
    env: process.env,
    cwd: process.cwd(),
    getInput: runner.runner.getInput,
    info: runner.runner.info,
    warning: runner.runner.warning,
    notice: runner.runner.notice,
    error: runner.runner.error,
    group: runner.runner.group,
    isDebug: runner.runner.isDebug,
    exportVariable: runner.runner.exportVariable,
    saveState: runner.runner.saveState,
    setOutput: runner.runner.setOutput,
    setFailed: runner.runner.setFailed,
    writeSummary: writeSummary,
    endStep: runner.runner.endStep,
};

;// CONCATENATED MODULE: ./src/action/journal.ts

class Journal {
    io;
    /** Said in the log and repeated in the summary's notes. */
    notes = [];
    /** Emitted as ::warning and repeated in the summary, where a reviewer reads them. */
    warnings = [];
    constructor(io) {
        this.io = io;
    }
    /**
     * A log line. Text from the repository, the event, uv or the cache service
     * is neutralised (report/escape.ts logText); annotations go through the
     * runner, which escapes their data.
     */
    info(message) {
        this.io.info((0,report_escape/* logText */.kc)(message));
    }
    /** A warning for the log and the summary, once. */
    warning(message, props) {
        this.io.warning(message, props);
        this.warnings.push(message);
    }
    notice(message) {
        this.io.notice(message);
    }
    /** A note for the log and the summary. */
    note(message) {
        this.info(message);
        this.notes.push(message);
    }
    /**
     * The Log for modules whose warnings are theirs to word but not summary
     * material (the passed markers, the cache client): logged, not kept.
     */
    get log() {
        return { info: (m) => this.info(m), warning: (m) => this.io.warning(m), notice: (m) => this.notice(m) };
    }
}

;// CONCATENATED MODULE: ./src/action/post-gate.ts
// Whether the post step has anything to do, read from main's state alone.
// The post entry asks this before it loads the rest of its bundle: a job
// with an exact cache hit, a pull request that may not save, or a detect
// step would otherwise pay for loading the cache client to do nothing.
// Main asks it too, to tell the runner when post need not start
// (post-skip.ts). It imports nothing heavy, and it must stay that way.



function cachePlan(state) {
    if (!state.syncSucceeded)
        return { save: false, line: sentence(state.skipSaveReason ?? 'not saving the uv cache: uv sync failed') };
    if (state.skipSaveReason)
        return { save: false, line: sentence(state.skipSaveReason) };
    // Without a key the GitHub cache is not in use (cache: false, or turned off by cache: auto).
    if (!state.cacheKey || !state.cacheDir)
        return { save: false };
    return { save: true, cacheKey: state.cacheKey, cacheDir: state.cacheDir };
}
/** `env` is the step's environment: main's state arrives as `STATE_<name>`, the inputs as `INPUT_<NAME>`. */
function postGate(env) {
    return gateOf(decodeState(env[`STATE_${STATE_KEY}`] ?? ''), inputFromEnv(env, 'mode'));
}
/**
 * Pure: what post has to do after a main that saved `state` (undefined: none)
 * in `mode`. Main asks it too, with the state it saved, to tell the runner
 * when post can be skipped (post-skip.ts): one rule for both.
 */
function gateOf(state, mode) {
    if (!state) {
        // mode: detect and mode: record never sync, and say nothing about it.
        if (mode === 'detect' || mode === 'record')
            return { run: false };
        return { run: false, line: 'uv-workspace-sync: main did not reach uv sync; nothing to prune or save.' };
    }
    const cache = cachePlan(state);
    // Passed markers are saved even when the uv cache is not (an exact hit cannot change; markers are new).
    if (!cache.save && !state.markers?.list.length)
        return { run: false, ...(cache.line ? { line: cache.line } : {}) };
    return { run: true, state, cache };
}
/** A save reason ("not saving the uv cache: \u2026") as a log line. */
function sentence(reason) {
    return `${(0,src_text/* capitalize */.ZH)(reason)}.`;
}

// EXTERNAL MODULE: ./src/action/input-env.ts
var input_env = __webpack_require__(2036);
;// CONCATENATED MODULE: ./src/action/post-skip.ts
// When post has nothing to do (an exact cache hit, a pull request that may not
// save, a detect step, a failed sync), starting it still costs the job a step:
// the runner prepares it and starts Node only for post to read main's state
// and stop. So main tells the runner instead. action.yml's `post-if` skips
// post when the job variable below holds `[<github.action>]`, this step's
// token; the runner evaluates it with the job's environment, GITHUB_ENV
// exports included (actions/runner StepsRunner). Every use of the action in a
// job writes to the one variable, so each touches its own token only, and a
// step that needs its post writes `[!<action>]`, which no later step with the
// same name (composite actions may repeat one) can turn into a skip. Without
// the variable, or on a runner that ignores it, post runs and its gate
// (post-gate.ts) decides, as before.



const SKIP_POST_VARIABLE = 'UV_WORKSPACE_SYNC_SKIP_POST';
/** A GitHub step name as the runner makes it (`__owner_repo`, `__run_2`, an `id:`): nothing that could break a token. */
const ACTION_NAME = /^[A-Za-z0-9_.-]{1,200}$/;
/**
 * Pure: the variable's value once step `action` has said whether its post has
 * work, or undefined when the value stays as it is.
 */
function skipPostValue(current, action, postNeeded) {
    const skip = `[${action}]`;
    const keep = `[!${action}]`;
    if (postNeeded) {
        const next = current.split(skip).join('') + (current.includes(keep) ? '' : keep);
        return next === current ? undefined : next;
    }
    return current.includes(keep) || current.includes(skip) ? undefined : current + skip;
}
/**
 * Pure: what main tells the runner about post, from the state it saved
 * (undefined: none) and the step's environment (GITHUB_ACTION, INPUT_MODE,
 * the variable's current value). Outside a runner (no GITHUB_ACTION) nothing.
 */
function postSkip(state, env) {
    const action = env.GITHUB_ACTION ?? '';
    if (!ACTION_NAME.test(action))
        return {};
    const gate = gateOf(state, (0,input_env/* inputFromEnv */.y)(env, 'mode'));
    const current = env[SKIP_POST_VARIABLE] ?? '';
    const value = skipPostValue(current, action, gate.run);
    const skipped = (value ?? current).includes(`[${action}]`);
    return {
        ...(value !== undefined ? { export: { name: SKIP_POST_VARIABLE, value } } : {}),
        // Without a state main failed, and its error says so; post's "did not reach uv sync" adds nothing.
        ...(skipped && state && !gate.run && gate.line ? { line: gate.line } : {}),
    };
}
/** Tells the runner, through the variable, when post has nothing to do; any trouble writing it leaves post to run. */
function tellPost(io, state) {
    const skip = postSkip(state, io.env);
    try {
        if (skip.export)
            io.exportVariable(skip.export.name, skip.export.value);
    }
    catch {
        return;
    }
    if (skip.line)
        io.info((0,report_escape/* logText */.kc)(skip.line));
}

;// CONCATENATED MODULE: ./src/action/main-run.ts
// The main step: detect \u2192 matrix \u2192 (mode sync) place and restore the cache,
// one uv sync \u2192 outputs, annotations, summary. Each step is a named function
// with one job; they share one run record (SyncOutcome, then RunRecord) and
// one journal, and talk to the runner only through `io` (action/io.ts), so a
// test runs the whole step in-process against a fake. Everything here is
// wiring; the decisions live in the pure modules.




































/**
 * The owners in matchers/uv.json. Main no longer registers it: the sync's
 * errors are annotated from its parsed output (with their hints), and a
 * matcher left registered turns every later step's `error:` line into a "uv"
 * annotation. One registered by an older version of this action in an
 * earlier step is removed when main ends.
 */
const UV_MATCHER_OWNERS = ['uv', 'uv-diagnostic', 'uv-locked'];
const LINK_MODE_SOURCES = {
    UV_LINK_MODE: 'set by UV_LINK_MODE',
    'link-mode': 'set by the link-mode input',
    probe: 'chosen by the link probe',
};
/** Who chose the link mode, and for the probe's choice why (uv's preference on this platform, what the probe found). */
function linkReason(source, probeWhy) {
    return source === 'probe' ? `${LINK_MODE_SOURCES.probe}: ${probeWhy}` : LINK_MODE_SOURCES[source];
}
function emit(io, annotation) {
    const props = { title: annotation.title, file: annotation.file, startLine: annotation.startLine };
    if (annotation.level === 'error')
        io.error(annotation.message, props);
    else if (annotation.level === 'warning')
        io.warning(annotation.message, props);
    else
        io.notice(annotation.message, props);
}
/**
 * Starts loading the restore's code at once when this step may restore, so
 * that it compiles while git and uv answer (they are child processes, on the
 * other core) instead of after them.
 */
function loadRestoreCode(config) {
    if (config.mode !== 'sync' || config.cache === 'false')
        return undefined;
    const code = __webpack_require__.e(/* import() */ 19).then(__webpack_require__.bind(__webpack_require__, 7019));
    // The tools it asks about (zstd, tar) answer while git and uv do.
    code.then((restore) => restore.restoreTools()).catch(() => { }); // awaited in restoreStep, where a failure surfaces
    return code;
}
/** The uv to run and the environment it runs in (UV_PYTHON from the python-version input), from the probe detection made. */
function prepareUv(config, readied, io, journal) {
    // A sync always probes uv (detectStep); only a detect step without fingerprints does not.
    if (!readied.probe?.uv)
        throw readied.probe?.problem;
    // A Python path uv does not find fails the sync anyway: say so before any cache is restored for a Python named 'unknown'.
    const { pathNotFound } = readied.probe.python;
    if (pathNotFound)
        throw (0,python/* pythonPathError */.iN)(pathNotFound, { syncArgsPython: config.syncArgs.python, pythonVersionInput: config.pythonVersion });
    const { path: uvPath, version } = readied.probe.uv;
    journal.info(`uv ${version} at ${uvPath}`);
    if (config.pythonVersion)
        io.exportVariable('UV_PYTHON', config.pythonVersion);
    return { env: (0,src_env/* copyEnv */.x)(readied.env), uvPath, version, python: readied.probe.python };
}
/** Where the uv cache goes and how uv links from it; exported to later steps. */
async function placeCache(config, prep, env, gate, io, journal) {
    const placement = await prep.placement;
    journal.info(`uv cache: ${placement.dir} (${placement.reason})`);
    if (placement.warning)
        journal.warning(placement.warning, { title: 'uv cache on another filesystem' });
    const setupUv = setupUvCacheConflict({ cacheDir: placement.dir, envCacheDir: env.UV_CACHE_DIR, cacheEnabled: gate.enabled });
    if (setupUv)
        journal.warning(setupUv, { title: 'uv cache saved twice' });
    io.exportVariable('UV_CACHE_DIR', placement.dir);
    env.UV_CACHE_DIR = placement.dir;
    const link = resolveLinkMode(config.linkMode, env.UV_LINK_MODE, placement.linkMode);
    journal.info(`link mode: ${link.mode} (${linkReason(link.source, placement.linkWhy)})`);
    if (link.exportValue) {
        io.exportVariable('UV_LINK_MODE', link.exportValue);
        env.UV_LINK_MODE = link.exportValue;
    }
    if (link.warning)
        journal.warning(link.warning);
    return { placement, link };
}
/** The cache key (only when the GitHub cache is used) and the restore under it. */
async function restoreStep(config, uv, members, cache, io, journal) {
    // The key (and the Python and OS it names) matters only for the GitHub cache.
    const facts = cache.key;
    const keys = cacheKey({
        platform: process.platform,
        arch: process.arch,
        os: await facts.os,
        python: uv.python,
        uvVersion: uv.version,
        lockHash: await facts.lockHash,
        members,
        syncArgs: config.syncArgs,
        pruned: config.pruneCache,
        suffix: config.cacheKeySuffix,
    });
    if (members.length === 0)
        return { keys, restore: undefined };
    const { restoreCache } = await (cache.restoreCode ?? __webpack_require__.e(/* import() */ 19).then(__webpack_require__.bind(__webpack_require__, 7019)));
    const restore = await io.group('Restore uv cache', () => restoreCache({ dir: cache.dir, primaryKey: keys.key, restoreKeys: keys.restoreKeys, log: journal.log, deadlineMs: config.cacheTimeoutMs }));
    return { keys, restore };
}
/** Why a sync ended badly, one line for the step's error. */
function syncFailure(result, timeoutMs) {
    if (result.timedOut) {
        const minutes = timeoutMs / 60_000;
        return (`uv sync did not finish within ${format_formatDuration(timeoutMs)} ('sync-timeout' is ${minutes} ${minutes === 1 ? 'minute' : 'minutes'}): ` +
            "uv and the processes it started were stopped; raise 'sync-timeout' if the sync needs longer, or see uv's output above for what it was waiting on");
    }
    return result.signal ? `uv sync was killed by ${result.signal}` : `uv sync failed with exit code ${result.code}`;
}
/** Runs the planned `uv sync` invocations until the first failure, into the outcome, all of them within `timeoutMs`. */
async function runPlannedSync(plan, ws, uv, affectedNames, timeoutMs, outcome, io, journal) {
    let stderr = '';
    let exitCode = 0;
    let durationMs = 0;
    const command = [];
    for (const name of affectedNames)
        outcome.memberSync.set(name, 'not-synced');
    // One invocation, or one per member on a uv that cannot repeat --package.
    for (const args of plan.invocations) {
        const named = args.flatMap((arg, i) => (arg === '--package' && args[i + 1] ? [args[i + 1]] : []));
        const covers = named.length > 0 ? named : affectedNames;
        command.push(...(command.length ? ['&&'] : []), 'uv', ...args);
        const result = await io.group(`uv ${args.join(' ')}`, () => runUv(uv.uvPath, args, {
            cwd: ws.root,
            env: uv.env,
            onStderrLine: (line) => journal.info(line),
            onStdoutLine: (line) => journal.info(line),
            timeoutMs: Math.max(1, timeoutMs - durationMs),
            killTree: true,
        }));
        stderr += result.stderr;
        durationMs += result.durationMs;
        exitCode = result.code;
        for (const name of covers)
            outcome.memberSync.set(name, result.code === 0 ? 'synced' : 'failed');
        if (result.code !== 0) {
            outcome.failure = syncFailure(result, timeoutMs);
            break;
        }
    }
    // uv's output was streamed into its group above (with -v under debug):
    // that is the one raw log.
    outcome.sync = { command, exitCode, durationMs, report: parseUvOutput(stderr, { exitCode }) };
}
async function runSync(config, ws, detection, readied, facts, io, journal) {
    const uv = prepareUv(config, readied, io, journal);
    // uv told to use no cache (UV_NO_CACHE, --no-cache, no-cache = true) reads none and leaves none: nothing to restore or save.
    const { prep } = readied;
    const noCache = await noCacheReason(config, prep.uvConfig);
    const gate = noCache ? { enabled: false, reason: noCache } : cacheGate(facts);
    if (noCache)
        journal.notice(noCache);
    else if (gate.reason)
        journal.note(gate.reason);
    const { placement, link } = await placeCache(config, prep, uv.env, gate, io, journal);
    const members = detection.affected.all ? 'all' : detection.affected.members.map((m) => m.name);
    // The prep asks the key's facts wherever the `cache` input leaves the GitHub cache on, which an enabled gate implies.
    const key = gate.enabled ? prep.key : undefined;
    const { keys, restore } = key
        ? await restoreStep(config, uv, members, { dir: placement.dir, restoreCode: readied.restoreCode, key }, io, journal)
        : { keys: undefined, restore: undefined };
    // Directory and placement are facts of every sync, cache: false included.
    const cache = {
        dir: placement.dir,
        placement: placement.reason,
        sameFilesystem: placement.sameFilesystem,
        ...(keys ? { key: keys.key, lockPrefix: keys.lockPrefix } : {}),
        restore: restoreOutcome(gate, restore, members.length === 0),
        pruned: config.pruneCache,
        // Without a cache service there is nothing to save to, so post neither prunes nor saves.
        ...(restore?.hit === 'unavailable' ? { unsaveable: restore.warning } : {}),
    };
    const run = {
        cache,
        memberSync: new Map(),
        linkMode: { mode: link.mode, reason: linkReason(link.source, placement.linkWhy) },
        uvVersion: uv.version,
    };
    const plan = planSync({ members, syncArgs: config.syncArgs, uvVersion: uv.version, debug: config.debug || io.isDebug() });
    if (plan.note)
        journal.note(plan.note);
    if (plan.invocations.length === 0) {
        // For the summary only: the log already says how many members are affected.
        journal.notes.push('No member is affected: nothing to sync.');
    }
    else {
        await runPlannedSync(plan, ws, uv, detection.affected.members.map((m) => m.name), config.syncTimeoutMs, run, io, journal);
    }
    const syncSucceeded = run.failure === undefined;
    cache.save = planSave(cache, { facts, syncSucceeded, synced: plan.invocations.length > 0 });
    return { ...run, uv, state: stateFor(uv, cache, syncSucceeded) };
}
/** `repository.default_branch` of the event payload; an unreadable payload names no default branch. */
function defaultBranch(eventPath) {
    if (!eventPath)
        return undefined;
    try {
        return defaultBranchFromPayload((0,read_file/* readBoundedText */.H)(eventPath, 'the event payload (GITHUB_EVENT_PATH)'));
    }
    catch {
        return undefined;
    }
}
/**
 * What decides whether this job writes to the GitHub cache (cache/policy.ts
 * saveGate), read once: the uv cache's save and `mode: record`'s markers
 * follow the same gate.
 */
function saveFacts(config, env) {
    return {
        cache: config.cache,
        runnerEnvironment: env.RUNNER_ENVIRONMENT,
        policy: config.saveCache,
        eventName: env.GITHUB_EVENT_NAME ?? '',
        ref: env.GITHUB_REF,
        defaultBranch: config.saveCache === 'default-branch' ? defaultBranch(env.GITHUB_EVENT_PATH) : undefined,
    };
}
/** What post needs of the run: read off the cache outcome, never reshaped apart from it. */
function stateFor(uv, cache, syncSucceeded) {
    return {
        syncSucceeded,
        uvPath: uv.uvPath,
        uvVersion: uv.version,
        cacheDir: cache.dir,
        cacheKey: cache.key,
        cacheLockPrefix: cache.lockPrefix,
        cacheMatchedKey: matchedKey(cache),
        ...(cache.save && !cache.save.save ? { skipSaveReason: cache.save.reason } : {}),
    };
}
/**
 * Inputs, the workspace and the detection: which members, and why. `start`:
 * the inputs read and the uv probe started by src/main.ts before this module
 * loaded; without it (tests, or inputs that did not parse there) it is done
 * here, inside runMain's error handling.
 */
async function detectStep(io, journal, start) {
    const { config: parsed, env, probe: early } = start ?? (0,main_start.startMain)(io);
    const restoreCode = loadRestoreCode(parsed);
    // The repository is where git says, not assumed: actions/checkout `path:` puts it below GITHUB_WORKSPACE.
    const repo = await findRepo(parsed.workingDirectory);
    const located = { ...parsed, repoRoot: repo?.root ?? parsed.repoRoot };
    const github = readGithubEnv(io.env);
    // The changed paths are listed (git) while the workspace loads.
    const changes = startChanges(located, github, journal.log, repo?.shallow);
    // Everything the listing does up to its git children is synchronous or a
    // microtask, which would run only once the (synchronous) workspace load
    // below is done: one turn of the event loop first lets it spawn them, so
    // they answer on the other core while the load blocks this one.
    await new Promise((resolve) => setImmediate(resolve));
    const ws = loadWorkspace(located.workingDirectory, located.repoRoot);
    for (const warning of ws.warnings)
        journal.warning(warning);
    // The uv probe started with the inputs ran while git answered and the
    // workspace loaded; the fingerprints and the cache key wait for it. Awaited
    // below, so a failure surfaces there, not as an unhandled rejection.
    const probe = early && ws.root !== located.workingDirectory ? (0,machine/* probeUv */.S)(ws.root, env, located.syncArgs.python) : early;
    const facts = probe?.then(envFactsOf);
    for (const p of [probe, facts])
        p?.catch(() => { });
    const config = await uvEnvStep(located, env, probe, journal);
    const detection = await detect(config, ws, github, facts, journal.log, changes);
    // Started once the detection stands (so a step that fails there creates no cache dir), answered while uv still is.
    const prep = config.mode === 'sync' ? startSyncPrep(config, ws, env, outerConfigPathsFor(env, config.uvEnv.ignoresConfig)) : undefined;
    const readied = { env, probe: await probe, restoreCode, prep };
    if (config.mode !== 'sync')
        warnPythonNotFound(config, readied.probe, journal);
    // detectChanges logs its own progress and description; its warnings are ours to emit.
    for (const warning of detection.change?.warnings ?? [])
        journal.warning(warning);
    const { affected } = detection;
    journal.info(affected.all
        ? `all ${affected.members.length} members affected: ${reasonsText(affected.allReasons).join('; ')}`
        : `${affected.members.length} of ${ws.members.length} members affected: ${affected.members.map((m) => m.name).join(', ') || '(none)'}`);
    return { config, ws, github, detection, readied };
}
/** The step's outputs, fitted to the runner's size limit. */
function outputsStep(detection, matrix, outcome, tests, journal) {
    const fitted = fitOutputs(buildOutputs({
        affected: detection.affected,
        matrix,
        cache: outcome ? cacheOutputs(outcome.cache) : undefined,
        linkMode: outcome?.linkMode?.mode,
        uvVersion: outcome?.uvVersion,
        fingerprints: detection.fingerprints,
        skipped: detection.skipped,
        run: tests?.report,
    }));
    for (const note of fitted.notes)
        journal.info(note);
    return fitted;
}
function summaryInput({ config, ws, detection, matrix, outcome, tests, notes }, journal) {
    const { affected } = detection;
    const affectedNames = new Map(affected.members.map((m) => [m.name, m]));
    const cells = tests ? testCells(tests.report) : new Map();
    return {
        mode: config.mode,
        workspaceRoot: ws.rootPath,
        members: ws.members.map((m) => ({
            name: m.name,
            path: m.path,
            affected: affectedNames.has(m.name),
            reasons: affectedNames.get(m.name)?.reasons ?? [],
            ...(outcome?.memberSync.has(m.name) ? { sync: outcome.memberSync.get(m.name) } : {}),
            ...(cells.has(m.name) ? { tests: cells.get(m.name) } : {}),
        })),
        pulledIn: affected.pulledIn,
        change: {
            source: detection.change?.source ?? 'changed-files',
            description: detection.change?.description ?? `packages input: ${affected.members.map((m) => m.name).join(', ')}`,
            changedFiles: detection.change?.paths.length,
            all: affected.all,
            allReasons: affected.allReasons,
            unowned: affected.unowned,
        },
        cache: outcome?.cache,
        linkMode: outcome?.linkMode,
        uvVersion: outcome?.uvVersion,
        sync: outcome?.sync,
        matrix: config.mode === 'detect' ? matrix : undefined,
        ...(tests ? { tests: testsLine(tests.report) } : {}),
        notes: [...notes, ...journal.notes],
        warnings: journal.warnings,
    };
}
/** The main step. `io` is the runner; tests pass a fake and run it in-process. `start`: what src/main.ts began (detectStep). */
async function runMain(io = actionsIO, start) {
    // Every output is set, with its empty value when main fails before it knows it.
    let outputs = emptyOutputs();
    const journal = new Journal(io);
    // What post will read, for telling the runner whether post has anything to do.
    let saved;
    const save = (state) => {
        saved = state;
        io.saveState(state_STATE_KEY, encodeState(state));
    };
    try {
        const { config, ws, github, detection, readied } = await detectStep(io, journal, start);
        const { matrix, notes: shardNotes } = matrixStep(config, ws, detection.affected, detection.durations, journal);
        // mode record: the members given in `packages` passed; remember their fingerprints.
        const facts = saveFacts(config, io.env);
        const recorded = config.mode === 'record' ? await recordMarkers(config, detection, github, facts, journal.log) : [];
        let outcome;
        let tests;
        // A sync's prep is started by detectStep (mode: sync) and for nothing else.
        if (readied.prep) {
            outcome = await runSync(config, ws, detection, { ...readied, prep: readied.prep }, facts, io, journal);
            save(outcome.state);
            // The command runs on a good sync only; the markers of the members it passed go to post with the state.
            if (config.run.length > 0 && !outcome.failure) {
                tests = await runStep(config, detection, outcome.uv, { github, facts }, io, journal);
                if (tests.markers)
                    save({ ...outcome.state, markers: tests.markers });
            }
        }
        const fitted = outputsStep(detection, matrix, outcome, tests, journal);
        outputs = fitted.outputs;
        const annotations = buildAnnotations({
            affected: detection.affected,
            changedPaths: detection.change?.paths ?? [],
            members: ws.members,
            report: outcome?.sync?.report,
            cacheDir: outcome?.cache.dir,
            matrixLegs: matrix.include.length,
        });
        for (const annotation of annotations)
            emit(io, annotation);
        const notes = [...(detection.markerNotes ?? []), ...recorded, ...shardNotes, ...fitted.notes];
        if (config.summary)
            await io.writeSummary(renderSummary(summaryInput({ config, ws, detection, matrix, outcome, tests, notes }, journal)));
        if (outcome?.failure) {
            io.setFailed(outcome.sync?.report.errors.length ? `${outcome.failure}; uv's error is annotated above and in the job summary` : outcome.failure);
        }
        const testsFailed = tests && runFailure(tests.report);
        if (testsFailed)
            io.setFailed(testsFailed);
    }
    catch (error) {
        io.setFailed((0,errors/* formatError */.W)(error));
    }
    finally {
        try {
            for (const [name, value] of Object.entries(outputs))
                io.setOutput(name, value);
        }
        catch (error) {
            // An unwritable GITHUB_OUTPUT: one error line, and the step fails.
            io.setFailed((0,errors/* formatError */.W)(error));
        }
        for (const owner of UV_MATCHER_OWNERS)
            io.info(`::remove-matcher owner=${owner}::`);
        tellPost(io, saved);
        io.endStep();
    }
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


/***/ }),

/***/ 4031:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X1: () => (/* binding */ escapeText),
/* harmony export */   aY: () => (/* binding */ code),
/* harmony export */   kc: () => (/* binding */ logText)
/* harmony export */ });
/* unused harmony exports terminalText, safeJson, terminalLines */
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8992);
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


/***/ })

};
