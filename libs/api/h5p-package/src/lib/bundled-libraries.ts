import { strFromU8 } from 'fflate';
import type { H5pCheckError } from './h5p-entries';
import { H5pLibraryJson, libraryId, parseLibraryJson } from './h5p-json';

export function topFolder(name: string): string {
  return name.includes('/') ? name.slice(0, name.indexOf('/')) : '';
}

/** The folders at the root of a package other than content/: each must be a library. */
export function topLevelFolders(names: Set<string>): Set<string> {
  return new Set([...names].map(topFolder).filter((folder) => folder !== '' && folder !== 'content'));
}

/** Every top-level folder except content/ must be a library: `<machineName>-<major>.<minor>/library.json`. */
export function readBundledLibraries(
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
