import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';

declare const opened: unique symbol;

/**
 * An open transaction as it travels between contexts. Opaque on purpose: a caller can only hand it on, and only
 * the context that owns a table turns it into a repository (`managerOf`), so no context reaches into another's
 * tables and none needs TypeORM's types to call another (ADR 0028).
 */
export interface UnitOfWork {
  readonly [opened]: true;
}

const managers = new WeakMap<UnitOfWork, EntityManager>();

/**
 * The owning context's way in. Inside a transaction only its manager may be used: a repository or `DataSource`
 * call asks the pool for a second connection, and enough of those at once hang the API (STACK.md).
 */
export function managerOf(work: UnitOfWork): EntityManager {
  const manager = managers.get(work);
  if (!manager) throw new Error('This unit of work is closed: its transaction has ended.');
  return manager;
}

/** Runs work in one transaction: everything it writes, in any context, commits together or not at all. */
@Injectable()
export class Transactions {
  constructor(private readonly dataSource: DataSource) {}

  async run<T>(fn: (work: UnitOfWork) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(async (manager) => {
      const work = Object.freeze({}) as UnitOfWork;
      managers.set(work, manager);
      try {
        return await fn(work);
      } finally {
        // A handle kept past its transaction would run on a connection back in the pool: make it fail instead.
        managers.delete(work);
      }
    });
  }
}
