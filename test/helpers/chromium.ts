// Headless Chromium for looking at rendered output the way a person would,
// plus a small PNG reader to check a screenshot is not blank.
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { inflateSync } from 'node:zlib';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

/**
 * The Chromium binary (Debian package `chromium`), or undefined with the
 * reason printed. Under CI a missing browser is a failure, not a skip.
 */
export function findChromium(): string | undefined {
  const fromEnv = process.env.CHROMIUM_BIN;
  const found = [fromEnv, ...CANDIDATES].find((p): p is string => !!p && existsSync(p));
  if (found) return found;
  if (process.env.CI) throw new Error(`chromium is missing (looked at ${CANDIDATES.join(', ')}); CI must 'apt-get install -y chromium'`);
  console.warn(`skipping screenshot: no chromium at ${CANDIDATES.join(', ')} (install it with 'apt-get install -y chromium')`);
  return undefined;
}

/**
 * Renders `url` headless, offline, with a throwaway profile, into `png`.
 * `virtualTimeMs` lets the page's scripts (Mermaid) finish before the shot.
 */
export async function screenshot(chromium: string, url: string, png: string, size = { width: 1200, height: 1600 }, virtualTimeMs?: number): Promise<void> {
  await runChromium(chromium, [`--screenshot=${png}`, `--window-size=${size.width},${size.height}`, ...(virtualTimeMs ? [`--virtual-time-budget=${virtualTimeMs}`] : [])], url);
}

/** The page's DOM after its scripts ran (`--dump-dom`), to check what was drawn. */
export async function dumpDom(chromium: string, url: string, virtualTimeMs = 10_000): Promise<string> {
  return runChromium(chromium, ['--dump-dom', `--virtual-time-budget=${virtualTimeMs}`], url);
}

async function runChromium(chromium: string, extra: string[], url: string): Promise<string> {
  const profile = mkdtempSync(path.join(os.tmpdir(), 'uvws-chromium-'));
  try {
    return await new Promise<string>((resolve, reject) => {
      execFile(
        chromium,
        [
          '--headless',
          '--no-sandbox',
          '--disable-gpu',
          '--disable-quic',
          '--no-first-run',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--hide-scrollbars',
          `--user-data-dir=${profile}`,
          ...extra,
          url,
        ],
        { timeout: 90_000, maxBuffer: 64 * 1024 * 1024 },
        (error, stdout, stderr) => (error ? reject(new Error(`chromium failed: ${error.message}\n${stderr}`)) : resolve(stdout)),
      );
    });
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}

/** A self-contained page styled roughly like GitHub's rendered markdown (no network); `head` adds scripts. */
export function githubMarkdownPage(title: string, bodyHtml: string, head = ''): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${title}</title>${head}
<style>
  body { margin: 0; background: #f6f8fa; font: 14px/1.5 -apple-system, "Segoe UI", "Noto Sans", Helvetica, Arial, sans-serif; color: #1f2328; }
  .box { max-width: 1012px; margin: 24px auto; background: #fff; border: 1px solid #d1d9e0; border-radius: 6px; padding: 16px 32px 32px; }
  .markdown-body h2 { font-size: 1.5em; border-bottom: 1px solid #d1d9e0; padding-bottom: .3em; margin: 24px 0 16px; font-weight: 600; }
  .markdown-body h3 { font-size: 1.25em; margin: 24px 0 16px; font-weight: 600; }
  .markdown-body p, .markdown-body ul, .markdown-body table, .markdown-body details, .markdown-body pre { margin: 0 0 16px; }
  .markdown-body table { border-collapse: collapse; display: block; width: max-content; max-width: 100%; overflow: auto; }
  .markdown-body th, .markdown-body td { border: 1px solid #d1d9e0; padding: 6px 13px; }
  .markdown-body th { font-weight: 600; }
  .markdown-body tr:nth-child(2n) { background: #f6f8fa; }
  .markdown-body code { font: 85% ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; background: rgba(129,139,152,.12); padding: .2em .4em; border-radius: 6px; }
  .markdown-body pre { font: 85% ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; background: #f6f8fa; padding: 16px; border-radius: 6px; overflow: auto; white-space: pre-wrap; }
  .markdown-body summary { cursor: pointer; }
</style></head>
<body><div class="box markdown-body">
${bodyHtml}
</div></body></html>
`;
}

export interface PngInfo {
  width: number;
  height: number;
  /** Share of pixels that are not (near) white or the page background. */
  inkRatio: number;
  /** Number of distinct colours seen (capped). */
  colours: number;
}

/** Reads an 8-bit RGB/RGBA PNG (what Chromium writes) far enough to measure it. */
export function readPng(file: string): PngInfo {
  const data = readFileSync(file);
  if (!data.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) throw new Error(`${file} is not a PNG`);
  let offset = 8;
  let width = 0;
  let height = 0;
  let channels = 0;
  const idat: Buffer[] = [];
  while (offset < data.length) {
    const length = data.readUInt32BE(offset);
    const type = data.toString('latin1', offset + 4, offset + 8);
    const body = data.subarray(offset + 8, offset + 8 + length);
    if (type === 'IHDR') {
      width = body.readUInt32BE(0);
      height = body.readUInt32BE(4);
      const depth = body[8];
      const colourType = body[9];
      if (depth !== 8 || (colourType !== 2 && colourType !== 6) || body[12] !== 0) {
        throw new Error(`unsupported PNG (depth ${depth}, colour type ${colourType}, interlace ${body[12]})`);
      }
      channels = colourType === 6 ? 4 : 3;
    } else if (type === 'IDAT') idat.push(body);
    offset += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * channels;
  const previous = Buffer.alloc(stride);
  const row = Buffer.alloc(stride);
  let ink = 0;
  const colours = new Set<number>();
  for (let y = 0; y < height; y++) {
    const start = y * (stride + 1);
    const filter = raw[start]!;
    for (let x = 0; x < stride; x++) {
      const value = raw[start + 1 + x]!;
      const left = x >= channels ? row[x - channels]! : 0;
      const up = previous[x]!;
      const upLeft = x >= channels ? previous[x - channels]! : 0;
      let predicted = 0;
      if (filter === 1) predicted = left;
      else if (filter === 2) predicted = up;
      else if (filter === 3) predicted = (left + up) >> 1;
      else if (filter === 4) {
        const p = left + up - upLeft;
        const pa = Math.abs(p - left);
        const pb = Math.abs(p - up);
        const pc = Math.abs(p - upLeft);
        predicted = pa <= pb && pa <= pc ? left : pb <= pc ? up : upLeft;
      }
      row[x] = (value + predicted) & 0xff;
    }
    for (let x = 0; x < stride; x += channels) {
      const r = row[x]!;
      const g = row[x + 1]!;
      const b = row[x + 2]!;
      if (colours.size < 4096) colours.add((r << 16) | (g << 8) | b);
      // Text and borders are darker than the white box and the #f6f8fa page.
      if (r < 200 || g < 200 || b < 200) ink++;
    }
    row.copy(previous);
  }
  return { width, height, inkRatio: ink / (width * height), colours: colours.size };
}
