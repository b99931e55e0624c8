import { MIN_ITEMS, createItem, createOption, createTestForm, toCreateTestRequest } from './test-form';

describe('test form', () => {
  function fillItem(index: number, form = createTestForm()) {
    const item = index < form.controls.items.length ? form.controls.items.at(index) : createItem();
    if (index >= form.controls.items.length) form.controls.items.push(item);
    item.patchValue({ stem: `Câu hỏi ${index + 1}`, competence: '1.1', level: 2 });
    item.controls.options.at(0).patchValue({ text: 'Đúng', correct: true });
    item.controls.options.at(1).patchValue({ text: 'Sai' });
    return form;
  }

  it('needs at least five items', () => {
    const form = createTestForm();
    form.controls.title.setValue('Kiểm tra kỹ năng tìm kiếm');
    for (let i = 0; i < MIN_ITEMS - 1; i++) fillItem(i, form);
    expect(form.controls.items.hasError('minItems')).toBe(true);
    expect(form.valid).toBe(false);

    fillItem(MIN_ITEMS - 1, form);
    expect(form.valid).toBe(true);
  });

  it('needs exactly one correct option for single choice and at least one for multiple choice', () => {
    const item = createItem({ competence: '4.2', level: 1 });
    item.patchValue({ stem: 'Mật khẩu nào mạnh nhất?' });
    item.controls.options.at(0).patchValue({ text: 'a', correct: true });
    item.controls.options.at(1).patchValue({ text: 'b', correct: true });
    expect(item.hasError('correctSingle')).toBe(true);

    item.controls.type.setValue('multiple_choice');
    expect(item.valid).toBe(true);

    item.controls.options.controls.forEach((o) => o.controls.correct.setValue(false));
    expect(item.hasError('correctMultiple')).toBe(true);
  });

  it('requires the text of every option', () => {
    const item = createItem({ competence: '1.1' });
    item.patchValue({ stem: 'x' });
    item.controls.options.push(createOption());
    item.controls.options.at(0).patchValue({ text: 'a', correct: true });
    item.controls.options.at(1).patchValue({ text: 'b' });
    expect(item.valid).toBe(false);
  });

  it('maps ticks to option indexes in the request', () => {
    const form = createTestForm();
    form.controls.title.setValue('  Bài kiểm tra  ');
    for (let i = 0; i < MIN_ITEMS; i++) fillItem(i, form);
    const item = form.controls.items.at(4);
    item.controls.type.setValue('multiple_choice');
    item.controls.options.push(createOption());
    item.controls.options.at(2).patchValue({ text: 'Cũng đúng', correct: true });

    const req = toCreateTestRequest(form);
    expect(req.title).toBe('Bài kiểm tra');
    expect(req.items).toHaveLength(5);
    expect(req.items[0]).toEqual({
      type: 'single_choice',
      competence: '1.1',
      level: 2,
      stem: 'Câu hỏi 1',
      options: ['Đúng', 'Sai'],
      correct: [0],
    });
    expect(req.items[4].correct).toEqual([0, 2]);
  });
});
