import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { LocalisedText, NoticeKind } from '@lc/shared-contracts';

/** A change of state a person is told about in the app; the owner reads it and marks it read. */
@Entity('notice')
export class NoticeEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'notice_pk' })
  id!: string;

  @Column('uuid')
  personId!: string;

  @Column('text')
  kind!: NoticeKind;

  @Column('uuid')
  subjectId!: string;

  @Column('jsonb')
  subjectName!: LocalisedText;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Column('timestamptz', { nullable: true })
  readAt!: Date | null;
}
