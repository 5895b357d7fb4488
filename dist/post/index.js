import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

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

/***/ 1606:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  m: () => (/* binding */ postGate)
});

// UNUSED EXPORTS: gateOf

// EXTERNAL MODULE: ./src/text.ts
var src_text = __nccwpck_require__(8992);
;// CONCATENATED MODULE: ./src/action/state.ts
const STATE_KEY = 'uv-workspace-sync';
function encodeState(state) {
    return JSON.stringify(state);
}
function decodeState(text) {
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

// EXTERNAL MODULE: ./src/action/input-env.ts
var input_env = __nccwpck_require__(2036);
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
    return gateOf(decodeState(env[`STATE_${STATE_KEY}`] ?? ''), (0,input_env/* inputFromEnv */.y)(env, 'mode'));
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

/***/ 6661:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _action_post_gate_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(1606);
/* harmony import */ var _report_escape_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(4031);



/**
 * One line on stdout, written to the descriptor: the first touch of
 * process.stdout loads Node's stream machinery (a few ms, most of what a
 * post with nothing to do costs above Node's own start). Where the
 * descriptor cannot take it now (a non-blocking pipe that is full), the rest
 * goes through process.stdout after all.
 */
function printLine(line) {
    const bytes = Buffer.from(`${line}\n`, 'utf8');
    let written = 0;
    try {
        while (written < bytes.length)
            written += (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeSync)(1, bytes, written);
    }
    catch {
        process.stdout.write(bytes.subarray(written));
    }
}
// The gate reads main's state before anything heavy is loaded. A post with
// nothing to do (an exact cache hit, a pull request that may not save, a
// detect step) is mostly not started at all (action.yml's post-if, told by
// main: action/post-skip.ts); where a runner starts it anyway, it stops here
// in the time it takes Node to start.
const gate = (0,_action_post_gate_js__WEBPACK_IMPORTED_MODULE_1__/* .postGate */ .m)(process.env);
if (!gate.run) {
    if (gate.line)
        printLine((0,_report_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .logText */ .kc)(gate.line));
}
else {
    const [{ runPost }, { runner }] = await Promise.all([__nccwpck_require__.e(/* import() */ 673).then(__nccwpck_require__.bind(__nccwpck_require__, 2673)), __nccwpck_require__.e(/* import() */ 242).then(__nccwpck_require__.bind(__nccwpck_require__, 5242))]);
    if (!gate.cache.save && gate.cache.line)
        runner.info((0,_report_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .logText */ .kc)(gate.cache.line));
    const abandoned = await runPost(gate.state, gate.cache);
    runner.endStep();
    // A cache upload given up at its deadline may still hold a socket open to a
    // service that never answers; the step is done, so it ends here.
    if (abandoned)
        process.exit(process.exitCode ?? 0);
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

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
/* harmony export */   ZH: () => (/* binding */ capitalize),
/* harmony export */   aJ: () => (/* binding */ stripAnsi),
/* harmony export */   u7: () => (/* binding */ jsonStringList)
/* harmony export */ });
/* unused harmony exports compareStrings, sortedStrings, by, posixRelative */
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
    return path.relative(from, to).split(path.sep).join('/');
}
/** A clause as the start of a sentence ("not saving the uv cache: \u2026" \u2192 "Not saving the uv cache: \u2026"). */
function capitalize(text) {
    return text.charAt(0).toUpperCase() + text.slice(1);
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
/******/ var __webpack_exports__ = __nccwpck_require__(6661);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
