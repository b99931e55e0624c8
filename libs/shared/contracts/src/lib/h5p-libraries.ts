/** What a file of a library is, for an admin deciding whether to install it. */
export type H5pFileKind = 'script' | 'style' | 'font' | 'image' | 'media' | 'data' | 'document';

export interface H5pLibraryFile {
  path: string;
  kind: H5pFileKind;
  bytes: number;
}

/** What an install does to one library (H5P's versioning: content names major.minor only). */
export type H5pLibraryAction = 'install' | 'upgrade' | 'unchanged' | 'older';

/** Who relies on an installed library: other libraries, and packages of courses. */
export interface H5pLibraryUsage {
  /** "H5P.MultiChoice-1.16" */
  libraries: string[];
  packages: number;
  /** Titles (Vietnamese) of some courses that use it. */
  courses: string[];
}

export interface H5pPlannedLibrary {
  /** "H5P.TestCounter-1.2" */
  library: string;
  machineName: string;
  majorVersion: number;
  minorVersion: number;
  patchVersion: number;
  title: string;
  runnable: boolean;
  action: H5pLibraryAction;
  installedPatch: number | null;
  files: H5pLibraryFile[];
  bytes: number;
  usedBy: H5pLibraryUsage;
}

/** Shown before anything is installed; `id` confirms it, and is null when the package changes nothing. */
export interface H5pLibraryInstallPreview {
  id: string | null;
  /** The content type of the package, when it is a content export. */
  mainLibrary: string | null;
  libraries: H5pPlannedLibrary[];
  changes: boolean;
}

export interface H5pInstallResult {
  installed: string[];
  upgraded: string[];
}

export interface H5pInstalledLibrary {
  id: string;
  library: string;
  machineName: string;
  majorVersion: number;
  minorVersion: number;
  patchVersion: number;
  title: string;
  runnable: boolean;
  enabled: boolean;
  fileCount: number;
  bytes: number;
  dependencies: string[];
  installedAt: string;
  /** Null when the platform installed it (its own content types). */
  installedByName: string | null;
  usedBy: H5pLibraryUsage;
}

export type H5pLibraryChangeAction = 'installed' | 'upgraded' | 'disabled' | 'enabled' | 'uninstalled';

export interface H5pLibraryChange {
  id: string;
  action: H5pLibraryChangeAction;
  library: string;
  patchVersion: number;
  fromPatch: number | null;
  actorName: string | null;
  at: string;
}

export interface SetH5pLibraryEnabledRequest {
  enabled: boolean;
}

/** A content type trainers may upload: runnable, installed and enabled. */
export interface H5pContentType {
  library: string;
  machineName: string;
  /** "Multiple Choice 1.16" */
  name: string;
  patchVersion: number;
}

/** Where the player keeps a learner's state for one material: their saved state, and a URL to save it to. */
export interface H5pUserDataGrant {
  state: string | null;
  url: string;
  saveFreqSeconds: number;
}
