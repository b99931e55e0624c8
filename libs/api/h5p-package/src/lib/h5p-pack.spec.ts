import { strFromU8, strToU8 } from 'fflate';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { checkH5pPackage } from './h5p-package-check';
import { H5pPackageError, packH5p } from './h5p-pack';
import { listInstalledLibraries, readLibraryJson } from './installed-libraries';

const root = resolve(__dirname, '../../../../..');
const librariesDir = join(root, 'content/h5p-libraries');
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
  it('ships the three content types, every library with a minor version other than 0', () => {
    const installed = listInstalledLibraries(librariesDir);

    expect(installed).toEqual(expect.arrayContaining(Object.keys(samples).map((name) => `${name}-1.1`)));
    for (const folder of installed) {
      const library = readLibraryJson(join(librariesDir, folder));
      expect(library.minorVersion).toBeGreaterThan(0);
      expect(library).toMatchObject({ runnable: 1, license: 'CC BY 4.0', author: 'Learning Citizen contributors' });
      expect(() => JSON.parse(readFileSync(join(librariesDir, folder, 'semantics.json'), 'utf8'))).not.toThrow();
    }
  });

  it.each(Object.keys(samples))('packs %s into a package that passes the check', (machineName) => {
    const bytes = packH5p(input(machineName));

    const result = checkH5pPackage(bytes, { maxBytes: 5_000_000, maxUnpackedBytes: 20_000_000, installedLibraries: [] });

    if (!result.ok) {
      throw new Error(JSON.stringify(result.errors));
    }
    expect(result.manifest).toMatchObject({
      title: 'Mẫu',
      mainLibrary: machineName,
      language: 'vi',
      license: 'CC BY',
      licenseVersion: '4.0',
      preloadedDependencies: [{ machineName, majorVersion: 1, minorVersion: 1 }],
    });
    expect(result.bundledLibraries).toEqual([`${machineName}-1.1`]);
    expect(JSON.parse(strFromU8(result.files['content/content.json'] ?? new Uint8Array()))).toEqual(samples[machineName]?.content);
    for (const path of Object.keys(samples[machineName]?.contentFiles ?? {})) {
      expect(result.files[`content/${path}`]).toEqual(svg);
    }
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
