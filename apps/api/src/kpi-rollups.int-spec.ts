import { INestApplication } from '@nestjs/common';
import { spawnSync } from 'node:child_process';
import { Client } from 'pg';
import request from 'supertest';
import { DataSource } from 'typeorm';
import type { KpiGroups, KpiReport } from '@lc/shared-contracts';
import { makeCitizenId } from '@lc/api-identity';
import { recordHash } from '@lc/api-records';
import { DEFAULT_POOL, dataSourceOptions } from './database/data-source';
import { migrateDatabase } from './database/migrate';
import { seedReference } from './seed/seed-reference';
import { scores, submittedApplication, THIS_YEAR, TODAY } from './testing/fixtures';
import { Dice, EventWorld, loadWorld, runStream } from './testing/kpi-events';
import { loadRosterWorld, rostersAfresh, rostersRolledUp, runRosterStream } from './testing/roster-events';
import { asOwner, bearer, createTestApp, createUser, createUsers, PASSWORD, TestUser } from './testing/test-app';
import { loadDatabaseUrls } from './config/env';

type Counts = [number, number, number, number, number];

/**
 * An independent count, year by year, straight from the query interfaces (who is a citizen, who holds a title,
 * which results count): the rollups must agree with it for every commune and residential group.
 */
async function countedAfresh(c: Client, year: number): Promise<Map<string, Counts>> {
  const { rows } = await c.query(
    `WITH r AS (SELECT * FROM kpi_year_rule WHERE year = $1),
     adults AS (
       SELECT p.person_id, p.commune_id, p.group_id FROM person_facts p, r
       WHERE p.commune_id IS NOT NULL AND p.birth_year IS NOT NULL
         AND p.registered_year <= $1 AND $1 - p.birth_year >= r.adult_age),
     titles AS (
       SELECT a.person_id, least(max(t.valid_until), make_date($1, 12, 31)) AS cut
       FROM adults a JOIN title_holding t ON t.person_id = a.person_id
       WHERE t.year <= $1 AND t.valid_until >= make_date($1, 1, 1)
       GROUP BY a.person_id),
     levels AS (
       SELECT t.person_id, d.domain,
              max((e.domain_levels ->> d.domain)::int) FILTER (WHERE e.kind = 'assessment') AS level
       FROM titles t CROSS JOIN r CROSS JOIN unnest(r.skill_domains) d(domain)
       LEFT JOIN skills_evidence e ON e.person_id = t.person_id AND e.occurred_on <= t.cut
       GROUP BY t.person_id, d.domain),
     flags AS (
       SELECT t.person_id,
              bool_and(coalesce(l.level, 0) >= r.k3_min_level)
                OR bool_or(EXISTS (SELECT 1 FROM skills_evidence e WHERE e.person_id = t.person_id
                                     AND e.kind = 'confirmation' AND e.occurred_on <= t.cut)) AS skills,
              bool_and(coalesce(l.level, 0) >= r.k4_min_level) AS proficient
       FROM titles t JOIN levels l ON l.person_id = t.person_id CROSS JOIN r
       GROUP BY t.person_id)
     SELECT a.commune_id, a.group_id, GROUPING(a.group_id) AS whole_commune,
            count(*)::int AS adults, count(t.person_id)::int AS holders,
            (count(*) FILTER (WHERE f.skills))::int AS skills, (count(*) FILTER (WHERE f.proficient))::int AS proficient,
            (count(*) FILTER (WHERE f.skills AND f.proficient))::int AS both
     FROM adults a LEFT JOIN titles t ON t.person_id = a.person_id LEFT JOIN flags f ON f.person_id = a.person_id
     GROUP BY GROUPING SETS ((a.commune_id), (a.commune_id, a.group_id))`,
    [year],
  );
  return new Map(
    rows
      .filter((r) => r.whole_commune === 1 || r.group_id !== null)
      .map((r) => [
        r.whole_commune === 1 ? r.commune_id : `${r.commune_id}/${r.group_id}`,
        [r.adults, r.holders, r.skills, r.proficient, r.both],
      ]),
  );
}

