import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A one-time code a commune officer issued after checking the person's chip ID card (docs/adr/0017). It works once,
 * before `expiresAt`, and is voided by a newer code, a reset by other means, or too many wrong tries. Rows stay.
 */
@Entity('password_reset_code')
export class PasswordResetCodeEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  userId!: string;

  @Column('text')
  codeHash!: string;

  @Column('uuid')
  issuedBy!: string;

  @Column('timestamptz')
  expiresAt!: Date;

  @Column('timestamptz', { nullable: true })
  usedAt!: Date | null;

  @Column('timestamptz', { nullable: true })
  voidedAt!: Date | null;

  @Column('int', { default: 0 })
  failedAttempts!: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
