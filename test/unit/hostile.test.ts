// Hostile text and files, unit by unit: the log/terminal escapers against
// what the runner and a terminal would act on, the bounded reader against a
// FIFO and /dev/zero, member-name validation, and the cache gate and save
// allow-list. (The archive entry check: archive-check.test.ts.)
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, test } from 'vitest';
import { cacheGate, shouldSave } from '../../src/cache/policy.js';
import { UserError } from '../../src/errors.js';
import { readBoundedText } from '../../src/read-file.js';
import { logText, safeJson, terminalLines, terminalText } from '../../src/report/escape.js';
import { isValidName } from '../../src/workspace/names.js';

/** What GitHub's runner would take for a workflow command in one line (v2 `::` after leading whitespace, legacy `##[`). */
function isCommand(line: string): boolean {
  return /^\s*::/.test(line) || line.includes('##[');
}

describe('logText', () => {
  test('a newline then a workflow command stays on one line and starts no command', () => {
    for (const hostile of ['api\n::add-mask::secret', 'x\r\n::stop-commands::tok', '::warning file=a.py::forged', '  ::error::x', 'a\u2028::notice::b', 'a##[error]b']) {
      const out = logText(hostile);
      expect(out).not.toMatch(/[\r\n\u2028]/);
      expect(isCommand(out)).toBe(false);
      // Still readable: the text is all there.
      expect(out.replace(/\u2060/g, '')).toContain(hostile.replace(/\r?\n|\u2028/g, '\\n').trim().slice(-5));
    }
  });

  test('any string: one line, no command, no control character but tab and colour', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        const out = logText(text);
        expect(out.split('\n')).toHaveLength(1);
        expect(isCommand(out)).toBe(false);
        expect(out.replace(/\x1b\[[0-9;]*m/g, '')).not.toMatch(/[\x00-\x08\x0a-\x1f\x7f-\x9f]/);
      }),
      { numRuns: 2000 },
    );
  });

  test('keeps colours, drops OSC titles and cursor moves', () => {
    expect(logText('\x1b[1mbold\x1b[0m')).toBe('\x1b[1mbold\x1b[0m');
    expect(logText('a\x1b]0;pwned\x07b\x1b[2Jc')).toBe('abc');
  });
});

describe('terminalText and the CLI output', () => {
  test('no ESC, C0 or C1 survives; NUL is shown, not sent', () => {
    expect(terminalText('name\x1b]0;title\x07\x00\x9b2J')).toBe('name\\x00\\x9b2J');
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        expect(terminalText(text)).not.toMatch(/[\x00-\x08\x0a-\x1f\x7f-\x9f]/);
      }),
      { numRuns: 2000 },
    );
  });
  test('terminalLines keeps our own line breaks but no line starts a command', () => {
    expect(terminalLines('a\n::warning::x\n').split('\n').some(isCommand)).toBe(false);
    expect(terminalLines('a\n::warning::x\n').split('\n')).toHaveLength(3);
  });
  test('terminalLines of any text is each line made safe on its own (the untouched-text shortcut included)', () => {
    const byLine = (text: string) =>
      text
        .split('\n')
        .map((line) => terminalText(line).replace(/^(\s*)::/, '$1\u2060::'))
        .join('\n');
    const tricky = fc.constantFrom('a', ' ', '\t', '\n', '\r', '\v', '\f', ':', '::', '\x1b', '\x1b[31m', '\x85', '\u2028', '\u202e', '\u00a0', '"', '{');
    fc.assert(
      fc.property(fc.array(tricky, { maxLength: 30 }), (parts) => {
        const text = parts.join('');
        expect(terminalLines(text)).toBe(byLine(text));
      }),
      { numRuns: 3000 },
    );
    for (const text of ['{\n  "a": 1\n}\n', 'x\n\t::warning::y', 'x\r::warning::y\n', 'x\n\u00a0::y', '  "k"\n\n::z']) expect(terminalLines(text)).toBe(byLine(text));
  });
  test('safeJson is the same value, with C1 and line separators escaped', () => {
    const value = { name: 'a\u009b\u2028b\n::x' };
    const text = safeJson(value, 2);
    expect(JSON.parse(text)).toEqual(value);
    expect(text).not.toMatch(/[\u0080-\u009f\u2028\n]::/);
    expect(terminalLines(text)).toBe(text);
  });
});

