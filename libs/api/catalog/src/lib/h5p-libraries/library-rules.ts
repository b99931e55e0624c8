import type { H5pFileKind } from '@lc/shared-contracts';
import { AuthUser, forbidden } from '@lc/api-shared/pure';

const KINDS: Record<string, H5pFileKind> = {
  js: 'script',
  css: 'style',
  eot: 'font',
  ttf: 'font',
  woff: 'font',
  woff2: 'font',
  otf: 'font',
  png: 'image',
  jpg: 'image',
  jpeg: 'image',
  gif: 'image',
  bmp: 'image',
  tif: 'image',
  tiff: 'image',
  svg: 'image',
  webp: 'image',
  mp3: 'media',
  m4a: 'media',
  wav: 'media',
  ogg: 'media',
  mp4: 'media',
  webm: 'media',
  vtt: 'media',
  webvtt: 'media',
  json: 'data',
  xml: 'data',
  csv: 'data',
};

/** What a file is, by its extension: an admin sees at a glance how much of a library is code. */
export function fileKind(path: string): H5pFileKind {
  const ext = path.slice(path.lastIndexOf('.') + 1).toLowerCase();
  return KINDS[ext] ?? 'document';
}

/**
 * Libraries are code that runs in every learner's browser, for the whole city: only an admin granted at the top of
 * the area tree (a grant without a parent in its path) may install or remove them, not a commune's admin.
 */
export function isCityAdmin(user: AuthUser): boolean {
  return user.grants.some((g) => g.role === 'admin' && !g.areaPath.includes('.'));
}

export function assertCityAdmin(user: AuthUser): void {
  if (!isCityAdmin(user)) {
    throw forbidden(
      'H5P_LIBRARIES_CITY_ADMIN',
      'Chỉ quản trị viên cấp thành phố mới quản lý được các dạng nội dung H5P.',
    );
  }
}
