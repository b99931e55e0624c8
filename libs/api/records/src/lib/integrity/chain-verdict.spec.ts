import { recordHash } from '../record-hash';
import { ChainRecord, chainVerdict, firstBreak, segmentContinues } from './chain-verdict';

function chain(n: number, from: ChainRecord[] = []): ChainRecord[] {
  const out = [...from];
  for (let seq = out.length + 1; seq <= n; seq++) {
    const fields = {
      personId: 'p1',
      seq,
      verb: 'completed',
      objectType: 'h5p_material',
      objectId: `m${seq}`,
      objectName: { vi: `Bài ${seq}` },
      context: {},
      trust: 'reported',
      score: seq,
      maxScore: 10,
      success: null,
      completion: true,
      domainLevels: null,
      voidsRecordId: null,
      occurredAt: '2026-05-01T00:00:00.000Z',
      prevHash: out.at(-1)?.hash ?? null,
    };
    out.push({ ...fields, hash: recordHash(fields) });
  }
  return out;
}

/** What someone who can write to the database does to hide a change: recompute every hash from `from` on. */
function rehashFrom(records: ChainRecord[], from: number): ChainRecord[] {
  const out = records.slice(0, from);
  for (const r of records.slice(from)) {
    const relinked: Omit<ChainRecord, 'hash'> & { hash?: string } = { ...r, prevHash: out.at(-1)?.hash ?? null };
    delete relinked.hash;
    out.push({ ...relinked, hash: recordHash(relinked) });
  }
  return out;
}

const head = (records: ChainRecord[], seq = records.length) => ({ seq, hash: records[seq - 1].hash });

describe(chainVerdict.name, () => {
  const five = chain(5);

  it('finds nothing wrong with an intact chain, anchored or not', () => {
    expect(chainVerdict(five, null)).toBeNull();
    expect(chainVerdict(five, head(five, 3))).toBeNull();
    expect(chainVerdict(chain(7, five), head(five))).toBeNull();
  });

  it('calls a changed record modified, at its sequence number', () => {
    const changed = five.map((r) => (r.seq === 2 ? { ...r, score: 10 } : r));
    expect(chainVerdict(changed, null)).toEqual({ problem: 'modified', seq: 2 });
  });

  it('calls a record taken from the middle modified, where the gap is', () => {
    expect(chainVerdict([...five.slice(0, 2), ...five.slice(3)], null)).toEqual({ problem: 'modified', seq: 3 });
  });

  it('sees a re-hashed chain only against the signed head', () => {
    const rewritten = rehashFrom(
      five.map((r) => (r.seq === 2 ? { ...r, score: 10 } : r)),
      1,
    );
    expect(chainVerdict(rewritten, null)).toBeNull();
    expect(chainVerdict(rewritten, head(five, 4))).toEqual({ problem: 'rehashed', seq: 4 });
  });

  it('sees a dropped tail only against the signed head', () => {
    expect(chainVerdict(five.slice(0, 3), null)).toBeNull();
    expect(chainVerdict(five.slice(0, 3), head(five))).toEqual({ problem: 'truncated', seq: 4 });
    expect(chainVerdict([], head(five))).toEqual({ problem: 'truncated', seq: 1 });
  });

  it('calls a dropped tail written over with new records rehashed', () => {
    const forged = rehashFrom(
      chain(6, five.slice(0, 3)).map((r) => (r.seq === 4 ? { ...r, objectId: 'forged' } : r)),
      3,
    );
    expect(chainVerdict(forged, head(five))).toEqual({ problem: 'rehashed', seq: 5 });
  });
});

describe(segmentContinues.name, () => {
  const five = chain(5);
  it('accepts records that continue the signed head, starting with it', () => {
    expect(segmentContinues(five.slice(2), head(five, 3))).toBe(true);
    expect(segmentContinues(five, null)).toBe(true);
  });
  it('refuses a segment whose first record is not the signed head', () => {
    expect(segmentContinues(rehashFrom(five, 0).slice(2), { seq: 3, hash: 'f'.repeat(64) })).toBe(false);
    expect(segmentContinues(five.slice(3), head(five, 3))).toBe(false);
    expect(segmentContinues([], head(five, 3))).toBe(false);
  });
  it('refuses a segment that breaks after the head', () => {
    const changed = five.map((r) => (r.seq === 5 ? { ...r, score: 0 } : r));
    expect(segmentContinues(changed.slice(2), head(five, 3))).toBe(false);
    expect(segmentContinues(changed, null)).toBe(false);
  });
});

describe(firstBreak.name, () => {
  it('continues from the record before the first one given', () => {
    const five = chain(5);
    expect(firstBreak(five.slice(2), head(five, 2))).toBe(-1);
    expect(firstBreak(five.slice(2), head(five, 1))).toBe(0);
  });
});
