#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 5581:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _cli_run_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6905);
// Entry of the `uv-workspace-sync` command. The logic is in src/cli/run.ts so
// tests can call it in-process.

// `uv-workspace-sync members | head -3` closes the pipe early: that is the
// reader's choice, not an error worth a stack trace.
process.stdout.on('error', (error) => {
    if (error.code === 'EPIPE')
        process.exit(process.exitCode ?? 0);
    throw error;
});
process.exitCode = await (0,_cli_run_js__WEBPACK_IMPORTED_MODULE_0__/* .runCli */ .a)(process.argv.slice(2), {
    cwd: process.cwd(),
    stdout: process.stdout,
    stderr: process.stderr,
    stdin: process.stdin,
    // A terminal's width; piped, COLUMNS when the shell exports it (else the table's default).
    columns: process.stdout.isTTY ? process.stdout.columns : Number(process.env.COLUMNS) || undefined,
});

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 6905:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  a: () => (/* binding */ runCli)
});

;// CONCATENATED MODULE: ./src/errors.ts
// One error type for everything a user can cause. The shells (main, post, cli)
// print `message` as one line (plus the hint) and never a stack trace.
class errors_UserError extends Error {
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
    if (error instanceof errors_UserError)
        return error.hint ? `${error.message} (hint: ${error.hint})` : error.message;
    if (error instanceof Error)
        return error.message;
    return String(error);
}

;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_namespaceObject);
;// CONCATENATED MODULE: ./src/text.ts
// Small text helpers every layer uses, written once: the ordering of names
// and paths, `/`-separated relative paths, the stripping of terminal escapes,
// the JSON list inputs take, and a clause made the start of a sentence.


/** Code-unit order, the same on every machine (localeCompare is not). */
function text_compareStrings(a, b) {
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
    return (a, b) => text_compareStrings(key(a), key(b));
}
// CSI sequences (colours, cursor moves) and OSC hyperlinks.
// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[[0-?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)/g;
/** `text` without terminal escapes (uv colours its output when it thinks it may). */
function text_stripAnsi(text) {
    return text.replace(ANSI, '');
}
/**
 * A list given as a JSON array of strings (`["a", "b"]`), as list inputs
 * accept it; `hint` says which other shapes the input takes.
 */
function text_jsonStringList(name, text, hint) {
    let parsed;
    try {
        parsed = JSON.parse(text);
    }
    catch {
        throw new UserError(`input '${name}' starts with '[' but is not a JSON array`, hint);
    }
    if (!Array.isArray(parsed) || parsed.some((item) => typeof item !== 'string')) {
        throw new UserError(`input '${name}' is a JSON value but not an array of strings`, hint);
    }
    return parsed;
}
/** `to` relative to `from`, `/`-separated on every OS (`''` when they are the same). */
function posixRelative(from, to) {
    return external_node_path_default().relative(from, to).split((external_node_path_default()).sep).join('/');
}
/** A clause as the start of a sentence ("not saving the uv cache: \u2026" \u2192 "Not saving the uv cache: \u2026"). */
function capitalize(text) {
    return text.charAt(0).toUpperCase() + text.slice(1);
}

