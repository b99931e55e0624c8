import {
  EDITOR_CONTENT_TYPES,
  EDITOR_LIMITS as L,
  EditorPhoneParams,
  EditorPhoneStep,
  EditorProblem,
  EditorQuizParams,
  EditorQuizQuestion,
  EditorReadingBlock,
  EditorReadingParams,
  EditorSource,
} from '@lc/shared-contracts';
import { FieldReader, Fields } from './editor-fields';
import { imageFields, KEPT_IMAGE, UPLOADED_IMAGE } from './editor-image-rules';

export type EditorCheck = { ok: true; source: EditorSource } | { ok: false; problems: EditorProblem[] };

const LANGS = ['vi', 'en'] as const;
const TEXT_BLOCKS = ['heading', 'paragraph', 'tip', 'warning'] as const;
const BLOCK_TYPES = [...TEXT_BLOCKS, 'image'] as const;
const QUESTION_TYPES = ['single', 'multiple', 'truefalse'] as const;
const SHORT = { max: L.shortTextMax };
const LONG = { max: L.textMax, multiline: true };

/**
 * The editor's source as the server accepts it: known fields only, text trimmed, numbers whole, every image field
 * naming a kept file or one of the `uploadCount` files sent. Anything else becomes a problem at its field's path.
 */
export function checkEditorSource(raw: unknown, uploadCount: number): EditorCheck {
  const f = new FieldReader();
  const top = f.object(raw, 'source');
  const contentType = f.choice(top, 'contentType', 'source', EDITOR_CONTENT_TYPES);
  const p = f.object(top['params'], 'params');
  const common = {
    title: f.text(p, 'title', 'params', { required: true, max: L.titleMax }),
    lang: f.choice(p, 'lang', 'params', LANGS, 'vi'),
  };
  const image = (fields: Fields, key: string, path: string) => imageRef(f, fields, key, path, uploadCount);
  let source: EditorSource;
  switch (contentType) {
    case 'H5P.LcReadingPage':
      source = { contentType, params: { ...common, blocks: readingBlocks(f, p, image) } };
      break;
    case 'H5P.LcPracticeQuiz':
      source = { contentType, params: { ...common, ...quiz(f, p) } };
      break;
    case 'H5P.LcPhoneTask':
      source = { contentType, params: { ...common, ...phoneTask(f, p, image) } };
      break;
  }
  const images = new Set(imageFields(source).map((i) => i.ref)).size;
  if (images > L.imagesMax) {
    f.add(
      'params',
      'EDITOR_TOO_MANY_IMAGES',
      `Tối đa ${L.imagesMax} ảnh khác nhau trong một bài học, đang có ${images}.`,
    );
  }
  return f.problems.length ? { ok: false, problems: f.problems } : { ok: true, source };
}

type ImageReader = (fields: Fields, key: string, path: string) => string;

function imageRef(f: FieldReader, fields: Fields, key: string, path: string, uploadCount: number): string {
  const value = fields[key];
  const upload = typeof value === 'string' ? UPLOADED_IMAGE.exec(value) : null;
  if (typeof value === 'string' && (KEPT_IMAGE.test(value) || (upload && Number(upload[1]) < uploadCount))) {
    return value;
  }
  f.add(`${path}.${key}`, 'EDITOR_IMAGE_REQUIRED', 'Hãy chọn một ảnh.');
  return '';
}

function readingBlocks(f: FieldReader, p: Fields, image: ImageReader): EditorReadingParams['blocks'] {
  const blocks = f.list(p, 'blocks', 'params', { min: 1, max: L.blocksMax, noun: 'khối nội dung' });
  return blocks.map((value, i): EditorReadingBlock => {
    const path = `params.blocks.${i}`;
    const b = f.object(value, path);
    const type = f.choice(b, 'type', path, BLOCK_TYPES);
    if (type !== 'image') return { type, text: f.text(b, 'text', path, { required: true, ...LONG }) };
    const caption = f.text(b, 'caption', path, SHORT);
    return {
      type,
      file: image(b, 'file', path),
      alt: f.text(b, 'alt', path, { required: true, ...SHORT }),
      ...(caption ? { caption } : {}),
    };
  });
}

