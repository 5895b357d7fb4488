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
// client passes it, without which a `D:/a/_temp/…/cache.tar` names the
// remote host `D`.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { copyEnv } from '../env.js';
import { runProcess, SpawnError, type RunOptions } from '../process.js';

export type CompressionMethod = 'gzip' | 'zstd-without-long' | 'zstd';

export interface Tar {
  /** `tar`, `gtar`, or an absolute path on Windows. */
  file: string;
  kind: 'gnu' | 'bsd';
}

/**
 * The one place tar and zstd are started (so where they are looked up is
 * decided once, in the process runner). Anything but a clean exit within the
 * time is an error naming the tool and why.
 */
export async function runTool(file: string, args: string[], timeoutMs: number, options: Pick<RunOptions, 'onStdoutData' | 'onStdin' | 'env'> = {}): Promise<{ stdout: string; stderr: string }> {
  const fail = (why: string) => new Error(`${path.basename(file)} ${args[0]}: ${why}`);
  const result = await runProcess(file, args, { ...options, timeoutMs: Math.max(1, timeoutMs), killSignal: 'SIGKILL', maxOutput: 1024 * 1024 }).catch((error: unknown) => {
    throw error instanceof SpawnError ? fail(`could not be started: ${error.message}`) : error;
  });
  if (result.timedOut) throw fail(`did not finish within ${Math.round(timeoutMs / 1000)} s`);
  if (result.code !== 0) throw fail((result.stderr.trim().split('\n')[0] ?? '') || `exited with code ${result.code}`);
  return { stdout: result.stdout, stderr: result.stderr };
}

/** What `file --version` printed (stdout and stderr, as the client reads it); empty when it did not run. */
async function versionOf(file: string, extra: string[] = []): Promise<string> {
  try {
    const result = await runProcess(file, [...extra, '--version'], { timeoutMs: 10_000, killSignal: 'SIGKILL', maxOutput: 64 * 1024 });
    return `${result.stdout}${result.stderr}`.trim();
  } catch {
    return '';
  }
}

/** What the client picks (its getCompressionMethod): zstd when `zstd --quiet --version` prints anything, else gzip. */
export async function compressionMethod(): Promise<CompressionMethod> {
  return (await versionOf('zstd', ['--quiet'])) === '' ? 'gzip' : 'zstd-without-long';
}

/** The tar the client would run on this platform, and which kind it is. */
export async function chooseTar(platform: NodeJS.Platform = process.platform, env: NodeJS.ProcessEnv = process.env): Promise<Tar> {
  if (platform === 'win32') {
    const gitTar = `${env.PROGRAMFILES ?? env.ProgramFiles}\\Git\\usr\\bin\\tar.exe`;
    if (existsSync(gitTar)) return { file: gitTar, kind: 'gnu' };
    if (/gnu tar/i.test(await versionOf('tar'))) return { file: 'tar', kind: 'gnu' };
    const systemTar = `${env.SYSTEMDRIVE ?? env.SystemDrive}\\Windows\\System32\\tar.exe`;
    if (existsSync(systemTar)) return { file: systemTar, kind: 'bsd' };
  }
  const file = platform === 'darwin' && (await versionOf('gtar')) !== '' ? 'gtar' : 'tar';
  return { file, kind: /gnu tar/i.test(await versionOf(file)) ? 'gnu' : 'bsd' };
}

/** `zstd` arguments that write `archive` decompressed to stdout. */
export function zstdDecompressArgs(method: Exclude<CompressionMethod, 'gzip'>, archive: string): string[] {
  return ['-d', '-c', '-q', ...(method === 'zstd' ? ['--long=30'] : []), archive];
}

/**
 * tar arguments that extract the plain tar `archive` (a file, or `-` for stdin) into `dest`,
 * dropping the first `strip` components, never as the archive's owner or
 * with its setuid, setgid or sticky bits (the job may run as root), and
 * never reading a name with a colon as a remote host (GNU tar).
 */
export function tarExtractArgs(tar: Tar, archive: string, dest: string, strip: number, platform: NodeJS.Platform = process.platform): string[] {
  // As the client passes them to both tars on Windows: forward slashes.
  const slashes = (p: string) => (platform === 'win32' ? p.replace(/\\/g, '/') : p);
  const args = ['-xf', slashes(archive), '-C', slashes(dest), `--strip-components=${strip}`, '--no-same-owner', '--no-same-permissions'];
  if (tar.kind === 'gnu') args.push('--force-local');
  // The client's fix for GNU tar on macOS (actions/cache#527): dirs get their modes after their contents.
  if (tar.kind === 'gnu' && platform === 'darwin') args.push('--delay-directory-restore');
  return args;
}

/** The environment tar runs in: on Windows, as the client runs it, Git's tar makes native symlinks. */
export function tarEnv(platform: NodeJS.Platform = process.platform): NodeJS.ProcessEnv | undefined {
  return platform === 'win32' ? copyEnv(process.env, { MSYS: 'winsymlinks:nativestrict' }, platform) : undefined;
}
