import { strFromU8 } from 'fflate';
import {
  checkEntryNames,
  extensionOf,
  H5pCheckError,
  isDirectoryEntry,
  isIgnoredEntry,
  pathShapeProblems,
} from './h5p-entries';
import { H5pLibraryJson, H5pManifest, libraryId, parseJsonObject, parseLibraryJson, parseManifest } from './h5p-json';
import { inflateEntry, readEntry, readZipEntries, ZipEntry, ZipFormatError } from './zip-reader';
import type { ZipSource } from './zip-source';

export interface H5pCheckOptions {
  /** Limit on the .h5p file itself. */
  maxBytes: number;
  /**
   * Limit on the sum of the entries' declared uncompressed sizes, checked before anything is inflated. No entry may
   * inflate past its declared size, so this also bounds what unpacking can produce.
   */
  maxUnpackedBytes: number;
  /** Limit on the number of entries, checked before the central directory is read. */
  maxFiles: number;
  /** Limit on any one entry's uncompressed size. */
  maxFileBytes: number;
  /** Libraries the platform already serves, as "H5P.LcReadingPage-1.1". */
  installedLibraries: string[];
}

/** What a package would store: its content (every file outside library folders), checked but not yet unpacked. */
export interface H5pInspection {
  manifest: H5pManifest;
  bundledLibraries: string[];
  /** The entries to store, h5p.json and content/ among them. */
  contentEntries: ZipEntry[];
  /** Sum of the content entries' sizes: what storing the package costs on disk. */
  contentBytes: number;
}

export type H5pCheckResult = ({ ok: true } & H5pInspection) | { ok: false; errors: H5pCheckError[] };

/** Receives the content files as they are inflated. */
export interface H5pContentSink {
  file(path: string): Promise<{ write(chunk: Uint8Array): Promise<void>; end(): Promise<void> }>;
}

const MANIFEST = 'h5p.json';
const CONTENT_JSON = 'content/content.json';
/** The JSON files that are read into memory to be checked; each is bounded on its own as well. */
const MAX_JSON_BYTES = 16 * 1024 * 1024;

/**
 * Checks an uploaded .h5p package without unpacking it: size, entry count, zip structure, entry paths, file types,
 * h5p.json, content/content.json, and that every library it needs is bundled (and well-formed) or installed. Only
 * those JSON files are inflated, so a refusal costs little whatever the package holds.
 */
export async function inspectH5pPackage(source: ZipSource, opts: H5pCheckOptions): Promise<H5pCheckResult> {
  if (source.size > opts.maxBytes) {
    return failed('H5P_TOO_LARGE', `package is ${source.size} bytes, the limit is ${opts.maxBytes}`);
  }
  let entries: ZipEntry[];
  try {
    entries = await readZipEntries(source, opts.maxFiles);
  } catch (e) {
    if (e instanceof ZipFormatError) return failed(e.code, e.message);
    throw e;
  }
  const names = entries.map((entry) => entry.name);
  const escapes = checkEntryNames(names).filter((error) => error.code === 'H5P_PATH_ESCAPE');
  if (escapes.length) {
    return { ok: false, errors: escapes };
  }
  const shapes = pathShapeProblems(names);
  if (shapes.length) {
    return { ok: false, errors: shapes.slice(0, 20) };
  }
  const unpacked = entries.reduce((sum, entry) => sum + entry.size, 0);
  if (unpacked > opts.maxUnpackedBytes) {
    return failed('H5P_TOO_LARGE', `package unpacks to ${unpacked} bytes, the limit is ${opts.maxUnpackedBytes}`);
  }
  const huge = entries.find((entry) => entry.size > opts.maxFileBytes);
  if (huge) {
    return failed(
      'H5P_TOO_LARGE',
      `entry ${JSON.stringify(huge.name)} is ${huge.size} bytes, the limit is ${opts.maxFileBytes}`,
    );
  }

  const files = entries.filter((e) => !isDirectoryEntry(e.name) && !isIgnoredEntry(e.name));
  let json: Map<string, Uint8Array>;
  try {
    json = await readJsonEntries(source, files);
  } catch (e) {
    if (e instanceof ZipFormatError) return failed(e.code, e.message);
    throw e;
  }
  const checked = checkH5pFiles(names, (name) => json.get(name), opts.installedLibraries);
  if (!checked.ok) return checked;
  const stored = new Set(checked.contentFiles);
  const contentEntries = files.filter((entry) => stored.has(entry.name));
  return {
    ok: true,
    manifest: checked.manifest,
    bundledLibraries: checked.bundledLibraries,
    contentEntries,
    contentBytes: contentEntries.reduce((sum, entry) => sum + entry.size, 0),
  };
}

export type H5pFilesCheck =
  | { ok: true; manifest: H5pManifest; bundledLibraries: string[]; contentFiles: string[] }
  | { ok: false; errors: H5pCheckError[] };

