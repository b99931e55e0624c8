import { toPreviewItems } from './preview-items';

describe('toPreviewItems', () => {
  const items = toPreviewItems({
    title: 'Thử',
    items: [
      {
        type: 'multiple_choice',
        competence: '1.1',
        level: 2,
        stem: 'Chọn mật khẩu mạnh',
        options: ['123456', 'Hà-Nội#2026!x'],
        correct: [1],
        explanation: 'Dài và lẫn ký tự',
      },
    ],
  });

  it('keeps what a learner sees, with unique ids', () => {
    expect(items).toEqual([
      {
        id: 'preview-1',
        type: 'multiple_choice',
        competence: '1.1',
        level: 2,
        stem: { vi: 'Chọn mật khẩu mạnh' },
        options: [
          { id: 'preview-1-1', text: { vi: '123456' } },
          { id: 'preview-1-2', text: { vi: 'Hà-Nội#2026!x' } },
        ],
      },
    ]);
  });

  it('never carries the key or the explanation', () => {
    const json = JSON.stringify(items);
    expect(json).not.toContain('correct');
    expect(json).not.toContain('Dài và lẫn ký tự');
  });
});
