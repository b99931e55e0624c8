import { CreateTestMaterialRequest } from '@lc/shared-contracts';
import { createTestForm, fillTestForm, toCreateTestRequest } from './test-form';

describe('fillTestForm', () => {
  const request: CreateTestMaterialRequest = {
    title: 'Tìm kiếm an toàn',
    items: [
      { type: 'single_choice', competence: '1.1', level: 2, stem: 'Câu 1', options: ['A', 'B'], correct: [1] },
      {
        type: 'multiple_choice',
        competence: '4.2',
        level: 3,
        stem: 'Câu 2',
        options: ['X', 'Y', 'Z'],
        correct: [0, 2],
        explanation: 'Vì sao',
      },
    ],
  };

  it('brings back exactly the test that was previewed, key and explanation included', () => {
    const form = createTestForm();
    fillTestForm(form, request);
    expect(toCreateTestRequest(form)).toEqual(request);
    expect(form.controls.items.at(1).controls.options).toHaveLength(3);
  });
});
