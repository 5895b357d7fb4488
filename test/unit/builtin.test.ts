// The lazily loaded built-ins must load on every Node the published CLI
// accepts (package.json engines: >=20), including a Node 20 before 20.16
// that has no process.getBuiltinModule.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { builtin } from '../../src/builtin.js';

describe('builtin', () => {
  it('gives node:crypto and node:child_process where process.getBuiltinModule exists', () => {
    expect(builtin<typeof import('node:crypto')>('node:crypto').createHash).toBe(createHash);
    expect(typeof builtin<typeof import('node:child_process')>('node:child_process').spawn).toBe('function');
  });

  it('gives the same modules on a Node without process.getBuiltinModule (before 20.16)', () => {
    const saved = Object.getOwnPropertyDescriptor(process, 'getBuiltinModule');
    Object.defineProperty(process, 'getBuiltinModule', { value: undefined, configurable: true, writable: true });
    try {
      expect(builtin<typeof import('node:crypto')>('node:crypto').createHash).toBe(createHash);
      expect(typeof builtin<typeof import('node:child_process')>('node:child_process').spawn).toBe('function');
    } finally {
      if (saved) Object.defineProperty(process, 'getBuiltinModule', saved);
    }
  });
});
