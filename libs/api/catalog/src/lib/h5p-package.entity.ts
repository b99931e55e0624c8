import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity('h5p_package')
export class H5pPackageEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('text')
  title!: string;

  @Column('text')
  mainLibrary!: string;

  @Column('jsonb')
  manifest!: Record<string, unknown>;

  @Column('text', { array: true })
  bundledLibraries!: string[];

  @Column('int')
  sizeBytes!: number;

  @Column('uuid')
  uploadedBy!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
