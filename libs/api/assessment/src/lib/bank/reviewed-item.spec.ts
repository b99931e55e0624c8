import type { TestItemEntity } from '../test-item.entity';
import { otherKey, toReviewedItem } from './reviewed-item';

const entity = (over: Partial<TestItemEntity>): TestItemEntity =>
  ({
    id: '1.1-L1-001',
    source: 'bank',
    competence: '1.1',
    level: 1,
    type: 'single_choice',
    stem: { vi: 'Câu hỏi?' },
    options: [],
    answer: { optionId: 'a' },
    explanation: null,
    extra: {},
    difficulty: 0,
    discrimination: 1,
    timeSeconds: 60,
    status: 'published',
    authorId: null,
    createdAt: new Date('2026-01-01T00:00:00Z'),
    lineageId: null,
    version: 1,
    reviewReasons: [],
    reviewedBy: null,
    reviewedAt: null,
    ...over,
  }) as TestItemEntity;

describe(toReviewedItem.name, () => {
  it('gives a seeded item its own id as lineage, and shows a true/false key as an option', () => {
    const item = toReviewedItem(entity({ type: 'true_false', answer: { value: false } }), new Map());
    expect(item).toMatchObject({ lineageId: '1.1-L1-001', version: 1, correctOptionIds: ['false'], otherKey: [] });
    expect(item.options.map((o) => o.text.vi)).toEqual(['Đúng', 'Sai']);
  });
});

describe(otherKey.name, () => {
  const keyed = (answer: TestItemEntity['answer'], extra = {}, options: TestItemEntity['options'] = []) => ({
    answer,
    extra,
    options,
  });
  it('puts the keys of other item types into words', () => {
    expect(otherKey(keyed({ accepted: ['Wi-Fi', 'wifi'] }))).toEqual(['Wi-Fi', 'wifi']);
    const steps = [
      { id: 'a', text: { vi: 'Mở', en: 'Open' } },
      { id: 'b', text: { vi: 'Đóng' } },
    ];
    expect(otherKey(keyed({ order: ['b', 'a'] }, {}, steps))).toEqual(['1. Đóng', '2. Mở (Open)']);
    const pairs = { left: [{ id: 'x', text: { vi: 'Trái' } }], right: [{ id: '1', text: { vi: 'Phải' } }] };
    expect(otherKey(keyed({ pairs: { x: '1' } }, { pairs }))).toEqual(['Trái → Phải']);
    const regions = [{ id: 'r2', label: { vi: 'Ô mật khẩu' } }];
    expect(otherKey(keyed({ regionId: 'r2' }, { regions }))).toEqual(['Ô mật khẩu']);
    expect(otherKey(keyed({ regionId: 'r9' }))).toEqual(['r9']);
    expect(otherKey(keyed({ optionId: 'a' }))).toEqual([]);
  });
});
