import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Test } from 'supertest';
import type { EditorSource } from '@lc/shared-contracts';

/** What the browser editor sends, for the integration specs: one source of each of our three content types. */

export const quizSource = (title = 'Luyện tập: mã OTP', n = 0): EditorSource => ({
  contentType: 'H5P.LcPracticeQuiz',
  params: {
    title,
    lang: 'vi',
    passPercent: 60,
    questions: [
      {
        type: 'single',
        text: `Ai được biết mã OTP của bạn? (${n})`,
        options: [
          { text: 'Chỉ mình tôi', correct: true },
          { text: 'Nhân viên ngân hàng gọi điện', correct: false, feedback: 'Ngân hàng không bao giờ hỏi mã OTP.' },
        ],
        feedbackCorrect: 'Đúng vậy.',
      },
      { type: 'truefalse', text: 'Nên bật xác thực hai lớp.', correct: true },
    ],
  },
});

export const readingSource = (images: string[]): EditorSource => ({
  contentType: 'H5P.LcReadingPage',
  params: {
    title: 'Bài đọc: mật khẩu mạnh',
    lang: 'vi',
    blocks: [
      { type: 'heading', text: 'Mật khẩu mạnh' },
      { type: 'paragraph', text: 'Dài ít nhất 12 ký tự.\nKhông dùng ngày sinh.' },
      ...images.map((file, i) => ({ type: 'image' as const, file, alt: `Hình minh hoạ ${i + 1}` })),
    ],
  },
});

export const phoneSource = (image = 'upload:0'): EditorSource => ({
  contentType: 'H5P.LcPhoneTask',
  params: {
    title: 'Thực hành: mở Cài đặt',
    lang: 'vi',
    steps: [
      {
        instruction: 'Bấm vào biểu tượng Cài đặt.',
        image,
        imageWidth: 360,
        imageHeight: 640,
        alt: 'Màn hình chính của điện thoại.',
        hotspot: { x: 102, y: 222, width: 80, height: 100 },
        hint: 'Biểu tượng bánh răng ở hàng thứ hai.',
      },
    ],
  },
});

/** The sample screenshots of tools/h5p/samples (SVG). */
export const sampleImage = (name: 'phone-home' | 'phone-settings' | 'mat-khau' = 'phone-home'): Buffer =>
  readFileSync(resolve(`tools/h5p/samples/images/${name}.svg`));

/** A 1×1 PNG. */
export const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

/** Adds the editor's multipart fields to a request. */
export function withSource(req: Test, source: unknown, images: [Buffer, string][] = [], materialId?: string): Test {
  let sent = req.field('source', typeof source === 'string' ? source : JSON.stringify(source));
  if (materialId) sent = sent.field('materialId', materialId);
  for (const [bytes, name] of images) sent = sent.attach('images', bytes, name);
  return sent;
}
