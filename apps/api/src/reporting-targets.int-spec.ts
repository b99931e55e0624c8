import { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { CITY, THIS_YEAR, TODAY } from './testing/fixtures';
import { kpiByCode, kpiReport } from './testing/kpi-report';
import { bearer, createTestApp, createUser, TestUser } from './testing/test-app';

describe('reporting: targets and population figures, kept by admins (HTTP, PostgreSQL)', () => {
  let app: INestApplication;
  let http: ReturnType<typeof request>;
  let cityAnalyst: TestUser;
  let cityAdmin: TestUser;
  /** Communes no other spec touches, so their figures move only with what these tests do. */
  const DINH_CONG = '00316';
  const TUONG_MAI = '00322';

  beforeAll(async () => {
    app = await createTestApp();
    http = request(app.getHttpServer());
    cityAnalyst = await createUser(app, [{ role: 'analyst', areaId: CITY }]);
    cityAdmin = await createUser(app, [{ role: 'admin', areaId: CITY }]);
  });
  afterAll(() => app.close());

  const kpis = (who: TestUser, areaId?: string) => kpiReport(app, who, areaId);

  it('keeps targets as versions: the newest in force applies, a future one waits, history stays', async () => {
    const versions = (await http.get('/api/kpis/targets').set(bearer(cityAnalyst)).expect(200)).body;
    expect(versions.at(-1)).toMatchObject({ validFrom: '2022-06-03', source: expect.stringContaining('677') });
    expect(versions.at(-1).targets).toContainEqual({ code: 'K0', year: 2025, target: 1 });
    const version = (validFrom: string, target: number) => ({
      validFrom,
      source: 'Kế hoạch thử nghiệm/KH-UBND',
      targets: [{ code: 'K4_OF_K3', year: 2030, target }],
    });
    await http.post('/api/kpis/targets').set(bearer(cityAdmin)).send(version(TODAY, 0.9)).expect(201);
    await http
      .post('/api/kpis/targets')
      .set(bearer(cityAdmin))
      .send(version(`${THIS_YEAR + 1}-01-01`, 0.95))
      .expect(201);
    expect(kpiByCode(await kpis(cityAnalyst)).K4_OF_K3.target2030).toBe(0.9);
    const again = await http.post('/api/kpis/targets').set(bearer(cityAdmin)).send(version(TODAY, 0.8)).expect(409);
    expect(again.body.code).toBe('KPI_TARGET_EXISTS');
    expect((await http.get('/api/kpis/targets').set(bearer(cityAdmin)).expect(200)).body.length).toBe(
      versions.length + 2,
    );
  });

  it('refuses targets from anyone but a city admin, and targets that make no sense', async () => {
    const body = { validFrom: TODAY, source: 'Kế hoạch', targets: [{ code: 'K1', year: 2031, target: 0.7 }] };
    const post = (who: TestUser, b: object = body) => http.post('/api/kpis/targets').set(bearer(who)).send(b);
    expect((await post(cityAnalyst).expect(403)).body.code).toBe('ROLE_REQUIRED');
    const communeAdmin = await createUser(app, [{ role: 'admin', areaId: DINH_CONG }]);
    expect((await post(communeAdmin).expect(403)).body.code).toBe('CITY_ADMIN_ONLY');
    await post(cityAdmin, { ...body, targets: [{ code: 'K1', year: 2031, target: 1.5 }] }).expect(400);
    await post(cityAdmin, { ...body, targets: [{ code: 'K9', year: 2031, target: 0.5 }] }).expect(400);
    expect((await post(cityAdmin, { ...body, validFrom: '2027-02-30' }).expect(422)).body.code).toBe(
      'KPI_TARGETS_INVALID',
    );
    await http.post('/api/kpis/targets').send(body).expect(401);
  });

  it('imports population figures whole or not at all, reporting every bad line', async () => {
    const analyst = await createUser(app, [{ role: 'analyst', areaId: DINH_CONG }]);
    const csv = (...lines: string[]) => ({ csv: ['commune_code,year,adults', ...lines].join('\n') });
    const post = (who: TestUser, body: object) => http.post('/api/kpis/population-figures').set(bearer(who)).send(body);
    const refused = await post(
      cityAdmin,
      csv(`${DINH_CONG},${THIS_YEAR},52000`, `99999,${THIS_YEAR},1`, `${TUONG_MAI},1990,1`),
    ).expect(422);
    expect(refused.body.code).toBe('IMPORT_INVALID');
    expect(refused.body.details.problems.map((p: { line: number }) => p.line)).toEqual([3, 4]);
    expect(refused.body.details.report).toMatch(/^line,message\n3,"Không có xã\/phường mã ""99999""\."/);
    expect((await kpis(analyst, DINH_CONG)).denominatorSource).toBe('registered_adults');

    expect(
      (await post(cityAdmin, csv(`${DINH_CONG},${THIS_YEAR},52000`, `${TUONG_MAI},${THIS_YEAR},48000`)).expect(200))
        .body,
    ).toEqual({ imported: 2 });
    const report = await kpis(analyst, DINH_CONG);
    expect(report.denominatorSource).toBe('population_figures');
    expect(kpiByCode(report).K1.denominator).toBe(52000);
  });

  it('takes 50 concurrent target versions and population imports without a 5xx or a lost write', async () => {
    const validFrom = `${THIS_YEAR + 2}-03-01`;
    const target = (n: number) => ({
      validFrom,
      source: `Kế hoạch đồng thời ${n}`,
      targets: [{ code: 'K1', year: 2030, target: 0.6 }],
    });
    const targets = await Promise.all(
      Array.from({ length: 50 }, (_, n) => http.post('/api/kpis/targets').set(bearer(cityAdmin)).send(target(n))),
    );
    expect(targets.filter((r) => r.status === 201)).toHaveLength(1);
    expect(targets.filter((r) => r.status === 409 && r.body.code === 'KPI_TARGET_EXISTS')).toHaveLength(49);

    const imports = await Promise.all(
      Array.from({ length: 50 }, (_, n) =>
        http
          .post('/api/kpis/population-figures')
          .set(bearer(cityAdmin))
          .send({ csv: `commune_code,year,adults\n${TUONG_MAI},${THIS_YEAR - 2},${40_000 + n}` }),
      ),
    );
    expect(imports.map((r) => r.status)).toEqual(Array(50).fill(200));
    const [{ adults }] = await app
      .get(DataSource)
      .query(`SELECT adults FROM population_figure WHERE area_id = $1 AND year = $2`, [TUONG_MAI, THIS_YEAR - 2]);
    expect(adults).toBeGreaterThanOrEqual(40_000);
    expect(adults).toBeLessThan(40_050);
  });

  it("lets a commune's admin load its own figures only, and nobody else load any", async () => {
    const communeAdmin = await createUser(app, [{ role: 'admin', areaId: DINH_CONG }]);
    const post = (who: TestUser, line: string) =>
      http
        .post('/api/kpis/population-figures')
        .set(bearer(who))
        .send({ csv: `commune_code,year,adults\n${line}` });
    expect((await post(communeAdmin, `${DINH_CONG},${THIS_YEAR - 1},51000`).expect(200)).body).toEqual({
      imported: 1,
    });
    const other = await post(communeAdmin, `${TUONG_MAI},${THIS_YEAR - 1},1`).expect(422);
    expect(other.body.details.problems[0].message).toContain('ngoài địa bàn');
    expect((await post(cityAnalyst, `${DINH_CONG},${THIS_YEAR},1`).expect(403)).body.code).toBe('ROLE_REQUIRED');
    await http.post('/api/kpis/population-figures').send({ csv: 'x' }).expect(401);
  });
});
