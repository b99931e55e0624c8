import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A commune numbers its decisions afresh each calendar year ("15/QĐ-UBND" recurs every January), so a number is
 * unique per commune and year of signing (issue 9 §4), not per commune for ever. The year is a column rather than an
 * expression index so that the constraint can be named and reported by name; a check keeps it equal to the date's.
 */
export class DecisionNumberPerCommuneYear1764160100000 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE title_decision ADD COLUMN year integer`);
    await q.query(`UPDATE title_decision SET year = extract(year FROM signed_on)::int`);
    await q.query(`ALTER TABLE title_decision ALTER COLUMN year SET NOT NULL`);
    await q.query(`
      ALTER TABLE title_decision
        ADD CONSTRAINT title_decision_year_of_signing CHECK (year = extract(year FROM signed_on)::int)`);
    // Writers that name no year (the city generator's COPY, raw inserts in tests) get the signing date's.
    await q.query(`
      CREATE FUNCTION title_decision_set_year() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        NEW.year := extract(year FROM NEW.signed_on)::int;
        RETURN NEW;
      END $$`);
    await q.query(`
      CREATE TRIGGER title_decision_year BEFORE INSERT OR UPDATE OF signed_on, year ON title_decision
        FOR EACH ROW EXECUTE FUNCTION title_decision_set_year()`);
    await q.query(`ALTER TABLE title_decision DROP CONSTRAINT title_decision_commune_id_number_key`);
    await q.query(`
      ALTER TABLE title_decision
        ADD CONSTRAINT title_decision_number_per_commune_year UNIQUE (commune_id, year, number)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE title_decision DROP CONSTRAINT title_decision_number_per_commune_year`);
    // The old rule cannot hold a number used again in a later year: such repeats keep their year in the number.
    await q.query(`
      UPDATE title_decision d SET number = d.number || ' (' || d.year || ')'
        WHERE EXISTS (SELECT 1 FROM title_decision e
                       WHERE e.commune_id = d.commune_id AND e.number = d.number AND e.year < d.year)`);
    await q.query(
      `ALTER TABLE title_decision ADD CONSTRAINT title_decision_commune_id_number_key UNIQUE (commune_id, number)`,
    );
    await q.query(`DROP TRIGGER title_decision_year ON title_decision`);
    await q.query(`DROP FUNCTION title_decision_set_year()`);
    await q.query(`ALTER TABLE title_decision DROP COLUMN year`);
  }
}
