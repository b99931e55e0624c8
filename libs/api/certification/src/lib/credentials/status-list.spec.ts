import { gunzipSync } from 'node:zlib';
import { encodeStatusList, STATUS_LIST_BITS, statusBit } from './status-list';

describe('status list', () => {
  it('puts index 0 in the left-most bit of the first byte, GZIP then multibase base64url', () => {
    const encoded = encodeStatusList([0, 9]);
    expect(encoded.startsWith('u')).toBe(true);
    const bytes = gunzipSync(Buffer.from(encoded.slice(1), 'base64url'));
    expect(bytes.length).toBe(STATUS_LIST_BITS / 8);
    expect(bytes[0]).toBe(0b1000_0000);
    expect(bytes[1]).toBe(0b0100_0000);
  });

  it('reads back exactly the bits set', () => {
    const encoded = encodeStatusList([3, 131_071]);
    expect([2, 3, 4, 131_071, 131_070].map((i) => statusBit(encoded, i))).toEqual([false, true, false, true, false]);
  });

  it('refuses an index outside the list', () => {
    expect(() => encodeStatusList([STATUS_LIST_BITS])).toThrow(RangeError);
    expect(() => statusBit(encodeStatusList([]), -1)).toThrow(RangeError);
  });
});
