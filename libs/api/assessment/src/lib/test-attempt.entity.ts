import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { AttemptResult, ItemResponse } from '@lc/shared-contracts';

@Entity('test_attempt')
export class TestAttemptEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  testId!: string;

  @Column('uuid')
  personId!: string;

  @Column('text', { array: true })
  itemIds!: string[];

  @Column('jsonb', { default: {} })
  answers!: Record<string, ItemResponse>;

  @Column('timestamptz')
  startedAt!: Date;

  @Column('timestamptz')
  deadlineAt!: Date;

  @Column('timestamptz', { nullable: true })
  submittedAt!: Date | null;

  @Column('jsonb', { nullable: true })
  result!: AttemptResult | null;
}
