import { readFile } from 'node:fs/promises';
import type { EditorSource } from '@lc/shared-contracts';
import { DomainError } from '@lc/api-shared';
import { checkImage, imageFields, ImageRefused, renameImages, UPLOADED_IMAGE } from './editor-image-rules';

/** A file multer wrote to the storage's incoming folder. */
export interface EditorUpload {
  path: string;
  originalname: string;
}

/** The absolute path of a kept image in the material's current package, or null when it has none. */
export type KeptImageLocator = (path: string) => Promise<string | null>;

/**
 * The images a checked source uses, keyed by the path the package stores them at, and the source naming those
 * paths. Uploads are checked (type by content, size, SVG sanitized); kept images are read back from the current
 * package, so an edit never has to send again what is stored. Uploads no field names are ignored.
 */
export async function collectImages(
  source: EditorSource,
  uploads: EditorUpload[],
  locateKept: KeptImageLocator,
): Promise<{ source: EditorSource; images: Record<string, Uint8Array> }> {
  const images: Record<string, Uint8Array> = {};
  const renamed = new Map<string, string>();
  for (const { path, ref } of imageFields(source)) {
    if (renamed.has(ref)) continue;
    const upload = UPLOADED_IMAGE.exec(ref);
    if (upload) {
      const file = uploads[Number(upload[1])];
      if (!file) throw imageProblem(path, 'EDITOR_IMAGE_REQUIRED', 'Hãy chọn một ảnh.');
      const checked = checkUpload(await readFile(file.path), file.originalname, path);
      images[checked.path] = checked.bytes;
      renamed.set(ref, checked.path);
    } else {
      const stored = await locateKept(`content/${ref}`);
      if (!stored) {
        const message =
          'Không tìm thấy ảnh này trên máy chủ: có thể bài học vừa được lưu ở nơi khác. Hãy chọn lại ảnh.';
        throw imageProblem(path, 'EDITOR_IMAGE_MISSING', message);
      }
      images[ref] = new Uint8Array(await readFile(stored));
      renamed.set(ref, ref);
    }
  }
  return { source: renameImages(source, (ref) => renamed.get(ref) ?? ref), images };
}

function checkUpload(bytes: Uint8Array, name: string, path: string) {
  try {
    return checkImage(bytes, name.slice(0, 120));
  } catch (e) {
    if (e instanceof ImageRefused) throw imageProblem(path, e.code, e.message);
    throw e;
  }
}

function imageProblem(path: string, code: string, message: string): DomainError {
  return new DomainError(code, message, 422, { problems: [{ path, code, message }] });
}
