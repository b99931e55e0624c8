import { strToU8, Zippable, ZippableFile, zipSync } from 'fflate';
import { join } from 'node:path';
import { extensionOf, H5pCheckError } from './h5p-entries';
import { H5pLibraryJson, H5pManifest, libraryId } from './h5p-json';
import { checkH5pFiles } from './h5p-package-check';
import { findLibraryFolder, listInstalledLibraries, readLibraryFolder, readLibraryJson } from './installed-libraries';

export interface PackH5pInput {
  title: string;
  /** Machine name of the runnable library, e.g. "H5P.LcReadingPage". */
  mainLibrary: string;
  /** BCP 47 language of the content; "und" when not given. */
  language?: string;
  /** "CC BY 4.0" by default. */
  license?: string;
  /** Becomes content/content.json, the library's params. */
  content: unknown;
  /** Paths relative to content/, e.g. "images/a.svg". */
  contentFiles: Record<string, Uint8Array>;
  librariesDir: string;
  /**
   * Library folders to bundle, e.g. ["H5P.LcReadingPage-1.1"]. Their preloadedDependencies (recursively, matching
   * major.minor) are read from librariesDir and bundled too.
   */
  libraries: string[];
}

export class H5pPackageError extends Error {
  constructor(readonly errors: H5pCheckError[]) {
    super(`invalid H5P package: ${errors.map((e) => `${e.code}: ${e.message}`).join('; ')}`);
    this.name = 'H5pPackageError';
  }
}

/** Already compressed: deflating them again only costs time. */
const STORED = new Set(['png', 'jpg', 'jpeg', 'gif', 'webp', 'mp3', 'm4a', 'ogg', 'mp4', 'webm', 'woff', 'woff2']);

/** A fixed timestamp, so that packing the same input twice gives the same bytes. */
const MTIME = new Date('2025-01-01T00:00:00Z');

/** Builds a self-contained .h5p package and checks it; throws H5pPackageError if the result would be rejected. */
export function packH5p(input: PackH5pInput): Uint8Array {
  const listed = input.libraries.map((folder) => readBundledLibrary(input.librariesDir, folder));
  const main = listed.find((entry) => entry.library.machineName === input.mainLibrary);
  if (!main) {
    throw new Error(
      `main library ${input.mainLibrary} is not among the bundled libraries (${input.libraries.join(', ')})`,
    );
  }
  const ordered = withDependencies([main, ...listed.filter((entry) => entry !== main)], input.librariesDir);
  const manifest: H5pManifest = {
    title: input.title,
    language: input.language ?? 'und',
    mainLibrary: input.mainLibrary,
    embedTypes: ['iframe'],
    ...licenseFields(input.license ?? 'CC BY 4.0'),
    preloadedDependencies: ordered.map(({ library }) => ({
      machineName: library.machineName,
      majorVersion: library.majorVersion,
      minorVersion: library.minorVersion,
    })),
  };

  const zippable: Zippable = {
    'h5p.json': strToU8(JSON.stringify(manifest, null, 2)),
    'content/content.json': strToU8(JSON.stringify(input.content, null, 2)),
  };
  for (const [path, data] of Object.entries(input.contentFiles)) {
    zippable[`content/${path}`] = entry(path, data);
  }
  for (const { folder, files } of ordered) {
    for (const [path, data] of Object.entries(files)) {
      zippable[`${folder}/${path}`] = entry(path, data);
    }
  }
  const bytes = zipSync(zippable, { level: 6, mtime: MTIME });

  const check = checkH5pFiles(Object.keys(zippable), (name) => fileBytes(zippable[name]), []);
  if (!check.ok) {
    throw new H5pPackageError(check.errors);
  }
  return bytes;
}

interface BundledLibrary {
  folder: string;
  library: H5pLibraryJson;
  files: Record<string, Uint8Array>;
}

function readBundledLibrary(librariesDir: string, folder: string): BundledLibrary {
  const dir = join(librariesDir, folder);
  return { folder, library: readLibraryJson(dir), files: readLibraryFolder(dir) };
}

/**
 * The libraries and, recursively, every library their preloadedDependencies name, each once, dependencies before
 * the libraries that need them (the order h5p.json lists them in; h5p-standalone itself also loads a library's
 * dependencies first).
 */
function withDependencies(libraries: BundledLibrary[], librariesDir: string): BundledLibrary[] {
  const installed = listInstalledLibraries(librariesDir);
  const ordered: BundledLibrary[] = [];
  const seen = new Set<string>();
  const visit = (entry: BundledLibrary): void => {
    if (seen.has(entry.folder)) {
      return;
    }
    seen.add(entry.folder);
    for (const dep of entry.library.preloadedDependencies ?? []) {
      const folder = libraryId(dep);
      if (seen.has(folder)) {
        continue;
      }
      if (!installed.includes(folder)) {
        throw new Error(
          `library ${entry.folder} needs ${folder}, which is not in ${librariesDir}${otherVersion(librariesDir, dep.machineName)}`,
        );
      }
      visit(libraries.find((listed) => listed.folder === folder) ?? readBundledLibrary(librariesDir, folder));
    }
    ordered.push(entry);
  };
  libraries.forEach(visit);
  return ordered;
}

function otherVersion(librariesDir: string, machineName: string): string {
  try {
    return ` (it has ${findLibraryFolder(librariesDir, machineName)})`;
  } catch {
    return '';
  }
}

function fileBytes(file: Zippable[string] | undefined): Uint8Array | undefined {
  return file instanceof Uint8Array ? file : Array.isArray(file) && file[0] instanceof Uint8Array ? file[0] : undefined;
}

function entry(path: string, data: Uint8Array): ZippableFile {
  return STORED.has(extensionOf(path)) ? [data, { level: 0 }] : data;
}

/** H5P metadata splits "CC BY-SA 4.0" into a licence code and a version. */
function licenseFields(license: string): { license: string; licenseVersion?: string } {
  const match = /^(CC BY(?:-[A-Z]{2})*) (\d\.\d)$/.exec(license.trim());
  return match ? { license: match[1] ?? license, licenseVersion: match[2] } : { license };
}
