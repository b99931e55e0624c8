import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';
import type { ItemType, LocalisedText } from '@lc/shared-contracts';

export type ItemStatus = 'draft' | 'in_review' | 'returned' | 'published' | 'retired' | 'superseded';

/** The answer key lives only here and in grading: it never leaves the server. */
export type AnswerKey =
  | { optionId: string }
  | { optionIds: string[] }
  | { value: boolean }
  | { accepted: string[]; numeric?: boolean; ignoreToneMarks?: boolean }
  | { order: string[] }
  | { pairs: Record<string, string> }
  | { regionId: string };

@Entity('test_item')
export class TestItemEntity {
  /** Stable ids: "1.1-L1-001" for the bank, "t-<uuid>" for items written with a course. */
  @PrimaryColumn('text')
  id!: string;

  @Column('text')
  source!: 'bank' | 'trainer';

  @Column('text')
  competence!: string;

  @Column('int')
  level!: number;

  @Column('text')
  type!: ItemType;

  @Column('jsonb')
  stem!: LocalisedText;

  @Column('jsonb', { default: [] })
  options!: { id: string; text: LocalisedText }[];

  @Column('jsonb')
  answer!: AnswerKey;

  @Column('jsonb', { nullable: true })
  explanation!: LocalisedText | null;

  /** Type-specific parts: matching pairs, the hotspot picture (inlined) and its regions. */
  @Column('jsonb', { default: {} })
  extra!: Record<string, unknown>;

  @Column('double precision')
  difficulty!: number;

  @Column('double precision')
  discrimination!: number;

  @Column('int', { default: 60 })
  timeSeconds!: number;

  @Column('text', { default: 'published' })
  status!: ItemStatus;

  @Column('uuid', { nullable: true })
  authorId!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  /** The id of the item's first version, shared by all its versions; null for a seeded item (its own lineage). */
  @Column('text', { nullable: true })
  lineageId!: string | null;

  @Column('int', { default: 1 })
  version!: number;

  /** Why a reviewer last returned the item, for its author. */
  @Column('jsonb', { default: [] })
  reviewReasons!: string[];

  @Column('uuid', { nullable: true })
  reviewedBy!: string | null;

  @Column('timestamptz', { nullable: true })
  reviewedAt!: Date | null;
}
