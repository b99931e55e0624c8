import { INestApplication } from '@nestjs/common';
import { Workbook } from 'exceljs';
import request from 'supertest';
import type { KpiBreakdown, KpiReport } from '@lc/shared-contracts';
import { CITY, THIS_YEAR } from './testing/fixtures';
import { bearer, createTestApp, createUser, TestUser } from './testing/test-app';

/** Communes no other spec touches. */
const MINH_CHAU = '09022';
const KIEN_HUNG = '09552';

describe('population figures as XLSX and by sex and age band (HTTP, PostgreSQL)', () => {
  let app: INestApplication;
  let http: ReturnType<typeof request>;
  let cityAdmin: TestUser;
  let analyst: TestUser;

  beforeAll(async () => {
    app = await createTestApp();
    http = request(app.getHttpServer());
    cityAdmin = await createUser(app, [{ role: 'admin', areaId: CITY }]);
    analyst = await createUser(app, [{ role: 'analyst', areaId: CITY }]);
  });
  afterAll(() => app.close());

  const post = (body: object) => http.post('/api/kpis/population-figures').set(bearer(cityAdmin)).send(body);
  const k1 = async (areaId: string) => {
    const report: KpiReport = (await http.get('/api/kpis').query({ areaId }).set(bearer(analyst)).expect(200)).body;
    return { source: report.denominatorSource, denominator: report.kpis[0].denominator };
  };
  const bySex = async (areaId: string): Promise<KpiBreakdown> =>
    (await http.get('/api/kpis/breakdown').query({ areaId, by: 'sex' }).set(bearer(analyst)).expect(200)).body;

  it('imports an Excel sheet whose codes Excel turned into numbers', async () => {
    const workbook = new Workbook();
    const sheet = workbook.addWorksheet('Dân số');
    sheet.addRow(['commune_code', 'year', 'adults']);
    sheet.addRow([Number(KIEN_HUNG), THIS_YEAR, 61000]);
    const xlsx = Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64');
    expect((await post({ xlsx }).expect(200)).body).toEqual({ imported: 1 });
    expect(await k1(KIEN_HUNG)).toEqual({ source: 'population_figures', denominator: 61000 });
  });

  it('takes figures by sex and age band: their sum is K1, and the breakdown by sex counts over them', async () => {
    const before = await bySex(MINH_CHAU);
    expect(before.denominatorSource).toBe('registered_adults');
    const csv = [
      'commune_code,year,sex,age_band,adults',
      `${MINH_CHAU},${THIS_YEAR},female,18-24,1500`,
      `${MINH_CHAU},${THIS_YEAR},female,65+,2500`,
      `${MINH_CHAU},${THIS_YEAR},male,25-34,3000`,
    ].join('\n');
    expect((await post({ csv }).expect(200)).body).toEqual({ imported: 3 });
    expect(await k1(MINH_CHAU)).toEqual({ source: 'population_figures', denominator: 7000 });
    const after = await bySex(MINH_CHAU);
    expect(after.denominatorSource).toBe('population_figures');
    const denominator = (key: string) => after.rows.find((r) => r.key === key)?.kpis[0].denominator;
    expect(denominator('female')).toBe(4000);
    expect(denominator('male')).toBe(3000);
    // The city has figures for a few communes only: its breakdown stays over registered adults.
    expect((await bySex(CITY)).denominatorSource).toBe('registered_adults');

    // A band the year's rule does not have is refused, whole.
    const bad = await post({ csv: csv.replace('65+', '60+') }).expect(422);
    expect(bad.body.details.problems).toEqual([{ line: 3, message: expect.stringContaining('18-24, 25-34') }]);

    // A total without bands replaces them: they would no longer add up.
    await post({ csv: `commune_code,year,adults\n${MINH_CHAU},${THIS_YEAR},7100` }).expect(200);
    expect(await k1(MINH_CHAU)).toEqual({ source: 'population_figures', denominator: 7100 });
    expect((await bySex(MINH_CHAU)).denominatorSource).toBe('registered_adults');
  });

  it('takes 50 concurrent banded imports of one commune without a 5xx, the bands always adding up', async () => {
    const results = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        post({
          csv: [
            'commune_code,year,sex,age_band,adults',
            `${MINH_CHAU},${THIS_YEAR},female,18-24,${1000 + i}`,
            `${MINH_CHAU},${THIS_YEAR},male,18-24,${2000 + i}`,
          ].join('\n'),
        }),
      ),
    );
    expect(results.map((r) => r.status)).toEqual(results.map(() => 200));
    const { denominator } = await k1(MINH_CHAU);
    const sex = await bySex(MINH_CHAU);
    const sum = sex.rows.reduce((s, r) => s + (r.kpis[0].denominator ?? 0), 0);
    expect(sum).toBe(denominator);
  });
});
