import { checkEditorSource, EditorCheck } from './editor-rules';

const quiz = (questions: unknown[], extra: Record<string, unknown> = {}) => ({
  contentType: 'H5P.LcPracticeQuiz',
  params: { title: '  Luyện tập  ', questions, ...extra },
});
const single = (correct: boolean[], extra: Record<string, unknown> = {}) => ({
  type: 'single',
  text: 'Mật khẩu nào mạnh nhất?',
  options: correct.map((c, i) => ({ text: `Đáp án ${i + 1}`, correct: c })),
  ...extra,
});
const step = (extra: Record<string, unknown> = {}) => ({
  instruction: 'Bấm vào Cài đặt.',
  image: 'upload:0',
  imageWidth: 360,
  imageHeight: 640,
  alt: 'Màn hình chính',
  hotspot: { x: 100, y: 200, width: 80, height: 100 },
  hint: 'Biểu tượng bánh răng.',
  ...extra,
});
const phone = (steps: unknown[]) => ({ contentType: 'H5P.LcPhoneTask', params: { title: 'Wi-Fi', steps } });

function problems(check: EditorCheck): [string, string][] {
  return check.ok ? [] : check.problems.map((p) => [p.path, p.code]);
}

describe('checkEditorSource', () => {
  it('accepts a practice quiz, trimmed, known fields only, with defaults for language and pass mark', () => {
    const check = checkEditorSource(quiz([single([false, true], { script: '<b>', feedbackWrong: ' Sai ' })]), 0);
    expect(check).toEqual({
      ok: true,
      source: {
        contentType: 'H5P.LcPracticeQuiz',
        params: {
          title: 'Luyện tập',
          lang: 'vi',
          passPercent: 60,
          questions: [
            {
              type: 'single',
              text: 'Mật khẩu nào mạnh nhất?',
              options: [
                { text: 'Đáp án 1', correct: false },
                { text: 'Đáp án 2', correct: true },
              ],
              feedbackWrong: 'Sai',
            },
          ],
        },
      },
    });
  });

  it('needs exactly one right answer for a one-answer question, at least one for several', () => {
    const check = checkEditorSource(
      quiz([single([true, true]), { ...single([false, false]), type: 'multiple' }, single([false, true])]),
      0,
    );
    expect(problems(check)).toEqual([
      ['params.questions.0.options', 'EDITOR_CORRECT_SINGLE'],
      ['params.questions.1.options', 'EDITOR_CORRECT_MULTIPLE'],
    ]);
  });

  it('keeps a true-false question without options', () => {
    const check = checkEditorSource(quiz([{ type: 'truefalse', text: 'OTP là bí mật.', correct: true }]), 0);
    expect(check.ok && check.source.params).toMatchObject({ questions: [{ type: 'truefalse', correct: true }] });
  });

  it('names each field to fix by its path, in Vietnamese', () => {
    const check = checkEditorSource(
      quiz([single([true], { text: ' ' })], { title: '', lang: 'fr', passPercent: 120 }),
      0,
    );
    expect(problems(check)).toEqual([
      ['params.title', 'EDITOR_REQUIRED'],
      ['params.lang', 'EDITOR_CHOICE'],
      ['params.passPercent', 'EDITOR_OUT_OF_RANGE'],
      ['params.questions.0.text', 'EDITOR_REQUIRED'],
      ['params.questions.0.options', 'EDITOR_TOO_FEW'],
    ]);
    expect(check.ok || check.problems[0]?.message).toBe('Hãy nhập nội dung cho ô này.');
  });

  it('refuses an unknown content type, too many questions, overlong text and line breaks in one-line fields', () => {
    expect(problems(checkEditorSource({ contentType: 'H5P.MultiChoice', params: {} }, 0))[0]).toEqual([
      'source.contentType',
      'EDITOR_CHOICE',
    ]);
    const many = Array.from({ length: 51 }, () => single([true, false]));
    expect(problems(checkEditorSource(quiz(many), 0))).toEqual([['params.questions', 'EDITOR_TOO_MANY']]);
    const long = checkEditorSource(quiz([single([true, false], { text: 'x'.repeat(2001) })]), 0);
    expect(problems(long)).toEqual([['params.questions.0.text', 'EDITOR_TOO_LONG']]);
    const broken = checkEditorSource(quiz([single([true, false])], { title: 'Hai\ndòng' }), 0);
    expect(problems(broken)).toEqual([['params.title', 'EDITOR_CONTROL_CHARACTER']]);
  });

  it('refuses what is not an object at all', () => {
    expect(problems(checkEditorSource('quiz', 0))[0]).toEqual(['source', 'EDITOR_SHAPE']);
    expect(problems(checkEditorSource(quiz([null]), 0))[0]).toEqual(['params.questions.0', 'EDITOR_SHAPE']);
  });

  it('accepts a reading page of headings, paragraphs and images with their alt text', () => {
    const source = {
      contentType: 'H5P.LcReadingPage',
      params: {
        title: 'Mật khẩu',
        lang: 'en',
        blocks: [
          { type: 'heading', text: 'Mật khẩu mạnh' },
          { type: 'paragraph', text: 'Dòng một.\nDòng hai.' },
          { type: 'image', file: 'images/0123456789abcdef.png', alt: 'Ổ khoá', caption: '' },
        ],
      },
    };
    const check = checkEditorSource(source, 0);
    expect(check.ok && check.source.params).toEqual({
      title: 'Mật khẩu',
      lang: 'en',
      blocks: [
        { type: 'heading', text: 'Mật khẩu mạnh' },
        { type: 'paragraph', text: 'Dòng một.\nDòng hai.' },
        { type: 'image', file: 'images/0123456789abcdef.png', alt: 'Ổ khoá' },
      ],
    });
  });

  it('requires alt text on every image, and an image that is kept or sent', () => {
    const blocks = [
      { type: 'image', file: 'upload:1', alt: 'Ảnh' },
      { type: 'image', file: '../../etc/passwd', alt: 'Ảnh' },
      { type: 'image', file: 'upload:0', alt: '  ' },
    ];
    const check = checkEditorSource({ contentType: 'H5P.LcReadingPage', params: { title: 'Bài', blocks } }, 1);
    expect(problems(check)).toEqual([
      ['params.blocks.0.file', 'EDITOR_IMAGE_REQUIRED'],
      ['params.blocks.1.file', 'EDITOR_IMAGE_REQUIRED'],
      ['params.blocks.2.alt', 'EDITOR_REQUIRED'],
    ]);
  });

  it('accepts a phone task, rounding a pointer-placed hotspot to whole pixels', () => {
    const check = checkEditorSource(phone([step({ hotspot: { x: 100.4, y: 199.6, width: 80, height: 100 } })]), 1);
    expect(check.ok && check.source.params).toMatchObject({
      steps: [{ image: 'upload:0', hotspot: { x: 100, y: 200, width: 80, height: 100 } }],
    });
  });

  it('keeps the hotspot inside the screenshot and requires a hint', () => {
    const outside = step({ hotspot: { x: 300, y: 600, width: 80, height: 100 } });
    const check = checkEditorSource(phone([outside, step({ hint: '', imageWidth: 0 })]), 1);
    expect(problems(check)).toEqual([
      ['params.steps.0.hotspot', 'EDITOR_HOTSPOT_OUTSIDE'],
      ['params.steps.1.imageWidth', 'EDITOR_OUT_OF_RANGE'],
      ['params.steps.1.hotspot', 'EDITOR_HOTSPOT_OUTSIDE'],
      ['params.steps.1.hint', 'EDITOR_REQUIRED'],
    ]);
  });

  it('bounds the number of different images in one material', () => {
    const steps = Array.from({ length: 30 }, (_, i) => step({ image: `upload:${i}` }));
    expect(checkEditorSource(phone(steps), 30).ok).toBe(true);
    const blocks = Array.from({ length: 31 }, (_, i) => ({ type: 'image', file: `upload:${i}`, alt: 'Ảnh' }));
    const check = checkEditorSource({ contentType: 'H5P.LcReadingPage', params: { title: 'Bài', blocks } }, 31);
    expect(problems(check)).toEqual([['params', 'EDITOR_TOO_MANY_IMAGES']]);
  });
});
