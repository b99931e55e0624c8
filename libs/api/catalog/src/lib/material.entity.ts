import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { LocalisedText, MaterialKind } from '@lc/shared-contracts';

@Entity('material')
export class MaterialEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  moduleId!: string;

  @Column('int')
  position!: number;

  @Column('text')
  kind!: MaterialKind;

  @Column('jsonb')
  title!: LocalisedText;

  @Column('uuid', { nullable: true })
  h5pPackageId!: string | null;

  /** A test of the assessment context: a plain id, no relation across contexts. */
  @Column('uuid', { nullable: true })
  testId!: string | null;

  @Column('int', { nullable: true })
  itemCount!: number | null;
}
