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

  /** Of the .h5p file as uploaded. */
  @Column('int')
  sizeBytes!: number;

  /** SHA-256 of the .h5p file, hex: an identical upload reuses this package. */
  @Column('text', { nullable: true })
  contentHash!: string | null;

  /** What the unpacked content takes on disk; the uploader's quota sums it. */
  @Column('bigint', { transformer: { to: (v: number) => v, from: (v: string | null) => Number(v) } })
  storedBytes!: number;

  @Column('uuid')
  uploadedBy!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
