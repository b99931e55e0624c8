import type { EditorSource } from '@lc/shared-contracts';
import { findLibraryFolder, packH5p } from '@lc/api-h5p-package';

/**
 * The .h5p of an editor source, with its images and the content type's library (and what it needs) bundled, so
 * the same bytes serve as the upload the platform checks and as the export a trainer takes elsewhere. Packing is
 * deterministic: the same source and images give the same file, hence the same stored package.
 */
export function packEditorSource(
  source: EditorSource,
  images: Record<string, Uint8Array>,
  librariesDir: string,
): Uint8Array {
  const { params } = source;
  return packH5p({
    title: params.title,
    mainLibrary: source.contentType,
    language: params.lang,
    content: params,
    contentFiles: images,
    librariesDir,
    libraries: [findLibraryFolder(librariesDir, source.contentType)],
  });
}

/**
 * A download name any system keeps: the title without diacritics, dashes for the rest ("Luyện tập: Wi-Fi" →
 * "luyen-tap-wi-fi.h5p"); the header also carries the title itself in UTF-8.
 */
export function exportFileName(title: string): string {
  const base = title
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/gi, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 80);
  return `${base || 'bai-hoc'}.h5p`;
}

/** `Content-Disposition` for an export: an ASCII name for old clients, the real title (RFC 5987) for the rest. */
export function exportDisposition(title: string): string {
  const name = `${title.replace(/[\\/:*?"<>|]+/g, ' ').trim() || 'bai-hoc'}.h5p`;
  const utf8 = encodeURIComponent(name).replace(/['()]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${exportFileName(title)}"; filename*=UTF-8''${utf8}`;
}
