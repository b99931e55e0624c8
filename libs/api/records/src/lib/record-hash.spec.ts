import { canonicalJson, firstBrokenLink, HashedFields, recordHash } from './record-hash';

const base = (seq: number, prevHash: string | null): HashedFields => ({
  personId: 'p1',
  seq,
  verb: 'completed',
  objectType: 'test',
  objectId: 't1',
  objectName: { vi: 'Bài kiểm tra' },
  context: { attemptId: 'a1' },
  trust: 'verified',
  score: 4,
  maxScore: 5,
  success: true,
  completion: true,
  domainLevels: { '1': 2, '2': 1 },
  voidsRecordId: null,
  occurredAt: '2026-11-26T10:00:00.000Z',
  prevHash,
});

function chain(n: number) {
  const out: (HashedFields & { hash: string })[] = [];
  for (let i = 1; i <= n; i++) {
    const fields = base(i, out.at(-1)?.hash ?? null);
    out.push({ ...fields, hash: recordHash(fields) });
  }
  return out;
}

describe('record hash chain', () => {
  it('ignores key order', () => {
    expect(canonicalJson({ b: 1, a: { d: 2, c: 3 } })).toBe(canonicalJson({ a: { c: 3, d: 2 }, b: 1 }));
  });
  it('accepts an intact chain', () => {
    expect(firstBrokenLink(chain(3))).toBe(-1);
  });
  it('finds an altered score', () => {
    const records = chain(3);
    records[1] = { ...records[1], score: 5 };
    expect(firstBrokenLink(records)).toBe(1);
  });
  it('finds a renamed object', () => {
    const records = chain(2);
    records[0] = { ...records[0], objectName: { vi: 'Khác' } };
    expect(firstBrokenLink(records)).toBe(0);
  });
  it('finds a removed record', () => {
    const records = chain(3);
    records.splice(1, 1);
    expect(firstBrokenLink(records)).toBe(1);
  });
});
