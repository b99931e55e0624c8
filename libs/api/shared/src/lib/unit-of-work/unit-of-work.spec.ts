import type { DataSource, EntityManager } from 'typeorm';
import { managerOf, Transactions, UnitOfWork } from './unit-of-work';

const manager = { name: 'the transaction' } as unknown as EntityManager;
const dataSource = {
  transaction: <T>(fn: (m: EntityManager) => Promise<T>) => fn(manager),
} as unknown as DataSource;

describe('Transactions', () => {
  it("hands the work a handle that only turns into that transaction's manager", async () => {
    const seen = await new Transactions(dataSource).run(async (work) => managerOf(work));
    expect(seen).toBe(manager);
  });

  it('closes the handle when the transaction ends, also when the work fails', async () => {
    let kept: UnitOfWork | undefined;
    await new Transactions(dataSource).run(async (work) => (kept = work));
    expect(() => managerOf(kept!)).toThrow(/closed/);
    await expect(
      new Transactions(dataSource).run(async (work) => {
        kept = work;
        throw new Error('refused');
      }),
    ).rejects.toThrow('refused');
    expect(() => managerOf(kept!)).toThrow(/closed/);
  });

  it('refuses a handle it did not open', () => {
    expect(() => managerOf({} as UnitOfWork)).toThrow(/closed/);
  });
});
