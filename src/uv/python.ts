// Which Python the venv will use, for the cache key: wheels differ per
// interpreter, so a cache made for 3.12 is mostly dead weight for 3.11.
import { execFile } from 'node:child_process';
import path from 'node:path';
import { readBoundedText } from '../read-file.js';

function run(file: string, args: string[], cwd: string, env: NodeJS.ProcessEnv): Promise<string | undefined> {
  return new Promise((resolve) => {
    execFile(file, args, { cwd, env, timeout: 60_000, encoding: 'utf8' }, (error, stdout) => resolve(error ? undefined : stdout.trim()));
  });
}

/**
 * `major.minor` of the interpreter uv would pick for the workspace (it honours
 * UV_PYTHON, `.python-version` and `requires-python`); falls back to the
 * request itself (`python-version` input or `.python-version`), else
 * `unknown` — a key that is merely less precise, never a failure.
 */
export async function pythonVersionForKey(uvPath: string, workspaceRoot: string, env: NodeJS.ProcessEnv): Promise<string> {
  const interpreter = await run(uvPath, ['python', 'find'], workspaceRoot, env);
  if (interpreter) {
    const version = await run(interpreter, ['-c', 'import sys; print("%d.%d" % sys.version_info[:2])'], workspaceRoot, env);
    if (version && /^\d+\.\d+$/.test(version)) return version;
  }
  const requested = env.UV_PYTHON ?? readBoundedText(path.join(workspaceRoot, '.python-version'), '.python-version', 64 * 1024);
  const match = requested?.match(/\d+\.\d+/);
  return match ? match[0] : 'unknown';
}
