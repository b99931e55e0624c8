import { Column, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

export interface KpiRuleParams {
  adultAge: number;
  skillDomains: string[];
  k3MinLevel: number;
  k4MinLevel: number;
  /** Lower bounds of the age bands the KPIs break down by; the last band is open. Default 18, 25, 35, 45, 55, 65. */
  ageBands?: number[];
}

/**
 * Versioned, editable definitions of the KPIs (PRODUCT.md §8); the newest in force for a year applies. A change
 * rebuilds the rollups in the same transaction (docs/adr/0015).
 */
@Entity('kpi_rule')
export class KpiRuleEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('date')
  validFrom!: string;

  @Column('jsonb')
  params!: KpiRuleParams;
}

/** One target of one version of the plan; the newest version in force on a day applies (docs/adr/0015). */
@Entity('kpi_target')
export class KpiTargetEntity {
  @PrimaryColumn('text')
  code!: string;

  @PrimaryColumn('int')
  year!: number;

  @PrimaryColumn('date')
  validFrom!: string;

  @Column('double precision')
  target!: number;

  /** The plan or decision the figure comes from. */
  @Column('text')
  source!: string;
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

/** Loaded population figures by sex and age band: their sum is the commune and year's figure above. */
@Entity('population_figure_band')
export class PopulationFigureBandEntity {
  @PrimaryColumn('text')
  areaId!: string;

  @PrimaryColumn('int')
  year!: number;

  @PrimaryColumn('text')
  sex!: string;

  @PrimaryColumn('text')
  ageBand!: string;

  @Column('int')
  adults!: number;
}
