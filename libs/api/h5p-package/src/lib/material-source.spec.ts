import { strFromU8 } from 'fflate';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { bytesZipSource, collectContentFiles, inspectH5pPackage, packMaterialSource, unpackH5pContent } from '../index';
import { memorySink } from './memory-sink';

const root = resolve(__dirname, '../../../../..');
const librariesDir = join(root, 'content/h5p-libraries');
const samplesDir = join(root, 'tools/h5p/samples');

describe(packMaterialSource.name, () => {
  it.each([
    ['reading.json', 'H5P.LcReadingPage-1.1', ['audio/am-bao-tin-nhan.wav', 'images/mat-khau.svg']],
    ['quiz.json', 'H5P.LcPracticeQuiz-1.1', []],
    ['phone-task.json', 'H5P.LcPhoneTask-1.1', ['images/phone-home.svg', 'images/phone-settings.svg']],
  ])('packs the sample %s with its library and files', async (sample, library, files) => {
    const packed = packMaterialSource(join(samplesDir, sample), librariesDir);

    const source = bytesZipSource(packed.bytes);
    const result = await inspectH5pPackage(source, {
      maxBytes: 1_000_000,
      maxUnpackedBytes: 5_000_000,
      maxFiles: 100,
      maxFileBytes: 1_000_000,
      installedLibraries: [],
    });

    expect(packed.library).toBe(library);
    expect(packed.contentFiles).toEqual(files);
    if (!result.ok) {
      throw new Error(JSON.stringify(result.errors));
    }
    const unpacked = memorySink();
    await unpackH5pContent(source, result, unpacked.sink);
    const content = JSON.parse(strFromU8(unpacked.files['content/content.json'] ?? new Uint8Array()));
    expect(content).toMatchObject({ title: expect.any(String), lang: 'vi' });
    expect(result.manifest.language).toBe('vi');
  });
});

describe(collectContentFiles.name, () => {
  const dir = mkdtempSync(join(tmpdir(), 'lc-h5p-'));
  writeFileSync(join(dir, 'a.svg'), '<svg/>');

  it('collects image, file and audio fields at any depth, once each, and leaves URLs alone', () => {
    const params = {
      blocks: [
        { type: 'image', file: 'a.svg' },
        { steps: [{ image: 'a.svg' }] },
        { audio: 'https://example.org/x.mp3' },
      ],
    };

    expect(Object.keys(collectContentFiles(params, dir))).toEqual(['a.svg']);
  });

  it.each(['../secret.svg', '/etc/passwd.svg', 'images\\a.svg'])('refuses the reference %j', (path) => {
    expect(() => collectContentFiles({ image: path }, dir)).toThrow(/use a path relative to the source file/);
  });
});
