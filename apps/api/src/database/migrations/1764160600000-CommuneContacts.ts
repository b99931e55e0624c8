import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Who to contact at each commune about the programme (issue 11 §8), written by an admin and shown on the public
 * help page. No row means "not set yet": the page says so rather than showing a number nobody checked.
 */
export class CommuneContacts1764160600000 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE commune_contact (
        commune_id text NOT NULL,
        contact text NOT NULL,
        updated_by uuid NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT commune_contact_pkey PRIMARY KEY (commune_id),
        CONSTRAINT commune_contact_commune_fkey FOREIGN KEY (commune_id) REFERENCES area(id),
        CONSTRAINT commune_contact_length_check CHECK (char_length(contact) BETWEEN 1 AND 500)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE commune_contact`);
  }
}
