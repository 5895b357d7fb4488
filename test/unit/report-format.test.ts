import { describe, expect, it } from 'vitest';
import { formatBytes, formatDuration, plural } from '../../src/report/format.js';

describe('formatDuration', () => {
  it.each([
    [0, '0ms'],
    [0.42, '0.42ms'],
    [3, '3ms'],
    [999.4, '999ms'],
    [1234, '1.2s'],
    [12_345, '12s'],
    [125_000, '2m 05s'],
    [3_720_000, '1h 02m'],
    [-1, '?'],
  ])('%d ms → %s', (ms, text) => expect(formatDuration(ms)).toBe(text));
});

describe('formatBytes', () => {
  it.each([
    [0, '0 B'],
    [1023, '1023 B'],
    [1536, '1.5 KiB'],
    [5 * 1024 * 1024, '5.0 MiB'],
    [300 * 1024 * 1024, '300 MiB'],
    [2.5 * 1024 ** 3, '2.5 GiB'],
  ])('%d → %s', (bytes, text) => expect(formatBytes(bytes)).toBe(text));
});

it('plural', () => {
  expect(plural(1, 'package')).toBe('1 package');
  expect(plural(2, 'package')).toBe('2 packages');
});
