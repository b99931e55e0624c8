import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

export type AccountAction = 'disabled' | 'enabled' | 'sessions_ended' | 'refresh_reuse';

/** Who disabled, enabled or ended the sessions of an account, when and why; the API only ever adds rows. */
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