;// CONCATENATED MODULE: ./src/report/escape.ts
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
function escape_escapeText(text) {
    return (stripAnsi(text)
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
function escape_code(text) {
    return `<code>${escape_escapeText(text)}</code>`;
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
function escape_logText(text) {
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
    const sorted = [...members].sort((a, b) => text_compareStrings(a.name, b.name));
    if (sorted.length === 0)
        return { include: [] };
    if (!(shards > 0))
        return { include: sorted.map((m) => ({ package: m.name, path: m.path })) };
    const weighted = sorted
        .map((m) => ({ ...m, weight: Math.max(1, weight(m.name) || 0) }))
        .sort((a, b) => b.weight - a.weight || text_compareStrings(a.name, b.name));
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
            const sorted = [...group.members].sort((a, b) => text_compareStrings(a.name, b.name));
            return { package: sorted.map((m) => m.name).join(' '), path: commonDirectory(sorted.map((m) => m.path)), paths: sorted.map((m) => m.path) };
        })
            .sort((a, b) => text_compareStrings(a.package, b.package)),
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
    ].sort((a, b) => text_compareStrings(a[0], b[0]));
    const names = (keep) => report.runs.filter(keep).map((r) => r.member).sort(text_compareStrings);
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
    const what = run.status === 'timed-out' ? `timed out after ${formatDuration(timeoutMs)} (${timeoutSetting(timeoutMs)}); its processes were stopped` : howItEnded(run, timeoutMs);
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
    const bad = report.runs.filter((r) => r.status !== 'passed').sort((a, b) => compareStrings(a.member, b.member));
    if (bad.length === 0)
        return undefined;
    const shown = bad.slice(0, 10).map((r) => `${r.member} (${howItEnded(r, report.timeoutMs)})`);
    const more = bad.length > 10 ? ` and ${bad.length - 10} more` : '';
    return `tests did not pass in ${bad.length} of ${plural(report.runs.length, 'member')}: ${shown.join(', ')}${more}; each member's output is in its group above`;
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
const CHANGE_OUTPUTS = ['members', 'paths', 'matrix', 'count', 'any-affected', 'all', 'reasons', 'unowned'];
function buildOutputs(input) {
    const { affected, matrix, cache } = input;
    const members = [...affected.members].sort(by((m) => m.name));
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
    return `${plural(n, 'changed path')} ${n === 1 ? 'is' : 'are'} not owned by any member and ${n === 1 ? 'affects' : 'affect'} none`;
}
/** The notice for the log and the run's annotations, or none when every path is owned. */
function unownedNotice(unowned) {
    if (!unowned || unowned.length === 0)
        return undefined;
    return { level: 'notice', title: 'Not owned by any member', message: `${headline(unowned.length)}: ${named(unowned, logText)}; ${ACTION_HINT}.` };
}
/** The job summary's line (markdown, escaped), or none. */
function unownedSummaryLine(unowned) {
    if (!unowned || unowned.length === 0)
        return undefined;
    const n = unowned.length;
    return `<b>Not owned by any member:</b> ${named(unowned, code)} (${plural(n, 'changed path')} that ${n === 1 ? 'affects' : 'affect'} no member; ${escapeText(ACTION_HINT)})<br>`;
}
/** The CLI's lines (the CLI neutralises what it prints), or none. */
function unownedLines(unowned) {
    if (!unowned || unowned.length === 0)
        return [];
    return [`not owned by any member (${unowned.length}): ${named(unowned, (p) => p)}`, `hint: these paths affect no member; ${hint('--global')}`];
}

;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
var external_node_fs_default = /*#__PURE__*/__nccwpck_require__.n(external_node_fs_namespaceObject);
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
    return sortedStrings(paths);
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

;// CONCATENATED MODULE: external "node:os"
const external_node_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");
;// CONCATENATED MODULE: external "node:module"
const external_node_module_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:module");
;// CONCATENATED MODULE: ./src/builtin.ts
// Node's built-in modules that only some runs need, loaded when first used
// instead of with the bundle: node:child_process and node:crypto cost more to
// load (5-12 ms) than most of what a CLI run outside git does.
// process.getBuiltinModule came in Node 20.16; the published CLI accepts every
// Node 20 (package.json engines), where require answers the same.

/** The built-in module `id`, typed by the caller: `builtin<typeof import('node:crypto')>('node:crypto')`. */
function builtin(id) {
    const getBuiltinModule = process.getBuiltinModule;
    return (getBuiltinModule?.(id) ?? (0,external_node_module_namespaceObject.createRequire)(import.meta.url)(id));
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
        (0,external_node_fs_namespaceObject.accessSync)(file, platform === 'win32' ? external_node_fs_namespaceObject.constants.F_OK : external_node_fs_namespaceObject.constants.X_OK);
        // A directory named `git` is "executable" too (searchable); only a file is a program.
        return (0,external_node_fs_namespaceObject.statSync)(file).isFile();
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
            const file = external_node_path_default().join(dir, candidate);
            if (!isProgram(file, platform))
                continue;
            if (platform !== 'win32' || SPAWNABLE.has(external_node_path_default().extname(candidate).toLowerCase()))
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
        return resolveExecutable(file, { env: env ?? process.env });
    }
    catch (error) {
        if (error instanceof ExecutableNotFound)
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
            const signalNumber = signal ? (external_node_os_namespaceObject.constants.signals[signal] ?? 0) : 0;
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
        (0,external_node_fs_namespaceObject.unlinkSync)(child.file);
    }
    catch {
        // nothing to do
    }
}
/** The answer an early child gives runProcessSync: its stdout, unless it failed or wrote more than `max` bytes. */
function answerOf(child, max) {
    try {
        const out = child.exited?.ok ? (0,external_node_fs_namespaceObject.readFileSync)(child.file) : undefined;
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
function process_startProcessSync(file, args, options = {}) {
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

;// CONCATENATED MODULE: external "node:fs/promises"
const promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");
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
function disk_case_diskCase(abs, listings = new Map()) {
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
    const parent = external_node_path_default().dirname(dir);
    const candidates = [];
    if (parent !== dir)
        candidates.push([parent, external_node_path_default().basename(dir)]);
    try {
        for (const name of external_node_fs_default().readdirSync(dir).slice(0, 64))
            candidates.push([dir, name]);
    }
    catch {
        // unreadable: only its own name can tell
    }
    for (const [where, name] of candidates) {
        const flipped = flipCase(name);
        if (flipped === name)
            continue;
        const stored = identity(external_node_path_default().join(where, name));
        if (!stored)
            continue;
        const other = identity(external_node_path_default().join(where, flipped));
        return other !== undefined && (stored.ino === 0n || sameFile(stored, other));
    }
    return false;
}

;// CONCATENATED MODULE: ./src/workspace/git-tree.ts
// Whether git could see a work tree at a directory, asked without git: every
// spawn of git costs milliseconds (more than most of what it answers), and
// outside a checkout it can only fail. The workspace model and the change
// detection ask it before they list files or look for the repository.


/**
 * Could git see a work tree at `absDir`? Only with a `.git` there or above
 * (or git's own variables pointing elsewhere); without one, spawning git can
 * only fail.
 */
function git_tree_mayBeGitWorkTree(absDir) {
    // The one environment read here: git itself honours these before any `.git`.
    if (process.env.GIT_DIR !== undefined || process.env.GIT_WORK_TREE !== undefined)
        return true;
    for (let dir = external_node_path_default().resolve(absDir);; dir = external_node_path_default().dirname(dir)) {
        if (external_node_fs_default().existsSync(external_node_path_default().join(dir, '.git')))
            return true;
        if (external_node_path_default().dirname(dir) === dir)
            return false;
    }
}

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
    return copyEnv(process.env, { GIT_TERMINAL_PROMPT: '0', GCM_INTERACTIVE: 'never', LC_ALL: 'C', LANGUAGE: '' });
}
/** Runs `git -C repo <args>`; a non-zero exit is a result, not an exception. */
async function runGit(repo, args, timeoutMs = 0) {
    let result;
    try {
        result = await runProcess('git', ['-c', 'core.quotepath=false', ...args], {
            cwd: repo,
            maxOutput: MAX_OUTPUT,
            timeoutMs,
            env: gitEnv(),
        });
    }
    catch (error) {
        if (!(error instanceof SpawnError))
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
    if (!git_tree_mayBeGitWorkTree(dir))
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
        real = disk_case_diskCase(await (0,promises_namespaceObject.realpath)(dir), listings);
    }
    catch {
        return undefined;
    }
    const top = disk_case_diskCase(printed, listings);
    const own = disk_case_diskCase(external_node_path_default().resolve(dir), listings);
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
    const result = await runProcess('git', ['-c', 'core.quotepath=false', 'cat-file', '--batch-check'], {
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
    const { getOctokit } = await __nccwpck_require__.e(/* import() */ 157).then(__nccwpck_require__.bind(__nccwpck_require__, 157));
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
        real = (0,external_node_fs_namespaceObject.realpathSync)(repoRoot);
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
                (0,external_node_fs_namespaceObject.lstatSync)(external_node_path_default().join(repoRoot, ...rel.split('/')));
                return true;
            }
            catch {
                return false;
            }
        },
        ...(isCaseInsensitive(repoRoot) ? { storedCase: (abs) => disk_case_diskCase(abs, listings) } : {}),
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
    const p = windows ? (external_node_path_default()).win32 : (external_node_path_default()).posix;
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
    return new errors_UserError(describeRejected(rejected, source), 'give paths inside the repository, relative to its root (as `git diff --name-only` prints them) or absolute');
}
/**
 * The `changed-files` input in the three shapes tools print: a JSON list of
 * strings; several lines, one path each (names may hold spaces); or a single
 * line of paths separated by spaces (tj-actions/changed-files' default). A
 * single name containing a space must come as JSON (or with other names, one
 * per line).
 */
function paths_parseChangedFilesText(name, raw) {
    const text = raw.trim();
    if (text === '')
        return { paths: [], format: 'lines' };
    if (text.startsWith('[')) {
        const list = jsonStringList(name, text, 'give a JSON array of strings, one path per line, or paths separated by spaces on one line');
        return { paths: list.filter((s) => s.trim() !== ''), format: 'json' };
    }
    const lines = text.split(/\r?\n/).map((s) => s.trim()).filter(Boolean);
    if (lines.length === 1)
        return { paths: lines[0].split(/\s+/).filter(Boolean), format: 'spaces' };
    return { paths: lines, format: 'lines' };
}

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
    const { paths, rejected, ambiguous } = normalizeChangedPaths(raw, frame);
    if (rejected.length > 0)
        return everything(label, describeRejected(rejected, source), true);
    const built = build(paths);
    return ambiguous.length === 0 ? built : { ...built, warnings: [...built.warnings, describeAmbiguous(ambiguous, source)] };
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

;// CONCATENATED MODULE: ./src/read-file.ts
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
        fd = (0,external_node_fs_namespaceObject.openSync)(file, external_node_fs_namespaceObject.constants.O_RDONLY | (external_node_fs_namespaceObject.constants.O_NONBLOCK ?? 0) | (external_node_fs_namespaceObject.constants.O_NOCTTY ?? 0));
    }
    catch (error) {
        const code = error.code;
        if (code === 'ENOENT' || code === 'ENOTDIR' || code === 'ELOOP')
            return undefined;
        // A socket (ENXIO) or a file we may not open: say what it is, as before.
        return readByPath(file, shown, limit, error);
    }
    try {
        return readOpen(fd, (0,external_node_fs_namespaceObject.fstatSync)(fd), shown, limit);
    }
    finally {
        (0,external_node_fs_namespaceObject.closeSync)(fd);
    }
}
/** Where opening failed: the path's kind makes the message, else the open's own error stands. */
function readByPath(file, shown, limit, openError) {
    let stat;
    try {
        stat = (0,external_node_fs_namespaceObject.statSync)(file);
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
        throw new errors_UserError(`${shown} is ${kindOf(stat)}, not a regular file; refusing to read it`, 'commit a regular file there');
    if (stat.size > limit)
        throw tooBig(shown, limit);
}
function tooBig(shown, limit) {
    return new errors_UserError(`${shown} is larger than ${Math.round(limit / (1024 * 1024))} MiB; refusing to read it`, 'check that this is the file you meant to commit');
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
        const n = (0,external_node_fs_namespaceObject.readSync)(fd, chunk, 0, want, null);
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
        return readBoundedText(eventPath, `the event file ${eventPath}`);
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
async function fromGit(options, plan) {
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
    const head = change.head ? await readBlob(repoRoot, change.head, rel) : readBoundedText(external_node_path_default().join(repoRoot, ...rel.split('/')), rel);
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
        const result = await fromGit(options, plan);
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

;// CONCATENATED MODULE: ./node_modules/smol-toml/dist/error.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */
function getLineColFromPtr(string, ptr) {
    let lines = string.slice(0, ptr).split(/\r?\n/);
    return [lines.length, lines.pop().length + 1];
}
function makeCodeBlock(string, line, column) {
    let lines = string.split(/\r?\n/);
    let codeblock = '';
    let numberLen = (Math.log10(line + 1) | 0) + 1;
    for (let i = line - 1; i <= line + 1; i++) {
        let l = lines[i - 1];
        if (!l)
            continue;
        codeblock += i.toString().padEnd(numberLen, ' ');
        codeblock += ':  ';
        codeblock += l;
        codeblock += '\n';
        if (i === line) {
            codeblock += ' '.repeat(numberLen + column + 2);
            codeblock += '^\n';
        }
    }
    return codeblock;
}
class TomlError extends Error {
    line;
    column;
    codeblock;
    constructor(message, options) {
        const [line, column] = getLineColFromPtr(options.toml, options.ptr);
        const codeblock = makeCodeBlock(options.toml, line, column);
        super(`Invalid TOML document: ${message}\n\n${codeblock}`, options);
        this.line = line;
        this.column = column;
        this.codeblock = codeblock;
    }
    /** @internal */
    static x(message, ctx, ptr) {
        throw new TomlError(message, { toml: ctx.s, ptr: ptr ?? ctx.p });
    }
}

;// CONCATENATED MODULE: ./node_modules/smol-toml/dist/primitive.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */

/** @internal */
function parseString(ctx) {
    let startPtr = ctx.p;
    let c = ctx.s.charCodeAt(ctx.p++);
    let first = c;
    let isLiteral = c === 0x27; /* ' */
    let isMultiline = c === ctx.s.charCodeAt(ctx.p) && c === ctx.s.charCodeAt(ctx.p + 1);
    if (isMultiline) {
        // Trim initial newline
        if ((c = ctx.s.charCodeAt(ctx.p += 2)) === 0xa /* \n */)
            ctx.p++;
        else if (c === 0xd /* \r */ && ctx.s.charCodeAt(ctx.p + 1) === 0xa /* \n */)
            ctx.p += 2;
    }
    // For the record: it is not worth it to use a fast-path for literal strings using `indexOf`.
    // Doing a char-by-char iteration ends up dispatching less instructions, for the same wall-clock runtime.
    let parsed = '';
    let sliceStart = ctx.p;
    // states:
    //   0 - decoding
    //   1 - decoding escape
    //   2 - whitespace escape (no newline encountered yet, must fail on non-whitespace)
    //   3 - whitespace escape (newline encountered, allowed to transition back to normal decode)
    let state = 0;
    for (; ctx.p < ctx.s.length; ctx.p++) {
        c = ctx.s.charCodeAt(ctx.p);
        // Deal with newlines first, since that simplifies control character checking and handling across all states
        if (isMultiline && (c === 0xa /* \n */ || (c === 0xd /* \r */ && ctx.s.charCodeAt(ctx.p + 1) === 0xa /* \n */))) {
            state = state && 3;
        }
        // Control characters are banned in TOML, so we throw an error if we encounter them
        else if ((c < 0x20 && c !== 0x9 /* \t */) || c === 0x7f) {
            TomlError.x('control characters are not allowed in strings', ctx);
        }
        // The string might terminate while we're parsing through a newline escape.
        // It must have encountered a newline; otherwise, it'll simply fail in another branch.
        else if ((!state || state === 3) && c === first && (!isMultiline || (ctx.s.charCodeAt(ctx.p + 1) === first && ctx.s.charCodeAt(ctx.p + 2) === first))) {
            if (isMultiline) {
                // If the string ends with 4-5 quotes, then the first 1-2 are part of the string
                if (ctx.s.charCodeAt(ctx.p + 3) === first)
                    ctx.p++;
                if (ctx.s.charCodeAt(ctx.p + 3) === first)
                    ctx.p++;
            }
            // If we're in a newline escape still, then there's nothing to add.
            if (!state) {
                // Avoid a useless concat operation if the string can be used as-is.
                let s = ctx.s.slice(sliceStart, ctx.p);
                parsed = parsed ? parsed + s : s;
            }
            ctx.p += isMultiline ? 3 : 1;
            return parsed;
        }
        // Baseline state; keep moving forward unless an escape sequence starts
        else if (!state) {
            if (!isLiteral && c === 0x5c /* \ */) {
                parsed += ctx.s.slice(sliceStart, (sliceStart = ctx.p));
                state = 1;
            }
        }
        else if (state === 1) {
            if (c === 0x78 /* x */ || c === 0x75 /* u */ || c === 0x55 /* U */) { // Unicode escape
                let errPtr = ctx.p++ - 1;
                let value = 0;
                let len = c === 0x78 /* x */ ? 2 : c === 0x75 /* u */ ? 4 : 8;
                for (let j = 0; j < len; j++, ctx.p++) {
                    let hex = ctx.s.charCodeAt(ctx.p);
                    let digit = 
                    /* 0-9 */ hex >= 0x30 && hex <= 0x39 ? hex - 0x30 :
                        /* A-F */ hex >= 0x41 && hex <= 0x46 ? hex - 0x41 + 10 :
                            /* a-f */ hex >= 0x61 && hex <= 0x66 ? hex - 0x61 + 10 : -1;
                    if (digit < 0)
                        TomlError.x('invalid non-hex character in unicode escape', ctx);
                    value = (value << 4) | digit;
                }
                // Because JS does bitwise on signed 32bit integers, all 0xfzzzzzzz values are actually seen as negative
                if (value < 0 || value > 0x10ffff || (value >= 0xd800 && value <= 0xdfff)) {
                    TomlError.x('invalid unicode escape', ctx, errPtr);
                }
                parsed += String.fromCodePoint(value);
                sliceStart = ctx.p--;
                state = 0;
            }
            // Newline escape sequence. We only need to care about spaces and tabs; newlines are dealt with earlier
            else if (isMultiline && (c === 0x20 || c === 0x9 /* \t */)) {
                state = 2;
            }
            // Basic escape sequence
            else {
                if (c === 0x62 /* b */)
                    parsed += '\b';
                else if (c === 0x74 /* t */)
                    parsed += '\t';
                else if (c === 0x6e /* n */)
                    parsed += '\n';
                else if (c === 0x66 /* f */)
                    parsed += '\f';
                else if (c === 0x72 /* r */)
                    parsed += '\r';
                else if (c === 0x65 /* e */)
                    parsed += '\x1b';
                else if (c === 0x22 /* " */)
                    parsed += '"';
                else if (c === 0x5c /* \ */)
                    parsed += '\\';
                else
                    TomlError.x('unrecognised escape sequence', ctx);
                sliceStart = ctx.p + 1;
                state = 0;
            }
        }
        // Newline escape continuation: keep moving forward until the first non-whitespace char
        else if (c !== 0x20 && c !== 0x9 /* \t */) {
            if (state === 2)
                TomlError.x('invalid escape: only line-ending whitespace may be escaped', ctx, sliceStart);
            // State cannot be zero, or we'd have branched earlier already.
            // If it's a backslash, immediately transition to the escape state so it can be processed.
            state = !isLiteral && c === 0x5c /* \ */ ? 1 : 0;
            sliceStart = ctx.p;
        }
    }
    TomlError.x('unfinished string', ctx, startPtr);
}

;// CONCATENATED MODULE: ./node_modules/smol-toml/dist/date.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */
let DATE_TIME_RE = /^(\d{4}-\d{2}-\d{2})?[Tt ]?(?:(\d{2}):\d{2}(?::\d{2}(?:\.\d+)?)?)?(Z|z|[-+]\d{2}:\d{2})?$/i;
class TomlDate extends Date {
    #hasDate = false;
    #hasTime = false;
    #offset = null;
    constructor(date, fasttype, unsafeDelim) {
        let hasDate = true;
        let hasTime = true;
        let offset = 'Z';
        let c;
        if (typeof date === 'string') {
            if (fasttype)
                prep: {
                    // Date-time
                    if (fasttype < 3) {
                        if (+date.slice(11, 13) > 23) {
                            date = '';
                            break prep;
                        }
                        // Local
                        if (fasttype === 2) {
                            offset = null;
                            date += 'Z';
                        }
                        // Offset; keep track of offset if not Z
                        else if ((c = date.charCodeAt(date.length - 1)) !== 0x5a /* Z */ && c !== 0x7a /* z */) {
                            offset = date.slice(date.length - 6);
                        }
                        if (unsafeDelim)
                            date = date.slice(0, 10) + 'T' + date.slice(11);
                    }
                    // Time
                    else if (fasttype === 4) {
                        date = +date.slice(0, 2) > 23 ? '' : `0000-01-01T${date}Z`;
                    }
                    hasDate = fasttype !== 4;
                    hasTime = fasttype !== 3;
                }
            else {
                let match = date.match(DATE_TIME_RE);
                if (match) {
                    if (!match[1]) {
                        hasDate = false;
                        date = `0000-01-01T${date}`;
                    }
                    hasTime = !!match[2];
                    // Make sure to use T instead of a space. Breaks in case of extreme values otherwise.
                    hasTime && date[10] === ' ' && (date = date.replace(' ', 'T'));
                    // Do not allow rollover hours.
                    if (match[2] && +match[2] > 23) {
                        date = '';
                    }
                    else {
                        offset = match[3] || null;
                        if (!offset && hasTime)
                            date += 'Z';
                    }
                }
                else {
                    date = '';
                }
            }
        }
        super(date);
        if (!isNaN(this.getTime())) {
            this.#hasDate = hasDate;
            this.#hasTime = hasTime;
            this.#offset = offset;
        }
    }
    isDateTime() {
        return this.#hasDate && this.#hasTime;
    }
    isLocal() {
        return !this.#hasDate || !this.#hasTime || !this.#offset;
    }
    isDate() {
        return this.#hasDate && !this.#hasTime;
    }
    isTime() {
        return this.#hasTime && !this.#hasDate;
    }
    isValid() {
        return this.#hasDate || this.#hasTime;
    }
    toISOString() {
        let iso = super.toISOString();
        // Local Date
        if (this.isDate())
            return iso.slice(0, 10);
        // Local Time
        if (this.isTime())
            return iso.slice(11, 23);
        // Local DateTime
        if (this.#offset === null)
            return iso.slice(0, -1);
        // Offset DateTime
        if (this.#offset === 'Z' || this.#offset === 'z')
            return iso;
        // This part is quite annoying: JS strips the original timezone from the ISO string representation
        // Instead of using a "modified" date and "Z", we restore the representation "as authored"
        let offset = (+(this.#offset.slice(1, 3)) * 60) + +(this.#offset.slice(4, 6));
        offset = this.#offset[0] === '-' ? offset : -offset;
        let offsetDate = new Date(this.getTime() - (offset * 60e3));
        return offsetDate.toISOString().slice(0, -1) + this.#offset;
    }
    static wrapAsOffsetDateTime(jsDate, offset = 'Z') {
        let date = new TomlDate(jsDate);
        date.#offset = offset;
        return date;
    }
    static wrapAsLocalDateTime(jsDate) {
        let date = new TomlDate(jsDate);
        date.#offset = null;
        return date;
    }
    static wrapAsLocalDate(jsDate) {
        let date = new TomlDate(jsDate);
        date.#hasTime = false;
        date.#offset = null;
        return date;
    }
    static wrapAsLocalTime(jsDate) {
        let date = new TomlDate(jsDate);
        date.#hasDate = false;
        date.#offset = null;
        return date;
    }
}

;// CONCATENATED MODULE: ./node_modules/smol-toml/dist/extract.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */




function isDigit(char, base = 10) {
    return base === 16
        ? (char > 0x2f && char < 0x3a) || (char > 0x40 && char < 0x47) || (char > 0x60 && char < 0x67)
        : (char > 0x2f && char < 0x30 + base);
}
function isEndOfValue(char, delim) {
    // Whitespace -- we're permissive on `\r` for performance; it'll be dealt with later anyway
    return char === 0x20 || char === 0x9 /* \t */ || char === 0xa /* \n */ || char === 0xd /* \r */ ||
        // Structure end or next value delimiter
        (delim && (char === delim || char === 0x2c /* , */)) ||
        // Comment
        char === 0x23; /* # */
}
/** @internal */
function extractValue(ctx, end) {
    let errPtr = ctx.p;
    let c = ctx.s.charCodeAt(ctx.p);
    // Structs
    if (c === 0x5b /* [ */ || c === 0x7b /* { */) {
        ctx.d-- || TomlError.x('document contains excessively nested structures. aborting.', ctx);
        let value = c === 0x5b /* [ */
            ? parseArray(ctx)
            : parseInlineTable(ctx);
        ctx.d++;
        return value;
    }
    // Strings
    if (c === 0x22 /* " */ || c === 0x27 /* ' */) {
        return parseString(ctx);
    }
    // Booleans
    // We can fast-path because the first character is enough to know the only possible value
    if (c === 0x74 /* t */) { // Only possible valid value is `true`
        if (ctx.s.charCodeAt(++ctx.p) !== 0x72 || ctx.s.charCodeAt(++ctx.p) !== 0x75 || ctx.s.charCodeAt(++ctx.p) !== 0x65)
            TomlError.x('invalid value', ctx, errPtr);
        return ctx.p++, true;
    }
    if (c === 0x66 /* f */) { // Only possible valid value is `false`
        if (ctx.s.charCodeAt(++ctx.p) !== 0x61 || ctx.s.charCodeAt(++ctx.p) !== 0x6c || ctx.s.charCodeAt(++ctx.p) !== 0x73 || ctx.s.charCodeAt(++ctx.p) !== 0x65)
            TomlError.x('invalid value', ctx, errPtr);
        return ctx.p++, false;
    }
    if (c === 0x2b /* + */ || c === 0x2d /* - */) {
        return parseNumber(ctx, ctx.p, ctx.s.charCodeAt(++ctx.p), 0x2c - c, end);
    }
    // Rough heuristic, but `parseDate` falls back to number parsing if it's a false positive.
    // e.g.: `a = 1\n-------------- = 1` would match this heuristic, but gracefully fallback to numbers.
    if (ctx.s.charCodeAt(ctx.p + 4) === 0x2d /* - */ && ctx.s.charCodeAt(ctx.p + 7) === 0x2d /* - */) {
        return parseDate(ctx, c, end);
    }
    // Same logic as above; `parseTime` falls back to number parsing if it's a false positive.
    if (ctx.s.charCodeAt(ctx.p + 2) === 0x3a /* : */) {
        return parseTime(ctx, c, end);
    }
    return parseNumber(ctx, ctx.p, c, 0, end);
}
// State:
// 0: init
// 1: integer
// 2: fractional dot
// 3: fractional
// 4: exponent letter
// 5: exponent
// 6: exponent sign
// 7: exponent with sign
// >9: underscore; see below
//     -> 12: was integer
//     -> 14: was fractional
//     -> 16: was exponent
// states 2-5, 14, 16 are ONLY permitted iif base === 10
function parseNumber(ctx, startPtr, startChr, sign, endChr) {
    let c = startChr;
    let state = 0;
    let hasUnderscores = false;
    // (+/-)inf
    if (c === 0x69 /* i */) {
        if (ctx.s.charCodeAt(++ctx.p) !== 0x6e || ctx.s.charCodeAt(++ctx.p) !== 0x66)
            TomlError.x('invalid value', ctx, startPtr);
        return ctx.p++, (sign || 1) / 0;
    }
    // (+/-)nan
    if (c === 0x6e /* n */) {
        if (ctx.s.charCodeAt(++ctx.p) !== 0x61 || ctx.s.charCodeAt(++ctx.p) !== 0x6e)
            TomlError.x('invalid value', ctx, startPtr);
        return ctx.p++, NaN;
    }
    // Leading zero
    // Only allowed cases: `0<EOV>`, `0.(...)`, `0e(...)`, `0x(...)`, `0b(...)`, `0o(...)`
    // FWIW, `0e(...)` is a stupid case, but it's not banned per-se so we have to parse it
    if (c === 0x30 /* 0 */) {
        if (++ctx.p >= ctx.s.length || isEndOfValue(c = ctx.s.charCodeAt(ctx.p), endChr))
            return ctx.bi === true ? 0n : 0; // note: conveniently deals with `-0`
        if (!sign) {
            if (c === 0x78 /* x */)
                return parseIntegerBaseN(ctx, startPtr, 16, endChr);
            else if (c === 0x62 /* b */)
                return parseIntegerBaseN(ctx, startPtr, 2, endChr);
            else if (c === 0x6f /* o */)
                return parseIntegerBaseN(ctx, startPtr, 8, endChr);
        }
        if (c === 0x2e /* . */)
            state = 2;
        else if (c === 0x65 /* e */ || c === 0x45 /* E */)
            state = 4;
        else
            TomlError.x('illegal leading zero', ctx, startPtr);
    }
    // If the 1st char is not a digit by now, then it's not a valid TOML value at all
    else if (!isDigit(c))
        TomlError.x('invalid value', ctx, startPtr);
    while (++ctx.p < ctx.s.length && (c = ctx.s.charCodeAt(ctx.p), !isEndOfValue(c, endChr))) {
        if (!state)
            state = 1; // Detects single-digit numbers we can use a fast parse path for
        // The way the states are numbered is not random: underscores are always permitted in odd-numbered states and
        // never permitted in even-numbered ones.
        if (c === 0x5f /* _ */) {
            if (!(state & 1))
                TomlError.x('illegal underscore', ctx);
            state += 11; // 11 is a marker that makes the state even and greater than 9; see the numbering + rationale above
            hasUnderscores = true;
        }
        // Transition to fractional part.
        else if (state === 1 && c === 0x2e /* . */)
            state = 2;
        // Transition to exponent part.
        else if ((state === 1 || state === 3) && (c === 0x65 /* e */ || c === 0x45 /* E */))
            state = 4;
        // + and - are permitted in state 4 only (handled before entering the function for state 0)
        else if (state === 4 && (c === 0x2b /* + */ || c === 0x2d /* - */)) {
            state = 6;
        }
        // All special cases have been handled; only digits are allowed here
        else if (!isDigit(c))
            TomlError.x(`illegal character in numeric literal`, ctx);
        // Clear state flags
        else if (state > 9)
            state -= 11;
        else if (!(state & 1))
            state++;
    }
    // Single-char number; we can fast-path these very easily.
    if (!state) {
        let val = (startChr - 0x30 /* 0 */) * (sign || 1);
        return ctx.bi === true ? BigInt(val) : val;
    }
    // Even-numbered states absolutely require a digit next; not even end of value is permitted
    if (!(state & 1))
        TomlError.x('unfinished numeric value', ctx, startPtr);
    let str = ctx.s.slice(startPtr, ctx.p);
    if (hasUnderscores)
        str = str.replaceAll('_', ''); // perf: replaceAll 1.25x faster than replace with a regex
    return state > 1
        ? parseFloat(str)
        : parseInteger(ctx, str, 10, startPtr);
}
function parseIntegerBaseN(ctx, startPtr, base, endChr) {
    let c, underscore = 1;
    while (++ctx.p < ctx.s.length && (c = ctx.s.charCodeAt(ctx.p), !isEndOfValue(c, endChr))) {
        if (c === 0x5f /* _ */) {
            if (underscore & 1)
                TomlError.x('illegal underscore', ctx);
            underscore = 3;
        }
        // We only need to check if the number is a valid digit, nothing else is permitted
        else if (!isDigit(c, base))
            TomlError.x(`illegal character in numeric literal`, ctx);
        // Clear underscore flag
        else if (underscore & 1)
            underscore--;
    }
    // Trailing underscore is not allowed
    if (underscore & 1)
        TomlError.x('unfinished numeric value', ctx);
    let str = ctx.s.slice(startPtr + 2, ctx.p);
    if (underscore)
        str = str.replaceAll('_', ''); // perf: replaceAll 1.25x faster than replace with a regex
    return parseInteger(ctx, str, base, startPtr);
}
function parseInteger(ctx, str, base, startPtr) {
    if (ctx.bi !== true)
        int: {
            let val = parseInt(str, base);
            if (!Number.isSafeInteger(val)) {
                if (ctx.bi)
                    break int;
                TomlError.x('integer value cannot be represented losslessly', ctx, startPtr);
            }
            return val;
        }
    return base === 10 ? BigInt(str) : BigInt((base === 2 ? '0b' : base === 8 ? '0o' : '0x') + str);
}
function parseDate(ctx, c, endChr) {
    let startPtr = ctx.p++, unsafeSeparator;
    if (!isDigit(c) ||
        !isDigit(ctx.s.charCodeAt(ctx.p++)) ||
        !isDigit(ctx.s.charCodeAt(ctx.p++)) ||
        !isDigit(ctx.s.charCodeAt(ctx.p++))) {
        return parseNumber(ctx, ctx.p = startPtr, c, 0, endChr);
    }
    ctx.p += 5;
    if (!isDigit(ctx.s.charCodeAt(ctx.p++)))
        TomlError.x('invalid date-time: date part is malformed', ctx, startPtr);
    if (ctx.p >= ctx.s.length || (((c = ctx.s.charCodeAt(ctx.p)) !== 0x20 || (unsafeSeparator = true, !isDigit(ctx.s.charCodeAt(ctx.p + 1)))) && c !== 0x54 /* T */ && c !== 0x74 /* t */)) {
        let t = ctx.s.slice(startPtr, ctx.p);
        return readDate(ctx, t, 3, false, startPtr);
    }
    if (ctx.s.charCodeAt(ctx.p += 3) !== 0x3a /* : */)
        TomlError.x('invalid date-time: time part is malformed', ctx, startPtr);
    if (ctx.s.charCodeAt(ctx.p += 3) === 0x3a /* : */)
        ctx.p += 3;
    if (ctx.s.charCodeAt(ctx.p) === 0x2e /* . */)
        while (isDigit(ctx.s.charCodeAt(++ctx.p)))
            ;
    if (c = ctx.s.charCodeAt(ctx.p)) {
        if (c === 0x5a /* Z */ || c === 0x7a /* z */) {
            let t = ctx.s.slice(startPtr, ++ctx.p);
            return readDate(ctx, t, 1, unsafeSeparator, startPtr, '[+00:00]');
        }
        if (c === 0x2b /* + */ || c === 0x2d /* - */) {
            // Temporal's ZonedDateTime is weird asf when it comes to dealing with traditional offsets...
            // It's 1.2x faster to allocate a new string to pass to ZDT than use Instant.toZonedDateTimeISO
            let t = ctx.s.slice(startPtr, ctx.p += 6);
            return readDate(ctx, t, 1, unsafeSeparator, startPtr, !ctx.ld && ('[' + ctx.s.slice(ctx.p - 6, ctx.p) + ']'));
        }
    }
    let t = ctx.s.slice(startPtr, ctx.p);
    return readDate(ctx, t, 2, unsafeSeparator, startPtr);
}
function parseTime(ctx, c, endChr) {
    let start = ctx.p;
    if (!isDigit(c) || !isDigit(ctx.s.charCodeAt(++ctx.p))) {
        return parseNumber(ctx, --ctx.p, c, 0, endChr);
    }
    if (ctx.s.charCodeAt(ctx.p += 4) === 0x3a /* : */)
        ctx.p += 3;
    if (ctx.s.charCodeAt(ctx.p) === 0x2e /* . */)
        while (isDigit(ctx.s.charCodeAt(++ctx.p)))
            ;
    let t = ctx.s.slice(start, ctx.p);
    return readDate(ctx, t, 4, false, start);
}
function readDate(ctx, str, type, unsafeDelim, errPtr, temporalSuffix) {
    if (ctx.ld) {
        let date = new TomlDate(str, type, unsafeDelim);
        if (!date.isValid())
            TomlError.x('invalid date', ctx, errPtr);
        return date;
    }
    try {
        if (temporalSuffix)
            str += temporalSuffix;
        switch (type) {
            case 1: return Temporal.ZonedDateTime.from(str);
            case 2: return Temporal.PlainDateTime.from(str);
            case 3: return Temporal.PlainDate.from(str);
            case 4: return Temporal.PlainTime.from(str);
        }
    }
    catch (e) {
        TomlError.x(e instanceof Error ? e.message : '' + e, ctx, errPtr);
    }
}

;// CONCATENATED MODULE: ./node_modules/smol-toml/dist/util.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */

/** @internal */
function skipComment(ctx) {
    for (; ctx.p < ctx.s.length; ctx.p++) {
        let c = ctx.s.charCodeAt(ctx.p);
        if (c === 0xa /* \n */)
            break;
        if (c === 0xd /* \r */ && ctx.s.charCodeAt(ctx.p + 1) === 0xa /* \n */) {
            ctx.p++;
            break;
        }
        if ((c < 0x20 && c !== 0x9 /* \t */) || c === 0x7f) {
            TomlError.x('control characters are not allowed in comments', ctx);
        }
    }
}
/** @internal */
function skipVoid(ctx, banNewLines, banComments) {
    let c;
    while (ctx.p < ctx.s.length) {
        while (ctx.p < ctx.s.length && ((c = ctx.s.charCodeAt(ctx.p)) === 0x20 ||
            c === 0x9 /* \t */ ||
            (!banNewLines &&
                (c === 0xa /* \n */ || (c === 0xd /* \r */ && ctx.s.charCodeAt(ctx.p + 1) === 0xa /* \n */)))))
            ctx.p++;
        if (banComments || c !== 0x23 /* # */)
            break;
        skipComment(ctx);
    }
}

;// CONCATENATED MODULE: ./node_modules/smol-toml/dist/struct.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */




/** @internal */
function parseKey(ctx, end = 0x3d /* = */) {
    // States:
    // 0: before first char
    // 1: parsing bare key
    // 2: after key component
    let startPtr;
    let state = 0;
    let parsed = [];
    let sliceStart;
    let c = ctx.s.charCodeAt(startPtr = ctx.p);
    do {
        // End of key
        if (c === end) {
            if (!state)
                TomlError.x('unexpected end of key', ctx);
            if (state === 1)
                parsed.push(ctx.s.slice(sliceStart, ctx.p));
            return ctx.p++, parsed;
        }
        // Dotted key separator
        else if (c === 0x2e /* . */) {
            if (!state)
                TomlError.x('illegal empty bare key', ctx);
            if (state === 1)
                parsed.push(ctx.s.slice(sliceStart, ctx.p));
            state = 0;
        }
        // Quoted key
        else if (!state && (c === 0x22 /* " */ || c === 0x27 /* ' */)) {
            if (c === ctx.s.charCodeAt(ctx.p + 1) && c === ctx.s.charCodeAt(ctx.p + 2))
                TomlError.x('illegal quoted key: multiline strings are not allowed', ctx);
            parsed.push(parseString(ctx));
            state = 2;
            ctx.p--;
        }
        // Whitespace; no-op in state 0 and 2, end of bare key in state 1
        else if (c === 0x20 || c === 0x9 /* \t */) {
            if (state === 1) {
                parsed.push(ctx.s.slice(sliceStart, ctx.p));
                state = 2;
            }
        }
        // If state is post-key, no character is allowed; otherwise ensure it's a bare-key component
        else if (state === 2 || (c < 0x30 && c !== 0x2d /* - */) || (c > 0x39 && c < 0x41) || (c > 0x5a && c < 0x61 && c !== 0x5f /* _ */) || c > 0x7a) {
            TomlError.x('illegal character in key', ctx);
        }
        // Illegal character
        else if (!state) {
            state = 1;
            sliceStart = ctx.p;
        }
    } while (c = ctx.s.charCodeAt(++ctx.p));
    TomlError.x('incomplete key-value: cannot find end of key', ctx, startPtr);
}
/** @internal */
function parseInlineTable(ctx) {
    let startPtr = ctx.p++;
    let res = Object.create(null);
    let seen = new Set();
    let c;
    while (ctx.p < ctx.s.length) {
        skipVoid(ctx);
        if ((c = ctx.s.charCodeAt(ctx.p)) === 0x7d /* } */) {
            ctx.p++;
            return res;
        }
        let k;
        let t = res;
        let hasOwn = false;
        let errPtr = ctx.p;
        let key = parseKey(ctx);
        for (let i = 0; i < key.length; i++) {
            if (i)
                t = hasOwn ? t[k] : (t[k] = Object.create(null));
            k = key[i];
            if ((hasOwn = Object.hasOwn(t, k)) && (typeof t[k] !== 'object' || seen.has(t[k]))) {
                TomlError.x('trying to redefine an already defined value', ctx, errPtr);
            }
            let unsafe = k === '__proto__';
            if (ctx.uk && (unsafe || k === 'constructor')) {
                t = ctx.uk !== 1 && TomlError.x('document contains an unsafe property', ctx, errPtr);
                break;
            }
            if (!hasOwn && unsafe) {
                Object.defineProperty(t, k, { enumerable: true, configurable: true, writable: true });
            }
        }
        if (hasOwn) {
            TomlError.x('trying to redefine an already defined value', ctx, errPtr);
        }
        skipVoid(ctx, true, true);
        let value = extractValue(ctx, 0x7d /* } */);
        if (t && typeof (t[k] = value) === 'object')
            seen.add(value);
        skipVoid(ctx);
        if ((c = ctx.s.charCodeAt(ctx.p++)) === 0x7d /* } */) {
            return res;
        }
        if (c !== 0x2c /* , */)
            TomlError.x('expected comma or end of structure', ctx, ctx.p - 1);
    }
    TomlError.x('unfinished table', ctx, startPtr);
}
/** @internal */
function parseArray(ctx) {
    let startPtr = ctx.p++;
    let res = [];
    let c;
    while (ctx.p < ctx.s.length) {
        skipVoid(ctx);
        if ((c = ctx.s.charCodeAt(ctx.p)) === 0x5d /* ] */) {
            ctx.p++;
            return res;
        }
        res.push(extractValue(ctx, 0x5d /* ] */));
        skipVoid(ctx);
        if ((c = ctx.s.charCodeAt(ctx.p++)) === 0x5d /* ] */) {
            return res;
        }
        if (c !== 0x2c /* , */)
            TomlError.x('expected comma or end of structure', ctx, ctx.p - 1);
    }
    TomlError.x('unfinished array', ctx, startPtr);
}

;// CONCATENATED MODULE: ./node_modules/smol-toml/dist/parse.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */




function peekTable(ctx, key, table, meta, type) {
    let t = table;
    let m = meta;
    let k;
    let hasOwn = false;
    let state;
    for (let i = 0; i < key.length; i++) {
        if (i) {
            t = hasOwn ? t[k] : (t[k] = Object.create(null));
            m = (state = m[k]).c;
            if (type === 0 /* Type.DOTTED */ && (state.t === 1 /* Type.EXPLICIT */ || state.t === 2 /* Type.ARRAY */)) {
                return null;
            }
            if (state.t === 2 /* Type.ARRAY */) {
                let l = t.length - 1;
                t = t[l];
                m = m[l].c;
            }
        }
        k = key[i];
        if ((hasOwn = Object.hasOwn(t, k)) && m[k]?.t === 0 /* Type.DOTTED */ && m[k]?.d) {
            return null;
        }
        if (!hasOwn) {
            let unsafe = k === '__proto__';
            if (ctx.uk && (unsafe || k === 'constructor'))
                return false;
            if (unsafe) {
                Object.defineProperty(t, k, { enumerable: true, configurable: true, writable: true });
                Object.defineProperty(m, k, { enumerable: true, configurable: true, writable: true });
            }
            m[k] = {
                t: i < key.length - 1 && type === 2 /* Type.ARRAY */
                    ? 3 /* Type.ARRAY_DOTTED */ : type,
                d: false,
                i: 0,
                c: Object.create(null),
            };
        }
    }
    state = m[k];
    if (state.t !== type && !(type === 1 /* Type.EXPLICIT */ && state.t === 3 /* Type.ARRAY_DOTTED */)) {
        // Bad key type!
        return null;
    }
    if (type === 2 /* Type.ARRAY */) {
        if (!state.d) {
            state.d = true;
            t[k] = [];
        }
        t[k].push(t = Object.create(null));
        state.c[state.i++] = (state = { t: 1 /* Type.EXPLICIT */, d: false, i: 0, c: Object.create(null) });
    }
    if (state.d) {
        // Redefining a table!
        return null;
    }
    state.d = true;
    if (type === 1 /* Type.EXPLICIT */) {
        t = hasOwn ? t[k] : (t[k] = Object.create(null));
    }
    else if (type === 0 /* Type.DOTTED */ && hasOwn) {
        return null;
    }
    return [k, t, state.c];
}
function validateTablePeek(ctx, peek, ptr) {
    if (peek === null || ctx.uk === 2)
        TomlError.x(peek === null
            ? 'trying to redefine an already defined table or value'
            : 'document contains an unsafe property', ctx, ptr);
}
function parse(toml, options = {}) {
    let ctx = {
        s: toml,
        p: 0,
        d: options.maxDepth ?? 1000,
        bi: options.integersAsBigInt ?? false,
        ld: options.useLegacyDate ?? true,
        uk: options.unsafeKeyBehaviour === 'throw' ? 2 : options.unsafeKeyBehaviour === 'drop' ? 1 : 0,
    };
    let res = Object.create(null);
    let meta = Object.create(null);
    let tmp;
    let skipping = false;
    let tbl = res;
    let m = meta;
    // BOM is allowed, skip.
    // JS is UTF-16, so we have to check for the UTF-16 BOM instead of the UTF-8 BOM sequence!
    if (toml.charCodeAt(0) === 0xfeff)
        ctx.p++;
    skipVoid(ctx);
    while (ctx.p < toml.length) {
        if (toml.charCodeAt(ctx.p) === 0x5b /* [ */) {
            let isTableArray = toml.charCodeAt(++ctx.p) === 0x5b; /* [ */
            tmp = ctx.p += +isTableArray;
            skipping = false;
            let k = parseKey(ctx, 0x5d /* ] */);
            if (isTableArray) {
                if (toml.charCodeAt(ctx.p) !== 0x5d /* ] */) {
                    TomlError.x('expected end of table array declaration', ctx);
                }
                ctx.p++;
            }
            let p = peekTable(ctx, k, res, meta, isTableArray ? 2 /* Type.ARRAY */ : 1 /* Type.EXPLICIT */);
            if (!p) {
                validateTablePeek(ctx, p, tmp);
                skipping = true;
            }
            else {
                m = p[2];
                tbl = p[1];
            }
        }
        else {
            tmp = ctx.p;
            let k = parseKey(ctx);
            let p = peekTable(ctx, k, tbl, m, 0 /* Type.DOTTED */);
            if (!p && !skipping)
                validateTablePeek(ctx, p, tmp);
            skipVoid(ctx, true, true);
            let v = extractValue(ctx, void 0);
            if (p && !skipping)
                p[1][p[0]] = v;
        }
        skipVoid(ctx, true);
        if (ctx.p < toml.length && (tmp = toml.charCodeAt(ctx.p)) !== 0xa /* \n */ && (tmp !== 0xd /* \r */ || toml.charCodeAt(ctx.p + 1) !== 0xa /* \n */)) {
            TomlError.x('each key-value declaration must be followed by an end-of-line', ctx);
        }
        skipVoid(ctx);
    }
    return res;
}

;// CONCATENATED MODULE: ./node_modules/smol-toml/dist/stringify.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */
let BARE_KEY = /^[a-z0-9-_]+$/i;
let HAS_WELLFORMED = !!(''.isWellFormed);
function extendedTypeOf(obj) {
    let type = typeof obj;
    if (type === 'object') {
        if (Array.isArray(obj))
            return 'array';
        if (typeof obj.getUTCDate === 'function' && obj instanceof Date)
            return 'date';
        if (globalThis.Temporal) {
            if (obj.until) {
                if (obj instanceof Temporal.ZonedDateTime)
                    return 'temporal/tz+uc';
                if (obj instanceof Temporal.PlainDateTime || obj instanceof Temporal.PlainDate)
                    return 'temporal/uc';
                if (obj instanceof Temporal.PlainTime || obj instanceof Temporal.Instant)
                    return 'temporal';
                if (obj instanceof Temporal.PlainYearMonth)
                    return 'temporal/x';
            }
            else if ((obj.toPlainDate && obj instanceof Temporal.PlainMonthDay) ||
                (obj.negated && obj instanceof Temporal.Duration)) {
                return 'temporal/x';
            }
        }
    }
    return type;
}
function isArrayOfTables(obj) {
    for (let i = 0; i < obj.length; i++) {
        if (extendedTypeOf(obj[i]) !== 'object')
            return false;
    }
    return obj.length != 0;
}
function formatWellFormedStringUnchecked(s) {
    return JSON.stringify(s).replaceAll('\x7f', '\\u007f');
}
function formatString(s) {
    return formatWellFormedStringUnchecked(HAS_WELLFORMED ? s.toWellFormed() : s);
}
function formatKey(s) {
    if (BARE_KEY.test(s))
        return s;
    if (HAS_WELLFORMED && !s.isWellFormed())
        throw new RangeError('key contains illegal lone surrogates');
    return formatWellFormedStringUnchecked(s);
}
function stringifyValue(val, type, depth, numberAsFloat, strictTemporal) {
    if (depth === 0) {
        throw new Error('Could not stringify the object: maximum object depth exceeded');
    }
    switch (type) {
        // @ts-expect-error -- intentional fallthrough case
        case 'number':
            if (isNaN(val))
                return 'nan';
            if (val === Infinity)
                return 'inf';
            if (val === -Infinity)
                return '-inf';
            if (Number.isInteger(val) && (numberAsFloat || !Number.isSafeInteger(val)))
                return val.toFixed(1);
        case 'bigint':
        case 'boolean':
        case 'temporal':
            return val.toString();
        case 'string':
            return formatString(val);
        case 'date':
            if (isNaN(val.getTime()))
                throw new TypeError('cannot serialize invalid date');
            return val.toISOString();
        case 'object':
            return stringifyInlineTable(val, depth, numberAsFloat, strictTemporal);
        case 'array':
            return stringifyArray(val, depth, numberAsFloat, strictTemporal);
        // @ts-expect-error -- intentional fallthrough case
        case 'temporal/tz+uc':
            if (strictTemporal) {
                let tz = val.timeZoneId;
                let tzc = tz.charCodeAt(0);
                if (
                // Classic offset
                tzc !== 0x2b /* + */ && tzc !== 0x2d /* - */ &&
                    (
                    // Fast pre-check pass; see below for the actually accepted values
                    (tzc !== 0x55 /* U */ && tzc !== 0x47 /* G */ && tzc !== 0x5a /* Z */ && tzc !== 0x45 /* E */) ||
                        (
                        // UTC and its aliases; Temporal implementations don't all canonicalise unfortunately
                        tz !== 'UTC' && tz !== 'UCT' && tz !== 'Universal' && tz !== 'Zulu' &&
                            // GMT is a TZ but it's for all intents and purposes equivalent to UTC. Safe to downgrade.
                            !tz.startsWith('GMT') && tz !== 'Greenwich' &&
                            // Etc/* are all safe to downgrade to offset (either UTC, GMT, or offset)
                            !tz.startsWith('Etc/')))) {
                    throw new TypeError('Temporal objects with an IANA timezone are not allowed in Temporal strict mode');
                }
            }
        case 'temporal/uc':
            if (strictTemporal && val.calendarId !== 'iso8601')
                throw new TypeError('Temporal objects with a non-default calendar are not allowed in Temporal strict mode');
            return val.toString({
                calendarName: 'never',
                timeZoneName: 'never',
            });
        case 'temporal/x':
            throw new TypeError('Unsupported ' + val[Symbol.toStringTag]);
    }
}
function stringifyInlineTable(obj, depth, numberAsFloat, strictTemporal) {
    let keys = Object.keys(obj);
    if (keys.length === 0)
        return '{}';
    let res = '{ ';
    for (let i = 0; i < keys.length; i++) {
        let k = keys[i];
        if (i)
            res += ', ';
        res += formatKey(k) + ' = ' + stringifyValue(obj[k], extendedTypeOf(obj[k]), depth - 1, numberAsFloat, strictTemporal);
    }
    return res + ' }';
}
function stringifyArray(array, depth, numberAsFloat, strictTemporal) {
    if (array.length === 0)
        return '[]';
    let res = '[ ';
    for (let i = 0; i < array.length; i++) {
        if (i)
            res += ', ';
        if (array[i] === null || array[i] === void 0) {
            throw new TypeError('arrays cannot contain null or undefined values');
        }
        res += stringifyValue(array[i], extendedTypeOf(array[i]), depth - 1, numberAsFloat, strictTemporal);
    }
    return res + ' ]';
}
function stringifyArrayTable(array, key, depth, numberAsFloat, strictTemporal) {
    if (depth === 0) {
        throw new Error('Could not stringify the object: maximum object depth exceeded');
    }
    let res = '';
    for (let i = 0; i < array.length; i++) {
        res += `${res && '\n'}[[${key}]]\n`;
        res += stringifyTable(0, array[i], key, depth, numberAsFloat, strictTemporal);
    }
    return res;
}
function stringifyTable(tableKey, obj, prefix, depth, numberAsFloat, strictTemporal) {
    if (depth === 0) {
        throw new Error('Could not stringify the object: maximum object depth exceeded');
    }
    let preamble = '';
    let tables = '';
    let keys = Object.keys(obj);
    for (let i = 0; i < keys.length; i++) {
        let k = keys[i];
        if (obj[k] !== null && obj[k] !== void 0) {
            let type = extendedTypeOf(obj[k]);
            if (type === 'symbol' || type === 'function') {
                throw new TypeError(`cannot serialize values of type '${type}'`);
            }
            let key = formatKey(k);
            if (type === 'array' && isArrayOfTables(obj[k])) {
                tables += (tables && '\n') + stringifyArrayTable(obj[k], prefix ? `${prefix}.${key}` : key, depth - 1, numberAsFloat, strictTemporal);
            }
            else if (type === 'object') {
                let tblKey = prefix ? `${prefix}.${key}` : key;
                tables += (tables && '\n') + stringifyTable(tblKey, obj[k], tblKey, depth - 1, numberAsFloat, strictTemporal);
            }
            else {
                preamble += key;
                preamble += ' = ';
                preamble += stringifyValue(obj[k], type, depth, numberAsFloat, strictTemporal);
                preamble += '\n';
            }
        }
    }
    if (tableKey && (preamble || !tables)) // Create table only if necessary
        preamble = preamble ? `[${tableKey}]\n${preamble}` : `[${tableKey}]`;
    return preamble && tables
        ? `${preamble}\n${tables}`
        : preamble || tables;
}
function stringify(obj, { maxDepth = 1000, numbersAsFloat = false, strictTemporal = false } = {}) {
    if (extendedTypeOf(obj) !== 'object') {
        throw new TypeError('stringify can only be called with an object');
    }
    let str = stringifyTable(0, obj, '', maxDepth, numbersAsFloat, strictTemporal);
    if (str[str.length - 1] !== '\n')
        return str + '\n';
    return str;
}

;// CONCATENATED MODULE: ./node_modules/smol-toml/dist/index.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */





/** @deprecated use `import * as ... from 'smol-toml'` instead */
/* harmony default export */ const dist = ({ parse: parse, stringify: stringify, TomlDate: TomlDate, TomlError: TomlError });

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
function toml_fast_kindOf(value) {
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
            toml_fast_skipComment();
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
function toml_fast_skipComment() {
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
        toml_fast_skipComment();
    if (p >= s.length)
        return;
    if (s.charCodeAt(p) !== 0x0a)
        bail();
    p++;
}
// Sticky patterns that step over a run of ordinary characters in one native call: far fewer steps than a
// character loop in code that runs once per process and is rarely optimised by then.
const toml_fast_BARE_KEY = /[A-Za-z0-9_-]+/y;
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
        toml_fast_BARE_KEY.lastIndex = p;
        if (!toml_fast_BARE_KEY.test(s))
            bail();
        p = toml_fast_BARE_KEY.lastIndex;
        key = s.slice(start, p);
    }
    // smol-toml defines `__proto__` as an own property; not worth copying here.
    if (key === '__proto__')
        bail();
    return key;
}
/** A (dotted) key ending at `end` (`=` or `]`), the cursor left after it. */
function toml_fast_parseKey(end) {
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
    const parts = toml_fast_parseKey(0x5d /* ] */);
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
        else if (toml_fast_kindOf(list) !== TABLE_ARRAY)
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
    if (toml_fast_kindOf(existing) !== IMPLICIT)
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
    const kind = toml_fast_kindOf(value);
    if (kind === TABLE_ARRAY)
        return value[value.length - 1];
    if (kind === IMPLICIT || kind === HEADER)
        return value;
    return bail();
}
function parseKeyValue(current) {
    const parts = toml_fast_parseKey(0x3d /* = */);
    let table = current;
    for (let i = 0; i < parts.length - 1; i++) {
        const value = table[parts[i]];
        if (value === undefined) {
            const made = newTable(DOTTED);
            table[parts[i]] = made;
            table = made;
        }
        else if (toml_fast_kindOf(value) === DOTTED)
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
        return toml_fast_parseArray(depth + 1);
    if (c === 0x7b /* { */)
        return toml_fast_parseInlineTable(depth + 1);
    if (c === 0x74 /* t */ && s.startsWith('true', p))
        return (p += 4), true;
    if (c === 0x66 /* f */ && s.startsWith('false', p))
        return (p += 5), false;
    if (c >= 0x30 && c <= 0x39)
        return toml_fast_parseInteger();
    return bail();
}
/** A plain decimal integer; a sign, underscores, another base, a float or a date bail. */
function toml_fast_parseInteger() {
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
function toml_fast_parseArray(depth) {
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
function toml_fast_parseInlineTable(depth) {
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

;// CONCATENATED MODULE: ./src/workspace/names.ts
// PEP 503 normalisation: names enter the model once, normalised, so every
// comparison after that is plain string equality. Extras and group names are
// normalised the same way (PEP 685, PEP 735).
/** Already normal (what lock files and most pyproject files hold): returned as is, without a new string. */
const NORMAL = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
function normalizeName(name) {
    if (NORMAL.test(name))
        return name;
    return name.trim().replace(/[-_.]+/g, '-').toLowerCase();
}
/** PEP 508 / core metadata: ASCII letters and digits, with `.`, `_`, `-` inside. uv rejects anything else. */
const VALID_NAME = /^[A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?$/;
function isValidName(name) {
    return VALID_NAME.test(name);
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
        .sort(([a], [b]) => text_compareStrings(a, b))
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
            name: normalizeName(d.name),
            extras: Array.isArray(d.extra) ? d.extra.map((e) => normalizeName(String(e))).sort() : [],
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
        out[normalizeName(key)] = readDependencies(list);
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
        if (only(normalizeName(name)))
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
        if (!only(normalizeName(name[1])))
            continue;
        const sections = body.split(/^(?=\[package\.)/m).filter((section) => !section.startsWith('[package.metadata'));
        selected.entries.push(`[[package]]\n${sections.join('')}`);
    }
    return selected;
}
/** Parses TOML text (the fast reader first, smol-toml for anything it leaves); invalid TOML is a UserError naming `file:line`. */
function parseToml(text, file) {
    // Plain objects, which V8 builds faster than prototype-less ones: safe only because this tree is read
    // through fixed keys Object.prototype does not have (name, version, source, ...) and Object.entries,
    // and dropped once the packages are read. Never look up a key taken from the file in it.
    const fast = parseTomlFast(text, { plainObjects: true });
    if (fast)
        return fast;
    try {
        return parse(text);
    }
    catch (error) {
        if (error instanceof TomlError) {
            throw new errors_UserError(`${file}:${error.line}: invalid TOML: ${error.message.split('\n')[0]}`, 'regenerate it with `uv lock` (resolve merge conflicts first)');
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
        name: normalizeName(raw.name),
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
        throw new errors_UserError(`${file}: no lock 'version' at the top; this is not a uv.lock`, 'regenerate it with `uv lock`');
    }
    if (version !== SUPPORTED_LOCK_VERSION) {
        throw new errors_UserError(`${file}: lock version ${version} is not supported (this action reads version ${SUPPORTED_LOCK_VERSION})`, 'update uv-workspace-sync, or regenerate the lock with the uv version your project pins');
    }
    const manifest = (doc.manifest ?? {});
    const members = Array.isArray(manifest.members) ? manifest.members.map((m) => normalizeName(String(m))).sort() : [];
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
    const head = parseToml(selected.head, file);
    if (head.package !== undefined)
        return undefined;
    const packages = [];
    for (const entry of selected.entries) {
        const doc = parseToml(entry, file);
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
    const doc = parseToml(text, file);
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
function glob_nfa_kindOf(text, at) {
    if (at >= text.length)
        return END;
    const c = text.charCodeAt(at);
    return c === 0x2f ? SLASH_KIND : c === 0x2e ? DOT_KIND : OTHER_KIND;
}
const lit = (text) => ({ t: 'lit', text });
const glob_nfa_char = (test) => ({ t: 'char', test });
const seq = (...items) => ({ t: 'seq', items });
const alt = (...items) => ({ t: 'alt', items });
const star = (item) => ({ t: 'star', item });
const assert = (test) => ({ t: 'assert', test });
const optional = (item) => alt(item, seq());
const SLASH = 0x2f;
/** Any character but `/`. */
const NOT_SLASH = (c) => c !== SLASH;
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
function compileNode(node) {
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
        let kinds = glob_nfa_kindOf(text, 0) | (glob_nfa_kindOf(text, 1) << 2) | (glob_nfa_kindOf(text, 2) << 4) | (glob_nfa_kindOf(text, 3) << 6);
        const watch = this.assertions.length > 0;
        const mask0 = this.maskOf(true, kinds);
        let state = this.starts.get(mask0);
        if (state === undefined) {
            state = this.close([this.start], mask0);
            this.starts.set(mask0, state);
        }
        for (let i = 0; i < text.length; i++) {
            kinds = (kinds >> 2) | (glob_nfa_kindOf(text, i + 4) << 6);
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
class GlobSyntaxError extends Error {
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
const STAR = () => star(glob_nfa_char(NOT_SLASH));
/** picomatch's globstar: any characters, but never a `.` or `..` segment. */
const GLOBSTAR = () => star(seq(assert(NO_DOTS), glob_nfa_char(glob_nfa_ANY)));
const isWord = (c) => /^[A-Za-z0-9_]$/.test(c);
const isAlnum = (c) => /^[A-Za-z0-9]$/.test(c);
function refuse(pattern, why) {
    throw new GlobSyntaxError(`\`${pattern}\`: ${why}`);
}
/** The checks every route shares: what picomatch would read as a regular expression, not a glob. */
function checkEscapes(pattern, text) {
    for (let i = 0; i < text.length; i++) {
        const c = text[i];
        if (c === '\0')
            refuse(pattern, 'a NUL character is not allowed');
        if (c !== '\\')
            continue;
        const next = text[i + 1];
        if (next === undefined)
            refuse(pattern, 'it ends with a lone `\\`');
        if (next === '\\')
            refuse(pattern, '`\\\\` is not supported (no path filter can match a backslash)');
        if (isAlnum(next))
            refuse(pattern, `\`\\${next}\` is a regular-expression escape in picomatch; write \`${next}\``);
        i++;
    }
    for (const run of ['$$', '^^', '++'])
        if (text.includes(run))
            refuse(pattern, `\`${run}\` is read as a regular expression by picomatch; escape each with \`\\\``);
    if (text.includes('***'))
        refuse(pattern, '`***` is not a glob; use `*` or `**`');
}
// ---------------------------------------------------------------------------
// Route 1: a pattern starting with `*` or `.` that is one of a few shapes.
/** The shapes picomatch compiles directly, with `**` (`dot: true`) excluding `.`/`..` segments. */
function fastShape(shape) {
    const globstarDir = () => optional(seq(assert(NO_DOTS), GLOBSTAR(), lit('/')));
    switch (shape) {
        case '*':
            return seq(assert(NO_DOTS), assert(ONE_CHAR), STAR());
        case '.*':
            return seq(lit('.'), assert(ONE_CHAR), STAR());
        case '*.*':
            return seq(assert(NO_DOTS), STAR(), lit('.'), assert(ONE_CHAR), STAR());
        case '*/*':
            return seq(assert(NO_DOTS), STAR(), lit('/'), assert(ONE_CHAR), assert(NO_DOTS_SLASH), STAR());
        case '**':
            return seq(assert(NO_DOTS), GLOBSTAR());
        case '**/*':
            return seq(globstarDir(), assert(NO_DOTS_SLASH), assert(ONE_CHAR), STAR());
        case '**/*.*':
            return seq(globstarDir(), assert(NO_DOTS_SLASH), STAR(), lit('.'), assert(ONE_CHAR), STAR());
        case '**/.*':
            return seq(globstarDir(), lit('.'), assert(ONE_CHAR), STAR());
        default: {
            // `<shape>.<word characters>`, split at the last dot.
            const dot = shape.lastIndexOf('.');
            const ext = shape.slice(dot + 1);
            if (dot < 0 || ext === '' || ![...ext].every(isWord))
                return undefined;
            const head = fastShape(shape.slice(0, dot));
            return head && seq(head, lit(`.${ext}`));
        }
    }
}
// ---------------------------------------------------------------------------
// Route 2: a pattern with no `/`, brackets, braces, parentheses or quotes
// that does not start with `*` or `!`: each `*` is a star in the segment,
// each `?` one character, everything else literal.
function plainRoute(pattern, text) {
    if (text.includes('|'))
        refuse(pattern, '`|` is a regular-expression alternation in picomatch; escape it as `\\|`');
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
            items.push(glob_nfa_char(NOT_SLASH));
            continue;
        }
        items.push(lit(c));
    }
    return seq(...items);
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
            stack.at(-1).at(-1).push(alt(...branches.map((b) => seq(...b))));
        }
        else
            branches.at(-1).push(item);
    }
    return seq(...stack[0][0]);
}
/** A character class as JavaScript reads picomatch's `[...]` (`!` is a member, `^` negates, a negated class never matches `/`). */
function classTest(atoms, negated, pattern) {
    const ranges = [];
    for (let i = 0; i < atoms.length; i++) {
        const a = atoms[i];
        const to = atoms[i + 2];
        if (atoms[i + 1]?.dash && to) {
            if (to.code < a.code)
                refuse(pattern, `the range \`${String.fromCharCode(a.code)}-${String.fromCharCode(to.code)}\` is out of order`);
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
            refuse(pattern, 'the `[` class never closes');
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
            refuse(pattern, 'a `[` inside a class (POSIX classes like `[[:alpha:]]` are not supported)');
        const closesNext = text[i + 1] === ']';
        atoms.push({ code: c.charCodeAt(0), dash: c === '-' && !closesNext });
        raw += c === '-' && closesNext ? '\\-' : c;
        literal += c;
    }
    const test = glob_nfa_char(classTest(atoms, negated, pattern));
    // A class without regular-expression characters also matches itself, written out.
    const node = /[-*+?.^${}(|)[\]]/.test(raw) ? test : alt(lit(`[${literal}]`), test);
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
            refuse(this.pattern, 'a `{` never closes');
        // A glob ending in a star or a class also matches with one `/` after it.
        if (this.prev.type === 'star' || this.prev.type === 'bracket')
            this.out.push(optional(lit('/')));
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
            this.push('text', lit(next));
            return i + 1;
        }
        if (c === '"' || c === '(' || c === ')' || c === '|') {
            refuse(this.pattern, `\`${c}\` is ${c === '"' ? 'quoting' : 'regular-expression syntax'} in picomatch; escape it as \`\\${c}\``);
        }
        if ('@!+?*'.includes(c) && next === '(')
            refuse(this.pattern, 'extglobs like `@(a|b)` are not supported; use `{a,b}`');
        if (c === '+' && (this.prev.type === 'bracket' || this.prev.type === 'brace')) {
            refuse(this.pattern, 'a `+` after `]` or a brace repeats in picomatch; escape it as `\\+`');
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
                    refuse(this.pattern, 'brace ranges like `{1..3}` are not supported; list the values: `{1,2,3}`');
                this.push(this.braces.length === 0 && this.prev.type !== 'bos' && this.prev.type !== 'slash' ? 'text' : 'dot', lit('.'));
                return i;
            case '?':
                this.push('qmark', glob_nfa_char(NOT_SLASH));
                return i;
            case '*':
                return this.star(i);
            default:
                this.push('text', lit(c));
                return i;
        }
    }
    bracket(i) {
        const cls = readClass(this.pattern, this.text, i);
        // Without a `]` anywhere after it, `[` is literal (still a bracket token to picomatch).
        this.push('bracket', cls ? cls.node : lit('['));
        return cls ? cls.end : i;
    }
    brace(c, i) {
        const open = this.braces.at(-1);
        if (c === '{') {
            if (this.braces.length >= MAX_BRACE_DEPTH)
                refuse(this.pattern, `braces nest more than ${MAX_BRACE_DEPTH} deep`);
            this.braces.push({ comma: false });
            this.push('brace', OPEN);
        }
        else if (!open) {
            this.push('text', lit(c));
        }
        else if (c === ',') {
            open.comma = true;
            this.push('comma', BAR);
        }
        else {
            if (!open.comma)
                refuse(this.pattern, 'braces without a comma are literal in picomatch; escape them as `\\{` and `\\}`');
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
            this.push('slash', lit('/'));
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
            this.out = [...head, OPEN, ...priorPart, GLOBSTAR(), lit('/'), BAR, lit('/'), ...orEnd, CLOSE];
            this.push('slash');
            return i + 1;
        }
        else if (prior.type === 'bos' && slashNext) {
            // `**/b`: `b` at any depth.
            this.out = [OPEN, assert(AT_START), BAR, lit('/'), BAR, GLOBSTAR(), lit('/'), CLOSE];
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
            return { node: seq(node, optional(lit('/'))), negated: false };
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
        refuse(pattern, 'an even number of leading `!` is not supported; drop them');
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
        refuse(`${pattern.slice(0, 40)}\u2026`, `longer than ${MAX_GLOB_LENGTH} characters`);
    const { node, negated } = picomatchNode(pattern);
    const test = compileNode(node);
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
    const one = crossSlash ? glob_nfa_ANY : NOT_SLASH;
    for (let i = 0; i < component.length; i++) {
        const c = component[i];
        if (backslashEscapes && c === '\\' && i + 1 < component.length)
            items.push(lit(component[++i]));
        else if (c === '*')
            items.push(star(glob_nfa_char(one)));
        else if (c === '?')
            items.push(glob_nfa_char(one));
        else if (c === '[') {
            const cls = classAt(component, i, backslashEscapes, crossSlash);
            if (cls) {
                items.push(glob_nfa_char(cls.test));
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
    const segment = () => seq(glob_nfa_char(NOT_SLASH), star(glob_nfa_char(NOT_SLASH)));
    const items = [];
    for (let i = 0; i < parts.length; i++) {
        const part = parts[i];
        if (part === '**') {
            if (parts.length === 1)
                items.push(star(glob_nfa_char(glob_nfa_ANY)));
            // `a/**` also matches `a` itself, as picomatch does.
            else if (i === parts.length - 1)
                items.push(optional(seq(lit('/'), star(glob_nfa_char(glob_nfa_ANY)))));
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
function globs_checkPathFilters(what, patterns) {
    try {
        compileGlobs(patterns);
    }
    catch (error) {
        if (!(error instanceof GlobSyntaxError))
            throw error;
        throw new errors_UserError(`${what} has a glob this action does not read as picomatch would: ${error.message}`, "path filters follow picomatch's rules with dotfiles matching; see Globs in the README");
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
class UvGlobError extends Error {
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
            const any = star(glob_nfa_char(glob_nfa_ANY));
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
            packages.add(normalizeName(pkg.value));
        else if (setting)
            addSetting(settings, setting.value);
        else {
            const colon = hit.value.indexOf(':');
            if (colon <= 0)
                continue;
            const name = normalizeName(hit.value.slice(0, colon));
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
const selection_NO_SYNC_ARGS = selection_readSyncArgs([]);
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
        FLAG_EFFECTS.get(flag)?.(flags, value === undefined ? '' : normalizeName(value));
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
                if (to === undefined || member.groups.includes(group) || !rootGroupSelected(sel, group))
                    continue;
                link(i, to, edge.extras);
                recordGroup(i, to, group);
            }
        }
        if (!sel.onlyGroups)
            out[i].push(n + i);
        for (const e of selectedExtras(sel, member))
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
                if (!groupSelected(sel, member, group))
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
function installGraph(ws, syncArgs = selection_NO_SYNC_ARGS) {
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
function installClosure(ws, member, syncArgs = NO_SYNC_ARGS) {
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
                const positive = compileGlob(input.glob);
                const negative = input.except.length > 0 ? compileGlobs(input.except) : undefined;
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

;// CONCATENATED MODULE: ./src/affected/claims.ts
// Who claims each changed path (pure): the global triggers (every member),
// the member that owns it (its directory), the members whose inputs outside
// their directories hold it (path sources, symlink targets, declared
// inputs), and what nobody claims: the unowned paths, which affect no member
// and are always said.




/** Files in the workspace root that configure every member's environment. */
const ROOT_TRIGGERS = ['pyproject.toml', '.python-version', 'uv.toml'];
/** How many paths a reason list names before `and N more`. */
const MAX_LISTED = 3;
const join = (dir, file) => (dir === '.' ? file : `${dir}/${file}`);
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
    const rootTriggers = new Set(ROOT_TRIGGERS.map((f) => join(ws.rootPath, f)));
    take(paths.filter((p) => rootTriggers.has(p)), (l) => ({ kind: 'global', source: 'root', ...l }));
    const input = inputGlobal.length > 0 ? compileGlobs([...inputGlobal]) : undefined;
    if (input)
        take(paths.filter((p) => !named.has(p) && input(p)), (l) => ({ kind: 'global', source: 'input', ...l }));
    const declared = ws.declared && ws.declared.global.length > 0 ? compileGlobs(ws.declared.global) : undefined;
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
        list.push({ kind: 'input', input, ...listed([...paths].sort(text_compareStrings)) });
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
    throw new errors_UserError(`${file}: ${what}`, `fix ${file} so that \`uv lock\` accepts it`);
}
function stringList(file, where, value) {
    if (value === undefined)
        return [];
    if (!Array.isArray(value) || value.some((v) => typeof v !== 'string'))
        fail(file, `\`${where}\` must be a list of strings`);
    return value;
}
/** Parses TOML text (the fast reader first, smol-toml for anything it leaves); invalid TOML is a UserError naming `file:line`. */
function pyproject_parseToml(text, file) {
    const fast = parseTomlFast(text);
    if (fast)
        return fast;
    try {
        return parse(text);
    }
    catch (error) {
        if (error instanceof TomlError) {
            throw new errors_UserError(`${file}:${error.line}: invalid TOML: ${error.message.split('\n')[0]}`, `fix the TOML syntax at line ${error.line}, column ${error.column} (\`uv lock\` fails on this file too)`);
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
        out[normalizeName(name)] = sources;
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
                list.push({ includeGroup: normalizeName(item['include-group']) });
            else
                fail(file, `\`dependency-groups.${group}\` holds an entry that is neither a requirement nor {include-group = "..."}`);
        }
        // Groups whose names normalise alike are one group to uv.
        const key = normalizeName(group);
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
            const key = normalizeName(extra);
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
        if (!isValidName(project.name)) {
            // JSON.stringify shows a newline or an escape sequence as `\n` / `\u001b`, never raw.
            fail(file, `\`[project].name\` ${JSON.stringify(project.name)} is not a valid package name (PEP 508: letters, digits, and . _ - inside)`);
        }
        result.name = normalizeName(project.name);
        result.dependencies = stringList(file, 'project.dependencies', project.dependencies);
        const optional = table(project, 'optional-dependencies') ?? {};
        for (const [extra, list] of Object.entries(optional)) {
            const key = normalizeName(extra);
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
        result.defaultGroups = [...new Set(stringList(file, 'tool.uv.default-groups', defaultGroups).map(normalizeName))].sort();
    }
    return result;
}
/** Parses and reads a pyproject.toml in one step. */
function loadPyproject(text, file) {
    return readPyproject(pyproject_parseToml(text, file), file);
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
    const extras = selectedExtras(sel, { ...member, extras: Object.keys(pkg.optionalDependencies) });
    for (const e of extras)
        starts.push(g.extraState(root, e));
    for (const [group, deps] of Object.entries(pkg.devDependencies)) {
        if (groupSelected(sel, member, group))
            starts.push(...g.resolve(deps));
    }
    // Explicitly asked groups the member lacks come from a project root (see selection.ts).
    const rootPkg = rootName !== undefined && rootName !== member.name ? memberPackage(g, rootName) : undefined;
    if (rootPkg !== undefined) {
        for (const [group, deps] of Object.entries(g.lock.packages[rootPkg].devDependencies)) {
            if (!(group in pkg.devDependencies) && !member.groups.includes(group) && rootGroupSelected(sel, group))
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
        globs.push(compileGlob(clean(g)));
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
        const self = compileGlob(base);
        const below = compileGlob(`${base}/**`);
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
    for (const name of [norm(raw), norm(normalizeName(raw))]) {
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
        cargo = pyproject_parseToml(text, manifest);
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
            includes.push(compileGlob(clean(p)));
    }
    const dataDirs = typeof mt.data === 'string' ? [clean(mt.data)] : [`${moduleName}.data`, `${normalizeName(typeof project?.name === 'string' ? project.name : '').replace(/-/g, '_')}.data`];
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
        const glob = compileGlob(clean(pattern));
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
        const glob = compileGlob(clean(g));
        const below = compileGlob(`${clean(g)}/**`);
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
    const mod = normalizeName(raw).replace(/-/g, '_');
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
        const glob = compileGlob(clean(`${from}/${e.include}`));
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
        const glob = compileGlob(clean(path));
        const roots = [...dirs, ...files].filter((p) => glob(p));
        matchers.push((rel) => roots.some((r) => under(r, rel)) || glob(rel));
    }
    const excludeGlobs = (strs(tp.exclude) ?? []).map((g) => compileGlob(clean(g)));
    const ships = (rel) => !/(^|\/)__pycache__(\/|$)|\.pyc$/.test(rel) && matchers.some((m) => m(rel)) && !excludeGlobs.some((m) => m(rel));
    return shipped(B, ships, pth);
}

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
            parts.push(star(glob_nfa_char(glob_nfa_ANY)));
        else if (c === '?')
            parts.push(glob_nfa_char(glob_nfa_ANY));
        else if (c === '[' && pattern.indexOf(']', i + 2) >= 0) {
            const end = pattern.indexOf(']', i + 2);
            parts.push(glob_nfa_char(charClass(pattern.slice(i + 1, end))));
            i = end;
        }
        else
            parts.push(lit(c));
    }
    return compileNode(seq(...parts));
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
    const requires = (strs(tbl(pyproject, 'build-system')?.requires) ?? []).map((r) => normalizeName(r.split(/[<>=!~;[ ]/)[0]));
    const manifestAll = st['include-package-data'] !== false && (fileSet.has('MANIFEST.in') || requires.includes('setuptools-scm'));
    const packageData = [];
    for (const [pkg, globs] of Object.entries(tbl(st, 'package-data') ?? {})) {
        const targets = pkg === '*' || pkg === '' ? [...packages.values()] : packages.has(pkg) ? [packages.get(pkg)] : [];
        for (const dir of targets)
            for (const g of strs(globs) ?? [])
                packageData.push({ dir, glob: compileGlob(clean(`${dir}/${g}`)) });
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
    const names = configured ?? [normalizeName(raw).replace(/-/g, '_').replace(/_stubs$/, '-stubs')];
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

;// CONCATENATED MODULE: ./src/affected/engine.ts
// The affected-members engine (pure). Owned by the affected-engine helper;
// these types are the contract the report and the shells rely on.











/** How many changed members a member's reasons name before `and N more` (nearest first). */
const MAX_DEPENDENCY_REASONS = 3;
/** How many package changes a member's reasons list before `and N more`. */
const MAX_LOCK_REASONS = 3;
function engine_normalizePath(p) {
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
        const paths = surface.importable.paths.map((p) => (p === '' ? memberPath : join(memberPath, p)));
        return { kind: 'importable', ...listed(paths) };
    }
    if (surface.kind === 'whole' && reachesOthers)
        return { kind: 'whole-surface', why: surface.why };
    return undefined;
}
function attributeLock(ws, lockRel, input) {
    const unattributed = (problem, error) => ({
        all: { kind: 'lock-unattributed', file: lockRel, problem, ...(error === undefined ? {} : { error: formatError(error) }) },
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
    const changes = attributeLockChange(base, head, ws.members, (input.syncArgs ?? selection_NO_SYNC_ARGS).selection);
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
    const ignored = ignore.length > 0 ? compileGlobs(ignore) : undefined;
    const paths = [...new Set(input.paths.map(engine_normalizePath).filter((p) => p !== '' && !(ignored && ignored(p))))].sort();
    const lockRel = join(ws.rootPath, 'uv.lock');
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
    members.sort(by((m) => m.name));
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
        return readBoundedText(absPath);
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
    caseInsensitive: isCaseInsensitive,
    diskCase: disk_case_diskCase,
    hasOnlyIgnoredFiles(absDir) {
        if (!containsFile(absDir))
            return true;
        // Files git tracks or would track; ignored ones are left out (.gitignore, info/exclude, core.excludesFile).
        const out = runProcessSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', '-z', '--', '.'], { cwd: absDir, maxOutput: 64 * 1024 * 1024 });
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
    const rel = posixRelative(repoRoot, abs);
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
            return compileUvGlob(g);
        }
        catch (error) {
            if (error instanceof UvGlobError) {
                // Name the whole entry as written, not just the component the glob parser choked on.
                const why = error.message.replace(/^`[^`]*`: /, '');
                throw new errors_UserError(`${file}: invalid glob in \`${key}\`: \`${g}\`: ${why}`, 'write `**` as a whole path component, e.g. `packages/**/x`');
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
    const rel = posixRelative(root, dir);
    const members = compileAll(ws.members, 'tool.uv.workspace.members', file);
    return members.some((g) => matchUvGlob(g, rel)) && !ws.exclude.some((g) => compileUvExclude(g)(rel));
}
/**
 * No workspace where one was asked for (the directory is missing, or has no
 * workspace at or above it). The hint speaks to the action's user; a shell
 * with its own words for "where" (the CLI's --workspace) says them instead,
 * and can look near `startDir` for a workspace.
 */
class NoWorkspaceError extends errors_UserError {
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
        throw new errors_UserError(`Workspace member \`${shown}\` is missing a \`pyproject.toml\` (matches: \`${source}\`)`, `add a pyproject.toml to ${shown}, or list it in \`tool.uv.workspace.exclude\` in ${rootPyproject.file}`);
    }
    if (!pyproject.managed)
        return undefined;
    if (!pyproject.hasProject) {
        throw new errors_UserError(`No \`project\` table found in: \`${pyproject.file}\` (matches: \`${source}\`)`, `add a [project] table with a name to ${pyproject.file}, or list its directory in \`tool.uv.workspace.exclude\``);
    }
    return pyproject;
}
function refuseDuplicateNames(members, repoRoot) {
    const byName = new Map();
    for (const member of members) {
        const name = member.pyproject.name;
        const other = byName.get(name);
        if (other) {
            throw new errors_UserError(`Two workspace members are both named \`${name}\`: \`${repoRelative(repoRoot, other.dir)}\` and \`${repoRelative(repoRoot, member.dir)}\``, 'rename one of the projects, or exclude one with `tool.uv.workspace.exclude`');
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
            throw new errors_UserError(`${rootPyproject.file}: the workspace root is marked as unmanaged (tool.uv.managed = false)`, 'remove `managed = false` from the workspace root, uv does not sync unmanaged projects');
        }
        members.push({ dir: root, isRoot: true, pyproject: rootPyproject });
        seen.add(root);
    }
    const exclude = ws.exclude.map(compileUvExclude);
    const dir = globDir(fsr, root);
    for (const [i, glob] of compileAll(ws.members, 'tool.uv.workspace.members', rootPyproject.file).entries()) {
        const source = ws.members[i];
        const matches = expandUvGlob(glob, dir);
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
    const name = normalizeName(match[1]);
    const rest = text.slice(match[0].length);
    const extras = new Set();
    if (rest.startsWith('[')) {
        const close = rest.indexOf(']');
        if (close < 0)
            return undefined;
        for (const extra of rest.slice(1, close).split(',')) {
            const trimmed = extra.trim();
            if (trimmed)
                extras.add(normalizeName(trimmed));
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
                edges.sort((a, b) => text_compareStrings(a.to, b.to) || text_compareStrings(a.kind, b.kind));
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

;// CONCATENATED MODULE: ./src/workspace/symlink-listing.ts
// The one question the workspace load asks git (outside-load.ts, the symlinks
// a member may reach outside itself through), named once so that the action
// can start it before the load: its inputs are the workspace root alone, and
// the load is synchronous, so asked there it blocked main for the whole of
// git's answer. Its own small module: main-start.ts starts it before the rest
// of the step (the workspace model included) is even loaded.


const ARGS = ['ls-files', '--stage', '-z', '--', '.'];
const options = (root) => ({ cwd: root, maxOutput: 256 * 1024 * 1024 });
/** `git ls-files --stage` of the tree under `root`: one `<mode> <object> <stage>\t<path>` record per NUL; undefined outside a git work tree or when git fails. */
function listStaged(root) {
    return git_tree_mayBeGitWorkTree(root) ? runProcessSync('git', ARGS, options(root)) : undefined;
}
/**
 * Starts listStaged's git child for a workspace expected at `root` (the
 * working directory, where it mostly is): a later listStaged(root) takes its
 * answer, if it is in by then (process.ts startProcessSync). A guess that
 * misses costs one unused child, never a wrong answer. Resolves once git
 * has answered (never rejects); undefined outside a git work tree.
 */
function startListStaged(root) {
    return mayBeGitWorkTree(root) ? startProcessSync('git', ARGS, options(root)) : undefined;
}

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
        throw new errors_UserError(`${place.file}: \`${TABLE}.${key}\` must be a list of strings`, `write e.g. ${key} = ["../*/provider.yaml"]`);
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
        throw new errors_UserError(`${where}: \`${glob}\` ${why}`, 'write globs relative to the directory of this pyproject.toml, e.g. `../*/provider.yaml` or `data/**`');
    };
    const text = glob.trim();
    if (text === '')
        bad('is empty');
    if (text.startsWith('/'))
        bad('starts with `/`');
    const out = [];
    for (const alternative of expandBraces(text)) {
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
        throw new errors_UserError(`${place.file}: \`${TABLE}\` must be a table`, HINT);
    const out = { global: [], ignore: [], inputs: [], inputsExcept: [] };
    for (const [key, value] of Object.entries(raw)) {
        if (key === 'global' || key === 'ignore') {
            if (!place.root)
                throw new errors_UserError(`${place.file}: \`${TABLE}.${key}\` is read only in the workspace root (${place.rootFile})`, HINT);
            out[key] = rebaseAll(place, key, declared_stringList(place, key, value));
        }
        else if (key === 'inputs') {
            if (!place.member)
                throw new errors_UserError(`${place.file}: \`${TABLE}.inputs\` is read only in a workspace member (this virtual root is none)`, HINT);
            for (const entry of declared_stringList(place, key, value)) {
                const rebased = rebaseAll(place, key, [entry]);
                if (entry.trim().startsWith('!'))
                    out.inputsExcept.push(...rebased.map((r) => r.slice(1)));
                else
                    out.inputs.push({ declared: entry.trim(), globs: rebased });
            }
        }
        else {
            throw new errors_UserError(`${place.file}: unknown key \`${key}\` in [${TABLE}]`, HINT);
        }
    }
    return out;
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
    const listed = listStaged(ws.root);
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
    const inputs = [...unique.values()].sort((a, b) => text_compareStrings(inputKey(a), inputKey(b)));
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
            throw new errors_UserError(`lock file '${repoRelative(absRepo, lockPath)}' does not exist`, 'pass the path of the uv.lock to read, or drop --lock to use <workspace root>/uv.lock');
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
    members.sort(by((m) => m.name));
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
    if (!git_tree_mayBeGitWorkTree(absDir))
        return undefined;
    const list = ['ls-files', '--cached', ...(trackedOnly ? [] : ['--others', '--exclude-standard']), '-z', '--'];
    // `only`: directories (relative to absDir) taken literally, so a `*` in a name is no glob.
    const args = only ? ['--literal-pathspecs', ...list, ...only] : [...list, '.'];
    const out = runProcessSync('git', args, { cwd: absDir, maxOutput: 256 * 1024 * 1024 });
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
function loadSurfaces(ws, changed = [], files, syncArgs = selection_NO_SYNC_ARGS) {
    const prefix = ws.rootPath === '.' ? '' : `${ws.rootPath}/`;
    const extra = changed.filter((p) => p.startsWith(prefix)).map((p) => p.slice(prefix.length));
    const extraByMember = filesByMember(ws, extra);
    // Only members that own a changed path need a surface (all of them when no change is given).
    const wanted = changed.length === 0 ? ws.members : ws.members.filter((m) => extraByMember.get(m.name).length > 0);
    const out = new Map();
    if (wanted.length === 0)
        return out;
    const withExtra = (list) => filesByMember(ws, extra.length === 0 ? list : [...new Set([...list, ...extra])]);
    let filesOf = files === undefined ? member_files_fromGit(ws, wanted, withExtra) : undefined;
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
        const uvToml = readBoundedText(external_node_path_default().join(ws.root, 'uv.toml'));
        const file = uvToml !== undefined ? 'uv.toml' : 'pyproject.toml';
        const text = uvToml ?? readBoundedText(external_node_path_default().join(ws.root, 'pyproject.toml'));
        const table = text === undefined ? {} : pyproject_parseToml(text, external_node_path_default().posix.join(ws.rootPath, file));
        const tool = table.tool;
        const uv = (uvToml !== undefined ? table : tool?.uv);
        strings(uv?.['config-settings'], all);
        for (const [name, t] of Object.entries(uv?.['config-settings-package'] ?? {})) {
            const into = {};
            strings(t, into);
            byPackage.set(normalizeName(name), into);
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
function member_files_fromGit(ws, wanted, withExtra) {
    // Outside a git work tree git lists nothing: asked first, before every wanted member's backend is looked at.
    if (!git_tree_mayBeGitWorkTree(ws.root))
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
        const table = parsedPyproject(ws, m.name) ?? pyproject_parseToml(external_node_fs_default().readFileSync(external_node_path_default().join(m.dir, 'pyproject.toml'), 'utf8'), external_node_path_default().posix.join(m.path, 'pyproject.toml'));
        return computeSurface(table, files, {
            editable: installsEditable(syncArgs, m.name),
            get configSettings() {
                return configSettingsFor(syncArgs, m.name, rootSettings());
            },
            readFile: (rel) => readBoundedText(external_node_path_default().join(m.dir, rel), external_node_path_default().posix.join(m.path, rel)),
        });
    }
    catch (error) {
        return { kind: 'whole', backend: 'unknown', why: `its pyproject.toml could not be read: ${formatError(error)}` };
    }
}

;// CONCATENATED MODULE: ./src/affected/from-changes.ts
// From a change set to the affected members: shared by the action and the
// CLI, so `uv-workspace-sync affected` previews exactly what the action does.







/** Every member, each with the one reason the whole workspace is affected. */
function allMembers(ws, reason) {
    return { all: true, allReasons: [reason], members: ws.members.map((m) => ({ name: m.name, path: m.path, reasons: [reason] })) };
}
function lockRelOf(ws, repoRoot) {
    return ws.lockPath ? posixRelative(repoRoot, ws.lockPath) : undefined;
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
        return (0,external_node_fs_namespaceObject.realpathSync)(p);
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
        const rel = posixRelative(realRepo, resolved);
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
    return sortedStrings(out);
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

;// CONCATENATED MODULE: ./src/workspace/nearby.ts
// Where a workspace is, when there is none where one was asked for: many
// repositories keep theirs one level down (microsoft/agent-framework in
// `python/`), and the user is owed its path, not a riddle. The look is
// bounded: two levels down, a few hundred directories, hidden and vendored
// directories skipped, files read bounded.



/** How deep below the directory the look goes. */
const nearby_MAX_DEPTH = 2;
/** How many directories it opens at most. */
const MAX_DIRS = 400;
/** Directories that hold other people's projects, or none: never a workspace of this repository. */
const SKIP = new Set(['node_modules', '__pycache__', 'site-packages', 'venv', 'dist', 'build']);
function hasWorkspace(fsr, dir) {
    const text = fsr.readText(external_node_path_default().join(dir, 'pyproject.toml'));
    if (text === undefined)
        return false;
    try {
        return loadPyproject(text, 'pyproject.toml').workspace !== undefined;
    }
    catch {
        return false; // a template or a broken file: not the workspace we point at
    }
}
/**
 * Directories one or two levels below `dir` whose pyproject.toml has
 * `[tool.uv.workspace]`, nearest first, then by name; a workspace's own
 * members are not looked into.
 */
function nearbyWorkspaces(dir, fsr = nodeFs) {
    const found = [];
    let opened = 0;
    let level = [dir];
    for (let depth = 1; depth <= nearby_MAX_DEPTH && level.length > 0; depth++) {
        const next = [];
        for (const parent of level) {
            if (opened++ >= MAX_DIRS)
                return found;
            const entries = (fsr.list(parent) ?? []).filter((e) => e.isDir && !e.isSymlink && !e.name.startsWith('.') && !SKIP.has(e.name));
            for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
                const child = external_node_path_default().join(parent, entry.name);
                if (hasWorkspace(fsr, child))
                    found.push(child);
                else
                    next.push(child);
            }
        }
        level = next;
    }
    return found;
}

;// CONCATENATED MODULE: ./src/cli/context.ts
// What every command starts from: the streams, the repository root, the
// workspace, and (for the commands that read a change) the change and what
// it affects, detected exactly as the action detects it.













/** What `--files` reads at most, from a file or standard input: far more than any list of changed paths. */
const MAX_FILES_BYTES = 64 * 1024 * 1024;
const FILES_HINT = 'pass a regular file listing changed paths, one per line (or - for standard input)';
async function readAll(stream) {
    const chunks = [];
    let total = 0;
    for await (const chunk of stream) {
        const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk);
        total += bytes.length;
        if (total > MAX_FILES_BYTES)
            throw new errors_UserError(`--files -: standard input is larger than ${MAX_FILES_BYTES / (1024 * 1024)} MiB; refusing to read it`, FILES_HINT);
        chunks.push(bytes);
    }
    return Buffer.concat(chunks).toString('utf8');
}
/** A `--files FILE` through the bounded reader: a device, a FIFO or a huge file is one clear error, never a hang. */
function readFilesList(io, file) {
    let text;
    try {
        text = readBoundedText(external_node_path_default().resolve(io.cwd, file), `'${file}'`, MAX_FILES_BYTES);
    }
    catch (error) {
        if (error instanceof errors_UserError)
            throw new errors_UserError(`--files: ${error.message}`, FILES_HINT);
        text = undefined;
    }
    if (text === undefined)
        throw new errors_UserError(`--files: cannot read '${file}'`, FILES_HINT);
    return text;
}
/**
 * The changed paths listed in --files, one per line, in the normal form:
 * relative to the repository root as git prints them (wherever the command
 * runs), or absolute. A path outside the repository is an error.
 */
async function readChangedPaths(files, io, repoRoot) {
    const paths = [];
    for (const file of files) {
        let text;
        if (file === '-') {
            if (!io.stdin)
                throw new errors_UserError('--files -: no standard input to read', 'pass a file with the changed paths instead');
            text = await readAll(io.stdin);
        }
        else {
            text = readFilesList(io, file);
        }
        for (const line of text.split(/\r?\n/)) {
            const p = line.trim();
            if (p)
                paths.push(p);
        }
    }
    const { paths: normal, rejected, ambiguous } = normalizeChangedPaths(paths, typedFrame(repoRoot));
    if (rejected.length > 0)
        throw rejectedError(rejected, '--files');
    // Ambiguous paths are normalised again by the change detection, which says so (a warning) as it always has.
    return { paths: normal, normal: ambiguous.length === 0 };
}
/** The repository root found from the current directory, or the current directory outside git. */
async function repoRootOf(io) {
    // The current directory as a shell may hold it (typed case, on a case-insensitive file system), in its stored case.
    const cwd = disk_case_diskCase(io.cwd);
    return (await findRepoRoot(cwd)) ?? cwd;
}
/**
 * No workspace where --workspace points: said in the CLI's words, with the
 * workspace one or two levels down when there is one (agent-framework keeps
 * its workspace in python/).
 */
function noWorkspaceHint(error, io, repoRoot) {
    if (!external_node_fs_default().existsSync(error.startDir) || !external_node_fs_default().statSync(error.startDir).isDirectory()) {
        return new errors_UserError(error.message, 'point --workspace at the directory whose pyproject.toml has [tool.uv.workspace]');
    }
    const found = nearbyWorkspaces(error.startDir);
    if (found.length === 0) {
        return new errors_UserError(error.message, 'point --workspace at the directory whose pyproject.toml has [tool.uv.workspace] (none is one or two levels below it)');
    }
    const shown = found.map((dir) => {
        const rel = external_node_path_default().relative(io.cwd, dir).split((external_node_path_default()).sep).join('/');
        return { arg: rel === '' ? '.' : rel, file: `${repoRelative(repoRoot, dir)}/pyproject.toml` };
    });
    const [first, ...rest] = shown;
    const others = rest.length > 0 ? `; also ${rest.slice(0, 3).map((s) => s.file).join(', ')}${rest.length > 3 ? ` and ${rest.length - 3} more` : ''}` : '';
    return new errors_UserError(error.message, `${first.file} has [tool.uv.workspace]: run with --workspace ${first.arg}${others}`);
}
function load(args, io, repoRoot) {
    const dir = external_node_path_default().resolve(io.cwd, args.workspace);
    let ws;
    try {
        ws = loadWorkspace(dir, repoRoot, args.lock !== undefined ? { lockFile: external_node_path_default().resolve(io.cwd, args.lock) } : {});
    }
    catch (error) {
        if (error instanceof NoWorkspaceError)
            throw noWorkspaceHint(error, io, repoRoot);
        throw error;
    }
    for (const warning of ws.warnings)
        io.stderr.write(`warning: ${warning}\n`);
    return ws;
}
/** The workspace, the change (--files, or git from --base), and what it affects: the action's own detection. */
async function detectAffected(args, io) {
    const repoRoot = await repoRootOf(io);
    const ws = load(args, io, repoRoot);
    const log = { info: () => { }, warning: (message) => io.stderr.write(`warning: ${message}\n`) };
    const common = { repoRoot, eventName: undefined, eventPath: undefined, watch: watchedFiles(ws, repoRoot), log };
    let change;
    if (args.base !== undefined) {
        change = await detectChanges({ ...common, base: args.base, head: args.head, workTree: args.head === undefined, fetch: args.fetch });
    }
    else {
        const files = await readChangedPaths(args.files, io, repoRoot);
        change = await detectChanges({ ...common, changedFiles: files.paths, changedFilesNormal: files.normal });
    }
    // The action falls back to every member when git fails; asked on a
    // terminal, a --base that git cannot compare is the user's to fix.
    if (args.base !== undefined && change.source === 'none') {
        const fetchHint = args.fetch ? '' : ', or add --fetch to fetch it from origin';
        throw new errors_UserError(`--base ${args.base}: ${change.allReason ?? 'git could not list the changes'}`, `give a commit, branch or tag that this clone has (e.g. origin/main)${fetchHint}`);
    }
    for (const warning of change.warnings)
        log.warning(warning);
    const affected = await affectedFromChanges(ws, change, { repoRoot, ignore: args.ignore, global: args.global, syncArgs: args.syncArgs, dependents: args.dependents });
    return { repoRoot, ws, change, affected };
}

;// CONCATENATED MODULE: ./src/cli/table.ts
// Aligned plain-text tables for the CLI's human output, fitted to the
// terminal: the last column holds a list (reasons, dependencies) that is
// folded to the room left, ending in "and N more", never a line of 500
// characters. The full lists are in --format json.
/** Columns when the width is not known (output is not a terminal and COLUMNS is unset). */
const DEFAULT_COLUMNS = 120;
/** The last column is never narrower than this; when the others leave less, it goes on a line of its own. */
const MIN_LAST = 50;
/** Indent of a last column moved to its own line. */
const STACK_INDENT = 4;
/**
 * As many items as fit `room` characters, then `and N more <noun>`; an item
 * too long on its own is cut with `...`. Always at least one item's start.
 */
function foldList(cell, room) {
    const { items, separator, noun } = cell;
    if (items.length === 0)
        return cell.empty;
    const more = (n) => (n > 0 ? `${separator}and ${n} more${noun ? ` ${noun}${n === 1 ? '' : 's'}` : ''}` : '');
    let out = '';
    let shown = 0;
    for (const item of items) {
        const next = shown === 0 ? item : `${out}${separator}${item}`;
        if (next.length + more(items.length - shown - 1).length > room)
            break;
        out = next;
        shown++;
    }
    if (shown > 0)
        return `${out}${more(items.length - shown)}`;
    const suffix = more(items.length - 1);
    const keep = Math.max(8, room - suffix.length - 3);
    return `${items[0].slice(0, keep)}...${suffix}`;
}
/**
 * Left-aligned columns separated by two spaces, at most `width` wide: the
 * last column is a list folded to the room the others leave (on a line of
 * its own, indented, when they leave less than a readable minimum); a plain
 * string there (a fingerprint) is never cut.
 */
function renderTable(header, rows, width = DEFAULT_COLUMNS) {
    const fixed = header.length - 1;
    const widths = header.slice(0, fixed).map((h, col) => Math.max(h.length, ...rows.map((row) => row[col].length)));
    const start = widths.reduce((n, w) => n + w + 2, 0);
    const stacked = width - start < MIN_LAST;
    const room = stacked ? Math.max(MIN_LAST, width - STACK_INDENT) : width - start;
    // Stacked, the first columns stay aligned only while that fits; past it each row is as long as its own cells.
    const aligned = !stacked || start - 2 <= width;
    const cellsText = (cells) => (aligned ? cells.map((c, i) => c.padEnd(widths[i])) : cells).join('  ').trimEnd();
    const line = (cells, last) => stacked ? `${cellsText(cells)}${last ? `\n${' '.repeat(STACK_INDENT)}${last}` : ''}` : [...cells.map((c, i) => c.padEnd(widths[i])), last].join('  ').trimEnd();
    const last = (cell) => (typeof cell === 'string' ? cell : foldList(cell, room));
    return [line(header.slice(0, fixed), header[fixed]), ...rows.map((row) => line(row.slice(0, fixed), last(row[fixed])))].join('\n');
}
/** The width a table may take: the terminal's, else COLUMNS (read by the entry), else the default. */
function tableWidth(columns) {
    return columns !== undefined && Number.isFinite(columns) && columns >= 40 ? columns : DEFAULT_COLUMNS;
}

;// CONCATENATED MODULE: ./src/cli/affected.ts
// `uv-workspace-sync affected`: the members a change affects, as a table that
// fits the terminal, one name per line (for a shell loop), JSON with every
// detail, or the action's own outputs as `key=value` lines for $GITHUB_OUTPUT.







/** A reason as --format json gives it: the value itself (kind, paths, via, ...) and its words. */
function reasonJson(r) {
    return { ...r, text: reasonLines(r) };
}
/** Where the changed paths came from, for --format json. */
function changeJson(change) {
    return {
        source: change.source,
        description: change.description,
        ...(change.base ? { base: change.base } : {}),
        ...(change.head ? { head: change.head } : {}),
        ...(change.workTree ? { workTree: true } : {}),
    };
}
/**
 * `all`, `members` (each with `reasons` as words, the CLI contract, and
 * `details`, the same reasons as values) and `unowned` as before; then where
 * the change came from and every changed path.
 */
function affectedJson({ affected, change }) {
    return {
        all: affected.all,
        members: affected.members.map((m) => {
            // Each reason's words are made once, for `reasons` (all of them, in order: reasonsText) and its `details` entry.
            const details = m.reasons.map(reasonJson);
            return { name: m.name, path: m.path, reasons: details.flatMap((d) => d.text), details };
        }),
        unowned: affected.unowned ?? [],
        change: changeJson(change),
        changed: change.paths,
    };
}
/** The action's outputs that describe the change (report/outputs.ts), as `key=value` lines; notes of what had to be cut go to stderr. */
function githubLines(affected, io) {
    const matrix = buildMatrix(affected.members, 0, () => 1);
    const { outputs, notes } = fitOutputs(buildOutputs({ affected, matrix }));
    for (const note of notes)
        io.stderr.write(`note: ${note}\n`);
    return CHANGE_OUTPUTS.map((name) => `${name}=${outputs[name]}\n`).join('');
}
function affected_table(detected, args, io) {
    const { affected, change, ws } = detected;
    const width = tableWidth(io.columns);
    if (args.base !== undefined)
        io.stdout.write(`changes: ${change.description}\n`);
    if (affected.all) {
        const lead = 'every member is affected: ';
        io.stdout.write(`${lead}${foldList({ items: affected.allReasons.map(reasonSummary), noun: 'reason', separator: '; ', empty: '' }, width - lead.length)}\n`);
    }
    const paths = change.paths.length;
    if (affected.members.length === 0) {
        io.stdout.write(`no member is affected (${paths} changed path${paths === 1 ? '' : 's'})\n`);
    }
    else {
        // With every member affected, the shared reason was said once above.
        const own = (reasons) => (affected.all ? reasons.filter((r) => !affected.allReasons.includes(r)) : reasons);
        const rows = affected.members.map((m) => [
            m.name,
            m.path,
            { items: own(m.reasons).map(reasonSummary), noun: 'reason', separator: '; ', empty: affected.all ? '(every member)' : '-' },
        ]);
        io.stdout.write(`${renderTable(['MEMBER', 'PATH', 'WHY'], rows, width)}\n`);
        io.stdout.write(`${affected.members.length} of ${ws.members.length} members affected\n`);
    }
    for (const line of unownedLines(affected.unowned))
        io.stdout.write(`${line}\n`);
}
async function affected(args, io) {
    const detected = await detectAffected(args, io);
    switch (args.format) {
        case 'json':
            io.stdout.write(`${safeJson(affectedJson(detected), 2)}\n`);
            return;
        case 'names':
            for (const m of detected.affected.members)
                io.stdout.write(`${m.name}\n`);
            // Standard output is the names alone; what no member owns is still said.
            for (const line of unownedLines(detected.affected.unowned))
                io.stderr.write(`${line}\n`);
            return;
        case 'github':
            io.stdout.write(githubLines(detected.affected, io));
            return;
        default:
            affected_table(detected, args, io);
    }
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
function version_compareVersions(a, b) {
    const pa = parts(a);
    const pb = parts(b);
    for (let i = 0; i < 3; i++)
        if (pa[i] !== pb[i])
            return pa[i] - pb[i];
    return 0;
}
function atLeast(version, minimum) {
    return version_compareVersions(version, minimum) >= 0;
}
/** `uv sync --package a --package b` (astral-sh/uv#16543, released in 0.9.8). */
const REPEATED_PACKAGE_SINCE = '0.9.8';
/** The oldest uv this action is tested against (tools.json `uvOldest`); older ones lack flags it passes. */
const version_OLDEST_SUPPORTED = '0.8.0';
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
            throw new errors_UserError(error.message, 'put uv.exe on PATH before this step: astral-sh/setup-uv installs it');
        throw new errors_UserError('uv is not on PATH', 'add astral-sh/setup-uv before this step');
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
    if (version && !atLeast(version, version_OLDEST_SUPPORTED)) {
        throw new errors_UserError(`uv ${version} at ${uvPath} is older than ${version_OLDEST_SUPPORTED}, the oldest uv this action supports`, `install a newer uv before this step, e.g. astral-sh/setup-uv with \`version: ">=${version_OLDEST_SUPPORTED}"\``);
    }
    if (version)
        return version;
    if (result && result.timedOut)
        detail = 'it did not answer within 60 s';
    else if (result && result.code !== 0)
        detail = `it exited with code ${result.code}`;
    detail ??= `it printed ${JSON.stringify((result?.stdout || result?.stderr || '').trim().slice(0, 80))}`;
    throw new errors_UserError(`could not read the version of uv at ${uvPath}: ${detail}`, 'check that the uv on PATH runs: `uv --version`');
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
const TRUE = (/* unused pure expression or super */ null && (['y', 'yes', 't', 'true', 'on', '1']));
const FALSE = (/* unused pure expression or super */ null && (['n', 'no', 'f', 'false', 'off', '0']));
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
function uv_settings_refuse(r, name, raw) {
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
        throw new UserError(message, rule.hint);
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
function uv_settings_readUvEnv(env, argv, opts = {}) {
    const flags = longOptions(argv);
    const ignoresConfig = flags.has('--no-config') || boolish(env.UV_NO_CONFIG ?? '') === true;
    const r = { out: { words: [], notes: [], warnings: [], versionDependent: [], ignoresConfig }, flags, uvVersion: opts.uvVersion };
    for (const name of Object.keys(REFUSED)) {
        const raw = env[name];
        if (raw !== undefined && raw !== '')
            uv_settings_refuse(r, name, raw);
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
function sync_args_splitArgs(name, raw) {
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
        throw new errors_UserError(`${label(name)} has an unclosed ${quote} quote`, 'close the quote or remove it');
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
function sync_args_named(arg, option) {
    const written = arg.startsWith('--') ? arg.split('=')[0] : arg;
    return written === option ? `'${option}'` : `'${written}' (${option})`;
}
function cacheDefeating(name, arg, option) {
    const hints = {
        '--cache-dir': "use the 'cache-dir' input instead",
        '--config-file': "give uv's settings as sync-args, or in the workspace's uv.toml or [tool.uv]: a config file can turn the cache off (no-cache) or move it (cache-dir) where the action does not look",
    };
    return new errors_UserError(`${label(name)} contains ${sync_args_named(arg, option)}, which defeats the uv cache the action restores and saves`, hints[option] ?? "drop it, and set 'cache: false' if you want no GitHub cache");
}
function conflicting(name, arg, option, cli) {
    return new errors_UserError(`${label(name)} contains ${sync_args_named(arg, option)}, which conflicts with the members ${cli ? 'the command computes' : 'the action selects'}`, option === '--package' || option === '--all-packages'
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
    return selection_readSyncArgs(guardedWords(name, raw));
}
function guardedWords(name, raw) {
    const args = sync_args_splitArgs(name, raw);
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
function sync_args_parseSyncSettings(name, raw, env, uvVersion) {
    return syncSettings(guardedWords(name, raw), env, uvVersion);
}
/** The same from words already guarded (a Config's `syncArgs.argv`), e.g. again once uv's version is known. */
function syncSettings(words, env, uvVersion) {
    const noCacheArg = words.find((arg) => optionsOf(arg).includes('--no-cache'));
    const noCacheFlag = noCacheArg === undefined ? undefined : sync_args_named(noCacheArg, '--no-cache');
    const uvEnv = readUvEnv(env, words, { uvVersion, noCacheFlag });
    return { syncArgs: readSyncArgs(words, uvEnv.words), uvEnv };
}

;// CONCATENATED MODULE: ./src/inputs.ts
// The only place that reads the action's inputs. Everything is validated here
// into a typed Config, so a bad value fails before any work with a message
// that names the input.









const DEPENDENTS = ['shipped', 'any'];
const MODES = (/* unused pure expression or super */ null && (['sync', 'detect', 'record']));
const LINK_MODES = (/* unused pure expression or super */ null && (['auto', 'hardlink', 'clone', 'copy', 'symlink']));
function oneOf(name, raw, allowed, fallback) {
    const value = raw.trim() || fallback;
    if (allowed.includes(value))
        return value;
    throw new UserError(`input '${name}' is '${value}'`, `use one of: ${allowed.join(', ')}`);
}
function parseBoolean(name, raw, fallback) {
    const value = raw.trim().toLowerCase();
    if (value === '')
        return fallback;
    if (['true', 'yes', '1', 'on'].includes(value))
        return true;
    if (['false', 'no', '0', 'off'].includes(value))
        return false;
    throw new UserError(`input '${name}' is '${raw.trim()}'`, 'use true or false');
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
        return jsonStringList(name, text, 'give a JSON array of strings, or one item per line')
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
        throw new UserError(`input 'shards' is '${raw.trim()}'`, 'use a whole number from 0 (one leg per member) to 256');
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
    throw new UserError(`input 'save-cache' is '${raw.trim()}'`, 'use auto, true, false or default-branch');
}
function parseCache(raw) {
    const value = raw.trim().toLowerCase() || 'auto';
    if (value === 'auto')
        return 'auto';
    if (['true', 'yes', '1', 'on'].includes(value))
        return 'true';
    if (['false', 'no', '0', 'off'].includes(value))
        return 'false';
    throw new UserError(`input 'cache' is '${raw.trim()}'`, 'use auto, true or false');
}
/**
 * `cache-timeout` in seconds (default 300) \u2192 milliseconds: from 1 s (less
 * leaves no time to look an entry up at all) to 6 hours (the longest a job
 * runs on GitHub's runners).
 */
function parseCacheTimeout(raw) {
    const text = raw.trim() || '300';
    if (!/^\d+(\.\d+)?$/.test(text) || Number(text) < 1 || Number(text) > 6 * 3600) {
        throw new UserError(`input 'cache-timeout' is '${raw.trim()}'`, 'use a number of seconds from 1 to 21600 (6 hours; default 300)');
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
        throw new UserError(`input '${name}' is '${raw.trim()}'`, `use a number of minutes from 0.02 (one second) to 10080 (a week); the default is ${fallback}`);
    }
    return Math.round(minutes * 60_000);
}
/** `run-parallel`: members run at once; default the runner's CPU count. */
function parseRunParallel(raw) {
    const text = raw.trim();
    if (text === '')
        return Math.max(1, availableParallelism());
    if (!/^\d+$/.test(text) || Number(text) < 1 || Number(text) > 256) {
        throw new UserError(`input 'run-parallel' is '${text}'`, "use a whole number from 1 to 256, or leave it empty for the runner's CPU count");
    }
    return Number(text);
}
/** `run`: the command's words; `run` is for the step that syncs, where the members' environment is ready. */
function parseRun(raw, mode) {
    const words = splitArgs('run', raw);
    if (words.length > 0 && mode !== 'sync') {
        throw new UserError(`input 'run' is set but 'mode' is '${mode}', which runs no uv sync`, "give 'run' to the steps that sync (mode sync, e.g. each matrix leg with 'packages'), not to the detect or record step");
    }
    return words;
}
/** The path with symlinks resolved, as far as it exists (the rest is appended as given). */
function realPathPrefix(target) {
    let existing = target;
    const rest = [];
    for (;;) {
        try {
            return path.join(realpathSync(existing), ...rest);
        }
        catch {
            const parent = path.dirname(existing);
            if (parent === existing)
                return target;
            rest.unshift(path.basename(existing));
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
    const workingDirectory = diskCase(path.resolve(repoRoot, read('working-directory').trim() || '.'));
    const relative = path.relative(repoRoot, workingDirectory);
    // Through symlinks too: a committed `ws -> /` must not take the action outside the checkout.
    const realRelative = path.relative(realPathPrefix(repoRoot), realPathPrefix(workingDirectory));
    if (relative.startsWith('..') || path.isAbsolute(relative) || realRelative.startsWith('..') || path.isAbsolute(realRelative)) {
        throw new UserError(`input 'working-directory' (${read('working-directory').trim()}) is outside GITHUB_WORKSPACE (${repoRoot})${relative.startsWith('..') || path.isAbsolute(relative) ? '' : ` through a symlink: it resolves to ${realPathPrefix(workingDirectory)}`}`, "give a path relative to GITHUB_WORKSPACE, as for a step's working-directory");
    }
    const packagesRaw = parseList('packages', read('packages'), true);
    const packages = packagesRaw.length === 0 ? undefined : packagesRaw.length === 1 && packagesRaw[0] === 'all' ? 'all' : packagesRaw;
    const changedFilesRaw = read('changed-files');
    const { syncArgs, uvEnv } = parseSyncSettings('sync-args', read('sync-args'), env);
    const mode = oneOf('mode', read('mode'), MODES, 'sync');
    if (mode === 'record' && packages === undefined) {
        throw new UserError("input 'mode' is 'record' but 'packages' is empty", "give the members whose tests passed, e.g. 'packages: ${{ steps.uvws.outputs.members }}' or '${{ matrix.package }}'");
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

;// CONCATENATED MODULE: ./src/cli/commands.ts
// What each command accepts, and the words of its --help: one table, read by
// the parser (args.ts) and the help (help.ts), so an option a command takes
// is always in its help.
const CHANGE_VALUES = ['--files', '--base', '--head'];
const SELECTION_VALUES = ['--ignore', '--global', '--sync-args', '--dependents'];
const COMMON_VALUES = ['--workspace', '--lock'];
const COMMANDS = {
    members: {
        usage: ['members [--workspace DIR] [--lock FILE] [--format table|names|json]'],
        summary: ['List the workspace members, each with the members it names directly', 'and how: runtime, extra NAME or group NAME.'],
        values: [...COMMON_VALUES, '--format'],
        flags: ['--json'],
        formats: ['table', 'names', 'json'],
    },
    affected: {
        usage: [
            'affected (--files FILE|- | --base REF [--head REF] [--fetch])',
            '         [--workspace DIR] [--lock FILE] [--ignore GLOB]... [--global GLOB]...',
            '         [--sync-args ARGS] [--dependents shipped|any]',
            '         [--format table|names|json|github]',
        ],
        summary: ['List the members a change affects: those owning a changed path, and', "every member whose 'uv sync --package' installs one of them."],
        values: [...CHANGE_VALUES, ...COMMON_VALUES, ...SELECTION_VALUES, '--format'],
        flags: ['--fetch', '--json'],
        formats: ['table', 'names', 'json', 'github'],
    },
    why: {
        usage: [
            'why MEMBER (--files FILE|- | --base REF [--head REF] [--fetch])',
            '    [--workspace DIR] [--lock FILE] [--ignore GLOB]... [--global GLOB]...',
            '    [--sync-args ARGS] [--dependents shipped|any] [--format text|json]',
        ],
        summary: ['Why a change affects MEMBER: the chain from each changed path to it,', 'one line per hop; or why it does not.'],
        values: [...CHANGE_VALUES, ...COMMON_VALUES, ...SELECTION_VALUES, '--format'],
        flags: ['--fetch', '--json'],
        formats: ['text', 'json'],
        positional: 'MEMBER',
    },
    graph: {
        usage: [
            'graph [--workspace DIR] [--lock FILE] [--format mermaid|dot]',
            'graph --affected (--files FILE|- | --base REF [--head REF] [--fetch])',
            '      [--workspace DIR] [--lock FILE] [--ignore GLOB]... [--global GLOB]...',
            '      [--sync-args ARGS] [--dependents shipped|any] [--format mermaid|dot]',
        ],
        summary: [
            'Draw the members and the edges between them (an arrow from a member to',
            'each member it names, labelled runtime, extra NAME or group NAME); with',
            '--affected, the changed members and the dependents they pull in.',
        ],
        values: [...COMMON_VALUES, ...CHANGE_VALUES, ...SELECTION_VALUES, '--format'],
        flags: ['--affected', '--fetch'],
        formats: ['mermaid', 'dot'],
    },
    fingerprints: {
        usage: [
            'fingerprints [--workspace DIR] [--lock FILE] [--sync-args ARGS]',
            '             [--ignore GLOB]... [--global GLOB]... [--dependents shipped|any]',
            '             [--explain] [--format table|json|github]',
        ],
        summary: [
            'A content hash per member over everything its tests depend on (its',
            'files, the members it installs, its locked packages, global files,',
            'Python, OS, arch, uv, sync-args); it changes exactly when a change',
            'affects the member.',
        ],
        values: [...COMMON_VALUES, '--sync-args', '--ignore', '--global', '--dependents', '--format'],
        flags: ['--explain', '--json'],
        formats: ['table', 'json', 'github'],
    },
    run: {
        usage: [
            'run [--files FILE|- | --base REF [--head REF] [--fetch]] [--sync]',
            '    [--parallel N] [--timeout MINUTES] [--workspace DIR] [--lock FILE]',
            '    [--ignore GLOB]... [--global GLOB]... [--sync-args ARGS]',
            '    [--dependents shipped|any] [--json] -- COMMAND...',
        ],
        summary: [
            'Run COMMAND once per member a change affects (every member without',
            "--base or --files), in the member's directory, as 'uv run --no-sync",
            "--package <member> -- COMMAND' (UVWS_MEMBER and UVWS_MEMBER_PATH set), N",
            "at a time; each member's output is printed whole when it ends. Exit",
            'status 1 when any member failed.',
        ],
        values: [...CHANGE_VALUES, ...COMMON_VALUES, ...SELECTION_VALUES, '--parallel', '--timeout'],
        flags: ['--fetch', '--sync', '--json'],
        formats: ['table', 'json'],
    },
};
function isCommand(word) {
    return Object.prototype.hasOwnProperty.call(COMMANDS, word);
}
/** Each option's words: its argument as shown, then its description lines. */
const OPTION_HELP = {
    '--workspace': { arg: 'DIR', lines: ['The workspace root, or a member of it (default: .)'] },
    '--lock': { arg: 'FILE', lines: ['Read uv.lock from FILE instead of <workspace root>/uv.lock'] },
    '--files': {
        arg: 'FILE',
        lines: ['Changed paths, one per line, relative to the repository root (or', "absolute); '-' reads standard input. May be repeated."],
    },
    '--base': {
        arg: 'REF',
        lines: [
            'What changed since HEAD left REF (the merge-base, as a pull request',
            "shows it): without --head, in the work tree (committed, staged,",
            'unstaged, and untracked files git does not ignore), as nx counts it',
        ],
    },
    '--head': { arg: 'REF', lines: ['Compare the commit REF instead of the work tree (--head HEAD: commits', 'only, no local edits)'] },
    '--fetch': {
        lines: ['Let git fetch from origin a --base or --head this clone lacks (and', 'deepen a shallow clone); without it nothing is fetched'],
    },
    '--ignore': { arg: 'GLOB', lines: ['Drop changed paths matching GLOB first (repeatable)'] },
    '--global': { arg: 'GLOB', lines: ['A changed path matching GLOB affects every member (repeatable)'] },
    '--sync-args': {
        arg: 'ARGS',
        lines: [
            "uv sync arguments that change what is installed, as the action's",
            'sync-args input (e.g. --sync-args "--all-extras" or',
            '--sync-args=--no-dev); --package, --project and the like are refused,',
            'as the action refuses them',
        ],
    },
    '--dependents': {
        arg: 'shipped|any',
        lines: [
            'Which changes in a member also affect the members that install it: only',
            'what reaches their environment, the files its wheel ships, its build',
            'configuration and what its editable install makes importable (shipped,',
            'the default; a tests or docs change in a src layout affects the member',
            'alone), or any file in it (any)',
        ],
    },
    '--sync': { lines: ["'uv sync --package a --package b \u2026' of the members first"] },
    '--parallel': { arg: 'N', lines: ['Members run at once (default: the CPU count)'] },
    '--timeout': { arg: 'MINUTES', lines: ["A member's run is stopped, with every process it started, after this", 'long (default 30)'] },
    '--format': { arg: 'FORMAT', lines: [] },
    '--json': { lines: ['The same as --format json'] },
    '--affected': { lines: ['Draw only what a change affects (needs --files or --base)'] },
    '--help': { lines: ['Show this help'] },
    '--explain': {
        lines: ['Print the facts that went into each fingerprint: uv, Python, OS, the', 'sync selection, the locked closure and the files counted'],
    },
};
/** What each format prints, for the --format line of a command's help. */
const FORMAT_HELP = {
    table: 'a table that fits the terminal; long lists end in "and N more"',
    names: 'one member name per line, for a shell loop',
    json: 'JSON, every detail',
    github: "key=value lines for $GITHUB_OUTPUT, the action's own outputs",
    text: 'lines to read',
    mermaid: 'a Mermaid flowchart',
    dot: 'a Graphviz digraph',
};

;// CONCATENATED MODULE: ./src/cli/args.ts
// Command-line parsing for `uv-workspace-sync`. Hand-written because the
// grammar is tiny and the bundle must run with no node_modules. What each
// command accepts is in commands.ts; this file reads argv against it.




/** A mistake in how the command was invoked (exit 2, like most CLIs). `command`: whose help to point at. */
class UsageError extends Error {
    command;
    constructor(message, command) {
        super(message);
        this.command = command;
    }
}
/** Options whose value may itself start with `-`. */
const DASH_VALUE_OPTIONS = ['--sync-args'];
/** The words after the command, against its spec; `help` when asked for. */
function readOptions(command, rest) {
    const spec = COMMANDS[command];
    const out = { values: new Map(), flags: new Set(), positional: [] };
    for (let i = 0; i < rest.length; i++) {
        const arg = rest[i];
        if (arg === '--help' || arg === '-h')
            return 'help';
        if (spec.flags.includes(arg)) {
            out.flags.add(arg);
            continue;
        }
        const eq = arg.indexOf('=');
        const name = arg.startsWith('--') && eq > 0 ? arg.slice(0, eq) : arg;
        if (!spec.values.includes(name)) {
            if (spec.flags.includes(name))
                throw new UsageError(`option '${name}' takes no value`, command);
            if (!arg.startsWith('-') && out.positional.length < (spec.positional ? 1 : 0)) {
                out.positional.push(arg);
                continue;
            }
            throw new UsageError(arg.startsWith('-') && arg !== '-' ? `unknown option '${name}' for '${command}'` : `unexpected argument '${arg}'`, command);
        }
        let value;
        if (name !== arg)
            value = arg.slice(eq + 1);
        else {
            const next = rest[++i];
            // `-` alone is a value (stdin); any other dash-word is a forgotten value,
            // except for --sync-args, whose values are uv options (`--sync-args "--all-extras"`).
            if (next === undefined || (next.startsWith('-') && next !== '-' && !DASH_VALUE_OPTIONS.includes(name))) {
                throw new UsageError(`option '${name}' needs a value`, command);
            }
            value = next;
        }
        out.values.set(name, [...(out.values.get(name) ?? []), value]);
    }
    return out;
}
class Options {
    command;
    read;
    constructor(command, read) {
        this.command = command;
        this.read = read;
    }
    single(name) {
        const list = this.read.values.get(name);
        if (list && list.length > 1)
            throw new UsageError(`option '${name}' given more than once`, this.command);
        return list?.[0];
    }
    list(name) {
        return this.read.values.get(name) ?? [];
    }
    flag(name) {
        return this.read.flags.has(name);
    }
    /** `--format`, or `--json` (its alias), or the command's default. */
    format() {
        const spec = COMMANDS[this.command];
        const given = this.single('--format');
        if (given !== undefined && !spec.formats.includes(given)) {
            throw new UsageError(`option '--format' is '${given}': '${this.command}' prints ${spec.formats.join(', ')}`, this.command);
        }
        if (this.flag('--json')) {
            if (given !== undefined && given !== 'json')
                throw new UsageError(`--json is --format json: give one of --json and --format ${given}`, this.command);
            return 'json';
        }
        return given ?? spec.formats[0];
    }
    common() {
        const lock = this.single('--lock');
        return { workspace: this.single('--workspace') ?? '.', format: this.format(), ...(lock !== undefined ? { lock } : {}) };
    }
    dependents() {
        const dependents = this.single('--dependents') ?? 'shipped';
        if (!DEPENDENTS.includes(dependents)) {
            throw new UsageError(`option '--dependents' is '${dependents}': use one of ${DEPENDENTS.join(', ')}`, this.command);
        }
        return dependents;
    }
    /** The action's own parser and guard: the same words, the same refusals (--package, --project, ...). */
    syncArgs() {
        return parseSyncArgs('--sync-args', this.single('--sync-args') ?? '');
    }
    /** --files or --base (with an optional --head), never both. */
    change() {
        const files = this.list('--files');
        const base = this.single('--base');
        const head = this.single('--head');
        const what = this.command === 'graph' ? "'graph --affected'" : `'${this.command}'`;
        if (files.length === 0 && base === undefined)
            throw new UsageError(`${what} needs --files FILE (or - for stdin) or --base REF`, this.command);
        if (files.length > 0 && base !== undefined)
            throw new UsageError('give either --files or --base, not both', this.command);
        if (head !== undefined && base === undefined)
            throw new UsageError('--head needs --base', this.command);
        if (this.flag('--fetch') && base === undefined)
            throw new UsageError('--fetch needs --base', this.command);
        const out = {
            files,
            fetch: this.flag('--fetch'),
            ignore: globs_checkPathFilters("option '--ignore'", this.list('--ignore')),
            global: globs_checkPathFilters("option '--global'", this.list('--global')),
            syncArgs: this.syncArgs(),
            dependents: this.dependents(),
        };
        if (base !== undefined)
            out.base = base;
        if (head !== undefined)
            out.head = head;
        return out;
    }
    /** Options only --affected gives a meaning to: named when given without it. */
    refuseChangeOptions() {
        const given = ['--files', '--base', '--head', '--ignore', '--global', '--sync-args', '--dependents'].find((o) => this.read.values.has(o)) ?? (this.flag('--fetch') ? '--fetch' : undefined);
        if (given)
            throw new UsageError(`${given} needs --affected (the graph of the whole workspace reads no change)`, this.command);
    }
    positional() {
        return this.read.positional[0];
    }
}
function commandArgs(o) {
    switch (o.command) {
        case 'members':
            return { command: 'members', ...o.common() };
        case 'affected':
            return { command: 'affected', ...o.common(), ...o.change() };
        case 'why': {
            const member = o.positional();
            if (member === undefined)
                throw new UsageError("'why' needs the name of a member (uv-workspace-sync why MEMBER --base REF)", 'why');
            return { command: 'why', member, ...o.common(), ...o.change() };
        }
        case 'graph':
            if (o.flag('--affected'))
                return { command: 'graph', ...o.common(), change: o.change() };
            o.refuseChangeOptions();
            return { command: 'graph', ...o.common() };
        case 'fingerprints':
            return {
                command: 'fingerprints',
                ...o.common(),
                ignore: globs_checkPathFilters("option '--ignore'", o.list('--ignore')),
                global: globs_checkPathFilters("option '--global'", o.list('--global')),
                syncArgs: o.syncArgs(),
                dependents: o.dependents(),
                explain: o.flag('--explain'),
            };
        case 'run':
            // runCli hands `run` to its own parser (run-args.ts) before this one.
            throw new UsageError("'run' takes the command to run after --", 'run');
    }
}
function parseArgs(argv) {
    if (argv.length === 0)
        throw new UsageError('no command given');
    const [command, ...rest] = argv;
    if (command === '--help' || command === '-h')
        return { command: 'help' };
    if (command === 'help') {
        const topic = rest[0];
        if (topic === undefined)
            return { command: 'help' };
        if (!isCommand(topic))
            throw new UsageError(`no help for '${topic}': it is not a command`);
        return { command: 'help', topic };
    }
    if (command === '--version' || command === '-V')
        return { command: 'version' };
    if (!isCommand(command)) {
        throw new UsageError(command.startsWith('-') ? `unknown option '${command}'` : `unknown command '${command}'`);
    }
    const read = readOptions(command, rest);
    if (read === 'help')
        return { command: 'help', topic: command };
    return commandArgs(new Options(command, read));
}

;// CONCATENATED MODULE: ./src/cli/run-args.ts
// `uv-workspace-sync run`'s command line, read apart from the other commands'
// (args.ts) because its grammar differs: the command to run follows `--` and
// is taken as words, and a run needs no change at all (every member then).
// The change and selection options mean what they mean for `affected`, and
// go through the same checks (sync-args, globs, --dependents).





const VALUES = ['--workspace', '--lock', '--files', '--base', '--head', '--ignore', '--global', '--sync-args', '--dependents', '--parallel', '--timeout'];
const REPEATABLE = ['--files', '--ignore', '--global'];
/** The options before `--`: each value option's values, and the flags given. */
function run_args_readOptions(words) {
    const values = new Map();
    const flags = new Set();
    for (let i = 0; i < words.length; i++) {
        const arg = words[i];
        if (arg === '--sync' || arg === '--json' || arg === '--fetch') {
            flags.add(arg);
            continue;
        }
        const eq = arg.indexOf('=');
        const name = arg.startsWith('--') && eq > 0 ? arg.slice(0, eq) : arg;
        if (!VALUES.includes(name))
            throw new UsageError(arg.startsWith('-') ? `unknown option '${name}' for 'run'` : `unexpected argument '${arg}' (the command to run follows --)`);
        let value = name === arg ? words[++i] : arg.slice(eq + 1);
        // `-` alone is stdin; --sync-args takes uv options, which start with a dash.
        if (value === undefined || (name === arg && value.startsWith('-') && value !== '-' && name !== '--sync-args'))
            throw new UsageError(`option '${name}' needs a value`);
        if (values.has(name) && !REPEATABLE.includes(name))
            throw new UsageError(`option '${name}' given more than once`);
        values.set(name, [...(values.get(name) ?? []), value]);
    }
    return { values, flags };
}
/** A number option: whole (`--parallel`) or with a fraction (`--timeout`), within bounds. */
function numberOption(name, raw, fallback, max, whole) {
    if (raw === undefined)
        return fallback;
    const value = Number(raw);
    if (!(whole ? /^\d+$/ : /^\d+(\.\d+)?$/).test(raw) || value <= 0 || value > max) {
        throw new UsageError(`option '${name}' is '${raw}': use a ${whole ? 'whole ' : ''}number from ${whole ? 1 : '0.02'} to ${max}`);
    }
    return value;
}
/** `run [options] -- COMMAND\u2026` (the words after `run`); `help` when asked for. */
function parseRunArgs(rest) {
    const split = rest.indexOf('--');
    const before = split < 0 ? rest : rest.slice(0, split);
    if (before.includes('--help') || before.includes('-h'))
        return 'help';
    const { values, flags } = run_args_readOptions(before);
    const one = (name) => values.get(name)?.[0];
    const words = split < 0 ? [] : rest.slice(split + 1);
    if (words.length === 0)
        throw new UsageError("'run' needs the command after --, e.g. 'uv-workspace-sync run --base origin/main -- pytest -q'");
    const files = values.get('--files') ?? [];
    if (files.length > 0 && one('--base') !== undefined)
        throw new UsageError('give either --files or --base, not both');
    if (one('--head') !== undefined && one('--base') === undefined)
        throw new UsageError('--head needs --base');
    const dependents = one('--dependents') ?? 'shipped';
    if (!DEPENDENTS.includes(dependents))
        throw new UsageError(`option '--dependents' is '${dependents}': use one of ${DEPENDENTS.join(', ')}`);
    const optional = Object.fromEntries(['lock', 'base', 'head'].flatMap((key) => (one(`--${key}`) === undefined ? [] : [[key, one(`--${key}`)]])));
    return {
        command: 'run',
        workspace: one('--workspace') ?? '.',
        ...optional,
        files,
        ignore: globs_checkPathFilters("option '--ignore'", values.get('--ignore') ?? []),
        global: globs_checkPathFilters("option '--global'", values.get('--global') ?? []),
        syncArgs: parseSyncArgs('--sync-args', one('--sync-args') ?? ''),
        dependents: dependents,
        format: flags.has('--json') ? 'json' : 'table',
        fetch: flags.has('--fetch'),
        sync: flags.has('--sync'),
        parallel: numberOption('--parallel', one('--parallel'), Math.max(1, (0,external_node_os_namespaceObject.availableParallelism)()), 256, true),
        timeoutMs: Math.round(numberOption('--timeout', one('--timeout'), 30, 7 * 24 * 60, false) * 60_000),
        run: words,
    };
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
function transcript_lastLines(view, n) {
    const all = view.omittedLines === 0 ? [...view.head, ...view.tail] : view.tail;
    const kept = all.filter((line) => line.trim() !== '');
    return kept.slice(Math.max(0, kept.length - n));
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
        const result = await runProcess(options.program, job.args, {
            cwd: job.cwd,
            env: copyEnv(options.env, job.env),
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
        if (!(error instanceof SpawnError))
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
        return da === db ? text_compareStrings(a.name, b.name) : db - da;
    });
    return order.map((m) => ({
        member: m.name,
        path: m.path,
        cwd: external_node_path_default().join(input.repoRoot, ...m.path.split('/').filter((part) => part !== '.' && part !== '')),
        args: memberRunArgs(m.name, input.command),
        env: { UVWS_MEMBER: m.name, UVWS_MEMBER_PATH: m.path },
    }));
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
        throw new errors_UserError(`could not run uv at ${uvPath}: ${error.message}`, 'add astral-sh/setup-uv before this step, or put uv on PATH');
    }
}

;// CONCATENATED MODULE: ./src/uv/sync.ts

function planSync(input) {
    const verbose = input.debug ? ['-v'] : [];
    const tail = [...input.syncArgs.argv, ...verbose];
    if (input.members === 'all')
        return { invocations: [['sync', '--all-packages', ...tail]] };
    const members = [...new Set(input.members)].sort();
    if (members.length === 0)
        return { invocations: [] };
    if (members.length === 1 || supportsRepeatedPackage(input.uvVersion)) {
        return { invocations: [['sync', ...members.flatMap((m) => ['--package', m]), ...tail]] };
    }
    // Older uv accepts one --package per sync, and each exact sync would
    // uninstall what the previous one installed; --inexact keeps them all (but
    // also keeps packages nothing needs any more).
    // uv rejects a flag given twice, so --inexact from sync-args is not repeated.
    const inexact = input.syncArgs.inexact ? [] : ['--inexact'];
    return {
        invocations: members.map((m) => ['sync', ...inexact, '--package', m, ...tail]),
        note: `uv ${input.uvVersion} takes one --package per sync (repeating it needs uv >= ${REPEATED_PACKAGE_SINCE}), ` +
            `so ${members.length} members are synced one by one with --inexact; packages no member needs any more are not removed. ` +
            `Use uv >= ${REPEATED_PACKAGE_SINCE} for one exact sync.`,
    };
}

;// CONCATENATED MODULE: ./src/cli/run-command.ts










/** One `uv sync` of the members (several on a uv that takes one --package per sync); false when it failed. */
async function syncFirst(uv, ws, names, args, env, io) {
    const plan = planSync({ members: names, syncArgs: args.syncArgs, uvVersion: await uvVersion(uv, env), debug: false });
    if (plan.note)
        io.stderr.write(`note: ${plan.note}\n`);
    for (const invocation of plan.invocations) {
        io.stderr.write(`$ uv ${invocation.join(' ')}\n`);
        const line = (text) => io.stderr.write(`${text}\n`);
        const result = await runUv(uv, invocation, { cwd: ws.root, env, onStderrLine: line, onStdoutLine: line, killTree: true });
        if (result.code !== 0) {
            io.stderr.write(`error: uv sync failed with exit code ${result.code}; no member was run\n`);
            return false;
        }
    }
    return true;
}
/** A member's output, whole, under a header with its status and duration. */
function printRun(run, timeoutMs, out) {
    const title = runTitle(run, timeoutMs);
    out.write(`\u2500\u2500 ${title} ${'\u2500'.repeat(Math.max(3, 72 - title.length))}\n`);
    for (const line of runLines(run))
        out.write(`${line}\n`);
}
function printResults(report, args, io) {
    if (args.format === 'json') {
        io.stdout.write(`${safeJson(runOutputs(report), 2)}\n`);
        return;
    }
    const { results } = runOutputs(report);
    const rows = Object.entries(results).map(([name, r]) => [name, r.status, r.seconds.toFixed(1)]);
    io.stdout.write(`\n${renderTable(['MEMBER', 'RESULT', 'SECONDS'], rows)}\n`);
    io.stdout.write(`${countsText(report)} in ${format_formatDuration(report.wallMs)}, ${report.parallel} at a time\n`);
}
/** `uv-workspace-sync run \u2026 -- COMMAND\u2026`; returns the exit status. */
async function runCommand(args, io, detect) {
    const { repoRoot, ws, affected: result } = await detect({ ...args, command: 'affected' }, io);
    const names = result.members.map((m) => m.name);
    if (names.length === 0) {
        io.stderr.write('no member is affected: nothing to run\n');
        return 0;
    }
    const env = copyEnv(process.env);
    const uv = findUv(env);
    io.stderr.write(`${format_plural(names.length, 'member')} of ${ws.members.length}: ${names.join(', ')}\n`);
    if (args.sync && !(await syncFirst(uv, ws, names, args, env, io)))
        return 1;
    const jobs = planMemberRuns({ members: result.members, command: args.run, repoRoot });
    const parallel = Math.min(args.parallel, jobs.length);
    const started = performance.now();
    // With --json, stdout is the JSON alone: the members' output goes to stderr.
    const out = args.format === 'json' ? io.stderr : io.stdout;
    const runs = await runMembers(jobs, { program: uv, env, parallel, timeoutMs: args.timeoutMs, onDone: (run) => printRun(run, args.timeoutMs, out) });
    const report = { command: args.run, runs, skipped: {}, parallel, timeoutMs: args.timeoutMs, wallMs: performance.now() - started };
    printResults(report, args, io);
    return runs.some((r) => r.status !== 'passed') ? 1 : 0;
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
        .sort((a, b) => a.score - b.score || text_compareStrings(a.candidate, b.candidate))
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
    const wanted = [...new Set(packages.map(normalizeName))].sort();
    for (const name of wanted) {
        if (byName.has(name))
            continue;
        const close = closestNames(name, [...byName.keys()]);
        throw new errors_UserError(`input '${input}' names '${name}', which is not a member of the workspace at ${ws.rootPath}`, close.length > 0 ? `did you mean ${close.map((c) => `'${c}'`).join(' or ')}?` : 'run `uv-workspace-sync members` to list the members');
    }
    const every = wanted.length === ws.members.length;
    return {
        all: every,
        allReasons: every ? [{ kind: 'selected', input, scope: 'every-named' }] : [],
        members: wanted.map((name) => ({ name, path: byName.get(name).path, reasons: [{ kind: 'selected', input, scope: 'member' }] })),
    };
}

;// CONCATENATED MODULE: ./src/uv/python.ts
// Which Python the venv will use, for the cache key: wheels differ per
// interpreter (implementation, minor version, free-threading), so a cache made
// for CPython 3.12 is mostly dead weight for 3.11 or PyPy. The patch version
// is left out on purpose: wheels are tagged by minor version, and a runner
// image bumping 3.12.4 to 3.12.5 must not throw every cache away.




/** A probe's whole result (stderr too), or undefined when it could not start. */
function probe(file, args, cwd, env) {
    return runProcess(file, args, { cwd, env, timeoutMs: 60_000, maxOutput: 1024 * 1024 }).catch(() => undefined);
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
    const requested = wanted ?? readBoundedText(external_node_path_default().join(workspaceRoot, '.python-version'), '.python-version', 64 * 1024);
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
    return new UserError(`${source}, but uv finds no interpreter at that path (${notFound.uvSays})`, 'give the path of an interpreter that exists on this runner, or a version such as 3.12: uv never downloads a Python for a path, so uv sync would fail the same way');
}

;// CONCATENATED MODULE: ./src/uv/machine.ts
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
        path = findUv(env);
    }
    catch (error) {
        problem = error;
    }
    // `uv python find` needs uv's path, not its version: both run at once, not
    // one after the other, and `uv python find`, the slow one (main waits for
    // it on a warm hit), starts first.
    const python = pythonForKey(path ?? 'uv', workspaceRoot, env, request);
    const version = path === undefined ? undefined : uvVersion(path, env);
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
const compute_ROOT_TRIGGERS = ['pyproject.toml', '.python-version', 'uv.toml'];
const compute_join = (dir, file) => (dir === '.' ? file : `${dir}/${file}`);
function sha256(lines) {
    // node:crypto when a first fingerprint is made: loading it with the bundle cost every CLI run (`affected` makes none) 5-9 ms.
    const hash = builtin('node:crypto').createHash('sha256');
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
        extras: sortedStrings(sel.extras),
        noExtras: sortedStrings(sel.noExtras),
        allGroups: sel.allGroups,
        groups: sortedStrings(sel.groups),
        noGroups: sortedStrings(sel.noGroups),
        onlyGroups: sel.onlyGroups,
        defaultGroups: sel.defaultGroups,
    });
}
/** Each file where it counts: global, owned by a member, under a member's inputs (or several). */
function sortFiles(input) {
    const { ws, files } = input;
    const globs = effectiveGlobs(ws, input);
    const ignored = globs.ignore.length > 0 ? compileGlobs(globs.ignore) : undefined;
    const globalMatch = globs.global.length > 0 ? compileGlobs(globs.global) : undefined;
    const rootTriggers = new Set(compute_ROOT_TRIGGERS.map((f) => compute_join(ws.rootPath, f)));
    // uv.lock counts through the locked closures, never as a file (as in lock attribution).
    const lockRel = compute_join(ws.rootPath, 'uv.lock');
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
    const syncArgs = input.syncArgs ?? selection_NO_SYNC_ARGS;
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
        throw new errors_UserError(`fingerprints need a git work tree: \`git ${args[0]}\` failed in ${repoRoot}: ${gitReason(result.stderr)}`, 'run from the root of a git checkout (fingerprints hash the tracked files)');
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
        const stat = await (0,promises_namespaceObject.lstat)(external_node_path_default().join(repoRoot, file)).catch(() => undefined);
        if (!stat) {
            ids.delete(file); // deleted in the work tree: not part of what the tests see
        }
        else if (stat.isSymbolicLink()) {
            // node:crypto when first needed, as in compute.ts.
            ids.set(file, `120000 link:${builtin('node:crypto').createHash('sha256').update(await (0,promises_namespaceObject.readlink)(external_node_path_default().join(repoRoot, file))).digest('hex')}`);
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
    const text = readBoundedText(ws.lockPath, repoRelative(ws.repoRoot, ws.lockPath));
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
        options.facts ?? probeUv(ws.root, options.env ?? process.env, options.syncArgs.python).then(envFactsOf),
    ]);
    const prefix = ws.rootPath === '.' ? '' : `${ws.rootPath}/`;
    const surfaces = options.dependents === 'any'
        ? undefined
        : loadSurfaces(ws, [], [...files.keys()].filter((p) => p.startsWith(prefix)).map((p) => p.slice(prefix.length)), options.syncArgs);
    return fingerprintFacts({ ws, lock, files, env: facts, syncArgs: options.syncArgs, ignore: options.ignore, global: options.global, surfaces });
}

;// CONCATENATED MODULE: ./src/cli/fingerprints.ts
// `uv-workspace-sync fingerprints`: a hash per member over everything its
// tests depend on, and with --explain the facts that went into each. The uv
// version is one of them: without uv on PATH the fingerprints cannot match
// the ones a CI job with uv computes, and the user is told so.






function lockWords(lock) {
    if (lock === 'no-lock')
        return 'no uv.lock';
    if (lock === 'unlisted')
        return 'not in uv.lock';
    return `${lock.packages} packages, sha256 ${lock.hash.slice(0, 16)}${lock.listed ? '' : ' (not in [manifest].members)'}`;
}
/** The facts as lines: the shared ones once, then each member's. */
function explainLines(facts) {
    const { env } = facts;
    const lines = [
        `uv: ${env.uv === 'none' ? 'none (not on PATH)' : env.uv}`,
        `python: ${env.python}`,
        `os: ${env.os} ${env.arch}`,
        `selection: ${facts.selection}`,
        `global files: ${facts.globalFiles}`,
        `format: ${facts.version}`,
    ];
    for (const [name, m] of Object.entries(facts.members)) {
        const installed = m.installs.reduce((n, i) => n + i.files, 0);
        lines.push('', `${name}  ${m.fingerprint}`, `  files: ${m.files} own, ${m.inputFiles} under its inputs outside it`, `  installs: ${m.installs.length === 0 ? 'no other member' : `${format_plural(m.installs.length, 'other member')} (${installed} of their files count): ${m.installs.map((i) => i.member).join(', ')}`}`, `  lock closure: ${lockWords(m.lock)}`);
    }
    return lines;
}
async function fingerprints(args, io) {
    const ws = load(args, io, await repoRootOf(io));
    const facts = await workspaceFingerprintFacts(ws, { syncArgs: args.syncArgs, ignore: args.ignore, global: args.global, dependents: args.dependents });
    if (facts.env.uv === 'none') {
        io.stderr.write("warning: uv is not on PATH: the uv version is part of every fingerprint, so these will differ from the ones a CI job with uv computes; put uv on PATH\n");
    }
    const prints = Object.fromEntries(Object.entries(facts.members).map(([name, m]) => [name, m.fingerprint]));
    if (args.format === 'json') {
        io.stdout.write(`${args.explain ? safeJson(facts, 2) : JSON.stringify(prints, null, 2)}\n`);
    }
    else if (args.format === 'github') {
        // The action's own `fingerprints` output (skip-passed computes it).
        const outputs = buildOutputs({ affected: { all: false, allReasons: [], members: [] }, matrix: { include: [] }, fingerprints: prints });
        io.stdout.write(`fingerprints=${outputs.fingerprints}\n`);
    }
    else if (args.explain) {
        io.stdout.write(`${explainLines(facts).join('\n')}\n`);
    }
    else {
        const rows = ws.members.map((m) => [m.name, m.path, prints[m.name]]);
        io.stdout.write(`${renderTable(['MEMBER', 'PATH', 'FINGERPRINT'], rows, tableWidth(io.columns))}\n`);
    }
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

;// CONCATENATED MODULE: ./src/cli/members.ts
// `uv-workspace-sync members`: every member, with the members it names and
// how (runtime, extra NAME, group NAME), so livekit-agents' ~70 optional
// plugins read as extras, not as a cycle with their runtime dependency on it.






function edgeVia(kind) {
    if (kind === 'runtime')
        return { kind: 'runtime' };
    return kind.startsWith('extra:') ? { kind: 'extra', extra: kind.slice(6) } : { kind: 'group', group: kind.slice(6) };
}
const KIND_ORDER = { runtime: 0, extra: 1, group: 2 };
/** The member's own edges to other members: runtime first, then extras, then groups, each by name. */
function memberEdges(ws, name) {
    const out = new Map();
    for (const e of ws.edges) {
        if (e.from !== name || e.to === name)
            continue;
        const key = `${e.to}\0${e.kind}`;
        const known = out.get(key);
        const extras = [...new Set([...(known?.extras ?? []), ...e.extras])].sort(text_compareStrings);
        out.set(key, { to: e.to, ...edgeVia(e.kind), ...(extras.length > 0 ? { extras } : {}) });
    }
    const label = (e) => (e.kind === 'extra' ? e.extra : e.kind === 'group' ? e.group : '');
    return [...out.values()].sort((a, b) => KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || text_compareStrings(label(a), label(b)) || text_compareStrings(a.to, b.to));
}
async function members(args, io) {
    const ws = load(args, io, await repoRootOf(io));
    const list = ws.members.map((m) => ({ name: m.name, path: m.path, dependencies: directDependencies(ws, m.name), edges: memberEdges(ws, m.name) }));
    if (args.format === 'json') {
        io.stdout.write(`${safeJson(list, 2)}\n`);
        return;
    }
    if (args.format === 'names') {
        for (const m of list)
            io.stdout.write(`${m.name}\n`);
        return;
    }
    const rows = list.map((m) => [
        m.name,
        m.path,
        { items: m.edges.map((e) => `${e.to}${e.extras ? `[${e.extras.join(',')}]` : ''} (${viaText(e)})`), noun: '', separator: ', ', empty: '-' },
    ]);
    io.stdout.write(`${renderTable(['MEMBER', 'PATH', 'DEPENDS ON (members)'], rows, tableWidth(io.columns))}\n`);
    io.stdout.write(`${list.length} member${list.length === 1 ? '' : 's'} in workspace ${ws.rootPath}${ws.virtualRoot ? ' (virtual root)' : ''}\n`);
}

;// CONCATENATED MODULE: ./src/cli/graph.ts
// `uv-workspace-sync graph`: the workspace's members and edges, or with
// --affected what a change affects, as Mermaid (the job summary's own
// picture, report/graph.ts) or Graphviz DOT. An edge asking extras of its
// target says them after a `+` (`runtime +fast` for `core[fast]`).




async function graph(args, io) {
    let picture;
    if (args.change) {
        const { affected } = await detectAffected({ ...args.change, workspace: args.workspace, ...(args.lock !== undefined ? { lock: args.lock } : {}) }, io);
        // Past a size the summary gives up on; a file for a viewer can be big, so nothing is left out here.
        picture = affectedPicture({ members: affected.members, pulledIn: affected.pulledIn }, true);
        if (picture.nodes.length === 0)
            io.stderr.write('note: no member is affected: the graph is empty\n');
    }
    else {
        const ws = load(args, io, await repoRootOf(io));
        const edges = ws.members.flatMap((m) => memberEdges(ws, m.name).map((e) => ({ from: m.name, to: e.to, label: `${viaText(e)}${e.extras ? ` +${e.extras.join(' +')}` : ''}` })));
        picture = workspacePicture(ws.members.map((m) => m.name), edges);
    }
    io.stdout.write(`${args.format === 'dot' ? dotText(picture) : mermaidText(picture)}\n`);
}

;// CONCATENATED MODULE: ./src/cli/help.ts
// The words of --help: the command list, and each command's own usage and
// options, made from the one table in commands.ts.

const PATHS = `Run it from anywhere in the repository (the root is found with git): the
answer is the same. --workspace, --lock and --files FILE are relative to the
current directory; the paths listed in FILE, and every path printed, are
relative to the repository root ('/'-separated, '.' for the root), as
'git diff --name-only' prints them. Absolute paths inside the repository are
accepted; a path outside it is an error.`;
const GLOBS = `Globs follow picomatch (as dorny/paths-filter uses it): '*' and '?' stay
within one path component, '**' spans components, '{a,b}' alternates,
dotfiles match, and a pattern is anchored at the repository root ('*.md' is
top-level only; write '**/*.md' for any depth).`;
const EXIT = `Exit status: 0 on success, 1 when the workspace, a ref or an input file is
wrong (the message starts with 'error:' and names it), 2 when the command
line itself is wrong.`;
/** Where option descriptions start, and the width help text is wrapped to. */
const OPTION_COLUMN = 21;
const WIDTH = 80;
/** Words wrapped to `width` columns. */
function wrap(text, width) {
    const lines = [];
    let line = '';
    for (const word of text.split(/\s+/).filter(Boolean)) {
        if (line && line.length + 1 + word.length > width) {
            lines.push(line);
            line = word;
        }
        else
            line = line ? `${line} ${word}` : word;
    }
    return line ? [...lines, line] : lines;
}
function optionLines(name, command) {
    const help = OPTION_HELP[name];
    const room = WIDTH - OPTION_COLUMN;
    const lines = name === '--format'
        ? COMMANDS[command].formats.flatMap((f, i) => wrap(`${f}: ${FORMAT_HELP[f]}${i === 0 ? ' (the default)' : ''}`, room))
        : wrap(help.lines.join(' '), room);
    const head = `  ${name === '--help' ? '-h, --help' : name}${help.arg ? ` ${help.arg}` : ''}`;
    const pad = (text) => `${' '.repeat(OPTION_COLUMN)}${text}`;
    if (head.length >= OPTION_COLUMN - 1)
        return [head, ...lines.map(pad)];
    return [`${head.padEnd(OPTION_COLUMN)}${lines[0] ?? ''}`, ...lines.slice(1).map(pad)];
}
/** A usage line: the program name first; a continuation (indented) lines up under the command. */
const PROGRAM = 'uv-workspace-sync ';
const usageLine = (u) => `  ${u.startsWith(' ') ? ' '.repeat(PROGRAM.length) : PROGRAM}${u}`;
/** `uv-workspace-sync COMMAND --help`: its usage, what it does, and every option it takes. */
function commandHelp(command) {
    const spec = COMMANDS[command];
    const options = [...spec.values, ...spec.flags].flatMap((o) => optionLines(o, command));
    const globs = spec.values.includes('--ignore') ? `\n${GLOBS}\n` : '';
    return `Usage:
${spec.usage.map(usageLine).join('\n')}

${wrap(spec.summary.join(' '), WIDTH).join('\n')}

Options:
${options.join('\n')}
${optionLines('--help', command).join('\n')}
${globs}
${PATHS}
`;
}
/** `uv-workspace-sync --help`: the commands, and where each one's options are. */
function globalHelp() {
    const commands = Object.keys(COMMANDS).flatMap((name) => {
        const [first, ...rest] = wrap(COMMANDS[name].summary.join(' '), WIDTH - 16);
        return [`  ${name.padEnd(14)}${first}`, ...rest.map((line) => `${' '.repeat(16)}${line}`)];
    });
    return `uv-workspace-sync: which uv workspace members a change affects

Usage:
  uv-workspace-sync COMMAND [OPTIONS]
  uv-workspace-sync COMMAND --help     (or: uv-workspace-sync help COMMAND)
  uv-workspace-sync --help | --version

Commands:
${commands.join('\n')}

Each command's --help lists its options.

${PATHS}

${EXIT}
`;
}

;// CONCATENATED MODULE: ./package.json
const package_namespaceObject = {"rE":"0.1.0"};
;// CONCATENATED MODULE: ./src/cli/version.ts
// The version printed by --version, taken from package.json at build time
// (the bundler inlines the JSON, so dist/ needs no package.json beside it).

const VERSION = package_namespaceObject.rE;

;// CONCATENATED MODULE: ./src/affected/why.ts

const FILE_REASONS = new Set(['changed', 'input', 'off-surface', 'importable', 'whole-surface']);
/** A changed member is a cause for the members that install it when its change reaches them: an input's, or one on its surface. */
function isCause(reasons) {
    return reasons.some((r) => r.kind === 'input') || (reasons.some((r) => r.kind === 'changed') && !reasons.some((r) => r.kind === 'off-surface'));
}
/** Members whose own files or inputs changed, with those reasons. */
function changedMembers(affected) {
    const out = new Map();
    for (const m of affected.members) {
        const own = m.reasons.filter((r) => FILE_REASONS.has(r.kind));
        if (own.some((r) => r.kind === 'changed' || r.kind === 'input'))
            out.set(m.name, own);
    }
    return out;
}
/** The answer for `name` (a member of `ws`), from the affected result of the same change and sync arguments. */
function whyMember(ws, affected, name, changedPaths, syncArgs) {
    const member = ws.members.find((m) => m.name === name);
    const graph = installGraph(ws, syncArgs);
    const self = graph.index.get(name);
    const installs = [...closureOf(graph, self)].filter((m) => m !== name).sort();
    const changed = changedMembers(affected);
    const found = affected.members.find((m) => m.name === name);
    if (!found) {
        const offSurface = installs.filter((m) => changed.has(m)).map((m) => ({ member: m, reasons: changed.get(m) }));
        const elsewhere = [...changed.keys()].filter((m) => m !== name && !installs.includes(m)).sort();
        return { member: name, path: member.path, affected: false, changed: changedPaths, installs, offSurface, elsewhere };
    }
    const chains = [];
    for (const [other, reasons] of changed) {
        if (other === name || !isCause(reasons))
            continue;
        const hops = installChain(graph, self, graph.index.get(other));
        if (hops)
            chains.push({ changed: other, reasons, hops });
    }
    chains.sort((a, b) => a.hops.length - b.hops.length || (a.changed < b.changed ? -1 : 1));
    const reasons = found.reasons.filter((r) => r.kind !== 'dependency' && r.kind !== 'dependency-more');
    return { member: name, path: member.path, affected: true, reasons, chains };
}

;// CONCATENATED MODULE: ./src/cli/why.ts
// `uv-workspace-sync why MEMBER`: the chain from each changed path to the
// member, one line per hop, or why the change does not reach it.









/** Chains printed in full before `and N more`; --format json has them all. */
const MAX_CHAINS = 10;
function hopLine(hop) {
    return `-> ${hop.member} installs ${hop.installs}${hop.extra ? `[${hop.extra}]` : ''} (${viaText(hop.via)})`;
}
/** What changed in the changed member (its reasons' words), then each hop from it to the member asked about. */
function chainLines(chain) {
    const what = chain.reasons.flatMap((r) => reasonLines(r));
    return [`  ${chain.changed}: ${what[0]}`, ...what.slice(1).map((line) => `    ${line}`), ...[...chain.hops].reverse().map((hop) => `    ${hopLine(hop)}`)];
}
function affectedLines(answer) {
    const lines = [`${answer.member} (${answer.path}) is affected:`];
    for (const line of answer.reasons.flatMap((r) => reasonLines(r)))
        lines.push(`  ${line}`);
    if (answer.chains.length > 0) {
        lines.push(`it installs ${format_plural(answer.chains.length, 'changed member')} (uv sync --package ${answer.member}):`);
        for (const chain of answer.chains.slice(0, MAX_CHAINS))
            lines.push(...chainLines(chain));
        if (answer.chains.length > MAX_CHAINS)
            lines.push(`  and ${answer.chains.length - MAX_CHAINS} more (--format json lists them all)`);
    }
    return lines;
}
function notAffectedLines(answer) {
    const lines = [`${answer.member} (${answer.path}) is not affected by ${format_plural(answer.changed, 'changed path')}:`];
    lines.push(`  ${answer.changed === 1 ? 'it is not' : 'none of them is'} in ${answer.path} or among its inputs`);
    const names = (list) => (list.length > 8 ? `${list.slice(0, 8).join(', ')} and ${list.length - 8} more` : list.join(', '));
    if (answer.installs.length === 0)
        lines.push(`  uv sync --package ${answer.member} installs no other member`);
    else
        lines.push(`  uv sync --package ${answer.member} installs ${format_plural(answer.installs.length, 'other member')}: ${names(answer.installs)}`);
    for (const { member, reasons } of answer.offSurface) {
        lines.push(`  ${member} changed, but no member that installs it sees the change:`, ...reasons.flatMap((r) => reasonLines(r)).map((l) => `    ${l}`));
    }
    if (answer.elsewhere.length > 0)
        lines.push(`  changed, and not installed by ${answer.member}: ${names(answer.elsewhere)}`);
    return lines;
}
async function why(args, io) {
    const detected = await detectAffected(args, io);
    const { ws, affected, change } = detected;
    const name = normalizeName(args.member);
    if (!ws.members.some((m) => m.name === name)) {
        throw new errors_UserError(`'${args.member}' is not a member of the workspace at ${ws.rootPath}`, "'uv-workspace-sync members --format names' lists them");
    }
    const answer = whyMember(ws, affected, name, change.paths.length, args.syncArgs);
    if (args.format === 'json') {
        const reasons = answer.affected
            ? { reasons: answer.reasons.map(reasonJson), chains: answer.chains.map((c) => ({ ...c, reasons: c.reasons.map(reasonJson) })) }
            : { ...answer, offSurface: answer.offSurface.map((o) => ({ ...o, reasons: o.reasons.map(reasonJson) })) };
        io.stdout.write(`${safeJson({ ...answer, ...reasons, change: changeJson(change) }, 2)}\n`);
        return;
    }
    if (args.base !== undefined)
        io.stdout.write(`changes: ${change.description}\n`);
    const lines = answer.affected ? affectedLines(answer) : notAffectedLines(answer);
    io.stdout.write(`${lines.join('\n')}\n`);
    if (!answer.affected)
        for (const line of unownedLines(affected.unowned))
            io.stdout.write(`${line}\n`);
}

;// CONCATENATED MODULE: ./src/cli/run.ts
// The CLI's logic, callable in-process: parse, run the command, turn every
// user mistake into one `error:` line. src/cli.ts only wires process streams
// to runCli; each command lives in a module of its own.














/** `run`'s detection: as `affected` answers it, or every member (the action's `packages: all`) without --base or --files. */
async function runDetect(args, io) {
    if (args.base !== undefined || args.files.length > 0)
        return detectAffected(args, io);
    const repoRoot = await repoRootOf(io);
    const ws = load(args, io, repoRoot);
    return { repoRoot, ws, affected: packages_selectPackages(ws, 'all') };
}
/** Runs the command; `run` returns its own exit status (1 when a member failed). */
async function dispatch(argv, io) {
    // `run` reads its own grammar: the command to run follows `--`, as words.
    if (argv[0] === 'run') {
        const run = parseRunArgs(argv.slice(1));
        if (run !== 'help')
            return runCommand(run, io, runDetect);
        io.stdout.write(commandHelp('run'));
        return;
    }
    const args = parseArgs(argv);
    switch (args.command) {
        case 'help':
            io.stdout.write(args.topic ? commandHelp(args.topic) : globalHelp());
            return;
        case 'version':
            io.stdout.write(`uv-workspace-sync ${VERSION}\n`);
            return;
        case 'members':
            return members(args, io);
        case 'affected':
            return affected(args, io);
        case 'why':
            return why(args, io);
        case 'graph':
            return graph(args, io);
        case 'fingerprints':
            return fingerprints(args, io);
    }
}
/** Runs the CLI; returns the exit status (0 ok, 1 error, 2 usage). Never throws for a user's mistake. */
async function runCli(argv, rawIo) {
    // Names, paths and messages come from the repository: no control character,
    // ESC sequence or workflow command reaches the terminal or a CI log.
    const io = {
        ...rawIo,
        stdout: { write: (text) => rawIo.stdout.write(terminalLines(text)) },
        stderr: { write: (text) => rawIo.stderr.write(terminalLines(text)) },
    };
    try {
        return (await dispatch(argv, io)) ?? 0;
    }
    catch (error) {
        if (error instanceof UsageError) {
            const help = error.command ? `uv-workspace-sync ${error.command} --help` : 'uv-workspace-sync --help';
            io.stderr.write(`error: ${error.message}\nhint: run '${help}' for usage\n`);
            return 2;
        }
        if (error instanceof errors_UserError) {
            io.stderr.write(`error: ${error.message}\n${error.hint ? `hint: ${error.hint}\n` : ''}`);
            return 1;
        }
        // A bug, not a user mistake: still one line, but say where to report it.
        const message = error instanceof Error ? error.message : String(error);
        io.stderr.write(`error: internal error: ${message.split('\n')[0]}\nhint: this is a bug in uv-workspace-sync; please report it with the command you ran\n`);
        return 1;
    }
}


/***/ }),

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

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

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

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

/***/ 3193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

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
/******/ var __webpack_exports__ = __nccwpck_require__(5581);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
