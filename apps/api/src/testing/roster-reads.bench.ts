import { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { CITY } from './fixtures';
import { asOwner, bearer, createTestApp, createUser, TestUser } from './test-app';

/**
 * K0/K2 reads at roster scale (docs/adr/0018, docs/benchmarks.md): the whole `GET /api/kpis` for the city and one
 * commune, warm, with 0, 10,000 and 100,000 people on each kind of roster, spread over every commune. Not part of
 * `npm test`; run it alone:
 * `npx jest -c apps/api/jest.int.config.ts --testMatch '<rootDir>/src/testing/roster-reads.bench.ts' --runInBand`.
 */
const YEAR = 2033;
const COMMUNE = '00004';
const REQUESTS = 12;

const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];

describe('K0/K2 reads at roster scale', () => {
  let app: INestApplication;
  let analyst: TestUser;

  beforeAll(async () => {
    app = await createTestApp();
    analyst = await createUser(app, [{ role: 'analyst', areaId: CITY }]);
  });
  afterAll(async () => {
    await fill(0);
    await app.close();
  });

  /** `perKind` numbers on each kind of roster for YEAR, over all communes, replacing what was there. */
  const fill = (perKind: number) =>
    asOwner(async (ds) => {
      await ds.query(`DELETE FROM kpi_roster_member WHERE year = $1`, [YEAR]);
      const [{ id: by }] = await ds.query(`SELECT id FROM app_user LIMIT 1`);
      for (const kind of ['learning_unit', 'association'])
        await ds.query(
          `INSERT INTO kpi_roster_member (kind, commune_id, year, citizen_id, category, unit_name, imported_by)
           SELECT $1, c.ids[1 + i % cardinality(c.ids)], $2, lpad((900000000000 + i)::text, 12, '0'),
                  CASE $1 WHEN 'learning_unit' THEN 'school' ELSE 'member' END,
                  CASE $1 WHEN 'learning_unit' THEN 'Trường đo' END, $3
           FROM generate_series(1, $4) i,
                (SELECT array_agg(id ORDER BY id) AS ids FROM area WHERE kind = 'commune') c`,
          [kind, YEAR, by, perKind],
        );
      await ds.query(`SELECT kpi_rollup_compact(1000000)`);
    });

  async function measure(areaId: string): Promise<string> {
    const http = request(app.getHttpServer());
    const get = () => http.get('/api/kpis').query({ areaId, year: YEAR }).set(bearer(analyst)).expect(200);
    for (let i = 0; i < 3; i++) await get();
    const times: number[] = [];
    for (let i = 0; i < REQUESTS; i++) {
      const t = performance.now();
      await get();
      times.push(performance.now() - t);
    }
    times.sort((a, b) => a - b);
    return `p50 ${quantile(times, 0.5).toFixed(0)} ms / p95 ${quantile(times, 0.95).toFixed(0)} ms`;
  }

  it.each([0, 10_000, 100_000])(
    'reads the city and a commune with %i people on each roster',
    async (n) => {
      const t = performance.now();
      await fill(n);
      const loaded = ((performance.now() - t) / 1000).toFixed(1);
      const [city, commune] = [await measure(CITY), await measure(COMMUNE)];
      console.log(`${n} per roster (loaded in ${loaded} s): city ${city}; commune ${commune}`);
      const report = (await request(app.getHttpServer()).get('/api/kpis').query({ year: YEAR }).set(bearer(analyst)))
        .body;
      expect(report.rosterKpis.find((k: { code: string }) => k.code === 'K0').denominator).toBe(n);
    },
    600_000,
  );
});
