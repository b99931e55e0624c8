import { INestApplication } from '@nestjs/common';
import { Client } from 'pg';
import request from 'supertest';
import type { KpiGroups, KpiReport } from '@lc/shared-contracts';
import { makeCitizenId } from '@lc/api-identity';
import { recordHash } from '@lc/api-records';
import { scores, submittedApplication, THIS_YEAR, TODAY } from './testing/fixtures';
import { clients, dropCity, expectRollupsToMatch, generatedCity, startFolding } from './testing/kpi-city';
import { Counts, rolledUp } from './testing/kpi-counts';
import { Dice, loadWorld, runStream } from './testing/kpi-events';
import { asOwner, bearer, createTestApp, createUser, createUsers, PASSWORD, TestUser } from './testing/test-app';

describe('KPI rollups against a count made afresh (generated city, PostgreSQL)', () => {
  const database = 'lc_int_city';
  let url: string;
  let owner: Client;

  beforeAll(async () => {
    ({ url, owner } = await generatedCity(database));
  }, 180_000);

  afterAll(() => dropCity(database, owner));

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
    const world = await loadWorld(owner, THIS_YEAR);
    const streams = await clients(url, 3);
    const stopFolding = await startFolding(url);
    try {
      const done = await Promise.all(streams.map((c, i) => runStream(c, world, new Dice(100 + i), 80)));
      const total = (k: keyof (typeof done)[number]) => done.reduce((s, d) => s + d[k], 0);
      for (const event of ['register', 'recognise', 'revoke', 'expire', 'move', 'skills', 'void'] as const)
        expect(total(event)).toBeGreaterThan(0);
      expect(total('rolledBack')).toBeGreaterThan(0);
    } finally {
      await stopFolding();
      await Promise.all(streams.map((c) => c.end()));
    }
    expect((await owner.query(`SELECT count(*)::int AS n FROM kpi_dirty`)).rows[0].n).toBe(0);
    await expectRollupsToMatch(owner);
  }, 120_000);

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

  /** Each citizen's application, submitted and verified ten at a time; their ids in the citizens' order. */
  async function verifiedInBatches(citizens: TestUser[], verifier: TestUser): Promise<string[]> {
    const ids: string[] = [];
    for (let i = 0; i < citizens.length; i += 10)
      ids.push(
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
    return ids;
  }

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
    const verified = await verifiedInBatches(citizens, verifier);
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
