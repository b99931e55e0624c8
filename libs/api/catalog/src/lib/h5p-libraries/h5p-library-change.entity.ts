import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

export type LibraryChangeAction = 'installed' | 'upgraded' | 'disabled' | 'enabled' | 'uninstalled';

/** Who changed which library when: the API may add to it and read it, never change it (the migration's REVOKE). */
@Entity('h5p_library_change')
export class H5pLibraryChangeEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('text')
  action!: LibraryChangeAction;

  @Column('text')
  machineName!: string;

  @Column('int')
  majorVersion!: number;

  @Column('int')
  minorVersion!: number;

  @Column('int')
  patchVersion!: number;

  @Column('int', { nullable: true })
  fromPatch!: number | null;

  @Column('uuid', { nullable: true })
  installId!: string | null;

  /** Null for the platform itself. */
  @Column('uuid', { nullable: true })
  actorId!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
