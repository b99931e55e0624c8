import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { Gender, PopulationGroup } from '@lc/shared-contracts';

@Entity('app_user')
export class UserEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('text')
  fullName!: string;

  /** Staff sign in with a username; citizens with their citizen ID number. */
  @Column('text', { nullable: true, unique: true })
  username!: string | null;

  @Column('text', { nullable: true, unique: true })
  citizenId!: string | null;

  @Column('int', { nullable: true })
  birthYear!: number | null;

  @Column('text', { nullable: true })
  gender!: Gender | null;

  @Column('text', { nullable: true })
  communeId!: string | null;

  @Column('text', { nullable: true })
  groupId!: string | null;

  @Column('text', { nullable: true })
  populationGroup!: PopulationGroup | null;

  @Column('text')
  passwordHash!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  /** Access and refresh tokens carry the version they were issued under; bumping it ends every session. */
  @Column('int', { default: 0 })
  sessionVersion!: number;

  /** Set by an admin, with who and why; a disabled person cannot sign in and their tokens stop working. */
  @Column('timestamptz', { nullable: true })
  disabledAt!: Date | null;

  @Column('uuid', { nullable: true })
  disabledBy!: string | null;

  @Column('text', { nullable: true })
  disableReason!: string | null;

  /** SHA-256 of the person's recovery code (docs/adr/0017); the code itself was shown once and never kept. */
  @Column('text', { nullable: true })
  recoveryCodeHash!: string | null;

  @Column('timestamptz', { nullable: true })
  recoveryCodeCreatedAt!: Date | null;
}

/** What the person signs in with: their citizen ID number, or a staff username. */
export const loginsOf = (user: Pick<UserEntity, 'citizenId' | 'username'>): string[] =>
  [user.citizenId, user.username].filter((login): login is string => !!login);
