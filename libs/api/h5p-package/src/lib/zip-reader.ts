import { Inflate, strFromU8 } from 'fflate';

export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  /** The uncompressed size the central directory declares. */
  size: number;
  dataStart: number;
}

export class ZipFormatError extends Error {
  constructor(
    readonly code: 'H5P_NOT_ZIP' | 'H5P_TOO_LARGE',
    message: string,
  ) {
    super(message);
  }
}

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const MAX_32 = 0xffffffff;
/** Compressed bytes inflated per step: one step yields at most ~1000× this, checked before the next. */
const INFLATE_STEP = 16 * 1024;

/**
 * Lists a zip's entries from its central directory, without inflating anything.
 * fflate's unzipSync would give the same listing, but it inflates an entry to the end even when the data
 * runs past the declared size (it only drops the excess), so a lying entry costs unbounded CPU.
 */
export function readZipEntries(bytes: Uint8Array): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = (offset: number, length: number): number => {
    if (offset < 0 || offset + length > bytes.length) {
      throw new ZipFormatError('H5P_NOT_ZIP', 'zip structure points outside the file');
    }
    return offset;
  };
  const u16 = (offset: number) => view.getUint16(at(offset, 2), true);
  const u32 = (offset: number) => view.getUint32(at(offset, 4), true);
  const u64 = (offset: number) => u32(offset) + u32(offset + 4) * 2 ** 32;

  const eocd = findEndOfCentralDirectory(bytes, view);
  let count = u16(eocd + 10);
  let offset = u32(eocd + 16);
  if ((count === 0xffff || offset === MAX_32) && eocd >= 20 && u32(eocd - 20) === ZIP64_LOCATOR) {
    const zip64 = u64(eocd - 12);
    if (u32(zip64) !== ZIP64_EOCD) {
      throw new ZipFormatError('H5P_NOT_ZIP', 'broken zip64 end record');
    }
    count = u64(zip64 + 32);
    offset = u64(zip64 + 48);
  }

  const entries: ZipEntry[] = [];
  for (let i = 0, p = offset; i < count; i++) {
    if (u32(p) !== CENTRAL) {
      throw new ZipFormatError('H5P_NOT_ZIP', 'broken central directory');
    }
    const flags = u16(p + 8);
    const nameLength = u16(p + 28);
    const extraLength = u16(p + 30);
    const name = strFromU8(bytes.subarray(at(p + 46, nameLength), p + 46 + nameLength), !(flags & 0x800));
    if (flags & 1) {
      throw new ZipFormatError('H5P_NOT_ZIP', `entry ${JSON.stringify(name)} is encrypted`);
    }
    // Sizes and offset of 0xFFFFFFFF are in the zip64 extra field, in this order, only when so marked.
    const wide = [u32(p + 24), u32(p + 20), u32(p + 42)];
    let extra = readZip64Extra(p + 46 + nameLength, extraLength, u16);
    for (const [k, value] of wide.entries()) {
      if (value === MAX_32) {
        if (extra === undefined) {
          throw new ZipFormatError('H5P_NOT_ZIP', `entry ${JSON.stringify(name)} lacks its zip64 sizes`);
        }
        wide[k] = u64(extra);
        extra += 8;
      }
    }
    const [size = 0, compressedSize = 0, local = 0] = wide;
    if (u32(local) !== LOCAL) {
      throw new ZipFormatError('H5P_NOT_ZIP', `entry ${JSON.stringify(name)} has no local header`);
    }
    const dataStart = local + 30 + u16(local + 26) + u16(local + 28);
    at(dataStart, compressedSize);
    entries.push({ name, method: u16(p + 10), compressedSize, size, dataStart });
    p += 46 + nameLength + extraLength + u16(p + 32);
  }
  return entries;
}

/** Inflates one entry, refusing to produce more than its declared size. */
export function extractEntry(bytes: Uint8Array, entry: ZipEntry): Uint8Array {
  const data = bytes.subarray(entry.dataStart, entry.dataStart + entry.compressedSize);
  const name = JSON.stringify(entry.name);
  if (entry.method === 0) {
    if (data.length !== entry.size) {
      throw new ZipFormatError('H5P_NOT_ZIP', `stored entry ${name} does not match its declared size`);
    }
    return data.slice();
  }
  if (entry.method !== 8) {
    throw new ZipFormatError('H5P_NOT_ZIP', `entry ${name} uses unsupported compression method ${entry.method}`);
  }
  const out = new Uint8Array(entry.size);
  let written = 0;
  const inflate = new Inflate((chunk) => {
    if (written + chunk.length > entry.size) {
      throw new ZipFormatError('H5P_TOO_LARGE', `entry ${name} inflates to more than its declared ${entry.size} bytes`);
    }
    out.set(chunk, written);
    written += chunk.length;
  });
  try {
    for (let offset = 0; offset < data.length; offset += INFLATE_STEP) {
      inflate.push(data.subarray(offset, offset + INFLATE_STEP), offset + INFLATE_STEP >= data.length);
    }
  } catch (e) {
    throw e instanceof ZipFormatError
      ? e
      : new ZipFormatError('H5P_NOT_ZIP', `entry ${name} cannot be inflated (${(e as Error).message})`);
  }
  if (written !== entry.size) {
    throw new ZipFormatError('H5P_NOT_ZIP', `entry ${name} inflates to fewer bytes than declared`);
  }
  return out;
}

function findEndOfCentralDirectory(bytes: Uint8Array, view: DataView): number {
  // The record is 22 bytes plus a comment of at most 65535 bytes, at the very end.
  for (let e = bytes.length - 22; e >= 0 && e >= bytes.length - 22 - 0xffff; e--) {
    if (view.getUint32(e, true) === EOCD) {
      return e;
    }
  }
  throw new ZipFormatError('H5P_NOT_ZIP', 'package is not a zip archive');
}

function readZip64Extra(start: number, length: number, u16: (offset: number) => number): number | undefined {
  for (let p = start; p + 4 <= start + length; p += 4 + u16(p + 2)) {
    if (u16(p) === 0x0001) {
      return p + 4;
    }
  }
  return undefined;
}
