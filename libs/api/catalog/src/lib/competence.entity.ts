import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { LocalisedText } from '@lc/shared-contracts';

/** The digital competence framework is data an admin may edit (names are still unconfirmed: DOMAIN.md §6.2). */
@Entity('competence_domain')
export class CompetenceDomainEntity {
  @PrimaryColumn('text')
  code!: string;

  @Column('jsonb')
  name!: LocalisedText;
}

@Entity('competence')
export class CompetenceEntity {
  @PrimaryColumn('text')
  code!: string;

  @Column('text')
  domainCode!: string;

  @Column('jsonb')
  name!: LocalisedText;

  @Column('jsonb')
  description!: LocalisedText;
}

@Entity('competence_level_band')
export class LevelBandEntity {
  @PrimaryColumn('text')
  code!: string;

  @Column('int', { array: true })
  levels!: number[];

  @Column('jsonb')
  name!: LocalisedText;

  @Column('jsonb')
  description!: LocalisedText;
}
