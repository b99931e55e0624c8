import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';
import type { RosterKind } from '@lc/shared-contracts';

/** One person on an imported roster (docs/adr/0018): an import replaces its communes' rosters of those years. */
@Entity('kpi_roster_member')
export class KpiRosterMemberEntity {
  @PrimaryColumn('text')
  kind!: RosterKind;

  @PrimaryColumn('int')
  year!: number;

  @PrimaryColumn('text')
  communeId!: string;

  /** Personal data: matched to accounts inside the database, never logged or returned. */
  @PrimaryColumn('text')
  citizenId!: string;

  @Column('text')
  category!: string;

  @Column('text', { nullable: true })
  unitName!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  importedAt!: Date;

  @Column('uuid')
  importedBy!: string;
}

/** The course whose server-graded pass counts as having studied the title's criteria (K0); one at a time. */
@Entity('kpi_criteria_course')
export class KpiCriteriaCourseEntity {
  @PrimaryColumn('boolean', { default: true })
  singleton!: boolean;

  @Column('uuid')
  courseId!: string;

  @Column('uuid')
  setBy!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  setAt!: Date;
}
