import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { Dice } from './kpi-events';

/**
 * Random events that change K0 and K2 (docs/adr/0018), written straight into the source tables as the rollups'
 * triggers see any writer: roster imports that replace a commune's roster for a year, passes of a course test
 * (graded on the server, or only reported by a browser, which must not count), and a switch of the criteria course.
 */
export interface RosterWorld {
  communes: string[];
  citizenIds: string[];
  years: number[];
  /** Two courses with one test each; the criteria course is switched between them. */
  courses: { courseId: string; testId: string }[];
  people: string[];
}

type RosterEvent = 'import' | 'pass' | 'reported' | 'switch';

const WEIGHTS: [RosterEvent, number][] = [
  ['import', 4],
  ['pass', 4],
  ['reported', 1],
  ['switch', 1],
];

export async function loadRosterWorld(c: Client, years: number[]): Promise<RosterWorld> {
  const communes = (await c.query(`SELECT id FROM area WHERE kind = 'commune' ORDER BY id LIMIT 6`)).rows.map(
    (r) => r.id,
  );
  const users = (await c.query(`SELECT id, citizen_id FROM app_user WHERE citizen_id IS NOT NULL ORDER BY id`)).rows;
  const courses = [];
  for (const slug of ['criteria-a', 'criteria-b']) {
    const testId = randomUUID();
    const [{ id: courseId }] = (
      await c.query(
        `INSERT INTO course (slug, title, summary, competences, level, population_groups, estimated_minutes, status,
           author_id)
         VALUES ($1, '{"vi":"Tiêu chí"}', '{"vi":"Tiêu chí"}', '{}', 1, '{}', 30, 'published', $2) RETURNING id`,
        [`${slug}-${Date.now()}`, users[0].id],
      )
    ).rows;
    const [{ id: moduleId }] = (
      await c.query(
        `INSERT INTO course_module (course_id, position, title) VALUES ($1, 1, '{"vi":"1"}') RETURNING id`,
        [courseId],
      )
    ).rows;
    await c.query(
      `INSERT INTO material (module_id, position, kind, title, test_id, item_count) VALUES ($1, 1, 'test', '{"vi":"KT"}', $2, 5)`,
      [moduleId, testId],
    );
    courses.push({ courseId, testId });
  }
  await switchCourse(c, courses[0].courseId, users[0].id);
  return {
    communes,
    citizenIds: users.map((u) => u.citizen_id),
    people: users.map((u) => u.id),
    years,
    courses,
  };
}

/** One stream of `transactions` transactions of one event each; about one in ten rolled back. */
export async function runRosterStream(
  c: Client,
  world: RosterWorld,
  rng: Dice,
  transactions: number,
): Promise<Record<RosterEvent | 'rolledBack', number>> {
  const done = { import: 0, pass: 0, reported: 0, switch: 0, rolledBack: 0 };
  for (let t = 0; t < transactions; t++) {
    const event = rng.weighted(WEIGHTS);
    await c.query('BEGIN');
    if (event === 'import') await importRoster(c, world, rng);
    else if (event === 'switch') await switchCourse(c, rng.pick(world.courses).courseId, world.people[0]);
    else await pass(c, world, rng, event === 'pass' ? 'verified' : 'reported');
    done[event]++;
    if (rng.chance(0.1)) {
      await c.query('ROLLBACK');
      done.rolledBack++;
    } else {
      await c.query('COMMIT');
    }
  }
  return done;
}

