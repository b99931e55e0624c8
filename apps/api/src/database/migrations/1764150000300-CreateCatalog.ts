import { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateCatalog1764150000300 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE competence_domain (code text PRIMARY KEY, name jsonb NOT NULL)`);
    await q.query(`
      CREATE TABLE competence (
        code text PRIMARY KEY,
        domain_code text NOT NULL REFERENCES competence_domain(code),
        name jsonb NOT NULL,
        description jsonb NOT NULL
      )`);
    await q.query(`
      CREATE TABLE competence_level_band (
        code text PRIMARY KEY,
        levels int[] NOT NULL,
        name jsonb NOT NULL,
        description jsonb NOT NULL
      )`);
    await q.query(`
      CREATE TABLE course (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        slug text NOT NULL UNIQUE,
        version int NOT NULL DEFAULT 1,
        title jsonb NOT NULL,
        summary jsonb NOT NULL,
        competences text[] NOT NULL,
        level int NOT NULL CHECK (level BETWEEN 1 AND 8),
        population_groups text[] NOT NULL,
        estimated_minutes int NOT NULL CHECK (estimated_minutes > 0),
        licence text NOT NULL DEFAULT 'CC BY 4.0',
        language text NOT NULL DEFAULT 'vi',
        status text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'in_review', 'published', 'archived')),
        author_id uuid NOT NULL REFERENCES app_user(id),
        review_note text,
        reviewed_by uuid REFERENCES app_user(id),
        published_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX course_status_idx ON course (status)`);
    await q.query(`
      CREATE TABLE course_module (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        course_id uuid NOT NULL REFERENCES course(id) ON DELETE CASCADE,
        position int NOT NULL,
        title jsonb NOT NULL,
        UNIQUE (course_id, position)
      )`);
    await q.query(`
      CREATE TABLE h5p_package (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        title text NOT NULL,
        main_library text NOT NULL,
        manifest jsonb NOT NULL,
        bundled_libraries text[] NOT NULL,
        size_bytes int NOT NULL,
        uploaded_by uuid NOT NULL REFERENCES app_user(id),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE material (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        module_id uuid NOT NULL REFERENCES course_module(id) ON DELETE CASCADE,
        position int NOT NULL,
        kind text NOT NULL CHECK (kind IN ('h5p', 'test')),
        title jsonb NOT NULL,
        h5p_package_id uuid REFERENCES h5p_package(id),
        test_id uuid,
        item_count int,
        UNIQUE (module_id, position),
        CHECK ((kind = 'h5p') = (h5p_package_id IS NOT NULL) AND (kind = 'test') = (test_id IS NOT NULL))
      )`);
    await q.query(`CREATE UNIQUE INDEX material_test_uq ON material (test_id) WHERE test_id IS NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of [
      'material',
      'h5p_package',
      'course_module',
      'course',
      'competence_level_band',
      'competence',
      'competence_domain',
    ]) {
      await q.query(`DROP TABLE ${t}`);
    }
  }
}