/**
 * The checks that need only the entry names and the JSON files (h5p.json, content/content.json, each
 * `<folder>/library.json`): file types, manifest, content, bundled libraries and dependencies. Pure, so the packer
 * applies the same rules to what it is about to write.
 */
export function checkH5pFiles(
  names: string[],
  json: (name: string) => Uint8Array | undefined,
  installedLibraries: string[],
): H5pFilesCheck {
  const errors = checkEntryNames(names);
  if (errors.some((error) => error.code === 'H5P_PATH_ESCAPE')) {
    return { ok: false, errors: errors.filter((error) => error.code === 'H5P_PATH_ESCAPE') };
  }
  errors.push(...pathShapeProblems(names));
  const files = names.filter((name) => !isDirectoryEntry(name) && !isIgnoredEntry(name));
  const present = new Set(files);
  const folders = topLevelFolders(present);
  const manifest = checkManifest(json(MANIFEST), errors);
  checkContent(json(CONTENT_JSON), errors);
  const libraries = readBundledLibraries(folders, present, json, errors);
  if (manifest) {
    // A bundled folder that failed its own check is already reported; do not call it missing as well.
    const available = new Set([...installedLibraries, ...folders]);
    checkDependencies(manifest, libraries, available, errors);
  }
  const contentFiles = files.filter((name) => !folders.has(topFolder(name)));
  // Script and style run in learners' browsers: they may come only in library folders, which are checked above.
  const code = contentFiles.filter((name) => ['js', 'css'].includes(extensionOf(name)));
  for (const name of code.slice(0, 3)) {
    errors.push({
      code: 'H5P_FILE_TYPE',
      message: `file ${JSON.stringify(name)} is script or style outside a library`,
    });
  }
  if (errors.length || !manifest) {
    return { ok: false, errors };
  }
  return { ok: true, manifest, bundledLibraries: [...libraries.keys()].sort(), contentFiles };
}

/**
 * Inflates the inspected content into `sink`, one piece at a time. Throws a ZipFormatError when an entry's data
 * does not match its header (more or fewer bytes than declared, or not deflate data).
 */
export async function unpackH5pContent(
  source: ZipSource,
  inspection: H5pInspection,
  sink: H5pContentSink,
): Promise<void> {
  for (const entry of inspection.contentEntries) {
    const file = await sink.file(entry.name);
    try {
      await inflateEntry(source, entry, (chunk) => file.write(chunk));
    } finally {
      await file.end();
    }
  }
}

function failed(code: H5pCheckError['code'], message: string): H5pCheckResult {
  return { ok: false, errors: [{ code, message }] };
}

function topFolder(name: string): string {
  return name.includes('/') ? name.slice(0, name.indexOf('/')) : '';
}

/** h5p.json, content/content.json and each top-level folder's library.json. */
function isCheckedJson(name: string): boolean {
  return name === MANIFEST || name === CONTENT_JSON || /^[^/]+\/library\.json$/.test(name);
}

async function readJsonEntries(source: ZipSource, files: ZipEntry[]): Promise<Map<string, Uint8Array>> {
  const json = new Map<string, Uint8Array>();
  for (const entry of files.filter((file) => isCheckedJson(file.name))) {
    if (entry.size > MAX_JSON_BYTES) {
      throw new ZipFormatError('H5P_TOO_LARGE', `${entry.name} is ${entry.size} bytes, the limit is ${MAX_JSON_BYTES}`);
    }
    json.set(entry.name, await readEntry(source, entry));
  }
  return json;
}

function checkManifest(raw: Uint8Array | undefined, errors: H5pCheckError[]): H5pManifest | undefined {
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

function checkContent(raw: Uint8Array | undefined, errors: H5pCheckError[]): void {
  const content = raw ? parseJsonObject(strFromU8(raw)) : { problem: 'is missing' };
  if ('problem' in content) {
    errors.push({ code: 'H5P_CONTENT_MISSING', message: `${CONTENT_JSON} ${content.problem}` });
  }
}

function topLevelFolders(names: Set<string>): Set<string> {
  return new Set([...names].map(topFolder).filter((folder) => folder !== '' && folder !== 'content'));
}

/** Every top-level folder except content/ must be a library: `<machineName>-<major>.<minor>/library.json`. */
function readBundledLibraries(
  folders: Set<string>,
  present: Set<string>,
  json: (name: string) => Uint8Array | undefined,
  errors: H5pCheckError[],
): Map<string, H5pLibraryJson> {
  const libraries = new Map<string, H5pLibraryJson>();
  for (const folder of folders) {
    const raw = json(`${folder}/library.json`);
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
    const missing = assets.map((asset) => `${folder}/${asset.path}`).filter((path) => !present.has(path));
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