/** As the import service does: replace the roster of one commune and year, under its per-scope lock. */
async function importRoster(c: Client, world: RosterWorld, rng: Dice): Promise<void> {
  const kind = rng.pick(['learning_unit', 'association']);
  const commune = rng.pick(world.communes);
  const year = rng.pick(world.years);
  await c.query(`SELECT pg_advisory_xact_lock(hashtext('kpi_roster'), hashtext($1))`, [`${kind}/${commune}/${year}`]);
  await c.query(`DELETE FROM kpi_roster_member WHERE kind = $1 AND commune_id = $2 AND year = $3`, [
    kind,
    commune,
    year,
  ]);
  const listed = new Set<string>();
  for (let i = rng.int(0, 40); i > 0; i--)
    listed.add(rng.chance(0.8) ? rng.pick(world.citizenIds) : String(rng.int(1e11, 1e12 - 1)));
  if (listed.size === 0) return;
  const unit = kind === 'learning_unit';
  await c.query(
    `INSERT INTO kpi_roster_member (kind, commune_id, year, citizen_id, category, unit_name, imported_by)
     SELECT $1, $2, $3, id, $4, $5, $6 FROM unnest($7::text[]) id`,
    [kind, commune, year, unit ? 'school' : 'member', unit ? 'Trường Kiểm Thử' : null, world.people[0], [...listed]],
  );
}

async function switchCourse(c: Client, courseId: string, by: string): Promise<void> {
  await c.query(
    `INSERT INTO kpi_criteria_course (singleton, course_id, set_by) VALUES (true, $1, $2)
     ON CONFLICT ON CONSTRAINT kpi_criteria_course_pk DO UPDATE SET course_id = EXCLUDED.course_id`,
    [courseId, by],
  );
}

/** A test of one of the courses passed on a random day, next in the person's chain under the records' lock. */
async function pass(c: Client, world: RosterWorld, rng: Dice, trust: string): Promise<void> {
  const person = rng.pick(world.people);
  const at = new Date(Date.UTC(rng.pick(world.years), rng.int(0, 11), rng.int(1, 28)));
  await c.query('SELECT pg_advisory_xact_lock(hashtext($1))', [person]);
  await c.query(
    `INSERT INTO learning_record (person_id, seq, verb, object_type, object_id, object_name, trust, success,
       occurred_at, hash)
     SELECT $1, coalesce(max(seq), 0) + 1, 'passed', 'test', $2, '{"vi":"Tiêu chí"}', $3, true,
       least($4::timestamptz, now()), 'not-chained'
     FROM learning_record WHERE person_id = $1`,
    [person, rng.pick(world.courses).testId, trust, at.toISOString()],
  );
}

type Pair = [number, number];

/** K2 and K0 per roster, counted afresh from the query interfaces: `kind/commune` → [listed, counted]. */
export async function rostersAfresh(c: Client, year: number): Promise<Map<string, Pair>> {
  const { rows } = await c.query(
    `SELECT r.kind || '/' || r.commune_id AS key, count(*)::int AS members,
            (count(*) FILTER (WHERE CASE r.kind
               WHEN 'learning_unit' THEN EXISTS (
                 SELECT 1 FROM title_holding t WHERE t.person_id = a.person_id
                   AND t.year <= $1 AND t.valid_until >= make_date($1, 1, 1))
               ELSE EXISTS (
                 SELECT 1 FROM passed_test p JOIN course_test ct ON ct.test_id::text = p.test_id
                 JOIN kpi_criteria_course k ON k.course_id = ct.course_id
                 WHERE p.person_id = a.person_id AND p.passed_on <= make_date($1, 12, 31)) END))::int AS counted
     FROM kpi_roster_member r LEFT JOIN person_citizen_id a ON a.citizen_id = r.citizen_id
     WHERE r.year = $1 GROUP BY r.kind, r.commune_id`,
    [year],
  );
  return new Map(rows.map((r) => [r.key, [r.members, r.counted]]));
}

/** What the roster rollups hold for `year` (counters plus ledger), keyed as rostersAfresh keys them. */
export async function rostersRolledUp(c: Client, year: number): Promise<Map<string, Pair>> {
  const { rows } = await c.query(
    `SELECT kind || '/' || commune_id AS key, sum(members)::int AS members, sum(counted)::int AS counted
     FROM (SELECT kind, commune_id, members, counted FROM kpi_rollup_roster WHERE year = $1
           UNION ALL SELECT kind, commune_id, members, counted FROM kpi_roster_delta WHERE year = $1) x
     GROUP BY kind, commune_id HAVING sum(members) <> 0 OR sum(counted) <> 0`,
    [year],
  );
  return new Map(rows.map((r) => [r.key, [r.members, r.counted]]));
}
