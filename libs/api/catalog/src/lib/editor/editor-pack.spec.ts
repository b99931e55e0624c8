import { strFromU8, unzipSync } from 'fflate';
import { resolve } from 'node:path';
import type { EditorSource } from '@lc/shared-contracts';
import { exportDisposition, exportFileName, packEditorSource } from './editor-pack';

const LIBRARIES = resolve(__dirname, '../../../../../../content/h5p-libraries');

const quiz: EditorSource = {
  contentType: 'H5P.LcPracticeQuiz',
  params: {
    title: 'Luyện tập: OTP',
    lang: 'vi',
    passPercent: 60,
    questions: [{ type: 'truefalse', text: 'Ngân hàng hỏi mã OTP qua điện thoại.', correct: false }],
  },
};

describe('packEditorSource', () => {
  it('packs the params as content.json with the content type and what it needs bundled', () => {
    const files = unzipSync(packEditorSource(quiz, {}, LIBRARIES));
    const json = (name: string) => JSON.parse(strFromU8(files[name] ?? new Uint8Array()));
    expect(json('content/content.json')).toEqual(quiz.params);
    const manifest = json('h5p.json');
    expect(manifest).toMatchObject({ title: 'Luyện tập: OTP', language: 'vi', mainLibrary: 'H5P.LcPracticeQuiz' });
    expect(Object.keys(files)).toEqual(
      expect.arrayContaining(['H5P.LcPracticeQuiz-1.1/library.json', 'H5P.LcCommon-1.1/library.json']),
    );
  });

  it('includes the images under content/ and gives the same bytes for the same input', () => {
    const image = new Uint8Array([0x89, 0x50, 0x4e, 0x47]);
    const a = packEditorSource(quiz, { 'images/0123456789abcdef.png': image }, LIBRARIES);
    expect(unzipSync(a)['content/images/0123456789abcdef.png']).toEqual(image);
    expect(packEditorSource(quiz, { 'images/0123456789abcdef.png': image }, LIBRARIES)).toEqual(a);
  });
});

describe('export names', () => {
  it('makes an ASCII file name from a Vietnamese title', () => {
    expect(exportFileName('Luyện tập: Bật Wi-Fi đúng cách')).toBe('luyen-tap-bat-wi-fi-dung-cach.h5p');
    expect(exportFileName('???')).toBe('bai-hoc.h5p');
  });

  it('carries the title itself in UTF-8 for clients that read it', () => {
    expect(exportDisposition("Đúng/Sai (1)'")).toBe(
      `attachment; filename="dung-sai-1.h5p"; filename*=UTF-8''%C4%90%C3%BAng%20Sai%20%281%29%27.h5p`,
    );
  });
});
