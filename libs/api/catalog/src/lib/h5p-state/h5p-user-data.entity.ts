import { Column, Entity, PrimaryColumn } from 'typeorm';

/** What the H5P player saved of one person's progress in one material, as the JSON text it sent. */
@Entity('h5p_user_data')
export class H5pUserDataEntity {
  @PrimaryColumn('uuid')
  personId!: string;

  @PrimaryColumn('uuid')
  materialId!: string;

  @Column('text')
  data!: string;

  @Column('timestamptz', { default: () => 'now()' })
  updatedAt!: Date;
}
