// The CLI in-process, as a user sees it: stdout, stderr and the exit status.
import { Readable } from 'node:stream';
import { runCli } from '../../src/cli/run.js';

export async function cliIn(cwd: string, argv: string[], stdin?: string): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, {
    cwd,
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: (s: string) => (stderr += s) },
    ...(stdin !== undefined ? { stdin: Readable.from([stdin]) } : {}),
  });
  return { code, stdout, stderr };
}
