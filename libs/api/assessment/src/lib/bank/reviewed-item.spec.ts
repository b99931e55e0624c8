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
  it('puts the keys of other item types into words', () => {
    expect(otherKey({ accepted: ['Wi-Fi', 'wifi'] })).toEqual(['Wi-Fi', 'wifi']);
    expect(otherKey({ order: ['b', 'a'] })).toEqual(['1. b', '2. a']);
    expect(otherKey({ pairs: { x: '1' } })).toEqual(['x → 1']);
    expect(otherKey({ regionId: 'r2' })).toEqual(['r2']);
    expect(otherKey({ optionId: 'a' })).toEqual([]);
  });
});
