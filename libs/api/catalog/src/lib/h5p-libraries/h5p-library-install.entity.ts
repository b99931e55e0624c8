import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { PlannedLibrary } from '@lc/api-h5p-package';

export type StagedLibrary = PlannedLibrary & {
  dependencies: { machineName: string; majorVersion: number; minorVersion: number }[];
};

/** An install shown to an admin and waiting for their confirmation; its libraries wait in staging. */
@Entity('h5p_library_install')
export class H5pLibraryInstallEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('text', { default: 'pending' })
  status!: 'pending' | 'installed' | 'cancelled';

  @Column('text', { nullable: true })
  mainLibrary!: string | null;

  @Column('jsonb')
  plan!: StagedLibrary[];

  @Column('text')
  packageHash!: string;

  @Column('uuid', { nullable: true })
  createdBy!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Column('uuid', { nullable: true })
  decidedBy!: string | null;

  @Column('timestamptz', { nullable: true })
  decidedAt!: Date | null;
}
