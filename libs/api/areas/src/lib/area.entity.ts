import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { AreaKind } from '@lc/shared-contracts';

@Entity('area')
export class AreaEntity {
  /** Official code for provinces and communes ("01", "00004"); a UUID for residential groups. */
  @PrimaryColumn('text')
  id!: string;

  @Column('text')
  code!: string;

  @Column('text')
  name!: string;

  @Column('text')
  kind!: AreaKind;

  @Column('text')
  unitType!: string;

  @Column('text', { nullable: true })
  parentId!: string | null;

  /** Ancestor ids joined by dots, ending with this id: "01.00004". Role grants cover a path prefix. */
  @Column('text')
  path!: string;
}
