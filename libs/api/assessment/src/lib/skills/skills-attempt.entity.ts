import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { SkillsResult } from '@lc/shared-contracts';

/** One sitting of the digital-skills assessment. Its answers are its `skills_response` rows. */
@Entity('skills_attempt')
export class SkillsAttemptEntity {
  /** Chosen by the server before the insert: it seeds the attempt's item draws. */
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid')
  personId!: string;

  @Column('timestamptz')
  startedAt!: Date;

  @Column('timestamptz')
  deadlineAt!: Date;

  @Column('boolean', { default: false })
  extraTime!: boolean;

  @Column('text')
  engineVersion!: string;

  @Column('text')
  calibrationVersion!: string;

  @Column('text')
  cutScoresVersion!: string;

  @Column('text')
  policyVersion!: string;

  /** Items this attempt must not serve (those of the person's previous attempt), fixed when it starts. */
  @Column('text', { array: true, default: '{}' })
  excludedItemIds!: string[];

  @Column('timestamptz', { nullable: true })
  finishedAt!: Date | null;

  @Column('text', { nullable: true })
  endReason!: 'done' | 'expired' | null;

  @Column('jsonb', { nullable: true })
  result!: SkillsResult | null;

  @Column('uuid', { nullable: true })
  recordId!: string | null;
}
