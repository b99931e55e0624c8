import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { pathEscapeProblem } from './h5p-entries';
import { packH5p } from './h5p-pack';
import { findLibraryFolder } from './installed-libraries';

/** A material as authors write it: one of our content types and its params (content.json). */
export interface MaterialSource {
  title: string;
  contentType: string;
  lang?: 'vi' | 'en';
  params: Record<string, unknown>;
}

export interface PackedMaterial {
  bytes: Uint8Array;
  library: string;
  contentFiles: string[];
}

/** Param fields that name a file inside the package's content folder. */
const FILE_FIELDS = ['image', 'file', 'audio'];

/** Packs a material source file; files named in its params are read relative to the source's folder. */
export function packMaterialSource(sourcePath: string, librariesDir: string): PackedMaterial {
  const source = parseMaterialSource(readFileSync(sourcePath, 'utf8'), sourcePath);
  const library = findLibraryFolder(librariesDir, source.contentType);
  const contentFiles = collectContentFiles(source.params, dirname(sourcePath));
  const lang = source.params['lang'] ?? source.lang;
  const content = { ...source.params, title: source.params['title'] ?? source.title, ...(lang ? { lang } : {}) };
  const bytes = packH5p({
    title: source.title,
    mainLibrary: source.contentType,
    language: typeof lang === 'string' ? lang : 'vi',
    content,
    contentFiles,
    librariesDir,
    libraries: [library],
  });
  return { bytes, library, contentFiles: Object.keys(contentFiles).sort() };
}

export function parseMaterialSource(text: string, where = 'material source'): MaterialSource {
  const raw: unknown = JSON.parse(text);
  const source = raw as Partial<MaterialSource> | null;
  if (!source || typeof source !== 'object' || Array.isArray(source)) {
    throw new Error(`${where} must hold a JSON object`);
  }
  if (typeof source.title !== 'string' || !source.title.trim()) {
    throw new Error(`${where} has no title`);
  }
  if (typeof source.contentType !== 'string' || !/^H5P\.\w+$/.test(source.contentType)) {
    throw new Error(`${where} has no contentType such as "H5P.LcReadingPage"`);
  }
  if (!source.params || typeof source.params !== 'object' || Array.isArray(source.params)) {
    throw new Error(`${where} has no params object`);
  }
  if (source.lang !== undefined && source.lang !== 'vi' && source.lang !== 'en') {
    throw new Error(`${where} has lang ${JSON.stringify(source.lang)}; use "vi" or "en"`);
  }
  return source as MaterialSource;
}

/** Reads every file named by an image/file/audio field anywhere in the params, keyed by that relative path. */
export function collectContentFiles(params: unknown, baseDir: string): Record<string, Uint8Array> {
  const files: Record<string, Uint8Array> = {};
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) {
      value.forEach(visit);
      return;
    }
    if (!value || typeof value !== 'object') {
      return;
    }
    for (const [key, field] of Object.entries(value)) {
      if (FILE_FIELDS.includes(key) && typeof field === 'string') {
        addFile(files, field, baseDir);
      } else {
        visit(field);
      }
    }
  };
  visit(params);
  return files;
}

function addFile(files: Record<string, Uint8Array>, path: string, baseDir: string): void {
  if (/^[a-z0-9]+:\/\//i.test(path)) {
    return; // H5P.getPath leaves URLs as they are, so there is nothing to pack.
  }
  const problem = pathEscapeProblem(path) ?? (path.trim() === '' ? 'is empty' : undefined);
  if (problem) {
    throw new Error(`file reference ${JSON.stringify(path)} ${problem}; use a path relative to the source file`);
  }
  if (!files[path]) {
    files[path] = new Uint8Array(readFileSync(resolve(baseDir, path)));
  }
}
