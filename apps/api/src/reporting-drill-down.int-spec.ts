import { INestApplication } from '@nestjs/common';
import request from 'supertest';
import type { KpiBreakdown, KpiCommuneRanking, KpiGroups, KpiTrend } from '@lc/shared-contracts';
import { BA_DINH, CITY, recognisedApplication, THIS_YEAR } from './testing/fixtures';
import { asOwner, bearer, createTestApp, createUser, TestUser } from './testing/test-app';
import { kpiByCode, kpiReport } from './testing/kpi-report';

/** Communes no other spec touches, so their numbers move only with what these tests do. */
const VINH_HUNG = '00301';

describe('reporting: drill-down, breakdowns, ranking and trends (HTTP, PostgreSQL)', () => {
  let app: INestApplication;
  let http: ReturnType<typeof request>;
  let cityAnalyst: TestUser;

  beforeAll(async () => {
    app = await createTestApp();
    http = request(app.getHttpServer());
    cityAnalyst = await createUser(app, [{ role: 'analyst', areaId: CITY }]);
  });
  afterAll(() => app.close());

  const kpis = (who: TestUser, areaId?: string) => kpiReport(app, who, areaId);

  let admin: TestUser;
  let communeAnalyst: TestUser;
  let groupId: string;
  let otherGroupId: string;

  beforeAll(async () => {
    admin = await createUser(app, [{ role: 'admin', areaId: CITY }]);
    const group = (name: string) =>
      http.post(`/api/areas/${VINH_HUNG}/groups`).set(bearer(admin)).send({ name }).expect(201);
    groupId = (await group(`Tổ dân phố KPI ${Date.now()}`)).body.id;
    otherGroupId = (await group(`Tổ dân phố KPI khác ${Date.now()}`)).body.id;
    communeAnalyst = await createUser(app, [{ role: 'analyst', areaId: VINH_HUNG }]);
    // Twelve women and three men in one group, four of the women recognised.
    const people = await Promise.all(
      Array.from({ length: 15 }, (_, i) =>
        createUser(app, [{ role: 'citizen', areaId: VINH_HUNG }], { groupId, gender: i < 12 ? 'female' : 'male' }),
      ),
    );
    for (const person of people.slice(0, 4)) await recognisedApplication(app, person, VINH_HUNG);
  });

  it('breaks a commune down by sex, withholding counts under 10 and the values they would reveal', async () => {
    const res: KpiBreakdown = (
      await http
        .get('/api/kpis/breakdown')
        .query({ areaId: VINH_HUNG, by: 'sex' })
        .set(bearer(communeAnalyst))
        .expect(200)
    ).body;
    expect(res).toMatchObject({ areaId: VINH_HUNG, year: THIS_YEAR, by: 'sex' });
    const female = res.rows.find((r) => r.key === 'female')!;
    expect(female.label).toEqual({ vi: 'Nữ', en: 'Female' });
    expect(female.kpis[0]).toEqual({ code: 'K1', numerator: null, denominator: 12, value: null, suppressed: true });
    const male = res.rows.find((r) => r.key === 'male')!;
    expect(male.kpis[0]).toMatchObject({ numerator: null, denominator: null, suppressed: true });
    const ages: KpiBreakdown = (
      await http
        .get('/api/kpis/breakdown')
        .query({ areaId: VINH_HUNG, by: 'age_band' })
        .set(bearer(communeAnalyst))
        .expect(200)
    ).body;
    expect(ages.rows.map((r) => r.key)).toContain('45-54');
    const bad = await http.get('/api/kpis/breakdown').query({ by: 'religion' }).set(bearer(cityAnalyst)).expect(422);
    expect(bad.body.code).toBe('KPI_DIMENSION_INVALID');
    await http.get('/api/kpis/breakdown').query({ areaId: BA_DINH, by: 'sex' }).set(bearer(communeAnalyst)).expect(403);
  });

  it("shows residential groups to the commune's own analysts only, small counts withheld", async () => {
    const groups = async (who: TestUser, status = 200) =>
      (await http.get('/api/kpis/groups').query({ communeId: VINH_HUNG }).set(bearer(who)).expect(status)).body;
    const own: KpiGroups = await groups(communeAnalyst);
    expect(own).toMatchObject({ communeId: VINH_HUNG, communeName: 'Phường Vĩnh Hưng', year: THIS_YEAR });
    const ours = own.rows.find((g) => g.areaId === groupId)!;
    expect(ours.kpis[0]).toEqual({ code: 'K1', numerator: null, denominator: 15, value: null, suppressed: true });
    expect(own.rows.find((g) => g.areaId === otherGroupId)!.kpis[0]).toMatchObject({ suppressed: true });
    // A grant on one group shows that group alone.
    const groupAnalyst = await createUser(app, [{ role: 'analyst', areaId: groupId }]);
    expect((await groups(groupAnalyst)).rows.map((g: { areaId: string }) => g.areaId)).toEqual([groupId]);
    // The city's analysts cover the commune from above, yet do not see its groups; nor do others.
    expect((await groups(cityAnalyst, 403)).code).toBe('KPI_GROUPS_LOCAL_ONLY');
    await groups(await createUser(app, [{ role: 'analyst', areaId: BA_DINH }]), 403);
    await groups(await createUser(app, [{ role: 'approver', areaId: VINH_HUNG }]), 403);
    await http.get('/api/kpis/groups').query({ communeId: VINH_HUNG }).expect(401);
    expect((await http.get('/api/kpis/groups').set(bearer(communeAnalyst)).expect(422)).body.code).toBe(
      'COMMUNE_REQUIRED',
    );
  });

  it('ranks every commune by K1 for the city, and for nobody else', async () => {
    const ranking: KpiCommuneRanking = (await http.get('/api/kpis/communes').set(bearer(cityAnalyst)).expect(200)).body;
    expect(ranking.rows).toHaveLength(126);
    const k1 = ranking.rows.map((r) => r.kpis[0].value ?? -1);
    expect(k1).toEqual([...k1].sort((a, b) => b - a));
    const ours = ranking.rows.find((r) => r.areaId === VINH_HUNG)!;
    expect(ours.kpis[0]).toMatchObject({ numerator: 4, denominator: 15, target2025: 0.4 });
    expect((await http.get('/api/kpis/communes').set(bearer(communeAnalyst)).expect(403)).body.code).toBe(
      'AREA_FORBIDDEN',
    );
  });

  it('follows a commune year by year, and refuses a span it cannot read in one go', async () => {
    const trend: KpiTrend = (
      await http
        .get('/api/kpis/trend')
        .query({ areaId: VINH_HUNG, from: THIS_YEAR - 2, to: THIS_YEAR + 1 })
        .set(bearer(communeAnalyst))
        .expect(200)
    ).body;
    expect(trend.points.map((p) => p.year)).toEqual([THIS_YEAR - 2, THIS_YEAR - 1, THIS_YEAR, THIS_YEAR + 1]);
    const k1 = (year: number) => trend.points.find((p) => p.year === year)!.kpis[0];
    // Titles of this year count this year and next (valid to the end of next year); people registered this year
    // are not in earlier years.
    expect(k1(THIS_YEAR)).toMatchObject({ numerator: 4, denominator: 15 });
    expect(k1(THIS_YEAR + 1)).toMatchObject({ numerator: 4, denominator: 15 });
    expect(k1(THIS_YEAR - 1)).toMatchObject({ numerator: 0, denominator: 0 });
    const backwards = await http
      .get('/api/kpis/trend')
      .query({ from: THIS_YEAR, to: THIS_YEAR - 1 })
      .set(bearer(cityAnalyst))
      .expect(422);
    expect(backwards.body.code).toBe('KPI_YEARS_INVALID');
    await http.get('/api/kpis/trend').query({ from: 2021, to: 2040 }).set(bearer(cityAnalyst)).expect(422);
  });

  it("takes K1's denominator from loaded population figures, and says so", async () => {
    await asOwner((ds) =>
      ds.query(`INSERT INTO population_figure (area_id, year, adults) VALUES ($1, $2, 40)`, [VINH_HUNG, THIS_YEAR]),
    );
    const report = await kpis(communeAnalyst, VINH_HUNG);
    expect(report.denominatorSource).toBe('population_figures');
    expect(kpiByCode(report).K1).toMatchObject({ numerator: 4, denominator: 40, value: 0.1 });
    expect(kpiByCode(report).K1.denominatorLabel.vi).toContain('số liệu dân số đã nạp');
    // One commune's figure is not the city's: the city still counts registered adults.
    expect((await kpis(cityAnalyst)).denominatorSource).toBe('registered_adults');
  });
});
