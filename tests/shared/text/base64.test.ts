import { describe, expect, it } from 'vitest';
import { bytesToBase64 } from '@shared/text/base64';

describe('bytesToBase64', () => {
  it('encodes as Node does, for every remainder of three and for all byte values', () => {
    const all = Uint8Array.from({ length: 256 * 3 + 2 }, (_, i) => (i * 37 + (i >> 8)) & 255);
    for (const length of [0, 1, 2, 3, 4, 5, 6, 255, 256, 257, all.length]) {
      const bytes = all.subarray(0, length);
      expect(bytesToBase64(bytes)).toBe(Buffer.from(bytes).toString('base64'));
    }
    expect(bytesToBase64(new TextEncoder().encode('Café'))).toBe('Q2Fmw6k=');
  });
});
