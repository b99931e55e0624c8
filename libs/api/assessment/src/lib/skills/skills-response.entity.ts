import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { ItemResponse } from '@lc/shared-contracts';

/**
 * An item served to an attempt, and the answer once given. The row is written when the item is served, so a
 * reload or another device shows the same item; `a` and `b` are the parameters the attempt scored it with.
 */
@Entity('skills_response')
export class SkillsResponseEntity {
  @PrimaryColumn('uuid')
  attemptId!: string;

  /** 1, 2, 3, … in the order served. */
  @PrimaryColumn('int')
  position!: number;

  @Column('text')
  itemId!: string;

  @Column('double precision')
  a!: number;

  @Column('double precision')
  b!: number;

  @Column('timestamptz', { default: () => 'now()' })
  servedAt!: Date;

  @Column('jsonb', { nullable: true })
  response!: ItemResponse | null;

  /** Graded on the server; never sent to the browser. */
  @Column('boolean', { nullable: true })
  correct!: boolean | null;

  @Column('timestamptz', { nullable: true })
  answeredAt!: Date | null;

  /** An ordering item's steps in the order served (shuffled, never the key's); null for other types. */
  @Column('text', { array: true, nullable: true })
  optionOrder!: string[] | null;
}
