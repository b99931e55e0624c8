import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { SignedCheckpoint } from './checkpoint';
import { DiskCheckpointStore } from './checkpoint-store';

const checkpoint = (sequence: number, root = 'r'): SignedCheckpoint =>
  ({ statement: { sequence, root }, signature: 's', changed: [] }) as unknown as SignedCheckpoint;

describe(DiskCheckpointStore.name, () => {
  let dir: string;
  let sut: DiskCheckpointStore;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'checkpoints-'));
    sut = new DiskCheckpointStore(join(dir, 'checkpoints'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('has nothing before the first checkpoint', async () => {
    expect(await sut.sequences()).toEqual([]);
    expect(await sut.read(1)).toBeNull();
  });

  it('writes each sequence number once, read-only, and never over an earlier one', async () => {
    expect(await sut.append(checkpoint(2))).toBe(true);
    expect(await sut.append(checkpoint(1))).toBe(true);
    expect(await sut.append(checkpoint(2, 'other'))).toBe(false);
    expect(await sut.sequences()).toEqual([1, 2]);
    expect((await sut.read(2))?.statement.root).toBe('r');
    const file = join(dir, 'checkpoints', '000000000002.json');
    expect(statSync(file).mode & 0o222).toBe(0);
    expect(readdirSync(join(dir, 'checkpoints')).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });

  it('keeps exactly one of many writers of the same sequence number', async () => {
    const results = await Promise.all(Array.from({ length: 20 }, (_, i) => sut.append(checkpoint(1, `r${i}`))));
    expect(results.filter(Boolean)).toHaveLength(1);
    expect(await sut.sequences()).toEqual([1]);
  });
});
