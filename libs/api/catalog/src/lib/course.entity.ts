import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { CourseStatus, LocalisedText, PopulationGroup } from '@lc/shared-contracts';

@Entity('course')
export class CourseEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('text', { unique: true })
  slug!: string;

  @Column('int', { default: 1 })
  version!: number;

  @Column('jsonb')
  title!: LocalisedText;

  @Column('jsonb')
  summary!: LocalisedText;

  @Column('text', { array: true })
  competences!: string[];

  @Column('int')
  level!: number;

  @Column('text', { array: true })
  populationGroups!: PopulationGroup[];

  @Column('int')
  estimatedMinutes!: number;

  @Column('text', { default: 'CC BY 4.0' })
  licence!: string;

  @Column('text', { default: 'vi' })
  language!: string;

  @Column('text', { default: 'draft' })
  status!: CourseStatus;

  @Column('uuid')
  authorId!: string;

  @Column('text', { nullable: true })
  reviewNote!: string | null;

  @Column('uuid', { nullable: true })
  reviewedBy!: string | null;

  @Column('timestamptz', { nullable: true })
  publishedAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
