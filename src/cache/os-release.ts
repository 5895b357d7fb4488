// The OS and its release, for the cache key. `uv cache prune --ci` keeps
// exactly the wheels built from source, and those link against the image's
// libraries (glibc, libssl): a cache from ubuntu 22.04 breaks on 24.04, so
// the release must be in the key (setup-uv learned this in astral-sh/setup-uv#703).
import { readFile } from 'node:fs/promises';
import os from 'node:os';

export interface OsIdentity {
  /** `ubuntu`, `debian`, `macos`, `windows`, ... */
  name: string;
  /** `24.04`, `darwin24` (the macOS major follows Darwin's), `10.0.26100` (Windows build), ... */
  release: string;
}

/** `KEY=value` lines of os-release(5); values may be quoted. */
export function parseOsRelease(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const line of text.split(/\r?\n/)) {
    const m = /^\s*([A-Z0-9_]+)=(.*)$/.exec(line);
    if (!m) continue;
    let value = m[2]!.trim();
    if (/^(["']).*\1$/.test(value)) value = value.slice(1, -1).replace(/\\(["'\\$`])/g, '$1');
    out[m[1]!] = value;
  }
  return out;
}

/** Pure: the identity from the platform, `os.release()` and the os-release text (Linux). */
export function osIdentityFrom(platform: string, kernelRelease: string, osReleaseText: string | undefined): OsIdentity {
  if (platform === 'linux') {
    const fields = parseOsRelease(osReleaseText ?? '');
    // Rolling distributions (Arch) have no VERSION_ID; BUILD_ID is the closest thing.
    return { name: fields.ID || 'linux', release: fields.VERSION_ID || fields.BUILD_ID || 'unknown' };
  }
  if (platform === 'darwin') return { name: 'macos', release: `darwin${kernelRelease.split('.')[0]}` };
  if (platform === 'win32') return { name: 'windows', release: kernelRelease };
  return { name: platform, release: kernelRelease };
}

/** Reads the running OS's identity; never fails (a missing os-release gives `linux`/`unknown`). */
export async function osIdentity(platform: string = process.platform): Promise<OsIdentity> {
  let text: string | undefined;
  if (platform === 'linux') {
    for (const file of ['/etc/os-release', '/usr/lib/os-release']) {
      text = await readFile(file, 'utf8').catch(() => undefined);
      if (text !== undefined) break;
    }
  }
  return osIdentityFrom(platform, os.release(), text);
}