/** What the rollups hold for `year` (counters plus ledger), keyed as countedAfresh keys them. */
async function rolledUp(c: Client, year: number): Promise<Map<string, Counts>> {
  const sums = `sum(adults)::int AS a, sum(holders)::int AS h, sum(with_skills)::int AS s, sum(proficient)::int AS p,
                sum(proficient_with_skills)::int AS b`;
  const cols = 'adults, holders, with_skills, proficient, proficient_with_skills';
  const { rows } = await c.query(
    `SELECT commune_id AS key, ${sums} FROM (
       SELECT commune_id, ${cols} FROM kpi_rollup_commune WHERE year = $1
       UNION ALL SELECT commune_id, ${cols} FROM kpi_rollup_delta WHERE year = $1) x GROUP BY commune_id
     UNION ALL
     SELECT commune_id || '/' || group_id, ${sums} FROM (
       SELECT commune_id, group_id, ${cols} FROM kpi_rollup_group WHERE year = $1
       UNION ALL SELECT commune_id, group_id, ${cols} FROM kpi_rollup_delta WHERE year = $1 AND group_id IS NOT NULL
     ) y GROUP BY commune_id, group_id`,
    [year],
  );
  return new Map(
    rows.filter((r) => r.a || r.h || r.s || r.p || r.b).map((r) => [r.key, [r.a, r.h, r.s, r.p, r.b] as Counts]),
  );
}

const YEARS = Array.from({ length: THIS_YEAR + 2 - 2022 }, (_, i) => 2022 + i);

async function expectRollupsToMatch(c: Client): Promise<void> {
  expect((await c.query(`SELECT * FROM kpi_rollup_diff()`)).rows).toEqual([]);
  for (const year of YEARS) {
    const [fresh, rolled] = [await countedAfresh(c, year), await rolledUp(c, year)];
    expect({ year, counts: Object.fromEntries(rolled) }).toEqual({ year, counts: Object.fromEntries(fresh) });
    const [listed, kept] = [await rostersAfresh(c, year), await rostersRolledUp(c, year)];
    expect({ year, rosters: Object.fromEntries(kept) }).toEqual({ year, rosters: Object.fromEntries(listed) });
  }
}

/** `n` clients of the test database, ended by the caller. */
async function clients(url: string, n: number): Promise<Client[]> {
  return Promise.all(
    Array.from({ length: n }, async () => {
      const c = new Client({ connectionString: url });
      await c.connect();
      return c;
    }),
  );
}

