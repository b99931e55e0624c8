import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, Unique, UpdateDateColumn } from 'typeorm';
import type { ApplicationStatus, ChainProblem } from '@lc/shared-contracts';

/** One person's application for one calendar year. */
@Entity('title_application')
export class ApplicationEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  personId!: string;

  @Column('text')
  communeId!: string;

  /** The commune's area path, so officers' grants can be matched without another context's tables. */
  @Column('text')
  communePath!: string;

  @Column('int')
  year!: number;

  @Column('uuid')
  criteriaSetId!: string;

  @Column('text', { default: 'draft' })
  status!: ApplicationStatus;

  @Column('jsonb', { default: {} })
  scores!: Record<string, number>;

  @Column('jsonb', { default: {} })
  itemReasons!: Record<string, string>;

  @Column('timestamptz', { nullable: true })
  submittedAt!: Date | null;

  @Column('uuid', { nullable: true })
  verifiedBy!: string | null;

  @Column('uuid', { nullable: true })
  decisionId!: string | null;

  @Column('text', { nullable: true, unique: true })
  certificateCode!: string | null;

  @Column('date', { nullable: true })
  validUntil!: string | null;

  @Column('timestamptz', { nullable: true })
  revokedAt!: Date | null;

  @Column('text', { nullable: true })
  revokeReason!: string | null;

  /** Its bit in the revocation status list (credentials/status-list.ts), given on the credential's first issue. */
  @Column('int', { nullable: true, unique: true })
  credentialStatusIndex!: number | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}

/** Who did what, when, why, and exactly what they saw (scores and evidence ids). */
@Entity('application_transition')
export class TransitionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  applicationId!: string;

  @Column('text', { nullable: true })
  fromStatus!: ApplicationStatus | null;

  @Column('text')
  toStatus!: ApplicationStatus;

  @Column('uuid')
  actorId!: string;

  @Column('text')
  actorRole!: string;

  @Column('text', { nullable: true })
  reason!: string | null;

  @Column('jsonb')
  scores!: Record<string, number>;

  @Column('uuid', { array: true })
  evidenceIds!: string[];

  @Column('text', { nullable: true })
  evidenceProblem!: ChainProblem | null;

  /** Why the officer acted although the evidence chain was broken (docs/adr/0013). */
  @Column('text', { nullable: true })
  evidenceOverride!: string | null;

  @Column('timestamptz', { default: () => 'now()' })
  at!: Date;
}

/** A commune's numbered decision; the number is unique per commune and year of signing. */
@Entity('title_decision')
@Unique('title_decision_number_per_commune_year', ['communeId', 'year', 'number'])
export class DecisionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('text')
  communeId!: string;

  @Column('text')
  number!: string;

  @Column('date')
  signedOn!: string;

  /** The year of `signedOn`, which numbering restarts with (a check in the database keeps them equal). */
  @Column('int')
  year!: number;

  @Column('text')
  signerName!: string;

  @Column('uuid')
  createdBy!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
