import { open } from 'node:fs/promises';

/**
 * Random access to a zip's bytes. Reading an upload through this, rather than as one buffer, keeps a request's
 * memory at the size of the pieces it reads, whatever the size of the file.
 */
export interface ZipSource {
  readonly size: number;
  /** Exactly `length` bytes from `offset`; the caller checks the range against `size` first. */
  read(offset: number, length: number): Promise<Uint8Array>;
}

export function bytesZipSource(bytes: Uint8Array): ZipSource {
  return { size: bytes.length, read: async (offset, length) => bytes.subarray(offset, offset + length) };
}

/** Opens `path` for reading; `close` must be called whatever happens. */
export async function openFileZipSource(path: string): Promise<ZipSource & { close(): Promise<void> }> {
  const handle = await open(path, 'r');
  const { size } = await handle.stat();
  return {
    size,
    async read(offset, length) {
      const buffer = new Uint8Array(length);
      let done = 0;
      while (done < length) {
        const { bytesRead } = await handle.read(buffer, done, length - done, offset + done);
        if (bytesRead === 0) break;
        done += bytesRead;
      }
      return done === length ? buffer : buffer.subarray(0, done);
    },
    close: () => handle.close(),
  };
}
