import { Deflate, strToU8 } from 'fflate';

/** One entry as it goes into the file: its data already compressed (method 8) or stored (method 0). */
export interface RawEntry {
  name: string;
  data: Uint8Array;
  method: 0 | 8;
  /** The uncompressed size to declare, which a hostile zip may get wrong on purpose. */
  size: number;
}

/**
 * Writes a zip from raw entries, so tests can build what no archiver would: a declared size that lies, 200,000
 * entries, colliding names. CRCs are left at zero; the platform's reader does not rely on them.
 */
export function buildZip(entries: RawEntry[]): Buffer {
  const names = entries.map((e) => Buffer.from(strToU8(e.name)));
  const localSize = entries.reduce((n, e, i) => n + 30 + (names[i]?.length ?? 0) + e.data.length, 0);
  const centralSize = names.reduce((n, name) => n + 46 + name.length, 0);
  const zip64 = entries.length > 0xffff;
  const out = Buffer.alloc(localSize + centralSize + (zip64 ? 56 + 20 : 0) + 22);
  let p = 0;
  const offsets: number[] = [];
  entries.forEach((e, i) => {
    const name = names[i] ?? Buffer.alloc(0);
    offsets.push(p);
    out.writeUInt32LE(0x04034b50, p);
    out.writeUInt16LE(20, p + 4);
    out.writeUInt16LE(0x800, p + 6);
    out.writeUInt16LE(e.method, p + 8);
    out.writeUInt32LE(e.data.length, p + 18);
    out.writeUInt32LE(e.size, p + 22);
    out.writeUInt16LE(name.length, p + 26);
    name.copy(out, p + 30);
    out.set(e.data, p + 30 + name.length);
    p += 30 + name.length + e.data.length;
  });
  const central = p;
  entries.forEach((e, i) => {
    const name = names[i] ?? Buffer.alloc(0);
    out.writeUInt32LE(0x02014b50, p);
    out.writeUInt16LE(20, p + 4);
    out.writeUInt16LE(20, p + 6);
    out.writeUInt16LE(0x800, p + 8);
    out.writeUInt16LE(e.method, p + 10);
    out.writeUInt32LE(e.data.length, p + 20);
    out.writeUInt32LE(e.size, p + 24);
    out.writeUInt16LE(name.length, p + 28);
    out.writeUInt32LE(offsets[i] ?? 0, p + 42);
    name.copy(out, p + 46);
    p += 46 + name.length;
  });
  const centralEnd = p;
  if (zip64) {
    // More entries than the end record can count: the zip64 end record holds the real figures.
    out.writeUInt32LE(0x06064b50, p);
    out.writeBigUInt64LE(44n, p + 4);
    out.writeUInt16LE(45, p + 12);
    out.writeUInt16LE(45, p + 14);
    out.writeBigUInt64LE(BigInt(entries.length), p + 24);
    out.writeBigUInt64LE(BigInt(entries.length), p + 32);
    out.writeBigUInt64LE(BigInt(centralEnd - central), p + 40);
    out.writeBigUInt64LE(BigInt(central), p + 48);
    out.writeUInt32LE(0x07064b50, p + 56);
    out.writeBigUInt64LE(BigInt(centralEnd), p + 64);
    out.writeUInt32LE(1, p + 72);
    p += 76;
  }
  out.writeUInt32LE(0x06054b50, p);
  out.writeUInt16LE(Math.min(entries.length, 0xffff), p + 8);
  out.writeUInt16LE(Math.min(entries.length, 0xffff), p + 10);
  out.writeUInt32LE(centralEnd - central, p + 12);
  out.writeUInt32LE(central, p + 16);
  return out;
}

export const stored = (name: string, text: string): RawEntry => {
  const data = strToU8(text);
  return { name, data, method: 0, size: data.length };
};

/** `bytes` zero bytes, deflated a megabyte at a time: a 190 MiB entry costs the test about 190 KB. */
export function deflatedZeros(name: string, bytes: number): RawEntry {
  const parts: Uint8Array[] = [];
  const deflate = new Deflate({ level: 9 }, (chunk) => void parts.push(chunk));
  const block = new Uint8Array(1024 * 1024);
  for (let left = bytes; left > 0; left -= block.length) {
    deflate.push(left > block.length ? block : block.subarray(0, left), left <= block.length);
  }
  return { name, data: new Uint8Array(Buffer.concat(parts)), method: 8, size: bytes };
}
