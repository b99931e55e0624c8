import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { CriteriaGroup, CriteriaItem, PopulationGroup } from '@lc/shared-contracts';

/** Versioned data, one per population group (null: every group), loaded by an admin; never code. */
@Entity('criteria_set')
export class CriteriaSetEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('text')
  code!: string;

  @Column('int')
  version!: number;

  @Column('text', { nullable: true })
  populationGroup!: PopulationGroup | null;

  @Column('date')
  validFrom!: string;

  @Column('jsonb')
  groups!: CriteriaGroup[];

  @Column('jsonb')
  items!: CriteriaItem[];

  @Column('int')
  passTotal!: number;

  @Column('int')
  minItemScore!: number;
}
