import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { LocalisedText } from '@lc/shared-contracts';

export interface BlueprintRow {
  competence: string;
  levels: number[];
  count: number;
}

@Entity('test')
export class TestEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('jsonb')
  title!: LocalisedText;

  /** A fixed form: these items in this order. Empty when the test draws from the bank by blueprint. */
  @Column('text', { array: true, default: '{}' })
  itemIds!: string[];

  @Column('jsonb', { nullable: true })
  blueprint!: BlueprintRow[] | null;

  @Column('int', { default: 60 })
  passPercent!: number;

  @Column('int', { default: 1200 })
  timeLimitSeconds!: number;

  @Column('int', { default: 0 })
  retakeCooldownMinutes!: number;

  @Column('uuid', { nullable: true })
  createdBy!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
