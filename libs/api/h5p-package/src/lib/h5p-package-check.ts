import { strFromU8 } from 'fflate';
import {
  checkEntryNames,
  extensionOf,
  H5pCheckError,
  isDirectoryEntry,
  isIgnoredEntry,
  pathShapeProblems,
} from './h5p-entries';
import { readBundledLibraries, topFolder, topLevelFolders } from './bundled-libraries';
import { H5pLibraryJson, H5pManifest, libraryId, parseJsonObject, parseManifest } from './h5p-json';
import { sanitizeSvg } from './svg-sanitizer';
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
  /** Limit on one SVG in the content, which is sanitized in memory; MAX_SVG_BYTES if not given. */
  maxSvgBytes?: number;
}

/** What a package would store: its content (every file outside library folders), checked but not yet unpacked. */
export interface H5pInspection {
  manifest: H5pManifest;
  bundledLibraries: string[];
  /** The library.json of each bundled library, by id: its title names the content type in messages. */
  bundled: Record<string, H5pLibraryJson>;
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
/** Real exports' SVGs (icons, illustrations) are far smaller; each is parsed whole to be sanitized. */
export const MAX_SVG_BYTES = 2 * 1024 * 1024;

/**
 * Checks an uploaded .h5p package without unpacking it: size, entry count, zip structure, entry paths, file types,
 * h5p.json, content/content.json, and that every library it needs is bundled (and well-formed) or installed. Only
 * those JSON files are inflated, so a refusal costs little whatever the package holds.
 */
export async function inspectH5pPackage(source: ZipSource, opts: H5pCheckOptions): Promise<H5pCheckResult> {
  const read = await readBoundedEntries(source, opts);
  if (!read.ok) return read;
  const { names, files, json } = read;
  const checked = checkH5pFiles(names, (name) => json.get(name), opts.installedLibraries);
  if (!checked.ok) return checked;
  const stored = new Set(checked.contentFiles);
  const contentEntries = files.filter((entry) => stored.has(entry.name));
  const maxSvg = opts.maxSvgBytes ?? MAX_SVG_BYTES;
  const bigSvg = contentEntries.find((entry) => isSvg(entry.name) && entry.size > maxSvg);
  if (bigSvg) {
    return failed(
      'H5P_TOO_LARGE',
      `image ${JSON.stringify(bigSvg.name)} is ${bigSvg.size} bytes, the limit is ${maxSvg}`,
    );
  }
  return {
    ok: true,
    manifest: checked.manifest,
    bundledLibraries: checked.bundledLibraries,
    bundled: checked.bundled,
    contentEntries,
    contentBytes: contentEntries.reduce((sum, entry) => sum + entry.size, 0),
  };
}

/** The limits that cost nothing to check (sizes, count, paths), then the JSON files, the only ones inflated. */
export async function readBoundedEntries(
  source: ZipSource,
  opts: Omit<H5pCheckOptions, 'installedLibraries'>,
): Promise<
  | { ok: true; names: string[]; files: ZipEntry[]; json: Map<string, Uint8Array> }
  | { ok: false; errors: H5pCheckError[] }
> {
  if (source.size > opts.maxBytes) {
    return failed('H5P_TOO_LARGE', `package is ${source.size} bytes, the limit is ${opts.maxBytes}`);
  }
  try {
    const entries = await readZipEntries(source, opts.maxFiles);
    const names = entries.map((entry) => entry.name);
    const escapes = checkEntryNames(names).filter((error) => error.code === 'H5P_PATH_ESCAPE');
    if (escapes.length) return { ok: false, errors: escapes };
    const shapes = pathShapeProblems(names);
    if (shapes.length) return { ok: false, errors: shapes.slice(0, 20) };
    const unpacked = entries.reduce((sum, entry) => sum + entry.size, 0);
    if (unpacked > opts.maxUnpackedBytes) {
      return failed('H5P_TOO_LARGE', `package unpacks to ${unpacked} bytes, the limit is ${opts.maxUnpackedBytes}`);
    }
    const huge = entries.find((entry) => entry.size > opts.maxFileBytes);
    if (huge) {
      const limit = opts.maxFileBytes;
      return failed('H5P_TOO_LARGE', `entry ${JSON.stringify(huge.name)} is ${huge.size} bytes, the limit is ${limit}`);
    }
    const files = entries.filter((e) => !isDirectoryEntry(e.name) && !isIgnoredEntry(e.name));
    return { ok: true, names, files, json: await readJsonEntries(source, files) };
  } catch (e) {
    if (e instanceof ZipFormatError) return failed(e.code, e.message);
    throw e;
  }
}

export type H5pFilesCheck =
  | {
      ok: true;
      manifest: H5pManifest;
      bundledLibraries: string[];
      bundled: Record<string, H5pLibraryJson>;
      contentFiles: string[];
    }
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
  return {
    ok: true,
    manifest,
    bundledLibraries: [...libraries.keys()].sort(),
    bundled: Object.fromEntries(libraries),
    contentFiles,
  };
}

/**
 * Inflates the inspected content into `sink`, one piece at a time; SVGs (bounded by the inspection) are sanitized
 * whole. Throws a ZipFormatError when an entry's data does not match its header (more or fewer bytes than declared,
 * or not deflate data), and an SvgRefused when an SVG is not an image.
 */
export async function unpackH5pContent(
  source: ZipSource,
  inspection: H5pInspection,
  sink: H5pContentSink,
): Promise<void> {
  for (const entry of inspection.contentEntries) {
    const svg = isSvg(entry.name) ? sanitizeSvg(await readEntry(source, entry), entry.name) : undefined;
    const file = await sink.file(entry.name);
    try {
      if (svg) await file.write(svg);
      else await inflateEntry(source, entry, (chunk) => file.write(chunk));
    } finally {
      await file.end();
    }
  }
}

const isSvg = (name: string) => extensionOf(name) === 'svg';

function failed(code: H5pCheckError['code'], message: string): { ok: false; errors: H5pCheckError[] } {
  return { ok: false, errors: [{ code, message }] };
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
      errors.push({
        code: 'H5P_DEPENDENCY_MISSING',
        message: `missing library ${next.id} (required by ${next.by})`,
        library: next.id,
        requiredBy: next.by,
      });
    }
  }
}
