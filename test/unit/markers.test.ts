// Marker keys: one member's lookup prefix never matches another member's,
// another fingerprint's or another suffix's markers, and the ref survives the
// encoding so the reason can name it.
import { describe, expect, it } from 'vitest';
import { markerKey, markerPrefix } from '../../src/action/markers.js';

const FP = 'a'.repeat(64);
const FP2 = 'b'.repeat(64);

describe('marker keys', () => {
  it('a prefix matches only its own member, fingerprint and suffix', () => {
    const key = markerKey('core', FP, '', 'main');
    expect(key.startsWith(markerPrefix('core', FP, ''))).toBe(true);
    for (const [member, fp, suffix] of [
      ['core-utils', FP, ''],
      ['cor', FP, ''],
      ['core', FP2, ''],
      ['core', FP, 'gpu'],
    ] as const) {
      expect(markerKey(member, fp, suffix, 'main').startsWith(markerPrefix('core', FP, ''))).toBe(false);
      expect(key.startsWith(markerPrefix(member, fp, suffix))).toBe(false);
    }
    // A suffix never leaks into the unsuffixed keys and back.
    expect(markerKey('core', FP, 'a', 'main').startsWith(markerPrefix('core', FP, 'a-b'))).toBe(false);
  });

  it('encodes the ref so the key stays valid, and decoding gives it back', () => {
    const key = markerKey('core', FP, '', '12/merge');
    expect(key).not.toContain(',');
    const ref = key.slice(markerPrefix('core', FP, '').length);
    expect(decodeURIComponent(ref)).toBe('12/merge');
    expect(markerKey('core', FP, '', '')).toMatch(/-unknown$/);
    expect(markerKey('m'.repeat(300), FP, 's'.repeat(300), 'r'.repeat(300)).length).toBeLessThan(512);
  });
});
