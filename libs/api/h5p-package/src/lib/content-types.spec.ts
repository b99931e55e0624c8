import { contentTypeName, InstalledLibrary, libraryProblemMessage, libraryProblems } from './content-types';
import type { H5pLibraryJson, H5pManifest } from './h5p-json';

const dep = (machineName: string, majorVersion: number, minorVersion: number) => ({
  machineName,
  majorVersion,
  minorVersion,
});
const installed = (
  machineName: string,
  major: number,
  minor: number,
  extra: Partial<InstalledLibrary> = {},
): InstalledLibrary => ({
  ...dep(machineName, major, minor),
  patchVersion: 0,
  title: machineName,
  runnable: false,
  enabled: true,
  dependencies: [],
  ...extra,
});
const manifest = (main = 'H5P.MultiChoice', major = 1, minor = 16): H5pManifest => ({
  title: 'x',
  mainLibrary: main,
  preloadedDependencies: [dep(main, major, minor)],
});
const bundledLib = (machineName: string, major: number, minor: number, extra: Partial<H5pLibraryJson> = {}) => ({
  [`${machineName}-${major}.${minor}`]: { ...dep(machineName, major, minor), ...extra } as H5pLibraryJson,
});

describe(libraryProblems.name, () => {
  const question = installed('H5P.Question', 1, 5);
  const multiChoice = installed('H5P.MultiChoice', 1, 16, {
    title: 'Multiple Choice',
    runnable: true,
    dependencies: [dep('H5P.Question', 1, 5)],
  });

  it('accepts a package whose libraries are all installed at the same major.minor, whatever it bundles', () => {
    const bundled = bundledLib('H5P.MultiChoice', 1, 16, { runnable: 1, title: 'Multiple Choice' });
    expect(libraryProblems(manifest(), bundled, [question, { ...multiChoice, patchVersion: 9 }])).toEqual([]);
  });

  it('names a missing content type by the title its library gives, with major.minor', () => {
    const bundled = bundledLib('H5P.MultiChoice', 1, 16, { runnable: 1, title: 'Multiple Choice' });
    const [problem] = libraryProblems(manifest(), bundled, [question]);
    expect(problem).toEqual({
      code: 'H5P_LIBRARY_NOT_INSTALLED',
      library: 'H5P.MultiChoice-1.16',
      name: 'Multiple Choice 1.16',
    });
    expect(libraryProblemMessage(problem!)).toBe(
      "Dạng nội dung 'Multiple Choice 1.16' chưa được cài trên hệ thống — hãy nhờ quản trị viên cài đặt.",
    );
  });

  it('names the content type that needs a missing library', () => {
    const bundled = {
      ...bundledLib('H5P.MultiChoice', 1, 16, {
        runnable: 1,
        title: 'Multiple Choice',
        preloadedDependencies: [dep('H5P.Question', 1, 6)],
      }),
      ...bundledLib('H5P.Question', 1, 6, { title: 'Question' }),
    };
    const problems = libraryProblems(manifest(), bundled, [question]);
    expect(problems.map((p) => p.library)).toEqual(['H5P.MultiChoice-1.16', 'H5P.Question-1.6']);
    expect(libraryProblemMessage(problems[1]!)).toContain("'Multiple Choice 1.16' cần thư viện 'Question 1.6'");
  });

  it('refuses a main library that is not runnable, installed or bundled', () => {
    const common = installed('H5P.LcCommon', 1, 1, { title: 'Lc Common' });
    const [problem] = libraryProblems(manifest('H5P.LcCommon', 1, 1), {}, [common]);
    expect(problem).toMatchObject({ code: 'H5P_MAIN_NOT_RUNNABLE', name: 'Lc Common 1.1' });
    const bundled = bundledLib('H5P.Helper', 1, 1, { runnable: 0 });
    expect(libraryProblems(manifest('H5P.Helper', 1, 1), bundled, [])[0]?.code).toBe('H5P_MAIN_NOT_RUNNABLE');
  });

  it('refuses a content type an admin disabled', () => {
    const problems = libraryProblems(manifest(), {}, [question, { ...multiChoice, enabled: false }]);
    expect(problems.map((p) => p.code)).toEqual(['H5P_CONTENT_TYPE_DISABLED']);
    expect(libraryProblemMessage(problems[0]!)).toMatch(/đã bị quản trị viên tắt/);
  });

  it('follows the dependencies of the installed copy, not of the bundled one', () => {
    const bundled = bundledLib('H5P.MultiChoice', 1, 16, {
      runnable: 1,
      preloadedDependencies: [dep('H5P.Gone', 9, 9)],
    });
    expect(libraryProblems(manifest(), bundled, [question, multiChoice])).toEqual([]);
  });
});

describe(contentTypeName.name, () => {
  it('falls back to the machine name', () => {
    expect(contentTypeName({ ...dep('H5P.Foo', 2, 3), title: ' ' })).toBe('H5P.Foo 2.3');
  });
});
