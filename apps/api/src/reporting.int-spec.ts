import { INestApplication } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { DataSource } from 'typeorm';
import type { KpiCode } from '@lc/shared-contracts';
import { DIGITAL_SKILLS_ASSESSMENT } from '@lc/shared-contracts';
import { RecordsService } from '@lc/api-records';
import {
  BA_DINH,
  CITY,
  materials,
  NGOC_HA,
  passTest,
  publishedCourse,
  recognisedApplication,
  THIS_YEAR,
  trainerItems,
} from './testing/fixtures';
import { bearer, createTestApp, createUser, TestUser } from './testing/test-app';
import { kpiByCode, kpiReport } from './testing/kpi-report';

/** Communes no other spec touches, so their numbers move only with what these tests do. */
const HONG_HA = '00097';
const TAY_HO = '00103';

describe('reporting (HTTP, PostgreSQL)', () => {
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
  const citizenOf = (communeId: string, birthYear = 1980) =>
    createUser(app, [{ role: 'citizen', areaId: communeId }], { birthYear });
  /** A result of the city's digital-skills assessment, as the server records it: the only skills evidence. */
  const verifiedResult = (person: TestUser, domainLevels: Record<string, number>) =>
    app.get(RecordsService).appendNow({
      personId: person.id,
      verb: 'assessed',
      objectType: DIGITAL_SKILLS_ASSESSMENT,
      objectId: randomUUID(),
      objectName: { vi: 'Đánh giá năng lực số' },
      trust: 'verified',
      completion: true,
      domainLevels,
    });

  it("gives a city analyst K1, K3, K4 and K4 over K3, each beside its targets and with K1's denominator named", async () => {
    const report = await kpis(cityAnalyst);
    expect(report).toMatchObject({
      areaId: CITY,
      areaName: 'Thành phố Hà Nội',
      year: THIS_YEAR,
      denominatorSource: 'registered_adults',
    });
    expect(report.kpis.map((k) => k.code)).toEqual(['K1', 'K3', 'K4', 'K4_OF_K3']);
    const k = kpiByCode(report);
    expect(k.K1).toMatchObject({ target2025: 0.4, target2030: 0.6 });
    expect(k.K1.denominatorLabel.vi).toContain('đã đăng ký trên nền tảng');
    expect(k.K3).toMatchObject({ target2025: 0.7, target2030: 0.9 });
    expect(k.K4).toMatchObject({ target2025: 0.6, target2030: 0.8 });
    for (const v of report.kpis) expect(v.value).toBe(v.denominator > 0 ? v.numerator / v.denominator : null);
    expect(k.K3.denominator).toBe(k.K1.numerator);
    expect(k.K4_OF_K3.denominator).toBe(k.K3.numerator);
    const lastYear = (
      await http
        .get('/api/kpis')
        .query({ year: THIS_YEAR - 1 })
        .set(bearer(cityAnalyst))
        .expect(200)
    ).body;
    expect(lastYear.year).toBe(THIS_YEAR - 1);
  });

  it('keeps analysts to their area and everyone else out', async () => {
    const ngocHa = await createUser(app, [{ role: 'analyst', areaId: NGOC_HA }]);
    expect((await kpis(ngocHa, NGOC_HA)).areaName).toBe('Phường Ngọc Hà');
    const other = await http.get('/api/kpis').query({ areaId: BA_DINH }).set(bearer(ngocHa)).expect(403);
    expect(other.body).toEqual({ code: 'AREA_FORBIDDEN', message: expect.any(String) });
    await http.get('/api/kpis').set(bearer(ngocHa)).expect(403);
    const citizen = await citizenOf(BA_DINH);
    expect((await http.get('/api/kpis').query({ areaId: BA_DINH }).set(bearer(citizen)).expect(403)).body.code).toBe(
      'ROLE_REQUIRED',
    );
    await http.get('/api/kpis').expect(401);
    expect(
      (await http.get('/api/kpis').query({ areaId: '99999' }).set(bearer(cityAnalyst)).expect(404)).body.code,
    ).toBe('AREA_NOT_FOUND');
    expect((await http.get('/api/kpis').query({ year: 'abc' }).set(bearer(cityAnalyst)).expect(422)).body.code).toBe(
      'YEAR_INVALID',
    );
  });

  it('moves the numbers as people register, take the assessment and are recognised; course tests move none', async () => {
    const analyst = await createUser(app, [{ role: 'analyst', areaId: HONG_HA }]);
    const before = kpiByCode(await kpis(analyst, HONG_HA));

    // A: level 2 in domains 1, 2 and 4 from a trainer's course test: learning, never skills (issue 8 §1).
    const { course } = await publishedCourse(app, { items: trainerItems(5) });
    const a = await citizenOf(HONG_HA);
    const attempt = await passTest(app, a, materials(course)[0].testId!);
    expect(attempt.result.domains).toEqual({ '1': 2, '2': 2, '4': 2 });
    // G: level 2 from the city's assessment (K3, not K4).
    const g = await citizenOf(HONG_HA);
    await verifiedResult(g, { '1': 2, '2': 2, '4': 2 });
    // B: level 3 in all three domains (K3 and K4). C: no test at all. D: level 3, but that result was voided.
    const b = await citizenOf(HONG_HA);
    await verifiedResult(b, { '1': 3, '2': 3, '4': 3 });
    const c = await citizenOf(HONG_HA);
    const d = await citizenOf(HONG_HA);
    const voided = await verifiedResult(d, { '1': 3, '2': 3, '4': 3 });
    await app.get(RecordsService).appendNow({
      personId: d.id,
      verb: 'voided',
      objectType: 'test',
      objectId: 'kpi-test',
      objectName: { vi: 'Hủy kết quả' },
      trust: 'attested',
      voidsRecordId: voided.id,
    });
    // E: a 16-year-old is not an adult; F: registered but not (yet) recognised.
    const e = await citizenOf(HONG_HA, THIS_YEAR - 16);
    await citizenOf(HONG_HA);

    const registered = kpiByCode(await kpis(analyst, HONG_HA));
    expect(registered.K1.denominator - before.K1.denominator).toBe(6);
    expect(registered.K1.numerator).toBe(before.K1.numerator);

    for (const person of [a, b, c, d, e, g]) await recognisedApplication(app, person, HONG_HA);
    const after = kpiByCode(await kpis(analyst, HONG_HA));
    const delta = (code: KpiCode, part: 'numerator' | 'denominator') => after[code][part] - before[code][part];
    expect(delta('K1', 'numerator')).toBe(5);
    expect(delta('K1', 'denominator')).toBe(6);
    expect(delta('K3', 'numerator')).toBe(2);
    expect(delta('K3', 'denominator')).toBe(5);
    expect(delta('K4', 'numerator')).toBe(1);
    expect(delta('K4_OF_K3', 'numerator')).toBe(1);
    expect(delta('K4_OF_K3', 'denominator')).toBe(2);

    // The city counts the commune too.
    const city = kpiByCode(await kpis(cityAnalyst));
    expect(city.K1.numerator).toBeGreaterThanOrEqual(after.K1.numerator);
    expect(city.K3.numerator).toBeGreaterThanOrEqual(after.K3.numerator);
  });

  it('does not count a title whose validity ended before the year asked', async () => {
    const analyst = await createUser(app, [{ role: 'analyst', areaId: TAY_HO }]);
    const person = await citizenOf(TAY_HO);
    await recognisedApplication(app, person, TAY_HO, THIS_YEAR - 1);
    const nextYear = kpiByCode(
      (
        await http
          .get('/api/kpis')
          .query({ areaId: TAY_HO, year: THIS_YEAR + 1 })
          .set(bearer(analyst))
          .expect(200)
      ).body,
    );
    const thisYear = kpiByCode(await kpis(analyst, TAY_HO));
    expect(thisYear.K1.numerator - nextYear.K1.numerator).toBe(1);
  });

  // A person recognised last year (valid to the end of this year) and again this year has two rows in the
  // `holders` CTE (DISTINCT person_id, valid_until), so K1 counts them twice and can pass 100 %.
  it('counts a person holding titles from two consecutive years once', async () => {
    const analyst = await createUser(app, [{ role: 'analyst', areaId: TAY_HO }]);
    const before = kpiByCode(await kpis(analyst, TAY_HO));
    const person = await citizenOf(TAY_HO);
    await recognisedApplication(app, person, TAY_HO, THIS_YEAR - 1);
    await recognisedApplication(app, person, TAY_HO, THIS_YEAR);
    const after = kpiByCode(await kpis(analyst, TAY_HO));
    expect(after.K1.denominator - before.K1.denominator).toBe(1);
    expect(after.K1.numerator - before.K1.numerator).toBe(1);
  });

  it('reports for the city or a commune, not for a residential group small enough to identify people', async () => {
    const analyst = await createUser(app, [{ role: 'analyst', areaId: '01' }]);
    const group = await app.get(DataSource).query(`SELECT id FROM area WHERE kind = 'group' LIMIT 1`);
    const id =
      group[0]?.id ??
      (
        await http
          .post(`/api/areas/00004/groups`)
          .set(bearer(await createUser(app, [{ role: 'admin', areaId: '01' }])))
          .send({ name: `Tổ KPI ${Date.now()}` })
          .expect(201)
      ).body.id;
    const res = await http.get(`/api/kpis?areaId=${id}`).set(bearer(analyst)).expect(422);
    expect(res.body.code).toBe('KPI_AREA_INVALID');
  });
});
