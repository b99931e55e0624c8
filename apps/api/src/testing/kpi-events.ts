import { Client } from 'pg';
import { seededRandom } from '../seed/demo-people';

/**
 * Random events that change what the KPIs count, written straight into the source tables (the rollup triggers do
 * not care who writes): registrations, recognitions, revocations, expiries cut short, moves, skills results, voided
 * results and changed personal details. A transaction holds several events in ascending person order, as the
 * platform's own writes do, so that the only waits between streams are the ones under test.
 */
/** A seeded stream of choices, so a failing sequence can be replayed. */
export class Dice {
  private readonly next: () => number;
  private serial = 0;

  constructor(readonly seed: number) {
    this.next = seededRandom(seed);
  }

  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)];
  }

  weighted<T>(entries: readonly (readonly [T, number])[]): T {
    let r = this.next() * entries.reduce((s, [, w]) => s + w, 0);
    for (const [value, w] of entries) if ((r -= w) < 0) return value;
    return entries[entries.length - 1][0];
  }

  /** Unique within the test run: the stream's seed and a running number. */
  code(): string {
    return `KPI${this.seed}-${++this.serial}`;
  }
}

export type KpiEvent =
  | 'register'
  | 'recognise'
  | 'revoke'
  | 'expire'
  | 'move'
  | 'skills'
  | 'void'
  | 'details'
  | 'reinstate';

const WEIGHTS: [KpiEvent, number][] = [
  ['register', 3],
  ['recognise', 5],
  ['revoke', 2],
  ['expire', 2],
  ['move', 2],
  ['skills', 4],
  ['void', 1],
  ['details', 1],
  ['reinstate', 1],
];

export interface EventWorld {
  communes: { id: string; path: string; groups: string[] }[];
  people: string[];
  criteriaSetId: string;
  decisionId: string;
  thisYear: number;
}

export async function loadWorld(c: Client, thisYear: number): Promise<EventWorld> {
  const communes = (
    await c.query(`
      SELECT a.id, a.path, coalesce(array_agg(g.id) FILTER (WHERE g.id IS NOT NULL), '{}') AS groups
      FROM area a LEFT JOIN area g ON g.parent_id = a.id AND g.kind = 'group'
      WHERE a.kind = 'commune' GROUP BY a.id, a.path ORDER BY a.id`)
  ).rows;
  const people = (await c.query(`SELECT id FROM app_user WHERE citizen_id IS NOT NULL ORDER BY id`)).rows.map(
    (r) => r.id,
  );
  const [{ id: criteriaSetId }] = (await c.query(`SELECT id FROM criteria_set LIMIT 1`)).rows;
  const [{ id: decisionId }] = (
    await c.query(
      `INSERT INTO title_decision (commune_id, number, signed_on, signer_name, created_by)
       VALUES ($1, 'KPI-TEST/QĐ', current_date, 'Người ký', $2) RETURNING id`,
      [communes[0].id, people[0]],
    )
  ).rows;
  return { communes, people, criteriaSetId, decisionId, thisYear };
}

/** One stream: `transactions` transactions of 1–8 events; about one in ten rolled back. Returns what it did. */
export async function runStream(
  c: Client,
  world: EventWorld,
  rng: Dice,
  transactions: number,
): Promise<Record<KpiEvent | 'rolledBack', number>> {
  const done = Object.fromEntries([...WEIGHTS.map(([e]) => [e, 0]), ['rolledBack', 0]]) as Record<
    KpiEvent | 'rolledBack',
    number
  >;
  for (let t = 0; t < transactions; t++) {
    const events = Array.from({ length: rng.int(1, 8) }, () => ({
      event: rng.weighted(WEIGHTS),
      person: rng.pick(world.people),
    })).sort((a, b) => a.person.localeCompare(b.person));
    await c.query('BEGIN');
    for (const { event, person } of events) {
      const id = event === 'register' ? await register(c, world, rng) : person;
      if (event !== 'register') await apply(c, world, rng, event, id);
      done[event]++;
    }
    if (rng.chance(0.1)) {
      await c.query('ROLLBACK');
      done.rolledBack++;
    } else {
      await c.query('COMMIT');
    }
  }
  return done;
}

async function register(c: Client, world: EventWorld, rng: Dice): Promise<string> {
  const commune = rng.pick(world.communes);
  const birthYear = world.thisYear - rng.int(16, 80);
  const registered = new Date(Date.UTC(rng.int(2022, world.thisYear), rng.int(0, 10), rng.int(1, 28)));
  const { rows } = await c.query(
    `INSERT INTO app_user (full_name, citizen_id, birth_year, gender, commune_id, group_id, population_group,
       password_hash, created_at)
     VALUES ('Người Thử', $1, $2, $3, $4, $5, $6, 'x', least($7::timestamptz, now())) RETURNING id`,
    [
      `097${String(rng.int(0, 999_999_999)).padStart(9, '0')}`,
      birthYear,
      rng.pick(['female', 'male']),
      commune.id,
      commune.groups.length && rng.chance(0.9) ? rng.pick(commune.groups) : null,
      rng.pick(['farmers', 'workers', 'officials', 'other', null]),
      registered.toISOString(),
    ],
  );
  return rows[0].id;
}

