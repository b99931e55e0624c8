export interface H5pCheckError {
  code:
    | 'H5P_TOO_LARGE'
    | 'H5P_NOT_ZIP'
    | 'H5P_PATH_ESCAPE'
    | 'H5P_MANIFEST_MISSING'
    | 'H5P_MANIFEST_INVALID'
    | 'H5P_CONTENT_MISSING'
    | 'H5P_DEPENDENCY_MISSING'
    | 'H5P_LIBRARY_INVALID'
    | 'H5P_FILE_TYPE';
  message: string;
}

/** File types a package may hold: content data, web assets and media. No HTML, no executables. */
export const H5P_ALLOWED_EXTENSIONS: readonly string[] = [
  'json',
  'js',
  'css',
  'png',
  'jpg',
  'jpeg',
  'gif',
  'svg',
  'webp',
  'mp3',
  'm4a',
  'ogg',
  'wav',
  'mp4',
  'webm',
  'vtt',
  'woff',
  'woff2',
  'ttf',
  'txt',
  'md',
];

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

export function checkEntryNames(names: string[]): H5pCheckError[] {
  const errors: H5pCheckError[] = [];
  for (const name of names) {
    const escape = pathEscapeProblem(name);
    if (escape) {
      errors.push({ code: 'H5P_PATH_ESCAPE', message: `entry ${JSON.stringify(name)} ${escape}` });
      continue;
    }
    if (isDirectoryEntry(name) || isIgnoredEntry(name)) {
      continue;
    }
    const ext = extensionOf(name);
    if (!H5P_ALLOWED_EXTENSIONS.includes(ext)) {
      const type = ext ? `.${ext}` : 'no extension';
      errors.push({
        code: 'H5P_FILE_TYPE',
        message: `file ${JSON.stringify(name)} has a type that is not allowed (${type})`,
      });
    }
  }
  return errors;
}
