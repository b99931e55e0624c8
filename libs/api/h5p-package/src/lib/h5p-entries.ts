export interface H5pCheckError {
  code:
    | 'H5P_TOO_LARGE'
    | 'H5P_NOT_ZIP'
    | 'H5P_PATH_ESCAPE'
    | 'H5P_PATH_INVALID'
    | 'H5P_TOO_MANY_FILES'
    | 'H5P_MANIFEST_MISSING'
    | 'H5P_MANIFEST_INVALID'
    | 'H5P_CONTENT_MISSING'
    | 'H5P_DEPENDENCY_MISSING'
    | 'H5P_LIBRARY_INVALID'
    | 'H5P_FILE_TYPE'
    | 'H5P_SVG_INVALID';
  message: string;
  /** For dependency problems: the library ("H5P.MultiChoice-1.16") and who needs it. */
  library?: string;
  requiredBy?: string;
}

/**
 * H5P's default content whitelist (`H5PCore::$defaultContentWhitelist`), fonts and office documents included, less
 * `swf`, which runs as a plugin; `webp` stays, as packages stored before took it. Served with a sandbox policy and
 * `nosniff`, none of them runs as script; SVGs are sanitized as well (svg-sanitizer.ts).
 */
export const H5P_CONTENT_EXTENSIONS: readonly string[] = (
  'json png jpg jpeg gif bmp tif tiff svg webp eot ttf woff woff2 otf webm mp4 ogg mp3 m4a wav txt pdf rtf doc docx ' +
  'xls xlsx ppt pptx odt ods odp xml csv diff patch md textile vtt webvtt'
).split(' ');

/** Library folders may also hold script and style (`H5PCore::$defaultLibraryWhitelistExtras`): libraries are code. */
export const H5P_LIBRARY_EXTENSIONS: readonly string[] = [...H5P_CONTENT_EXTENSIONS, 'js', 'css'];

export function isDirectoryEntry(name: string): boolean {
  return name.endsWith('/');
}

/** Archivers' litter (macOS resource forks, dotfiles): skipped like H5P's own validator does, and never unpacked. */
export function isIgnoredEntry(name: string): boolean {
  const segments = name.split('/');
  return segments[0] === '__MACOSX' || segments.some((segment) => segment.startsWith('.') && segment !== '..');
}

export function extensionOf(path: string): string {
  const base = path.slice(path.lastIndexOf('/') + 1);
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot + 1).toLowerCase() : '';
}

/** Why an entry name could write outside the folder it is unpacked into, or undefined if it cannot. */
export function pathEscapeProblem(name: string): string | undefined {
  if (name.includes('\0')) {
    return 'contains a NUL character';
  }
  if (name.includes('\\')) {
    return 'contains a backslash';
  }
  if (name.startsWith('/') || /^[A-Za-z]:/.test(name)) {
    return 'is an absolute path';
  }
  if (name.split('/').includes('..')) {
    return "contains a '..' segment";
  }
  return undefined;
}

/** Longer paths or deeper folders than any real export has; both also keep clear of file-system limits. */
export const H5P_MAX_PATH_LENGTH = 255;
export const H5P_MAX_PATH_DEPTH = 12;

/**
 * Why a set of entry names cannot be unpacked as it is: too long or too deep, the same path twice (also differing
 * only in case or Unicode form, which collide on some disks), or a path that is both a file and a folder.
 */
export function pathShapeProblems(names: string[]): H5pCheckError[] {
  const errors: H5pCheckError[] = [];
  const invalid = (name: string, problem: string) =>
    errors.push({ code: 'H5P_PATH_INVALID', message: `entry ${JSON.stringify(name.slice(0, 80))} ${problem}` });
  const files = new Map<string, string>();
  const folders = new Set<string>();
  for (const name of names) {
    if (name.length > H5P_MAX_PATH_LENGTH) {
      invalid(name, `is longer than ${H5P_MAX_PATH_LENGTH} characters`);
      continue;
    }
    const segments = name.split('/').filter((segment, i, all) => segment !== '' || i < all.length - 1);
    if (segments.length > H5P_MAX_PATH_DEPTH) {
      invalid(name, `is nested deeper than ${H5P_MAX_PATH_DEPTH} folders`);
      continue;
    }
    if (segments.includes('') || segments.includes('.')) {
      invalid(name, 'has an empty or "." segment');
      continue;
    }
    if (isDirectoryEntry(name)) continue;
    const key = name.normalize('NFC').toLowerCase();
    const earlier = files.get(key);
    if (earlier !== undefined) {
      invalid(name, `collides with ${JSON.stringify(earlier)}`);
      continue;
    }
    files.set(key, name);
    const parts = key.split('/');
    for (let i = 1; i < parts.length; i++) folders.add(parts.slice(0, i).join('/'));
  }
  for (const [key, name] of files) {
    if (folders.has(key)) invalid(name, 'is both a file and a folder');
  }
  return errors;
}

export function checkEntryNames(names: string[]): H5pCheckError[] {
  const errors: H5pCheckError[] = [];
  for (const name of names) {
    const escape = pathEscapeProblem(name);
    if (escape) {
      errors.push({ code: 'H5P_PATH_ESCAPE', message: `entry ${JSON.stringify(name.slice(0, 80))} ${escape}` });
      continue;
    }
    if (isDirectoryEntry(name) || isIgnoredEntry(name)) {
      continue;
    }
    const ext = extensionOf(name);
    if (!H5P_LIBRARY_EXTENSIONS.includes(ext)) {
      const type = ext ? `.${ext}` : 'no extension';
      errors.push({
        code: 'H5P_FILE_TYPE',
        message: `file ${JSON.stringify(name)} has a type that is not allowed (${type})`,
      });
    }
  }
  return errors;
}
