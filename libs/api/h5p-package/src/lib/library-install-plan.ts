import type { InstalledLibrary } from './content-types';
import type { H5pCheckError } from './h5p-entries';
import { H5pLibraryJson, libraryId } from './h5p-json';

/**
 * What installing a library would do, as H5P versions libraries: content names major.minor only, so
 * - a major.minor not installed yet is installed beside the others (`install`), older content keeps its own;
 * - a higher patch of an installed major.minor replaces it (`upgrade`), for all content that uses it;
 * - the same or a lower patch changes nothing (`unchanged`, `older`).
 */
export type LibraryAction = 'install' | 'upgrade' | 'unchanged' | 'older';

export interface LibraryFile {
  path: string;
  bytes: number;
}

export interface LibraryCandidate {
  library: H5pLibraryJson;
  files: LibraryFile[];
}

export interface PlannedLibrary {
  id: string;
  machineName: string;
  majorVersion: number;
  minorVersion: number;
  patchVersion: number;
  title: string;
  runnable: boolean;
  action: LibraryAction;
  /** The patch installed now, for `upgrade`, `unchanged` and `older`. */
  installedPatch?: number;
  files: LibraryFile[];
  bytes: number;
}

export function patchOf(library: H5pLibraryJson): number {
  const patch = Number(library['patchVersion'] ?? 0);
  return Number.isInteger(patch) && patch >= 0 ? patch : 0;
}

export function actionFor(patch: number, installedPatch: number | undefined): LibraryAction {
  if (installedPatch === undefined) return 'install';
  if (patch > installedPatch) return 'upgrade';
  return patch === installedPatch ? 'unchanged' : 'older';
}

/**
 * The plan for a package's libraries against those installed, and why it cannot go ahead: a library that would be
 * installed or upgraded must find each of its dependencies installed or in the same package.
 */
export function planLibraryInstall(
  candidates: LibraryCandidate[],
  installed: InstalledLibrary[],
): { libraries: PlannedLibrary[]; problems: H5pCheckError[] } {
  const installedPatch = new Map(installed.map((lib) => [libraryId(lib), lib.patchVersion]));
  const offered = new Set(candidates.map((c) => libraryId(c.library)));
  const problems: H5pCheckError[] = [];
  const libraries = candidates.map(({ library, files }): PlannedLibrary => {
    const id = libraryId(library);
    const patch = patchOf(library);
    const current = installedPatch.get(id);
    return {
      id,
      machineName: library.machineName,
      majorVersion: library.majorVersion,
      minorVersion: library.minorVersion,
      patchVersion: patch,
      title: typeof library.title === 'string' && library.title.trim() ? library.title.trim() : library.machineName,
      runnable: Number(library.runnable) === 1,
      action: actionFor(patch, current),
      ...(current === undefined ? {} : { installedPatch: current }),
      files: [...files].sort((a, b) => a.path.localeCompare(b.path)),
      bytes: files.reduce((sum, file) => sum + file.bytes, 0),
    };
  });
  for (const { library } of candidates) {
    for (const dep of library.preloadedDependencies ?? []) {
      const depId = libraryId(dep);
      if (!offered.has(depId) && !installedPatch.has(depId)) {
        problems.push({
          code: 'H5P_DEPENDENCY_MISSING',
          message: `library ${libraryId(library)} needs ${depId}, which is neither installed nor in the package`,
          library: depId,
          requiredBy: libraryId(library),
        });
      }
    }
  }
  return { libraries: libraries.sort((a, b) => a.id.localeCompare(b.id)), problems };
}

/** Whether applying the plan changes anything. */
export const changesSomething = (plan: PlannedLibrary[]) =>
  plan.some((lib) => lib.action === 'install' || lib.action === 'upgrade');

/**
 * The installed libraries that need `id`, directly or through others: they must keep it, and an upgrade of it
 * reaches them too.
 */
export function dependentLibraries(id: string, installed: InstalledLibrary[]): string[] {
  const needs = new Map(installed.map((lib) => [libraryId(lib), lib.dependencies.map(libraryId)]));
  const found = new Set<string>();
  let grew = true;
  while (grew) {
    grew = false;
    for (const [lib, deps] of needs) {
      if (!found.has(lib) && lib !== id && deps.some((dep) => dep === id || found.has(dep))) {
        found.add(lib);
        grew = true;
      }
    }
  }
  return [...found].sort();
}
