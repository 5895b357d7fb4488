export const id = 19;
export const ids = [19];
export const modules = {

/***/ 7019:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  restoreCache: () => (/* binding */ restoreCache),
  restoreTools: () => (/* binding */ restoreTools)
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
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
// EXTERNAL MODULE: ./src/text.ts
var src_text = __webpack_require__(8992);
;// CONCATENATED MODULE: ./src/cache/archive-check.ts
/** The archive holds what must not reach the cache dir, or more than a restore takes: it is discarded whole. */
class UnsafeArchiveError extends Error {
}
/** Linux gives up after 40 symlinks in one lookup (ELOOP); so does this check. */
const MAX_HOPS = 40;
/**
 * A venv's interpreter link (`bin/python`, `bin/python3.12`): uv's build and
 * cached environments (builds-v0, environments-v2) point it at the system
 * interpreter, outside the cache, and uv never writes through it.
 */
const INTERPRETER_LINK = /^python(\d+(\.\d+)?)?$/;
function isInterpreterLink(rel) {
    const parts = rel.split('/');
    return parts.length >= 2 && parts[parts.length - 2] === 'bin' && INTERPRETER_LINK.test(parts[parts.length - 1]);
}
/** Absolute on any platform: `/x`, `\x`, `C:\u2026`. */
function isAbsolute(name) {
    return /^[\\/]/.test(name) || /^[A-Za-z]:/.test(name);
}
/** A stored name as text for a message (names are latin1-decoded bytes; most are UTF-8). */
function shown(name) {
    return JSON.stringify(Buffer.from(name, 'latin1').toString('utf8'));
}
class Loop extends Error {
}
/**
 * Where `target`, read from a link in `dir` (components under the root), leads:
 * its components under the root, or undefined once it leaves the root.
 * `links` maps root-relative paths (`/`-separated) to the targets of the
 * symlinks there. `\` separates components too: Windows reads it so.
 */
function resolve(dir, target, links, hops) {
    if (isAbsolute(target))
        return undefined;
    const at = [...dir];
    for (const part of target.split(/[\\/]/)) {
        if (part === '' || part === '.')
            continue;
        if (part === '..') {
            if (at.length === 0)
                return undefined;
            at.pop();
            continue;
        }
        at.push(part);
        const next = links.get(at.join('/'));
        if (next === undefined)
            continue;
        if (++hops.n > MAX_HOPS)
            throw new Loop();
        const resolved = resolve(at.slice(0, -1), next, links, hops);
        if (!resolved)
            return undefined;
        at.splice(0, at.length, ...resolved);
    }
    return at;
}
/**
 * The first symlink (as `path -> target`) that resolves outside the root, or
 * into a loop; interpreter links may point outside. Used on the archive's
 * listing and again on the extracted tree.
 */
function escapingLink(links) {
    for (const [rel, target] of links) {
        let inside;
        try {
            inside = resolve(rel.split('/').slice(0, -1), target, links, { n: 0 }) !== undefined;
        }
        catch (error) {
            if (error instanceof Loop)
                return `${rel} -> ${target} (a loop of symlinks)`;
            throw error;
        }
        if (!inside && !isInterpreterLink(rel))
            return `${rel} -> ${target}`;
    }
    return undefined;
}
/**
 * A stored name's components under `prefix`, or undefined when it does not
 * lie there: absolute, `..`, `.` or empty components (`\` counts as a
 * separator, as on Windows), or another prefix.
 */
function underPrefix(name, prefix) {
    const trimmed = name.replace(/\/+$/, '');
    if (trimmed === '' || isAbsolute(trimmed))
        return undefined;
    if (trimmed.split(/[\\/]/).some((part) => part === '' || part === '.' || part === '..'))
        return undefined;
    const parts = trimmed.split('/');
    if (parts.length < prefix.length || prefix.some((part, i) => parts[i] !== part))
        return undefined;
    return parts.slice(prefix.length);
}
/**
 * Checks a restored archive's entries as they are read (`visit`, in archive
 * order), then its links as a whole (`finish`). Each throws an
 * UnsafeArchiveError saying what was found; `where` names the cache dir.
 */
class ArchiveCheck {
    where;
    maxEntries;
    prefix;
    symlinks = new Map();
    /** Paths that are files at this point of the archive (the only things a hard link may name). */
    files = new Set();
    entries = 0;
    constructor(prefix, where, maxEntries) {
        this.where = where;
        this.maxEntries = maxEntries;
        this.prefix = prefix === '' ? [] : prefix.split('/');
    }
    visit(entry) {
        if (++this.entries > this.maxEntries) {
            throw new UnsafeArchiveError(`the archive has more than ${this.maxEntries.toLocaleString('en-US')} entries, the most a restore takes`);
        }
        const fail = (what) => new UnsafeArchiveError(`the archive has ${what}`);
        const parts = underPrefix(entry.name, this.prefix);
        if (!parts)
            throw fail(`an entry outside ${this.where}: ${shown(entry.name)}`);
        if (entry.kind === 'other')
            throw fail(`${entry.what}, which a cache never holds: ${shown(entry.name)}`);
        if (entry.kind !== 'dir' && (parts.length === 0 || entry.name.endsWith('/')))
            throw fail(`${entry.what} named like a directory: ${shown(entry.name)}`);
        for (let i = 1; i < parts.length; i++) {
            if (this.symlinks.has(parts.slice(0, i).join('/')))
                throw fail(`an entry written through a symlink: ${shown(entry.name)}`);
        }
        const rel = parts.join('/');
        // What replaces a symlink depends on the tar (kept, replaced, followed): no archive uv writes does it.
        if (this.symlinks.has(rel))
            throw fail(`an entry that replaces a symlink: ${shown(entry.name)}`);
        this.files.delete(rel);
        if (entry.kind === 'file')
            this.files.add(rel);
        else if (entry.kind === 'symlink')
            this.symlinks.set(rel, entry.linkname);
        else if (entry.kind === 'hardlink') {
            const target = underPrefix(entry.linkname, this.prefix);
            if (!target)
                throw fail(`a hard link to outside ${this.where}: ${shown(entry.name)} -> ${shown(entry.linkname)}`);
            if (!this.files.has(target.join('/')))
                throw fail(`a hard link to something that is not a file before it in the archive: ${shown(entry.name)} -> ${shown(entry.linkname)}`);
            this.files.add(rel);
        }
    }
    finish() {
        const link = escapingLink(this.symlinks);
        if (link)
            throw new UnsafeArchiveError(`the archive has a symlink pointing outside ${this.where}: ${shown(link)}`);
    }
}

// EXTERNAL MODULE: ./src/env.ts
var env = __webpack_require__(8204);
// EXTERNAL MODULE: ./src/process.ts
var src_process = __webpack_require__(4006);
;// CONCATENATED MODULE: ./src/cache/archive-tools.ts
// The tar and zstd a restore runs, chosen as @actions/cache chooses them for
// its save (its internal/tar.ts and cacheUtils.ts), so a runner where the
// client saves is one where this action restores:
// - Windows: Git for Windows' GNU tar (`%ProgramFiles%\Git\usr\bin\tar.exe`),
//   else a `tar` on PATH that says it is GNU tar, else the system bsdtar
//   (`%SystemDrive%\Windows\System32\tar.exe`); macOS: `gtar` when installed,
//   else `tar` (bsdtar); elsewhere `tar`. The client assumes GNU tar there;
//   this asks (`tar --version`), so a bsdtar installed as `tar` gets only the
//   flags both know.
// - zstd decompresses as `zstd -d` (what the client runs on Windows; `unzstd`
//   elsewhere is the same program under another name, and `zstd` is the one
//   whose presence made the client choose zstd), with `--long=30` only for the
//   `zstd` method, as the client does. gzip needs no program (Node's zlib).
// tar then reads the plain, already checked stream on its stdin (archive.ts),
// so it needs no compression program; GNU tar gets `--force-local` as the
// client passes it, without which a `D:/a/_temp/\u2026/cache.tar` names the
// remote host `D`.




/**
 * The one place tar and zstd are started (so where they are looked up is
 * decided once, in the process runner). Anything but a clean exit within the
 * time is an error naming the tool and why.
 */
async function runTool(file, args, timeoutMs, options = {}) {
    const fail = (why) => new Error(`${external_node_path_default().basename(file)} ${args[0]}: ${why}`);
    const result = await (0,src_process/* runProcess */.R3)(file, args, { ...options, timeoutMs: Math.max(1, timeoutMs), killSignal: 'SIGKILL', maxOutput: 1024 * 1024 }).catch((error) => {
        throw error instanceof src_process/* SpawnError */.G$ ? fail(`could not be started: ${error.message}`) : error;
    });
    if (result.timedOut)
        throw fail(`did not finish within ${Math.round(timeoutMs / 1000)} s`);
    if (result.code !== 0)
        throw fail((result.stderr.trim().split('\n')[0] ?? '') || `exited with code ${result.code}`);
    return { stdout: result.stdout, stderr: result.stderr };
}
/** What `file --version` printed (stdout and stderr, as the client reads it); empty when it did not run. */
async function versionOf(file, extra = []) {
    try {
        const result = await (0,src_process/* runProcess */.R3)(file, [...extra, '--version'], { timeoutMs: 10_000, killSignal: 'SIGKILL', maxOutput: 64 * 1024 });
        return `${result.stdout}${result.stderr}`.trim();
    }
    catch {
        return '';
    }
}
/** What the client picks (its getCompressionMethod): zstd when `zstd --quiet --version` prints anything, else gzip. */
async function compressionMethod() {
    return (await versionOf('zstd', ['--quiet'])) === '' ? 'gzip' : 'zstd-without-long';
}
/** The tar the client would run on this platform, and which kind it is. */
async function chooseTar(platform = process.platform, env = process.env) {
    if (platform === 'win32') {
        const gitTar = `${env.PROGRAMFILES ?? env.ProgramFiles}\\Git\\usr\\bin\\tar.exe`;
        if ((0,external_node_fs_.existsSync)(gitTar))
            return { file: gitTar, kind: 'gnu' };
        if (/gnu tar/i.test(await versionOf('tar')))
            return { file: 'tar', kind: 'gnu' };
        const systemTar = `${env.SYSTEMDRIVE ?? env.SystemDrive}\\Windows\\System32\\tar.exe`;
        if ((0,external_node_fs_.existsSync)(systemTar))
            return { file: systemTar, kind: 'bsd' };
    }
    const file = platform === 'darwin' && (await versionOf('gtar')) !== '' ? 'gtar' : 'tar';
    return { file, kind: /gnu tar/i.test(await versionOf(file)) ? 'gnu' : 'bsd' };
}
/** `zstd` arguments that write `archive` decompressed to stdout. */
function zstdDecompressArgs(method, archive) {
    return ['-d', '-c', '-q', ...(method === 'zstd' ? ['--long=30'] : []), archive];
}
/**
 * tar arguments that extract the plain tar `archive` (a file, or `-` for stdin) into `dest`,
 * dropping the first `strip` components, never as the archive's owner or
 * with its setuid, setgid or sticky bits (the job may run as root), and
 * never reading a name with a colon as a remote host (GNU tar).
 */
function tarExtractArgs(tar, archive, dest, strip, platform = process.platform) {
    // As the client passes them to both tars on Windows: forward slashes.
    const slashes = (p) => (platform === 'win32' ? p.replace(/\\/g, '/') : p);
    const args = ['-xf', slashes(archive), '-C', slashes(dest), `--strip-components=${strip}`, '--no-same-owner', '--no-same-permissions'];
    if (tar.kind === 'gnu')
        args.push('--force-local');
    // The client's fix for GNU tar on macOS (actions/cache#527): dirs get their modes after their contents.
    if (tar.kind === 'gnu' && platform === 'darwin')
        args.push('--delay-directory-restore');
    return args;
}
/** The environment tar runs in: on Windows, as the client runs it, Git's tar makes native symlinks. */
function tarEnv(platform = process.platform) {
    return platform === 'win32' ? (0,env/* copyEnv */.x)(process.env, { MSYS: 'winsymlinks:nativestrict' }, platform) : undefined;
}

;// CONCATENATED MODULE: ./src/cache/tar-stream.ts
// A reader of tar headers (pure): fed the decompressed archive chunk by
// chunk, it reports every entry as tar will extract it (ustar, GNU long
// names, pax extended headers) and skips the data. archive.ts checks these
// entries before tar runs, so what is checked must be what tar reads: where
// a tar reader could disagree with this one (a size on a directory or link,
// sparse files, global pax names, a bad checksum) the archive is refused
// rather than guessed at. Names are kept as latin1 strings, one char per
// byte, so comparisons are exact whatever the bytes are.
/** The archive cannot be read the way tar reads it, or holds what must never be extracted. */
class TarFormatError extends Error {
}
const BLOCK = 512;
const ZERO_BLOCK = Buffer.alloc(BLOCK);
/** A pax header or GNU long name longer than this is no header uv's cache needs. */
const MAX_META = 1024 * 1024;
const OTHER_KINDS = {
    '3': 'a character device',
    '4': 'a block device',
    '6': 'a named pipe (FIFO)',
    S: 'a sparse file',
    D: 'a GNU dump directory',
    M: 'a multi-volume continuation',
    V: 'a volume label',
};
function kindOf(flag) {
    if (flag === '0' || flag === '\0' || flag === '7')
        return { kind: 'file', what: 'a file' };
    if (flag === '1')
        return { kind: 'hardlink', what: 'a hard link' };
    if (flag === '2')
        return { kind: 'symlink', what: 'a symlink' };
    if (flag === '5')
        return { kind: 'dir', what: 'a directory' };
    return { kind: 'other', what: OTHER_KINDS[flag] ?? `an entry of tar type ${JSON.stringify(flag)}` };
}
function tar_stream_text(block, start, length) {
    const field = block.subarray(start, start + length);
    const end = field.indexOf(0);
    return field.subarray(0, end === -1 ? field.length : end).toString('latin1');
}
/** A numeric field: octal digits (space or NUL ended), or GNU's base-256 (high bit set). */
function number(block, start, length) {
    const field = block.subarray(start, start + length);
    if (field[0] & 0x80) {
        if (field[0] === 0xff)
            throw new TarFormatError('a negative size or mode in a tar header');
        let value = field[0] & 0x7f;
        for (const byte of field.subarray(1))
            value = value * 256 + byte;
        return value;
    }
    const digits = field.toString('latin1').replace(/[\0 ]+$/, '').trim();
    if (digits === '')
        return 0;
    if (!/^[0-7]+$/.test(digits))
        throw new TarFormatError(`a tar header with a malformed number field (${JSON.stringify(digits)})`);
    return parseInt(digits, 8);
}
function checksumOk(block) {
    const stored = number(block, 148, 8);
    let sum = 0;
    for (let i = 0; i < BLOCK; i++)
        sum += i >= 148 && i < 156 ? 0x20 : block[i];
    return sum === stored;
}
/** `len key=value\n` records; values are bytes (latin1), as names are. */
function paxRecords(body) {
    const records = new Map();
    let at = 0;
    while (at < body.length && body[at] !== 0) {
        const space = body.indexOf(0x20, at);
        const length = space === -1 ? NaN : Number(body.subarray(at, space).toString('latin1'));
        if (!Number.isInteger(length) || length <= space - at || at + length > body.length || body[at + length - 1] !== 0x0a) {
            throw new TarFormatError('a malformed pax extended header');
        }
        const record = body.subarray(space + 1, at + length - 1).toString('latin1');
        const eq = record.indexOf('=');
        if (eq <= 0)
            throw new TarFormatError('a malformed pax extended header');
        records.set(record.slice(0, eq), record.slice(eq + 1));
        at += length;
    }
    return records;
}
/**
 * Reads tar headers from a stream. `push` each chunk, then `end`; each entry
 * goes to `onEntry` as soon as its header is read (a throw there stops the
 * reading). Throws TarFormatError for what cannot be read safely.
 */
class TarHeaderReader {
    onEntry;
    header = Buffer.alloc(0);
    skip = 0;
    pending;
    pax = new Map();
    longName;
    longLink;
    done = false;
    sawHeader = false;
    constructor(onEntry) {
        this.onEntry = onEntry;
    }
    /** The end-of-archive block was read: what follows is padding, which tar does not read. */
    get ended() {
        return this.done;
    }
    push(chunk) {
        let at = 0;
        while (at < chunk.length && !this.done) {
            if (this.skip > 0) {
                const n = Math.min(this.skip, chunk.length - at);
                this.skip -= n;
                at += n;
            }
            else if (this.pending) {
                at = this.collect(chunk, at);
            }
            else {
                const part = chunk.subarray(at, at + BLOCK - this.header.length);
                this.header = this.header.length === 0 ? Buffer.from(part) : Buffer.concat([this.header, part]);
                at += part.length;
                if (this.header.length === BLOCK) {
                    const block = this.header;
                    this.header = Buffer.alloc(0);
                    this.read(block);
                }
            }
        }
    }
    /** The stream ended: it must have ended where tar stops (a zero block, or after a whole entry). */
    end() {
        if (this.done)
            return;
        if (this.header.length > 0 || this.skip > 0 || this.pending || !this.sawHeader)
            throw new TarFormatError('the archive ends in the middle of an entry');
    }
    collect(chunk, at) {
        const pending = this.pending;
        const n = Math.min(pending.left, chunk.length - at);
        pending.body.push(chunk.subarray(at, at + n));
        pending.left -= n;
        if (pending.left > 0)
            return at + n;
        this.pending = undefined;
        this.skip = pending.padding;
        const body = Buffer.concat(pending.body);
        if (pending.flag === 'L')
            this.longName = tar_stream_text(body, 0, body.length);
        else if (pending.flag === 'K')
            this.longLink = tar_stream_text(body, 0, body.length);
        else if (pending.flag === 'x')
            for (const [key, value] of paxRecords(body))
                this.pax.set(key, value);
        // Global records apply to every later entry; a name, link or size there is no archive uv writes.
        else if ([...paxRecords(body).keys()].some((key) => key === 'path' || key === 'linkpath' || key === 'size' || key.startsWith('GNU.sparse'))) {
            throw new TarFormatError('a global pax header that sets a name, link target or size');
        }
        return at + n;
    }
    read(block) {
        // GNU tar and bsdtar both stop at the first zero block.
        if (block[0] === 0 && block.equals(ZERO_BLOCK)) {
            this.done = true;
            return;
        }
        if (!checksumOk(block))
            throw new TarFormatError(this.sawHeader ? 'a tar header with a bad checksum' : 'it is not a tar archive (bad header checksum)');
        this.sawHeader = true;
        const flag = String.fromCharCode(block[156]);
        const size = number(block, 124, 12);
        const padded = Math.ceil(size / BLOCK) * BLOCK;
        if (flag === 'x' || flag === 'g' || flag === 'L' || flag === 'K') {
            if (size > MAX_META)
                throw new TarFormatError(`a tar metadata header of ${size} bytes`);
            this.pending = { flag, body: [], left: size, padding: padded - size };
            if (size === 0)
                this.collect(Buffer.alloc(0), 0);
            return;
        }
        this.entry(block, flag, size);
    }
    entry(block, flag, headerSize) {
        const magic = block.subarray(257, 263).toString('latin1');
        // POSIX ustar splits long names into prefix/name; old GNU headers keep other fields there.
        const prefix = magic === 'ustar\0' ? tar_stream_text(block, 345, 155) : '';
        const stored = tar_stream_text(block, 0, 100);
        const name = this.pax.get('path') ?? this.longName ?? (prefix ? `${prefix}/${stored}` : stored);
        const linkname = this.pax.get('linkpath') ?? this.longLink ?? tar_stream_text(block, 157, 100);
        const paxSize = this.pax.get('size');
        const sparse = [...this.pax.keys()].some((key) => key.startsWith('GNU.sparse'));
        this.pax = new Map();
        this.longName = undefined;
        this.longLink = undefined;
        if (paxSize !== undefined && !/^\d+$/.test(paxSize))
            throw new TarFormatError('a pax size that is not a number');
        const size = paxSize === undefined ? headerSize : Number(paxSize);
        const kind = sparse ? { kind: 'other', what: 'a sparse file' } : kindOf(flag);
        // Readers disagree on whether data follows a directory or a link; uv's archives never have any.
        if (size > 0 && kind.kind !== 'file' && kind.kind !== 'other')
            throw new TarFormatError(`${kind.what} entry with ${size} bytes of data: ${JSON.stringify(name)}`);
        this.onEntry({ name, ...kind, linkname, size, mode: number(block, 100, 8) });
        this.skip = Math.ceil(size / BLOCK) * BLOCK;
    }
}

;// CONCATENATED MODULE: ./src/cache/archive.ts
// Safe extraction of a cache archive. `@actions/cache` extracts with `tar -P`
// relative to GITHUB_WORKSPACE, so an archive entry named `../x` or `/x` lands
// anywhere the job can write (sources, .github/workflows), and an archive is
// whatever the cache service hands back. Here, in one pass over the archive:
// 1. The archive is decompressed, and every header is read on the way
//    (tar-stream.ts) and checked (archive-check.ts) before tar reads it: names
//    under the one prefix this action saves (the cache dir, relative to the
//    filesystem root), only files, dirs and links, nothing written through a
//    link. The decompressed size and the entry count are bounded (a 99 KB
//    archive can hold 3 GiB of zeros).
// 2. The checked bytes stream into tar's stdin, which extracts them without
//    `-P` into an empty staging dir inside the cache dir, never with the
//    archive's owner or its setuid/setgid/sticky bits. An entry that fails a
//    check never reaches tar: the stream stops before it, and tar with it.
// 3. Once the archive has ended, its links are checked as a whole (each must
//    resolve inside), and what landed is checked again on disk (kinds,
//    symlinks resolved, hard links shared with nothing outside) before it is
//    moved into place.
// Anything wrong discards the whole archive, and the staging dir with it.
// (Decompressing into a tar file first and extracting that took two passes
// over what is 1.4 GiB for livekit/agents' unpruned cache.)










const GIB = 1024 ** 3;
/**
 * The most a restore extracts: 100 times the downloaded archive, and at least
 * 1 GiB. A real uv cache compresses about 3:1 (livekit/agents, unpruned:
 * 1.3 GiB of files in a 490 MiB entry); zeros compress 30,000:1.
 */
function extractLimit(archiveBytes) {
    return Math.max(GIB, 100 * archiveBytes);
}
/** The most entries a restore extracts: about ten times livekit/agents' unpruned cache (~100,000). */
const MAX_ENTRIES = 1_000_000;
/** The archive-relative prefix of `dir` as this action saves it (from the filesystem root, `/`-separated). */
function archivePrefix(dir) {
    const resolved = external_node_path_default().resolve(dir);
    return (0,src_text/* posixRelative */.qi)(external_node_path_default().parse(resolved).root, resolved);
}
function sizeText(bytes) {
    return bytes >= GIB ? `${(bytes / GIB).toFixed(1)} GiB` : `${Math.round(bytes / 1024 ** 2)} MiB`;
}
/** How much of the archive may wait in tar's stdin before the decompression waits for tar. */
const QUEUED = 8 * 1024 ** 2;
/** tar stopped reading its stdin before the archive's end: its own failure says why. */
class TarStopped extends Error {
}
/**
 * tar's stdin, written chunk by chunk: a write waits until tar has taken
 * the chunk in (so the decompression runs at tar's pace), and says false
 * once tar no longer reads.
 */
class TarInput {
    stdin;
    closed = false;
    attach(stdin) {
        this.stdin = stdin;
        stdin.once('close', () => (this.closed = true));
    }
    write(chunk) {
        const stdin = this.stdin;
        if (!stdin || this.closed)
            return Promise.resolve(false);
        stdin.write(chunk);
        // A few MiB queued keep tar and the decompression both busy; waiting on every 64 KiB pipe chunk made them take turns.
        if (stdin.writableLength < QUEUED)
            return Promise.resolve(true);
        return new Promise((resolve) => {
            const settle = (taken) => () => {
                stdin.removeListener('drain', onDrain);
                stdin.removeListener('close', onClose);
                resolve(taken);
            };
            const onDrain = settle(true);
            const onClose = settle(false);
            stdin.once('drain', onDrain);
            stdin.once('close', onClose);
        });
    }
    /** The archive is done: tar reads to the end of what it was given. */
    end() {
        this.stdin?.end();
    }
    /** Stops tar at once: it reads the end of its input in the middle of an entry and fails. */
    abort() {
        this.stdin?.destroy?.();
    }
}
/**
 * Decompresses `archive` into tar's stdin, handing each entry to `onEntry`
 * as its header streams past, before tar reads that header; throws once more
 * than `maxBytes` come out, or when tar stops reading before the archive ends.
 */
async function decompressInto(archive, method, input, opts) {
    const reader = new TarHeaderReader(opts.onEntry);
    let bytes = 0;
    const take = async (chunk) => {
        bytes += chunk.length;
        if (bytes > opts.maxBytes) {
            throw new UnsafeArchiveError(`the archive extracts to more than ${sizeText(opts.maxBytes)}, the most a restore takes (100 times the downloaded size, at least 1 GiB)`);
        }
        // A header that fails its check throws here, so neither it nor what follows reaches tar.
        reader.push(chunk);
        // After the end-of-archive block tar may stop reading: the rest is padding.
        if (!(await input.write(chunk)) && !reader.ended)
            throw new TarStopped('tar stopped reading the archive before its end');
    };
    if (method === 'gzip') {
        for await (const chunk of (0,external_node_fs_.createReadStream)(archive).pipe((0,external_node_zlib_.createGunzip)())) {
            if (Date.now() > opts.until)
                throw new Error('gunzip did not finish in time');
            await take(chunk);
        }
    }
    else {
        await runTool('zstd', zstdDecompressArgs(method, archive), opts.until - Date.now(), { onStdoutData: take });
    }
    reader.end();
}
/**
 * Walks `dir` with every entry asked at once, subdirs too: the filesystem
 * answers them in parallel, where a walk one dir at a time waits for each.
 * The answers keep readdir order, so extractedTree reads them as a
 * depth-first walk would have found them.
 */
async function walkTree(dir, relDir) {
    const entries = await (0,promises_.readdir)(dir, { withFileTypes: true });
    const found = await Promise.all(entries.map(async (entry) => {
        const full = external_node_path_default().join(dir, entry.name);
        const rel = relDir === '' ? entry.name : `${relDir}/${entry.name}`;
        if (entry.isSymbolicLink())
            return { kind: 'link', rel, target: await (0,promises_.readlink)(full) };
        if (entry.isDirectory())
            return walkTree(full, rel);
        if (!entry.isFile())
            return { kind: 'problem', problem: `something that is not a file, directory or symlink: ${JSON.stringify(rel)}` };
        const stat = await (0,promises_.lstat)(full, { bigint: true });
        return stat.nlink > 1n ? { kind: 'shared', rel, id: `${stat.dev}:${stat.ino}`, nlink: stat.nlink } : { kind: 'none' };
    }));
    return { kind: 'dir', entries: found };
}
/**
 * What tar really wrote under `root`: every symlink (for the same resolution
 * as the listing's), and the first thing (depth-first, in readdir order) that
 * is no file, dir or symlink, or a file hard-linked to something outside `root`.
 */
async function extractedTree(root) {
    const links = new Map();
    /** Files with more than one link: how many links each has, and how many were found here. */
    const shared = new Map();
    // Depth-first over the answers, without recursion (a deep tree is no deep stack).
    const stack = [await walkTree(root, '')];
    for (let found = stack.pop(); found; found = stack.pop()) {
        if (found.kind === 'dir')
            for (let i = found.entries.length - 1; i >= 0; i--)
                stack.push(found.entries[i]);
        else if (found.kind === 'problem')
            return { links, problem: found.problem };
        else if (found.kind === 'link')
            links.set(found.rel, found.target);
        else if (found.kind === 'shared') {
            const seen = shared.get(found.id) ?? { rel: found.rel, nlink: found.nlink, found: 0n };
            seen.found++;
            shared.set(found.id, seen);
        }
    }
    const outside = [...shared.values()].find((s) => s.found < s.nlink);
    return outside ? { links, problem: `a hard link to a file outside the cache dir: ${JSON.stringify(outside.rel)}` } : { links };
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
/**
 * Streams the checked archive through tar into `staging`. On any failure tar
 * is stopped and has exited before this throws, so nothing writes into the
 * staging dir while it is removed.
 */
async function extractChecked(opts) {
    const { size } = await (0,promises_.lstat)(opts.archive);
    const tar = await (opts.tar ?? chooseTar());
    const input = new TarInput();
    const extracting = runTool(tar.file, tarExtractArgs(tar, '-', opts.staging, opts.strip), opts.until - Date.now(), { env: tarEnv(), onStdin: (stdin) => input.attach(stdin) });
    extracting.catch(() => { }); // awaited below on every path
    try {
        await decompressInto(opts.archive, opts.method, input, { maxBytes: extractLimit(size), onEntry: (entry) => opts.check.visit(entry), until: opts.until });
        opts.check.finish();
    }
    catch (error) {
        input.abort();
        const stopped = await extracting.then(() => undefined, (tarError) => tarError);
        // tar's own reason when it stopped first (a full disk, say), else what stopped the stream.
        throw error instanceof TarStopped && stopped ? stopped : error;
    }
    input.end();
    await extracting;
    return tar;
}
/**
 * Extracts `archive` (saved by this action from `cacheDir`) into `cacheDir`,
 * or throws without writing anything outside `cacheDir`: an
 * `UnsafeArchiveError` when the archive holds what must not be restored,
 * another error when a tool fails. The staging dir is removed either way.
 * `tar`: the tar chooseTar found, when it was asked already. Returns the tar
 * that extracted it.
 */
async function extractArchive(opts) {
    const { archive, cacheDir, method } = opts;
    const until = Date.now() + opts.timeoutMs;
    const prefix = archivePrefix(cacheDir);
    const check = new ArchiveCheck(Buffer.from(prefix, 'utf8').toString('latin1'), cacheDir, MAX_ENTRIES);
    await (0,promises_.mkdir)(cacheDir, { recursive: true });
    const staging = external_node_path_default().join(cacheDir, `.uvws-restore-${process.pid}-${Date.now()}`);
    await (0,promises_.mkdir)(staging);
    try {
        const tar = await extractChecked({ archive, method, tar: opts.tar, staging, strip: prefix.split('/').length, check, until });
        await (0,promises_.rm)(archive, { force: true });
        const tree = await extractedTree(staging);
        if (tree.problem)
            throw new UnsafeArchiveError(`the archive has ${tree.problem}`);
        const link = escapingLink(tree.links);
        if (link)
            throw new UnsafeArchiveError(`the archive has a symlink pointing outside ${cacheDir}: ${JSON.stringify(link)}`);
        await moveInto(staging, cacheDir);
        return tar;
    }
    finally {
        await (0,promises_.rm)(staging, { recursive: true, force: true });
    }
}

// EXTERNAL MODULE: ./src/cache/service.ts + 1 modules
var service = __webpack_require__(1652);
;// CONCATENATED MODULE: ./src/cache/restore.ts
// Restore of the uv cache (main) and lookups of marker entries (skip-passed):
// one directory, spoken to the cache service directly (service.ts, v1 and v2)
// and extracted safely (archive.ts), so this path never loads @actions/cache
// (most of the bundle) and the client's `tar -P`, which trusts the archive,
// never runs on a restore. Saves go through the client: cache/save.ts.







let probed;
/** What was asked of the tools on this PATH (a test may change it between restores). */
function probes() {
    if (!probed || probed.path !== process.env.PATH)
        probed = { path: process.env.PATH };
    return probed;
}
const methodProbe = () => (probes().method ??= compressionMethod());
const tarProbe = () => (probes().tar ??= chooseTar());
/**
 * Asks now what a restore will ask (the compression method the entry was
 * saved with, the tar that extracts it), each a child process asked once:
 * started as soon as a restore is likely, they answer while git and uv run.
 */
function restoreTools() {
    methodProbe();
    tarProbe();
}
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
    const method = await methodProbe();
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
    const temp = process.env.RUNNER_TEMP || external_node_os_default().tmpdir();
    let tmp;
    try {
        // A full or read-only RUNNER_TEMP is trouble for the cache only: the sync runs without it.
        tmp = await (0,promises_.mkdtemp)(external_node_path_default().join(temp, 'uvws-archive-')).catch((error) => {
            throw new Error(`could not make a temp dir for the archive in ${temp} (RUNNER_TEMP): ${(0,errors/* formatError */.W)(error)}`);
        });
        const archive = external_node_path_default().join(tmp, method === 'gzip' ? 'cache.tgz' : 'cache.tzst');
        const bytes = await (0,service/* download */.RG)(found.url, archive, left());
        log.info(`Cache size: ~${Math.round(bytes / (1024 * 1024))} MB (${bytes} B)`);
        const tar = await extractArchive({ archive, cacheDir: dir, method, tar: tarProbe(), timeoutMs: left() });
        log.info(`Cache extracted with ${tar.file} (${tar.kind === 'gnu' ? 'GNU tar' : 'bsdtar'})`);
    }
    catch (error) {
        if (error instanceof UnsafeArchiveError)
            return fail(`${error.message}; the archive was discarded and nothing was extracted`);
        const why = error instanceof service/* DeadlineError */.j3 ? `${error.message} ('cache-timeout' is ${Math.round(deadlineMs / 1000)} s)` : (0,errors/* formatError */.W)(error);
        return fail(`${why}; nothing was extracted`);
    }
    finally {
        if (tmp)
            await (0,promises_.rm)(tmp, { recursive: true, force: true });
    }
    return { hit: found.matchedKey === primaryKey ? 'exact' : 'partial', matchedKey: found.matchedKey };
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
