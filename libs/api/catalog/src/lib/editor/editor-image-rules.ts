import { createHash } from 'node:crypto';
import { EDITOR_LIMITS, EditorImageType, EditorSource } from '@lc/shared-contracts';
import { sanitizeSvg, SvgRefused } from '@lc/api-h5p-package';

/** A file the stored package holds already: the names the server gave, never a trainer's own file name. */
export const KEPT_IMAGE = /^images\/[0-9a-f]{16}\.(png|jpg|gif|webp|svg)$/;
export const UPLOADED_IMAGE = /^upload:(\d{1,3})$/;

/** The image fields of a source, in order, with their paths: reading pages' image blocks, phone tasks' screens. */
export function imageFields(source: EditorSource): { path: string; ref: string }[] {
  switch (source.contentType) {
    case 'H5P.LcReadingPage':
      return source.params.blocks.flatMap((b, i) =>
        b.type === 'image' ? [{ path: `params.blocks.${i}.file`, ref: b.file }] : [],
      );
    case 'H5P.LcPhoneTask':
      return source.params.steps.map((s, i) => ({ path: `params.steps.${i}.image`, ref: s.image }));
    case 'H5P.LcPracticeQuiz':
      return [];
  }
}

/** The same source with each image field renamed by `rename` (an upload slot becomes its stored name). */
export function renameImages(source: EditorSource, rename: (ref: string) => string): EditorSource {
  switch (source.contentType) {
    case 'H5P.LcReadingPage':
      return {
        ...source,
        params: {
          ...source.params,
          blocks: source.params.blocks.map((b) => (b.type === 'image' ? { ...b, file: rename(b.file) } : b)),
        },
      };
    case 'H5P.LcPhoneTask':
      return {
        ...source,
        params: { ...source.params, steps: source.params.steps.map((s) => ({ ...s, image: rename(s.image) })) },
      };
    case 'H5P.LcPracticeQuiz':
      return source;
  }
}

/**
 * What the bytes are, from their first bytes rather than a name or a declared type the browser chose: PNG, JPEG,
 * GIF, WebP, or an SVG document (XML text whose first element is <svg>).
 */
export function detectImageType(bytes: Uint8Array): EditorImageType | null {
  const starts = (...sig: number[]) => sig.every((b, i) => bytes[i] === b);
  if (starts(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) return 'png';
  if (starts(0xff, 0xd8, 0xff)) return 'jpg';
  if (starts(0x47, 0x49, 0x46, 0x38)) return 'gif';
  if (starts(0x52, 0x49, 0x46, 0x46) && String.fromCharCode(...bytes.slice(8, 12)) === 'WEBP') return 'webp';
  const head = new TextDecoder().decode(bytes.slice(0, 1024)).replace(/^\uFEFF/, '');
  const withoutProlog = head.replace(/^\s*(<\?xml[^>]*\?>\s*|<!--[\s\S]*?-->\s*|<!DOCTYPE[^>]*>\s*)*/i, '');
  return /^<svg[\s>]/i.test(withoutProlog) ? 'svg' : null;
}

export interface CheckedImage {
  /** `images/<first 16 hex of the SHA-256>.<type>`: the same picture twice is stored once. */
  path: string;
  bytes: Uint8Array;
}

/** Thrown with a message for the trainer; the caller adds which field it was. */
export class ImageRefused extends Error {
  constructor(
    readonly code: 'EDITOR_IMAGE_TOO_LARGE' | 'EDITOR_IMAGE_TYPE' | 'EDITOR_IMAGE_INVALID',
    message: string,
  ) {
    super(message);
  }
}

/** An uploaded image, checked by size and content, SVGs sanitized (scripts, handlers, external links removed). */
export function checkImage(bytes: Uint8Array, name: string): CheckedImage {
  if (bytes.length > EDITOR_LIMITS.imageMaxBytes) {
    const mb = (n: number) => (n / 1024 / 1024).toFixed(1);
    throw new ImageRefused(
      'EDITOR_IMAGE_TOO_LARGE',
      `Ảnh “${name}” quá lớn (${mb(bytes.length)} MB); tối đa ${mb(EDITOR_LIMITS.imageMaxBytes)} MB. Hãy thu nhỏ ảnh rồi chọn lại.`,
    );
  }
  const type = detectImageType(bytes);
  if (!type) {
    throw new ImageRefused(
      'EDITOR_IMAGE_TYPE',
      `Tệp “${name}” không phải ảnh PNG, JPEG, GIF, WebP hay SVG. Hãy chọn một ảnh khác.`,
    );
  }
  let stored = bytes;
  if (type === 'svg') {
    try {
      stored = sanitizeSvg(bytes, name);
    } catch (e) {
      if (!(e instanceof SvgRefused)) throw e;
      throw new ImageRefused('EDITOR_IMAGE_INVALID', `Ảnh SVG “${name}” không đọc được. Hãy chọn một ảnh khác.`);
    }
  }
  const hash = createHash('sha256').update(stored).digest('hex').slice(0, 16);
  return { path: `images/${hash}.${type}`, bytes: stored };
}
