import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { ProblemReason } from '@lc/shared-contracts';

/** A citizen's "Báo lỗi câu hỏi", on the item version they saw; reviewers read it, nobody else. */
@Entity('item_problem_report')
export class ItemProblemReportEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('text')
  itemId!: string;

  @Column('uuid')
  reporterId!: string;

  @Column('text')
  reason!: ProblemReason;

  @Column('text', { nullable: true })
  note!: string | null;

  @Column('text', { default: 'open' })
  status!: 'open' | 'closed';

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
