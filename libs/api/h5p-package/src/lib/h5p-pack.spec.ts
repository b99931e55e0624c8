import { strFromU8, strToU8, unzipSync } from 'fflate';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { inspectH5pPackage } from './h5p-package-check';
import { bytesZipSource } from './zip-source';
import { H5pPackageError, packH5p } from './h5p-pack';
import { listInstalledLibraries, readLibraryJson } from './installed-libraries';

const root = resolve(__dirname, '../../../../..');
const librariesDir = join(root, 'content/h5p-libraries');
const COMMON = 'H5P.LcCommon-1.1';
const svg = strToU8('<svg xmlns="http://www.w3.org/2000/svg" width="360" height="640"/>');

const samples: Record<string, { content: unknown; contentFiles: Record<string, Uint8Array> }> = {
  'H5P.LcReadingPage': {
    content: {
      title: 'Bài đọc',
      blocks: [
        { type: 'heading', text: 'Mở đầu' },
        { type: 'paragraph', text: 'Xin chào.' },
        { type: 'image', file: 'images/a.svg', alt: 'Hình minh họa' },
      ],
    },
    contentFiles: { 'images/a.svg': svg },
  },
  'H5P.LcPracticeQuiz': {
    content: {
      title: 'Luyện tập',
      questions: [{ type: 'truefalse', text: 'Mã OTP có thể cho người khác biết.', correct: false }],
    },
    contentFiles: {},
  },
  'H5P.LcPhoneTask': {
    content: {
      title: 'Thực hành',
      intro: 'Làm theo hướng dẫn.',
      steps: [
        {
          instruction: 'Bấm vào Cài đặt.',
          image: 'images/step1.svg',
          imageWidth: 360,
          imageHeight: 640,
          alt: 'Màn hình chính',
          hotspot: { x: 10, y: 10, width: 50, height: 50 },
          hint: 'Biểu tượng bánh răng.',
        },
      ],
    },
    contentFiles: { 'images/step1.svg': svg },
  },
};

const input = (machineName: string) => ({
  title: 'Mẫu',
  mainLibrary: machineName,
  language: 'vi',
  content: samples[machineName]?.content,
  contentFiles: samples[machineName]?.contentFiles ?? {},
  librariesDir,
  libraries: [`${machineName}-1.1`],
});

