// The bundled action on a Windows-style checkout: the same commit checked out
// again with core.autocrlf=true (git for Windows' default) has CRLF
// pyproject.toml, uv.lock and sources, and the `changed-files` list comes with
// CRLF separators. The action (dist/main then dist/post, uv syncing for real,
// the local cache service) must give what the LF checkout gives: the same
// members and matrix, the same cache key (so the LF job's entry is an exact
// hit), the same fingerprints.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createActionFixture, type ActionFixture } from '../helpers/action-e2e.js';
import { startCacheServer, type CacheServer } from '../helpers/cache-server.js';
import { checkOutWithCrlf } from '../helpers/git.js';

let fx: ActionFixture;
let server: CacheServer;

beforeAll(async () => {
  fx = await createActionFixture({
    workspace: {
      members: [
        { name: 'core', path: 'packages/core', dependencies: ['wheeldep'] },
        { name: 'api', path: 'packages/api', dependencies: ['core'] },
        { name: 'docs', path: 'docs' },
      ],
    },
    wheels: [{ name: 'wheeldep', version: '1.0.0' }],
  });
  server = await startCacheServer();
}, 300_000);

afterAll(async () => {
  await server?.close();
  await fx?.remove();
});

const CHANGED = ['packages/core/src/core/__init__.py', 'README.md'];

describe('a CRLF checkout and a CRLF changed-files list', () => {
  it('same members, cache key (an exact hit on the LF job entry) and fingerprints as the LF checkout', async () => {
    const inputs = { 'sync-args': '--locked', 'changed-files': CHANGED.join('\n'), fingerprints: 'true' };
    const lfJob = await fx.runJob({ cacheServer: server, inputs });
    expect(lfJob.main.code, lfJob.log).toBe(0);
    expect(lfJob.post!.code, lfJob.log).toBe(0);
    expect(JSON.parse(lfJob.main.outputs.members!)).toEqual(['api', 'core']);
    expect(lfJob.main.outputs['cache-key']).toMatch(/^uv-ws-/);

    await checkOutWithCrlf(lfJob.checkout);
    for (const file of ['pyproject.toml', 'uv.lock', 'packages/api/pyproject.toml']) {
      expect(readFileSync(path.join(lfJob.checkout.dir, file), 'utf8'), file).toContain('\r\n');
    }
    const crlfJob = await fx.runJob({ cacheServer: server, checkout: lfJob.checkout, inputs: { ...inputs, 'changed-files': `${CHANGED.join('\r\n')}\r\n` } });
    expect(crlfJob.main.code, crlfJob.log).toBe(0);
    const pick = (outputs: Record<string, string>) => ({
      members: outputs.members,
      paths: outputs.paths,
      matrix: outputs.matrix,
      all: outputs.all,
      'cache-key': outputs['cache-key'],
      fingerprints: outputs.fingerprints,
    });
    expect(pick(crlfJob.main.outputs)).toEqual(pick(lfJob.main.outputs));
    expect(crlfJob.main.outputs['cache-hit']).toBe('true');
  });
});
