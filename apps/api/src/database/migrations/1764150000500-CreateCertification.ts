import { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateCertification1764150000500 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE criteria_set (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        code text NOT NULL,
        version int NOT NULL,
        population_group text,
        valid_from date NOT NULL,
        groups jsonb NOT NULL,
        items jsonb NOT NULL,
        pass_total int NOT NULL,
        min_item_score int NOT NULL,
        UNIQUE (code, version)
      )`);
    await q.query(`
      CREATE TABLE title_decision (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        commune_id text NOT NULL REFERENCES area(id),
        number text NOT NULL,
        signed_on date NOT NULL,
        signer_name text NOT NULL,
        created_by uuid NOT NULL REFERENCES app_user(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (commune_id, number)
      )`);
    await q.query(`
      CREATE TABLE title_application (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        person_id uuid NOT NULL REFERENCES app_user(id),
        commune_id text NOT NULL REFERENCES area(id),
        commune_path text NOT NULL,
        year int NOT NULL,
        criteria_set_id uuid NOT NULL REFERENCES criteria_set(id),
        status text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft','submitted','verified','recognised','returned','rejected')),
        scores jsonb NOT NULL DEFAULT '{}',
        item_reasons jsonb NOT NULL DEFAULT '{}',
        submitted_at timestamptz,
        verified_by uuid REFERENCES app_user(id),
        decision_id uuid REFERENCES title_decision(id),
        certificate_code text UNIQUE,
        valid_until date,
        revoked_at timestamptz,
        revoke_reason text,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (person_id, year),
        CHECK (status <> 'recognised' OR (decision_id IS NOT NULL AND certificate_code IS NOT NULL AND valid_until IS NOT NULL))
      )`);
    await q.query(`CREATE INDEX title_application_queue_idx ON title_application (status, commune_path)`);
    await q.query(`
      CREATE TABLE application_transition (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        application_id uuid NOT NULL REFERENCES title_application(id),
        from_status text,
        to_status text NOT NULL,
        actor_id uuid NOT NULL REFERENCES app_user(id),
        actor_role text NOT NULL,
        reason text,
        scores jsonb NOT NULL,
        evidence_ids uuid[] NOT NULL,
        at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX application_transition_app_idx ON application_transition (application_id, at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of ['application_transition', 'title_application', 'title_decision', 'criteria_set'])
      await q.query(`DROP TABLE ${t}`);
  }
}
