import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

export type CalibrationRunStatus = 'running' | 'done' | 'failed';

/** One run of the calibration job; see migration 1764160500000. */
@Entity('assessment_calibration_run')
export class CalibrationRunEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('text')
  status!: CalibrationRunStatus;

  @Column('uuid', { nullable: true })
  requestedBy!: string | null;

  @Column('int')
  minResponses!: number;

  @Column('timestamptz', { default: () => 'now()' })
  startedAt!: Date;

  @Column('timestamptz', { nullable: true })
  finishedAt!: Date | null;

  @Column('text', { nullable: true })
  calibrationVersion!: string | null;

  @Column('jsonb', { nullable: true })
  summary!: Record<string, unknown> | null;

  @Column('text', { nullable: true })
  errorCode!: string | null;
}
