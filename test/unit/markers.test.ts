// Marker keys: one member's lookup prefix never matches another member's,
// another fingerprint's or another suffix's markers, and the ref survives the
// encoding so the reason can name it. The duration a key holds reads back,
// and a key written before durations were kept still reads as a pass.
import { describe, expect, it } from 'vitest';
import { markerKey, markerPrefix, memberMarkerPrefix, readMarkerKey } from '../../src/cache/marker-key.js';

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

  it('a member prefix matches every fingerprint of its member and no other member', () => {
    expect(markerKey('core', FP2, '', 'main', 3).startsWith(memberMarkerPrefix('core', ''))).toBe(true);
    expect(markerKey('core-utils', FP, '', 'main', 3).startsWith(memberMarkerPrefix('core', ''))).toBe(false);
    expect(markerKey('core', FP, 'gpu', 'main', 3).startsWith(memberMarkerPrefix('core', ''))).toBe(false);
  });

  it('reads back the fingerprint, the ref and the duration a key holds', () => {
    expect(readMarkerKey(markerKey('core', FP, '', 'feature-x/y', 12.34), 'core', '')).toEqual({ fingerprint: FP, ref: 'feature-x/y', seconds: 12.3 });
    expect(readMarkerKey(markerKey('core', FP, 'gpu', '12/merge', 0), 'core', 'gpu')).toEqual({ fingerprint: FP, ref: '12/merge', seconds: 0 });
    expect(markerKey('core', FP, '', 'main', 61.25)).toMatch(/-main-61\.3s$/);
    // Written by mode: record (or before durations were kept): a pass without a duration.
    expect(readMarkerKey(markerKey('core', FP, '', 'main'), 'core', '')).toEqual({ fingerprint: FP, ref: 'main' });
    // Another member's key, or something that is no marker, reads as nothing.
    expect(readMarkerKey(markerKey('core-utils', FP, '', 'main', 1), 'core', '')).toBeUndefined();
    expect(readMarkerKey(`${memberMarkerPrefix('core', '')}${FP}-main-soon`, 'core', '')).toBeUndefined();
    expect(readMarkerKey(`${memberMarkerPrefix('core', '')}${FP}-main-1s-x`, 'core', '')).toBeUndefined();
  });
});
