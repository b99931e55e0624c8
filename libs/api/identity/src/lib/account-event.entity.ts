import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

export type AccountAction =
  | 'disabled'
  | 'enabled'
  | 'sessions_ended'
  | 'refresh_reuse'
  | 'reset_code_issued'
  | 'password_reset_with_reset_code'
  | 'password_reset_with_recovery_code'
  | 'recovery_code_renewed'
  | 'sign_in_unlocked';

/**
 * Who disabled, enabled, unlocked or ended the sessions of an account, who issued a reset code for it and how its
 * password was reset: when and why. The API only ever adds rows.
 */
@Entity('account_event')
export class AccountEventEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  userId!: string;

  @Column('text')
  action!: AccountAction;

  /** Null when the platform itself acted (a reused refresh token). */
  @Column('uuid', { nullable: true })
  actorId!: string | null;

  @Column('text', { nullable: true })
  reason!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
