export const id = 242;
export const ids = [242];
export const modules = {

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


/***/ })

};
