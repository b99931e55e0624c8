import { ApplicationSummary } from '@lc/shared-contracts';
import { DEFAULT_QUEUE_FILTER, queueCommunes, queueView } from './queue-view';

const row = (id: string, over: Partial<ApplicationSummary>): ApplicationSummary => ({
  id,
  year: 2026,
  status: 'submitted',
  applicantName: 'Người Thử',
  communeId: 'c',
  communeName: 'Phường Ba Đình',
  total: 80,
  passes: true,
  submittedAt: '2026-03-01T00:00:00Z',
  ...over,
});

const items = [
  row('lan', { applicantName: 'Nguyễn Thị Lan', total: 85, submittedAt: '2026-03-02T00:00:00Z' }),
  row('hoa', { applicantName: 'Trần Văn Hoà', total: 70, passes: false, submittedAt: '2026-03-01T00:00:00Z' }),
  row('an', { applicantName: 'Đỗ Minh An', total: 92, communeName: 'Phường Ngọc Hà', submittedAt: null }),
];
const ids = (rows: ApplicationSummary[]) => rows.map((r) => r.id);

describe('queueView', () => {
  it('serves whoever has waited longest first, by default', () => {
    expect(ids(queueView(items, DEFAULT_QUEUE_FILTER))).toEqual(['an', 'hoa', 'lan']);
  });

  it('finds names without their diacritics, word by word in any order', () => {
    expect(ids(queueView(items, { ...DEFAULT_QUEUE_FILTER, query: 'hoa' }))).toEqual(['hoa']);
    expect(ids(queueView(items, { ...DEFAULT_QUEUE_FILTER, query: 'do an' }))).toEqual(['an']);
    expect(ids(queueView(items, { ...DEFAULT_QUEUE_FILTER, query: 'LAN nguyen' }))).toEqual(['lan']);
    expect(ids(queueView(items, { ...DEFAULT_QUEUE_FILTER, query: 'lan hoa' }))).toEqual([]);
  });

  it('filters by result and commune, and sorts by name, total or newest', () => {
    expect(ids(queueView(items, { ...DEFAULT_QUEUE_FILTER, result: 'fails' }))).toEqual(['hoa']);
    expect(ids(queueView(items, { ...DEFAULT_QUEUE_FILTER, result: 'passes', sort: 'name' }))).toEqual(['an', 'lan']);
    expect(ids(queueView(items, { ...DEFAULT_QUEUE_FILTER, commune: 'Phường Ngọc Hà' }))).toEqual(['an']);
    expect(ids(queueView(items, { ...DEFAULT_QUEUE_FILTER, sort: 'totalDesc' }))).toEqual(['an', 'lan', 'hoa']);
    expect(ids(queueView(items, { ...DEFAULT_QUEUE_FILTER, sort: 'newest' }))).toEqual(['lan', 'hoa', 'an']);
  });

  it('lists each commune once', () => {
    expect(queueCommunes(items)).toEqual(['Phường Ba Đình', 'Phường Ngọc Hà']);
  });
});
