import { gunzipSync, gzipSync } from 'node:zlib';

/**
 * The W3C Bitstring Status List's minimum length (16 KB): every list looks alike whatever it holds, so that the list
 * itself tells no one how many titles were issued or revoked ("herd privacy").
 */
export const STATUS_LIST_BITS = 131_072;

/**
 * `encodedList` of a Bitstring Status List: the bits GZIP-compressed, then multibase base64url without padding (the
 * leading `u`). Index 0 is the left-most, most significant bit of the first byte, as the spec orders them.
 */
export function encodeStatusList(setIndexes: Iterable<number>, bits = STATUS_LIST_BITS): string {
  const bytes = Buffer.alloc(Math.ceil(bits / 8));
  for (const i of setIndexes) {
    if (!Number.isInteger(i) || i < 0 || i >= bits) throw new RangeError(`Status index ${i} is outside the list.`);
    bytes[i >> 3] |= 0x80 >> (i & 7);
  }
  return `u${gzipSync(bytes).toString('base64url')}`;
}

/** The bit at `index` of an `encodedList`: true when the title behind it is revoked. */
export function statusBit(encodedList: string, index: number): boolean {
  if (!encodedList.startsWith('u')) throw new Error('encodedList is not multibase base64url.');
  const bytes = gunzipSync(Buffer.from(encodedList.slice(1), 'base64url'));
  if (index < 0 || index >= bytes.length * 8) throw new RangeError(`Status index ${index} is outside the list.`);
  return (bytes[index >> 3] & (0x80 >> (index & 7))) !== 0;
}
