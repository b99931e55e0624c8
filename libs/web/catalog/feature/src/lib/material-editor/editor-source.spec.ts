import { EditorSource } from '@lc/shared-contracts';
import { errorText } from './editor-controls';
import { createEditorForm, kindOf, showProblems, toEditorSource, withUploads } from './editor-source';
import { createPhoneForm } from './phone-form';
import { applyQuestionType, createQuizForm } from './quiz-form';
import { applyBlockType, createReadingForm } from './reading-form';

const file = (name: string) => new File(['x'], name, { type: 'image/png' });

describe('editor forms to sources', () => {
  it('builds a practice quiz: trimmed text, optional fields left out, true-false without options', () => {
    const quiz = createQuizForm();
    quiz.patchValue({ title: '  Luyện tập OTP ', passPercent: 80 });
    const q = quiz.controls.questions.at(0);
    q.patchValue({ text: ' Ai được biết mã OTP? ', feedbackWrong: 'Chỉ mình bạn.' });
    q.controls.options.at(0).patchValue({ text: 'Chỉ mình tôi', correct: true });
    q.controls.options.at(1).patchValue({ text: 'Ngân hàng', feedback: ' Không bao giờ. ' });
    expect(quiz.valid).toBe(true);
    expect(toEditorSource({ kind: 'quiz', form: quiz })).toEqual({
      contentType: 'H5P.LcPracticeQuiz',
      params: {
        title: 'Luyện tập OTP',
        lang: 'vi',
        passPercent: 80,
        questions: [
          {
            type: 'single',
            text: 'Ai được biết mã OTP?',
            options: [
              { text: 'Chỉ mình tôi', correct: true },
              { text: 'Ngân hàng', correct: false, feedback: 'Không bao giờ.' },
            ],
            feedbackWrong: 'Chỉ mình bạn.',
          },
        ],
      },
    });
  });

  it('asks for exactly one right answer in a one-answer question, at least one in several; none in true-false', () => {
    const q = createQuizForm().controls.questions.at(0);
    q.controls.options.controls.forEach((o) => o.patchValue({ text: 'Có', correct: true }));
    q.patchValue({ text: 'Câu hỏi' });
    expect(q.errors).toEqual({ rightSingle: true });
    q.controls.type.setValue('multiple');
    applyQuestionType(q);
    expect(q.valid).toBe(true);
    q.controls.options.controls.forEach((o) => o.patchValue({ correct: false, text: '' }));
    q.updateValueAndValidity();
    expect(q.errors).toEqual({ rightMultiple: true });
    q.controls.type.setValue('truefalse');
    applyQuestionType(q);
    expect(q.valid).toBe(true);
  });

  it('round-trips a stored source through the form', () => {
    const source: EditorSource = {
      contentType: 'H5P.LcReadingPage',
      params: {
        title: 'Mật khẩu',
        lang: 'en',
        blocks: [
          { type: 'heading', text: 'Mật khẩu mạnh' },
          { type: 'image', file: 'images/0123456789abcdef.png', alt: 'Ổ khoá', caption: 'Chú thích' },
        ],
      },
    };
    const forms = createEditorForm(source);
    expect(forms.kind).toBe('reading');
    expect(forms.form.valid).toBe(true);
    expect(toEditorSource(forms)).toEqual(source);
    expect(kindOf('H5P.LcPhoneTask')).toBe('phone');
  });

  it('checks only the fields of a block’s type, and requires alt text on an image', () => {
    const block = createReadingForm().controls.blocks.at(0);
    expect(block.controls.text.hasError('required')).toBe(true);
    block.controls.type.setValue('image');
    applyBlockType(block);
    expect(block.controls.text.disabled).toBe(true);
    block.patchValue({ file: 'local:1', alt: '   ' });
    expect(block.controls.alt.hasError('required')).toBe(true);
    expect(errorText(block.controls.alt.errors)).toEqual({ key: 'catalog.editor.errors.required' });
  });

  it('keeps the place to tap inside the screenshot', () => {
    const step = createPhoneForm().controls.steps.at(0);
    step.controls.hotspot.patchValue({ x: 300, width: 100 });
    expect(step.hasError('hotspotOutside')).toBe(true);
    step.patchValue({ imageWidth: 400 });
    expect(step.hasError('hotspotOutside')).toBe(false);
  });

  it('sends each picture chosen in the browser once, in the order the fields name them, keeping stored ones', () => {
    const chosen = new Map([
      ['local:1', file('a.png')],
      ['local:2', file('b.png')],
    ]);
    const step = (image: string) => ({
      instruction: 'Bấm',
      image,
      imageWidth: 360,
      imageHeight: 640,
      alt: 'Màn hình',
      hotspot: { x: 0, y: 0, width: 10, height: 10 },
      hint: 'Gợi ý',
    });
    const source: EditorSource = {
      contentType: 'H5P.LcPhoneTask',
      params: {
        title: 'Wi-Fi',
        lang: 'vi',
        steps: [step('local:2'), step('images/0123456789abcdef.png'), step('local:2'), step('local:1')],
      },
    };
    const req = withUploads(source, chosen);
    expect(req.images.map((f) => f.name)).toEqual(['b.png', 'a.png']);
    expect(req.source.contentType === 'H5P.LcPhoneTask' && req.source.params.steps.map((s) => s.image)).toEqual([
      'upload:0',
      'images/0123456789abcdef.png',
      'upload:0',
      'upload:1',
    ]);
  });

  it('shows the server’s problems beside their fields and returns the rest', () => {
    const form = createQuizForm();
    const rest = showProblems(form, [
      { path: 'params.questions.0.text', code: 'EDITOR_TOO_LONG', message: 'Quá dài.' },
      { path: 'source.contentType', code: 'EDITOR_CHOICE', message: 'Loại không hợp lệ.' },
    ]);
    expect(form.get('questions.0.text')?.errors).toMatchObject({ server: 'Quá dài.' });
    expect(errorText(form.get('questions.0.text')?.errors ?? null)).toEqual({
      key: 'catalog.editor.errors.server',
      params: { message: 'Quá dài.' },
    });
    expect(rest.map((p) => p.code)).toEqual(['EDITOR_CHOICE']);
  });
});
