import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { LocalisedText, Trust } from '@lc/shared-contracts';

/** xAPI-shaped evidence. Append-only: the database refuses UPDATE and DELETE on this table. */
@Entity('learning_record')
export class LearningRecordEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  personId!: string;

  /** Position in the person's chain, from 1. */
  @Column('int')
  seq!: number;

  @Column('text')
  verb!: string;

  @Column('text')
  objectType!: string;

  @Column('text')
  objectId!: string;

  @Column('jsonb')
  objectName!: LocalisedText;

  @Column('text')
  trust!: Trust;

  @Column('double precision', { nullable: true })
  score!: number | null;

  @Column('double precision', { nullable: true })
  maxScore!: number | null;

  @Column('boolean', { nullable: true })
  success!: boolean | null;

  @Column('boolean', { nullable: true })
  completion!: boolean | null;

  @Column('jsonb', { nullable: true })
  domainLevels!: Record<string, number> | null;

  /** Competences and other context (course id, attempt id, the statement as received). */
  @Column('jsonb', { default: {} })
  context!: Record<string, unknown>;

  @Column('uuid', { nullable: true })
  voidsRecordId!: string | null;

  @Column('timestamptz')
  occurredAt!: Date;

  @Column('timestamptz', { default: () => 'now()' })
  recordedAt!: Date;

  @Column('text', { nullable: true })
  prevHash!: string | null;

  @Column('text')
  hash!: string;
}