async function apply(c: Client, world: EventWorld, rng: Dice, event: KpiEvent, person: string): Promise<void> {
  const year = rng.int(2022, world.thisYear);
  switch (event) {
    case 'recognise':
      await c.query(
        `INSERT INTO title_application AS t (person_id, commune_id, commune_path, year, criteria_set_id, status,
           decision_id, certificate_code, valid_until)
         SELECT u.id, a.id, a.path, $2, $3, 'recognised', $4, $5, make_date($2 + 1, 12, 31)
         FROM app_user u JOIN area a ON a.id = u.commune_id WHERE u.id = $1
         ON CONFLICT (person_id, year) DO UPDATE SET status = 'recognised', revoked_at = NULL, revoke_reason = NULL,
           decision_id = EXCLUDED.decision_id, certificate_code = coalesce(t.certificate_code, EXCLUDED.certificate_code),
           valid_until = EXCLUDED.valid_until`,
        [person, year, world.criteriaSetId, world.decisionId, rng.code()],
      );
      return;
    case 'revoke':
      await c.query(
        `UPDATE title_application SET status = 'revoked', revoked_at = now(), revoke_reason = 'Kiểm thử'
         WHERE person_id = $1 AND status = 'recognised' AND year = (
           SELECT max(year) FROM title_application WHERE person_id = $1 AND status = 'recognised')`,
        [person],
      );
      return;
    case 'reinstate':
      await c.query(
        `UPDATE title_application SET status = 'recognised', revoked_at = NULL, revoke_reason = NULL
         WHERE person_id = $1 AND status = 'revoked'`,
        [person],
      );
      return;
    case 'expire':
      // A title cut short: it now ends with its own year, or part-way through it.
      await c.query(
        `UPDATE title_application SET valid_until = make_date(year, $2, 28)
         WHERE person_id = $1 AND status = 'recognised'`,
        [person, rng.pick([12, 6, 1])],
      );
      return;
    case 'move': {
      const to = rng.pick(world.communes);
      await c.query(`UPDATE app_user SET commune_id = $2, group_id = $3 WHERE id = $1`, [
        person,
        to.id,
        to.groups.length && rng.chance(0.9) ? rng.pick(to.groups) : null,
      ]);
      return;
    }
    case 'details':
      await c.query(
        `UPDATE app_user SET birth_year = birth_year + $2, gender = $3, population_group = $4 WHERE id = $1`,
        [
          person,
          rng.int(-3, 3),
          rng.pick(['female', 'male', 'other']),
          rng.pick(['farmers', 'workers', 'officials', 'other']),
        ],
      );
      return;
    case 'skills': {
      const confirmation = rng.chance(0.1);
      const levels = Object.fromEntries(['1', '2', '3', '4', '5', '6'].map((d) => [d, rng.int(1, 5)]));
      // Most results carry the assessment's level probabilities (K3/K4 sum them); some, as older ones, do not.
      const probabilities = rng.chance(0.8)
        ? Object.fromEntries(Object.entries(levels).map(([d, level]) => [d, spread(rng, level)]))
        : undefined;
      await appendRecord(c, person, {
        context: probabilities ? { levelProbabilities: probabilities } : {},
        verb: confirmation ? 'attested' : 'assessed',
        objectType: confirmation ? 'national_digital_skills' : 'digital_skills_assessment',
        trust: confirmation ? 'attested' : 'verified',
        success: confirmation ? true : null,
        domainLevels: confirmation ? null : levels,
        voids: null,
        at: new Date(Date.UTC(year, rng.int(0, 11), rng.int(1, 28))),
      });
      return;
    }
    case 'void': {
      const { rows } = await c.query(
        `SELECT record_id FROM skills_evidence WHERE person_id = $1 ORDER BY record_id LIMIT 1`,
        [person],
      );
      if (rows.length)
        await appendRecord(c, person, {
          context: {},
          verb: 'voided',
          objectType: 'digital_skills_assessment',
          trust: 'attested',
          success: null,
          domainLevels: null,
          voids: rows[0].record_id,
          at: new Date(),
        });
      return;
    }
    case 'register':
      return;
  }
}

/** Level probabilities (levels 1–8, four decimals, as results store them) around `level`. */
function spread(rng: Dice, level: number): number[] {
  const p = Array.from({ length: 8 }, (_, i) => (Math.abs(i + 1 - level) <= 1 ? rng.int(1, 100) : 0));
  const total = p.reduce((s, x) => s + x, 0);
  return p.map((x) => Math.round((x / total) * 1e4) / 1e4);
}

interface RecordEvent {
  context: Record<string, unknown>;
  verb: string;
  objectType: string;
  trust: string;
  success: boolean | null;
  domainLevels: Record<string, number> | null;
  voids: string | null;
  at: Date;
}

/** Next in the person's chain, under the records context's own per-person lock. */
async function appendRecord(c: Client, person: string, r: RecordEvent): Promise<void> {
  await c.query('SELECT pg_advisory_xact_lock(hashtext($1))', [person]);
  await c.query(
    `INSERT INTO learning_record (person_id, seq, verb, object_type, object_id, object_name, trust, success,
       domain_levels, voids_record_id, occurred_at, hash, context)
     SELECT $1, coalesce(max(seq), 0) + 1, $2, $3, 'kpi-test', '{"vi":"Kiểm thử"}', $4, $5, $6, $7,
       least($8::timestamptz, now()), 'not-chained', $9
     FROM learning_record WHERE person_id = $1`,
    [person, r.verb, r.objectType, r.trust, r.success, r.domainLevels, r.voids, r.at.toISOString(), r.context],
  );
}
