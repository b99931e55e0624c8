import { Column, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

export interface KpiRuleParams {
  adultAge: number;
  skillDomains: string[];
  k3MinLevel: number;
  k4MinLevel: number;
}

/** Versioned, editable definitions of the KPIs (PRODUCT.md §8); the newest in force applies. */
@Entity('kpi_rule')
export class KpiRuleEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('date')
  validFrom!: string;

  @Column('jsonb')
  params!: KpiRuleParams;
}

@Entity('kpi_target')
export class KpiTargetEntity {
  @PrimaryColumn('text')
  code!: string;

  @PrimaryColumn('int')
  year!: number;

  @Column('double precision')
  target!: number;
}

/** Loaded population figures: when present they are K1's denominator, else registered adults are. */
@Entity('population_figure')
export class PopulationFigureEntity {
  @PrimaryColumn('text')
  areaId!: string;

  @PrimaryColumn('int')
  year!: number;

  @Column('int')
  adults!: number;
}
