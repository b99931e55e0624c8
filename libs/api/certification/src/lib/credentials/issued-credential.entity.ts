import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A title's signed credential as first issued; the public look-up checks it (append-only for the API). */
@Entity('title_credential')
export class IssuedCredentialEntity {
  @PrimaryColumn('uuid', { primaryKeyConstraintName: 'title_credential_pkey' })
  applicationId!: string;

  @Column('text')
  credential!: string;

  @Column('text')
  kid!: string;

  @Column('timestamptz', { default: () => 'now()' })
  issuedAt!: Date;
}
