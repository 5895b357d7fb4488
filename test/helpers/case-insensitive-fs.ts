// A case-insensitive view of a directory, mounted for real (FUSE, served by
// case-insensitive-fs.mjs): the file lookup of Windows and default macOS on
// this Linux machine, whose kernel mounts neither casefold ext4 nor vfat.
//
//   const view = await mountCaseInsensitive(backingDir); // undefined: skipped, reason printed
//   ... view.dir/PACKAGES/core resolves to backingDir/packages/Core ...
//   await view.unmount();
//
// Mounting needs Linux, root and /dev/fuse (no libfuse: the server speaks the
// kernel protocol and `mount -i -t fuse` is given its descriptor). Without
// them the caller skips with the printed reason; under CI, where .ci/run runs
// as root on a machine with /dev/fuse, a mount that fails is a failure.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const SERVER = path.join(path.dirname(fileURLToPath(import.meta.url)), 'case-insensitive-fs.mjs');

export interface CaseInsensitiveView {
  /** The mount point: the backing directory, looked up ignoring case. */
  dir: string;
  unmount(): Promise<void>;
}

/** Why this machine cannot mount the view, or undefined when it can. */
function missing(): string | undefined {
  if (process.platform !== 'linux') return `FUSE mounts are Linux-only here (this is ${process.platform})`;
  if (process.getuid?.() !== 0) return 'mounting a FUSE file system needs root';
  if (!existsSync('/dev/fuse')) return '/dev/fuse does not exist';
  if (spawnSync('mount', ['--version']).status !== 0) return 'no mount command';
  return undefined;
}

export async function mountCaseInsensitive(backing: string): Promise<CaseInsensitiveView | undefined> {
  const why = missing();
  if (why) {
    console.warn(`skipping case-insensitive file system tests: ${why}`);
    return undefined;
  }
  const dir = mkdtempSync(path.join(os.tmpdir(), 'uvws-ci-mount-'));
  const server = spawn(process.execPath, [SERVER, backing, dir], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  server.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const ready = await new Promise<boolean>((resolve) => {
    const timer = setTimeout(() => resolve(false), 20_000);
    server.stdout.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('mounted')) {
        clearTimeout(timer);
        resolve(true);
      }
    });
    server.on('exit', () => {
      clearTimeout(timer);
      resolve(false);
    });
  });
  // A worker that ends without afterAll (a crash, a timeout) must not leave the mount behind:
  // the lazy unmount also ends the server, whose next read of /dev/fuse fails.
  const onExit = () => spawnSync('umount', ['-l', dir]);
  process.once('exit', onExit);
  const unmount = async (): Promise<void> => {
    process.off('exit', onExit);
    spawnSync('umount', ['-l', dir]);
    if (server.exitCode === null) {
      await new Promise<void>((resolve) => {
        const timer = setTimeout(() => {
          server.kill('SIGKILL');
          resolve();
        }, 5000);
        server.on('exit', () => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
    rmSync(dir, { recursive: true, force: true });
  };
  if (!ready) {
    await unmount();
    const reason = `the FUSE mount did not come up: ${stderr.trim() || 'no answer'}`;
    if (process.env.CI) throw new Error(`${reason} (this machine has root and /dev/fuse, so CI expects it to work)`);
    console.warn(`skipping case-insensitive file system tests: ${reason}`);
    return undefined;
  }
  return { dir, unmount };
}