describe('readBoundedText', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'uvws-bounded-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  // Windows has neither /dev/zero nor named pipes in the file system (nor symlinks without a privilege).
  const posix = process.platform !== 'win32';
  test.runIf(posix)('a symlink to /dev/zero is refused at once, naming the file', () => {
    symlinkSync('/dev/zero', path.join(dir, 'pyproject.toml'));
    expect(() => readBoundedText(path.join(dir, 'pyproject.toml'), 'packages/x/pyproject.toml')).toThrow(
      /^packages\/x\/pyproject\.toml is a character device, not a regular file/,
    );
  });
  test.runIf(posix)('a FIFO is refused without blocking', () => {
    execFileSync('mkfifo', [path.join(dir, 'uv.lock')]);
    expect(() => readBoundedText(path.join(dir, 'uv.lock'), 'uv.lock')).toThrow(/uv\.lock is a named pipe/);
  });
  test('a file past the limit is refused; missing files and dirs are undefined', () => {
    writeFileSync(path.join(dir, 'big'), 'x'.repeat(2000));
    expect(() => readBoundedText(path.join(dir, 'big'), 'big', 1000)).toThrow(UserError);
    expect(readBoundedText(path.join(dir, 'big'), 'big', 5000)).toHaveLength(2000);
    expect(readBoundedText(path.join(dir, 'missing'))).toBeUndefined();
    mkdirSync(path.join(dir, 'd'));
    expect(readBoundedText(path.join(dir, 'd'))).toBeUndefined();
  });
  test('reads whole files of every size, and files whose size stat does not know', () => {
    // Multi-byte characters across the 1 MiB read boundary must survive.
    // 64 KiB is the shared buffer small files are read into (read-file.ts).
    for (const size of [0, 1, 4095, 4096, 65535, 65536, 65537, 1024 * 1024 - 1, 1024 * 1024, 3 * 1024 * 1024 + 7]) {
      const text = 'é'.repeat(Math.floor(size / 2)) + 'x'.repeat(size % 2);
      writeFileSync(path.join(dir, 'sized'), text);
      expect(readBoundedText(path.join(dir, 'sized'))).toBe(text);
    }
    // /proc files report size 0 and still have content, answered a page at a time.
    expect(readBoundedText('/proc/self/status')).toMatch(/^Name:/);
    const maps = readBoundedText('/proc/self/maps')!;
    expect(maps.endsWith('\n')).toBe(true);
    expect(maps.split('\n').length).toBeGreaterThan(20);
  });
  test('one read does not change the text of the one before (they share a buffer)', () => {
    writeFileSync(path.join(dir, 'first'), 'a = "first"\n');
    writeFileSync(path.join(dir, 'second'), 'b = "2"\n');
    const first = readBoundedText(path.join(dir, 'first'));
    const second = readBoundedText(path.join(dir, 'second'));
    expect([first, second]).toEqual(['a = "first"\n', 'b = "2"\n']);
  });
  test.runIf(posix)('a socket (which cannot be opened) is refused, naming the file', async () => {
    const socket = path.join(dir, 'sock');
    const server = net.createServer();
    await new Promise<void>((resolve) => server.listen(socket, resolve));
    try {
      expect(() => readBoundedText(socket, 'pkg/pyproject.toml')).toThrow(/^pkg\/pyproject\.toml is a socket, not a regular file/);
    } finally {
      server.close();
    }
  });
});

test('member names are PEP 508 names, as uv requires', () => {
  for (const good of ['a', 'core', 'my-pkg', 'My_Pkg.2', 'x1']) expect(isValidName(good)).toBe(true);
  for (const bad of ['', '-a', 'a-', 'a\n::warning::x', 'a b', '\x1b]0;t\x07', 'ä', 'a/b']) expect(isValidName(bad)).toBe(false);
});

