import type { H5pFileKind } from '@lc/shared-contracts';

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
