import { Inflate, strFromU8 } from 'fflate';
import type { ZipSource } from './zip-source';

export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  /** The uncompressed size the central directory declares; inflating past it is refused. */
  size: number;
  localHeader: number;
}

export class ZipFormatError extends Error {
  constructor(
    readonly code: 'H5P_NOT_ZIP' | 'H5P_TOO_LARGE' | 'H5P_TOO_MANY_FILES',
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
/** The end record (22 bytes), its comment (at most 65535) and the zip64 locator before it (20). */
const TAIL = 22 + 0xffff + 20;
/** Generous for one central record (46 bytes, a name, extra fields); a larger directory is not an H5P export. */
const CENTRAL_BYTES_PER_ENTRY = 1024;
/** Bytes read from the source at a time. */
const READ_BLOCK = 64 * 1024;
/** Compressed bytes inflated per step: deflate expands at most ~1032×, so one step yields at most ~4 MiB. */
const INFLATE_STEP = 4 * 1024;

/**
 * Lists a zip's entries from its central directory, without inflating anything, refusing more than `maxEntries`
 * before the directory itself is read. fflate's unzip would inflate an entry to the end even when the data runs
 * past the declared size (it only drops the excess), so a lying entry would cost unbounded CPU.
 */
export async function readZipEntries(source: ZipSource, maxEntries = Number.MAX_SAFE_INTEGER): Promise<ZipEntry[]> {
  const tailStart = Math.max(0, source.size - TAIL);
  const tail = reader(await source.read(tailStart, source.size - tailStart), 'the end of the file');
  const eocd = findEndOfCentralDirectory(tail.bytes);
  let count = tail.u16(eocd + 10);
  let directorySize = tail.u32(eocd + 12);
  let directoryOffset = tail.u32(eocd + 16);
  const zip64 = eocd >= 20 && tail.u32(eocd - 20) === ZIP64_LOCATOR;
  if (zip64 && (count === 0xffff || directorySize === MAX_32 || directoryOffset === MAX_32)) {
    const recordOffset = tail.u64(eocd - 12);
    const record = reader(await readRange(source, recordOffset, 56), 'the zip64 end record');
    if (record.u32(0) !== ZIP64_EOCD) {
      throw new ZipFormatError('H5P_NOT_ZIP', 'broken zip64 end record');
    }
    count = record.u64(32);
    directorySize = record.u64(40);
    directoryOffset = record.u64(48);
  }
  if (count > maxEntries) {
    throw new ZipFormatError('H5P_TOO_MANY_FILES', `package has ${count} entries, the limit is ${maxEntries}`);
  }
  if (directorySize > count * CENTRAL_BYTES_PER_ENTRY + 0xffff) {
    throw new ZipFormatError('H5P_NOT_ZIP', `central directory of ${directorySize} bytes for ${count} entries`);
  }
  const dir = reader(await readRange(source, directoryOffset, directorySize), 'the central directory');

  const entries: ZipEntry[] = [];
  for (let i = 0, p = 0; i < count; i++) {
    if (dir.u32(p) !== CENTRAL) {
      throw new ZipFormatError('H5P_NOT_ZIP', 'broken central directory');
    }
    const flags = dir.u16(p + 8);
    const nameLength = dir.u16(p + 28);
    const extraLength = dir.u16(p + 30);
    const name = strFromU8(dir.slice(p + 46, nameLength), !(flags & 0x800));
    if (flags & 1) {
      throw new ZipFormatError('H5P_NOT_ZIP', `entry ${JSON.stringify(name)} is encrypted`);
    }
    // Sizes and offset of 0xFFFFFFFF are in the zip64 extra field, in this order, only when so marked.
    const wide = [dir.u32(p + 24), dir.u32(p + 20), dir.u32(p + 42)];
    let extra = readZip64Extra(dir, p + 46 + nameLength, extraLength);
    for (const [k, value] of wide.entries()) {
      if (value === MAX_32) {
        if (extra === undefined) {
          throw new ZipFormatError('H5P_NOT_ZIP', `entry ${JSON.stringify(name)} lacks its zip64 sizes`);
        }
        wide[k] = dir.u64(extra);
        extra += 8;
      }
    }
    const [size = 0, compressedSize = 0, localHeader = 0] = wide;
    if (localHeader + 30 + compressedSize > source.size) {
      throw new ZipFormatError('H5P_NOT_ZIP', `entry ${JSON.stringify(name)} points outside the file`);
    }
    entries.push({ name, method: dir.u16(p + 10), compressedSize, size, localHeader });
    p += 46 + nameLength + extraLength + dir.u16(p + 32);
  }
  return entries;
}

/**
 * Inflates one entry piece by piece into `onChunk`, refusing to produce more than its declared size: memory stays at
 * a few MiB whatever the entry claims or holds. Each chunk is the caller's to keep.
 */
export async function inflateEntry(
  source: ZipSource,
  entry: ZipEntry,
  onChunk: (chunk: Uint8Array) => Promise<void> | void,
): Promise<void> {
  const name = JSON.stringify(entry.name);
  const start = await dataStart(source, entry);
  if (entry.method === 0) {
    if (entry.compressedSize !== entry.size) {
      throw new ZipFormatError('H5P_NOT_ZIP', `stored entry ${name} does not match its declared size`);
    }
    for (let offset = 0; offset < entry.size; offset += READ_BLOCK) {
      await onChunk((await source.read(start + offset, Math.min(READ_BLOCK, entry.size - offset))).slice());
    }
    return;
  }
  if (entry.method !== 8) {
    throw new ZipFormatError('H5P_NOT_ZIP', `entry ${name} uses unsupported compression method ${entry.method}`);
  }
  let written = 0;
  let pending: Uint8Array | undefined;
  const inflate = new Inflate((chunk) => {
    if (written + chunk.length > entry.size) {
      throw new ZipFormatError('H5P_TOO_LARGE', `entry ${name} inflates to more than its declared ${entry.size} bytes`);
    }
    written += chunk.length;
    pending = chunk;
  });
  const push = (piece: Uint8Array, final: boolean) => {
    try {
      inflate.push(piece, final);
    } catch (e) {
      throw e instanceof ZipFormatError
        ? e
        : new ZipFormatError('H5P_NOT_ZIP', `entry ${name} cannot be inflated (${(e as Error).message})`);
    }
  };
  for (let offset = 0; offset < entry.compressedSize; offset += READ_BLOCK) {
    const block = await source.read(start + offset, Math.min(READ_BLOCK, entry.compressedSize - offset));
    for (let p = 0; p < block.length; p += INFLATE_STEP) {
      push(block.subarray(p, p + INFLATE_STEP), offset + p + INFLATE_STEP >= entry.compressedSize);
      if (pending?.length) await onChunk(pending);
      pending = undefined;
    }
  }
  if (written !== entry.size) {
    throw new ZipFormatError('H5P_NOT_ZIP', `entry ${name} inflates to fewer bytes than declared`);
  }
}

/** The whole of a small entry (a JSON file), for reading in memory. */
export async function readEntry(source: ZipSource, entry: ZipEntry): Promise<Uint8Array> {
  const out = new Uint8Array(entry.size);
  let at = 0;
  await inflateEntry(source, entry, (chunk) => {
    out.set(chunk, at);
    at += chunk.length;
  });
  return out;
}

async function dataStart(source: ZipSource, entry: ZipEntry): Promise<number> {
  const local = reader(await readRange(source, entry.localHeader, 30), 'a local header');
  if (local.u32(0) !== LOCAL) {
    throw new ZipFormatError('H5P_NOT_ZIP', `entry ${JSON.stringify(entry.name)} has no local header`);
  }
  const start = entry.localHeader + 30 + local.u16(26) + local.u16(28);
  if (start + entry.compressedSize > source.size) {
    throw new ZipFormatError('H5P_NOT_ZIP', `entry ${JSON.stringify(entry.name)} runs past the end of the file`);
  }
  return start;
}

async function readRange(source: ZipSource, offset: number, length: number): Promise<Uint8Array> {
  if (offset < 0 || length < 0 || offset + length > source.size) {
    throw new ZipFormatError('H5P_NOT_ZIP', 'zip structure points outside the file');
  }
  return source.read(offset, length);
}

interface BytesReader {
  bytes: Uint8Array;
  u16(offset: number): number;
  u32(offset: number): number;
  u64(offset: number): number;
  slice(offset: number, length: number): Uint8Array;
}

function reader(bytes: Uint8Array, what: string): BytesReader {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = (offset: number, length: number): number => {
    if (offset < 0 || offset + length > bytes.length) {
      throw new ZipFormatError('H5P_NOT_ZIP', `zip structure points outside ${what}`);
    }
    return offset;
  };
  const u32 = (offset: number) => view.getUint32(at(offset, 4), true);
  return {
    bytes,
    u16: (offset) => view.getUint16(at(offset, 2), true),
    u32,
    u64: (offset) => u32(offset) + u32(offset + 4) * 2 ** 32,
    slice: (offset, length) => bytes.subarray(at(offset, length), offset + length),
  };
}

function findEndOfCentralDirectory(tail: Uint8Array): number {
  const view = new DataView(tail.buffer, tail.byteOffset, tail.byteLength);
  for (let e = tail.length - 22; e >= 0; e--) {
    if (view.getUint32(e, true) === EOCD) {
      return e;
    }
  }
  throw new ZipFormatError('H5P_NOT_ZIP', 'package is not a zip archive');
}

function readZip64Extra(dir: BytesReader, start: number, length: number): number | undefined {
  for (let p = start; p + 4 <= start + length; p += 4 + dir.u16(p + 2)) {
    if (dir.u16(p) === 0x0001) {
      return p + 4;
    }
  }
  return undefined;
}
