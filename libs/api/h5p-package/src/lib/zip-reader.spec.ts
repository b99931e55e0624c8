import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { inflateEntry, readEntry, readZipEntries, ZipFormatError } from './zip-reader';
import { bytesZipSource } from './zip-source';

const list = (bytes: Uint8Array, max?: number) => readZipEntries(bytesZipSource(bytes), max);

async function unzip(bytes: Uint8Array): Promise<Record<string, Uint8Array>> {
  const entries = await list(bytes);
  const files: Record<string, Uint8Array> = {};
  for (const entry of entries) files[entry.name] = await readEntry(bytesZipSource(bytes), entry);
  return files;
}

describe(readZipEntries.name, () => {
  it('reads what fflate writes, stored and deflated, with UTF-8 names', async () => {
    const files = {
      'h5p.json': strToU8('{"title":"Tiếng Việt"}'),
      'content/ảnh.svg': [strToU8('<svg/>'), { level: 0 }] as [Uint8Array, { level: 0 }],
      'content/long.txt': strToU8('xin chào '.repeat(50_000)),
    };
    const zip = zipSync(files);

    expect(await unzip(zip)).toEqual(unzipSync(zip));
    expect((await list(zip)).map((entry) => entry.name)).toEqual(Object.keys(files));
  });

  it('reads sizes and offsets from zip64 records', async () => {
    const zip = storedZip64('content/a.txt', strToU8('hello'));

    expect(await list(zip)).toMatchObject([{ name: 'content/a.txt', size: 5, compressedSize: 5 }]);
    expect(strFromU8((await unzip(zip))['content/a.txt'] ?? new Uint8Array())).toBe('hello');
  });

  it('rejects bytes without an end of central directory', async () => {
    await expect(list(strToU8('PK not really'))).rejects.toThrow(ZipFormatError);
    await expect(list(new Uint8Array())).rejects.toThrow(ZipFormatError);
  });

  it('rejects a central directory that points outside the file', async () => {
    const zip = zipSync({ 'a.txt': strToU8('a') });
    new DataView(zip.buffer).setUint32(zip.length - 6, zip.length + 100, true);

    await expect(list(zip)).rejects.toThrow(/outside the file|broken central directory/);
  });

  it('refuses more entries than allowed from the end record alone', async () => {
    const zip = zipSync({ 'a.txt': strToU8('a'), 'b.txt': strToU8('b'), 'c.txt': strToU8('c') });

    await expect(list(zip, 2)).rejects.toMatchObject({ code: 'H5P_TOO_MANY_FILES' });
  });
});

describe(inflateEntry.name, () => {
  it('stops an entry that inflates past its declared size, without inflating it all', async () => {
    const zip = zipSync({ 'content/a.txt': new Uint8Array(50_000_000) });
    setDeclaredSize(zip, 10);
    const [entry] = await list(zip);
    const started = Date.now();

    await expect(readEntry(bytesZipSource(zip), entry ?? missing())).rejects.toMatchObject({
      code: 'H5P_TOO_LARGE',
      message: expect.stringContaining('more than its declared 10 bytes'),
    });
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('hands over a large entry in pieces of a few MiB at most', async () => {
    const zip = zipSync({ 'content/a.txt': new Uint8Array(60_000_000) });
    const [entry] = await list(zip);
    const sizes: number[] = [];

    await inflateEntry(bytesZipSource(zip), entry ?? missing(), (chunk) => void sizes.push(chunk.length));

    expect(sizes.reduce((a, b) => a + b, 0)).toBe(60_000_000);
    expect(Math.max(...sizes)).toBeLessThanOrEqual(5 * 1024 * 1024);
  });

  it('rejects an entry shorter than declared, and unknown compression methods', async () => {
    const short = zipSync({ 'a.txt': strToU8('abc'.repeat(100)) });
    setDeclaredSize(short, 1000);
    const [shortEntry] = await list(short);
    const lzma = zipSync({ 'a.txt': strToU8('abc'.repeat(100)) });
    const [lzmaEntry] = await list(lzma);

    await expect(readEntry(bytesZipSource(short), shortEntry ?? missing())).rejects.toThrow(
      /fewer bytes than declared/,
    );
    await expect(readEntry(bytesZipSource(lzma), { ...(lzmaEntry ?? missing()), method: 14 })).rejects.toThrow(
      /compression method 14/,
    );
  });
});

function missing(): never {
  throw new Error('no entry');
}

function setDeclaredSize(zip: Uint8Array, size: number): void {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  for (let i = 0; i + 46 <= zip.length; i++) {
    if (view.getUint32(i, true) === 0x02014b50) {
      view.setUint32(i + 24, size, true);
    }
  }
}

/** One stored entry whose central record and end record use the zip64 forms. */
function storedZip64(name: string, data: Uint8Array): Uint8Array {
  const nameBytes = strToU8(name);
  const local = new DataView(new ArrayBuffer(30));
  local.setUint32(0, 0x04034b50, true);
  local.setUint16(4, 45, true);
  local.setUint16(26, nameBytes.length, true);
  const localSize = 30 + nameBytes.length + data.length;
  const central = new DataView(new ArrayBuffer(46 + 28));
  central.setUint32(0, 0x02014b50, true);
  central.setUint16(6, 45, true);
  central.setUint16(8, 0x800, true);
  central.setUint32(20, 0xffffffff, true);
  central.setUint32(24, 0xffffffff, true);
  central.setUint16(28, nameBytes.length, true);
  central.setUint16(30, 28, true);
  central.setUint32(42, 0xffffffff, true);
  const extra = new DataView(new ArrayBuffer(28));
  extra.setUint16(0, 1, true);
  extra.setUint16(2, 24, true);
  extra.setBigUint64(4, BigInt(data.length), true);
  extra.setBigUint64(12, BigInt(data.length), true);
  extra.setBigUint64(20, 0n, true);
  const centralSize = 46 + nameBytes.length + 28;
  const end64 = new DataView(new ArrayBuffer(56 + 20 + 22));
  end64.setUint32(0, 0x06064b50, true);
  end64.setBigUint64(4, 44n, true);
  end64.setBigUint64(24, 1n, true);
  end64.setBigUint64(32, 1n, true);
  end64.setBigUint64(40, BigInt(centralSize), true);
  end64.setBigUint64(48, BigInt(localSize), true);
  end64.setUint32(56, 0x07064b50, true);
  end64.setBigUint64(64, BigInt(localSize + centralSize), true);
  end64.setUint32(68 + 8, 0x06054b50, true);
  end64.setUint16(76 + 8, 0xffff, true);
  end64.setUint16(76 + 10, 0xffff, true);
  end64.setUint32(76 + 16, 0xffffffff, true);
  const header = new Uint8Array(central.buffer.slice(0, 46));
  const parts = [
    new Uint8Array(local.buffer),
    nameBytes,
    data,
    header,
    nameBytes,
    new Uint8Array(extra.buffer),
    new Uint8Array(end64.buffer),
  ];
  const out = new Uint8Array(parts.reduce((n, part) => n + part.length, 0));
  parts.reduce((offset, part) => (out.set(part, offset), offset + part.length), 0);
  return out;
}
