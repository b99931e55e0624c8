import { INestApplication } from '@nestjs/common';
import { Client } from 'pg';
import request from 'supertest';
import type { KpiReport } from '@lc/shared-contracts';
import { makeCitizenId } from '@lc/api-identity';
import { THIS_YEAR, TODAY, verifiedApplications } from './testing/fixtures';
import { clients, dropCity, expectRollupsToMatch, generatedCity, startFolding, YEARS } from './testing/kpi-city';
import { Dice, loadWorld, runStream } from './testing/kpi-events';
import { loadRosterWorld, runRosterStream } from './testing/roster-events';
import { asOwner, bearer, createTestApp, createUser, createUsers } from './testing/test-app';

/** K0 and K2 over imported rosters, kept by the rollups (docs/adr/0018), against a count made afresh. */
describe('roster rollups against a count made afresh (generated city, PostgreSQL)', () => {
  const database = 'lc_int_city_rosters';
  let url: string;
  let owner: Client;

  beforeAll(async () => {
    ({ url, owner } = await generatedCity(database));
  }, 180_000);

  afterAll(() => dropCity(database, owner));

  it('keeps K0 and K2 equal through roster imports, course passes and switches of the criteria course', async () => {
    const rosterWorld = await loadRosterWorld(owner, YEARS);
    const world = await loadWorld(owner, THIS_YEAR);
    const [a, b, c, d] = await clients(url, 4);
    const stopFolding = await startFolding(url);
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
      await stopFolding();
      await Promise.all([a, b, c, d].map((x) => x.end()));
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
});

describe('roster rollups under concurrent requests (HTTP, PostgreSQL)', () => {
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

  it(`keeps K2 exact through ${CROWD / 2} roster imports and ${CROWD / 2} recognitions of listed people at once`, async () => {
    const admin = await createUser(app, [{ role: 'admin', areaId: '01' }]);
    const approver = await createUser(app, [{ role: 'approver', areaId: BACH_MAI }]);
    const analyst = await createUser(app, [{ role: 'analyst', areaId: BACH_MAI }]);
    const citizens = await createUsers(app, CROWD / 2, [{ role: 'citizen', areaId: BACH_MAI }]);
    const verified = await verifiedApplications(app, citizens, BACH_MAI);
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
      ...verified.map((id, i) =>
        http
          .post('/api/decisions')
          .set(bearer(approver))
          .send({
            communeId: BACH_MAI,
            number: `KPI-R${serial}-${i}/QĐ`,
            signedOn: TODAY,
            signerName: 'Lê Văn Ký',
            applicationIds: [id],
          }),
      ),
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
});
