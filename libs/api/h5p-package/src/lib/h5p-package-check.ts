import { strFromU8 } from 'fflate';
import { checkEntryNames, H5pCheckError, isDirectoryEntry, isIgnoredEntry } from './h5p-entries';
import { H5pLibraryJson, H5pManifest, libraryId, parseJsonObject, parseLibraryJson, parseManifest } from './h5p-json';
import { extractEntry, readZipEntries, ZipEntry, ZipFormatError } from './zip-reader';

export interface H5pCheckOptions {
  /** Limit on the .h5p file itself. */
  maxBytes: number;
  /** Limit on the sum of the entries' declared uncompressed sizes, checked before anything is inflated. */
  maxUnpackedBytes: number;
  /** Libraries the platform already serves, as "H5P.LcReadingPage-1.1". */
  installedLibraries: string[];
}

export type H5pCheckResult =
  | { ok: true; manifest: H5pManifest; files: Record<string, Uint8Array>; bundledLibraries: string[] }
  | { ok: false; errors: H5pCheckError[] };

const CONTENT_JSON = 'content/content.json';

/**
 * Checks an uploaded .h5p package: size, zip structure, entry paths, file types, h5p.json,
 * content/content.json, and that every library it needs is bundled (and well-formed) or installed.
 */
export function checkH5pPackage(bytes: Uint8Array, opts: H5pCheckOptions): H5pCheckResult {
  if (bytes.length > opts.maxBytes) {
    return failed('H5P_TOO_LARGE', `package is ${bytes.length} bytes, the limit is ${opts.maxBytes}`);
  }
  let entries: ZipEntry[];
  try {
    entries = readZipEntries(bytes);
  } catch (e) {
    return failed('H5P_NOT_ZIP', e instanceof ZipFormatError ? e.message : 'package is not a zip archive');
  }
  const unpacked = entries.reduce((sum, entry) => sum + entry.size, 0);
  if (unpacked > opts.maxUnpackedBytes) {
    return failed('H5P_TOO_LARGE', `package unpacks to ${unpacked} bytes, the limit is ${opts.maxUnpackedBytes}`);
  }
  const errors = checkEntryNames(entries.map((entry) => entry.name));
  if (errors.some((error) => error.code === 'H5P_PATH_ESCAPE')) {
    return { ok: false, errors };
  }

  const files: Record<string, Uint8Array> = {};
  try {
    for (const entry of entries.filter((e) => !isDirectoryEntry(e.name) && !isIgnoredEntry(e.name))) {
      files[entry.name] = extractEntry(bytes, entry);
    }
  } catch (e) {
    if (e instanceof ZipFormatError) {
      return failed(e.code, e.message);
    }
    throw e;
  }

  const manifest = checkManifest(files, errors);
  checkContent(files, errors);
  const folders = topLevelFolders(files);
  const libraries = readBundledLibraries(folders, files, errors);
  if (manifest) {
    // A bundled folder that failed its own check is already reported; do not call it missing as well.
    const available = new Set([...opts.installedLibraries, ...folders]);
    checkDependencies(manifest, libraries, available, errors);
  }
  if (errors.length || !manifest) {
    return { ok: false, errors };
  }
  return { ok: true, manifest, files, bundledLibraries: [...libraries.keys()].sort() };
}

function failed(code: H5pCheckError['code'], message: string): H5pCheckResult {
  return { ok: false, errors: [{ code, message }] };
}

function checkManifest(files: Record<string, Uint8Array>, errors: H5pCheckError[]): H5pManifest | undefined {
  const raw = files['h5p.json'];
  if (!raw) {
    errors.push({ code: 'H5P_MANIFEST_MISSING', message: 'h5p.json is missing from the package root' });
    return undefined;
  }
  const manifest = parseManifest(strFromU8(raw));
  if ('problem' in manifest) {
    errors.push({ code: 'H5P_MANIFEST_INVALID', message: `h5p.json ${manifest.problem}` });
    return undefined;
  }
  return manifest.value;
}

function checkContent(files: Record<string, Uint8Array>, errors: H5pCheckError[]): void {
  const raw = files[CONTENT_JSON];
  const content = raw ? parseJsonObject(strFromU8(raw)) : { problem: 'is missing' };
  if ('problem' in content) {
    errors.push({ code: 'H5P_CONTENT_MISSING', message: `${CONTENT_JSON} ${content.problem}` });
  }
}

function topLevelFolders(files: Record<string, Uint8Array>): Set<string> {
  return new Set(
    Object.keys(files)
      .filter((name) => name.includes('/'))
      .map((name) => name.slice(0, name.indexOf('/')))
      .filter((folder) => folder !== 'content'),
  );
}

/** Every top-level folder except content/ must be a library: `<machineName>-<major>.<minor>/library.json`. */
function readBundledLibraries(
  folders: Set<string>,
  files: Record<string, Uint8Array>,
  errors: H5pCheckError[],
): Map<string, H5pLibraryJson> {
  const libraries = new Map<string, H5pLibraryJson>();
  for (const folder of folders) {
    const raw = files[`${folder}/library.json`];
    if (!raw) {
      errors.push({
        code: 'H5P_LIBRARY_INVALID',
        message: `folder ${folder}/ is not a library: it has no library.json`,
      });
      continue;
    }
    const parsed = parseLibraryJson(strFromU8(raw));
    if ('problem' in parsed) {
      errors.push({ code: 'H5P_LIBRARY_INVALID', message: `${folder}/library.json ${parsed.problem}` });
      continue;
    }
    const library = parsed.value;
    if (libraryId(library) !== folder) {
      errors.push({
        code: 'H5P_LIBRARY_INVALID',
        message: `folder ${folder}/ holds library ${libraryId(library)}; the folder must be named after it`,
      });
      continue;
    }
    const assets = [...(library.preloadedJs ?? []), ...(library.preloadedCss ?? [])];
    const missing = assets.map((asset) => `${folder}/${asset.path}`).filter((path) => !files[path]);
    for (const path of missing) {
      errors.push({
        code: 'H5P_LIBRARY_INVALID',
        message: `library ${folder} lists ${path}, which is not in the package`,
      });
    }
    libraries.set(folder, library);
  }
  return libraries;
}

function checkDependencies(
  manifest: H5pManifest,
  bundled: Map<string, H5pLibraryJson>,
  available: Set<string>,
  errors: H5pCheckError[],
): void {
  const queue = manifest.preloadedDependencies.map((dep) => ({ id: libraryId(dep), by: 'h5p.json' }));
  const seen = new Set<string>();
  for (let next = queue.shift(); next; next = queue.shift()) {
    if (seen.has(next.id)) {
      continue;
    }
    seen.add(next.id);
    const library = bundled.get(next.id);
    if (library) {
      const by = next.id;
      queue.push(...(library.preloadedDependencies ?? []).map((dep) => ({ id: libraryId(dep), by })));
    } else if (!available.has(next.id)) {
      errors.push({ code: 'H5P_DEPENDENCY_MISSING', message: `missing library ${next.id} (required by ${next.by})` });
    }
  }
}