describe('KPI rollups against a count made afresh (generated city, PostgreSQL)', () => {
  const database = 'lc_int_city';
  let url: string;
  let owner: Client;
  let eventWorld: EventWorld | undefined;
  /** Loaded once: it records a decision that every recognition of the streams then refers to. */
  const loadEventWorld = async () => (eventWorld ??= await loadWorld(owner, THIS_YEAR));

  beforeAll(async () => {
    const server = new URL(loadDatabaseUrls().DATABASE_URL!);
    const admin = new Client({ connectionString: server.toString() });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${database}`);
    await admin.end();
    server.pathname = `/${database}`;
    url = server.toString();
    await migrateDatabase(url);
    const ds = await new DataSource(dataSourceOptions(url, { ...DEFAULT_POOL, size: 2 })).initialize();
    await seedReference(ds);
    await ds.destroy();
    // The generator as anyone runs it (npm run city:generate), on this database.
    const generated = spawnSync(
      'npx',
      ['tsx', 'tools/city/generate.ts', '--database-url', url, '--scale', '0.0003', '--seed', '7'],
      { encoding: 'utf8', timeout: 150_000 },
    );
    if (generated.status !== 0) throw new Error(`city:generate failed: ${generated.stderr}${generated.stdout}`);
    owner = new Client({ connectionString: url });
    await owner.connect();
  }, 180_000);

  afterAll(async () => {
    await owner?.end();
    const admin = new Client({ connectionString: loadDatabaseUrls().DATABASE_URL });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
    await admin.end();
  });

  it('generates a city in every commune, with titles over several years and chained records', async () => {
    const { rows: counts } = await owner.query(
      `SELECT count(DISTINCT commune_id)::int AS communes, count(*)::int AS people FROM app_user WHERE citizen_id IS NOT NULL`,
    );
    expect(counts[0].communes).toBe(126);
    expect(counts[0].people).toBeGreaterThan(2000);
    const { rows: years } = await owner.query(
      `SELECT DISTINCT year FROM title_application WHERE status = 'recognised' ORDER BY year`,
    );
    expect(years.length).toBeGreaterThanOrEqual(3);
    // The records context can verify what the generator chained.
    const { rows } = await owner.query(
      `SELECT * FROM learning_record WHERE person_id IN (SELECT person_id FROM learning_record LIMIT 20)
       ORDER BY person_id, seq`,
    );
    for (const r of rows) {
      const fields = {
        personId: r.person_id,
        seq: r.seq,
        verb: r.verb,
        objectType: r.object_type,
        objectId: r.object_id,
        objectName: r.object_name,
        context: r.context,
        trust: r.trust,
        score: r.score,
        maxScore: r.max_score,
        success: r.success,
        completion: r.completion,
        domainLevels: r.domain_levels,
        voidsRecordId: r.voids_record_id,
        occurredAt: r.occurred_at.toISOString(),
        prevHash: r.prev_hash,
      };
      expect(recordHash(fields)).toBe(r.hash);
    }
  });

  it('starts out equal to the count made afresh', async () => {
    await expectRollupsToMatch(owner);
  });

  it('stays equal through random events from three concurrent streams, rolled-back transactions included', async () => {
    const world = await loadEventWorld();
    const streams = await Promise.all(
      [1, 2, 3].map(async () => {
        const c = new Client({ connectionString: url });
        await c.connect();
        return c;
      }),
    );
    const fold = new Client({ connectionString: url });
    await fold.connect();
    let folding = true;
    // Ledger rows are folded into the counters while the streams write, as the API's compactor does.
    const folder = (async () => {
      while (folding) {
        await fold.query(`SELECT kpi_rollup_compact(500)`);
        await new Promise((r) => setTimeout(r, 50));
      }
    })();
    try {
      const done = await Promise.all(streams.map((c, i) => runStream(c, world, new Dice(100 + i), 80)));
      const total = (k: keyof (typeof done)[number]) => done.reduce((s, d) => s + d[k], 0);
      for (const event of ['register', 'recognise', 'revoke', 'expire', 'move', 'skills', 'void'] as const)
        expect(total(event)).toBeGreaterThan(0);
      expect(total('rolledBack')).toBeGreaterThan(0);
    } finally {
      folding = false;
      await folder;
      await Promise.all([...streams, fold].map((c) => c.end()));
    }
    expect((await owner.query(`SELECT count(*)::int AS n FROM kpi_dirty`)).rows[0].n).toBe(0);
    await expectRollupsToMatch(owner);
  }, 120_000);

  it('keeps K0 and K2 equal through roster imports, course passes and switches of the criteria course', async () => {
    const rosterWorld = await loadRosterWorld(owner, YEARS);
    const world = await loadEventWorld();
    const [a, b, c, d, fold] = await clients(url, 5);
    let folding = true;
    const folder = (async () => {
      while (folding) {
        await fold.query(`SELECT kpi_rollup_compact(500)`);
        await new Promise((r) => setTimeout(r, 50));
      }
    })();
    try {
      // Roster events beside recognitions, revocations, expiries and moves, which change who holds the title.
      const [rosters, ...people] = await Promise.all([
        Promise.all([a, b].map((s, i) => runRosterStream(s, rosterWorld, new Dice(300 + i), 60))),
        runStream(c, world, new Dice(400), 60),
        runStream(d, world, new Dice(401), 60),
      ]);
      for (const event of ['import', 'pass', 'reported', 'switch'] as const)
        expect(rosters.reduce((s, r) => s + r[event], 0)).toBeGreaterThan(0);
      expect(people.reduce((s, r) => s + r.recognise + r.revoke, 0)).toBeGreaterThan(0);
    } finally {
      folding = false;
      await folder;
      await Promise.all([a, b, c, d, fold].map((x) => x.end()));
    }
    const { rows } = await owner.query(`SELECT sum(members)::int AS listed, sum(counted)::int AS counted
      FROM (SELECT members, counted FROM kpi_rollup_roster UNION ALL SELECT members, counted FROM kpi_roster_delta) x`);
    expect(rows[0].listed).toBeGreaterThan(0);
    expect(rows[0].counted).toBeGreaterThan(0);
    expect((await owner.query(`SELECT count(*)::int AS n FROM kpi_dirty_citizen`)).rows[0].n).toBe(0);
    await expectRollupsToMatch(owner);
  }, 120_000);

  it('finds a roster counter that drifted, and the rebuild puts it right', async () => {
    const [{ kind, year, commune_id }] = (
      await owner.query(`SELECT kind, year, commune_id FROM kpi_roster_member LIMIT 1`)
    ).rows;
    await owner.query(
      `INSERT INTO kpi_roster_delta (kind, year, commune_id, members, counted) VALUES ($1, $2, $3, 0, 1)`,
      [kind, year, commune_id],
    );
    const { rows } = await owner.query(`SELECT kind, key FROM kpi_rollup_diff() WHERE kind = 'roster'`);
    expect(rows).toEqual([{ kind: 'roster', key: `${kind}/${commune_id}/${year}` }]);
    await owner.query(`SELECT kpi_rollup_rebuild()`);
    await expectRollupsToMatch(owner);
  });

  it('rebuilds in the same transaction when a rule changes, and agrees again', async () => {
    const before = await rolledUp(owner, THIS_YEAR);
    await owner.query(`INSERT INTO kpi_rule (valid_from, params) VALUES (make_date($1, 1, 1), $2)`, [
      THIS_YEAR,
      { adultAge: 16, skillDomains: ['1', '2'], k3MinLevel: 2, k4MinLevel: 4, ageBands: [16, 30, 60] },
    ]);
    const after = await rolledUp(owner, THIS_YEAR);
    const city = (m: Map<string, Counts>) => [...m].filter(([k]) => !k.includes('/')).reduce((s, [, v]) => s + v[0], 0);
    expect(city(after)).toBeGreaterThan(city(before));
    const { rows } = await owner.query(`SELECT DISTINCT age_band FROM kpi_rollup_commune WHERE year = $1`, [THIS_YEAR]);
    expect(rows.map((r) => r.age_band).sort()).toEqual(['16-29', '30-59', '60+']);
    await expectRollupsToMatch(owner);
  });
});

describe('KPI rollups under concurrent requests (HTTP, PostgreSQL)', () => {
  /** A commune no other spec touches, so its figures move only with what this test does. */
  const BACH_MAI = '00292';
  const CROWD = 50;
  let app: INestApplication;
  let http: ReturnType<typeof request>;

  beforeAll(async () => {
    app = await createTestApp();
    http = request(app.getHttpServer());
  });
  afterAll(() => app.close());

  const decide = (approver: TestUser, ids: string[], number: string) =>
    http
      .post('/api/decisions')
      .set(bearer(approver))
      .send({ communeId: BACH_MAI, number, signedOn: TODAY, signerName: 'Lê Văn Ký', applicationIds: ids });

  it(`counts ${CROWD} recognitions, ${CROWD / 2} revocations and ${CROWD / 2} registrations sent at once, each once`, async () => {
    const admin = await createUser(app, [{ role: 'admin', areaId: '01' }]);
    const group = (
      await http
        .post(`/api/areas/${BACH_MAI}/groups`)
        .set(bearer(admin))
        .send({ name: `Tổ KPI ${Date.now()}` })
        .expect(201)
    ).body;
    const verifier = await createUser(app, [{ role: 'verifier', areaId: BACH_MAI }]);
    const approver = await createUser(app, [{ role: 'approver', areaId: BACH_MAI }]);
    const analyst = await createUser(app, [{ role: 'analyst', areaId: BACH_MAI }]);
    const citizens = await createUsers(app, CROWD * 1.5, [{ role: 'citizen', areaId: BACH_MAI }]);
    const verified: string[] = [];
    for (let i = 0; i < citizens.length; i += 10)
      verified.push(
        ...(await Promise.all(
          citizens.slice(i, i + 10).map(async (c) => {
            const submitted = await submittedApplication(app, c);
            await http
              .post(`/api/applications/${submitted.id}/verification`)
              .set(bearer(verifier))
              .send({ scores: scores() })
              .expect(200);
            return submitted.id;
          }),
        )),
      );
    const toRevoke = verified.slice(CROWD);
    await decide(approver, toRevoke, `KPI-${Date.now()}/QĐ`).expect(201);
    const kpis = async (): Promise<KpiReport> =>
      (await http.get('/api/kpis').query({ areaId: BACH_MAI }).set(bearer(analyst)).expect(200)).body;
    const before = await kpis();

    const serial = 500_000 + Math.floor(Math.random() * 400_000);
    const crowd = await Promise.all([
      ...verified.slice(0, CROWD).map((id, i) => decide(approver, [id], `KPI-${serial}-${i}/QĐ`)),
      ...toRevoke.map((id) =>
        http.post(`/api/applications/${id}/revocation`).set(bearer(approver)).send({ reason: 'Kê khai sai sự thật.' }),
      ),
      ...Array.from({ length: CROWD / 2 }, (_, i) =>
        http.post('/api/auth/register').send({
          fullName: 'Nguyễn Thị Đăng Ký',
          citizenId: makeCitizenId(1985, 'female', serial + i, 1),
          birthYear: 1985,
          gender: 'female',
          communeId: BACH_MAI,
          groupId: group.id,
          populationGroup: 'other',
          password: PASSWORD,
        }),
      ),
    ]);
    expect(crowd.map((r) => r.status).filter((s) => s >= 300)).toEqual([]);

    const after = await kpis();
    const k1 = (r: KpiReport) => r.kpis.find((k) => k.code === 'K1')!;
    expect(k1(after).numerator - k1(before).numerator).toBe(CROWD - CROWD / 2);
    expect(k1(after).denominator - k1(before).denominator).toBe(CROWD / 2);
    // The new residential group holds exactly the people registered into it, shown since they are 10 or more.
    const groups: KpiGroups = (
      await http.get('/api/kpis/groups').query({ communeId: BACH_MAI }).set(bearer(analyst)).expect(200)
    ).body;
    expect(groups.rows.find((g) => g.areaId === group.id)?.kpis[0]).toMatchObject({
      code: 'K1',
      numerator: null,
      denominator: CROWD / 2,
      suppressed: true,
    });

    const { persons, counters } = await asOwner(async (ds) => {
      const diff: { kind: string; key: string }[] = await ds.query(`SELECT kind, key FROM kpi_rollup_diff()`);
      const ours: string[] = (await ds.query(`SELECT id FROM app_user WHERE commune_id = $1`, [BACH_MAI])).map(
        (r: { id: string }) => r.id,
      );
      return {
        persons: diff.filter((d) => d.kind === 'person' && ours.includes(d.key)),
        counters: diff.filter((d) => d.key.startsWith(`${BACH_MAI}/`) || d.key.startsWith(`${group.id}/`)),
      };
    });
    expect({ persons, counters }).toEqual({ persons: [], counters: [] });
  }, 180_000);

  it(`keeps K2 exact through ${CROWD / 2} roster imports and ${CROWD / 2} recognitions of listed people at once`, async () => {
    const admin = await createUser(app, [{ role: 'admin', areaId: '01' }]);
    const verifier = await createUser(app, [{ role: 'verifier', areaId: BACH_MAI }]);
    const approver = await createUser(app, [{ role: 'approver', areaId: BACH_MAI }]);
    const analyst = await createUser(app, [{ role: 'analyst', areaId: BACH_MAI }]);
    const citizens = await createUsers(app, CROWD / 2, [{ role: 'citizen', areaId: BACH_MAI }]);
    const verified: string[] = [];
    for (let i = 0; i < citizens.length; i += 10)
      verified.push(
        ...(await Promise.all(
          citizens.slice(i, i + 10).map(async (c) => {
            const submitted = await submittedApplication(app, c);
            await http
              .post(`/api/applications/${submitted.id}/verification`)
              .set(bearer(verifier))
              .send({ scores: scores() })
              .expect(200);
            return submitted.id;
          }),
        )),
      );
    const serial = 100_000 + Math.floor(Math.random() * 300_000);
    const listed = [
      ...citizens.map((c) => c.login),
      ...[0, 1, 2, 3, 4].map((i) => makeCitizenId(1970, 'male', serial + i, 2)),
    ];
    const csv = [
      'commune_code,year,unit_type,unit_name,citizen_id',
      ...listed.map((id) => `${BACH_MAI},${THIS_YEAR},school,Trường Bạch Mai,${id}`),
    ].join('\n');
    const crowd = await Promise.all([
      ...verified.map((id, i) => decide(approver, [id], `KPI-R${serial}-${i}/QĐ`)),
      ...Array.from({ length: CROWD / 2 }, () =>
        http.post('/api/kpis/rosters/learning-units').set(bearer(admin)).send({ csv }),
      ),
    ]);
    expect(crowd.map((r) => r.status).filter((s) => s >= 300)).toEqual([]);
    const report: KpiReport = (await http.get('/api/kpis').query({ areaId: BACH_MAI }).set(bearer(analyst)).expect(200))
      .body;
    expect(report.rosterKpis?.find((k) => k.code === 'K2')).toMatchObject({
      numerator: CROWD / 2,
      denominator: CROWD / 2 + 5,
      denominatorSource: 'roster',
    });
    const diff = await asOwner(async (ds) => ds.query(`SELECT key FROM kpi_rollup_diff() WHERE kind = 'roster'`));
    expect(diff).toEqual([]);
  }, 180_000);

  it('shows a recognition in the KPIs as soon as its decision is answered', async () => {
    const verifier = await createUser(app, [{ role: 'verifier', areaId: BACH_MAI }]);
    const approver = await createUser(app, [{ role: 'approver', areaId: BACH_MAI }]);
    const analyst = await createUser(app, [{ role: 'analyst', areaId: BACH_MAI }]);
    const citizen = await createUser(app, [{ role: 'citizen', areaId: BACH_MAI }]);
    const submitted = await submittedApplication(app, citizen);
    await http
      .post(`/api/applications/${submitted.id}/verification`)
      .set(bearer(verifier))
      .send({ scores: scores() })
      .expect(200);
    const holders = async () =>
      (await http.get('/api/kpis').query({ areaId: BACH_MAI }).set(bearer(analyst)).expect(200)).body.kpis[0].numerator;
    const before = await holders();
    await decide(approver, [submitted.id], `KPI-now-${Date.now()}/QĐ`).expect(201);
    expect(await holders()).toBe(before + 1);
  });
});
