import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { H5pDependency } from '@lc/api-h5p-package';

const bigint = { to: (v: number) => v, from: (v: string | null) => Number(v) };

/** An installed library at one major.minor: content names no more, so it plays on whatever patch is here. */
@Entity('h5p_library')
export class H5pLibraryEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('text')
  machineName!: string;

  @Column('int')
  majorVersion!: number;

  @Column('int')
  minorVersion!: number;

  @Column('int')
  patchVersion!: number;

  @Column('text')
  title!: string;

  /** May be a package's main library: a content type. */
  @Column('boolean')
  runnable!: boolean;

  /** A disabled content type takes no new content; content that uses it keeps playing. */
  @Column('boolean', { default: true })
  enabled!: boolean;

  @Column('jsonb', { default: () => "'[]'" })
  dependencies!: H5pDependency[];

  @Column('jsonb', { default: () => "'[]'" })
  files!: { path: string; bytes: number }[];

  @Column('bigint', { transformer: bigint })
  storedBytes!: number;

  /** Its folder in the library storage: unique per install, so an upgrade never overwrites files being served. */
  @Column('text')
  folder!: string;

  /** Null when the platform installed it (its own content types, at start). */
  @Column('uuid', { nullable: true })
  installedBy!: string | null;

  @Column('timestamptz', { default: () => 'now()' })
  installedAt!: Date;
}
