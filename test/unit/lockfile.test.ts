import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseLock } from '../../src/workspace/lockfile.js';
import { formatError } from '../../src/errors.js';
import { corpusDir } from '../helpers/tools.js';

const corpus = corpusDir();

describe('parseLock', () => {
  it.skipIf(!corpus)('reads the manifest members and extras of a real lock', () => {
    const file = path.join(corpus!, 'crewAIInc__crewAI', 'uv.lock');
    const lock = parseLock(readFileSync(file, 'utf8'), 'uv.lock');
    expect(lock.members).toEqual(['crewai', 'crewai-cli', 'crewai-core', 'crewai-devtools', 'crewai-files', 'crewai-tools']);
    const tools = lock.packages.find((p) => p.name === 'crewai-tools')!;
    expect(tools.source).toBe('editable=lib/crewai-tools');
    expect(tools.dependencies.map((d) => d.name)).toContain('crewai');
  });

  it('names the file and line of invalid TOML', () => {
    const text = 'version = 1\nrevision = 3\n[[package]\nname = "x"\n';
    expect(() => parseLock(text, 'libs/uv.lock')).toThrow(/^libs\/uv\.lock:3: invalid TOML/);
  });

  it('rejects an unknown lock version with what to do', () => {
    try {
      parseLock('version = 2\n', 'uv.lock');
      expect.unreachable();
    } catch (error) {
      expect(formatError(error)).toMatch(/uv\.lock: lock version 2 is not supported.*hint: update uv-workspace-sync/);
    }
  });
});
