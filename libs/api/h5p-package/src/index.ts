export { H5P_CONTENT_EXTENSIONS, H5P_LIBRARY_EXTENSIONS } from './lib/h5p-entries';
export type { H5pCheckError } from './lib/h5p-entries';
export { libraryId } from './lib/h5p-json';
export type { H5pDependency, H5pLibraryJson, H5pManifest } from './lib/h5p-json';
export { checkH5pFiles, inspectH5pPackage, MAX_SVG_BYTES, unpackH5pContent } from './lib/h5p-package-check';
export type {
  H5pCheckOptions,
  H5pCheckResult,
  H5pContentSink,
  H5pFilesCheck,
  H5pInspection,
} from './lib/h5p-package-check';
export { contentTypeName, libraryProblemMessage, libraryProblems } from './lib/content-types';
export type { InstalledLibrary, LibraryProblem } from './lib/content-types';
export {
  actionFor,
  changesSomething,
  dependentLibraries,
  patchOf,
  planLibraryInstall,
} from './lib/library-install-plan';
export type { LibraryAction, LibraryCandidate, LibraryFile, PlannedLibrary } from './lib/library-install-plan';
export { inspectLibraryPackage, unpackLibrary } from './lib/library-package';
export type { LibraryPackageInspection, LibraryPackageResult } from './lib/library-package';
export { sanitizeSvg, SvgRefused } from './lib/svg-sanitizer';
export { ZipFormatError } from './lib/zip-reader';
export { bytesZipSource, openFileZipSource } from './lib/zip-source';
export type { ZipSource } from './lib/zip-source';
export { H5pPackageError, packH5p } from './lib/h5p-pack';
export type { PackH5pInput } from './lib/h5p-pack';
export {
  findLibraryFolder,
  listInstalledLibraries,
  readLibraryFolder,
  readLibraryJson,
} from './lib/installed-libraries';
export { collectContentFiles, packMaterialSource, parseMaterialSource } from './lib/material-source';
export type { MaterialSource, PackedMaterial } from './lib/material-source';
