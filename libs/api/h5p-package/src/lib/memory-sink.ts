import type { H5pContentSink } from './h5p-package-check';

/** Collects unpacked files in memory: for tests and the packer's report, never for uploads. */
export function memorySink(): { sink: H5pContentSink; files: Record<string, Uint8Array> } {
  const files: Record<string, Uint8Array> = {};
  const sink: H5pContentSink = {
    async file(path) {
      const chunks: Uint8Array[] = [];
      return {
        write: async (chunk) => void chunks.push(chunk),
        end: async () => {
          files[path] = new Uint8Array(Buffer.concat(chunks));
        },
      };
    },
  };
  return { sink, files };
}
