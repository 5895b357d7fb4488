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


/***/ })

};
