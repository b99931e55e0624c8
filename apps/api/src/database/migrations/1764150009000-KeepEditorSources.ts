import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What trainers build in the browser editor (issue 12 §4): the source of each editor-made material, one row per
 * material, gone with it. The package itself is an ordinary h5p_package, made through the upload checks.
 */
export class KeepEditorSources1764150009000 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE h5p_editor_source (
        material_id uuid PRIMARY KEY REFERENCES material(id) ON DELETE CASCADE,
        content_type text NOT NULL
          CHECK (content_type IN ('H5P.LcReadingPage', 'H5P.LcPracticeQuiz', 'H5P.LcPhoneTask')),
        params jsonb NOT NULL CHECK (jsonb_typeof(params) = 'object'),
        updated_by uuid NOT NULL REFERENCES app_user(id),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE h5p_editor_source`);
  }
}
