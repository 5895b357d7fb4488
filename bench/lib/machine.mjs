// What the numbers were measured on, for the header of results.md.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import os from 'node:os';

function tryRun(cmd, args) {
  try {
    return execFileSync(cmd, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return 'unknown';
  }
}

export function machineInfo({ uv, nodeBin, tmpDir }) {
  let cpu = os.cpus()[0]?.model ?? 'unknown';
  try {
    const m = /^model name\s*:\s*(.+)$/m.exec(readFileSync('/proc/cpuinfo', 'utf8'));
    if (m) cpu = m[1].trim();
  } catch {
    // not Linux: os.cpus() is good enough
  }
  const fsLine = tryRun('df', ['-T', tmpDir]).split('\n')[1] ?? '';
  const fsType = fsLine.split(/\s+/)[1] ?? 'unknown';
  return {
    cpus: `${os.availableParallelism()} × ${cpu}`,
    memory: `${(os.totalmem() / 1024 ** 3).toFixed(1)} GiB`,
    os: `${os.type()} ${os.release()} (${os.arch()})`,
    node: `bench driver ${process.version}; measured commands run under ${tryRun(nodeBin, ['--version'])}`,
    uv: tryRun(uv, ['--version']),
    python: tryRun('python3', ['--version']),
    tmp: `${tmpDir} (${fsType}, ${fsLine.split(/\s+/)[0] ?? '?'})`,
    git: tryRun('git', ['--version']),
    zstd: tryRun('zstd', ['--version']),
  };
}
