import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * A ward or commune of Hà Nội before 1 July 2025 and a current commune it went into (data/hanoi-unit-conversion-2025.csv).
 * A unit split between several current communes has one row for each; people still name where they live this way.
 */
@Entity('area_former_unit')
export class AreaFormerUnitEntity {
  @PrimaryColumn('text')
  communeId!: string;

  @PrimaryColumn('text')
  oldUnitCode!: string;

  @Column('text')
  oldUnitName!: string;

  @Column('text')
  oldDistrictName!: string;

  /** Merged whole ("Nhập toàn bộ"); otherwise only part of it went into this commune. */
  @Column('boolean')
  whole!: boolean;
}
