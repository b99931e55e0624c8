import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { H5pLibraryJson, libraryId, parseLibraryJson } from './h5p-json';

const LIBRARY_FOLDER = /^(.+)-(\d+)\.(\d+)$/;

/** Every file of a library folder, keyed by its path inside the folder ('/'-separated); dotfiles are skipped. */
export function readLibraryFolder(dir: string): Record<string, Uint8Array> {
  const files: Record<string, Uint8Array> = {};
  const walk = (absolute: string, relative: string): void => {
    for (const name of readdirSync(absolute).sort()) {
      if (name.startsWith('.')) {
        continue;
      }
      const path = join(absolute, name);
      const key = relative ? `${relative}/${name}` : name;
      if (statSync(path).isDirectory()) {
        walk(path, key);
      } else {
        files[key] = new Uint8Array(readFileSync(path));
      }
    }
  };
  walk(dir, '');
  return files;
}

/** The folder's library.json, parsed and checked against the folder name. */
export function readLibraryJson(dir: string): H5pLibraryJson {
  const file = join(dir, 'library.json');
  const parsed = parseLibraryJson(readFileSync(file, 'utf8'));
  if ('problem' in parsed) {
    throw new Error(`${file} ${parsed.problem}`);
  }
  const folder = dir.split(/[\\/]/).filter(Boolean).pop();
  if (folder !== libraryId(parsed.value)) {
    throw new Error(`${file} describes ${libraryId(parsed.value)}, but its folder is ${folder}`);
  }
  return parsed.value;
}

/** Library folders under a libraries directory, as "H5P.LcReadingPage-1.1" (the form inspectH5pPackage takes). */
export function listInstalledLibraries(librariesDir: string): string[] {
  if (!existsSync(librariesDir)) {
    return [];
  }
  return readdirSync(librariesDir)
    .filter((name) => LIBRARY_FOLDER.test(name) && existsSync(join(librariesDir, name, 'library.json')))
    .sort();
}

/** The folder of the highest installed version of a machine name, e.g. "H5P.LcPhoneTask" → "H5P.LcPhoneTask-1.1". */
export function findLibraryFolder(librariesDir: string, machineName: string): string {
  const versions = listInstalledLibraries(librariesDir)
    .map((folder) => ({ folder, match: LIBRARY_FOLDER.exec(folder) }))
    .filter((entry) => entry.match?.[1] === machineName)
    .map((entry) => ({ folder: entry.folder, major: Number(entry.match?.[2]), minor: Number(entry.match?.[3]) }))
    .sort((a, b) => b.major - a.major || b.minor - a.minor);
  const [highest] = versions;
  if (!highest) {
    throw new Error(`no library ${machineName} in ${librariesDir}`);
  }
  return highest.folder;
}
