import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Who to contact at a commune about the programme, shown on the public help page (no row: not set yet). */
@Entity('commune_contact')
export class CommuneContactEntity {
  @PrimaryColumn('text')
  communeId!: string;

  @Column('text')
  contact!: string;

  /** The admin who wrote it last: the text is public, so someone answers for it. */
  @Column('uuid')
  updatedBy!: string;

  @Column('timestamptz', { default: () => 'now()' })
  updatedAt!: Date;
}
