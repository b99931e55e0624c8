import { strFromU8 } from 'fflate';
import { readBundledLibraries, topFolder, topLevelFolders } from './bundled-libraries';
import { checkEntryNames, H5pCheckError } from './h5p-entries';
import { H5pLibraryJson, H5pManifest, parseManifest } from './h5p-json';
import { H5pCheckOptions, H5pContentSink, readBoundedEntries } from './h5p-package-check';
import { LibraryCandidate } from './library-install-plan';
import { inflateEntry, ZipEntry } from './zip-reader';
import type { ZipSource } from './zip-source';

export interface LibraryPackageInspection {
  /** h5p.json, when the package is a content export rather than libraries alone. */
  manifest?: H5pManifest;
  libraries: (LibraryCandidate & { folder: string; entries: ZipEntry[] })[];
}

export type LibraryPackageResult = ({ ok: true } & LibraryPackageInspection) | { ok: false; errors: H5pCheckError[] };

/**
 * Checks a package an admin installs libraries from: the same limits and paths as any upload, the library
 * whitelist (script and style allowed) in library folders, and each library.json. Its content, if any, is ignored.
 */
export async function inspectLibraryPackage(
  source: ZipSource,
  opts: Omit<H5pCheckOptions, 'installedLibraries'>,
): Promise<LibraryPackageResult> {
  const read = await readBoundedEntries(source, opts);
  if (!read.ok) return read;
  const errors = checkEntryNames(read.names);
  const present = new Set(read.files.map((file) => file.name));
  const libraries = readBundledLibraries(topLevelFolders(present), present, (n) => read.json.get(n), errors);
  let manifest: H5pManifest | undefined;
  const rawManifest = read.json.get('h5p.json');
  if (rawManifest) {
    const parsed = parseManifest(strFromU8(rawManifest));
    if ('problem' in parsed) errors.push({ code: 'H5P_MANIFEST_INVALID', message: `h5p.json ${parsed.problem}` });
    else manifest = parsed.value;
  }
  if (!errors.length && libraries.size === 0) {
    errors.push({ code: 'H5P_LIBRARY_INVALID', message: 'the package holds no library folder' });
  }
  if (errors.length) return { ok: false, errors: errors.slice(0, 20) };
  return {
    ok: true,
    ...(manifest ? { manifest } : {}),
    libraries: [...libraries].map(([folder, library]) => candidate(folder, library, read.files)),
  };
}

function candidate(folder: string, library: H5pLibraryJson, files: ZipEntry[]) {
  const entries = files.filter((file) => topFolder(file.name) === folder);
  return {
    folder,
    library,
    entries,
    files: entries.map((entry) => ({ path: entry.name.slice(folder.length + 1), bytes: entry.size })),
  };
}

/** Inflates one library's files into `sink`, named by their path inside the library folder. */
export async function unpackLibrary(
  source: ZipSource,
  library: LibraryPackageInspection['libraries'][number],
  sink: H5pContentSink,
): Promise<void> {
  for (const entry of library.entries) {
    const file = await sink.file(entry.name.slice(library.folder.length + 1));
    try {
      await inflateEntry(source, entry, (chunk) => file.write(chunk));
    } finally {
      await file.end();
    }
  }
}