function quiz(f: FieldReader, p: Fields): Omit<EditorQuizParams, 'title' | 'lang'> {
  const passPercent = f.int(p, 'passPercent', 'params', { min: 0, max: 100, fallback: 60 });
  const questions = f.list(p, 'questions', 'params', { min: 1, max: L.questionsMax, noun: 'câu hỏi' });
  return { passPercent, questions: questions.map((q, i) => question(f, q, `params.questions.${i}`)) };
}

function question(f: FieldReader, value: unknown, path: string): EditorQuizQuestion {
  const q = f.object(value, path);
  const type = f.choice(q, 'type', path, QUESTION_TYPES);
  const text = f.text(q, 'text', path, { required: true, ...LONG });
  const feedbackCorrect = f.text(q, 'feedbackCorrect', path, SHORT);
  const feedbackWrong = f.text(q, 'feedbackWrong', path, SHORT);
  const feedback = { ...(feedbackCorrect ? { feedbackCorrect } : {}), ...(feedbackWrong ? { feedbackWrong } : {}) };
  if (type === 'truefalse') return { type, text, correct: f.bool(q, 'correct', path), ...feedback };
  const range = { min: L.optionsMin, max: L.optionsMax, noun: 'đáp án' };
  const options = f.list(q, 'options', path, range).map((o, j) => {
    const at = `${path}.options.${j}`;
    const option = f.object(o, at);
    const optionFeedback = f.text(option, 'feedback', at, SHORT);
    return {
      text: f.text(option, 'text', at, { required: true, ...SHORT }),
      correct: f.bool(option, 'correct', at),
      ...(optionFeedback ? { feedback: optionFeedback } : {}),
    };
  });
  const correct = options.filter((o) => o.correct).length;
  if (type === 'single' && correct !== 1 && options.length) {
    f.add(`${path}.options`, 'EDITOR_CORRECT_SINGLE', 'Câu hỏi một đáp án cần đúng một đáp án được đánh dấu đúng.');
  }
  if (type === 'multiple' && correct < 1 && options.length) {
    f.add(`${path}.options`, 'EDITOR_CORRECT_MULTIPLE', 'Hãy đánh dấu ít nhất một đáp án đúng.');
  }
  return { type, text, options, ...feedback };
}

function phoneTask(f: FieldReader, p: Fields, image: ImageReader): Omit<EditorPhoneParams, 'title' | 'lang'> {
  const intro = f.text(p, 'intro', 'params', LONG);
  const steps = f.list(p, 'steps', 'params', { min: 1, max: L.stepsMax, noun: 'bước' });
  return { ...(intro ? { intro } : {}), steps: steps.map((s, i) => phoneStep(f, s, `params.steps.${i}`, image)) };
}

function phoneStep(f: FieldReader, value: unknown, path: string, image: ImageReader): EditorPhoneStep {
  const s = f.object(value, path);
  const side = { min: 1, max: L.imageSideMax };
  const imageWidth = f.int(s, 'imageWidth', path, side);
  const imageHeight = f.int(s, 'imageHeight', path, side);
  const h = f.object(s['hotspot'], `${path}.hotspot`);
  const at = `${path}.hotspot`;
  const hotspot = {
    x: f.int(h, 'x', at, { min: 0, max: L.imageSideMax }),
    y: f.int(h, 'y', at, { min: 0, max: L.imageSideMax }),
    width: f.int(h, 'width', at, side),
    height: f.int(h, 'height', at, side),
  };
  if (hotspot.x + hotspot.width > imageWidth || hotspot.y + hotspot.height > imageHeight) {
    f.add(at, 'EDITOR_HOTSPOT_OUTSIDE', 'Vùng cần chạm phải nằm trọn trong ảnh màn hình.');
  }
  const success = f.text(s, 'success', path, SHORT);
  return {
    instruction: f.text(s, 'instruction', path, { required: true, ...SHORT }),
    image: image(s, 'image', path),
    imageWidth,
    imageHeight,
    alt: f.text(s, 'alt', path, { required: true, ...SHORT }),
    hotspot,
    hint: f.text(s, 'hint', path, { required: true, ...SHORT }),
    ...(success ? { success } : {}),
  };
}
