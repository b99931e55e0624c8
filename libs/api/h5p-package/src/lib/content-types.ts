import type { H5pDependency, H5pLibraryJson, H5pManifest } from './h5p-json';
import { libraryId } from './h5p-json';

/** A library as the platform has it installed: what the checks of uploads and installs need to know. */
export interface InstalledLibrary extends H5pDependency {
  patchVersion: number;
  title: string;
  runnable: boolean;
  /** A disabled content type takes no new content; what uses it keeps playing. */
  enabled: boolean;
  dependencies: H5pDependency[];
}

/** What a trainer recognises a content type by: "Multiple Choice 1.16", from library.json's title. */
export function contentTypeName(library: H5pDependency & { title?: unknown }): string {
  const title = typeof library.title === 'string' && library.title.trim() ? library.title.trim() : library.machineName;
  return `${title} ${library.majorVersion}.${library.minorVersion}`;
}

export interface LibraryProblem {
  code: 'H5P_LIBRARY_NOT_INSTALLED' | 'H5P_MAIN_NOT_RUNNABLE' | 'H5P_CONTENT_TYPE_DISABLED';
  /** "H5P.MultiChoice-1.16" */
  library: string;
  /** "Multiple Choice 1.16" */
  name: string;
  /** The package's content type, when the problem is a library it needs. */
  mainName?: string;
}

/**
 * Whether a checked package can play on the installed libraries alone: bundled copies are never served, so every
 * library it needs must be installed at its major.minor (any patch), its main library must be a runnable content
 * type, and that content type must not be disabled. The first problem is the one to tell the trainer.
 */
export function libraryProblems(
  manifest: H5pManifest,
  bundled: Record<string, H5pLibraryJson>,
  installed: InstalledLibrary[],
): LibraryProblem[] {
  const byId = new Map(installed.map((lib) => [libraryId(lib), lib]));
  const mainDep = manifest.preloadedDependencies.find((dep) => dep.machineName === manifest.mainLibrary);
  const mainId = mainDep ? libraryId(mainDep) : manifest.mainLibrary;
  const describe = (id: string, dep: H5pDependency) => contentTypeName({ ...dep, ...(byId.get(id) ?? bundled[id]) });
  const mainName = mainDep ? describe(mainId, mainDep) : manifest.mainLibrary;
  const problems: LibraryProblem[] = [];
  const main = byId.get(mainId) ?? bundled[mainId];
  const runnable = main && ('enabled' in main ? main.runnable : Number(main.runnable) === 1);
  if (main && !runnable) problems.push({ code: 'H5P_MAIN_NOT_RUNNABLE', library: mainId, name: mainName });

  const seen = new Set<string>();
  const queue = [...manifest.preloadedDependencies];
  for (let dep = queue.shift(); dep; dep = queue.shift()) {
    const id = libraryId(dep);
    if (seen.has(id)) continue;
    seen.add(id);
    const have = byId.get(id);
    if (have) {
      queue.push(...have.dependencies);
      continue;
    }
    const name = describe(id, dep);
    problems.push({ code: 'H5P_LIBRARY_NOT_INSTALLED', library: id, name, ...(id === mainId ? {} : { mainName }) });
    queue.push(...(bundled[id]?.preloadedDependencies ?? []));
  }
  const mainInstalled = byId.get(mainId);
  if (mainInstalled?.runnable && !mainInstalled.enabled) {
    problems.push({ code: 'H5P_CONTENT_TYPE_DISABLED', library: mainId, name: mainName });
  }
  // The main content type first: it is the one the trainer chose.
  return problems.sort((a, b) => Number(b.library === mainId) - Number(a.library === mainId));
}

/** The message a trainer sees, next to the upload field: what is wrong, in the names they know, and who can help. */
export function libraryProblemMessage(problem: LibraryProblem): string {
  switch (problem.code) {
    case 'H5P_LIBRARY_NOT_INSTALLED':
      return problem.mainName
        ? `Dạng nội dung '${problem.mainName}' cần thư viện '${problem.name}', chưa được cài trên hệ thống — hãy nhờ quản trị viên cài đặt.`
        : `Dạng nội dung '${problem.name}' chưa được cài trên hệ thống — hãy nhờ quản trị viên cài đặt.`;
    case 'H5P_MAIN_NOT_RUNNABLE':
      return `'${problem.name}' là thư viện dùng chung, không phải một dạng nội dung, nên người học sẽ không thấy gì. Hãy xuất lại gói từ bài học (dạng nội dung chính) trong công cụ soạn của bạn.`;
    case 'H5P_CONTENT_TYPE_DISABLED':
      return `Dạng nội dung '${problem.name}' đã bị quản trị viên tắt nên không nhận bài mới. Hãy chọn một dạng nội dung trong danh sách được chấp nhận.`;
  }
}