describe('cacheGate (cache: auto, like setup-uv)', () => {
  const hosted = { cache: 'auto' as const, eventName: 'push', ref: 'refs/heads/main', runnerEnvironment: 'github-hosted' };
  test('on for GitHub-hosted runners on ordinary events', () => {
    expect(cacheGate(hosted)).toEqual({ enabled: true });
    expect(cacheGate({ ...hosted, eventName: 'issue_comment' })).toEqual({ enabled: true });
  });
  test('off on self-hosted runners, and on risky events, with a reason', () => {
    expect(cacheGate({ ...hosted, runnerEnvironment: 'self-hosted' })).toMatchObject({ enabled: false, reason: expect.stringMatching(/not a GitHub-hosted runner/) });
    expect(cacheGate({ ...hosted, runnerEnvironment: undefined })).toMatchObject({ enabled: false });
    for (const eventName of ['pull_request_target', 'workflow_run', 'release']) {
      expect(cacheGate({ ...hosted, eventName })).toMatchObject({ enabled: false, reason: expect.stringContaining(eventName) });
    }
    expect(cacheGate({ ...hosted, ref: 'refs/tags/v1.0' })).toMatchObject({ enabled: false, reason: expect.stringMatching(/tag push/) });
  });
  test('true and false are taken as given', () => {
    expect(cacheGate({ ...hosted, cache: 'true', eventName: 'pull_request_target', runnerEnvironment: 'self-hosted' })).toEqual({ enabled: true });
    expect(cacheGate({ ...hosted, cache: 'false' })).toEqual({ enabled: false });
  });
});

describe('shouldSave allow-list', () => {
  const ok = { cache: 'auto' as const, runnerEnvironment: 'github-hosted', policy: 'auto' as const, eventName: 'push', ref: 'refs/heads/main', exactHit: false, syncSucceeded: true };
  test('saves on push of a branch, pull_request, merge_group, schedule, workflow_dispatch', () => {
    for (const eventName of ['push', 'pull_request', 'merge_group', 'schedule', 'workflow_dispatch']) expect(shouldSave({ ...ok, eventName }).save).toBe(true);
  });
  test('every other event restores but does not save, said; save-cache: true overrides', () => {
    for (const eventName of ['issue_comment', 'check_run', 'pull_request_review_comment', 'repository_dispatch']) {
      const decision = shouldSave({ ...ok, eventName });
      expect(decision.save).toBe(false);
      expect(decision.reason).toMatch(/save-cache: true/);
      expect(shouldSave({ ...ok, eventName, policy: 'always' }).save).toBe(true);
    }
    expect(shouldSave({ ...ok, ref: 'refs/tags/v1' })).toMatchObject({ save: false, reason: expect.stringMatching(/tag push/) });
  });
});

describe('the README reliability figure', async () => {
  const { droppedFigures, parseFigure, renderFigure } = await import('../../scripts/troubleshooting.mjs');
  const figure = { badInputs: 65, faults: 8, faultsSurvived: 8, untrusted: 6, hostile: 10, cachesLost: 0 };
  test('reads back what it renders, and an older figure without hostile checks', () => {
    expect(parseFigure(renderFigure(figure))).toEqual(figure);
    expect(parseFigure('> **Reliability:** 55 bad inputs tried, x; 8 of 8 injected faults survived; 6 untrusted-event checks passed; 0 caches lost.')).toMatchObject({ badInputs: 55, hostile: 0 });
  });
  test('a figure that drops (or caches lost that rise) is refused; one that grows is not', () => {
    expect(droppedFigures(figure, { ...figure, hostile: 9 })).toEqual(['hostile-input checks passed: 10 -> 9']);
    expect(droppedFigures(figure, { ...figure, cachesLost: 1 })).toEqual(['caches lost: 0 -> 1']);
    expect(droppedFigures(figure, { ...figure, badInputs: 70 })).toEqual([]);
  });
});

test('prune runs only on a uv cache (CACHEDIR.TAG): anything else is left whole, with a warning', async () => {
  const { pruneCache } = await import('../../src/uv/prune.js');
  const dir = mkdtempSync(path.join(os.tmpdir(), 'uvws-not-a-cache-'));
  try {
    writeFileSync(path.join(dir, 'precious.txt'), 'mine');
    // A uv path that cannot run: proof that uv is never started for a dir that is not its cache.
    const result = await pruneCache('/nonexistent/uv', { cacheDir: dir, env: {}, uvVersion: '0.13.9' });
    expect(result).toMatchObject({ ok: false, args: [], warning: expect.stringMatching(/^not pruning .*: it is not a uv cache \(no CACHEDIR\.TAG\)/) });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