describe(packH5p.name, () => {
  it('ships the three content types and their common library, every library with a minor version other than 0', () => {
    const installed = listInstalledLibraries(librariesDir);
    const contentTypes = Object.keys(samples).map((name) => `${name}-1.1`);

    expect(installed).toEqual(expect.arrayContaining([...contentTypes, COMMON]));
    for (const folder of installed) {
      const library = readLibraryJson(join(librariesDir, folder));
      expect(library.minorVersion).toBeGreaterThan(0);
      expect(library).toMatchObject({ license: 'CC BY 4.0', author: 'Learning Citizen contributors' });
    }
    for (const folder of contentTypes) {
      const library = readLibraryJson(join(librariesDir, folder));
      expect(library).toMatchObject({
        runnable: 1,
        preloadedDependencies: [{ machineName: 'H5P.LcCommon', majorVersion: 1, minorVersion: 1 }],
      });
      expect(() => JSON.parse(readFileSync(join(librariesDir, folder, 'semantics.json'), 'utf8'))).not.toThrow();
    }
    expect(readLibraryJson(join(librariesDir, COMMON))).toMatchObject({
      machineName: 'H5P.LcCommon',
      majorVersion: 1,
      minorVersion: 1,
      patchVersion: 0,
      runnable: 0,
      preloadedJs: [{ path: 'common.js' }],
      preloadedCss: [{ path: 'common.css' }],
    });
  });

  it.each(Object.keys(samples))('packs %s into a package that passes the check', async (machineName) => {
    const bytes = packH5p(input(machineName));

    const result = await inspectH5pPackage(bytesZipSource(bytes), {
      maxBytes: 5_000_000,
      maxUnpackedBytes: 20_000_000,
      maxFiles: 1000,
      maxFileBytes: 5_000_000,
      installedLibraries: [],
    });
    const files = unzipSync(bytes);

    if (!result.ok) {
      throw new Error(JSON.stringify(result.errors));
    }
    expect(result.manifest).toMatchObject({
      title: 'Mẫu',
      mainLibrary: machineName,
      language: 'vi',
      license: 'CC BY',
      licenseVersion: '4.0',
      preloadedDependencies: [
        { machineName: 'H5P.LcCommon', majorVersion: 1, minorVersion: 1 },
        { machineName, majorVersion: 1, minorVersion: 1 },
      ],
    });
    expect(result.bundledLibraries).toEqual([COMMON, `${machineName}-1.1`]);
    expect(JSON.parse(strFromU8(files['content/content.json'] ?? new Uint8Array()))).toEqual(
      samples[machineName]?.content,
    );
    for (const path of Object.keys(samples[machineName]?.contentFiles ?? {})) {
      expect(files[`content/${path}`]).toEqual(svg);
    }
  });

  it.each(Object.keys(samples))('bundles H5P.LcCommon-1.1 with %s, once, listed before it', async (machineName) => {
    const bytes = packH5p({ ...input(machineName), libraries: [`${machineName}-1.1`, COMMON] });

    const result = await inspectH5pPackage(bytesZipSource(bytes), {
      maxBytes: 5_000_000,
      maxUnpackedBytes: 20_000_000,
      maxFiles: 1000,
      maxFileBytes: 5_000_000,
      installedLibraries: [],
    });
    const files = unzipSync(bytes);

    if (!result.ok) {
      throw new Error(JSON.stringify(result.errors));
    }
    expect(
      result.manifest.preloadedDependencies.map((dep) => `${dep.machineName}-${dep.majorVersion}.${dep.minorVersion}`),
    ).toEqual([COMMON, `${machineName}-1.1`]);
    for (const path of ['library.json', 'common.js', 'common.css']) {
      expect(files[`${COMMON}/${path}`]).toEqual(new Uint8Array(readFileSync(join(librariesDir, COMMON, path))));
    }
  });

  describe('with dependencies', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lc-h5p-libs-'));
    const library = (machineName: string, minorVersion: number, deps: [string, number][] = []): void => {
      const folder = join(dir, `${machineName}-1.${minorVersion}`);
      mkdirSync(folder, { recursive: true });
      writeFileSync(join(folder, 'x.js'), '');
      writeFileSync(
        join(folder, 'library.json'),
        JSON.stringify({
          title: machineName,
          machineName,
          majorVersion: 1,
          minorVersion,
          patchVersion: 0,
          runnable: deps.length ? 1 : 0,
          preloadedJs: [{ path: 'x.js' }],
          preloadedDependencies: deps.map(([name, minor]) => ({
            machineName: name,
            majorVersion: 1,
            minorVersion: minor,
          })),
        }),
      );
    };
    library('H5P.Base', 1);
    library('H5P.Base', 2);
    library('H5P.Widget', 1, [['H5P.Base', 1]]);
    library('H5P.Main', 1, [
      ['H5P.Widget', 1],
      ['H5P.Base', 1],
    ]);
    library('H5P.Broken', 1, [['H5P.Base', 3]]);
    const pack = (libraries: string[], mainLibrary = 'H5P.Main') =>
      packH5p({ title: 'T', mainLibrary, content: {}, contentFiles: {}, librariesDir: dir, libraries });

    it('adds them recursively, once each, matching major.minor, before the libraries that need them', async () => {
      const result = await inspectH5pPackage(bytesZipSource(pack(['H5P.Main-1.1', 'H5P.Base-1.1'])), {
        maxBytes: 1_000_000,
        maxUnpackedBytes: 1_000_000,
        maxFiles: 1000,
        maxFileBytes: 1_000_000,
        installedLibraries: [],
      });

      if (!result.ok) {
        throw new Error(JSON.stringify(result.errors));
      }
      expect(result.manifest.preloadedDependencies).toEqual([
        { machineName: 'H5P.Base', majorVersion: 1, minorVersion: 1 },
        { machineName: 'H5P.Widget', majorVersion: 1, minorVersion: 1 },
        { machineName: 'H5P.Main', majorVersion: 1, minorVersion: 1 },
      ]);
      expect(result.bundledLibraries).toEqual(['H5P.Base-1.1', 'H5P.Main-1.1', 'H5P.Widget-1.1']);
    });

    it('refuses a dependency that is not in the libraries folder', () => {
      expect(() => pack(['H5P.Broken-1.1'], 'H5P.Broken')).toThrow(
        /library H5P.Broken-1.1 needs H5P.Base-1.3, which is not in .* \(it has H5P.Base-1.2\)/,
      );
    });
  });

  it('gives the same bytes for the same input', () => {
    expect(packH5p(input('H5P.LcPhoneTask'))).toEqual(packH5p(input('H5P.LcPhoneTask')));
  });

  it('refuses to build a package the check would reject', () => {
    const bad = { ...input('H5P.LcReadingPage'), contentFiles: { 'tool.exe': strToU8('MZ') } };

    expect(() => packH5p(bad)).toThrow(H5pPackageError);
    expect(() => packH5p(bad)).toThrow(/H5P_FILE_TYPE/);
  });

  it('refuses a main library that is not bundled', () => {
    expect(() => packH5p({ ...input('H5P.LcReadingPage'), mainLibrary: 'H5P.LcPhoneTask' })).toThrow(
      /main library H5P.LcPhoneTask is not among the bundled libraries/,
    );
  });
});
